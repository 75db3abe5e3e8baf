"""The values the extractors return: a Span of text, a Finding about the text, and the Annotation.

>>> s = Span("a1", "money", 0, 4, "$5bn", {"amount": 5e9})
>>> s.to_dict()["value"]
{'amount': 5000000000.0}
"""

from __future__ import annotations

import bisect
import copy
import itertools
import marshal
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from analysis.article import Article, Columns

__all__ = ["FINDING_KINDS", "KINDS", "Annotation", "Cover", "Draft", "Finding", "Found", "Span", "SpanTable",
           "SpanView", "shared"]

KINDS = ("money", "multiplier", "percent", "date", "person", "org", "place", "agreement", "quote", "count")
_CODES = {k: i for i, k in enumerate(KINDS)}  # kind -> its code in a SpanTable's ``kinds``
FINDING_KINDS = (
    "truncated_sentence",
    "unattributed_quote",
    "ambiguous_speaker",
    "ambiguous_reference",
    "lost_referent",
    "date_after_publication",
    "boilerplate",
    "implausible_amount",
)


def shared(value: dict[str, Any], seen: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    """Return the value equal to ``value`` already in ``seen`` (one dict for equal values), else ``value`` (now kept).

    Equal means the same keys in the same order and values of the same types (1, 1.0 and True differ): a shared
    value writes the same JSON as its own would. A shared value must not be changed afterwards.

    >>> seen = {}
    >>> a, b = shared({"ids": ["x"], "n": 1}, seen), shared({"ids": ["x"], "n": 1}, seen)
    >>> a is b, shared({"ids": ["x"], "n": 1.0}, seen) is a, shared({"n": 1, "ids": ["x"]}, seen) is a
    (True, False, False)
    """
    if seen.get(id(value)) is value:  # a value kept before, passed again: no key made
        return value
    kept = seen.setdefault(_equal_key(value), value)
    seen[id(kept)] = kept  # (``seen`` holds it: its id is no other live object's)
    return kept


def _equal_key(value: Any) -> bytes | str:
    """Return a key that equal values (same types, same contents, same order) share: the value's ``marshal`` bytes
    (version 2: no references, floats as their bits; about 2.4 times faster than ``repr``), or its ``repr`` for a value
    marshal cannot write. Both tell 1, 1.0, True and -0.0 apart, as JSON does; two values with one key are equal,
    for the JSON-like values spans hold (review30: marshal writes any buffer — bytes, bytearray, array, memoryview —
    as bytes, so ``array("i", [1])`` and ``array("b", [1, 0, 0, 0])`` would share a key; no span value holds one).

    >>> _equal_key({"n": 1}) == _equal_key({"n": 1}), _equal_key({"n": 1}) == _equal_key({"n": 1.0})
    (True, False)
    >>> _equal_key({"on": __import__("datetime").date(2019, 1, 1)})
    "{'on': datetime.date(2019, 1, 1)}"
    """
    try:
        return marshal.dumps(value, 2)
    except ValueError:  # a type marshal does not write (a date, a subclass of a built-in type)
        return repr(value)


@dataclass(frozen=True, slots=True)  # slots: 100 MB inputs make millions
class Span:
    """A stretch ``text[start:end] == exact`` of one ``kind`` with its normalised ``value``."""

    id: str
    kind: str
    start: int
    end: int
    exact: str
    value: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    def to_dict(self) -> dict[str, Any]:
        """Return the span as the JSON contract's annotation object.

        >>> Span("a1", "date", 0, 6, "Friday", {"start": "2019-11-15"}).to_dict()["exact"]
        'Friday'
        """
        return {**self.ref(), "value": copy.deepcopy(self.value)}

    def ref(self) -> dict[str, Any]:
        """Return a short reference to the span (for a finding's ``related`` list).

        >>> Span("a1", "person", 0, 3, "Kim").ref()
        {'id': 'a1', 'kind': 'person', 'start': 0, 'end': 3, 'exact': 'Kim'}
        """
        return {"id": self.id, "kind": self.kind, "start": self.start, "end": self.end, "exact": self.exact}


@dataclass(frozen=True, slots=True)
class Finding:
    """A defect in the text at ``text[start:end] == exact``, said in ``message``; ``related`` spans."""

    id: str
    kind: str
    start: int
    end: int
    exact: str
    message: str
    related: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as the JSON contract's finding object.

        >>> Finding("f1", "truncated_sentence", 0, 4, "U.S.", "stops").to_dict()["related"]
        []
        """
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "message": self.message,
            "related": [s.ref() for s in self.related],
        }


class Found(NamedTuple):
    """A finder's match before it is numbered as a ``Span``: where it is, its text and its normalised value.

    >>> Found(0, 4, "$5bn", {"amount": 5e9}).exact
    '$5bn'
    """

    start: int
    end: int
    exact: str
    value: dict[str, Any]


class Draft(NamedTuple):
    """A defect found, before the pipeline numbers it as a ``Finding``.

    >>> Draft("truncated_sentence", 0, 5, "It is", "ends with 'is'", ()).kind
    'truncated_sentence'
    """

    kind: str
    start: int
    end: int
    exact: str
    message: str
    related: tuple[Span, ...]


class Cover:
    """Stretches of text, asked whether one of them covers a span: sorted starts and the running furthest end.

    One sort when built, then each question is a bisection, so asking it of every span stays
    n log n however many stretches there are (a scan of all of them per span is quadratic).

    >>> quotes = Cover([(10, 20), (0, 5), (30, 40)])
    >>> quotes.covers(12, 18), quotes.covers(4, 6), quotes.covers(30, 40), quotes.covers(25, 26)
    (True, False, True, False)
    >>> Cover([]).covers(0, 1)
    False
    """

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """Say whether a stretch starts at or before ``start`` and ends at or after ``end``."""
        last = bisect.bisect_right(self._starts, start) - 1
        return last >= 0 and self._reach[last] >= end


class SpanTable(Columns):
    """Spans in text order stored as columns: kind codes, starts and ends (arrays of ints), values (shared dicts).

    A Span (with its id ``a<n>``) is made only when one is asked for: a million spans take about 17 bytes each
    here, not 200. ``exacts`` holds None where the exact is ``text[start:end]`` (always, from the extractors).

    >>> t = SpanTable("It cost $5bn.", array("b", [0]), array("i", [8]), array("i", [12]), [{"amount": 5e9}])
    >>> t[0], len(t), t.index_at("money", 8, 12), t.index_at("date", 8, 12)
    (Span(id='a1', kind='money', start=8, end=12, exact='$5bn', value={'amount': 5000000000.0}), 1, 0, None)
    """

    __slots__ = ("ends", "exacts", "kinds", "starts", "text", "values")

    def __init__(self, text: str, kinds: array, starts: array, ends: array, values: list[dict[str, Any]],
                 exacts: list[str | None] | None = None) -> None:  # fmt: skip
        self.text, self.kinds, self.starts, self.ends, self.values = text, kinds, starts, ends, values
        self.exacts: list[str | None] = exacts if exacts is not None else [None] * len(starts)

    @classmethod
    def of(cls, text: str, spans: Iterable[Span]) -> SpanTable:
        """Return the table of ``spans`` (in text order, numbered a1, a2, ... as they come).

        >>> SpanTable.of("abc", [Span("a1", "date", 0, 3, "abc")])[0].kind
        'date'
        """
        table = cls(text, array("b"), array("i"), array("i"), [], [])
        for s in spans:
            table.kinds.append(KINDS.index(s.kind))
            table.starts.append(s.start)
            table.ends.append(s.end)
            table.values.append(s.value)
            table.exacts.append(None if text[s.start : s.end] == s.exact else s.exact)
        return table

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: Any) -> Any:
        if type(i) is int and 0 <= i < len(self.starts):  # the common case, read at once (no slice or bounds test)
            return self.row(i)
        return super().__getitem__(i)

    def row(self, i: int) -> Span:
        """Return the span at index ``i`` (``table[i]``), made now from the columns."""
        s, e, x = self.starts[i], self.ends[i], self.exacts[i]
        return Span(f"a{i + 1}", KINDS[self.kinds[i]], s, e, self.text[s:e] if x is None else x, self.values[i])

    def of_kinds(self, *kinds: str) -> SpanView:
        """Return the spans of the given kinds, in text order, as a view (each Span made on access).

        >>> t = SpanTable.of("ab", [Span("a1", "date", 0, 1, "a"), Span("a2", "money", 1, 2, "b")])
        >>> [s.id for s in t.of_kinds("money")], list(t.of_kinds("date", "money").starts)
        (['a2'], [0, 1])
        """
        return SpanView(self, self.rows_of(*kinds))

    def rows_of(self, *kinds: str) -> array:
        """Return the indices of the spans of the given kinds, in text order.

        >>> t = SpanTable.of("ab", [Span("a1", "date", 0, 1, "a"), Span("a2", "money", 1, 2, "b")])
        >>> list(t.rows_of("money"))
        [1]
        """
        codes = bytes(KINDS.index(k) for k in kinds)
        return array("i", (i for i, k in enumerate(self.kinds) if k in codes))

    def index_at(self, kind: str, start: int, end: int) -> int | None:
        """Return the index of the span of ``kind`` at exactly ``start``-``end``, or None (see the class example)."""
        code = _CODES[kind] if kind in _CODES else KINDS.index(kind)  # (an unknown kind: ValueError, as before)
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] == start:
            if self.kinds[i] == code and self.ends[i] == end:
                return i
            i += 1
        return None


class SpanView(Sequence[Span]):
    """Some rows of a SpanTable (see ``SpanTable.of_kinds``), read like a tuple of Span; ``starts`` for bisect."""

    __slots__ = ("rows", "table")

    def __init__(self, table: SpanTable, rows: array) -> None:
        self.table, self.rows = table, rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self.table[r] for r in self.rows[i]]
        return self.table[self.rows[i]]

    def __iter__(self) -> Iterator[Span]:
        return map(self.table.__getitem__, self.rows)

    @property
    def starts(self) -> array:
        """Return the starts of the spans, in order (an array of ints)."""
        return array("i", (self.table.starts[r] for r in self.rows))


@dataclass(frozen=True)
class Annotation:
    """The article with its spans (stored as a SpanTable; ``spans`` makes the tuple on first use) and findings."""

    article: Article
    table: SpanTable
    findings: tuple[Finding, ...]

    @cached_property
    def spans(self) -> tuple[Span, ...]:
        """Return the spans in text order (made from the table once, on first use).

        >>> from analysis.extract import annotate
        >>> [s.id for s in annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.").spans]
        ['a1', 'a2']
        """
        return tuple(self.table)

    def source(self) -> dict[str, Any]:
        """Return the JSON contract's ``source`` object (path, title, byline, published).

        >>> from analysis.extract import annotate
        >>> annotate("T\\nNovember 16, 2019\\n\\nHi.").source()["published"]
        '2019-11-16'
        """
        a = self.article
        return {"path": a.path, "title": a.title, "byline": a.byline, "published": a.published.isoformat()}

    def of_kind(self, *kinds: str) -> list[Span]:
        """Return the spans of the given kinds.

        >>> from analysis.extract import annotate
        >>> [s.exact for s in annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.").of_kind("money")]
        ['$5bn']
        """
        return list(self.table.of_kinds(*kinds))

    def as_read(self, span: dict[str, Any]) -> dict[str, Any]:
        """Return a span's JSON object with its ``exact`` as the text was read (see ``Article.as_read``).

        >>> from analysis.extract import annotate
        >>> a = annotate("T\\nMay 2, 2020\\n\\nIt cost $8\\u00a0billion.")
        >>> [(s.exact, a.as_read(s.to_dict())["exact"]) for s in a.of_kind("money")]
        [('$8 billion', '$8\\xa0billion')]
        """
        span["exact"] = self.article.as_read(span["start"], span["end"], span["exact"])
        return span

    def finding_as_read(self, finding: Finding) -> dict[str, Any]:
        """Return a finding's JSON object with its related spans' ``exact`` as the text was read (its own is already).

        >>> from analysis.extract import annotate
        >>> a = annotate('T\\nMay 2, 2020\\n\\nThe envoy said it would pay "more\\u00a0money"')
        >>> [(f.kind, r.exact, a.finding_as_read(f)["related"][0]["exact"]) for f in a.findings for r in f.related]
        [('lost_referent', '"more money"', '"more\\xa0money"')]
        """
        out = finding.to_dict()
        for r in out["related"]:
            self.as_read(r)
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract: ``{"source", "annotations", "findings"}``.

        >>> from analysis.extract import annotate
        >>> sorted(annotate("T\\nNovember 16, 2019\\n\\nHi.").to_dict())
        ['annotations', 'findings', 'source']
        """
        return {
            "source": self.source(),
            "annotations": [self.as_read(s.to_dict()) for s in self.table],
            "findings": [self.finding_as_read(f) for f in self.findings],
        }
