"""speed50: three pieces of ``annotate`` that read a whole text more often than they need, made cheaper, with the
same answers: ``names.MEDIUM_THEN_NAME`` (its six look-behinds tried only where a publication's noun and a blank
are: a lookahead opens the pattern, in place of speed50's first wrapper in quote_fallback),
``scan.literal_places(outer=...)`` (a stretch's literal places cut from those of a stretch holding it, as
``find_dates`` does for each story day's stretch), and ``quote_rules._unnamed_offices`` given the text in lower case.
"""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from test_speed52 import _dev_text  # the same first 150-200 KB of dev prose

from analysis.extract import dates
from analysis.extract import scan as scan_module
from analysis.extract.entities import Mention
from analysis.extract.names import MEDIUM_THEN_NAME
from analysis.extract.quote_rules import _unnamed_offices
from analysis.extract.quotes import _Index
from analysis.extract.scan import _places_within, literal_places


def _media_prose(size: int, seed: int) -> str:
    """Publication nouns before names, after verbs of telling, glued to words, with and without "The", at random."""
    words = ["the", "magazine", "newspaper", "daily", "weekly", "outlet", "website", "journal", "tabloid", "told",
             "tell", "tells", "The", "Time", "Bo", "Economist", "Roe's", "Al-Ahram", "x", "dailyBo", " ", "  ", "\n",
             ",", "broadcaster", "Kyodo", "A", "Times"]
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        w = rnd.choice(words)
        out.append(w + rnd.choice(["", " ", " ", "\t", "\n", "-"]))
        n += len(out[-1])
    return "".join(out)


#: MEDIUM_THEN_NAME as it was before its opening lookahead (everything after the lookahead's closing ")")
_WITHOUT_LOOKAHEAD = re.compile(MEDIUM_THEN_NAME.pattern[MEDIUM_THEN_NAME.pattern.index(r")\s)") + 4 :])


@pytest.mark.parametrize("name", ["dev", "random"])
def test_medium_then_name_gives_the_patterns_own_matches(name: str) -> None:
    """The pattern with its opening lookahead finds what it found without it."""
    text = _dev_text(200_000) if name == "dev" else _media_prose(60_000, 50)
    want = [(m.span(), m["n"]) for m in _WITHOUT_LOOKAHEAD.finditer(text)]
    assert want, "the text holds matches"
    assert [(m.span(), m["n"]) for m in MEDIUM_THEN_NAME.finditer(text)] == want


def test_medium_then_name_invented_cases() -> None:
    t = ("He told the newspaper Vasko would resign. The weekly Varnet and the daily The Korvan Star said so; "
         "tabloid  Hollow, magazine Ray-Ban, a newspaperOrla, the website Qix\u2019s page, the outlet Prenna.")
    assert [m["n"] for m in MEDIUM_THEN_NAME.finditer(t)] == [m["n"] for m in _WITHOUT_LOOKAHEAD.finditer(t)]
    assert [m["n"] for m in MEDIUM_THEN_NAME.finditer(t)] == ["Varnet", "Korvan", "Prenna"]  # (two blanks: no match)


def _hostile(size: int, seed: int) -> str:
    """Literals that nest and overlap, at random, so that places fall on both edges of a cut stretch."""
    words = ["May", "MayMay", "ay", "year", "years", "yearyear", "ago", "-20", "20", "2020", " ", "\n\n", "a", "the "]
    rnd = random.Random(seed)
    out, n = [], 0
    while n < size:
        out.append(rnd.choice(words))
        n += len(out[-1])
    return "".join(out)


_LITERALS = [*dates._ALL_LITERALS, "MayMay", "ay", "yearyear", "2020", "the "]


@pytest.mark.parametrize("name", ["dev", "hostile"])
def test_places_cut_from_an_outer_stretch_are_those_searched(name: str) -> None:
    text = _dev_text(200_000) if name == "dev" else _hostile(150_000, 50)
    n = len(text)
    for lo, hi in ((0, n), (5, n - 3)):
        outer = literal_places(text, lo, hi, _LITERALS)[0]
        rnd = random.Random(lo)
        cuts = [(lo, hi), (lo, lo + 10), (hi - 7, hi), (lo + 1, lo + scan_module._SHORT + 3)]
        cuts += [tuple(sorted((rnd.randrange(lo, hi), rnd.randrange(lo, hi)))) for _ in range(12)]
        for s, e in cuts:
            want, want_there = literal_places(text, s, e, _LITERALS)
            got, there = literal_places(text, s, e, _LITERALS, outer)
            assert there == want_there, (name, s, e)
            assert {k: list(got[k]) for k in _LITERALS} == {k: list(want[k]) for k in _LITERALS}, (name, s, e)


def test_places_within_at_the_edges() -> None:
    t = "MayMay May"
    outer = literal_places(t, 0, len(t), ["May", "ayM", "Jun"])[0]
    got, there = _places_within(outer, 3, 9, ["May", "ayM", "Jun"])
    assert [list(got[k]) for k in ("May", "ayM", "Jun")] == [[3], [], []]
    assert there == {"May"}


def test_find_dates_with_story_days_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body whose datelines change the story's day is read again a stretch a day: the same dates as when each
    stretch's literals are searched again (``outer`` ignored)."""
    t = ("Talks ended on Friday, officials said.\n\nVORNA, Nov. 20 (Tamsk News) -- Han left on Monday, two days ago."
         "\n\nTAMSK, Oct. 3 (AP) -- Kim left last week and returns next month.\n\nThe talks resume in March.")
    pub = dt.date(2019, 11, 22)
    got = dates.find_dates(t, pub)
    real = scan_module.literal_places
    monkeypatch.setattr(dates, "literal_places", lambda text, s, e, lits, outer=None: real(text, s, e, lits))
    assert dates.find_dates(t, pub) == got
    assert len({f[3]["start"] for f in got}) > 3


def test_unnamed_offices_with_the_lowered_text_given() -> None:
    t = "Jo Bell, the minister, met a Minister in Tokyo. Ministers and the minister left. A MINISTER spoke."
    idx = _Index([Mention(0, 7, "Jo Bell", "person", {})])
    for head in ("minister", "president", "envoy"):
        assert _unnamed_offices(t, idx, head, t.lower()) == _unnamed_offices(t, idx, head)
