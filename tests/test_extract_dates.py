"""Dates resolved against the publication date (the seed: Saturday 2019-11-16)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract.dates import find_dates

PUB = dt.date(2019, 11, 16)  # a Saturday

DATES = [
    # (sentence, exact, start, end, form)
    ("Published November 16, 2019.", "November 16, 2019", "2019-11-16", "2019-11-16", "absolute"),
    ("Esper urged Friday, calling on Seoul", "Friday", "2019-11-15", "2019-11-15", "weekday"),
    ("Esper said on Wednesday he was open", "on Wednesday", "2019-11-13", "2019-11-13", "weekday"),
    ("Esper's remarks on Monday weren't well received", "on Monday", "2019-11-11", "2019-11-11", "weekday"),
    ("The talks resume next Monday.", "next Monday", "2019-11-18", "2019-11-18", "weekday"),
    ("They met last Saturday.", "last Saturday", "2019-11-09", "2019-11-09", "weekday"),
    ("The rally is on Saturday.", "on Saturday", "2019-11-16", "2019-11-16", "weekday"),
    ("He spoke Tuesday morning.", "Tuesday morning", "2019-11-12", "2019-11-12", "weekday"),
    ("Kim and Biegun met last month in Stockholm", "last month", "2019-10-01", "2019-10-31", "relative"),
    ("A lawmaker said last week that", "last week", "2019-11-04", "2019-11-10", "relative"),
    ("what Seoul agreed to pay this year", "this year", "2019-01-01", "2019-12-31", "relative"),
    ("Trump ordered scaled back past year.", "past year", "2018-11-17", "2019-11-16", "relative"),
    ("The deal expired last year.", "last year", "2018-01-01", "2018-12-31", "relative"),
    ("A new deal is due next year.", "next year", "2020-01-01", "2020-12-31", "relative"),
    ("The talks are this week.", "this week", "2019-11-11", "2019-11-17", "relative"),
    ("They will meet next month.", "next month", "2019-12-01", "2019-12-31", "relative"),
    ("agreed in June to re-open negotiations", "in June", "2019-06-01", "2019-06-30", "month"),
    ("a failed summit in Vietnam in February.", "in February", "2019-02-01", "2019-02-28", "month"),
    ("talks in Sweden early in October, we", "early in October", "2019-10-01", "2019-10-10", "month"),
    ("The deal lapsed early January.", "early January", "2019-01-01", "2019-01-10", "month"),
    ("It was signed in late March.", "in late March", "2019-03-21", "2019-03-31", "month"),
    ("Talks stalled in mid-September.", "in mid-September", "2019-09-11", "2019-09-20", "month"),
    ("It ends in November.", "in November", "2019-11-01", "2019-11-30", "month"),
    ("The deal runs out next March.", "next March", "2020-03-01", "2020-03-31", "month"),
    ("They met in March 2018.", "in March 2018", "2018-03-01", "2018-03-31", "absolute"),
    (
        "to pass the time limit - the end of this year - easily",
        "the end of this year",
        "2019-12-31",
        "2019-12-31",
        "relative",
    ),
    ("conclude the SMA before the end of the year", "the end of the year", "2019-12-31", "2019-12-31", "relative"),
    ("by the end of next year", "the end of next year", "2020-12-31", "2020-12-31", "relative"),
    ("The 11th SMA runs to the end of 2019.", "the end of 2019", "2019-12-31", "2019-12-31", "absolute"),
    ("The deal will run in 2026.", "in 2026", "2026-01-01", "2026-12-31", "absolute"),
    ("Payments rose from 2014 to 2018.", "from 2014 to 2018", "2014-01-01", "2018-12-31", "range"),
    ("between 2014 and 2018 the share", "between 2014 and 2018", "2014-01-01", "2018-12-31", "range"),
    ("The 2014-18 deal", "2014-18", "2014-01-01", "2018-12-31", "range"),
    ("signed on Nov. 20, 2019, in Seoul", "on Nov. 20, 2019", "2019-11-20", "2019-11-20", "absolute"),
    ("signed on 5 March 2019 in Seoul", "on 5 March 2019", "2019-03-05", "2019-03-05", "absolute"),
    ("dated 2019-03-08", "2019-03-08", "2019-03-08", "2019-03-08", "absolute"),
    ("Seoul said on Feb. 10 that", "on Feb. 10", "2019-02-10", "2019-02-10", "month"),
    ("earlier this year, Seoul", "earlier this year", "2019-01-01", "2019-11-16", "relative"),
    ("late last year, Seoul", "late last year", "2018-09-01", "2018-12-31", "relative"),
    ("Yesterday, Seoul said", "Yesterday", "2019-11-15", "2019-11-15", "relative"),
    ("two years ago, Seoul", "two years ago", "2017-11-16", "2017-11-16", "relative"),
    ("the 1990s alliance", "the 1990s", "1990-01-01", "1999-12-31", "absolute"),
    ("by mid-2019 the deal", "mid-2019", "2019-05-01", "2019-08-31", "absolute"),
]


@pytest.mark.parametrize(("sentence", "exact", "start", "end", "form"), DATES)
def test_dates(sentence, exact, start, end, form):
    found = find_dates(sentence, PUB)
    assert [(f[2], f[3]["start"], f[3]["end"], f[3]["form"]) for f in found] == [(exact, start, end, form)]
    s, e, x, _ = found[0]
    assert sentence[s:e] == x


def test_trigger_words_are_outside_the_span():
    (f,) = find_dates("The rule applies since 1991.", PUB)
    assert f[2] == "1991"


@pytest.mark.parametrize(
    "sentence",
    [
        "It may rain.",
        "We march on.",
        "Black Friday sales rose.",
        "Some 28,500 troops are based there.",
        "The bill was $2019 in all.",
        "It grew 2019 percent.",
    ],
)
def test_no_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_weekday_resolves_against_other_publication_dates():
    (f,) = find_dates("on Friday", dt.date(2019, 11, 20))  # a Wednesday
    assert f[3]["start"] == "2019-11-15"
    (f,) = find_dates("last month", dt.date(2020, 1, 5))
    assert (f[3]["start"], f[3]["end"]) == ("2019-12-01", "2019-12-31")
