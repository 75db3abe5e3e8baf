"""speed52: in a stretch longer than ``scan._SHORT`` the literals that open with a capital or a mark are found in one
pass of a trie (``scan._fill_places``); the places, and so every trigger's hits, are those of one ``str.find`` loop a
literal, on prose (the dev corpus), on overlapping and nested literals, and at the stretch's edges.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from analysis.extract import amounts, counts, date_rules, dates
from analysis.extract import scan as scan_module
from analysis.extract.scan import Trigger, literal_places

CORPUS = Path(__file__).resolve().parent / "corpus"


def _dev_text(limit: int = 150_000) -> str:
    with open(CORPUS / "index.csv", encoding="utf-8", newline="") as f:
        ids = [row["article_id"] for row in csv.DictReader(f) if row["split"] == "dev"]
    parts, size = [], 0
    for aid in ids:
        parts.append((CORPUS / "articles" / f"{aid}.txt").read_text(encoding="utf-8"))
        size += len(parts[-1])
        if size > limit:
            break
    return "\n\n".join(parts)


def _hostile(size: int, seed: int) -> str:
    """Capitalised literals that nest and overlap ("Veterans", "Veteran", "New Year"), marks, digits, at random."""
    words = ["Veterans", "Veteran", "Vet", "New", "New Year", "ew Year", "Year", "YearYear", "-20", "/20", ".20",
             "$", "USD", "US", "RM", "RMB", "W1", "Won", "won", "May", "MayMay", "Mar", " ", "\n\n", "a", "2019"]
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        w = rnd.choice(words)
        out.append(w)
        n += len(w)
    return "".join(out)


def _reference(text: str, start: int, end: int, lit: str) -> list[int]:
    out, i = [], text.find(lit, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(lit, i + 1, end)
    return out


_LITERALS = [*dates._ALL_LITERALS, "Vet", "Veteran", "Veterans", "YearYear", "MayMay", "RMB", "RM", "USD", "US", "$"]


@pytest.mark.parametrize("name", ["dev", "hostile"])
def test_literal_places_of_a_long_stretch_are_each_literals_finds(name: str) -> None:
    text = _dev_text() if name == "dev" else _hostile(200_000, 52)
    assert len(text) > scan_module._SHORT * 2
    for start, end in ((0, len(text)), (7, len(text) - 5), (len(text) // 3, len(text) // 3 + scan_module._SHORT + 9)):
        found, there = literal_places(text, start, end, _LITERALS)
        for lit in _LITERALS:
            want = _reference(text, start, end, lit)
            assert list(found[lit]) == want, (name, lit, start, end)
            assert (lit in there) == bool(want)


_TRIGGERS = [t for module in (dates, amounts, counts) for t in vars(module).values()
             if type(t) is Trigger and len(t.anchors) > 1]


@pytest.mark.parametrize("name", ["dev", "hostile"])
def test_long_stretch_triggers_hit_as_with_a_find_loop_a_literal(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _dev_text() if name == "dev" else _hostile(200_000, 7)
    assert len(_TRIGGERS) > 20
    got = [list(t.spans(text, 3, len(text) - 2)) for t in _TRIGGERS]
    monkeypatch.setattr(scan_module, "_SHORT", len(text))  # every literal found by its own str.find loop, as before
    assert got == [list(t.spans(text, 3, len(text) - 2)) for t in _TRIGGERS]
    assert sum(map(len, got)) > 1000


_PREFIX = r"\b(?=[A-Zt])"


def _holiday_contexts() -> str:
    names = ["Thanksgiving", "Thanksgiving Day", "the Christmas holidays", "Christmas Eve", "New Year's Day",
             "Memorial Day", "Labour Day", "Veterans' Day", "Independence Movement Day", "the Fourth of July",
             "Liberation Day", "National Foundation Day", "Samiljeol", "Gaecheonjeol", "Easter Sunday", "Easter",
             "the Chuseok holiday", "Seollal", "the Lunar New Year holiday", "Chuseok Day"]
    names += list(date_rules._HOLIDAY_WORDS)
    befores = [f"troops {v} " for v in date_rules._HOLIDAY_VERBS] + [f"{w}, " for w in dates.WEEKDAYS]
    befores += ["\n", "x\n", "a ", "-", "'", "the "]
    afters = [" on Monday.", ": troops", " gifts", " and talks", "", " Tuesday", " reception"]
    return "".join(f"{b}{n}{a}\n" for b in befores for n in names for a in afters)


@pytest.mark.parametrize("name", ["dev", "contexts"])
def test_holiday_bare_opening_test_changes_no_match(name: str) -> None:
    """``dates._HOLIDAY_BARE`` opens with a test every match meets (a word's start, "the" or a capital): the same
    matches as the pattern without it, in every context its look-behinds read."""
    assert dates._HOLIDAY_BARE.pattern.startswith(_PREFIX)
    plain = re.compile(dates._HOLIDAY_BARE.pattern[len(_PREFIX) :])
    text = _dev_text() if name == "dev" else _holiday_contexts()
    got = [(m.span(), m.groupdict()) for m in dates._HOLIDAY_BARE.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert name == "dev" or len(got) > 1000
