"""A second date battery generated from grammar (dates56): the classes dates55 did not enumerate.

Reported speech and quotations of speech told at a past time the text gives or does not give, relative phrases
anchored on a month or a year told in the sentence or the paragraph before, ranges, parts of periods, headline tense
and datelines of several forms, each over publication days at month and year boundaries. Nothing is taken from the
corpus: the sentences are my own about made-up envoys ("Ravik", "the panel"), and each expected range comes from an
oracle written with the standard library's calendar arithmetic (the helpers of tests/dates55_probes.py, which import
nothing from ``analysis``). Where English reads two ways the case is left out; where the Conventions
(tests/corpus/README.md) leave a phrase unresolved the case wants ``UNRESOLVED``.

A case is ``(text, published, phrase, want, class)`` as in dates55: ``phrase`` is the words of the time phrase as the
text prints them, ``want`` is ``(start, end)`` in ISO, ``UNRESOLVED`` or ``NO_ITEM``; a class starting "article" is
read as an article (line 1 its headline).

>>> sorted({c[4].split("-")[0] for c in CASES})
['anchor', 'article', 'part', 'range', 'speech']
>>> len(CASES) > 3000
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dates55_probes import ABBR, MONTHS, ONE, UNRESOLVED, WEEKDAYS, iso, month, part, quarter, week, year_part

D = dt.date
Case = tuple[str, str, str, object, str]

#: Publication days at the boundaries: the first and last days of months and years, a leap day, a Monday, a Sunday.
PUBS = [D(2019, 11, 18), D(2019, 12, 31), D(2020, 1, 1), D(2020, 2, 29), D(2020, 3, 1), D(2021, 1, 3),
        D(2022, 12, 30), D(2023, 7, 1), D(2024, 6, 30), D(2025, 10, 31), D(2026, 1, 2)]


def year(y: int) -> tuple[D, D]:
    """Return the calendar year ``y``.

    >>> year(2020)
    (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    """
    return D(y, 1, 1), D(y, 12, 31)


def _day(d: D) -> tuple[D, D]:
    return d, d


# --- reported speech and quotations of past speech ------------------------------------------------------------------

#: Times of a speech the text gives but does not date ("said years ago", "once said"): every deictic word in the
#: speech is unresolved (the time it counts from is not told). "At the time", "back then" point to a time told before
#: them (which dates the speech): left out here, with no such time before them.
UNDATED_PAST = ["years ago", "decades ago", "long ago", "in the past"]


def _speech_words(said: tuple[D, D] | None, unit: str) -> Iterator[tuple[str, str, object]]:
    """Yield (tense, phrase, want) for deictic words in speech told at ``said`` known to ``unit`` ("year", "month",
    "day"; ``said`` None: an undated past time, all unresolved). Year-wide words read from a year or finer, month-wide
    from a month or finer, day-wide only from a day (Conventions: quotations and indirect speech dated to a past
    time)."""
    rows = [("future", "next year", "year"), ("past", "last year", "year"), ("future", "next month", "month"),
            ("past", "last month", "month"), ("future", "next week", "day"), ("past", "last week", "day"),
            ("future", "tomorrow", "day"), ("past", "yesterday", "day")]
    rank = {"year": 0, "month": 1, "day": 2}
    for tense, phrase, need in rows:
        if said is None:
            yield tense, phrase, UNRESOLVED
            continue
        if rank[need] > rank[unit]:
            yield tense, phrase, UNRESOLVED
            continue
        a = said[0]
        want = {"next year": year(a.year + 1), "last year": year(a.year - 1),
                "next month": month(a.year, a.month + 1), "last month": month(a.year, a.month - 1),
                "next week": week(a + dt.timedelta(days=7)),
                "last week": week(a) if a.weekday() == 6 else week(a - dt.timedelta(days=7)),  # a Sunday's: its own
                "tomorrow": _day(a + ONE), "yesterday": _day(a - ONE)}[phrase]
        yield tense, phrase, iso(want)


def _speech_frames(tense: str, x: str, when: str) -> Iterator[tuple[str, str]]:
    """Yield (frame name, sentence) of a speech told ``when`` holding time phrase ``x`` in ``tense``."""
    clause = "we will sign the deal" if tense == "future" else "we signed the deal"
    indirect = "the envoys would sign the deal" if tense == "future" else "the envoys had signed the deal"
    yield "quote", f"\u201c{clause[0].upper()}{clause[1:]} {x},\u201d Ravik said {when}."
    if x not in ("tomorrow", "yesterday"):  # in indirect speech the writer's or the speaker's: left out
        yield "indirect", f"Ravik said {when} that {indirect} {x}."
        yield "front", f"{when[0].upper()}{when[1:]}, Ravik said {indirect} {x}."


def _speech_cases(pub: D) -> Iterator[Case]:
    """Speech told at a past time: dated to a year, a month or a day, or to an undated past ("years ago")."""
    y = pub.year - 3
    p = pub.isoformat()
    dated = [(f"in {y}", year(y), "year"), (f"in March {y}", month(y, 3), "month"),
             (f"on March 3, {y}", _day(D(y, 3, 3)), "day"), ("three years ago", year(pub.year - 3), "year")]
    for when, said, unit in dated:
        for tense, x, want in _speech_words(said, unit):
            for name, text in _speech_frames(tense, x, when):
                yield text, p, x, want, f"speech-dated-{name}"
    for when in UNDATED_PAST:
        for tense, x, want in _speech_words(None, "day"):
            for name, text in _speech_frames(tense, x, when):
                yield text, p, x, want, f"speech-undated-{name}"
        yield f"Ravik had said {when} that Seoul would pay more next year.", p, "next year", UNRESOLVED, \
            "speech-undated-had"
    # controls: speech of the story's present reads from publication; a date outside the speech's clause too
    yield "\u201cWe will sign the deal next year,\u201d Ravik said.", p, "next year", iso(year(pub.year + 1)), \
        "speech-control"
    yield "Ravik said that the envoys would sign the deal next year.", p, "next year", iso(year(pub.year + 1)), \
        "speech-control"
    yield "Ravik, who left the talks years ago, will sign the deal next year.", p, "next year", iso(
        year(pub.year + 1)), "speech-control"
    yield "The panel met years ago, and the envoys will sign the deal next year.", p, "next year", iso(
        year(pub.year + 1)), "speech-control"


# --- anchored on a month or a year told before -----------------------------------------------------------------------


def _month_anchored(a: tuple[D, D]) -> Iterator[tuple[str, tuple[D, D]]]:
    """Phrases counted from a month ``a`` (no day: counts of days and weeks are left out)."""
    d = a[0]
    yield "The following month", month(d.year, d.month + 1)
    yield "The next month", month(d.year, d.month + 1)
    yield "The previous month", month(d.year, d.month - 1)
    yield "That month", a
    yield "The same month", a
    yield "Two months later", month(d.year, d.month + 2)
    yield "That year", year(d.year)
    yield "The same year", year(d.year)
    yield "The following year", year(d.year + 1)
    yield "The previous year", year(d.year - 1)
    yield "A year later", month(d.year + 1, d.month)
    yield "A year earlier", month(d.year - 1, d.month)


def _year_anchored(y: int) -> Iterator[tuple[str, tuple[D, D]]]:
    """Phrases counted from a year ``y``."""
    yield "The following year", year(y + 1)
    yield "The next year", year(y + 1)
    yield "The previous year", year(y - 1)
    yield "That year", year(y)
    yield "The same year", year(y)
    yield "Two years later", year(y + 2)
    yield "Three years earlier", year(y - 3)
    yield "A year earlier", year(y - 1)


def _anchor_cases(pub: D) -> Iterator[Case]:
    """A month or a year told in one sentence, a phrase counted from it opening the next sentence or paragraph."""
    p = pub.isoformat()
    y = pub.year - 2
    for m in (1, 3, 12):
        lead = f"The envoys met in Seoul in {MONTHS[m - 1]} {y}."
        for x, want in _month_anchored(month(y, m)):
            for join, cls in ((" ", "anchor-month"), ("\n\n", "anchor-month-para")):
                yield f"{lead}{join}{x}, the panel approved the plan.", p, x, iso(want), cls
    lead = f"The envoys met in Seoul in {y}."
    for x, want in _year_anchored(y):
        for join, cls in ((" ", "anchor-year"), ("\n\n", "anchor-year-para")):
            yield f"{lead}{join}{x}, the panel approved the plan.", p, x, iso(want), cls
        yield f"{lead} The panel approved the plan {x[0].lower()}{x[1:]}.", p, x[0].lower() + x[1:], iso(want), \
            "anchor-year-end"
    # a day anchor across a paragraph (dates55 read it within a sentence's reach only)
    a = D(y, 12, 30)
    lead = f"The envoys met in Seoul on {ABBR[11]} 30, {y}."
    for x, want in (("Two days later", _day(a + 2 * ONE)), ("The next day", _day(a + ONE)),
                    ("That month", month(y, 12)), ("The following year", year(y + 1)),
                    ("A week later", _day(a + 7 * ONE))):
        yield f"{lead}\n\n{x}, the panel approved the plan.", p, x, iso(want), "anchor-day-para"


# --- ranges ----------------------------------------------------------------------------------------------------------


def _range_cases(pub: D) -> Iterator[Case]:
    """Ranges with their years written, and open ends ("through 2030", "until the end of next year")."""
    p = pub.isoformat()
    y = pub.year - 2
    for m1, m2 in ((3, 5), (1, 12), (10, 11)):
        x = f"from {MONTHS[m1 - 1]} to {MONTHS[m2 - 1]} {y}"
        yield f"The drills ran {x}.", p, x, iso((month(y, m1)[0], month(y, m2)[1])), "range-months"
    x = f"from March {y} to May {y + 1}"
    yield f"The drills ran {x}.", p, x, iso((month(y, 3)[0], month(y + 1, 5)[1])), "range-months"
    for y1, y2 in ((y - 1, y + 3), (2021, 2025)):
        for x in (f"between {y1} and {y2}", f"from {y1} through {y2}", f"from {y1} to {y2}"):
            yield f"Seoul paid more {x}.", p, x, iso((year(y1)[0], year(y2)[1])), "range-years"
        x = f"{y1}-{y2}"
        yield f"The {x} deal set the cost.", p, x, iso((year(y1)[0], year(y2)[1])), "range-hyphen"
    for x, want in ((f"through {pub.year + 5}", year(pub.year + 5)), (f"until {pub.year + 4}", year(pub.year + 4)),
                    ("until the end of next year", _day(D(pub.year + 1, 12, 31))),
                    ("through the end of next year", _day(D(pub.year + 1, 12, 31)))):
        yield f"The deal runs {x}.", p, x, iso(want), "range-open"
    for d1, d2 in ((3, 7), (28, 30)):
        x = f"from Nov. {d1} to {d2}, {y}"
        yield f"The drills ran {x}.", p, x, iso((D(y, 11, d1), D(y, 11, d2))), "range-days"
        x = f"between Nov. {d1} and Nov. {d2}, {y}"
        yield f"The drills were held {x}.", p, x, iso((D(y, 11, d1), D(y, 11, d2))), "range-days"


# --- parts of periods ------------------------------------------------------------------------------------------------


def _part_cases(pub: D) -> Iterator[Case]:
    """Parts of a month, a year, halves and quarters, and fiscal years (US: October to September)."""
    p = pub.isoformat()
    nxt, last = month(pub.year, pub.month + 1), month(pub.year, pub.month - 1)
    for which in ("early", "late"):
        yield f"The envoys will meet {which} next month.", p, f"{which} next month", iso(part(nxt, which)), \
            "part-month"
        yield f"The envoys met {which} last month.", p, f"{which} last month", iso(part(last, which)), "part-month"
        yield f"The envoys will meet {which} next year.", p, f"{which} next year", iso(
            year_part(pub.year + 1, which)), "part-year"
        yield f"The envoys met {which} last year.", p, f"{which} last year", iso(year_part(pub.year - 1, which)), \
            "part-year"
    y = pub.year - 2
    for which in ("early", "mid", "late"):
        x = f"{which}-{y}" if which == "mid" else f"{which} {y}"
        yield f"The envoys met in {x}.", p, x, iso(year_part(y, which)), "part-year"
        x = f"{which}-March {y}" if which == "mid" else f"{which} March {y}"
        yield f"The envoys met in {x}.", p, x, iso(part(month(y, 3), which)), "part-month"
    x = f"mid-{pub.year + 2}"
    yield f"The deal will be signed by {x}.", p, x, iso(year_part(pub.year + 2, "mid")), "part-year"
    for k, name in ((1, "first"), (2, "second")):
        half = (month(y, 6 * k - 5)[0], month(y, 6 * k)[1])
        yield f"Exports rose in the {name} half of {y}.", p, f"the {name} half of {y}", iso(half), "part-half"
        half = (month(pub.year + 1, 6 * k - 5)[0], month(pub.year + 1, 6 * k)[1])
        yield f"Exports will rise in the {name} half of next year.", p, f"the {name} half of next year", iso(half), \
            "part-half"
    for q, name in ((1, "first"), (2, "second"), (4, "fourth")):
        yield f"Exports rose in the {name} quarter of {y}.", p, f"the {name} quarter of {y}", iso(quarter(y, q)), \
            "part-quarter"
        yield f"Exports fell in the {name} quarter of last year.", p, f"the {name} quarter of last year", iso(
            quarter(pub.year - 1, q)), "part-quarter"
    fy = pub.year + 1
    x = f"fiscal year {fy}"
    yield f"The U.S. defense budget for {x} rose.", p, x, iso((D(fy - 1, 10, 1), D(fy, 9, 30))), "part-fiscal"
    yield f"The Pentagon's budget for the {x} rose.", p, x, iso((D(fy - 1, 10, 1), D(fy, 9, 30))), "part-fiscal"
    yield f"South Korea's budget for {x} rose.", p, x, iso(year(fy)), "part-fiscal"


# --- articles: headline tense and datelines --------------------------------------------------------------------------


def _latest(d: D, wd: int) -> D:
    while d.weekday() != wd:
        d -= ONE
    return d


def _first_after(d: D, wd: int) -> D:
    d += ONE
    while d.weekday() != wd:
        d += ONE
    return d


HEADLINES_PRESENT = ["Envoy Visits Seoul {w}", "Envoys Meet in Seoul {w}", "Panel Approves Cost-Sharing Plan {w}"]
HEADLINES_FUTURE = ["Envoy to Visit Seoul {w}", "Envoys Will Meet in Seoul {w}"]
BODY = "The envoys discussed the cost-sharing deal, officials said."


def _headline_cases(pub: D) -> Iterator[Case]:
    """A present-tense headline's bare weekday reports news: the latest on or before publication; a "to"/"will"
    headline's is ahead: the first after publication (publication's own weekday left out)."""
    p = pub.isoformat()
    for wd in range(7):
        w = WEEKDAYS[wd]
        for h in HEADLINES_PRESENT:
            yield f"{h.format(w=w)}\n{BODY}", p, w, iso(_day(_latest(pub, wd))), "article-headline-present"
        if wd != pub.weekday():
            for h in HEADLINES_FUTURE:
                yield f"{h.format(w=w)}\n{BODY}", p, w, iso(_day(_first_after(pub, wd))), "article-headline-future"


def _dateline_cases(pub: D) -> Iterator[Case]:
    """Datelines of several forms over a past bare weekday, "yesterday" and "last week": an undated US dateline reads
    from publication; an undated one in East Asia from the day after (Conventions: `_local_day`); a dated one from its
    own day when its clock is not behind its readers' (a place in East Asia, or a US wire in the US)."""
    p = pub.isoformat()
    head = "Envoys review cost-sharing talks\n"
    forms = [("WASHINGTON (AP) \u2014", pub, "undated-us"), ("SEOUL, South Korea (AP) \u2014", pub + ONE,
                                                                "undated-asia")]
    for lag in (0, 1):
        d = pub - lag * ONE
        forms += [(f"SEOUL, {ABBR[d.month - 1]} {d.day} (Yonhap) --", d, f"dated-yonhap-{lag}"),
                  (f"WASHINGTON, {ABBR[d.month - 1]} {d.day} (AP) --", d, f"dated-us-{lag}"),
                  (f"TOKYO, {ABBR[d.month - 1]} {d.day} (Kyodo) --", d, f"dated-kyodo-{lag}")]
    for line, story, cls in forms:
        for wd in range(7):
            if wd in (story.weekday(), pub.weekday()):
                continue  # today, or the printed day: left out
            x = f"on {WEEKDAYS[wd]}"
            yield f"{head}{line} The envoys met in Seoul {x}.", p, x, iso(_day(_latest(story, wd))), \
                f"article-dateline-{cls}"
        if cls == "undated-asia":
            continue  # only a bare weekday reads from the place's day (README); "yesterday" there is left out
        yield f"{head}{line} The envoys met in Seoul yesterday.", p, "yesterday", iso(_day(story - ONE)), \
            f"article-dateline-{cls}"
        last = week(story) if story.weekday() == 6 else week(story - 7 * ONE)  # told on a Sunday: the week it ends
        yield f"{head}{line} The envoys met in Seoul last week.", p, "last week", iso(last), f"article-dateline-{cls}"


def _cases() -> Iterator[Case]:
    for pub in PUBS:
        yield from _speech_cases(pub)
        yield from _anchor_cases(pub)
        yield from _range_cases(pub)
        yield from _part_cases(pub)
        yield from _headline_cases(pub)
        yield from _dateline_cases(pub)


CASES = list(_cases())
