"""perf49: ``scan`` calls a ``need`` bound from a LazyPattern before it compiled as the compiled pattern's own method
(``scan._direct``); the matches are those of the same need compiled, and of no need at all, on random texts."""

from __future__ import annotations

import random

from analysis import lazyre
from analysis.extract.scan import _direct, scan

_ALPHABET = "ab5% .\n"


def test_a_need_bound_before_compiling_is_called_compiled() -> None:
    lazy = lazyre.compile(r"5\s*%")
    bound = lazy.search  # bound at "import": lazyre's wrapper, the pattern not compiled yet
    assert not lazy.is_compiled()
    assert _direct(bound) == lazy.compiled().search
    assert _direct(lazy.search) == lazy.search  # bound after compiling: already the pattern's own
    compiled = lazyre.compile(r"x").compiled()
    assert _direct(compiled.search) == compiled.search and _direct(None) is None


def test_scan_with_a_lazily_bound_need_finds_what_scan_without_one_finds() -> None:
    full, trigger = lazyre.compile(r"\d+ ?%"), lazyre.compile("%")
    need = lazyre.compile(r"\d").search  # every match of ``full`` holds a digit
    rnd = random.Random(49)
    for _ in range(400):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 80)))
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 5)):
            plain = [m.span() for m in scan(full, trigger, text, start, end, 6, 4)]
            assert [m.span() for m in scan(full, trigger, text, start, end, 6, 4, need=need)] == plain, text
