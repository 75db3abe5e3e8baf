"""``python -m analysis annotate``: good runs in each format, and every bad input -> exit 2, one line.

The first test runs the command in a new interpreter (``python -m analysis``, end to end); the others call
the same entry point, ``analysis.cli.main``, in this process (:func:`conftest.cli`), which skips an
interpreter start and the imports for each run.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest
from conftest import Ran, cli, cli_process

from analysis.paths import SEED_ARTICLE


def run(*args: str) -> Ran:
    """``python -m analysis ARGS`` through ``analysis.cli.main`` in this process."""
    return cli(args)


def test_json_on_seed_meets_the_done_criteria():
    r = cli_process(["annotate", "data/articles/2019-11-16-north-korea-angling.txt", "--format", "json"])
    assert r.returncode == 0 and r.stderr == ""
    doc = json.loads(r.stdout)
    assert doc["source"] == {"path": "data/articles/2019-11-16-north-korea-angling.txt",
                             "title": "North Korea Angling for Another Trump-Kim Summit",
                             "byline": "Cheryl Sanders", "published": "2019-11-16"}  # fmt: skip
    text = SEED_ARTICLE.read_bytes().decode("utf-8")
    for item in doc["annotations"] + doc["findings"]:
        assert text[item["start"] : item["end"]] == item["exact"]
    f = {(x["kind"], x["exact"][:40]) for x in doc["findings"]}
    assert ("truncated_sentence", "The North brands such U.S.") in f
    assert ("truncated_sentence", "The report from Pyongyang's official Kor") in f
    assert ("unattributed_quote", '"In case of South Korea, which has provided'[:40]) in f
    assert ("ambiguous_speaker", '"If the U.S. still seeks a sinister aim of'[:40]) in f
    assert ("ambiguous_reference", "Kim") in f
    dates = {a["exact"]: a["value"] for a in doc["annotations"] if a["kind"] == "date"}
    assert dates["Friday"]["start"] == "2019-11-15"
    assert dates["on Wednesday"]["start"] == "2019-11-13"
    assert dates["on Monday"]["start"] == "2019-11-11"
    assert (dates["last month"]["start"], dates["last month"]["end"]) == ("2019-10-01", "2019-10-31")
    money = {a["exact"]: a["value"] for a in doc["annotations"] if a["kind"] == "money"}
    assert money["$4.7 billion dollars per year"]["amount"] == 4.7e9
    assert money["$4.7 billion dollars per year"]["per"] == "year"
    assert money["up to $5 billion a year"]["bound"] == "up_to"


def test_w3c_selectors_reanchor():
    r = run("annotate", str(SEED_ARTICLE), "--format", "w3c")
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld" and doc["type"] == "AnnotationCollection"
    text = SEED_ARTICLE.read_bytes().decode("utf-8")
    items = doc["first"]["items"]
    assert doc["total"] == len(items) > 50
    for item in items:
        pos, quote = item["target"]["selector"]
        assert pos["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
        assert text[pos["start"] : pos["end"]] == quote["exact"]
        assert text[: pos["start"]].endswith(quote["prefix"]) and text[pos["end"] :].startswith(quote["suffix"])
    assert any(i["motivation"] == "assessing" for i in items)


def test_base_url_names_the_article_and_no_local_path_is_written(tmp_path):
    copy = tmp_path / "my-private-folder" / "story.txt"
    copy.parent.mkdir()
    copy.write_bytes(SEED_ARTICLE.read_bytes())
    default = json.loads(run("annotate", str(copy), "--format", "w3c").stdout)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert default["first"]["items"][0]["target"]["source"] == f"urn:sha256:{digest}"
    r = run("annotate", str(copy), "--format", "w3c", "--base-url", "https://news.example/story")
    assert r.returncode == 0 and "my-private-folder" not in r.stdout and "file:" not in r.stdout
    doc = json.loads(r.stdout)
    assert doc["id"] == "https://news.example/story#annotations"
    assert {i["target"]["source"] for i in doc["first"]["items"]} == {"https://news.example/story"}
    assert all(i["id"].startswith("https://news.example/story#") for i in doc["first"]["items"])


def test_csv_one_row_per_span():
    r = run("annotate", str(SEED_ARTICLE), "--format", "csv")
    assert r.returncode == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    doc = json.loads(run("annotate", str(SEED_ARTICLE)).stdout)
    assert [row["id"] for row in rows] == [a["id"] for a in doc["annotations"]]
    assert json.loads(rows[0]["value"]) == doc["annotations"][0]["value"]


def test_unseen_article_with_published(tmp_path):
    p = tmp_path / "new.txt"
    p.write_text("Seoul, Washington Near a Deal\n\nBy Jo Min\n\nSeoul agreed on Tuesday to pay 1.0389 trillion "
                 'won ($924 million) this year, up 8.2 percent.\n\n"It is fair," Kang Kyung-wha said.\n',
                 encoding="utf-8")  # fmt: skip
    r = run("annotate", str(p), "--published", "2019-02-10")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    kinds = {a["kind"] for a in doc["annotations"]}
    assert {"money", "percent", "date", "person", "quote"} <= kinds
    tue = next(a for a in doc["annotations"] if a["exact"] == "on Tuesday")
    assert tue["value"]["start"] == "2019-02-05"


def test_several_articles_give_json_lines_and_one_csv(tmp_path):
    """Several paths or a folder: one process, one JSON line per article, or one CSV with a path column.
    (Bad inputs of every command are one matrix in test_bad_inputs.py.)"""
    folder = tmp_path / "articles"
    folder.mkdir()
    seed = SEED_ARTICLE.read_bytes()
    (folder / "a.txt").write_bytes(seed)
    (folder / "b.txt").write_bytes(b"Short\nNovember 1, 2019\n\nSeoul pays $924 million a year.\n")
    (folder / "notes.md").write_text("not an article")
    r = run("annotate", str(folder))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["source"]["path"] for d in docs] == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert docs[0] == json.loads(run("annotate", str(folder / "a.txt")).stdout) | {"source": docs[0]["source"]}
    rows = list(csv.DictReader(io.StringIO(run("annotate", str(folder / "b.txt"), str(folder / "a.txt"),
                                               "--format", "csv").stdout)))  # fmt: skip
    assert list(rows[0])[:2] == ["path", "id"]
    assert rows[0]["path"] == str(folder / "b.txt") and rows[-1]["path"] == str(folder / "a.txt")
    checked = run("check", str(folder), "--format", "csv")
    assert checked.returncode == 0, checked.stderr
    paths = {row["path"] for row in csv.DictReader(io.StringIO(checked.stdout))}
    assert paths == {str(folder / "a.txt"), str(folder / "b.txt")}


def test_strict_json_for_an_absurd_amount(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("T\nNovember 16, 2019\n\nIt cost $" + "9" * 320 + " billion.\n", encoding="utf-8")
    r = run("annotate", str(p))
    assert r.returncode == 0 and "Infinity" not in r.stdout and "inf" not in r.stdout.lower().split('"exact"')[0]
    doc = json.loads(r.stdout, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    money = [a for a in doc["annotations"] if a["kind"] == "money"]
    assert money and money[0]["value"]["amount"] is None
    assert [f["kind"] for f in doc["findings"] if f["kind"] == "implausible_amount"] == ["implausible_amount"]
    checked = run("check", str(p))
    assert checked.returncode == 0, checked.stderr[-500:]
    report = json.loads(checked.stdout, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    assert money[0]["id"] not in {i for c in report["claims"] for i in c["spans"]}  # no claim on a null amount
