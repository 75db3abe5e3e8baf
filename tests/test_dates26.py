"""A generated battery of dates (dates26, ninth session): sentences composed from parts written here, not read in
any article, so that a rule fixed for it is fixed for a class of news English, not for a text.

Each row is one expression (a weekday with and without "on", "last/next/this <weekday|week|month|year>", a month
with and without day and year, "earlier this month", "late last year", "in the coming weeks" (no item), an anchor
after a dated sentence ("the previous year", "two days later"), "since/until <year>", "from <year> to <year>", "by
the end of <year>", "the first half of <year>", seasons, quarters, "<n> days ago", holidays) in one frame of tense
and mood (past, present perfect, "will", "is set to", "plans to", "is expected to", "is due to", "are to", "agreed
to", "hope to", "could", passives, a negated past, the present progressive of a plan, "said he would", "said on
<weekday> that ...", a quotation of words said on a day before publication or in a year only, in the past or the
future, and a clause inside or beside another of another tense: "which expired", "if they meet", "but are expected
to"), at the sentence's end or opening it ("On Friday, the envoys met ..."), told on a publication day of the list
``PUBS`` (every weekday, year ends and starts). The whole battery (``DATES26_FULL=1``, 36,408 rows) takes
about a minute; by default each frame is told on every fourth publication day in turn.

The range a row wants comes from the small reference computation below (calendar arithmetic with datetime and
dateutil, following the conventions of tests/corpus/README.md and the module's docstring), never from the tool. A
row whose expression its frame's tense contradicts ("will meet last Friday") is not generated. A row passes as
``evaluate`` scores a date: some date the tool finds overlapping the expression has the wanted range (a "no item"
row: none overlapping it has a range).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import pytest
from conftest import merged, run_rows
from dateutil.relativedelta import relativedelta

from analysis.extract.dates import find_dates

PUBS = [dt.date.fromisoformat(d) for d in (
    "2019-11-15", "2020-12-29", "2021-01-03", "2022-06-08", "2023-03-13", "2024-12-28", "2025-07-17", "2026-01-01",
)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

Span = tuple[dt.date, dt.date]
NO_ITEM = "no item"  # the expression is no date ("in the coming weeks")


# ---------------------------------------------------------------------------------------------- reference calendar
def day(d: dt.date) -> Span:
    return d, d


def week_of(d: dt.date) -> Span:
    lo = d - dt.timedelta(d.weekday())
    return lo, lo + dt.timedelta(6)


def month_of(d: dt.date) -> Span:
    lo = d.replace(day=1)
    return lo, lo + relativedelta(months=1, days=-1)


def month_part(d: dt.date, first: int, last: int) -> Span:
    """Days ``first`` to ``last`` (at most the month's end) of ``d``'s month: thirds are 1-10, 11-20, 21-end."""
    lo, hi = month_of(d)
    return lo.replace(day=min(first, hi.day)), lo.replace(day=min(last, hi.day))


def quarter_from(r: dt.date, m: int, past: bool) -> Span:
    """Month ``m`` read by the tense (:func:`month_near`) and the two after it: "from June to August"."""
    lo = month_near(r, m, past)[0]
    return lo, lo + relativedelta(months=3, days=-1)


def year_of(y: int) -> Span:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def months(y: int, first: int, n: int) -> Span:
    lo = dt.date(y, first, 1)
    return lo, lo + relativedelta(months=n, days=-1)


def weekday_near(r: dt.date, wd: int, past: bool, strict: bool = False) -> dt.date:
    """The weekday ``wd`` on or before ``r`` (past) or on or after it; ``strict``: never ``r`` itself."""
    step = -1 if past else 1
    d = r + dt.timedelta(step) if strict else r
    while d.weekday() != wd:
        d += dt.timedelta(step)
    return d


def month_near(r: dt.date, m: int, past: bool) -> Span:
    """The month ``m`` begun on or before ``r`` (past), else the first one not ended before ``r``."""
    if past:
        return months(r.year if m <= r.month else r.year - 1, m, 1)
    return months(r.year if m >= r.month else r.year + 1, m, 1)


def month_day_near(r: dt.date, m: int, d: int, past: bool) -> Span:
    """Day ``d`` of month ``m`` nearest ``r`` (past), else on or after it."""
    this = dt.date(r.year, m, d)
    if past:  # the nearest, as the module's docstring and tests/test_dates8.py have it (a past day written after
        # publication is read as written and flagged as date_after_publication): publication's year unless its
        # month starts over 60 days ahead (the year before) or over 300 days back (the year after)
        if (m, d) > (r.month, r.day) and (dt.date(r.year, m, 1) - r).days > 60:
            return day(this.replace(year=r.year - 1))
        return day(this.replace(year=r.year + 1) if (r - dt.date(r.year, m, 1)).days > 300 else this)
    return day(this if this >= r else this.replace(year=r.year + 1))


def season_near(r: dt.date, first: int, which: str) -> Span:
    """The season (three months from ``first``) last (ended before ``r``) or next (begun after ``r``)."""
    spans = [months(y, first, 3) for y in range(r.year - 2, r.year + 2)]
    if which == "last":
        return [s for s in spans if s[1] < r][-1]
    return next(s for s in spans if s[0] > r)


def thanksgiving(y: int) -> dt.date:
    return weekday_near(dt.date(y, 11, 1), 3, past=False) + dt.timedelta(21)


def on_or_after(rule: Callable[[int], dt.date], d: dt.date) -> dt.date:
    return rule(d.year) if rule(d.year) >= d else rule(d.year + 1)


# ---------------------------------------------------------------------------------------------- frames of tense
class Frame(NamedTuple):
    """A sentence with a slot ``{x}``; ``past``: the tense points back; ``quoted``: said on a day before publication
    (the reference of the expression), written after the quotation."""

    name: str
    text: str
    past: bool
    sense: str  # past, perfect, future, quote


FRAMES = [
    Frame("past", "The envoys met in Seoul {x}.", True, "past"),
    Frame("perfect", "The envoys have met four times {x}.", True, "perfect"),
    Frame("will", "The envoys will meet in Seoul {x}.", False, "future"),
    Frame("set_to", "The envoys are set to meet in Seoul {x}.", False, "future"),
    Frame("plans_to", "The envoy plans to visit Seoul {x}.", False, "future"),
    Frame("expected", "The talks are expected to resume {x}.", False, "future"),
    Frame("progressive", "The envoys are meeting in Seoul {x}.", False, "future"),
    Frame("would", "Kim said he would visit Seoul {x}.", False, "future"),
    Frame("due_to", "The envoys are due to meet in Seoul {x}.", False, "future"),
    Frame("are_to", "The envoys are to meet in Seoul {x}.", False, "future"),
    Frame("agreed_to", "The envoys agreed to meet again {x}.", False, "future"),
    Frame("hope_to", "The envoys hope to sign a deal {x}.", False, "future"),
    Frame("could", "A deal could come {x}.", False, "future"),
    Frame("passive_future", "The talks will be held in Seoul {x}.", False, "future"),
    Frame("passive_past", "The talks were held in Seoul {x}.", True, "past"),
    Frame("negated_past", "The envoys did not meet {x}.", True, "past"),
    Frame("quote_past", "“We met in Seoul {x},” Kim said on {said}.", True, "quote"),
    Frame("quote_future", "“We will meet in Seoul {x},” Kim said on {said}.", False, "quote"),
    Frame("quote_year_past", "“We met in Seoul {x},” Kim said in {said_year}.", True, "quote_year"),
    Frame("quote_year_future", "“We will meet in Seoul {x},” Kim said in {said_year}.", False, "quote_year"),
    # a clause inside another, or beside one of another tense: the date's own clause rules
    Frame("c_relative_future", "The envoys, who met in Tokyo once, will meet again {x}.", False, "future"),
    Frame("c_but_expected", "Talks stalled but are expected to resume {x}.", False, "future"),
    Frame("c_which_past", "The deal, which expired {x}, is being renegotiated.", True, "past"),
    Frame("c_which_future", "Officials said the talks, which will resume {x}, are crucial.", False, "future"),
    Frame("c_that_past", "The talks that were held {x} ended without a deal.", True, "past"),
    Frame("c_and_will", "The envoys met {x} and will meet again soon.", True, "past"),
    Frame("c_after_past", "After the envoys met {x}, Kim will fly home.", True, "past"),
    Frame("c_before_present", "Before the envoys meet {x}, Kim will fly to Tokyo.", False, "future"),
    Frame("c_if_present", "If the envoys meet {x}, a deal is possible.", False, "future"),
    Frame("c_when_present", "When the envoys meet {x}, they will discuss costs.", False, "future"),
    Frame("c_appositive_past", "Kim, the likely nominee and a potential rival, met the envoys {x}.", True, "past"),
    Frame("c_appositive_future", "Kim, who led the talks, will meet the envoys {x}.", False, "future"),
    Frame("said_that_would", "Kim said on {said_wd} that the talks would resume {x}.", False, "future"),
    Frame("said_that_past", "Kim said on {said_wd} that the envoys had met {x}.", True, "past"),
]
QUOTE_BACK = dt.timedelta(400)  # a quotation is of words said this long before publication


def fronted(frame: Frame) -> str | None:
    """The frame with its slot opening the sentence (or the quotation) and a comma after it ("{X}, the envoys met in
    Seoul."); None where a fronted date could tell when the report was made ("{X}, Kim said he would ...")."""
    if frame.name in {"would", "agreed_to", "said_that_would", "said_that_past"} or frame.name.startswith("c_"):
        return None
    body = frame.text.replace(" {x}", "")
    if body.startswith("“"):
        return "“{X}, " + body[1].lower() + body[2:]
    return "{X}, " + body[0].lower() + body[1:]


# ---------------------------------------------------------------------------------------------- expressions
class Expr(NamedTuple):
    """An expression: its class, words, the senses of frame it fits, and its range told on day ``r`` in a clause
    pointing back or forward (``want(r, past)``); ``lead`` (told on ``r``, pointing back or not) is a sentence put
    before it in its paragraph, for an anchor."""

    kind: str
    words: str
    senses: frozenset[str]
    want: Callable[[dt.date, bool], Span | str | None]
    lead: Callable[[dt.date, bool], str] | None = None


PAST = frozenset({"past", "quote"})
FUTURE = frozenset({"future", "quote"})
TOLD = frozenset({"past", "future", "quote"})
ANCHORED = frozenset({"past", "future"})


def long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def weekday_exprs(r: dt.date) -> Iterator[Expr]:
    for off in (0, -2, 3):
        wd = (r.weekday() + off) % 7
        name = WEEKDAYS[wd]
        yield Expr("weekday", name, TOLD, lambda r, p, wd=wd: day(weekday_near(r, wd, p)))
        yield Expr("on_weekday", f"on {name}", TOLD, lambda r, p, wd=wd: day(weekday_near(r, wd, p)))
        yield Expr("last_weekday", f"last {name}", PAST, lambda r, p, wd=wd: day(weekday_near(r, wd, True, True)))
        yield Expr("next_weekday", f"next {name}", FUTURE, lambda r, p, wd=wd: day(weekday_near(r, wd, False, True)))
        yield Expr("this_weekday", f"this {name}", frozenset({"past", "future"}),
                   lambda r, p, wd=wd: None if r.weekday() == 6 else day(week_of(r)[0] + dt.timedelta(wd)))


def last_week(r: dt.date, past: bool) -> Span:
    """README: told on a Sunday, the week that Sunday ends; else the week before publication's."""
    return week_of(r) if r.weekday() == 6 else week_of(r - dt.timedelta(7))


def unit_exprs(r: dt.date) -> Iterator[Expr]:
    sunday = r.weekday() == 6
    yield Expr("last_week", "last week", PAST, last_week)
    yield Expr("this_week", "this week", frozenset({"past", "perfect", "future"}),
               lambda r, p: None if r.weekday() == 6 else week_of(r))
    yield Expr("next_week", "next week", FUTURE,
               lambda r, p: None if r.weekday() == 6 else week_of(r + dt.timedelta(7)))
    yield Expr("last_month", "last month", PAST, lambda r, p: month_of(r - relativedelta(months=1)))
    yield Expr("this_month", "this month", frozenset({"past", "perfect", "future"}), lambda r, p: month_of(r))
    yield Expr("next_month", "next month", FUTURE, lambda r, p: month_of(r + relativedelta(months=1)))
    yield Expr("last_year", "last year", PAST, lambda r, p: year_of(r.year - 1))
    yield Expr("this_year", "this year", frozenset({"past", "perfect", "future"}), lambda r, p: year_of(r.year))
    yield Expr("next_year", "next year", FUTURE, lambda r, p: year_of(r.year + 1))
    del sunday


def month_exprs(r: dt.date) -> Iterator[Expr]:
    for off in (-2, 0, 2):
        m = (r.month - 1 + off) % 12 + 1
        name = MONTHS[m - 1]
        yield Expr("in_month", f"in {name}", TOLD, lambda r, p, m=m: month_near(r, m, p))
        y = r.year + (1 if off > 0 else -1)
        yield Expr("month_year", f"in {name} {y}", frozenset({"past", "future"}),
                   lambda r, p, m=m, y=y: months(y, m, 1))
        yield Expr("month_day_year", f"on {name} 5, {y}", frozenset({"past", "future"}),
                   lambda r, p, m=m, y=y: day(dt.date(y, m, 5)))
    for off, d in ((-1, 5), (1, 20)):
        m = (r.month - 1 + off) % 12 + 1
        yield Expr("month_day", f"on {MONTHS[m - 1]} {d}", TOLD, lambda r, p, m=m, d=d: month_day_near(r, m, d, p))
        if m in AP_MONTHS:
            yield Expr("month_day_ap", f"on {AP_MONTHS[m]} {d}", TOLD,
                       lambda r, p, m=m, d=d: month_day_near(r, m, d, p))
        yield Expr("month_day_bare", f"{MONTHS[m - 1]} {d}", TOLD, lambda r, p, m=m, d=d: month_day_near(r, m, d, p))


def part_exprs(r: dt.date) -> Iterator[Expr]:
    yield Expr("earlier_this_month", "earlier this month", frozenset({"past", "perfect"}),
               lambda r, p: None if r.day == 1 else (r.replace(day=1), r - dt.timedelta(1)))
    yield Expr("later_this_month", "later this month", frozenset({"future"}),
               lambda r, p: None if r == month_of(r)[1] else (r + dt.timedelta(1), month_of(r)[1]))
    yield Expr("earlier_this_year", "earlier this year", frozenset({"past", "perfect"}),
               lambda r, p: None if r.timetuple().tm_yday == 1 else (dt.date(r.year, 1, 1), r - dt.timedelta(1)))
    yield Expr("later_this_year", "later this year", frozenset({"future"}),
               lambda r, p: None if (r.month, r.day) == (12, 31) else (r + dt.timedelta(1), dt.date(r.year, 12, 31)))
    # parts of a year are thirds, as parts of a month are: early January-April, late September-December
    yield Expr("late_last_year", "late last year", PAST,
               lambda r, p: (dt.date(r.year - 1, 9, 1), dt.date(r.year - 1, 12, 31)))
    yield Expr("early_next_year", "early next year", FUTURE,
               lambda r, p: (dt.date(r.year + 1, 1, 1), dt.date(r.year + 1, 4, 30)))
    yield Expr("early_last_month", "early last month", PAST,
               lambda r, p: month_part(r - relativedelta(months=1), 1, 10))
    yield Expr("late_next_month", "late next month", FUTURE,
               lambda r, p: month_part(r + relativedelta(months=1), 21, 31))
    for words in ("in the coming weeks", "in the coming days", "in the coming months", "within weeks"):
        yield Expr("coming_weeks", words, frozenset({"future"}), lambda r, p: NO_ITEM)


def anchor_lead(r: dt.date, past: bool) -> str:
    return f"The round opened on {long_date(anchor_day(r, True))}." if past else \
        f"The round opens on {long_date(anchor_day(r, False))}."


def anchor_day(r: dt.date, past: bool) -> dt.date:
    return r - dt.timedelta(45) if past else r + dt.timedelta(45)


def anchor_exprs(r: dt.date) -> Iterator[Expr]:
    counts: list[tuple[str, str, Callable[[dt.date], Span]]] = [
        ("anchor_previous_year", "the previous year", lambda a: year_of(a.year - 1)),
        # a count in units moves the anchor's day by that many units (tests/test_dates15.py: "a month later" after
        # March 8, 2019 is April 8); "the previous year" is a whole year
        ("anchor_year_earlier", "a year earlier", lambda a: day(a - relativedelta(years=1))),
        ("anchor_following_year", "the following year", lambda a: year_of(a.year + 1)),
        ("anchor_that_year", "later that year", lambda a: (a + dt.timedelta(1), dt.date(a.year, 12, 31))),
        ("anchor_days_later", "two days later", lambda a: day(a + dt.timedelta(2))),
        ("anchor_days_earlier", "three days earlier", lambda a: day(a - dt.timedelta(3))),
        ("anchor_next_day", "the next day", lambda a: day(a + dt.timedelta(1))),
        ("anchor_month_later", "a month later", lambda a: day(a + relativedelta(months=1))),
    ]
    for kind, words, f in counts:
        yield Expr(kind, words, ANCHORED, lambda r, p, f=f: f(anchor_day(r, p)), anchor_lead)
    holidays: list[tuple[str, Callable[[int], dt.date]]] = [
        ("by Christmas", lambda y: dt.date(y, 12, 25)), ("by Thanksgiving", thanksgiving),
        ("on New Year's Day", lambda y: dt.date(y, 1, 1)),
    ]
    for words, rule in holidays:
        yield Expr("holiday", words, frozenset({"future"}),
                   lambda r, p, rule=rule: day(on_or_after(rule, anchor_day(r, p))), anchor_lead)


def year_exprs(r: dt.date) -> Iterator[Expr]:
    y = r.year
    yield Expr("since_year", f"since {y - 3}", frozenset({"perfect"}), lambda r, p: year_of(y - 3))
    yield Expr("until_year", f"until {y + 2}", frozenset({"future"}), lambda r, p: year_of(y + 2))
    yield Expr("from_to", f"from {y - 4} to {y - 2}", frozenset({"past"}),
               lambda r, p: (dt.date(y - 4, 1, 1), dt.date(y - 2, 12, 31)))
    yield Expr("from_to", f"from {y + 1} to {y + 3}", frozenset({"future"}),
               lambda r, p: (dt.date(y + 1, 1, 1), dt.date(y + 3, 12, 31)))
    ahead = frozenset({"future"})
    yield Expr("end_of_year", f"by the end of {y + 1}", ahead, lambda r, p: day(dt.date(y + 1, 12, 31)))
    yield Expr("end_of_year", "by the end of next year", ahead, lambda r, p: day(dt.date(r.year + 1, 12, 31)))
    yield Expr("end_of_year", "by the end of this year", ahead, lambda r, p: day(dt.date(r.year, 12, 31)))
    yield Expr("half_year", f"in the first half of {y - 1}", frozenset({"past"}), lambda r, p: months(y - 1, 1, 6))
    yield Expr("half_year", "in the second half of next year", FUTURE, lambda r, p: months(r.year + 1, 7, 6))
    yield Expr("half_year", "in the first half of next year", FUTURE, lambda r, p: months(r.year + 1, 1, 6))
    yield Expr("quarter", f"in the third quarter of {y - 1}", frozenset({"past"}), lambda r, p: months(y - 1, 7, 3))
    yield Expr("quarter", "in the first quarter of next year", FUTURE, lambda r, p: months(r.year + 1, 1, 3))
    yield Expr("quarter", "in the fourth quarter of last year", PAST, lambda r, p: months(r.year - 1, 10, 3))


def season_exprs(r: dt.date) -> Iterator[Expr]:
    for name, first in (("spring", 3), ("summer", 6), ("autumn", 9), ("winter", 12)):
        yield Expr("last_season", f"last {name}", PAST, lambda r, p, first=first: season_near(r, first, "last"))
        yield Expr("next_season", f"next {name}", FUTURE, lambda r, p, first=first: season_near(r, first, "next"))
    y = r.year - 1
    yield Expr("season_year", f"in the summer of {y}", frozenset({"past"}), lambda r, p: months(y, 6, 3))


def ago_exprs(r: dt.date) -> Iterator[Expr]:
    yield Expr("days_ago", "three days ago", PAST, lambda r, p: day(r - dt.timedelta(3)))
    yield Expr("days_ago", "10 days ago", PAST, lambda r, p: day(r - dt.timedelta(10)))
    yield Expr("months_ago", "two months ago", PAST, lambda r, p: month_of(r - relativedelta(months=2)))
    yield Expr("years_ago", "two years ago", PAST, lambda r, p: year_of(r.year - 2))


def deictic_exprs(r: dt.date) -> Iterator[Expr]:
    yield Expr("yesterday", "yesterday", PAST, lambda r, p: day(r - dt.timedelta(1)))
    yield Expr("today", "today", frozenset({"past", "future", "quote"}), lambda r, p: day(r))
    yield Expr("tomorrow", "tomorrow", FUTURE, lambda r, p: day(r + dt.timedelta(1)))
    yield Expr("weekend", "at the weekend", TOLD, weekend)
    yield Expr("weekend", "over the weekend", PAST, weekend)
    yield Expr("earlier_this_week", "earlier this week", frozenset({"past", "perfect"}),
               lambda r, p: None if r.weekday() in (0, 6) else (week_of(r)[0], r - dt.timedelta(1)))
    yield Expr("later_this_week", "later this week", frozenset({"future"}),
               lambda r, p: None if r.weekday() >= 5 else (r + dt.timedelta(1), week_of(r)[1]))
    yield Expr("in_days", "in three days", frozenset({"future"}), lambda r, p: day(r + dt.timedelta(3)))
    yield Expr("in_days", "in two weeks", frozenset({"future"}), lambda r, p: day(r + dt.timedelta(14)))
    yield Expr("within_days", "within two weeks", frozenset({"future"}), lambda r, p: (r, r + dt.timedelta(14)))


def weekend(r: dt.date, past: bool) -> Span:
    """The last weekend begun on or before ``r`` (past), else the first one ending on or after it."""
    sat = weekday_near(r, 5, past) if past or r.weekday() != 6 else r - dt.timedelta(1)
    return sat, sat + dt.timedelta(1)


def week_day_exprs(r: dt.date) -> Iterator[Expr]:
    for off in (-2, 2):
        wd = (r.weekday() + off) % 7
        name = WEEKDAYS[wd]
        yield Expr("weekday_last_week", f"on {name} last week", PAST,
                   lambda r, p, wd=wd: day(last_week(r, p)[0] + dt.timedelta(wd)))
        yield Expr("weekday_next_week", f"on {name} next week", FUTURE,
                   lambda r, p, wd=wd: None if r.weekday() == 6 else day(week_of(r)[0] + dt.timedelta(7 + wd)))
        yield Expr("this_past_weekday", f"this past {name}", PAST,
                   lambda r, p, wd=wd: day(weekday_near(r, wd, True, True)))
        yield Expr("this_coming_weekday", f"this coming {name}", FUTURE,
                   lambda r, p, wd=wd: day(weekday_near(r, wd, False, True)))


def month_part_exprs(r: dt.date) -> Iterator[Expr]:
    for off in (-2, 2):
        m = (r.month - 1 + off) % 12 + 1
        name = MONTHS[m - 1]
        for kind, words, first, last in (("early_month", f"in early {name}", 1, 10),
                                         ("mid_month", f"in mid-{name}", 11, 20),
                                         ("late_month", f"in late {name}", 21, 31),
                                         ("end_of_month", f"at the end of {name}", 21, 31)):  # last third (session 43)
            yield Expr(kind, words, TOLD,
                       lambda r, p, m=m, a=first, b=last: month_part(month_near(r, m, p)[0], a, b))
        yield Expr("month_next_year", f"in {name} next year", FUTURE, lambda r, p, m=m: months(r.year + 1, m, 1))
        yield Expr("month_last_year", f"in {name} last year", PAST, lambda r, p, m=m: months(r.year - 1, m, 1))


def anchor_more_exprs(r: dt.date) -> Iterator[Expr]:
    counts: list[tuple[str, str, Callable[[dt.date], Span]]] = [
        ("anchor_following_month", "the following month", lambda a: month_of(a + relativedelta(months=1))),
        ("anchor_following_week", "the following week", lambda a: week_of(a + dt.timedelta(7))),
        ("anchor_same_day", "the same day", day),
        ("anchor_week_later", "a week later", lambda a: day(a + dt.timedelta(7))),
        ("anchor_days_later_digits", "10 days later", lambda a: day(a + dt.timedelta(10))),
    ]
    for kind, words, f in counts:
        yield Expr(kind, words, ANCHORED, lambda r, p, f=f: f(anchor_day(r, p)), anchor_lead)


def form_exprs(r: dt.date) -> Iterator[Expr]:
    """Other ways to write a day (day first, ordinals, with its weekday), spans of months and days, a decade."""
    for off in (-1, 1):
        m = (r.month - 1 + off) % 12 + 1
        name = MONTHS[m - 1]
        for words in (f"on 20 {name}", f"on {name} 20th", f"on the 20th of {name}"):
            yield Expr("month_day_form", words, TOLD, lambda r, p, m=m: month_day_near(r, m, 20, p))
    for shift, senses in ((-10, PAST), (10, FUTURE)):
        d = r + dt.timedelta(shift)
        yield Expr("weekday_date", f"on {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", senses,
                   lambda r, p, m=d.month, n=d.day: month_day_near(r, m, n, p))
    if r.month > 3:
        a, b = MONTHS[r.month - 4], MONTHS[r.month - 2]
        yield Expr("month_span", f"from {a} to {b}", PAST, lambda r, p, m=r.month - 3: quarter_from(r, m, p))
        yield Expr("month_span", f"between {a} and {b}", PAST, lambda r, p, m=r.month - 3: quarter_from(r, m, p))
    if r.month < 10:
        a, b = MONTHS[r.month], MONTHS[r.month + 2]
        yield Expr("month_span", f"from {a} to {b}", FUTURE, lambda r, p, m=r.month + 1: quarter_from(r, m, p))
    if r.day > 12:
        yield Expr("day_span", f"{MONTHS[r.month - 1]} 3-4", PAST,
                   lambda r, p, m=r.month: (month_day_near(r, m, 3, p)[0], month_day_near(r, m, 4, p)[0]))
    yield Expr("end_of_this_month", "by the end of the month", frozenset({"future"}),
               lambda r, p: None if r == month_of(r)[1] else day(month_of(r)[1]))
    yield Expr("decade", "in the 1990s", frozenset({"past"}), lambda r, p: (dt.date(1990, 1, 1), dt.date(1999, 12, 31)))


def event_lead(r: dt.date, past: bool) -> str:
    return f"The vote {'was held on' if past else 'is set for'} {long_date(anchor_day(r, past))}."


def event_exprs(r: dt.date) -> Iterator[Expr]:
    """A count before or after an event the sentence before dates (README: a count of one is the event's own date, a
    count over one the day it comes to)."""
    counts: list[tuple[str, str, Callable[[dt.date], Span]]] = [
        ("event_one_after", "a day after the vote", day),
        ("event_one_before", "a week before the vote", day),
        ("event_n_after", "two days after the vote", lambda a: day(a + dt.timedelta(2))),
        ("event_n_before", "three days before the vote", lambda a: day(a - dt.timedelta(3))),
        ("event_n_after", "two weeks after the vote", lambda a: day(a + dt.timedelta(14))),
    ]
    for kind, words, f in counts:
        yield Expr(kind, words, ANCHORED, lambda r, p, f=f: f(anchor_day(r, p)), event_lead)
    # an event noun of the module (a summit): "two days after the summit" is the summit's date moved by the count, "a
    # week before the summit" (a count of one) the summit's own date (README; count50, fifteenth session)
    nouns: list[tuple[str, str, Callable[[dt.date], Span]]] = [
        ("summit_one_before", "a week before the summit", day),
        ("summit_n_after", "two days after the summit", lambda a: day(a + dt.timedelta(2))),
    ]
    for kind, words, f in nouns:
        yield Expr(kind, words, ANCHORED, lambda r, p, f=f: f(anchor_day(r, p)), summit_lead)


def summit_lead(r: dt.date, past: bool) -> str:
    return f"The summit {'was held on' if past else 'is set for'} {long_date(anchor_day(r, past))}."


EXPRESSIONS = [weekday_exprs, unit_exprs, month_exprs, part_exprs, anchor_exprs, year_exprs, season_exprs, ago_exprs,
               deictic_exprs, week_day_exprs, month_part_exprs, anchor_more_exprs, form_exprs,
               event_exprs]


# ---------------------------------------------------------------------------------------------- the battery
class Row(NamedTuple):
    id: str
    cls: str  # expression x frame x publication weekday
    text: str
    pub: dt.date
    words: str
    want: Span | str | None


def year_quote_want(ex: Expr, pub: dt.date, past: bool) -> Span | str | None:
    """The range of ``ex`` in a quotation of words said in the year ``YEAR_QUOTE_BACK`` before publication, dated by
    the year alone: unresolved if reading it from some day of that year would change it, else that range (README, the
    `dates` bullet: speech dated only to a year resolves what every day of that year reads alike); None: skip it."""
    y = pub.year - YEAR_QUOTE_BACK
    # every day of the year said reads it alike, or it is unresolved (README `dates` bullet, lead, fourteenth session;
    # fix49d: publication's day was in this set under the old rule, which left even "next year" unresolved)
    wants = {ex.want(d, past) for d in (dt.date(y, 1, 1), dt.date(y, 7, 1), dt.date(y, 12, 31))}
    if None in wants or NO_ITEM in wants:
        return None
    if len(wants) > 1:
        return UNRESOLVED
    want = wants.pop()
    return None if (want[0] > dt.date(y, 12, 31) if past else want[1] < dt.date(y, 1, 1)) else want


YEAR_QUOTE_BACK = 2
UNRESOLVED = "unresolved"  # the expression is a date left unresolved (no range)


def reference_of(frame: Frame, pub: dt.date) -> dt.date:
    """The day the frame's expression is told from: publication's, or the day its quotation was said."""
    if frame.sense == "quote":
        return pub - QUOTE_BACK
    return dt.date(pub.year - YEAR_QUOTE_BACK, 7, 1) if frame.sense == "quote_year" else pub


def rows_of(pub: dt.date, frames: list[Frame] = FRAMES) -> Iterator[Row]:
    for frame in frames:
        r = reference_of(frame, pub)
        for make in EXPRESSIONS:
            for i, ex in enumerate(make(r)):
                if frame.sense not in ex.senses | {"quote_year"} or (ex.lead is not None and "{said" in frame.text):
                    continue  # an anchor counts from the date nearest before it: the day said, in these frames
                if ex.kind == "end_of_month" and "expired" in frame.text:
                    continue  # an expiry at the end of a month is its last day, not the third (tests/test_edge43.py)
                if frame.sense == "quote_year" and not ex.senses & ({"past", "perfect", "quote"} if frame.past
                                                                     else {"future", "quote"}):
                    continue
                if frame.sense == "quote_year":
                    want = year_quote_want(ex, pub, frame.past)
                else:
                    want = ex.want(r, frame.past)
                    if want is not None and want != NO_ITEM and (want[0] > r if frame.past else want[1] < r):
                        continue  # the tense contradicts it
                if want is None:
                    continue  # an ambiguous reading
                for where, template in (("", frame.text), ("_front", fronted(frame))):
                    if template is None:
                        continue
                    words = ex.words[0].upper() + ex.words[1:] if where else ex.words
                    text = template.format(x=words, X=words, said=long_date(r), said_wd=WEEKDAYS[r.weekday()],
                                           said_year=r.year)
                    if ex.lead is not None:
                        text = f"{ex.lead(r, frame.past)} {text}"
                    cls = f"{ex.kind}|{frame.name}{where}|{pub.strftime('%a')}"
                    yield Row(f"{ex.kind}-{frame.name}{where}-{pub}-{i}", cls, text, pub, words, want)


def battery(full: bool) -> list[Row]:
    """The rows: all of them (``full``), else each frame told on every fourth publication day, in turn (every frame on
    some days of each kind, every day in some frames), so that the file runs in a few seconds."""
    return [row for i, pub in enumerate(PUBS)
            for row in rows_of(pub, [f for k, f in enumerate(FRAMES) if full or (i + k) % 4 == 0])]


ROWS = battery(os.environ.get("DATES26_FULL") == "1")  # DATES26_FULL=1: the whole battery (about a minute)


def got(row: Row) -> list[tuple[str, str | None, str | None]]:
    """(exact, start, end) of each date the tool finds overlapping the row's expression (its last occurrence)."""
    s = row.text.rindex(row.words)
    e = s + len(row.words)
    return [(x, v["start"], v["end"]) for a, b, x, v in find_dates(row.text, row.pub) if a < e and s < b]


def passes(row: Row) -> bool:
    found = got(row)
    if row.want == NO_ITEM:
        return not any(start for _, start, _ in found)
    if row.want == UNRESOLVED:  # found, and left unresolved
        return bool(found) and not any(start for _, start, _ in found)
    lo, hi = row.want
    return any((start, end) == (lo.isoformat(), hi.isoformat()) for _, start, end in found)


def check_row(row: Row) -> None:
    """One row: some date found overlapping its expression has the wanted range (or none has one, as it wants)."""
    assert passes(row), (row.text, row.pub.isoformat(), row.want, got(row))


@pytest.mark.parametrize("rows", merged([pytest.param(row, id=row.id) for row in ROWS]))
def test_dates26(rows: list[Any]) -> None:
    run_rows(check_row, rows)


def test_battery_ids_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


if __name__ == "__main__":  # print the failing rows: id and class
    for row in ROWS:
        if not passes(row):
            print(row.id, row.cls)
