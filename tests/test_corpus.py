"""The corpus evaluation: its scoring counts what it says, and the real corpus does not get worse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.evaluate import GOALS, battery_ids, evaluate, format_table, load_corpus
from analysis.paths import ROOT

CORPUS = ROOT / "tests" / "corpus"
BASELINE = CORPUS / "baseline.json"

ARTICLE = """Seoul to pay more for US troops

By A. Writer
March 10, 2021

South Korea will pay 1.1833 trillion won this year, Defense Minister Han Min-koo said on Tuesday.

"It is a fair deal," he said.

Washington had asked for $5 billion in 2019.
"""


def _corpus(tmp_path: Path, expected: dict) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "expected").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "expected" / "a.json").write_text(json.dumps(expected), encoding="utf-8")
    (tmp_path / "index.csv").write_text("article_id,outlet,published,url,title,byline,split,note\n"
                                        "a,Outlet,2021-03-10,https://example.org/a,t,,dev,\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("section", "item", "key", "right"), [
    ("money", {"exact": "1.1833 trillion won", "amount": 1.1833e12, "currency": "KRW"}, "money", 1),
    ("money", {"exact": "1.1833 trillion won", "amount": 1.1833e11, "currency": "KRW"}, "money", 0),
    ("money", {"exact": "$5 billion", "amount": 5e9, "currency": "KRW"}, "money", 0),
    ("dates", {"exact": "on Tuesday", "start": "2021-03-09", "end": "2021-03-09"}, "dates", 1),
    ("dates", {"exact": "on Tuesday", "start": "2021-03-02", "end": "2021-03-02"}, "dates", 0),
    ("quotes", {"exact": "fair deal", "speaker": "Other Person"}, "speakers", 0),
    ("people", {"exact": "this year"}, "people", 0),
])
def test_scoring_counts_right_and_wrong(tmp_path: Path, section: str, item: dict, key: str, right: int) -> None:
    scores = evaluate(_corpus(tmp_path, {section: [item]}))
    assert (scores["all"].right[key], scores["all"].total[key]) == (right, 1)


def test_unexpected_findings_and_contradictions_are_counted(tmp_path: Path) -> None:
    scores = evaluate(_corpus(tmp_path, {"claims": [{"exact": "1.1833 trillion won", "verdict": "supported",
                                                     "figure_correct": True}]}))
    a = scores["all"]
    assert a.right["verdicts"] == a.total["verdicts"] == 1
    assert a.counts["wrong_contradicted"] == 0


def test_expected_text_missing_from_article_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not in the article"):
        evaluate(_corpus(tmp_path, {"money": [{"exact": "$9 billion", "amount": 9e9, "currency": "USD"}]}))
def test_index_row_with_a_stray_quote_mark_is_one_line_error(tmp_path: Path) -> None:
    """A note whose inner quote mark is not doubled splits the row into more fields than the header: the loader names
    the line instead of reading the row's first fields and dropping the rest."""
    corpus = _corpus(tmp_path, {})
    index = corpus / "index.csv"
    index.write_text(index.read_text(encoding="utf-8").replace(",dev,\n", ',dev,"a "quoted" note, cut"\n'),
                     encoding="utf-8")
    with pytest.raises(InputError, match="more fields than the header") as err:
        load_corpus(corpus)
    assert "index.csv:2" in str(err.value)
    index.write_text(index.read_text(encoding="utf-8").replace('"a "quoted" note, cut"', '"a ""quoted"" note, cut"'),
                     encoding="utf-8")
    assert [a.article_id for a in load_corpus(corpus)] == ["a"]


def test_corpus_is_large_and_varied_enough() -> None:
    arts = load_corpus(CORPUS)
    assert len(arts) >= 30
    assert len({a.outlet for a in arts}) >= 8
    heldout_outlets = {a.outlet for a in arts if a.split == "heldout"} - {a.outlet for a in arts if a.split == "dev"}
    assert heldout_outlets, "at least one outlet must appear only in held-out articles"


@pytest.fixture(scope="module")
def corpus_scores() -> dict:
    """The evaluation of the real corpus, once for the tests below."""
    return evaluate(CORPUS)


def test_batteries_list_only_dev_articles(tmp_path: Path) -> None:
    """The batteries' list (tests/corpus/batteries.txt) names dev articles only, each once; a held-out id or an unknown
    one listed is a one-line error naming the line, so no battery ever reads a held-out text."""
    ids = battery_ids(CORPUS)
    split = {a.article_id: a.split for a in load_corpus(CORPUS)}
    assert ids and all(split[i] == "dev" for i in ids)
    (tmp_path / "index.csv").write_text("article_id,split\na,dev\nb,heldout\n", encoding="utf-8")
    (tmp_path / "batteries.txt").write_text("# header\na\na  # twice\n", encoding="utf-8")
    assert battery_ids(tmp_path) == ("a",)
    for bad, why in (("b", "a held-out article"), ("c", "not in index.csv")):
        (tmp_path / "batteries.txt").write_text(f"a\n{bad}\n", encoding="utf-8")
        with pytest.raises(InputError, match=why) as err:
            battery_ids(tmp_path)
        assert "batteries.txt:2" in str(err.value)


def test_readme_shows_the_current_table(corpus_scores: dict) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- corpus-table -->\n", 1)[1].split("<!-- /corpus-table -->", 1)[0]
    table = format_table(corpus_scores)  # named first: a failure prints the two tables, never the scores' misses,
    assert shown == table, "README corpus table is stale: run evaluate --update-readme"  # held-out ones among them


def test_corpus_scores_do_not_get_worse(corpus_scores: dict) -> None:
    """Each goal's measured value on the whole corpus stays at least as good as tests/corpus/baseline.json."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    scores = corpus_scores["all"]
    worse = []
    for g in GOALS:
        then, now = baseline.get(g.key), scores.value(g)
        if then is None or now is None:
            continue
        if (now < then - 1e-9) if g.higher_is_better else (now > then + 1e-9):
            worse.append(f"{g.label}: {now:.3f} (baseline {then:.3f})")
    assert not worse, "; ".join(worse)
