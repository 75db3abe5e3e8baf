"""Dates and money read the way a news reader reads them (issue 9, fourth dates session): "since" before a noun
phrase, a month before the event it dates, a month, its event and a relative year as one span, "end-of-year",
"his first term" in a sentence naming no one, a start told in the present progressive, "mid-next month";
Korean-style compound amounts ("1 trillion 38.9 billion won") and wire scale suffixes ("trln", "tr").
Invented sentences, one case a row."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dates_test, read_dates, table

from analysis.extract import annotate
from analysis.extract.amounts import find_money
from analysis.extract.dates import find_dates, points_forward

CASES = table(
    r"""
sentence | pub | exact | start | end
The visit will be his first abroad since his inauguration in early June. | 2025-08-12 | in early June | 2025-06-01 | 2025-06-10
It will be her first trip since the summit in Hanoi in February. | 2019-11-16 | in February | 2019-02-01 | 2019-02-28
The envoy will be the first to go there since the election in March. | 2019-11-16 | in March | 2019-03-01 | 2019-03-31
Since Lee's April visit, the two sides have not met. | 2019-11-16 | April | 2019-04-01 | 2019-04-30
The deal expires two weeks from now, officials said. | 2019-11-16 | two weeks from now | 2019-11-30 | 2019-11-30
A decision is due a month from today. | 2019-11-16 | a month from today | 2019-12-01 | 2019-12-31
Since the talks will resume in March, Lee stayed home. | 2019-11-16 | in March | 2020-03-01 | 2020-03-31
Since the deal is due in March, Lee will stay home. | 2019-11-16 | in March | 2020-03-01 | 2020-03-31
Since the December deadline looms, Seoul waits. | 2019-11-20 | December | 2019-12-01 | 2019-12-31
Since the June talks, Seoul has waited. | 2019-11-20 | June | 2019-06-01 | 2019-06-30
The January inauguration will draw big crowds. | 2024-11-20 | January | 2025-01-01 | 2025-01-31
Crowds came to the January inauguration. | 2025-08-25 | January | 2025-01-01 | 2025-01-31
The group was set up after the leaders' April summit last year. | 2024-09-03 | April summit last year | 2023-04-01 | 2023-04-30
Lee will face the April elections next year. | 2019-11-16 | April elections next year | 2020-04-01 | 2020-04-30
The March rally this year drew thousands. | 2019-11-16 | March rally this year | 2019-03-01 | 2019-03-31
North Korea set an end-of-year deadline for Washington. | 2019-11-19 | end-of-year | 2019-12-31 | 2019-12-31
The sides missed the end-of-the-year target. | 2019-12-18 | the end-of-the-year | 2019-12-31 | 2019-12-31
Markets rallied at year-end. | 2019-12-18 | year-end | 2019-12-31 | 2019-12-31
The talks will wrap up by mid-next month. | 2019-11-20 | mid-next month | 2019-12-11 | 2019-12-20
A deal is expected mid next year. | 2019-11-20 | mid next year | 2020-05-01 | 2020-08-31
The admiral spoke last month. | 2019-11-20 | last month | 2019-10-01 | 2019-10-31
He said so on Nov.19. | 2019-11-20 | on Nov.19 | 2019-11-19 | 2019-11-19
The envoys left on Sept.30, 2019. | 2019-11-20 | on Sept.30, 2019 | 2019-09-30 | 2019-09-30
The deal was signed in the third quarter. | 2019-11-20 | the third quarter | 2019-07-01 | 2019-09-30
Talks will resume in the first quarter. | 2019-11-20 | the first quarter | 2020-01-01 | 2020-03-31
Seoul expects to sign by the second half. | 2019-11-20 | the second half | 2019-07-01 | 2019-12-31
Talks were held last year in March. | 2019-11-20 | last year in March | 2018-03-01 | 2018-03-31
Talks will resume next year in early March. | 2019-11-20 | next year in early March | 2020-03-01 | 2020-03-10
A deal is expected in March. | 2019-11-20 | in March | 2020-03-01 | 2020-03-31
A deal was expected in March. | 2019-11-20 | in March | 2019-03-01 | 2019-03-31
A deal is due in March. | 2019-11-20 | in March | 2020-03-01 | 2020-03-31
A deal is expected on Friday. | 2019-11-20 | on Friday | 2019-11-22 | 2019-11-22
A deal is expected within two weeks. | 2019-11-20 | within two weeks | 2019-11-20 | 2019-12-04
Talks are planned for March. | 2019-11-20 | March | 2020-03-01 | 2020-03-31
Talks were planned for March. | 2019-11-20 | March | 2019-03-01 | 2019-03-31
Seoul paid as expected in March. | 2019-11-20 | in March | 2019-03-01 | 2019-03-31
Seoul hopes to conclude the deal within the year. | 2019-11-20 | within the year | 2019-01-01 | 2019-12-31
The two sides aim to wrap up talks within the week. | 2019-11-20 | within the week | 2019-11-18 | 2019-11-24
Lee said he wanted to conclude it within the month. | 2019-11-20 | within the month | 2019-11-01 | 2019-11-30
The talks ended on the 19th in Seoul. | 2019-11-20 | on the 19th | 2019-11-19 | 2019-11-19
Talks were held on the 18th and 19th. | 2019-11-20 | on the 18th and 19th | 2019-11-18 | 2019-11-19
Talks were held from the 18th to the 19th. | 2019-11-20 | from the 18th to the 19th | 2019-11-18 | 2019-11-19
Talks will be held on the 25th and 26th. | 2019-11-20 | on the 25th and 26th | 2019-11-25 | 2019-11-26
Talks will be held on the 3rd and 4th of next month. | 2019-11-20 | on the 3rd and 4th of next month | 2019-12-03 | 2019-12-04
Talks ended on the afternoon of the 19th. | 2019-11-20 | on the afternoon of the 19th | 2019-11-19 | 2019-11-19
As of the 19th, talks had ended. | 2019-11-20 | As of the 19th | 2019-11-19 | 2019-11-19
A deal is due by the 25th. | 2019-11-20 | the 25th | 2019-11-25 | 2019-11-25
Since the 15th, workers have been on leave. | 2019-11-20 | the 15th | 2019-11-15 | 2019-11-15
Talks To Resume In March | 2019-11-20 | In March | 2020-03-01 | 2020-03-31
Esper To Visit Seoul On Friday | 2019-11-20 | On Friday | 2019-11-22 | 2019-11-22
Seoul Returns To Talks In March | 2019-11-20 | In March | 2019-03-01 | 2019-03-31
Trump Demands More Ahead Of November Talks | 2019-11-20 | November | 2019-11-01 | 2019-11-30
Late last week, talks stalled. | 2019-11-20 | Late last week | 2019-11-14 | 2019-11-17
Early next week, talks resume. | 2019-11-20 | Early next week | 2019-11-25 | 2019-11-27
Late in the year, talks resumed. | 2019-11-20 | Late in the year | 2019-09-01 | 2019-12-31
Early in the month, talks resumed. | 2019-11-20 | Early in the month | 2019-11-01 | 2019-11-10
"""  # noqa: E501
)


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(*CASES)


NOT_ONE_SPAN = table(
    r"""
sentence | pub | exact
The April summit was held last year in Seoul. | 2024-09-03 | April
The group was set up in April, a summit year. | 2024-09-03 | in April
"""
)


@pytest.mark.parametrize(("sentence", "pub", "exact"), NOT_ONE_SPAN)
def test_month_and_year_apart_are_two_dates(sentence: str, pub: str, exact: str) -> None:
    """A month and a relative year that do not date one event noun between them stay apart."""
    assert exact in [x for x, *_ in read_dates(sentence, pub)]


TERMS = table(
    r"""
text | pub | start | end
President Donald Trump spoke on Tuesday.\n\nThe American president said he would return to where he left off during his first term. | 2025-07-09 | 2017-01-20 | 2021-01-20
President Donald Trump spoke on Tuesday. The president said he would go back to the policy of his second term. | 2025-07-09 | 2025-01-20 | 2029-01-20
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "pub", "start", "end"), TERMS)
def test_first_term_refers_to_the_president_named_before(text: str, pub: str, start: str, end: str) -> None:
    assert [(s, e) for x, s, e in read_dates(text, pub) if "term" in x] == [(start, end)]


def test_first_term_with_no_one_named_is_left_out() -> None:
    """With no person with terms named before it, "his first term" resolves to no days."""
    assert [x for x, *_ in read_dates("The envoy said he would go back to the policy of his first term.", "2025-07-09")
            if "term" in x] == []


PROGRESSIVE = table(
    r"""
sentence | forward
Lee began sending notices that workers are being furloughed from April 1. | True
On Mar. 25, USFK began sending notices that they're being placed on unpaid leave as of Apr. 1. | True
Workers were being furloughed from April 1. | False
Workers were sent home from April 1. | False
"""
)


@pytest.mark.parametrize(("sentence", "forward"), PROGRESSIVE)
def test_start_told_in_present_progressive_points_forward(sentence: str, forward: str) -> None:
    i = sentence.rfind("Apr")
    j = sentence.find(" 1", i) + 2
    assert points_forward(sentence, i, j) is (forward == "True")


def test_progressive_start_is_no_date_after_publication() -> None:
    """A start ahead told in the present progressive is no past event dated after publication; a past one is."""
    text = ("Furlough notices\n\nMarch 26, 2020\n\nOn Mar. 25, USFK began sending notices that they're being placed "
            "on unpaid leave as of Apr. 1. Some workers were sent home on Apr. 2.")
    kinds = [(f.kind, f.exact) for f in annotate(text).findings]
    assert ("date_after_publication", "Apr. 1") not in kinds
    assert ("date_after_publication", "on Apr. 2") in kinds


MONEY = table(
    r"""
sentence | exact | amount | currency
Seoul will pay 1 trillion 38.9 billion won this year. | 1 trillion 38.9 billion won | 1038900000000 | KRW
The share is about W1 trillion 389 billion a year. | about W1 trillion 389 billion a year | 1389000000000 | KRW
The cost came to $1 billion 200 million. | $1 billion 200 million | 1200000000 | USD
Seoul pays 1.389 trln won. | 1.389 trln won | 1389000000000 | KRW
It was KRW1tr in all. | KRW1tr | 1000000000000 | KRW
The plan costs $1tr. | $1tr | 1000000000000 | USD
"""
)


@pytest.mark.parametrize(("sentence", "exact", "amount", "currency"), MONEY)
def test_money_as_a_reader_reads_it(sentence: str, exact: str, amount: str, currency: str) -> None:
    got = [(x, v["amount"], v["currency"]) for *_, x, v in find_money(sentence)]
    assert got == [(exact, float(amount), currency)]


def test_a_count_in_two_scales_is_no_money() -> None:
    """Two scales with no currency count something else ("2 billion 300 million years"); only the amount stays."""
    assert [x for *_, x, _ in find_money("In 2 billion 300 million years, $5 billion.")] == ["$5 billion"]


def test_a_long_chain_of_previous_months_stays_in_the_calendar() -> None:
    """Each "the previous April" counts a year back from the one before; past year 1 it is left unresolved."""
    text = "The April summit came, and then the previous April" + ", the previous April" * 2100 + "."
    values = [v for *_, v in find_dates(text, dt.date(2019, 11, 16))]
    assert [v["start"] for v in values[:3]] == ["2019-04-01", "2018-04-01", "2017-04-01"]
    assert values[-1]["start"] is None


ELECTION = table(
    r"""
text | pub | exact | start
US, ROK sign defense deal, day before election | 2024-11-04 | day before election | 2024-11-04
Seoul acted the day after the U.S. presidential election. | 2019-11-20 | the day after the U.S. presidential election | 2016-11-09
Seoul will act the day after the U.S. presidential election. | 2019-11-20 | the day after the U.S. presidential election | 2020-11-04
The deal will be signed a day before the election. | 2024-11-01 | a day before the election | 2024-11-05
Lee won the week after the American election. | 2024-11-20 | the week after the American election | 2024-11-12
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "pub", "exact", "start"), ELECTION)
def test_a_day_by_the_us_election(text: str, pub: str, exact: str, start: str) -> None:
    """A day or week before or after the US election: "the day after" comes to that day; "a day before" (a count of
    one) is the election's own day, as the corpus reads a count of one from any event."""
    assert [(x, s) for x, s, _ in read_dates(text, pub)] == [(exact, start)]


def test_a_bare_election_far_from_a_us_one_is_not_read_as_it() -> None:
    """In April a bare "election" is no US election: "a day before" counts from the date told before it instead (the
    election is the day after that Monday)."""
    assert [s for x, s, _ in read_dates("Lee spoke on Monday, a day before the election.", "2024-04-12")] == [
        "2024-04-08", "2024-04-09"]


@pytest.mark.parametrize("text", ["It happened in the second half of the 20th century.", "They signed within the year.",
                                  "It happened 1.5 years ago.", "Talks resumed 1.5 months later.",
                                  "He played on the 18th hole.", "It fell on the 4th of July.",
                                  "Before the 10th round, talks stalled.",
                                  "The team scored in the second half of the game.", "It was Nov.2019 then."])
def test_no_date_in_a_half_of_something_else(text: str) -> None:
    """A half or quarter of something other than a year, a month glued to a year, "within the year" told in the past
    a count in decimals ("1.5 years ago": not "5 years ago") and an ordinal before a noun are no dates read here."""
    assert read_dates(text, "2019-11-20") == []
