"""Every bad input, through every door: one table of cases, one test per case x command.

Articles (annotate, check, report through ``python -m analysis``): empty, binary, non-UTF-8, 100 MB, a FIFO,
a device, a folder with no article, no date and no ``--published``, an impossible or out-of-range date line,
a malformed, impossible or out-of-range ``--published``, a missing file, control characters in its name.
Outputs: a full disk, a closed stdout, ``report --out`` under a file or where nothing can be written, Ctrl-C
during ``report``. Usage: no command, no path, an unknown format. Data files (the loaders in-process,
``check`` and ``annotate`` through the CLI on a copy of data/, ``report`` on a copy of the project): a
missing column, a wrong type, a duplicate key, an unknown source id, a negative amount, an empty, binary or
non-UTF-8 CSV, a bad gazetteer row. A notebook that fails mid-run. Each gives exactly one line on stderr
naming the file (or option), the place and what to do; nothing on stdout; exit 2 (1 for a failed notebook,
130 for Ctrl-C); reports/ and --out untouched; data/ never modified (hashed before and after the module).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis import data, paths
from analysis.errors import DataError

FIXTURES = paths.ROOT / "tests" / "fixtures" / "notebooks"
SEED = str(paths.SEED_ARTICLE)
VALID_HEADER = b"Allies Asked to Pay More\nBy Jo Reporter\nNovember 16, 2019\n\nSeoul pays $924 million a year.\n"
#: Runs the CLI with analysis.paths.DATA pointing at a copy (set before anything reads it).
WITH_DATA = (
    "import analysis.paths as p, pathlib, sys; p.DATA = pathlib.Path(sys.argv[1]); "
    "from analysis.cli import main; raise SystemExit(main(sys.argv[2:]))"
)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for name, content in tree(folder).items():
        h.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


@pytest.fixture(scope="module", autouse=True)
def data_is_never_modified():
    before = digest(paths.DATA)
    reports_before = tree(paths.REPORTS) if paths.REPORTS.is_dir() else None
    yield
    assert digest(paths.DATA) == before, "a test modified data/"
    assert (tree(paths.REPORTS) if paths.REPORTS.is_dir() else None) == reports_before, "a test touched reports/"


def run(argv: list[str], *, cwd: Path = paths.ROOT, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", errors="replace", cwd=cwd,
                          env=env, timeout=timeout)  # fmt: skip


def one_line(r: subprocess.CompletedProcess[str]) -> str:
    assert r.stdout == "", r.stdout[:500]
    assert "\x1b" not in r.stderr, "a control character reached the terminal"
    assert r.stderr.endswith("\n") and r.stderr.count("\n") == 1, r.stderr[-2000:]
    line = r.stderr.rstrip("\n")
    assert "Traceback" not in line
    assert "; " in line, f"no 'what to do' part: {line}"
    return line


# --- articles x commands ------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleCase:
    """A bad article (bytes written to a file; None = no file) or option, and what the error must name."""

    content: bytes | Callable[[Path], None] | None
    extra: tuple[str, ...] = ()
    names: tuple[str, ...] = ("{path}",)  # substrings of the error line; {path} = the article's path
    use_seed: bool = False
    path: str = ""  # a fixed path instead of tmp/article.txt ({tmp} = the test's folder)


def _sparse_100mb(path: Path) -> None:
    with path.open("wb") as f:
        f.write(VALID_HEADER)
        f.truncate(100 * 2**20)


ARTICLE_CASES = {
    "empty": ArticleCase(b"", names=("{path}", "empty")),
    "whitespace-only": ArticleCase(b" \r\n\n\t\n", names=("{path}", "empty")),
    "binary": ArticleCase(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", names=("{path}", "binary", "byte")),
    "non-utf8": ArticleCase("Title\nNovember 16, 2019\n\nCafé au lait.\n".encode("latin-1"),
                            names=("{path}", "UTF-8", "line 4")),
    "100mb": ArticleCase(_sparse_100mb, names=("{path}", "104.9 MB", "larger than the 20 MB limit")),
    "no-date": ArticleCase(b"A Headline\nBy Jo Reporter\n\nThe body has no date line.\n",
                           names=("{path}", "no publication date", "--published")),
    "impossible-dateline": ArticleCase(b"A Headline\nBy Jo\nFebruary 30, 2019\n\nBody.\n",
                                       names=("{path}", "line 3", "February 30, 2019")),
    "published-malformed": ArticleCase(None, ("--published", "16/11/2019"), names=("--published", "16/11/2019"),
                                       use_seed=True),
    "published-impossible": ArticleCase(None, ("--published", "2019-02-30"), names=("--published", "2019-02-30"),
                                        use_seed=True),
    "missing-file": ArticleCase(None, names=("{path}", "no such file")),
    "fifo": ArticleCase(lambda p: os.mkfifo(p), names=("{path}", "is a FIFO, not a regular file")),
    "device": ArticleCase(None, names=("/dev/zero", "is a character device"), path="/dev/zero"),
    "dateline-out-of-range": ArticleCase(b"A Headline\nBy Jo\nJanuary 1, 1850\n\nBody.\n",
                                         names=("{path}", "line 3", "outside 1900-2100")),
    "published-too-early": ArticleCase(None, ("--published", "0001-01-01"),
                                       names=("--published 0001-01-01", "outside 1900-2100"), use_seed=True),
    "published-too-late": ArticleCase(None, ("--published", "9999-12-31"),
                                      names=("--published 9999-12-31", "outside 1900-2100"), use_seed=True),
    "control-characters-in-name": ArticleCase(None, names=("\\x1b[2J", "no such file"), path="{tmp}/a\x1b[2J.txt"),
}


def _article(tmp_path: Path, case: ArticleCase) -> str:
    if case.use_seed:
        return SEED
    if case.path:
        return case.path.format(tmp=tmp_path)
    path = tmp_path / "article.txt"
    if callable(case.content):
        case.content(path)
    elif case.content is not None:
        path.write_bytes(case.content)
    return str(path)


def _previous_build(out: Path) -> dict[str, bytes]:
    out.mkdir()
    (out / ".sma-report").write_text("previous build\n")
    (out / "index.html").write_text("<p>previous reports</p>\n")
    (out / "figures").mkdir()
    (out / "figures" / "01-x.csv").write_text("year\n2019\n")
    return tree(out)


@pytest.mark.parametrize("command", ["annotate", "check", "report", "report-over-previous"])
@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_bad_article(tmp_path, case, command):
    c = ARTICLE_CASES[case]
    path = _article(tmp_path, c)
    out = tmp_path / "out"
    previous = _previous_build(out) if command == "report-over-previous" else None
    if command.startswith("report"):
        argv = ["report", *([] if c.use_seed else ["--article", path]), *c.extra, "--out", str(out)]
    else:
        argv = [command, path, *c.extra]
    r = run([sys.executable, "-m", "analysis", *argv], timeout=60)
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis {command.split('-')[0]}: "), line
    for name in c.names:
        assert name.format(path=path) in line, line
    if previous is None:
        assert not out.exists()
    else:
        assert tree(out) == previous
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")) == []


# --- data files x loaders and commands -----------------------------------------------------------


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _csv_write(path: Path, rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def _edit(column: str, row: int, value: str | Callable[[list[dict[str, str]]], str]):
    def apply(path: Path) -> None:
        rows = _csv_rows(path)
        rows[row][column] = value(rows) if callable(value) else value
        _csv_write(path, rows)

    return apply


def _drop(column: str):
    def apply(path: Path) -> None:
        _csv_write(path, [{k: v for k, v in r.items() if k != column} for r in _csv_rows(path)])

    return apply


def _bytes(content: bytes):
    return lambda path: path.write_bytes(content)


@dataclass(frozen=True)
class DataCase:
    """Break ``file`` in a copy of data/; ``loader`` must raise, naming ``names``; ``commands`` must fail."""

    file: str
    breaker: Callable[[Path], None]
    loader: str
    names: tuple[str, ...]
    commands: tuple[str, ...] = ("check", "report")


def _appended_line(table: str) -> int:
    """The line number a line appended to ``data/<table>`` gets (the file ends with a newline)."""
    return (paths.DATA / table).read_bytes().count(b"\n") + 1


DATA_CASES = {
    "missing-column": DataCase("sma_contributions.csv", _drop("krw_billion"), "load_sma",
                               ("sma_contributions.csv", "missing column krw_billion", "datapackage.json")),
    "wrong-type": DataCase("sma_contributions.csv", _edit("krw_billion", 4, "about 240"), "load_sma",
                           ("sma_contributions.csv", "line 6", "column krw_billion", "'about 240'",
                            "datapackage.json")),
    "duplicate-key": DataCase("sma_contributions.csv", _edit("year", 5, lambda rows: rows[4]["year"]), "load_sma",
                              ("sma_contributions.csv", "column year", "duplicate", "datapackage.json")),
    "unknown-source-id": DataCase("exchange_rates.csv", _edit("source_ids", 2, "no-such-source"),
                                  "load_exchange_rates",
                                  ("exchange_rates.csv", "line 4", "column source_ids", "no-such-source",
                                   "sources.csv")),
    "negative-amount": DataCase("demands.csv", _edit("amount", 0, "-5"), "load_demands",
                                ("demands.csv", "line 2", "column amount", "datapackage.json")),
    "empty-csv": DataCase("sma_contributions.csv", _bytes(b""), "load_sma",
                          ("sma_contributions.csv", "file is empty", "restore it from git")),
    "binary-csv": DataCase("sma_contributions.csv", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"),
                           "load_sma", ("sma_contributions.csv", "line 1", "not UTF-8")),
    "non-utf8-csv": DataCase("demands.csv", lambda p: p.write_bytes(p.read_bytes() + "café\n".encode("latin-1")),
                             "load_demands", ("demands.csv", f"line {_appended_line('demands.csv')}", "not UTF-8")),
    "bad-gazetteer-kind": DataCase("entities.csv", _edit("kind", 3, "wizard"), "load_entities",
                                   ("entities.csv", "line 5", "column kind", "wizard"),
                                   commands=("annotate", "check", "report")),
}


@pytest.fixture
def broken_data(request, tmp_path) -> tuple[Path, DataCase]:
    case = DATA_CASES[request.param]
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    case.breaker(copy / case.file)
    assert (copy / case.file).read_bytes() != (paths.DATA / case.file).read_bytes()
    return copy, case


@pytest.mark.parametrize("broken_data", list(DATA_CASES), indirect=True)
def test_loader_refuses_broken_data(broken_data, monkeypatch):
    copy, case = broken_data
    monkeypatch.setattr(paths, "DATA", copy)
    data.load_table.cache_clear()
    try:
        with pytest.raises(DataError) as info:
            getattr(data, case.loader)()
    finally:
        data.load_table.cache_clear()
    message = str(info.value)
    assert "\n" not in message
    for name in case.names:
        assert name in message, message


def _data_commands() -> list[tuple[str, str]]:
    return [(name, cmd) for name, case in DATA_CASES.items() for cmd in ("annotate", "check") if cmd in case.commands]


@pytest.mark.parametrize(("broken_data", "command"), _data_commands(), indirect=["broken_data"])
def test_cli_refuses_broken_data(broken_data, command):
    copy, case = broken_data
    before = digest(copy)
    r = run([sys.executable, "-c", WITH_DATA, str(copy), command, SEED])
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis {command}: error: ")
    assert str(copy / case.file) in line, line
    place = [n for n in case.names if n.startswith(("line", "column", "missing", "cannot", "UTF-8"))]
    for name in place:
        # the gazetteer (annotate) says "row N" where the loaders say "line N": both are the CSV line
        assert name in line or name.replace("line", "row") in line, line
    assert digest(copy) == before


@pytest.mark.parametrize("broken_data", [n for n, c in DATA_CASES.items() if "report" in c.commands],
                         indirect=True)
def test_report_refuses_broken_data_before_any_kernel(broken_data, tmp_path):
    """``report`` validates every table before it starts a kernel: the same line as ``check``, exit 2.
    Run from a copy of the project (package, notebooks, the broken data) first on the path."""
    copy, case = broken_data
    project = tmp_path / "project"
    shutil.copytree(paths.ROOT / "analysis", project / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(paths.NOTEBOOKS, project / "notebooks")
    shutil.move(copy, project / "data")
    before = digest(project / "data")
    out = tmp_path / "reports"
    previous = _previous_build(out)
    env = {**os.environ, "PYTHONPATH": str(project)}
    r = run([sys.executable, "-m", "analysis", "report", "--out", str(out)], cwd=project, env=env, timeout=120)
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis report: error: data/{case.file}") or f"{case.file}" in line, line
    assert ".ipynb" not in line, line
    for name in case.names:
        if name.startswith(("line", "column")):
            assert name in line or name.replace("line", "row") in line, line
    assert tree(out) == previous
    assert digest(project / "data") == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.")) == []


# --- outputs and usage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputCase:
    """A command whose output cannot be written (or a usage error), and what its one line must say."""

    argv: tuple[str, ...]
    names: tuple[str, ...]
    stdout: str = "pipe"  # "pipe", "full" (/dev/full) or "closed"


OUTPUT_CASES = {
    "annotate-full-disk": OutputCase(("annotate", SEED), ("No space left on device",), stdout="full"),
    "check-full-disk": OutputCase(("check", SEED), ("No space left on device",), stdout="full"),
    "annotate-closed-stdout": OutputCase(("annotate", SEED), ("standard output is closed",), stdout="closed"),
    "check-closed-stdout": OutputCase(("check", "--format", "csv", SEED), ("standard output is closed",),
                                      stdout="closed"),
    "report-out-under-a-file": OutputCase(("report", "--out", f"{SEED}/reports"), ("which is a file", "--out")),
    "report-out-unwritable": OutputCase(("report", "--out", "/proc/sma-reports"), ("/proc", "--out")),
    "annotate-folder-without-articles": OutputCase(("annotate", "{tmp}"), ("{tmp}", "no .txt article files")),
    "annotate-one-bad-article-of-several": OutputCase(("annotate", SEED, "{tmp}/missing.txt"),
                                                      ("{tmp}/missing.txt", "no such file")),
    "check-one-bad-article-of-several": OutputCase(("check", SEED, "{tmp}/missing.txt"),
                                                   ("{tmp}/missing.txt", "no such file")),
    "unknown-format": OutputCase(("annotate", SEED, "--format", "xml"), ("invalid choice: 'xml'", "--help")),
    "no-path": OutputCase(("annotate",), ("the following arguments are required: PATH", "--help")),
    "no-command": OutputCase((), ("the following arguments are required: COMMAND", "--help")),
    "file-base-url": OutputCase(("annotate", SEED, "--format", "w3c", "--base-url", f"file://{SEED}"),
                                ("--base-url",)),
    "relative-base-url": OutputCase(("check", SEED, "--format", "claimreview", "--base-url", "story.txt"),
                                    ("--base-url",)),
    "base-url-with-several-articles": OutputCase(("annotate", SEED, SEED, "--base-url", "https://example.org/a"),
                                                 ("--base-url", "several")),
}


@pytest.mark.parametrize("case", list(OUTPUT_CASES))
def test_output_or_usage_failure(tmp_path, case):
    c = OUTPUT_CASES[case]
    argv = [a.format(tmp=tmp_path) for a in c.argv]
    cmd = [sys.executable, "-m", "analysis", *argv]
    if c.stdout == "pipe":
        r = run(cmd, timeout=120)
    else:
        with open("/dev/full", "w") if c.stdout == "full" else open(os.devnull) as sink:
            p = subprocess.run(cmd, stdout=sink if c.stdout == "full" else None, stderr=subprocess.PIPE, text=True,
                               cwd=paths.ROOT, timeout=120, preexec_fn=None if c.stdout == "full" else _close_stdout)
        r = subprocess.CompletedProcess(p.args, p.returncode, "", p.stderr)
    line = one_line(r)
    assert r.returncode == 2, line
    for name in c.names:
        assert name.format(tmp=tmp_path) in line, line
    assert not (tmp_path / "reports").exists() and not Path("/proc/sma-reports").exists()


def _close_stdout() -> None:
    os.close(1)


def test_impossible_date_line_with_published_is_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"A Headline\nBy Jo\nFebruary 30, 2019\n\nSeoul pays $924 million a year.\n")
    r = run([sys.executable, "-m", "analysis", "annotate", str(path), "--published", "2019-03-01"])
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert '"published": "2019-03-01"' in r.stdout


SLOW_NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "id": "wait", "metadata": {}, "outputs": [],
               "source": "import time\nfor _ in range(600):\n    time.sleep(0.1)"}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}  # fmt: skip


def test_ctrl_c_during_report_exits_130_in_one_line_and_keeps_previous_reports(tmp_path):
    import json

    folder = tmp_path / "nbs"
    folder.mkdir()
    (folder / "01-wait.ipynb").write_text(json.dumps(SLOW_NOTEBOOK), encoding="utf-8")
    out = tmp_path / "reports"
    previous = _previous_build(out)
    p = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--notebooks", str(folder), "--out", str(out),
                          "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=paths.ROOT, start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 90
    while not any(tmp_path.glob(".reports.build-*")) and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.2)  # the build folder appears once the input is checked, just before the kernel starts
    time.sleep(4)  # the kernel starts and runs the cell
    os.killpg(p.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group, kernel included
    stdout, stderr = p.communicate(timeout=60)
    r = subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr)
    line = one_line(r)
    assert r.returncode == 130, line
    assert line == f"python -m analysis report: interrupted (Ctrl-C); the previous reports in {out} are untouched"
    assert tree(out) == previous
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.")) == []


# --- a notebook that fails mid-run ---------------------------------------------------------------


def test_notebook_failing_mid_run_names_notebook_and_cell_and_keeps_previous_reports(tmp_path):
    folder = tmp_path / "nbs"
    folder.mkdir()
    shutil.copy(FIXTURES / "02-fails.ipynb", folder)
    out = tmp_path / "reports"
    previous = _previous_build(out)
    r = run([sys.executable, "-m", "analysis", "report", "--notebooks", str(folder), "--out", str(out)],
            timeout=300)
    line = one_line(r)
    assert r.returncode == 1, line
    assert "02-fails.ipynb: cell 2 raised ValueError: fixture failure on purpose" in line, line
    assert tree(out) == previous
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.")) == []
