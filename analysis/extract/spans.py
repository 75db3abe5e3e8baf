"""The values the extractors return: a Span of text, a Finding about the text, and the Annotation.

>>> s = Span("a1", "money", 0, 4, "$5bn", {"amount": 5e9})
>>> s.to_dict()["value"]
{'amount': 5000000000.0}
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from analysis.article import Article

__all__ = ["FINDING_KINDS", "KINDS", "Annotation", "Finding", "Span"]

KINDS = ("money", "multiplier", "percent", "date", "person", "org", "place", "agreement", "quote")
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


@dataclass(frozen=True)
class Annotation:
    """The article with its spans and findings, in text order."""

    article: Article
    spans: tuple[Span, ...]
    findings: tuple[Finding, ...]

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
        return [s for s in self.spans if s.kind in kinds]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract: ``{"source", "annotations", "findings"}``.

        >>> from analysis.extract import annotate
        >>> sorted(annotate("T\\nNovember 16, 2019\\n\\nHi.").to_dict())
        ['annotations', 'findings', 'source']
        """
        return {
            "source": self.source(),
            "annotations": [s.to_dict() for s in self.spans],
            "findings": [f.to_dict() for f in self.findings],
        }
