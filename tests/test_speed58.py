"""speed58 (session 58): the reported-speech test of undated past times (``dates._reported_at_untold_time``) no longer
reads every verb of saying of the whole text (``_SAID_WORD``: about 2 % of annotating a news MB); it searches for one
only in the window before a date that an undated past time ("years ago", "in the past") already sits in
(``dates._first_said``), and the whole-text pass for those times (``_UNTOLD_END``) starts with a letter, which the
search skips to in C.

Checked for identity and by counting characters searched, never by time: the new pattern finds the old one's places;
``_first_said`` answers what the old whole-text list answered (``bisect`` from the window's start) on invented texts
with the case folds of ``(?i)`` ("ſaid", "İ", "K"), words cut at the window's ends and verbs glued to other words;
and a text with no undated past time is searched for no verb of saying at all.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
from collections.abc import Iterator

import pytest

from analysis.extract import dates

_OLD_END = re.compile(r"\b(?:ago|past)\b")

# invented pieces: the time words, the verbs (and case folds, glued forms), letters that are words' parts
PIECES = ["ago", "past", "Ago", "PAST", "said", "SAID", "\u017faid", "told", "Told", "noted", "wrote", "wrotex",
          "xsaid", "_said", "said_", "1said", "announced", "\u0130ndicated", "insisted", "ago.", "past,", "\u212a",
          "a", "p", "s", "go", "ast", "the", "Kim", " ", " ", " ", "\n", ",", "-", "'", "\u00e9", "\u0131", "9"]


def _texts(n: int, seed: int = 58) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def _old_first_said(text: str, lo: int, hi: int) -> int:
    """The answer of the whole-text list that ``_first_said`` replaced (session 57's ``_untold_places``)."""
    saids = [m.start() for m in dates._SAID_WORD.finditer(text)]
    k = bisect.bisect_left(saids, lo)
    return -1 if k == len(saids) or saids[k] >= hi else saids[k]


@pytest.mark.parametrize("text", [*_texts(400), "", "ago", "pastago", "a go past", "ago\npast"])
def test_untold_end_finds_the_old_places(text: str) -> None:
    assert [m.span() for m in dates._UNTOLD_END.finditer(text)] == [m.span() for m in _OLD_END.finditer(text)]
    assert list(dates._untold_places(text)) == [m.start() for m in _OLD_END.finditer(text)]


def test_first_said_answers_as_the_whole_text_list() -> None:
    for text in _texts(300, seed=5858):
        for lo in range(len(text) + 1):
            for hi in (lo, lo + 1, lo + 4, lo + 9, len(text)):
                assert dates._first_said(text, lo, hi) == _old_first_said(text, lo, hi), (text, lo, hi)


def test_untold_reading_unchanged_on_invented_speech() -> None:
    pub = dt.date(2021, 4, 6)
    cases = {
        "Kim said years ago that Seoul would pay more next year.": "years ago",
        "Lee told reporters in the past that talks resume next month.": "in the past",
        "Kim, who left the talks years ago, said Seoul would pay more next year.": None,
        "Park saidx years ago that Seoul would pay more next year.": None,  # no verb: a glued word
    }
    for text, want in cases.items():
        hits = dates._candidates(text, pub, 0, len(text))
        assert dates._reported_at_untold_time(text, hits[-1]) == want, text


class _Counting:
    """A stand-in for ``_SAID_WORD`` that counts the characters each search and ``finditer`` is given."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx, self.chars = rx, 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        self.chars += endpos - pos
        return self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        self.chars += endpos - pos
        return self.rx.finditer(text, pos, endpos)


def test_no_verb_search_without_an_undated_past_time(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(dates._SAID_WORD)
    monkeypatch.setattr(dates, "_SAID_WORD", counting)
    text = "Aides said talks resume next week and end next year. " * 400  # 21,200 characters, 800 deictic dates
    dates.find_dates(text, dt.date(2021, 4, 6))
    assert counting.chars == 0  # session 57: one pass over all 21,200
    text = "Kim said years ago that talks end next year. " + text
    dates.find_dates(text, dt.date(2021, 4, 6))
    ago = text.find("ago")  # only the dates within reach of the one "ago" search, one window each
    near = sum(ago < m.start() <= ago + dates._UNTOLD_REACH for m in re.finditer(r"next", text))
    assert 0 < counting.chars <= near * (dates._UNTOLD_REACH + dates._SAID_LONGEST + 1) < len(text) // 8


def test_one_literal_pass_over_a_long_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body longer than ``scan._SHORT`` is read once for the dates' and the amount finders' literals together, each
    amount piece's places cut from that pass (session 57: one pass for the dates, then one a piece)."""
    from analysis.extract import annotate, scan

    calls: list[int] = []
    real = scan._ac_places

    def counting(text: str, start: int, end: int, auto: object) -> dict[str, object]:
        calls.append(end - start)
        return real(text, start, end, auto)

    monkeypatch.setattr(scan, "_ac_places", counting)
    monkeypatch.setattr("analysis.extract._PIECE", 1 << 17)  # pieces of 128 KB: three of the body below
    para = "Tarvo agreed on March 3 to pay $1.2 billion, up 4 percent, for 900 troops next year."
    text = "Talks\n\nMarch 9, 2024\n\n" + "\n\n".join([para] * 4000)  # about 350,000 characters
    annotate(text)
    long = [n for n in calls if n > scan._SHORT]
    assert len(long) == 1 and long[0] > len(text) - 100
