"""The JSON-LD contexts the exports use, shipped with the package, and a document loader serving only them.

>>> sorted(CONTEXTS)
['anno.jsonld', 'schemaorg.jsonld']
>>> document_loader("https://schema.org/")["document"]["@context"]["@vocab"]
'http://schema.org/'
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["ANNO", "CONTEXTS", "SCHEMA_ORG", "document_loader", "load_context"]

#: The context addresses the exports write.
ANNO = "http://www.w3.org/ns/anno.jsonld"
SCHEMA_ORG = "https://schema.org"

#: Shipped file -> the addresses it answers for (with and without https, trailing slash, the schema.org file name).
CONTEXTS = {
    "anno.jsonld": ("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"),
    "schemaorg.jsonld": ("https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/",
                         "https://schema.org/docs/jsonldcontext.jsonld",
                         "http://schema.org/docs/jsonldcontext.jsonld"),
}
_BY_URL = {url: name for name, urls in CONTEXTS.items() for url in urls}


@cache
def load_context(name: str) -> dict[str, Any]:
    """Return a shipped context document by file name.

    >>> load_context("anno.jsonld")["@context"]["oa"]
    'http://www.w3.org/ns/oa#'
    """
    return json.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the remote document pyld asks for, from the shipped files; raise for any other address (offline).

    >>> document_loader("https://example.org/context.jsonld")
    Traceback (most recent call last):
    ValueError: no shipped JSON-LD context for https://example.org/context.jsonld (offline loader)
    """
    name = _BY_URL.get(url)
    if name is None:
        raise ValueError(f"no shipped JSON-LD context for {url} (offline loader)")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": load_context(name)}
