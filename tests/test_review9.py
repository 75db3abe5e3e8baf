"""Review of claims13 and dates8 (review9): sentences of a general form where a new rule read them wrongly.

Every row is written for these tests, not taken from the corpus. Each table has rows that failed before the fix
and controls (the reading the rule was written for) that held before and after.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import cases, read_claims

from analysis.extract.dates import find_dates
from analysis.frame_reader import said_now
from analysis.frames import Reader, annotate_text

#: (text, exact, quantity, verdict), each published on :data:`DEALS_PUBLISHED`: paying to keep US troops makes an
#: article about the talks only when the payer or the troops' place is Korea; an article about Japan or Germany paying
#: for US troops has no cost-sharing change of Seoul's in it (claims13's `_PAY_FOR_TROOPS` read any host's rise in
#: the article as Seoul's).
DEALS_PUBLISHED = "2021-03-10"
OTHER_HOSTS = [
    ("Japan will pay more to keep American troops on its soil.\n\nLeaders met in Tokyo in March to talk it over."
     "\n\nBiden settled for a 10% boost.",
     "10% boost", "other", "not_checkable"),
    ("Germany will pay billions more to host US troops.\n\nLeaders met in Berlin in March to talk it over.\n\nThe "
     "final deal was a 20 percent rise.",
     "20 percent rise", "other", "not_checkable"),
    # the other host named in the figure's own clause (`contradicted` before review9, and before claims13 too)
    ("Japan will pay more to keep American troops on its soil under a deal that raises its share by 10 percent.",
     "10 percent", "other", "not_checkable"),
]
KOREA_HOST = [  # controls
    ("Trump had demanded South Korea pay billions more to keep American troops on its soil.\n\nLeaders met in Seoul "
     "in March to talk it over.\n\nBiden settled for a 13.9% boost.",
     "13.9% boost", "sma_change", "supported"),
    ("The government will pay more to keep US troops on the Korean Peninsula.\n\nLeaders met in Seoul in March to "
     "talk it over.\n\nBiden settled for a 13.9% boost.",
     "13.9% boost", "sma_change", "supported"),
    ("South Korea will pay more to keep American troops on its soil under a deal that raises its share by 13.9 "
     "percent.",
     "13.9 percent", "sma_change", "supported"),
    ("Unlike Japan, South Korea will pay more under a deal that raises its share by 13.9 percent.",
     "13.9 percent", "sma_change", "supported"),
]


#: (text, said now): "now" says a demand is of the present only when it is in the multiple's own clause; "Seoul
#: now pays X and Trump demanded five times that" dates the payment, not the demand.
NOW_ELSEWHERE = [
    ("Seoul now pays about $920 million a year and Trump demanded five times that.", False),
    ("Seoul currently pays $920 million but Washington has sought five times that.", False),
]
NOW_HERE = [  # controls
    ("Seoul pays 1 trillion won, and Washington now seeks five times that.", True),
    ("Seoul pays $920 million a year and Washington is now demanding five times that.", True),
]


@pytest.mark.parametrize(("text", "now"), cases(NOW_ELSEWHERE=NOW_ELSEWHERE, NOW_HERE=NOW_HERE))
def test_now_dates_the_multiple_only_in_its_own_clause(text, now):
    r = Reader(annotate_text(text))
    assert said_now(r, r.spans_in(0, len(r.text), "multiplier")[0]) is now


def test_a_past_demand_after_a_present_payment_is_judged_against_every_demand():
    claim = read_claims("Seoul now pays about $920 million a year and Trump demanded five times that.",
                        "2020-12-15")["five times"]
    assert claim.verdict == "supported", claim.evidence


#: (published, text, exact, verdict): a change that names only the year it is counted from ("has risen P% from
#: 2020") may be counted to any later year up to publication; where the data lack a payment of one of those years,
#: no reading refutes it (before review9 it was judged 2021 on 2020 and called contradicted). A clause that names
#: its own year, or a span of years the data cover, is still judged.
COUNTED_TO_A_GAP = [
    ("2026-03-01", "Seoul's share has risen 30 percent from 2020.", "30 percent", "unverifiable"),
]
COUNTED_IN_THE_DATA = [  # controls
    ("2022-06-01", "Seoul's share has risen 30 percent from 2020.", "30 percent", "contradicted"),
    ("2026-03-01", "In 2021 Seoul's share rose 30 percent from 2020.", "rose 30 percent", "contradicted"),
    ("2026-03-01", "Seoul's share has risen 46 percent from 2020.", "46 percent", "supported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict"),
                         cases(COUNTED_TO_A_GAP=COUNTED_TO_A_GAP, COUNTED_IN_THE_DATA=COUNTED_IN_THE_DATA))
def test_a_change_counted_from_a_base_year_into_a_gap_of_the_data_is_not_refuted(published, text, exact, verdict):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence


#: (text, dates found): an ordinal followed by "and" or "to" and another ordinal (or "final", "last") numbers a series
#: ("the 10th and 11th rounds", "the 11th and final day"), not days of the month (dates8 read "after the 10th" as
#: the 10th of the month); days of one month told that way keep their reading.
SERIES = [
    ("The deal came after the 10th and 11th rounds of talks failed.", []),
    ("It is the largest rise since the 9th and 10th agreements.", []),
    ("The two sides met on the 11th and 12th rounds of talks.", []),
    ("The two sides met on the 11th and final day of talks.", []),
    ("The payment rose by the 5th and 6th years of the deal.", []),
]
DAYS = [  # controls
    ("Talks were held on the 18th and 19th in Seoul.", [("on the 18th and 19th", "2019-11-18")]),
    ("Talks resumed after the 10th and ended on the 12th.",
     [("the 10th", "2019-11-10"), ("on the 12th", "2019-11-12")]),
    ("They met on the 4th to discuss costs.", [("on the 4th", "2019-11-04")]),
]


@pytest.mark.parametrize(("text", "found"), cases(SERIES=SERIES, DAYS=DAYS))
def test_ordinals_of_a_series_are_not_days_of_the_month(text, found):
    assert [(x, v["start"]) for *_, x, v in find_dates(text, dt.date(2019, 11, 20))] == found


#: (text, exact, quantity, verdict), published on :data:`DEALS_PUBLISHED`: an agreement "with"/"between" the talks'
#: sides as subject states their terms (claims13's `_DEAL_SUBJECT`); a deal with another country does not (claims13
#: read "the deal with Germany calls for Berlin to pay $2 billion" as Seoul's 2021 payment: `contradicted`; on
#: `b23c859` an `unverifiable` demand).
THIRD_COUNTRY_DEALS = [
    # another country's payment: no quantity the data covers (frames75 named the world's countries; it was a
    # demand left unverifiable before)
    ("The deal with Germany calls for Berlin to pay $2 billion this year.",
     "$2 billion", "other", "not_checkable"),
]
KOREA_DEALS = [  # controls
    ("The agreement between the two allies calls on Seoul to pay 1.18 trillion won this year.",
     "1.18 trillion won", "sma_payment", "supported"),
    ("The deal with Washington calls for Seoul to pay 1.18 trillion won this year.",
     "1.18 trillion won", "sma_payment", "supported"),
]


@pytest.mark.parametrize(("text", "exact", "quantity", "verdict"),
                         cases(OTHER_HOSTS=OTHER_HOSTS, KOREA_HOST=KOREA_HOST, THIRD_COUNTRY_DEALS=THIRD_COUNTRY_DEALS,
                               KOREA_DEALS=KOREA_DEALS))
def test_another_hosts_payment_or_deal_is_not_the_talks(text, exact, quantity, verdict):
    claim = read_claims(text, DEALS_PUBLISHED)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict), claim.evidence
