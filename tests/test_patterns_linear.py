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

import functools
import re
import re._constants as C
import re._parser as P
import sys
from dataclasses import dataclass, replace
from typing import Any

import pytest

from analysis.lazyre import PATTERN_TYPES
from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
import bench_patterns
from conftest import run_rows
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
    stop: frozenset[str] = frozenset()  # characters the next one cannot be (a possessive repeat took them all)

    def merge(self, other: State) -> State:
        """Return the state of either path (a branch, an optional item)."""
        return State(self.fresh or other.fresh, self.last | other.last, self.consumed | other.consumed,
                     self.guard & other.guard, self.stop & other.stop)

    def take(self, chars: frozenset[str]) -> State:
        """Return the state after consuming one of ``chars``."""
        return State(False, chars, self.consumed | chars, self.guard)


Paths = frozenset[State]
MAX_PATHS = 32  # more ways through than this: merged into one (less precise, still sound)


class Walk:
    """Walks a parsed pattern along each way through it, collecting one line per unbounded repeat it cannot prove
    is entered only at the start of a run."""

    def __init__(self, flags: int) -> None:
        self.flags, self.issues = flags, []

    def chars(self, items: Any) -> frozenset[str]:
        return frozenset(_chars(items, self.flags))

    def seq(self, items: Any, paths: Paths) -> Paths:
        items = list(items)
        for i, (op, av) in enumerate(items):
            paths = self.item(op, av, paths, items[i + 1:])
            if len(paths) > MAX_PATHS:
                paths = frozenset({_merge_all(list(paths))})
        return paths

    def item(self, op: Any, av: Any, paths: Paths, rest: list[Any]) -> Paths:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            chars = self.chars([(op, av)])
            return frozenset(s.take(chars) for s in paths)
        if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            return self.seq(av[3] if op == C.SUBPATTERN else av, paths)
        if op == C.BRANCH:
            return frozenset().union(*(self.seq(alt, paths) for alt in av[1]))
        if op == C.GROUPREF_EXISTS:
            outs = [self.seq(alt, paths) for alt in av[1:] if alt is not None]
            return frozenset().union(*outs, paths if av[2] is None else frozenset())
        if op == C.GROUPREF:
            return paths | frozenset(s.take(ALL) for s in paths)
        if op in _REPEATS:
            return self.repeat(op, av, paths)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return frozenset(self.assertion(op, av, s) for s in paths)
        if op == C.AT:
            return frozenset(self.at(av, s, rest) for s in paths)
        return paths

    def repeat(self, op: Any, av: Any, paths: Paths) -> Paths:
        lo, hi, body = av
        if hi == C.MAXREPEAT:
            run = self.chars(body)
            if not all(_enters_at_start(s, run) for s in paths):
                self.issues.append(f"unbounded repeat over {''.join(sorted(run))[:24]!r} entered mid-run")
            if op != C.POSSESSIVE_REPEAT and any(o in _REPEATS and a[1] == C.MAXREPEAT for o, a in body):
                self.issues.append("unbounded repeat nested in an unbounded repeat, neither possessive")
        once = self.seq(body, paths)
        after = once | (self.seq(body, once) if hi > 1 else once) | (paths if lo == 0 else frozenset())
        if op == C.POSSESSIVE_REPEAT and hi == C.MAXREPEAT:
            run = self.chars(body)
            after = frozenset(replace(s, stop=run) for s in after)  # the next character is none of the run
        return after

    def assertion(self, op: Any, av: Any, state: State) -> State:
        direction, body = av
        if direction == 1:  # a lookahead reads from here: its repeats are checked, the state is unchanged
            self.seq(body, frozenset({state}))
            return self.not_inside(op, list(body), state)
        width = body.getwidth() if isinstance(body, P.SubPattern) else P.SubPattern(P.State(), list(body)).getwidth()
        if width != (1, 1):
            return state
        chars = self.chars(body)
        if op == C.ASSERT:
            chars = ALL - chars  # (?<=X): the character before is not outside X
        if state.fresh:
            return replace(state, guard=state.guard | chars)
        return replace(state, last=state.last - chars)

    def not_inside(self, op: Any, body: list[Any], state: State) -> State:
        """``(?!(?<=X)Y)`` at the start: no attempt starts between two characters of X & Y (inside their run)."""
        if op != C.ASSERT_NOT or len(body) != 2 or not state.fresh:
            return state
        (op1, av1), (op2, av2) = body
        if op1 != C.ASSERT or av1[0] != -1 or op2 not in (C.IN, C.LITERAL, C.CATEGORY):
            return state
        if P.SubPattern(P.State(), list(av1[1])).getwidth() != (1, 1):
            return state
        return replace(state, guard=state.guard | (self.chars(av1[1]) & self.chars([(op2, av2)])))

    def at(self, av: Any, state: State, rest: list[Any]) -> State:
        if not state.fresh:
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


def _enters_at_start(state: State, run: frozenset[str]) -> bool:
    """Whether a repeat over ``run`` reached on this path starts at the start of a run of those characters."""
    if run <= state.stop:
        return True  # a possessive repeat just took every character of the run: this one takes none
    from_start = run <= state.guard  # the attempt starts where no character of the run is before it
    if state.fresh:
        return from_start
    return not state.last & run or (state.consumed <= run and from_start)


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
    if isinstance(pattern, PATTERN_TYPES):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = P.parse(pattern, flags)
    walk = Walk(parsed.state.flags)
    walk.seq(parsed.data, frozenset({State()}))
    return walk.issues


@functools.cache
def found() -> list[bench_patterns.Found]:
    """Every pattern the package keeps, each once (compiled): found when a test first asks, not at collection, so that
    only the xdist worker that runs this module compiles and walks them all (about 1 s of CPU)."""
    return bench_patterns.collect(bench_patterns.modules())


def test_the_package_keeps_hundreds_of_patterns():
    modules = {f.module for f in found()}
    assert len(found()) > 300 and {"analysis.extract.dates", "analysis.extract.amounts", "analysis.frames"} <= modules


def _own_patterns() -> dict[tuple[str, int], list[str]]:
    """Every module-level pattern of the package under the names that compile it (``X = re.compile(...)``)."""
    owners: dict[tuple[str, int], list[str]] = {}
    for mod in bench_patterns.modules():
        module = sys.modules[mod]
        source = (ROOT / module.__file__).read_text(encoding="utf-8") if module.__file__ else ""
        for name in re.findall(r"^([A-Za-z_]\w*) = (?:re\.compile|_words)\(", source, re.M):
            rx = getattr(module, name, None)
            if isinstance(rx, PATTERN_TYPES):
                owners.setdefault((rx.pattern, rx.flags), []).append(f"{mod}.{name}")
    return owners


def test_each_pattern_is_compiled_in_one_place():
    """One copy of each pattern: a second module compiling the same text imports the first's instead."""
    twice = {names[0]: names[1:] for names in _own_patterns().values() if len(names) > 1}
    assert not twice


# Patterns the check cannot prove (regex16, after hardening every one the benchmark flagged but those in the report).
# Most are linear for a reason the check does not model: a word run after ``\b`` with a "-" or blank consumed before
# it (``\bcost-?shar\w*``), a match that succeeds on the run and so consumes it once (``_LINE``, ``_TOKEN``), a
# window that bounds every search (``scan``'s detailed patterns, ``search(text, pos - 30, pos)``). Their times alone
# are in ``benchmarks/bench_patterns.py`` (RESULTS.md, regex16). A new pattern must pass the check or be added here
# with its benchmark row; a pattern hardened since must leave the list.
UNPROVEN = {
    "analysis.article": "PARAGRAPH_BREAK _BOUNDARY _DATELINE _INITIALISM _LAST_TOKEN _LINE",
    "analysis.extract.amounts": "_MONEY_BARE _MONEY_PREFIXED _MONEY_WORDED _MULT _PERCENT _TIMES_AFTER_VERB "
                                "_UNSCALED",
    "analysis.extract.date_rules": "_AFTER_THAT_MONTH _DAYS_OF_MONTH _MONTH_BESIDE",  # split60: dates.py in three
    "analysis.extract.date_tense": "_TOKEN",
    "analysis.extract.dates": "_LAST_WORD",
    "analysis.extract.entities": "_DESCRIPTOR _DESCRIPTOR_PARTS[0] _DESCRIPTOR_PARTS[1] _DESCRIPTOR_PARTS[2] "
                                 "_DESCRIPTOR_PARTS[3] _ID _METONYM _NEXT",
    "analysis.extract.export": "_IRI",
    "analysis.extract.findings": "_INITIALISM",
    "analysis.extract.names": "_CAPITALISED _CAPS_WORD _HYPHEN_GIVEN _NAME_WORD _SPACED_TOKEN _TOKEN",
    # quotes' _WORD is assigned in a tuple (not found as its home), so it is found under the first module that
    # imports it by name: quote_fallback, the quote finder's last pass split from quotes.py
    "analysis.extract.quote_fallback": "_PROPER_RUN _WORD",
    "analysis.extract.quote_rules": "_DOCUMENT_NOUN _PHRASE_END _TAIL_SAYS _TRAILING_LABEL _WORD_TAIL",  # split60
    "analysis.extract.quotes": "_OF_PROPER _PRONOUN_BEFORE _RELATIVE _THEY_BEFORE _TO_LAST_WORD",
    # split60f: frames.py in two, each pattern under the module that compiles it
    "analysis.frame_reader": "_AND_PAY _APPOSED_AFTER _CAP _COST_BEFORE _DATE_LEAD _DEAL_AFTER "
                             "_DEMAND _FOR_PEOPLE _FRONTED_LEAD _OFFER _PART_CUE _PAYING "
                             "_PAYMENT _PAYS_PEOPLE _RAISED_FROM _RESTATE_GAP _SMA_WORDS "
                             "_STEP_GAP _TO_GAP "
                             # twenty-seventh session (mend92b, mend93): matched once a figure, at its end
                             # (``.match(text, fig.end)``), or searched in a window of ``QUESTION_BACK`` characters
                             # before it
                             "_ASK_NOUN_AFTER _OFFER_NOUN_AFTER _STATED_AFTER _AS_DEMANDED _QUESTION_OPEN",
    "analysis.frames": "_BASE_BEFORE _MULTIPLE_BASE_GAP _PROPER _REJECTED_PASSIVE _SUBJECT_GAP _YEARS_GAP",
    "analysis.guards": "BUDGET_WORDS _BILL_AFTER _PAID_PART",
    "analysis.render": "_NUMBER",
    "analysis.rules": "_LEAD_GAP",
}


def check_pattern(found: bench_patterns.Found) -> None:
    """One pattern: the check finds no run it enters midway, or finds one if it is in :data:`UNPROVEN`."""
    issues = runs_entered_midway(found.pattern)
    if found.name in UNPROVEN.get(found.module, "").split():
        assert issues, "proven now: remove it from UNPROVEN"
    else:
        assert issues == []


#: How many items check the patterns: each runs one slice of :func:`found` (in order; together, all of them).
PARTS = 6


def part(k: int, parts: int = PARTS) -> list[Any]:
    """Return the ``k``-th of ``parts`` slices of :func:`found`'s patterns as rows (pytest params named
    "<module>.<name>", for :func:`conftest.run_rows`); the slices together hold every pattern once.

    >>> sum(len(part(k)) for k in range(PARTS)) == len(found()), part(0)[0].id
    (True, 'analysis.article._DATELINE')
    """
    rows = [pytest.param(f, id=f"{f.module}.{f.name}") for f in found()]
    size = -(-len(rows) // parts)
    return rows[k * size:(k + 1) * size]


@pytest.mark.parametrize("k", range(PARTS), ids=[f"part-{k + 1}-of-{PARTS}" for k in range(PARTS)])
def test_no_pattern_enters_a_run_midway(k: int):
    run_rows(check_pattern, part(k))


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
    r"^\s*x", r"\A\s+", r"(?!(?<=\s)\s)\s*+As\s++",
    r"(?m)^[ \t]*\d+", r"(?<![\d,])\d{1,3}(?:,\d{3})*+", r"[.!?](?=\s++[A-Z])",
])
def test_the_check_passes_shapes_that_enter_each_run_once(shape: str):
    assert runs_entered_midway(shape) == []
