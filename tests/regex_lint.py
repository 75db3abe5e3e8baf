"""Find regex shapes that backtrack super-linearly: two unbounded repeats in a row (only optional items
between them) whose characters overlap, neither possessive, e.g. ``(\\S+?)['"]*\\.`` or ``\\s*:?\\s*``.

On a run of characters both repeats accept, a failing match tries every way to split the run between them:
quadratic per start position, cubic when searched from every position. The lint works on the parsed
pattern (``re._parser``) with a sample alphabet standing for each character class.

>>> [f.split(":")[0] for f in overlapping_repeats(r"(\\S+?)['\\"]*\\.\\s*\\Z")]
['repeats 0 and 1']
>>> overlapping_repeats(r"(?:on\\s++)?[.!?]++['\\"]*+\\s*+\\Z")
[]
"""

from __future__ import annotations

import functools
import re
import re._constants as C
import re._parser as P
from typing import Any

from analysis.lazyre import PATTERN_TYPES

SAMPLE = [chr(c) for c in range(9, 14)] + [chr(c) for c in range(32, 127)] + list(
    "\u00a0\ufeff“”‘’…—–₩¥€£éü한"
)
_UNBOUNDED = C.MAXREPEAT


def _chars(items: Any, flags: int) -> set[str]:
    """Sample characters the parsed items can consume anywhere."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY):
            out |= _accepted(_rebuild(op, av), flags)
        for sub in _nested(op, av):
            out |= _chars(sub, flags)
    return out


def _nested(op: Any, av: Any) -> list[Any]:
    """Return the item sequences nested in one parsed item: a body, a group, each branch (none for a leaf)."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return [av[2]]
    if op == C.SUBPATTERN:
        return [av[3]]
    if op == C.ATOMIC_GROUP:
        return [av]
    if op == C.BRANCH:
        return list(av[1])
    return []


@functools.cache
def _accepted(pattern: str, flags: int) -> frozenset[str]:
    rx = re.compile(pattern, flags)
    return frozenset(c for c in SAMPLE if rx.fullmatch(c))


def _rebuild(op: Any, av: Any) -> str:
    if op == C.LITERAL:
        return re.escape(chr(av))
    if op == C.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op == C.ANY:
        return "."
    if op == C.CATEGORY:
        return _CATEGORY[av]
    parts, neg = [], ""
    for o, a in av:
        if o == C.NEGATE:
            neg = "^"
        elif o == C.LITERAL:
            parts.append(re.escape(chr(a)))
        elif o == C.RANGE:
            parts.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
        elif o == C.CATEGORY:
            parts.append(_CATEGORY[a])
    return "[" + neg + "".join(parts) + "]"


_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip


def _first(items: Any, flags: int) -> set[str]:
    """Sample characters a sequence of parsed items can start with."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT, C.SUBPATTERN, C.ATOMIC_GROUP, C.BRANCH):
            for sub in _nested(op, av):
                out |= _first(sub, flags)
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
            out |= _chars([(op, av)], flags)
        if not _nullable(op, av):
            break
    return out


def _nullable(op: Any, av: Any) -> bool:
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return av[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True
    if op == C.SUBPATTERN:
        return all(_nullable(o, a) for o, a in av[3])
    if op == C.BRANCH:
        return any(all(_nullable(o, a) for o, a in alt) for alt in av[1])
    return False


def _leading(op: Any, av: Any) -> Any:
    """The unbounded repeat an item starts with (through groups), else None."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[1] == _UNBOUNDED:
        return op, av
    if op == C.SUBPATTERN and av[3].data:
        return _leading(*av[3].data[0]) if hasattr(av[3], "data") else _leading(*av[3][0])
    return None


def _trailing(op: Any, av: Any) -> Any:
    """The unbounded greedy or lazy repeat an item ends with (through groups), else None."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == _UNBOUNDED:
        return op, av
    if op == C.SUBPATTERN and len(av[3]):
        return _trailing(*av[3][-1])
    return None


def _walk(items: Any, flags: int, out: list[str]) -> None:
    """Check each sequence: an unbounded greedy/lazy repeat, then (past nullable items) an overlapping one."""
    seq = list(items)
    for i, (op, av) in enumerate(seq):
        tail = _trailing(op, av)
        if tail is not None:
            mine = _chars(tail[1][2], flags)
            for j in range(i + 1, len(seq)):
                lead = _leading(*seq[j])
                if lead is not None:
                    both = mine & _first(lead[1][2], flags)
                    if both and lead[0] != C.POSSESSIVE_REPEAT:
                        out.append(f"repeats {i} and {j}: both take {''.join(sorted(both))[:20]!r}")
                    break
                if not _nullable(*seq[j]):
                    break
        if op == C.SUBPATTERN:
            _walk(av[3], flags, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _walk(av[2], flags, out)
        elif op == C.BRANCH:
            for alt in av[1]:
                _walk(alt, flags, out)
        elif op == C.ATOMIC_GROUP:
            _walk(av, flags, out)


def overlapping_repeats(pattern: str | re.Pattern[str], flags: int = 0) -> list[str]:
    """Return one line per pair of adjacent overlapping unbounded repeats in ``pattern`` ([] if none)."""
    if isinstance(pattern, PATTERN_TYPES):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = P.parse(pattern, flags)
    out: list[str] = []
    _walk(parsed.data, parsed.state.flags, out)
    return out
