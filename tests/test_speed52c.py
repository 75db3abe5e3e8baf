"""speed52b (session 52): the rows' matches of each stretch ``_date_told`` reads are kept by the stretch's text and the
``_SCAN_REACH`` characters before it (``dates._rows_matched_back``), checked for identity, not for time.

A stretch of the same text there must give what a fresh scan gives (``dates._rows_matched``): the same matches at the
same places from its start (span, groups, pattern), the same handlers, in the same order; a stretch whose text before
it differs within the reach (a look-behind or a word boundary reads there) is scanned afresh.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parser
from typing import Any

import pytest

from analysis import lazyre
from analysis.extract import dates
from analysis.extract.scan import Trigger, literal_places

# invented wording: event words, weekdays and counts before and after, runs with and without stops
TEXTS = [
    "election day " * 60,
    "Election Day Monday " * 40 + "It ended on March 4, 2024.",
    "a day before the election " * 30,
    "Talks in Varno stalled before Election Day. The aides met on Oct. 3 before Election Day, and since Election Day "
    "they have met twice; the day before, Harlan left. Two days later, on Friday, the Delsa council met again. "
    "In the week of June 3, the vote was held; the day after it, the count began. Three weeks ago, Orvik said. " * 3,
    "the day before the vote " * 20 + "on the day before the vote, " * 20,
]


def _fresh(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    found, present = literal_places(text, start, end, dates._ALL_LITERALS)
    return _plain(dates._rows_matched(text, start, end, found, present))


def _plain(matched: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(at, e, order, m.span(), m.groups(), m.re.pattern, handler) for at, e, order, m, handler in matched]


def _kept(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    found, present = literal_places(text, start, end, dates._ALL_LITERALS)
    return _plain(dates._rows_matched_back(text, start, end, found, present))


def _parsed_reach(items: list[Any]) -> int | None:
    """How many characters before where the parsed ``items`` are tried they may read: the widest look-behind with
    what it reads back itself, 1 for a word boundary or a line's start; None for a node not known here."""
    reach = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = _parsed_reach(list(av[1]))
            got = None if inner is None else inner + (av[1].getwidth()[1] if av[0] < 0 else 0)
        elif op is sre.AT:
            got = 1  # a word boundary, a line's start: the character before; the text's start: none read
        elif op in (sre.BRANCH, sre.GROUPREF_EXISTS):
            parts = [_parsed_reach(list(b)) for b in (av[1] if op is sre.BRANCH else av[1:]) if b is not None]
            got = None if None in parts else max(parts, default=0)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            got = _parsed_reach(list(av[2]))
        elif op is sre.SUBPATTERN:
            got = _parsed_reach(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            got = _parsed_reach(list(av))
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.GROUPREF):
            got = 0
        else:
            got = None
        if got is None:
            return None
        reach = max(reach, got)
    return reach


def _pattern_reach(pattern: Any) -> int | None:
    if isinstance(pattern, lazyre.LazyPattern):
        pattern = pattern.compiled()
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    return _parsed_reach(list(sre_parser.parse(pattern.pattern, pattern.flags)))


def _row_patterns() -> list[Any]:
    """Every pattern the rows' scan runs: each row's pattern and need, its trigger's, and those of the trigger's
    narrowings (base, ``at``, the tests of the words before) and alternatives; None for an unknown trigger."""
    patterns: list[Any] = []
    triggers: list[Any] = [trigger for (_, _, trigger, _, _), _ in dates._ROWS]
    while triggers:
        t = triggers.pop()
        if type(t) not in (Trigger, dates._Narrowed, dates._Either):
            patterns.append(None)
            continue
        patterns.append(t.pattern)
        if isinstance(t, dates._Narrowed):
            triggers.append(t.base)
            patterns += [t.at] if t.at is not None else []
            patterns += [p for w in t.before for p in (w.search, w.behind) if p is not None]
        triggers += list(t.parts) if isinstance(t, dates._Either) else []
    patterns += [rx for (rx, _, _, _, _), _ in dates._ROWS]
    return patterns + [getattr(need, "__self__", None) for _, need in dates._ROWS if need is not None]


def test_the_reach_covers_every_row() -> None:
    """No pattern of the rows' scan reads more than ``_SCAN_REACH`` characters before where it is tried."""
    reaches = [_pattern_reach(p) for p in _row_patterns()]
    assert None not in reaches
    assert 1 <= max(r for r in reaches if r is not None) <= dates._SCAN_REACH


def test_reach_of_patterns() -> None:
    """The reach computed above, on patterns of each kind."""
    assert [_pattern_reach(re.compile(p)) for p in (r"day", r"\bday", r"(?<=in the )day", r"(?<=\bon )day")] == [
        0, 1, 7, 4]
    assert _pattern_reach(re.compile(r"(?=(?<=ab)c)c")) == 2
    assert _pattern_reach(re.compile(r"(a|(?<!x\b))+(?(1)b|c)")) == 2
    assert _pattern_reach("not a pattern") is None


@pytest.mark.parametrize("text", TEXTS)
def test_kept_stretches_equal_fresh_scans(text: str) -> None:
    """Overlapping stretches of one text (many of the same text, some cut mid-word), each read twice."""
    dates._SCANNED.clear()
    for step in (13, 20, 26, 7):
        for start in range(0, len(text) - 40, step):
            for length in (200, 201, 57):
                end = min(len(text), start + length)
                want = _fresh(text, start, end)
                assert _kept(text, start, end) == want
                assert _kept(text, start, end) == want


def test_text_before_the_stretch_within_the_reach_counts() -> None:
    """The same stretch text after other words (a look-behind reads them): scanned afresh, not taken from the other."""
    dates._SCANNED.clear()
    tail = "before, the council met on Friday and the day after."
    for head in ("x" * 40 + " On the day ", "x" * 40 + " Two days la", "x" * 40 + " in the week "):
        text = head + tail
        start = len(head)
        assert _kept(text, start, len(text)) == _fresh(text, start, len(text))


def test_a_moved_match_is_scanned_afresh() -> None:
    """A kept entry whose match no longer fits (never so for the same text; forced here) falls back to a fresh scan."""
    text = "x" * 40 + " It ended on Friday, the day before the vote."
    start, end = 41, len(text)
    dates._SCANNED.clear()
    want = _kept(text, start, end)
    assert want
    key = next(iter(dates._SCANNED))
    dates._SCANNED[key] = [(rx, h, s + 1, e, hi, order) for rx, h, s, e, hi, order in dates._SCANNED[key]]
    assert _kept(text, start, end) == want == _fresh(text, start, end)
