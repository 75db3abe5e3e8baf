"""speed54: exact speed-ups of ``analysis.extract.scan`` (issue #12); each kept answer equals the one found the old way.

1. ``scan`` searches each window once before it makes a generator for it (``_cover``'s ``first``): most windows hold
   no match. The matches equal those of the old ``_cover`` (one ``finditer`` over the window), patterns that match
   empty included.
"""

from __future__ import annotations

import itertools
import random
import re
from array import array

import pytest

from analysis.extract import scan as S


def _old_cover(full, text, hits, i, j, lo, hi, end):
    """The ``_cover`` of session 53: ``finditer`` over the window, searched again wider when a match reaches its end."""
    k, pos = i, lo
    while True:
        for m in full.finditer(text, pos, hi):
            ms, me = m.span()
            while k < j and hits[k] < ms:
                k += 1
            if k == j:
                return
            if not (ms <= hits[k] < me or ms == hits[k] == me):
                continue
            if me + 5 >= hi and hi < end:
                pos, hi = ms, min(end, hi + max(hi - ms, 64))
                break
            if me > ms:
                yield m
            while k < j and hits[k] < me:
                k += 1
            if k == j:
                return
        else:
            return


# patterns of every shape the finders use: plain, optional words before, empty matches, look-behinds, runs that reach
# a window's end (widened), word boundaries
_PATTERNS = [r"\$\d+", r"(?:up to )?\$\d+(?: billion)?", r"a*", r"x*|b+", r"(?<=a)b|c", r"\bab\w*", r"[ab ]+",
             r"(?:b|)a", r"a(?=b)|", r"\d+(?:,\d{3})*", r"\w+\s*"]
_TEXTS = ["up to $5 and $6 billion, $70", "baab abba ab cab" * 3, "aaaa bbbb ab ba" * 5, "1,000 and 22,500,1 x" * 4]


def _cases():
    rng = random.Random(54)
    for pat, text in itertools.product(_PATTERNS, _TEXTS):
        rx = re.compile(pat)
        for _ in range(40):
            starts = sorted(rng.sample(range(len(text)), rng.randint(1, 4)))
            lo = max(0, starts[0] - rng.randint(0, 12))
            end = rng.randint(starts[-1] + 1, len(text))
            hi = min(end, starts[-1] + rng.randint(1, 20))
            yield rx, text, array("q", starts), lo, hi, end


@pytest.mark.parametrize("pat", _PATTERNS)
def test_cover_with_first_equals_finditer(pat):
    for rx, text, hits, lo, hi, end in _cases():
        if rx.pattern != pat:
            continue
        old = [m.span() for m in _old_cover(rx, text, hits, 0, len(hits), lo, hi, end)]
        first = rx.search(text, lo, hi)
        new = [] if first is None else [m.span() for m in S._cover(rx, text, hits, 0, len(hits), lo, hi, end, first)]
        assert new == old, (pat, text, list(hits), lo, hi, end)


def test_scan_skips_empty_windows_same_matches():
    text = "paid $5 billion; up to $6 and some words with no money at all, then $7 million. " * 20
    full, trigger = re.compile(r"(?:up to )?\$\d+(?: (?:b|m)illion)?"), re.compile(r"\$")
    got = [m.span() for m in S.scan(full, trigger, text, 3, len(text) - 4, back=12, ahead=6)]
    want = [m.span() for m in full.finditer(text, 3, len(text) - 4)]
    assert got == want
    assert [m.span() for m in S.scan(re.compile(r"\d%"), trigger, text)] == []  # windows with no match: none
