"""Find dates and resolve them to a ``start``..``end`` range of days against the publication date.

``value``: ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "form": ...}`` where ``form`` is
``absolute`` (a year is written: "November 16, 2019", "in 2026", "June 2019"), ``month`` (a month
or month-day without a year: "in June", "early in October", "Nov. 20"), ``weekday`` ("Friday",
"on Wednesday", "next Monday"), ``relative`` ("last month", "this year", "the end of the year",
"two years ago") or ``range`` ("from 2014 to 2018").

Rules: a weekday is the most recent such day on or before publication ("last Friday": strictly
before; "next Friday": the first after; "this Friday": in publication's Monday-Sunday week). A month
with no year is the most recent such month not after publication ("last": strictly before the
publication month; "next": strictly after). "last week" is the previous Monday-Sunday week; "past
year" the 365 days up to publication; "the end of X" is X's last day. Month parts: early = days
1-10, mid = 11-20, late = 21-end.

>>> import datetime as dt
>>> pub = dt.date(2019, 11, 16)
>>> [(e, v["start"], v["end"]) for _, _, e, v in find_dates("Esper urged Friday, last month", pub)]
[('Friday', '2019-11-15', '2019-11-15'), ('last month', '2019-10-01', '2019-10-31')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from analysis.article import MONTHS
from analysis.extract.scan import Trigger, scan

__all__ = ["WEEKDAYS", "find_dates"]

Found = tuple[int, int, str, dict[str, Any]]
Range = tuple[dt.date, dt.date, str]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MON = rf"(?P<mon>(?:{_FULL_MONTHS})\b|(?:{_ABBR_MONTHS})(?:\.|\b))"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None,
}  # fmt: skip
# Words that introduce a date but change its meaning ("by June"): they trigger, the span excludes them.
_TRIGGER_ONLY = {"since", "until", "till", "through", "by", "from", "before", "after", "of", "for"}


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _part(lo: dt.date, hi: dt.date, mod: str) -> tuple[dt.date, dt.date]:
    mod = mod.lower()
    if "early" in mod or "beginning" in mod or "start" in mod:
        if "beginning" in mod or "start" in mod:
            return lo, lo
        return lo, min(hi, lo + (hi - lo) * 10 // 31 if (hi - lo).days > 40 else lo.replace(day=10))
    if "mid" in mod or "middle" in mod:
        if (hi - lo).days > 40:
            return lo.replace(month=5), hi.replace(month=8, day=31)
        return lo.replace(day=11), lo.replace(day=20)
    if "late" in mod:
        if (hi - lo).days > 40:
            return lo.replace(month=9), hi
        return lo.replace(day=21), hi
    if "end" in mod or "close" in mod or "turn" in mod:
        return hi, hi
    return lo, hi


def _year_part(y: int, mod: str) -> tuple[dt.date, dt.date]:
    lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    mod = mod.lower()
    if "early" in mod:
        return lo, dt.date(y, 4, 30)
    return _part(lo, hi, mod)


def _resolve_month(mon: int, pub: dt.date, which: str) -> int:
    if which == "next":
        return pub.year if mon > pub.month else pub.year + 1
    if which == "last":
        return pub.year if mon < pub.month else pub.year - 1
    if which == "this":
        return pub.year
    return pub.year if mon <= pub.month else pub.year - 1


def _nearest_year(mon: int, day: int, pub: dt.date) -> dt.date | None:
    """The publication year (wire copy omits the current year), unless that is > 60 days ahead
    (then the year before) or > 300 days back (then the year after)."""
    y = pub.year
    if (mon, day) > (pub.month, pub.day) and (dt.date(y, mon, 1) - pub).days > 60:
        y -= 1
    elif (pub - dt.date(y, mon, 1)).days > 300:
        y += 1
    try:
        return dt.date(y, mon, day)
    except ValueError:
        return None


def _full(m: re.Match[str], pub: dt.date) -> Range | None:
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    day = int(m["day"])
    if m["year"]:
        try:
            d = dt.date(int(m["year"]), mon, day)
        except ValueError:
            return None
        return d, d, "absolute"
    d2 = _nearest_year(mon, day, pub)
    return (d2, d2, "month") if d2 else None


def _iso(m: re.Match[str], pub: dt.date) -> Range | None:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return d, d, "absolute"


def _month(m: re.Match[str], pub: dt.date) -> Range | None:
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    mod = " ".join((m["mod"] or "").lower().split())
    if m["year"]:
        y, form = int(m["year"]), "absolute"
    else:
        if not mod:
            return None
        which = "last" if mod == "last" else "next" if mod == "next" else "this" if mod == "this" else ""
        y, form = _resolve_month(mon, pub, which), "month"
    lo, hi = _month_range(y, mon)
    lo, hi = _part(lo, hi, mod)
    return lo, hi, form


def _weekday(m: re.Match[str], pub: dt.date) -> Range | None:
    wd = WEEKDAYS.index(m["wd"])
    mod = " ".join((m["mod"] or "").lower().split())
    back = (pub.weekday() - wd) % 7
    if mod in {"last", "this past"}:
        d = pub - dt.timedelta(days=back or 7)
    elif mod in {"next", "this coming", "coming"}:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif mod == "this":
        d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
    else:
        d = pub - dt.timedelta(days=back)
    return d, d, "weekday"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _period(unit: str, which: str, pub: dt.date) -> tuple[dt.date, dt.date]:
    k = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=k)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=k)
        return sat, sat + dt.timedelta(days=1)
    if unit == "month":
        return _month_range(*_shift_month(pub.year, pub.month, k))
    if unit == "decade":
        d0 = pub.year // 10 * 10 + 10 * k
        return dt.date(d0, 1, 1), dt.date(d0 + 9, 12, 31)
    return dt.date(pub.year + k, 1, 1), dt.date(pub.year + k, 12, 31)


def _relative(m: re.Match[str], pub: dt.date) -> Range | None:
    which = " ".join(m["which"].lower().split()).replace("the ", "")
    unit = m["unit"].lower()
    pre = (m["pre"] or "").lower()
    if which == "past":
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365, "decade": 3652}[unit]
        return pub - dt.timedelta(days=days - 1), pub, "relative"
    lo, hi = _period(unit, which, pub)
    if pre == "earlier" and which == "this":
        return lo, pub, "relative"
    if pre == "later" and which == "this":
        return pub, hi, "relative"
    if pre and unit == "year":
        lo, hi = _year_part(lo.year, pre)
    elif pre:
        lo, hi = _part(lo, hi, pre)
    return lo, hi, "relative"


def _end_of(m: re.Match[str], pub: dt.date) -> Range | None:
    pos = m["pos"].lower()
    if m["year"]:
        lo, hi, form = dt.date(int(m["year"]), 1, 1), dt.date(int(m["year"]), 12, 31), "absolute"
    else:
        lo, hi = _period(m["unit"].lower(), (m["which"] or "this").lower(), pub)
        form = "relative"
    if pos in {"end", "close", "turn"}:
        return hi, hi, form
    if pos in {"beginning", "start"}:
        return lo, lo, form
    return (*_part(lo, hi, "mid"), form)


def _year_end(m: re.Match[str], pub: dt.date) -> Range | None:
    d = dt.date(pub.year, 12, 31)
    return d, d, "relative"


def _deictic(m: re.Match[str], pub: dt.date) -> Range | None:
    word = m.group().lower()
    k = -1 if "yesterday" in word or "last night" in word else 1 if "tomorrow" in word else 0
    d = pub + dt.timedelta(days=k)
    return d, d, "relative"


def _ago(m: re.Match[str], pub: dt.date) -> Range | None:
    n_text = m["n"].lower()
    n = int(n_text) if n_text.isdigit() else _NUMWORDS.get(n_text)
    if not n or n > 200:
        return None
    unit = m["unit"].lower().rstrip("s")
    try:
        if unit == "day":
            d = pub - dt.timedelta(days=n)
        elif unit == "week":
            d = pub - dt.timedelta(weeks=n)
        elif unit == "month":
            y, mo = _shift_month(pub.year, pub.month, -n)
            d = dt.date(y, mo, min(pub.day, calendar.monthrange(y, mo)[1]))
        else:
            years = n * (10 if unit == "decade" else 1)
            d = (
                pub.replace(year=pub.year - years)
                if not (pub.month == 2 and pub.day == 29)
                else dt.date(pub.year - years, 2, 28)
            )
    except (ValueError, OverflowError):
        return None
    return d, d, "relative"


def _year(m: re.Match[str], pub: dt.date) -> Range | None:
    lo, hi = _year_part(int(m["y"]), m["mod"] or m["mod2"] or "")
    return lo, hi, "absolute"


def _range(m: re.Match[str], pub: dt.date) -> Range | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if m["sep"].strip().lower() == "and" and (m["from"] or "").lower() != "between":
        return None
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range"


def _decade(m: re.Match[str], pub: dt.date) -> Range | None:
    d0 = int(m["d"])
    return dt.date(d0, 1, 1), dt.date(d0 + 9, 12, 31), "absolute"


_MONTH_MODS = (
    r"early\s+in|late\s+in|earlier\s+in|later\s+in|in\s+early|in\s+late|in\s+mid-?|mid-|early|late|in|on|during"
    r"|since|until|till|through|by|from|before|after|last|next|this|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of"
    r"|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of"
)
# Cheap triggers: each detailed pattern runs only near their hits (see analysis.extract.scan).
# Each names anchors: (literal, offset) pairs, one of which every hit holds (found with str.find).
_DIGITS_12 = (("1", 0), ("2", 0))
_UNITS = (("week", 0), ("month", 0), ("year", 0), ("decade", 0))
_T_MONTH = Trigger(
    re.compile(rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})"),
    tuple((m[:3], 0) for m in _FULL_MONTHS.split("|")),  # every month name starts with its abbreviation
)
_T_ISO = Trigger(re.compile(r"[12]\d{3}-"), _DIGITS_12)
_T_WEEKDAY = Trigger(re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"), tuple((d, 0) for d in WEEKDAYS))
_T_UNIT = Trigger(re.compile(r"week|month|year|decade"), _UNITS)
_T_UNIT_OR_YEAR = Trigger(re.compile(r"week|month|year|decade|[12]\d{3}"), _UNITS + _DIGITS_12)
_T_YEAR_WORD = Trigger(re.compile(r"[Yy]ear"), (("Year", 0), ("year", 0)))
_T_DEICTIC = Trigger(
    re.compile(r"[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|night"),
    (("oday", 1), ("esterday", 1), ("omorrow", 1), ("night", 2), ("night", 0)),
)
_T_AGO = Trigger(re.compile(r"ago\b"), (("ago", 0),))
_T_YEAR = Trigger(re.compile(r"[12]\d{3}"), _DIGITS_12)
_T_DECADE = Trigger(re.compile(r"\d0s\b"), (("0s", 1),))
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], Range | None], Trigger, int, int]] = [
    (re.compile(rf"(?:\bon\s+)?(?:{_WD},?\s+)?{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YEAR})\b)?"),
     _full, _T_MONTH, 40, 30),
    (re.compile(rf"(?:\bon\s+)?(?<![\d])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}"
                rf"(?:,?\s+(?P<year>{_YEAR})\b)?"), _full, _T_MONTH, 14, 14),
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), _iso, _T_ISO, 1, 12),
    (re.compile(rf"(?:\b(?P<mod>{_MONTH_MODS})(?:\s+|(?<=-)))?{_MON}(?!\s+\d{{1,2}}\b(?!\d))(?:,?\s+(?P<year>{_YEAR})\b)?",
                re.IGNORECASE), _month, _T_MONTH, 40, 12),
    (re.compile(rf"(?:\b(?P<mod>on|last|next|this\s+past|this\s+coming|this|since|by|until|early|late)\s+)?{_WD}"
                r"(?:\s+(?:morning|afternoon|evening|night))?"), _weekday, _T_WEEKDAY, 25, 25),
    (re.compile(r"\b(?:(?P<pre>early|late|earlier|later)\s+)?(?P<which>last|this|next|past|the\s+past|the\s+coming|coming)"
                r"\s+(?P<unit>week|weekend|month|year|decade)\b", re.IGNORECASE), _relative, _T_UNIT, 30, 4),
    (re.compile(rf"\b(?:the\s+)?(?P<pos>end|beginning|start|middle|close|turn)\s+of\s+(?:(?:the|(?P<which>this|last|next))"
                rf"\s+(?P<unit>year|month|week|decade)\b|(?P<year>{_YEAR})\b)", re.IGNORECASE),
     _end_of, _T_UNIT_OR_YEAR, 40, 8),
    (re.compile(r"\b(?:the\s+)?year(?:'s|’s)?[\s-]end\b", re.IGNORECASE), _year_end, _T_YEAR_WORD, 12, 12),
    (re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night)\b", re.IGNORECASE), _deictic, _T_DEICTIC, 8, 4),
    (re.compile(r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.IGNORECASE), _ago, _T_AGO, 30, 2),
    (re.compile(rf"(?:\b(?P<from>from|between)\s+)?(?<![\w$.,/-])(?P<y1>{_YEAR})\s*(?P<sep>to|through|until|and|-|–|—)\s*"
                rf"(?P<y2>{_YEAR}|\d\d)(?![\w%])"), _range, _T_YEAR, 16, 24),
    (re.compile(rf"(?:\b(?P<mod>in|since|by|until|through|during|early|late|mid-|mid|for|of)\s+|(?P<mod2>mid-))?"
                rf"(?<![\w$.,/])(?:(?<=mid-)|(?<!-))(?P<y>{_YEAR})(?![\w%]|\.\d|,\d|\s*(?:%|percent|per\s+cent|million|billion|trillion"
                r"|won\b|dollars|yen|troops|soldiers|people|km|kilomet|miles|tons|units|votes|seats))"),
     _year, _T_YEAR, 16, 40),
    (re.compile(r"(?:\bthe\s+)?(?<![\w$])(?P<d>1[89]\d0|20\d0)s\b"), _decade, _T_DECADE, 10, 2),
]  # fmt: skip
_NOT_A_DAY = re.compile(r"(?:Black|Good|Ash|Super|Cyber|Holy|Maundy|Easter|Palm)\s+\Z")


def find_dates(text: str, published: dt.date, start: int = 0, end: int | None = None) -> list[Found]:
    """Return ``(start, end, exact, {"start", "end", "form"})`` for each date in ``text[start:end]``.

    >>> import datetime as dt
    >>> pub = dt.date(2019, 11, 16)
    >>> [(e, v["start"], v["end"], v["form"]) for _, _, e, v in find_dates(
    ...     "early in October, on Wednesday, from 2014 to 2018, the end of this year", pub)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('early in October', '2019-10-01', '2019-10-10', 'month'), ('on Wednesday', '2019-11-13', '2019-11-13', 'weekday'),
     ('from 2014 to 2018', '2014-01-01', '2018-12-31', 'range'),
     ('the end of this year', '2019-12-31', '2019-12-31', 'relative')]
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, Range]] = []
    places: dict[Any, list[Any]] = {}  # trigger hits in text[start:end], shared by the scans below
    for rx, handler, trigger, back, ahead in _PATTERNS:
        for m in scan(rx, trigger, text, start, end, back, ahead, places):
            if handler is _weekday and _NOT_A_DAY.search(text, max(start, m.start() - 8), m.start()):
                continue
            if handler is _month and m["mon"] == "May" and not (m["mod"] or m["year"]):
                continue
            if handler is _month and m["mon"][0].islower():
                continue  # "may", "march" as verbs
            try:
                r = handler(m, published)
            except (ValueError, OverflowError):
                r = None
            if r is None:
                continue
            s = m.start()
            mod = m.groupdict().get("mod")
            if mod and " ".join(mod.lower().split()) in _TRIGGER_ONLY:
                s = m.start("mod") + len(mod)
                while text[s].isspace():
                    s += 1
            found.append((s, m.end(), r))
    found.sort(key=lambda t: (t[0], -t[1]))
    out: list[Found] = []
    last_end = -1
    for s, e, (lo, hi, form) in found:
        if s < last_end:
            continue
        out.append((s, e, text[s:e], {"start": lo.isoformat(), "end": hi.isoformat(), "form": form}))
        last_end = e
    return out
