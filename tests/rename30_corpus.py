"""Metamorphic renaming of the dev corpus (rename30): every person an article names gets a made-up name of the same
shape, in the article text and in its expected file alike, so that a rule that finds a speaker or a person only
because it knows the name (the gazetteer, a name in a pattern) shows up as a speaker or person right before the
renaming and wrong after it.

- a Korean name (a family name of ``KOREAN_SURNAMES`` then a one-, two- or three-syllable given name: "Moon Jae-in",
  "Kim Jong Un", "Kim Yongbeom") becomes another real Korean family name with made-up given syllables, keeping the
  printed form of every mention ("Jong-un", "Jong Un" and "Jong-Un" stay one given name);
- any other name ("Mark T. Esper", "Joseph R. Biden Jr.") keeps its shape: each given name, initial and surname is
  replaced by a made-up one ("Dale R. Hoskins"), suffixes stay;
- a surname alone, a possessive, "the Trump administration" follow the name; titles and roles stay;
- a person one of whose words is also an English word of the article ("Moon" beside "moon") keeps their name, as does
  a person whose words the gazetteer uses for a place or body, so the renaming never touches anything but names.

The renaming is one pass over the text (one alternation of every name form, full names before lone words) and the
same function applied to every ``exact``, ``speaker``, ``aliases`` and ``name``; an ``occurrence`` is recounted where
the new text needs it. Scoring is the project's own (:mod:`analysis.evaluate`) on a temporary copy.

>>> r = Renamer("a", "Moon Jae-in said. President Moon's aides met Mark T. Esper. Esper left.",
...             ["Moon Jae-in", "Mark Esper"], seed=1)
>>> r.rename("Moon Jae-in said. President Moon's aides met Mark T. Esper. Esper left.") == r.text
True
>>> "Moon" in r.text or "Esper" in r.text or "Jae-in" in r.text
False
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from analysis import evaluate as ev
from analysis.errors import InputError
from analysis.extract.entities import load_gazetteer
from analysis.extract.names import KOREAN_SURNAMES
from analysis.paths import ROOT

CORPUS = ROOT / "tests" / "corpus"

# Real Korean family names the renaming gives (none of them a family name of a gazetteer person).
NEW_KOREAN_SURNAMES = ("Bae", "Baek", "Byun", "Chae", "Gil", "Hwang", "Jin", "Kwak", "Maeng", "Nam", "Noh", "Ok",
                       "Pyo", "Seok", "Tak", "Wi", "Yeom", "Heo", "Gong", "Eom")
# Made-up given syllables (romanised as news prints them).
SYLLABLES = ("Seo", "Ha", "Yeon", "Ji", "Hoon", "Woo", "Jin", "Soo", "Hyun", "Bin", "Rae", "Gyeol", "Dam", "Yul",
             "Chan", "Eun", "Kyul", "Ryeong", "Sol", "Taek", "Gyu", "Hwan", "Sik", "Joon", "Mi", "Na", "Yoon", "Geon")
# Given names for the other shape (ordinary but none in the gazetteer), and made-up surnames built from two parts.
FIRST_NAMES = ("Dale", "Orrin", "Wendell", "Marla", "Corwin", "Selma", "Tobin", "Idris", "Lorna", "Garrick",
               "Hollis", "Bettina", "Rowan", "Maren", "Ansel", "Delia", "Fenton", "Noreen", "Caspar", "Odette")
SURNAME_HEADS = ("Hosk", "Pell", "Brack", "Tamm", "Wick", "Dunm", "Marr", "Cors", "Fenw", "Gall", "Holb", "Lind",
                 "Quarr", "Rusk", "Strou", "Varn", "Ellb", "Trow", "Ashm", "Kettr")
SURNAME_TAILS = ("ins", "worth", "ley", "ett", "berg", "ington", "ard", "sby", "ling", "more", "ick", "ell")
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III"})

_WORD = re.compile(r"[A-Za-z]+")


def is_korean(words: Sequence[str]) -> bool:
    """Return whether a full name's words are a Korean name (family name first, then one to three syllables).

    >>> is_korean(["Moon", "Jae-in"]), is_korean(["Kim", "Jong", "Un"]), is_korean(["Harry", "Harris"])
    (True, True, False)
    """
    return 2 <= len(words) <= 4 and words[0] in KOREAN_SURNAMES and all(w[:1].isupper() for w in words[1:])


@dataclass
class Renamer:
    """The renaming of one article: its persons' full names, the word map and the one-pass pattern."""

    article_id: str
    text: str
    persons: Sequence[str]
    seed: int
    words: dict[str, str] = field(default_factory=dict)
    renamed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"{self.seed}:{self.article_id}")
        self.taken = {w.casefold() for w in _WORD.findall(self.text)}
        self.lower = {w for w in _WORD.findall(self.text) if w.islower()}  # words printed in lower case
        self.forbidden = _gazetteer_other_words()
        forms: list[str] = []
        lone: list[str] = []
        for name in sorted(set(self.persons), key=lambda n: (-len(n), n)):  # not set order: hash-seeded
            self._add_person(name, forms, lone)
        alts = sorted(set(forms), key=lambda f: (-len(f), f)) + sorted(set(lone), key=lambda f: (-len(f), f))
        self.pattern = re.compile("|".join(alts)) if alts else None
        self.text = self.rename(self.text)

    def _fresh(self, make: Any) -> str:
        for _ in range(200):
            new = make()
            if new.casefold() not in self.taken:
                self.taken.add(new.casefold())
                return new
        raise ValueError("no fresh name")

    def _map(self, old: str, make: Any) -> str:
        key = old.casefold()
        if key not in self.words:
            self.words[key] = self._fresh(make)
        return self.words[key]

    def _ambiguous(self, word: str) -> bool:
        return word.lower() in self.lower or word.casefold() in self.forbidden

    def _add_person(self, name: str, forms: list[str], lone: list[str]) -> None:
        words = [w for w in name.replace(",", " ").split() if w not in SUFFIXES]
        if not words or self._ambiguous(words[-1 if len(words) > 1 and not is_korean(words) else 0]):
            return
        self.renamed.append(name)
        if is_korean(words) or (len(words) == 1 and words[0] in KOREAN_SURNAMES):
            self._korean(words, forms, lone)
            return
        *given, last = words
        if last in KOREAN_SURNAMES and len(given) == 1:  # "Incheol Kim": a Korean name in Western order
            self._map(last, lambda: self.rng.choice(NEW_KOREAN_SURNAMES))
            self._map(given[0], self._glued)
        else:
            self._map(last, lambda: self.rng.choice(SURNAME_HEADS) + self.rng.choice(SURNAME_TAILS))
            for g in given:
                if len(g.rstrip(".")) > 1:  # initials stay ("Mark T. Esper" -> "Dale T. Hoskins")
                    self._map(g, lambda: self.rng.choice(FIRST_NAMES))
        if given:
            first = re.escape(given[0])
            forms.append(rf"\b{first}(?:\s+[A-Z]\.?|\s+{_WORD.pattern})?\s+{re.escape(last)}\b")
            if not self._ambiguous(given[0]):
                lone.append(rf"\b{first}\b")
        lone.append(rf"\b(?:{re.escape(last)}|{re.escape(last.upper())})\b")  # "MR BROWN:" in a transcript

    def _korean(self, words: list[str], forms: list[str], lone: list[str]) -> None:
        self._map(words[0], lambda: self.rng.choice(NEW_KOREAN_SURNAMES))
        lone.append(rf"\b(?:{re.escape(words[0])}|{re.escape(words[0].upper())})\b")
        sylls = [s for w in words[1:] for s in re.split(r"[- ]", w)]
        if not sylls:
            return
        glued = len(words) == 2 and not re.search(r"[- ]", words[1])  # "Kim Yongbeom": two syllables in one word
        for s in sylls:
            self._map(s, self._glued if glued else lambda: self.rng.choice(SYLLABLES))
        given = r"(?:-|\s+)".join(f"(?i:{re.escape(s)})" for s in sylls)
        forms.append(rf"\b{re.escape(words[0])}\s+{given}\b")

    def _glued(self) -> str:
        """Return a made-up given name of two syllables in one word, of six letters or more as outlets print them
        ("Yongbeom", "Hunsik"); a shorter glued name ("Solha") is not read as Korean by shape alone."""
        while len(name := self.rng.choice(SYLLABLES) + self.rng.choice(SYLLABLES).lower()) < 6:
            pass
        return name

    def _piece(self, piece: str) -> str:
        new = self.words.get(piece.casefold())
        if new is None:
            return piece
        if piece[:1].islower():
            return new.lower()
        return new if not piece.isupper() or len(piece) == 1 else new.upper()

    def rename(self, s: str | None) -> str | None:
        """Return ``s`` with every mention of the article's persons renamed (None stays None)."""
        if s is None or self.pattern is None:
            return s
        return self.pattern.sub(lambda m: _WORD.sub(lambda p: self._piece(p.group()), m.group()), s)


@cache
def _gazetteer_other_words() -> frozenset[str]:
    """Return the words of the gazetteer's names of places, bodies and agreements (never renamed), but a person's
    name word in them ("Trump administration", "the Moon Jae-in government") is renamed with the person (made once:
    every article's renaming asks)."""
    out, people = set(), set()
    for e in load_gazetteer().entities.values():
        words = {w.casefold() for n in (e.name, *e.aliases) for w in _WORD.findall(n) if w[:1].isupper()}
        (people if e.kind == "person" else out).update(words)
    return frozenset(out - people)


def gazetteer_persons(text: str) -> list[str]:
    """Return the full names of the gazetteer persons whose name or a two-word alias the text prints."""
    out = []
    for e in load_gazetteer().entities.values():
        if e.kind == "person" and any(n in text for n in (e.name, *e.aliases) if len(n.split()) >= 2):
            out.append(e.name)
    return out


def persons_of(expected: dict[str, Any], text: str) -> list[str]:
    """Return every person of an article: its expected people's names and the gazetteer persons it prints."""
    names = [p.get("name") or p["exact"] for p in expected.get("people") or []]
    return [*names, *gazetteer_persons(text)]


def _recount(old_text: str, new_text: str, item: dict[str, Any], r: Renamer) -> dict[str, Any] | None:
    """Return the renamed item with its occurrence recounted in the new text (None when it cannot be placed)."""
    out = dict(item)
    for key in ("exact", "speaker", "name"):
        if isinstance(out.get(key), str):
            out[key] = r.rename(out[key])
    if isinstance(out.get("aliases"), list):
        out["aliases"] = [r.rename(a) for a in out["aliases"]]
    if "exact" not in item:
        return out
    try:
        s, _ = ev.locate(old_text, item, "")
    except InputError:  # an item the original does not place is left out
        return None
    new_start = len(r.rename(old_text[:s]))  # a name never straddles an item's start in the corpus
    if new_text[new_start:new_start + len(out["exact"])] != out["exact"]:
        return None
    out["occurrence"] = _nth(new_text, out["exact"], new_start)
    return out


def _nth(text: str, exact: str, start: int) -> int:
    """Return which occurrence (1-based) of ``exact`` in ``text`` starts at ``start``.

    >>> _nth("a b a", "a", 4)
    2
    """
    n, pos = 0, -1
    while True:
        pos = text.find(exact, pos + 1)
        n += 1
        if pos < 0 or pos >= start:
            return n


SECTIONS = ("quotes", "people", "money", "dates", "findings", "claims")


def rename_article(art: ev.CorpusArticle, seed: int) -> tuple[str, dict[str, Any], Renamer] | None:
    """Return the renamed text and expected file of one article, and its renamer (None when a quote or a person of
    the expected file cannot be placed in the renamed text)."""
    old = art.path.read_text(encoding="utf-8")
    r = Renamer(art.article_id, old, persons_of(art.expected, old), seed)
    exp = dict(art.expected)
    for sec in SECTIONS:
        items = [_recount(old, r.text, it, r) for it in art.expected.get(sec) or []]
        if None in items and sec in ("quotes", "people"):
            return None
        exp[sec] = [it for it in items if it is not None]
    return r.text, exp, r


def dev_articles(sample: int | None = None) -> list[ev.CorpusArticle]:
    """Return the batteries' dev articles (``analysis.evaluate.battery_ids``), or every k-th of them (a fixed sample of
    about ``sample``)."""
    arts = ev.battery_articles(CORPUS)
    if sample and sample < len(arts):
        step = len(arts) / sample
        arts = [arts[int(i * step)] for i in range(sample)]
    return arts


class Recorder(ev.Score):
    """A score that also keeps every item's verdict in order, per measure."""

    def __init__(self) -> None:
        super().__init__(articles=1)
        self.items: dict[str, list[tuple[bool, str]]] = {}

    def add(self, key: str, ok: bool, why: str = "") -> None:
        super().add(key, ok, why)
        self.items.setdefault(key, []).append((ok, why))


def score_speakers_people(art: ev.CorpusArticle) -> Recorder:
    """Return the speakers and people verdicts of one article (the project's scoring, without the claim check)."""
    from analysis.article import read_article
    from analysis.extract import names_and_quotes

    article = read_article(art.path)
    spans = names_and_quotes(article)  # annotate's name and quote spans (tests/test_quote_spans71.py), no numbers
    names = {eid: e.name for eid, e in load_gazetteer().entities.items()}
    run = ev._Run(art, article.source_text, spans, [], [], names)
    rec = Recorder()
    ev._quotes(run, rec)
    ev._people(run, rec)
    return rec


@dataclass
class Outcome:
    """Per article: verdicts before and after the renaming, and the names renamed."""

    article_id: str
    before: Recorder | None
    after: Recorder
    renamed: list[str]


def run(seed: int, arts: Iterable[ev.CorpusArticle], before: bool = True) -> list[Outcome]:
    """Return the outcome of every article renamed with ``seed`` (scored in a temporary copy of the corpus)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        (root / "expected").mkdir()
        rows = []
        for art in arts:
            done = rename_article(art, seed)
            if done is None:
                print("cannot rename", art.article_id)
                continue
            text, exp, r = done
            path = root / "articles" / f"{art.article_id}.txt"
            path.write_text(text, encoding="utf-8")
            (root / "expected" / f"{art.article_id}.json").write_text(json.dumps(exp), encoding="utf-8")
            rows.append({"article_id": art.article_id, "outlet": art.outlet, "published": art.published,
                         "url": "", "title": "", "byline": "", "split": "dev", "note": ""})
            new = ev.CorpusArticle(art.article_id, path, "dev", art.outlet, art.published, exp)
            out.append(Outcome(art.article_id, score_speakers_people(art) if before else None,
                               score_speakers_people(new), r.renamed))
        with (root / "index.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["article_id"])
            w.writeheader()
            w.writerows(rows)
    return out


def totals(outcomes: Iterable[Outcome], which: str = "after") -> dict[str, tuple[int, int]]:
    """Return (right, total) of speakers and people over the outcomes."""
    acc = {"speakers": [0, 0], "people": [0, 0]}
    for o in outcomes:
        rec = getattr(o, which)
        for key in acc:
            acc[key][0] += rec.right[key]
            acc[key][1] += rec.total[key]
    return {k: (v[0], v[1]) for k, v in acc.items()}


def regressions(outcomes: Iterable[Outcome]) -> list[str]:
    """Return the items right before the renaming and wrong after it (the generalisation failures)."""
    out = []
    for o in outcomes:
        if o.before is None:
            continue
        for key in ("speakers", "people"):
            b, a = o.before.items.get(key, []), o.after.items.get(key, [])
            for (ok_b, _), (ok_a, why) in zip(b, a, strict=False):
                if ok_b and not ok_a:
                    out.append(f"{key}: {why}")
    return out


def floor(seeds: Sequence[int], sample: int | None = None) -> dict[str, Any]:
    """Return the floor record of tests/rename30_floor.json: per seed, the renamed sample's speakers and people rates.

    Run ``PYTHONPATH=.:tests python tests/rename30_corpus.py --floor 1 2 3`` to print it after a rule makes them better.
    """
    arts = dev_articles(sample)
    out: dict[str, Any] = {"sample": sample, "seeds": list(seeds), "floor": {}}
    for sd in seeds:
        got = totals(run(sd, arts, before=False))
        out["floor"][str(sd)] = {k: math.floor(1e4 * r / t) / 1e4 for k, (r, t) in got.items()}
    return out


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--floor"]:
        print(json.dumps(floor([int(s) for s in sys.argv[2:]] or [1, 2, 3]), indent=2))
        raise SystemExit
    seeds = [int(s) for s in sys.argv[1:]] or [1]
    for sd in seeds:
        res = run(sd, dev_articles())
        print("seed", sd, "before", totals(res, "before"), "after", totals(res))
        for line in regressions(res):
            print("  ", line)
