"""Dates read the way a news reader reads them (issue 9, dates12, sixth session): a term named by an adjective
("his previous term", "her current term") or by its holder's possessive ("During Trump's first term, Moon met
Kim"); a term in the first person inside a quotation ("during my first term," Trump said); a count of time in office
("Trump's three years in office": the years served, to publication while the term runs); the end or start of a
year or month with no article before the unit ("by the end of year deadline", "by end of month"); a day of the
month followed by a participle ("published an article on the 19th highlighting ..."). Invented sentences, one case
a row (a date's exact words, then its range)."""

from __future__ import annotations

import pytest
from conftest import cases, dates_test, read_dates, table

# A term named by an adjective that picks one term: "previous"/"prior"/"earlier"/"former" the latest ended by the
# time of writing, "current"/"present" the one running then.
TERM_BY_ADJECTIVE = table(
    r"""
sentence | pub | exact | start | end
Trump said during his previous term Seoul paid. | 2025-08-26 | during his previous term | 2017-01-20 | 2021-01-20
In his prior term, Trump demanded five billion dollars. | 2025-03-10 | In his prior term | 2017-01-20 | 2021-01-20
Trump's earlier term saw a sharp rise. | 2025-05-01 | Trump's earlier term | 2017-01-20 | 2021-01-20
Critics recall Trump's former presidency. | 2025-02-14 | Trump's former presidency | 2017-01-20 | 2021-01-20
During his current term, Trump raised tariffs. | 2025-05-01 | During his current term | 2025-01-20 | 2029-01-20
Trump, in his present term, wants allies to pay more. | 2025-07-04 | in his present term | 2025-01-20 | 2029-01-20
"""
)

# The possessive names the holder, even when the sentence names another person with terms.
TERM_OF_THE_NAMED = table(
    r"""
sentence | pub | exact | start | end
During Trump's first term, Moon Jae-in met Kim. | 2023-01-05 | During Trump's first term | 2017-01-20 | 2021-01-20
In Moon Jae-in's presidency, Trump asked more. | 2023-01-05 | In Moon Jae-in's presidency | 2017-05-10 | 2022-05-09
Esper served under Trump's first term. | 2021-06-01 | under Trump's first term | 2017-01-20 | 2021-01-20
"""
)

# "my term" inside a quotation: the speaker's, named in the sentence or just before it.
MY_TERM = table(
    r"""
sentence | pub | exact | start | end
“They began paying during my first term,” Trump said. | 2025-04-09 | during my first term | 2017-01-20 | 2021-01-20
Trump wrote: “We got billions during my presidency.” | 2024-10-17 | during my presidency | 2017-01-20 | 2021-01-20
Trump told the rally: “In my second term, they will pay.” | 2025-06-01 | In my second term | 2025-01-20 | 2029-01-20
Moon Jae-in spoke. “In my tenure, we paid more,” he said. | 2021-06-04 | In my tenure | 2017-05-10 | 2022-05-09
"""
)

# A term of the office holder the sentence names by office ("the US leader"): the one in office at publication.
TERM_OF_THE_OFFICE = table(
    r"""
sentence | pub | exact | start | end
The US leader said during his previous term Seoul paid | 2025-08-26 | during his previous term | 2017-01-20 | 2021-01-20
The US president said during his first term allies paid | 2025-03-01 | during his first term | 2017-01-20 | 2021-01-20
The South Korean president said that during his term ties grew. | 2021-06-01 | during his term | 2017-05-10 | 2022-05-09
The U.S. president boasted of his current term. | 2025-05-01 | his current term | 2025-01-20 | 2029-01-20
"""
)

# "my term" in the writer's own words (no quote marks): the writer's, whose terms the data does not hold.
NOT_MY_TERM = [
    "During my tenure, Trump demanded far more from Seoul.",
    "I saw in my first term as envoy how Trump worked.",
]

# A possessive names the holder: one the data holds no term of is not the other person the sentence names.
NOT_THEIR_TERM = [  # made-up holders (terms56: Obama and Yoon Suk Yeol, here before, now have terms in the data)
    ("During Varnick's term, Trump campaigned hard.", "2024-03-01"),
    ("In Brackberg Tae-ryeong's presidency, Trump was out of office.", "2024-03-01"),
    ("In Varnick's four years in office, Trump campaigned.", "2025-03-01"),
]

# Time counted in office: the term the count fits (served to publication while it runs); "first N": from its start.
YEARS_IN_OFFICE = table(
    r"""
sentence | pub | exact | start | end
In Trump's three years in office, ties fell. | 2020-01-07 | In Trump's three years in office | 2017-01-20 | 2020-01-07
In his two years in office, Moon Jae-in met Kim. | 2019-06-01 | In his two years in office | 2017-05-10 | 2019-06-01
Trump's four years in office ended. | 2023-03-01 | Trump's four years in office | 2017-01-20 | 2021-01-20
In his four years in office, Trump pressed allies. | 2025-06-01 | In his four years in office | 2017-01-20 | 2021-01-20
In his first 100 days in office, Trump acted. | 2025-06-01 | In his first 100 days in office | 2025-01-20 | 2025-04-29
Moon Jae-in's five years in office ended. | 2023-01-05 | Moon Jae-in's five years in office | 2017-05-10 | 2022-05-09
Esper's 16 months in office were stormy. | 2020-12-01 | Esper's 16 months in office | 2019-07-23 | 2020-11-09
President Lee marked his first 30 days in office. | 2025-08-12 | his first 30 days in office | 2025-06-04 | 2025-07-03
Trump met. Lee marked his first 30 days in office. | 2025-08-12 | his first 30 days in office | 2025-06-04 | 2025-07-03
"""
)

# A count of time in office with no holder the text names, or a count no term fits: no time.
NOT_IN_OFFICE = table(
    r"""
sentence | pub
He has spent three years in office as a county official. | 2020-01-07
Trump's three years in business taught him little. | 2020-01-07
Trump's ten years in office would be unconstitutional. | 2020-01-07
"""
)

# The end (start, beginning) of a year or month with no article before the unit: the publication's.
END_OF_BARE_UNIT = table(
    r"""
sentence | pub | exact | start | end
Seoul should sign by the end of year deadline. | 2019-11-17 | the end of year | 2019-12-31 | 2019-12-31
The talks must conclude by end of year, officials said. | 2019-11-17 | end of year | 2019-12-31 | 2019-12-31
The fund runs dry before end of month, the union warned. | 2020-03-10 | end of month | 2020-03-31 | 2020-03-31
Shipments slowed toward the end of month, the ministry said. | 2021-08-30 | the end of month | 2021-08-31 | 2021-08-31
At the beginning of year, the two sides had hoped. | 2019-11-17 | the beginning of year | 2019-01-01 | 2019-01-01
A new round opens at start of month, the envoy said. | 2024-10-02 | start of month | 2024-10-01 | 2024-10-01
"""
)

# "year two", "month three": a year of a plan counted by number, not a time of the calendar.
NOT_END_OF = [
    "The troops leave by the end of year two of the deal.",
    "Payments rise at the start of year 3 of the agreement.",
]

# A part of a season, with or without "the" ("in early spring", "by late summer"): its first, middle or last month,
# as parts of a month are its thirds; a season with no article after "by", "until", "in" ... is read like "the".
SEASON_PART = table(
    r"""
sentence | pub | exact | start | end
The deal should be signed in early spring. | 2020-02-10 | in early spring | 2020-03-01 | 2020-03-31
The talks stalled in late summer. | 2020-02-10 | in late summer | 2019-08-01 | 2019-08-31
Talks resumed in early fall, officials said. | 2020-02-10 | in early fall | 2019-09-01 | 2019-09-30
A deal is expected by late spring. | 2020-02-10 | by late spring | 2020-05-01 | 2020-05-31
Talks will resume by spring. | 2020-02-10 | by spring | 2020-03-01 | 2020-05-31
The drills were halted in mid-summer 2019. | 2020-02-10 | in mid-summer 2019 | 2019-07-01 | 2019-07-31
The envoys met in the late autumn of 2018. | 2020-02-10 | in the late autumn of 2018 | 2018-11-01 | 2018-11-30
"""
)

# "fall" with no article or part is a drop as often as a season.
NOT_A_SEASON = [
    "Exports were hit by fall in demand.",
    "The share stayed level in spring training camps.",
]

# A day of the month followed by a participle opening the rest of the clause: still the day.
DAY_THEN_PARTICIPLE = table(
    r"""
sentence | pub | exact | start | end
CNBC ran a story on the 19th highlighting how allies talk. | 2025-05-20 | on the 19th | 2025-05-19 | 2025-05-19
The ministry issued a statement on the 3rd calling for calm. | 2024-10-16 | on the 3rd | 2024-10-03 | 2024-10-03
Yonhap ran a report on the 12th citing government sources. | 2023-05-20 | on the 12th | 2023-05-12 | 2023-05-12
The paper printed an editorial on the 8th urging Seoul to pay. | 2019-11-20 | on the 8th | 2019-11-08 | 2019-11-08
Lee will hold a briefing on the 28th outlining the plan. | 2025-07-10 | on the 28th | 2025-07-28 | 2025-07-28
"""
)

# An ordinal before a noun in "-ing" is one of a series, not a day.
NOT_A_DAY = [
    "The envoys agreed on the 10th meeting that the talks would go on.",
    "They voted on the 2nd reading of the bill.",
    "The index rose on the 2nd trading day of the year.",
    "They agreed on the 3rd voting round that the bill passed.",
    "Seoul pays on the 5th closing session each year.",
]


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(TERM_BY_ADJECTIVE=TERM_BY_ADJECTIVE,
                                               TERM_OF_THE_NAMED=TERM_OF_THE_NAMED, MY_TERM=MY_TERM,
                                               TERM_OF_THE_OFFICE=TERM_OF_THE_OFFICE, YEARS_IN_OFFICE=YEARS_IN_OFFICE,
                                               END_OF_BARE_UNIT=END_OF_BARE_UNIT, SEASON_PART=SEASON_PART,
                                               DAY_THEN_PARTICIPLE=DAY_THEN_PARTICIPLE)


@pytest.mark.parametrize("sentence", cases(NOT_MY_TERM=NOT_MY_TERM))
def test_my_term_outside_a_quotation_is_no_time(sentence: str) -> None:
    assert [d for d in read_dates(sentence, "2022-03-01") if "my" in d[0]] == []


@pytest.mark.parametrize(("sentence", "pub"), cases(NOT_THEIR_TERM=NOT_THEIR_TERM))
def test_a_term_of_a_holder_the_data_lacks_is_no_time(sentence: str, pub: str) -> None:
    assert [d for d in read_dates(sentence, pub) if "'s" in d[0]] == []


@pytest.mark.parametrize(("sentence", "pub"), cases(NOT_IN_OFFICE=NOT_IN_OFFICE))
def test_a_count_in_office_no_term_fits_is_no_time(sentence: str, pub: str) -> None:
    assert [d for d in read_dates(sentence, pub) if "office" in d[0] or "years" in d[0]] == []


@pytest.mark.parametrize("sentence", cases(NOT_END_OF=NOT_END_OF))
def test_a_numbered_year_of_a_plan_is_no_time(sentence: str) -> None:
    assert [d for d in read_dates(sentence, "2019-11-17") if " of year" in d[0]] == []


@pytest.mark.parametrize("sentence", cases(NOT_A_SEASON=NOT_A_SEASON))
def test_a_bare_fall_or_a_noun_is_no_season(sentence: str) -> None:
    assert read_dates(sentence, "2020-02-10") == []


@pytest.mark.parametrize("sentence", cases(NOT_A_DAY=NOT_A_DAY))
def test_an_ordinal_of_a_series_is_no_day(sentence: str) -> None:
    assert [d for d in read_dates(sentence, "2024-10-16") if "the " in d[0]] == []
