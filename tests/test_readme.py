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
