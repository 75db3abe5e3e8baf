"""analysis.extract.scan: a Trigger finds what its pattern's finditer finds, and scan what the detailed pattern
finds near the hits, on random texts over a small alphabet (many hits, overlaps, runs), across merge blocks.
"""

from __future__ import annotations

import random
import re

import pytest

from analysis.extract import scan as scan_module
from analysis.extract.scan import Trigger, scan

_ALPHABET = "ab$%5 .x\n"
_TRIGGERS = [
    Trigger(re.compile(r"ab|b"), (("ab", 0), ("b", 0))),
    Trigger(re.compile(r"[$%]|5(?=\d)"), (("$", 0), ("%", 0), ("5", 0))),
    Trigger(re.compile(r"x?ab\b"), (("ab", 0), ("ab", 1))),
    Trigger(re.compile(r"\.a"), ((".", 0),)),
    Trigger(re.compile(r"5\.?a"), (("a", 1), ("a", 2))),
]


def _texts(n: int, size: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, size))) for _ in range(n)]


@pytest.mark.parametrize("block", [3, 1 << 16])
def test_trigger_spans_are_finditer_spans(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(scan_module, "_BLOCK", block)
    for text in _texts(300, 60, seed=block):
        for t in _TRIGGERS:
            for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
                want = [m.span() for m in t.pattern.finditer(text, start, end)]
                assert list(t.spans(text, start, end)) == want, (text, t.pattern.pattern, start, end)


def test_shared_found_gives_each_trigger_its_own_hits() -> None:
    for text in _texts(200, 80, seed=7):
        found: dict = {}
        for t in _TRIGGERS:
            assert list(t.spans(text, 0, len(text), found)) == [m.span() for m in t.pattern.finditer(text)]


@pytest.mark.parametrize("back, ahead", [(3, 3), (10, 8), (40, 60)])  # back: the longest text before a hit
def test_scan_yields_the_full_matches_that_cover_a_hit(back: int, ahead: int) -> None:
    full = re.compile(r"(?:ab )?[$%]5+(?: ?ab)?|\.a+")
    trigger = _TRIGGERS[1]
    for text in _texts(300, 70, seed=back):
        hits = [m.span() for m in trigger.pattern.finditer(text)]
        want = [m.span() for m in full.finditer(text)
                if any(m.start() <= s < m.end() for s, _ in hits)]  # fmt: skip
        got = [m.span() for m in scan(full, trigger, text, 0, len(text), back, ahead)]
        assert got == want, (text, back, ahead)
