"""Render an Annotation as JSON (the project's contract), a W3C Web Annotation collection, or CSV.

The W3C export names the article by a portable address, never a local path: ``base_url`` when given, else
the article's ``url`` in data/articles.csv (matched by the SHA-256 of its bytes), else
``urn:sha256:<hex digest of the file's bytes>``. Annotation ids are fragments of that address.

>>> from analysis.extract import annotate
>>> a = annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.")
>>> to_csv(a).splitlines()[2].split(",")[:5]
['a2', 'money', '29', '33', '$5bn']
>>> article_identity(a.article).iri
'urn:sha256:56f15ecaad82b7efa42c89c5e1c219a50cc212b40e8fa2bf6650471cda9ce3a2'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from analysis.article import Article
from analysis.contexts import ANNO
from analysis.errors import InputError
from analysis.extract.spans import Annotation, Finding, Span

__all__ = ["FORMATS", "ArticleIdentity", "article_identity", "iter_json", "render", "to_csv", "to_json", "to_w3c"]

_CONTEXT_CHARS = 32
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)  # strict JSON: never Infinity
_WRITTEN_MOST = 1024  # values whose JSON iter_json keeps for reuse
_MOTIVATION = {
    "person": "identifying", "org": "identifying", "place": "identifying", "agreement": "identifying",
    "quote": "identifying", "money": "describing", "multiplier": "describing", "percent": "describing",
    "date": "describing", "count": "describing",
}  # fmt: skip
#: An absolute IRI without a fragment or characters IRIs forbid (RFC 3987): scheme ":" then no space, quote, <>#...
#: "By " or "Reporting by " before a byline's names.
_BY = re.compile(r"(?:reporting\s+)?by\s+", re.IGNORECASE)
_IRI = re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+:[^\s\"<>\\^`{|}#]+")


@dataclass(frozen=True)
class ArticleIdentity:
    """How the exports name an article: its address (``iri``), the SHA-256 of its bytes, its outlet and byline."""

    iri: str
    sha256: str
    outlet: str = ""
    byline: str = ""


@cache
def _shipped_articles() -> dict[str, dict[str, str]]:
    """Return data/articles.csv rows by the SHA-256 they record (its schema's columns, read without pandas)."""
    from analysis.schema import data_file

    return {row["sha256"]: row for row in data_file("articles").dicts()}


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` if it is an absolute, fragment-free IRI that is not a local file; else InputError.

    >>> check_base_url("https://example.org/news/story-1")
    'https://example.org/news/story-1'
    >>> check_base_url("file:///home/me/story.txt")
    Traceback (most recent call last):
    analysis.errors.InputError: --base-url 'file:///home/me/story.txt' is a local file address; ...
    """
    if base_url.lower().startswith("file:"):
        raise InputError(f"--base-url {base_url!r} is a local file address",
                         fix="give the address where the article is published, e.g. https://example.org/story")
    if not _IRI.fullmatch(base_url):
        raise InputError(f"--base-url {base_url!r} is not an absolute address without a #fragment",
                         fix="give one like https://example.org/story")
    return base_url


def article_identity(article: Article, base_url: str | None = None) -> ArticleIdentity:
    """Return the article's portable address, digest, outlet and byline (see the module docstring).

    >>> from analysis.article import read_article
    >>> from analysis.paths import SEED_ARTICLE
    >>> ident = article_identity(read_article(SEED_ARTICLE))
    >>> ident.iri.startswith("urn:sha256:410a2489"), ident.outlet, ident.byline
    (True, 'iNewsToday', 'Cheryl Sanders')
    """
    digest = hashlib.sha256(article.source_text.encode("utf-8")).hexdigest()  # the file's bytes: decoded losslessly
    row = _shipped_articles().get(digest, {})
    iri = check_base_url(base_url) if base_url else (row.get("url") or f"urn:sha256:{digest}")
    byline = row.get("byline") or article.byline
    by = _BY.match(byline)
    return ArticleIdentity(iri, digest, row.get("outlet", ""), byline[by.end() :] if by else byline)


def iter_json(annotation: Annotation) -> Iterator[str]:
    """Yield the JSON contract ``{"source", "annotations", "findings"}`` in pieces, one span or finding a line.

    Strict JSON (``allow_nan=False``: a value is never ``Infinity``) and streamed: a million spans are
    written without building the whole text (the C encoder, one object at a time).

    >>> import json
    >>> from analysis.extract import annotate
    >>> doc = json.loads("".join(iter_json(annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn."))))
    >>> doc["annotations"][1]["value"]["amount"]
    5000000000.0
    """
    dump = _ENCODER.encode  # one encoder (json.dumps with these options makes one a call)
    as_read = annotation.article.as_read  # each exact as the text was read (the rules read its reading view)
    yield '{\n  "source": ' + dump(annotation.source()) + ',\n  "annotations": ['
    sep = "\n    "
    written: dict[int, str] = {}  # id of a value -> its JSON (equal values are one dict: entities repeat)
    for s in annotation.table:  # one Span at a time, made from the table's columns
        value = written.get(id(s.value))
        if value is None:
            if len(written) >= _WRITTEN_MOST:
                written.clear()  # bounded memory
            value = written[id(s.value)] = dump(s.value)  # the table holds the value: its id stays its own
        yield (f'{sep}{{"id": "{s.id}", "kind": "{s.kind}", "start": {s.start}, "end": {s.end}, '
               f'"exact": {dump(as_read(s.start, s.end, s.exact))}, "value": {value}}}')
        sep = ",\n    "
    yield ("\n  " if annotation.table else "") + '],\n  "findings": ['
    sep = "\n    "
    for f in annotation.findings:
        yield sep + dump(annotation.finding_as_read(f))
        sep = ",\n    "
    yield ("\n  " if annotation.findings else "") + "]\n}\n"


def to_json(annotation: Annotation) -> str:
    """Return the JSON contract ``{"source", "annotations", "findings"}`` as text (see ``iter_json``).

    >>> from analysis.extract import annotate
    >>> import json
    >>> json.loads(to_json(annotate("T\\nNovember 16, 2019\\n\\nHi.")))["source"]["published"]
    '2019-11-16'
    """
    return "".join(iter_json(annotation))


def _target(text: str, source: str, start: int, end: int) -> dict[str, Any]:
    return {
        "source": source,
        "selector": [
            {"type": "TextPositionSelector", "start": start, "end": end},
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - _CONTEXT_CHARS) : start],
                "suffix": text[end : end + _CONTEXT_CHARS],
            },
        ],
    }


def to_w3c(annotation: Annotation, base_url: str | None = None) -> str:
    """Return a W3C Web Annotation ``AnnotationCollection`` (JSON-LD) of the spans and findings.

    Each annotation targets the article with a TextPositionSelector (offsets in Unicode code points,
    as the W3C model counts characters) and a TextQuoteSelector (exact, 32-character prefix and
    suffix), so a client such as Hypothesis can re-anchor it. Findings use motivation "assessing". The
    article and the ids are named by :func:`article_identity` (``base_url`` overrides the default address).

    >>> from analysis.extract import annotate
    >>> import json
    >>> doc = json.loads(to_w3c(annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.")))
    >>> doc["type"], doc["first"]["items"][1]["target"]["selector"][1]["exact"]
    ('AnnotationCollection', '$5bn')
    """
    text = annotation.article.source_text
    source = article_identity(annotation.article, base_url).iri
    items: list[dict[str, Any]] = []
    for s in annotation.table:
        items.append(_span_item(s, text, source))
    for f in annotation.findings:
        items.append(_finding_item(f, text, source))
    doc = {
        "@context": ANNO,
        "id": f"{source}#annotations",
        "type": "AnnotationCollection",
        "label": f"Annotations of {annotation.article.title or 'the article'}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "id": f"{source}#annotations-page-1", "startIndex": 0, "items": items},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _span_item(s: Span, text: str, source: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": s.kind},
        {"type": "TextualBody", "purpose": "describing", "format": "application/json",
         "value": _ENCODER.encode(s.value)},
    ]  # fmt: skip
    eid = s.value.get("id") if s.kind in {"person", "org", "place", "agreement"} else None
    if eid:
        body.append({"type": "TextualBody", "purpose": "identifying", "value": eid})
    return {
        "id": f"{source}#{s.id}",
        "type": "Annotation",
        "motivation": _MOTIVATION.get(s.kind, "describing"),
        "body": body,
        "target": _target(text, source, s.start, s.end),
    }


def _finding_item(f: Finding, text: str, source: str) -> dict[str, Any]:
    return {
        "id": f"{source}#{f.id}",
        "type": "Annotation",
        "motivation": "assessing",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": f.kind},
            {"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": f.message},
            *({"type": "SpecificResource", "purpose": "linking", "source": f"{source}#{r.id}"} for r in f.related),
        ],
        "target": _target(text, source, f.start, f.end),
    }


def to_csv(annotation: Annotation) -> str:
    """Return one CSV row per span: id, kind, start, end, exact, value (as JSON); RFC 4180 quoting, CRLF rows.

    >>> from analysis.extract import annotate
    >>> to_csv(annotate("T\\nNovember 16, 2019\\n\\nHi.")).splitlines()[0]
    'id,kind,start,end,exact,value'
    """
    from analysis.csvfile import csv_text

    return csv_text(["id", "kind", "start", "end", "exact", "value"],
                    [[s.id, s.kind, s.start, s.end, annotation.article.as_read(s.start, s.end, s.exact),
                      _ENCODER.encode(s.value)]
                     for s in annotation.table])


FORMATS: dict[str, Callable[[Annotation], str]] = {"json": to_json, "w3c": to_w3c, "csv": to_csv}


def render(annotation: Annotation, fmt: str = "json", base_url: str | None = None) -> str:
    """Return the annotation in format ``fmt`` (``json``, ``w3c`` or ``csv``); ``base_url`` names the article in w3c.

    >>> from analysis.extract import annotate
    >>> render(annotate("T\\nNovember 16, 2019\\n\\nHi."), "csv").startswith("id,kind")
    True
    """
    if fmt == "w3c":
        return to_w3c(annotation, base_url)
    return FORMATS[fmt](annotation)
