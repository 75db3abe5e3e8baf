"""``evaluate --by-rule``: quote speakers right per attribution rule, counted on a small temporary corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.evaluate import by_rule, evaluate

ARTICLE = """Seoul to pay more for US troops

By A. Writer
March 10, 2021

South Korea will pay more this year, Defense Minister Han Min-koo said on Tuesday.

"It is a fair deal," he said.

"We will keep talking," Han Min-koo said.
"""


def _corpus(tmp_path: Path, quotes: list[dict]) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "expected").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "expected" / "a.json").write_text(json.dumps({"quotes": quotes}), encoding="utf-8")
    (tmp_path / "index.csv").write_text("article_id,outlet,published,url,title,byline,split,note\n"
                                        "a,Outlet,2021-03-10,https://example.org/a,t,,dev,\n", encoding="utf-8")
    return tmp_path


QUOTES = [{"exact": "It is a fair deal", "speaker": "Han Min-koo"},
          {"exact": "We will keep talking", "speaker": "Someone Else"}]


def test_speakers_are_counted_per_rule(tmp_path: Path) -> None:
    rules = by_rule(evaluate(_corpus(tmp_path, QUOTES))["dev"])
    assert rules == {"named": (0, 1), "pronoun": (1, 1)}


def test_by_rule_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(_corpus(tmp_path, QUOTES))
    assert main(["evaluate", folder, "--split", "dev", "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert "| attribution rule | dev (1 articles) | all (1 articles) |" in out
    assert "| pronoun | 100.0 % (1/1) | 100.0 % (1/1) |" in out
    assert "| named | 0.0 % (0/1) | 0.0 % (0/1) |" in out
    assert main(["evaluate", folder, "--split", "dev", "--by-rule", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["all"]["speakers_by_rule"]["named"] == {"right": 0, "total": 1, "rate": 0.0}


def test_without_the_flag_there_is_no_rule_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(_corpus(tmp_path, QUOTES)), "--split", "dev"]) == 0
    assert "attribution rule" not in capsys.readouterr().out
