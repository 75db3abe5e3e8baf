"""Determinism (tracker issue 6): the real notebooks and the real report build give the same bytes twice.

One pair of real builds (seed article, every notebook in notebooks/, two output folders) serves both
tests: the notebooks each build executed are captured as they come out of
:func:`analysis.execute.execute_notebook` and compared after the build's own clean-up
(:func:`analysis.execute.strip_run_noise`, temp folder -> output folder), and the two output trees
are compared file by file, byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from analysis import site as report


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, Any]]]:
    """[(out, {notebook name: executed notebook}), ...] for two builds of the seed into the same-named folder."""
    builds = []
    real_execute = report.execute_notebook
    with pytest.MonkeyPatch.context() as mp:
        for n in (1, 2):
            executed: dict[str, Any] = {}

            def capture(nb: Any, cwd: Path, *, name: str = "notebook", _into=executed, **kw: Any) -> Any:
                done = real_execute(nb, cwd, name=name, **kw)
                _into[name] = done  # the build strips run noise from this same object afterwards
                return done

            mp.setattr(report, "execute_notebook", capture)
            out = tmp_path_factory.mktemp(f"build{n}") / "reports"
            report.build_reports(out=out, progress=False)
            builds.append((out, executed))
    return builds


def _outputs(nb: Any) -> str:
    return json.dumps([[c.get("id"), c.get("outputs", [])] for c in nb.cells if c.cell_type == "code"],
                      sort_keys=True, ensure_ascii=False)


def test_every_notebook_gives_identical_outputs_twice(two_builds):
    (out1, first), (out2, second) = two_builds
    names = [report.notebook_name(p) for p in report.discover_notebooks()]
    assert sorted(first) == sorted(second) == sorted(names)
    for name in names:
        a = _outputs(first[name]).replace(str(out1), "OUT")
        b = _outputs(second[name]).replace(str(out2), "OUT")
        assert a == b, f"{name}: outputs differ between two runs"


def test_two_report_builds_are_byte_identical(two_builds):
    (out1, _), (out2, _) = two_builds
    first, second = tree(out1), tree(out2)
    assert sorted(first) == sorted(second)
    assert {"index.html", ".sma-report"} <= set(first)
    assert len([n for n in first if n.endswith(".html")]) == len(report.discover_notebooks()) + 1
    differ = [n for n in first if first[n].replace(str(out1).encode(), b"OUT") != second[n].replace(
        str(out2).encode(), b"OUT")]
    assert differ == [], f"files that differ between two builds: {differ}"
    # the output folder's own path is the only thing allowed to differ, and only if a notebook prints it
    same_bytes = [n for n in first if first[n] == second[n]]
    assert len(same_bytes) >= len(first) - len(report.discover_notebooks())
