"""The README stays true: two quick-start lines, the data dictionary equal to the schema."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

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


def _run_ci(root: Path, stub: str, tmp_path: Path) -> list[str]:
    """Run ``root/.ci/run`` with ``stub`` (and apt-get) on PATH replaced by a recorder; return what it ran."""
    bin_dir, log = tmp_path / "bin", tmp_path / "ran.log"
    bin_dir.mkdir(parents=True)
    for name in (stub, "apt-get"):
        (bin_dir / name).write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n', encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", str(root / ".ci" / "run")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in log.read_text(encoding="utf-8").splitlines() if not line.startswith("apt-get")]


def test_ci_runs_the_readme_test_line(tmp_path):
    """.ci/run runs quick-start line 2 as written (a recorder stands in for its command), and follows the README:
    a copy of the project whose README says another line 2 makes CI run that line instead."""
    line = quick_start_lines()[1]
    program = shlex.split(line)[0]
    assert "/" not in program, f"the recorder stands in for a command on PATH, not {program}"
    assert _run_ci(paths.ROOT, program, tmp_path / "real") == [line]
    copy = tmp_path / "copy"
    (copy / ".ci").mkdir(parents=True)
    shutil.copy(paths.ROOT / ".ci" / "run", copy / ".ci" / "run")
    other = f"{program} --another-target"
    (copy / "README.md").write_text(README.replace(f"\n{line}\n", f"\n{other}\n", 1), encoding="utf-8")
    assert _run_ci(copy, program, tmp_path / "other") == [other]


def test_data_dictionary_matches_the_schema():
    embedded = README.split("<!-- data-dictionary -->\n", 1)[1].split("<!-- /data-dictionary -->", 1)[0]
    assert embedded == data_dictionary(), "regenerate it: make docs"


def corpus_counts(index: Path) -> dict[str, str]:
    """Return the corpus counts the README states, computed from ``index`` (articles, splits, outlets, first and last
    publication dates).

    >>> counts = corpus_counts(paths.ROOT / "tests" / "corpus" / "index.csv")
    >>> int(counts["dev"]) + int(counts["heldout"]) == int(counts["articles"])
    True
    """
    import csv

    with index.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    published = sorted(r["published"][:10] for r in rows)
    return {"articles": str(len(rows)), "dev": str(sum(r["split"] == "dev" for r in rows)),
            "heldout": str(sum(r["split"] == "heldout" for r in rows)),
            "outlets": str(len({r["outlet"] for r in rows})), "first": published[0], "last": published[-1]}


def corpus_count_errors(readme: str, counts: dict[str, str]) -> list[str]:
    """Return what the README's corpus section says that differs from ``counts`` (empty when it is true)."""
    section = readme.split("## Real-article corpus and evaluation", 1)[1].split("\n## ", 1)[0]
    said = re.search(r"holds (\d+) real articles[^(]*\(published (\S+) to (\S+), (\d+)\s+outlets", section)
    if not said:
        return ["the corpus section no longer states its counts in the expected words"]
    errors = [f"{name}: README says {got}, the index has {counts[name]}"
              for name, got in zip(("articles", "first", "last", "outlets"), said.groups(), strict=True)
              if got != counts[name]]
    errors += [f"README does not say {counts[s]} {s} articles" for s in ("dev", "heldout")
               if f"**{counts[s]} `{s}` articles**" not in section]
    return errors


def test_corpus_counts_in_the_readme_are_the_index_counts():
    """The corpus section says how many articles, of which split, from how many outlets and when: the index's
    counts; a README that still says an older count fails."""
    counts = corpus_counts(paths.ROOT / "tests" / "corpus" / "index.csv")
    assert corpus_count_errors(README, counts) == []
    stale = README.replace(f"holds {counts['articles']} real articles", "holds 505 real articles", 1)
    assert corpus_count_errors(stale, counts) == [f"articles: README says 505, the index has {counts['articles']}"]
    fewer = {**counts, "dev": str(int(counts["dev"]) + 1)}
    assert corpus_count_errors(README, fewer) == [f"README does not say {fewer['dev']} dev articles"]


def test_the_readme_one_file_command_runs():
    """The README's command for one test file (plugin autoload on, addopts replaced) collects without error: the
    root conftest must not name a plugin that autoload has already registered."""
    line = re.search(r"`(\.venv/bin/pytest -o addopts=[^`]*)`", README).group(1)
    argv = shlex.split(line.replace(".venv/bin/pytest", "pytest").replace("tests/test_x.py", "tests/test_readme.py"))
    done = subprocess.run([os.sys.executable, "-m", *argv, "--collect-only", "-q"], cwd=paths.ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:] or done.stdout[-2000:]
