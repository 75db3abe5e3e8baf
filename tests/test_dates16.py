"""Dates of the classes the nineteenth and twentieth batches' dev misses belong to (dates16, eighth session). One
class a table, one case a row: the text, the publication day, a date's exact words, then the inclusive range a
careful reader gives (tests/corpus/README.md, "Conventions"). Invented sentences, names and figures; the holders
of terms are people of the gazetteer (data/entities.csv), whose terms are data."""

from __future__ import annotations

import pytest
from conftest import cases, dates_test, read_dates, table

# A possessive term of office ("Under Trump's presidency") right after a sentence that ends in a capitalised word
# ("... returns to the White House."): the holder's name does not reach back across the sentence's end.
OWNER_AFTER_SENTENCE = table(
    r"""
text | published | exact | start | end
Seoul fears a tough bargain if Trump returns to the White House. Under Trump's presidency, Washington demanded more. | 2024-05-23 | Under Trump's presidency | 2017-01-20 | 2021-01-20
The envoy flew home on Air Force One. During Moon's first term in office, talks stalled. | 2024-05-23 | During Moon's first term in office | 2017-05-10 | 2022-05-09
Officials met at Camp David. In Esper's tenure, the deal was signed. | 2024-05-23 | In Esper's tenure | 2019-07-23 | 2020-11-09
# controls: the same terms after a sentence ending in a lower-case word, and an initial in a name
Seoul fears a tough bargain if he returns. Under Trump's presidency, Washington demanded more. | 2024-05-23 | Under Trump's presidency | 2017-01-20 | 2021-01-20
Critics spoke of the deal. During Donald J. Trump's first term, Seoul paid more. | 2024-05-23 | During Donald J. Trump's first term | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

# "the <Name> administration (government) in its second term": the term of the holder the administration is named
# after, as "Trump in his second term".
ITS_TERM = table(
    r"""
text | published | exact | start | end
The policy of the Trump administration in its second term worries Seoul. | 2025-07-11 | in its second term | 2025-01-20 | 2029-01-20
The Trump administration, during its first term, demanded more. | 2025-07-11 | during its first term | 2017-01-20 | 2021-01-20
The Moon government in its first term sought a quick deal. | 2024-05-23 | in its first term | 2017-05-10 | 2022-05-09
# control: the pronoun's own rows stay
The policy of Trump in his second term worries Seoul. | 2025-07-11 | in his second term | 2025-01-20 | 2029-01-20
"""  # noqa: E501
)

# "the subsequent four years", "the subsequent year": as "the following ..." (after the date told before it)
SUBSEQUENT = table(
    r"""
text | published | exact | start | end
Seoul agreed to pay more for 2021 and to raise it every year for the subsequent four years. | 2024-05-23 | the subsequent four years | 2022-01-01 | 2025-12-31
The deal took effect in 2014 and was extended the subsequent year. | 2019-11-13 | the subsequent year | 2015-01-01 | 2015-12-31
Talks began in March 2018 and dragged on over the subsequent two months. | 2019-11-13 | the subsequent two months | 2018-04-01 | 2018-05-31
# control
Seoul agreed to pay more for 2021 and to raise it every year for the following four years. | 2024-05-23 | the following four years | 2022-01-01 | 2025-12-31
"""  # noqa: E501
)

# Headlines and subheads in title case: "Within the Year", "Within the Month" (as "within the year")
TITLE_CASE_WITHIN = table(
    r"""
text | published | exact | start | end
Ministry: "Enforcing the Agreement Within the Year Will Benefit Ties" | 2024-10-16 | Within the Year | 2024-01-01 | 2024-12-31
Seoul Hopes to Sign Deal Within the Month | 2019-11-13 | Within the Month | 2019-11-01 | 2019-11-30
Seoul hopes to sign the deal within the year to ensure stability. | 2019-11-13 | within the year | 2019-01-01 | 2019-12-31
# control
Seoul hopes to sign the deal within the year. | 2019-11-13 | within the year | 2019-01-01 | 2019-12-31
"""  # noqa: E501
)

# A speech dated in one paragraph ("X said on Tuesday ...") and quoted over the paragraphs after it, which open with
# a quotation mark and tell no date: "yesterday" in a later one counts from the day of the speech, as it does in the
# paragraph right after (published Saturday 16 November 2019). Controls: a paragraph of the writer's own between.
QUOTE_RUN = table(
    r"""
text | published | exact | start | end
Minister Lee Dal-bo said on Tuesday that a deal was close.\n\n“We are nearly there,” the minister said at a briefing.\n\n“They agreed yesterday to pay more,” he added. | 2019-11-16 | yesterday | 2019-11-11 | 2019-11-11
Envoy Park Sun-ho told reporters on Wednesday that talks went well.\n\n“It was a good day,” he said.\n\n“It was a long week,” he said.\n\n“We met again today,” Park said. | 2019-11-16 | today | 2019-11-13 | 2019-11-13
# controls
Minister Lee Dal-bo said on Tuesday that a deal was close.\n\nThe talks have dragged on for months.\n\n“They agreed yesterday to pay more,” he added. | 2019-11-16 | yesterday | 2019-11-15 | 2019-11-15
The deal lapsed on Tuesday.\n\n“It hurts,” Lee said.\n\n“We talk today,” Lee said. | 2019-11-16 | today | 2019-11-16 | 2019-11-16
"""  # noqa: E501
)

# "a year and a half ago", "two and a half years ago", "a decade and a half ago": counted back in the unit below
# (18 months ago: that month; 15 years ago: that year), as "18 months ago" is (dates15 left it undone)
HALF_AGO = table(
    r"""
text | published | exact | start | end
The last deal expired a year and a half ago. | 2019-11-13 | a year and a half ago | 2018-05-01 | 2018-05-31
The base opened two and a half years ago. | 2019-11-13 | two and a half years ago | 2017-05-01 | 2017-05-31
The alliance began a decade and a half ago. | 2019-11-13 | a decade and a half ago | 2004-01-01 | 2004-12-31
# controls
The last deal expired 18 months ago. | 2019-11-13 | 18 months ago | 2018-05-01 | 2018-05-31
The last deal expired a year ago. | 2019-11-13 | a year ago | 2018-01-01 | 2018-12-31
"""
)

# "the 12 months to September", "the year to June", "the six months ending in March": the months up to and through the
# month named (the latest such month by publication, or the year written); dates15 left it undone. Controls:
# "the year to decide", a month on its own.
MONTHS_TO = table(
    r"""
text | published | exact | start | end
Exports rose 5 percent in the 12 months to September. | 2019-11-13 | the 12 months to September | 2018-10-01 | 2019-09-30
Sales fell in the year to June, the agency said. | 2019-11-13 | the year to June | 2018-07-01 | 2019-06-30
Costs grew in the six months ending in March 2018. | 2019-11-13 | the six months ending in March 2018 | 2017-10-01 | 2018-03-31
Arms imports rose in the three months through December. | 2019-11-13 | the three months through December | 2018-10-01 | 2018-12-31
# controls
Exports rose 5 percent in September. | 2019-11-13 | in September | 2019-09-01 | 2019-09-30
"""  # noqa: E501
)

# "That Friday", "on that Friday": the first such weekday on or after the day told before it (dates15 left it
# undone). Controls: "said that Friday's talks" (a conjunction: the weekday of publication's week), a bare weekday.
THAT_WEEKDAY = table(
    r"""
text | published | exact | start | end
Talks began Oct. 1. That Friday, the envoys met again. | 2019-11-13 | That Friday | 2019-10-04 | 2019-10-04
The envoy arrived on Tuesday, Sept. 3, and on that Thursday he met Lee. | 2019-11-13 | on that Thursday | 2019-09-05 | 2019-09-05
The deal was signed on March 8, 2019. By that Sunday, the ink was dry. | 2019-11-13 | By that Sunday | 2019-03-10 | 2019-03-10
# controls
Kim said that Friday's talks went well. | 2019-11-13 | Friday | 2019-11-08 | 2019-11-08
Talks began Oct. 1. On Friday, the envoys met again. | 2019-11-13 | On Friday | 2019-11-08 | 2019-11-08
"""  # noqa: E501
)

# "the two-day talks ending Thursday", "a visit running through Friday": a weekday told as the end of a span, in a
# clause with no other tense word, is the first such day on or after publication (Wednesday 13 November 2019; dates15
# left it undone). Controls: a past verb before or after it keeps the day just past; a month-day is not read here.
SPAN_END = table(
    r"""
text | published | exact | start | end
The two-day talks ending Thursday are the tenth round. | 2019-11-13 | Thursday | 2019-11-14 | 2019-11-14
The talks, running through Friday, are the tenth round. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
Lee is in Seoul for a three-day visit ending on Saturday. | 2019-11-13 | on Saturday | 2019-11-16 | 2019-11-16
# controls
Envoys held two-day talks ending Tuesday in Seoul. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
The two-day talks ending Tuesday produced no deal. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
The talks ended Tuesday. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
"""
)

test_dates16 = dates_test(
    OWNER_AFTER_SENTENCE=OWNER_AFTER_SENTENCE, ITS_TERM=ITS_TERM, SUBSEQUENT=SUBSEQUENT,
    TITLE_CASE_WITHIN=TITLE_CASE_WITHIN, QUOTE_RUN=QUOTE_RUN, HALF_AGO=HALF_AGO, MONTHS_TO=MONTHS_TO,
    THAT_WEEKDAY=THAT_WEEKDAY, SPAN_END=SPAN_END,
)

# "its" with no administration named right before it tells no term of office; "within the year to <month>" and
# "the year to decide" tell no year
NOT_A_TERM = table(
    r"""
text | word
Trump said the alliance, in its second term of talks, would hold. | its second term
The Trump-era deal in its first term paid more. | its first term
Within the year's first days, the deal was signed. | Within the year
Exports rose within the year to March. | within the year
Seoul has the year to decide. | the year to
Exports rose within the year to the end of June. | within the year
"""
)


@pytest.mark.parametrize("sentence, word", cases(NOT_A_TERM=NOT_A_TERM))
def test_no_date_where_none_is_told(sentence: str, word: str) -> None:
    assert [d for d in read_dates(sentence, "2025-07-11") if word.lower() in d[0].lower()] == []
