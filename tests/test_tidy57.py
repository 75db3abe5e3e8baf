"""tidy57 (session 57): the final read's findings on the session's claim and date changes.

- LEFT_BY_CUT: the level a planned cut "will leave" is a level to come only when the cut has a size, another count or
  a number a few words after the cut's word (``frames.troops_left_by_cut``, ``frames._CUT_STEMS``): a pullout only
  talked of plans no level, and the level told is judged as before mend57v. ROWS fail on main and pass here; NEAR read
  the same on both (a cut of a bare number, a cut "by" a number, a level a cut left).
- ``dates._told_key`` finds a stretch's line ends by bisecting the text's line breaks, kept with the text's other
  values (``dates.line_breaks``): counted, not timed, on one long line, and compared with the scans it replaced.

Every row is my own sentence (other names, numbers and wording than any corpus article).
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
import random

import pytest
from conftest import table
from test_verd56 import check_sentence

from analysis.extract import date_rules, dates

ROWS = table(
    r"""
published | sentence | needle | want
# LEFT_BY_CUT: a pullout talked of, no size: the level told is judged
2021-06-01 | Talk of a drawdown faded after the summit. The Pentagon will leave about 28,500 troops in South Korea. | 28,500 | supported
2021-06-01 | Plans for a pullout were shelved, so the Pentagon will leave about 28,500 troops in South Korea. | 28,500 | supported
"""
)

NEAR = table(
    r"""
published | sentence | needle | want
# LEFT_BY_CUT: a cut of a size, told as a bare number or "by" a number, still plans a level to come
2021-06-01 | Officials backed a pullout of 3,000; it will leave about 25,500 troops in South Korea. | 25,500 | not_checkable
2021-06-01 | Officials plan to cut 3,000 from the force, which will leave about 25,500 troops in South Korea. | 25,500 | not_checkable
2021-06-01 | The Pentagon will trim the force by 3,000 next year, which will leave about 25,500 troops in South Korea. | 25,500 | not_checkable
# a level a cut left is judged
2021-06-01 | The drawdown of 1,500 soldiers last year left about 28,500 troops in South Korea. | 28,500 | supported
"""
)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_tidy57_rows(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)


class Scanned(str):
    """A text that counts the characters its ``find`` and ``rfind`` scan (the steps of a line lookup)."""

    steps = 0

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else end
        Scanned.steps += max(0, min(end, len(self)) - start)
        return str.find(self, sub, start, end)

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else end
        Scanned.steps += max(0, min(end, len(self)) - start)
        return str.rfind(self, sub, start, end)


def test_told_key_does_not_scan_a_long_line() -> None:
    """On one line of 400 KB, the keys of 50 stretches scan no characters for the line's ends (main scanned back to
    the line's start and on to its end for each: about 400 KB a stretch)."""
    text = Scanned("Han spoke.\n" + "Talks ran on and on, " * 20_000 + "\nLee left.")
    breaks = dates.line_breaks(text)
    Scanned.steps = 0
    keys = [dates._told_key(text, dt.date(2025, 9, 1), s, s + 9, s, False, breaks)
            for s in range(20_000, 400_000, 7_600)]
    assert len(keys) == 50 and Scanned.steps == 0
    assert keys[0][1] == (("line", 11), ("end", len(text) - 10))


def old_line_ends(text: str, start: int, end: int) -> tuple[int, int]:
    """The line's ends as main found them: a scan back for the line's start, on for its end (none: the text's end)."""
    return text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)


def test_told_key_finds_the_line_ends_the_scans_found() -> None:
    """Keys with the kept breaks equal keys with breaks made afresh, and name the line ends main's scans found."""
    rng = random.Random(57)
    for _ in range(200):
        text = "".join(rng.choice(("ab ", "\n", "c. ", "\n\n", "dd")) for _ in range(rng.randrange(1, 1500)))
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randrange(0, 40))
        breaks = dates.line_breaks(text)
        key = dates._told_key(text, dt.date(2025, 9, 1), start, end, start, False, breaks)
        assert key == dates._told_key(text, dt.date(2025, 9, 1), start, end, start, False)
        if len(key) > 5:  # a key by the window (not by place): its line ends as the scans found them
            lo, hi = max(0, start - date_rules._TOLD_REACH), min(len(text), end + date_rules._TOLD_REACH)
            line, close = old_line_ends(text, start, end)
            assert key[1] == (("in", line - lo) if line > lo else ("line", line),
                              ("in", close - lo) if close < hi else ("end", close))
