"""Checked with the tools other people run on these formats, not with the project's own code.

- ``data/`` is a valid Data Package for frictionless-py (the reference implementation): types, constraints,
  primary and foreign keys; the ids inside ``list`` fields (``listForeignKeys``, which frictionless 5 cannot
  check) are read as lists by frictionless and looked up here. Every broken cell the loaders refuse,
  frictionless refuses too: one schema, two validators that agree.
- The W3C Web Annotation and schema.org ClaimReview exports expand in a JSON-LD processor (pyld) offline,
  with the contexts the package ships, and carry no local path.
- The CSV exports read back cell for cell in pandas and in the csv module.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import sys
import types
from pathlib import Path

import frictionless
import pandas as pd
import pytest
from conftest import table_rows, write_rows
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld
from test_data import BAD_CELLS  # the loaders' table of bad cells (tests/ is on sys.path)

from analysis import contexts, data, paths
from analysis.article import read_article
from analysis.check import check_path
from analysis.claimreview import REVIEWER, to_claimreview
from analysis.claimreview import to_csv as claims_csv
from analysis.csvfile import csv_text
from analysis.errors import InputError
from analysis.extract import annotate, annotate_article
from analysis.extract.export import _shipped_articles, article_identity, to_csv, to_w3c


def frictionless_problems(datapackage: Path) -> list[str]:
    """Return every problem frictionless finds in the package, plus list items that are no key of their table."""
    report = frictionless.Package(str(datapackage)).validate()
    problems = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors] + [
        e.message for e in report.errors]
    package = frictionless.Package(str(datapackage))
    for res in json.loads(datapackage.read_text(encoding="utf-8"))["resources"]:
        for fk in res["schema"].get("listForeignKeys", []):
            (column,), target = fk["fields"], fk["reference"]
            keys = {row[target["fields"][0]] for row in package.get_resource(target["resource"]).read_rows()}
            for row in package.get_resource(res["name"]).read_rows():
                items = row[column] or []  # frictionless parses the cell as a list with the field's delimiter
                problems += [f"{res['name']}: row {row.row_number}: {column} {i!r} is not a key of "
                             f"{target['resource']}" for i in items if i not in keys]
    return problems


def test_the_data_package_is_valid_for_frictionless():
    assert frictionless_problems(paths.DATAPACKAGE) == []


def test_an_iri_check_still_rejects_a_bad_iri():
    """The root conftest.py makes rfc3987_syntax a lazy import (jsonschema's ``iri`` formats): the first check loads
    the real package, and the format checker accepts and rejects what the package does."""
    import rfc3987_syntax
    from jsonschema import FormatChecker

    checker = FormatChecker()
    assert {"iri", "iri-reference"} <= set(checker.checkers)
    assert checker.conforms("https://example.org/talks?year=2019#cost", "iri")
    assert not checker.conforms("https://example.org/a b<c>", "iri")
    assert not checker.conforms("://no scheme", "iri")
    assert checker.conforms("talks/2019#cost", "iri-reference")
    assert type(sys.modules["rfc3987_syntax"]) is types.ModuleType  # the real package now, not the stand-in
    assert rfc3987_syntax.is_valid_syntax("iri", "https://example.org/") is True


def test_id_lists_are_list_fields_with_their_references():
    for res in data.datapackage()["resources"]:
        fields = {f["name"]: f for f in res["schema"]["fields"]}
        for column, ref in data.references(res).items():
            assert (fields[column]["type"] == "list") == ref.is_list, (res["name"], column)
            if ref.is_list:
                assert fields[column]["delimiter"] == ";"


@pytest.mark.parametrize(("name", "row", "column", "value", "said"), BAD_CELLS, ids=[c[2] for c in BAD_CELLS])
def test_frictionless_and_the_loader_refuse_the_same_bad_cells(tmp_path, name, row, column, value, said):
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    rows = table_rows(name)
    rows[row][column] = rows[row - 1][column] if value == "=prev" else value
    path = write_rows(copy / data.resource(name)["path"], rows)
    problems = frictionless_problems(copy / "datapackage.json")
    assert problems and all(p.startswith(f"{name}: ") for p in problems), problems
    with pytest.raises(data.DataError):
        data.read_table(name, path)


# --- JSON-LD exports: expand offline with the shipped contexts, no local path -----------------------------


OFFLINE = {"documentLoader": contexts.document_loader}
ABSOLUTE = r"[A-Za-z][A-Za-z0-9+.-]*:\S+"


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory) -> Path:
    """The seed article at an absolute path of this machine (which no export may carry)."""
    path = tmp_path_factory.mktemp("private-folder") / "story.txt"
    path.write_bytes(paths.SEED_ARTICLE.read_bytes())
    return path


@pytest.fixture(scope="module")
def seed_check(seed_copy):
    return check_path(seed_copy)


def _keys(node) -> set[str]:
    if isinstance(node, dict):
        return {k for k in node if not k.startswith("@")} | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def _undefined_terms(doc: dict, context_url: str) -> list[str]:
    """Return the keys of ``doc`` the context does not define (a JSON-LD processor would drop them silently)."""
    ctx = contexts.document_loader(context_url)["document"]["@context"]
    undefined = []
    for term in sorted(_keys(doc)):
        definition = ctx.get(term)
        target = definition.get("@id") if isinstance(definition, dict) else definition
        if target in ("@id", "@type"):
            continue  # an alias of a keyword
        probe = jsonld.expand({"@context": context_url, "@id": "urn:x:node", term: "v"}, OFFLINE)
        if not probe or set(probe[0]) == {"@id"}:
            undefined.append(term)
    return undefined


def test_the_w3c_export_expands_offline_with_every_term_defined(seed_copy):
    doc = json.loads(to_w3c(annotate_article(read_article(seed_copy))))
    expanded = jsonld.expand(doc, OFFLINE)
    page = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0]
    items = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == doc["total"] > 50
    assert all(i["@type"] == ["http://www.w3.org/ns/oa#Annotation"] for i in items)
    assert _undefined_terms(doc, doc["@context"]) == []


def test_claimreview_expands_offline_with_what_fact_check_consumers_need(seed_check):
    reviews = to_claimreview(seed_check)
    assert len(reviews) == len(seed_check.claims) > 0
    expanded = jsonld.expand(reviews, OFFLINE)
    assert [e["@type"] for e in expanded] == [["http://schema.org/ClaimReview"]] * len(reviews)
    s = "http://schema.org/"
    for review, claim, node in zip(reviews, seed_check.claims, expanded, strict=True):
        assert node[f"{s}url"][0]["@id"] == review["url"]  # an IRI, not a string
        assert node[f"{s}author"][0][f"{s}name"][0]["@value"] == REVIEWER.name
        assert node[f"{s}datePublished"][0]["@value"] == review["datePublished"]
        item = review["itemReviewed"]
        assert item["author"] == [{"@type": "Person", "name": "Cheryl Sanders"},
                                  {"@type": "Organization", "name": "iNewsToday"}]  # from data/articles.csv
        assert item["appearance"]["url"].endswith(f"#char={claim.start},{claim.end}")
        assert review["reviewRating"]["alternateName"] == claim.verdict
        assert item["datePublished"] == "2019-11-16"
        for url in (review["url"], item["appearance"]["url"], *(b["url"] for b in review["isBasedOn"])):
            assert re.fullmatch(ABSOLUTE, url) and not url.startswith("file:"), url


def test_the_offline_loader_serves_only_the_shipped_contexts():
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": "https://example.org/other.jsonld", "name": "x"}, OFFLINE)


def test_no_export_carries_a_local_path(seed_copy, seed_check):
    ann = annotate_article(read_article(seed_copy))
    folder = str(seed_copy.parent)
    for text in (to_w3c(ann), to_csv(ann), json.dumps(to_claimreview(seed_check)), claims_csv(seed_check)):
        assert folder not in text and "file:" not in text and seed_copy.name not in text


def test_the_article_is_named_by_its_address_in_articles_csv_else_by_its_digest(tmp_path, monkeypatch, seed_copy):
    article = read_article(seed_copy)
    digest = hashlib.sha256(seed_copy.read_bytes()).hexdigest()
    assert article_identity(article).iri == f"urn:sha256:{digest}"
    assert article_identity(article, "https://example.org/s").iri == "https://example.org/s"
    rows = list(csv.DictReader((paths.DATA / "articles.csv").open(encoding="utf-8", newline="")))
    rows[0]["url"] = "https://news.example/north-korea-angling"
    (tmp_path / "articles.csv").write_text(
        "".join([",".join(rows[0]) + "\n"] + [",".join(json.dumps(v) for v in r.values()) + "\n" for r in rows]),
        encoding="utf-8")
    monkeypatch.setattr(paths, "DATA", tmp_path)
    _shipped_articles.cache_clear()
    try:
        assert article_identity(article).iri == "https://news.example/north-korea-angling"
        assert article_identity(read_article(paths.ROOT / "data" / "articles" /
                                             "2024-10-16-trump-10-billion.txt")).iri.startswith("urn:sha256:")
    finally:
        _shipped_articles.cache_clear()


@pytest.mark.parametrize("bad", ["file:///home/me/story.txt", "story.txt", "/abs/story.txt",
                                 "https://example.org/a#frag", "https://exa mple.org/", ""])
def test_a_bad_base_url_is_refused(bad, seed_copy):
    if not bad:
        assert article_identity(read_article(seed_copy), bad).iri.startswith("urn:sha256:")  # empty = default
        return
    with pytest.raises(InputError, match="--base-url"):
        to_w3c(annotate_article(read_article(seed_copy)), bad)


# --- CSV exports: read back cell for cell in pandas and the csv module ----------------------------------------

HOSTILE = ('Awkward, "quoted" text\nNovember 16, 2019\n\nHe said "we want, really,\r\nmore" and paid $5 billion, '
           'then "no\rmore" and =SUM(A1) and 1.0389 trillion won this year; "x", y.\n')


def _both_ways(text: str) -> tuple[list[list[str]], list[list[str]]]:
    assert text.startswith(text.split("\r\n", 1)[0] + "\r\n")  # a header row, CRLF row ends (RFC 4180)
    by_csv = list(csv.reader(io.StringIO(text, newline="")))
    frame = pd.read_csv(io.StringIO(text, newline=""), dtype=str, keep_default_na=False)
    return by_csv, [list(frame.columns), *frame.to_numpy().tolist()]


@pytest.mark.parametrize("text", [paths.SEED_ARTICLE.read_text(encoding="utf-8"), HOSTILE], ids=["seed", "hostile"])
def test_annotate_csv_round_trips(text):
    ann = annotate(text)
    expected = [["id", "kind", "start", "end", "exact", "value"]] + [
        [s.id, s.kind, str(s.start), str(s.end), s.exact, json.dumps(s.value, ensure_ascii=False)] for s in ann.spans]
    by_csv, by_pandas = _both_ways(to_csv(ann))
    assert by_csv == by_pandas == expected
    assert any('"' in s.exact and "," in s.exact for s in ann.spans)  # quoting is exercised


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
                         min_size=2, max_size=2), min_size=1, max_size=5))
def test_the_csv_writer_round_trips_any_text(rows):
    """Both exports write through csv_text: any cell (quotes, commas, CR, LF, CRLF, spaces) reads back as written."""
    by_csv, by_pandas = _both_ways(csv_text(["a", "b"], rows))
    assert by_csv == [["a", "b"], *rows]
    assert by_pandas == by_csv


def test_check_csv_round_trips(seed_check):
    by_csv, by_pandas = _both_ways(claims_csv(seed_check))
    assert by_csv == by_pandas
    assert [row[0] for row in by_csv[1:]] == [c.id for c in seed_check.claims]
    assert [row[6] for row in by_csv[1:]] == [c.evidence for c in seed_check.claims]
    assert any('"' in c.evidence for c in seed_check.claims)  # quoting is exercised
