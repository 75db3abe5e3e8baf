"""Every compiled pattern of ``analysis`` is linear when searched ALONE, checked on its structure (no clock).

``finditer`` (or ``search``) tries a match at every position. A pattern whose unbounded repeat can be entered in
the middle of a run of characters it accepts re-reads that run from each position of it: quadratic on a long run
(``\\s*+x`` over 100 KB of blanks: minutes), even with possessive quantifiers. The check here proves, for each
unbounded repeat over the characters ``C``, that every match attempt enters it only at the start of a run of ``C``:

- (a) the last character consumed before it is never in ``C`` (``the\\s+``: "e" is not a blank); or
- (b) the attempt has consumed only characters of ``C`` so far, and the pattern asserts at its start that the
  character before is not in ``C`` (``(?<!\\s)\\s*+``, ``\\b\\w+``); a pattern anchored at the start of the string
  (``\\A``, ``^`` without MULTILINE) is tried once.

Each run is then read by a bounded number of attempts: linear. It also flags an unbounded repeat nested in
another, neither possessive (exponential). The characters are a sample alphabet (``tests/regex_lint.py``). The
times of the same patterns on hostile inputs are in ``benchmarks/bench_patterns.py``; the check that two repeats
in a row do not split a run between them is ``test_adversarial.py``'s.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
import sys
from dataclasses import dataclass, replace
from typing import Any

import pytest

from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
import bench_patterns
from regex_lint import SAMPLE, _chars, _first

ALL = frozenset(SAMPLE)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class State:
    """What a match attempt may have done before the current item of the pattern."""

    fresh: bool = True  # the attempt may have consumed nothing yet
    last: frozenset[str] = frozenset()  # the last character consumed (when something was)
    consumed: frozenset[str] = frozenset()  # every character it may have consumed
    guard: frozenset[str] = frozenset()  # characters the pattern's start asserts are not before it

    def merge(self, other: State) -> State:
        """Return the state of either path (a branch, an optional item)."""
        return State(self.fresh or other.fresh, self.last | other.last, self.consumed | other.consumed,
                     self.guard & other.guard)

    def take(self, chars: frozenset[str]) -> State:
        """Return the state after consuming one of ``chars``."""
        return State(False, chars, self.consumed | chars, self.guard)


class Walk:
    """Walks a parsed pattern, collecting one line per unbounded repeat it cannot prove is entered once a run."""

    def __init__(self, flags: int) -> None:
        self.flags, self.issues = flags, []

    def chars(self, items: Any) -> frozenset[str]:
        return frozenset(_chars(items, self.flags))

    def seq(self, items: Any, state: State) -> State:
        items = list(items)
        for i, (op, av) in enumerate(items):
            state = self.item(op, av, state, items[i + 1:])
        return state

    def item(self, op: Any, av: Any, state: State, rest: list[Any]) -> State:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            return state.take(self.chars([(op, av)]))
        if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            return self.seq(av[3] if op == C.SUBPATTERN else av, state)
        if op == C.BRANCH:
            outs = [self.seq(alt, state) for alt in av[1]]
            return _merge_all(outs)
        if op == C.GROUPREF_EXISTS:
            outs = [self.seq(alt, state) for alt in av[1:] if alt is not None]
            return _merge_all(outs + ([state] if av[2] is None else []))
        if op == C.GROUPREF:
            return state.merge(state.take(ALL))
        if op in _REPEATS:
            return self.repeat(op, av, state)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return self.assertion(op, av, state)
        if op == C.AT:
            return self.at(av, state, rest)
        return state

    def repeat(self, op: Any, av: Any, state: State) -> State:
        lo, hi, body = av
        if hi == C.MAXREPEAT:
            run = self.chars(body)
            from_start = run <= state.guard  # the attempt starts where no character of the run is before it
            fresh_ok = not state.fresh or from_start  # a path that consumed nothing enters the run where it starts
            took_ok = not state.last & run or (state.consumed <= run and from_start)  # after a non-run char
            if not (fresh_ok and took_ok):
                self.issues.append(f"unbounded repeat over {''.join(sorted(run))[:24]!r} entered mid-run")
            if op != C.POSSESSIVE_REPEAT and any(o in _REPEATS and a[1] == C.MAXREPEAT for o, a in body):
                self.issues.append("unbounded repeat nested in an unbounded repeat, neither possessive")
        once = self.seq(body, state)
        again = self.seq(body, once) if hi > 1 else once
        after = once.merge(again)
        return state.merge(after) if lo == 0 else after

    def assertion(self, op: Any, av: Any, state: State) -> State:
        direction, body = av
        if direction == 1:  # a lookahead reads from here: its repeats are checked, the state is unchanged
            self.seq(body, state)
            return state
        width = body.getwidth() if isinstance(body, P.SubPattern) else P.SubPattern(P.State(), list(body)).getwidth()
        if width != (1, 1):
            return state
        chars = self.chars(body)
        if op == C.ASSERT:
            chars = ALL - chars  # (?<=X): the character before is not outside X
        if state.fresh and not state.consumed:
            return replace(state, guard=state.guard | chars)
        return replace(state, last=state.last - chars) if not state.fresh else state

    def at(self, av: Any, state: State, rest: list[Any]) -> State:
        if not (state.fresh and not state.consumed):
            return state
        if av in (C.AT_BEGINNING_STRING,) or (av == C.AT_BEGINNING and not self.flags & re.MULTILINE):
            return replace(state, guard=ALL)  # tried at one place only
        if av == C.AT_BEGINNING:
            return replace(state, guard=state.guard | (ALL - {"\n"}))
        if av == C.AT_BOUNDARY:
            nxt = frozenset(_first(rest, self.flags))  # the first character the rest consumes
            word = self.chars([(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])])
            if nxt and nxt <= word:
                return replace(state, guard=state.guard | word)
            if nxt and not nxt & word:
                return replace(state, guard=state.guard | (ALL - word))
        return state


def _merge_all(states: list[State]) -> State:
    out = states[0]
    for s in states[1:]:
        out = out.merge(s)
    return out


def runs_entered_midway(pattern: str | re.Pattern[str], flags: int = 0) -> list[str]:
    """Return one line per unbounded repeat a search may enter in the middle of a run it accepts ([] if none).

    >>> len(runs_entered_midway(r"\\s*+\\("))
    1
    >>> runs_entered_midway(r"(?<!\\s)\\s*+\\("), runs_entered_midway(r"\\bthe\\s+(?:next\\s+)?week")
    ([], [])
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = P.parse(pattern, flags)
    walk = Walk(parsed.state.flags)
    walk.seq(parsed.data, State())
    return walk.issues


def _patterns() -> list[bench_patterns.Found]:
    return bench_patterns.collect(bench_patterns.modules())


FOUND = _patterns()


def test_the_package_keeps_hundreds_of_patterns():
    modules = {f.module for f in FOUND}
    assert len(FOUND) > 300 and {"analysis.extract.dates", "analysis.extract.amounts", "analysis.frames"} <= modules


@pytest.mark.parametrize("found", FOUND, ids=[f"{f.module}.{f.name}" for f in FOUND])
def test_no_pattern_enters_a_run_midway(found: bench_patterns.Found):
    assert runs_entered_midway(found.pattern) == []


@pytest.mark.parametrize("shape", [
    r"\s*+[(\[]",  # _CONVERSION_GAP before regex16: 22 s over blanks
    r"[ \t]*+(?:-|to)[ \t]*+",  # _SHARED_GAP before 8c66736: 134 s
    r"\s+['\"]*([\w$]+)",  # article._NEXT_WORD before regex16
    r"[A-Z]\w*\s+said",  # a capital run re-read from each capital
    r"x[^y]*z",  # "x" is in the run
    r"(a+)+b",  # nested
])
def test_the_check_finds_shapes_that_are_quadratic_alone(shape: str):
    assert runs_entered_midway(shape)


@pytest.mark.parametrize("shape", [
    r"(?<!\s)\s*+[(\[]", r"(?<![ \t])[ \t]*+(?:-|to)[ \t]*+", r"\b[A-Z]\w*\s+said", r"\bthe\s+weekend",
    r"^\s*x", r"\A\s+", r"(?m)^[ \t]*\d+", r"(?<![\d,])\d{1,3}(?:,\d{3})*+", r"[.!?](?=\s++[A-Z])",
])
def test_the_check_passes_shapes_that_enter_each_run_once(shape: str):
    assert runs_entered_midway(shape) == []
