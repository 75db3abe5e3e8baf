"""The README stays true: two quick-start lines, the data dictionary equal to the schema."""

from __future__ import annotations

import re

from analysis import paths
from analysis.data import data_dictionary

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_lines() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```[a-z]*\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_quick_start_has_exactly_two_commands():
    lines = quick_start_lines()
    assert len(lines) == 2
    assert "report" in lines[0] and "test" in lines[1]


def test_ci_runs_the_readme_test_line():
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "## Quick start" in ci and "print(lines[1])" in ci


def test_data_dictionary_matches_the_schema():
    embedded = README.split("<!-- data-dictionary -->\n", 1)[1].split("<!-- /data-dictionary -->", 1)[0]
    assert embedded == data_dictionary(), "regenerate it: make docs"
