"""Find people, organisations, places and agreements named in a text, from the gazetteer in data/.

The gazetteer is ``data/entities.csv`` (schema in ``data/datapackage.json``): one row per entity with
its canonical ``name`` and semicolon-separated ``aliases`` (surnames, other spellings, descriptions
such as "the Swedish capital"). It is read with the csv module (no pandas) and cached.

Resolution rules:

- A name shared by several people (a bare "Kim") resolves to the one person of that name the text
  has already introduced by full name; if none or several were, the span's ``id`` is None and
  ``candidates`` lists them (those the text names later first, then the rest of the gazetteer).
- A capital or country used as an actor ("Washington's demand", "calling on Seoul", "Seoul
  decided", "the U.S. still seeks") stays a ``place`` with ``metonym_for`` set to the government
  the row's role names ("metonym for us-government"); after "in/at/to/from ..." it is just a place.
  A country abbreviation used as a modifier ("US allies", "U.S. President") is not tagged.
- An unnamed person described by a phrase ("A South Korean lawmaker") is a ``person`` span with
  ``id`` None, ``descriptor`` True and as ``candidates`` the gazetteer people whose role and country
  fit the description.

>>> [(e, v["id"]) for _, _, e, k, v in find_entities("Mark Esper met Kim in the Swedish capital.")]
[('Mark Esper', 'mark-esper'), ('Kim', None), ('the Swedish capital', 'stockholm')]
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import DataError
from analysis.paths import DATA

__all__ = ["Entity", "Gazetteer", "find_entities", "load_gazetteer"]

KINDS = ("person", "org", "place", "agreement")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_METONYM = re.compile(r"metonym for ([a-z0-9][a-z0-9-]*)")


@dataclass(frozen=True)
class Entity:
    """One gazetteer row."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str
    metonym_for: str | None


@dataclass(frozen=True)
class Gazetteer:
    """Entities by id, and the alias index: surface form -> ids."""

    entities: dict[str, Entity]
    by_alias: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]


def _trie_regex(words: Iterable[str], after_first: str = "") -> str:
    """Return a regex matching any of ``words``, longest first, factored as a trie (fast to scan).

    ``after_first`` goes right after each word's first character (e.g. a lookbehind about the character
    before it): the pattern then starts with a literal character, which ``re`` skips to quickly.

    >>> print(_trie_regex(["Kim", "Kim Jong Un", "Kang"], "(?<!x.)"))
    (?:K(?<!x.)(?:ang|im(?:\\ Jong\\ Un)?))
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any], glue: str = "") -> str:
        end = "" in node
        alts = [re.escape(ch) + glue + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie, after_first) + ")"


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """Return the gazetteer read from ``data/entities.csv`` (or ``path``); DataError on a bad row.

    >>> g = load_gazetteer()
    >>> g.entities["stockholm"].name, g.by_alias["Kim"][:2]
    ('Stockholm', ('kim-jong-un', 'kim-myong-gil'))
    """
    path = Path(path) if path else DATA / "entities.csv"
    where = str(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as exc:
        raise DataError(
            f"cannot read the gazetteer: {exc.strerror}", where=where, fix="restore data/entities.csv"
        ) from None
    entities: dict[str, Entity] = {}
    by_alias: dict[str, list[str]] = {}
    for n, row in enumerate(rows, start=2):
        for col in ("entity_id", "kind", "name"):
            if not (row.get(col) or "").strip():
                raise DataError(f"empty {col}", where=f"{where}, row {n}, column {col}", fix="fill it in")
        eid, kind = row["entity_id"].strip(), row["kind"].strip()
        if not _ID.fullmatch(eid) or eid in entities:
            raise DataError(f"bad or duplicate entity_id {eid!r}", where=f"{where}, row {n}, column entity_id",
                            fix="use a unique lowercase slug")  # fmt: skip
        if kind not in KINDS:
            raise DataError(f"kind {kind!r} is not one of {', '.join(KINDS)}", where=f"{where}, row {n}, column kind",
                            fix="correct the kind")  # fmt: skip
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
        role = (row.get("role") or "").strip()
        m = _METONYM.search(role)
        ent = Entity(eid, kind, row["name"].strip(), aliases, role, (row.get("country") or "").strip(),
                     m.group(1) if m else None)  # fmt: skip
        entities[eid] = ent
        for form in (ent.name, *aliases):
            variants = {form}
            if form[:4] == "the ":
                variants.add("The " + form[4:])
            for v in variants:
                ids = by_alias.setdefault(v, [])
                if eid not in ids:
                    ids.append(eid)
    # Not after a word character, an apostrophe or "x-": checked one character into the name, as
    # (?<![\w'’])(?<![a-z]-) before it would be, so that the pattern starts with a literal (fast).
    rx = _trie_regex(sorted(by_alias), after_first=r"(?<![\w'’].)(?<![a-z]-.)")
    pattern = re.compile(rf"{rx}(?![\w]|['’](?!s\b)|-[a-z])")
    return Gazetteer(entities, {k: tuple(v) for k, v in by_alias.items()}, pattern)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after a place name that show it is a noun (the head of its phrase), not a modifier.
_FUNCTION = _words(
    "and or but nor is was are were has have had will would should could must may might can cannot did "
    "does do said says say wants wanted to in on at of for with from by as than that which who whose if "
    "while when because after before since until into over under about against also still now again already "
    "never not only just even then so whether early late last next this these those amid during where "
    "earlier later recently yet too either ago instead alone itself first"
)
_VERBISH = frozenset(
    [
        "said",
        "says",
        "wants",
        "will",
        "would",
        "should",
        "could",
        "must",
        "may",
        "might",
        "can",
        "cannot",
        "did",
        "does",
        "still",
        "also",
        "agreed",
        "decided",
        "demanded",
        "demands",
        "seeks",
        "sought",
        "insists",
        "insisted",
        "refused",
        "rejected",
        "wants",
        "warned",
        "urged",
        "accused",
        "announced",
        "says",
        "claimed",
        "believes",
        "hopes",
        "plans",
        "needs",
    ]
)
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "outside",
        "around",
        "via",
        "across",
        "inside",
        "toward",
        "towards",
        "between",
        "of",
    ]
)
_ACTOR_BEFORE = frozenset(
    ["on", "urged", "pressed", "told", "asked", "criticized", "criticised", "blamed", "against", "accused"]
)
_NEXT = re.compile(r"(['’]s\b)|[ \t]+([A-Za-z][\w'’-]*)")
_PREV = re.compile(r"([A-Za-z]+)[ \t]+\Z")
_NATIONALITY = {
    "south korean": "KR", "north korean": "KP", "u.s.": "US", "us": "US", "american": "US",
    "japanese": "JP", "chinese": "CN", "korean": "", "swedish": "SE",
}  # fmt: skip
_DESCRIPTOR = re.compile(
    # (?<![\w])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother), written to start with a character class (fast to skip to)
    r"[AaTtOo](?<![\w].)(?:(?<=[Aa])n?|(?<=[Tt])he|(?<=[Oo])ne|(?<=[Aa])nother)\s++"
    r"(?:(?:senior|top|former|ruling[- ]party|opposition|conservative|liberal|veteran|high-ranking|unnamed"
    r"|anonymous|key|leading)\s++)*"
    r"(?P<nat>South\s++Korean|North\s++Korean|U\.S\.|US|American|Japanese|Chinese|Korean|Swedish)?\s*+"
    r"(?:(?:senior|top|former|government|defen[cs]e|foreign|ministry|military|presidential|opposition|"
    r"ruling[- ]party|intelligence|nuclear|chief)\s++)*"
    r"(?P<noun>lawmaker|legislator|official|negotiator|diplomat|spokesman|spokeswoman|spokesperson|minister"
    r"|envoy|ambassador|general|commander|analyst|professor|expert|source|aide|president|leader)\b"
    r"(?![ \t]+[A-Z\d])(?!-)"
)
_NOUN_ROLE = {"lawmaker": ("lawmaker", "legislator"), "legislator": ("lawmaker", "legislator")}


def _descriptor_candidates(g: Gazetteer, nat: str | None, noun: str) -> tuple[str, list[str]]:
    country = _NATIONALITY.get(" ".join(nat.lower().split()), "") if nat else ""
    words = _NOUN_ROLE.get(noun, (noun,))
    cands = [
        e.id for e in g.entities.values()
        if e.kind == "person" and (not country or e.country == country)
        and any(re.search(rf"\b{w}", e.role, re.I) for w in words)
    ]  # fmt: skip
    return country, cands if country else []


def find_entities(
    text: str, segments: Iterable[tuple[int, int]] | None = None, gazetteer: Gazetteer | None = None
) -> list[tuple[int, int, str, str, dict[str, Any]]]:
    """Return ``(start, end, exact, kind, value)`` for each gazetteer name and unnamed-person phrase.

    ``segments`` are the ``(start, end)`` stretches to search (default: all of ``text``).

    >>> [(e, v["id"], v.get("metonym_for")) for _, _, e, _, v in find_entities(
    ...     "Kim Myong Gil spoke. Later Kim said Washington's demand was wrong.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Kim Myong Gil', 'kim-myong-gil', None), ('Kim', 'kim-myong-gil', None),
     ('Washington', 'washington', 'us-government')]
    """
    g = gazetteer or load_gazetteer()
    segs = list(segments) if segments is not None else [(0, len(text))]
    raw: list[tuple[int, int, str, tuple[str, ...] | None, re.Match[str] | None]] = []
    for s0, e0 in segs:
        for m in g.pattern.finditer(text, s0, e0):
            raw.append((m.start(), m.end(), m.group(), g.by_alias[m.group()], None))
        for m in _DESCRIPTOR.finditer(text, s0, e0):
            raw.append((m.start(), m.end(), m.group(), None, m))
    raw.sort(key=lambda t: (t[0], -t[1]))
    # first full (unambiguous) mention of each person, for ordering candidates of a shared name
    first_full: dict[str, int] = {}
    for s, _, _, ids, _ in raw:
        if ids and len(ids) == 1 and g.entities[ids[0]].kind == "person":
            first_full.setdefault(ids[0], s)
    out: list[tuple[int, int, str, str, dict[str, Any]]] = []
    introduced: dict[str, int] = {}  # people named in full so far -> when last named (higher = more recent)
    descriptors: dict[tuple[str | None, str], tuple[str, list[str]]] = {}
    last_end = -1
    for s, e, exact, ids, dm in raw:
        if s < last_end:
            continue
        if ids is None:  # unnamed person: "A South Korean lawmaker"
            assert dm is not None
            after = _NEXT.match(text, e)
            word = after.group(2).lower() if after and after.group(2) else ""
            if word and word not in _FUNCTION and word not in _VERBISH and not word.endswith("ed"):
                continue  # "the official name": an adjective, not a person
            key = (dm["nat"], dm["noun"])
            if key not in descriptors:
                descriptors[key] = _descriptor_candidates(g, *key)
            country, cands = descriptors[key][0], list(descriptors[key][1])
            noun_phrase = exact.split(None, 1)[1] if " " in exact else exact
            value: dict[str, Any] = {"id": None, "name": noun_phrase, "candidates": cands, "role": noun_phrase,
                                     "country": country or None, "descriptor": True}  # fmt: skip
            out.append((s, e, exact, "person", value))
            last_end = e
            continue
        ent = g.entities[ids[0]]
        nxt = _NEXT.match(text, e)
        next_word = nxt.group(2) if nxt and nxt.group(2) else ""
        possessive = bool(nxt and nxt.group(1))
        if ent.kind != "person" and next_word[:1].isupper() and next_word not in _WEEKDAY_MONTH:
            continue  # part of a longer proper name: "U.S. President", "Seoul National University"
        if ent.kind == "place" and not exact.lower().startswith("the ") and next_word[:1].islower():
            nw = next_word.lower()
            if nw not in _FUNCTION and not nw.endswith("ed"):
                continue  # modifier: "US allies", "US military"
        if len(ids) > 1:
            known = sorted((i for i in dict.fromkeys(ids) if i in introduced), key=introduced.__getitem__, reverse=True)
            if len(known) == 1:
                eid: str | None = known[0]
                cands = [known[0]]
            else:
                eid = None
                later = sorted((i for i in ids if i in first_full and i not in known), key=first_full.__getitem__)
                cands = list(dict.fromkeys([*known, *later, *ids]))
        else:
            eid = ids[0]
            cands = [eid]
            if ent.kind == "person":
                introduced[eid] = len(out)
        chosen = g.entities[eid] if eid else ent
        value = {
            "id": eid,
            "name": chosen.name if eid else exact,
            "candidates": cands,
            "role": chosen.role if eid else None,
            "country": chosen.country or None,
        }
        if chosen.kind == "person":
            value["descriptor"] = False
            if eid is None:
                countries = {g.entities[c].country for c in cands}
                value["country"] = countries.pop() if len(countries) == 1 else None
        if chosen.kind == "place":
            metonym = None
            prev = _PREV.search(text, max(0, s - 20), s) if chosen.metonym_for else None  # only needed here
            prev_word = prev.group(1).lower() if prev else ""
            if chosen.metonym_for and prev_word not in _LOCATIVE:
                nw = next_word.lower()
                if possessive or nw in _VERBISH or nw.endswith("ed") or prev_word in _ACTOR_BEFORE:
                    metonym = chosen.metonym_for
            value["metonym_for"] = metonym
        out.append((s, e, exact, chosen.kind, value))
        last_end = e
    return out


_WEEKDAY_MONTH = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
