"""Dates read the way a news reader reads them (issue 9, sixth dates session): a short quotation inside a sentence
does not cut the sentence's tense; "N years ago" is a year, "N months ago" a month; "He called it ... in March" is a
past verb; "mid-to-late February" and "the second half of February" are parts of a month; "two days prior"; a
timetable verb after a plural subject ("Talks resume Thursday") points ahead; "$4.7 to $5 billion" is billions both.
Invented sentences, one case a row (a date's exact words, then its range)."""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# A reporter's partial quotation inside his own sentence: the sentence's verb still tells the date's tense.
PARTIAL_QUOTE = table(
    r"""
sentence | pub | exact | start | end
Staff will go on "unpaid leave" from April 1, adding it offered notice. | 2020-01-31 | April 1 | 2020-04-01 | 2020-04-01
Staff will be put on "unpaid leave" from April 1, USFK said. | 2020-01-31 | April 1 | 2020-04-01 | 2020-04-01
Staff will be put on “temporary leave” from March 2, the union said. | 2020-01-31 | March 2 | 2020-03-02 | 2020-03-02
Kim rejected the offer as "unfair" in March, and talks will go on. | 2020-01-31 | in March | 2019-03-01 | 2019-03-31
Lee said "no" in March, and talks will go on. | 2020-01-31 | in March | 2019-03-01 | 2019-03-31
"""
)

# "N years ago": the year that many years back (a reader counts whole years, not to the day); months: the month.
AGO = table(
    r"""
sentence | pub | exact | start | end
An intelligence pact reached three years ago expires soon. | 2019-11-16 | three years ago | 2016-01-01 | 2016-12-31
The deal lapsed two months ago. | 2019-11-16 | two months ago | 2019-09-01 | 2019-09-30
The talks began a year ago. | 2020-03-08 | a year ago | 2019-01-01 | 2019-12-31
# days and weeks stay the day they count back to
The envoy arrived five days ago. | 2019-11-16 | five days ago | 2019-11-11 | 2019-11-11
"""
)

# A naming participle ("called", "dubbed") after its subject or "has" is the clause's past verb.
CALLED = table(
    r"""
sentence | pub | exact | start | end
He called it "a fair deal" in March. | 2020-01-15 | in March | 2019-03-01 | 2019-03-31
Trump, who has dubbed the deal unfair in March, will visit. | 2020-01-15 | in March | 2019-03-01 | 2019-03-31
She named him envoy in March. | 2020-01-15 | in March | 2019-03-01 | 2019-03-31
# a participle that names a noun has no tense of its own: the month is the nearest one
The deal, called the SMA, in March. | 2020-01-15 | in March | 2020-03-01 | 2020-03-31
"""
)

# Two thirds of a month in a row, and a month's halves.
PARTS = table(
    r"""
sentence | pub | exact | start | end
The round is set for mid-to-late February. | 2020-01-15 | mid-to-late February | 2020-02-11 | 2020-02-29
Talks ran early to mid-March last year. | 2020-01-15 | early to mid-March last year | 2019-03-01 | 2019-03-20
The envoys met in mid- to late December. | 2020-01-15 | in mid- to late December | 2019-12-11 | 2019-12-31
Talks resume in the second half of February. | 2020-01-15 | in the second half of February | 2020-02-16 | 2020-02-29
It fell in the first half of March 2019. | 2020-01-15 | in the first half of March 2019 | 2019-03-01 | 2019-03-15
It was struck in the latter half of December. | 2020-01-15 | in the latter half of December | 2019-12-16 | 2019-12-31
"""
)

# "N days prior" counts back like "N days earlier"; "prior to" is "before".
PRIOR = table(
    r"""
sentence | pub | exact | start | end
It was signed on Jan. 6. Two days prior, talks had stalled. | 2020-01-15 | Two days prior | 2020-01-04 | 2020-01-04
It was signed on Jan. 6. A week prior, talks had stalled. | 2020-01-15 | A week prior | 2019-12-30 | 2019-12-30
Talks stalled two days prior to the vote on Jan. 6. | 2020-01-15 | two days prior to | 2020-01-04 | 2020-01-04
"""
)

# A timetable verb in the present after a plural subject tells a plan: the weekday or month still ahead.
PLURAL_PRESENT = table(
    r"""
sentence | pub | exact | start | end
Talks end Thursday. | 2020-01-15 | Thursday | 2020-01-16 | 2020-01-16
The negotiations resume in March. | 2020-04-15 | in March | 2021-03-01 | 2021-03-31
They begin on Monday. | 2020-01-15 | on Monday | 2020-01-20 | 2020-01-20
# "the end", "this end": a noun, no verb; the past stays past
At the end of March, the deal lapsed. | 2020-01-15 | At the end of March | 2019-03-31 | 2019-03-31
Talks ended Thursday. | 2020-01-15 | Thursday | 2020-01-09 | 2020-01-09
"""
)

# "by month's end", "month-end": the last day of publication's month, as "the end of the month" is.
MONTH_END = table(
    r"""
sentence | pub | exact | start | end
A deal is likely by month's end. | 2020-02-03 | month's end | 2020-02-29 | 2020-02-29
Seoul expects a deal by the month’s end. | 2020-01-15 | the month’s end | 2020-01-31 | 2020-01-31
Officials set an end-of-month deadline. | 2020-01-15 | end-of-month | 2020-01-31 | 2020-01-31
"""
)

# A day of the month a plan names ("scheduled for the 20th"), and one after "by" before the rest of the clause.
DAY_OF_MONTH = table(
    r"""
sentence | pub | exact | start | end
The vote is scheduled for the 20th. | 2020-01-15 | for the 20th | 2020-01-20 | 2020-01-20
The next round is slated for the 21st in Washington. | 2020-01-15 | for the 21st | 2020-01-21 | 2020-01-21
The round will end by the 21st in Washington. | 2020-01-15 | the 21st | 2020-01-21 | 2020-01-21
"""
)


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(PARTIAL_QUOTE=PARTIAL_QUOTE, AGO=AGO, CALLED=CALLED, PARTS=PARTS,
                                               PRIOR=PRIOR, PLURAL_PRESENT=PLURAL_PRESENT, MONTH_END=MONTH_END,
                                               DAY_OF_MONTH=DAY_OF_MONTH)


# Two amounts joined by a dash, or by "to"/"and"/"or" with a sign before each: the first takes the second's scale.
SHARED_SCALE = table(
    r"""
sentence | exact | amount | currency
Trump wants $4.7 to $5 billion a year. | $4.7 | 4700000000.0 | USD
Seoul was asked for $4-5 billion. | $4 | 4000000000.0 | USD
Seoul was asked for $4-5 billion. | 5 billion | 5000000000.0 | USD
The demand fell from $4.5 to $5 billion. | $4.5 | 4500000000.0 | USD
It sought between $1 and $1.5 trillion. | $1 | 1000000000000.0 | USD
# two sums, not a range: the first keeps its own value
It cost $40 and 5 billion dollars. | $40 | 40.0 | USD
At US$1 = 1,200 won, the sum is 1.2 trillion won. | US$1 | 1.0 | USD
"""
)


@pytest.mark.parametrize(("sentence", "exact", "amount", "currency"), SHARED_SCALE)
def test_a_range_of_amounts_shares_its_scale(sentence: str, exact: str, amount: str, currency: str) -> None:
    from analysis.extract.amounts import find_money

    assert (exact, float(amount), currency) in [(x, v["amount"], v["currency"]) for *_, x, v in find_money(sentence)]


@pytest.mark.parametrize("sentence", ["He voted for the 3rd time.", "It was set for the 10th round of talks."])
def test_an_ordinal_of_a_series_after_for_is_no_day(sentence: str) -> None:
    assert read_dates(sentence, "2020-01-15") == []
