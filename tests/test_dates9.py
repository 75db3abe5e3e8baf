"""Dates read the way a news reader reads them (issue 9, fifth dates session): days of one month written day first
("8-10 March", "from 8 to 10 March 2021", "between 17 and 18 December") as one span, and "the 8th of March"; a count
of one from an event ("a day after he threatened tariffs") in a sentence reporting an undated remark in the past; a
weekday in brackets after a day ("on Feb. 13 (Thursday)") restating it.
Invented sentences, one case a row."""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

DAY_FIRST = table(
    r"""
sentence | pub | exact | start | end
Talks took place on 8-10 March. | 2025-07-09 | on 8-10 March | 2025-03-08 | 2025-03-10
The delegates met from 8 to 10 March in Seoul. | 2025-07-09 | from 8 to 10 March | 2025-03-08 | 2025-03-10
The round was held 17–18 December 2019 in Honolulu. | 2020-01-10 | 17–18 December 2019 | 2019-12-17 | 2019-12-18
The envoys met between 14 and 16 January. | 2020-01-20 | between 14 and 16 January | 2020-01-14 | 2020-01-16
The envoys met on 14 and 15 January. | 2020-01-20 | on 14 and 15 January | 2020-01-14 | 2020-01-15
The next round will run from 3 to 5 March. | 2020-01-20 | from 3 to 5 March | 2020-03-03 | 2020-03-05
The talks ran from 30 November to 2 December. | 2019-12-10 | from 30 November to 2 December | 2019-11-30 | 2019-12-02
# two days not in a row joined by "and": each day is its own date
Officials met on 3 and 10 March. | 2025-07-09 | 10 March | 2025-03-10 | 2025-03-10
# "the 8th of March": an ordinal day of a named month
They met on the 8th of March. | 2025-07-09 | on the 8th of March | 2025-03-08 | 2025-03-08
The deal was signed on the 10th of March 2021. | 2025-07-09 | on the 10th of March 2021 | 2021-03-10 | 2021-03-10
The talks will resume on the 2nd of September. | 2025-07-09 | on the 2nd of September | 2025-09-02 | 2025-09-02
They met on the 14th of July 2019. | 2019-11-20 | on the 14th of July 2019 | 2019-07-14 | 2019-07-14
"""
)


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_day_first_dates_as_a_reader_reads_them = dates_test(*DAY_FIRST)


NO_DATE = table(
    r"""
sentence | pub
The 2019-20 March rounds failed. | 2025-07-09
Prices rose 1.5-2 March futures said. | 2025-07-09
Rates of $5-6 March higher. | 2025-07-09
"""
)


@pytest.mark.parametrize(("sentence", "pub"), NO_DATE)
def test_numbers_before_a_month_that_are_no_day_span(sentence: str, pub: str) -> None:
    assert not [x for x, *_ in read_dates(sentence, pub) if "-" in x and "March" in x]


REPORTED_LAG = table(
    r"""
sentence | pub | start
Trump said Seoul should pay more, a day after he threatened tariffs. | 2025-07-09 | 2025-07-07
Just a day after Trump threatened tariffs, he said Seoul should pay more. | 2025-07-09 | 2025-07-07
The minister told reporters the talks would go on, a day after the vote. | 2019-11-20 | 2019-11-18
# a date to count from in the sentence, or no remark reported: read as before
Trump said on Monday that Seoul should pay, a day after he threatened tariffs. | 2025-07-09 | 2025-07-06
The troops left a day after the vote. | 2019-11-20 | None
"""
)


@pytest.mark.parametrize(("sentence", "pub", "start"), REPORTED_LAG)
def test_a_count_of_one_from_an_event_in_an_undated_reported_remark(sentence: str, pub: str, start: str) -> None:
    """An undated remark reported in the past is the news of the day before publication: "a day after" the event
    named is the event's own day, a day before that."""
    assert [s for x, s, _ in read_dates(sentence, pub) if x.lower().endswith("a day after")] == [start]


RESTATED = table(
    r"""
sentence | pub | start
Talks were held on Feb. 13 (Thursday) in Seoul. | 2025-07-09 | 2025-02-13
The round opened on 13 February 2025 (Thursday). | 2025-07-09 | 2025-02-13
# a weekday that is not the day's own is read on its own
Talks were held on Feb. 14 (Thursday). | 2025-07-09 | 2025-07-03
"""
)


@pytest.mark.parametrize(("sentence", "pub", "start"), RESTATED)
def test_a_weekday_in_brackets_restates_the_day_before_it(sentence: str, pub: str, start: str) -> None:
    assert [s for x, s, _ in read_dates(sentence, pub) if x == "Thursday"] == [start]
