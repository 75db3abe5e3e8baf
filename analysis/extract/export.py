"""Render an Annotation as JSON (the project's contract), a W3C Web Annotation collection, or CSV.

>>> from analysis.extract import annotate
>>> a = annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.")
>>> to_csv(a).splitlines()[2].split(",")[:5]
['a2', 'money', '29', '33', '$5bn']
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from analysis.extract.spans import Annotation, Finding, Span

__all__ = ["FORMATS", "iter_json", "render", "to_csv", "to_json", "to_w3c"]

_CONTEXT_CHARS = 32
_MOTIVATION = {
    "person": "identifying", "org": "identifying", "place": "identifying", "agreement": "identifying",
    "quote": "identifying", "money": "describing", "multiplier": "describing", "percent": "describing",
    "date": "describing",
}  # fmt: skip


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
    dump = functools.partial(json.dumps, ensure_ascii=False, allow_nan=False)
    yield '{\n  "source": ' + dump(annotation.source()) + ',\n  "annotations": ['
    sep = "\n    "
    for s in annotation.spans:
        yield sep + dump({"id": s.id, "kind": s.kind, "start": s.start, "end": s.end, "exact": s.exact,
                          "value": s.value})  # fmt: skip
        sep = ",\n    "
    yield ("\n  " if annotation.spans else "") + '],\n  "findings": ['
    sep = "\n    "
    for f in annotation.findings:
        yield sep + dump(f.to_dict())
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


def _source_iri(annotation: Annotation) -> str:
    path = annotation.article.path
    if path:
        try:
            return Path(path).resolve().as_uri()
        except ValueError:
            pass
    return "urn:sma-analysis:article"


def to_w3c(annotation: Annotation) -> str:
    """Return a W3C Web Annotation ``AnnotationCollection`` (JSON-LD) of the spans and findings.

    Each annotation targets the article with a TextPositionSelector (offsets in Unicode code points,
    as the W3C model counts characters) and a TextQuoteSelector (exact, 32-character prefix and
    suffix), so a client such as Hypothesis can re-anchor it. Findings use motivation "assessing".

    >>> from analysis.extract import annotate
    >>> import json
    >>> doc = json.loads(to_w3c(annotate("T\\nNovember 16, 2019\\n\\nIt cost $5bn.")))
    >>> doc["type"], doc["first"]["items"][1]["target"]["selector"][1]["exact"]
    ('AnnotationCollection', '$5bn')
    """
    text = annotation.article.text
    source = _source_iri(annotation)
    items: list[dict[str, Any]] = []
    for s in annotation.spans:
        items.append(_span_item(s, text, source))
    for f in annotation.findings:
        items.append(_finding_item(f, text, source))
    doc = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
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
         "value": json.dumps(s.value, ensure_ascii=False, allow_nan=False)},
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
    """Return one CSV row per span: id, kind, start, end, exact, value (as JSON).

    >>> from analysis.extract import annotate
    >>> to_csv(annotate("T\\nNovember 16, 2019\\n\\nHi.")).splitlines()[0]
    'id,kind,start,end,exact,value'
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "kind", "start", "end", "exact", "value"])
    for s in annotation.spans:
        w.writerow([s.id, s.kind, s.start, s.end, s.exact, json.dumps(s.value, ensure_ascii=False, allow_nan=False)])
    return buf.getvalue()


FORMATS: dict[str, Callable[[Annotation], str]] = {"json": to_json, "w3c": to_w3c, "csv": to_csv}


def render(annotation: Annotation, fmt: str = "json") -> str:
    """Return the annotation in format ``fmt`` (``json``, ``w3c`` or ``csv``).

    >>> from analysis.extract import annotate
    >>> render(annotate("T\\nNovember 16, 2019\\n\\nHi."), "csv").startswith("id,kind")
    True
    """
    return FORMATS[fmt](annotation)
