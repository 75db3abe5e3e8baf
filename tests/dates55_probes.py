"""A date battery generated from grammar (dates55): tense frames x time phrases x publication days x anchors.

Nothing here is taken from the corpus: the frames are my own sentences about made-up envoys ("the envoys", "the
panel", "Ravik", "Tessa Moor"), the phrases are the kinds of time phrase news English uses, and the expected range of
each case comes from :func:`expect`, an oracle written with the standard library's calendar arithmetic only (it
imports nothing from ``analysis``). Each phrase's reading follows AP usage and the Conventions of
tests/corpus/README.md; a phrase a careful reader could read two ways in a frame is left out of that frame (its
oracle returns ``None``), or expected unresolved where the Conventions say so.

A case is ``(text, published, phrase, want)``: ``phrase`` is the words of the time phrase as the text prints them (the
test looks for a date whose span overlaps them), ``want`` is ``(start, end)`` in ISO, ``UNRESOLVED`` (a date whose
value is null, or no date) or ``NO_ITEM`` (no date over the phrase).

>>> expect("last week", "past", dt.date(2019, 11, 18))
('2019-11-11', '2019-11-17')
>>> expect("next Friday", "future", dt.date(2020, 2, 28))
('2020-03-06', '2020-03-06')
>>> len(CASES) > 1000
True
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator

from conftest import table

D = dt.date
ONE = dt.timedelta(days=1)
UNRESOLVED = "unresolved"
NO_ITEM = "no item"
WEEKDAYS = list(calendar.day_name)  # Monday first, as date.weekday() counts
MONTHS = list(calendar.month_name)[1:]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP

#: Publication days at the boundaries: a Monday, a Sunday, the 1st and last of a month, 1-3 January and 29-31
#: December, a leap day, a Saturday.
PUBS = [D(2019, 11, 18), D(2019, 11, 17), D(2020, 3, 1), D(2020, 2, 29), D(2021, 1, 1), D(2022, 1, 2), D(2023, 1, 3),
        D(2019, 12, 29), D(2020, 12, 30), D(2024, 12, 31), D(2021, 6, 30), D(2024, 9, 1), D(2025, 3, 31),
        D(2025, 7, 16), D(2021, 10, 2)]

#: Tense frames: (name, sentence with {x}, time of the clause). "present" frames only take phrases that fix their
#: own direction ("next week"); a bare weekday or month after a simple present is left out.
FRAMES = table(
    r"""
name | sentence | time
past | The envoys met in Seoul {x}. | past
past-front | {X}, the panel approved the new cost-sharing plan. | past
perfect | The envoys have met three times {x}. | perfect
present | The envoys meet in Seoul {x}. | present
will | The envoys will meet in Seoul {x}. | future
set | The envoys are set to meet in Seoul {x}. | future
expected | Ravik is expected to sign the deal {x}. | future
plans | Seoul plans to sign the deal {x}. | future
cond | The envoys would meet {x} if the talks resumed. | future
said-would | Officials said the envoys would meet {x}. | future
said-past | Officials said the envoys had met {x}. | past
passive | The deal was signed {x}. | past
progressive-past | The envoys were meeting in Seoul {x} when the news broke. | past
progressive | The envoys are meeting in Seoul {x}. | future
due | The envoys are due to meet {x}. | future
scheduled | The envoys are scheduled to meet in Seoul {x}. | future
going-to | The envoys are going to meet in Seoul {x}. | future
hope | The envoys hope to close the talks {x}. | future
could | The envoys could meet {x}. | future
may | The two sides may sign the deal {x}. | future
officials-said | The envoys met in Seoul {x}, officials said. | past
told | Ravik told reporters {x} that the talks had gone well. | past
negative | The envoys did not meet {x}. | past
relative-past | Talks that began {x} will resume soon. | past
relative-future | The envoys, who will meet {x}, said the talks had gone well. | future
after-ing | After meeting Ravik {x}, Tessa Moor flew home. | past
before-ing | Before leaving Seoul {x}, Ravik will meet the minister. | future
takes-effect | The new rate takes effect {x}. | future
arrived | Ravik arrived in Seoul {x} for the talks. | past
"""
)


def week(d: D) -> tuple[D, D]:
    """Return the Monday-Sunday week holding ``d``.

    >>> week(D(2019, 11, 17))
    (datetime.date(2019, 11, 11), datetime.date(2019, 11, 17))
    """
    mon = d - dt.timedelta(days=d.weekday())
    return mon, mon + dt.timedelta(days=6)


def month(y: int, m: int) -> tuple[D, D]:
    """Return the first and last day of month ``m`` of year ``y`` (months past 12 or below 1 roll the year).

    >>> month(2019, 14)
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    """
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def part(span: tuple[D, D], which: str) -> tuple[D, D]:
    """Return the early (1-10), mid (11-20) or late (21-end) part of a month's ``span``.

    >>> part(month(2020, 2), "late")
    (datetime.date(2020, 2, 21), datetime.date(2020, 2, 29))
    """
    a, b = span
    return {"early": (a, a.replace(day=10)), "mid": (a.replace(day=11), a.replace(day=20)),
            "late": (a.replace(day=21), b)}[which]


def year_part(y: int, which: str) -> tuple[D, D]:
    """Return the early (Jan-Apr), mid (May-Aug) or late (Sep-Dec) third of year ``y``."""
    first = {"early": 1, "mid": 5, "late": 9}[which]
    return month(y, first)[0], month(y, first + 3)[1]


def iso(span: tuple[D, D] | None) -> tuple[str, str] | None:
    """Return ``span`` as ISO strings."""
    return None if span is None else (span[0].isoformat(), span[1].isoformat())


def weekday_by_tense(p: D, wd: int, tense: str) -> tuple[D, D] | None:
    """A bare weekday: past, the latest before publication; future, the first after it (the same weekday as
    publication is left out: AP copy would say "today")."""
    if p.weekday() == wd or tense not in ("past", "future"):
        return None
    step = -ONE if tense == "past" else ONE
    d = p + step
    while d.weekday() != wd:
        d += step
    return d, d


def month_by_tense(p: D, m: int, tense: str) -> tuple[D, D] | None:
    """A bare month: past, the latest on or before publication's month; future, the first on or after it."""
    if tense == "past":
        return month(p.year if m <= p.month else p.year - 1, m)
    if tense == "future":
        return month(p.year if m >= p.month else p.year + 1, m)
    return None


def month_day_by_tense(p: D, m: int, day: int, tense: str) -> tuple[D, D] | None:
    """A month-day with no year: past, the latest on or before publication; future, the first on or after."""
    if (m, day) == (p.month, p.day) or tense not in ("past", "future"):
        return None
    this = D(p.year, m, day)
    if tense == "past" and this > p and (this - p).days <= 300:
        return None  # a past verb before a day ahead of publication: a slip of tense or of year (left out)
    if tense == "future" and this < p and (p - this).days <= 7:
        return None  # a future verb before a day just past: a late copy (left out)
    if tense == "past":
        d = this if this < p else D(p.year - 1, m, day)
    else:
        d = this if this > p else D(p.year + 1, m, day)
    return d, d


def season(y: int, name: str) -> tuple[D, D]:
    """Return the meteorological season ``name`` that begins in year ``y`` (winter: December to February)."""
    first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[name]
    return month(y, first)[0], month(y, first + 2)[1]


def quarter(y: int, q: int) -> tuple[D, D]:
    """Return quarter ``q`` of year ``y``."""
    return month(y, 3 * q - 2)[0], month(y, 3 * q)[1]


def _past(fn: Callable[[D], tuple[D, D] | None]) -> Callable[[D, str], tuple[D, D] | None]:
    """A phrase that tells of the past: read in past and perfect frames only."""
    return lambda p, t: fn(p) if t == "past" else None


def _upto(fn: Callable[[D], tuple[D, D] | None]) -> Callable[[D, str], tuple[D, D] | None]:
    """A phrase whose span reaches publication: read in past and present perfect frames."""
    return lambda p, t: fn(p) if t in ("past", "perfect") else None


def _future(fn: Callable[[D], tuple[D, D] | None]) -> Callable[[D, str], tuple[D, D] | None]:
    """A phrase that tells of the future: read in future and present frames only."""
    return lambda p, t: fn(p) if t in ("future", "present") else None


def _any(fn: Callable[[D], tuple[D, D] | None]) -> Callable[[D, str], tuple[D, D] | None]:
    """A phrase whose range does not hang on the tense."""
    return lambda p, t: fn(p)


def _days(p: D, n: int) -> tuple[D, D]:
    return p + dt.timedelta(days=n), p + dt.timedelta(days=n)


def _earlier_this_week(p: D) -> tuple[D, D] | None:
    return None if p.weekday() == 0 else (week(p)[0], p - ONE)


def _later_this_week(p: D) -> tuple[D, D] | None:
    return None if p.weekday() == 6 else (p + ONE, week(p)[1])


def _this_week(p: D, t: str) -> tuple[D, D] | None:
    if p.weekday() == 6 and t != "past":  # a future "this week" told on a Sunday: left open by the Conventions
        return None
    return week(p)


def _last_weekend(p: D) -> tuple[D, D] | None:
    if p.weekday() >= 5:
        return None
    sat = week(p)[0] - dt.timedelta(days=2)
    return sat, sat + ONE


def _weekend(p: D, t: str) -> tuple[D, D] | None:
    """ "over the weekend": past, the last weekend begun on or before publication (told on a Saturday: left out);
    future, the first ending on or after it."""
    if t == "past" and p.weekday() != 5:
        sat = week(p)[0] - dt.timedelta(days=2) if p.weekday() < 5 else p - ONE
        return sat, sat + ONE
    if t == "future" and p.weekday() < 5:
        sat = week(p)[0] + dt.timedelta(days=5)
        return sat, sat + ONE
    return None


def _this_weekend(p: D, t: str) -> tuple[D, D] | None:
    if t == "future" and p.weekday() < 5:
        sat = week(p)[0] + dt.timedelta(days=5)
        return sat, sat + ONE
    if t == "past" and p.weekday() == 6:
        return p - ONE, p
    return None


def _earlier_this_month(p: D) -> tuple[D, D] | None:
    return None if p.day == 1 else (p.replace(day=1), p - ONE)


def _later_this_month(p: D) -> tuple[D, D] | None:
    last = month(p.year, p.month)[1]
    return None if p == last else (p + ONE, last)


def _earlier_this_year(p: D) -> tuple[D, D] | None:
    return None if (p.month, p.day) == (1, 1) else (D(p.year, 1, 1), p - ONE)


def _later_this_year(p: D) -> tuple[D, D] | None:
    return None if (p.month, p.day) == (12, 31) else (p + ONE, D(p.year, 12, 31))


def _year_end(p: D, t: str) -> tuple[D, D] | None:
    """ "by the end of the year": the last day of publication's year; in the past told early in January the year
    just ended may be meant: left out."""
    if t not in ("future", "present"):
        return None
    d = D(p.year, 12, 31)
    return d, d


def _month_end(p: D, t: str) -> tuple[D, D] | None:
    if t not in ("future", "present") or p.day >= 28:
        return None
    d = month(p.year, p.month)[1]
    return d, d


def _weeks_ago(p: D, n: int) -> tuple[D, D]:
    return week(p - dt.timedelta(days=7 * n))


def _this_season(p: D, name: str, t: str) -> tuple[D, D] | None:
    """ "this <season>": the one holding publication, else the one of publication's year (winter told
    September-December: the one that begins that December); left out where a past tense meets a season to come."""
    for y in (p.year - 1, p.year):
        a, b = season(y, name)
        if a <= p <= b:
            return a, b
    a, b = season(p.year, name)
    if name == "winter" and p.month <= 2:
        a, b = season(p.year - 1, name)
    if (t == "past" and a > p) or (t in ("future", "present") and b < p):
        return None
    return a, b


def _last_season(p: D, name: str) -> tuple[D, D]:
    y = p.year
    while season(y, name)[1] >= p:
        y -= 1
    return season(y, name)


def _next_season(p: D, name: str) -> tuple[D, D]:
    y = p.year - 1
    while season(y, name)[0] <= p:
        y += 1
    return season(y, name)


def _last_month_name(p: D, m: int) -> tuple[D, D] | None:
    """ "last March": the latest March before publication's month (told in March: a year back)."""
    return month(p.year if m < p.month else p.year - 1, m)


def _next_month_name(p: D, m: int) -> tuple[D, D] | None:
    return month(p.year if m > p.month else p.year + 1, m)


def _this_past_weekday(p: D, wd: int) -> tuple[D, D]:
    d = p - ONE
    while d.weekday() != wd:
        d -= ONE
    return d, d


def _next_weekday(p: D, wd: int) -> tuple[D, D]:
    d = p + ONE
    while d.weekday() != wd:
        d += ONE
    return d, d


def _this_weekday(p: D, wd: int, t: str) -> tuple[D, D] | None:
    d = week(p)[0] + dt.timedelta(days=wd)
    if (t == "future" and d > p) or (t == "past" and d < p):
        return d, d
    return None


def _quarter_of(p: D) -> int:
    return (p.month - 1) // 3 + 1


def _last_quarter(p: D) -> tuple[D, D]:
    q = _quarter_of(p) - 1
    return quarter(p.year, q) if q else quarter(p.year - 1, 4)


def _next_quarter(p: D) -> tuple[D, D]:
    q = _quarter_of(p) + 1
    return quarter(p.year, q) if q <= 4 else quarter(p.year + 1, 1)


def _quarter_by_tense(p: D, q: int, t: str) -> tuple[D, D] | None:
    """ "the third quarter": by the clause's tense as a month is; the running quarter is left out."""
    if q == _quarter_of(p):
        return None
    if t == "past":
        return quarter(p.year if q < _quarter_of(p) else p.year - 1, q)
    if t == "future":
        return quarter(p.year if q > _quarter_of(p) else p.year + 1, q)
    return None


def _phrases() -> Iterator[tuple[str, Callable[[D, str], tuple[D, D] | str | None]]]:
    """Yield (phrase, oracle) for the publication-anchored phrases: the oracle takes (publication, clause time)."""
    yield "yesterday", _past(lambda p: _days(p, -1))
    yield "today", lambda p, t: _days(p, 0) if t in ("past", "future", "perfect") else None
    yield "tomorrow", _future(lambda p: _days(p, 1))
    yield "the day before yesterday", _past(lambda p: _days(p, -2))
    yield "the day after tomorrow", _future(lambda p: _days(p, 2))
    yield "last night", _past(lambda p: _days(p, -1))
    yield "this morning", lambda p, t: _days(p, 0) if t in ("past", "future") else None
    yield "two days ago", _past(lambda p: _days(p, -2))
    yield "10 days ago", _past(lambda p: _days(p, -10))
    yield "two weeks ago", _past(lambda p: _weeks_ago(p, 2))
    yield "three months ago", _past(lambda p: month(p.year, p.month - 3))
    yield "a year ago", _past(lambda p: (D(p.year - 1, 1, 1), D(p.year - 1, 12, 31)))
    yield "two years ago", _past(lambda p: (D(p.year - 2, 1, 1), D(p.year - 2, 12, 31)))
    yield "a year ago this month", _past(lambda p: month(p.year - 1, p.month))
    yield "last week", _past(lambda p: None if p.weekday() == 6 else week(p - dt.timedelta(days=7)))
    yield "this week", lambda p, t: _this_week(p, t) if t in ("past", "future", "perfect", "present") else None
    yield "next week", lambda p, t: None if p.weekday() == 6 or t not in ("future", "present") else week(
        p + dt.timedelta(days=7))
    yield "earlier this week", _upto(_earlier_this_week)
    yield "later this week", _future(_later_this_week)
    yield "last weekend", _past(_last_weekend)
    yield "over the weekend", _weekend
    yield "this weekend", _this_weekend
    yield "last month", _past(lambda p: month(p.year, p.month - 1))
    yield "this month", _any(lambda p: month(p.year, p.month))
    yield "next month", _future(lambda p: month(p.year, p.month + 1))
    yield "earlier this month", _upto(_earlier_this_month)
    yield "later this month", _future(_later_this_month)
    yield "late last month", _past(lambda p: part(month(p.year, p.month - 1), "late"))
    yield "early last month", _past(lambda p: part(month(p.year, p.month - 1), "early"))
    yield "in mid-last month", lambda p, t: None  # no English: kept out
    yield "early next month", _future(lambda p: part(month(p.year, p.month + 1), "early"))
    yield "late next month", _future(lambda p: part(month(p.year, p.month + 1), "late"))
    yield "by the end of the month", _month_end
    yield "by the end of next month", _future(lambda p: (month(p.year, p.month + 1)[1],) * 2)
    yield "last year", _past(lambda p: (D(p.year - 1, 1, 1), D(p.year - 1, 12, 31)))
    yield "this year", _any(lambda p: (D(p.year, 1, 1), D(p.year, 12, 31)))
    yield "next year", _future(lambda p: (D(p.year + 1, 1, 1), D(p.year + 1, 12, 31)))
    yield "earlier this year", _upto(_earlier_this_year)
    yield "later this year", _future(_later_this_year)
    yield "early next year", _future(lambda p: year_part(p.year + 1, "early"))
    yield "late last year", _past(lambda p: year_part(p.year - 1, "late"))
    yield "by the end of the year", _year_end
    yield "by year-end", lambda p, t: _year_end(p, t) if t in ("future", "present") else None
    yield "by the end of next year", _future(lambda p: (D(p.year + 1, 12, 31),) * 2)
    yield "in the first half of next year", _future(lambda p: (D(p.year + 1, 1, 1), D(p.year + 1, 6, 30)))
    yield "in the second half of this year", lambda p, t: (D(p.year, 7, 1), D(p.year, 12, 31)) if (
        t == "future" and p.month < 7) or (t == "past" and p.month > 7) else None
    yield "in the first half of last year", _past(lambda p: (D(p.year - 1, 1, 1), D(p.year - 1, 6, 30)))
    yield "in the coming weeks", lambda p, t: NO_ITEM if t in ("future", "present") else None
    yield "in the coming days", lambda p, t: NO_ITEM if t in ("future", "present") else None
    yield "last quarter", _past(_last_quarter)
    yield "next quarter", _future(_next_quarter)
    yield "in the third quarter", lambda p, t: _quarter_by_tense(p, 3, t)
    yield "in the first quarter of next year", _future(lambda p: quarter(p.year + 1, 1))
    yield "in the fourth quarter of last year", _past(lambda p: quarter(p.year - 1, 4))
    yield "in U.S. fiscal year 2021", lambda p, t: (D(2020, 10, 1), D(2021, 9, 30)) if (
        t == "past" and p > D(2021, 9, 30)) or (t == "future" and p < D(2020, 10, 1)) else None
    for name in ("spring", "summer", "fall", "winter"):
        yield f"last {name}", _past(lambda p, n=name: _last_season(p, n))
        yield f"next {name}", _future(lambda p, n=name: _next_season(p, n))
        yield f"this {name}", lambda p, t, n=name: _this_season(p, n, t) if t in ("past", "future") else None
        yield f"this past {name}", _past(lambda p, n=name: _last_season(p, n))
    for wd in (0, 2, 4, 6):
        w = WEEKDAYS[wd]
        yield f"on {w}", lambda p, t, wd=wd: weekday_by_tense(p, wd, t)
        yield f"last {w}", _past(lambda p, wd=wd: _this_past_weekday(p, wd))
        yield f"this past {w}", _past(lambda p, wd=wd: _this_past_weekday(p, wd))
        yield f"next {w}", _future(lambda p, wd=wd: _next_weekday(p, wd))
        yield f"this {w}", lambda p, t, wd=wd: _this_weekday(p, wd, t)
        yield f"at {w}'s meeting", lambda p, t, wd=wd: weekday_by_tense(p, wd, t)
    for m in (1, 2, 3, 6, 11, 12):
        name, ab = MONTHS[m - 1], ABBR[m - 1]
        yield f"in {name}", lambda p, t, m=m: month_by_tense(p, m, t) if m != p.month else None
        yield f"in mid-{name}", lambda p, t, m=m: None if m == p.month else iso_part(month_by_tense(p, m, t), "mid")
        yield f"in early {name}", lambda p, t, m=m: None if m == p.month else iso_part(month_by_tense(p, m, t), "early")
        yield f"late in {name}", lambda p, t, m=m: None if m == p.month else iso_part(month_by_tense(p, m, t), "late")
        yield f"last {name}", _past(lambda p, m=m: _last_month_name(p, m))
        yield f"next {name}", _future(lambda p, m=m: _next_month_name(p, m))
        yield f"this past {name}", _past(lambda p, m=m: _last_month_name(p, m) if m != p.month else None)
        yield f"this coming {name}", _future(lambda p, m=m: _next_month_name(p, m) if m != p.month else None)
        yield f"in {name} next year", _future(lambda p, m=m: month(p.year + 1, m))
        yield f"in {name} last year", _past(lambda p, m=m: month(p.year - 1, m))
        yield f"by the end of {name}", lambda p, t, m=m: None if m == p.month or t not in ("future",) else (
            month_by_tense(p, m, t)[1],) * 2
        for day in (3, 30):
            if (m, day) == (2, 30):
                continue
            yield f"on {ab} {day}", lambda p, t, m=m, day=day: month_day_by_tense(p, m, day, t)
            yield f"on {day} {name}", lambda p, t, m=m, day=day: month_day_by_tense(p, m, day, t)
    yield "on the 5th", lambda p, t: _nth(p, 5, t)
    yield "on the 28th", lambda p, t: _nth(p, 28, t)
    for y in (2018, 2020, 2026):
        yield f"in {y}", _any(lambda p, y=y: (D(y, 1, 1), D(y, 12, 31)))
        yield f"in early {y}", _any(lambda p, y=y: year_part(y, "early"))
        yield f"in mid-{y}", _any(lambda p, y=y: year_part(y, "mid"))
        yield f"in late {y}", _any(lambda p, y=y: year_part(y, "late"))
        yield f"by the end of {y}", _any(lambda p, y=y: (D(y, 12, 31),) * 2)
        yield f"in the spring of {y}", _any(lambda p, y=y: season(y, "spring"))
        yield f"in the third quarter of {y}", _any(lambda p, y=y: quarter(y, 3))
        yield f"in mid-March {y}", _any(lambda p, y=y: part(month(y, 3), "mid"))
        yield f"on Nov. 5, {y}", _any(lambda p, y=y: (D(y, 11, 5),) * 2)
        yield f"on 5 November {y}", _any(lambda p, y=y: (D(y, 11, 5),) * 2)

    yield from _phrases2()


def _end_of_week(p: D, t: str) -> tuple[D, D] | None:
    """ "by the end of the week": publication week's Sunday (told ahead; on a Sunday left out)."""
    if t not in ("future", "present") or p.weekday() >= 5:
        return None
    return (week(p)[1],) * 2


def _phrases2() -> Iterator[tuple[str, Callable[[D, str], tuple[D, D] | str | None]]]:
    """Yield the second tranche: possessive ends ("by year's end"), weeks counted twice, counts from now, parts of a
    weekday, weeks of a month, rolling spans, quarter ends."""
    yield "by year's end", lambda p, t: _year_end(p, t)
    yield "by year end", lambda p, t: _year_end(p, t)
    yield "at year's end", lambda p, t: _year_end(p, t)
    yield "by month's end", _month_end
    yield "by the end of the week", _end_of_week
    yield "by week's end", _end_of_week
    yield "at the end of last week", _past(lambda p: None if p.weekday() == 6 else (week(p)[0] - ONE,) * 2)
    yield "at the start of next month", _future(lambda p: (month(p.year, p.month + 1)[0],) * 2)
    yield "at the beginning of next year", _future(lambda p: (D(p.year + 1, 1, 1),) * 2)
    yield "the week before last", _past(lambda p: None if p.weekday() == 6 else week(p - dt.timedelta(days=14)))
    yield "the week after next", _future(lambda p: None if p.weekday() == 6 else week(p + dt.timedelta(days=14)))
    yield "in 10 days", _future(lambda p: _days(p, 10))
    yield "10 days from now", _future(lambda p: _days(p, 10))
    yield "a week from today", _future(lambda p: _days(p, 7))
    yield "a fortnight ago", _past(lambda p: _days(p, -14))
    yield "a couple of days ago", _past(lambda p: _days(p, -2))
    yield "over the past week", _upto(lambda p: (p - dt.timedelta(days=6), p))
    yield "over the past two years", _upto(lambda p: (p.replace(year=p.year - 2) if (p.month, p.day) != (2, 29)
                                                      else None, p) if (p.month, p.day) != (2, 29) else None)
    yield "at the end of the third quarter", lambda p, t: _quarter_end(p, 3, t)
    yield "by the end of the quarter", lambda p, t: None if t not in ("future", "present") or (p.month % 3 == 0 and \
        p.day > 25) else (quarter(p.year, _quarter_of(p))[1],) * 2
    for wd in (1, 4):
        w = WEEKDAYS[wd]
        for form in ("on {w} night", "late {w}", "early {w}", "{w} morning", "on {w} afternoon"):
            yield form.format(w=w), lambda p, t, wd=wd: weekday_by_tense(p, wd, t)
        yield f"last {w} night", _past(lambda p, wd=wd: _this_past_weekday(p, wd))
    for m in (1, 3, 12):
        name, ab = MONTHS[m - 1], ABBR[m - 1]
        yield f"in the first week of {name}", lambda p, t, m=m: None if m == p.month else _first_week(
            month_by_tense(p, m, t))
        yield f"in the last week of {name}", lambda p, t, m=m: None if m == p.month else _last_week(
            month_by_tense(p, m, t))
        yield f"on {ab} 3rd", lambda p, t, m=m: month_day_by_tense(p, m, 3, t)
        yield f"on the 3rd of {name}", lambda p, t, m=m: month_day_by_tense(p, m, 3, t)
        yield f"on {name} the 3rd", lambda p, t, m=m: month_day_by_tense(p, m, 3, t)
        yield f"at the end of {name} 2018", _any(lambda p, m=m: (month(2018, m)[1],) * 2 if False else None)
    for d in (D(2018, 3, 3), D(2018, 11, 4), D(2019, 1, 5)):
        yield f"on the weekend of {ABBR[d.month - 1]} {d.day}, {d.year}", _past(lambda p, d=d: _weekend_of(d))
    yield "on Christmas Eve", lambda p, t: _fixed_by_tense(p, 12, 24, t)
    yield "on New Year's Eve", lambda p, t: _fixed_by_tense(p, 12, 31, t)
    for d in (D(2018, 3, 5), D(2019, 12, 30)):
        yield f"in the week beginning {ABBR[d.month - 1]} {d.day}, {d.year}", _any(lambda p, d=d: (d, _days(d, 6)[0]))
        yield f"in the week ending {ABBR[d.month - 1]} {d.day}, {d.year}", _any(lambda p, d=d: (_days(d, -6)[0], d))
    yield "in the new year", lambda p, t: (D(p.year + 1, 1, 1), D(p.year + 1, 12, 31)) if (
        t == "future" and p.month >= 10) else None


def _quarter_end(p: D, q: int, t: str) -> tuple[D, D] | None:
    """The end of a quarter named with no year: ahead only (told in the past it may be a game's quarter)."""
    span = _quarter_by_tense(p, q, t) if t == "future" else None
    return None if span is None else (span[1], span[1])


def _first_week(span: tuple[D, D] | None) -> tuple[D, D] | None:
    return None if span is None else (span[0], span[0] + dt.timedelta(days=6))


def _last_week(span: tuple[D, D] | None) -> tuple[D, D] | None:
    return None if span is None else (span[1] - dt.timedelta(days=6), span[1])


def _weekend_of(d: D) -> tuple[D, D]:
    """The Saturday-Sunday holding ``d`` (a Saturday or a Sunday)."""
    sat = week(d)[0] + dt.timedelta(days=5)
    return sat, sat + ONE


def _fixed_by_tense(p: D, m: int, day: int, t: str) -> tuple[D, D] | None:
    """A holiday of a fixed day: past, the latest on or before publication; future, the first on or after."""
    if t == "past":
        d = D(p.year, m, day) if D(p.year, m, day) <= p else D(p.year - 1, m, day)
    elif t == "future":
        d = D(p.year, m, day) if D(p.year, m, day) >= p else D(p.year + 1, m, day)
    else:
        return None
    return d, d


def iso_part(span: tuple[D, D] | None, which: str) -> tuple[D, D] | None:
    """Return the ``which`` part of a month ``span`` (or None)."""
    return None if span is None else part(span, which)


def _nth(p: D, day: int, t: str) -> tuple[D, D] | None:
    """ "on the 5th": the day of a month, the latest before publication (past) or the first after (future)."""
    if p.day == day or t not in ("past", "future"):
        return None
    d = p
    step = -ONE if t == "past" else ONE
    while d.day != day or d == p:
        d += step
    return d, d


PHRASES = dict(_phrases())


def expect(phrase: str, tense: str, pub: D) -> tuple[str, str] | str | None:
    """Return the oracle's reading of ``phrase`` told in a clause of ``tense`` ("past", "perfect", "present",
    "future") on ``pub``: ISO (start, end), ``UNRESOLVED``/``NO_ITEM``, or None where the case is left out.

    >>> expect("the week after next", "future", D(2019, 11, 17)) is None  # told on a Sunday: left out
    True
    """
    want = PHRASES[phrase](pub, tense)
    return want if want is None or isinstance(want, str) else iso(want)

#: Anchors: a dated event told in the sentence before the phrase (their own boundaries: a Sunday that ends a year,
#: the first of a year, a leap day, a Monday).
ANCHORS = [D(2017, 12, 31), D(2018, 1, 1), D(2016, 2, 29), D(2019, 3, 4), D(2018, 11, 30), D(2019, 7, 21)]


def anchored() -> Iterator[tuple[str, Callable[[D], tuple[D, D] | None]]]:
    """Yield (phrase, oracle of the anchor day) for the phrases that count from a date told before them."""
    yield "The following day", lambda a: _days(a, 1)
    yield "The next day", lambda a: _days(a, 1)
    yield "A day later", lambda a: _days(a, 1)
    yield "Two days later", lambda a: _days(a, 2)
    yield "A week later", lambda a: _days(a, 7)
    yield "Three weeks later", lambda a: _days(a, 21)
    yield "Two days earlier", lambda a: _days(a, -2)
    yield "The day before", lambda a: _days(a, -1)
    yield "The previous day", lambda a: _days(a, -1)
    yield "The same day", lambda a: _days(a, 0)
    yield "That day", lambda a: _days(a, 0)
    yield "That week", week
    yield "That month", lambda a: month(a.year, a.month)
    yield "That year", lambda a: (D(a.year, 1, 1), D(a.year, 12, 31))
    yield "The following week", lambda a: week(a + dt.timedelta(days=7))
    yield "The previous week", lambda a: week(a - dt.timedelta(days=7))
    yield "The following month", lambda a: month(a.year, a.month + 1)
    yield "The previous month", lambda a: month(a.year, a.month - 1)
    yield "The following year", lambda a: (D(a.year + 1, 1, 1), D(a.year + 1, 12, 31))
    yield "The previous year", lambda a: (D(a.year - 1, 1, 1), D(a.year - 1, 12, 31))
    yield "A month later", lambda a: _days(month(a.year, a.month + 1)[0], a.day - 1) if a.day <= 28 else None
    yield "A year later", lambda a: (D(a.year + 1, 1, 1), D(a.year + 1, 12, 31)) if False else None
    yield "A year earlier", lambda a: None
    yield "On the eve of the talks", lambda a: _days(a, -1)


def _anchor_text(a: D) -> str:
    return f"{MONTHS[a.month - 1]} {a.day}, {a.year}"


def _cases() -> Iterator[tuple[str, str, str, object, str]]:
    """Yield (text, published, phrase, want, class) for every frame, phrase and publication day the oracles read."""
    for pub in PUBS:
        for fname, frame, tense in FRAMES:
            for phrase, oracle in PHRASES.items():
                want = oracle(pub, tense)
                if want is None:
                    continue
                text = frame.replace("{x}", phrase).replace("{X}", phrase[0].upper() + phrase[1:])
                yield text, pub.isoformat(), phrase, want if isinstance(want, str) else iso(want), f"{fname}"
        yield from _anchored_cases(pub)


def _anchored_cases(pub: D) -> Iterator[tuple[str, str, str, object, str]]:
    """The anchored phrases after "The talks opened on <day>." (and, as controls, publication-read phrases after it,
    whose reading the earlier date must not move; a phrase with no date before it is unresolved)."""
    for a in ANCHORS:
        lead = f"The talks opened in Seoul on {_anchor_text(a)}."
        for phrase, oracle in anchored():
            want = oracle(a)
            if want is None:
                continue
            yield f"{lead} {phrase}, the envoys met again.", pub.isoformat(), phrase, iso(want), "anchored"
        for phrase in ("last week", "next month", "yesterday", "this year", "two days ago"):
            tense = "future" if phrase.startswith("next") else "past"
            verb = "will meet again" if tense == "future" else "met again"
            want = PHRASES[phrase](pub, tense)
            if want is not None:
                yield f"{lead} The envoys {verb} {phrase}.", pub.isoformat(), phrase, iso(want), "anchor-control"
    for phrase in ("The following day", "Two days later", "The previous year", "That week"):
        yield f"{phrase}, the envoys met again.", pub.isoformat(), phrase, UNRESOLVED, "no-anchor"


def _speech_cases(pub: D) -> Iterator[tuple[str, str, str, object, str]]:
    """Words said at an earlier time the text gives: a year-wide word said in a year reads from that year; a finer word
    said at a time dated only to a year or month before publication is unresolved (Conventions: indirect speech and
    quotations dated to a past time)."""
    y = pub.year - 2
    p = pub.isoformat()
    yield f"Tessa Moor said in {y} that Seoul would pay more next year.", p, "next year", iso(
        (D(y + 1, 1, 1), D(y + 1, 12, 31))), "speech"
    yield f"Tessa Moor said in {y} that Seoul paid less last year.", p, "last year", iso(
        (D(y - 1, 1, 1), D(y - 1, 12, 31))), "speech"
    yield f"\u201cWe will sign next year,\u201d Tessa Moor said in {y}.", p, "next year", iso(
        (D(y + 1, 1, 1), D(y + 1, 12, 31))), "speech"
    yield f"\u201cWe met two days ago,\u201d Tessa Moor said in {y}.", p, "two days ago", UNRESOLVED, "speech"
    yield f"\u201cWe met last week,\u201d Tessa Moor told reporters in {y}.", p, "last week", UNRESOLVED, "speech"
    yield f"\u201cThe envoys meet on Friday,\u201d Tessa Moor said in {y}.", p, "on Friday", UNRESOLVED, "speech"
    yield f"\u201cWe will sign next month,\u201d Tessa Moor said in {y}.", p, "next month", UNRESOLVED, "speech"
    yield f"In June {y}, Tessa Moor said the envoys had met a week earlier.", p, "a week earlier", iso(
        (D(y, 5, 25), D(y, 6, 23))), "speech"
    # "ago" in indirect speech dated to a past year or month reads from then, as a quotation's words do; a count finer
    # than the speech's date is unresolved (Conventions: "Indirect speech dated to a past time")
    yield f"Tessa Moor said in {y} that the talks had begun two years ago.", p, "two years ago", iso(
        (D(y - 2, 1, 1), D(y - 2, 12, 31))), "speech-ago"
    yield f"In {y}, Tessa Moor said the troops had arrived 40 years ago.", p, "40 years ago", iso(
        (D(y - 40, 1, 1), D(y - 40, 12, 31))), "speech-ago"
    yield f"Tessa Moor said in {y} that the talks had begun a month ago.", p, "a month ago", UNRESOLVED, "speech-ago"
    yield f"Tessa Moor said in June {y} that the talks had begun a month ago.", p, "a month ago", iso(
        month(y, 5)), "speech-ago"
    # a day count back from speech dated a few days before publication: not after the speech's day
    said = pub - dt.timedelta(days=4)
    yield (f"Tessa Moor said on {ABBR[said.month - 1]} {said.day} that the talks had begun three days ago.", p,
           "three days ago", iso(_days(said, -3)), "speech-ago")
    # controls: speech of the story's present, and "ago" outside the reported clause, read from publication
    yield f"Tessa Moor, who visited Seoul two years ago, said in {y} that talks had stalled.", p, "two years ago", iso(
        (D(pub.year - 2, 1, 1), D(pub.year - 2, 12, 31))), "speech-ago-control"
    yield "Tessa Moor said on Monday that the talks had begun two years ago.", p, "two years ago", iso(
        (D(pub.year - 2, 1, 1), D(pub.year - 2, 12, 31))), "speech-ago-control"


CASES = list(_cases()) + [c for pub in PUBS for c in _speech_cases(pub)]


def _dateline(d: D) -> str:
    """An AP-style dateline of day ``d``: "SEOUL, Nov. 30 (Yonhap) --"."""
    return f"SEOUL, {ABBR[d.month - 1]} {d.day} (Yonhap) --"


def _article_cases() -> Iterator[tuple[str, str, str, object, str]]:
    """Yield article-format cases (line 1 a headline): a dated dateline a day before publication (or on it) is the
    story's day, from its paragraph on; one further than a week off is a slip (publication counts). Conventions: "A
    dated dateline is the story's own day"."""
    deictic = ["yesterday", "today", "last week", "this week", "earlier this month", "two days ago", "last month",
               "this month", "last year", "this year", "earlier this week", "over the weekend", "late last month"]
    ahead = ["tomorrow", "next week", "next month", "later this month", "next year", "later this week"]
    for pub in PUBS:
        for lag, cls in ((1, "article-dateline"), (0, "article-dateline"), (12, "article-slip")):
            day = pub - dt.timedelta(days=lag)
            story = pub if lag > 7 else day
            for phrase in deictic + ahead:
                tense = "future" if phrase in ahead else "past"
                want = PHRASES[phrase](story, tense)
                if want is not None and lag == 1 and phrase.startswith("earlier this"):
                    want = (want[0], story)  # Conventions: under a dateline printed later it ends on the dateline's day
                if want is None:
                    continue
                verb = "will meet again" if tense == "future" else "met"
                body = f"{_dateline(day)} The envoys {verb} in Seoul {phrase}, officials said."
                yield f"Envoys review cost-sharing talks\n{body}", pub.isoformat(), phrase, iso(want), cls
                # the same phrase a paragraph after the dateline's: still the story's day
                body2 = f"{_dateline(day)} Talks went on.\n\nThe envoys {verb} in Seoul {phrase}, officials said."
                yield f"Envoys review cost-sharing talks\n{body2}", pub.isoformat(), phrase, iso(want), cls + "-p2"
            for wd in range(7):
                want = weekday_by_tense(story, wd, "past")
                if want is not None:
                    body = f"{_dateline(day)} The envoys met in Seoul on {WEEKDAYS[wd]}, officials said."
                    yield (f"Envoys review cost-sharing talks\n{body}", pub.isoformat(), f"on {WEEKDAYS[wd]}",
                           iso(want), cls + "-weekday")


ARTICLE_CASES = list(_article_cases())
