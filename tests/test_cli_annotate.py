"""``python -m analysis annotate``: good runs in each format, and every bad input -> exit 2, one line."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys

import pytest

from analysis.paths import ROOT, SEED_ARTICLE


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=120)  # fmt: skip


def test_json_on_seed_meets_the_done_criteria():
    r = run("annotate", "data/articles/2019-11-16-north-korea-angling.txt", "--format", "json")
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


def _bad_inputs(tmp_path):
    def f(name: str, data: bytes) -> str:
        p = tmp_path / name
        p.write_bytes(data)
        return str(p)

    return {
        "missing": ["annotate", str(tmp_path / "missing.txt")],
        "directory": ["annotate", str(tmp_path)],
        "empty": ["annotate", f("empty.txt", b"")],
        "blank": ["annotate", f("blank.txt", b" \n\n \t")],
        "binary": ["annotate", f("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00")],
        "latin1": ["annotate", f("latin1.txt", b"Title\nNovember 16, 2019\n\nCaf\xe9.")],
        "no-date": ["annotate", f("nodate.txt", b"Title\nBy Jo\n\nBody.")],
        "bad-published": ["annotate", str(SEED_ARTICLE), "--published", "16/11/2019"],
        "impossible-published": ["annotate", str(SEED_ARTICLE), "--published", "2019-02-30"],
        "bad-format": ["annotate", str(SEED_ARTICLE), "--format", "xml"],
        "file-base-url": ["annotate", str(SEED_ARTICLE), "--format", "w3c", "--base-url", f"file://{SEED_ARTICLE}"],
        "relative-base-url": ["check", str(SEED_ARTICLE), "--format", "claimreview", "--base-url", "story.txt"],
        "no-path": ["annotate"],
        "no-command": [],
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "directory", "empty", "blank", "binary", "latin1", "no-date", "bad-published",
     "impossible-published", "bad-format", "file-base-url", "relative-base-url", "no-path", "no-command"],
)  # fmt: skip
def test_bad_input_exit_2_one_line_nothing_on_stdout(tmp_path, case):
    r = run(*_bad_inputs(tmp_path)[case])
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.endswith("\n"), r.stderr
