"""Dates read the way a news reader reads them (issue 9, dates14, seventh session): a term told by a clause ("when
he was in office", "while she was president": the holder's last term served by publication); "that year" meaning
the last year told as a time, not a year used as a label ("the 2019 level", "the 2018 deal"); a span of years with
the second year cut to two digits ("2022-25", "in 2019–20"); a bare month and day after a past verb ("a deal that
expired Dec. 31": the last such day, whatever the tense around it). Invented sentences, one case a row (the text,
publication day, a date's exact words, then its range)."""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# "when/while he (she) was in office (president)": a term served, the holder's latest one ended by publication;
# the holder is the person with terms the sentence (else the sentences before) names.
SERVED_TERM = table(
    r"""
sentence | pub | exact | start | end
Former President Trump threatened to pull troops when he was in office. | 2024-05-01 | when he was in office | 2017-01-20 | 2021-01-20
Moon Jae-in met Kim Jong Un three times while he was in office. | 2023-03-02 | while he was in office | 2017-05-10 | 2022-05-09
Trump spoke in Ohio.\n\nHe said Seoul paid far more when he was president. | 2024-10-16 | when he was president | 2017-01-20 | 2021-01-20
Trump, now back in the White House, says allies paid more when he was in office before. | 2025-08-26 | when he was in office | 2017-01-20 | 2021-01-20
“Seoul paid more when I was in office,” Trump told the crowd. | 2024-09-03 | when I was in office | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

# "that year", "in that year": the last year told as the time of something, not a year used as a label of a noun
# ("the 2019 level", "the 2018 deal", "its 2020 budget") told between.
THAT_YEAR = table(
    r"""
sentence | pub | exact | start | end
Seoul paid in 2020 what it paid at the 2019 level, as talks failed in that year. | 2021-03-10 | in that year | 2020-01-01 | 2020-12-31
The talks collapsed in 2018 over its 2017 budget; that year also saw a freeze. | 2021-03-10 | that year | 2018-01-01 | 2018-12-31
In 2020 the sides kept the 2019 rate, and that year no deal was signed. | 2021-03-10 | that year | 2020-01-01 | 2020-12-31
# controls: no label year between, or the label the only year told
Talks failed in 2019, and in that year the deal lapsed. | 2021-03-10 | in that year | 2019-01-01 | 2019-12-31
The 2019 deal lapsed in 2020, and in that year workers were furloughed. | 2021-03-10 | in that year | 2020-01-01 | 2020-12-31
"""  # noqa: E501
)

# "2022-25", "in 2019–20": a span of years whose second year keeps only its last two digits.
SHORT_YEAR_SPAN = table(
    r"""
sentence | pub | exact | start | end
Payments in 2022-25 will follow the defence budget. | 2021-03-10 | in 2022-25 | 2022-01-01 | 2025-12-31
The deal covers 2019–20 only. | 2019-03-08 | 2019–20 | 2019-01-01 | 2020-12-31
Spending rose over 2014-18, the report said. | 2019-03-08 | over 2014-18 | 2014-01-01 | 2018-12-31
Seoul will pay more in 2026-30 under the plan. | 2025-11-14 | in 2026-30 | 2026-01-01 | 2030-12-31
"""
)

# A bare "Month day" right after a past verb ("expired", "ended", "lapsed", "was signed") is the last such day, even
# in a sentence that looks ahead.
PAST_VERB_DAY = table(
    r"""
sentence | pub | exact | start | end
Workers may be furloughed if the sides cannot extend a deal that expired Dec. 31. | 2020-04-01 | Dec. 31 | 2019-12-31 | 2019-12-31
Seoul will try to revive the pact, which lapsed Nov. 30. | 2020-02-10 | Nov. 30 | 2019-11-30 | 2019-11-30
The two sides will meet again to replace the accord that ended December 31. | 2020-03-05 | December 31 | 2019-12-31 | 2019-12-31
# controls: a future verb before the day, and a past verb with a day already this year
The deal will expire Dec. 31. | 2020-04-01 | Dec. 31 | 2020-12-31 | 2020-12-31
Talks will resume on the pact that expired Feb. 28. | 2020-04-01 | Feb. 28 | 2020-02-28 | 2020-02-28
"""  # noqa: E501
)


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(SERVED_TERM=SERVED_TERM, THAT_YEAR=THAT_YEAR,
                                               SHORT_YEAR_SPAN=SHORT_YEAR_SPAN, PAST_VERB_DAY=PAST_VERB_DAY)


@pytest.mark.parametrize("sentence", [
    "She was elected when she was president of the student council.",
    "Trump will cut troops when he is in office again.",
])  # fmt: skip
def test_no_term_or_span_where_none_is_told(sentence: str) -> None:
    assert [d for d in read_dates(sentence, "2024-05-01") if "office" in d[0] or "president" in d[0]] == []


def test_a_year_joined_by_and_stays_a_year() -> None:
    assert ("in 2022", "2022-01-01", "2022-12-31") in read_dates("Seoul paid more in 2022 and 2023.", "2024-05-01")
