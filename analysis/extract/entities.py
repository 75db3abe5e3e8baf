"""Find people, organisations, places and agreements named in a text: from the gazetteer in data/, and
people the gazetteer does not know, from the text itself (``analysis.extract.names``).

The gazetteer is ``data/entities.csv`` (schema in ``data/datapackage.json``): one row per entity with
its canonical ``name``, semicolon-separated ``aliases`` (surnames, other spellings, descriptions
such as "the Swedish capital") and, for people, the dates of their ``role`` (``role_start``/``role_end``,
one pair per term). It is read with the csv module (no pandas) and cached.

Resolution rules:

- A name found from the text (after a title, before an appositive, beside a speech verb, a Korean full
  name) is a ``person`` with ``id`` None, ``name`` the full name and ``role`` the title or appositive;
  a later bare surname of it has ``name`` the full name and ``refers_to`` ``{start, end, exact}`` of
  the first mention. A full name (two words or more) is never ambiguous.
- A bare surname refers to the one person of that surname the text has already introduced by full name
  (from the gazetteer or the text). If it introduced several, the span's ``id`` is None and
  ``candidates`` (gazetteer ids) and ``candidate_names`` list them; if none, the gazetteer decides: its
  only person of that name, or ``id`` None and ``candidates`` all of them (those the text names later
  first). A title before a surname that fits no gazetteer person of that name ("President Yoon" when
  the gazetteer's Yoon is a lawmaker) makes it someone else, not in the gazetteer.
- With the publication date, people carry ``in_office`` (whether the gazetteer role was held then, None
  if unknown), and an unnamed description's candidates are the people in office then.
- A capital or country used as an actor ("Washington's demand", "calling on Seoul", "Seoul
  decided", "the U.S. still seeks") stays a ``place`` with ``metonym_for`` set to the government
  the row's role names ("metonym for us-government"); after "in/at/to/from ..." it is just a place.
  A country abbreviation used as a modifier ("US allies", "U.S. President") is not tagged.
- An unnamed person described by a phrase ("A South Korean lawmaker") is a ``person`` span with
  ``id`` None, ``descriptor`` True and as ``candidates`` the gazetteer people whose role and country
  fit the description; a group ("The lawmakers") adds ``plural`` True. Right after a named person
  ("Jo Bell, a former lawmaker") the phrase is that person's role, not another person.

>>> [(e, v["id"]) for _, _, e, k, v in find_entities("Mark Esper met Kim in the Swedish capital.")]
[('Mark Esper', 'mark-esper'), ('Kim', None), ('the Swedish capital', 'stockholm')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from analysis import lazyre as re
from analysis.csvfile import read_csv
from analysis.errors import DataError
from analysis.extract.countries import ADJECTIVES, COUNTRIES
from analysis.extract.names import (
    CANDIDATES_LISTED,
    KOREAN_SURNAMES,
    NOT_NAME_WORDS,
    OWNED_BY,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    Found,
    Name,
    find_names_and_publications,
    headline_case,
    is_name_word,
    speaks_after_comma,
    surname_of,
    two_syllable_given,
    word_of,
    word_set,
)
from analysis.extract.scan import line_breaks, visible_end, word_trie
from analysis.extract.spans import shared
from analysis.paths import DATA

__all__ = ["Entity", "Gazetteer", "Term", "find_entities", "load_gazetteer", "title_fits"]

KINDS = ("person", "org", "place", "agreement")


class Mention(NamedTuple):
    """An entity mention: where it is, its text, its kind (one of :data:`KINDS`) and the entity's value."""

    start: int
    end: int
    exact: str
    kind: str
    value: dict[str, Any]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_METONYM = re.compile(r"metonym for ([a-z0-9][a-z0-9-]*)")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _day(text: str, last: bool) -> dt.date:
    """Return the first (or ``last``) day that a YYYY, YYYY-MM or YYYY-MM-DD date covers; ValueError if bad.

    >>> _day("2019", True), _day("2020-02", True), _day("2017-01-20", False)
    (datetime.date(2019, 12, 31), datetime.date(2020, 2, 29), datetime.date(2017, 1, 20))
    """
    m = _PARTIAL_DATE.fullmatch(text)
    if not m:
        raise ValueError(text)
    year = int(m.group(1))
    month = int(m.group(2) or (12 if last else 1))
    day = int(m.group(3) or (calendar.monthrange(year, month)[1] if last else 1))
    return dt.date(year, month, day)


@dataclass(frozen=True)
class Term:
    """One term in a role, from ``first`` to ``last`` inclusive (``last`` None: still held)."""

    first: dt.date
    last: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        """Return whether the role was held on ``day``.

        >>> Term(dt.date(2017, 1, 20), dt.date(2021, 1, 20)).holds_on(dt.date(2022, 5, 1))
        False
        """
        return self.first <= day and (self.last is None or day <= self.last)


def parse_terms(starts: str, ends: str) -> tuple[Term, ...]:
    """Return the terms of a gazetteer row's ``role_start``/``role_end`` cells (';'-separated, paired in order).

    A start with no matching end is a term still held. ValueError on a bad date or more ends than starts.

    >>> [(t.first.isoformat(), t.last) for t in parse_terms("2017-01-20;2025-01-20", "2021-01-20")][1]
    ('2025-01-20', None)
    """
    firsts = [x.strip() for x in starts.split(";") if x.strip()]
    lasts = [x.strip() for x in ends.split(";") if x.strip()]
    if len(lasts) > len(firsts):
        raise ValueError("more role_end dates than role_start dates")
    return tuple(
        Term(_day(f, last=False), _day(lasts[k], last=True) if k < len(lasts) else None) for k, f in enumerate(firsts)
    )


@dataclass(frozen=True)
class Entity:
    """One gazetteer row; ``terms`` are the dates its ``role`` was held (empty: unknown)."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str
    metonym_for: str | None
    terms: tuple[Term, ...] = ()

    def in_office(self, day: dt.date | None) -> bool | None:
        """Return whether the role was held on ``day`` (None if the terms or the day are unknown).

        >>> load_gazetteer().entities["donald-trump"].in_office(dt.date(2025, 3, 1))
        True
        """
        if day is None or not self.terms:
            return None
        return any(t.holds_on(day) for t in self.terms)


@dataclass(frozen=True)
class Gazetteer:
    """Entities by id, and the alias index: surface form -> ids."""

    entities: dict[str, Entity]
    by_alias: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]
    parts: _AliasParts | None = None  # ``pattern`` split by first character (what ``_aliases`` searches)

    @functools.cached_property
    def sole_people(self) -> dict[str, str]:
        """Return the person each alias names, for the aliases of one entity that is a person (made once, not per
        article).

        >>> g = load_gazetteer()
        >>> g.sole_people["Mark Esper"], "Kim" in g.sole_people
        ('mark-esper', False)
        """
        people = self.entities
        return {a: ids[0] for a, ids in self.by_alias.items() if len(ids) == 1 and people[ids[0]].kind == "person"}

    @functools.cached_property
    def names(self) -> dict[str, str]:
        """Return each entity's name by id (made once, not per article; read only).

        >>> load_gazetteer().names["donald-trump"]
        'Donald Trump'
        """
        return {eid: e.name for eid, e in self.entities.items()}


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """Return the gazetteer read from ``data/entities.csv`` (or ``path``); DataError on a bad row.

    >>> g = load_gazetteer()
    >>> g.entities["stockholm"].name, g.by_alias["Kim"][:2]
    ('Stockholm', ('kim-jong-un', 'kim-myong-gil'))
    """
    path = Path(path) if path else DATA / "entities.csv"
    where = str(path)
    table = read_csv(path, where=where, fix="correct the row, or restore data/entities.csv from git")
    entities: dict[str, Entity] = {}
    by_alias: dict[str, list[str]] = {}
    for n, row in zip(table.lines, table.dicts(), strict=True):
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
        try:
            terms = parse_terms(row.get("role_start") or "", row.get("role_end") or "")
        except ValueError as exc:
            raise DataError(
                f"bad role dates ({exc})",
                where=f"{where}, row {n}, column role_start/role_end",
                fix="write YYYY-MM-DD, YYYY-MM or YYYY, one per term, separated by ';'",
            ) from None
        ent = Entity(eid, kind, row["name"].strip(), aliases, role, (row.get("country") or "").strip(),
                     m.group(1) if m else None, terms)  # fmt: skip
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
    rx = "(?:" + word_trie(sorted(by_alias), after_first=_NOT_AFTER, space=r"\ ") + ")"
    pattern = re.compile(rf"{rx}{_ALIAS_END}")
    return Gazetteer(entities, {k: tuple(v) for k, v in by_alias.items()}, pattern, _split_aliases(sorted(by_alias)))


_NOT_AFTER = r"(?<![\w'’].)(?<![a-z]-.)"
# An apostrophe ends a name only as its possessive: "'s", or a lone apostrophe after a final "s" and before a space
# ("the United States' envoy", speak52: the plural possessive had left the place unread)
_ALIAS_END = r"(?![\w]|(?<!s)['’](?!s\b)|(?<=s)['’](?![ \t]|s\b)|-[a-z])"


@dataclass(frozen=True)
class _AliasParts:
    """The gazetteer pattern split by an alias's first character, so that ``re`` skips through the text instead of
    trying a match at each common lower-case letter: capitalised aliases (a set of capitals to skip to), aliases
    opening with "the " (a literal prefix: ``re`` skips to it), and the other lower-case ones, matched only where
    ``str.find`` finds their first word. At one place only one part can match (they start with different
    characters), so the parts' matches merged leftmost-first are the whole pattern's (``_alias_matches``)."""

    searched: tuple[re.Pattern[str], ...]
    anchored: re.Pattern[str] | None
    first_words: tuple[str, ...]


def _split_aliases(aliases: list[str]) -> _AliasParts:
    """Return the gazetteer pattern's parts for ``aliases`` (sorted).

    >>> p = _split_aliases(["Kim", "the UN", "cost-sharing deal"])
    >>> [q.pattern[:3] for q in p.searched], p.first_words
    (['(?:', 'the'], ('cost-sharing',))
    """
    sp = r"\ "
    the = [a for a in aliases if a[:1] == "t"]
    if not all(a.startswith("the ") for a in the):
        the = []  # a lower-case "t" alias without "the ": searched with the other lower-case ones
    capital = [a for a in aliases if a[:1].isupper()]
    other = [a for a in aliases if a not in the and a not in capital]
    searched = [re.compile(f"(?:{word_trie(capital, after_first=_NOT_AFTER, space=sp)}){_ALIAS_END}")]
    if the:  # "the " written before the test of what precedes it: a literal prefix
        rx = word_trie([a[4:] for a in the], space=sp)
        searched.append(re.compile(rf"the\ (?<![\w'’]the\ )(?<![a-z]-the\ )(?:{rx}){_ALIAS_END}"))
    anchored = re.compile(f"(?:{word_trie(other, after_first=_NOT_AFTER, space=sp)}){_ALIAS_END}") if other else None
    firsts = tuple(sorted({a.split(" ")[0] for a in other}))
    return _AliasParts(tuple(searched), anchored, firsts)


def _alias_matches(text: str, s0: int, e0: int, parts: _AliasParts) -> list[re.Match[str]]:
    """Return the matches ``pattern.finditer(text, s0, e0)`` yields, from the pattern's parts.

    >>> g = load_gazetteer()
    >>> t = "the UN, Kim and a cost-sharing deal; the US"
    >>> [m.span() for m in _alias_matches(t, 0, len(t), g.parts)] == [m.span() for m in g.pattern.finditer(t)]
    True
    """
    return _leftmost(text, s0, e0, parts.searched, _anchored_matches(text, s0, e0, parts))


def _leftmost(text: str, s0: int, e0: int, searched: Iterable[re.Pattern[str]],
              anchored: Sequence[re.Match[str]] = ()) -> list[re.Match[str]]:
    """Return the matches one ``finditer`` of the union of patterns that start with different characters would
    yield in ``text[s0:e0]``: those of ``searched``, and ``anchored`` (a part's match at each place it can start).

    Each part's own matches are sorted together and taken leftmost-first: the union's, as long as each match left
    out ends within the one taken (the part's next match was then searched from no later than the end of the one
    taken: "US" in "the US"); where one runs past it, the parts are searched again leftmost-first (``_merged``).

    >>> [m.group() for m in _leftmost("the US, an ox", 0, 13, [re.compile("US|the US|an? ox"), re.compile("x")])]
    ['the US', 'an ox']
    >>> t = "A senior official met the US envoy and one analyst, another aide."
    >>> [m.span() for m in _leftmost(t, 0, len(t), _DESCRIPTOR_PARTS)] == [m.span() for m in _DESCRIPTOR.finditer(t)]
    True
    """
    found, end = [], s0
    for m in anchored:  # leftmost-first, as finditer takes them
        if m.start() >= end:
            found.append(m)
            end = m.end()
    for p in searched:
        found += p.finditer(text, s0, e0)
    found.sort(key=re.Match.start)
    out, end = [], s0
    for m in found:
        if m.start() >= end:
            out.append(m)
            end = m.end()
        elif m.end() > end:
            return list(_merged(text, s0, e0, searched, anchored))
    return out


def _merged(text: str, s0: int, e0: int, searched: Iterable[re.Pattern[str]],
            rest: Sequence[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Yield the union's matches, each the leftmost of the parts' first matches after the last one."""
    searches = [p.search for p in searched]
    ahead = [search(text, s0, e0) for search in searches]
    k, n, pos = 0, len(rest), s0
    while True:
        while k < n and rest[k].start() < pos:
            k += 1
        best = rest[k] if k < n else None
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                m = ahead[i] = searches[i](text, pos, e0)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def _anchored_matches(text: str, s0: int, e0: int, parts: _AliasParts) -> list[re.Match[str]]:
    """Return the anchored part's match at each place in ``text[s0:e0]`` where one of its first words starts."""
    if parts.anchored is None:
        return []
    places = set()
    for w in parts.first_words:
        i = text.find(w, s0, e0)
        while i >= 0:
            places.add(i)
            i = text.find(w, i + 1, e0)
    match = re.compiled(parts.anchored).match  # (not lazyre's wrapper: speed56)
    return [m for p in sorted(places) if (m := match(text, p, e0)) is not None]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after a place name that show it is a noun (the head of its phrase), not a modifier.
_FUNCTION = _words(
    "and or but nor is was are were has have had will would should could must may might can cannot did "
    "does do said says say wants wanted to in on at of for with from by as than that which who whose if "
    "while when because after before since until into over under about against also likewise still now again already "
    "never not only just even then so whether early late last next this these those amid during where "
    "earlier later recently yet too either ago instead alone itself first"
)
_VERBISH = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
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
        "has",
        "have",
        "had",
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
# Words that open a phrase after an unnamed person ("a source familiar with the talks")
_POSTMODIFIERS = frozenset(["familiar", "close", "involved", "knowledgeable"])
# "'s", or a plural name's lone apostrophe ("the United States' envoy"; speak52), or the next word
_NEXT = re.compile(r"(['’]s\b|(?<=s)['’](?=[ \t]))|(?<![ \t])[ \t]+([A-Za-z][\w'’-]*)")
# The word right before a place and the spaces after it, read on the characters before the place reversed (a search
# for "letters, spaces, end" would try a match at each letter before it).
_PREV_BACKWARDS = re.compile(r"(?<![ \t])[ \t]+([A-Za-z]+)")
# Every nationality of the countries table (countries.ADJECTIVES: "norwegian", "south korean", "filipino"), and the
# words of the US and the Koreas that are not adjectives there: "Korean" names no one country.
_NATIONALITY = {
    **ADJECTIVES,
    "u.s.": "US", "us": "US", "korean": "",
    # a capital standing for its country's government ("a Seoul official", "the Washington source")
    "seoul": "KR", "pyongyang": "KP", "washington": "US", "tokyo": "JP", "beijing": "CN",
}  # fmt: skip
NATIONALITY = _NATIONALITY  # the country code each nationality word or capital names (the quote finder reads it)
AGE_NOUN = r"[1-9][0-9]-year-old"  # a person told by age ("the 61-year-old"): an age pointing back (quotes reads it)
_NATIONALITIES = word_trie(sorted({a for c in COUNTRIES for a in c.adjectives}), space=r"\s++")
_DESCRIPTOR_BODY = (
    r"\s++"
    r"(?:(?:senior|top|former|ruling[- ]party|opposition|conservative|liberal|veteran|high-ranking|unnamed"
    r"|anonymous|key|leading|Republican|Democratic|progressive|retired"
    # hist58s: a tenure or stance as a modifier ("the two-term governor", "the longtime senator", "the outgoing
    # envoy", "the hard-line minister"): a hyphenated compound in lower case, or one of a few such words
    r"|longtime|outgoing|incoming|embattled|visiting|[a-z]{2,12}+-(?:term|time|serving|line|ranking|elected)"
    # an office's rank before a nationality ("the chief U.S. negotiator", "the lead South Korean negotiator"); "chief"
    # only before a capital, as "the chief" is a noun of its own ("the chief said")
    r"|lead|deputy|acting|new|chief(?=[ \t]++[A-Z]))\s++)*+"
    # a nationality: the countries table's (a trie of them, not a word), or the words of _NATIONALITY it lacks
    rf"(?P<nat>{_NATIONALITIES}(?![\w-])|U\.S\.|US|Korean|Seoul|Pyongyang|Washington|Tokyo|Beijing)?\s*+"
    r"(?:(?:senior|top|former|government|defen[cs]e|foreign|ministry|military|presidential|opposition|"
    r"diplomatic|informed|administration|deputy|vice|special|unification|trade|finance|"
    r"ruling[- ]party|intelligence|nuclear|chief"
    # an organisation's name as the modifier: "one Foreign Ministry official", "a State Department official"
    r"|(?:Foreign|Defen[cs]e|Unification)\s++Ministry|State\s++Department|White\s++House|Blue\s++House"
    r"|Army|Navy|Marine|Air\s++Force)\s++)*"  # a service before a rank: "the retired Army general"
    r"(?P<noun>lawmaker|legislator|official|negotiator|diplomat|spokesman|spokeswoman|spokesperson|minister"
    r"|prime[ \t]++minister"  # the head of a government: one noun (not "a prime source")
    rf"|(?:{AGE_NOUN}|academic)(?=[ \t]++(?:said|says|told|added)\b)"  # "the 61-year-old said"
    r"|envoy|ambassador|general|admiral|governor|commander|analyst|professor|expert|source|aide|president|leader|candidate"
    r"|nominee"  # speak54: "The nominee said" after "Jo Bell, the Democratic nominee"
    r"|adviser|advisor|researcher|scholar|economist"
    r"|senator|senators|congressman|congresswoman|secretary|chairman|chairwoman|chief"
    r"|lawmakers|legislators|officials|negotiators|diplomats|analysts|experts|sources|protesters|activists"
    r"|demonstrators|leaders|ministers|envoys|aides"
    # the wire's unnamed source: "a person familiar with the matter", "people close to the talks"
    r"|person(?=[ \t]++(?:familiar|close|involved|knowledgeable|briefed|with[ \t]++knowledge)\b)"
    r"|people(?=[ \t]++(?:familiar|close|involved|knowledgeable|briefed|with[ \t]++knowledge)\b))\b"
    r"(?![ \t]+[A-Z\d])(?!-)"
)
_DESCRIPTOR = re.compile(
    # (?<![\w])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother), written to start with a character class (fast to skip to)
    r"[AaTtOo](?<![\w].)(?:(?<=[Aa])n?|(?<=[Tt])he|(?<=[Oo])ne|(?<=[Aa])nother)"
    + _DESCRIPTOR_BODY
)
# The same pattern split by the determiner's first letter (a capital; "a"; "the"; "one"), each a literal or a rare
# capital that ``re`` skips to: the class [AaTtOo] entered the matcher at about a fifth of all characters. Searched
# through ``_leftmost``, which yields what ``_DESCRIPTOR`` (their union, the reference) does.
_DESCRIPTOR_PARTS = tuple(re.compile(head + _DESCRIPTOR_BODY) for head in (
    r"[ATO](?<![\w].)(?:(?<=A)n?|(?<=T)he|(?<=O)ne|(?<=A)nother)", r"a(?<![\w].)(?:n?|nother)",
    r"the(?<![\w]the)", r"one(?<![\w]one)"))
_NOUN_ROLE = {"lawmaker": ("lawmaker", "legislator"), "legislator": ("lawmaker", "legislator")}


def _descriptor_candidates(
    g: Gazetteer, nat: str | None, noun: str, published: dt.date | None = None
) -> tuple[str, list[str]]:
    """Return the country a description names and the gazetteer people who fit it (in office then, if known).

    >>> _descriptor_candidates(load_gazetteer(), "South Korean", "lawmaker")
    ('KR', ['yoon-sang-hyun'])
    """
    country = _NATIONALITY.get(" ".join(nat.lower().split()), "") if nat else ""
    words = _NOUN_ROLE.get(noun, (noun,))
    cands = [
        e.id for e in g.entities.values()
        if e.kind == "person" and (not country or e.country == country)
        and any(re.search(rf"\b{w}", e.role, re.I) for w in words) and e.in_office(published) is not False
    ]  # fmt: skip
    return country, cands if country else []


# Title before a name -> words one of which the person's role must hold for the title to fit them.
_TITLE_ROLES = {
    "president": ("president",), "secretary": ("secretary",), "minister": ("minister",),
    "ambassador": ("ambassador",), "gen": ("general", "commander", "army"), "general": ("general", "commander"),
    "adm": ("admiral", "navy", "commander"), "admiral": ("admiral", "navy", "commander"),
    "rep": ("representative", "lawmaker", "congress"), "representative": ("representative", "lawmaker", "congress"),
    "sen": ("senator", "senate"), "senator": ("senator", "senate"), "gov": ("governor",),
    "governor": ("governor",), "chairman": ("chairman", "chair"), "commander": ("commander",),
}  # fmt: skip


def title_fits(title: str, role: str) -> bool:
    """Return whether the title before a name ("President", "Gen.") fits a gazetteer role (unknown titles fit).

    >>> title_fits("President", "South Korean lawmaker"), title_fits("former President", "President of Korea")
    (False, True)
    """
    words = _TITLE_ROLES.get(title.split()[-1].rstrip(".").lower()) if title.split() else None
    return words is None or any(w in role.lower() for w in words)


@dataclass(slots=True)
class _Hit:
    """A candidate mention: a gazetteer alias (``ids``), an unnamed-person phrase (``descriptor``) or a
    name found from the text (``name``; also set on a gazetteer alias a text rule found at the same place)."""

    start: int
    end: int
    exact: str
    ids: tuple[str, ...] | None = None
    descriptor: re.Match[str] | None = None
    name: Name | None = None


@dataclass(frozen=True)
class _Aliases:
    """Where the gazetteer's aliases are in the text (two arrays of ints: 8 bytes a match), and the first
    unambiguous mention of each gazetteer person (``first_full``: it orders the candidates of a shared name)."""

    starts: array
    ends: array
    first_full: dict[str, int]


def _aliases(text: str, segs: list[tuple[int, int]], g: Gazetteer) -> _Aliases:
    """Return where the gazetteer's aliases are in ``segs``, in text order.

    >>> a = _aliases("Kim met Mark Esper.", [(0, 19)], load_gazetteer())
    >>> list(a.starts), list(a.ends), a.first_full
    ([0, 8], [3, 18], {'mark-esper': 8})
    """
    starts, ends, first_full = array("i"), array("i"), {}
    sole = g.sole_people
    for s0, e0 in segs:
        last = s0
        for found in g.pattern.finditer(text, s0, e0) if g.parts is None else _alias_matches(text, s0, e0, g.parts):
            s, e = found.span()
            if s < last:
                continue  # inside a longer alias taken past its "the" (``past_the``)
            exact = found.group()
            if exact.startswith(("the ", "The ")):  # the only matches past_the may change (no call for the others)
                m = past_the(text, found, e0, g)
                s, e = m.span()
                exact = m.group()
            last = e
            person = sole.get(exact)
            if person is not None and person not in first_full:
                first_full[person] = s
            starts.append(s)
            ends.append(e)
    return _Aliases(starts, ends, first_full)


def past_the(text: str, m: re.Match[str], end: int, g: Gazetteer) -> re.Match[str]:
    """Return the longer alias that starts after the "the " of the alias match ``m`` and runs past it, else ``m``:
    "the US Forces in Korea" is US Forces in Korea, not "the US" before "Forces in Korea" (an alias "the X" and an
    alias "X Y" both start there; the leftmost match alone would keep the shorter).

    >>> g = load_gazetteer()
    >>> t = "He said the US Forces in Korea sent letters and the US agreed. The US Forces Korea did."
    >>> [past_the(t, m, len(t), g).group() for m in _alias_matches(t, 0, len(t), g.parts)]
    ['US Forces in Korea', 'the US', 'US Forces Korea']
    """
    if not m.group().startswith(("the ", "The ")):
        return m
    longer = g.pattern.match(text, m.start() + 4, end)
    if longer is None or longer.end() <= m.end() or _named_anyway(text, m.end(), longer, g):
        return m
    return longer


def _named_anyway(text: str, start: int, longer: re.Match[str], g: Gazetteer) -> bool:
    """Return whether an alias of the same entity as ``longer`` ends ``longer`` from ``start`` on: the body the
    leftmost match already finds ("the South Korean Defense Ministry": "the South", then "Defense Ministry"), so
    taking the longer alias would only reword its name.

    >>> g = load_gazetteer()
    >>> t = "the South Korean Defense Ministry said"
    >>> _named_anyway(t, 9, g.pattern.match(t, 4), g)
    True
    >>> t = "the US Forces in Korea said"
    >>> _named_anyway(t, 6, g.pattern.match(t, 4), g)
    False
    """
    ids = set(g.by_alias.get(longer.group(), ()))
    tails = g.pattern.finditer(text, start, longer.end())
    return any(t.end() == longer.end() and ids.intersection(g.by_alias.get(t.group(), ())) for t in tails)


def _by_place(h: _Hit) -> tuple[int, int]:
    return h.start, -h.end


def _hits(text: str, segs: list[tuple[int, int]], g: Gazetteer, aliases: _Aliases,
          found: Found | None = None) -> Iterator[_Hit]:
    """Yield the gazetteer aliases, descriptions and text names in ``segs``, by start then longest first; at one
    place an alias comes first, then descriptions. A text name at an alias's place is joined to it (a bare surname
    or "President <surname>" is resolved against the text's people; a longer name is the alias itself).

    The aliases (most hits) are made one at a time from their arrays: no list of every hit.

    >>> t, g = "Gen. Jo Bell met Kim. A senior official said.", load_gazetteer()
    >>> [(h.exact, h.ids is not None, h.name is not None) for h in _hits(t, [(0, 45)], g, _aliases(t, [(0, 45)], g))]
    [('Jo Bell', False, True), ('Kim', True, True), ('A senior official', False, False)]
    """
    others = [_Hit(m.start(), m.end(), m.group(), descriptor=m) for s0, e0 in segs
              for m in _leftmost(text, s0, e0, _DESCRIPTOR_PARTS)]  # fmt: skip
    found = find_names_and_publications(text, segs) if found is None else found
    others += (_Hit(n.start, n.end, n.exact, name=n) for n in (*found.people, *word_surname_speakers(text, segs,
                                                                                                     found.people)))
    others += (_Hit(n.start, n.end, n.exact, name=n) for n in found.publications if _speaks(text, n.end))
    others += (_Hit(n.start, n.end, n.exact, name=n) for n in _text_bodies(text, segs)
               if not _holds_alias(aliases, n.start, n.end))  # the gazetteer's name of a body comes first
    others.sort(key=_by_place)  # stable: a description before a text name at one place
    k, n = 0, len(others)
    for s, e in zip(aliases.starts, aliases.ends, strict=True):
        while k < n and (others[k].start < s or (others[k].start == s and others[k].end > e)):
            yield others[k]
            k += 1
        h = _Hit(s, e, (x := text[s:e]), ids=g.by_alias[x])
        same = []
        while k < n and others[k].start == s and others[k].end == e:
            if others[k].descriptor is not None:
                same.append(others[k])
            elif " " not in others[k].exact:
                h.name = others[k].name
            k += 1
        yield h
        if same:
            yield from same
    yield from others[k:]


# The last word of an organisation's name: a body's noun ("the Hanul Employees Union", "the Federation of ...").
# Its "not after a word character or a hyphen" is tested on each match (``_after_word``), not written before it: a
# pattern that starts with a look-behind is tried at every character, one that starts with a capital skips to one.
_BODY_HEAD = re.compile(
    r"(?:Union|Unions|Association|Federation|Confederation|Council|Institute|Party|Ministry|Committee"
    r"|Commission|Foundation|League|Alliance|Coalition|Society|Agency)(?![\w-])"
)
_BODY_WORDS = 6  # capitalised words (and "of", "for", "and") of a body's name read back from its noun
_BODY_INNER = frozenset(["of", "for", "and"])
# "a member of the X Committee", "who sits on the X Committee": the body is where a person belongs (a modifier of that
# person, who is the one speaking), not a body of its own in the sentence
_SEAT_WORDS = word_set("member members chair chairs chairman chairwoman head heads leader leaders spokesman "
                        "spokeswoman spokesperson secretary director official officials representative sits sit sat "
                        "serves serve served")
# "of/for/on" and capitalised words after the noun ("Ministry of Economy and Finance", "Council on Global Affairs")
_NOT_IN_BODY = "|".join(["The", *calendar.day_name, *calendar.month_name[1:]])  # "Council on Monday": a date
_BODY_OF = re.compile(
    r"[ \t]{1,8}+(?:of|for|on)[ \t]{1,8}+(?:the[ \t]{1,8}+)?+"  # bounded runs: read only where a body's noun ends
    rf"(?:(?:and[ \t]{{1,8}}+)?+(?!(?:{_NOT_IN_BODY})\b)[A-Z][A-Za-z'’&-]{{0,30}}+(?:[ \t]{{1,8}}+|(?=[^\w'’&-])|\Z))"
    r"{1,5}"
)


def _body_word(word: str) -> bool:
    """Return whether ``word`` may stand in a body's name: a capitalised word ("Hanul", "U.S.", "Trade"), not "The".

    >>> _body_word("Hanul"), _body_word("U.S."), _body_word("The"), _body_word("union"), _body_word("Korea,")
    (True, True, False, False, False)
    """
    bare = word.replace("-", "").replace(".", "").replace("’", "").replace("'", "").replace("&", "")
    return word[:1].isupper() and word != "The" and bare.isalpha()


def _text_bodies(text: str, segs: list[tuple[int, int]]) -> list[Name]:
    """Return the organisations the text names by "the", capitalised words and a body's noun ("the Hanul Employees
    Union", "the Federation of Hanul Trade Unions"): at least two words; rule "organisation" (never people).

    >>> [n.exact for n in _text_bodies("Members of the Hanul Employees Union and the Union met.", [(0, 55)])]
    ['Hanul Employees Union']
    """
    out: list[Name] = []
    for s0, e0 in segs:
        last = s0
        for m in _BODY_HEAD.finditer(text, s0, e0):
            if m.start() < last or _after_word(text, m.start()):
                continue
            lo = max(last, m.start() - 80)
            words = text[lo : m.start()].split()
            k = len(words)
            while k > 0 and len(words) - k < _BODY_WORDS and (_body_word(words[k - 1]) or (
                    words[k - 1] in _BODY_INNER and k >= 2 and _body_word(words[k - 2]) and k < len(words))):
                k -= 1  # fmt: skip
            while k < len(words) and words[k] in _BODY_INNER:
                k += 1
            after = _BODY_OF.match(text, m.end(), e0)  # "the Federation of Hanul Trade Unions"
            end = m.end() + len(after.group().rstrip()) if after else m.end()
            the = _article_before_modifiers(words, k)  # "the ruling Hanul Party of Korea": "the" before modifiers
            if the < 0 or (k == len(words) and after is None):
                continue
            if _a_seat(words, the):
                continue  # "a member of the Defense Committee": the person's seat, not a speaker of its own
            start = lo + text.rfind(" ".join(words[k:]), lo, m.start()) - lo if k < len(words) else m.start()
            if start < lo or "\n\n" in text[start : m.start()]:
                continue  # the words run across a paragraph break
            out.append(Name(start, end, text[start:end], text[start:end], None, "organisation"))
            last = end
    return out


# Lower-case words a body's name may stand after, between "the" and its capitalised words ("the ruling Hanul Party",
# "the main opposition Hanul Party", "the state-run Hanul Agency"): a body's standing, leaning or size.
_BODY_MODIFIERS = word_set(
    "ruling main opposition minor conservative liberal progressive centrist hardline hard-line splinter new largest "
    "powerful influential umbrella militant state-run state-funded government-run government-funded independent "
    "far-right far-left left-leaning right-leaning leftist rightist reformist populist then-ruling then-opposition "
    "pro-government pro-north nationwide national official private defunct now-defunct biggest second-largest "
    "leading fledgling")
_BODY_MODIFIERS_MOST = 3  # such words read back from a body's capitalised name to its "the"


def _article_before_modifiers(words: list[str], k: int) -> int:
    """Return the index in ``words`` of the "the" that opens a body's name starting at ``words[k]``, right before it
    or before at most _BODY_MODIFIERS_MOST lower-case modifiers of a body (_BODY_MODIFIERS); else -1.

    >>> w = "said the main opposition Hanul Party".split()
    >>> _article_before_modifiers(w, 4), _article_before_modifiers("the Hanul Party".split(), 1)
    (1, 0)
    >>> _article_before_modifiers("the deal with Hanul Party".split(), 3), _article_before_modifiers(["Hanul"], 0)
    (-1, -1)

    After a preposition, a modified body is a person's ("Bo of the ruling Hanul Party said"): none, as before.

    >>> _article_before_modifiers("Bo of the ruling Hanul Party".split(), 4)
    -1
    """
    j = k - 1
    while j >= 0 and k - 1 - j < _BODY_MODIFIERS_MOST and words[j] in _BODY_MODIFIERS:
        j -= 1
    if j < k - 1 and j > 0 and words[j - 1].lower() in _MEMBER_PREPOSITIONS:
        return -1  # "Rep. Bo of the ruling Hanul Party": the person's body, read with the person as before
    return j if j >= 0 and words[j] in {"the", "The"} else -1


_MEMBER_PREPOSITIONS = word_set("of at from for with to by in on against between within among")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _after_word(text: str, i: int) -> bool:
    """Return whether ``text[i]`` follows a word character or a hyphen (a body's noun there is inside a word).

    A match there of ``_BODY_HEAD`` (all letters) holds no place after which a body's noun could start, so dropping
    it gives the matches the pattern with "not after a word character or a hyphen" before it gives.

    >>> _after_word("EuroUnion", 4), _after_word("the Union", 4), _after_word("Union", 0), _after_word("x-Union", 2)
    (True, False, False, True)
    """
    return i > 0 and _WORD_OR_HYPHEN.match(text, i - 1) is not None


def _a_seat(words: list[str], the: int) -> bool:
    """Return whether the "the" at ``words[the]`` opens a person's seat: "member of the", "sits on the".

    >>> w = "a member of the", "who sits on the", "Members of the"
    >>> _a_seat(w[0].split(), 3), _a_seat(w[1].split(), 3), _a_seat(w[2].split(), 2)
    (True, True, False)
    """
    return the >= 2 and words[the - 1] in {"of", "on"} and words[the - 2].lower().strip(",") in _SEAT_WORDS and (
        words[the - 2][:1].islower())


def _holds_alias(aliases: _Aliases, start: int, end: int) -> bool:
    """Return whether a gazetteer alias overlaps ``start..end`` ("Foreign Ministry" in "the South Korean Foreign
    Ministry": the gazetteer's body, not a new one).

    >>> a = _aliases("Kim met the Hanul Workers Union", [(0, 31)], load_gazetteer())
    >>> _holds_alias(a, 0, 7), _holds_alias(a, 12, 31)
    (True, False)
    """
    k = bisect.bisect_left(aliases.starts, end)  # aliases starting before ``end``; they do not nest
    return k > 0 and aliases.ends[k - 1] > start


def _speaks(text: str, end: int) -> bool:
    """Return whether the word after ``end`` is a verb of speech ("Time said"): a publication there speaks.

    >>> _speaks("Time said no", 4), _speaks("Time interpreted it", 4)
    (True, False)
    """
    nxt = text[end : end + 20].split(None, 1)
    return bool(nxt) and nxt[0].rstrip(",.;:") in SPEECH_VERBS


def _person_value(name: str, role: str | None, **extra: Any) -> dict[str, Any]:
    """Return the value of a person the gazetteer does not resolve (``id`` None).

    >>> _person_value("Jo Bell", "Gen.")["candidates"]
    []
    """
    return {"id": None, "name": name, "candidates": [], "role": role, "country": None, "descriptor": False, **extra}


def _ref(n: Name) -> dict[str, Any]:
    """Return where a name is, as a value's reference to it.

    >>> _ref(Name(0, 7, "Jo Bell", "Jo Bell", None, "speech"))
    {'start': 0, 'end': 7, 'exact': 'Jo Bell'}
    """
    return {"start": n.start, "end": n.end, "exact": n.exact}


def _folded(name: str) -> str:
    """Return ``name`` in lower case with only its letters ("KIM JONG-UN", "Kim Jong Un": "kimjongun").

    >>> _folded("KIM JONG-UN") == _folded("Kim Jong Un")
    True
    """
    return "".join(c for c in name.lower() if c.isalpha())


def _spelt_alike(name: str, ent: Entity) -> bool:
    """Return whether a person the text introduced under ``name`` is the gazetteer's ``ent`` spelt another way: the
    same letters as its name or an alias of two words or more, in any case, hyphens and spaces aside (a caption's
    "KIM JONG-UN" for "Kim Jong Un"; spk28), so that a surname alone after both fits one person, not two.

    >>> e = Entity("kju", "person", "Kim Jong Un", ("Kim Jong-un", "Kim"), "", "KP", None)
    >>> _spelt_alike("KIM JONG-UN", e), _spelt_alike("Kim Jong-nam", e), _spelt_alike("KIM", e)
    (True, False, False)
    """
    folded = _folded(name)
    return " " in name.strip() and any(folded == _folded(a) for a in (ent.name, *ent.aliases) if " " in a)


def _title_fits_text_person(title: str, full: Name | None) -> bool:
    """Return whether "<title> <surname>" may be the text's full name ``full`` of that surname: a title that fits
    its role, or a role of no known kind ("Representative DeHart" after "chief negotiator James DeHart"); not when
    both are titles of other kinds ("President Yoon" after "Trade Minister Yoon Ha-jin" is someone else).

    >>> from analysis.extract.names import find_names
    >>> full = find_names("Trade Minister Yoon Ha-jin spoke.")[0]
    >>> _title_fits_text_person("Minister", full), _title_fits_text_person("President", full)
    (True, False)
    >>> _title_fits_text_person("Minister", None), _title_fits_text_person("Defense Minister", full)
    (False, False)
    >>> _title_fits_text_person("Representative", find_names("Chief negotiator Jo Bell spoke.")[0])
    True
    """
    if full is None:
        return False
    own, theirs = _portfolio(title), _portfolio(full.role or "")
    if own and theirs and own != theirs:
        return False  # "Defense Minister Yoon" after "Trade Minister Yoon Ha-jin": another minister
    kind = full.role.split()[-1].rstrip(".").lower() if full.role and full.role.split() else None
    return kind not in _TITLE_ROLES or title_fits(title, full.role or "")


_STATUS_WORDS = frozenset({"former", "ex", "then", "acting", "current", "incoming", "outgoing", "new", "late"})


def _portfolio(title: str) -> str | None:
    """Return the capitalised word right before a title's last word ("Defense" of "Defense Minister"), the
    portfolio that tells two ministers apart; None for a bare title or a status word ("Former President").

    >>> _portfolio("Defense Minister"), _portfolio("Former President"), _portfolio("Minister"), _portfolio("")
    ('defense', None, None, None)
    """
    words = title.split()
    if len(words) < 2 or not words[-2][:1].isupper():
        return None
    word = words[-2].rstrip(".,").lower()
    return None if word in _STATUS_WORDS else word


def _text_person(n: Name) -> dict[str, Any]:
    """Return the value of a name found from the text (a surname mention points back to its full name).

    >>> from analysis.extract.names import find_names
    >>> _text_person(find_names("Gen. Jo Bell spoke. Bell left.")[1])["refers_to"]
    {'start': 5, 'end': 12, 'exact': 'Jo Bell'}
    """
    extra: dict[str, Any] = {}
    if n.refers_to is not None:
        extra["refers_to"] = _ref(n.refers_to)
    if n.alternatives:
        extra["candidate_names"] = list(n.alternatives)
    return _person_value(n.name, n.role, **extra)


# fix51s3 (issue 9): an appositive office right after a lone gazetteer surname that none of the gazetteer's people of
# it holds ("Lee, the negotiator," when the gazetteer's Lee is a president) names someone else, whom the text gives
# by surname alone. Only working-level roles that no head of state or government, minister or ambassador is
# introduced as in news copy are read (role noun -> words one of which a gazetteer role holding it has): offices such
# people held before ("Biden, a senator", "Harris, an admiral", "Lee, the governor", "Moon, the commander in chief")
# are not, nor an appositive of the past ("former", "retired", "then", "at the time", a year), nor a calling such people
# had before office ("Moon, a human rights lawyer", an activist, a soldier: lead, session 51).
_ACADEMIC_WORDS = ("researcher", "analyst", "scholar", "economist", "expert", "professor", "fellow", "academic")
_APPOSITIVE_OFFICES = {
    "negotiator": ("negotiat",), "spokesman": ("spokes",), "spokeswoman": ("spokes",), "spokesperson": ("spokes",),
    **dict.fromkeys(("researcher", "analyst", "scholar", "economist", "professor"), _ACADEMIC_WORDS),
    "aide": ("aide", "advis", "secretary", "staff"), "reporter": ("reporter", "journalist", "correspondent"),
    "student": ("student",), "worker": ("worker",),
    "doctor": ("doctor", "physician"), "resident": ("resident",),
    "sergeant": ("sergeant",), "union official": ("union",), "union leader": ("union",),
}  # fmt: skip
_PAST_WORDS = _words("former retired then once longtime onetime one-time erstwhile later previously")
_APPOSITIVE_COMPLEMENT = _words("at of for from with in on to")
# an appositive: up to its comma, or its sentence's end ("said Lee, the aide."); not across a line or a quote mark
_APPOSITIVE_SPAN = re.compile(r"([^,\n“”\"]{1,120}?)(?:(,)|\.(?=\s|$))")


def _appositive_head(words: Sequence[str]) -> tuple[int, str] | None:
    """Return how many of an appositive's ``words`` make its head (a determiner, up to three lower-case modifiers,
    an office of ``_APPOSITIVE_OFFICES``) and that office, when the rest is empty or a complement ("at ...", "of
    ..."), else None.

    >>> [_appositive_head(t.split()) for t in ("a trade negotiator", "the union official of the plant",
    ...     "the negotiator's aide", "a former negotiator", "the negotiator who left", "an aide-turned-writer")]
    [(3, 'negotiator'), (3, 'union official'), None, None, None, None]
    """
    if len(words) < 2 or words[0] not in {"a", "an", "the"}:
        return None
    for k in range(1, min(len(words), 5)):
        two = " ".join(words[k : k + 2])
        office = two if two in _APPOSITIVE_OFFICES else words[k] if words[k] in _APPOSITIVE_OFFICES else ""
        if office:
            n = k + len(office.split())
            return (n, office) if n == len(words) or words[n] in _APPOSITIVE_COMPLEMENT else None
        parts = words[k].split("-")  # a modifier: a lower-case word, once hyphened ("ruling-party"), not "ex-"
        if len(parts) > 2 or not all(w.isascii() and w.isalpha() and w.islower() for w in parts) or (
                words[k] in _PAST_WORDS or parts[0] == "ex"):
            return None
    return None


def contradicting_appositive(text: str, end: int, roles: Iterable[str]) -> str | None:
    """Return the appositive right after a lone surname ending at ``end`` ("Lee, the negotiator,") when it gives a
    working-level office (``_APPOSITIVE_OFFICES``) that none of the gazetteer ``roles`` of that surname holds, else
    None: the surname is then someone the gazetteer does not know. Not a possessive ("Lee, the president's aide"),
    not a clause that speaks ("talks with Lee, the aide said"), nothing of the past in the appositive ("a former
    aide", "an aide at the time", "an aide in 2003"), no complement when the sentence ends there.

    >>> contradicting_appositive("Lee, the chief negotiator, said", 3, ["President of South Korea"])
    'the chief negotiator'
    >>> contradicting_appositive("Lee, the president, said", 3, ["President of South Korea"]) is None
    True
    >>> [contradicting_appositive(t, 3, ["President of South Korea"]) for t in (
    ...     "Lee, the president's aide, said", "Lee, the aide said", "Lee, a former aide, said",
    ...     "Lee, an aide at the time, said", "Lee, the governor, said", "Lee, a resident, said")]
    [None, None, None, None, None, 'a resident']
    >>> contradicting_appositive("Kim, a professor at Hanbit, said", 3, ["Leader of North Korea"])
    'a professor'
    """
    gap = _AGE_GAP.match(text, end)
    span = _APPOSITIVE_SPAN.match(text, gap.end()) if gap is not None and gap.group() != " (" else None
    if span is None or speaks_after_comma(text, gap.end()):
        return None
    words = span.group(1).split()
    head = _appositive_head(words)
    low = f" {' '.join(words).lower()} "
    if head is None or (span.group(2) is None and head[0] < len(words)) or any(c.isdigit() for c in low):
        return None
    if " at the time " in low or " in chief " in low or _PAST_WORDS & set(words):
        return None
    if any(re.search(rf"\b{w}", r, re.I) for r in roles for w in _APPOSITIVE_OFFICES[head[1]]):
        return None
    return " ".join(words[: head[0]])


# fix51s3 (issue 9): a lone family name spelt like an English word ("Park", "Oh", "An": names.py reads none of them
# alone, as they may be words) in a speaker's place, when the text gives no full name of it: "Park said he thought
# ..." gave the quote to "he", "“...,” Park said." to no one. Only these places: opening a clause (the text's,
# a paragraph's or a sentence's start, or right after a quote's closing mark and its comma) before a verb of speech,
# after a capitalised title or a lower-case office ("Mr. Park said", "negotiator Park said"), or after an inverted
# "said" behind a quote (",” said Park.").
_WORD_SURNAMES = KOREAN_SURNAMES & NOT_NAME_WORDS
_WORD_SURNAME = "|".join(sorted(_WORD_SURNAMES))
_SPEECH_VERB = "|".join(sorted(SPEECH_VERBS, key=lambda v: (-len(v), v)))
# one of them after no word character, "'", "." or "-": that test placed after the first letter (word_trie), so ``re``
# skips to the letters the names open with instead of trying the look-behind at every character (speed52)
_WORD_SURNAME_AT = word_trie(sorted(_WORD_SURNAMES), after_first=r"(?<![\w'’.-].)")
_WORD_SURNAME_SPEAKS = re.compile(rf"({_WORD_SURNAME_AT})[ \t]{{1,3}}+(?:{_SPEECH_VERB})\b")
_SAID_WORD_SURNAME = re.compile(
    rf"[,?!][”\"][ \t]{{1,3}}+(?:said|says|added|told)[ \t]{{1,3}}+({_WORD_SURNAME})(?=[.,;])"
)
# one of them written with a given name after it ("Park Sol", "Park Jin-su"), a full name the name rules may miss
_WORD_SURNAME_FULL = re.compile(rf"({_WORD_SURNAME_AT})[ \t](?=[A-Z][a-z])")


def _before_word_surname(text: str, start: int, lo: int) -> str | None:
    """Return what makes a family name spelt like a word at ``start`` a person (``lo``: where its stretch starts):
    "" when it opens a clause, the title or office right before it, else None (a place: "the Olympic Park said").

    >>> t = 'Park said. “Yes,” Park said. Mr. Park said. The negotiator Park said. Olympic Park said. U.S. Park said'
    >>> [_before_word_surname(t, k, 0) for k in (0, 18, 33, 59, 81, 97)]
    ['', '', 'Mr.', 'negotiator', None, None]
    >>> t = 'It is low, Park said. He left on Monday. Park said no. Near St. Park said'
    >>> [_before_word_surname(t, k, 0) for k in (11, 41, 64)]
    ['', '', None]
    """
    before = text[max(lo, start - 40) : start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return ""
    words = before.split()
    last = words[-1]
    if last in TITLES or last in ROLE_NOUNS:
        return last
    if last[-1:] in "”\"" and last[-2:-1] in {",", "?", "!", "."}:
        return ""  # after a quote and its tag's comma: '“Yes,” Park said'
    if last[-1:] == ",":
        return ""  # a tag after a paraphrase: "Seoul will pay more, Park said"
    abbreviation = "." in last[:-1] or (last[:1].isupper() and len(last) <= 4)  # "U.S.", "St.", "Mt."
    return "" if last[-1:] in {".", "?", "!"} and not abbreviation else None  # "... on Monday. Park said"


# "An" is also the article: only before the plainest verbs of speech ("An said", not "An added complication").
_AN_VERBS = frozenset({"said", "says", "told"})
_SENTENCE_END = frozenset(".?!”\"’')…:")


def _in_running_text(text: str, start: int, end: int, rule: str) -> bool:
    """Return whether the word at ``start``..``end`` lies in running text: not on the text's first line of several
    (an article's headline), on a line that ends like a sentence (not a headline's or subhead's line: "Park warns
    visitors of closures"), and, for "An" as a subject (``rule``), before said, says or told.

    >>> t = 'Park warns of delays\\n\\nPark reports crowds\\n\\nAn added cost. An said no. Park said: “Yes.”'
    >>> [_in_running_text(t, k, k + len(w), "subject") for w, k in (("Park", 0), ("Park", 22), ("An", 43),
    ...  ("An", 58), ("Park", 70))]
    [False, False, False, True, True]
    """
    breaks = line_breaks(text)  # lin59: bisected, not searched from each word to its line's ends
    k, j = bisect.bisect_left(breaks, start), bisect.bisect_left(breaks, end)
    line0 = breaks[k - 1] + 1 if k else 0
    if line0 == 0 and breaks and breaks[0] < visible_end(text, 0, len(text)):
        return False  # the first line of several: a headline's
    last = visible_end(text, line0, breaks[j] if j < len(breaks) else len(text))
    if last == line0 or text[last - 1] not in _SENTENCE_END:
        return False
    verb = [w.rstrip(".,:;") for w in text[end : end + 8].split()[:1]]
    return text[start:end] != "An" or rule != "subject" or (bool(verb) and verb[0] in _AN_VERBS)


def word_surname_speakers(text: str, segs: Iterable[tuple[int, int]], people: Sequence[Name]) -> list[Name]:
    """Return the lone family names spelt like words ("Park") that the text puts in a speaker's place and names
    nowhere in full, nor as any of ``people`` (the names the text rules found), as names found from the text.

    >>> t = 'Park said he thought it was “premature.” “Soon,” said Park. The park said no.'
    >>> [(n.exact, n.start, n.rule) for n in word_surname_speakers(t, [(0, len(t))], [])]
    [('Park', 0, 'subject'), ('Park', 54, 'speech')]
    >>> word_surname_speakers("Park Jo left. Park said no.", [(0, 27)], [Name(0, 7, "Park Jo", "Park Jo", None, "")])
    []
    >>> word_surname_speakers("Park Sol left. Park said no.", [(0, 28)], [])  # a full name the rules missed
    []
    """
    heard = [word_surname_places(text, lo, hi) for lo, hi in segs]
    if not any(heard):
        return []  # none in a speaker's place: the names in full are not read (speed52)
    full = {w for n in people if " " in n.name for w in (surname_of(n.name), n.name.split()[0])}
    full |= {m.group(1) for m in _WORD_SURNAME_FULL.finditer(text)}  # 'Park Sol met envoys. Park said': not lone
    starts = sorted(n.start for n in people)
    out: list[Name] = []
    for found in heard:
        for s, e, role, rule in found:
            k = bisect.bisect_left(starts, s)
            if text[s:e] not in full and not (k < len(starts) and starts[k] == s):
                out.append(Name(s, e, text[s:e], text[s:e], role or None, "title" if role else rule))
    return out


def word_surname_places(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """Return (start, end, title or office before it or "", "subject" or "speech") of each family name spelt like a
    word ("Park", "Oh", "An") that the text puts in a speaker's place between ``lo`` (a stretch's or sentence's
    start) and ``hi``: the one reader of them, for a lone one (``word_surname_speakers``) and for a bare mention of
    someone the text named in full (``quote_rules._family_name_said``).

    >>> word_surname_places('Park said no. “Soon,” said Park. Olympic Park said yes. Mr. Oh says so.', 0, 74)
    [(0, 4, '', 'subject'), (27, 31, '', 'speech'), (60, 62, 'Mr.', 'subject')]
    """
    found = [(m.start(1), m.end(1), "subject") for m in _WORD_SURNAME_SPEAKS.finditer(text, lo, hi)]
    found += [(m.start(1), m.end(1), "speech") for m in _SAID_WORD_SURNAME.finditer(text, lo, hi)]
    out: list[tuple[int, int, str, str]] = []
    for s, e, rule in sorted(found):
        if not _in_running_text(text, s, e, rule):
            continue
        role = _before_word_surname(text, s, lo) if rule == "subject" else ""
        if role is not None:
            out.append((s, e, role, rule))
    return out


class _Resolver:
    """Who the people named so far are, as the loop over mentions goes on (people named earlier win)."""

    def __init__(self, g: Gazetteer, first_full: dict[str, int], published: dt.date | None) -> None:
        self.g = g
        self.published = published
        self.introduced: dict[str, int] = {}  # gazetteer person -> when last named (higher = more recent)
        self.text_people: dict[str, list[Name]] = {}  # surname -> people the text introduced by full name
        self._text_named: set[tuple[str, str]] = set()  # (surname, name) of each of them (one look-up, not a scan)
        # (surname, ids) -> how many of those people ``_not_alike`` has read, and which of them it kept (shared)
        self._unlike: dict[tuple[str, tuple[str, ...]], tuple[int, list[Name]]] = {}
        self.first_full = first_full  # first unambiguous mention of each person (orders candidates)
        self.full_names: dict[str, list[Name]] = {}  # surname -> every full name the text gives, before or after
        self._one_name: dict[str, bool] = {}  # surname -> whether its full names (``full_names``, set once) are one
        self.text = ""  # the text (``_text_ahead`` looks for the gazetteer's full names in it)
        self._named_in_full: dict[tuple[str, ...], bool] = {}
        self.values: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}  # see ``_gazetteer_value``
        self.people: dict[str, tuple[str, dict[str, Any]]] = {}  # gazetteer person -> its value (``_resolved``)
        self._stateless: dict[tuple[str, ...], bool] = {}
        self._in_office: dict[str, bool | None] = {}
        self._headline_end: int | None = None  # where the text's first line ends (``_in_headline``), found once

    def stateless(self, ids: tuple[str, ...]) -> bool:
        """Return whether no entity of ``ids`` is a person (their resolution reads nothing the loop remembers)."""
        known = self._stateless.get(ids)
        if known is None:
            known = self._stateless[ids] = all(self.g.entities[i].kind != "person" for i in ids)
        return known

    def in_office(self, eid: str | None) -> bool | None:
        """Return whether gazetteer entity ``eid`` held its role on the publication date (None: unknown)."""
        if eid not in self._in_office:
            ent = self.g.entities.get(eid) if eid else None
            self._in_office[eid] = ent.in_office(self.published) if ent else None  # type: ignore[index]
        return self._in_office[eid]  # type: ignore[index]

    def text_name(self, n: Name, text: str) -> dict[str, Any]:
        """Return the value of a text name, and remember a full name for later bare surnames."""
        if n.rule != "surname" and " " in n.name:
            surname = surname_of(n.name)
            if (surname, n.name) not in self._text_named:
                self._text_named.add((surname, n.name))
                self.text_people.setdefault(surname, []).append(n)
        value = _text_person(n)
        if n.rule == "owner":  # "the Bo administration": named inside an organisation's name
            end = n.end + 1 + len(text[n.end + 1 : n.end + 20].split(None, 1)[0].rstrip(".,;:"))
            value["within"] = {"start": n.start, "end": end, "exact": text[n.start : end]}
        return value

    def alias(self, h: _Hit, count: int) -> dict[str, Any] | None:
        """Return the value of a gazetteer person alias, or None to use the gazetteer's own resolution."""
        assert h.ids is not None
        ids = tuple(dict.fromkeys(h.ids))
        if " " in h.exact:
            return None
        title = h.name.role if h.name is not None and h.name.rule == "title" else None
        if title and not any(title_fits(title, self.g.entities[i].role) for i in ids):
            assert h.name is not None  # "President <surname>" of someone the gazetteer does not know
            if _title_fits_text_person(title, h.name.refers_to):
                return _text_person(h.name)  # "Trade Minister Yoon Ha-jin ... Minister Yoon": the text's Yoon
            self.text_people.setdefault(h.exact, []).append(h.name)
            self._text_named.add((h.exact, h.name.name))
            return _person_value(h.exact, title)
        text_known = self._not_alike(h.exact, ids)  # "KIM JONG-UN" of a caption: Kim Jong Un again
        fitting = self._fitting(title, ids, text_known)
        if fitting is not None:
            h.ids = (fitting,)  # "Defense Minister Jeong": the one person the title fits
            return None
        known = [i for i in ids if i in self.introduced]
        ahead = self._text_ahead(h, ids) if not text_known and not known else None
        if ahead is not None:  # "Yoon and Bo talk" over "President Yoon Suk Yeol ...": the text's Yoon
            return _text_person(Name(h.start, h.end, h.exact, ahead.name, ahead.role, "surname", ahead))
        if text_known and not known and len(text_known) == 1:
            return _text_person(Name(h.start, h.end, h.exact, text_known[0].name, text_known[0].role, "surname",
                                     text_known[0]))  # fmt: skip
        if text_known:
            names = [self.g.entities[i].name for i in known] + [p.name for p in text_known[:CANDIDATES_LISTED]]
            return _person_value(h.exact, None, candidates=known, candidate_names=names)
        return None if known else self._appositive_other(h, ids)

    def _appositive_other(self, h: _Hit, ids: tuple[str, ...]) -> dict[str, Any] | None:
        """Return the value of a lone gazetteer surname whose appositive gives an office none of the gazetteer's
        people ``ids`` holds (:func:`contradicting_appositive`): the text's own person of that surname, remembered
        for later bare mentions of it; else None (the gazetteer decides)."""
        role = contradicting_appositive(self.text, h.end, [self.g.entities[i].role for i in ids])
        if role is None:
            return None
        self.text_people.setdefault(h.exact, []).append(Name(h.start, h.end, h.exact, h.exact, role, "appositive"))
        self._text_named.add((h.exact, h.exact))
        return _person_value(h.exact, role)

    def _not_alike(self, surname: str, ids: tuple[str, ...]) -> list[Name]:
        """Return the people the text introduced under ``surname`` that are none of the gazetteer people ``ids``
        spelt another way (:func:`_spelt_alike`: a caption's "KIM JONG-UN"); each of ``ids`` one of them spells is
        introduced, as if named in full, not dropped (review96: a lone "Kim" after "Kim Myong-gil" and that caption
        fits two people; after the caption alone, Kim Jong Un). The list is kept and grown at the next call: read it,
        do not change it. A person once spelling one of ``ids`` has introduced it for good, so each is read once.

        >>> res = _Resolver(load_gazetteer(), {}, None)
        >>> res.text_people["Kim"] = [Name(0, 11, "KIM JONG-UN", "KIM JONG-UN", None, "full")]
        >>> res._not_alike("Kim", ("kim-jong-un", "kim-myong-gil")), res.introduced
        ([], {'kim-jong-un': -1})
        """
        people = self.text_people.get(surname, [])
        read, kept = self._unlike.get((surname, ids), (0, []))  # people only grow: each is read once per ``ids``
        for p in people[read:]:
            alike = [i for i in ids if _spelt_alike(p.name, self.g.entities[i])]
            for i in alike:
                self.introduced.setdefault(i, -1)  # named before any gazetteer mention the loop counted since
            if not alike:
                kept.append(p)
        self._unlike[(surname, ids)] = (len(people), kept)
        return kept

    def _text_ahead(self, h: _Hit, ids: tuple[str, ...]) -> Name | None:
        """Return the one person of a lone gazetteer surname's spelling that the text names in full only after it,
        when the text never names the gazetteer's person of that surname in full (a lone surname in a headline is
        the person the body introduces, not a namesake the gazetteer knows), else None."""
        later = self.full_names.get(h.exact, [])
        one = self._one_name.get(h.exact)
        if one is None:  # whether they are all one name: read once a surname, not at every lone surname
            one = self._one_name[h.exact] = len({p.name for p in later}) == 1
        if not one or later[0].start < h.end:
            return None
        named = self._named_in_full.get(ids)
        if named is None:  # once per surname's ids: the text is searched once, not at every lone surname
            full = (a for i in ids for a in (self.g.entities[i].name, *self.g.entities[i].aliases) if " " in a)
            named = self._named_in_full[ids] = any(a in self.text for a in full)
        return None if named else later[0]

    def _fitting(self, title: str | None, ids: tuple[str, ...], text_known: list[Name]) -> str | None:
        """Return the one gazetteer person a discriminating title before a surname fits, when it fits none of
        the people of that surname the text introduced (whose roles are known), else None."""
        if not title or _TITLE_ROLES.get(title.split()[-1].rstrip(".").lower()) is None:
            return None
        fit = [i for i in ids if self.g.entities[i].kind == "person" and title_fits(title, self.g.entities[i].role)]
        if len(fit) != 1 or any(p.role is None or title_fits(title, p.role) for p in text_known):
            return None
        return fit[0] if len(ids) > 1 or text_known else None

    def gazetteer(self, h: _Hit, count: int) -> tuple[str | None, list[str]]:
        """Return the entity id (None if ambiguous) and candidates of a gazetteer alias."""
        assert h.ids is not None
        ids = h.ids
        if len(ids) == 1:
            if self.g.entities[ids[0]].kind == "person":
                self.introduced[ids[0]] = count
            return ids[0], [ids[0]]
        known = sorted((i for i in dict.fromkeys(ids) if i in self.introduced), key=self.introduced.__getitem__,
                       reverse=True)  # fmt: skip
        if len(known) == 1:
            return known[0], [known[0]]
        later = sorted((i for i in ids if i in self.first_full and i not in known), key=self.first_full.__getitem__)
        if not known and len(later) == 1 and self._in_headline(h.start):
            return later[0], [later[0]]  # "Yoon says talks 'stalled'" ¶ "Yoon Sang-hyun, who ...": the body's Yoon
        return None, list(dict.fromkeys([*known, *later, *ids]))

    def _in_headline(self, pos: int) -> bool:
        """Return whether ``pos`` is on the text's first line, its headline (the Conventions: a surname alone in the
        headline is the person the body names in full; probeq38).

        >>> res = _Resolver(load_gazetteer(), {}, None); res.text = "Yoon says" + chr(10) + "Yoon Sang-hyun said"
        >>> res._in_headline(0), res._in_headline(10)
        (True, False)
        """
        if self._headline_end is None:
            nl = self.text.find("\n")
            self._headline_end = nl if nl >= 0 else 0  # a text of one line has no headline apart from its body
        return pos < self._headline_end


def find_entities(
    text: str,
    segments: Iterable[tuple[int, int]] | None = None,
    gazetteer: Gazetteer | None = None,
    published: dt.date | None = None,
) -> list[Mention]:
    """Return a :class:`Mention` (start, end, exact, kind, value) for each gazetteer name, name found from the text and
    unnamed-person phrase.

    ``segments`` are the ``(start, end)`` stretches to search (default: all of ``text``); ``published``
    (the article's date) adds ``in_office`` to people and keeps descriptions to the people then in office.
    Equal values (and texts) are one object (bounded memory): read them, do not change them.

    >>> [(e, v["id"], v.get("metonym_for")) for _, _, e, _, v in find_entities(
    ...     "Kim Myong Gil spoke. Later Kim said Washington's demand was wrong.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Kim Myong Gil', 'kim-myong-gil', None), ('Kim', 'kim-myong-gil', None),
     ('Washington', 'washington', 'us-government')]
    """
    g = gazetteer or load_gazetteer()
    segs = list(segments) if segments is not None else [(0, len(text))]
    aliases = _aliases(text, segs, g)
    res = _Resolver(g, aliases.first_full, published)
    found = find_names_and_publications(text, segs)
    res.full_names, res.text = _full_names(found.people), text
    out: list[Mention] = []
    descriptors: dict[tuple[str | None, str], tuple[str, list[str]]] = {}
    seen: dict[Any, dict[str, Any]] = {}  # equal values are stored once (a long text names few people, often)
    texts: dict[str, str] = {}  # and equal texts
    last_end = -1
    skipped: list[_Hit] = []
    for h in _hits(text, segs, g, aliases, found):
        if h.start < last_end:
            if h.name is not None and h.ids is None:
                skipped.append(h)
            continue
        kind_value = _value_of(text, h, res, out, descriptors)
        if kind_value is None:
            continue
        if out:  # the last mention's value is final now (a description after it may have set its role)
            _share_last(out, seen)
        out.append(Mention(h.start, h.end, texts.setdefault(h.exact, h.exact), *kind_value))
        last_end = h.end
    if out:
        _share_last(out, seen)
    inner = _inner_people(text, skipped, out, res)
    return sorted(out + inner, key=lambda m: (m.start, -m.end)) if inner else out


def _full_names(people: Iterable[Name]) -> dict[str, list[Name]]:
    """Return the full names a text introduces (two words or more, not a later surname), by surname, in text order.

    >>> from analysis.extract.names import find_names
    >>> {k: [n.name for n in v] for k, v in _full_names(find_names("Yoon and Bo met. Yoon Tae-ho, a lawmaker, left."
    ...                                                                 )).items()}
    {'Yoon': ['Yoon Tae-ho']}
    """
    out: dict[str, list[Name]] = {}
    for n in people:
        if n.rule != "surname" and " " in n.name:
            out.setdefault(surname_of(n.name), []).append(n)
    return out


def _share_last(out: list[Mention], seen: dict[Any, dict[str, Any]]) -> None:
    """Replace the last mention's value by an equal one already seen (see ``spans.shared``).

    First tried: the value last kept for the same kind and name, compared with ``==`` and key order (cheaper than
    ``shared``'s key). ``==`` is exact here: no key of an entity value holds a bool in one value and a number in
    another (where True == 1 would print differently).

    >>> kim = {"id": "a", "name": "Kim", "in_office": True}
    >>> seen, out = {}, [Mention(0, 3, "Kim", "person", kim)]
    >>> _share_last(out, seen); out.append(Mention(9, 12, "Kim", "person", dict(kim)))
    >>> _share_last(out, seen); out[0].value is out[1].value
    True
    """
    s, e, x, k, v = out[-1]
    last = seen.get((k, v.get("name")))
    if last is v:
        return
    if last is None or last != v or list(last) != list(v):
        last = seen[(k, v.get("name"))] = shared(v, seen)
    out[-1] = Mention(s, e, x, k, last)


def _value_of(text: str, h: _Hit, res: _Resolver, out: list[Mention],
              descriptors: dict[tuple[str | None, str], tuple[str, list[str]]]) -> tuple[str, dict[str, Any]] | None:
    """Return the kind and value of the mention at hit ``h`` (None: it is not one)."""
    if h.descriptor is not None:
        value = _descriptor_value(text, h, out, descriptors, res.g, res.published)
        if value is None:
            return None
        kind = "person"
    elif h.ids is None:
        assert h.name is not None
        if h.name.rule in {"publication", "organisation"}:  # "the news magazine Time ... Time said": not a person
            return "org", {"id": None, "name": h.name.name, "candidates": [], "role": None, "country": None}
        value, kind = res.text_name(h.name, text), "person"
    else:
        found = _gazetteer_value(text, h, res, len(out))
        if found is None:
            return None
        kind, value = found
    if kind == "person" and res.published is not None:
        value["in_office"] = res.in_office(value["id"])
    return kind, value


def _inner_people(
    text: str, skipped: list[_Hit], out: list[Mention], res: _Resolver
) -> list[Mention]:
    """Return the people named inside an organisation's name ("Trump" in "the Trump administration").

    Their value has ``within``: ``{start, end, exact}`` of the organisation's span (they never speak).
    """
    orgs = [m for m in out if m.kind == "org"]
    starts = [m.start for m in orgs]
    found: list[Mention] = []
    for h in skipped:
        k = bisect.bisect_right(starts, h.start) - 1
        if k < 0 or not (orgs[k].start <= h.start and h.end <= orgs[k].end) or h.name is None:
            continue
        ids = res.g.by_alias.get(h.exact)
        value: dict[str, Any] | None = None
        if ids and all(res.g.entities[i].kind == "person" for i in ids):
            got = _gazetteer_value(text, _Hit(h.start, h.end, h.exact, ids=ids), res, len(out))
            # a copy (the value of the person's other mentions is shared), without the ``in_office`` they carry
            value = {k: v for k, v in got[1].items() if k != "in_office"} if got else None
        if value is None:
            value = _text_person(h.name)
        value["within"] = {"start": orgs[k].start, "end": orgs[k].end, "exact": orgs[k].exact}
        found.append(Mention(h.start, h.end, h.exact, "person", value))
    return found


# Words that may follow an unnamed person's noun ("a senior official said"): after any other, the noun is an adjective.
_AFTER_PERSON = _FUNCTION | _VERBISH | SPEECH_VERBS | _POSTMODIFIERS
# Naming verbs in the plural present after a group ("what the officials call", "what the envoys dub"): people who
# name, not an adjective ("the official call": a noun after a singular stays so).
_GROUP_NAMING = _words("call dub term describe label brand")
# Nouns that follow a person's name to name a thing of theirs or after them ("the Esper Doctrine", "a Harris Poll",
# "the Kim regime", "Trump Tower"): such a word after a gazetteer surname is no surname of a longer name.
_EPONYM_NOUNS = OWNED_BY | word_set(
    "doctrine regime poll polls tower towers "
    "organization organisation foundation institute center centre library plan policy policies rule rules line "
    "dynasty family clan team aides aide effect factor initiative agenda formula model deal summit visit tour "
    "memorial museum stadium hall building bridge street road avenue square park airport university school prize "
    "award report act bill law amendment speech address interview show hour"
)
_NOT_A_SURNAME_AFTER = _AFTER_PERSON | _EPONYM_NOUNS
# Between a name and its appositive: a comma, perhaps an age in commas ("Jo Bell, 61, a former envoy"), or an opening
# bracket ("Jo Bell (the U.S. envoy)", qfix39).
_AGE_GAP = re.compile(r", ?(?:\d{1,3}, ?)?| \(")


def _plural(noun: str) -> dict[str, bool]:
    """Return ``{"plural": True}`` for a group ("The lawmakers"), else nothing (the value keeps its keys).

    >>> _plural("lawmakers"), _plural("lawmaker"), _plural("people")
    ({'plural': True}, {}, {'plural': True})
    """
    return {"plural": True} if noun.endswith("s") or noun == "people" else {}


def _descriptor_value(
    text: str,
    h: _Hit,
    out: list[Mention],
    cache: dict[tuple[str | None, str], tuple[str, list[str]]],
    g: Gazetteer,
    published: dt.date | None,
) -> dict[str, Any] | None:
    """Return the value of an unnamed person ("A South Korean lawmaker"), or None if it is not one.

    Not a person: an adjective ("the official name"). An appositive right after a named person ("Jo Bell,
    a former lawmaker") is that person's role, not another person; but not words that go on to speak ("talks with
    Jo Bell, the official said:": the official).
    """
    dm = h.descriptor
    assert dm is not None
    after = _NEXT.match(text, h.end)
    word = after.group(2).lower() if after and after.group(2) else ""
    if word and word not in _AFTER_PERSON and not word.endswith("ed") and not (
            word in _GROUP_NAMING and _plural(dm["noun"])) and not _hits_back(text, after):  # fmt: skip
        return None  # "the official name": an adjective, not a person
    noun_phrase = h.exact.split(None, 1)[1] if " " in h.exact else h.exact
    if out and out[-1].kind == "person" and _AGE_GAP.fullmatch(text, out[-1].end, h.start) and (
            not speaks_after_comma(text, h.start)):  # "Jo Bell, 61, a ...", not "with Jo Bell, the official said:"
        prev = out[-1].value
        if prev.get("role") is None and prev.get("id") is None:
            prev["role"] = h.exact
        return None
    key = (dm["nat"], dm["noun"])
    if key not in cache:
        cache[key] = _descriptor_candidates(g, *key, published=published)
    country, cands = cache[key][0], list(cache[key][1])
    return {"id": None, "name": noun_phrase, "candidates": cands, "role": noun_phrase,
            "country": country or None, "descriptor": True, **_plural(dm["noun"])}  # fmt: skip


# Verbs of a retort that take "back" ("the minister shot back", "the envoy hits back"), whose past is no "-ed" form.
_BACK_VERBS = _words("shot shoots hit hits fires snaps")


def _hits_back(text: str, after: re.Match[str]) -> bool:
    """Return whether the word ``after`` matched (``_NEXT``) is a verb of retort followed by "back" (probeq38).

    >>> t = "the minister shot back. the minister shot dead"
    >>> _hits_back(t, _NEXT.match(t, 12)), _hits_back(t, _NEXT.match(t, 36))
    (True, False)
    """
    word = (after.group(2) or "").lower()
    return word in _BACK_VERBS and text[after.end() : after.end() + 6].split()[:1] in (["back"], ["back."], ["back,"])


def _names_a_term(text: str, start: int, next_word: str) -> bool:
    """Return whether a place at ``start`` is the subject of "what <place> calls" (an actor naming a term).

    >>> t = "and what Washington calls a modernization"
    >>> _names_a_term(t, 9, "calls"), _names_a_term("US calls for aid", 0, "calls")
    (True, False)
    """
    return next_word in {"calls", "terms", "dubs"} and text[max(0, start - 5) : start].lower().endswith("what ")


def _gazetteer_value(text: str, h: _Hit, res: _Resolver, count: int) -> tuple[str, dict[str, Any]] | None:
    """Return the kind and value of a gazetteer alias, or None if it is only part of a longer phrase."""
    assert h.ids is not None
    g = res.g
    ent = g.entities[h.ids[0]]
    nxt = _NEXT.match(text, h.end)
    owner, next_word = nxt.groups("") if nxt else ("", "")  # one call: "'s" or "", the word after or ""
    possessive = bool(owner)
    if ent.kind != "person" and next_word[:1].isupper() and next_word not in _WEEKDAY_MONTH:
        return None  # part of a longer proper name: "U.S. President", "Seoul National University"
    if ent.kind == "place" and not h.exact.lower().startswith("the ") and next_word[:1].islower():
        nw = next_word.lower()
        speaks = nw in SPEECH_VERBS  # "Seoul told reporters", "Washington says": an actor, not a modifier
        if nw not in _FUNCTION and not nw.endswith("ed") and not speaks and not _names_a_term(text, h.start, nw):
            return None  # modifier: "US allies", "US military"
    if ent.kind == "person" and (longer := _longer_name(text, h, g.by_alias)) is not None:
        return "person", longer
    if ent.kind == "person":
        own = res.alias(h, count)
        if own is not None:
            return "person", own
    elif res.stateless(h.ids):  # no person among the ids: the value is the alias's and its metonym's only
        metonym = _metonym(text, h, ent, next_word, possessive) if ent.kind == "place" else None
        key = (h.exact, h.ids, metonym)
        found = res.values.get(key)
        if found is None:
            found = res.values[key] = _resolved(h, res, count, lambda _: metonym)
        return found  # one value for all its mentions (``find_entities`` shares equal values anyway)
    return _resolved(h, res, count, lambda chosen: _metonym(text, h, chosen, next_word, possessive))


_WORD_BEFORE_BACKWARDS = re.compile(r" ([\w'’-]++)")  # one space and a word, read on the reversed text before an alias


def _longer_name(text: str, h: _Hit, aliases: dict[str, Any]) -> dict[str, Any] | None:
    """Return the value of another person when a gazetteer person's surname alias is part of a longer full name the
    text prints (h then covers that name): a name word right after it, not a verb ("Harris Faulkner", "Chairman Kim
    Dong-su"; not "Harris Says"), or a Korean given name of two syllables right before a Korean surname ("Incheol
    Kim"). Not on a headline-case line, where every word is capitalised; not when the longer name is itself one of the
    gazetteer's (``aliases``: "Chairman Kim Jong-un" stays the gazetteer's person).

    >>> t = "A talk with Harris Faulkner. Then Incheol Kim spoke. Harris said no. The Esper Doctrine died."
    >>> hits = [_Hit(12, 18, "Harris"), _Hit(42, 45, "Kim"), _Hit(53, 59, "Harris"), _Hit(73, 78, "Esper")]
    >>> [(v["name"], h.start) if (v := _longer_name(t, h, {})) else None for h in hits]
    [('Harris Faulkner', 12), ('Incheol Kim', 34), None, None]
    """
    last = h.exact.split()[-1]
    after = text[h.end : h.end + 40]
    spaced = after[:1] == " " and after[1:2].isupper()
    nxt = word_of(after[1:].split(None, 1)[0].rstrip("'’\"”,;:?!)")) if spaced else ""
    start, end = h.end - len(last), h.end
    if nxt[:1].isupper() and is_name_word(nxt) and nxt.lower() not in _NOT_A_SURNAME_AFTER:
        end = h.end + 1 + len(nxt)
    elif " " not in h.exact and last in KOREAN_SURNAMES:
        prev = _WORD_BEFORE_BACKWARDS.match(text[max(0, h.start - 12) : h.start][::-1])
        if prev is None or not two_syllable_given(prev.group(1)[::-1]):
            return None
        start = h.start - 1 - len(prev.group(1))
    else:
        return None
    if text[start:end] in aliases:
        return None
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    if headline_case(text, line_start, line_end if line_end >= 0 else min(len(text), end + 200)):
        return None
    h.start, h.end, h.exact = start, end, text[start:end]
    return _person_value(h.exact, None)


def _resolved(
    h: _Hit, res: _Resolver, count: int, metonym: Callable[[Entity], str | None]
) -> tuple[str, dict[str, Any]]:
    """Return the kind and value of a gazetteer alias that is a mention (``metonym``: of the place chosen).

    >>> g = load_gazetteer()
    >>> _resolved(_Hit(0, 5, "Seoul", ids=g.by_alias["Seoul"]), _Resolver(g, {}, None), 0, lambda p: None)[1]["id"]
    'seoul'
    """
    assert h.ids is not None
    g = res.g
    eid, cands = res.gazetteer(h, count)
    if eid in res.people:
        return res.people[eid]  # type: ignore[index]
    chosen = g.entities[eid] if eid else g.entities[h.ids[0]]
    value: dict[str, Any] = {
        "id": eid,
        "name": chosen.name if eid else h.exact,
        "candidates": cands,
        "role": chosen.role if eid else None,
        "country": chosen.country or None,
    }
    if chosen.kind == "person":
        value["descriptor"] = False
        if eid is None:
            countries = {g.entities[c].country for c in cands}
            value["country"] = countries.pop() if len(countries) == 1 else None
        else:  # a person resolved: the value is the person's alone (cands == [eid]), made once
            res.people[eid] = ("person", value)
    if chosen.kind == "place":
        value["metonym_for"] = metonym(chosen)
    return chosen.kind, value


_OWNER_AFTER = frozenset(["to", "toward", "towards"])


def _common_after(text: str, pos: int) -> bool:
    """Return whether the first word after ``pos`` (past quote marks) is lower case: a thing owned, not a place.

    >>> _common_after(" “reciprocal” tariffs", 0), _common_after(" Gimpo airport", 0)
    (True, False)
    """
    word = text[pos : pos + 40].lstrip(" \t\"“‘'")
    return word[:1].islower()


#: After a place's "'s": an opening quote mark, perhaps after one participle of promising or naming ("’s promised “").
_OWNED_QUOTE = re.compile(
    r"[ \t]?+(?:(?P<verb>promised|threatened|vowed|pledged|touted|so-called|announced)[ \t]++)?+[“\"‘]")


def owns_quoted(text: str, pos: int) -> bool:
    """Return whether the words right after a place's possessive (from ``pos``, past its "'s") are quoted words it
    owns, perhaps after a participle of promising ("days away from Pyongyang's promised “gift”"): the place stands for
    its government, whatever preposition comes before it (fresh92); not a thing of the place ("from Seoul's airport").

    >>> t = "days from Hanul’s promised “gift”"
    >>> at = t.index("’s") + 2
    >>> owns_quoted(t, at), owns_quoted("from Hanul’s “gift”", 12), owns_quoted("from Hanul’s airport", 12)
    (True, True, False)

    With no participle, a capitalised quote is a name of a part of the place, nobody's words (mend91q).

    >>> owns_quoted("in Hanul’s “Old Port” district", 10), owns_quoted("in Hanul’s promised “Old Port”", 10)
    (False, True)
    """
    m = _OWNED_QUOTE.match(text, pos)
    if m is None:
        return False
    return m.group("verb") is not None or not text[m.end() : m.end() + 1].isupper()


# A time told right after a place, before its verb ("Seoul on Tuesday called", "Washington last week rejected"): the
# words it may open with, and the time with the word after it.
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_OPENERS = frozenset(["on", "last", "this", "earlier", "today", "yesterday", *_DAY_NAMES.lower().split("|")])
_TIME_THEN_WORD = re.compile(
    r"[ \t]{1,3}(?:earlier[ \t]{1,3})?(?:(?:on|last|this)[ \t]{1,3})?"
    rf"(?:{_DAY_NAMES}|week|month|year|today|yesterday)"
    r"(?:[ \t]{1,3}(?:morning|afternoon|evening|night))?[ \t]{1,3}([A-Za-z]{1,20})\b")


# A label's colon, then the quote it labels ('Seoul: “We will not ...”').
_LABEL_COLON = re.compile(r":[ \t]{0,3}[\"“]")


def _labels_quote(text: str, start: int, end: int) -> bool:
    """Return whether the place at ``text[start:end]`` is a body paragraph's label: it opens a paragraph after a
    blank line, and a colon and a quotation mark follow it ('Seoul: “We will not accept ...”': the government's words,
    as "Esper:" labels Esper's, qfix39); a headline ("Seoul: U.S., Seoul agree to ...") or a label of no quote is not.

    >>> t = "Head" + chr(10) * 2 + 'Seoul: “We will not pay.”'
    >>> _labels_quote(t, 6, 11), _labels_quote('Seoul: “No.”', 0, 5), _labels_quote(t.replace("“", ""), 6, 11)
    (True, False, False)
    """
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return before.endswith("\n") and before[:-1].rstrip(" \t\r").endswith("\n") and bool(
        _LABEL_COLON.match(text, end, end + 6))


# A place's progressive of pressing or telling ("Washington is pressing", "Seoul was still urging"): the government
# acts (qfix50); the "-ing" words are verbs of saying, asking and pressing only ("Seoul is hosting" says nothing).
_BE_FORMS = frozenset(["is", "are", "was", "were"])
_PROGRESSIVE_ACT = re.compile(
    r"[ \t]{1,3}(?:is|are|was|were)[ \t]{1,3}(?:(?:still|now|also)[ \t]{1,3})?([a-z]{2,20}ing)\b")
_ACTING_ING = frozenset(["pressing", "pushing", "urging", "demanding", "insisting", "asking", "calling", "warning",
                         "saying", "claiming", "arguing", "seeking", "signaling", "signalling", "threatening"])


def _metonym(text: str, h: _Hit, place: Entity, next_word: str, possessive: bool) -> str | None:
    """Return the government a place stands for when used as an actor ("Seoul decided", "Seoul on Tuesday called"),
    else None."""
    if not place.metonym_for:
        return None
    prev = _PREV_BACKWARDS.match(text[max(0, h.start - 20) : h.start][::-1])
    prev_word = prev.group(1)[::-1].lower() if prev else ""
    if _credited(text, h.start, h.end, prev_word) or _labels_quote(text, h.start, h.end):  # '", said Seoul in a
        return place.metonym_for  # statement', '", according to Seoul.', a body paragraph's 'Seoul: “...”'
    if prev_word in _LOCATIVE and not (possessive and ((prev_word in _OWNER_AFTER and _common_after(text, h.end + 2))
                                                       or owns_quoted(text, h.end + 2))):
        return None  # "in Seoul", "to Seoul's Gimpo airport"; but "a response to Washington's tariffs": its owner
    if prev_word == "and" and _pair_after(text, h.start) in _LOCATIVE:
        return None  # "officials in Seoul and Washington said": where the officials are
    nw = next_word.lower()
    if nw in _TIME_OPENERS and (past := _TIME_THEN_WORD.match(text, h.end)) is not None:
        nw = past.group(1).lower()  # "Seoul on Tuesday called": the word after the time (probeq36)
    if possessive or nw in _VERBISH or nw.endswith("ed") or prev_word in _ACTOR_BEFORE:
        return place.metonym_for
    if nw in _BE_FORMS and (ing := _PROGRESSIVE_ACT.match(text, h.end)) is not None and ing.group(1) in _ACTING_ING:
        return place.metonym_for  # "Washington is pressing Seoul to pay": a government pressing its case (qfix50)
    if _names_a_term(text, h.start, nw):  # "what Washington calls"
        return place.metonym_for
    if nw == "and" and _acting_second(text, h.end):  # "Seoul and Washington said": both act
        return place.metonym_for
    return None


_PAIR_NAME_WORDS = 3  # capitalised words of one of two joined places ("South Korea", "the United States")


def _pair_after(text: str, start: int) -> str:
    """Return the word (lower case) before the first of two places joined by "and" when the second starts at
    ``start`` ("in Seoul and Washington": "in"), else "".

    >>> t = "Officials in Seoul and Washington said"
    >>> _pair_after(t, t.index("Washington")), _pair_after("Seoul and Washington", 10)
    ('in', '')
    """
    words = text[max(0, start - 60) : start].split()
    if not words or words[-1] != "and":
        return ""
    k = len(words) - 1
    while k > 0 and len(words) - 1 - k < _PAIR_NAME_WORDS and words[k - 1][:1].isupper() and words[k - 1].rstrip(
            ".").replace(".", "").isalpha():  # fmt: skip
        k -= 1
    k -= k > 0 and words[k - 1] == "the"
    return words[k - 1].lower() if 0 < k < len(words) - 1 else ""


def _acting_second(text: str, end: int) -> bool:
    """Return whether the place ending at ``end`` is the first of two joined by "and" whose second speaks or did
    something ("Seoul and Washington said", "Japan and South Korea agreed"): the first does too.

    >>> t = "Seoul and Washington said it. Seoul and the U.S. military. Seoul and Tokyo, which"
    >>> _acting_second(t, 5), _acting_second(t, 35), _acting_second(t, 64)
    (True, False, False)
    >>> _acting_second("Seoul and Tokyo should settle", 5)
    False
    """
    words = text[end : end + 60].split()[:6]
    k = 2 if words[1:2] == ["the"] else 1
    if words[:1] != ["and"] or k >= len(words) or not words[k][:1].isupper():
        return False
    n = 0
    while k < len(words) and n < _PAIR_NAME_WORDS and words[k][:1].isupper():
        if not words[k].replace(".", "").isalpha():
            return False  # "Tokyo, which": a stop or a comma ends the pair
        k, n = k + 1, n + 1
    verb = words[k].lower().rstrip(",.") if k < len(words) else ""
    return verb in SPEECH_VERBS or (verb.endswith("ed") and verb.isalpha())  # not "should": no words said


_CREDITING = frozenset(["said", "says", "added", "according"])  # "according" of "according to"
_CREDIT_TAILS = frozenset(["in", "on", "at", "last", "this", "earlier"])


def _credited(text: str, start: int, end: int, prev_word: str) -> bool:
    """Return whether the place at ``text[start:end]`` is credited with words as a speaker is: after an inverted
    speech verb or "according to", its clause ending with it or with how or when it spoke ('", said Seoul in a
    statement', 'according to Washington.'); not a reported clause's subject ("said Seoul would pay").

    >>> t = '"No," said Seoul in a statement. It was, according to Seoul. Bo said Seoul would pay.'
    >>> _credited(t, 11, 16, "said"), _credited(t, 54, 59, "to"), _credited(t, 70, 75, "said")
    (True, True, False)
    """
    if prev_word == "to":
        words = text[max(0, start - 16) : start].split()
        prev_word = words[-2].lower() if len(words) >= 2 else ""
    if prev_word not in _CREDITING:
        return False
    after = text[end : end + 12]
    return after[:1] in {",", ".", ";", ""} or after.split()[:1] in [[w] for w in _CREDIT_TAILS]


_WEEKDAY_MONTH = frozenset([*calendar.day_name, *calendar.month_name[1:]])  # English: the C locale
