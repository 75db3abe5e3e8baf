"""The second stage of the date finder: the rules (handlers) that read one matched date into a range of days,
``(match, publication, future) -> Range | Anchored | None`` (:data:`Handler`): days, weekdays and months, relative
dates and counts ("two years ago", "in two weeks"), holidays, elections, fiscal years, terms of office, seasons and
events, with the helpers they call (the gazetteer's terms, the events table, the kept answers of a text). Split out of
:mod:`analysis.extract.dates` (issue 12: every module under 1 MiB, so that ``duplicates`` reads it); the code moved as
it was.

The date finder's three modules, each importing only the ones before it: :mod:`analysis.extract.date_tense` (the
values, words and patterns, and the tense of a clause), this module, and :mod:`analysis.extract.dates` (the table of
these rules, ``_PATTERNS``, that pairs each with its pattern and trigger, :func:`~analysis.extract.dates.find_dates`
and the passes over the whole text).

>>> import datetime as dt
>>> rx = re.compile(r"(?P<mod>)(?P<wd>[A-Za-z]+) and (?P<wd2>[A-Za-z]+)(?P<wk>)")
>>> _weekday(rx.match("Monday and Tuesday"), dt.date(2019, 11, 16), True)[:2]
(datetime.date(2019, 11, 18), datetime.date(2019, 11, 19))
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial, wraps
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING, Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from analysis import lazyre as re
from analysis.article import MONTHS, split_paragraphs
from analysis.article import QUOTE_MARK as _QUOTE_MARK
from analysis.extract import windows as win
from analysis.extract.date_tense import (
    _ABBR_MONTHS,
    _BACK,
    _BE,
    _BEFORE_FOR,
    _BOUNDARY,
    _COMMA_NEXT,
    _DETERMINERS,
    _EDGE_THIRDS,
    _EVENT_WORDS,
    _FULL_MONTHS,
    _JUST_PASSED,
    _MODALS,
    _MOVE_VERBS,
    _NOT_VERB_ED,
    _ORDINAL_WORDS,
    _ORDINALS,
    _PAST,
    _POSSESSIVE_OR_LEVEL,
    _PROMISES,
    _SAID,
    _SENTENCE_END,
    _SET_OFF_PLAN,
    _SINCE,
    _STOP,
    _TENSE_WORDS,
    _TOKEN,
    _WEEKDAY_ALT,
    _WEEKDAY_AT,
    _WILL_HAVE,
    _WINDOW,
    _YEAR,
    _YEAR_WORD,
    WEEKDAYS,
    Anchored,
    Period,
    Range,
    _ahead,
    _clause_of,
    _clause_words,
    _count,
    _day_span,
    _expiry_near,
    _first_tense,
    _full,
    _full_day,
    _group,
    _hope_told_past,
    _infinitive,
    _month,
    _month_range,
    _moved_pair,
    _no_bare_pair,
    _part,
    _prospect,
    _prospect_after,
    _rel_year,
    _resolve_month,
    _sentence_span,
    _Stretch,
    _tense_of,
    _Tokens,
    _year_told_before,
    _years_on,
    clause_tense,
)
from analysis.extract.names import NOT_NAME_WORDS, TITLE_WORDS
from analysis.extract.numbers import ARTICLES, CARDINALS, TEENS, TENS, UNITS
from analysis.extract.scan import Hits, Trigger, last_match, line_breaks
from analysis.schema import check_table

if TYPE_CHECKING:  # entities imports names, which dates must not wait for (see _terms_of)
    from analysis.extract.entities import Term


class _PerText:
    """One value kept for the last text read (and the extra keys it was read with, compared by equality): a new text
    object, even an equal one, starts afresh; the text is held, so its identity is not reused (tidy56: the one-slot
    stores of speed51, speed52c, dlin52, dlin53 and diffreview52 in one shape).

    >>> kept, t = _PerText(), "Talks ran."
    >>> kept.of(t, dict)["a"] = 1; kept.of(t, dict), kept.of("".join(t), dict), kept.text is t
    ({'a': 1}, {}, False)
    """

    __slots__ = ("extra", "text", "value")

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget the text and its value."""
        self.text: str | None = None
        self.extra: tuple[Any, ...] = ()
        self.value: Any = None

    def of(self, text: str, make: Callable[[], Any], *extra: Any) -> Any:
        """Return the value kept for ``text`` (and ``extra``), made by ``make()`` when the last text was another."""
        if self.text is not text or self.extra != extra:
            self.text, self.extra, self.value = text, extra, make()
        return self.value
# A month's or weekday's name, after a lookahead at its first letter (every name starts with one of them): a place
# that starts none fails at once, not after a try of each name (a pattern read at each place of a window).
_MON = rf"(?=[JFMASOND])(?P<mon>(?:{_FULL_MONTHS})\b|(?:{_ABBR_MONTHS})(?:\.|\b))"
_WD = rf"(?=[MTWFS])(?P<wd>{_WEEKDAY_ALT})\b"
# A month's year: written ("June 2019", "March of 2021") or relative ("June next year", "June of the following year").
_YEAR_OR_REL = (
    rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b"
    r"|\s+(?:of\s+)?(?P<rel>(?i:next|last|this|the\s+following|the\s+previous|the\s+same|that))\s+(?i:year)\b)"
)
# the spelled counts as one alternation, the longest of each start first ("seventy", "seventeen" before "seven")
_NUM_WORDS = (f"(?:{'|'.join(TENS)})(?:-(?:{'|'.join(UNITS)}))?|{'|'.join(TEENS)}|{'|'.join(UNITS)}")
_NUM = r"\d{1,3}|an?|" + _NUM_WORDS
# the first characters of _NUM's words, either case ("ſ" folds to "s" under re.IGNORECASE): a case-sensitive test
# before a case-folding alternation rejects most places of a window in one step
_NUM_FIRST = r"(?=[\dAEFNOSTaefnostſ])"
_DAYWORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# nouns an ordinal counts ("the 3rd round", "the 2nd trading day"): after "March the 3rd" or "on the 19th" and a
# participle they make it no day (dates55, dates56: one list for both)
_ORDINAL_NOUN = (r"(?i:round|time|day|week|month|year|hour|period|session|meeting|anniversary|term|quarter|floor"
                 r"|place|table|team|party|group|straight|consecutive)s?\b")
# a word after "after"/"before": the event it names; not "to" of a stretch ("rose from a year before to X in 2023")
_OBJECT = re.compile(r"(?<![ \t])[ \t]++(?!to[ \t])[\w$“\"']")
# "that"/"this"/"then" closing its clause after "after"/"before" ("two days after that, ..."): the date told before
_ANAPHOR = re.compile(r"(?<![ \t])[ \t]++(?i:that|this|then)\b(?![ \t]*+[\w$“\"'(])")
# an event named by a demonstrative after "after"/"before" ("two days after that meeting", "a week before those
# talks"): the event dated just before, as "that" alone is
_THAT_EVENT = re.compile(r"(?<![ \t])[ \t]{1,3}(?i:that|those|the[ \t]{1,3}same)[ \t]{1,3}(?i:meetings?|talks"
                         r"|session|round|visit|trip|call|summit|vote|announcement|signing|ceremony|conference|speech"
                         r"|interview|negotiations|exchange|remarks)\b")


Handler = Callable[[re.Match[str], dt.date, bool], "Range | Anchored | None"]
_TWO_PARTS_MOD = r"(?:in\s+|)(?:early|mid)(?:-\s*|\s+)to(?:\s+|-)(?:mid|late)-?"  # in _MONTH_MODS


_HALF_MOD = r"(?:(?:in|by|during|for|over)\s+|)the\s+(?:first|second|latter|last)\s+half\s+of"  # in _MONTH_MODS


def _year_part(y: int, mod: str) -> Period:
    lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    mod = mod.lower()
    if "early" in mod:
        return Period(lo, dt.date(y, 4, 30))
    return _part(lo, hi, mod)


def _add(d: dt.date, unit: str, n: int) -> dt.date:
    """Return ``d`` moved by ``n`` days, weeks, months or years (a day past a month's end is clipped).

    >>> _add(dt.date(2020, 1, 31), "month", 1), _add(dt.date(2020, 2, 29), "year", -1)
    (datetime.date(2020, 2, 29), datetime.date(2019, 2, 28))
    """
    if type(n) is int and unit in _ADD_DAYS:  # (speed52: relativedelta's own sum, without building one each call)
        return d + dt.timedelta(days=n * _ADD_DAYS[unit])  # OverflowError past the calendar's days, as relativedelta's
    if type(n) is int and unit in _ADD_MONTHS:
        y, m0 = divmod(d.year * 12 + d.month - 1 + n * _ADD_MONTHS[unit], 12)
        return d.replace(year=y, month=m0 + 1, day=min(d.day, calendar.monthrange(y, m0 + 1)[1]))  # ValueError: year
    return d + relativedelta(**{f"{unit}s": n})  # ValueError (OverflowError) past the calendar's years (days)


_ADD_DAYS = {"day": 1, "week": 7}  # days in a unit ``_add`` moves by
_ADD_MONTHS = {"month": 1, "year": 12}  # months in one


def _unit_period(d: dt.date, unit: str) -> Period:
    """Return the day, Monday-Sunday week, month or year that holds ``d``.

    >>> _unit_period(dt.date(2019, 11, 16), "week")
    Period(lo=datetime.date(2019, 11, 11), hi=datetime.date(2019, 11, 17))
    """
    if unit == "day":
        return Period(d, d)
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Period(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        return _month_range(d.year, d.month)
    return Period(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))


def _next_period(lo: dt.date, hi: dt.date, unit: str, k: int) -> Period:
    """Return the ``unit`` period ``k`` steps after the anchor ``lo..hi`` (before it if ``k`` < 0; 0: its own).

    >>> _next_period(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year", -1)
    Period(lo=datetime.date(2018, 1, 1), hi=datetime.date(2018, 12, 31))
    """
    if k == 0:
        return Period(_unit_period(lo, unit).lo, _unit_period(hi, unit).hi)
    base = _unit_period(hi if k > 0 else lo, unit).lo
    return _unit_period(_add(base, unit, k), unit)


def _moved(lo: dt.date, hi: dt.date, unit: str, n: int) -> Period:
    """Return the anchor ``lo..hi`` moved by ``n`` units ("two days later": n = 2).

    >>> _moved(dt.date(2019, 11, 15), dt.date(2019, 11, 15), "day", -3)
    Period(lo=datetime.date(2019, 11, 12), hi=datetime.date(2019, 11, 12))
    >>> _moved(dt.date(2019, 9, 1), dt.date(2019, 9, 30), "month", 1)  # a whole month moves to a whole month
    Period(lo=datetime.date(2019, 10, 1), hi=datetime.date(2019, 10, 31))
    """
    hi2 = _add(hi, unit, n)
    if unit in {"month", "year"} and _whole_months(lo, hi):  # "a month later" after September: all of October
        hi2 = _month_range(hi2.year, hi2.month).hi
    return Period(_add(lo, unit, n), hi2)


def _whole_months(lo: dt.date, hi: dt.date) -> bool:
    """Return whether ``lo..hi`` is one or more whole months (the 1st of one to the last day of one).

    >>> sep = dt.date(2019, 9, 1)
    >>> _whole_months(sep, dt.date(2019, 9, 30)), _whole_months(sep, dt.date(2019, 9, 29))
    (True, False)
    """
    return lo.day == 1 and (hi + dt.timedelta(days=1)).day == 1


def _day_told_past(r: Range | Anchored | None, local: dt.date) -> Range | Anchored | None:
    """Return a month-day (or days) with no year read in a clause whose tense points back (a past verb, "since", a
    source's phrase) whose nearest reading lies in the year after ``local`` (the day where the story happens): the
    day of ``local``'s year ("Kim met Lee on Jan. 5" told on 11 December is last January's, not next one's). A
    reading in ``local``'s year is kept, even ahead of it: a past verb before a day a few weeks on is more often a
    misread tense ("notices that they'll be furloughed as of April 1") than a day a year back.

    >>> r = Range(dt.date(2020, 1, 5), dt.date(2020, 1, 5), "month")
    >>> _day_told_past(r, dt.date(2019, 12, 11))
    Range(lo=datetime.date(2019, 1, 5), hi=datetime.date(2019, 1, 5), form='month')
    >>> _day_told_past(Range(dt.date(2019, 3, 5), dt.date(2019, 3, 6), "month"), dt.date(2019, 12, 11)).lo.year
    2019
    """
    if not isinstance(r, Range) or r.form != "month" or r.lo.year <= local.year:
        return r
    return _a_year_back(r)


def _day_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "on the 4th" (a day of the month, no month named; also "on the afternoon of the 4th", "by the 4th",
    "as of the 4th"): the last such day on or before publication, or (future tense) the first on or after it; a
    month too short for the day is skipped.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("On the 4th, the ministry said.", dt.date(2024, 10, 4))]
    [('On the 4th', '2024-10-04')]
    >>> [v["start"] for *_, v in find_dates("Lee will visit on the 31st.", dt.date(2024, 10, 4))]
    ['2024-10-31']
    """
    day, step = int(m["dom"]), 1 if future else -1
    first = pub.replace(day=1)
    if (day < pub.day and future) or (day > pub.day and not future):
        first = _add(first, "month", step)
    for _ in range(3):
        if day <= calendar.monthrange(first.year, first.month)[1]:
            d = first.replace(day=day)
            return Range(d, d, "month")
        first = _add(first, "month", step)
    return None


def _day_of_named_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the 5th of next month" (a day of the month before, of, or after publication's); None if too short.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("The vote on the 5th of next month.", dt.date(2024, 10, 16))]
    [('on the 5th of next month', '2024-11-05')]
    """
    step = {"this": 0, "next": 1, "last": -1}[m["which"].lower()]
    first = _add(pub.replace(day=1), "month", step)
    day = int(m["dom"])
    if day > calendar.monthrange(first.year, first.month)[1]:
        return None
    d = first.replace(day=day)
    return Range(d, d, "relative")


# "scheduled for the 20th", "set for the 3rd": a day of the month a plan names (the word before "for": not in the span)
_PLANNED_FOR = r"(?:(?<=scheduled\s)|(?<=set\s)|(?<=slated\s)|(?<=planned\s)|(?<=due\s))for"
# a bound before a day of the month ("as early as the 1st", "no later than the 25th", "around the 10th"): the day,
# read by its clause's tense
_DAY_BOUND = r"(?i:as\s+(?:early|late|soon)\s+as|(?:no|not)\s+(?:later|earlier|sooner)\s+than|around)"
# what follows "on the 19th" when it is a day of the month: a clause mark, "that", "local time", or a preposition or
# conjunction opening the rest of the clause ("on the 19th in Seoul"; not "the 19th round", "the 4th of July")
_AFTER_DAY_OF_MONTH = (
    r"\s*[,;:()]|\.(?:\s|\Z)|\s+(?!(?:meeting|briefing|hearing|sitting|gathering|building|ruling|reading|wedding|evening"
    r"|morning|opening|offering|ceiling|setting|funding|filing|ranking|warning|bombing|shooting|killing|spring|string"
    r"|inning|landing|crossing|trading|working|voting|polling|negotiating|operating|closing)\b)[a-z]{2,20}ing\s+"
    rf"(?!of\b|{_ORDINAL_NOUN})"
    r"[\w“\"‘']"  # a participle: "on the 19th citing sources" (not "the 2nd trading day", "the 3rd voting round")
    r"|\s+(?:that|local\s+time|in|at|with|from|for|as|while|when|after|before|during"
    r"|amid|via|under|without|despite|because|but|until"  # "ended on the 19th without a deal" (dfix38)
    # a condition, or "will"/"would" opening the clause whose subject the date's phrase ends ("would meet on the 5th
    # if ...", "Talks that began on the 3rd will resume": dates55; not a form of "be": "Sales on the 5th were brisk",
    # the ordinal of a thing, fix51d2)
    r"|if|unless|will|would"
    # a verb in the past: "Lee, the president, on the 24th addressed the ..." (not "the 2nd armored division"); an
    # "-ed" word only with its object after it (not "the 11th negotiated deal", "the 10th scheduled round": mend80q)
    r"|said|told|met|spoke|held|sent|made|gave|took|(?!(?:armed|armored|armoured|ranked|seeded|numbered)\b)[a-z]{2,20}ed"
    r"(?=\s+(?:the|a|an|his|her|its|their)\b|\s+[A-Z])"
    # not "the 10th and 11th rounds", "the 11th and final day": an ordinal of a series, not a day
    r"|(?:and|to)(?!\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|final|last|latest|next|following)\b))\b"
)
# "on the 19th, ...", "On the 3rd in Seoul": "on the <Nth>" before what may follow a day of the month
_ON_THE_NTH = re.compile(r"\b[Oo]n the (?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                         rf"(?={_AFTER_DAY_OF_MONTH})")
# "until the 19th", "as of the 1st", "on the morning of the 5th", "scheduled for the 20th", "no later than the 25th":
# "the <Nth>" after a bound, a time of day or a plan's "for" (``mod``: the bound's word)
_BOUND_THE_NTH = re.compile(
    r"\b(?:(?i:on|in)\s+the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of|(?i:as)\s+of"
    rf"|(?P<mod>(?i:until|till|through|by|since|before|after|from|starting|beginning|effective))|{_PLANNED_FOR}"
    rf"|{_DAY_BOUND})\s+the\s+"
    r"(?P<dom>[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th)\b(?={_AFTER_DAY_OF_MONTH})"
)
# "The drills that began on the 10th were the first", "The missile fired on the 5th was ...": "on the <Nth>" right
# after a verb and right before its clause's "be"/"have" (a reduced clause ends at the date, and the main verb
# follows: the day of the month, fix51d2); only the shapes :func:`_act_on_day` admits (_not_a_date reads it), not
# "on the 10th floor", "Those on the 10th were", "The putt he missed on the 18th was" (a hole, a floor, a rank)
_ON_THE_DAY_BE = re.compile(r"(?<=[a-z][ \t])on the (?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                            r"(?=[ \t]{1,3}(?:was|were|is|are|has|had)\b)")
# the acts whose day "on the <Nth>" before "was/were" tells ("The drills held on the 5th were", "the ship seized on
# the 14th is"): events of the news, not a plan's words ("scheduled", "set": still ahead) nor a game's ("shot",
# "missed", "carded": a hole) or a place's ("rented", "stationed": a floor, a parallel); fix51d2, mended after review
_DAY_ACTS = frozenset({"fired", "test-fired", "launched", "held", "signed", "announced", "began", "begun", "opened",
                       "ended", "started", "reached", "concluded", "released", "conducted", "staged", "adopted",
                       "sent", "killed", "arrested", "seized", "detained", "died", "issued", "unveiled", "ratified"})
_WHO_THAT = frozenset({"that", "which", "who"})
# the words before a participle that make it no reduced clause of a noun ("The putt he missed", "the one I held")
_NOT_NOUN_BEFORE = frozenset({"he", "she", "it", "we", "they", "i", "you", "him", "her", "them", "us", "me", "not",
                              "was", "were", "is", "are", "be", "been", "has", "have", "had", "and", "or", "but"})


def _act_on_day(text: str, at: int, start: int) -> bool:
    """Return whether "on the <Nth>" at ``at`` (``start``: the stretch's) dates an act told just before it in a known
    shape: "that/which/who" and a verb of :data:`_DAY_ACTS` ("The drills that began on the 28th"), or a noun and
    such a verb's participle ("The soldier killed on the 25th"; a lower-case noun or an acronym, not a name or a
    pronoun: "The lead Kwon opened", "The putt he missed" tell a hole).

    >>> [_act_on_day(t, len(t), 0) for t in ("The drills that began ", "The ship seized ", "The SMA signed ")]
    [True, True, True]
    >>> [_act_on_day(t, len(t), 0) for t in ("The lead Kwon opened ", "The putt he missed ", "The talks scheduled ")]
    [False, False, False]
    """
    words = text[max(start, at - 60) : at].split()
    if len(words) < 2 or words[-1].lower() not in _DAY_ACTS:
        return False
    before = words[-2]
    if before.lower() in _WHO_THAT:
        return True
    noun = before.islower() or (before.isupper() and len(before) > 1)
    return before.isalpha() and noun and before.lower() not in _NOT_NOUN_BEFORE and before not in _DETERMINERS
# "on the 18th and 19th", "from the 18th to the 19th", "on the 3rd and 4th of next month" (or "... 4th next month"):
# days of one month
_DAYS_OF_MONTH = re.compile(
    rf"\b(?i:on|from|between)\s+the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s*(?:[-–~～]|\s(?:and|to|through|until"
    rf"|till)\s)\s*(?:the\s+)?(?P<dom2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    rf"(?:\s+(?:of\s+)?(?P<which>(?i:this|next|last))\s+month\b|(?={_AFTER_DAY_OF_MONTH}))"
)


# "from 25th to 27th" ending a line (a headline of translated Korean wire copy, which drops "the"): days of the
# month, as "from the 25th to the 27th"; only at a line's end, and not after a verb of a rank's change ("falls from
# 25th to 27th" is a ranking, see `_not_a_date`)
_BARE_DAYS_OF_MONTH = re.compile(
    r"\b(?i:from)[ \t]+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+(?i:to)[ \t]+(?P<dom2>[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th)(?P<which>)(?=[ \t]*(?:\n|\Z))"
)
_RANK_CHANGE = re.compile(
    r"\b(?i:ris|rose|fall|fell|climb|drop|slip|slid|jump|mov|improv|rank|sink|sank|leap|tumbl|plung|soar|advanc"
    r"|declin|rebound|recover)[a-z]{0,4}[ \t]+(?:[a-z]+[ \t]+)?\Z"
)


def _days_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return days of one month told by their ordinals ("on the 18th and 19th", "from the 3rd to the 5th of next
    month"): the first read as "on the 18th" (or "the 18th of next month") is, the second in the same month.

    >>> from analysis.extract.dates import find_dates, ranges
    >>> ranges("Talks were held on the 18th and 19th in Seoul.", dt.date(2019, 11, 20))
    [('on the 18th and 19th', '2019-11-18', '2019-11-19')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They meet on the 3rd and 4th of next month.",
    ...                                                dt.date(2019, 11, 20))]
    [('2019-12-03', '2019-12-04')]
    """
    r = _day_of_named_month(m, pub, future) if m["which"] else _day_of_month(m, pub, future)
    day2 = int(m["dom2"])
    if r is None or day2 <= r.lo.day or day2 > calendar.monthrange(r.lo.year, r.lo.month)[1]:
        return None
    return Range(r.lo, r.lo.replace(day=day2), r.form)


def _iso(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Range(d, d, "absolute")


def _numeric(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a date written in numbers, day and month either way round ("09-07-2025", "7/9/2025"): a field over
    12 is the day; else the reading nearest publication (a page's stamp is its own day, not two months off).

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("Updated: 09-07-2025 14:09 IST; filed 7/30/2025", dt.date(2025, 7, 9))]
    ['2025-07-09', '2025-07-30']
    """
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    readings = []
    for day, mon in ((a, b), (b, a)):
        try:
            readings.append(dt.date(y, mon, day))
        except ValueError:
            continue
    if not readings:
        return None
    d = min(readings, key=lambda r: (abs((r - pub).days), r > pub))
    return Range(d, d, "absolute")



def _month_to(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a month after "to" that a verb of deferral governs ("the talks were delayed to March", "pushed back to
    June"): the month, read as "postponed until March" is (a time after the act, ahead); None after any other "to"
    ("from January to March" is a span of its own).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The talks, once set for January, were delayed to March.", dt.date(2026, 2, 17))[-1]
    ('March', '2026-03-01', '2026-03-31')
    """
    if not _DEFERRED_TO.search(m.string, max(0, m.start() - 24), m.start()) and not _DEFERRED_FROM_TO.search(
            m.string, max(0, m.start() - win.DEFERRED_FROM_BACK), m.start()):
        return None  # and "postponed from October to December": the new month (dfix50)
    return _month(m, pub, future)


_DEFERRED_TO = re.compile(r"\b(?i:delayed|postponed|deferred|rescheduled|pushed[ \t]{1,3}back|put[ \t]{1,3}off|moved"
                          r"|brought[ \t]{1,3}forward)[ \t]{1,3}\Z")
_DEFERRED_FROM_TO = re.compile(_DEFERRED_TO.pattern.removesuffix(r"[ \t]{1,3}\Z")
                               + r"[ \t]{1,3}from[ \t]{1,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}\Z")
# a month, the event it dates and the year ("their April summit last year", "the June election next year"): one span
_MONTH_EVENT_YEAR = re.compile(
    rf"{_MON}(?P<mod>)(?P<year>)[ \t]+(?:[a-z]{{1,20}}[ \t]+)?(?:{_EVENT_WORDS})[ \t]+(?:of[ \t]+)?"
    r"(?P<rel>(?i:next|last|this|the\s+following|the\s+previous|that))\s+(?i:year)\b"
)
# a relative year, then the month in it ("last year in June", "next year in early March"): one span
_YEAR_THEN_MONTH = re.compile(
    rf"\b(?P<rel>(?i:last|next|this))\s+(?i:year)\s+in\s+(?:(?P<mod>(?i:early|late|mid))(?:\s+|-))?{_MON}(?P<year>)"
    r"(?!\.?\s*\d)"
)


def _weekday(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a weekday ("on Friday", "next Monday", "Tuesday last week"), or two ("Monday and Tuesday": the first
    to the second).

    >>> import re
    >>> rx = re.compile(r"(?P<mod>)(?P<wd>[A-Za-z]+) and (?P<wd2>[A-Za-z]+)(?P<wk>)")
    >>> _weekday(rx.match("Monday and Tuesday"), dt.date(2019, 11, 16), True)[:2]
    (datetime.date(2019, 11, 18), datetime.date(2019, 11, 19))
    """
    if m["wk"]:  # "on Tuesday last week", "Monday to Wednesday next week": the days of the week named
        monday = _period("week", _last_on_sunday(m["wk"].lower(), "week", pub), pub).lo
        lo, form = monday + dt.timedelta(days=WEEKDAYS.index(m["wd"])), "relative"
    else:
        lo, _, form = _one_weekday(m, pub, future)
    if not m["wd2"]:
        return Range(_days_ending(m, lo), lo, form)
    hi = lo + dt.timedelta(days=(WEEKDAYS.index(m["wd2"]) - lo.weekday()) % 7)
    if hi > pub and not future and _past_pair(m):
        lo, hi = lo - dt.timedelta(days=7), hi - dt.timedelta(days=7)  # all of a past span lies before publication
    return Range(lo, hi, form)


# words between two weekdays of one sentence that tell the second comes later ("arrive on Friday ... before flying on
# Sunday", "then", "and"), and words that tell it may come first ("after", "earlier"): mend54d
_SEQUENCE_ON = re.compile(r"\b(?i:before|then|and)\b")
_SEQUENCE_BACK = re.compile(r"\b(?i:after|earlier|previous|prior|since|ago)\b|[.!?][\"”’]?\s|[\n;]")
_SEQUENCE_REACH = 200  # characters at most between the two weekdays


def _sequence_forward(text: str, hits: list[_Hit], pub: dt.date) -> list[_Hit]:
    """Return ``hits`` with a bare weekday read before an earlier weekday of its sentence that lies ahead, in a clause
    that is not past, moved a week on when the words between tell it comes later ("set to arrive on Friday ... before
    flying to Oskel on Sunday", told on a Sunday: the Sunday after that Friday, not publication's; mend54d).

    >>> from analysis.extract.dates import ranges
    >>> t = "Minister Tarven will land in Hanul on Friday and fly on to Oskel on Sunday."
    >>> ranges(t, dt.date(2026, 5, 17))
    [('on Friday', '2026-05-22', '2026-05-22'), ('on Sunday', '2026-05-24', '2026-05-24')]
    >>> ranges("Tarven will land on Friday, after talks on Sunday.", dt.date(2026, 5, 17))[1]
    ('on Sunday', '2026-05-17', '2026-05-17')
    """
    prev: _Hit | None = None
    for k, h in enumerate(hits):
        if h.handler is not _weekday or h.match["wd2"] or not isinstance(h.value, Range) or h.value.lo != h.value.hi:
            continue
        s, prev = prev, h
        if s is None or not isinstance(s.value, Range) or not pub < s.value.lo or not h.value.lo < s.value.lo \
                or h.value.lo != pub:
            continue  # only a weekday read as publication's own day ("on Sunday" told on a Sunday) is in doubt
        if (h.match["mod"] or "").strip().lower() not in {"", "on"} or h.start - s.end > _SEQUENCE_REACH:
            continue
        if not _SEQUENCE_ON.search(text, s.end, h.start) or _SEQUENCE_BACK.search(text, s.end, h.start):
            continue
        if clause_tense(text, h.start, h.end) != "past":
            day = h.value.lo + dt.timedelta(days=7)
            hits[k] = prev = replace(h, value=Range(day, day, h.value.form))
    return hits


def _this_weekday_written(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with a "this <weekday>" read as the one a written date of that weekday in the text names
    ("In this Monday issue ... printed for Monday, March 9, 2026" told on Sunday, March 8: the 9th, not the Monday of
    the week the Sunday ends), when the written date is the same weekday of the week next to the one read: the text
    itself settles which week "this" means (mend54d).

    >>> from analysis.extract.dates import ranges
    >>> t = "In this Monday issue, we look at the levy vote. The issue is printed for Monday, March 9, 2026."
    >>> ranges(t, dt.date(2026, 3, 8))[0]
    ('this Monday', '2026-03-09', '2026-03-09')
    >>> ranges("Talks resumed this Monday. The next is on Monday, March 9.", dt.date(2026, 3, 8))[0]
    ('this Monday', '2026-03-02', '2026-03-02')
    """
    written = {o.value.lo for o in hits if isinstance(o.value, Range) and o.value.lo == o.value.hi
               and WEEKDAYS[o.value.lo.weekday()] in text[o.start : o.end]
               and any(c.isdigit() for c in text[o.start : o.end])}  # a weekday written with its date
    for k, h in enumerate(hits):
        if h.handler is not _weekday or (h.match["mod"] or "").strip().lower() != "this" or h.match["wd2"] \
                or not isinstance(h.value, Range) or h.value.lo != h.value.hi:
            continue
        week = dt.timedelta(days=7)
        near = [d for d in (h.value.lo - week, h.value.lo + week) if d in written]
        day = near[0] if len(near) == 1 else None
        if day is not None and clause_tense(text, h.start, h.end) != ("past" if day > h.value.lo else "future"):
            hits[k] = replace(h, value=Range(day, day, h.value.form))  # not "resumed this Monday" moved ahead
    return hits


def _past_pair(m: re.Match[str]) -> bool:
    """Return whether two weekdays with no word that names their week ("Thursday through Saturday", not "last
    Thursday", "Monday to Wednesday next week") are told in a past clause: the span is over, so it ends on or before
    publication ("The allies held talks Thursday through Saturday", told on a Friday: the week before; dates54c).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The allies held talks Thursday through Saturday.", dt.date(2025, 11, 14))
    [('Thursday through Saturday', '2025-11-06', '2025-11-08')]
    >>> ranges("The allies met on Thursday and Saturday.", dt.date(2025, 11, 14))
    [('on Thursday and Saturday', '2025-11-06', '2025-11-08')]
    >>> ranges("The allies met last Thursday and Saturday.", dt.date(2025, 11, 14))  # "last" names the week
    [('last Thursday and Saturday', '2025-11-13', '2025-11-15')]
    """
    if m["wk"] or (m["mod"] or "").strip().lower() not in {"", "on"}:
        return False
    before = _clause_words(m.string, max(0, m.start() - _BACK), m.start(), True, None)
    return clause_tense(m.string, m.start(), m.end(), back=before) == "past" and _own_event_past(before)


# past verbs of planning or agreeing: the span after one is the plan's, still ahead ("scheduled talks Thursday through
# Saturday", "agreed to talks ..."; mend54d)
_PAIR_PLANS = _PROMISES | _BEFORE_FOR | frozenset({"booked", "called", "announced", "proposed", "organized",
                                                   "organised", "invited", "approved", "confirmed", "slated"})


def _own_event_past(before: list[str]) -> bool:
    """Return whether the last past verb in a clause's words before a span of weekdays (``before``) is the time of the
    span's own event: not a verb of planning or agreeing (:data:`_PAIR_PLANS`: "scheduled talks", "agreed to talks")
    and no "for"/"to" between it and the span ("arrived for talks": what it came for may lie ahead; mend54d).

    >>> [_own_event_past(s.split()) for s in ("Kim held talks", "Kim scheduled talks", "Kim arrived for talks")]
    [True, False, False]
    """
    j = next((j for j in range(len(before) - 1, -1, -1) if _tense_of(before, j) == "past"), None)
    if j is None:
        return True
    return before[j].lower() not in _PAIR_PLANS and not {"for", "to"} & {w.lower() for w in before[j + 1 :]}


def _days_ending(m: re.Match[str], day: dt.date) -> dt.date:
    """Return the first day of "three days through (until, ending) Thursday": the count of days, ``day`` the last;
    ``day`` itself when no count stands before the weekday (or a count under two).

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("They met for three days through Thursday.", dt.date(2024, 5, 23))]
    ['2024-05-21']
    """
    n = _count(m.groupdict().get("ndays") or "")
    return day - dt.timedelta(days=n - 1) if n is not None and n >= 2 else day


_NEWS_DAY_MODS = frozenset({"later", "earlier"})  # "later Wednesday": a time on the news day, in either tense


def _nearest_weekday(wd: int, day: dt.date) -> dt.date:
    """Return the weekday ``wd`` (0 = Monday) nearest ``day``, before or after it: the day "later Wednesday" or
    "earlier Friday" names, wire English for a time on the news day (or the day beside it), never a week away.

    >>> _nearest_weekday(2, dt.date(2020, 3, 19)), _nearest_weekday(3, dt.date(2019, 11, 20))  # Thu; Wed
    (datetime.date(2020, 3, 18), datetime.date(2019, 11, 21))
    """
    back = (day.weekday() - wd) % 7
    return day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)


def _one_weekday(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return the day a weekday names: last, next, this, or by the tense of its clause.

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("Lee met Park Friday and will meet Kang Friday.", dt.date(2019, 11, 20))]
    ['2019-11-15', '2019-11-22']
    """
    wd = WEEKDAYS.index(m["wd"])
    mod = " ".join((m["mod"] or "").lower().split())
    back = (pub.weekday() - wd) % 7
    if mod in {"last", "this past"}:
        d = pub - dt.timedelta(days=back or 7)
    elif mod in {"next", "this coming", "coming"}:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif mod == "this":
        d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
    elif mod in _NEWS_DAY_MODS:
        d = _nearest_weekday(wd, pub)
    elif future and mod != "since":
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - dt.timedelta(days=back)
    return Range(d, d, "weekday")


@lru_cache(maxsize=1024)  # a pure function of few values: an article asks the same few periods again and again
def _period(unit: str, which: str, pub: dt.date) -> Period:
    """Return the period ``unit`` ("week", "month", "year" ...) that ``which`` ("last", "this", "next") names.

    >>> _period("month", "last", dt.date(2019, 11, 16))
    Period(lo=datetime.date(2019, 10, 1), hi=datetime.date(2019, 10, 31))
    """
    k = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "weekend":
        sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=k)
        return Period(sat, sat + dt.timedelta(days=1))
    if unit == "decade":
        d0 = pub.year // 10 * 10 + 10 * k
        return Period(dt.date(d0, 1, 1), dt.date(d0 + 9, 12, 31))
    return _unit_period(_add(pub, unit, k), unit)


def _relative(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "last month", "this week", "early next year", "earlier this month" read from publication. "This past
    week" told on a weekend is the week that weekend ends; on a weekday, the week before.

    >>> from analysis.extract.dates import find_dates, ranges
    >>> [v["start"] for *_, v in find_dates("This past week, envoys met.", dt.date(2019, 11, 24))]  # a Sunday
    ['2019-11-18']

    >>> ranges("this week, earlier this month", dt.date(2019, 11, 17))
    [('this week', '2019-11-18', '2019-11-24'), ('earlier this month', '2019-11-01', '2019-11-16')]
    >>> ranges("by mid-next month", dt.date(2019, 11, 17))
    [('mid-next month', '2019-12-11', '2019-12-20')]
    >>> ranges("Seoul pays more in the current year.", dt.date(2019, 11, 17))  # "the current" unit: this one
    [('the current year', '2019-01-01', '2019-12-31')]

    "This past year (month)" is the rolling span up to publication, as "the past year" is (README; dat28b).

    >>> ranges("Seoul paid more this past year.", dt.date(2019, 11, 16))
    [('this past year', '2018-11-17', '2019-11-16')]
    >>> ranges("The envoy visited Busan this weekend.", dt.date(2020, 3, 9))  # a Monday: the weekend just ended
    [('this weekend', '2020-03-07', '2020-03-08')]
    >>> ranges("Talks ran over the past weekend and resume over the coming weekend.", dt.date(2019, 11, 20))
    [('the past weekend', '2019-11-16', '2019-11-17'), ('the coming weekend', '2019-11-23', '2019-11-24')]
    """
    if _lone_capital(m["which"], m["unit"]):
        return None
    which = " ".join(m["which"].lower().split()).replace("the ", "")
    unit = m["unit"].lower()
    which = "this" if which == "this past" and unit == "week" and pub.weekday() >= 5 else which
    which = "past" if which == "this past" and _past_rolling(m, unit, pub) else which  # "this past year": rolling
    which = {"this past": "last", "this coming": "next", "current": "this"}.get(which, which)  # "the current year"
    pre = (m["pre"] or m["mid"] or "").lower()  # "mid-next month": the middle third, as "mid-December"
    if which == "last" and not pre and _final_of(m):
        return None  # "the last year of his term": the final one of something, no time counted from publication
    which = "past" if which == "last" and not pre and _the_last_span(m) else which
    if unit == "weekend" and which in {"past", "next", "coming"}:  # "the past weekend": the last one (dother52)
        which = "last" if which == "past" else "this" if "coming" in m["which"].lower() and pub.weekday() < 5 \
            else which  # "the coming weekend" told on a weekday: the one ahead that week
    if which == "next" and not pre and _next_decade_calendar(m, unit):
        if _FROM_PUB_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):  # "within the": README's span
            return Range(pub, _add(pub, "year", 10), "relative")
        return Range(dt.date(pub.year + 1, 1, 1), dt.date(pub.year + 10, 12, 31), "range")  # the ten calendar years
        # after publication's, as the dev files read it (hist58d; fix50g read it ten years on from the day)
    if which == "past":
        return Range(_rolling_start(pub, unit), pub, "relative")
    if unit == "week" and which == "this" and pub.weekday() == 6 and pre != "earlier" and "past" not in m["which"]:
        which = "this" if _week_told_past(m) else "next"  # on a Sunday "this week" ahead starts tomorrow
    if unit == "weekend" and which == "this" and pub.weekday() < 5 and "coming" not in m["which"].lower() \
            and _week_told_past(m):
        which = "last"  # "visited Busan this weekend" told on a weekday: the weekend just ended (dother52)
    lo, hi = _period(unit, _last_on_sunday(which, unit, pub), pub)
    if pre in {"earlier", "later"} and which == "this":
        return Range(*_rest_of(lo, hi, pub, pre), "relative")
    if pre and unit == "year":
        lo, hi = _year_part(lo.year, pre)
    elif pre:
        lo, hi = _unit_part(lo, hi, unit, pre)  # "late last week": Thursday to Sunday
        hi = pub if _part_told_past(m, pre, which, unit, (lo, hi), pub) and not future else hi  # fix50g
    return Range(lo, hi, "relative")


def _past_rolling(m: re.Match[str], unit: str, pub: dt.date) -> bool:
    """Return whether "this past <unit>" (``m``) is the rolling span to publication (dat28b: a year or month): not
    told in January (a month: in a month's first ``win.PAST_UNIT_JUST_ENDED_DAYS`` days), when it is the calendar unit
    just ended,
    nor as a possessive ("this past year's deal", a thing of the calendar year) (review100 finding 5).

    >>> t = "Seoul paid more this past year."
    >>> m = re.search("this past (?P<unit>year)", t)
    >>> [_past_rolling(m, "year", dt.date(2019, d, 20)) for d in (11, 1)]
    [True, False]
    """
    if unit not in {"year", "month"} or m.string.startswith(("'s", "’s"), m.end()):
        return False
    return pub.month != 1 if unit == "year" else pub.day > win.PAST_UNIT_JUST_ENDED_DAYS


def _week_told_past(m: re.Match[str]) -> bool:
    """Return whether "this week" (``m``) sits in a clause told in the past ("held talks this week"): told on a
    Sunday, the week that Sunday ends, as "last week" and "this past week" told then are.

    A purpose after "for" ("arrived on Sunday for talks this week") tells an event the act was for, still ahead.

    >>> from analysis.extract.dates import ranges
    >>> sunday = dt.date(2019, 12, 8)
    >>> ranges("Envoys met in Seoul this week.", sunday), ranges("Envoys arrived for talks this week.", sunday)
    ([('this week', '2019-12-02', '2019-12-08')], [('this week', '2019-12-09', '2019-12-15')])
    """
    words = _TOKEN.findall(m.string, max(0, m.start() - _BACK), m.start())
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() == "for" and not _counted_after(words, i):
            return False  # not "met for two days this week": a duration
        if words[i] in _BOUNDARY:
            break
        if (tense := _tense_of(words, i)) is not None:
            return tense == "past"
    return clause_tense(m.string, m.start(), m.end()) == "past"


_ROUGHLY = frozenset({"several", "about", "nearly", "some", "more", "over", "almost", "around", "roughly"})


def _counted_after(words: list[str], i: int) -> bool:
    """Return whether a count of time follows ``words[i]`` ("for two days", "for 90 minutes", "for about an hour").

    >>> _counted_after("met for two days".split(), 1), _counted_after("came for a round of talks".split(), 1)
    (True, False)
    """
    after = [w.lower() for w in words[i + 1 : i + 4]]
    if not after or not (after[0].isdigit() or after[0] in CARDINALS or after[0] in ARTICLES or after[0] in _ROUGHLY):
        return False
    return any(w.rstrip("s") in _TIME_UNITS for w in after[1:])


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


_THE_LAST = re.compile(r"(?:\b(?P<over>(?i:over|throughout|within|in|during))[ \t]++)?\b(?i:the)[ \t]++\Z")
_NOT_SPAN_AFTER = re.compile(r"['’]|(?<![ \t])[ \t]++(?:of|in)\b")  # "the last year of the deal", "the last decade's"


def _final_of(m: re.Match[str]) -> bool:
    """Return whether "last <unit>" (``m``) after "the" is followed by "of": the final week (month, year) of
    something ("in the last year of his term", "the last week of the session"), no time counted from publication.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Lee quit in the last year of his term. Kim quit last year.", dt.date(2024, 6, 21))
    [('last year', '2023-01-01', '2023-12-31')]
    """
    if m["unit"].lower() == "decade" or not re.match(r"[ \t]++of\b", m.string[m.end() : m.end() + 4]):
        return False
    return _THE_LAST.search(m.string, max(0, m.start() - 16), m.start()) is not None


def _rolling_start(pub: dt.date, unit: str) -> dt.date:
    """Return the first day of a rolling span of one ``unit`` ending at publication ("in the last month", "over the
    past year"): the day after the same date one unit before (README; a day past a month's end is clipped), a
    decade ten years, a weekend a week.

    >>> _rolling_start(dt.date(2024, 6, 21), "month"), _rolling_start(dt.date(2020, 6, 21), "year")
    (datetime.date(2024, 5, 22), datetime.date(2019, 6, 22))
    >>> _rolling_start(dt.date(2024, 3, 31), "month"), _rolling_start(dt.date(2019, 11, 13), "decade")
    (datetime.date(2024, 3, 1), datetime.date(2009, 11, 14))
    """
    step = {"weekend": ("week", 1), "decade": ("year", 10)}.get(unit, (unit, 1))
    return _add(pub, step[0], -step[1]) + dt.timedelta(days=1)


def _the_last_span(m: re.Match[str]) -> bool:
    """Return whether "last <unit>" after "the" is the span up to publication, as "the past <unit>": "the last
    decade", "over (throughout, within) the last year"; not "last year", "in the last year of his term".

    >>> from analysis.extract.dates import find_dates
    >>> pub = dt.date(2019, 11, 13)
    >>> told = ("in the last decade", "over the last year", "for the last year", "the last decade of the war")
    >>> [v["start"] for t in told for *_, v in find_dates(t, pub)]
    ['2009-11-14', '2018-11-14', '2018-01-01', '2000-01-01']
    """
    before = _THE_LAST.search(m.string, max(0, m.start() - 16), m.start())
    if before is None or _NOT_SPAN_AFTER.match(m.string, m.end()):
        return False
    return before["over"] is not None or m["unit"].lower() == "decade"


def _last_on_sunday(which: str, unit: str, pub: dt.date) -> str:
    """Return "this" for "last week" told on a Sunday (the week that Sunday ends), else ``which`` unchanged.

    As "this week" told on a Sunday is the one starting tomorrow.

    >>> _last_on_sunday("last", "week", dt.date(2020, 4, 26)), _last_on_sunday("last", "week", dt.date(2020, 4, 25))
    ('this', 'last')
    """
    return "this" if which == "last" and unit == "week" and pub.weekday() == 6 else which


def _lone_capital(which: str, unit: str) -> bool:
    """Return whether a unit is capitalised but the word before it is not ("next Week": a name, not a date); in a
    title-case headline both are ("Talks Resume Next Week").

    >>> _lone_capital("next", "Week"), _lone_capital("Next", "Week"), _lone_capital("next", "week")
    (True, False, False)
    """
    return unit[0].isupper() and not which[0].isupper()


def _rest_of(lo: dt.date, hi: dt.date, pub: dt.date, pre: str) -> Period:
    """Return the part of ``lo..hi`` before publication ("earlier this month") or after it ("later").

    >>> _rest_of(dt.date(2019, 11, 1), dt.date(2019, 11, 30), dt.date(2019, 11, 16), "earlier")
    Period(lo=datetime.date(2019, 11, 1), hi=datetime.date(2019, 11, 15))
    """
    if pre == "earlier":
        return Period(lo, max(lo, pub - dt.timedelta(days=1)))
    return Period(min(hi, pub + dt.timedelta(days=1)), hi)


# "a weekend ICBM launch", "a weekend rally": "weekend" before the noun of an event it dates (dat28b); not "a weekend of
# talks", "a weekend in Seoul", "a weekend away" (a stretch of time, any weekend), nor a noun of a thing or a habit
# that comes each weekend ("a weekend edition", "a weekend job", "a weekend tradition": review100 finding 2)
_WEEKEND_THINGS = (r"(?:edition|paper|newspaper|magazine|column|show|program|programme|broadcast|job|shift"
                   r"|class|course|school|tradition|routine|habit|schedule|pass|rate|market|warrior)s?")
_A_WEEKEND_NOUN = re.compile(r"(?<=\b[Aa][ \t])weekend(?=[ \t]{1,3}(?!(?i:of|in|at|on|for|to|and|or|with|away|off"
                             r"|when|while|that|which|is|was|as|by|from|before|after|during"
                             rf"|{_WEEKEND_THINGS})\b)"
                             r"[A-Za-z])")
# "the weekend papers", "the weekend shift": a thing that comes each weekend, after "the weekend" with no preposition
_WEEKEND_THING_AFTER = re.compile(rf"[ \t]{{1,3}}(?i:{_WEEKEND_THINGS})\b")
# the word after a plural thing: a verb of a past clause ("collapsed the weekend markets tumbled": the weekend when
# markets tumbled, a time), read by :func:`_weekend_thing` (mend59d)
_THING_VERB_AFTER = re.compile(r"[ \t]{1,3}([a-z]{2,20})\b(?:[ \t]{1,3}([a-z]{2,4})\b)?")


def _weekend_thing(text: str, end: int) -> bool:
    """Return whether "the weekend" ending at ``end`` comes before a thing of every weekend (:data:`_WEEKEND_THINGS`):
    not when the thing is plural and a past verb follows it, its own clause's subject ("the weekend markets
    tumbled", "the weekend (that) markets tumbled"), unless "by" follows that verb (a passive, mend59d).

    >>> _weekend_thing("Al reads the weekend papers.", 20), _weekend_thing("It fell the weekend markets sank.", 20)
    (True, False)
    """
    m = _WEEKEND_THING_AFTER.match(text, end)
    if m is None:
        return False
    if not m.group().endswith("s") or m.group().endswith("ss"):
        return True  # a thing that is one ("shift", "class"): no subject of a clause of its own
    w = _THING_VERB_AFTER.match(text, m.end())
    if w is None or w[2] == "by":
        return True
    verb = w[1]
    return not (verb in _PAST or (verb.endswith("ed") and verb not in _NOT_VERB_ED))


_EVERY = re.compile(r"\b(?i:every|each)\b")
# a date of its own in the sentence of "a weekend <event>" ("held a weekend rally last month", "in March", "in 2019",
# "on Jan. 5"): the event is then of that time, not of the weekend by publication (review100 finding 2)
_OWN_DATE = re.compile(rf"\b(?:(?:19|20)\d\d|{_WEEKDAY_ALT}|(?i:today|yesterday|tomorrow|tonight))\b|{_MON}"
                       r"|\b(?i:last|next|this|past|coming|that)[ \t]{1,3}(?i:week|month|year|spring|summer|fall"
                       r"|autumn|winter)\b")
# an event told as a possibility ("a weekend deal was unlikely"): no time (review100 finding 2)
_MAYBE = re.compile(r"\b(?i:unlikely|likely|possible|impossible|doubtful|hoped|uncertain)\b")
_STOP_MARK = re.compile(rf"{_STOP}(?=[\"”’)]?\s)|;")  # a stop before any next word: "objecting to. (Trump has ..."


def _a_weekend_tense(m: re.Match[str]) -> str | None:
    """Return the tense "a weekend <event>" (``m``, `_A_WEEKEND_NOUN`) dates its event by: its clause's, or None (no
    date) in a clause with no tense word, of a habit ("each month"), told as a possibility ("was unlikely"), or in a
    sentence that names a time of its own ("held a weekend rally last month", "a weekend summit in 2019": review100
    finding 2).

    >>> [_a_weekend_tense(_A_WEEKEND_NOUN.search(t)) for t in ("Kim held a weekend rally.",
    ...  "Kim held a weekend rally in 2019.", "Kim will hold a weekend rally.")]
    ['past', None, 'future']
    """
    text, a, b = m.string, m.start(), m.end()
    tense = clause_tense(text, a, b)
    span = _sentence_span(text, a, b)
    if tense is None or _habitual(text, a, b) or _EVERY.search(text, *span):
        return None
    stop = _STOP_MARK.search(text, b, span.end)  # to the sentence's own stop: not "... to. (... as of Wednesday.)"
    end = stop.start() if stop else span.end
    if _OWN_DATE.search(text, span.start, a) or _OWN_DATE.search(text, b, end) or _MAYBE.search(text, b, end):
        return None
    return tense


def _weekend(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "at/over the weekend": the last weekend begun by publication, or (future) the next to end.

    >>> from analysis.extract.dates import ranges
    >>> import re
    >>> _weekend(re.match("x", "x"), dt.date(2019, 11, 20), False)[:2]  # a Wednesday
    (datetime.date(2019, 11, 16), datetime.date(2019, 11, 17))
    >>> _weekend(re.match("x", "x"), dt.date(2019, 11, 20), True)[:2]
    (datetime.date(2019, 11, 23), datetime.date(2019, 11, 24))

    "A weekend <event>" dates the event by its clause's tense as "at the weekend" does (dat28b); in a clause with no
    tense word, of a habit ("held a weekend rally each month"), or with a time of its own, it is no date.

    >>> ranges("Kim held a weekend rally, which drew crowds.", dt.date(2023, 2, 22))
    [('weekend', '2023-02-18', '2023-02-19')]
    >>> ranges("Kim held a weekend rally each month.", dt.date(2023, 2, 22))
    []

    A habit ("He often golfs at the weekend") names no weekend (dother52), nor does "the weekend" before a thing of
    every weekend with no preposition ("reads the weekend papers", xd59).

    >>> ranges("He often golfs at the weekend.", dt.date(2020, 3, 4)), ranges("Al reads the weekend papers.",
    ...                                                                         dt.date(2020, 3, 4))
    ([], [])
    """
    if m.group() != "weekend" and m.string and _habitual(m.string, m.start(), m.end()):
        return None  # "usually meet at the weekend": any weekend (dother52)
    if m.group().lower() == "the weekend" and m.string and _weekend_thing(m.string, m.end()):
        return None  # "reads the weekend papers": a thing of every weekend, no time (xd59)
    if m.group() == "weekend":  # "a weekend <event>" (_A_WEEKEND_NOUN)
        tense = _a_weekend_tense(m)
        if tense is None:
            return None
        future = tense == "future"
    if future:
        sat = pub + dt.timedelta(days=(6 - pub.weekday()) % 7 - 1)
    else:
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return Range(sat, sat + dt.timedelta(days=1), "relative")


def _end_of(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the end of this year", "the start of 2020", "the end of that year" (of the period beside the anchor's:
    "the end of the following year", "the start of the next month").

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("It began in 2014 and ended at the end of the following year.",
    ...                                            dt.date(2020, 3, 18))]
    [('in 2014', '2014-01-01'), ('the end of the following year', '2015-12-31')]
    """
    pos = m["pos"].lower()
    if m["anch"]:
        k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)
        unit = m["aunit"].lower()
        return Anchored(partial(_pos_beside, unit=unit, k=k, pos=pos), unit=unit)
    if m["year"]:
        lo, hi, form = dt.date(int(m["year"]), 1, 1), dt.date(int(m["year"]), 12, 31), "absolute"
    else:
        lo, hi = _period(m["unit"].lower(), (m["which"] or "this").lower(), pub)
        form = "relative"
    return Range(*_pos_happened(m, lo, hi, pos), form)


# a half of a month told from publication's: "in the first half of next month", "the latter half of this month" (the
# 1st to the 15th, the 16th to the end, as "the second half of February" is: README, lead decisions on date59's
# questions; dates52). Not "the month" (one told before may be meant) nor a week's or a year's half (other rows); nor
# "last month's <noun>" but a measure's ("the first half of this month's exports"): a half of a thing (mend52d)
_HALF_OF_MONTH = re.compile(r"\b(?:(?i:the)[ \t]{1,3})?(?P<hord>(?i:first|second|latter|former))[ \t]{1,3}half"
                            r"[ \t]{1,3}of[ \t]{1,3}(?P<hw>(?i:this|next|last))[ \t]{1,3}month\b"
                            r"(?!['’]s\b(?![ \t]{1,3}(?i:exports|imports|sales|output|production|shipments|trade)\b))")
_T_HALF_OF = Trigger(re.compile(r"half[ \t]{1,3}of\b"), (("half", 0),))


def _half_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the first (second, latter) half of this (next, last) month": the 1st to the 15th, or the 16th to its
    end, of the month told from publication (:data:`_HALF_OF_MONTH`; dates52).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks resume in the first half of next month.", dt.date(2020, 1, 5))
    [('the first half of next month', '2020-02-01', '2020-02-15')]
    """
    lo, hi = _period("month", m["hw"].lower(), pub)
    if m["hord"].lower() in {"first", "former"}:
        return Range(lo, lo.replace(day=15), "relative")
    return Range(lo.replace(day=16), hi, "relative")


_AT_EDGE = re.compile(r"\bat\s++\Z", re.IGNORECASE)


def _pos_happened(m: re.Match[str], lo: dt.date, hi: dt.date, pos: str) -> Period:
    """Return the part of month ``lo..hi`` that "at the beginning (end) of the month" names as the time a thing
    happened, told in the past: its first (last) third, as "early" ("late") is (README); any other use (a deadline,
    a start, another unit, a clause not in the past, a month named by "last"/"this"/"next", as the dev files read
    "at the end of last month") is :func:`_pos_in`'s day.

    >>> from analysis.extract.dates import find_dates
    >>> t = "At the beginning of the month, 30 left."
    >>> [(v["start"], v["end"]) for *_, v in find_dates(t, dt.date(2020, 4, 15))]
    [('2020-04-01', '2020-04-10')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They must pay by the end of the month.", dt.date(2020, 4, 15))]
    [('2020-04-30', '2020-04-30')]
    """
    text = m.string
    if pos not in _EDGE_THIRDS or (m["unit"] or "").lower() != "month" or m["which"]:
        return _pos_in(lo, hi, pos)
    if _AT_EDGE.search(text, max(0, m.start() - 4), m.start()) is None or clause_tense(
            text, m.start(), m.end()) != "past" or _expiry_near(text, m.start(), m.end()):
        return _pos_in(lo, hi, pos)
    return _part(lo, hi, _EDGE_THIRDS[pos])


def _end_told_past(text: str, m: re.Match[str], r: Range | Anchored | None, pub: dt.date, tokens: _Tokens,
                   ) -> Range | Anchored | None:
    """Return "the end of the year" (month, week; no "this") told in the past whose end lies after publication
    ("The Pentagon came up with ideas by the end of the year" told in July): the end of the last one before, the
    time a past verb can tell. A clause that points forward (a plan, a promise: "agreed to finish by the end of the
    year") or has no tense keeps it, as does a quotation, and an end told in the last third of its period (its end
    is at hand: "slowed toward the end of the month" told on the 30th); so does any other reading.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The deal was signed at the end of the year.", dt.date(2020, 7, 19))
    [('the end of the year', '2019-12-31', '2019-12-31')]
    >>> ranges("They agreed to finish by the end of the year.", dt.date(2020, 7, 19))
    [('the end of the year', '2020-12-31', '2020-12-31')]
    >>> ranges("The year-end deadline passed without a deal.", dt.date(2024, 1, 10))  # date48b
    [('The year-end', '2023-12-31', '2023-12-31')]
    """
    g = m.groupdict()
    unit = (g.get("unit") or g.get("unit2") or "").lower()  # "the year-end deadline" too (`_year_end`, date48b)
    if not isinstance(r, Range) or r.form != "relative" or g.get("which") or not unit or r.lo <= pub:
        return r
    lo, hi = _period(unit, "this", pub)
    if pub >= _part(lo, hi, "late").lo or _quoted(text, m.start()):
        return r  # "slowed toward the end of the month" told on the 30th: the end at hand; a quotation's own time
    if _ahead(text, m, tokens) is not None or clause_tense(text, m.start(), m.end()) != "past":
        return r
    if _hoping(tokens.clause(max(tokens.lo, m.start() - _BACK), m.start(), True)):
        return r  # "said they were hoping for a deal before the end of the year": a hope points ahead
    last = _period(unit, "last", pub)
    if "pos" not in g:  # "The year-end deadline passed" told in January: the last day of the year before
        return Range(last[1], last[1], r.form)
    return Range(*_pos_happened(m, *last, m["pos"].lower()), r.form)


# A hope or aim still held when told ("were hoping", "are aiming"), in a past report's backshift: what it is for is
# ahead, as a promise's is; not "hoped", "had hoped" (a hope that may have failed)
_HOPES = frozenset(["hoping", "hope", "hopes", "expecting", "expect", "expects", "aiming", "aim", "aims"])


def _hoping(back: list[str]) -> bool:
    """Return whether the clause's words before a date (``back``) hold a hope or aim still held ("they were hoping
    for a deal before", "they are aiming to finish by"), not one held before ("had been hoping", "hoped").

    >>> _hoping("they were hoping for a deal before".split()), _hoping("they had been hoping for a deal by".split())
    (True, False)
    >>> _hoping("they hoped for a deal by".split()), _hoping("the sides failed to reach a deal by".split())
    (False, False)
    """
    k = next((i for i in range(len(back) - 1, -1, -1) if back[i].lower() in _HOPES), None)
    return k is not None and [w.lower() for w in back[max(0, k - 2) : k]] != ["had", "been"]


def _pos_in(lo: dt.date, hi: dt.date, pos: str) -> Period:
    """Return the part of ``lo..hi`` that "the end (start, middle) of" names: its last day, first day, middle third.

    >>> _pos_in(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "end")
    Period(lo=datetime.date(2019, 12, 31), hi=datetime.date(2019, 12, 31))
    """
    if pos in {"end", "close", "turn"}:
        return Period(hi, hi)
    if pos in {"beginning", "start"}:
        return Period(lo, lo)
    return _part(lo, hi, "mid")


def _pos_beside(lo: dt.date, hi: dt.date, unit: str, k: int, pos: str) -> Period:
    """Return the end (start, middle) of the ``unit`` ``k`` steps from the anchor ``lo..hi`` (0: the anchor's own).

    >>> _pos_beside(dt.date(2019, 3, 1), dt.date(2019, 3, 31), "month", 1, "start")
    Period(lo=datetime.date(2019, 4, 1), hi=datetime.date(2019, 4, 1))
    """
    return _pos_in(*_next_period(lo, hi, unit, k), pos)


def _month_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the following March", "the previous March", "that March": the month named, read from the anchor's
    date (the first such month after it, the last before it, or the one of its year). None for a "that" that opens
    a clause (see :func:`_points_back`).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks began in 2018; by the following March, they ended.",
    ...                                            dt.date(2020, 3, 18))]
    [('in 2018', '2018-01-01'), ('the following March', '2019-03-01')]
    """
    if not _points_back(m):
        return None
    k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)
    return Anchored(partial(_month_from, mon=MONTHS[m["mon"].rstrip(".").lower()], k=k), unit="month")


_BEFORE_THAT_MONTH = frozenset({"in", "by", "during", "until", "till", "through", "throughout", "since", "before",
                                "after", "of", "from", "for", "later", "earlier", "early", "late"})
_AFTER_THAT_MONTH = re.compile(r"[ \t]*+(?:[,.;:!?)—–]|\Z)")


def _points_back(m: re.Match[str]) -> bool:
    """Return whether "that" before a month points back to a time told ("in that March", "That March, they met",
    "They met that March."), rather than opening a clause whose subject the month is or modifies ("said that March
    talks would resume", "warned that March would be hard"). "the following March" always points back.

    >>> t = "in that March; said that March talks would resume; met that March."
    >>> [_points_back(x) for x in re.finditer(r"(?P<anch>that) March", t)]
    [True, False, True]
    """
    if m["anch"].lower() != "that" or m["anch"] == "That" or _AFTER_THAT_MONTH.match(m.string, m.end()):
        return True
    before = m.string[max(0, m.start() - 20) : m.start()].split()
    return bool(before) and before[-1].lower() in _BEFORE_THAT_MONTH


def _month_from(lo: dt.date, hi: dt.date, mon: int, k: int) -> Period:
    """Return month ``mon`` after the anchor ``lo..hi`` (``k`` 1), before it (-1), or in its year (0).

    >>> _month_from(dt.date(2018, 1, 1), dt.date(2018, 12, 31), 3, 1)
    Period(lo=datetime.date(2019, 3, 1), hi=datetime.date(2019, 3, 31))
    """
    if k > 0:
        return _month_range(hi.year if mon > hi.month else hi.year + 1, mon)
    if k < 0:
        return _month_range(lo.year if mon < lo.month else lo.year - 1, mon)
    return _month_range(lo.year, mon)


def _holiday_on_or_after(name: str, lo: dt.date, hi: dt.date) -> Period:
    """Return the days of holiday ``name`` (:func:`_holiday_days`) not over by ``lo``: that year's, else the next.

    >>> _holiday_on_or_after("thanksgiving", dt.date(1950, 6, 25), dt.date(1950, 6, 25))
    Period(lo=datetime.date(1950, 11, 23), hi=datetime.date(1950, 11, 23))
    >>> _holiday_on_or_after("chuseok", dt.date(2019, 9, 20), dt.date(2019, 9, 20)).lo
    datetime.date(2020, 9, 30)
    """
    days = _holiday_days(name, lo.year)
    return days if days.hi >= lo else _holiday_days(name, lo.year + 1)


def _holiday_just_passed(name: str, pub: dt.date) -> Period:
    """Return holiday ``name`` hoped for in a hope told past (:func:`_hope_told_past`) from publication ``pub``: the
    latest on or before it when that ended at most ``_JUST_PASSED`` days before (the hope faded as it came), else the
    coming one (as :func:`_start_just_passed` reads a month; dfix42).

    >>> _holiday_just_passed("christmas", dt.date(2023, 2, 10)).lo, _holiday_just_passed("christmas",
    ...                                                                                   dt.date(2022, 12, 10)).lo
    (datetime.date(2022, 12, 25), datetime.date(2022, 12, 25))
    """
    last = _holiday_by_tense(name, False, pub)
    return last if (pub - last.hi).days <= _JUST_PASSED else _holiday_by_tense(name, True, pub)


def _holiday_by_tense(name: str, future: bool, pub: dt.date) -> Period:
    """Return holiday ``name`` told with no year from publication ``pub``: the first on or after it in a clause
    about the future, else the latest on or before it (README, lead decisions on date59's questions).

    >>> _holiday_by_tense("christmas", True, dt.date(2019, 11, 20)).lo, _holiday_by_tense("christmas", False,
    ...                                                                                  dt.date(2019, 11, 20)).lo
    (datetime.date(2019, 12, 25), datetime.date(2018, 12, 25))
    """
    if future:
        return _holiday_on_or_after(name, pub, pub)
    days = _holiday_days(name, pub.year)
    return days if days.lo <= pub else _holiday_days(name, pub.year - 1)


def _nth_weekday(y: int, month: int, weekday: int, k: int) -> dt.date:
    """Return the ``k``-th ``weekday`` (0 Monday) of ``month`` in year ``y`` (``k`` -1: the last): Thanksgiving,
    Memorial Day, Labor Day.

    >>> _nth_weekday(2020, 9, 0, 1), _nth_weekday(2019, 5, 0, -1), _nth_weekday(2019, 11, 3, 4)
    (datetime.date(2020, 9, 7), datetime.date(2019, 5, 27), datetime.date(2019, 11, 28))
    """
    if k < 0:
        last = dt.date(y, month, calendar.monthrange(y, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (k - 1))


# The US federal election day is fixed by statute, 2 U.S.C. § 7 ("the Tuesday next after the 1st Monday in November,
# in every even numbered year"; presidential electors: 3 U.S.C. § 1), so it is computed here, not listed in
# data/events.csv (which lists South Korea's election days, read by `_rok_presidential_votes`).
def _us_election_day(y: int) -> dt.date:
    """Return the US federal election day of year ``y``: the Tuesday after the first Monday of November.

    >>> _us_election_day(2024), _us_election_day(2020)
    (datetime.date(2024, 11, 5), datetime.date(2020, 11, 3))
    """
    first = dt.date(y, 11, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)


def _us_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the day of "the 2024 US election", "the 2018 U.S. midterm elections": US federal elections fall on
    a day fixed by law in even years (an odd year names no such election: None, the year alone is read).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("It came before the 2020 U.S. election.", dt.date(2021, 3, 1))]
    [('the 2020 U.S. election', '2020-11-03')]
    """
    y = int(m["y"] or m["y2"])
    if y % 2:
        return None
    d = _us_election_day(y)
    return Range(d, d, "absolute")


def _month_vote(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the November election", "the April general election", "the November midterms": a vote held on a
    calendar, named by its month with "the" (the one the news is about), is the next such month unless its clause
    is in the past tense (then the last); "midterm" names a US midterm year (even, between presidential ones).
    In a clause told neither in the past nor ahead, a vote that ended at most ``_JUST_HELD`` days before
    publication is the one just held ("After the November midterms, Republicans control the House" in December;
    review18).

    >>> from analysis.extract.dates import find_dates
    >>> t = "Seoul wants a deal in case Trump returns after the November election."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 5, 24))]
    [('the November election', '2024-11-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It may shape the November midterms.", dt.date(2025, 7, 31))]
    [('the November midterms', '2026-11-01')]
    >>> t = "The ruling party's defeat in the April general election weighs on Yoon."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 5, 20))]
    [('the April general election', '2024-04-01')]
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    tense = None if future else clause_tense(m.string, m.start(), m.end())
    last = _resolve_month(mon, pub, "")
    past = tense == "past" or (tense != "future" and not future and mon != pub.month
                               and (pub - _month_range(last, mon)[1]).days <= _JUST_HELD)
    y = last if past else _resolve_month(mon, pub, "ahead")
    while (m["mid"] or m["mid2"]) and y % 4 != 2:  # a US midterm year: the nearest on the side the tense points to
        y += -1 if past else 1
    lo, hi = _month_range(y, mon)
    return Range(lo, hi, "month")


_JUST_HELD = 92  # days: a vote named by its month, ended at most this long before publication, is the one just held


def _month_deadline(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a bare month named as a deadline or target ("don't see November as a hard deadline", "June is the
    target"): a time set ahead, the next such month unless its clause before it is in the past tense (then the
    last; a reporting verb after it, "..., envoy says", tells no time of its own).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("November not a hard deadline", dt.date(2024, 3, 13))]
    [('November', '2024-11-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("November was the deadline.", dt.date(2024, 12, 13))]
    [('November', '2024-11-01')]
    """
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    back = _clause_words(m.string, max(0, m.start() - _BACK), m.start(), True, None)
    past = _first_tense(back, back=True) == "past"  # the clause before it: "..., envoy says" after it tells no time
    past = past or _PAST_COPULA.match(m.string, m.end()) is not None  # review18: "November was the deadline"
    lo, hi = _month_range(_resolve_month(mon, pub, "" if past else "ahead"), mon)
    return Range(lo, hi, "month")


# "November was the deadline": told in the past (review18)
_PAST_COPULA = re.compile(r"[ \t]{1,3}+(?:was|wasn't|became|had[ \t]{1,3}+been)\b")


def _within_the(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "within the month" (week, year) told of what is still to be done ("hopes to conclude the deal within
    the year"): publication's month (week, year), as "within this month"; None in a clause in the past tense, where
    "the month" is one told before.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Seoul hopes to sign within the year.", dt.date(2019, 11, 20))]
    [('within the year', '2019-01-01')]
    >>> find_dates("They had signed within the year.", dt.date(2019, 11, 20))
    []
    >>> [(x, v["end"]) for *_, x, v in find_dates("Seoul Hopes to Sign Within the Month", dt.date(2019, 11, 20))]
    [('Within the Month', '2019-11-30')]
    """
    before = _TOKEN.findall(m.string, max(0, m.start() - _WINDOW), m.start())[-6:]  # "wanted to conclude it"
    if clause_tense(m.string, m.start(), m.end()) == "past" and not _infinitive(before):
        return None
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(lo, hi, "relative")


def _throughout_the(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "throughout the year" (month, week) in a clause told of what is still to come ("Seoul would pay the
    wages throughout the year"): publication's year (month, week), as "within the year" is; None in any other clause
    (past: "the year" is one told before; present: a habit, "prices rise throughout the year") (fresh81q).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Seoul announced that it would pay the wages throughout the year.", dt.date(2020, 6, 4))
    [('throughout the year', '2020-01-01', '2020-12-31')]
    >>> ranges("In 2019, talks dragged on throughout the year.", dt.date(2020, 6, 4))[1:]
    []
    """
    if clause_tense(m.string, m.start(), m.end()) != "future" or _told_before(m.string, m.start(), pub):
        return None
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(lo, hi, "relative")


_YEAR_TOLD = re.compile(r"(?<![\d,.$])\b(?:19|20)\d\d\b(?!,\d)")  # a year a sentence names ("in 2019")
_SENTENCE_CUT = re.compile(r"[.!?](?=\s)|[;\n\r]")


def _told_before(text: str, start: int, pub: dt.date) -> bool:
    """Return whether the clause before ``start`` is one of "would" (past reported speech) in a sentence that names a
    year before publication's ("In 2019, Seoul said it would pay", "in May 2018"), "last year", "years ago" or a month
    "last" after publication's (``pub``'s) month ("Last March" told in January): the time it reports is that one
    (review81).

    >>> t = "In 2019, Seoul said it would pay throughout"
    >>> _told_before(t, 33, dt.date(2020, 3, 10)), _told_before(t, 33, dt.date(2019, 3, 10))
    (True, False)
    >>> _told_before("Last March, Bo said it would pay", 32, dt.date(2020, 1, 15)), _told_before(
    ...     "Last March, Bo said it would pay", 32, dt.date(2020, 6, 4))
    (True, False)
    >>> _told_before("In 2019, Seoul said it will pay", 31, dt.date(2020, 3, 10))
    False
    """
    lo = max(0, start - win.THROUGHOUT_TOLD_BACK)
    words = [w.lower() for w in _clause_words(text, lo, start, True, None)]
    if "would" not in words:
        return False
    if any(a == "last" and (b == "year" or MONTHS.get(b, 0) > pub.month) for a, b in pairwise(words)):
        return True  # "last year", "Last March" told in January (read again from March's own days: not earlier)
    if any(a in {"year", "years"} and b == "ago" for a, b in pairwise(words)):
        return True  # "two years ago"
    cut = last_match(_SENTENCE_CUT, text, lo, start)
    return any(int(y[0]) < pub.year for y in _YEAR_TOLD.finditer(text, cut.end() if cut else lo, start))


_ELECTION_NEAR = 14  # days: a bare "election" this near a US election day, in news of the allies, is that one


_MONTH_SLACK = 7  # days a count of months may be off: "one month ahead of" the vote, told 32 or 28 days before it


def _on_side(day: dt.date, pub: dt.date, ahead: bool, slack: dt.timedelta = dt.timedelta(0)) -> bool:
    """Return whether ``day`` lies on the side of publication a tense points to (``ahead``: on or after it; else on
    or before it), or within ``slack`` of it.

    >>> day, pub = dt.date(2024, 10, 5), dt.date(2024, 10, 4)
    >>> _on_side(day, pub, False), _on_side(pub, pub, False), _on_side(day, pub, True)
    (False, True, True)
    """
    return (day >= pub) == ahead or abs(day - pub) <= slack


def _day_by_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the day a day, week or month (or a count of them) before or after a US election comes to ("day before
    election" in a headline, "the week after the U.S. presidential election", "two weeks before the US presidential
    election"); after "a" or "one", the election's own day, as a count of one
    from any event reads ("signed a day before the election": the time told is the election's). The election is the
    one nearest publication. A bare "election" is the
    US one only within two weeks of its day (no Korean national election falls in November); else None.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Allies sign deal day before election", dt.date(2024, 11, 4))]
    [('day before election', '2024-11-04')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("Lee won the week after the US election.", dt.date(2025, 2, 1))]
    [('the week after the US election', '2024-11-12')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("Lee won a week after the US election.", dt.date(2025, 2, 1))]
    [('a week after the US election', '2024-11-05')]
    >>> find_dates("Lee spoke a day before the election.", dt.date(2024, 4, 12))[0][2]
    'a day before'
    >>> [v["start"] for *_, v in find_dates("It quit two months after the US election.", dt.date(2025, 2, 1))]
    ['2025-01-05']
    """
    step_years = 4 if "presidential" in m.group() else 2
    n = _count(m["n"]) if m["n"] else 1
    if n is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower()
    near = [_us_election_day(y) for y in range(pub.year - 4, pub.year + 5) if y % step_years == 0]
    tense = "future" if future else clause_tense(m.string, m.start(), m.end())
    if tense:  # "will meet the day after the election": the day still ahead; "met ...": the day gone by
        slack = dt.timedelta(days=_MONTH_SLACK if unit == "month" else 0)  # "one month ahead" told 32 days before
        near = [e for e in near if _on_side(_add(e, unit, sign * n), pub, tense == "future", slack)]
    election = min(near, key=lambda e: abs((e - pub).days))
    if not m["us"] and abs((election - pub).days) > _ELECTION_NEAR:
        return None
    if (m["art"] or "").lower() in {"a", "one"}:
        return Range(election, election, "relative")  # "a day after the election": the election's own day (see above)
    return Range(_add(election, unit, sign * n), _add(election, unit, sign * n), "relative")


# The answers of the election handlers wrapped by :func:`_kept_looking_back`, given while a stretch is read for the
# date that tells an event (speed51), for the last text: {(handler, pattern, span, groups, day, future): answer}
_KEPT_BACK = _PerText()


def _kept_looking_back(handler: Handler) -> Handler:
    """Return ``handler`` with its answers kept for the text while ``_date_told`` reads a stretch (``_LOOKING_BACK``
    set: no event is dated from other sentences, so the answer is the match's, whatever stretch holds it): an event
    word is read again by each overlapping stretch of the event words before it (speed51: 10 stretches a word on a
    run of "before Election Day"); outside those reads each call is the handler's own.

    >>> from analysis.extract.dates import _election_day
    >>> kept = _kept_looking_back(_election_day)
    >>> m = re.search("election day", "Votes rise as election day approaches.")
    >>> kept(m, dt.date(2020, 10, 30), False) == _election_day(m, dt.date(2020, 10, 30), False)
    True
    """
    @wraps(handler)
    def kept(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
        if not _LOOKING_BACK[0]:
            return handler(m, pub, future)
        kept_here = _KEPT_BACK.of(m.string, dict)
        key = (handler, m.re, m.span(), m.groups(), pub, future)
        if key not in kept_here:
            kept_here[key] = handler(m, pub, future)
        return kept_here[key]
    return kept
_day_by_election = _kept_looking_back(_day_by_election)


@cache
def _rok_presidential_votes() -> tuple[dt.date, ...]:
    """Return the polling days of South Korea's presidential elections, in order: the ``election`` rows of
    data/events.csv with actor ``south-korea`` and "presidential" in their title, read once per process. A bare
    "presidential election" nearer one of these than any US one is not read as the US vote (see `_at_election`).

    >>> _rok_presidential_votes()[0], dt.date(2022, 3, 9) in _rok_presidential_votes()
    (datetime.date(1987, 12, 16), True)
    """
    return tuple(sorted(dt.date.fromisoformat(r["start"]) for r in check_table("events").dicts()
                        if r["kind"] == "election" and "south-korea" in r["actors"].split(";")
                        and "presidential" in r["title"].lower()))


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}  # the year a year word names, from publication's


def _year_election(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "since last year's presidential election", "after last year's U.S. presidential election", "following
    this year's midterm elections": "since X"/"after X" is X (README), the one election of that kind the year
    holds: the US federal day of a presidential (every fourth) or midterm year, or South Korea's presidential vote
    (data/events.csv) when no US word is written; None when the year holds none or both (2012: which is not said).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Harlan wants it since last year's presidential election.",
    ...                                             dt.date(2025, 7, 10))]
    [("last year's presidential election", '2024-11-05')]
    >>> [v["start"] for *_, v in find_dates("Lee led since last year's presidential election.", dt.date(2023, 2, 1))]
    ['2022-03-09']
    >>> [v["start"] for *_, v in find_dates("Lee led since last year's presidential election.", dt.date(2013, 3, 1))]
    ['2012-01-01']
    """
    year = pub.year + _YEAR_STEP[m["rel"].lower()]
    kind = m["kind"].lower()
    days = []
    if (kind == "presidential" and year % 4 == 0) or (kind == "midterm" and year % 4 == 2):
        days.append(_us_election_day(year))
    if kind == "presidential" and not m["us"]:
        days += [d for d in _rok_presidential_votes() if d.year == year]
    return Range(days[0], days[0], "relative") if len(days) == 1 else None


def _election_named(m: re.Match[str], pub: dt.date, ahead: bool) -> Range | None:
    """Return "before the next US election", "after the last presidential election": the first US federal election
    on or after publication (``ahead``), else the latest before it — presidential years only for "presidential";
    None for neither a US word nor "presidential" nor "midterm" (it may be any country's).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Review before next US election", dt.date(2025, 6, 27))]
    [('next US election', '2026-11-03')]
    """
    kind = (m["kind"] or "").lower()
    if not (m["us"] or kind in {"presidential", "midterm"}):
        return None
    step_years = 4 if kind == "presidential" else 2
    years = range(pub.year - 4, pub.year + 5)
    days = [_us_election_day(y) for y in years if y % step_years == 0 and (kind != "midterm" or y % 4 == 2)]
    side = [d for d in days if (d >= pub if ahead else d < pub)]
    day = min(side, key=lambda d: abs((d - pub).days))
    return Range(day, day, "relative")


_FISCAL_MARKS = re.compile(
    r"(?P<us>U\.S\.|\b(?:US|USFK|American|Congress|congressional|Pentagon|NDAA|Washington|Senate|DoD)\b"
    r"|(?<!Blue )\bHouse\b"
    r"|\bDefense[ \t]Department\b|\bDepartment[ \t]of[ \t]Defense\b)"  # the US defence department's own name (dfix43)
    r"|(?P<law>\b(?:Authorization|Appropriations)[ \t]Act\b)"
    r"|(?P<japan>\b(?:Japan|Japanese|Tokyo)\b)|(?P<calendar>(?<!Forces )\b(?:Korea|Korean|Seoul)\b)"
)

# a literal every match of _FISCAL_MARKS holds, as written (case too): "U.S.", each word of its \b(?:...)\b groups
# ("Japanese" holds "Japan", "Korean" "Korea", each law's name its first word); its look-behinds hold no character
_FISCAL_LITERALS = ("U.S.", "US", "American", "Congress", "congressional", "Pentagon", "NDAA", "Washington", "Senate",
                    "House", "DoD", "Department", "Authorization", "Appropriations", "Japan", "Tokyo", "Korea", "Seoul")


def _fiscal_marks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Return the matches of :data:`_FISCAL_MARKS` in ``text[start:end]`` (as ``finditer(text, start, end)``), none
    read when no literal of :data:`_FISCAL_LITERALS` stands wholly in that stretch: a match lies wholly in it and
    holds one, so with none there is none (a few ``str.find`` instead of the pattern tried at each character).

    >>> [k.group() for k in _fiscal_marks("Tokyo and the US", 0, 16)], list(_fiscal_marks("in fiscal 2020", 0, 14))
    (['Tokyo', 'US'], [])
    >>> [k.group() for k in _fiscal_marks("the USA", 0, 6)]  # cut at the end, as finditer cuts it
    ['US']
    """
    if any(text.find(lit, start, end) >= 0 for lit in _FISCAL_LITERALS):
        return _FISCAL_MARKS.finditer(text, start, end)
    return iter(())


def _fiscal_owner(text: str, marks: list[re.Match[str]], start: int, end: int) -> re.Match[str] | None:
    """Return the mark of the government whose fiscal year ``text[start:end]`` is: the one named nearest, but a
    law's name (a US form: "Appropriations Act") that a government owns by a possessive is that government's
    ("Japan's Appropriations Act for fiscal 2020").

    >>> t = "Japan's Appropriations Act for fiscal 2020"
    >>> _fiscal_owner(t, list(_FISCAL_MARKS.finditer(t)), 31, 42).group()
    'Japan'
    >>> t = "The Senate passed the Appropriations Act for fiscal 2020, which Seoul watched"
    >>> _fiscal_owner(t, list(_FISCAL_MARKS.finditer(t)), 44, 55).group()
    'Appropriations Act'
    """
    near = min(marks, default=None, key=lambda k: min(abs(k.start() - end), abs(start - k.end())))
    if near is None or not near["law"]:
        return near
    owner = [k for k in marks if not k["law"] and text[k.end() : near.start()] in {"'s ", "’s "}]
    return owner[0] if owner else near


_FISCAL_BACK = 1000  # characters read back for the government of a fiscal year whose sentence names none
# a country named as a place after a preposition ("to station troops in South Korea", "seeks $5 billion from Seoul")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|into|across)[ \t]{1,3}(?:(?:South|North)[ \t]{1,3})?\Z")
_PLACE_BACK = 16  # characters read before a country's name for the preposition that makes it a place


def _placed(text: str, mark: re.Match[str]) -> bool:
    """Return whether a Korean or Japanese ``mark`` of :data:`_FISCAL_MARKS` names a place, after a preposition ("the
    cost to station troops in South Korea in fiscal year 2020", "the U.S. spent it in Japan"): no government whose
    budget is meant, so another government named in the sentence (or, with none there, before it) owns the fiscal
    year; with none, the place still does (fresh78q).

    >>> t = "The U.S. will spend it to station troops in South Korea in fiscal year 2020."
    >>> _fiscal_kind(re.search("fiscal", t)), _fiscal_kind(re.search("fiscal", "Troops in Korea cost X in fiscal 2020"))
    ('us', 'calendar')
    """
    if not (mark["calendar"] or mark["japan"]) or text.startswith(("'s", "’s"), mark.end()):
        return False  # not "rose from Seoul's share": a possessive names the government
    return _PLACE_BEFORE.search(text, max(0, mark.start() - _PLACE_BACK), mark.start()) is not None


# the US forces named as a thing paid for ("spend ¥58 billion on U.S. forces in fiscal 2019"): no government's
# budget; not the forces as the spender or an owner ("U.S. military spending", "U.S. forces' budget", review97)
_FORCES_AFTER = re.compile(
    r"[ \t]{1,3}(?:forces|troops|military|bases|soldiers|servicemembers|personnel)\b(?!['’])"
    r"(?![ \t]{1,3}(?:spending|spends?|spent|budgets?|budgeted|requested|requests?|asked|funding)\b)"
)
# a preposition of paying right before the US mark ("on U.S. forces", "for the U.S. troops", "toward U.S. bases")
_PAID_FOR_BEFORE = re.compile(r"\b(?:on|for|toward|towards|to)[ \t]{1,3}(?:the[ \t]{1,3})?\Z")


def _not_owner(text: str, mark: re.Match[str]) -> bool:
    """Return whether a mark of :data:`_FISCAL_MARKS` owns no fiscal year where it stands: a country named as a place
    (:func:`_placed`), or a US mark before the name of its forces ("Tokyo plans to spend ¥58 billion on U.S. forces in
    fiscal 2019": Japan's fiscal year), which another government named near it owns, as a place does.

    >>> t = "The Japanese government plans to spend ¥58 billion on U.S. forces in fiscal 2019."
    >>> u = "It spent X on U.S. forces in fiscal 2019."
    >>> _fiscal_kind(re.search("fiscal", t)), _fiscal_kind(re.search("fiscal", u))
    ('japan', 'us')
    >>> _fiscal_kind(re.search("fiscal", "Tokyo watched as the U.S. Congress funded fiscal 2019."))
    'us'
    >>> t = "Japan said the U.S. military requested $3 billion for its bases in fiscal 2020."  # the spender: its own
    >>> _fiscal_kind(re.search("fiscal", t))
    'us'
    """
    if _placed(text, mark):
        return True
    if mark["us"] is None or _FORCES_AFTER.match(text, mark.end()) is None:
        return False
    return _PAID_FOR_BEFORE.search(text, max(0, mark.start() - _PLACE_BACK), mark.start()) is not None


def _fiscal_kind(m: re.Match[str]) -> str:
    """Return whose fiscal year ``m`` is: "us", "japan" or "calendar" (Korea's, or none named), by the government
    named nearest to it in its sentence (:func:`_fiscal_owner`).

    >>> _fiscal_kind(re.search("fiscal", "The Senate passed the fiscal 2020 bill."))
    'us'
    >>> _fiscal_kind(re.search("fiscal", "Seoul set the budget. It is for the next fiscal year."))
    'calendar'
    """
    b, e = _sentence_span(m.string, m.start(), m.end())
    marks = list(_fiscal_marks(m.string, b, e))
    near = _fiscal_owner(m.string, [k for k in marks if not _not_owner(m.string, k)], m.start(), m.end())
    if near is None:  # none in its sentence: the one named last before it ("the NDAA. It funds the next fiscal year")
        back = _fiscal_marks(m.string, max(0, b - _FISCAL_BACK), b)
        near = max((k for k in back if not _not_owner(m.string, k)), default=None, key=lambda k: k.start())
    near = near or _fiscal_owner(m.string, marks, m.start(), m.end())  # a place the only one named: its own
    if near is not None and (near["us"] or near["law"]):
        return "us"
    return "japan" if near is not None and near["japan"] else "calendar"


def _fiscal_years(kind: str, y1: int, y2: int) -> Range:
    """Return the fiscal years named ``y1`` through ``y2`` of a ``kind`` of government (US: October to September,
    named by the year it ends; Japan: April to March, named by the year it starts; else the calendar years).

    >>> _fiscal_years("us", 2019, 2021)
    Range(lo=datetime.date(2018, 10, 1), hi=datetime.date(2021, 9, 30), form='absolute')
    """
    if kind == "us":
        return Range(dt.date(y1 - 1, 10, 1), dt.date(y2, 9, 30), "absolute")
    if kind == "japan":
        return Range(dt.date(y1, 4, 1), dt.date(y2 + 1, 3, 31), "absolute")
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "absolute")


def _fiscal(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a government's fiscal year ("fiscal 2020", "FY2022", "the 2026 fiscal year") or a range of them
    ("fiscal years 2019-2021": the first's first day to the last's last), of the government :func:`_fiscal_kind`
    reads.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Congress passed the fiscal 2020 bill.", dt.date(2021, 3, 1))
    [('fiscal 2020', '2019-10-01', '2020-09-30')]
    >>> ranges("The NDAA bills for fiscal year 2019-2021 held it.", dt.date(2025, 3, 1))
    [('fiscal year 2019-2021', '2018-10-01', '2021-09-30')]
    """
    y = int(m["y"])
    y2 = int(m["y2"]) if m.groupdict().get("y2") else y  # not "FY 2019-20", which may name one year (a range of years)
    return _fiscal_years(_fiscal_kind(m), y, y2) if y2 >= y else None


# a quarter or half of a named fiscal year: "the first quarter of fiscal year 2026", "the second half of fiscal 2025",
# "the third quarter of the 2025 fiscal year", "the fourth quarter of FY2024" (dates52; "the fiscal fourth quarter"
# with no year names none: a company's fiscal year is not told)
_FISCAL_PART = re.compile(
    rf"\b(?i:the)[ \t]{{1,3}}(?P<ford>(?i:first|second|third|fourth|latter|former))"
    rf"[ \t]{{1,3}}(?P<fpart>(?i:quarter|half))"
    rf"[ \t]{{1,3}}(?i:of)[ \t]{{1,3}}(?:(?:(?i:fiscal)(?:[ \t]{{1,3}}(?i:year))?[ \t]{{1,3}}|FY[ \t]?)(?P<y>{_YEAR})"
    rf"|(?i:the)[ \t]{{1,3}}(?P<y1>{_YEAR})[ \t]{{1,3}}(?i:fiscal)[ \t]{{1,3}}(?i:year))\b(?![\w%]|[-–/]\d)")
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_HALF_ORDINAL = {"former": 1, "latter": 2}  # a half's only: "the latter quarter" is none (mend52d)


def _fiscal_part(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a quarter or half of a fiscal year named by its year (:data:`_FISCAL_PART`): its months, counted from
    the first month of that government's fiscal year (:func:`_fiscal_years`; US October, Japan April, else January;
    dates52). None for a third or fourth half.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The Pentagon will pay in the first quarter of fiscal year 2026.", dt.date(2025, 3, 1))
    [('the first quarter of fiscal year 2026', '2025-10-01', '2025-12-31')]
    >>> ranges("The Pentagon will pay in the latter half of fiscal 2026.", dt.date(2025, 3, 1))
    [('the latter half of fiscal 2026', '2026-04-01', '2026-09-30')]
    """
    ford, size = m["ford"].lower(), 3 if m["fpart"].lower() == "quarter" else 6
    n = _HALF_ORDINAL.get(ford) or _ORDINAL_NUMBER[ford]  # "the latter half of fiscal 2026" (mend52d)
    if n * size > 12 or (ford in _HALF_ORDINAL and size != 6):
        return None
    y = int(m["y"] or m["y1"])
    lo = _add(_fiscal_years(_fiscal_kind(m), y, y).lo, "month", size * (n - 1))
    part = _months(lo.year, lo.month, size)
    return Range(part.lo, part.hi, "absolute")


_FISCAL_STEP = {"upcoming": 1, "next": 1, "coming": 1, "this": 0, "current": 0, "present": 0, "last": -1,
                "previous": -1, "past": -1, "prior": -1}


def _fiscal_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of the running fiscal year as a deadline ("restored by the end of the fiscal year", "before
    the end of this fiscal year"), of the government :func:`_fiscal_kind` reads (README "A fiscal year": "this/current"
    the running one; a deadline at the end of a term is its last day).

    >>> from analysis.extract.dates import ranges
    >>> ranges("USFK said pay resumes by the end of the fiscal year.", dt.date(2026, 2, 3))
    [('by the end of the fiscal year', '2026-09-30', '2026-09-30')]
    >>> ranges("Seoul said pay resumes by the end of the fiscal year.", dt.date(2026, 2, 3))
    [('by the end of the fiscal year', '2026-12-31', '2026-12-31')]
    """
    kind = _fiscal_kind(m)
    y = _fiscal_year_named(kind, pub, 0)
    last = _fiscal_years(kind, y, y).hi
    return Range(last, last, "absolute")


def _fiscal_year_named(kind: str, pub: dt.date, step: int) -> int:
    """Return the year naming the fiscal year ``step`` years from the one running at ``pub``, of a ``kind`` of
    government (:func:`_fiscal_years`); for the US a step ahead counts from publication's year (:func:`_fiscal_told`).

    >>> [_fiscal_year_named(k, dt.date(2025, 12, 18), 0) for k in ("us", "japan", "korea")]
    [2026, 2025, 2025]
    >>> _fiscal_year_named("us", dt.date(2025, 12, 18), 1), _fiscal_year_named("japan", dt.date(2025, 3, 2), 1)
    (2026, 2025)
    """
    if kind == "us":
        return pub.year + step if step > 0 else pub.year + (pub.month >= 10) + step
    return pub.year + step - (kind == "japan" and pub.month < 4)


def _fiscal_told(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a fiscal year told from publication ("the upcoming fiscal year", "last fiscal year"): of the US, the
    one named by publication's year plus the step (the next one is named by the year after publication's, so that
    told in October to December it is the budget year Congress is still passing, already begun); of Japan, the one
    begun by publication plus the step; else the calendar year.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The US Senate voted funds for the upcoming fiscal year.", dt.date(2025, 12, 18))
    [('the upcoming fiscal year', '2025-10-01', '2026-09-30')]
    >>> ranges("Tokyo raised spending for the next fiscal year.", dt.date(2025, 3, 2))
    [('the next fiscal year', '2025-04-01', '2026-03-31')]
    """
    kind = _fiscal_kind(m)
    y = _fiscal_year_named(kind, pub, _FISCAL_STEP[(m["rel"] or m["rel2"]).lower()])
    return _fiscal_years(kind, y, y)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),  # the US one (the Canadian is told as "Canadian Thanksgiving")
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),  # the US one: the last Monday of May (5 U.S.C. 6103)
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),  # the first Monday of September
    "veterans day": lambda y: dt.date(y, 11, 11),
    "independence day": lambda y: dt.date(y, 7, 4),  # the US one
    "liberation day": lambda y: dt.date(y, 8, 15),  # Korea's (Gwangbokjeol)
    "independence movement day": lambda y: dt.date(y, 3, 1),  # Korea's Samiljeol (the 1919 uprising)
    "national foundation day": lambda y: dt.date(y, 10, 3),  # Korea's Gaecheonjeol
    "easter": easter,  # Western Easter Sunday (dateutil's computus)
    # fix51d3: the other US federal holidays of 5 U.S.C. 6103(a) ("Birthday of Martin Luther King, Jr., the third
    # Monday in January"; "Washington's Birthday, the third Monday in February", told "Presidents' Day"; "Juneteenth
    # National Independence Day, June 19"; "Columbus Day, the second Monday in October"), and Korea's fixed-date
    # public holidays of the Regulations on Holidays of Government Offices (Presidential Decree), art. 2: Memorial Day
    # (Hyeonchungil), June 6, read only when the text makes it Korea's; Hangeul Day, October 9
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "korea's memorial day": lambda y: dt.date(y, 6, 6),
    "hangeul day": lambda y: dt.date(y, 10, 9),
    "valentine's day": lambda y: dt.date(y, 2, 14),  # no public holiday, but a day of fixed date
}
# other names of the same days ("the Christmas holiday": the day; "Easter Sunday": Easter)
_HOLIDAY_NAMES = {"thanksgiving day": "thanksgiving", "christmas day": "christmas", "veterans' day": "veterans day",
                  "new year's": "new year's day",  # "over New Year's, talks paused": the day (dother52)
                  "veteran's day": "veterans day", "labour day": "labor day", "fourth of july": "independence day",
                  "the fourth of july": "independence day", "samiljeol": "independence movement day",
                  "gaecheonjeol": "national foundation day", "easter sunday": "easter",
                  # fix51d3: the spellings of the same days
                  "presidents day": "presidents' day", "president's day": "presidents' day",
                  "martin luther king day": "martin luther king jr. day", "mlk day": "martin luther king jr. day",
                  "martin luther king jr day": "martin luther king jr. day",
                  "martin luther king, jr. day": "martin luther king jr. day",
                  "juneteenth day": "juneteenth", "hangul day": "hangeul day"}
# the lunar holidays' names as told ("the Lunar New Year holiday"), by the key of data/lunar_holidays.csv; "<name>
# Day" is the holiday's own day, not its three public holidays
_LUNAR_NAMES = {"chuseok": "chuseok", "seollal": "seollal", "lunar new year": "seollal"}


class _NoRow(ValueError):
    """A lunar holiday in a year data/lunar_holidays.csv has no row for (no source was found): left unresolved."""


@cache
def _lunar_days() -> dict[tuple[str, int], tuple[dt.date, dt.date, dt.date]]:
    """Return data/lunar_holidays.csv as {(holiday, year): (first public holiday, the day, last)}, read once.

    >>> _lunar_days()[("chuseok", 2019)]
    (datetime.date(2019, 9, 12), datetime.date(2019, 9, 13), datetime.date(2019, 9, 14))
    """
    return {(r["holiday"], int(r["year"])): (dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["day"]),
                                             dt.date.fromisoformat(r["end"]))
            for r in check_table("lunar_holidays").dicts()}


def _holiday_days(name: str, y: int) -> Period:
    """Return the days of holiday ``name`` in year ``y``: a fixed-rule one's day (``_HOLIDAYS``); a lunar one's three
    public holidays ("chuseok"), or its own day ("chuseok day"), from data/lunar_holidays.csv (:class:`_NoRow` for a
    year with no row: no source gives it).

    >>> _holiday_days("chuseok", 2020), _holiday_days("seollal day", 2021).lo, _holiday_days("christmas", 2019).lo
    ... # doctest: +NORMALIZE_WHITESPACE
    (Period(lo=datetime.date(2020, 9, 30), hi=datetime.date(2020, 10, 2)), datetime.date(2021, 2, 12),
     datetime.date(2019, 12, 25))
    """
    if name.endswith(" weekend"):
        return _weekend_joined(_holiday_days(name.removesuffix(" weekend"), y))
    if name in _HOLIDAYS:
        day = _HOLIDAYS[name](y)
        return Period(day, day)
    lunar = name.removesuffix(" day")
    if (row := _lunar_days().get((lunar, y))) is None:
        raise _NoRow(f"no sourced date of {lunar.title()} in {y} in data/lunar_holidays.csv")
    return Period(row[1], row[1]) if name.endswith(" day") else Period(row[0], row[2])


def _weekend_joined(days: Period) -> Period:
    """Return a holiday's ``days`` with the weekend they join ("the Labor Day weekend": Saturday to the Monday;
    "the Thanksgiving weekend": the Thursday to Sunday); days that join none (a Tuesday, a Wednesday) stay as they are.

    >>> _weekend_joined(_holiday_days("labor day", 2019)), _weekend_joined(_holiday_days("thanksgiving", 2019)).hi
    (Period(lo=datetime.date(2019, 8, 31), hi=datetime.date(2019, 9, 2)), datetime.date(2019, 12, 1))
    """
    lo, hi = days
    if lo.weekday() in (0, 6):  # a Monday (Sunday) holiday: from the Saturday before
        lo -= dt.timedelta(days=lo.weekday() + 2 if lo.weekday() == 0 else 1)
    if hi.weekday() in (3, 4, 5):  # a Thursday to Saturday one: to the Sunday after
        hi += dt.timedelta(days=6 - hi.weekday())
    return Period(lo, hi)


def _lunar_key(words: str) -> str:
    """Return the key :func:`_holiday_days` reads for a lunar holiday's words.

    >>> _lunar_key("the Lunar New Year holiday"), _lunar_key("Chuseok"), _lunar_key("Lunar New Year's Day")
    ('seollal', 'chuseok', 'seollal day')
    """
    words = " ".join(words.lower().split()).removeprefix("the ")
    day = words.endswith(" day")
    name = words.removesuffix(" day").removesuffix(" holidays").removesuffix(" holiday")
    name = name.removesuffix("'s").removesuffix("’s")  # "Lunar New Year's Day": Seollal's own day (dates52)
    return _LUNAR_NAMES[name] + (" day" if day else "")


def _holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return a holiday of fixed rule after a preposition ("by Thanksgiving"), counted from the paragraph's date.

    The first one on or after the date before it in its paragraph; with none, the one its clause's tense picks from
    publication (:func:`_holiday_by_tense`: a future, a deadline or a present clause, :func:`_present_clause`, ahead;
    a past one back). A lunar one ("on Chuseok", "over the Lunar New Year holiday") is its three public holidays of
    data/lunar_holidays.csv, unresolved in a year with no row there (:func:`_holiday_days`). Not a "Christmas
    card", nor a name ("at Christmas Island").

    >>> from analysis.extract.dates import find_dates, ranges
    >>> [(x, v["start"]) for *_, x, v in find_dates("Troops landed on June 25, 1950; by Thanksgiving, they won.",
    ...                                           dt.date(2020, 3, 12))]
    [('on June 25, 1950', '1950-06-25'), ('by Thanksgiving', '1950-11-23')]
    >>> ranges("Kim met Lee on Memorial Day and will meet him by Christmas, not on Chuseok.", dt.date(2019, 11, 20))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('on Memorial Day', '2019-05-27', '2019-05-27'), ('by Christmas', '2019-12-25', '2019-12-25'),
     ('on Chuseok', '2020-09-30', '2020-10-02')]
    >>> ranges("Troops landed in 1998; by Chuseok, they left.", dt.date(2019, 11, 20))[1]
    ('by Chuseok', None, None)
    >>> ranges("Kim met Lee during Chuseok in 2018 and on Thanksgiving 2017.", dt.date(2019, 11, 20))[::2]
    [('during Chuseok', '2018-09-23', '2018-09-25'), ('on Thanksgiving', '2017-11-23', '2017-11-23')]
    >>> ranges("Seoul wants a deal by Christmas.", dt.date(2022, 6, 8))
    [('by Christmas', '2022-12-25', '2022-12-25')]
    """
    key = _holiday_key(m)
    if _memorial_unclear(m, key):
        return _memorial_told(m, pub, future) or Anchored(partial(_holiday_on_or_after, key), why=MEMORIAL_WHY)
    which, year = _group(m, "which") or _group(m, "which2"), _holiday_year_after(m, pub)
    if _holiday_no_day(m, year) or (which and _this_holiday_past(m, which.lower(), key, pub, future)):
        return None  # "since Juneteenth became a holiday", "Do nurses get Christmas off?" (mend of fix51d3)
    try:
        if year is not None:  # "during Chuseok in 2018", "on Thanksgiving 2017", "on Labor Day last year": that year's
            return Range(*_holiday_days(key, year), "relative")
        if which:
            return _holiday_this_last(key, which.lower(), pub)
    except _NoRow as none:
        return Anchored(partial(_holiday_on_or_after, key), why=str(none))
    word = m.group().split()[0].lower()
    past = not future and clause_tense(m.string, m.start(), m.end()) == "past"
    ahead = future or (not past and (word in _DEADLINE_WORDS or _present_clause(m.string, m.start(), word))) \
        or _prospect_before(m.string, m.start()) or _prospect_after(m.string, m.end())
    back = past and word not in _UNTIL_WORDS and _told_earlier(m.string, m.start())
    done = pub if past and not ahead and word not in _DEADLINE_WORDS else None  # a past one: by publication (dfix41)
    told = partial(_holiday_just_passed, key) if ahead and _hope_told_past(m.string, m.start(), m.end()) \
        else partial(_holiday_by_tense, key, ahead)  # "Hopes of a deal before Christmas faded" (dfix42)
    if past and not ahead and word == "ahead":  # "The talks stalled ahead of Christmas" (dother52; not "before":
        # "They reached a deal before Christmas" told a week before it is the last one, dfix41's row)
        told = partial(_holiday_imminent, key)
    return Anchored(partial(_holiday_from_day, key, back, done), published=told)


_IMMINENT_HOLIDAY = 14  # days: a holiday this near ahead of publication is the one a past "ahead of" meant


def _holiday_imminent(name: str, pub: dt.date) -> Period:
    """Return holiday ``name`` after "ahead of" in a past clause told from publication ``pub``: the coming
    one when it is at most ``_IMMINENT_HOLIDAY`` days ahead ("Moon visited troops ahead of Chuseok" told two days
    before it: the act was done before the holiday still to come), else the latest on or before ``pub`` (dother52).

    >>> _holiday_imminent("christmas", dt.date(2019, 12, 20)).lo, _holiday_imminent("christmas", dt.date(2020, 1, 6)).lo
    (datetime.date(2019, 12, 25), datetime.date(2019, 12, 25))
    >>> _holiday_imminent("christmas", dt.date(2019, 11, 28)).lo
    datetime.date(2018, 12, 25)
    """
    coming = _holiday_on_or_after(name, pub, pub)
    if (coming.lo - pub).days <= _IMMINENT_HOLIDAY:
        return coming
    return _holiday_by_tense(name, False, pub)


def _prospect_before(text: str, at: int) -> bool:
    """Return whether a noun of expectation stands before the date at ``at`` in its clause, before any tense word
    (:func:`_prospect`: "Hopes of a deal before Christmas faded"): the date is what is hoped for, ahead (dfix41).

    >>> t = "Hopes of a deal before Christmas faded."
    >>> _prospect_before(t, t.index("before")), _prospect_before("They met before Christmas.", 8)
    (True, False)
    """
    return _prospect(_clause_words(text, max(0, at - _BACK), at, True, None))


def _holiday_key(m: re.Match[str]) -> str:
    """Return the key of ``_HOLIDAYS`` (or of data/lunar_holidays.csv) a holiday match names: "the Christmas
    holiday" is Christmas, "Easter Sunday" Easter, "Samiljeol" Independence Movement Day.

    >>> _holiday_key(_HOLIDAY_AFTER.search("over the Christmas holiday")), _holiday_key(_HOLIDAY_AFTER.search(
    ...     "on Easter Sunday")), _holiday_key(_HOLIDAY_AFTER.search("after Chuseok"))
    ('christmas', 'easter', 'chuseok')
    """
    weekend = " weekend" if _group(m, "wkend") else ""
    if m["lunar"]:
        return _lunar_key(m["lunar"]) + weekend
    key = " ".join(m["hol"].lower().replace("’", "'").split())
    key = key.removeprefix("the ").removesuffix(" holidays").removesuffix(" holiday") if "holiday" in key else key
    key = key.removeprefix("the ").removesuffix(" break")  # "the Christmas break": the day, as its holiday (dother52)
    key = "memorial day" if _group(m, "nth") else key  # "the 69th Memorial Day": its cue is the count (dates52)
    key = "chuseok" if key in {"thanksgiving", "thanksgiving day"} and _korean_holiday(m) else key  # "Korea's
    # Thanksgiving holiday", "the Korean Thanksgiving holiday": Chuseok, as Korean copy glosses it (dates52)
    key = "korea's memorial day" if key == "memorial day" and (_korean_holiday(m) or _memorial_cue(m) == "korea") \
        else key  # fix51d3; its cues (dates52)
    return _HOLIDAY_NAMES.get(key, key) + weekend


# "Korea's " (or "Korean ": dates52) right before a name
_KOREA_POSSESSIVE = re.compile(r"\b(?:(?:South[ \t]{1,3})?Korea['’]s|Korean)[ \t]{1,3}\Z")


def _korean_holiday(m: re.Match[str]) -> bool:
    """Return whether the holiday's name of ``m`` follows "Korea's" ("on South Korea's Memorial Day"): Korea's day
    of that name (its Memorial Day is June 6), not the US one main reads for the name alone (fix51d3).

    >>> _korean_holiday(_HOLIDAY_AFTER.search("on Korea's Memorial Day")), _korean_holiday(_HOLIDAY_AFTER.search(
    ...     "on Memorial Day in Korea"))
    (True, False)
    """
    at = m.start("hol")
    return _KOREA_POSSESSIVE.search(m.string, max(0, at - 24), at) is not None


# what tells whose Memorial Day a bare "Memorial Day" is (dates52, issue 9: Korea's is June 6, the US one the last
# Monday of May, README "A holiday with no year"): the sentence names only the US side ("at Arlington", "U.S.
# troops") or only Korea's ("South Korea observed", "at the Seoul National Cemetery"; not a place alone: "veterans
# gathered on Memorial Day in Seoul" may be Americans, fix51d3's control); a count before it ("the 69th Memorial
# Day": Korea's are counted from 1956); a weekday set right after it that is no Monday ("marked Memorial Day on
# Thursday": the US one is always a Monday)
_MEMORIAL_US = re.compile(r"\b(?:U\.S\.|US|USA|American|Americans|Arlington|United[ \t]{1,3}States|Pentagon"
                          r"|Washington|White[ \t]{1,3}House)(?!\w)")  # the last three: mend52d
_MEMORIAL_KOREA = re.compile(r"\b(?:South[ \t]{1,3}Korea(?:n|ns)?|(?:Seoul|Daejeon)[ \t]{1,3}National[ \t]{1,3}Cemetery"
                             r"|national[ \t]{1,3}cemetery[ \t]{1,3}in[ \t]{1,3}(?:Seoul|Daejeon))\b")
_MEMORIAL_WEEKDAY = re.compile(rf"[ \t]{{1,3}}(?:on[ \t]{{1,3}})?(?P<wd>{_WEEKDAY_ALT})\b")
# a dateline from Seoul ("SEOUL, June 5 (Yonhap) --"): the copy is Korean, so a Memorial Day its sentence gives no
# cue for may be either (a Korean wire's copy from Washington is not: "WASHINGTON, May 27 (Yonhap)")
_KOREAN_DATELINE = re.compile(r"(?m)^[ \t]{0,3}SEOUL\b")
MEMORIAL_WHY = ("Memorial Day in Korean copy: Korea's (June 6) or the US one (last Monday of May), the text says "
                "not which")


def _memorial_cue(m: re.Match[str]) -> str:
    """Return whose Memorial Day the "Memorial Day" of ``m`` is by its sentence's cues: "korea", "us", or "" (none, or
    both sides named); "Korea's Memorial Day" is read by :func:`_korean_holiday` (dates52).

    >>> [_memorial_cue(_HOLIDAY_AFTER.search(t)) for t in ("South Korea paid tribute on Memorial Day.",
    ...  "Biden spoke at Arlington on Memorial Day.", "Moon marked it on Memorial Day on Thursday.",
    ...  "It opens after Memorial Day.", "Congress returns after Memorial Day on Monday.",
    ...  "U.S. troops rested on Memorial Day.")]
    ['korea', 'us', 'korea', '', '', 'us']
    """
    text = m.string
    if _group(m, "nth"):
        return "korea"
    b, e = _sentence_span(text, m.start(), m.end())
    us, korea = _MEMORIAL_US.search(text, b, e) is not None, _MEMORIAL_KOREA.search(text, b, e) is not None
    if us != korea:
        return "us" if us else "korea"
    wd = _MEMORIAL_WEEKDAY.match(text, m.end())
    return "korea" if wd and not us and wd["wd"] != "Monday" else ""


def _memorial_unclear(m: re.Match[str], key: str) -> bool:
    """Return whether holiday ``key`` of ``m`` is a bare "Memorial Day" in Korean copy (a Korean wire's dateline,
    :data:`_KOREAN_DATELINE`) whose sentence gives no cue to whose it is (:func:`_memorial_cue`): unresolved (dates52;
    in other copy main's reading, the US one, stays).

    >>> t = "SEOUL, May 30 (Yonhap) -- The ministry will act after Memorial Day."
    >>> _memorial_unclear(_HOLIDAY_AFTER.search(t), "memorial day"), _memorial_unclear(
    ...     _HOLIDAY_AFTER.search("The ministry will act after Memorial Day."), "memorial day")
    (True, False)
    """
    if key != "memorial day" or _memorial_cue(m):
        return False
    return _korean_dateline(m.string)


# The last text :func:`_korean_dateline` read and its answer (the text is kept, so its identity is not reused).
_DATELINE_READ = _PerText()


def _korean_dateline(text: str) -> bool:
    """Return whether ``text`` has a Korean wire's dateline (:data:`_KOREAN_DATELINE`), read once per text: every bare
    "Memorial Day" of a long text asks (diffreview52: one search of the whole text per holiday was quadratic).

    >>> _korean_dateline("SEOUL, May 30 (Yonhap) -- Talks."), _korean_dateline("WASHINGTON -- Talks.")
    (True, False)
    """
    return _DATELINE_READ.of(text, lambda: _KOREAN_DATELINE.search(text) is not None)


def _memorial_told(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the one Memorial Day a bare "Memorial Day" in Korean copy with no cue (:func:`_memorial_unclear`) can be
    by its clause's tense and publication ``pub``: told in the past from the US day up to Korea's June 6, the US day
    (Korea's is still ahead); told ahead after the US day and before June 6, Korea's; else None (unresolved; mend52d).

    >>> t = "SEOUL, May 28 (Yonhap) -- The minister visited troops on Memorial Day."
    >>> _memorial_told(_HOLIDAY_AFTER.search(t), dt.date(2024, 5, 28), False)
    Range(lo=datetime.date(2024, 5, 27), hi=datetime.date(2024, 5, 27), form='relative')
    >>> _memorial_told(_HOLIDAY_AFTER.search(t), dt.date(2024, 6, 7), False) is None  # both are past
    True
    """
    us, korea = _HOLIDAYS["memorial day"](pub.year), _HOLIDAYS["korea's memorial day"](pub.year)
    tense = "future" if future else clause_tense(m.string, m.start(), m.end())
    if tense == "past" and us <= pub < korea:
        return Range(us, us, "relative")
    if tense == "future" and us < pub < korea:
        return Range(korea, korea, "relative")
    return None


# mend of fix51d3 (after review51d3): a holiday told as no day, a year told after a holiday, a quarter told from
# another time. A holiday's founding ("since Juneteenth became a federal holiday", "after Hangul Day was declared a
# public holiday": the holiday, not one year's day); a birthday with no year ("was born on Valentine's Day"); time off
# asked about ("Do nurses get Thanksgiving off?", "asked if guards get Labor Day off") or had by habit ("staff who get
# Christmas off", "clerks usually get Labor Day off", a present "nurses get Columbus Day off" with no time after it)
_HOLIDAY_FOUNDED = re.compile(
    r"[ \t]{1,3}(?:became|was[ \t]{1,3}(?:made|declared|designated|established|proclaimed|recognized)"
    r"(?:[ \t]{1,3}as)?)[ \t]{1,3}(?:an?|the)[ \t]{1,3}[^.;!?\n]{0,40}?\bholiday\b")
_BORN_BEFORE = re.compile(r"\bborn[ \t]{1,3}\Z")
_ASKED_IF = re.compile(r"\b(?i:ask|asks|asked|asking|wonder|wonders|wondered)[ \t]{1,3}(?:if|whether)\b")
_OFF_HABIT = re.compile(
    r"(?:\b(?P<who>who|that)|\b(?i:usually|always|often|normally|typically|generally|traditionally|never|rarely"
    r"|seldom|sometimes)|(?P<prev>\b[\w'’]{1,30}))[ \t]{1,3}(?P<verb>\w{1,8})[ \t]{1,3}\Z")
_OFF_PRESENT_VERBS = ("get", "gets", "have", "has", "take", "takes", "give", "gives")  # also in _HOLIDAY_OFF_VERBS
_OFF_NOT_PRESENT_WORDS = ("will", "would", "to", "can", "could", "may", "might", "should", "must", "shall", "did",
                          "not", "never", "'ll", "’ll")
_OFF_THEN = re.compile(r"[ \t]{1,3}off[ \t]{1,3}(?:this|next|last|on|in|tomorrow|today|until|from)\b")


def _holiday_no_day(m: re.Match[str], year: int | None) -> bool:
    """Return whether the holiday of ``m`` (``year``: the year read after it, if any) names no one day: its founding,
    a birthday with no year, or time off asked about or had by habit (:func:`_time_off_no_day`). Mend of fix51d3.

    >>> [_holiday_no_day(_HOLIDAY_AFTER.search(t), None) for t in ("Since Juneteenth became a federal holiday, "
    ...  "banks shut.", "Talks since Christmas became tense.", "Lena Vask was born on Valentine's Day.")]
    [True, False, True]
    """
    text, at = m.string, m.start()
    if _HOLIDAY_FOUNDED.match(text, m.end()):
        return True  # "since Juneteenth became a federal holiday": the holiday itself
    if year is None and _BORN_BEFORE.search(text, max(0, at - 12), at):
        return True  # "was born on Valentine's Day": a birthday, of no year told
    return m.re.pattern == _HOLIDAY_OFF.pattern and _time_off_no_day(m)


def _time_off_no_day(m: re.Match[str]) -> bool:
    """Return whether a holiday given as time off (:data:`_HOLIDAY_OFF`) is asked about (its sentence ends in "?",
    or "asked if (whether)" comes before it) or had by habit ("who get", "usually get", a present "nurses get" with
    no time after "off"): no one day. Mend of fix51d3.

    >>> [_time_off_no_day(_HOLIDAY_OFF.search(t)) for t in ("Do clerks get Thanksgiving off?",
    ...  "Staff who get Christmas off, Vask said.", "Nurses get Labor Day off.", "Nurses get Labor Day off next week.",
    ...  "Nurses got Labor Day off.")]
    [True, True, True, False, False]
    """
    text, at = m.string, m.start()
    span = _sentence_span(text, at, m.end())
    if text[span.start:span.end].rstrip(" \t\"”’)").endswith("?") or _ASKED_IF.search(text, span.start, at):
        return True
    habit = _OFF_HABIT.search(text, max(span.start, at - 48), at)
    if habit is None or habit["who"] or not habit["prev"]:
        return habit is not None  # "who get", "usually get": a habit
    prev = habit["prev"].lower().replace("’", "'")
    return habit["verb"].lower() in _OFF_PRESENT_VERBS and prev not in _OFF_NOT_PRESENT_WORDS \
        and not prev.endswith("'ll") \
        and not _OFF_THEN.match(text, m.end())  # "nurses get Labor Day off": present, no time told


# a year told relative to publication right after a holiday (or after its "off"): "on Labor Day last year"
_HOLIDAY_RELATIVE_YEAR = re.compile(r"[ \t]{1,3}(?P<w>(?i:last|this|next))[ \t]{1,3}year\b(?!['’])")
_OFF_WORD = re.compile(r"[ \t]{1,3}off\b")


def _holiday_year_after(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the year told right after the holiday of ``m`` (after its "off" for time off, :data:`_HOLIDAY_OFF`):
    "in 2019", "2017" (:data:`_HOLIDAY_YEAR`), or "last (this, next) year" from publication ``pub``; else None.
    Mend of fix51d3.

    >>> [_holiday_year_after(_HOLIDAY_AFTER.search(t), dt.date(2024, 3, 5)) for t in ("on Labor Day last year.",
    ...  "on Labor Day in 2019.", "on Labor Day, last year's high.")]
    [2023, 2019, None]
    >>> _holiday_year_after(_HOLIDAY_OFF.search("Clerks had Memorial Day off in 2019."), dt.date(2021, 8, 1))
    2019
    """
    end = m.end()
    if m.re.pattern == _HOLIDAY_OFF.pattern and (off := _OFF_WORD.match(m.string, end)):
        end = off.end()
    if year := _HOLIDAY_YEAR.match(m.string, end):
        return int(year["y"])
    if rel := _HOLIDAY_RELATIVE_YEAR.match(m.string, end):
        return pub.year + {"last": -1, "this": 0, "next": 1}[rel["w"].lower()]
    return None


def _this_holiday_past(m: re.Match[str], which: str, key: str, pub: dt.date, future: bool) -> bool:
    """Return whether "this <holiday>" (``which`` "this", holiday ``key``) told in a past clause stands more than
    half a year ahead of publication ``pub`` in its year ("The office stayed shut this Columbus Day" told in
    January): the one just gone may be meant, so no date. Mend of fix51d3.

    >>> t = "The office stayed shut this Labor Day."
    >>> _this_holiday_past(_HOLIDAY_AFTER.search(t), "this", "labor day", dt.date(2026, 1, 5), False)
    True
    """
    if which != "this" or future or clause_tense(m.string, m.start(), m.end()) != "past":
        return False
    return (_holiday_days(key, pub.year).lo - pub).days > _HALF_YEAR_DAYS


_HALF_YEAR_DAYS = 183  # days


# a quarter told from another time (mend of fix51d3): a year or a year told from publication in its sentence ("this
# quarter last year", "told investors in March 2021 that ... next quarter", "..., Marrow said last year"), a fiscal
# year ("whose fiscal year ends in January": its quarters are not the calendar's); "last quarter" after "moon's",
# "entering" or "into" (the moon's phase, a game's last period)
_QUARTER_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?i:last|next|this|previous|coming)[ \t]{1,3}year\b"
                                   r"|\b(?i:fiscal)\b")
_MOON_GAME_QUARTER = re.compile(r"\b(?:(?i:the[ \t]{1,3})?moon['’]s|entering|into)[ \t]{1,3}\Z")


def _quarter_not_calendar(m: re.Match[str]) -> bool:
    """Return whether the quarter told at ``m`` (:data:`_CALENDAR_QUARTER`) is not publication's calendar one's
    neighbour: a year (or "last year") or "fiscal" told in its sentence, or "last quarter" of the moon or of a game
    ("entering last quarter"). Mend of fix51d3.

    >>> from analysis.extract.dates import _CALENDAR_QUARTER
    >>> [_quarter_not_calendar(_CALENDAR_QUARTER.search(t)) for t in ("Exports rose this quarter last year.",
    ...  "The moon's last quarter rose.", "Sales rose last quarter from a year earlier.")]
    [True, True, False]
    """
    text, at = m.string, m.start()
    span = _sentence_span(text, at, m.end())
    if _QUARTER_OTHER_TIME.search(text, span.start, span.end):
        return True
    return bool(m["qwhich"]) and m["qwhich"].lower() == "last" \
        and _MOON_GAME_QUARTER.search(text, max(0, at - 16), at) is not None


# a year told right after a holiday: "during Chuseok in 2018", "on Thanksgiving 2017" (not "by Christmas 2019's deal")
_HOLIDAY_YEAR = re.compile(r"[ \t]{1,3}(?:(?:in|of)[ \t]{1,3})?(?P<y>(?:19|20)\d\d)\b(?!['’\d])")


def _holiday_this_last(key: str, which: str, pub: dt.date) -> Range:
    """Return "last Christmas" (the latest before publication ``pub``) or "this Christmas" (the one of its year), as
    "last <weekday>" and "this year" are read (dfix38).

    >>> _holiday_this_last("christmas", "last", dt.date(2020, 3, 10)), _holiday_this_last("christmas", "this",
    ...                                                                                  dt.date(2020, 3, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    (Range(lo=datetime.date(2019, 12, 25), hi=datetime.date(2019, 12, 25), form='relative'),
     Range(lo=datetime.date(2020, 12, 25), hi=datetime.date(2020, 12, 25), form='relative'))
    """
    days = _holiday_days(key, pub.year)
    if which == "last" and days.lo >= pub:
        days = _holiday_days(key, pub.year - 1)
    return Range(days.lo, days.hi, "relative")


def _holiday_of_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return a holiday told by a possessive year from publication ("last year's Chuseok holiday", "this year's
    Christmas", "next year's Lunar New Year holiday"): its days in that year (:func:`_holiday_days`; a lunar one's
    three public holidays, unresolved in a year data/lunar_holidays.csv has no row for), not the whole year (dates52).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Traffic rose during last year's Chuseok holiday.", dt.date(2024, 4, 25))
    [("last year's Chuseok holiday", '2023-09-28', '2023-09-30')]
    """
    if _noun_after(m.string, m.end()):
        return None  # "this year's Chuseok bonus": a thing, the year alone is read
    key = _holiday_key(m)
    y = pub.year + _YEAR_STEP[m["ry"].lower()]
    try:
        days = _holiday_days(key, y)
    except _NoRow as none:
        return Anchored(partial(_holiday_on_or_after, key), why=str(none))
    return Range(days.lo, days.hi, "relative")


_NEXT_WORD = re.compile(r"[ \t]{1,3}(?P<w>[a-z]{1,20})\b")
_VERB_NEXT = frozenset({"will", "would", "could", "may", "might", "is", "are", "was", "were", "has", "have", "had"})


def _noun_after(text: str, end: int) -> bool:
    """Return whether a lower-case word right after ``end`` may make the name before it a noun's qualifier ("this
    year's Chuseok bonus", "last year's Christmas season"): none of the words that may follow a holiday standing alone
    (``_HOLIDAY_BARE_NEXT``), no auxiliary, no past form ("went", "saw", "-ed"). dates52.

    >>> [_noun_after(t, 7) for t in ("Chuseok bonus", "Chuseok went", "Chuseok, it", "Chuseok ended", "Chuseok in")]
    [True, False, False, False, False]
    """
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    w = nxt["w"]
    return not (re.match(_HOLIDAY_BARE_NEXT, w) or w in _VERB_NEXT or w in _PAST or w.endswith("ed"))


def _told_earlier(text: str, at: int) -> bool:
    """Return whether a past holiday at ``at`` stands in reported words (a speech verb's complement holds it: "Kim
    said they met ...", :func:`_reports_into`) or in a clause of its own in the past perfect ("the two had met ..."):
    it then lies before the day told before it (the day the words were said), where a narrative's next step
    ("talks ended on New Year's Eve, and resumed after New Year's Day") comes after it. A "said" or "had" elsewhere
    in the sentence does not count: a parenthetical "officials said," or a relative "who had arrived" (README, lead
    decisions on date62's questions, lead, eighteenth session).

    >>> t = "On Tuesday, Kim said they met before Christmas. Talks ended in May and resumed after Christmas."
    >>> _told_earlier(t, t.index("before C")), _told_earlier(t, t.index("after C"))
    (True, False)
    >>> t = "Kim, who had come on Dec. 20, stayed over Christmas. On Dec. 27, the two had met on Christmas Day."
    >>> _told_earlier(t, t.index("over C")), _told_earlier(t, t.index("on Christmas"))
    (False, True)
    """
    begin = max(_sentence_span(text, at, at).start, at - _BACK)
    clause = max(begin, *(text.rfind(c, begin, at) + 1 for c in CLAUSE_MARKS))  # the holiday's own clause
    return _PAST_PERFECT.search(text, clause, at) is not None or _reports_into(text, begin, at)


def _reports_into(text: str, begin: int, at: int) -> bool:
    """Return whether the last speech verb in ``text[begin:at]`` has its complement run on to ``at``: no comma right
    after the verb or its short object ("officials said," "Lee told reporters,": a parenthetical), and no ", and"
    (a clause of the narrative) or ";" between.

    >>> t = "Lee, officials said, left after"
    >>> _reports_into(t, 0, len(t)), _reports_into("Lee told reporters that they met after", 0, 38)
    (False, True)
    """
    verbs = list(_SPEECH_VERB.finditer(text, begin, at))  # a window of at most ``_BACK`` characters
    if not verbs:
        return False
    rest = text[verbs[-1].end() : at]
    head, comma, _ = rest.partition(",")
    if comma and len(head.split()) <= _SPEECH_OBJECT and "that" not in head.split():
        return False  # "officials said, and ...", "Lee told reporters, and ..."
    return ";" not in rest and _NEW_CLAUSE.search(rest) is None


CLAUSE_MARKS = (",", ";", ":", "—", "–", "(")  # marks that end a clause before a holiday (its own clause starts on)
# words of a report before a past holiday after a dated day (see :func:`_reports_into`)
_INNER_OPEN = re.compile(r"(?:^|(?<=[\s:]))['‘](?=\w)")  # a single mark opening a quotation inside a quotation


#: Characters before a date read back for the inner quotation holding it and the date told before that quotation.
INNER_QUOTE_BACK = 400


def _inner_quote_said(text: str, group: list[_Hit], inside: list[_Stretch | None], i: int) -> _Hit | None:
    """Return the date with a written year that the quotation holding ``group[i]`` tells before a quotation inside it
    that holds the hit ("In 2019 we heard the same thing: 'Pay up by next year'"): the inner words were said then.

    >>> from analysis.extract.dates import _candidates
    >>> t = '"In 2018 we heard it: ‘pay by next year,’" he said.'
    >>> hits = _candidates(t, dt.date(2026, 3, 2), 0, len(t))
    >>> _inner_quote_said(t, hits, [_Stretch(0, 42)] * 2, 1).match.group()
    '2018'
    """
    q, h = inside[i], group[i]
    if q is None:
        return None
    opened = last_match(_INNER_OPEN, text, max(q.start + 1, h.start - INNER_QUOTE_BACK), h.start)
    if opened is None:
        return None
    for k in range(i - 1, -1, -1):  # back from the hit: the nearest date of that quotation before the inner mark
        g = group[k]
        if g.start < q.start or h.start - g.start > INNER_QUOTE_BACK:
            return None
        if inside[k] == q and g.end <= opened.start() and not isinstance(g.value, Anchored) \
                and g.value.form in {"absolute", "range"}:
            return g
    return None


_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|asked|added|noted|recalled|explained)\b")
_SPEECH_OBJECT = 2  # words at most between a speech verb and a comma that makes it a parenthetical ("told them,")
# the past perfect in a holiday's own clause: "had" and no "had to" or "had <determiner>" (a main verb: "had talks")
_PAST_PERFECT = re.compile(r"\bhad(?:n['’]t)?\s+(?:(?:not|already|never|just|also|long|previously)\s+)?+"
                           r"(?!(?:to|a|an|the|no|its|their|his|her|our|talks|meetings)\b)[a-z]+\b")


def _present_clause(text: str, at: int, word: str) -> bool:
    """Return whether the holiday at ``at`` (after the preposition ``word``) stands in a clause of its own in the
    present ("Seoul wants a deal before Thanksgiving", "Kim is in Washington over Thanksgiving"): it reads forward,
    as the future does (README, lead decisions on date59's questions, lead, eighteenth session). Not after "since",
    which points back whatever the tense.

    >>> t = "Kim, the envoy, wants a deal before Christmas. Lee, who is here, left over Christmas."
    >>> _present_clause(t, t.index("before"), "before"), _present_clause(t, t.index("over"), "over")
    (True, False)
    >>> t = "Both sides want a deal before Christmas, officials said."
    >>> _present_clause(t, t.index("before"), "before")
    True
    """
    begin = max(_sentence_span(text, at, at).start, at - _BACK)
    clause = max(begin, *(text.rfind(c, begin, at) + 1 for c in CLAUSE_MARKS))  # its own clause
    return word != "since" and _PRESENT_VERB.search(text, clause, at) is not None


# a present verb in a holiday's own clause: "is", "are", a verb of wanting or staying, or "he/she/it" and a verb in -s
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|am|wants|needs|expects|hopes|aims|plans|seeks|wishes|intends|prefers|remains|stays)\b"
    r"|\b(?:(?i:they|we|you)|(?!(?i:was|has|is|its|his|this|thus|us)\b)[A-Za-z]{1,20}s)\s+"  # "sides want": dfix38
    r"(?:want|need|expect|hope|aim|plan|seek|wish|intend|prefer|remain|stay)\b"
    r"|\b(?i:he|she|it)\s+(?!(?:was|has|does)\b)[a-z]{1,20}[^s\W]s\b")
_DEADLINE_WORDS = frozenset({"by", "until", "till", "ahead"})  # before a holiday in a clause with no past: one ahead
_UNTIL_WORDS = _DEADLINE_WORDS - {"ahead"}  # a deadline after a dated day, in any tense: the first after it


def _day_by_holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return "the Monday after Thanksgiving", "the Friday before Christmas", "the day after Chuseok": the weekday (or
    day) next beyond the holiday's days, the holiday read as :func:`_holiday` reads it (dfix41).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The envoys met again the Monday after Thanksgiving.", dt.date(2019, 12, 10))
    [('the Monday after Thanksgiving', '2019-12-02', '2019-12-02')]
    >>> ranges("They will meet the Friday before Christmas.", dt.date(2019, 12, 10))
    [('the Friday before Christmas', '2019-12-20', '2019-12-20')]
    """
    move = partial(_beside_days, m["wd"].lower(), m["dir"].lower() == "after")
    inner = _holiday(m, pub, future)
    if isinstance(inner, Range):
        return Range(*move(Period(inner.lo, inner.hi)), inner.form)
    published = partial(_then, inner.published, move) if inner.published else None
    return replace(inner, shift=partial(_then, inner.shift, move), published=published)


def _count_by_holiday(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "a week after Thanksgiving", "three weeks before Christmas": a count of one is the holiday's own days,
    a count over one the day it comes to (tests/corpus/README.md, as "a day after X" and "46 days after X"), the
    holiday read as :func:`_holiday` reads it (dfix43).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The talks will come a week after Thanksgiving.", dt.date(2019, 11, 27))
    [('a week after Thanksgiving', '2019-11-28', '2019-11-28')]
    >>> ranges("They met three weeks before Christmas.", dt.date(2019, 12, 30))
    [('three weeks before Christmas', '2019-12-04', '2019-12-04')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    after = m["dir"] == "after"
    unit = m["unit"].lower().rstrip("s")

    def move(days: Period) -> Period:
        if n == 1:
            return days
        edge = days.hi if after else days.lo
        return _moved(edge, edge, unit, n if after else -n)

    inner = _holiday(m, pub, future)
    if isinstance(inner, Range):
        return Range(*move(Period(inner.lo, inner.hi)), inner.form)
    published = partial(_then, inner.published, move) if inner.published else None
    return replace(inner, shift=partial(_then, inner.shift, move), published=published)


def _then(first: Callable[..., Period], then: Callable[[Period], Period], *args: dt.date) -> Period:
    """Return ``then`` of ``first(*args)``: a holiday's days, then the day beside them.

    >>> _then(lambda d: Period(d, d), lambda p: Period(p.hi, p.hi), dt.date(2019, 1, 1))
    Period(lo=datetime.date(2019, 1, 1), hi=datetime.date(2019, 1, 1))
    """
    return then(first(*args))


def _beside_days(word: str, after: bool, days: Period) -> Period:
    """Return the day ``word`` ("day" or a weekday, lower case) next after (before) the holiday's ``days``.

    >>> _beside_days("monday", True, Period(dt.date(2019, 11, 28), dt.date(2019, 11, 28))).lo
    datetime.date(2019, 12, 2)
    >>> _beside_days("day", False, Period(dt.date(2019, 9, 12), dt.date(2019, 9, 14))).lo
    datetime.date(2019, 9, 11)
    """
    step = dt.timedelta(days=1 if after else -1)
    day = (days.hi if after else days.lo) + step
    if word != "day":
        while WEEKDAYS[day.weekday()].lower() != word:
            day += step
    return Period(day, day)


def _holiday_from_day(name: str, back: bool, done: dt.date | None, lo: dt.date, hi: dt.date) -> Period:
    """Return holiday ``name`` counted from the date before it in its paragraph (``lo``..``hi``): after a single day,
    in a past clause of reported words or the past perfect (``back``, :func:`_told_earlier`), the latest on or before
    that day ("On Tuesday, Kim said they met before Christmas"); else the first on or after ``lo`` (a future or a
    deadline; a narrative's next step; a year or month: its own; README, lead decisions on date62's questions). A
    holiday told in the past with no deadline word (``done``: publication) counted from a date still ahead of
    publication ("votes Wednesday. On Easter Sunday, chaplains held services") is the latest on or before publication
    (dfix41).

    >>> tue, f = dt.date(2019, 11, 19), _holiday_from_day
    >>> f("christmas", True, None, tue, tue).lo, f("christmas", False, None, tue, tue).lo
    (datetime.date(2018, 12, 25), datetime.date(2019, 12, 25))
    >>> _holiday_from_day("memorial day", True, None, dt.date(2018, 1, 1), dt.date(2018, 12, 31)).lo
    datetime.date(2018, 5, 28)
    >>> _holiday_from_day("easter", False, dt.date(2020, 4, 12), dt.date(2020, 4, 15), dt.date(2020, 4, 15)).lo
    datetime.date(2020, 4, 12)
    """
    days = _holiday_by_tense(name, False, lo) if back and lo == hi else _holiday_on_or_after(name, lo, hi)
    return _holiday_by_tense(name, False, done) if done is not None and lo > done and days.lo > done else days


def _mid_unit(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the middle of the month or year after a preposition ("by mid-month"), as "the middle of the month".

    A bare "mid-month payroll" is no time.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Staff return by mid-month.", dt.date(2020, 6, 3))
    [('by mid-month', '2020-06-11', '2020-06-20')]
    """
    lo, hi = _period(m["unit"].lower(), "this", pub)
    return Range(*_part(lo, hi, "mid"), "relative")


def _year_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of publication's year: "year-end", "the year's end", "an end-of-year deadline"; of its
    month: "by month's end", "month-end", as "the end of the month" is.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks missed the end-of-year deadline.", dt.date(2019, 12, 18))]
    [('the end-of-year', '2019-12-31')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("A deal is likely by month's end.", dt.date(2020, 2, 3))]
    [("month's end", '2020-02-29')]

    "By week's end" is the Sunday of publication's Monday-Sunday week, as "the end of the week" is (dates55):

    >>> [(x, v["start"]) for *_, x, v in find_dates("A deal is likely by week's end.", dt.date(2020, 2, 3))]
    [("week's end", '2020-02-09')]
    """
    unit = (m["unit"] or m["unit2"] or "").lower()
    if unit in ("week", "month"):  # the last day of publication's Monday-Sunday week or month
        d = _unit_period(pub, unit).hi
        return Range(d, d, "relative")
    d = dt.date(pub.year, 12, 31)
    return Range(d, d, "relative")


def _written_year_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of a written year joined to "end" ("by 2019-end", "end-2020"), as "the end of 2019" is.

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("Talks end by 2019-end, or by end-2020.", dt.date(2019, 11, 1))]
    [('2019-end', '2019-12-31'), ('end-2020', '2020-12-31')]
    """
    d = dt.date(int(m["y"] or m["y2"]), 12, 31)
    return Range(d, d, "absolute")


def _month_end(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the last day of a month joined to "end" ("by March-end", "end-June 2020"): of its written year, else
    the month read by the tense (ahead in the future, else the latest one begun by publication).

    >>> from analysis.extract.dates import find_dates
    >>> [(x, v["start"]) for *_, x, v in find_dates("It lapsed at end-June; a deal is due by March-end.",
    ...                                            dt.date(2019, 11, 15))]
    [('end-June', '2019-06-30'), ('March-end', '2020-03-31')]
    """
    mon = MONTHS[(m["mon"] or m["mon2"]).lower()]
    y = int(m["year"]) if m["year"] else _resolve_month(mon, pub, "ahead" if future else "")
    d = _month_range(y, mon).hi
    return Range(d, d, "absolute" if m["year"] else "month")


def _deictic(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    word = m.group().lower()
    k = -1 if "yesterday" in word or "last night" in word else 1 if "tomorrow" in word else 0
    d = pub + dt.timedelta(days=k)
    return Range(d, d, "relative")


def _count_and_unit(m: re.Match[str]) -> tuple[int, str] | None:
    """Return a counted span's count and its unit in the singular ("three years" -> (3, "year")), as a whole count
    of a unit :func:`_counted_to` reads: "half a year" is 6 months and "a year and a half" 18 (groups ``halfof``,
    ``half`` or ``half2``, where the pattern has them), a decade 10 years, a fortnight 14 days; None when the count
    is no number a reader can count ("several years") or its half no whole count ("half a week", "a day and a half").

    >>> _count_and_unit(re.match(r"(?P<n>\\w+) (?P<unit>\\w+)", "Three Years"))
    (3, 'year')
    >>> _count_and_unit(re.match(r"(?P<n>\\w+) (?P<unit>\\w+)(?P<half> and a half)?", "two decades and a half"))
    (25, 'year')
    """
    n = _count(m["n"])
    if n is None:
        return None
    unit, halves = m["unit"].lower().rstrip("s"), m.groupdict()
    if halves.get("halfof"):  # "half a year ago": six months, "half a decade ago": five years (half of one unit only)
        halved = _HALF_OF.get(unit) if n == 1 else None
        if halved is None:
            return None
        unit, n = halved
    if halves.get("half") or halves.get("half2"):
        halved = _and_a_half(unit, n)
        if halved is None:
            return None
        unit, n = halved
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "fortnight":  # "a fortnight ago": 14 days, as "two weeks ago" is read
        unit, n = "day", n * 14
    return n, unit


def _ago(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "three years ago" as the unit it counts in (the year 2016, told in 2019; "two months ago": that month;
    "two weeks ago": the Monday-Sunday week holding the day 14 days back; "five days ago", "a fortnight ago": that
    day): a reader counts whole years, months or weeks back, not to the day ("a pact reached three years ago" was
    reached some time in 2016; README, lead decisions on date59's questions).

    >>> from analysis.extract.dates import ranges
    >>> ranges("It was signed three years ago. It fell two months ago.", dt.date(2019, 11, 16))
    [('three years ago', '2016-01-01', '2016-12-31'), ('two months ago', '2019-09-01', '2019-09-30')]
    >>> ranges("They met two weeks ago, not a fortnight ago.", dt.date(2019, 11, 20))
    [('two weeks ago', '2019-11-04', '2019-11-10'), ('a fortnight ago', '2019-11-06', '2019-11-06')]
    >>> ranges("It fell a year and a half ago.", dt.date(2019, 11, 16))
    [('a year and a half ago', '2018-05-01', '2018-05-31')]
    >>> ranges("Half a year ago it fell; half a decade ago it rose.", dt.date(2019, 11, 16))
    [('Half a year ago', '2019-05-01', '2019-05-31'), ('half a decade ago', '2014-01-01', '2014-12-31')]
    """
    counted = _count_and_unit(m)  # a whole count of days, weeks, months or years
    if counted is not None and counted[1] == "year" and m["this"]:
        return _years_ago_this(pub, counted[0], m["this"])
    return None if counted is None else _counted_to(pub, counted[1], -counted[0], whole=("year", "month", "week"))


def _years_ago_this(pub: dt.date, n: int, this: str) -> Range:
    """Return "ten years ago this month" ("this week", "today"): publication's month (Monday-Sunday week, day)
    ``n`` years back, not the whole year "ten years ago" is (dfix38).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Ten years ago this month, the sides signed the eighth SMA.", dt.date(2019, 11, 20))
    [('Ten years ago this month', '2009-11-01', '2009-11-30')]
    >>> ranges("A year ago this week, they met. Two years ago today, they met.", dt.date(2019, 11, 20))[1]
    ('Two years ago today', '2017-11-20', '2017-11-20')
    """
    back = _add(pub, "year", -n)
    unit = "day" if this.lower() == "today" else this.split()[-1].lower()
    return Range(*_unit_period(back, unit), "relative")


_HALF_OF = {"year": ("month", 6), "decade": ("year", 5)}  # half of one unit, as a whole count of the unit below


def _and_a_half(unit: str, n: int) -> tuple[str, int] | None:
    """Return "<n> and a half <unit>s" ("a year and a half", "two and a half decades") as a whole count of the unit
    below (months, years), which a reader counts back in; None for a unit whose half is no whole count of a
    calendar unit ("a day and a half", "a month and a half").

    >>> _and_a_half("year", 1), _and_a_half("decade", 2), _and_a_half("month", 1)
    (('month', 18), ('year', 25), None)
    """
    if unit == "year":
        return "month", n * 12 + 6
    if unit == "decade":
        return "year", n * 10 + 5
    return None


def _counted_to(pub: dt.date, unit: str, n: int, whole: tuple[str, ...] = ("month",)) -> Range:
    """Return the day ``n`` units from ``pub``, or the whole month (or year) it falls in when ``unit`` is in
    ``whole`` (a count of months names a month: "two months ago", "in two months").

    >>> _counted_to(dt.date(2019, 11, 16), "month", -2).lo, _counted_to(dt.date(2019, 11, 16), "week", 2).hi
    (datetime.date(2019, 9, 1), datetime.date(2019, 11, 30))
    """
    d = _add(pub, unit, n)
    return Range(*_unit_period(d, unit), "relative") if unit in whole else Range(d, d, "relative")


# "from today (tomorrow) until (till, to, through) Saturday": one stretch (README, "A stretch told from one time until
# another")
_FROM_DAY_WORD_TO = re.compile(rf"\b(?i:from)[ \t]{{1,3}}(?P<w>(?i:today|tomorrow))[ \t]{{1,3}}"
                               rf"(?i:until|till|to|through)[ \t]{{1,3}}{_WD}")


# verbs of moving a time: :data:`_MOVE_VERBS` (after :data:`_DEFERRAL`, which it is built from); with a particle:
_MOVE_PARTICLES = frozenset({("put", "off"), ("put", "back"), ("brought", "forward"), ("push", "back")})
_MOVE_REACH = 4  # words read back from "from" for the verb


def _moved_before(text: str, start: int) -> bool:
    """Return whether a verb of moving a time (:data:`_MOVE_VERBS`, "put off", "brought forward") stands within
    ``_MOVE_REACH`` words before ``start`` ("The vote was moved | from tomorrow to Friday"): a reschedule (mend58d).

    >>> t = "The vote was put off from today. Flights stop from today. It was moved up a day from today."
    >>> [_moved_before(t, i) for i in (t.index("from"), t.index("stop from") + 5, t.rindex("from"))]
    [True, False, True]
    """
    words = [w.lower() for w in _TOKEN.findall(text, max(0, start - 60), start)[-_MOVE_REACH:]]
    return not _MOVE_VERBS.isdisjoint(words) or any(pair in _MOVE_PARTICLES for pair in pairwise(words))


def _from_day_word_to(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from today (tomorrow) until Saturday": the day the word names to the first such weekday after it, one
    item as "from Monday through Wednesday" is (hist58d).

    >>> from analysis.extract.dates import ranges
    >>> ranges("From today until Sunday, the crew repairs the pier.", dt.date(2007, 8, 8))
    [('From today until Sunday', '2007-08-08', '2007-08-12')]
    >>> ranges("Bo tours the bases from tomorrow to Monday.", dt.date(2024, 11, 15))
    [('from tomorrow to Monday', '2024-11-16', '2024-11-18')]

    Not after a verb of moving a few words before: "was shifted from today to Monday" is a new day, no stretch
    (mend58d; the weekday is read alone):

    >>> ranges("The test was moved from tomorrow to Friday.", dt.date(2024, 11, 13))
    [('tomorrow', '2024-11-14', '2024-11-14'), ('Friday', '2024-11-15', '2024-11-15')]
    """
    if _moved_before(m.string, m.start()):
        return None
    lo = pub + dt.timedelta(days=1 if m["w"].lower() == "tomorrow" else 0)
    ahead = (WEEKDAYS.index(m["wd"]) - lo.weekday()) % 7 or 7
    return Range(lo, lo + dt.timedelta(days=ahead), "relative")


def _from_now(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "two weeks from now" (or "from today"): the day that many units after publication, a month's count
    naming the month it comes to.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It ends two weeks from now. Talks resume a month from today.", dt.date(2019, 11, 16))
    [('two weeks from now', '2019-11-30', '2019-11-30'), ('a month from today', '2019-12-01', '2019-12-31')]

    "From tomorrow" counts from the day after publication (dfix41):

    >>> ranges("He takes office three weeks from tomorrow.", dt.date(2024, 12, 29))
    [('three weeks from tomorrow', '2025-01-20', '2025-01-20')]
    """
    counted = _count_and_unit(m)
    if counted is None:
        return None
    n, unit = counted
    r = _counted_to(pub + dt.timedelta(days=1 if _group(m, "tomorrow") else 0), unit, n)
    return _short_by_a_day(r) if r is not None and _nearly(m.string, m.start(), unit, n) else r


_NEARLY = re.compile(r"\b(?i:nearly|almost|just[ \t]{1,3}under)[ \t]{1,3}\Z")


def _nearly(text: str, start: int, unit: str, n: int) -> bool:
    """Return whether a count of days or weeks over one at ``start`` is told as not quite reached ("nearly two weeks
    from now", "almost six weeks after"): the day it comes to is then the day before (a count of months or years, or
    of one, names too wide a time for a day less to tell).

    >>> t = "They meet nearly two weeks from now."
    >>> _nearly(t, t.index("two"), "week", 2), _nearly(t, t.index("two"), "month", 2)
    (True, False)
    """
    return unit in ("day", "week") and n > 1 and _NEARLY.search(text, max(0, start - 16), start) is not None


def _short_by_a_day(r: Range, step: int = -1) -> Range:
    """Return a one-day range moved a day back (``step`` 1: on; see :func:`_nearly`); a longer range is kept.

    >>> _short_by_a_day(Range(dt.date(2025, 8, 26), dt.date(2025, 8, 26), "relative")).lo
    datetime.date(2025, 8, 25)
    """
    if r.lo != r.hi:
        return r
    day = r.lo + dt.timedelta(days=step)
    return Range(day, day, r.form)


def _nearly_step(text: str, h: _Hit) -> int:
    """Return the day a count "nearly"/"almost" reached after (-1) or before (+1) an event moves the day it comes to
    toward the event ("almost six weeks after the deal lapsed on Dec. 31": Feb. 10, not 11); 0 for any other count.

    >>> from analysis.extract.dates import _candidates
    >>> t = "It was signed almost three weeks after the talks on June 1."
    >>> _nearly_step(t, _candidates(t, dt.date(2025, 8, 12), 0, len(t))[0])
    -1
    """
    groups = h.match.groupdict()
    n = _count(groups.get("n") or "")
    unit = (groups.get("unit") or "").lower().rstrip("s")
    if n is None or not _nearly(text, h.start, unit, n):
        return 0
    return 1 if (groups.get("dir") or "").lower().startswith(("before", "earlier", "prior", "ahead")) else -1


def _unmoved(lo: dt.date, hi: dt.date) -> Period:
    """Return the anchor's own range: a count over one after an event names the time it is told from.

    >>> _unmoved(dt.date(2019, 1, 1), dt.date(2019, 1, 31))
    Period(lo=datetime.date(2019, 1, 1), hi=datetime.date(2019, 1, 31))
    """
    return Period(lo, hi)


def _told_period(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "that four-year period", "the same three-month span": the span told before it (see
    :func:`_periods_told`), marked to be read from the dates before it.

    >>> _told_period(re.match(r"(?P<n>\\w+)-(?P<unit>\\w+)", "four-year"), dt.date(2021, 3, 1), False).told
    4
    """
    n = _count(m["n"])
    return None if n is None else Anchored(_unmoved, unit=m["unit"].lower(), told=n)


# after "ahead of", "behind", "earlier": "ahead of schedule", "ahead of time", "earlier than planned"
_AGAINST_PLAN = re.compile(r"[ \t]{1,3}(?:the[ \t]{1,3})?(?:schedule|time|than)\b")
# "60 days ahead of any furlough", "a week before each round": a rule for every such event, no one date (dfix44)
_ANY_EVENT = re.compile(r"[ \t]{1,3}(?i:any|each|every)\b")


def _counted(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "two days later", "a year earlier": the anchor moved by the count ("a day after the vote": back).

    >>> from analysis.extract.dates import find_dates, ranges
    >>> import re
    >>> a = _counted(re.match(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+)", "two days later"), dt.date(2019, 1, 1), 0)
    >>> a.shift(dt.date(2019, 11, 15), dt.date(2019, 11, 15)).lo, a.event
    (datetime.date(2019, 11, 17), False)
    >>> [(x, v["start"]) for *_, x, v in find_dates("It was signed on Jan. 6. Two days prior, talks stalled.",
    ...                                            dt.date(2020, 1, 15))][1]
    ('Two days prior', '2020-01-04')
    >>> ranges("It was signed on Jan. 6. Two days after that, talks stalled.", dt.date(2020, 1, 15))[1]
    ('Two days after', '2020-01-08', '2020-01-08')
    >>> ranges("It was signed on Jan. 6. A fortnight later, talks stalled.", dt.date(2020, 3, 15))[1]
    ('A fortnight later', '2020-01-20', '2020-01-20')
    """
    n = _count(m["n"])
    if n is None or _AGAINST_PLAN.match(m.string, m.end()) or _ANY_EVENT.match(m.string, m.end()):
        return None  # "two years ahead of schedule", "60 days ahead of any furlough": a lead on a plan or a rule
    way = " ".join(m["dir"].lower().split())
    if way in {"after", "before"} and _for_duration(m.string, m.start()):
        return None  # "failed to meet for almost a year after March 2020": how long, no date (dfix43)
    way = {"prior": "earlier", "prior to": "before"}.get(way, way)  # "two days prior (to the vote)"
    sign = -1 if way in {"earlier", "before", "previously"} else 1
    event = _names_event(m, way)
    unit = m["unit"].lower().rstrip("s")
    if unit == "fortnight":  # "a fortnight later": two weeks (README, lead decisions on date62's questions)
        unit, n = "week", 2 * n
    if unit == "decade":  # "a decade earlier": ten years, as "a decade ago" is (dfix50)
        unit, n = "year", 10 * n
    told = _ANAPHOR.match(m.string, m.end()) or _THAT_EVENT.match(m.string, m.end())  # "after that (meeting)"
    if event and way != "ahead of" and told:  # "two days after that": "two days later"
        return Anchored(partial(_moved, unit=unit, n=sign * n) if n > 1 else _unmoved, unit=unit)
    if event and n > 1 and way != "ahead of":  # "11 months after they began talks in March 2018": February 2019
        return Anchored(_unmoved, event=event, unit=unit, from_event=partial(_moved, unit=unit, n=sign * n))
    if event:  # "a day after the vote" is the vote's date: a day before the date it is told from
        sign = -sign if way != "ahead of" else 1
    return Anchored(partial(_moved, unit=unit, n=sign * n), event=event, unit=unit)


_FOR_DURATION = re.compile(
    r"\b(?i:for)[ \t]{1,3}(?:(?i:about|around|nearly|almost|roughly|some|over|more[ \t]than)[ \t]{1,3})?\Z")


def _for_duration(text: str, at: int) -> bool:
    """Return whether the count at ``at`` follows "for" (a hedge between): "for (almost) a year after X" tells how
    long a state lasted from X, no day of its own (tests/corpus/README.md: a duration is no item; dfix43).

    >>> t = "They did not meet for almost a year after May. They met a year after May."
    >>> _for_duration(t, t.find("a year")), _for_duration(t, t.rfind("a year"))
    (True, False)
    """
    return _FOR_DURATION.search(text, max(0, at - 24), at) is not None


def _eve_of(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on the eve of his visit", "the eve of the talks": the day before the date told before it (dfix38).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Esper arrived in Seoul on Nov. 14. On the eve of his visit, Seoul softened.", dt.date(2019, 11, 20))[-1]
    ('On the eve of his visit', '2019-11-13', '2019-11-13')

    Of talks told as a span, the day before their first day (dates54):

    >>> ranges("Talks ran from Nov. 5 to Nov. 7. On the eve of the talks, Han spoke.", dt.date(2024, 11, 13))[-1]
    ('On the eve of the talks', '2024-11-04', '2024-11-04')
    """
    return Anchored(partial(_day_of, nth=0), unit="day")


def _day_of(lo: dt.date, hi: dt.date, nth: int) -> Period:
    """Return the ``nth`` day of the event told as ``lo..hi`` (1: its first; -1: its last; 0: the day before it, its
    eve), no later than its last day (dates54).

    >>> d = dt.date
    >>> [_day_of(d(2024, 11, 5), d(2024, 11, 7), n).lo.day for n in (0, 1, 2, -1, 5)]
    [4, 5, 6, 7, 7]
    """
    day = hi if nth < 0 else min(hi, lo + dt.timedelta(days=nth - 1))
    return Period(day, day)


# "on the opening (second, final) day of the talks", "at the end (start, close) of the talks": a day of the event
# told before it in its paragraph (dates54); not before a date or a name after it ("the end of the talks on Friday")
_EVENT_NTH = {"opening": 1, "first": 1, "second": 2, "third": 3, "final": -1, "last": -1, "closing": -1,
              "end": -1, "close": -1, "conclusion": -1, "start": 1, "beginning": 1, "outset": 1}
_EVENT_OF = (r"[ \t]{1,3}of[ \t]{1,3}(?:the|this|that|his|her|their|its)[ \t]{1,3}(?:[a-z][a-z-]{1,20}[ \t]{1,3}){0,2}"
             r"(?:talks|negotiations|meetings?|summit|visit|trip|round|session|conference|exercises?|drills?"
             r"|hearings?|forum|dialogue)\b(?!['’]|[ \t]{1,3}(?:on|of|in|at|last|this|next)\b)")
_EVENT_DAY = re.compile(r"(?:\b(?i:on|at|by|until|since|from)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}"
                        r"(?P<nth>opening|first|second|third|final|last|closing)[ \t]{1,3}day" + _EVENT_OF)
_EVENT_EDGE = re.compile(r"(?:\b(?i:at|by|until|since|from|toward|towards)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}"
                         r"(?P<nth>end|close|start|beginning)" + _EVENT_OF)


def _event_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on the second day of the talks", "at the end of the talks": that day of the event told before it in
    its paragraph, from its first (or last) day (dates54).

    >>> from analysis.extract.dates import ranges
    >>> [ranges(f"Talks ran from Nov. 5 to Nov. 7. {t}, Han left.", dt.date(2024, 11, 13))[1][1] for t in (
    ...     "On the second day of the talks", "At the end of the talks")]
    ['2024-11-06', '2024-11-07']
    """
    return Anchored(partial(_day_of, nth=_EVENT_NTH[m["nth"].lower()]), unit="day")


def _hours_counted(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "Hours later", "Forty-eight hours later", "minutes earlier": the day(s) the count of hours (minutes)
    comes to from the date told before it; a count under a day, or none, stays on that day (dfix38).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The U.S. team arrived on Nov. 18. Forty-eight hours later, it was gone.", dt.date(2019, 12, 2))[-1]
    ('Forty-eight hours later', '2019-11-20', '2019-11-20')
    >>> ranges("The talks opened on Nov. 19. Hours later, the U.S. side walked out.", dt.date(2019, 12, 2))[-1]
    ('Hours later', '2019-11-19', '2019-11-19')
    >>> ranges("Talks began on Nov. 19. Thirty hours later, they ended.", dt.date(2019, 12, 2))[-1]
    ('Thirty hours later', '2019-11-20', '2019-11-21')
    """
    n = _count(m["n"]) if m["n"] and not m["few"] else 0
    if n is None:
        return None
    per_day = 24 if m["unit"].lower().startswith("h") else 24 * 60
    sign = -1 if m["dir"].lower() == "earlier" else 1
    days = (n // per_day, -(-n // per_day)) if n >= per_day else (0, 0)  # under a day: that day
    first, last = sorted((sign * days[0], sign * days[1]))

    def shift(lo: dt.date, hi: dt.date) -> Period:
        return Period(lo + dt.timedelta(days=first), hi + dt.timedelta(days=last))

    return Anchored(shift, unit="day")


def _from_expiry(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "six weeks after the previous accord expired", "a month after the expiration of the agreement": the
    end of the cost-sharing agreement's term (31 December of its last year, data/sma_contributions.csv), the latest
    ended by publication ("expires", "the current agreement": the one running then; see :func:`_deal_ahead`), moved
    by a count over one (a count of one names the end itself, as "a day after the vote" names the vote's day);
    "almost six weeks": the day before (`_nearly`); "more than three months after": left to the main clause's time,
    as any rough count after an event is.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It was inked almost six weeks after the previous five-year accord expired.", dt.date(2019, 2, 13))
    [('six weeks after the previous five-year accord expired', '2019-02-10', '2019-02-10')]
    >>> ranges("Nearly a month after the expiration of the agreement, talks resumed.", dt.date(2020, 1, 31))
    [('a month after the expiration of the agreement', '2019-12-31', '2019-12-31')]
    """
    n = _count(m["n"])
    unit = m["unit"].lower().rstrip("s")
    rough = n != 1 and _APPROXIMATE.search(m.string, max(0, m.start() - 16), m.start()) and not _nearly(
        m.string, m.start(), unit, n or 0)  # a count of one names the end itself, however rough
    if n is None or rough or _OWN_DATE_AFTER.match(m.string, m.end()) or (
            m["verb"] is None and _others_deal(m.string, m.end())):
        return None  # "more than three months after ...": the main clause's time; "... expired on Dec. 31": its own
    end = _deal_end(pub, _deal_ahead(m))
    if end is None:
        return None
    if n == 1:
        return Range(end, end, "relative")
    sign = 1 if m["dir"].lower() == "after" else -1
    day = _add(end, unit, sign * n)
    return _short_by_a_day(Range(day, day, "relative"), -sign) if _nearly(m.string, m.start(), unit, n) else \
        Range(day, day, "relative")


_DEAL_OWNER_WORDS = frozenset(["between", "with", "of", "among"])  # "between Japan and the US", "of Japan"
# The words by which the cost-sharing deal's two parties are named in an owner phrase ("between Seoul and Washington")
_OWN_PARTIES = frozenset([
    "south", "korea", "korean", "the", "republic", "of", "rok", "seoul", "u.s.", "us", "united", "states", "america",
    "american", "washington", "and", "two", "allies", "countries", "sides", "nations"])
_OWNER_WORDS_MOST = 8  # words of "between the Republic of Korea and the United States" read at most


def _others_deal(text: str, end: int) -> bool:
    """Return whether the agreement ending at ``end`` is owned by another pair or party than Seoul and Washington
    ("the agreement between Japan and the US", "the agreement of Japan", "with Tokyo"): not the cost-sharing deal.

    >>> _others_deal("the agreement between Japan and the US.", 13), _others_deal("the deal with Tokyo", 8)
    (True, True)
    >>> _others_deal("the agreement between Seoul and Washington, talks", 13), _others_deal("the deal, talks", 8)
    (False, False)
    """
    words = text[end : end + 80].split()[: _OWNER_WORDS_MOST + 1]
    if not words or words[0].lower() not in _DEAL_OWNER_WORDS:
        return False
    for w in words[1:]:
        bare = w.rstrip(",.;:)")
        if bare.lower() not in _OWN_PARTIES:
            return True  # "Japan": another party
        if bare != w:
            break  # the owner phrase ends with its punctuation
    return False


_OWN_DATE_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?i:on|at|in|by)[ \t]{1,3}(?:(?i:the[ \t]{1,3})?(?i:end)\b|[A-Z][a-z]|\d)|\d)")


def _deal_ahead(m: re.Match[str]) -> bool:
    """Return whether the agreement of :func:`_from_expiry` is the one running at publication ("the current
    agreement", "the deal expires") rather than the last one ended ("the previous pact", "the deal expired"); with
    neither said, the last one ended unless the clause before it is in the future tense ("talks will resume a month
    after the expiration of the agreement"; a fronted phrase takes no tense from the main clause after it).

    >>> [_deal_ahead(_COUNT_FROM_EXPIRY.search(t)) for t in ("two years before the expiration of the current deal",
    ...     "a month after the previous deal expired", "a month after the expiration of the deal, talks resumed")]
    [True, False, False]
    """
    words = m.group().lower().split()
    if words[-1] in {"expires", "lapses"} or words[-2:] == ["runs", "out"]:
        return True
    if words[-1] in {"expired", "lapsed"} or words[-2:] == ["ran", "out"]:
        return False
    if _CURRENT_DEAL & set(words):
        return True
    return not _PREVIOUS_DEAL & set(words) and clause_tense(m.string, m.start(), m.end(), hi=m.end()) == "future"


_CURRENT_DEAL = frozenset({"current", "existing", "present"})
_PREVIOUS_DEAL = frozenset({"previous", "last", "old", "former", "prior"})


@cache
def _deal_ends() -> tuple[dt.date, ...]:
    """Return the last day of each cost-sharing agreement's term (data/sma_contributions.csv), in order.

    >>> dt.date(2018, 12, 31) in _deal_ends()
    True
    """
    return tuple(sorted({dt.date(int(r["term_end"]), 12, 31) for r in check_table("sma_contributions").dicts()
                         if r.get("term_end")}))


def _deal_end(pub: dt.date, ahead: bool) -> dt.date | None:
    """Return the end of the latest agreement term ended by ``pub`` (``ahead``: the first ending on or after it).

    >>> _deal_end(dt.date(2019, 2, 13), False), _deal_end(dt.date(2019, 2, 13), True)
    (datetime.date(2018, 12, 31), datetime.date(2019, 12, 31))
    """
    ends = _deal_ends()
    if ahead:
        return next((e for e in ends if e >= pub), None)
    return max((e for e in ends if e <= pub), default=None)


def _counted_event(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "46 days after the inauguration", "two weeks before the summit": the event's date moved by a count
    over one; "a week before the summit", "one day after the inauguration": a count of one names the event's own
    date (README, as "a day after the vote" does).

    >>> import re
    >>> rx = re.compile(r"(?P<n>\\w+) (?P<unit>\\w+) (?P<dir>\\w+) the (?P<noun>\\w+)")
    >>> a = _counted_event(rx.match("two weeks after the summit"), dt.date(2019, 1, 1), False)
    >>> a.noun, a.shift(dt.date(2019, 2, 28), dt.date(2019, 2, 28)).lo
    ('summit', datetime.date(2019, 3, 14))
    >>> _counted_event(rx.match("a week before the summit"), dt.date(2019, 1, 1), False).shift is _unmoved
    True
    """
    n = _count(m["n"])
    if n is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower().rstrip("s")
    noun = "inauguration" if m.groupdict().get("adm") else m["noun"].lower()  # "the launch of the X administration"
    return Anchored(partial(_moved, unit=unit, n=sign * n) if n > 1 else _unmoved, unit=unit, noun=noun)


def _at_inauguration(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "before his inauguration", "until Trump's inauguration": the inauguration's own day ("before X" is X,
    README), of the president its words or sentence name (data/events.csv), the latest by the date it is told from.

    >>> from analysis.extract.dates import find_dates
    >>> t = "Even before his inauguration, Trump attacked the deal."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2025, 4, 11))]
    [('before his inauguration', '2025-01-20')]
    """
    return Anchored(_unmoved, unit="day", noun="inauguration", own_date=False)


def _names_event(m: re.Match[str], way: str) -> bool:
    """Return whether "after"/"before"/"ahead of" at the end of ``m`` takes an object ("a day after the vote").

    >>> import re
    >>> _names_event(re.match("a day after", "a day after the vote"), "after")
    True
    >>> _names_event(re.match("a day after", "a day after, he left"), "after")
    False
    """
    return way in {"after", "before", "ahead of"} and _OBJECT.match(m.string, m.end()) is not None


_FOLLOWING = frozenset({"next", "following", "subsequent"})  # "the following year", "the subsequent four years"


def _adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the previous year", "the next day", "the year before", "that month": a period beside the anchor's.

    "over/within/in the next year" is the year from publication instead.

    >>> from analysis.extract.dates import ranges
    >>> import re
    >>> rx = re.compile(r"(?:(?P<pre>in) )?the (?P<which>\\w+) (?P<unit>\\w+)(?P<dir>)")
    >>> _adjacent(rx.match("the previous year"), dt.date(2019, 1, 1), False).shift(
    ...     dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    Period(lo=datetime.date(2018, 1, 1), hi=datetime.date(2018, 12, 31))
    >>> ranges("In 2019 Seoul paid more than it did previous year.", dt.date(2019, 2, 13))[-1]
    ('previous year', '2018-01-01', '2018-12-31')
    """
    which = (m["which"] or "").lower()
    unit = m["unit"].lower()
    way = {"prior": "earlier"}.get(way := (m["dir"] or "").lower(), way)  # "the year prior": no object (dfix49)
    if m["pre"] and which in {"next", "coming"} and not _particle_in(m):
        return Range(pub, _add(pub, unit, 1), "relative")
    k = 1 if which in _FOLLOWING or way in {"after", "later"} else 0
    k = -1 if which in _PREVIOUS_WHICH or way in _BEFORE_WAY else k
    event = _names_event(m, way)
    if event and _THAT_EVENT.match(m.string, m.end()):  # "the day after that meeting": the meeting's own day
        return Anchored(partial(_next_period, unit=unit, k=0), unit=unit)
    step = unit == "year" and k != 0 and not event
    return Anchored(partial(_next_period, unit=unit, k=-k if event else k), event=event, unit=unit, year_step=step,
                    or_published=_for_the_next(m, which),
                    published=_year_before if step and k < 0 and _compared_with_year(m, pub) else None)


#: The words of a period before the anchor's, as its adjective ("the previous year") or after it ("the year before"):
#: read by :func:`_adjacent` and, as a year before told, by :data:`_YEAR_STEP_WORD`.
_PREVIOUS_WHICH = frozenset({"previous", "preceding", "prior"})
_BEFORE_WAY = frozenset({"before", "earlier"})

# "early the next year", "late in the following year", "mid the previous month": a third of the year (month) beside
# the anchor's, as "early next year" is of the year after publication's (dfix50)
_PART_ADJACENT = re.compile(r"\b(?P<part>early|late|mid)(?:[ \t]{1,3}in)?[ \t]{1,3}the[ \t]{1,3}"
                            r"(?P<which>next|following|subsequent|previous|preceding)[ \t]{1,3}(?P<unit>year|month)\b",
                            re.IGNORECASE)


def _part_adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "early the next year", "late in the following year": the part of the period beside the anchor's.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks ended in November 2018. Early the next year, they resumed.", dt.date(2022, 3, 17))[1]
    ('Early the next year', '2019-01-01', '2019-04-30')
    """
    unit = m["unit"].lower()
    k = -1 if m["which"].lower() in {"previous", "preceding"} else 1
    return Anchored(partial(_part_of_next, unit=unit, k=k, part=m["part"].lower()), unit=unit)


def _part_of_next(lo: dt.date, hi: dt.date, unit: str, k: int, part: str) -> Period:
    """Return the ``part`` (early, mid, late) of the ``unit`` ``k`` steps from the anchor ``lo..hi``.

    >>> _part_of_next(dt.date(2018, 11, 1), dt.date(2018, 11, 30), "year", 1, "late")
    Period(lo=datetime.date(2019, 9, 1), hi=datetime.date(2019, 12, 31))
    """
    beside = _next_period(lo, hi, unit, k)
    return _year_part(beside.lo.year, part) if unit == "year" else _part(beside.lo, beside.hi, part)


def _year_before(pub: dt.date) -> Period:
    """Return the calendar year before publication's.

    >>> _year_before(dt.date(2020, 8, 20)).lo
    datetime.date(2019, 1, 1)
    """
    return _next_period(pub, pub, "year", -1)


# the words of a comparison right before "the previous year" ("up 8% from", "more than", "compared with")
_COMPARED_BEFORE = (" from", " over", " than", " compared with", " compared to", " on")
# words of a change or a share in the sentence: the comparison is of a figure ("a 16.1 percent increase from the prior
# year"), not of an act ("learned more than the previous year")
_CHANGE_WORDS = frozenset({"percent", "percentage", "increase", "increases", "rise", "rises", "hike", "hikes", "jump",
                           "decrease", "drop", "cut", "higher", "lower", "up", "down"})


def _compared_with_year(m: re.Match[str], pub: dt.date) -> bool:
    """Return whether "the previous (prior, preceding) year" (``m``) closes a comparison of a figure ("an increase of
    about 50 percent from the previous year", "a 16.1 percent cost increase from the prior year") in a clause not told
    in the past (the present perfect is the story's present: "has asked for ... an increase of 50 percent from the
    previous year"): with no date before it in its paragraph, the year compared with is the one before the story's (the
    figure is this year's; dfix49). Not a past clause ("paid 5% more than the previous year"), a rule for every year
    ("each year's rise must not exceed 4% over the previous year"), nor text whose two paragraphs before it name another
    year than publication's or the one before ("In 2014, ..."): those stay unresolved, as before.

    >>> t = "Seoul must bear a 16.1 percent increase from the prior year. Seoul paid 5% more than the previous year."
    >>> [_compared_with_year(x, dt.date(2019, 1, 22)) for x in re.finditer(r"the (?:prior|previous) year", t)]
    [True, False]
    >>> t = ("In 2014, a deal.\\n\\nSeoul must pay 5.8 percent more than the previous year. Each year's rise is 4% "
    ...      "over the prior year.")
    >>> [_compared_with_year(x, dt.date(2019, 1, 22)) for x in re.finditer(r"the (?:prior|previous) year", t)]
    [False, False]
    """
    before = m.string[max(0, m.start() - 16) : m.start()].rstrip().lower()
    if not before.endswith(_COMPARED_BEFORE) and (m["pre"] or "").lower() != "over":  # "a rise over the prior year"
        return False
    sentence = _sentence_span(m.string, m.start(), m.end())
    words = m.string[sentence.start : m.start()].replace("%", " percent ").lower().split()
    now = clause_tense(m.string, m.start(), m.end()) != "past" or not {"has", "have"}.isdisjoint(words)  # "has asked"
    return now and not _CHANGE_WORDS.isdisjoint(words) and _EVERY_YEAR.isdisjoint(words) and not _other_year_before(
        m.string, m.start(), pub)


_EVERY_YEAR = frozenset({"each", "every", "annual", "annually", "yearly"})  # a rule for every year, no one year
_YEARS_BACK_PARAGRAPHS = 2  # paragraphs before a compared "previous year" read for a year of another time


def _other_year_before(text: str, at: int, pub: dt.date) -> bool:
    """Return whether the text before ``at``, back to the start of the paragraph two before its own, names a year
    (1900-2099) other than publication's and the one before: the story tells of another time, whose "previous year"
    the words may count from.

    >>> t = "In 2014, a deal.\\n\\nTalks.\\n\\nSeoul pays more."
    >>> _other_year_before(t, len(t), dt.date(2019, 1, 1)), _other_year_before(t, len(t), dt.date(2015, 1, 1))
    (True, False)
    """
    begin = at
    for _ in range(_YEARS_BACK_PARAGRAPHS + 1):
        begin = text.rfind("\n\n", 0, max(0, begin - 1))
        if begin < 0:
            break
    for word in text[max(0, begin) : at].split():
        digits = word.strip("(),.;:'\"’s")
        if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) < 2100 and int(digits) not in (
                pub.year, pub.year - 1):
            return True
    return False


_FOR_BEFORE = re.compile(r"\b(?i:for)[ \t]{1,3}\Z")
# a verb whose particle is "in" ("was sworn in the next day", "stepped in the following week"): no span from now
_PARTICLE_IN_VERB = re.compile(r"\b(?i:sworn|swore|moved|checked|stepped|kicked|phased|handed|turned|pitched|chipped"
                               r"|weighed|filled|closed|zeroed|reined|locked)[ \t]{1,3}\Z")


def _particle_in(m: re.Match[str]) -> bool:
    """Return whether the "in" of "in the next day" (``m``) is the particle of the verb before it ("he was sworn in
    the next day"): the phrase is "the next day", counted from the date told before it, not the day from
    publication that "in the next day" (within it) is (dfix43).

    >>> from analysis.extract.dates import ranges
    >>> t = "Lee won on June 3 and was sworn in the next day. A ruling is due in the next day."
    >>> [x for x in ranges(t, dt.date(2025, 6, 14))]  # doctest: +NORMALIZE_WHITESPACE
    [('on June 3', '2025-06-03', '2025-06-03'), ('in the next day', '2025-06-04', '2025-06-04'),
     ('in the next day', '2025-06-14', '2025-06-15')]
    """
    return m["pre"] is not None and m["pre"].lower() == "in" and _PARTICLE_IN_VERB.search(
        m.string, max(0, m.start() - 12), m.start()) is not None


def _for_the_next(m: re.Match[str], which: str) -> bool:
    """Return whether "the next year" (month, week) follows "for" ("a rise in defense funding for the next year"):
    with no date before it in its paragraph, the one after publication's, as "next year" is (a budget or a plan
    names a period of the calendar).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Lee urged lawmakers to approve a rise in funding for the next year.", dt.date(2025, 11, 4))
    [('the next year', '2026-01-01', '2026-12-31')]
    """
    return which in {"next", "coming"} and _FOR_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None


def _day_part(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the next morning", "later that night", "the same evening", "the previous night": a part of the day
    told before it (that day, the next, or the one before), as "the next day" is. A lone "that" needs a word of time
    before it, a capital or "same" ("said that morning talks ...": a conjunction).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks ended on Oct. 1, 2024. The next morning, Lee left.", dt.date(2025, 4, 9))[1]
    ('The next morning', '2024-10-02', '2024-10-02')
    >>> ranges("Talks ended on Oct. 1, 2024. The night before, Lee left.", dt.date(2025, 4, 9))[1]
    ('The night before', '2024-09-30', '2024-09-30')
    """
    which = (m["which"] or (m["dir"] or "").replace("before", "previous").replace("after", "next")).lower()
    if not (which or m["pre"] or m["same"] or m["that"] == "That" or (m["that"] and _part_phrase_ends(m))):
        return None
    k = 1 if which in _FOLLOWING else -1 if which in {"previous", "preceding"} else 0
    return Anchored(partial(_next_period, unit="day", k=k), unit="day")


# what may follow "that morning" used as a time ("a meeting that morning with Bo", "met that night."): a stop, a
# comma, a possessive or a preposition; never a noun and its verb ("said that morning talks would resume")
_PART_PHRASE_END = re.compile(
    r"(?<![ \t])[ \t]*+(?:[.,;:)]|['’]s\b|(?:with|in|at|to|for|before|after|as|when|while|on|from|near)\b)")


def _part_phrase_ends(m: re.Match[str]) -> bool:
    """Return whether a lone "that morning" (afternoon, evening, night) ends its phrase: a stop, a comma, a
    possessive or a preposition after it, as a time does ("a breakfast meeting that morning with Bo", fresh77q).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Bo spoke on Dec. 3 after a meeting that morning with Al.", dt.date(2019, 12, 4))[1]
    ('that morning', '2019-12-03', '2019-12-03')
    >>> ranges("Bo spoke on Dec. 3. He said that morning talks would resume.", dt.date(2019, 12, 4))[1:]
    []
    """
    return _PART_PHRASE_END.match(m.string, m.end()) is not None


def _fronted_day_part(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return a fronted "In the afternoon," (morning, evening) opening its sentence: the part of the day told before it
    in its paragraph ("On Monday, Bo met Al. In the afternoon, ..."), as "that afternoon" is; with no day before it, a
    future clause ("In the afternoon, Bo will meet Al") tells the story's own day, as "this afternoon" does, and a past
    one is left unresolved (fresh95: which day a past afternoon was, the text does not say).

    >>> from analysis.extract.dates import find_dates, ranges
    >>> ranges("In the afternoon, Bo will meet the envoy.", dt.date(2021, 5, 7))
    [('In the afternoon', '2021-05-07', '2021-05-07')]
    >>> ranges("Talks opened on Monday, May 3, 2021. In the afternoon, Bo left.", dt.date(2021, 5, 7))[1]
    ('In the afternoon', '2021-05-03', '2021-05-03')
    >>> [v.get("unresolved") is not None for *_, v in find_dates("In the evening, Bo left.", dt.date(2021, 5, 7))]
    [True]

    A future clause never takes a past day told before it: it tells the story's own day (review92 finding 2):

    >>> ranges("Talks opened on Monday, May 3, 2021. In the afternoon, Bo will meet Al.", dt.date(2021, 5, 7))[1]
    ('In the afternoon', '2021-05-07', '2021-05-07')
    """
    ahead = clause_tense(m.string, m.start(), m.end()) == "future"  # the clause it opens, read after it
    shift = partial(_day_not_before, pub=pub) if ahead else partial(_next_period, unit="day", k=0)
    return Anchored(shift, or_published=ahead, unit="day")


def _day_not_before(lo: dt.date, hi: dt.date, pub: dt.date) -> Period:
    """Return the day told before a future clause's part of a day (``lo..hi``), or the story's day ``pub`` when that
    day is already past: a future clause never takes a past day's date (review92 finding 2).

    >>> _day_not_before(dt.date(2021, 5, 3), dt.date(2021, 5, 3), dt.date(2021, 5, 7))
    Period(lo=datetime.date(2021, 5, 7), hi=datetime.date(2021, 5, 7))
    >>> _day_not_before(dt.date(2021, 5, 10), dt.date(2021, 5, 10), dt.date(2021, 5, 7))
    Period(lo=datetime.date(2021, 5, 10), hi=datetime.date(2021, 5, 10))
    """
    return Period(pub, pub) if hi < pub else _next_period(lo, hi, unit="day", k=0)


#: "In the afternoon," opening a sentence (a paragraph's start, or after a full stop): a time of the clause it opens;
#: never "at three in the morning" (a clock time) nor "in the afternoon session" (no comma after it).
_FRONTED_DAY_PART = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))In[ \t]the[ \t]"
                               r"(?:morning|afternoon|evening)(?=,)", re.M)
_T_FRONTED_DAY_PART = Trigger(re.compile(r"(?:morning|afternoon|evening),"),
                              (("morning", 0), ("afternoon", 0), ("evening", 0)))


_DAY_PART = re.compile(
    r"\b(?:(?P<pre>(?i:later|earlier|late|early|on|by|until))\s+)?(?:(?i:the)\s+(?P<which>(?i:next|following|previous"
    r"|preceding|same))|(?P<that>[Tt]hat)(?P<same>\s+(?i:same))?)\s+(?i:morning|afternoon|evening|night)\b"
    # "the night before", "the morning after" with no object after them (not "the night before the vote", nor its
    # object on the next line of wrapped text: review69 finding 11; a blank line ends the paragraph, no object)
    r"|\b(?i:the)\s+(?i:morning|afternoon|evening|night)\s+(?P<dir>(?i:before|after))\b"
    r"(?![ \t]*+(?:\r?\n[ \t]*+)?+(?<=[ \t\n])[\w$“\"'])"
)
_T_DAY_PART = Trigger(re.compile(r"(?:morning|afternoon|evening|night)\b"),
                      (("morning", 0), ("afternoon", 0), ("evening", 0), ("night", 0)))


def _weekend_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "that weekend", "the following (next) weekend", "the previous weekend" after a day told before it:
    the Saturday-Sunday of that day's Monday-Sunday week, the first weekend after it, the last one before it (as
    "the following <weekday>" is the first such day after the day told). Counted from a day or a week only.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks opened on March 3, 2021. That weekend, Lee left.", dt.date(2021, 6, 16))[1]
    ('That weekend', '2021-03-06', '2021-03-07')
    >>> ranges("Talks opened on March 3, 2021. The previous weekend, Lee left.", dt.date(2021, 6, 16))[1]
    ('The previous weekend', '2021-02-27', '2021-02-28')
    """
    which = (m["which"] or "").lower()
    k = 1 if which in _FOLLOWING else -1 if which in {"previous", "preceding", "prior"} else 0
    # "the next weekend" with no day before it (mendd65), unless its sentence tells a past (mendd66)
    published = _next_weekend if which == "next" and not _told_past(m.string, m.start(), m.end()) else None
    return Anchored(partial(_weekend_of, k=k), unit="weekend", published=published)


# "The weekend before, Kim met ...", "the weekend after." (a comma, a stop, "that" after it; not "the weekend before
# Christmas", "the weekend after the vote": the event's own rows read those): a weekend beside the day told before it,
# as "The Monday after," is (:data:`_WEEKDAY_BESIDE`; fix51d2)
_WEEKEND_BEFORE_AFTER = re.compile(
    r"\b(?:(?i:over|during|on|at|by|for)[ \t]{1,3})?(?i:the)[ \t]{1,3}(?i:weekend)[ \t]{1,3}(?P<dir>(?i:after|before))"
    r"(?=[ \t]{0,3}[,;:.)]|[ \t]{1,3}that\b)"
)


def _weekend_before_after(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the weekend before," ("after"): the last weekend before the day told before it (the first after it),
    as "The Monday after," counts from that day (:func:`_weekday_beside`). That day is the one :func:`_anchor_of`
    finds for any anchored date: the last date told before it on its side of the quote marks, which may stand in an
    earlier paragraph ("The round opened Dec. 3.<blank line>The weekend before, ..."); with no date told before it
    at all, the weekend its clause's tense reads from publication, as "the weekend" alone is read. None for a habit
    ("usually met the weekend before"), as :func:`_weekend` reads one.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The round opened Dec. 3, 2019. The weekend before, Bo met Al.", dt.date(2019, 12, 17))[1]
    ('The weekend before', '2019-11-30', '2019-12-01')
    >>> ranges("Bo met Al the weekend before.", dt.date(2019, 12, 17))
    [('the weekend before', '2019-12-14', '2019-12-15')]
    """
    told = _weekend(m, pub, clause_tense(m.string, m.start(), m.end()) == "future")
    if told is None:
        return None
    k = -1 if m["dir"].lower() == "before" else 1
    return Anchored(partial(_weekend_of, k=k), unit="weekend", published=lambda _day: Period(told.lo, told.hi))


def _told_past(text: str, start: int, end: int) -> bool:
    """Return whether the sentence of ``text[start:end]`` tells a past, its clause not the future: a past verb in
    the ``_BACK`` characters before it or the ``_WINDOW`` after it, up to the sentence's marks ("When the talks
    collapsed, protests followed the next weekend": the weekend after the collapse, no weekend from publication).

    >>> t = "When talks collapsed, protests followed the next weekend. Kim said Lee will go the next weekend."
    >>> _told_past(t, 40, 56), _told_past(t, 80, 96)
    (True, False)
    """
    if clause_tense(text, start, end) == "future":
        return False
    back = _clause_words(text, max(0, start - _BACK), start, True, None)
    after = _clause_words(text, end, min(len(text), end + _WINDOW), False, None)
    for words, order in ((back, range(len(back) - 1, -1, -1)), (after, range(len(after)))):
        for k in order:  # outward from the date, each word read with its own neighbours
            if words[k] in _BOUNDARY:
                break
            if _tense_of(words, k) == "past":
                return True
    return False


def _next_weekend(pub: dt.date) -> Period:
    """Return "next weekend" read from publication, as :func:`_relative` reads it: "the next weekend" with no day
    told before it (mendd65; "that weekend", "the following weekend" with none stay unresolved).

    >>> _next_weekend(dt.date(2021, 6, 16))
    Period(lo=datetime.date(2021, 6, 26), hi=datetime.date(2021, 6, 27))
    """
    return Period(*_period("weekend", _last_on_sunday("next", "weekend", pub), pub))


def _weekend_of(lo: dt.date, hi: dt.date, k: int) -> Period:
    """Return the weekend of the week of ``lo`` (``k`` = 0), the first after ``hi`` (1), the last before ``lo`` (-1).

    >>> _weekend_of(dt.date(2021, 6, 4), dt.date(2021, 6, 4), 1)  # a Friday: the next day's weekend
    Period(lo=datetime.date(2021, 6, 5), hi=datetime.date(2021, 6, 6))
    """
    if k > 0:
        sat = hi + dt.timedelta(days=(5 - hi.weekday()) % 7 or 7)
    elif k < 0:
        sat = lo - dt.timedelta(days=(lo.weekday() - 6) % 7 or 7) - dt.timedelta(days=1)
    else:
        sat = lo + dt.timedelta(days=5 - lo.weekday())
    return Period(sat, sat + dt.timedelta(days=1))


# "that weekend", "over the following weekend", "the previous weekend": a weekend beside a day told before it (date64);
# not "that weekend's rally" (a thing of the weekend)
_WEEKEND_BESIDE = re.compile(
    r"\b(?:(?i:over|during|on|at|by|for)[ \t]{1,3})?(?:[Tt]hat(?:[ \t]{1,3}(?i:same))?|(?i:the)[ \t]{1,3}"
    r"(?P<which>(?i:following|next|previous|preceding|prior|same)))[ \t]{1,3}(?i:weekend)\b(?![\'’-])"
)


def _that_time(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "at that time", "since that time", "by that time": the time told before it in its paragraph, as it is
    (a year, a month or a day; "since X" resolves to X); with none, unresolved.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Costs were $500 million in 2005, and have risen since that time.", dt.date(2019, 1, 22))[1]
    ('since that time', '2005-01-01', '2005-12-31')
    """
    return Anchored(_unmoved, unit="year")


_THAT_TIME = re.compile(r"\b(?i:at|since|by|until|till|from|before|after|around)[ \t]{1,3}(?i:that)[ \t]{1,3}"
                        r"(?i:time)\b(?![ \t]{0,3}(?i:frame|period|zone|limit|span|slot)\b)")
_T_THAT_TIME = Trigger(re.compile(r"(?i:that)[ \t]{1,3}(?i:time)\b"), (("hat", 1), ("HAT", 1)))


def _two_off(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the day before yesterday", "the year before last", "the week after next": the day, Monday-Sunday
    week, month or year two steps from publication's.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It was the year before last.", dt.date(2024, 10, 17))
    [('the year before last', '2022-01-01', '2022-12-31')]
    """
    unit = (m["day"] or m["unit"]).lower()
    step = -2 if (m["dd"] or m["dir"]).lower().startswith("before") else 2
    lo, hi = _unit_period(_add(pub, unit, step), unit)
    return Range(lo, hi, "relative")


def _second_adjacent(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the year before the previous year", "the day after the next day": two periods from the anchor's.

    >>> from analysis.extract.dates import find_dates
    >>> t = "In 2024 the fee rose by the inflation of the year before the previous year."
    >>> [(x, v["start"]) for *_, x, v in find_dates(t, dt.date(2024, 10, 4))]
    [('2024', '2024-01-01'), ('the year before the previous year', '2022-01-01')]
    """
    way, which, unit = m["dir"].lower(), m["which"].lower(), m["unit"].lower()
    if (way == "before") != (which in {"previous", "preceding"}):
        return None  # "the year before the next year": not a count of two
    k = -2 if way == "before" else 2
    return Anchored(partial(_next_period, unit=unit, k=k), unit=unit, year_step=unit == "year")


# "from now", "from today" right after a count: counted forward from publication, whatever the clause's tense
_FROM_NOW = re.compile(r"[ \t]{1,3}(?i:from)[ \t]{1,3}(?i:now|today)\b")


def _in_count(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "in two weeks" by the tense of its clause: told in the past, the span that many units up to
    publication ("the fourth test in two weeks"); in the future, the day that many units after it ("will
    meet in two weeks"); with no tense, nothing.

    >>> from analysis.extract.dates import find_dates, ranges
    >>> [(v["start"], v["end"]) for *_, v in find_dates("It was the fourth test in two weeks.", dt.date(2019, 8, 7))]
    [('2019-07-24', '2019-08-07')]
    >>> [(v["start"], v["end"]) for *_, v in find_dates("They will meet in two weeks.", dt.date(2019, 8, 7))]
    [('2019-08-21', '2019-08-21')]

    A present progressive tells a future too ("is leaving in two months"); a count of months names a month.
    >>> [(v["start"], v["end"]) for *_, v in find_dates("Lee is leaving in two months.", dt.date(2019, 8, 7))]
    [('2019-10-01', '2019-10-31')]

    "Within" bounds a span from publication (README): "will sign within two or three weeks" runs to the larger count.

    >>> [(v["start"], v["end"]) for *_, v in find_dates("They will sign within 2 or 3 weeks.", dt.date(2019, 9, 24))]
    [('2019-09-24', '2019-10-15')]

    "In less than" (fewer than, under) N units bounds the same way ("the fourth test in less than two weeks").

    >>> [(v["start"], v["end"]) for *_, v in find_dates("It was the third test in under 3 days.", dt.date(2019, 8, 7))]
    [('2019-08-04', '2019-08-07')]

    A hedge keeps the count told; a half year counts in months (dates48).

    >>> ranges("It was the first in about four and a half years.", dt.date(2021, 3, 18))
    [('in about four and a half years', '2016-09-18', '2021-03-18')]

    "From now" (today) after it counts forward whatever the tense (dfix42).

    >>> ranges("Seoul paid cash, but within three years from now it pays in kind.", dt.date(2009, 1, 18))[0][1:]
    ('2009-01-18', '2012-01-18')
    """
    n, n0 = _count(m["n"]), _count(m["n0"]) if m["n0"] else None
    unit = m["unit"].lower().rstrip("s")
    if unit == "fortnight" and n is not None:  # "within a fortnight": 14 days (README)
        unit, n, n0 = "day", n * 14, n0 and n0 * 14
    if n is None or (m["n0"] and (n0 is None or n0 >= n)):
        return None  # "in 5-2 weeks", "in a or two days": no count a reader can take
    if m["half"]:  # "in about four and a half years": 54 months; "in two and a half weeks": no whole count
        halved = None if m["n0"] else _and_a_half(unit, n)
        if halved is None:
            return None
        unit, n = halved
    # "within two (or three) weeks", "in less than two weeks": from publication to the (larger) count
    within = m["prep"].lower() == "within" or bool(m["less"])
    future = future or _FROM_NOW.match(m.string, m.end()) is not None  # "within three years from now": ahead (dfix42)
    if within and (future or clause_tense(m.string, m.start(), m.end()) != "past"):
        return Range(pub, _add(pub, unit, n), "relative")
    if within and m["prep"] == "Within" and m.string.startswith(",", m.end()) and not m["n0"]:
        return _within_past(unit, n)  # "The vote was held on May 2. Within a week, he had resigned"
    superlative = _ordinal_tally(m.string, m.start(), _SUPERLATIVE, _TENSE_WORDS)  # "the largest rise in 20 years"
    if not superlative and (future or _progressive(_TOKEN.findall(m.string, max(0, m.start() - _BACK), m.start()))):
        return Range(_counted_to(pub, unit, n0 or n).lo, _counted_to(pub, unit, n).hi, "relative")
    if clause_tense(m.string, m.start(), m.end()) != "past" and not superlative and not _ordinal_tally(
            m.string, m.start()):
        return None
    return Range(_add(pub, unit, -n), pub, "relative")


def _within_past(unit: str, n: int) -> Anchored:
    """Return a past "Within <n> <unit>s," opening its sentence: counted from the date told before it (the anchor to
    ``n`` units after it); with no date before it, the span ending at publication, as before (dfix50)."""
    return Anchored(partial(_within_after, unit=unit, n=n), unit=unit, published=partial(_span_back, unit=unit, n=n))


def _within_after(lo: dt.date, hi: dt.date, unit: str, n: int) -> Period:
    """Return the span from the anchor ``lo..hi`` to ``n`` units after it: a past "Within a week, ..." opening the
    sentence after a dated event (dfix50).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The vote was held on May 2. Within a week, he had resigned.", dt.date(2019, 6, 12))[1]
    ('Within a week', '2019-05-02', '2019-05-09')
    """
    return Period(lo, _add(hi, unit, n))


def _span_back(pub: dt.date, unit: str, n: int) -> Period:
    """Return the ``n`` ``unit``s up to publication ("within two years" told in the past with no date before it).

    >>> _span_back(dt.date(2019, 6, 12), "year", 2)
    Period(lo=datetime.date(2017, 6, 12), hi=datetime.date(2019, 6, 12))
    """
    return Period(_add(pub, unit, -n), pub)


def _new_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the new year" told as a time: the next calendar year told in October-December, the publication's
    told in January-March, else None; after "by" ("before", "until", "ahead of"), that year's 1 January (README,
    lead decisions on date59's questions).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Kim hopes to sign by the new year; talks resume in the new year.", dt.date(2019, 10, 20))
    [('by the new year', '2020-01-01', '2020-01-01'), ('the new year', '2020-01-01', '2020-12-31')]
    >>> ranges("Talks resumed in the new year.", dt.date(2020, 2, 12)), ranges("in the new year", dt.date(2020, 6, 1))
    ([('the new year', '2020-01-01', '2020-12-31')], [])

    "Early (late) in the new year" is that part of the year, as "early (late) next year" is read (README, lead
    decisions on date62's questions):

    >>> ranges("Kim expects a deal early in the new year.", dt.date(2019, 11, 20))
    [('early in the new year', '2020-01-01', '2020-04-30')]

    A headline's capitals ("Talks to Drag on into New Year") are the same time; not the holiday ("the Lunar New Year",
    "New Year's Day", "on New Year"; the holiday's own rule reads "for the Lunar New Year": :func:`_holiday`).

    >>> ranges("Talks to Drag on into New Year", dt.date(2019, 12, 17))
    [('New Year', '2020-01-01', '2020-12-31')]
    >>> ranges("Talks paused for the Lunar New Year and on New Year, into New Year Holiday", dt.date(2019, 12, 17))
    [('for the Lunar New Year', '2019-02-04', '2019-02-06')]
    """
    if 4 <= pub.month <= 9:
        return None
    y = pub.year + (pub.month >= 10)
    if m["part"]:
        return Range(*_year_part(y, m["part"]), "relative")
    return Range(dt.date(y, 1, 1), dt.date(y, 1, 1) if m["by"] else dt.date(y, 12, 31), "relative")


_NOT_OVERNIGHT = frozenset({"almost", "nearly", "virtually", "practically", "seemingly", "literally", "not", "never",
                            "cannot", "can't", "won't", "don't", "didn't", "isn't", "wasn't", "just", "happen"})


def _overnight(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "overnight" in a story of the day told in the past: the night before the story's day, that is the day
    before it through that day (README, lead decisions on date59's questions); None for "suddenly" ("almost
    overnight", "cannot be built overnight"), after a determiner ("the overnight"), or in a clause not in the past.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Porvik fired two missiles overnight.", dt.date(2019, 11, 20))
    [('overnight', '2019-11-19', '2019-11-20')]
    >>> ranges("Trust is not built overnight. It rose almost overnight. It will rise overnight.", dt.date(2019, 11, 2))
    []
    """
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(m.string, max(0, m.start() - 40), m.start())]
    cut = max((i for i, w in enumerate(words) if w in _BOUNDARY), default=-1)
    words = words[cut + 1 :]  # the clause before it
    if (words and words[-1] in _DETERMINERS) or not _NOT_OVERNIGHT.isdisjoint(words):
        return None
    if m.group()[0] == "O":  # "Overnight, ...": the main clause after the comma
        tense = clause_tense(m.string, m.end() + 1, m.end() + 1)
    else:
        tense = clause_tense(m.string, m.start(), m.end())
    if tense != "past":
        return None
    return Range(pub - dt.timedelta(days=1), pub, "relative")


_TALLY = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)}|latest|last)\b", re.IGNORECASE)
_TALLY_WORDS = 5  # words between a tally's ordinal and its "in N units" ("the third missile test by Oskel")


# a superlative ("the largest annual increase in nearly 20 years", "its biggest loss in two years"): a tally of the
# span up to publication, whatever the tense of its clause (dates48)
_SUPERLATIVE = re.compile(r"(?:larg|bigg|high|low|steep|sharp|great|fast|small|strong|weak|long)est|most|best|worst",
                          re.IGNORECASE)


def _ordinal_tally(text: str, at: int, tally: re.Pattern[str] = _TALLY, stop: frozenset[str] = frozenset()) -> bool:
    """Return whether the words just before ``at`` (a few, in one clause, none of them in ``stop``) hold an ordinal
    (or what ``tally`` reads, a superlative): a tally ("the 2nd incident in 13 months", "third test in two weeks")
    tells the span up to publication with no verb.

    >>> _ordinal_tally("2nd incident in 13 months", 13), _ordinal_tally("a study of 40 people in 2 months", 24)
    (True, False)
    >>> _ordinal_tally("the largest rise in 20 years", 19, _SUPERLATIVE, frozenset({"will"}))
    True
    >>> _ordinal_tally("the biggest plant will open in 2 years", 29, _SUPERLATIVE, frozenset({"will"}))
    False
    """
    words: list[str] = re.findall(r"[\w’'-]+|[.!?;:\"“”\n]", text[max(0, at - 60):at])[-_TALLY_WORDS:]
    for word in reversed(words):
        if not word[0].isalnum():
            return False
        if word.lower() in stop:
            return False
        if tally.fullmatch(word):
            return True
    return False


def _progressive(words: list[str]) -> bool:
    """Return whether the clause read back from a date (``words``) is in the present progressive ("is leaving").

    >>> _progressive("the envoy is leaving".split()), _progressive("he is leaving . Talks resume".split())
    (True, False)
    """
    words = _clause_of(words, back=True)
    return any(
        w.lower() in {"is", "are", "am"} and nxt.endswith("ing") and nxt.islower()
        for w, nxt in pairwise(words)
    )


_TERM = re.compile(rf"\b(?:for\s+(?P<n>{_NUM})\s+years\b|(?P<n2>{_NUM})-year\b)", re.IGNORECASE)


def _onwards(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from 2026 onwards" in a sentence that states a term ("in effect for five years", "the five-year
    deal"): the years of the term from that year. With no term the period has no end: None (the year alone is
    read by the year pattern).

    >>> from analysis.extract.dates import find_dates, ranges
    >>> t = "The deal is in effect for five years, but from 2026 onwards the rise follows prices."
    >>> ranges(t, dt.date(2024, 10, 4))
    [('from 2026 onwards', '2026-01-01', '2030-12-31')]
    >>> [x for *_, x, v in find_dates("From 2026 onwards the rise follows prices.", dt.date(2024, 10, 4))]
    ['2026']
    """
    text, y = m.string, int(m["y"])
    lo = max(0, m.start() - 200)  # a line break before lo gives a start before it, which max() lifts to lo anyway
    begin = max(lo, text.rfind("\n", lo, m.start()) + 1)
    for stop in _SENTENCE_END.finditer(text, begin, m.start()):
        begin = stop.end()
    end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 200))
    terms = [_count(t["n"] or t["n2"]) for t in _TERM.finditer(text, begin, end.end() if end else m.end() + 200)]
    if len(terms) != 1 or terms[0] is None or terms[0] < 2:
        return None  # no term, or two: the period's end is not said
    return Range(dt.date(y, 1, 1), dt.date(y + terms[0] - 1, 12, 31), "range")


# "for (over) six years until 2025", "for the six years until 2025": a duration and "until X", not a term named by
# its last year (fresh77q; "the": review78); matched where the term starts, so that "for" before "the" is seen
# the words a term's count of years may be counted from ("the next five years", "the past six years": dev126)
_TERM_FROM = r"(?i:next|following|coming|past|last|previous|preceding)"
_DURATION_UNTIL = re.compile(
    rf"(?:(?i:for|over)\s++|(?<=\b(?i:for)[ \t])(?i:the)\s++)(?:{_TERM_FROM}\s++)?\S++\s++(?i:years)\s++"
    r"(?i:until|till)\b")


def _years_from(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a term of years counted from a written year ("for five years from 2026", "a five-year deal starting
    in 2026"): that year to the term's last one; or back from its last year (group ``last``: "the six years through
    2025", "a five-year deal to 2024"): the term's first year to that one.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Rules were set for five years from 2026.", dt.date(2024, 11, 6))
    [('five years from 2026', '2026-01-01', '2030-12-31')]
    >>> ranges("Seoul will pay more in the six years through 2025.", dt.date(2020, 3, 25))
    [('the six years through 2025', '2020-01-01', '2025-12-31')]

    "for six years until 2025" is a duration, then "until X", which is X (README; fresh77q):

    >>> ranges("It is effective for six years until 2025.", dt.date(2021, 4, 8))
    [('2025', '2025-01-01', '2025-12-31')]
    >>> ranges("It is effective for the six years until 2025.", dt.date(2021, 4, 8))
    [('2025', '2025-01-01', '2025-12-31')]

    A count with no word before it is the term too when "through", "to" or "ending in" joins it to its last year
    ("The agreement would last five years through 2025"; dfix37); not with "until" (a duration, as above), after
    "by" (a change: "extended by two years to 2025") nor before a possessive ("five years to 2025's level"):

    >>> ranges("The pact would last five years through 2025.", dt.date(2021, 3, 10))
    [('five years through 2025', '2021-01-01', '2025-12-31')]
    >>> ranges("It was extended by two years to 2025; it runs six years until 2027.", dt.date(2021, 3, 10))
    [('2025', '2025-01-01', '2025-12-31'), ('2027', '2027-01-01', '2027-12-31')]
    """
    n = _count(m["n"])
    if n is None or n < 2 or _DURATION_UNTIL.match(m.string, m.start()):
        return None
    if "last" in m.groupdict() and not m["det"] and _bare_count_no_term(m):
        return None
    last = m.groupdict().get("last")
    y = int(last) - n + 1 if last else int(m["y"])
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


_BY_BEFORE = re.compile(r"\b(?i:by)[ \t]{1,3}\Z")  # "extended by [two years]": a change, not a term


def _bare_count_no_term(m: re.Match[str]) -> bool:
    """Return whether a term's count with no word before it and its last year (:data:`_YEARS_THROUGH`) are no term:
    joined by "until"/"till" (a duration, then "until X": README), a count after "by" (a change), or a possessive
    year ("to 2025's level").

    >>> [_bare_count_no_term(_YEARS_THROUGH.search(t)) for t in ("last five years through 2025", "by two years to 2025",
    ...                                                          "six years until 2025", "five years to 2025's")]
    [False, True, True, True]
    """
    joiner = m.string[m.end("n") : m.start("last")].split()[-1].lower()
    return (joiner in {"until", "till"} or _BY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
            or _POSSESSIVE_OR_LEVEL.match(m.string, m.end()) is not None)


def _years_starting(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the next five years starting this year", "the following three years from 2026": a term counted from
    a start year, written or relative, is the whole term in years (README), not the years from publication.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It covers the next five years starting this year.", dt.date(2021, 3, 11))
    [('the next five years starting this year', '2021-01-01', '2025-12-31')]
    """
    n = _count(m["n"])
    k = _rel_year(m["rel"]) if m["rel"] else None
    if n is None or n < 2 or (m["rel"] and k is None):
        return None
    y = int(m["y"]) if m["y"] else pub.year + (k or 0)
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?![-–%]|\s*(?:percent|won|dollars))")
# a written year or the writer's "this year" (not "this year's", a possessive that names a thing)
_SERIES_YEAR = re.compile(r"\b(?:(?:19|20)\d\d\b(?![-–%]|\s*(?:percent|won|dollars))|[Tt]his[ \t]+year\b(?!['’]))")
# words before a year that make it an end, not the first of a series ("until 2028", "expires in 2025", "leave office
# in 2027"): "the next N years" after it count from publication (review78)
_SERIES_END = frozenset({"until", "till", "by", "before", "through", "expire", "expires", "expired", "end", "ends",
                         "ended", "lapse", "lapses", "lapsed", "leave", "leaves", "retire", "retires", "deadline"})
# words that open a clause of their own between the year and "the next N years" ("2027, said ...", "2025, and talks
# may take ...", "2021 when ..."): the N years are not the series the year starts
_OTHER_CLAUSE = frozenset({"who", "which", "that", "when", "while", "after", "before", "because", "although", "if",
                           "but", "said", "says", "told"})
_BRIDGE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*+|[,;:—–()]")


def _deal_year_before(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the year of publication or later its sentence writes last before "the next N years" when the N years
    go on the series that year starts ("the deal applies to 2021, with rises the next four years"): the N years after
    it, as "the following four years" (fresh77q); else None (the N years from publication): a year that ends something,
    names something or stands in another clause (:func:`_same_series`).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The deal applies to 2021, with rises the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2022-01-01', '2025-12-31')
    >>> ranges("Seoul paid more in 2019 and will pay more the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2021-03-10', '2025-03-10')

    The writer's "this year" starts a series as the year it names does ("pays more this year, with rises over the
    next four years": the four calendar years after it; dat28b).

    >>> ranges("Seoul pays more this year, with rises over the next four years.", dt.date(2021, 3, 10))[1]
    ('the next four years', '2022-01-01', '2025-12-31')
    """
    begin = _sentence_begin(m.string, m.start(), win.NEXT_YEARS_YEAR_BACK)
    year = last_match(_SERIES_YEAR, m.string, begin, m.start())
    value = pub.year if year is not None and year.group()[:1].isalpha() else int(year.group()) if year else 0
    if year is None or value < pub.year:
        return None
    return value if _same_series(m.string, begin, year, m.start()) else None


def _sentence_begin(text: str, end: int, back: int) -> int:
    """Return where the sentence that runs on to ``end`` begins: right after the last sentence's stop in the ``back``
    characters before ``end``, else at the start of those characters, never before ``end``'s paragraph (no year of
    the date line: dfix51). :func:`_deal_year_before` and :func:`_deal_term_year` read their sentences from it.

    >>> t = "Talks began in 2019\\nSeoul paid more. It will pay"
    >>> t[_sentence_begin(t, len(t), 200) :], t[_sentence_begin(t, len(t), 5) :], t[_sentence_begin(t, 35, 200) : 35]
    (' It will pay', 'l pay', 'Seoul paid more')
    """
    lo = max(0, end - back)
    lo = max(lo, text.rfind("\n", lo, end) + 1)
    cut = last_match(_SENTENCE_END, text, lo, end)
    return cut.end() if cut else lo


# a year right before a deal's noun (:data:`_DEAL_WORD`) that names the deal ("the 2014 deal", "its 2026 SMA")
_YEAR_NAMES_DEAL = re.compile(r"\b(?P<y>(?:19|20)\d\d)[ \t]{1,3}(?:[a-z][\w-]{0,30}[ \t]{1,3}){0,2}\Z")
_STOP_BEFORE = re.compile(r"[.!?][\"”’']?\s{0,6}\Z")  # a sentence's stop right before a point


def _deal_term_year(m: re.Match[str], pub: dt.date) -> int | None:
    """Return the first year of the deal whose term "the next N years" is: its sentence names a deal before it
    ("Under the 2026 deal, Seoul will raise its share over the next five years"), by a year of publication or later
    written right before the deal's noun, else, when the sentence writes no year, by the last year of publication or
    later that the sentence before writes, in its own clause ("Seoul will pay X in 2014. Officials struck a deal to
    share the costs over the next five years"); the term is whole calendar years from it, as a deal's years are, not
    the N years after it (dfix51). None: no deal, or no year that starts it (the rolling reading, or
    :func:`_deal_year_before`'s).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Under the 2026 deal, Seoul will raise its share over the next five years.", dt.date(2024, 11, 6))
    [('2026', '2026-01-01', '2026-12-31'), ('the next five years', '2026-01-01', '2030-12-31')]
    >>> ranges("Seoul will pay 920 billion won in 2014. The deal covers the next five years.", dt.date(2014, 1, 12))[1]
    ('the next five years', '2014-01-01', '2018-12-31')
    >>> ranges("The deal expired in 2025, and talks may take the next two years.", dt.date(2027, 4, 20))[1]
    ('the next two years', '2027-04-20', '2029-04-20')
    """
    text = m.string
    begin = _sentence_begin(text, m.start(), win.DEAL_TERM_BACK)
    deal = last_match(_DEAL_WORD, text, begin, m.start())
    if deal is None:
        return None
    named = _YEAR_NAMES_DEAL.search(text, max(begin, deal.start() - win.DEAL_NAME_YEAR_BACK), deal.start())
    if named is not None:  # a deal named by a past year is left as it was: see tests/test_dfix51.py
        return int(named["y"]) if int(named["y"]) >= pub.year else None
    gap = text[max(0, begin - win.STOP_GAP_BACK) : begin]
    if _WRITTEN_YEAR.search(text, begin, m.start()) or not _STOP_BEFORE.search(gap):
        return None  # a year of its own in the sentence; or no sentence before (a headline, a date line)
    stop = begin - len(gap) + len(gap.rstrip())  # the sentence before ends here, maybe a paragraph before
    start = _sentence_begin(text, stop - 1, win.DEAL_TERM_BACK)  # its own stop, at stop - 1, not read
    year = last_match(_WRITTEN_YEAR, text, start, stop)
    if year is None or int(year.group()) < pub.year or _ends_before(text, start, year):
        return None
    return int(year.group())


def _ends_before(text: str, begin: int, year: re.Match[str]) -> bool:
    """Return whether a word that ends something stands right before ``year`` ("until 2028", "expires in 2025").

    >>> _ends_before("It expires in 2025.", 0, _WRITTEN_YEAR.search("It expires in 2025."))
    True
    """
    before = text[max(begin, year.start() - win.SERIES_END_BACK) : year.start()].split()
    return any(w.lower() in _SERIES_END for w in before[-3:])


def _same_series(text: str, begin: int, year: re.Match[str], at: int) -> bool:
    """Return whether the year ``year`` (its sentence from ``begin``) starts the series that "the next N years" at
    ``at`` goes on: no end before it ("until 2028", "expires in 2025", "leave office in 2027"), no name it is part of
    ("Defense Reform 2030"), and after it the same clause, joined at most by ", with" or by "and" and a verb with no
    subject of its own ("2021 and raise it", "2026 figure and will raise it"; not "2025, and talks may take").

    >>> def series(t):
    ...     return _same_series(t, 0, _WRITTEN_YEAR.search(t), t.index("the next"))
    >>> series("Seoul pays more in 2021 and will raise it the next four years.")
    True
    >>> series("Seoul pays more until 2021 and will raise it the next four years.")
    False
    >>> series("The deal ends in 2025, and talks may take the next two years.")
    False
    """
    before = text[max(begin, year.start() - win.SERIES_END_BACK) : year.start()].split()
    if _ends_before(text, begin, year):
        return False  # the year ends something
    if before and before[-1][:1].isupper() and before[-1].lower().rstrip(".") not in MONTHS and text.rfind(
            before[-1], begin, year.start()) > begin:
        return False  # a name's year ("Defense Reform 2030"), not a sentence's first word ("In 2021")
    raw = _BRIDGE_WORD.findall(text, year.end(), at)
    words = [w.lower() for w in raw]
    if any(w in _OTHER_CLAUSE or w in ";:—–()" for w in words):
        return False
    if "," in words:  # only ", with ..." (an absolute phrase on the same clause)
        k = words.index(",")
        return words[k + 1 : k + 2] == ["with"] and "," not in words[k + 1 :] and "and" not in words[k + 1 :]
    if "and" in words:  # "and" and a verb with no subject of its own: lower case, no modal or "be" after it
        k = words.index("and") + 1
        return k < len(raw) and raw[k].islower() and raw[k] not in _SUBJECT_PRONOUNS and raw[k] not in _DETERMINERS \
            and not any(w in _WILL_HAVE or w in _MODALS or w in _BE for w in words[k + 1 :])
    return True


# right before a plan's noun, a word telling it already running ("its current plan", "the ongoing program": review92)
_PLAN_RUNNING = frozenset({"current", "ongoing", "existing", "running", "present", "continuing"})
# the nouns of a plan or a budget whose period "the next N years" names ("its plan to buy more in the next three years")
_PERIOD_PLAN_NOUNS = frozenset({"plan", "plans", "budget", "budgets", "program", "programs", "programme", "programmes"})


def _noun_before(word: str) -> bool:
    """Return whether ``word`` before "plan(s)" makes it a noun: a determiner, a possessive or a lower-case modifier
    ("its plan", "Seoul's plans", "a spending plan"), not a subject ("Bo plans to", "they plan to": a verb).

    >>> [_noun_before(w) for w in ("its", "The", "Seoul's", "spending", "Bo", "they")]
    [True, True, True, True, False, False]
    """
    return word.endswith(("'s", "’s")) or word.lower() in _DETERMINERS or (
        word.islower() and word not in _SUBJECT_PRONOUNS and word not in _OTHER_CLAUSE)


def _plan_years(m: re.Match[str]) -> bool:
    """Return whether "the next N years" is the period of a plan or a budget its own phrase names: the noun right
    before it with "for" ("a budget for the next three years"), or with "to" and the few words of what it will do ("its
    plan to buy more in the next three years"): the N calendar years after publication's, as "funding for the next
    year" is the one after it (a plan names years of the calendar; fresh95). A plan named in another phrase ("Under
    its 2030 plan, Bo will spend more the next five years") or a clause of its own keeps the rolling reading.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Lin told Ed of the navy's plan to build more ships in the next four years.", dt.date(2016, 5, 10))
    [('the next four years', '2017-01-01', '2020-12-31')]
    >>> ranges("Under the plan, Lin will build more ships in the next four years.", dt.date(2016, 5, 10))
    [('the next four years', '2016-05-10', '2020-05-10')]

    A plan told as already running ("its current plan", "the ongoing plan") keeps the rolling reading: its own years
    began before publication (review92 finding 8).

    >>> t = "Lin told Ed of the navy's current plan to build more ships in the next four years."
    >>> ranges(t, dt.date(2016, 5, 10))
    [('the next four years', '2016-05-10', '2020-05-10')]
    """
    lo = max(0, m.start() - win.PLAN_YEARS_BACK)
    cut = last_match(_SENTENCE_END, m.string, lo, m.start())
    lo = cut.end() if cut else lo
    raw = _BRIDGE_WORD.findall(m.string, lo, m.start())
    words = [w.lower() for w in raw]
    k = max((i for i, w in enumerate(words) if w in _PERIOD_PLAN_NOUNS), default=-1)
    after = words[k + 1 :]
    if k < 1 or after[:1] not in (["for"], ["to"]) or not _noun_before(raw[k - 1]) or words[k - 1] in _PLAN_RUNNING:
        return False  # review92: "its current plan to ...": a plan already running, whose years began before
    if after[0] == "for":
        return len(after) == 1
    return len(after) <= win.PLAN_YEARS_WORDS and all(w.isalpha() and w not in _OTHER_CLAUSE and w not in _MODALS
                                                      for w in after[1:])



def _n_periods(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored | None:
    """Return "the following four years" (after the date before it), "the past two years" (up to publication).

    >>> from analysis.extract.dates import find_dates, ranges
    >>> [v["start"] + ".." + v["end"] for *_, v in find_dates(
    ...     "Seoul pays more this year, and in each of the following four years.", dt.date(2021, 3, 10))]
    ['2021-01-01..2021-12-31', '2022-01-01..2025-12-31']
    >>> [v["start"] + ".." + v["end"] for *_, v in find_dates(
    ...     "The deal began in 2014 and was renewed for the subsequent two years.", dt.date(2021, 3, 10))]
    ['2014-01-01..2014-12-31', '2015-01-01..2016-12-31']
    >>> ranges("Costs rose over the last two decades.", dt.date(2019, 3, 12))  # README rolling span, in decades
    [('the last two decades', '1999-03-12', '2019-03-12')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    which, unit = m["which"].lower(), m["unit"].lower().rstrip("s")
    if unit == "decade":  # "the past two decades": twenty years (only past, last, next, coming: see _T_DECADES)
        unit, n = "year", 10 * n
    if which in {"past", "last"}:
        return _served_under(m, unit, n, pub) or Range(_add(pub, unit, -n), pub, "relative")
    if which == "next" and unit == "year" and (y := _deal_term_year(m, pub)) is not None:
        return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")
    if which == "next" and unit == "year" and (y := _deal_year_before(m, pub)) is not None:
        return Range(dt.date(y + 1, 1, 1), dt.date(y + n, 12, 31), "range")
    if which in {"next", "coming"} and unit == "year" and _plan_years(m):
        return Range(dt.date(pub.year + 1, 1, 1), dt.date(pub.year + n, 12, 31), "range")
    if which in {"next", "coming"}:
        return Range(pub, _add(pub, unit, n), "relative")
    if which in _FOLLOWING:
        return Anchored(lambda lo, hi: Period(_next_period(lo, hi, unit, 1).lo, _next_period(lo, hi, unit, n).hi))
    return Anchored(lambda lo, hi: Period(_next_period(lo, hi, unit, -n).lo, _next_period(lo, hi, unit, -1).hi))


def _term_served(terms: list[Term], unit: str, n: int, pub: dt.date) -> Range | None:
    """Return the part served by ``pub`` of the latest of ``terms`` begun by then whose part served is ``n`` times
    ``unit`` long, to within one ``unit`` (a term still running ends at ``pub``); None if no term fits the count.

    >>> trump = _terms_of()["donald-trump"]
    >>> _term_served(trump, "year", 3, dt.date(2020, 1, 7))
    Range(lo=datetime.date(2017, 1, 20), hi=datetime.date(2020, 1, 7), form='absolute')
    >>> _term_served(trump, "year", 1, dt.date(2020, 11, 5)) is None
    True
    """
    for t in sorted((t for t in terms if t.first <= pub), key=lambda t: t.first, reverse=True):
        end = pub if t.last is None else min(pub, t.last)
        one = (_add(t.first, unit, 1) - t.first).days
        if abs((end - t.first).days - (_add(t.first, unit, n) - t.first).days) < one:
            return Range(t.first, end, "absolute")
    return None


def _served_under(m: re.Match[str], unit: str, n: int, pub: dt.date) -> Range | None:
    """Return "the last four years under Trump" as the holder's term served by publication, when the count fits it
    to within one unit (as "Trump's three years in office" is read, README): the term the words name, not a rolling
    span that overlaps it; None when no holder is named right after it, or no term of theirs fits.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Seoul has been slighted for the last four years under Trump.", dt.date(2020, 11, 5))
    [('the last four years', '2017-01-20', '2020-11-05')]
    >>> ranges("Seoul has been slighted for the last two years under Trump.", dt.date(2020, 11, 5))
    [('the last two years', '2018-11-05', '2020-11-05')]
    """
    under = _UNDER_HOLDER.match(m.string, m.end())
    if under is None:
        return None
    people = _owner_holders(under["owner"], m.string, m.start())
    if len(people) != 1:
        return None
    return _term_served(_terms_of()[people.pop()], unit, n, pub)


def _year_span(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from last year to 2025": the years from the first to the second, either written or relative.

    >>> from analysis.extract.dates import ranges
    >>> ranges("from last year to 2025", dt.date(2021, 3, 10))
    [('from last year to 2025', '2020-01-01', '2025-12-31')]
    """
    y1 = int(m["y1"]) if m["y1"] else pub.year + (_rel_year(m["r1"]) or 0)
    y2 = int(m["y2"]) if m["y2"] else pub.year + (_rel_year(m["r2"]) or 0)
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range") if y1 < y2 else None


def _season(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a season: of a written year ("spring 2020"), or this, last or next one, or (bare) by the tense; with a
    part ("in early spring", "late summer 2019") its first, middle or last month. A season with no article, part or
    year only after "by", "until", "since" and before its clause's end ("by spring,"; not "prices fall in spring",
    a habit, nor "hit by fall in demand").

    >>> from analysis.extract.dates import find_dates, ranges
    >>> pub = dt.date(2020, 1, 10)
    >>> ranges("last summer, this winter, in the spring of 2021", pub)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('last summer', '2019-06-01', '2019-08-31'), ('this winter', '2019-12-01', '2020-02-29'),
     ('in the spring of 2021', '2021-03-01', '2021-05-31')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It starts in the spring of next year.", pub)]
    [('in the spring of next year', '2021-03-01')]
    >>> ranges("met earlier this spring; due later this spring", dt.date(2020, 4, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('earlier this spring', '2020-03-01', '2020-04-09'), ('later this spring', '2020-04-11', '2020-05-31')]

    "This past <season>" is "last <season>"; "in (during) <season>" with no article is read by its clause's tense, as
    a month is, and not in a clause with none ("Prices fall in spring": a habit; README, lead decisions on date62's
    questions):

    >>> ranges("Kim met Lee this past summer and will return in spring. Prices fall in spring.", dt.date(2019, 11, 20))
    [('this past summer', '2019-06-01', '2019-08-31'), ('in spring', '2020-03-01', '2020-05-31')]
    """
    bare = (m["bare"] or "").lower() in _IN_DURING
    if bare and not future and clause_tense(m.string, m.start(), m.end()) != "past":
        return None
    if bare and _habitual(m.string, m.start(), m.end()):
        return None  # "the drills were always held in spring": a habit, no time
    season = (m["season"] or m["season2"]).lower()
    if _fall_noun(m):
        return None  # real52c: "its last fall in March": a decline
    part = (m["part"] or m["part2"] or "").lower()
    lo, hi, form = _season_of(m, _SEASONS[season], pub, future) if not m["rel2"] else _season_rel2(m, pub)
    if m["pre"] and lo <= pub <= hi:  # "earlier this spring" ends the day before publication, as "earlier this month"
        lo, hi = _rest_of(lo, hi, pub, m["pre"].lower())
    if part:  # "early spring": its first month, as the first third of a month is its early part
        lo = _add(lo, "month", {"early": 0, "mid": 1, "late": 2}[part])
        lo, hi = _month_range(lo.year, lo.month)
    return Range(lo, hi, form)


# real52c: a word before "last (this, next) fall in" that makes "fall" a noun of decline: a possessive or an article
_FALL_OWNER = re.compile(r"(?:\b(?:its|their|his|her|our|your|the|a|an)|\w['’]s?)[ \t]{1,3}\Z", re.IGNORECASE)
# real52c: a month or a weekday after "fall in" is the decline's time, not a place ("its last fall in March")
_FALL_IN_TIME = re.compile(rf"(?<!\s)\s+in\s+(?:{_MON}|{_WD})", re.IGNORECASE)
_FALL_IN = re.compile(r"(?<!\s)\s+in\b")  # real52c: "fall" then "in"


def _fall_noun(m: re.Match[str]) -> bool:
    """Return whether a season match "this (last, next) fall in ..." reads "fall" as a noun of decline: after a
    possessive or an article ("its last fall in Seoul", "the KOSPI's last fall in Seoul") or before a month or a
    weekday ("last fall in March"); the season then a place (:data:`_FALL_IN_PLACE`) otherwise.

    >>> [bool(_fall_noun(_SEASON.search(t))) for t in ("The index saw its last fall in March.",
    ...     "The index fell last fall in March.", "Talks resumed last fall in Busan.")]
    [True, True, False]
    """
    if not m["which"] or (m["season"] or "").lower() != "fall" or not _FALL_IN.match(m.string, m.end()):
        return False
    return bool(_FALL_OWNER.search(m.string, max(0, m.start() - 16), m.start())
                or _FALL_IN_TIME.match(m.string, m.end()))


_IN_DURING = frozenset({"in", "during"})  # before a bare season: a time only in a clause with a tense


def _habitual(text: str, start: int, end: int) -> bool:
    """Return whether the clause of ``text[start:end]`` tells a habit ("always", "usually", "often", "typically",
    "annually", "each year", "every spring"): a bare season there is no time (README, lead decisions on date59's
    questions, lead, eighteenth session). The clause runs through its sentence (a fronted "Each year," and an aside
    "usually staged in spring," are its own) up to a ", and", ", but" or ";" that opens another.

    >>> t = "The drills, usually held in spring, ended. Kim always said so, and they met in spring."
    >>> _habitual(t, t.index("in spring"), t.index(", ended")), _habitual(t, t.rindex("in spring"), len(t) - 1)
    (True, False)
    """
    span = _sentence_span(text, start, end)
    a, b = max(span.start, start - _BACK), min(span.end, end + _WINDOW)
    for cut in _NEW_CLAUSE.finditer(text, a, start):  # a window of at most ``_BACK`` characters
        a = cut.end()
    a = max(a, text.rfind(";", a, start) + 1)
    after, semi = _NEW_CLAUSE.search(text, end, b), text.find(";", end, b)
    b = min(after.start() if after else b, semi if semi >= 0 else b)
    return _HABIT.search(text, a, b) is not None


# words of a habit in a clause (see :func:`_habitual`): adverbs of frequency, "each/every (other) year/<season>"
_HABIT = re.compile(
    r"\b(?i:always|usually|often|typically|normally|generally|traditionally|regularly|routinely|customarily"
    r"|ordinarily|frequently|annually|yearly|sometimes)\b"
    r"|\b(?i:every|each)\s+(?:other\s+)?(?:year|spring|summer|autumn|fall|winter|season|time)\b")


def _season_of(m: re.Match[str], first: int, pub: dt.date, future: bool) -> Range:
    """Return the season beginning in month ``first`` that ``m`` names: of a written year, of "next year", this,
    last or next one, or (bare) by the tense.

    >>> _season_of(_SEASON.search("last summer"), 6, dt.date(2020, 1, 10), False)[:2]
    (datetime.date(2019, 6, 1), datetime.date(2019, 8, 31))
    """
    which = (m["which"] or "").lower()
    which = "last" if which.startswith("this") and which != "this" else which  # "this past summer": "last summer"
    if m["year"] or m["year2"] or m["year3"]:
        return Range(*_months(int(m["year"] or m["year2"] or m["year3"]), first, 3), "absolute")
    if m["rel"]:  # "in the spring of next year"
        return Range(*_months(pub.year + (_rel_year(m["rel"]) or 0), first, 3), "relative")
    seasons = [_months(y, first, 3) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    now = next((p for p in seasons if p.lo <= pub <= p.hi), None)
    if which == "this":
        lo, hi = now or _this_season_past(seasons, pub, future) or next(p for p in seasons if p.lo > pub)
    elif which == "last":
        lo, hi = [p for p in seasons if p.hi < pub][-1]
    elif which == "next" or future:
        lo, hi = next(p for p in seasons if p.lo > pub) if which == "next" or now is None else now
    else:
        lo, hi = [p for p in seasons if p.lo <= pub][-1]
    return Range(lo, hi, "relative")


def _season_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "the following spring", "the previous winter", "that summer": the first such season after the date
    told before it, the last before it, or the one of its year (as "the following March" is read; None for a "that"
    that opens a clause, see :func:`_points_back`).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The deal lapsed at the end of 2019, and the following spring workers were sent home.",
    ...        dt.date(2025, 3, 3))[-1]
    ('the following spring', '2020-03-01', '2020-05-31')
    >>> ranges("Talks began in 2018. That summer, they stalled.", dt.date(2025, 3, 3))[-1]
    ('That summer', '2018-06-01', '2018-08-31')
    """
    if not _points_back(m):
        return None
    first = _SEASONS[m["season"].lower()]
    k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(m["anch"].split()[-1].lower(), 0)

    def shift(lo: dt.date, hi: dt.date) -> Period:
        seasons = [_months(y, first, 3) for y in range(lo.year - 2, hi.year + 2)]
        if k > 0:
            return next(p for p in seasons if p.lo > hi)
        if k < 0:
            return [p for p in seasons if p.hi < lo][-1]
        return next((p for p in seasons if p.lo <= lo <= p.hi), _months(lo.year, first, 3))

    return Anchored(shift, unit="month")


def _this_season_past(seasons: list[Period], pub: dt.date, future: bool) -> Period | None:
    """Return the season of ``seasons`` that ended in publication's year, for "this summer" told after it in a clause
    not about the future ("talks were held this summer" in November); else None.

    >>> summers = [_months(y, 6, 3) for y in (2018, 2019, 2020)]
    >>> pub = dt.date(2019, 11, 13)
    >>> _this_season_past(summers, pub, False).lo, _this_season_past(summers, pub, True)
    (datetime.date(2019, 6, 1), None)
    """
    return None if future else next((p for p in reversed(seasons) if p.hi < pub and p.hi.year == pub.year), None)


def _months(y: int, first: int, n: int) -> Period:
    """Return the ``n`` months from month ``first`` of year ``y`` (running into the next year if need be).

    >>> _months(2019, 12, 3)
    Period(lo=datetime.date(2019, 12, 1), hi=datetime.date(2020, 2, 29))
    """
    lo = dt.date(y, first, 1)
    return Period(lo, _add(lo, "month", n) - dt.timedelta(days=1))


def _month_span(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from January to March", "between November 2019 and January 2020": the first month's first day to
    the second's last. A year written (or "next year") after the second month dates it, and the first month is the
    one before it; with none, the first month is read by the tense of its clause as "in January" is.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks ran from November to January.", dt.date(2020, 3, 18))
    [('from November to January', '2019-11-01', '2020-01-31')]
    >>> ranges("Exports rose in the April-June quarter.", dt.date(2019, 11, 13))
    [('April-June quarter', '2019-04-01', '2019-06-30')]

    With no "from" or "between" a word joins them as "from" would ("The plan covered March 2020 to March 2021"),
    but "and" needs "between", and not a pair :func:`_no_bare_pair` rules out ("moved the vote in March to May";
    dfix37):

    >>> ranges("It covered March 2020 to March 2021, then May and June.", dt.date(2021, 3, 10))[0]
    ('March 2020 to March 2021', '2020-03-01', '2021-03-31')
    """
    sep = m.groupdict().get("sep")
    if not m.groupdict().get("from") and sep and (sep.lower() == "and" or _no_bare_pair(m.string, m.start(),
                                                                                          m.end(), sep)):
        return None
    if _moved_pair(m):
        return None  # "postponed from October to December": the old date and the new (dfix50)
    mon1, mon2 = MONTHS[m["mon"].rstrip(".").lower()], MONTHS[m["mon2"].rstrip(".").lower()]
    wrap = int(mon2 < mon1)
    form = "absolute" if m["year"] or m["y1"] else "relative" if m["rel"] else "month"
    if m["year"] or m["rel"]:
        k = _rel_year(m["rel"]) if m["rel"] else 0
        if k is None:
            return None  # "from May to July the following year": counted from a date not read here
        y2 = int(m["year"]) if m["year"] else pub.year + k
        y1 = int(m["y1"]) if m["y1"] else y2 - wrap
    else:
        y1 = int(m["y1"]) if m["y1"] else _resolve_month(mon1, pub, "ahead" if future else "")
        y2 = y1 + wrap
    lo, hi = dt.date(y1, mon1, 1), _month_range(y2, mon2).hi
    return Range(lo, hi, form) if lo < hi else None


# "(October 2025 – September 2026)": two months, each with its year, joined by a dash with spaces about it (real52d);
# the span ends at a closing mark or a preposition, not at a verb ("in March 2019 – June 2019 saw ...": a dash aside)
_MON_SECOND = _MON.replace("?P<mon>", "?P<mon2>")  # as _MON2 (defined with the patterns below)
_MONTH_YEARS_DASH = re.compile(
    rf"(?<![\w-]){_MON}[ \t]{{1,3}}(?P<y1>{_YEAR})[ \t]{{1,3}}[-–—][ \t]{{1,3}}{_MON_SECOND}"
    rf"[ \t]{{1,3}}(?P<year>{_YEAR})\b(?P<rel>)"
    r"(?=[ \t]{0,3}(?:[),.;:]|\Z)|[ \t]{1,3}(?:under|in|on|at|for|from|by|with|and|when|as)\b)")
_MONTH_YEARS_MOST = 5  # years at most from the first month's to the second's: a fiscal year, a deal's term


def _month_years_dash(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "October 2025 – September 2026": the first month's first day to the second's last (real52d), when the
    second comes after the first within :data:`_MONTH_YEARS_MOST` years.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It covers fiscal 2026 (October 2025 – September 2026).", dt.date(2025, 12, 18))[1]
    ('October 2025 – September 2026', '2025-10-01', '2026-09-30')
    >>> ranges("Prices rose in March 2019 – June 2019 saw the fall.", dt.date(2019, 11, 5))
    [('in March 2019', '2019-03-01', '2019-03-31'), ('June 2019', '2019-06-01', '2019-06-30')]
    """
    if not 0 <= int(m["year"]) - int(m["y1"]) <= _MONTH_YEARS_MOST:
        return None
    return _month_span(m, pub, future)


def _months_to(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the 12 months to September", "the year to June", "the six months ending in March 2018": the months
    up to and through the month named, which is the year written, else read by its clause's tense as "in
    September" is (a period reported: the latest such month by publication).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Exports rose in the 12 months to September.", dt.date(2019, 11, 13))
    [('the 12 months to September', '2018-10-01', '2019-09-30')]
    """
    n = 12 if m["n"] is None else _count(m["n"])
    if n is None or not 0 < n <= _MONTHS_TO_MAX:
        return None
    mon = MONTHS[m["mon"].rstrip(".").lower()]
    y = int(m["year"]) if m["year"] else _resolve_month(mon, pub, "ahead" if future else "")
    hi = _month_range(y, mon).hi
    lo = _add(dt.date(y, mon, 1), "month", 1 - n)
    return Range(lo, hi, "absolute" if m["year"] else "month")


def _that_weekday(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "That Friday", "on that Thursday", "by that Sunday": the first such weekday on or after the first day
    of the date told before it ("Talks began Oct. 1. That Friday, ...": 4 October).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks began Oct. 1, 2019. That Friday, they met.", dt.date(2019, 11, 13))[-1]
    ('That Friday', '2019-10-04', '2019-10-04')
    """
    wd = WEEKDAYS.index(m["wd"].capitalize())

    def shift(lo: dt.date, hi: dt.date) -> Period:
        d = lo + dt.timedelta(days=(wd - lo.weekday()) % 7)
        return Period(d, d)

    return Anchored(shift, unit="day")


def _weekday_beside(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "the following Monday", "the next Friday", "the previous Tuesday": the first such weekday after the
    first day of the date told before it, or the last before it (as "the following day" counts from that date).

    >>> from analysis.extract.dates import ranges
    >>> texts = ("The talks ended on Oct. 3, 2024, and resumed the following Monday.",
    ...          "Han spoke on Oct. 10, 2024. He had met her the previous Thursday.")
    >>> [ranges(t, dt.date(2025, 3, 3))[-1] for t in texts]
    [('the following Monday', '2024-10-07', '2024-10-07'), ('the previous Thursday', '2024-10-03', '2024-10-03')]
    >>> ranges("The talks ended on Nov. 19. The Monday after, Kim left.", dt.date(2019, 12, 2))[-1]
    ('The Monday after', '2019-11-25', '2019-11-25')
    """
    wd = WEEKDAYS.index(m["wd"].capitalize())
    back = (m["anch"] or m["dir"]).lower() in ("previous", "preceding", "before")

    def shift(lo: dt.date, hi: dt.date) -> Period:
        d = lo - dt.timedelta(days=(lo.weekday() - wd - 1) % 7 + 1) if back else \
            lo + dt.timedelta(days=(wd - lo.weekday() - 1) % 7 + 1)
        return Period(d, d)

    return Anchored(shift, unit="day")


def _quarter_code(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a quarter named by its code ("Q3 2019", "2020 Q1"): its three months.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Growth slowed in Q3 2019.", dt.date(2019, 11, 13))
    [('Q3 2019', '2019-07-01', '2019-09-30')]
    """
    q = int(m["q"] or m["q2"])
    return Range(*_months(int(m["y"] or m["y2"]), 3 * q - 2, 3), "absolute")


# a margin or a score right before a bare quarter code's preposition ("led by 10 in Q4", "12 points in Q3", "98-95
# in Q4"): a game's quarter, no quarter of a year (mend59d)
_GAME_SCORE = re.compile(r"(?:\bby[ \t]{1,3}\d{1,3}|\b\d{1,3}[ \t]{1,3}points?|\b\d{1,3}[-–]\d{1,3})[ \t]{1,3}"
                         r"(?:in|during|by|for|within)[ \t]\Z")


def _bare_quarter_code(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a quarter named by its code with no year after a preposition ("in Q1", "by Q4"): as "in the first
    quarter" is read (:func:`_part_of_year`), publication's year's, unless the tense points past it (xd59).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Spending jumped in Q1, and it will slow in Q2.", dt.date(2022, 6, 8))
    [('Q1', '2022-01-01', '2022-03-31'), ('Q2', '2022-04-01', '2022-06-30')]
    >>> ranges("Spending jumped in Q4.", dt.date(2022, 6, 8)), ranges("It will slow in Q1.", dt.date(2022, 6, 8))
    ([('Q4', '2021-10-01', '2021-12-31')], [('Q1', '2023-01-01', '2023-03-31')])

    A game's quarter after a margin or a score with no unit ("led by 10 in Q4", "scored 12 points in Q3",
    :data:`_GAME_SCORE`) is none (mend59d).

    >>> ranges("The home side led by 10 in Q4.", dt.date(2022, 6, 8))
    []
    """
    if _GAME_SCORE.search(m.string, max(0, m.start() - 32), m.start()):
        return None
    q = int(m["bq"])
    return Range(*_months(_tense_year(pub.year, 3 * q - 2, 3, pub, future), 3 * q - 2, 3), "relative")


def _tense_year(y: int, first: int, n: int, pub: dt.date, future: bool) -> int:
    """Return the year of a part of a year told with no year (the ``n`` months from month ``first``): ``y``
    (publication's), or the next if the tense points ahead (``future``) and the part ends before ``pub``, or the
    one before if it does not and the part starts after ``pub`` ("it will slow in Q1", "jumped in Q4").

    >>> d = dt.date(2022, 6, 8)
    >>> _tense_year(2022, 1, 3, d, True), _tense_year(2022, 10, 3, d, False), _tense_year(2022, 4, 3, d, False)
    (2023, 2021, 2022)
    """
    lo, hi = _months(y, first, n)
    return y + (1 if future and hi < pub else -1 if not future and lo > pub else 0)


def _week_of_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the week of Nov. 18": the Monday-Sunday week that holds the day (read as the day alone is).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks are set for the week of Nov. 18.", dt.date(2019, 11, 13))
    [('the week of Nov. 18', '2019-11-18', '2019-11-24')]
    >>> ranges("Talks run the week beginning Nov. 20; data cover the week ending Nov. 15.", dt.date(2019, 11, 18))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('the week beginning Nov. 20', '2019-11-20', '2019-11-26'),
     ('the week ending Nov. 15', '2019-11-09', '2019-11-15')]
    """
    r = _full_day(m, pub, future)
    if not isinstance(r, Range):
        return None
    if m["wk"]:  # "the week beginning Nov. 25", "the week ending Nov. 22" (dates55)
        six = dt.timedelta(days=6)
        return Range(r.lo, r.lo + six, r.form) if m["wk"].lower() != "ending" else Range(r.lo - six, r.lo, r.form)
    return Range(*_unit_period(r.lo, "week"), r.form)


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _week_of_month(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first week of April" (its 1st to 7th), "the second week of last month" (8th to 14th), "the last
    week of February" (its last seven days), "the last week of the year", "the first day of next month", "the last
    day of 2019"; a month with no year is read by the tense of its clause.

    >>> from analysis.extract.dates import ranges
    >>> ranges("They met in the last week of February.", dt.date(2020, 3, 18))
    [('the last week of February', '2020-02-23', '2020-02-29')]
    """
    if m["y"]:
        lo, hi = dt.date(int(m["y"]), 1, 1), dt.date(int(m["y"]), 12, 31)
    elif m["mon"] is None:  # "of last month", "of the year"
        lo, hi = _period(m["unit"].lower(), (m["which"] or "this").lower(), pub)
    else:
        mon = MONTHS[m["mon"].rstrip(".").lower()]
        k = _rel_year(m["rel"]) if m["rel"] else 0
        if k is None:
            return None
        y = int(m["year"]) if m["year"] else pub.year + k if m["rel"] else _resolve_month(
            mon, pub, "ahead" if future else "")
        lo, hi = _month_range(y, mon)
    nth, days = _WEEK_ORDINALS.get(m["ord"].lower()), 7 if m["part"].lower() == "week" else 1
    if nth is None:  # "last", "final"
        return Range(hi - dt.timedelta(days=days - 1), hi, "month")
    first = lo + dt.timedelta(days=days * (nth - 1))
    return Range(first, first + dt.timedelta(days=days - 1), "month")


def _edge_months(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first two months of this year", "the last three months of 2019": those months of the year.

    >>> from analysis.extract.dates import find_dates
    >>> [(v["start"], v["end"]) for *_, v in find_dates("in the first two months of 2020", dt.date(2020, 3, 18))]
    [('2020-01-01', '2020-02-29')]
    """
    n = _count(m["n"])
    if n is None or n >= 12:
        return None
    y = int(m["year"]) if m["year"] else pub.year + (_rel_year(m["which"] or "this") or 0)
    return Range(*_months(y, 1 if m["edge"].lower() == "first" else 13 - n, n), "absolute" if m["year"] else "relative")


def _part_of_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the first half of next year", "the third quarter of 2020", "the second half of the year".

    >>> from analysis.extract.dates import find_dates, ranges
    >>> [(v["start"], v["end"]) for *_, v in find_dates("in the first half of next year", dt.date(2019, 11, 16))]
    [('2020-01-01', '2020-06-30')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It will resume in the first quarter.", dt.date(2019, 11, 16))]
    [('the first quarter', '2020-01-01')]
    >>> [(x, v["start"]) for *_, x, v in find_dates("It resumes in the latter half of the year.", dt.date(2020, 3, 25))]
    [('the latter half of the year', '2020-07-01')]

    The year after it ("in the third quarter last year"), or the one its sentence tells (:func:`_in_year_told`: "In
    2018, growth slowed in the third quarter"), is the quarter's (README, lead decisions on date59's questions):

    >>> ranges("Growth slowed in the third quarter last year.", dt.date(2019, 11, 20))
    [('the third quarter last year', '2018-07-01', '2018-09-30')]
    >>> ranges("In 2018, growth slowed in the third quarter.", dt.date(2019, 11, 20))[1]
    ('the third quarter', '2018-07-01', '2018-09-30')
    >>> ranges("Growth slowed in 2018's third quarter.", dt.date(2019, 11, 20))
    [("in 2018's third quarter", '2018-07-01', '2018-09-30')]
    """
    part, ord_ = m["part"] or m["bpart"] or m["ypart"], m["ord"] or m["bord"] or m["yord"]
    n = 6 if part.lower() == "half" else 3
    last = 12 // n - 1
    k = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": last, "final": last, "latter": last}[ord_.lower()]
    if k * n >= 12:
        return None
    if m["yyear"]:  # "2018's third quarter" (README, lead decisions on date62's questions)
        return Range(*_months(int(m["yyear"]), k * n + 1, n), "absolute")
    y = int(m["year"]) if m["year"] else pub.year + (_rel_year(m["which"] or m["bwhich"] or "this") or 0)
    if m["bpart"] and not m["bwhich"]:  # no year told: publication's, unless the tense points past it ("will ...")
        y = _tense_year(y, k * n + 1, n, pub, future)
    return Range(*_months(y, k * n + 1, n), "absolute" if m["year"] else "relative")


def _in_office(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "on his first day in office", "Lee's first year in office": the first day (week, month, year)
    from the inauguration of the president its sentence names, the latest by the date it is told from.

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("On her first day in office, President Yoon spoke.", dt.date(2023, 1, 9))]
    ['2022-05-10']
    """
    unit = m["unit"].lower()
    return Anchored(partial(_first_unit, unit=unit), unit=unit, noun="inauguration", own_date=False)


def _years_in_office(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "Trump's three years in office", "his first 100 days in office": "first N" from the start of the
    latest term begun by publication; else the term (data/entities.csv) the count fits, to within one unit, as
    served by publication (a term still running ends there: the years counted are those served). The holder is
    the one the possessive names, else the sentence, else (a pronoun) the sentences before; None if no term fits.

    >>> from analysis.extract.dates import ranges
    >>> t = "Over Trump's three years in office, the alliance has frayed."
    >>> ranges(t, dt.date(2020, 1, 7))
    [("Over Trump's three years in office", '2017-01-20', '2020-01-07')]
    """
    people = _holder(m, m["owner"] is None, pub)
    n = _count(m["n"])
    if len(people) != 1 or not n:
        return None
    unit, begun = m["unit"].lower().rstrip("s"), [t for t in _terms_of()[people.pop()] if t.first <= pub]
    if m["first"]:
        first = max((t.first for t in begun), default=None)
        return None if first is None else Range(first, _add(first, unit, n) - dt.timedelta(days=1), "absolute")
    return _term_served(begun, unit, n, pub)


def _since_office(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "since Trump took office", "since taking office", "since his return to the White House", "since her
    inauguration": the first day of the latest term begun by publication (data/entities.csv) of the one person
    with terms its sentence names; None if it names none or several.

    >>> from analysis.extract.dates import ranges
    >>> t = "Trump has pressed allies since taking office, the Pentagon said."
    >>> ranges(t, dt.date(2025, 5, 1))
    [('taking office', '2025-01-20', '2025-01-20')]
    """
    people = {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}
    if len(people) > 1 and m.group().lower().startswith("since taking"):
        people = _subject_holder(m)
    if len(people) != 1:
        return None
    person = people.pop()
    if m.groupdict().get("elected"):
        return _since_election(person, pub)
    first = max((t.first for t in _terms_of()[person] if t.first <= pub), default=None)
    return None if first is None else Range(first, first, "absolute")


def _office_taken(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a change of office told as a clause or a noun after a word of time ("until Biden took office", "right
    after the Biden administration took office", "since Trump's return to the White House", "since the
    inauguration of Moon Jae-in", "before he is sworn in"): the first day of the holder's term (data/entities.csv),
    the latest begun by publication, or for a verb in the present the first still to come; a year written right
    after ("since he took office in 2017") picks the term begun that year. The holder is the one person with terms
    the words name, else the one its sentence names, else for "he" the one before (:func:`_pronoun_holder`; taking
    office only, not an election or leaving office). "After Trump's inauguration" is left to the event reading.

    >>> from analysis.extract.dates import ranges
    >>> ranges("No deal was reached until Biden took office.", dt.date(2024, 10, 17))
    [('until Biden took office', '2021-01-20', '2021-01-20')]
    >>> ranges("Talks will resume after Trump takes office.", dt.date(2024, 11, 20))
    [('after Trump takes office', '2025-01-20', '2025-01-20')]

    "Before (after) the inauguration of X" told within ``_TRANSITION`` days before a term of X begins is that one,
    as "before Trump's inauguration" is (dother52).

    >>> ranges("Seoul signed before the inauguration of Donald Trump.", dt.date(2024, 12, 1))
    [('before the inauguration of Donald Trump', '2025-01-20', '2025-01-20')]
    """
    ordinal = m["ord"] or m["ord2"] or m["ord3"]
    if m["dir"] and m["own"] and not ordinal:
        return None  # "after Trump's inauguration": an event noun (_at_inauguration)
    people = _holders_named(m) or _pronoun_holder(m)
    if len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_named(m, firsts) or _term_of_ordinal(ordinal, firsts)
    if first is None and ordinal:
        return None  # "the start of Biden's second term": no such term in the data
    soon = pub + dt.timedelta(days=_TRANSITION)
    if first is None and m["dir"] and m["dir"].lower() != "when" and "inauguration of" in m.group().lower():
        first = next((f for f in firsts if pub < f <= soon), None)  # the inauguration still to come (dother52)
    if first is None:
        first = next((f for f in firsts if f > pub), None) if m["now"] else max(
            (f for f in firsts if f <= pub), default=None)
    return None if first is None else Range(first, first, "absolute")


def _count_since_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "78 days since the launch of Trump's second term": the day the count comes to from the first day of
    the holder's term (data/entities.csv; README: a count over one resolves to the day it comes to) — the term an
    ordinal names, else the latest begun by publication; None if the words name no one holder with terms.

    >>> from analysis.extract.dates import ranges
    >>> ranges("It has been 50 days since the start of Trump's second term.", dt.date(2025, 3, 15))
    [("50 days since the start of Trump's second term", '2025-03-11', '2025-03-11')]
    """
    n, people = _count(m["n"]), _holders_named(m)
    if n is None or len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_of_ordinal(m["ord"], firsts) if m["ord"] else max((f for f in firsts if f <= pub), default=None)
    if first is None:
        return None
    day = _add(first, m["unit"].lower().rstrip("s"), n)
    return Range(day, day, "absolute")


def _term_of_ordinal(ordinal: str | None, firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the term an ordinal names ("second" in "since the launch of Trump's second term"),
    of the holder's terms' first days ``firsts`` in order; None with no ordinal or no such term.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> _term_of_ordinal("second", firsts), _term_of_ordinal("third", firsts), _term_of_ordinal(None, firsts)
    (datetime.date(2025, 1, 20), None, None)
    """
    k = _ORDINALS.get(ordinal.lower()) if ordinal else None
    return firsts[k - 1] if k is not None and 0 < k <= len(firsts) else None


def _office_participle(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "After taking office", "upon assuming office", "before returning to the White House" (a participle with
    no subject of its own): README "after X" resolves to X, the first day of the holder's term (data/entities.csv) —
    the one begun the year written right after ("in 2017"), else the latest begun by publication (in a clause told
    ahead, the first still to come). The holder is the one person with terms its sentence names, else the subject:
    the first named after a fronted participle's comma, the first before a trailing one.

    >>> from analysis.extract.dates import ranges
    >>> ranges("After taking office, Trump has repeatedly said Seoul should pay more.", dt.date(2019, 1, 29))
    [('taking office', '2017-01-20', '2017-01-20')]
    >>> ranges("After taking office, the minister met Hanul envoys.", dt.date(2019, 1, 29))
    []
    """
    people = {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}
    if len(people) > 1:
        people = _participle_subject(m)
    if len(people) != 1:
        return None
    firsts = sorted(t.first for t in _terms_of()[people.pop()])
    first = _term_named(m, firsts) or _first_term_named(m, firsts)
    if first is None and not _IN_YEAR_AFTER.match(m.string, m.end()):
        ahead = future or clause_tense(m.string, m.start(), m.end()) == "future"
        first = next((f for f in firsts if f > pub), None) if ahead else max((f for f in firsts if f <= pub),
                                                                            default=None)
    return None if first is None else Range(first, first, "absolute")


#: Words of a holder's first term right before a participle of office, in its phrase ("During his first term, shortly
#: after taking office"); a first term named elsewhere in the sentence is a contrast ("after taking office, he revived
#: the demands of his first term"), not this one.
_FIRST_TERM = re.compile(r"\bfirst[ \t]+(?:term|presidency|administration)\b[^.;:]{0,30}$", re.I)
#: "for the first time" right after a change of office ("after taking office for the first time"; not "met Lee for
#: the first time" elsewhere in the sentence).
_FIRST_TIME_AFTER = re.compile(r"(?<![ \t])[ \t]+for[ \t]+the[ \t]+first[ \t]+time\b", re.I)
#: How far before a participle of office its first-term words are looked for.
_FIRST_TERM_CHARS = 60


def _term_named(m: re.Match[str], firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the term (of ``firsts``, sorted) a change of office's sentence names by its year: begun
    in the year written right after ("took office in 2017"), else in the one such year the sentence writes (review31:
    "frozen in 2017 after Trump took office"); None if it names none.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> [_term_named(re.search("taking office", t), firsts) for t in (
    ...     "After taking office in 2025, he met Lee.", "In 2017, after taking office, he met Moon.",
    ...     "After taking office, he met Lee.")]
    [datetime.date(2025, 1, 20), datetime.date(2017, 1, 20), None]
    """
    year = _IN_YEAR_AFTER.match(m.string, m.end())
    if year is not None and any(f.year == int(year[1]) for f in firsts):
        return next(f for f in firsts if f.year == int(year[1]))
    named = _years_of_sentence(m) & {f.year for f in firsts}
    return next(f for f in firsts if f.year in named) if len(named) == 1 else None


def _first_term_named(m: re.Match[str], firsts: list[dt.date]) -> dt.date | None:
    """Return the first day of the first term (of ``firsts``, sorted) when a participle of office says it is that
    one: "for the first time" right after it, or "first term" right before it in its phrase (review45); else None.

    >>> firsts = [dt.date(2017, 1, 20), dt.date(2025, 1, 20)]
    >>> [_first_term_named(re.search("taking office", t), firsts) for t in (
    ...     "After taking office for the first time, he met Moon.",
    ...     "In his first term, after taking office, he met Moon.",
    ...     "After taking office, he revived the demands of his first term.",
    ...     "In his first term he asked $5 billion; after taking office again, $10 billion.")]
    [datetime.date(2017, 1, 20), datetime.date(2017, 1, 20), None, None]
    """
    before = _FIRST_TERM.search(m.string, max(0, m.start() - _FIRST_TERM_CHARS), m.start())
    return firsts[0] if before or _FIRST_TIME_AFTER.match(m.string, m.end()) else None


def _participle_subject(m: re.Match[str]) -> set[str]:
    """Return the holder a participle of office is about when its sentence names several: after a fronted one ("After
    taking office, Trump met Moon") the first named after it, else the first named before it (`_subject_holder`).

    >>> sorted(_participle_subject(re.search("After taking office", "Lee spoke. After taking office, Trump met Moon.")))
    ['donald-trump']
    """
    begin, end = _sentence_span(m.string, m.start(), m.end())
    if m.string[begin : m.start()].strip():
        return _subject_holder(m)
    for w in _CAP_WORD.findall(m.string, m.end(), end):
        if _terms_by_word().get(w):
            return set(_terms_by_word()[w])
    return set()


def _office_left(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a holder's leaving office told as a clause after a word of time ("before he has to vacate the White
    House", "until Trump leaves office", "after Biden left office"): the last day of the holder's term
    (data/entities.csv), the one running at publication (the one next to end) for a verb in the present or a
    future, the latest ended by then for "left"; the holder as for "took office" (:func:`_holders_named`).

    >>> from analysis.extract.dates import ranges
    >>> ranges("In the weeks before he has to vacate the White House, Trump could pull troops.", dt.date(2020, 12, 1))
    [('before he has to vacate the White House', '2021-01-20', '2021-01-20')]
    >>> ranges("Seoul paid more after Trump left office.", dt.date(2024, 10, 17))
    [('after Trump left office', '2021-01-20', '2021-01-20')]
    """
    people = _holders_named(m)
    if len(people) != 1:
        return None
    lasts = sorted(t.last for t in _terms_of()[people.pop()] if t.last is not None)
    if m["gone"]:
        last = max((d for d in lasts if d <= pub), default=None)
    else:
        last = next((d for d in lasts if d >= pub), None)
    return None if last is None else Range(last, last, "absolute")


_IN_YEAR_AFTER = re.compile(r"(?<![ \t])[ \t]+in[ \t]+(?:(?:January|Jan\.)[ \t]+)?((?:19|20)\d\d)\b")


def _elected(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return the election of a US president told as a clause or a noun after a word of time ("after Biden won the
    election", "when Joe Biden was elected", "since Trump's re-election", "following his election win"): that
    election's day, the latest by publication (:func:`_since_election`), of the one person with terms the words
    name, else the one its sentence names.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks resumed after Biden won the election.", dt.date(2021, 3, 8))
    [('after Biden won the election', '2020-11-03', '2020-11-03')]
    """
    people = _holders_named(m)
    if len(people) != 1:
        return None
    person = people.pop()
    named = [y for y in _years_of_sentence(m) if any(t.first.year == y + 1 for t in _terms_of()[person])]
    # review31: "After Trump won the election in 2016" (a 2026 article) is the 2016 election, not the latest
    return _since_election(person, _us_election_day(named[0])) if len(named) == 1 else _since_election(person, pub)


def _years_of_sentence(m: re.Match[str]) -> set[int]:
    """Return the years written in the sentence that holds ``m`` (a clause of office or election told with its year
    elsewhere in the sentence: "Costs were frozen in 2017 after Trump took office").

    >>> sorted(_years_of_sentence(re.search("after", "Costs were frozen in 2017 after Trump took office, 1,2019.")))
    [2017]
    """
    return {int(y) for y in _YEAR_WORD.findall(m.string, *_sentence_span(m.string, m.start(), m.end()))}


def _holders_named(m: re.Match[str]) -> set[str]:
    """Return the people with terms the words of ``m`` name, else those its sentence names.

    >>> sorted(_holders_named(re.search("after he won", "Biden said it ended after he won.")))
    ['joe-biden']
    """
    people = {p for w in _CAP_WORD.findall(m.group()) for p in _terms_by_word().get(w, ())}
    if people:
        return people
    return {p for w in _sentence_words(m.string, m.start(), m.end()) for p in _terms_by_word().get(w, ())}


_HE = re.compile(r"\bhe\b")  # the pronoun of a change of office ("since he took office"); the data holds no gender
_SAYS = _SAID | {"says", "say", "tells"}


def _pronoun_holder(m: re.Match[str]) -> set[str]:
    """Return whom "he" in a taking of office ("Trump spoke. Since he took office, he has pressed allies") means when
    its sentence names no one: the one holder the sentence before names (:func:`_previous_holder`), if nothing in its
    own sentence could be the pronoun's person: no capitalised word but its first before the clause, no speech verb
    ("the ambassador said since he took office"), no determiner opening it ("The minister has met envoys since ...")
    and, the clause fronted, a lower-case subject after its comma with no determiner ("Since he took office, the
    foreign minister ..."); no possessive or holder's name as its first word ("Jeong's ministry ..."); else none
    (review97, review104).

    >>> [sorted(_pronoun_holder(re.search("(?<![a-z])s?he took office", t))) for t in (
    ...     "Trump spoke. Since he took office, he has pressed allies.",
    ...     "Trump spoke. Costs rose since he took office.",
    ...     "Trump spoke. The general said costs rose since he took office.",
    ...     "Trump spoke. Since she took office, ...",
    ...     "Trump met Moon Jae-in. Since he took office, he has visited twice.",
    ...     "Trump spoke. Jeong's ministry has grown since he took office.")]
    [['donald-trump'], ['donald-trump'], [], [], [], []]
    """
    text = m.string
    if not _HE.search(m.group()):
        return set()
    sentence = _sentence_span(text, m.start(), m.end())
    before = text[sentence.start : m.start()].split()
    if any(w[:1].isupper() for w in before[1:]) or any(w.lower().strip(",") in _SAYS for w in before):
        return set()  # a name, a title or a speaker before it: "Defense Minister Jeong said that since he took office"
    if before and before[0].lower() in _DETERMINERS:
        return set()  # "The ambassador has met envoys since he took office": the pronoun's person is the subject
    if before and (before[0].endswith(("'s", "’s")) or before[0].strip(",") in _terms_by_word()):
        return set()  # "Jeong's ministry has grown since he took office": a name opening it (review104 finding 2)
    comma = text.find(",", m.end(), sentence.end)
    if len(before) <= 1 and comma >= 0:  # fronted: "Since he took office, <subject> ..."
        after = text[comma + 1 : sentence.end].split()
        if not after or after[0][:1].isupper() or after[0].lower() in _DETERMINERS:
            return set()
    return _previous_holder(text, sentence.start)


def _sentence_before(text: str, start: int) -> _Stretch | None:
    """Return where the sentence before ``start`` (a sentence's start) stands, or None at the text's start.

    Steps back over the blanks, then the stops and closing quotes, before ``start`` (what
    ``text[:start].rstrip().rstrip(".!?\\"”’'")`` strips), not a copy of the text from its start for each sentence
    (quadratic in a text of many such sentences: hunt32).

    >>> _sentence_before("Trump spoke. Since", 13), _sentence_before("Since", 0)
    (_Stretch(start=0, end=12), None)
    >>> _sentence_before("Trump spoke.\u201d \\n\\t Since", 17), _sentence_before(".' Since", 3)
    (_Stretch(start=0, end=12), None)
    """
    end = start
    while end > 0 and text[end - 1].isspace():  # str.rstrip()'s blanks
        end -= 1
    while end > 0 and text[end - 1] in _STOPS_AND_CLOSERS:
        end -= 1
    return None if end <= 0 else _sentence_span(text, end - 1, end)


_STOPS_AND_CLOSERS = frozenset(".!?\"”’'")  # what ends a sentence before the next one's start


# the sentence before a pronoun's, naming no holder, goes on about one: "the president said", "He said"
_CHAIN = re.compile(r"\b(?i:the)[ \t]{1,3}(?:president|leader)\b|\A\W{0,3}H(?:e|is)\b")


def _previous_holder(text: str, start: int) -> set[str]:
    """Return the one person with terms the sentence before ``start`` names (by words of one person's name only),
    empty if it names several ("Biden met Moon Jae-in. Since he took office, ...": either); if it names none but
    goes on about one (:data:`_CHAIN`: "“...,” the president said."), the one named last before it
    (:func:`_named_before`); a sentence that is a quotation is read with the one before it (its speaker's).

    >>> [_previous_holder(t, t.find("Since")) for t in ("Trump spoke. Since", "Trump met Moon. Since", "Since",
    ...     "Trump spoke. The minister arrived. Since", "Trump spoke. The president left. Since")]
    [{'donald-trump'}, set(), set(), set(), {'donald-trump'}]
    """
    before = _sentence_before(text, start)
    if before is None:
        return set()
    if text[before.start : before.end].lstrip().startswith(("“", '"')):  # a quotation goes on from its speaker's
        before = _sentence_before(text, before.start) or before
    by_word = _terms_by_word()
    people = {p for w in _CAP_WORD.findall(text, *before) for p in by_word.get(w, ()) if len(by_word[w]) == 1}
    if not people and _CHAIN.search(text[before.start : before.end]):
        return _named_before(text, before.start)
    return people if len(people) == 1 else set()


def _since_election(person: str, pub: dt.date) -> Range | None:
    """Return "since his election" for a US president: the federal election day (the Tuesday after the first Monday
    of November) of the year before one of his terms began, the latest by ``pub``; None for anyone else (the
    gazetteer holds no election days of other offices).

    >>> [_since_election("donald-trump", dt.date(y, m, 1)).lo.isoformat() for y, m in ((2019, 8), (2024, 12))]
    ['2016-11-08', '2024-11-05']
    >>> _since_election("moon-jae-in", dt.date(2019, 8, 7)) is None
    True
    """
    from analysis.extract.entities import load_gazetteer  # entities imports names, which dates must not wait for

    if load_gazetteer().entities[person].role.strip() != "President of the United States":
        return None
    days = [_us_election_day(t.first.year - 1) for t in _terms_of()[person]]
    day = max((d for d in days if d <= pub), default=None)
    return None if day is None else Range(day, day, "absolute")


def _subject_holder(m: re.Match[str]) -> set[str]:
    """Return the person with terms named first in the sentence before "since taking office": the subject, whom a
    participle with no subject of its own is about ("Moon has met Trump three times since taking office": Moon).

    >>> t = "Moon has met Trump three times since taking office."
    >>> _subject_holder(re.search("since taking office", t))
    {'moon-jae-in'}
    """
    b = _sentence_span(m.string, m.start(), m.end()).start
    for w in _CAP_WORD.findall(m.string, b, m.start()):
        if _terms_by_word().get(w):
            return set(_terms_by_word()[w])
    return set()


def _term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "during his first term (in office)", "Trump's second term", "during his presidency", "in her
    tenure", "his previous (current) term": the days of that term of office, from data/entities.csv
    (``role_start``/``role_end``), of the person its possessive names ("During Trump's first term, Moon met Kim"),
    else of the one person with terms its sentence names (before or after it: "During his term, Trump ...");
    with no ordinal, the latest term begun by publication, and only after "during", "in", "since" ... ("her
    tenure was short" is no time). None if the sentence names no such person or several.

    >>> from analysis.extract.dates import ranges
    >>> t = "President Donald Trump met Kim Jong Un twice during his first term in office."
    >>> ranges(t, dt.date(2025, 1, 21))
    [('during his first term in office', '2017-01-20', '2021-01-20')]
    >>> t = "During his presidency, Trump demanded more."
    >>> ranges(t, dt.date(2024, 2, 20))
    [('During his presidency', '2017-01-20', '2021-01-20')]
    >>> ranges("In the first term of the Trump government, Seoul paid.", dt.date(2024, 11, 5))
    [('In the first term of the Trump government', '2017-01-20', '2021-01-20')]

    "His last term" is the latest ended, as "his previous term" and "the last Trump administration" are (dates54):

    >>> ranges("Trump demanded more in his last term.", dt.date(2025, 3, 1))
    [('in his last term', '2017-01-20', '2021-01-20')]
    """
    text = m.string
    if not (m["ord"] or m["adj"]) and not (m["prep"] or _SINCE.search(text, max(0, m.start() - 8), m.start())
                                           or _of_holders_term(m)):
        return None
    if m["my"] and not _quoted(text, m.start()):
        return None  # "during my tenure" in the writer's own words: the writer's term, which the data does not hold
    if m["noun"] == "years" and (m["ord"] or m["adj"]):
        return None  # "his first years in office": a part of a term, not one
    people = _holder(m, bool((m["ord"] or m["adj"]) and m["noun"] == "term") or _pronoun_term(m), pub)
    if len(people) != 1:
        return None
    terms = _terms_of()[people.pop()]
    succeeded = None if m["ord"] or m["adj"] else _before_successor(terms, m)  # "..., undone by his successor, Biden"
    term = succeeded or _which_term(terms, m["ord"], m["adj"], pub)
    if term is None or term.last is None:
        return None
    if not m["ord"] and not (m["adj"] and m["noun"] == "term"):
        term = _tenure(terms, term)  # "Obama's presidency", "the previous Obama administration": both his terms
    if not (m["ord"] or m["adj"]) and term.last < pub and clause_tense(text, m.start(), m.end()) == "future" \
            and not _future_of_relative(text, m):
        return None  # "ties might weaken under the presidency of Trump if he is reelected": a term to come, not served
    return Range(term.first, term.last, "absolute")


# a relative clause's modal ("changes that could influence talks"): the future of that clause only
_RELATIVE_MODAL = re.compile(r"\b(?:that|which|who)[ \t]{1,3}(?:could|would|will|may|might|can)\b")
_MODAL_WORD = re.compile(r"\b(?:will|would|could|may|might|can|shall)\b", re.I)


def _future_of_relative(text: str, m: re.Match[str]) -> bool:
    """Return whether the future read for a term (``m``) is a relative clause's own ("changes that could influence
    talks, in light of Trump's stance during his administration"): the modal follows "that/which/who" and is the only
    one before the comma (no main clause's "will" beside it), and the comma sets off the term's phrase, which holds no
    tense of its own: the term served stays a time (fresh95). Not "Ties will weaken, mainly under his presidency"
    (the main clause's future) nor "changes that could come under his presidency" (no comma: the relative clause
    holds the term).

    >>> from analysis.extract.dates import ranges
    >>> t = "Bo fears changes that could hurt talks, in light of Trump's stance during his administration."
    >>> ranges(t, dt.date(2024, 4, 22))
    [('during his administration', '2017-01-20', '2021-01-20')]
    >>> ranges("Bo fears changes that could come during Trump's administration.", dt.date(2024, 4, 22))
    []
    """
    sentence = _sentence_span(text, m.start(), m.end())
    comma = text.rfind(",", sentence.start, m.start())
    rel = last_match(_RELATIVE_MODAL, text, sentence.start, comma) if comma >= 0 else None
    if rel is None or len(_MODAL_WORD.findall(text, sentence.start, comma)) != 1:
        return False  # no relative's modal, or another modal (the main clause's) beside it
    return clause_tense(text, m.start(), m.end(), lo=comma + 1) is None


# the words before "in"/"under" that make "<prep> his administration" a post in it, not a time: "an official in his
# administration", "served under Trump's administration"
MEMBER_BACK = 24  # characters before "in his administration" read for a post in it ("an official in ...")
_MEMBER_WORDS = frozenset(
    {"official", "officials", "aide", "aides", "member", "members", "officer", "officers", "minister", "ministers",
     "secretary", "adviser", "advisers", "advisor", "advisors", "staff", "staffer", "staffers", "role", "roles",
     "post", "posts", "position", "positions", "job", "jobs", "figure", "figures", "people", "someone", "those",
     "others", "served", "serving", "serves", "worked", "working", "works"}
)  # fmt: skip


def _admin_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "during his administration", "under Trump's administration" read as "during his presidency" is (see
    :func:`_term`); None for a post in it ("an official in his administration", "served under her administration").

    >>> from analysis.extract.dates import ranges
    >>> ranges("During his administration, Trump asked for more.", dt.date(2024, 2, 20))
    [('During his administration', '2017-01-20', '2021-01-20')]
    >>> ranges("A senior official in his administration said Trump wanted more.", dt.date(2024, 2, 20))
    []
    """
    before = _TOKEN.findall(m.string, max(0, m.start() - MEMBER_BACK), m.start())
    if m["prep"].lower() in ("in", "under") and before and before[-1].lower() in _MEMBER_WORDS:
        return None
    return _term(m, pub, future)


# "the policies of President Biden's term": a noun, then "of" a holder's term (a part of the term, "the end of
# Biden's term", is a day of it, not the term)
_NOUN_OF = re.compile(r"\b(?P<noun>[a-z]{3,20})[ \t]{1,3}of[ \t]{1,3}\Z")
_PARTS = frozenset({"end", "start", "beginning", "close", "middle", "rest", "remainder", "half", "part", "expiry",
                    "expiration", "year", "years", "month", "months", "day", "days", "week", "weeks", "twilight",
                    "dawn", "outset", "length", "course", "extension", "renewal", "bid"})


_TERM_COMPOUND = re.compile(r"[ \t]{1,3}(?:sheets?|limits?|papers?|deposits?|loans?)\b")  # "Trump's term sheet"


def _of_holders_term(m: re.Match[str]) -> bool:
    """Return whether a holder's term named by a possessive ("President Biden's term") follows a noun and "of" that
    make it the time of that noun ("the policies of President Biden's term"), not a part of the term ("the end of
    Biden's term") nor the term as a thing ("Trump's second term may bring change").

    >>> [_of_holders_term(_TERM_OF_OFFICE.search(t)) for t in ("the policies of Biden's term",
    ...     "the end of Biden's term", "Trump's second term may bring change")]
    [True, False, False]
    """
    if not m["owner"] or m["prep"]:
        return False
    before = _NOUN_OF.search(m.string, max(0, m.start() - 28), m.start())
    return before is not None and before["noun"] not in _PARTS and not _TERM_COMPOUND.match(m.string, m.end())


def _served_term(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "when he was in office", "while she was president": the days of the holder's latest term ended by
    publication (the past tense tells a term served, not one running), the holder read as for "during his term";
    "when I was in office" only inside a quotation (the speaker's). None if no one such term; "while in office", with
    no verb, only of one out of office at publication (dates54b).

    >>> from analysis.extract.dates import ranges
    >>> t = "Former President Trump threatened to pull troops when he was in office."
    >>> ranges(t, dt.date(2024, 5, 1))
    [('when he was in office', '2017-01-20', '2021-01-20')]
    """
    if m["my"] and not _quoted(m.string, m.start()):
        return None
    people = _holder(m, True, pub)
    if len(people) != 1:
        return None
    terms = _terms_of()[people.pop()]
    if not _TERM_VERB.search(m.group()) and _which_term(terms, None, "current", pub) is not None:
        return None  # "while in office" of one in office at publication: no tense tells which term (dates54b)
    term = _which_term(terms, None, "previous", pub)
    return None if term is None or term.last is None else Range(term.first, term.last, "absolute")


_TERM_VERB = re.compile(r"\b(?:was|served)\b")  # the verb of "when he was in office": a term served


def _holder(m: re.Match[str], back: bool, pub: dt.date) -> set[str]:
    """Return the people with terms a term's words name: those its possessive names ("Trump's"), else those its
    sentence names, else (``back``: "his first term", "during my tenure") the one in office at ``pub`` whom the
    sentence names by office ("the US leader"), else the one named in the sentences before.

    >>> _holder(_TERM_OF_OFFICE.search("During Trump's first term, Moon Jae-in met Kim."), False, dt.date(2023, 1, 5))
    {'donald-trump'}
    >>> t = "During his previous term, Trump pressed then-President Moon Jae-in."  # fronted: the subject after it
    >>> _holder(_TERM_OF_OFFICE.search(t), True, dt.date(2025, 4, 11)), _holder(_TERM_OF_OFFICE.search(
    ...     "Moon and Trump met during his previous term."), True, dt.date(2025, 4, 11))
    ({'donald-trump'}, set())
    """
    text = m.string
    if m.groupdict().get("its"):
        return _administration_holder(m)
    if m["owner"]:  # "Biden's term" is Biden's even when the data holds no term of his: never Trump's beside it
        return _owner_holders(m["owner"], text, m.start(), _years_of_sentence(m))
    sentence = _sentence_span(text, m.start(), m.end())
    if m.groupdict().get("my"):  # "my term" in a quotation: its speaker, named outside it
        return _speaker_holder(text, sentence, m.start(), back)
    subject = _subject_of(m, sentence, back, pub)
    if subject is not None:
        return subject
    people = {p for _, holders in _holders_in(text, *sentence) for p in holders}
    if len(people) > 1 and not text[sentence.start : m.start()].strip():
        people = _fronted_subject(m) or people  # fronted: "During his term, Trump met then-President Moon"
    people = people or _full_names_in(text, sentence)  # "George W. Bush said ...": a shared family name, in full
    if not people and back:
        office = _office_holder(text, sentence, pub)  # an office with no holder we know: someone else's term
        people = office if office is not None else _named_before(text, sentence.start)
    return people


# nouns after a holder's name that make the name a modifier, no subject ("Trump aides visited", "Moon government")
_NAME_MODIFIES = frozenset(
    {"aides", "aide", "officials", "official", "administration", "government", "envoys", "envoy", "allies", "team",
     "era", "supporters", "camp", "policy", "policies", "demands", "demand", "cabinet", "loyalists", "staff",
     "advisers", "advisors", "doctrine", "tariffs", "voters"}
)  # fmt: skip


def _fronted_subject(m: re.Match[str]) -> set[str]:
    """Return the holder of a fronted term ("During his first term, Trump met Moon Jae-in") when its sentence names
    several: the one the words right after its comma name as the subject, titles allowed ("During his tenure,
    Defense Secretary Esper met Trump"), not a possessive ("Trump's demands") or a modifier ("Trump aides"), and with
    an ordinal one who has that many terms; else none (review97). A lower-case plural after the name makes it a
    modifier too ("Moon Jae-in critics", review104 finding 3). A term with no ordinal or "previous" ("In his
    term, Moon Jae-in met Trump") is either holder's unless a title names the subject: none (the old reading).

    >>> [_fronted_subject(_TERM_OF_OFFICE.search(t)) for t in ("During his first term, Trump met Moon Jae-in.",
    ...     "During his term, Trump's demands were shelved.", "During his presidency, Trump aides met Moon Jae-in.",
    ...     "During his first term, officials from Moon Jae-in's government met Trump envoys.",
    ...     "In his term, Moon Jae-in met Trump.", "In his previous term, Moon Jae-in critics met Trump.")]
    [{'donald-trump'}, set(), set(), set(), set(), set()]
    """
    text, by_word = m.string, _terms_by_word()
    end = _sentence_span(text, m.start(), m.end()).end
    comma = text.find(",", m.end(), end)
    if comma < 0 or text[m.end() : comma].strip():
        return set()
    words = text[comma + 1 : end].split()[:6]
    run = list(takewhile(lambda w: w[:1].isupper(), words))
    if not run or run[-1].endswith(("'s", "’s", "'", "’")):  # "Trump's demands": a possessive
        return set()
    if len(run) < len(words) and (words[len(run)].lower() in _NAME_MODIFIES or _plural_noun(words[len(run)])):
        return set()
    if not (m["ord"] or m["adj"]) and run[0].rstrip(",") in by_word:  # "In his term, Moon Jae-in met Trump": either's
        return set()
    people = {p for w in run if len(by_word.get(w.rstrip(","), ())) == 1 for p in by_word[w.rstrip(",")]}
    if len(people) != 1 or len(_terms_of()[next(iter(people))]) < _ORDINALS.get((m["ord"] or "").lower(), 0):
        return set()
    return people


# words in "-s" that may follow a subject's name and are no plural noun: a verb, an adverb ("Trump always ...")
_S_NOT_PLURAL = frozenset({"says", "always", "perhaps", "sometimes", "thus", "nevertheless", "nonetheless"})


def _plural_noun(word: str) -> bool:
    """Return whether ``word`` after a name looks like a lower-case plural noun the name modifies ("Moon Jae-in
    critics"): ends in "-s" (not "-ss", "-us", "-is"), four letters or more, not a verb or adverb of
    :data:`_S_NOT_PLURAL` (review104 finding 3).

    >>> [_plural_noun(w) for w in ("critics", "has", "says", "always", "Critics", "press", "met")]
    [True, False, False, False, False, False, False]
    """
    w = word.rstrip(",.;:")
    return w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and (
        w not in _S_NOT_PLURAL)


_SUBJECT_WORD = re.compile(r"\b(?:[A-Z][\w-]{0,30}|he|she|his)\b")  # a name, or a pronoun standing for one
_PRONOUNS = frozenset({"he", "she", "his"})
_AND_NAME = re.compile(r"[ \t]{1,3}and[ \t]{1,3}(?:[A-Z][\w.-]{0,30}[ \t]{1,3}){0,2}(?P<name>[A-Z][\w-]{0,30})\b")


def _subject_of(m: re.Match[str], sentence: _Stretch, back: bool, pub: dt.date) -> set[str] | None:
    """Return the holder of "his term" by the subject of its sentence, the first person it names before the term:
    a name ("Trump said that during his first term ..., but Biden ...": Trump), an office ("The US leader said
    ...": its holder at ``pub``) or (``back``) a pronoun ("He said ...": the one the narration named before). None
    if nothing stands before the term ("During his presidency, Trump ..."): the sentence's names decide.

    >>> t = "Trump said that during his first term, Seoul paid more, but Biden ended it."
    >>> _subject_of(_TERM_OF_OFFICE.search(t), _Stretch(0, len(t)), True, dt.date(2025, 7, 9))
    {'donald-trump'}
    """
    text, by_word = m.string, _terms_by_word()
    office = min((o.start() for rx, _ in _OFFICES if (o := rx.search(text, sentence.start, m.start()))
                  and _office_alone(text, o)), default=None)
    for w in _SUBJECT_WORD.finditer(text, sentence.start, m.start()):
        if office is not None and office <= w.start():
            return _office_holder(text, _Stretch(office, m.start()), pub) or None
        if len(by_word.get(w.group(), ())) == 1:
            other = _AND_NAME.match(text, w.end(), m.start())  # "Trump and Biden said": two subjects, no one's term
            return set() if other and by_word.get(other["name"], by_word[w.group()]) != by_word[w.group()] \
                else set(by_word[w.group()])
        if (w.group().lower() in _PRONOUNS and w.group() != "His") or (w.group() == "His" and back):
            return (_named_before(text, sentence.start) or None) if back else None
    return None


_TITLE_NAME = re.compile(r"[ \t]{1,3}[A-Z][a-z]")  # "US President Donald Trump": the office a title of the name
_FORMER_BEFORE = re.compile(r"\b(?i:former|ex-|then-)[ \t]{0,3}\Z")  # "former US President": no holder now


def _office_alone(text: str, office: re.Match[str]) -> bool:
    """Return whether an office of :data:`_OFFICES` stands for its holder at publication ("The US leader said that
    during his term ..."): not a title before a name ("US President Donald Trump": the name says who) nor one held
    before ("former US President", "then-US president": fresh78q).

    >>> from analysis.extract.dates import ranges
    >>> t = "Former US President Donald Trump insisted on it during his tenure."
    >>> ranges(t, dt.date(2022, 5, 10))
    [('during his tenure', '2017-01-20', '2021-01-20')]
    """
    if _TITLE_NAME.match(text, office.end()):
        return False
    return _FORMER_BEFORE.search(text, max(0, office.start() - 10), office.start()) is None


def _speaker_holder(text: str, sentence: _Stretch, at: int, back: bool) -> set[str]:
    """Return the holder of "my term" at ``at`` in a quotation: the people with terms its sentence names outside the
    quotation ("... during my presidency,” Biden said"), else (``back``) the one the narration named before it
    ("Trump added: “... during my first term, but Biden ...”": Trump), never a name inside the quotation.

    >>> t = "Trump added: “They paid during my first term, but Biden ended it.”"
    >>> _speaker_holder(t, _Stretch(0, len(t)), t.find("during"), True)
    {'donald-trump'}
    """
    quote = next((q for q in _quote_stretches(text, sentence.start, sentence.end) if q.start < at < q.end), None)
    inside = quote or _Stretch(at, at)
    by_word = _terms_by_word()
    people = {p for w in _CAP_WORD.finditer(text, *sentence) if not inside.start <= w.start() < inside.end
              for p in by_word.get(w.group(), ())}
    return people or (_named_before(text, inside.start) if back else set())


_ADMINISTRATION_BEFORE = re.compile(  # "the Trump administration (in its ...)", "The Moon government, (during ...)"
    r"\b(?P<owner>[A-Z][\w-]{0,30})[ \t]{1,3}(?:administration|government)[ \t]{0,3},?[ \t]{1,3}\Z")
_ADMINISTRATION_BACK = 64  # characters read back from "in its second term" for the administration "its" is


def _administration_holder(m: re.Match[str]) -> set[str]:
    """Return the people with terms named by the administration (government) right before "in its ... term": the
    one "the Trump administration in its second term" is named after; empty if no administration stands there.

    >>> t = "The Trump administration, in its second term, pressed Seoul. The alliance in its first term held."
    >>> [_administration_holder(x) for x in _TERM_OF_OFFICE.finditer(t)]
    [{'donald-trump'}, set()]
    """
    if not m["prep"]:
        return set()
    a = m.start("prep")
    before = _ADMINISTRATION_BEFORE.search(m.string, max(0, a - _ADMINISTRATION_BACK), a)
    by_word = _terms_by_word()
    return set() if before is None else set(by_word.get(before["owner"], ()))


# an office named by its country ("the US leader", "the American president"): whose term is running at publication
_OFFICES = (
    (re.compile(r"\b(?:U\.S\.|US|American|United\s+States)\s+(?i:president|leader)\b"),
     "President of the United States"),
    (re.compile(r"\b(?:South\s+Korean|S\.\s*Korean)\s+(?i:president|leader)\b"), "President of South Korea"),
)


def _office_holder(text: str, sentence: _Stretch, pub: dt.date) -> set[str] | None:
    """Return the person whose term of the one office the sentence names by country ("The US leader said that
    during his previous term ...") is running at ``pub`` (empty if the gazetteer knows no one in it then); None if
    the sentence names no such office, or several.

    >>> t = "The US leader said that during his previous term Seoul paid."
    >>> _office_holder(t, _Stretch(0, len(t)), dt.date(2025, 8, 26))
    {'donald-trump'}
    """
    from analysis.extract.entities import load_gazetteer

    roles = {role for rx, role in _OFFICES if (o := rx.search(text, sentence.start, sentence.end))
             and _office_alone(text, o)}
    if len(roles) != 1:
        return None
    role, people = roles.pop(), load_gazetteer().entities
    return {pid for pid, terms in _terms_of().items() if people[pid].role.strip() == role
            and any(t.first <= pub and (t.last is None or pub <= t.last) for t in terms)}


_QUOTED_BACK = 1000  # characters read back, within the paragraph, for the quotation a word may sit in


def _quoted(text: str, at: int) -> bool:
    """Return whether ``text[at]`` sits inside a quotation of its paragraph (read at most ``_QUOTED_BACK`` back).

    >>> t = 'Trump wrote: “They paid during my presidency.” During my tenure, I saw it.'
    >>> _quoted(t, t.find("my pres")), _quoted(t, t.find("my ten"))
    (True, False)
    """
    begin = text.rfind("\n", max(0, at - _QUOTED_BACK), at) + 1 or max(0, at - _QUOTED_BACK)
    return any(q.start < at < q.end for q in _quote_stretches(text, begin, at + 1))


def _tenure(terms: list[Term], term: Term) -> Term:
    """Return the run of consecutive terms (each begun the day the one before ended) of ``terms`` that holds
    ``term``: a presidency, an administration, an era with no ordinal ("during Obama's presidency") spans a
    re-elected holder's terms; terms apart (Trump's) stay apart.

    >>> t = _tenure(_terms_of()["barack-obama"], _terms_of()["barack-obama"][1])
    >>> t.first.isoformat(), t.last.isoformat()
    ('2009-01-20', '2017-01-20')
    >>> _tenure(_terms_of()["donald-trump"], _terms_of()["donald-trump"][1]).first.isoformat()
    '2025-01-20'
    """
    k = terms.index(term)
    lo = k
    while lo > 0 and terms[lo - 1].last == terms[lo].first:
        lo -= 1
    hi = k
    while hi + 1 < len(terms) and terms[hi].last == terms[hi + 1].first:
        hi += 1
    return replace(term, first=terms[lo].first, last=terms[hi].last)


_LATER_TERM = frozenset({"current", "present"})  # the term running at the time of writing; the others the one before


# "his successor, Joe Biden", "successor President Moon", "Trump's successor, Biden", "the next (U.S.) president, Joe
# Biden": the holder who took office after the term meant (``whose``: a possessor, the holder's or someone else's)
_SUCCESSOR = re.compile(r"\b(?:(?P<whose>[A-Z][\w-]{0,30})['’]s[ \t]{1,3})?(?:successors?|next[ \t]{1,3}"
                        r"(?:U\.S\.[ \t]{1,3})?[Pp]resident),?[ \t]{1,3}(?:(?:President|former[ \t]{1,3}President)"
                        r"[ \t]{1,3})?(?P<name>(?:[A-Z][\w.-]{0,30}[ \t]{1,3}){0,2}[A-Z][\w-]{0,30})")
_SUCCEEDED = re.compile(r",[ \t]{1,3}who[ \t]{1,3}(?:later[ \t]{1,3})?succeeded[ \t]{1,3}(?:him|her)\b")  # "X, who ..."
_NAME_BEFORE = 40  # characters before ", who succeeded him" searched for the successor's name
_STOP_IN_NAME = re.compile(r"(?<=[a-z])\.[ \t]")  # "Biden. Ann": a sentence's end, not an initial ("J.D. Vance")


def _successor_names(text: str, lo: int, hi: int, terms: list[Term]) -> list[str]:
    """Return the names of successors ``text[lo:hi]`` names: after "successor" or "the next president" (not
    someone else's: a possessor other than the holder of ``terms``), or before ", who succeeded him/her".

    >>> t = "a deal undone by the next president, Joe Biden. Ann Ko, who succeeded him, and Kim's successor, Bo Li."
    >>> _successor_names(t, 0, len(t), _terms_of()["donald-trump"])
    ['Joe Biden', 'Ann Ko']
    """
    names = []
    for m in _SUCCESSOR.finditer(text, lo, hi):
        whose = m["whose"]
        if whose is None or any(_terms_of().get(p) is terms for p in _terms_by_word().get(whose, ())):
            names.append(_STOP_IN_NAME.split(m["name"], 1)[0])  # "Joe Biden. Ann": "Joe Biden"
    for m in _SUCCEEDED.finditer(text, lo, hi):
        words = text[max(lo, m.start() - _NAME_BEFORE) : m.start()].split()[-3:]
        while words and not all(w[:1].isupper() for w in words):
            words = words[1:]  # "later that year Kim Lee": the capitalised words just before
        if words:
            names.append(_STOP_IN_NAME.split(" ".join(words))[-1])  # "Biden. Ann Ko": "Ann Ko"
    return names


def _before_successor(terms: list[Term], m: re.Match[str]) -> Term | None:
    """Return the term of ``terms`` that ended the day the successor its sentence or the next one names took office
    ("during his administration, he compelled Seoul to pay more, a deal later nullified by his successor, Joe Biden":
    Trump's first term, told in his second); None if neither names one successor with terms, or none of ``terms``
    ends so.

    >>> from analysis.extract.dates import ranges
    >>> t = "Trump said during his presidency Seoul paid more, a deal later undone by his successor, Joe Biden."
    >>> ranges(t, dt.date(2025, 7, 9))
    [('during his presidency', '2017-01-20', '2021-01-20')]
    >>> ranges("Trump said during his presidency Seoul paid more. His successor, Joe Biden, undid it.",
    ...        dt.date(2025, 7, 9))
    [('during his presidency', '2017-01-20', '2021-01-20')]
    """
    text = m.string
    sentence = _sentence_span(text, m.start(), m.end())
    after = sentence.end  # the next sentence, in the same paragraph: past the spaces and tabs (no copy of the rest)
    while after < len(text) and text[after] in " \t":
        after += 1
    hi = _sentence_span(text, after, after).end if after < len(text) and text[after] != "\n" else sentence.end
    for name in _successor_names(text, sentence.start, hi, terms):
        people = {p for w in _CAP_WORD.findall(name) for p in _terms_by_word().get(w, ())}
        if len(people) != 1:
            continue
        starts = {t.first for t in _terms_of()[people.pop()]}
        term = max((t for t in terms if t.last in starts), default=None, key=lambda t: t.first)
        if term is not None:
            return term
    return None


def _which_term(terms: list[Term], ordinal: str | None, adjective: str | None, pub: dt.date) -> Term | None:
    """Return the term an ordinal ("first"), an adjective ("previous": the latest ended by publication; "current":
    the one running then) or nothing (the latest begun by publication) picks from ``terms``; None if none.

    >>> [t.first.year for t in [_which_term(_terms_of()["donald-trump"], None, a, dt.date(2025, 8, 26))
    ...                         for a in ("previous", "current", None)]]
    [2017, 2025, 2025]
    >>> _which_term(_terms_of()["donald-trump"], None, "last", dt.date(2024, 8, 26)).first.year
    2017
    """
    if ordinal:
        k = _ORDINALS[ordinal] - 1
        return terms[k] if k < len(terms) else None
    if adjective in _LATER_TERM:
        return next((t for t in terms if t.first <= pub and (t.last is None or pub <= t.last)), None)
    if adjective:
        return max((t for t in terms if t.last is not None and t.last <= pub), default=None, key=lambda t: t.first)
    return max((t for t in terms if t.first <= pub), default=None, key=lambda t: t.first)


def _pronoun_term(m: re.Match[str]) -> bool:
    """Return whether ``m`` is "during his term", "in her tenure", "throughout his presidency" with no ordinal: a
    time told by a preposition and a pronoun, whose holder a reader takes from the sentences before when its own
    sentence names no one ("Trump spoke. He said that during his term, Seoul agreed to pay more").

    >>> _pronoun_term(_TERM_OF_OFFICE.search("He said that during his term, Seoul agreed."))
    True
    >>> _pronoun_term(_TERM_OF_OFFICE.search("His term was short."))
    False
    """
    return bool(m["prep"]) and not m["ord"] and m.group().split()[1].lower() in ("his", "her", "my")


_NAMED_BACK = 1000  # characters read back for the person "his first term" refers to when its sentence names none


#: A hyphenated given name right after a family name ("Lee Sang-hyun"), and a capitalised word right before one
#: ("Lina Park"): with words not of the holder's name, they make the family name another person's.
_GIVEN_AFTER = re.compile(r" ([A-Z][a-z]{1,12}-[a-z]{1,12})\b")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z'’-]{1,20}) $")


def _anothers_name(text: str, w: re.Match[str], pid: str) -> bool:
    """Return whether the word ``w`` that names holder ``pid`` on its own (a family name) is joined to a given name
    not of theirs, before it ("Lina Park") or hyphenated after it ("Lee Sang-hyun"): another person of that family
    name, not the holder; a title or a function word before it ("President Park", "During Park's term") is no name.

    >>> def another(t, word, pid):
    ...     return _anothers_name(t, _CAP_WORD.search(t, t.rfind(word)), pid)
    >>> park, lee = "park-geun-hye", "lee-jae-myung"
    >>> [another(t, w, p) for t, w, p in (("Lina Park met Kim.", "Park", park),
    ...     ("Lee Sang-hyun met Kim.", "Lee", lee), ("Then President Park met Kim.", "Park", park),
    ...     ("Lee Jae-myung met Kim.", "Lee", lee), ("During Park's term, Kim met.", "Park", park))]
    [True, True, False, False, False]
    """
    names = _name_words(pid)
    after = _GIVEN_AFTER.match(text, w.end())
    if after is not None and after.group(1) not in names:
        return True
    before = _WORD_BEFORE.search(text, max(0, w.start() - 24), w.start())
    if before is None:
        return False
    word = before.group(1)
    return word not in names and word not in NOT_NAME_WORDS and word not in TITLE_WORDS and not word.isupper()


def _holders_in(text: str, lo: int, hi: int) -> Iterator[tuple[re.Match[str], set[str]]]:
    """Yield each capitalised word of ``text[lo:hi]`` that names people with terms on its own, with them, less a
    family name joined to another person's given name (:func:`_anothers_name`: "Lina Park" is not Park Geun-hye).

    >>> [(m.group(), sorted(p)) for m, p in _holders_in("Lina Park met Trump.", 0, 20)]
    [('Trump', ['donald-trump'])]
    """
    by_word = _terms_by_word()
    for w in _CAP_WORD.finditer(text, lo, hi):
        people = by_word.get(w.group())
        if people and not (len(people) == 1 and _anothers_name(text, w, next(iter(people)))):
            yield w, people


def _named_before(text: str, start: int) -> set[str]:
    """Return the person with terms (see :func:`_terms_of`) last named in the ``_NAMED_BACK`` characters before
    ``start`` by a word of their name only: whom "his first term" in a sentence naming no one ("the American
    president said he would pick up where he left off during his first term") refers to. Empty if none is named.

    >>> t = "President Trump spoke on Tuesday. The president said he would go back to his first term's policy."
    >>> _named_before(t, t.find("The president"))
    {'donald-trump'}
    """
    begin = max(0, start - _NAMED_BACK)
    quotes = [q for p in split_paragraphs(text, begin, start) for q in _quote_stretches(text, p.start, p.end)]
    for w, people in reversed(list(_holders_in(text, begin, start))):
        if any(q.start < w.start() < q.end for q in quotes):
            continue  # a name inside a quotation ("“Biden cut it,” he said") is no one the narration's pronoun means
        if len(people) == 1:  # a word several people share ("President") names no one
            return set(people)
    return set()


def _sentence_words(text: str, start: int, end: int) -> set[str]:
    """Return the capitalised words of the sentence that holds ``text[start:end]`` (at most 200 characters each
    side, within its paragraph).

    >>> sorted(_sentence_words("Lee left. In his term, Moon Jae-in met Kim. Park came.", 13, 21))
    ['In', 'Jae-in', 'Kim', 'Moon']
    """
    return set(_CAP_WORD.findall(text, *_sentence_span(text, start, end)))


@cache
def _terms_of() -> dict[str, list[Term]]:
    """Return, for each person of the gazetteer (data/entities.csv) whose role has dates, the terms (as
    :func:`analysis.extract.entities.parse_terms` reads them; an end not yet known is the end fixed by law for the
    role, if :data:`_TERM_YEARS` knows it, else None).

    >>> [(t.first.isoformat(), t.last.isoformat()) for t in _terms_of()["donald-trump"]]
    [('2017-01-20', '2021-01-20'), ('2025-01-20', '2029-01-20')]
    """
    from analysis.extract.entities import load_gazetteer  # entities imports names, which dates must not wait for

    return {e.id: [replace(t, last=t.last or _scheduled_end(e.role, t.first)) for t in e.terms]
            for e in load_gazetteer().entities.values() if e.kind == "person" and e.terms}  # fmt: skip


#: Terms fixed by constitution: (years, days the last day falls before the anniversary). South Korea's ends at
#: midnight before it (Moon Jae-in 2017-05-10 to 2022-05-09); a US president's at noon on it, the term's last day.
_TERM_YEARS = {"President of the United States": (4, 0), "President of South Korea": (5, 1)}


def _scheduled_end(role: str, start: dt.date) -> dt.date | None:
    """Return the day a term of ``role`` begun on ``start`` ends by law (a fixed number of years), or None.

    >>> _scheduled_end("President of the United States", dt.date(2025, 1, 20)), _scheduled_end("Envoy", dt.date.today())
    (datetime.date(2029, 1, 20), None)
    >>> _scheduled_end("President of South Korea", dt.date(2025, 6, 4))
    datetime.date(2030, 6, 3)
    """
    if role.strip() not in _TERM_YEARS:
        return None
    years, days_before = _TERM_YEARS[role.strip()]
    return start.replace(year=start.year + years) - dt.timedelta(days=days_before)


@cache
def _terms_by_word() -> dict[str, set[str]]:
    """Return each capitalised word (of three letters or more) that names one person with terms on its own -> that
    person: a one-word alias (a family name: "Trump", "Moon"), else every word of the name and aliases (a given
    name's syllable, "Jae" of "Moon Jae In", is shared by many: "Lee Jae Myung" is not Moon). A family name two
    holders share (:func:`_shared_words`: "Bush", "Roh") names neither: their hyphenated given names ("Moo-hyun",
    "Tae-woo") do, and their full names (:func:`_full_name_holders`).

    >>> sorted(_terms_by_word()["Trump"]), "Jae" in _terms_by_word(), "Bush" in _terms_by_word()
    (['donald-trump'], False, False)
    >>> _terms_by_word()["Lee"], _terms_by_word()["Myung-bak"], _terms_by_word()["Moo-hyun"]
    ({'lee-jae-myung'}, {'lee-myung-bak'}, {'roh-moo-hyun'})
    """
    shared, out = _shared_words(), {}
    for pid, words in _holder_words().items():
        unique = [w for w in words if w not in shared]
        for w in unique or [w for w in _name_words(pid) if "-" in w and w not in shared]:
            out.setdefault(w, set()).add(pid)
    return out


@cache
def _holder_words() -> dict[str, list[str]]:
    """Return, for each person with terms, the words (three letters or more) of their one-word aliases, else of their
    name, less another holder's one-word alias (the gazetteer gives "Lee" alone to Lee Jae-myung, not to Lee
    Myung-bak; "Roh", which no holder has alone, is both Rohs').

    >>> _holder_words()["moon-jae-in"], _holder_words()["lee-myung-bak"], _holder_words()["roh-moo-hyun"]
    (['Moon'], ['Myung-bak'], ['Roh', 'Moo-hyun'])
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    alone = {pid: [a for a in people[pid].aliases if len(_CAP_WORD.findall(a)) == 1] for pid in _terms_of()}
    taken = {w for words in alone.values() for w in words}
    return {pid: [w for w in _CAP_WORD.findall(";".join(alone[pid] or [people[pid].name])) if len(w) > 2
                  and (alone[pid] or w not in taken)] for pid in _terms_of()}


def _name_words(pid: str) -> list[str]:
    """Return the words of the name and aliases of person ``pid``.

    >>> _name_words("lee-myung-bak")[:2]
    ['Lee', 'Myung-bak']
    """
    from analysis.extract.entities import load_gazetteer

    e = load_gazetteer().entities[pid]
    return _CAP_WORD.findall(";".join((e.name, *e.aliases)))


@cache
def _shared_words() -> dict[str, set[str]]:
    """Return each word that names several people with terms on its own (a family name: "Bush", "Roh") -> them.

    >>> sorted(_shared_words()["Bush"])
    ['george-h-w-bush', 'george-w-bush']
    """
    by_word: dict[str, set[str]] = {}
    for pid, words in _holder_words().items():
        for w in words:
            by_word.setdefault(w, set()).add(pid)
    return {w: people for w, people in by_word.items() if len(people) > 1}


@cache
def _full_name_holders() -> dict[str, str]:
    """Return each name or alias of two words or more of a person with terms -> that person.

    >>> _full_name_holders()["George W. Bush"], _full_name_holders()["Roh Moo-hyun"]
    ('george-w-bush', 'roh-moo-hyun')
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    return {n: pid for pid in _terms_of() for n in (people[pid].name, *people[pid].aliases) if " " in n.strip()}


def _full_names_in(text: str, span: _Stretch) -> set[str]:
    """Return the people with terms ``text[span]`` names by a name or alias of two words or more ("George W. Bush
    said ...": a family name two holders share names no one by itself).

    >>> _full_names_in("George W. Bush said that.", _Stretch(0, 25))
    {'george-w-bush'}
    """
    return {pid for name, pid in _full_name_holders().items() if text.find(name, span.start, span.end) >= 0}


_FULL_NAME_BACK = 3000  # characters read back for the full name that says which holder a shared family name is


def _owner_holders(owner: str, text: str, at: int, years: set[int] | None = None) -> set[str]:
    """Return the people with terms the owner words of a term name ("Trump's", "the George W. Bush administration"):
    the holder the words name in full, else those their words name, else (a family name two holders share: "the
    Bush administration") the one of them the text names in full in the ``_FULL_NAME_BACK`` characters before
    ``at``, else the one whose terms hold the ``years`` its sentence names ("in 2004, during the Bush
    administration"); empty if none or several.

    >>> t = "George W. Bush visited Seoul. Under the Bush administration, Seoul paid."
    >>> _owner_holders("Bush", t, t.find("Under")), _owner_holders("Bush", "Under the Bush administration", 0)
    ({'george-w-bush'}, set())
    >>> _owner_holders("George H. W. Bush", "", 0), _owner_holders("Trump", "", 0)
    ({'george-h-w-bush'}, {'donald-trump'})
    >>> _owner_holders("Bush", "", 0, {2004}), _owner_holders("Bush", "", 0, {1990, 2004})
    ({'george-w-bush'}, set())
    """
    full = _full_name_holders().get(" ".join(owner.split()))
    if full:
        return {full}
    words = _CAP_WORD.findall(owner)
    people = {p for w in words for p in _terms_by_word().get(w, ())}
    if people or not words:
        return people
    shared = _shared_words().get(words[-1], set())
    before = text[max(0, at - _FULL_NAME_BACK) : at]
    named = {pid for name, pid in _full_name_holders().items() if pid in shared and name in before}
    if not named and years:
        named = {pid for pid in shared if any(t.first.year <= y <= t.last.year for t in _terms_of()[pid]
                                              if t.last is not None for y in years)}
    return named if len(named) == 1 else set()


def _first_unit(lo: dt.date, hi: dt.date, unit: str) -> Period:
    """Return the first ``unit`` (day, week, month, year) from day ``lo``.

    >>> _first_unit(dt.date(2025, 1, 20), dt.date(2025, 1, 20), "week")
    Period(lo=datetime.date(2025, 1, 20), hi=datetime.date(2025, 1, 26))
    """
    return Period(lo, _add(lo, unit, 1) - dt.timedelta(days=1) if unit != "day" else lo)


def _same_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored:
    """Return "earlier in the day", "later that year": the day (year ...) of the date before it, else publication's.

    >>> from analysis.extract.dates import find_dates
    >>> [v["start"] for *_, v in find_dates("Earlier in the day, it rained.", dt.date(2019, 11, 16))]
    ['2019-11-16']
    """
    unit = m["unit"].lower()
    if unit == "day":
        return Anchored(partial(_next_period, unit=unit, k=0), or_published=True, unit=unit)
    return Anchored(partial(_part_beside, unit=unit, pre=m["pre"].lower()), or_published=True, unit=unit)


# "reported on the day that ...", "said on the day.": a wire's "that day" after a verb of saying (not "on the day of
# the vote", "on the day they meet", "on the day-long trip": the day of a thing the next words name)
_ON_THE_DAY = re.compile(r"\b(?i:on)[ \t]{1,3}(?i:the)[ \t]{1,3}(?P<unit>day)\b(?=[ \t]{0,3}(?:[,.;:]|\((?i:local)\b"
                         r"|(?i:that)\b)|\s*\Z)")
_SAID_BEFORE = re.compile(r"(?<![A-Za-z])(?:said|told[ \t]{1,3}(?:reporters|journalists|lawmakers|[A-Z][A-Za-z]{1,20})"
                          r"|reported|announced|stated|noted|added|explained|wrote|tweeted|posted|revealed|confirmed"
                          r"|disclosed|claimed|stressed|emphasized|emphasised|warned)[ \t]{1,3}\Z")
_SAID_BACK = 40  # characters read before "on the day" for the verb of saying
_THAT_NEXT = re.compile(r"[ \t]{0,3}(?i:that)\b")
_THAT_AGAIN = re.compile(r"\b(?i:that)\b")
_THAT_AHEAD = 200  # characters read after "on the day that" for a second "that" in its sentence


# "said at a Cabinet meeting on the day", "told reporters in Seoul on the day": the verb of saying, then where it was
# said (a phrase after "at", "in" or "during" of up to four words), then "on the day" (fresh81q)
_SAID_AT_BEFORE = re.compile(_SAID_BEFORE.pattern.removesuffix(r"[ \t]{1,3}\Z")
                             + r"[ \t]{1,3}(?:at|in|during)(?:[ \t]{1,3}[A-Za-z’'-]{1,20}){1,4}[ \t]{1,3}\Z")
_SAID_AT_BACK = 120  # characters read before "on the day" for the verb of saying and the place it was said


def _said_at_before(m: re.Match[str]) -> bool:
    """Return whether "on the day" (``m``) follows a verb of saying and the place of saying ("said at a Cabinet
    meeting on the day"): the day of the words, told before it.

    >>> from analysis.extract.dates import ranges
    >>> t = "Bo spoke on Tuesday.\\n\\nBo said at a Cabinet meeting on the day, with regards to the talks."
    >>> ranges(t, dt.date(2019, 2, 14))[1]
    ('on the day', '2019-02-12', '2019-02-12')
    >>> ranges("Bo spoke on Tuesday.\\n\\nBo resigned at a Cabinet meeting on the day.", dt.date(2019, 2, 14))[1:]
    []
    """
    return _SAID_AT_BEFORE.search(m.string, max(0, m.start() - _SAID_AT_BACK), m.start()) is not None


def _on_the_day(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "on the day" right after a verb of saying ("Kyodo reported on the day that ...", "told reporters on the
    day."): the day told before it, as "that day" is (fresh78q); None after any other word ("met on the day that").

    >>> from analysis.extract.dates import ranges
    >>> ranges("Lee spoke on Thursday.\\n\\nKyodo reported on the day that talks ended.", dt.date(2021, 3, 5))[1]
    ('on the day', '2021-03-04', '2021-03-04')
    >>> ranges("Lee spoke on Thursday.\\n\\nKim resigned on the day that talks ended.", dt.date(2021, 3, 5))[1:]
    []
    >>> t = "Lee spoke on Thursday.\\n\\nBo said on the day that he took office that allies matter."
    >>> ranges(t, dt.date(2021, 3, 5))[1:]  # a second "that": the first is the day's relative clause (mend80q)
    []
    """
    if _SAID_BEFORE.search(m.string, max(0, m.start() - _SAID_BACK), m.start()) is None and not _said_at_before(m):
        return None
    if (that := _THAT_NEXT.match(m.string, m.end(), m.end() + 8)) is not None:
        stop = _SENTENCE_END.search(m.string, that.end(), that.end() + _THAT_AHEAD)
        if _THAT_AGAIN.search(m.string, that.end(), stop.start() if stop else that.end() + _THAT_AHEAD):
            return None
    return Anchored(partial(_next_period, unit="day", k=0), unit="day")


# "for the rest of the year", "the rest of this month": the part of the unit after the date told before it (not "the
# rest of the year's bill": a thing of the year)
_REST_OF = re.compile(r"\b(?:(?i:the)[ \t]{1,3})?(?i:rest)[ \t]{1,3}of[ \t]{1,3}(?:(?P<this>this)|the|that)[ \t]{1,3}"
                      r"(?P<unit>week|month|year)\b(?!['’])", re.IGNORECASE)


# "the reconvened meeting after about a month", "After two weeks, the envoys met again": a count after "after" with no
# object, anchored on the event told before it (README, lead at adjud47); not "after two years of talks", "after a
# week in custody", "after two weeks-long rounds", "after a year and a half of talks", "after three weeks around May
# 23" (a date tells the time), nor "more than" (a rough count)
_NOT_AFTER_COUNT = "|".join(("of", "in", "on", "at", "as", "and", "or", "into", "since", "when", "later", "earlier",
                              "after", "before", "ago", "from", "more", "long", "old", "around", "ahead", "prior"))
_AFTER_COUNT = re.compile(rf"\b(?i:after)[ \t]{{1,3}}(?:(?i:about|around|nearly|almost|roughly|some)[ \t]{{1,3}})?"
                          rf"(?P<n>(?i:{_NUM}))[ \t]{{1,3}}(?P<unit>(?i:days?|weeks?|months?|years?))\b"
                          rf"(?![ \t]*+(?:[-’']|(?i:{_NOT_AFTER_COUNT})\b))")


def _after_count(m: re.Match[str], pub: dt.date, future: bool) -> Anchored | None:
    """Return "after about a month" (no object): counted from the date told before it, as "a month after X" is from
    X (README): a count of one is that date itself, a count over one the day (a whole month: the month) it comes to.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks were held on May 2. After two weeks, they met again.", dt.date(2023, 6, 14))[1]
    ('After two weeks', '2023-05-16', '2023-05-16')
    >>> ranges("They met from the 3rd to the 5th last month and again after about a month.", dt.date(2024, 9, 23))[1]
    ('after about a month', '2024-08-03', '2024-08-05')

    A count over one in a future clause with no date before it counts from publication, as "in N units" does (the day,
    for months the month, it comes to; dat28b); a past one stays unresolved.

    >>> ranges("After four years, the share is expected to reach $1 billion.", dt.date(2021, 3, 10))
    [('After four years', '2025-03-10', '2025-03-10')]
    """
    n = _count(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    ahead = None
    if n > 1 and (future or _count_tense(m.string, m.start(), m.end()) == "future") and _ahead_allowed(
            m.string, m.start(), m.end()):
        ahead = partial(_ahead_of, unit=unit, n=n)
    return Anchored(partial(_moved, unit=unit, n=n) if n > 1 else _unmoved, unit=unit, published=ahead)


# what makes a count after "after" in a future clause count from something other than publication (review100 finding
# 3): a modal of report or condition ("said the deal would be reviewed after three years"), or a condition or time
# clause before it ("if the talks fail", "once the deal is signed", "when the deal lapses", "after the vote")
_NOT_FROM_NOW = re.compile(r"\b(?:would|could|might|may|should|(?i:would|could|might)n[’']t)\b")
_EVENT_CLAUSE = re.compile(r"\b(?i:if|once|when|whenever|unless|until|after[ \t]{1,3}the)\b")
# a concession or a habit beside the count ("even after five years", "as they have since 2015")
_EVEN_BEFORE = re.compile(r"\b(?i:even)[ \t]{1,3}\Z")
_SINCE_WORD = re.compile(r"\b(?i:since)\b")


def _ahead_allowed(text: str, start: int, end: int) -> bool:
    """Return whether the count after "after" at ``text[start:end]``, in a future clause with no date before it, may
    count from publication (dat28b): not inside a quotation (said on a day of its own), nor in a sentence with a
    modal of report or condition ("would", "could"), a condition or time clause before the count ("if", "once",
    "when", "after the"), "even" right before it, or "since" after it (a habit) (review100 finding 3).

    >>> t = ("The accord will be reviewed after three years. Kim said it would be reviewed after three years. "
    ...      "Once it is signed, the share will rise after two years.")
    >>> [_ahead_allowed(t, a, a + 17) for a in (t.find("after three"), t.rfind("after three"), t.find("after two"))]
    [True, False, False]
    """
    span = _sentence_span(text, start, end)
    if _quoted(text, start) or _NOT_FROM_NOW.search(text, *span) or _EVENT_CLAUSE.search(text, span.start, start):
        return False
    back = max(span.start, start - win.CLAUSE_OPEN_BACK)
    return _EVEN_BEFORE.search(text, back, start) is None and _SINCE_WORD.search(text, end, span.end) is None


# what opens a clause right before a fronted phrase: a sentence's start, or a comma and a conjunction (", but after")
_CLAUSE_OPENS = re.compile(r"(?:[.!?\n]|,[ \t]{1,3}+(?i:but|and|yet|so|while))[ \t]*+\Z")


def _count_tense(text: str, start: int, end: int) -> str | None:
    """Return the tense of the clause of a count at ``text[start:end]``: when the count is fronted in its clause (it
    opens the sentence, or follows ", but" / ", and", and a comma follows it), the main clause's after that comma
    ("..., but after four years, the share is expected to reach"), not a verb of the clause before; else its own.

    >>> t = "Seoul agreed, but after four years, it will pay more. Seoul agreed to pay more after four years."
    >>> a, b = t.index("after four"), t.rindex("after four")
    >>> _count_tense(t, a, a + 16), _count_tense(t, b, b + 16)
    ('future', 'past')
    """
    opens = start == 0 or _CLAUSE_OPENS.search(text, max(0, start - win.CLAUSE_OPEN_BACK), start) is not None
    comma = _COMMA_NEXT.match(text, end) if opens else None
    if comma is None:
        return clause_tense(text, start, end)
    return clause_tense(text, comma.end(), comma.end(), lo=comma.end())


def _ahead_of(pub: dt.date, unit: str, n: int) -> Period:
    """Return the day ``n`` units after ``pub`` (a count of months: the month), as a period.

    >>> _ahead_of(dt.date(2021, 3, 10), "year", 4), _ahead_of(dt.date(2021, 3, 10), "month", 2).hi
    (Period(lo=datetime.date(2025, 3, 10), hi=datetime.date(2025, 3, 10)), datetime.date(2021, 5, 31))
    """
    r = _counted_to(pub, unit, n)
    return Period(r.lo, r.hi)


# "Shortly before the talks", "right after the meeting": "before X" is X (README); the talks are dated where the text
# tells them (their own sentence after the words, else the latest sentence before that names them with a date)
# (dother52) the bare "since the summit", "after the talks", "during the visit", "before the Hanoi summit" too: dated by
# its own clause (to a comma), else as above, else by the one data/events.csv row of its kind its place word names
_NEAR_EVENT = re.compile(r"\b(?P<adv>(?i:shortly|just|right|soon|immediately)[ \t]{1,3})?"
                         r"(?i:before|after|ahead[ \t]{1,3}of|since|during|following|until|till|at)[ \t]{1,3}"
                         r"(?i:the)[ \t]{1,3}(?:(?P<place>[A-Z][a-z]{2,20})[ \t]{1,3})?"
                         r"(?P<noun>talks|meeting|negotiations|summit|visit|inauguration|G-?20|G-?7)\b")
_KIN = {"talks": r"\b(?:talks|negotiations|round)\b", "negotiations": r"\b(?:talks|negotiations|round)\b",
        "meeting": r"\bmeeting\b", "summit": r"\bsummit\b", "visit": r"\b(?:visits?|visited|trip)\b",
        "election": r"\belections?\b", "inauguration": r"\b(?:inaugurat(?:ion|ed)|sworn[ \t]+in|take[sn]?[ \t]+office"
        r"|took[ \t]+office)\b", "g20": r"\bG-?20\b", "g-20": r"\bG-?20\b", "g7": r"\bG-?7\b",
        "g-7": r"\bG-?7\b"}  # the words that name the same event
_EVENT_KINDS = {"talks": "talks", "negotiations": "talks", "meeting": "meeting", "summit": "summit"}  # events.csv kind
_NEAR_BACK = 2000  # characters read back for the sentence that dated the event
_NEAR_SENTENCES = 8  # sentences read back at most
_DATEISH = re.compile(r"\d|(?i:day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_LOOKING_BACK: list[bool] = [False]  # set while an earlier sentence is read (no nested look back)
# The walks back of _event_dated in the text last read, for its publication day (dlin52): {kin: (starts in order,
# {start: outcome})}; a walk that reaches where an earlier one of its kin started takes that one's outcome, so that a
# run of "since the talks" reads each sentence back once, not once for each of the eight triggers after it
_WALKS = _PerText()
# For the text :func:`_date_told` last read: its :func:`cased_months` and each answer it gave, by stretch, day,
# place and side (dlin53): a text of many event words read a stretch after or before each through ``find_dates``,
# which cased the whole text again at each (32x the time for 10x the text); the rows matching at one place ("before
# Election Day", "Election Day", "before Election") read the same stretch again
_TOLD = _PerText()
# characters each side of a stretch ``_date_told`` keys its answer on (speed57): more than the farthest a look back's
# read goes past the stretch's ends (the widest found: 240 + 64 back for a speech told at an undated time, 200 + a
# stop each way for a sentence's span)
_TOLD_REACH = 1000


def _walks_of(text: str, pub: dt.date, kin: str) -> tuple[list[int], dict[int, tuple[int, ...] | None]]:
    """Return the walks back already made for the event words ``kin`` in ``text`` read on ``pub`` (:data:`_WALKS`):
    their starts in order and each one's outcome; none when the text or the day differs from the last one's.

    >>> _walks_of("Talks ran.", dt.date(2023, 5, 9), "talks")
    ([], {})
    """
    return _WALKS.of(text, dict, pub).setdefault(kin, ([], {}))


def _step_back(text: str, pos: int, limit: int) -> tuple[int, int]:
    """Return where the sentence before ``pos`` (past the blanks before it, not before ``limit``) starts, and where
    it ends within its paragraph and before ``pos``.

    >>> _step_back("Talks ran. Han left.", 11, 0)
    (0, 11)
    """
    p = pos - 1
    while p > limit and text[p].isspace():
        p -= 1
    told = _sentence_span(text, p, p + 1)
    return told.start, _in_paragraph(text, told.start, min(told.end, pos))


@cache
def _event_row(place: str, noun: str) -> Range | None:
    """Return the days of the one data/events.csv row of the kind ``noun`` names whose place or title holds the word
    ``place`` ("the Hanoi summit", "the Stockholm talks"); None when no row or several do (dother52).

    >>> _event_row("Hanoi", "summit"), _event_row("Hanoi", "talks"), _event_row("Seoul", "meeting")
    (Range(lo=datetime.date(2019, 2, 27), hi=datetime.date(2019, 2, 28), form='range'), None, None)
    """
    kind = _EVENT_KINDS.get(noun)
    rows = [r for r in check_table("events").dicts()
            if r["kind"] == kind and place in _CAP_WORD.findall(f"{r['place']} {r['title']}")]
    if len(rows) != 1:
        return None
    return Range(dt.date.fromisoformat(rows[0]["start"]), dt.date.fromisoformat(rows[0]["end"]), "range")


def _in_paragraph(text: str, start: int, end: int) -> int:
    """Return ``end`` cut at the first line break after ``start`` (a sentence read within its paragraph).

    >>> _in_paragraph("Talks ran.\\n\\nThen", 0, 16)
    10
    """
    cut = text.find("\n", start, end)
    return end if cut < 0 else cut


def _told_key(text: str, pub: dt.date, start: int, end: int, at: int, last: bool,
              breaks: Sequence[int] | None = None) -> tuple[Any, ...]:
    """Return what the answer of :func:`_date_told` for ``text[start:end]`` is kept by (speed57): the text from
    ``_TOLD_REACH`` characters before the stretch to as many after it; the stretch's and ``at``'s offsets in it; both
    ends of the stretch's line (its start, its line break or the text's end: counted from the window's start when in
    it, else their own offsets); whether the text's start or end cut the window; ``pub`` and ``last``. The text itself
    is held by :data:`_TOLD`, with its line breaks (``breaks``, :func:`line_breaks`; made here when not given). A
    stretch whose answer may read further (:func:`_told_far`) is kept by its place.

    Why two stretches of one text with the same key get the same answer: while a stretch is read (``find_dates`` on
    it, ``_LOOKING_BACK`` set) each read of the text reaches no further than one of these (found by a search of this
    module for line, text and blank-walk reads, and a trace of the functions reached: review57speed):
      - the window: hits are scanned in the stretch only (``scan``: its literals and rows, speed52b's reach); a
        sentence's span, 200 each way within its line (:func:`_sentence_span`: :func:`_since_event`,
        :func:`_with_expected`, :func:`_korean_us_day`'s sentence); a pattern from a date to a bounded end
        (:func:`_plan_revised` 160, :func:`_in_caption` 300, :func:`_in_phrase`); a speech verb 240 + 64 back; a
        clause back ``CLAUSE_BACK_CHARS`` (:func:`_clause_words_before`, :func:`_weekday_present_act`); a dateline 80
        back (:func:`_opening_of`); walks over blanks inside the stretch (:func:`_spaced`, :func:`_span_start`);
      - the stretch's line, whose two ends the key names: :func:`_korean_us_day` reads the capitals of all of it
        ("on Election Day"'s paragraph; review57speed found its end missing from the key), :func:`_days_told_before`
        from its start, :func:`_planned_after_told` from its start or 400 back;
      - the whole text, alike for every stretch: :func:`cased_months`, :func:`_korean_dateline`,
        :func:`_untold_places` (looked up near the stretch), the kept answers of speed51-52;
      - nothing: no event is dated from other sentences (:func:`_event_dated` gives None), no line 1's day is read
        (``lead`` empty); the stretch lies in one line (:func:`_in_paragraph`), so :func:`_by_paragraph` gives one
        paragraph, the stretch, no paragraph before it, and its quotations only (:func:`_quote_stretches`); a
        timeline (:func:`_timeline_in_order`, to its last entry's line end) needs two entries opening lines;
      - past the window, so turned away by :func:`_told_far`: "the previous year" (:func:`_other_year_before`, three
        paragraphs back), walks over blanks from the window's edge (:func:`_sentence_before`,
        :func:`_successor_names`).
    Checked on hostile runs, long lines whose far ends differ, and every corpus article (tests/test_speed57.py: kept
    and fresh answers alike, and alike with the text outside the stretch blanked).

    >>> t = "Han spoke.\\n" + "Election Day Monday, " * 200 + "\\nLee left."
    >>> a, b, c = (_told_key(t, dt.date(2025, 9, 1), s, s + 7, s, False) for s in (2023, 2044, 2052))
    >>> a == b, a == c, a[1:5]
    (True, False, ((('line', 11), ('end', 4211)), 1000, 1007, 1000))
    """
    lo, hi = max(0, start - _TOLD_REACH), min(len(text), end + _TOLD_REACH)
    if _told_far(text, start, end, lo, hi):
        return (pub, start, end, at, last)
    breaks = line_breaks(text) if breaks is None else breaks
    i, j = bisect.bisect_left(breaks, start), bisect.bisect_left(breaks, end)  # the breaks before the stretch's ends
    line, close = breaks[i - 1] + 1 if i else 0, breaks[j] if j < len(breaks) else len(text)  # (none: the text's end)
    where = (("in", line - lo) if line > lo else ("line", line),  # the line's ends: in the window, else where
             ("in", close - lo) if close < hi else ("end", close))
    return (text[lo:hi], where, start - lo, end - lo, at - lo, lo == 0, hi == len(text), pub, last)


_TOLD_WALK = 400  # characters past a stretch's ends a walk over blanks may start at (a sentence's span, 200, and more)
_YEAR_STEP_WORD = re.compile(r"(?i:" + "|".join(sorted(_PREVIOUS_WHICH | _BEFORE_WAY)) + ")")  # "the previous year"


def _told_far(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Return whether the answer for ``text[start:end]`` may read past the window ``text[lo:hi]`` of its key: a year
    before told in it ("the year" and a word of ``_YEAR_STEP_WORD``: :func:`_other_year_before` reads back three
    paragraphs for a year), or a window with nothing but blanks (and stops or closing quotes, before the stretch)
    between its edge and ``_TOLD_WALK`` characters from the stretch, where a walk over them would read on
    (:func:`_sentence_before`, the next sentence of :func:`_successor_names`).

    >>> t = "Talks ran. " * 200
    >>> _told_far(t, 1100, 1110, 100, 2110), _told_far(" " * 1100 + t, 2200, 2210, 1200, 3210)
    (False, False)
    >>> _told_far(" ." * 1000 + "Han left.", 2000, 2009, 1000, 2009), _told_far(t, 1100, 1200, 100, 2200)
    (True, False)
    >>> _told_far("Pay rose 5% over the previous year.", 0, 35, 0, 35)
    True
    """
    low = text[start:end].lower()
    if "year" in low and _YEAR_STEP_WORD.search(low):
        return True
    head, tail = text[lo : max(lo, start - _TOLD_WALK)], text[min(hi, end + _TOLD_WALK) : hi]
    blank_head = lo > 0 and all(c.isspace() or c in _STOPS_AND_CLOSERS for c in head)  # (stops at a first word)
    return blank_head or (hi < len(text) and not tail.strip())


def _rest_of_unit(m: re.Match[str], pub: dt.date, future: bool) -> Range | Anchored:
    """Return "the rest of the year" (month, week): the rest of the unit after the date told before it in its
    paragraph, as "later that year" ("funding through March 31 but a deficit for the rest of the year": April to
    December), else after publication; "the rest of this year" is publication's, from the day after it.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Funds run through March 31, with a gap for the rest of the year.", dt.date(2020, 10, 16))
    [('March 31', '2021-03-31', '2021-03-31'), ('the rest of the year', '2021-04-01', '2021-12-31')]
    >>> ranges("Work will halt for the rest of this month.", dt.date(2021, 7, 15))
    [('the rest of this month', '2021-07-16', '2021-07-31')]
    """
    unit = m["unit"].lower()
    if m["this"]:
        return Range(*_part_beside(pub, pub, unit, "later"), "relative")
    return Anchored(partial(_part_beside, unit=unit, pre="later"), or_published=True, unit=unit)


def _part_beside(lo: dt.date, hi: dt.date, unit: str, pre: str) -> Period:
    """Return the part of the anchor's ``unit`` before the anchor ("earlier in the month") or after it ("later").

    >>> from analysis.extract.dates import find_dates
    >>> [(v["start"], v["end"]) for *_, v in find_dates("Earlier in the month, talks ended.", dt.date(2020, 8, 21))]
    [('2020-08-01', '2020-08-20')]
    >>> _part_beside(dt.date(2020, 8, 21), dt.date(2020, 8, 21), "year", "later")
    Period(lo=datetime.date(2020, 8, 22), hi=datetime.date(2020, 12, 31))
    >>> _part_beside(dt.date(2018, 7, 1), dt.date(2018, 7, 31), "month", "later")
    Period(lo=datetime.date(2018, 7, 1), hi=datetime.date(2018, 7, 31))
    """
    first, last = _unit_period(lo, unit).lo, _unit_period(hi, unit).hi
    if pre in {"early", "late"}:  # "late in the year": a part of the whole unit, as "late last year" is
        return _year_part(first.year, pre) if unit == "year" else _unit_part(first, last, unit, pre)
    if pre == "earlier":  # an anchor from the unit's first day on ("In July, ... Earlier that month"): its own span
        return Period(first, lo - dt.timedelta(days=1)) if lo > first else Period(first, hi)
    # an anchor reaching the unit's last day ("in July 2018. Later that month"): no day after it, its span (dfix50)
    return Period(hi + dt.timedelta(days=1), last) if hi < last else Period(lo, last)


def _unit_part(lo: dt.date, hi: dt.date, unit: str, pre: str) -> Period:
    """Return the early, middle or late part of a week (Monday to Wednesday, Wednesday and Thursday, Thursday to
    Sunday) or of a month (thirds).

    >>> _unit_part(dt.date(2019, 11, 11), dt.date(2019, 11, 17), "week", "late")
    Period(lo=datetime.date(2019, 11, 14), hi=datetime.date(2019, 11, 17))
    >>> _unit_part(dt.date(2019, 11, 1), dt.date(2019, 11, 30), "month", "early")
    Period(lo=datetime.date(2019, 11, 1), hi=datetime.date(2019, 11, 10))
    """
    if unit != "week":
        return _part(lo, hi, pre)
    if pre.startswith("earl"):  # "early", "earlier"
        return Period(lo, lo + dt.timedelta(days=2))
    if "mid" in pre:
        return Period(lo + dt.timedelta(days=2), lo + dt.timedelta(days=3))
    return Period(lo + dt.timedelta(days=3), hi)


def _year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a year written alone ("in 2026"), or with Korean's year suffix ("2026년", in a Korean headline; dat28b).

    >>> from analysis.extract.dates import ranges
    >>> ranges("협정, 2026년에 인상될 예정", dt.date(2024, 10, 4)), ranges("2026명", dt.date(2024, 10, 4))
    ([('2026년', '2026-01-01', '2026-12-31')], [])
    """
    if _first_of_counts(m.string, m.start("y"), m.end("y")):
        return None
    lo, hi = _year_part(int(m["y"]), m["mod"] or m["mod2"] or "")
    return Range(lo, hi, "absolute")


# plural nouns of things counted, which a number right before names a count of, not a year ("3000 workers")
_COUNTED_NOUNS = frozenset({"workers", "troops", "soldiers", "people", "employees", "personnel", "staff", "members",
                            "protesters", "demonstrators", "residents", "students", "civilians", "jobs", "units",
                            "votes", "seats", "tons", "marines", "sailors", "officers", "families", "households",
                            "participants", "visitors", "vehicles", "won", "dollars", "yen"})
_NOUN_AFTER = re.compile(r"[ \t]{1,3}([a-z]{2,20})\b(?:[ \t]{1,3}([a-z]{2,20})\b)?", re.IGNORECASE)
_PAIR_HEAD = re.compile(r"\b(?i:between|from)[ \t]{1,3}\Z")
_PAIR_TAIL = re.compile(r"[ \t]{1,3}(?i:and|to|through)[ \t]{1,3}\d{1,3}(?:,\d{3}|\d{1,3})?\b")


def _counts_after(text: str, end: int) -> bool:
    """Return whether the words right after a number ending at ``end`` name things counted ("3000 workers", "3000
    local workers"): the number is a count, not a year. A capitalised word before the noun ("2018 U.S. troops") or a
    determiner leaves the number a year.

    >>> t = "Between 2000 and 3000 local workers, 2018 U.S. troops, 2018 the troops"
    >>> _counts_after(t, 21), _counts_after(t, 40), _counts_after(t, 58)
    (True, False, False)
    """
    m = _NOUN_AFTER.match(text, end)
    if m is None:
        return False
    first, second = m[1], (m[2] or "").lower()
    if first.lower() in _COUNTED_NOUNS:
        return True
    if _measured_in(first, second) and _year_like(text, end):  # span52: "2019 in won terms": the year's currency
        return False
    return first.islower() and first not in _DETERMINERS and second in _COUNTED_NOUNS


# currencies among the counted nouns, which "in" before names the measure of a year's sum, not things counted
_MEASURE_CURRENCIES = frozenset({"won", "dollars", "yen"})


def _measured_in(first: str, second: str) -> bool:
    """Return whether the two words after a number are "in" and a currency ("2019 in won terms", "2019 in dollars"):
    the sums of that year told in that currency, no count of it (span52).

    >>> _measured_in("in", "won"), _measured_in("In", "dollars"), _measured_in("local", "workers")
    (True, True, False)
    """
    return first.lower() == "in" and second in _MEASURE_CURRENCIES


_STORY_ERA = (1945, 2100)  # first and last year (both kept) a four-digit number of the story's era may be


def _year_like(text: str, end: int) -> bool:
    """Return whether the number ending at ``end`` is four digits a year of the story's era could be
    (:data:`_STORY_ERA`, 1945-2100):
    "between 2000 and 3000 in won" stays a pair of sums (review52p).

    >>> t = "between 2005 and 2019 in won; between 2000 and 3000 in won"
    >>> _year_like(t, 21), _year_like(t, 50)
    (True, False)
    """
    num = text[max(0, end - 4):end]
    return (len(num) == 4 and num.isdigit() and (end < 5 or not text[end - 5].isdigit())
            and _STORY_ERA[0] <= int(num) <= _STORY_ERA[1])


def _first_of_counts(text: str, start: int, end: int) -> bool:
    """Return whether the number ``text[start:end]`` opens a pair of counts ("between 2000 and 3000 workers",
    "from 2000 to 2500 employees"): what follows the pair decides, not the number's look of a year.

    >>> t = "Between 2000 and 3000 workers left in 2019 and 2020 workers"
    >>> _first_of_counts(t, 8, 12), _first_of_counts(t, 38, 42)
    (True, False)
    """
    if not _PAIR_HEAD.search(text, max(0, start - 12), start):
        return False
    tail = _PAIR_TAIL.match(text, end)
    return tail is not None and _counts_after(text, tail.end())


def _range(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "from 2014 to 2018", "2019-20": the years from the first to the second. One printed with "from" or
    "between" that ends before it starts ("from 2026 to 2023") is kept as one span, start after end: unresolved.
    Two years joined by a word with neither ("in 2021 through 2025", "in 2022 to 2025") are a range as "from ... to"
    gives, unless :func:`_no_bare_pair` (dfix37).

    >>> from analysis.extract.dates import find_dates, ranges
    >>> ranges("Seoul pays more in 2022 to 2025 but raised it in 2021 to 2024's level.", dt.date(2021, 3, 10))[:2]
    [('in 2022 to 2025', '2022-01-01', '2025-12-31'), ('in 2021', '2021-01-01', '2021-12-31')]
    >>> got = find_dates("It runs from 2026 to 2023.", dt.date(2024, 1, 1))
    >>> [(x, v["start"], v.get("unresolved")) for *_, x, v in got]
    [('from 2026 to 2023', None, 'the range as printed ends before it starts')]
    """
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if m["from"] and (_counts_after(m.string, m.end()) or _moved_pair(m)):
        return None  # "between 2010 and 2020 soldiers": a count; "delayed from 2020 to 2021": two points (dfix50)
    if not m["from"] and _no_bare_pair(m.string, m.start(), m.end(), m["sep"]):
        return None  # "raised it in 2021 to 2025's level", "moved the vote in 2019 to 2020": no range
    if m["sep"].strip().lower() == "and" and (m["from"] or "").lower() != "between":
        return None
    if m["from"] and len(m["y2"]) == 4 and y2 < y1:
        return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range")
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return Range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range")


def _decade(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a decade, or its early (years 0-3), middle (4-6) or late (7-9) part ("the early 1990s").

    >>> from analysis.extract.dates import ranges
    >>> t = "in the early 1990s and the mid-2000s"
    >>> ranges(t, dt.date(2024, 1, 1))
    [('the early 1990s', '1990-01-01', '1993-12-31'), ('the mid-2000s', '2004-01-01', '2006-12-31')]
    >>> ranges("In the 1950’s and the late 1960's, the port boomed; 1970's songs aired.", dt.date(2024, 1, 1))[:2]
    [('the 1950’s', '1950-01-01', '1959-12-31'), ("the late 1960's", '1967-01-01', '1969-12-31')]
    """
    d0 = int(m["d"])
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m["mod"] or "").lower(), (0, 9))
    return Range(dt.date(d0 + first, 1, 1), dt.date(d0 + last, 12, 31), "absolute")


_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # the other characters re.IGNORECASE matches to a letter


def _cased_first(alts: str) -> str:
    """Return the alternation ``alts`` (read under re.IGNORECASE) with each alternative that opens with a letter
    opened instead by a case-sensitive class of the characters that letter matches: the same matches, but ``re``
    skips an alternative whose first character is not in its class in one test, without entering it (a case-folding
    literal it must enter, one alternative after another, at each place tried).

    >>> _cased_first(r"in|on\\s+(?:a|b)|(?:x)?y|\\|")
    '(?-i:[iI\u0130\u0131])n|(?-i:[oO])n\\\\s+(?:a|b)|(?:x)?y|\\\\|'
    >>> [bool(re.fullmatch(_cased_first("in|on"), w, re.I)) for w in ("IN", "\u0130n", "On", "an")]
    [True, True, True, False]
    """
    parts, depth, i, last = [], 0, 0, 0
    while i < len(alts):
        c = alts[i]
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(alts[last:i])
            last = i + 1
        i += 2 if c == "\\" else 1
    parts.append(alts[last:])
    return "|".join(f"(?-i:[{p[0].lower()}{p[0].upper()}{_FOLDS.get(p[0].lower(), '')}]){p[1:]}"
                    if p[:1].isascii() and p[:1].isalpha() else p for p in parts)


_MONTH_MODS = _cased_first(
    rf"{_TWO_PARTS_MOD}|{_HALF_MOD}|early\s+in|late\s+in|earlier\s+in|later\s+in|in\s+early|in\s+late|in\s+mid-?|mid-|early|late|in|on|during"
    r"|since|until|till|through|by|from|before|after|last|next|this\s+past|this\s+coming|this|for"
    r"|(?:at\s+|)the\s+(?:end|beginning|start|middle)\s+of|the|any|an|a"
    r"|(?:the\s+)?(?:first|final|last|opening|closing)\s+(?:few\s+)?(?:days|weeks)\s+of"  # see _late_part
    r"|(?:in\s+|during\s+|)the\s+latter\s+part\s+of"
    r"|as\s+(?:early|late|soon)\s+as|(?:no\s+|not\s+|)(?:earlier|later|sooner)\s+than|around"
    r"|as\s+of"  # "738 billion won as of April": the month a figure stands at (dfix42)
)
# _MON for a pattern read under re.IGNORECASE, where the lookahead at the first letter passes lowercase letters too: a
# lookahead at the first two ("Ja", "Fe", "Ma", "Ap", "Ju", "Au", "Se", "Oc", "No", "De") and each name opened by a
# case-sensitive class (see _cased_first)
_MON_I = rf"(?=[JFMASOND][ACEOPU])(?P<mon>(?:{_cased_first(_FULL_MONTHS)})\b|(?:{_cased_first(_ABBR_MONTHS)})(?:\.|\b))"
_MODS_FIRST = "(?=[abcdefilmnostu])"  # the first letters of _MONTH_MODS: a word that starts none is tried no further
def _opening(pattern: str, word: str) -> Trigger:
    """Return the cheap trigger of ``pattern`` whose every hit opens with ``word`` (its one anchor, at offset 0).

    >>> list(_opening(r"ago\\b", "ago").spans("a year ago, agog"))
    [(7, 10)]
    """
    return Trigger(re.compile(pattern), ((word, 0),))


# Cheap triggers: each detailed pattern runs only near their hits (see analysis.extract.scan).
# Each names anchors: (literal, offset) pairs, one of which every hit holds (found with str.find).
_DIGITS_12 = (("1", 0), ("2", 0))
_UNITS = (("week", 0), ("month", 0), ("year", 0), ("decade", 0))
_UNIT_WORDS = (("day", 0), ("week", 0), ("month", 0), ("year", 0))
_T_MONTH = Trigger(  # a whole word: every pattern's month name ends at a word's end ("Mar." yes, "Market" no)
    re.compile(rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b"),
    tuple((m[:3], 0) for m in _FULL_MONTHS.split("|")),  # every month name starts with its abbreviation
)
_T_MONTH_DAY = Trigger(  # a month name and a day after it ("Nov. 20"): what the month-day patterns hold
    re.compile(rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b(?:\.?\s+|\.)\d"), _T_MONTH.anchors  # "Nov.19": no space
)
_POS_OF = ("end", "beginning", "start", "middle", "close", "turn")
_T_END_OF = Trigger(  # "the end of ...": hit at its first word, in any of three cases
    re.compile(rf"(?i:{'|'.join(_POS_OF)})\s+(?i:of)\b"),
    tuple((c(w), 0) for w in _POS_OF for c in (str.lower, str.capitalize, str.upper)),
)
_T_ISO = Trigger(re.compile(r"[12]\d{3}-"), _DIGITS_12)
_T_NUMERIC = Trigger(re.compile(r"[-/.]20\d\d"), (("-20", 0), ("/20", 0), (".20", 0)))  # "09-07-2025": its year
_T_ON_THE = Trigger(re.compile(r"[Oo]n the \d"), (("n the ", 1),))
# "2019.11.20", "2019. 11. 20.": a date written year first with dots, as Korean pages print it (dfix38); not a
# number with more dots or digits around it
_DOTTED_DATE = re.compile(r"(?<![\w$.,/-])(?P<y>(?:19|20)\d\d)\.[ \t]?(?P<m>0?[1-9]|1[0-2])\.[ \t]?"
                          r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\w%]|[.,]\d)")
_T_DOTTED = Trigger(re.compile(r"(?:19|20)\d\d\.[ \t]?\d"), (("19", 0), ("20", 0)))
_T_DAY_ORDINAL = Trigger(re.compile(r"\d(?:st|nd|rd|th)\b"), tuple((str(k), 0) for k in range(10)))  # "the 18th"
_T_WEEKDAY = Trigger(re.compile(_WEEKDAY_ALT), tuple((d, 0) for d in WEEKDAYS))
# a unit in lower case, or capitalised in a title-case headline ("Talks Resume Next Week")
_T_UNIT = Trigger(re.compile(r"[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade"), (*_UNITS, *((u.title(), 0) for u, _ in _UNITS)))
_T_YEAR_WORD = Trigger(re.compile(r"[Yy]ear"), (("Year", 0), ("year", 0)))
_T_DECADE_WORD = Trigger(re.compile(r"[Dd]ecade"), (("Decade", 0), ("decade", 0)))  # "a decade earlier" (dfix50)
_T_DEICTIC = Trigger(
    re.compile(r"[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|night|morning|afternoon|evening"),
    (("oday", 1), ("esterday", 1), ("omorrow", 1), ("night", 2), ("night", 0), ("morning", 0), ("afternoon", 0),
     ("evening", 0)),
)
_T_AGO = _opening(r"ago\b", "ago")
_T_FROM_NOW = _opening(r"from\s+(?:now|today|tomorrow)\b", "from")
_T_FROM_DAY_WORD = Trigger(re.compile(r"[Ff]rom[ \t]{1,3}(?:today|tomorrow)\b"), (("from", 0), ("From", 0)))
_T_YEAR = Trigger(re.compile(r"[12]\d{3}"), _DIGITS_12)
_T_DECADE = Trigger(re.compile(r"\d0s\b"), (("0s", 1),))
_T_DECADE_APOSTROPHE = Trigger(re.compile(r"\d0['’]s\b"), (("0's", 1), ("0’s", 1)))  # "the 1980’s" (hist58d)
_T_WEEKEND = _opening(r"weekend\b", "weekend")
_T_ANY_WEEKEND = Trigger(re.compile(r"[Ww]eekend\b"), (("weekend", 0), ("Weekend", 0)))  # a headline's "Over Weekend"
_T_SEASON = Trigger(
    re.compile(r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"),
    (("pring", 1), ("ummer", 1), ("utumn", 1), ("all", 1), ("inter", 1)),
)
_T_PART = Trigger(re.compile(r"half|quarter"), (("half", 0), ("quarter", 0)))
_T_DAY_UNIT = Trigger(re.compile(r"(?<![A-Za-z])(?:day|week|month|year)s?\b"), _UNIT_WORDS)  # not "Friday"
_T_ONWARD = _opening(r"onwards?\b", "onward")
_T_TWO_STEPS = Trigger(re.compile(r"(?i:before|after)\s+the\s"), (("before", 0), ("after", 0)))
_T_OFFICE = _opening(r"office\b", "office")
_T_SINCE = Trigger(re.compile(r"[Ss]ince\b"), (("ince", 1),))
_T_ELECTION = _opening(r"elections?\b", "election")
# not after a count with no number ("just days before the election", "weeks after taking office": no item, README)
_NO_VAGUE_COUNT = "".join(rf"(?<!{u}[ \t])" for u in ("days", "weeks", "months", "years", "hours"))
_T_TAKING = Trigger(re.compile(r"(?:taking|assuming|entering|returning|coming)\s"),
                    tuple((w, 0) for w in ("taking", "assuming", "entering", "returning", "coming")))
_T_ELECTION_WORD = Trigger(re.compile(r"[Ee]lections?\b"), (("lection", 1),))  # a title-case headline too
# a holiday after a preposition: "by Thanksgiving", "on Memorial Day", "on the Fourth of July"; a lunar one ("over
# Chuseok", "before the Lunar New Year holiday": data/lunar_holidays.csv). Not a name ("at Christmas Island", "on
# Independence Day Parade Road"), nor another country's day ("on Canada's Independence Day": no preposition before)
# a noun a holiday's name qualifies ("the Christmas party", "this Thanksgiving season"): a thing, not the day
_HOLIDAY_NOUN = (r"[ \t]+(?:party|parties|season|card|cards|tree|trees|dinner|dinners|gift|gifts|message|messages"
                 r"|shopping|sales?|market|markets|present|presents|carols?|break|rush|travel|truce|special|lights)\b")
# a holiday's name: a US or Korean one of fixed rule (``_HOLIDAYS``: "Independence Movement Day", "Easter Sunday", "the
# Christmas holiday"), or a lunar one (data/lunar_holidays.csv); a capitalised word after it makes it part of a name
# ("Christmas Island"), but not a weekday ("began the Chuseok holiday Wednesday": dfix41)
_HOLIDAY_NAME = (
    r"(?:(?P<hol>(?:the\s+)?(?:Christmas|Thanksgiving)\s+(?:holidays?|break)|Thanksgiving(?:\s+Day)?"
    r"|Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Day|Eve)|New\s+Year['’]s(?![ \t]+\w)"
    r"|(?:the\s+(?P<nth>\d{1,3}(?:st|nd|rd|th))\s+)?Memorial\s+Day|Labou?r\s+Day"  # "the 69th": dates52
    r"|Presidents['’]?\s+Day|President['’]s\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day"  # fix51d3
    r"|Juneteenth(?:\s+Day)?|Columbus\s+Day|Hang(?:eu|u)l\s+Day|Valentine['’]s\s+Day"  # fix51d3
    r"|Veterans?['’]?\s+Day|Independence\s+Movement\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July"
    r"|Liberation\s+Day|National\s+Foundation\s+Day|Samiljeol|Gaecheonjeol|Easter(?:\s+Sunday|(?![ \t]+Monday)))"
    r"|(?P<lunar>(?:the\s+)?(?:Chuseok|Seollal|Lunar\s+New\s+Year)(?:\s+(?:holidays?|Day)|['’]s\s+Day)?))\b"
    rf"(?![ \t]+(?!(?:{_WEEKDAY_ALT})\b)[A-Z])")
_HOLIDAY_AFTER = re.compile(
    r"\b(?:(?i:by|until|till|before|after|since|on|at|over|during|through|throughout|into|for|around|ahead\s+of)\s+"
    r"(?:(?P<which>(?i:last|this))\s+)?"
    r"|(?<![Tt]he\s)(?P<which2>(?i:last|this))\s+)"  # "last Christmas": dfix38
    r"(?:(?:South[ \t]+)?Korea['’]s[ \t]+"  # "after Korea's Chuseok holiday" (dother52)
    r"|(?:the[ \t]+)?Korean[ \t]+(?=Thanksgiving\b|Memorial\b))?"  # "the Korean Thanksgiving holiday" (dates52)
    r"(?:the[ \t]+(?=[A-Z][\w'’ \t]{2,30}?[ \t]weekend\b))?"  # "over the Labor Day weekend" (dfix41)
    rf"{_HOLIDAY_NAME}(?P<wkend>[ \t]+weekend\b)?"
    rf"(?(which)(?!{_HOLIDAY_NOUN})|(?(which2)(?!{_HOLIDAY_NOUN})))")  # not "this Christmas season"
# "the Monday after Thanksgiving", "the day before Christmas Eve": a day beside a holiday (dfix41)
_DAY_BY_HOLIDAY = re.compile(rf"\b(?:[Tt]he\s+)(?P<wd>{_WEEKDAY_ALT}|day)\s+(?P<dir>after|before)\s+{_HOLIDAY_NAME}")
# "a week after Thanksgiving", "two weeks before Christmas": a count from a holiday (dfix43)
_COUNT_BY_HOLIDAY = re.compile(
    rf"\b(?<![\d.,])(?P<n>{_NUM})\s+(?P<unit>(?i:days?|weeks?|months?))\s+(?P<dir>after|before)\s+{_HOLIDAY_NAME}")
_HOLIDAY_WORDS = ("Thanksgiving", "Christmas", "New", "Memorial", "Labor", "Labour", "Veterans", "Veteran",
                  "Independence", "Fourth", "Liberation", "Chuseok", "Seollal", "Lunar", "National", "Samiljeol",
                  "Gaecheonjeol", "Easter", "Presidents", "President's", "President’s", "King", "MLK", "Juneteenth",
                  "Columbus", "Hangeul", "Hangul", "Valentine")  # (the last ten: fix51d3)
_T_HOLIDAY = Trigger(re.compile("|".join(_HOLIDAY_WORDS)), tuple((w, 0) for w in _HOLIDAY_WORDS))
# a holiday with no preposition before it (dfix41): the object of a verb that keeps or spends it ("marked Independence
# Movement Day", "began the Chuseok holiday Wednesday", "are enjoying the Lunar New Year holiday"), a weekday's
# apposition ("took effect Thursday, New Year's Day"), or a roundup's label opening a line ("Thanksgiving: troops ...");
# not a name a noun follows ("hosted an Independence Day reception", "sent Chuseok gifts": a thing, not the day)
_ED, _E = ("", "s", "ed", "ing"), ("e", "es", "ed", "ing")  # the endings of a verb's forms
_HOLIDAY_VERBS = tuple(v + e for v, ends in (("mark", _ED), ("celebrat", _E), ("observ", _E), ("enjoy", _ED),
                                             ("spen", ("d", "ds", "t", "ding")), ("beg", ("in", "ins", "an", "inning")),
                                             ("start", _ED), ("commemorat", _E))
                       for e in ends)
# the words that may follow a holiday standing with no preposition: none that makes it a noun's qualifier
_HOLIDAY_BARE_NEXT = r"(?:on|in|at|and|or|but|with|this|next|last|as|to|for|from|when|while|which|was|is|by|amid)\b"
# (it opens with "\b(?=[A-Zt])", which every match meets, a holiday's name opening with "the" or a capital after a
# space, a line break or the text's start: a place that fails it is left before the forty look-behinds are tried)
_HOLIDAY_BARE = re.compile(
    r"\b(?=[A-Zt])(?:" + "|".join(rf"(?<=\b{v} )" for v in _HOLIDAY_VERBS) + "|"
    + "|".join(rf"(?<={w}, )" for w in WEEKDAYS)
    + rf"|(?P<label>(?<![^\n])))(?:(?:South[ \t]+)?Korea['’]s[ \t]+)?(?:{_HOLIDAY_NAME})"  # "marking Korea's": dates52
    rf"(?(label)(?=[ \t]*+:)|(?![ \t]+(?!{_HOLIDAY_BARE_NEXT})[a-z]))")
# a holiday given as time off (fix51d3): the object of "get", "have", "take" or "give" with "off" right after it ("will
# get Thanksgiving off next week", "had Labor Day off", "were given Chuseok off"), "off" ending its clause or before
# a date's or a clause's word ("on", "next", "and", "work"); not "off to" ("got the Christmas season off to a
# start"), "off the" ("take Christmas off the calendar"), "off his chest", nor a name a noun follows
_HOLIDAY_OFF_VERBS = (*_OFF_PRESENT_VERBS, "got", "gotten", "getting", "had", "having", "took", "taken", "taking",
                      "gave", "given", "giving")  # the present forms, then the others
_HOLIDAY_OFF = re.compile(
    r"\b(?=[A-Zt])(?:" + "|".join(rf"(?<=\b{v} )" for v in _HOLIDAY_OFF_VERBS) + rf")(?:{_HOLIDAY_NAME})"
    r"(?=[ \t]{1,3}off(?:[.,;:!?)]|\Z|[ \t]{1,3}(?:on|this|next|last|in|and|but|for|from|work|as|when|while|with"
    r"|because|so)\b))")
# a holiday told by a possessive year from publication: "last year's Chuseok holiday", "this year's Christmas" (dates52;
# read by :func:`_holiday_of_year` only before a mark, a word that may follow a holiday standing alone or a verb)
_HOLIDAY_OF_YEAR = re.compile(rf"\b(?P<ry>(?i:last|this|next))[ \t]{{1,3}}year['’]s[ \t]{{1,3}}{_HOLIDAY_NAME}"
                              rf"(?P<wkend>[ \t]+weekend\b)?")
_T_TERM = Trigger(re.compile(r"term\b|presidency\b|tenure\b|(?<=time in )office\b|(?<=years in )office\b"
                             r"|(?<=years as )[Pp]resident\b|(?<=in the )White House\b"),
                  (("term", 0), ("presidency", 0), ("tenure", 0), ("office", 0), ("resident", 1), ("White House", 0)))
_T_SERVED = Trigger(re.compile(r"office\b|president\b"), (("office", 0), ("president", 0)))
_CAP = r"[A-Z][\w.-]{0,30}"  # a capitalised word (bounded: the scan stays linear)
# a word of a name before its last ("Donald J. Trump's", "Moon Jae-in's"): capitalised, and not the last word of a
# sentence before it ("... the White House. Under Trump's presidency": "House." ends in two small letters and a stop)
_NAME_WORD = rf"{_CAP}(?<![a-z][a-z]\.)"


@dataclass(frozen=True, eq=False)
class _Narrowed(Trigger):
    """The hits of ``base`` a pattern can cover: ``at`` (if given) matches at the hit and, if ``before`` is given,
    the words before the hit (nearest first, each across one run of whitespace) end with what each of ``before``
    finds there (see :class:`_WordBefore`). Each test reads only what every covering match consumes (no
    lookahead past it), so the matches ``scan`` yields are the same, found with fewer windows: "this year" is no
    hit for "the year before", "years of" none for "two years later".

    >>> t = _Narrowed(_T_DAY_UNIT.pattern, (), _T_DAY_UNIT, re.compile(r"day\\b"), (_word_before("the"),))
    >>> s = "the day, a day, the  day, the days"
    >>> list(t.spans(s)), len(_T_DAY_UNIT.spans(s))
    ([(4, 7), (21, 24)], 4)
    """

    base: Trigger | None = None
    at: re.Pattern[str] | None = None
    before: tuple[_WordBefore, ...] = ()

    def spans(self, text: str, start: int = 0, end: int | None = None, found: dict[Any, Any] | None = None) -> Hits:
        """Return the base trigger's hits in ``text[start:end]`` that pass both tests (cached in ``found``)."""
        end = len(text) if end is None else end
        found = {} if found is None else found
        if self in found:
            return found[self]
        assert self.base is not None
        base, before = self.base.spans(text, start, end, found), self.before
        if not base.starts:  # (an array's truth, in C: no call of ``Hits.__len__``)
            found[self] = base  # no hit to narrow: the base's (empty, never changed) hits
            return base
        starts = base.starts
        keep: Sequence[int] = range(len(base))
        if before:  # the nearest word read for all hits at once, each farther one by _words_before
            firsts = _firsts(text, base, start, found, self.base, before[0])
            keep = [i for i in keep if firsts[i] >= 0]
            if len(before) > 1:
                keep = [i for i in keep if _words_before(text, firsts[i], start, before[1:])]
        if self.at is not None:
            at = re.compiled(self.at).match  # the compiled method, not lazyre's wrapper (speed56)
            keep = [i for i in keep if at(text, starts[i], end) is not None]
        out = found[self] = Hits.of(base, keep)
        return out


def _firsts(text: str, hits: Hits, start: int, found: dict[Any, Any], base: Trigger, test: _WordBefore) -> list[int]:
    """Return ``test.starts`` of the whitespace runs before ``hits`` (see ``_spaced``), found once for the hits of
    ``base`` and a test (kept in ``found``) and read by each narrowing of that base with that nearest word (equal tests
    give equal answers: a test is a pure function of its fields).

    >>> t, found = "the day, a day", {}
    >>> a = _firsts(t, _T_DAY_UNIT.spans(t), 0, found, _T_DAY_UNIT, _word_before("the"))
    >>> a, _firsts(t, _T_DAY_UNIT.spans(t), 0, found, _T_DAY_UNIT, _word_before("the")) is a
    ([0, -1], True)
    """
    key = (base, test)
    if key not in found:
        found[key] = test.starts(text, _spaced(text, hits, start, found, base), start)
    return found[key]


def _spaced(text: str, hits: Hits, start: int, found: dict[Any, Any], base: Trigger) -> array:
    """Return where the run of whitespace before each of ``hits`` starts (-1: none), found once for the hits of
    ``base`` (kept in ``found``) and read by each narrowing of it.

    >>> list(_spaced("a day,  day", _T_DAY_UNIT.spans("a day,  day"), 0, {}, _T_DAY_UNIT))
    [1, 6]
    """
    key = (base, " ")
    if key not in found:
        runs = found[key] = array("q")
        for s in hits.starts:
            k = s
            while k > start and text[k - 1].isspace():
                k -= 1  # a whitespace run belongs to one hit: each character read once
            runs.append(k if k < s else -1)
    return found[key]


@dataclass(frozen=True)
class _WordBefore:
    """What the text up to a place must end with: ``search`` (``(?:word)\\Z``, case-insensitive) found in the
    ``reach`` characters before it. When the word is plain alternatives ("the|this", "\\d\\d|Jan\\."), ``behind``
    holds a lookbehind for each, widest first (``widths``), matched at the place: the same answer, found without a
    search.

    >>> w = _word_before("the|that")
    >>> [w.start("in that", 7, 0), w.start("bathe", 5, 0), w.start("this", 4, 0), w.start("a the", 5, 3)]
    [3, 2, -1, -1]
    """

    search: re.Pattern[str]
    reach: int
    behind: re.Pattern[str] | None = None
    widths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.search, self.reach, self.behind, self.widths)))

    def __hash__(self) -> int:  # the dataclass's own hash, made once (a key of each stretch's cache: speed52)
        return self._hash  # type: ignore[attr-defined, no-any-return]

    def start(self, text: str, k: int, lo: int) -> int:
        """Return where the word that ends at ``k`` (and starts at ``lo`` or after) starts, or -1 if there is none."""
        if self.behind is not None and k - self.widths[0] >= lo:  # the leftmost start: the widest word that fits
            found = self.behind.match(text, k)
            return -1 if found is None or found.lastindex is None else k - self.widths[found.lastindex - 1]
        m = self.search.search(text, max(lo, k - self.reach), k)
        return -1 if m is None else m.start()

    def starts(self, text: str, places: Sequence[int], lo: int) -> list[int]:
        """Return ``start(text, k, lo)`` for each ``k`` of ``places`` (-1 for a place of -1): one call for the hits
        of a trigger, the lookbehinds matched in a loop with no method call a hit.

        >>> _word_before("the|that").starts("in that, bathe", [7, -1, 14], 0)
        [3, -1, 11]
        """
        if self.behind is None:
            return [-1 if k < 0 else self.start(text, k, lo) for k in places]
        match, widths, widest, out = re.compiled(self.behind).match, self.widths, self.widths[0], []
        add = out.append
        for k in places:
            if k - widest >= lo:  # (most places; never -1, as ``lo`` >= 0)
                m = match(text, k)
                add(-1 if m is None or m.lastindex is None else k - widths[m.lastindex - 1])
            else:
                add(-1 if k < 0 else self.start(text, k, lo))
        return out


def _word_before(word: str, reach: int = 12) -> _WordBefore:
    """Return the test that the text up to a place ends with ``word`` (a regex read case-insensitively) in the
    ``reach`` characters before it (see :class:`_WordBefore`).

    >>> _word_before("the|following").widths, _word_before(r"\\d\\d|Jan\\.").widths, _word_before(r"\\d+").behind
    ((9, 3), (4, 2), None)
    """
    search = re.compile(rf"(?:{word})\Z", re.IGNORECASE)
    widths = {a: len(re.sub(r"\\.", "x", a)) for a in word.split("|")}  # "\\d" and "\\." read one character
    if not re.fullmatch(r"(?:[A-Za-z'’]|\\[.d])+(?:\|(?:[A-Za-z'’]|\\[.d])+)*", word) or max(widths.values()) > reach:
        return _WordBefore(search, reach)
    by_width: dict[int, list[str]] = {}  # the alternatives of one width: one look-behind, the widest first
    for a in sorted(widths, key=lambda a: -widths[a]):
        by_width.setdefault(widths[a], []).append(a)
    behind = re.compile("|".join(f"(?<=({_atom_trie(alts)}))" for alts in by_width.values()), re.IGNORECASE)
    return _WordBefore(search, reach, behind, tuple(by_width))


def _atom_trie(alts: list[str]) -> str:
    """Return a regex for any of ``alts`` (each a run of atoms: a character, or ``\\`` and one character), factored
    as a trie: a place is rejected after a character or two, not tried against every alternative.

    >>> _atom_trie(["this", "that", r"\\d\\d"])
    '(?:th(?:is|at)|\\\\d\\\\d)'
    """
    trie: dict[str, Any] = {}
    for a in alts:
        node = trie
        for atom in re.findall(r"\\.|.", a):
            node = node.setdefault(atom, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        parts = [atom + build(child) for atom, child in node.items() if atom]
        body = "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node and body else body

    return build(trie)


def _words_before(text: str, at: int, start: int, tests: tuple[_WordBefore, ...]) -> bool:
    """Return whether the words before ``at`` (not before ``start``), read back one run of whitespace and one word at
    a time, end with what each of ``tests`` (nearest first) finds there.

    >>> t = (_word_before("this"), _word_before("of"))
    >>> [_words_before(x, len(x), 0, t) for x in ("end of  this ", "in this ", "of this")]
    [True, False, False]
    """
    j = at
    for test in tests:
        k = j
        while k > start and text[k - 1].isspace():
            k -= 1  # a whitespace run belongs to one hit: each character read once
        j = -1 if k == j else test.start(text, k, start)
        if j < 0:
            return False
    return True


@dataclass(frozen=True, eq=False)
class _Either(Trigger):
    """The hits of any of ``parts`` (narrowings of one trigger), in order: a pattern whose matches cover one of two
    kinds of hit ("the first week of", or "of this year" after a capitalised "Week").

    >>> t = _Either(_T_DAY_UNIT.pattern, (), (_narrowed(_T_DAY_UNIT, "week"), _narrowed(_T_DAY_UNIT, None, "the")))
    >>> list(t.spans("a week, a day, the day"))
    [(2, 6), (19, 22)]
    """

    parts: tuple[Trigger, ...] = ()

    def spans(self, text: str, start: int = 0, end: int | None = None, found: dict[Any, Any] | None = None) -> Hits:
        """Return the hits of the parts in ``text[start:end]``, each once, in order (cached in ``found``)."""
        found = {} if found is None else found
        if self in found:
            return found[self]
        kept: dict[int, int] = {}
        for part in self.parts:
            hits = part.spans(text, start, end, found)
            kept.update(zip(hits.starts, hits.ends, strict=True))
        out = Hits()
        for s in sorted(kept):
            out.append(s, kept[s])
        found[self] = out
        return out


def _narrowed(base: Trigger, at: str | None, before: str | tuple[str, ...] = (), reach: int = 12) -> _Narrowed:
    """Return ``base`` narrowed (see :class:`_Narrowed`): ``at`` and ``before`` (the word before the hit, or the
    words nearest first) are read case-insensitively.

    >>> list(_narrowed(_T_DAY_UNIT, "days? later", _NUM).spans("two days later, this day"))
    [(4, 8)]
    >>> list(_narrowed(_T_DAY_UNIT, None, ("this", "of")).spans("end of this day, in this day"))
    [(12, 15)]
    """
    words = (before,) if isinstance(before, str) else before
    tests = tuple(_word_before(w, reach) for w in words)
    return _Narrowed(base.pattern, base.anchors, base, None if at is None else re.compile(at, re.IGNORECASE), tests)


def _either(*parts: _Narrowed) -> _Either:
    """Return the trigger whose hits are those of any of ``parts`` (narrowings of one trigger: see :class:`_Either`).

    >>> len(_either(_narrowed(_T_DAY_UNIT, "day"), _narrowed(_T_DAY_UNIT, "week")).spans("a day, a week, a year"))
    2
    """
    assert parts and all(p.base is parts[0].base for p in parts)
    return _Either(parts[0].pattern, parts[0].anchors, parts)


_UNIT_AT = r"(?:day|week|month|year)\b"
_T_RELATIVE = _narrowed(_T_UNIT, r"(?:week|weekend|month|year|decade)\b", "last|this|next|past|coming|current")
# "the 5th of next month", "the 5th next month"
_T_NAMED_MONTH = _narrowed(_T_RELATIVE, r"month\b", ("this|next|last", r"of|\d\d?(?:st|nd|rd|th)"))
_NUM_BEFORE = r"\d\d\d|\d\d|\d|an|a|" + "|".join(CARDINALS)  # _NUM's words ("twenty-one" ends in "one"), a flat list
_T_IN_COUNT = _narrowed(_T_DAY_UNIT, None, _NUM_BEFORE)
_T_IN_COUNT_HALF = _narrowed(_T_DAY_UNIT, None, _NUM_BEFORE + "|half")  # "in about four and a half years"
# a hedge on a count of time ("in about four years", "the first in nearly two years"): the count as told (README)
_HEDGE = r"(?:about|around|nearly|almost|roughly|some|over|more\s+than)"
_T_COUNTED = _narrowed(  # a narrowing of a narrowing: read at the hits that pass the first
    _T_IN_COUNT, r"(?:day|week|month|year)s?\s+(?:later|earlier|after|before|ahead|previously|prior|on|to\s+the\s+day)"
)
_T_ADJACENT = _either(  # "the next day", "that week", "on this day": "this" only after "on" (not "this year")
    _narrowed(_T_DAY_UNIT, _UNIT_AT, "next|following|subsequent|previous|preceding|prior|same|that"),
    _narrowed(_T_DAY_UNIT, _UNIT_AT, ("this", "on")),
)
_T_SAME_DAY = _narrowed(_T_DAY_UNIT, _UNIT_AT, "the|that")
_T_ON_THE_DAY = _narrowed(_T_DAY_UNIT, r"day\b", ("the", "on"))
_T_AFTER_COUNT = _narrowed(_T_IN_COUNT, r"(?:day|week|month|year)s?\b")  # "after about a month": read by the regex
_T_NEAR_EVENT = Trigger(re.compile(r"(?:talks|meeting|negotiations|summit|visit|inauguration|G-?20|G-?7)\b"),
                        (("talks", 0), ("meeting", 0), ("negotiations", 0), ("summit", 0), ("visit", 0),
                         ("inauguration", 0), ("G", 0)))
_T_REST_OF = _narrowed(_T_DAY_UNIT, r"(?:week|month|year)\b", ("the|that|this", "of"))  # "the rest of the year"
# "after the summit", "before the Hanoi summit": the words right before an event noun _NEAR_EVENT reads (its "ahead
# of" ends with "of"), with a place word between or none; the other nouns ("the talks ended") open no window
_NEAR_PREPS = "before|after|of|since|during|following|until|till|at"
_T_NEAR_EVENT_NAMED = _either(
    _narrowed(_T_NEAR_EVENT, None, ("the", _NEAR_PREPS)),
    _narrowed(_T_NEAR_EVENT, None, (r"(?-i:[A-Z][a-z]{2,20})", "the", _NEAR_PREPS), reach=21),
)
_T_ADJ_DIR = _narrowed(_T_SAME_DAY, r"(?:day|week|month|year)\s+(?:before|after|earlier|later|prior)\b")
_T_TWO_OFF = _narrowed(_T_SAME_DAY, r"(?:day|week|month|year)\s+(?:before|after)\s", "the")
_T_WITHIN_THE = _narrowed(_T_UNIT, r"(?:week|month|year)\b", ("the", "within"))  # "within the year", "Within the Year"
_T_THROUGHOUT_THE = _narrowed(_T_UNIT, r"(?:week|month|year)\b", ("the", "throughout"))  # "throughout the year"
_T_N_PERIODS = _narrowed(_T_IN_COUNT, r"(?:years|months|weeks|days)\b")
_T_DECADES = _narrowed(_T_UNIT, r"decades\b", _NUM_BEFORE)  # "the past two decades": a count right before
_T_MID_UNIT = _narrowed(_T_UNIT, r"(?:(?<=mid)|(?<=mid-))(?:month|year)\b")  # "mid-year": "mid" right before it
_T_YEAR_SPAN = _narrowed(_T_YEAR_WORD, r"year\b", ("last|this|next", "from|to|through|until"))  # "from last year"
_T_DAY_MONTH = _narrowed(_T_MONTH, None, r"\dst|\dnd|\drd|\dth|\d")  # "16 November", "the 3rd March"
_T_MOD_MONTH = _narrowed(_T_MONTH, None, "on|by|until|from|since|before|after")  # "by March the fifth"
_T_MONTH_END = _narrowed(  # "March-end", "end-March"
    _T_MONTH, rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})-end\b|(?<=end-)(?:{_FULL_MONTHS}|{_ABBR_MONTHS})\b"
)

# Event nouns a count can be told from, and the kind of data/events.csv row that dates them.
_EVENT_NOUNS = {"inauguration": "inauguration", "summit": "summit"}
_EVENT_NOUN_ALT = "|".join(_EVENT_NOUNS)
# a year's end ("year-end", "the year's end") and an event noun: hit only where the pattern can match
_T_YEAR_END = Trigger(  # "year-end", "the year's end", "end-of-year", "by month's end": hit at "year"/"month"
    re.compile(r"(?:[Yy]ear|[Mm]onth)(?:'s|’s)?[\s-](?i:end)\b|(?<=[Ee]nd-of-)(?:year|month)\b"
               r"|(?<=[Ee]nd-of-the-)(?:year|month)\b|[Ww]eek['’]s[ \t]{1,3}(?i:end)\b"),
    (("Year", 0), ("year", 0), ("Month", 0), ("month", 0), ("Week", 0), ("week", 0)),
)
_T_FISCAL = Trigger(re.compile(r"[Ff]iscal\b"), (("iscal", 1),))
_T_ADMIN = Trigger(re.compile(r"(?:administration|government|presidency)\b"),
                   (("administration", 0), ("government", 0), ("presidency", 0)))
_T_EVENT_NOUN = Trigger(re.compile(rf"(?:{_EVENT_NOUN_ALT})\b"), tuple((w, 0) for w in _EVENT_NOUNS))
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
# "March 3-5", "from May 8 to 10", "(on) June 28 and 29": days of one month (or of two, "June 28 to July 2")
_DAY_SPAN = re.compile(
    rf"(?:\b(?P<from>(?i:from|between|on))\s+)?{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s*[-–~～]\s*|\s+(?P<sep>(?i:to|through|until|till|and))\s+)"  # "March 17~19": Korean copy's range mark
    rf"(?:{_MON2}\s+)?(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\b(?![-–~～.,]\d|\s*(?:%|percent|billion|million))"
    rf"(?:{_YEAR_OR_REL})?")
# "during his first term (in office)", "Trump's presidency", "in her tenure": a term of office, read by `_term`
# ("my term" in a quotation is the speaker's; "his previous term", "her current term": an adjective that picks one)
_TERM_OF_OFFICE = re.compile(
    rf"(?:\b(?P<prep>(?i:during|in|over|throughout|under))\s+)?\b(?:(?i:his|her)|(?P<my>(?i:my))|(?i:the)\s+president(?:'s|’s)"
    rf"|(?P<its>(?i:its))|(?P<owner>(?:{_NAME_WORD}\s+){{0,3}}{_CAP})(?:'s|’s))\s+(?:(?P<ord>first|second|third)(?:\s+|-(?=term\b))"
    r"|(?P<adj>previous|prior|former|earlier|last|current|present)\s+)?(?:White[ \t]House[ \t]{1,3}(?=term\b))?"
    r"(?P<noun>term|presidency|tenure|(?:time|years)(?=\s+in\s+(?:office|the[ \t]{1,3}White[ \t]House)\b)"
    r"|years[ \t]{1,3}as[ \t]{1,3}(?i:president))"  # "during my years as President": the presidency
    r"(?:\s+in\s+(?:office|the[ \t]{1,3}White[ \t]House))?\b")  # "his time in the White House", "White House term"
# "under the presidency of Donald Trump", "in the first term of Moon Jae-in", "the first term of the Trump government"
# (administration): a term named with "of" its holder (or the government named after the holder), read by
# `_term` as "<name>'s presidency" is (the empty group "my" keeps the groups `_term` reads)
_TERM_OF_NAMED = re.compile(
    r"(?:\b(?P<prep>(?i:during|in|over|throughout|under))\s+)?\b(?i:the)\s+(?:(?P<ord>first|second|third)\s+"
    r"|(?P<adj>previous|prior|former|earlier|current|present)\s+)?(?P<noun>term|presidency|tenure)\s+of\s+"
    rf"(?:(?P<the>(?i:the))\s+)?(?P<owner>(?:{_NAME_WORD}\s+){{0,2}}[A-Z][\w-]{{0,30}})(?P<my>)(?P<its>)"
    r"(?(the)\s+(?i:administration|government)\b)")  # the last word takes no full stop; "of the X" needs its government
# "under former President Trump", "under President Moon Jae-in": a time told by the term its holder served, read by
# `_term` as "under the presidency of Donald Trump" is (README; adjud42 ruling 2); "former" the latest term ended by
# publication. Not "under President Trump's pressure" (a possessive: the thing is his, not the time)
_UNDER_PRESIDENT = re.compile(
    r"\b(?P<prep>(?i:under))[ \t]{1,3}(?:(?P<adj>(?i:former)|(?i:then)(?=-))[ \t-]{1,3})?"
    r"(?:(?:South[ \t]{1,3}Korean|U\.S\.|US|American)[ \t]{1,3})?President[ \t]{1,3}"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}[A-Z][\w-]{{0,30}})(?![\w'’-]|[ \t]{{1,3}}[A-Z][\w-]{{0,30}}['’])"
    r"(?P<ord>)(?P<my>)(?P<its>)(?P<noun>)")
# "during the first Trump administration", "under the Joe Biden administration": an administration named by its
# holder and told as a time (after "during", "under", "throughout"), read by `_term` as "during Trump's first term"
# is (README term Convention; dates46). Not "the Trump administration said" (no preposition: an actor) nor "the
# Biden administration's plan" (a possessive: a thing), nor "under a second Trump administration" (no "the": one to
# come). "Early (late) in the Biden administration" is the whole term too: no Convention splits a term (dates48)
_ADMIN_TERM = re.compile(
    r"\b(?P<prep>(?i:during|under|throughout)|(?i:early|late|earlier|later)[ \t]{1,3}in)[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3}"
    r"|(?P<adj>previous|prior|former|earlier|current|present)[ \t]{1,3})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>administration|government|presidency)\b(?!['’])(?P<my>)(?P<its>)")
# "during his administration", "under Trump's administration", "in her administration", "during his first
# administration": a holder's administration named by a pronoun or a possessive and told as a time (after a
# preposition), read by `_admin_term` as "during his presidency" is, with the same holder and term choice (date60).
# Not "his administration's officials" (a possessive: a thing), "Trump's administration said" (no preposition: an
# actor), nor "an official in his administration" (a member: see `_admin_term`)
_ADMIN_OF_OFFICE = re.compile(
    r"\b(?P<prep>(?i:during|under|in|throughout))[ \t]{1,3}(?:(?i:his|her)|(?P<my>(?i:my))"
    rf"|(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}{_CAP})(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3}|(?P<adj>previous|prior|former|earlier|current|present)[ \t]{1,3})?"
    r"(?P<noun>administration)\b(?![’'])(?P<its>)")
# "during the Moon Jae-in years", "in the Roh Moo-hyun era", "throughout the Trump years": a holder's term named as
# an era and told as a time, read by `_term` as "during the <holder> administration" is (terms56). Not "the Obama
# years were calm" (no preposition: a thing), "an Obama-era policy" (an adjective), nor "the Cold War years" (no
# holder: `_term` finds none)
_ERA_TERM = re.compile(
    r"\b(?P<prep>(?i:during|in|over|throughout|under))[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?:(?P<adj>previous|prior|former|earlier)[ \t]{1,3})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>years|era)\b(?![-'’])(?P<ord>)(?P<my>)(?P<its>)")
_T_ERA = Trigger(re.compile(r"(?:years|era)\b"), (("years", 0), ("era", 0)))
# "when he was in office", "while she was president", "when I was in office" (quoted), "when former President Trump
# was in office" (its holder named), "while (still) in office" (the clause's subject its holder): a term served,
# read by `_served_term`
_SERVED_TERM = re.compile(
    r"\b(?P<prep>(?i:when|while))[ \t]{1,3}(?:(?:(?i:he|she)|(?P<my>I)|(?:(?i:former)[ \t]{1,3})?"
    rf"(?:President[ \t]{{1,3}})?(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP}))[ \t]{{1,3}}"
    r"(?:was|served)[ \t]{1,3}(?:in[ \t]{1,3}office|as[ \t]{1,3}president|president)"
    r"|(?<=[Ww]hile[ \t])(?:still[ \t]{1,3})?in[ \t]{1,3}office)"
    r"\b(?![ \t]{0,3}(?:of|again)\b)")
# "in 2019", "since 2014", "mid-2020": a year on its own (not a sum, a count or a rate)
_YEAR_ALONE = re.compile(
    rf"(?=[12bdefilmostu])(?:\b(?P<mod>in|since|by|until|through|during|early|late|mid-|mid|for|of)\s+|(?P<mod2>mid-)|)"
    rf"(?<![\w$.,/])(?:(?<=mid-)|(?<!-))(?P<y>{_YEAR})(?:년(?!대|[ \t]{{0,2}}\d{{1,2}}[ \t]{{0,2}}월)"
    r"|(?![\w%]|\.\d|,\d|\s*(?:%|percent|per\s+cent|million|billion|trillion"
    r"|won\b|dollars|yen|troops|soldiers|people|km|kilomet|miles|tons|units|votes|seats)))")  # "2026년": Korean's year
# (not "2020년대", a decade, nor "2019년 12월", a year before its month: review100 finding 4)
# "the day before the previous day", "the year after the following year": two steps from the anchor
_TWO_STEPS_AWAY = re.compile(
    r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\s+the\s+(?P<which>previous|preceding"
    r"|following|next)\s+(?P=unit)\b", re.IGNORECASE)
# "that four-year period", "the same three-month span": a span told before it (not one then compared
# with "a year earlier" or "the previous year")
_TOLD_PERIOD = re.compile(
    rf"\b(?:that|this|the\s+same)\s+(?P<n>{_NUM})-(?P<unit>year|month)\s+(?:period|span|stretch)\b"
    r"(?!\s+(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year))",
    re.IGNORECASE)
#: A full stop that may end a place's name: a sentence's end (:data:`_STOP`: not after a title, "Mr.", "Gov."), no
#: possessive right after it ("Prof. Kim's ratings"; mend52c: frames._AREA_BASE too).
PLACE_STOP = _STOP + r"(?![ \t]{1,3}[A-Z][\w-]{0,30}+['’]s\b)"
# real52c: "this fall in Gyeongju.", "next fall in the southern city of Busan": the season, then where (not "this fall
# in exports", "last fall in Seoul's payments": a noun of decline, what falls after "in"); a name that ends its
# phrase, or "the <up to three words> city (capital, town ...) of"; a name's word not one capital, an initialism's
# own dot kept (mend52c: "this fall in U.S. exports", "in U.S. Treasury yields" stay a decline); an initialism
# after "the" as the whole name ("this fall in the U.S.,")
_FALL_IN_PLACE = (r"(?!\s+(?:the\s+(?:[a-z]+\s+){0,3}?(?:city|capital|town|port|province|county|village|region)\s+of\s+"
                  r"(?-i:[A-Z])|(?-i:[A-Z](?:[a-z0-9-]{1,30}+|(?:\.[A-Z]){1,3}+\.?+)"
                  r"(?:[ \t]+[A-Z](?:[a-z0-9-]{1,30}+|(?:\.[A-Z]){1,3}+\.?+)){0,3}|the[ \t]+[A-Z](?:\.[A-Z]){1,3}+\.?+)"
                  r"(?![\w'’])"
                  rf"[ \t]*(?:[,;:)\n]|{PLACE_STOP}|\Z)))")
# "this summer", "in the autumn of 2019", "winter 2020": a season
_SEASON = re.compile(
    rf"\b(?:(?:(?P<pre>earlier|later)\s+(?=this\b))?(?P<which>this[ \t]+past|this|last|next)\s+"
    r"|(?:in|during|by|over|until|since)\s+(?:(?P<the>the\s+)|(?=(?:early|mid|late)[-\s]))"
    r"|(?P<bare>by|until|since|in|during)\s+(?=(?:spring|summer|autumn|winter)\b(?!\s+(?:of\b|\d))))"
    r"(?:(?P<part>early|mid|late)(?:-\s*|\s+))?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+of\s+(?:(?P<year>{_YEAR})\b|(?P<rel>next|last|this)\s+year\b)"
    r"|(?(which)(?!)|[ \t]{1,3}(?P<rel2>next|last)[ \t]{1,3}year\b(?![\w'’-]))"  # "in spring last year" (fix50g)
    rf"|(?(part)\s+(?P<year3>{_YEAR})\b|(?!))|(?!\s+of\b|(?<=[Ff]all)\s+in\b{_FALL_IN_PLACE}))"
    # a season with no article or part ends its clause: "by spring,", "in autumn."; not "since spring training"
    r"(?(rel2)|(?(bare)(?=\s*(?:[,.;:!?)—–]|\Z)|\s+(?:and|or|to|when|at|with|if|after|before|next|this|last)\b)))"
    rf"|\b(?:(?P<part2>early|mid|late)(?:-\s*|\s+))?(?P<season2>spring|summer|autumn|fall|winter)\s+(?P<year2>{_YEAR})\b",
    re.IGNORECASE)

# "2020", "this year", "the year": the year a part of a year is of (groups ``year``, ``which``)
_OF_A_YEAR = rf"(?:(?P<year>{_YEAR})\b|(?:the|(?P<which>this|next|last))\s+year\b)"
# "the first half of 2020", "the last quarter of this year": a part of a year
_PART_OF_YEAR = re.compile(
    rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|latter)\s+(?P<part>half|quarter)\s+of\s+{_OF_A_YEAR}"
    r"(?![’']s\b)"  # not "the first half of this year's contribution": a part of the thing, the year alone (dfix43)
    # "in the third quarter", "by the second half": of the year told by the tense (not "the first half of the game")
    r"|(?:(?<=\b(?:in|by)\s)|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bduring\s))"  # "within the first half": dfix41
    r"the\s+(?P<bord>first|second|third|fourth)\s+(?P<bpart>half|quarter)\b"
    r"(?![\s-]+(?:of|century)\b|-)"  # "for the first quarter" (dfix38); not "the first quarter-final"
    r"(?:[ \t]+(?P<bwhich>this|next|last)[ \t]+year\b)?"  # "in the third quarter last year"
    # "in 2018's third quarter": that part of that year (with its preposition: no "in 2018" is read before it)
    rf"|\b(?:(?:in|by|during|for)[ \t]+)?(?P<yyear>{_YEAR})['’]s[ \t]+"
    r"(?P<yord>first|second|third|fourth|last|final|latter)[ \t]+(?P<ypart>half|quarter)\b",
    re.IGNORECASE)
# the United States as an adjective ("the 2020 U.S. election"), its words written out once: the election trigger
# reads them as a flat list of words before a hit (_T_US_ELECTION), the patterns as one group
_US_WORDS = r"U\.S\.|US|American|America's|America’s"
_US = rf"(?:{_US_WORDS})"
# "the last four years under Trump", "the past three years under President Bo", "under the Bo administration": the
# holder's time in office named right after a count back from publication (fresh81q)
_UNDER_HOLDER = re.compile(
    rf"[ \t]{{1,3}}(?i:under)[ \t]{{1,3}}(?:(?P<the>the)[ \t]{{1,3}})?(?:(?i:former|then)[ \t]{{1,3}})?"
    rf"(?:(?:{_US}|South[ \t]Korean)[ \t]{{1,3}})?(?:President[ \t]{{1,3}})?"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP})"
    r"(?(the)[ \t]{1,3}(?i:administration|presidency|government)\b|(?![\w'’-]))")
# "the November election", "the April general election", "the November U.S. midterm elections": a vote named by its
# month (`_month_vote`); at most two words between (bounded, so the scan stays linear); one with its year after it
# ("the April elections next year") is `_MONTH_EVENT_YEAR`'s
_MONTH_VOTE = re.compile(
    rf"\b(?i:the)\s+{_MON}[ \t]+(?:{_US}[ \t]+)?(?:(?:(?P<mid>midterm)|[a-z]{{2,15}})[ \t]+)?"
    r"(?:elections?|polls|vote|(?P<mid2>midterms))\b"
    r"(?![ \t]+(?:of[ \t]+)?(?i:next|last|this|the\s+following|the\s+previous|that)\s+(?i:year)\b)")  # see below
# a bare month named as a deadline or target ("see November as a hard deadline", "June is the target")
_MONTH_DEADLINE = re.compile(
    rf"(?<![\w.]){_MON}(?=[ \t]+(?:(?:as|is|was|not|isn't|wasn't|remains|became|becomes)[ \t]+){{1,2}}"
    r"(?:(?:a|an|the)[ \t]+)?(?:[a-z]{2,12}[ \t]+)?(?:deadline|target|goal)\b)")
_NO_DAY = r"(?!\.?\s+\d{1,2}(?!\d))"  # a month with no day after it ("January 2019" yes, "January 5" no)
# "from January to March", "between November 2019 and January 2020", "(in) March 2020 to March 2021" (no "from": see
# `_month_span`); "from March (up) until the end of June" is one stretch as "from March to June" is (lead's
# convention, tidyq52)
_MONTH_SPAN = re.compile(
    rf"(?:\b(?P<from>(?i:from|between))\s+|\b(?i:in|during|over|for|throughout)[ \t]{{1,3}}|(?<![\w.,-]))"
    rf"{_MON}{_NO_DAY}(?:,?\s+(?P<y1>{_YEAR})\b)?\s+(?:(?i:up)\s+(?=(?i:until|till)\b))?"
    rf"(?P<sep>(?i:to|through|until|till|and))\s+(?:(?i:the)[ \t]{{1,3}}(?i:end)[ \t]{{1,3}}of[ \t]{{1,3}})?"
    rf"{_MON2}{_NO_DAY}(?:{_YEAR_OR_REL})?")
# "the April-June quarter", "January–March 2019": two months joined by a dash, the first to the second
_MONTH_DASH_SPAN = re.compile(
    rf"(?<![\w-]){_MON}(?:[ \t]{{1,3}}(?P<y1>{_YEAR}))?[-–]{_MON2}{_NO_DAY}(?:\s+(?i:quarter|period))?"
    rf"(?:{_YEAR_OR_REL})?")
# "that March", "the following May": a month beside the date told before it
# "the 12 months to September", "the year to June", "the six months ending in March 2018": a span to a month's end
_MONTHS_TO = re.compile(
    rf"\b(?i:the)\s+(?:(?P<n>{_NUM})\s+(?i:months)|(?i:year))\s+(?i:to|through|ending(?:\s+in)?|ended(?:\s+in)?)\s+"
    rf"{_MON}(?:,?\s+(?P<year>{_YEAR})\b)?(?!\s+\d)")
_MONTHS_TO_MAX = 36  # months at most in "the <n> months to <month>" ("the 12 months to September")
# "That Friday," opening a sentence, "on that Thursday", "by that Sunday": a weekday beside the day told before it
# (not "said that Friday's talks ...", where "that" is a conjunction)
_THAT_WEEKDAY = re.compile(
    rf"(?:\b(?i:on|by|until|till|before|after|since|from)\s+that|(?<![\w,;:]\s)(?<![\w,;:])That)\s+{_WD}(?!['’])")
# "the following spring", "that summer": a season beside the date told before it
_SEASON_BESIDE = re.compile(r"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+"
                            r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?!['’]|\s+(?i:of)\b|\s*\d)")
# "the following Monday", "the previous Tuesday": a weekday beside the day told before it
# ("The Monday after," "the Friday before that": the weekday then its direction, with no event after it: dfix38)
_WEEKDAY_BESIDE = re.compile(rf"\b(?i:the)\s+(?:(?P<anch>(?i:following|next|previous|preceding))\s+)?{_WD}"
                             r"(?(anch)(?!['’])|[ \t]{1,3}(?P<dir>(?i:after|before))"
                             r"(?=[ \t]{0,3}[,;:.)]|[ \t]{1,3}that\b))")
_MONTH_BESIDE = re.compile(rf"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+{_MON}{_NO_DAY}"
                           r"(?!\s+(?:of|in)\s|\s*,?\s*\d)")
# "the following April, 4,000 workers": a number in thousands after the comma is no day (dfix50)
_MONTH_BESIDE_COUNT = re.compile(rf"\b(?P<anch>(?i:that)|(?i:the)\s+(?i:following|next|previous|preceding))\s+{_MON}"
                                 r"(?=[ \t]*+,[ \t]*+\d{1,3},\d{3}\b)")
# "the six years through 2025", "a five-year deal to 2024", "(would last) five years through 2025": a term told by
# its count and its last year (a count with no word before it: see `_years_from`); "the next (following, past) five
# years through 2013" too: the last year fixes the term whatever the word counts it from (dev126)
_YEARS_THROUGH = re.compile(
    rf"(?:\b(?P<det>the|an?|for|over)\s+(?:{_TERM_FROM}\s+)?"
    rf"|(?<![\w.,$-]))(?P<n>{_NUM})(?:\s+years"
    r"|-year\s+(?:period|term|span|deal|agreement|pact|plan))"
    rf"\s+(?:through|to|until|till|ending\s+in)\s+(?P<last>{_YEAR})\b(?![\w%]|\s*[-–]\s*\d)", re.IGNORECASE)
# "Q3 2019", "Q1 of 2020", "2019 Q4": a quarter named by its code
_QUARTER_CODE = re.compile(
    rf"(?<![\w-])(?:Q(?P<q>[1-4])\s*(?:of\s+)?(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4]))\b")
# "in Q1", "by Q4": a quarter's code with no year after a preposition (xd59); not "Q1 2022" (:data:`_QUARTER_CODE`),
# "Q1-Q3", "in Q3 of 2020" or "of next year" (its year not read here), nor a model's name ("the Audi Q4": no
# preposition right before it)
_BARE_QUARTER_CODE = re.compile(
    r"(?:(?<=\b(?:in|by)[ \t])|(?<=\bfor[ \t])|(?<=\bduring[ \t])|(?<=\bwithin[ \t]))Q(?P<bq>[1-4])\b"
    r"(?![ \t]{0,3}(?:of\b|\d)|[-–/])")
_T_QUARTER_CODE = Trigger(re.compile(r"Q[1-4]\b"), (("Q1", 0), ("Q2", 0), ("Q3", 0), ("Q4", 0)))
# "the week of Nov. 18": the Monday-Sunday week that holds the day
# ("the week beginning (starting, ending) Nov. 18": the seven days from (to) the day, as the week's own words give it;
# dates55)
_WEEK_OF_DAY = re.compile(
    r"\b(?i:the)[ \t]{1,3}(?i:week)[ \t]{1,3}(?:of|(?P<wk>(?i:beginning|starting|commencing|ending))(?:[ \t]{1,3}on)?)"
    rf"[ \t]{{1,3}}{_MON}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–]\d)(?:{_YEAR_OR_REL})?")
# "the first week of April", "the last week of last month", "the last day of 2019"
_WEEK_OF_MONTH = re.compile(
    rf"\b(?=[FLSTflstſ])(?:(?i:the)\s+|)(?P<ord>(?i:first|second|third|fourth|final|last))\s+(?P<part>(?i:week|day))\s+(?i:of)\s+"
    rf"(?:{_MON}{_NO_DAY}(?:{_YEAR_OR_REL})?|(?i:the|(?P<which>this|next|last))\s+(?P<unit>(?i:month|year))\b"
    rf"|(?P<y>{_YEAR})\b(?![\w%-]))")
# "the first two months of this year", "the last three months of 2019"
_EDGE_MONTHS = re.compile(
    rf"\b(?=[flt])(?:the\s+|)(?P<edge>first|last|final)\s+(?P<n>{_NUM})\s+months\s+of\s+{_OF_A_YEAR}", re.IGNORECASE)
# "8-10 March", "from 8 to 10 March 2021", "between 17 and 18 December": days of one month written day first
_DAY_FIRST_SPAN = re.compile(
    r"(?:\b(?P<from>(?i:from|between|on))\s+)?(?<![\w$.,/-])(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:[ \t]*[-–~～][ \t]*|\s+(?P<sep>(?i:to|through|until|till|and))\s+)"
    rf"(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:{_YEAR_OR_REL})?")
# "the 8th of March", "on the 25th of June 2019": a day of a named month written as an ordinal ("the 4th of July"
# is the holiday's name, read by no rule here)
_ORDINAL_OF_MONTH = re.compile(
    r"(?:\b(?i:on)\s+)?\b(?i:the)\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?i:of)\s+(?!(?<=\s4th of )July\b)"
    rf"{_MON}(?:{_YEAR_OR_REL})?")
_T_DAY_OF_MONTH = _narrowed(_T_MONTH, None, r"\d(?:st|nd|rd|th)\s+of")
# the count and direction that open "two days after the vote", "three weeks before the launch of the ... administration"
_COUNT_BEFORE_AFTER = (rf"\b(?<![\d.,]){_NUM_FIRST}(?P<n>(?i:{_NUM}))\s+(?P<unit>(?i:days?|weeks?|months?|years?))"
                       r"\s+(?P<dir>(?i:after|before|ahead\s+of))")
# "six weeks after the previous five-year accord expired", "a month after the expiration of the agreement": a count
# from the end of a cost-sharing agreement's term (data/sma_contributions.csv), read by `_from_expiry`
_DEAL = (r"(?:(?i:previous|last|old|existing|former|prior|current|present)\s+)?"
         r"(?:(?:[a-z]{3,6}-year|\d{1,2}(?:st|nd|rd|th)|tenth|ninth|eleventh|twelfth)\s+)?"
         r"(?:(?:(?i:defen[cs]e)\s+)?cost-sharing\s+|SMA\s+)?(?:accord|agreement|deal|pact|SMA)")
_DEAL_WORD = re.compile(rf"\b{_DEAL}\b")  # a cost-sharing deal's noun ("the deal", "a pact": dfix51)
_COUNT_FROM_EXPIRY = re.compile(
    rf"{_COUNT_BEFORE_AFTER}\s+(?:(?i:the)\s+(?:expir(?:ation|y)|lapse)\s+of\s+(?i:the)\s+{_DEAL}\b"
    rf"|(?i:the)\s+{_DEAL}\s+(?P<verb>expired|lapsed|expires|lapses|ran\s+out|runs\s+out)\b)")
_T_EXPIRY = Trigger(re.compile(r"expir(?:ed|es|ation|y)\b|laps(?:ed|es|e)\b|(?:ran|runs)\s+out\b"),
                    (("expir", 0), ("laps", 0), ("ran", 0), ("runs", 0)))
# the bound word that may open "by year-end", "until end-March": the day itself (a bound is the date it names)
_BY_BOUND = r"(?:\b(?P<mod>(?i:by|until|till|through|before))\s+)?"
# Narrowed triggers of patterns that seldom match: each keeps the hits a match can cover, read by the words the
# pattern holds at or right before its hit (see _Narrowed), so most hits cost no window searched.
_MONTH_NAME = rf"(?:{_FULL_MONTHS}|{_ABBR_MONTHS})"
_OF_OR_MONTH = "|".join(["of", "the", *calendar.month_name[1:], *_ABBR_MONTHS.split("|"),
                         *(rf"{a}\." for a in _ABBR_MONTHS.split("|"))])  # "of", "the", "March", "Jan", "Jan."
_T_WEEK_OF = _either(  # "the first week of ...", or the year after it ("... of this year", "... of March next year")
    _narrowed(_T_DAY_UNIT, r"(?:week|day)\s+of\s", "first|second|third|fourth|final|last"),
    _narrowed(_T_DAY_UNIT, r"(?:month|year)\b", ("the|this|next|last|following|previous|same|that",
                                                  _OF_OR_MONTH)),
)
_T_EDGE_MONTHS = _either(  # "the first two months of this year": hit at "month" or at the year after it
    _narrowed(_T_UNIT, r"months\s+of\s"), _narrowed(_T_UNIT, r"year\b", ("the|this|next|last", "of"))
)
_T_TOLD_PERIOD = _either(  # "that four-year period", and the year its lookahead reads after it ("a year earlier")
    _narrowed(_T_DAY_UNIT, r"(?<=-)(?:year|month)\s+(?:period|span|stretch)\b"),
    _narrowed(_T_DAY_UNIT, r"year\b", ("a|one|last|previous|prior", "period|span|stretch|of|the")),
)
_T_COUNTED_NOUN = _narrowed(_T_EVENT_NOUN, None, r"the|['’]s|(?-i:[A-Z][\w.-]{0,30})", reach=32)  # "the summit"
_T_MONTH_EVENT = _narrowed(_T_MONTH, rf"{_MONTH_NAME}\.?[ \t]+(?:[a-z]{{1,20}}[ \t]+)?(?:{_EVENT_WORDS})[ \t]")
_T_THAT_WEEKDAY = _narrowed(_T_WEEKDAY, None, "that")  # "on that Friday"
_T_SEASON_BESIDE = _narrowed(_T_SEASON, None, "that|following|next|previous|preceding")  # "the following spring"
_T_WEEKDAY_BESIDE = _either(  # "the following Monday", "the Monday after"
    _narrowed(_T_WEEKDAY, None, "following|next|previous|preceding"),
    _narrowed(_T_WEEKDAY, rf"(?:{_WEEKDAY_ALT})[ \t]{{1,3}}(?:after|before)\b", "the"),
)
_T_MONTH_DASH = _narrowed(_T_MONTH, rf"{_MONTH_NAME}\.?[-–]|(?<=[-–])")  # "April-June"
_T_MONTHS_TO = _either(  # "the 12 months to September", "the year ending in March"
    _narrowed(_T_MONTH, None, "to|through|ending|ended"), _narrowed(_T_MONTH, None, ("in", "ending|ended"))
)
_T_YEAR_IN_MONTH = _either(  # "last year in June", "next year in mid-March"
    _narrowed(_T_MONTH, None, ("in|early|late|mid", "year|in")), _narrowed(_T_MONTH, r"(?<=-)")
)
_T_MONTH_BESIDE = _narrowed(_T_MONTH, None, "that|following|next|previous|preceding")  # "the following May"
_T_MONTH_AS = _narrowed(  # "June is the target": a bare month and the verb after it
    _T_MONTH, rf"{_MONTH_NAME}\.?[ \t]+(?:as|is|was|not|isn't|wasn't|remains|became|becomes)[ \t]"
)
_PLACE = r"(?:office|power|the\s+White\s+House)"  # what a holder takes or returns to
_T_OFFICE_TAKEN = Trigger(  # "took office", "returned to the White House", "was inaugurated", "sworn in"
    re.compile(r"(?:took|takes|came|comes|assum|enter|return)\w{0,4}\s+(?:into\s+|to\s+)?(?:office|power|the\s+White)\b"
               r"|inaugurat(?:ed|ion)\b|sworn\s+in\b|swearing-in\b|(?:administration|government|presidency|term"
               r"|tenure)\b"),
    tuple((w, 0) for w in ("took", "takes", "came", "comes", "assum", "enter", "return", "inaugurat", "sworn",
                           "swearing", "administration", "government", "presidency", "term", "tenure")),
)
# "before he has to vacate the White House", "until Trump leaves office", "after Biden left office": the last day of a
# holder's term after a word of time, read by `_office_left`
_OFFICE_LEFT = re.compile(
    rf"\b(?P<dir>(?i:before|until|till|after|when|by|once))\s+(?:(?i:he|she)|(?:(?i:the|former|then)\s+){{0,2}}"
    rf"(?:{_NAME_WORD}\s+){{0,3}}{_CAP})\s+(?:(?P<ahead>(?:(?:has|have)\s+to|must|is\s+set\s+to|is\s+due\s+to|will)\s+"
    r"(?:vacate|leave)|vacates|leaves)|(?P<gone>left|vacated))\s+(?:office|the\s+presidency|power"
    r"|(?<=vacate\s)the\s+White\s+House|(?<=vacates\s)the\s+White\s+House|(?<=vacated\s)the\s+White\s+House)\b")
_T_OFFICE_LEFT = Trigger(re.compile(r"(?:vacat|leav|left)\w{0,3}\s+(?:office|the\s+White|the\s+presidency|power)\b"),
                         (("vacat", 0), ("leav", 0), ("left", 0)))
_OFFICE_TAKEN = re.compile(  # a change of office after a word of time: see _office_taken
    rf"\b(?:(?P<mod>(?i:since))|(?P<dir>(?i:after|before|until|till|following|ahead\s+of|when)))\s+(?:"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}{_CAP}(?:'s|’s))\s+(?:(?:(?P<ord3>first|second|third)\s+)?"
    r"(?P<own>inauguration|swearing-in)"  # "after his second inauguration": that term's first day (dates54b)
    rf"|return\s+to\s+{_PLACE})"
    rf"|(?i:the)\s+inauguration\s+of\s+(?:{_NAME_WORD}\s+){{0,2}}{_CAP}"
    rf"|(?i:the)\s+(?:launch|start|beginning|outset|inauguration)\s+of\s+the\s+(?:(?P<ord>first|second|third)\s+)?"
    rf"(?:{_CAP}\s+){{1,3}}(?:administration|government|presidency)"
    # "since the launch of Trump's second term", "the start of his presidency": the term's first day (date57)
    rf"|(?i:the)\s+(?:launch|start|beginning|outset|inauguration)\s+of\s+(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}"
    rf"{_CAP}(?:'s|’s))\s+(?:(?P<ord2>first|second|third)\s+)?(?:term|presidency|tenure|administration|government)"
    r"(?![-'’]|\s+as\b)"  # not "his term as minister" (another office), "Trump's term-limited presidency"
    rf"|(?:(?i:he|she)|(?:(?i:the|former|then)\s+){{0,2}}(?:{_NAME_WORD}\s+){{0,3}}{_CAP}"
    rf"(?:\s+(?i:administration|government))?)\s+(?:(?:took|came\s+into|assumed|entered|returned\s+to)\s+{_PLACE}"
    rf"|(?:was|were)\s+(?:inaugurated|sworn[ \t]+in)|(?P<now>(?:takes|comes\s+into|assumes|enters|returns\s+to)"
    rf"\s+{_PLACE}|(?:is|are)\s+(?:inaugurated|sworn[ \t]+in))))\b"
)
_T_ELECTED = Trigger(re.compile(r"elect(?:ed|ion)\b|presidency\b"), (("elect", 0), ("presidency", 0)))
_ELECTED = re.compile(  # a US president's election after a word of time: see _elected
    rf"\b(?:(?P<mod>(?i:since))|(?P<dir>(?i:after|before|until|till|following|when)))\s+(?:"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}\s+){{0,2}}{_CAP}(?:'s|’s))\s+(?i:re-?)?election"
    rf"(?:\s+(?:victory|win)|(?![ \t]+(?:as|to|in)\b))"
    rf"|(?:(?i:he|she)|(?:{_NAME_WORD}\s+){{0,3}}{_CAP})\s+(?:was\s+(?:re-?)?elected"
    rf"|won\s+(?:the\s+(?:presidential\s+)?election|re-?election|the\s+presidency)))\b"
)
_T_MONTH_FROM_TO = _narrowed(_T_MONTH, None, "from|between|to|through|until|till|and")  # "from January to March"
_T_YEAR_END_WORD = _narrowed(_T_YEAR, r"\d{4}-end|(?<=end-)")  # "2019-end", "end-2019"
_T_MONTH_VOTE = _narrowed(_T_MONTH, None, "the")  # "the November election"
_TERM_NOUN = "years|period|term|span|deal|agreement|pact|plan"  # "five years", "a five-year deal": what a term counts
_T_YEARS_FROM = _either(  # "for five years from 2020", "a five-year deal starting in 2021"
    _narrowed(_T_YEAR, None, ("from|starting|beginning", _TERM_NOUN)),
    _narrowed(_T_YEAR, None, ("in", "starting|beginning")),
)
_T_YEARS_STARTING = _either(  # "five years starting in 2026", "five years beginning from 2026"
    _narrowed(_T_YEAR, None, ("in|from", "starting|beginning")),
    _narrowed(_T_YEAR, None, ("starting|beginning", "years")),
)
# "(covers) five years starting in 2026": a term counted from a start year with no word before the count (README: the
# whole term); "for"/"over"/"a" before it is the row of "for five years from 2026"
_YEARS_STARTING = re.compile(
    rf"\b(?<![\d.,-])(?P<n>{_NUM})\s+years\s+(?:starting|beginning)(?:\s+(?:in|from))?\s+(?P<y>{_YEAR})\b"
    r"(?![\w%]|\s*(?:to|through|until|-|–)\s*\d)", re.IGNORECASE)
_T_US_ELECTION = _narrowed(_T_YEAR, None, "the|" + _US_WORDS)  # "the 2020 U.S. election"
_T_YEARS_TO = _either(  # "the six years through 2025", "a five-year plan ending in 2024"
    _narrowed(_T_YEAR, None, ("through|to|until|till", _TERM_NOUN)), _narrowed(_T_YEAR, None, ("in", "ending"))
)
#: The first rows of ``_PATTERNS``, in its order: spans of days, of weeks and months, then terms of office.
_DAY_OF_NAMED_MONTH = re.compile(
    r"\b(?:on\s+)?the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:of\s+)?(?P<which>this|next|last)\s+month\b",
    re.IGNORECASE,
)
_COUNT_FROM_LAUNCH = re.compile(
    rf"{_COUNT_BEFORE_AFTER}\s+the\s+(?i:launch|start|beginning|inauguration|birth)\s+of\s+the\s+"
    rf"(?:{_CAP}\s+){{1,3}}(?P<adm>administration|government|presidency)\b"
)
_COUNT_FROM_OFFICE = re.compile(
    rf"{_COUNT_BEFORE_AFTER}(?=[ \t]{{1,3}}(?:[\w’'.-]{{1,30}}[ \t]{{1,3}}){{0,4}}(?:{_CAP}|he|she)"
    r"[ \t]{1,3}(?P<adm>took|assumed)[ \t]{1,3}office\b)"
)
# "78 days since the launch of Trump's second term", "100 days since the start of his term": a count from the first
# day of a holder's term, read by `_count_since_term` (date57)
_COUNT_SINCE_TERM = re.compile(
    rf"\b(?<![\d.,])(?<![Tt]he[ \t]){_NUM_FIRST}(?P<n>(?i:{_NUM}))[ \t]{{1,3}}"
    r"(?P<unit>(?i:days?|weeks?|months?|years?))[ \t]{1,3}(?i:since)[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?i:launch|start|beginning|outset|inauguration)[ \t]{1,3}of[ \t]{1,3}"
    rf"(?:(?i:his|her)|(?:{_NAME_WORD}[ \t]{{1,3}}){{0,2}}{_CAP}(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3})?(?:term|presidency|tenure)\b(?![-'’]|[ \t]{1,3}as\b)"
)
_YEAR_SPAN = re.compile(
    rf"\bfrom\s+(?:(?P<r1>last|this|next)\s+year|(?P<y1>{_YEAR}))\s+(?:to|through|until)\s+"
    rf"(?:(?P<r2>this|next)\s+year|(?P<y2>{_YEAR}))\b",
    re.IGNORECASE,
)
# "from 2014 to 2018", "between 2019 and 2020", "2019-20", "in 2025-2026", "in 2021 through 2025": two years and
# the ones between, read by :func:`_range` ("in"/"during" before a worded pair: the year alone's "in 2021" would
# start before the pair)
_YEAR_TO_YEAR = re.compile(
    rf"(?:\b(?P<from>(?i:from|between))\s+|\b(?i:in|over|during|for|throughout)[ \t]{{1,3}}(?=\d{{4}}[-–])"
    rf"|\b(?i:in|during)[ \t]{{1,3}}(?=\d{{4}}[ \t]{{1,3}}(?i:to|through|until)[ \t]{{1,3}}\d{{4}}))?"
    rf"(?<![\w$.,/-])(?P<y1>{_YEAR})\s*(?P<sep>(?i:to|through|until|and)|-|–|—|~)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%])"
)
_TO_MONTH = re.compile(
    rf"\b(?P<mod>(?i:to))\s+{_MON_I}(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:]))(?:{_YEAR_OR_REL})?", re.IGNORECASE
)
_SINCE_OFFICE = re.compile(
    rf"\b(?P<mod>(?i:since))\s+(?:(?:(?:(?i:he|she)\s+|(?:{_CAP}\s+){{1,3}})(?:took|came\s+into|assumed|entered"
    r"|returned\s+to)|taking|assuming|entering|coming\s+into|returning\s+to|(?i:his|her)\s+return\s+to)"
    r"\s+(?:office|power|the\s+White\s+House)|(?i:his|her)\s+(?:inauguration|swearing-in"
    r"|(?P<elected>election)(?![ \t]+(?:as|to|in)\b)))\b"
)
_SAME_DAY = re.compile(
    r"\b(?P<pre>earlier|later|early|late)\s+(?:in\s+)?(?:the|that)\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE
)
_SPANS_AND_TERMS = (
    (_DAY_SPAN, _day_span, _T_MONTH_DAY, 14, 60), (_DAY_FIRST_SPAN, _day_span, _T_DAY_MONTH, 32, 30),
    (_ORDINAL_OF_MONTH, _full, _T_DAY_OF_MONTH, 20, 30), (_MONTH_SPAN, _month_span, _T_MONTH_FROM_TO, 40, 48),
    (_WEEK_OF_MONTH, _week_of_month, _T_WEEK_OF, 24, 40), (_EDGE_MONTHS, _edge_months, _T_EDGE_MONTHS, 32, 24),
    (_TERM_OF_OFFICE, _term, _T_TERM, 120, 2), (_TERM_OF_NAMED, _term, _T_TERM, 48, 104),
    (_UNDER_PRESIDENT, _term, _opening(r"President\b", "President"), 40, 72),
    (_SERVED_TERM, _served_term, _T_SERVED, 40, 4),
    (_ADMIN_TERM, _term, _T_ADMIN, 120, 2), (_ERA_TERM, _term, _T_ERA, 120, 2),
    (_ADMIN_OF_OFFICE, _admin_term, _T_ADMIN, 120, 2),
)
# "since last year's presidential election", "after this year's midterm elections": the vote of a year told by its
# word, counted from; not one the next words name ("campaign", "results", as for `_at_election`). Not "before next
# year's presidential election": the dev JoongAng 2019-10-01 file reads its "next year" as the year (2020)
_YEAR_ELECTION = re.compile(
    rf"\b(?P<mod>(?i:after|since|following))[ \t]{{1,3}}(?P<rel>(?i:last|this|next))"
    rf"[ \t]{{1,3}}year['’]s[ \t]{{1,3}}(?P<us>{_US}[ \t]{{1,3}})?(?P<kind>(?i:presidential|midterm))[ \t]{{1,3}}"
    r"(?i:elections?)\b(?![ \t]+(?i:campaigns?|cycles?|seasons?|years?|races?|results?|commissions?|laws?|outcomes?"
    r"|of|in)\b)"
)
# "in two weeks", "within a fortnight", "in less than three days": see :func:`_in_count`
_IN_COUNT = re.compile(
    rf"\b(?P<prep>in|within)\s+(?:(?P<less>less\s+than|fewer\s+than|under)\s+|{_HEDGE}\s+)?(?:(?P<n0>{_NUM})(?:\s+(?:or|to)"
    rf"\s+|\s*[-–]\s*))?(?P<n>{_NUM})(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
    r"(?!\s+(?:of|ago)\b|-)", re.IGNORECASE)
_T_FORTNIGHT = _opening(r"fortnight", "fortnight")
# "two days later", "a year earlier", "a fortnight later", "three weeks after", "six months to the day after" (the
# count's own words, not "the day after"): see :func:`_counted`
_COUNTED = re.compile(
    rf"\b(?<![\d.,])(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)(?:\s+to\s+the\s+day(?=\s+(?:after|before)\b))?"
    r"\s+(?P<dir>later|earlier|afterwards?"
    r"|after|before|ahead\s+of|previously|prior(?:\s+to)?|on(?=\s*[,.;]))\b", re.IGNORECASE)
# "On the eve of his visit", "the eve of the talks": the day before the date told before it; not before a date or a
# name ("the eve of the Nov. 20 vote", "the eve of Christmas"), nor "the eve of the talks on Tuesday" (dfix38)
_EVE_OF = re.compile(r"(?:\b(?i:on)[ \t]{1,3})?\b(?i:the)[ \t]{1,3}eve[ \t]{1,3}of[ \t]{1,3}(?:his|her|its|their|the)"
                     r"[ \t]{1,3}[a-z][a-z-]{1,24}\b(?!['’]|[ \t]{1,3}(?:on|in|of|at)\b)")
# "Hours later", "Forty-eight hours later", "a few minutes earlier": a count of hours (minutes) from the date told
# before it (dfix38)
_HOURS_COUNTED = re.compile(
    rf"\b(?:(?:(?P<few>a[ \t]{{1,3}}few|several|a[ \t]{{1,3}}couple[ \t]{{1,3}}of)|(?<![\d.,])(?P<n>{_NUM}))"
    r"[ \t]{1,3})?"
    rf"(?P<unit>hours|minutes)[ \t]{{1,3}}(?P<dir>later|earlier)\b"
    rf"(?![ \t]{{1,3}}(?:{_WEEKDAY_ALT})\b)", re.IGNORECASE)  # not "two hours later Tuesday": the weekday's "later"
_T_HOURS = Trigger(re.compile(r"[Hh]ours|[Mm]inutes"), (("ours", 1), ("inutes", 1)))
# "by the new year", "in the new year" as a time (README, lead decisions on date59's questions), "the first (last) of
# the new year" (a round, a meeting: the year's first, dfix44); not "the new year's
# budget", "the new year holiday", nor the capitalised holiday ("New Year's Day", "the Lunar New Year")
_NEW_YEAR = re.compile(r"(?:\b(?P<by>(?i:by|before|until|till|ahead[ \t]+of))[ \t]+"
                       r"|\b(?P<part>(?i:early|late))[ \t]+in[ \t]+|(?<=\b[Ii]n[ \t])|(?<=\binto[ \t])"
                       r"|(?<=\bafter[ \t])|(?<=\bfirst[ \t]of[ \t])|(?<=\blast[ \t]of[ \t]))"
                       r"(?:the[ \t]+new[ \t]+year|(?:[Tt]he[ \t]+)?New[ \t]+Year)\b(?!['’]|[ \t]+"
                       r"(?i:holidays?|budget|address|speech|message|resolutions?|celebrations?|party|parties|break|eve"
                       r"|day)\b)")
_T_NEW_YEAR = Trigger(re.compile(r"[Nn]ew [Yy]ear"), (("ew year", 1), ("ew Year", 1)))
# "overnight" as a time ("fired missiles overnight", "Overnight, ..."): not a name ("Overnight Express"), an adjective
# ("an overnight stay"), nor a night a weekday or day word after it dates ("overnight Tuesday", "overnight into Friday")
_OVERNIGHT = re.compile(r"\b(?:Overnight(?=,)|overnight)\b(?![ \t]+(?:on[ \t]+|into[ \t]+|)(?:[A-Z][a-z]+day|today"
                        r"|tomorrow|yesterday|stays?|flights?|trips?|visits?|talks|session|train|bus|shift)\b)")
_T_OVERNIGHT = Trigger(re.compile(r"[Oo]vernight"), (("vernight", 1),))
# --- days and times named by words (dates53): a US day fixed by law, a season's edge ------------------------------
# "on Inauguration Day", "before Election Day", "after Inauguration Day 2021": a US day told by its name, the
# inauguration (20 January of the year after a presidential election: the 20th Amendment; data/sources.csv
# pbs-clinton-42) and the federal election day of an even year (2 U.S.C. § 7, `_us_election_day`); not a name a
# capital or a possessive continues ("Election Day Act", "Election Day's turnout")
_US_DAY = re.compile(
    r"\b(?P<prep>(?i:on|by|before|after|since|until|till|around|following|ahead[ \t]+of))[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>Inauguration|Election)[ \t]+Day\b(?:[ \t]+(?P<year>{_YEAR})\b)?(?!['’]|[ \t]+[A-Z])")
_T_US_DAY = Trigger(re.compile(r"(?:Inauguration|Election)[ \t]+Day"), (("Inauguration", 0), ("Election", 0)))
# words that make an "Election Day" South Korea's vote (dated by the text, or left alone): not "Seoul" or "Korea"
# alone, the subject of most sentences of the talks ("Seoul wants a deal before Election Day": the US vote)
_KOREAN_VOTE = re.compile(r"\b(?:(?:general|parliamentary|legislative|local|National[ \t]+Assembly)[ \t]+elections?"
                          r"|Korean[ \t]+(?:voters|elections?)|Korea['’]s[ \t]+(?:presidential[ \t]+)?elections?)\b")


@cache
def _president_words(role: str) -> frozenset[str]:
    """Return the words that name a holder of ``role`` on their own (:func:`_holder_words`), from data/entities.csv.

    >>> rok, us = _president_words("President of South Korea"), _president_words("President of the United States")
    >>> "Moon" in rok, "Moon" in us, "Trump" in us
    (True, False, True)
    """
    from analysis.extract.entities import load_gazetteer

    people = load_gazetteer().entities
    return frozenset(w for pid, words in _holder_words().items() if people[pid].role == role for w in words)


@cache
def _rok_days(kind: str) -> tuple[dt.date, ...]:
    """Return South Korea's days ``kind`` ("election": its presidential votes; "inauguration": its presidents' taking
    of office, the ``inauguration`` rows of data/events.csv with actor ``rok-government``), in order.

    >>> _rok_days("inauguration")[-2:]
    (datetime.date(2022, 5, 10), datetime.date(2025, 6, 4))
    """
    if kind == "election":
        return _rok_presidential_votes()
    return tuple(sorted(dt.date.fromisoformat(r["start"]) for r in check_table("events").dicts()
                        if r["kind"] == "inauguration" and "rok-government" in r["actors"].split(";")))


_US_WORD = re.compile(rf"\b(?:{_US_WORDS})(?![\w'’])")  # a US word in a sentence ("U.S.", "American")
# an act of a vote or a taking of office between a president's name and "on Election (Inauguration) Day"
_OFFICE_ACT = re.compile(r"\b(?:won|wins|win|elected|sworn|inaugurated|took[ \t]{1,3}(?:office|power|the[ \t]{1,3}oath)"
                         r"|takes[ \t]{1,3}office|take[ \t]{1,3}office|assumed[ \t]{1,3}office|presidency|victory)\b")


def _korean_us_day(m: re.Match[str], pub: dt.date, past: bool) -> Range | bool | None:
    """Return South Korea's day for "on Election Day", "on Inauguration Day" when the words are about its vote or its
    president (dates53's mend): its sentence's subject is a South Korean president who wins or takes office and the
    sentence names no US president, or, in a past clause, its
    sentence names no US president nor a US word and South Korea's presidential day of that kind lies at most
    ``win.ROK_DAY_RECENT`` days before publication, or its paragraph names a South Korean president and no US one.
    Its day is that recent day in a past clause, else none (None); False when the words are the US day's.

    >>> t = "Moon Jae-in won the presidency on Election Day."
    >>> _korean_us_day(_US_DAY.search(t), dt.date(2017, 5, 15), True)
    Range(lo=datetime.date(2017, 5, 9), hi=datetime.date(2017, 5, 9), form='relative')
    >>> _korean_us_day(_US_DAY.search("Trump won on Election Day."), dt.date(2017, 5, 15), True)
    False
    """
    kind, text = m["name"].lower(), m.string
    rok, us = _president_words("President of South Korea"), _president_words("President of the United States")
    span = _sentence_span(text, m.start(), m.end())
    words, subject = set(_CAP_WORD.findall(text, *span)), set(_CAP_WORD.findall(text, span.start, m.start()))
    recent = [d for d in _rok_days(kind) if 0 <= (pub - d).days <= win.ROK_DAY_RECENT]
    day = Range(recent[-1], recent[-1], "relative") if recent and past else None
    if subject & rok and not words & us and _OFFICE_ACT.search(text, span.start, m.start()):
        return day
    if not past or words & us or _US_WORD.search(text, *span):
        return False
    if day is not None:
        return day
    line = text.rfind("\n", 0, m.start()) + 1
    close = text.find("\n", m.end())
    para = set(_CAP_WORD.findall(text, line, len(text) if close < 0 else close))
    return None if para & rok and not para & us else False


@cache  # a past clause's "before Election Day" asks it again at each read of its stretch (speed51); read only
def _us_days(kind: str, first: int, last: int) -> list[dt.date]:
    """Return the US days ``kind`` ("inauguration", "election") of the years ``first`` to ``last``, in order.

    >>> _us_days("inauguration", 2016, 2022), _us_days("election", 2019, 2022)[0]
    ([datetime.date(2017, 1, 20), datetime.date(2021, 1, 20)], datetime.date(2020, 11, 3))
    """
    if kind == "inauguration":
        return [dt.date(y, 1, 20) for y in range(first, last + 1) if y % 4 == 1]
    return [_us_election_day(y) for y in range(first, last + 1) if y % 2 == 0]


def _us_day_from(kind: str, back: bool, lo: dt.date, hi: dt.date) -> Period:
    """Return the US day ``kind`` on or after ``lo`` (a plan, a narrative's next step), or with ``back`` the latest on
    or before ``hi`` (a past act), as a holiday with no year is read.

    >>> d = dt.date(2024, 12, 10)
    >>> _us_day_from("inauguration", False, d, d).lo, _us_day_from("election", True, d, d).lo
    (datetime.date(2025, 1, 20), datetime.date(2024, 11, 5))
    """
    if back:
        day = [x for x in _us_days(kind, hi.year - 4, hi.year) if x <= hi][-1]
    else:
        day = next(x for x in _us_days(kind, lo.year, lo.year + 4) if x >= lo)
    return Period(day, day)


def _us_day_by(kind: str, back: bool, pub: dt.date, lo: dt.date, hi: dt.date) -> Period:
    """Return :func:`_us_day_from` for a past clause counted from the date ``lo``..``hi`` before it, none after
    publication ``pub``: a day still ahead of it is no past act's, which the latest on or before ``pub`` is.

    >>> _us_day_by("election", False, dt.date(2025, 7, 1), dt.date(2025, 6, 3), dt.date(2025, 6, 3)).lo
    datetime.date(2024, 11, 5)
    """
    day = _us_day_from(kind, back, lo, hi)
    return day if day.lo <= pub else _us_day_told(kind, False, pub)


def _us_day_told(kind: str, ahead: bool, pub: dt.date) -> Period:
    """Return the US day ``kind`` told with no year from ``pub``: the first on or after it (``ahead``), else the latest
    on or before it.

    >>> _us_day_told("inauguration", False, dt.date(2024, 12, 10)).lo
    datetime.date(2021, 1, 20)
    """
    return _us_day_from(kind, not ahead, pub, pub)


# "at the end of the summer", "by the end of last winter", "since the start of spring 2021": a season's edge; not a
# season a noun or "of"/"in" continues ("the end of the summer session", "the end of the fall in prices", "the end of
# the summer meeting": an event's end, dates53's mend)
_SEASON_EDGE = re.compile(
    r"\b(?P<prep>at|by|before|until|till|through|after|since|from|toward|towards|around|near|in)[ \t]+the[ \t]+"
    r"(?P<pos>end|start|beginning|close)[ \t]+of[ \t]+(?:(?P<which>this[ \t]+past|this|last|next)[ \t]+|the[ \t]+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:[ \t]+of[ \t]+(?P<year>{_YEAR})\b|[ \t]+(?P<year2>{_YEAR})\b)?"
    r"(?!['’-]|[ \t]+(?:of|in|semesters?|sessions?|term|breaks?|vacation|holidays?|recess|olympics|games|camps?"
    r"|drills?|exercises?|training|offensive|season|meetings?|talks|summits?|conferences?)\b)", re.IGNORECASE)
_SEASON_AT = frozenset({"at", "around", "toward", "towards", "near", "in"})  # the edge as a time: a month of it


def _season_edge(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return a season's edge: as the time a thing happened or happens ("at the end of the summer") its last (first)
    month, as "late (early) summer" is and as "at the end of the month" is its last third (README); as a deadline
    or a start ("by the end of summer", "since the beginning of spring") its last (first) day, as "by the end of the
    month" is. The season is the written one ("last winter", "spring 2021"), else by its clause's tense: a past
    clause, the latest whose edge has come by publication; any other, the first whose edge is still to come.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks stalled at the end of the summer.", dt.date(2020, 7, 10))
    [('at the end of the summer', '2019-08-01', '2019-08-31')]
    >>> ranges("Seoul wants a deal by the end of summer, and met at the start of last winter.", dt.date(2020, 3, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('by the end of summer', '2020-08-31', '2020-08-31'), ('at the start of last winter', '2019-12-01', '2019-12-31')]
    """
    first = _SEASONS[m["season"].lower()]
    pos = "end" if m["pos"].lower() in {"end", "close"} else "start"
    year = m["year"] or m["year2"]
    if year or m["which"]:
        lo, hi, form = _season_of(m.groupdict() | {"rel": None, "year3": None}, first, pub, False)  # type: ignore[arg-type]
    else:
        past = clause_tense(m.string, m.start(), m.end()) == "past" and not future
        seasons = [_months(y, first, 3) for y in range(pub.year - 2, pub.year + 2)]
        edge = (lambda p: p.hi) if pos == "end" else (lambda p: p.lo)
        lo, hi = [p for p in seasons if edge(p) <= pub][-1] if past else next(p for p in seasons if edge(p) >= pub)
        form = "relative"
    if m["prep"].lower() in _SEASON_AT:
        day = hi if pos == "end" else lo
        return Range(*_month_range(day.year, day.month), form)
    return Range(*_pos_in(lo, hi, pos), form)


# a holder's term named in words the term patterns above do not take, read by `_term` as "during his first term" is
# (README, a presidential term named by its holder; dates53): "during his presidential (four-year, single) term",
# "in her time as president", "during his first stint in the White House" (a stint only of an office so named); not
# a term as, in or at another office ("his four-year term as governor", "her term in the Senate": dates53's mend)
_TERM_WORDED = re.compile(
    r"\b(?P<prep>(?i:during|in|over|throughout|under))[ \t]{1,3}(?:(?i:his|her)|(?P<my>(?i:my))"
    rf"|(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}{_CAP})(?:'s|’s))[ \t]{{1,3}}"
    r"(?:(?P<ord>first|second|third)[ \t]{1,3})?"
    r"(?:(?:presidential|four-year|five-year|single|lone|only|one)[ \t]{1,3}(?=term\b)"
    r"|(?=time[ \t]{1,3}as[ \t]{1,3}(?i:president|leader)\b)"
    r"|(?=stint[ \t]{1,3}(?:in[ \t]{1,3}(?:office|the[ \t]{1,3}White[ \t]House)|as[ \t]{1,3}(?i:president))\b))"
    r"(?P<noun>term|time|stint)\b(?:[ \t]{1,3}(?:in[ \t]{1,3}(?:office|the[ \t]{1,3}White[ \t]House)"
    r"|as[ \t]{1,3}(?i:president|leader))\b"
    r"|(?![ \t]{1,3}(?:as\b|(?:in|at)[ \t]{1,3}(?:the[ \t]{1,3})?[A-Z])))(?![-'’])(?P<adj>)(?P<its>)")
_T_TERM_WORDED = Trigger(re.compile(r"term\b|time[ \t]as\b|stint\b"), (("term", 0), ("time", 0), ("stint", 0)))
# an administration named by its holder that `_ADMIN_TERM` does not take, read as it reads one (dates53): with a
# word of its politics ("under the liberal Moon Jae-in government"), as the "last" one ("during the last Trump
# administration": the previous), or as the time of an act in Korean copy's English ("at the time of the first Trump
# administration", 당시); not "the Trump administration's plan" (a possessive: a thing)
_ADMIN_MORE = re.compile(
    r"\b(?P<prep>(?i:during|under|throughout)|(?P<at>(?i:at))[ \t]{1,3}(?i:the[ \t]{1,3}time[ \t]{1,3}of))[ \t]{1,3}"
    r"(?i:the)[ \t]{1,3}(?:(?P<ord>first|second|third)[ \t]{1,3}"
    r"|(?P<adj>previous|prior|former|earlier|last)[ \t]{1,3})?"
    r"(?P<lean>(?:conservative|liberal|progressive|left-leaning|right-leaning|Democratic|Republican)[ \t]{1,3})?"
    r"(?(lean)|(?(at)|(?<=[Ll]ast[ \t])))"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}"
    r"(?P<noun>administration|government|presidency)\b(?!['’])(?P<my>)(?P<its>)")
# "during the Trump administration's first term": an ordinal term of the administration its holder names (dates53)
_ADMIN_ORD_TERM = re.compile(
    r"\b(?P<prep>(?i:during|in|under|throughout))[ \t]{1,3}(?i:the)[ \t]{1,3}"
    rf"(?P<owner>(?:{_NAME_WORD}[ \t]{{1,3}}){{0,3}}[A-Z][\w-]{{0,30}})[ \t]{{1,3}}(?:administration|government)['’]s"
    r"[ \t]{1,3}(?P<ord>first|second|third)[ \t]{1,3}(?P<noun>term)\b(?P<adj>)(?P<my>)(?P<its>)")



# "since the end of World War II", "after the end of the Korean War": the end of a war the alliance's story dates its
# troops from, told after a preposition as a time (dev militarycom 2021-03-23's item; dates53). Japan's surrender,
# announced on 15 August 1945 (Korea's and Japan's day; the 14th in US time) and signed on 2 September, and the Korean
# War armistice signed at Panmunjom on 27 July 1953: `_WAR_END_SOURCES`, rows of data/sources.csv. Not the war itself
# ("since the Korean War": the dev files list no item of it), nor "the end of the Cold War" (no one day)
_WAR_ENDS = {"world war ii": Period(dt.date(1945, 8, 15), dt.date(1945, 9, 2)),
             "korean war": Period(dt.date(1953, 7, 27), dt.date(1953, 7, 27))}
_WAR_END_SOURCES = {"world war ii": ("kdvr-2017-08-14-vj-day",), "korean war": ("retronewser-2023-07-26-armistice",)}
_WAR_END = re.compile(
    r"(?:(?<=[Ss]ince[ \t])|(?<=[Aa]fter[ \t])|(?<=[Bb]efore[ \t])|(?<=\b[Aa]t[ \t])|(?<=[Uu]ntil[ \t])"
    r"|(?<=[Ff]ollowing[ \t])|(?<=\b[Bb]y[ \t])|(?<=[Pp]rior[ \t]to[ \t])|(?<=[Ss]ince[ \t]{2}))"
    r"the[ \t]{1,3}end[ \t]{1,3}of[ \t]{1,3}(?:(?P<ww2>World[ \t]War[ \t](?:II|Two|2)|WWII|WW2|the[ \t]{1,3}Second[ \t]"
    r"World[ \t]War)|the[ \t]{1,3}(?:1950[-–](?:19)?53[ \t]{1,3})?(?P<korea>Korean[ \t]War))\b(?![-'’])")
_T_WAR = Trigger(re.compile(r"War\b|WWII\b|WW2\b"), (("War", 0), ("WWII", 0), ("WW2", 0)))


def _war_end(m: re.Match[str], pub: dt.date, future: bool) -> Range:
    """Return "the end of World War II" (after "since", "after", "before" ...): the days of `_WAR_ENDS`.

    >>> from analysis.extract.dates import ranges
    >>> ranges("US troops have been in Japan since the end of World War II.", dt.date(2021, 3, 23))
    [('the end of World War II', '1945-08-15', '1945-09-02')]
    >>> ranges("Troops stayed after the end of the 1950-53 Korean War.", dt.date(2021, 3, 23))
    [('the end of the 1950-53 Korean War', '1953-07-27', '1953-07-27')]
    """
    return Range(*_WAR_ENDS["world war ii" if m["ww2"] else "korean war"], "absolute")


# "in the election year", "this election year" told in a year with a national vote: publication's year, the one the
# news is in (dev koreatimesus 2020-10-30; dates53); every even year holds a US federal vote (`_us_election_day`), and
# an odd one may hold a South Korean presidential vote (`_rok_presidential_votes`). Not a year a phrase after it
# names ("the election year of 2020", "the election year when ...") or set beside it ("In 2016, the election year,"),
# nor "an election year" (any such year)
_ELECTION_YEAR = re.compile(r"(?<!\d,[ \t])\b(?:[Tt]his|[Tt]he)[ \t]{1,3}election[ \t]{1,3}year\b"
                            r"(?!['’-]|[ \t]{1,3}(?:of|when|in)\b)")
_T_ELECTION_YEAR = Trigger(re.compile(r"election[ \t]year"), (("election", 0),))


def _election_year(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the election year" as publication's year when that year holds a national vote, else None; after a
    vote or campaign named by its year in the sentence before, that year's (:func:`_year_campaign_before`).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Biden wrote for a Korean outlet in the election year.", dt.date(2020, 10, 30))
    [('the election year', '2020-01-01', '2020-12-31')]
    >>> ranges("Biden wrote for a Korean outlet in the election year.", dt.date(2019, 10, 30))
    []
    """
    named = _year_campaign_before(m)
    year = pub.year if named is None else named
    if year % 2 and all(d.year != year for d in _rok_presidential_votes()):
        return None
    return Range(dt.date(year, 1, 1), dt.date(year, 12, 31), "relative" if named is None else "absolute")


# a year's vote or campaign named by its year ("the 2016 campaign", "the 2020 presidential election", "the 2022 race")
_YEAR_CAMPAIGN = re.compile(r"\b(?P<year>(?:19|20)\d\d)[ \t]{1,3}(?:(?:presidential|general|midterm|U\.S\.|US)"
                            r"[ \t]{1,3})?(?:campaign|election|race|vote)s?\b")


def _year_campaign_before(m: re.Match[str]) -> int | None:
    """Return the year of the latest vote or campaign named by its year in the sentence before ``m`` or in its own
    before it ("The 2016 campaign was bitter. In the election year, ..."): the election year it points back to
    (dates53's mend), else None.

    >>> t = "The 2016 campaign was bitter. In the election year, Trump won."
    >>> _year_campaign_before(re.search("the election year", t)), _year_campaign_before(re.search("In", "In it."))
    (2016, None)
    """
    text = m.string
    own = _sentence_span(text, m.start(), m.end()).start
    begin = _sentence_span(text, own - 2, own - 2).start if own > 1 and text[own - 1] != "\n" else own
    years = [int(y["year"]) for y in _YEAR_CAMPAIGN.finditer(text, begin, m.start())]
    return years[-1] if years else None


# between a set-off plan's weekday and the new one: ", was delayed to", ", has been postponed until", ", were pushed
# back to" (dates54c)
_DELAYED_TO = re.compile(r"[ \t]{0,2},[ \t]{1,3}(?i:(?:was|were|(?:has|have|had)[ \t]{1,3}been)[ \t]{1,3})?"
                         r"(?i:delayed|postponed|pushed[ \t]{1,3}back|put[ \t]{1,3}off|rescheduled)"
                         r"[ \t]{1,3}(?i:to|until|till|for)[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?")


def _moved_later(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Return ``hits`` with the weekday of a set-off plan ("originally set for Monday") that a delay moves to a new
    date (", was delayed to Thursday", ", has been postponed to next week") read a week earlier when it fell on or
    after that new date's first day: a plan delayed lies before its new date, so "Monday" told on a Wednesday is the
    one just past, not the next (dates54c). A plan moved up, or a new date after the old one, is left as read.

    >>> from analysis.extract.dates import find_dates
    >>> t = "The vote, initially set for Monday, was delayed to Thursday."
    >>> [(v["start"]) for *_, v in find_dates(t, dt.date(2024, 4, 10))]
    ['2024-04-08', '2024-04-11']
    >>> t = "The vote, originally set for Friday, was moved up to Thursday."
    >>> [(v["start"]) for *_, v in find_dates(t, dt.date(2024, 4, 10))]
    ['2024-04-12', '2024-04-11']
    """
    for k in range(1, len(hits)):
        s, h = hits[k - 1], hits[k]
        if not (isinstance(s.value, Range) and isinstance(h.value, Range) and s.value.lo == s.value.hi >= h.value.lo):
            continue
        if not _WEEKDAY_AT.fullmatch(text, s.start, s.end):
            continue  # a weekday only: a written date says its own day
        set_off = _SET_OFF_PLAN.search(text, max(0, s.start - win.SET_OFF_PLAN_BACK), s.start) is not None \
            and _DELAYED_TO.fullmatch(text, s.end, h.start) is not None
        if not set_off and not _fronted_delay(text, s.start, s.end, h.start):
            continue
        day = s.value.lo - dt.timedelta(days=7)
        hits[k - 1] = replace(s, value=Range(day, day, s.value.form))
    return hits


# a sentence opened by a plan ("Originally scheduled for"), then its subject and a delay ("the vote was delayed until";
# mend54d)
_FRONTED_PLAN = re.compile(r"(?:Originally|Initially)[ \t]{1,3}(?i:planned|scheduled|set|slated)[ \t]{1,3}(?i:for)"
                           r"[ \t]{1,3}\Z")
_DELAY_TAIL = re.compile(r"[ \t](?i:was|were|(?:has|have|had)[ \t]{1,3}been)[ \t]{1,3}"
                         r"(?i:delayed|postponed|pushed[ \t]{1,3}back|put[ \t]{1,3}off|rescheduled)"
                         r"[ \t]{1,3}(?i:to|until|till|for)[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?\Z")
_FRONTED_SUBJECT = 60  # characters at most between the plan's comma and the delay ("the third round of talks")


def _fronted_delay(text: str, start: int, end: int, nxt: int) -> bool:
    """Return whether the date ``text[start:end]`` is the object of a plan that opens its sentence ("Originally
    scheduled for Monday, the vote was delayed until Thursday") and the date at ``nxt`` the new one a delay moves it to,
    told after the sentence's subject with no clause mark between (mend54d).

    >>> t = "Originally scheduled for Monday, the vote was delayed until Thursday."
    >>> _fronted_delay(t, t.index("Monday"), t.index(","), t.index("Thursday"))
    True
    >>> t = "Originally scheduled for Monday, the vote. It was delayed until Thursday."
    >>> _fronted_delay(t, t.index("Monday"), t.index(","), t.index("Thursday"))
    False
    """
    m = _FRONTED_PLAN.search(text, max(0, start - win.SET_OFF_PLAN_BACK), start)
    lead = text[max(0, m.start() - 3) : m.start()] if m is not None else "-"
    if m is None or not ("\n" in lead or lead.strip() == "" or lead.rstrip()[-1] in ".!?\"”"):
        return False  # the plan must open its sentence (or its line)
    between = text[end:nxt]
    if not between.startswith(",") or len(between) > _FRONTED_SUBJECT or re.search(r"[,.;:!?\n]", between[1:]):
        return False
    return _DELAY_TAIL.search(between) is not None


# "over (in, during, throughout) the next decade": the ten calendar years after publication's, as the dev files read
# it (hist58d; "within": below); not "the next decade" with no such preposition, "the next decade of the alliance",
# "the next decade's budget", nor a calendar decade ("the 2030s")
_OVER_THE_NEXT = re.compile(r"\b(?i:over|in|within|during|throughout)[ \t]{1,3}(?i:the)[ \t]{1,3}\Z")
# "within (inside) the" right before "next decade": a span from publication instead (README, "a span counted from
# publication")
_FROM_PUB_BEFORE = re.compile(r"\b(?i:within|inside)[ \t]{1,3}(?i:the)[ \t]{1,3}\Z")


def _next_decade_calendar(m: re.Match[str], unit: str) -> bool:
    """Return whether "next decade" (``m``, of ``unit``) follows "over (in, within, during, throughout) the" and no
    "of", "in" or possessive follows it: the ten calendar years after publication's (hist58d), or, after "within
    the", a span from publication (:data:`_FROM_PUB_BEFORE`); "the next N years" keep the span from the day.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Costs could double over the next decade.", dt.date(2024, 6, 12))
    [('next decade', '2025-01-01', '2034-12-31')]
    >>> ranges("The next decade will test the alliance.", dt.date(2024, 6, 12))
    [('next decade', '2030-01-01', '2039-12-31')]
    """
    if unit != "decade" or _NOT_SPAN_AFTER.match(m.string, m.end()) or _DECADE_APPOSED.match(m.string, m.end()):
        return False  # "In the next decade, the 2030s, ...": the calendar decade it names (review50g)
    if _year_told_before(m.string, m.start()):
        return False  # "Seoul pledged in 2019 to ... in the next decade": the decade after that year (review50g)
    return _OVER_THE_NEXT.search(m.string, max(0, m.start() - 24), m.start()) is not None


_DECADE_APPOSED = re.compile(r"[ \t]{0,2},[ \t]{1,3}(?i:the)[ \t]{1,3}(?:1[89]|20)\d0s\b")


def _season_rel2(m: re.Match[str], pub: dt.date) -> Range:
    """Return "<season> last (next) year" (group ``rel2`` of :data:`_SEASON`): that season of the year before (after)
    publication's, one item, as "the spring of last year" is.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The talks began in spring last year.", dt.date(2024, 6, 12))
    [('in spring last year', '2023-03-01', '2023-05-31')]
    >>> ranges("The talks will end in winter next year.", dt.date(2024, 6, 12))
    [('in winter next year', '2025-12-01', '2026-02-28')]
    """
    first = _SEASONS[(m["season"] or m["season2"]).lower()]
    return Range(*_months(pub.year + (_rel_year(m["rel2"]) or 0), first, 3), "relative")


# "H1 2023", "2H 2023", "1Q 2023": a half or quarter of a year by its code, as "Q4 2023" (:data:`_QUARTER_CODE`) and
# "the first half of 2023" are read; a letter or digit right before or a hyphen is no code ("H1N1", "F-2H")
_HALF_CODE = re.compile(rf"(?<![\w-])(?:H(?P<h>[12])|(?P<h2>[12])H|(?P<q>[1-4])Q)[ \t]{{1,3}}(?P<y>{_YEAR})\b(?![\w-])")


# a fiscal year's half or quarter ("fiscal 2H 2020", "FY 2H 2020", "1Q 2021 fiscal-year"), whose months differ from the
# calendar's, or a product's code ("the H2 2019 model"): not read as the calendar's half (review50g)
_HALF_CODE_NOT = re.compile(r"\b(?i:fiscal|FY)\b[ \t-]{0,3}(?:\w{1,12}[ \t]{1,3}){0,2}\Z"
                            r"|[ \t]{1,3}(?:\w{1,12}[ \t]{1,3})?(?i:fiscal|FY)\b"
                            r"|[ \t]{1,3}(?i:models?|series|versions?|editions?|variants?)\b")


def _half_code(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return a half ("H1 2023", "2H 2023") or quarter ("3Q 2023") of a year named by its code: its months.

    >>> from analysis.extract.dates import ranges
    >>> ranges("Payments rose in H1 2023 and fell in 4Q 2023.", dt.date(2024, 6, 12))
    [('H1 2023', '2023-01-01', '2023-06-30'), ('4Q 2023', '2023-10-01', '2023-12-31')]
    """
    if _HALF_CODE_NOT.search(m.string, max(0, m.start() - 16), m.start()) or _HALF_CODE_NOT.match(m.string, m.end()):
        return None  # "fiscal 2H 2020", "1Q 2021 fiscal-year", "the H2 2019 model": the year alone (review50g)
    y = int(m["y"])
    if m["q"]:
        return Range(*_months(y, 3 * int(m["q"]) - 2, 3), "absolute")
    return Range(*_months(y, 6 * int(m["h"] or m["h2"]) - 5, 6), "absolute")


# a length of N years or days from its first one, after "for" or a verb of lasting ("would cover five years from 2026",
# "met for three days from June 3"): the span of that length (as "for five years from 2026" is read); not a count
# with no such word before it ("expires five years from 2026": a point, not read here)
_LENGTH_BEFORE = re.compile(r"(?:\b(?i:for|covers?|covered|covering|lasts|lasted|lasting|runs|ran|running|spans?"
                            r"|spanned|spanning)|\b(?i:will|would|to|could|should|may|might)[ \t]{1,3}(?i:last|run))"
                            r"[ \t]{1,3}\Z")
_MOST_DAYS_LASTING = 31  # days at most of such a length ("for three days from June 3")

_YEARS_LASTING = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:years)[ \t]{{1,3}}(?i:from)[ \t]{{1,3}}(?P<y>{_YEAR})\b"
                            r"(?![\w%'’-]|[ \t]*(?:to|through|until|-|–)[ \t]*\d)")

# "for three days from June 3": the day as a month-day is read (:func:`_full_day`), then its length
_DAYS_LASTING = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:days)[ \t]{{1,3}}(?i:from|starting)[ \t]{{1,3}}"
                           rf"{_MON}[ \t]{{0,2}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![ \t]*[-–][ \t]*\d)"
                           rf"(?:{_YEAR_OR_REL})?")


def _length_told(m: re.Match[str]) -> int | None:
    """Return the count of ``m`` (group ``n``) when "for" or a verb of lasting stands right before it, else None.

    >>> [_length_told(_YEARS_LASTING.search(t)) for t in ("It would cover five years from 2026.",
    ...                                                    "It expires five years from 2026.")]
    [5, None]
    """
    if _LENGTH_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None:
        return None
    return _count(m["n"])


def _years_lasting(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "would cover five years from 2026": the five years beginning in 2026.

    >>> from analysis.extract.dates import ranges
    >>> ranges("The new deal would cover five years from 2026.", dt.date(2024, 6, 12))
    [('five years from 2026', '2026-01-01', '2030-12-31')]
    """
    n = _length_told(m)
    if n is None or n < 2:
        return None
    y = int(m["y"])
    return Range(dt.date(y, 1, 1), dt.date(y + n - 1, 12, 31), "range")


def _days_lasting(m: re.Match[str], pub: dt.date, future: bool, day: Handler = _full_day) -> Range | None:
    """Return "met for three days from June 3": the three days beginning on June 3 (``day``: how the first day is read;
    :func:`_days_lasting_dom` reads a day of the month with no month named).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Officials met for three days from June 3.", dt.date(2024, 6, 12))
    [('three days from June 3', '2024-06-03', '2024-06-05')]
    """
    n = _length_told(m)
    if n is None or not 2 <= n <= _MOST_DAYS_LASTING:
        return None
    r = day(m, pub, future)
    return Range(r.lo, r.lo + dt.timedelta(days=n - 1), r.form) if isinstance(r, Range) else None


# "held for two days from the 14th": a length of days from a day of the month with no month named, as Korean copy
# writes it (dates52); the day as "on the 14th" is read (:func:`_day_of_month`), by the clause's tense
_DAYS_LASTING_DOM = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:days)[ \t]{{1,3}}(?i:from|starting)[ \t]{{1,3}}"
                               r"(?i:the)[ \t]{1,3}(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                               r"(?![ \t]{1,3}(?:of|to|through|until|till|and)\b|[ \t]{0,3}[-–])")  # not a span's first
_DAYS_LASTING_DOM_END = re.compile(r"[ \t]{0,3}(?:[.,;:)]|\Z)|[ \t]{1,3}(?:in|at|on|with|amid|under|as|when|while"
                                   r"|before|after|between|among)\b")  # what may follow the day (mend52d)


def _days_lasting_dom(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "held for two days from the 14th": the two days beginning on the 14th (:func:`_day_of_month`), when "for"
    or a verb of lasting stands before the count (dates52).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Talks were held for two days from the 14th.", dt.date(2020, 1, 16))
    [('two days from the 14th', '2020-01-14', '2020-01-15')]
    >>> ranges("Guards worked for two days from the 14th floor.", dt.date(2020, 1, 16))
    []
    """
    if _DAYS_LASTING_DOM_END.match(m.string, m.end()) is None:
        return None  # a noun after the ordinal: "the 14th floor", "the 14th round" (mend52d)
    return _days_lasting(m, pub, future, _day_of_month)


# "met for two days from Tuesday": a length of days from a weekday (real52d); the weekday as a bare one is read
# (:func:`_one_weekday`, by the clause's tense), then its length, when "for" or a verb of lasting is before the count
_DAYS_LASTING_WD = re.compile(rf"\b(?P<n>{_NUM})[ \t]{{1,3}}(?i:days)[ \t]{{1,3}}(?i:from|starting)[ \t]{{1,3}}"
                              rf"(?P<mod>){_WD}(?!['’]|[ \t]{{1,3}}(?:to|through|until|till|and|or|morning|afternoon"
                              r"|evening|night|last|next|this|of)\b)")


def _days_lasting_wd(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "met for two days from Tuesday": the two days beginning on that Tuesday (real52d).

    >>> from analysis.extract.dates import ranges
    >>> ranges("Envoys met in Hanul for two days from Tuesday.", dt.date(2020, 3, 19))
    [('two days from Tuesday', '2020-03-17', '2020-03-18')]
    >>> ranges("He left two days from Tuesday.", dt.date(2020, 3, 19))
    [('Tuesday', '2020-03-17', '2020-03-17')]

    In a past clause the span ends by publication, else it is the week before's (mend52r):

    >>> ranges("The strike ran for five days from Monday.", dt.date(2019, 11, 20))
    [('five days from Monday', '2019-11-11', '2019-11-15')]
    """
    r = _days_lasting(m, pub, future, _one_weekday)
    if r is not None and not future and r.hi > pub and _told_past(m.string, m.start(), m.end()):
        r = _days_lasting(m, pub - dt.timedelta(days=7), future, _one_weekday)  # a past span ends by the telling
    return r._replace(form="range") if r is not None else None  # a span, not one weekday the weekday passes re-read


def _part_told_past(m: re.Match[str], pre: str, which: str, unit: str, part: tuple[dt.date, dt.date],
                    pub: dt.date) -> bool:
    """Return whether "late (early) this month" (``m``; ``part`` its days) holds publication and its clause is past:
    what happened then ended by publication, as "earlier this month" does (a future "late this month" keeps its days).

    >>> from analysis.extract.dates import ranges
    >>> ranges("USFK sent the notices late this month.", dt.date(2019, 11, 25))
    [('late this month', '2019-11-21', '2019-11-25')]
    >>> ranges("USFK will send the notices late this month.", dt.date(2019, 11, 25))
    [('late this month', '2019-11-21', '2019-11-30')]
    """
    if pre not in {"late", "early"} or which != "this" or unit != "month" or not part[0] <= pub < part[1]:
        return False
    return clause_tense(m.string, m.start(), m.end()) == "past"

# a month-day with no word of the day before its month's name ("on Tuesday, Nov. 5", "Nov. 5, 2019", "Nov. 5-6")
_MONTH_DAY = re.compile(rf"(?:\b(?i:on)\s+)?(?:(?:\b(?i:last|next|this|coming)\s+)?{_WD},?\s+)?{_MON}"
                        r"(?:\s+|(?<=\.)(?=\d))"
                        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                        r"(?:\s*[-–]\s*(?P<day2>\d{1,2})\b(?![-–]|\s*(?:%|percent|billion|million|trillion)))?"
                        rf"(?:{_YEAR_OR_REL})?")
# "the weekend of March 3": the Saturday-Sunday a Friday, Saturday or Sunday named after it opens or holds (dates55)
_WEEKEND_OF_DAY = re.compile(r"\b(?:(?i:on|over|during|at)[ \t]{1,3})?(?i:the)[ \t]{1,3}(?i:weekend)"
                             r"[ \t]{1,3}of[ \t]{1,3}"
                             rf"(?P<md>{_MON}(?:[ \t]{{1,3}}|(?<=\.)(?=\d))\d{{1,2}}(?:st|nd|rd|th)?\b(?![-–])"
                             rf"(?:,?[ \t]{{1,3}}(?P<year>{_YEAR})\b)?)")


def _weekend_of_day(m: re.Match[str], pub: dt.date, future: bool) -> Range | None:
    """Return "the weekend of March 3" (:data:`_WEEKEND_OF_DAY`): the Saturday and Sunday of the day it names, a
    Friday's being the two days after it; the day is read as a month-day is (:func:`_full`, by its clause's tense when
    no year is written). A day from Monday to Thursday names no one weekend: None (the day alone is then read).

    >>> from analysis.extract.dates import ranges
    >>> ranges("The envoys met on the weekend of March 3, 2018.", dt.date(2019, 11, 18))
    [('on the weekend of March 3, 2018', '2018-03-03', '2018-03-04')]
    >>> ranges("The envoys met over the weekend of Nov. 10.", dt.date(2019, 11, 18))
    [('over the weekend of Nov. 10', '2019-11-09', '2019-11-10')]
    """
    md = _MONTH_DAY.match(m.string, m.start("md"), m.end("md"))
    r = _full(md, pub, future) if md is not None and md.end() == m.end("md") else None
    if not isinstance(r, Range) or r.lo != r.hi or r.lo.weekday() < 4:
        return None
    return Range(*_weekend_of(r.lo, r.lo, 0), r.form)


#: "on March the fifth", "On February tenth" (a sentence's first word is capitalised): a day in words; "on January the
#: 3rd": a day in figures after "the", not before a counted noun ("the 3rd round") (dates55).
_MOD_MONTH_DAYWORD = re.compile(
    rf"\b(?P<mod>(?i:on|by|until|from|since|before|after))\s+{_MON}\s+(?:the\s+)?(?:(?P<dayword>(?i:{_DAYWORD}))"
    rf"|(?<=the )(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![ \t]{{1,3}}{_ORDINAL_NOUN}))\b(?!-)"
    rf"(?:{_YEAR_OR_REL})?")
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True, slots=True)
class _Hit:
    """One date expression found: ``text[start:end]``, its match and handler, and its first reading."""

    start: int
    end: int
    match: re.Match[str]
    handler: Handler
    future: bool
    value: Range | Anchored
    plan: bool = False  # read ahead as the deadline or start of a plan told in the past: from the plan's date
# the pronouns that open a clause's subject (beside a determiner or a capitalised name)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def _a_year_back(r: Range) -> Range:
    """Return ``r`` a year earlier (kept as it is when it holds a 29 February the year before has not).

    >>> _a_year_back(Range(dt.date(2021, 1, 1), dt.date(2021, 1, 2), "month")).lo.year
    2020
    """
    return _years_on(r, -1) or r


def _quote_stretches(text: str, start: int, end: int) -> list[_Stretch]:
    """Return the quotations in a paragraph, from the opening mark to after the closing one (an unclosed one runs to
    its end).

    >>> [tuple(q) for q in _quote_stretches('He said "yes" and “no', 0, 21)]
    [(8, 13), (18, 21)]
    """
    out: list[_Stretch] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        if open_at is None:
            if ch != "”":
                open_at = m.start()
        elif ch != "“":
            out.append(_Stretch(open_at, m.end()))
            open_at = None
    if open_at is not None:
        out.append(_Stretch(open_at, end))
    return out


_APPROXIMATE = re.compile(r"\b(?:(?:less|more|fewer)\s+than|nearly|almost|about|around|roughly|some|over|under)\s+\Z",
                          re.IGNORECASE)  # a count told roughly
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|then)\b|;")


_CAP_WORD = re.compile(r"[A-Z][\w-]{0,30}")


_TRANSITION = 92  # days: an inauguration this close after the date told is the one the words look ahead to
