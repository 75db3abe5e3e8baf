"""Every bad input, through every door: one table of cases, one test per case x command.

Articles (annotate, check, report): empty, binary, non-UTF-8, 100 MB, a FIFO, a device, a folder with no
article, no date and no ``--published``, an impossible or out-of-range date line, a malformed, impossible or
out-of-range ``--published``, a missing file, control characters in its name. Outputs: a full disk, a closed
stdout, ``report --out`` under a file or where nothing can be written, Ctrl-C during ``report``. Usage: no
command, no path, an unknown format. Data files (the loaders, and ``annotate``, ``check`` and ``report`` on a
copy of data/): a missing column, a wrong type, a duplicate key, an unknown source id, a negative amount, an
empty, binary or non-UTF-8 CSV, a bad gazetteer row, a broken gazetteer file, a broken datapackage.json. A
notebook that fails mid-run. Each gives exactly one line on stderr naming the file (or option), the place and
what to do; nothing on stdout; exit 2 (1 for a failed notebook, 130 for Ctrl-C); no kernel started for bad
input; reports/ and --out untouched; data/ never modified (hashed before and after the module).

Most cases run ``analysis.cli.main`` in this process (:func:`conftest.cli`): the same parser, messages and
exit codes as ``python -m analysis``, without paying for a new interpreter each time; ``check`` on a full disk
and on a closed stdout too (a stdout whose writes fail with ENOSPC, and none, as an interpreter started with
descriptor 1 closed has). What only a process shows runs in one (:func:`conftest.cli_process`): a FIFO article
(a regression would block, not fail), ``annotate`` on /dev/full and with descriptor 1 closed (the one
end-to-end case of each), Ctrl-C (a signal to the process group), and one broken data file through
``python -m analysis report`` from a copy of the project.
"""

from __future__ import annotations

import json
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
from conftest import (
    FIXTURES,
    Ran,
    cli,
    cli_process,
    digest,
    kernel_guard,
    leftovers,
    one_line,
    previous_build,
    read_rows,
    tree,
    use_data,
    write_rows,
)
from test_data import BROKEN_FILES, BROKEN_PACKAGES  # the loaders' tables of broken files (tests/ is on sys.path)

from analysis import data, paths
from analysis.errors import DataError

SEED = str(paths.SEED_ARTICLE)
VALID_HEADER = b"Allies Asked to Pay More\nBy Jo Reporter\nNovember 16, 2019\n\nSeoul pays $924 million a year.\n"


@pytest.fixture(scope="module", autouse=True)
def data_is_never_modified():
    before = digest(paths.DATA)
    reports_before = tree(paths.REPORTS) if paths.REPORTS.is_dir() else None
    yield
    assert digest(paths.DATA) == before, "a test modified data/"
    assert (tree(paths.REPORTS) if paths.REPORTS.is_dir() else None) == reports_before, "a test touched reports/"


def cli_no_kernel(argv: list[str], stdout: str = "pipe") -> Ran:
    """Run the command in this process (``stdout``: see :func:`conftest.cli`); fail the test if it starts a Jupyter
    kernel."""
    with kernel_guard() as started:
        r = cli(argv, stdout)
    assert started == [], f"{argv[0]} started a kernel on bad input"
    return r


def test_the_kernel_guard_sees_a_report_reach_the_kernels(tmp_path):
    """The guard the bad-input tests rely on does catch a kernel start (good input gets that far)."""
    with kernel_guard() as started:
        r = cli(["report", "--notebooks", str(FIXTURES / "notebooks"), "--out", str(tmp_path / "out"),
                 "--no-progress"])  # fmt: skip
    assert started == ["kernel"] and r.returncode == 1, r
    assert not (tmp_path / "out").exists() and leftovers(tmp_path / "out") == []


# --- articles x commands ------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleCase:
    """A bad article (bytes written to a file; None = no file) or option, and what the error must name."""

    content: bytes | Callable[[Path], None] | None
    extra: tuple[str, ...] = ()
    names: tuple[str, ...] = ("{path}",)  # substrings of the error line (a|b: either); {path} = the article's path
    use_seed: bool = False
    path: str = ""  # a fixed path instead of tmp/article.txt ({tmp} = the test's folder)
    process: bool = False  # run in a new interpreter (a regression would hang the test process)

    def unnamed(self, line: str, path: str) -> list[str]:
        """The names this case's error must give that ``line`` (the error for the article at ``path``) lacks."""
        return [name for name in self.names if not any(a.format(path=path) in line for a in name.split("|"))]


def _sparse_100mb(path: Path) -> None:
    with path.open("wb") as f:
        f.write(VALID_HEADER)
        f.truncate(100 * 2**20)


ARTICLE_CASES = {
    "empty": ArticleCase(b"", names=("{path}", "article is empty")),
    "whitespace-only": ArticleCase(b" \r\n\n\t\n", names=("{path}", "article is empty")),
    "binary": ArticleCase(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                          names=("{path}", "binary file", "NUL byte at byte 8")),
    "nul-in-text": ArticleCase(b"Title\x00\x01binary", names=("{path}", "binary file", "NUL byte at byte 5")),
    "non-utf8": ArticleCase("Title\nNovember 16, 2019\n\nCafé au lait.\n".encode("latin-1"),
                            names=("{path}", "not UTF-8 (byte 28, line 4)")),
    "100mb": ArticleCase(_sparse_100mb, names=("{path}", "104.9 MB", "larger than the 20 MB limit")),
    "no-date": ArticleCase(b"A Headline\nBy Jo Reporter\n\nThe body has no date line.\n",
                           names=("{path}", "no publication date", "--published")),
    "impossible-dateline": ArticleCase(b"A Headline\nBy Jo\nFebruary 30, 2019\n\nBody.\n",
                                       names=("{path}", "line 3", "February 30, 2019", "is not a real date")),
    "published-malformed": ArticleCase(None, ("--published", "16/11/2019"), names=("--published", "16/11/2019"),
                                       use_seed=True),
    "published-impossible": ArticleCase(None, ("--published", "2019-02-30"), names=("--published", "2019-02-30"),
                                        use_seed=True),
    "missing-file": ArticleCase(None, names=("{path}", "no such file")),
    "fifo": ArticleCase(lambda p: os.mkfifo(p), names=("{path}", "is a FIFO, not a regular file"), process=True),
    "device": ArticleCase(None, names=("/dev/zero", "is a character device"), path="/dev/zero"),
    "dateline-out-of-range": ArticleCase(b"A Headline\nBy Jo\nJanuary 1, 1850\n\nBody.\n",
                                         names=("{path}", "line 3", "outside 1900-2100")),
    "published-too-early": ArticleCase(None, ("--published", "0001-01-01"),
                                       names=("--published 0001-01-01", "outside 1900-2100"), use_seed=True),
    "published-too-late": ArticleCase(None, ("--published", "9999-12-31"),
                                      names=("--published 9999-12-31", "outside 1900-2100"), use_seed=True),
    "control-characters-in-name": ArticleCase(None, names=("\\x1b[2J", "no such file"), path="{tmp}/a\x1b[2J.txt"),
    "folder": ArticleCase(lambda p: p.mkdir(), names=("{path}", "is a directory|folder has no .txt article files")),
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


@pytest.mark.parametrize("command", ["annotate", "check", "report", "report-over-previous"])
@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_bad_article(tmp_path, case, command):
    c = ARTICLE_CASES[case]
    path = _article(tmp_path, c)
    out = tmp_path / "out"
    previous = previous_build(out) if command == "report-over-previous" else None
    if command.startswith("report"):
        argv = ["report", *([] if c.use_seed else ["--article", path]), *c.extra, "--out", str(out)]
    else:
        argv = [command, path, *c.extra]
    r = cli_process(argv, timeout=60) if c.process else cli_no_kernel(argv)
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis {command.split('-')[0]}: "), line
    assert c.unnamed(line, path) == [], line
    if previous is None:
        assert not out.exists()
    else:
        assert tree(out) == previous
    assert leftovers(out) == []


def test_impossible_date_line_with_published_is_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"A Headline\nBy Jo\nFebruary 30, 2019\n\nSeoul pays $924 million a year.\n")
    r = cli(["annotate", str(path), "--published", "2019-03-01"])
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert '"published": "2019-03-01"' in r.stdout


# --- data files x loaders and commands -----------------------------------------------------------


def _edit(column: str, row: int, value: str | Callable[[list[dict[str, str]]], str]):
    def apply(path: Path) -> None:
        rows = read_rows(path)
        rows[row][column] = value(rows) if callable(value) else value
        write_rows(path, rows)

    return apply


def _drop(column: str):
    def apply(path: Path) -> None:
        write_rows(path, [{k: v for k, v in r.items() if k != column} for r in read_rows(path)])

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
    "troops-below-minimum": DataCase("troops.csv", _edit("troops", 0, "-5"), "load_table:troops",
                                     ("troops.csv", "line 2", "column troops", "datapackage.json")),
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
def test_loader_refuses_broken_data(broken_data):
    copy, case = broken_data
    loader, _, table = case.loader.partition(":")  # "load_table:troops": a table read by the generic loader
    with use_data(copy), pytest.raises(DataError) as info:
        getattr(data, loader)(*([table] if table else []))
    message = str(info.value)
    assert "\n" not in message
    for name in case.names:
        assert name in message, message


def _data_commands() -> list[tuple[str, str]]:
    return [(name, cmd) for name, case in DATA_CASES.items() for cmd in ("annotate", "check", "report")
            if cmd in case.commands]  # fmt: skip


def _says_where(line: str, case: DataCase) -> None:
    """The line names the place: line, column, what is missing (the gazetteer says "row N" for the CSV line)."""
    for name in case.names:
        if name.startswith(("line", "column", "missing", "cannot", "UTF-8")):
            assert name in line or name.replace("line", "row") in line, line


@pytest.mark.parametrize(("broken_data", "command"), _data_commands(), indirect=["broken_data"])
def test_command_refuses_broken_data(broken_data, command, tmp_path):
    """``report`` validates every table before it starts a kernel: the same line as ``check``, exit 2."""
    copy, case = broken_data
    before = digest(copy)
    out = tmp_path / "reports"
    previous = previous_build(out)
    argv = ["report", "--out", str(out)] if command == "report" else [command, SEED]
    with use_data(copy):
        r = cli_no_kernel(argv)
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis {command}: error: ")
    assert str(copy / case.file) in line, line
    assert ".ipynb" not in line, line
    _says_where(line, case)
    assert digest(copy) == before
    assert tree(out) == previous and leftovers(out) == []


def test_report_refuses_broken_data_end_to_end(tmp_path):
    """One broken table through ``python -m analysis report``, run from a copy of the project (package,
    notebooks, the broken data) first on the path: exit 2, one line, previous reports kept."""
    case = DATA_CASES["wrong-type"]
    project = tmp_path / "project"
    shutil.copytree(paths.ROOT / "analysis", project / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(paths.NOTEBOOKS, project / "notebooks")
    shutil.copytree(paths.DATA, project / "data")
    case.breaker(project / "data" / case.file)
    before = digest(project / "data")
    out = tmp_path / "reports"
    previous = previous_build(out)
    env = {**os.environ, "PYTHONPATH": str(project)}
    r = cli_process(["report", "--out", str(out)], cwd=project, env=env)
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis report: error: data/{case.file}: "), line  # the copy's data/
    _says_where(line, case)
    assert tree(out) == previous and leftovers(out) == []
    assert digest(project / "data") == before


BROKEN_SHARED_FILES = [pytest.param("entities.csv", *c, "annotate", id=f"entities-{c[0]}") for c in BROKEN_FILES] + [
    pytest.param("datapackage.json", *c, "check", id=f"datapackage-{c[0]}") for c in BROKEN_PACKAGES]


@pytest.mark.parametrize(("file", "case", "make", "said", "command"), BROKEN_SHARED_FILES)
def test_command_refuses_a_broken_gazetteer_or_datapackage(tmp_path, file, case, make, said, command):
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy)
    (copy / file).unlink()
    if make is not None:
        content = make() if callable(make) else make
        (copy / file).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with use_data(copy):
        r = cli([command, SEED])
    line = one_line(r)
    assert r.returncode == 2, line
    assert line.startswith(f"python -m analysis {command}: error: ") and file in line, line
    assert all(part in line for part in said), line


# --- outputs and usage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputCase:
    """A command whose output cannot be written (or a usage error), and what its one line must say."""

    argv: tuple[str, ...]
    names: tuple[str, ...]
    stdout: str = "pipe"  # "pipe", "full" (a full disk) or "closed" (see conftest.cli)
    process: bool = False  # in a new interpreter: "full" is /dev/full, "closed" its descriptor 1 closed


OUTPUT_CASES = {
    "annotate-full-disk": OutputCase(("annotate", SEED), ("No space left on device",), stdout="full", process=True),
    "check-full-disk": OutputCase(("check", SEED), ("No space left on device",), stdout="full"),
    "annotate-closed-stdout": OutputCase(("annotate", SEED), ("standard output is closed",), stdout="closed",
                                         process=True),
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
    "fragment-base-url-in-json": OutputCase(("annotate", SEED, "--base-url", "https://example.org/a#f"),
                                            ("--base-url",)),
    "file-base-url-in-csv": OutputCase(("check", SEED, "--format", "csv", "--base-url", f"file://{SEED}"),
                                       ("--base-url",)),
    "base-url-with-several-articles": OutputCase(("annotate", SEED, SEED, "--base-url", "https://example.org/a"),
                                                 ("--base-url", "several")),
}


def _close_stdout() -> None:
    os.close(1)


@pytest.mark.parametrize("case", list(OUTPUT_CASES))
def test_output_or_usage_failure(tmp_path, case):
    c = OUTPUT_CASES[case]
    argv = [a.format(tmp=tmp_path) for a in c.argv]
    if not c.process:
        r = cli_no_kernel(argv, stdout=c.stdout)
    elif c.stdout == "full":
        with open("/dev/full", "w") as full:
            r = cli_process(argv, stdout=full)
    else:
        r = cli_process(argv, stdout=None, preexec_fn=_close_stdout)
    line = one_line(r)
    assert r.returncode == 2, line
    for name in c.names:
        assert name.format(tmp=tmp_path) in line, line
    assert not (tmp_path / "reports").exists() and not Path("/proc/sma-reports").exists()


# --- Ctrl-C, and a notebook that fails mid-run ----------------------------------------------------


SLOW_NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": None, "id": "wait", "metadata": {}, "outputs": [],
               "source": "import pathlib, time\npathlib.Path('running').touch()\nfor _ in range(600):\n"
                         "    time.sleep(0.1)"}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}  # fmt: skip


def test_ctrl_c_during_report_exits_130_in_one_line_and_keeps_previous_reports(tmp_path):
    folder = tmp_path / "nbs"
    folder.mkdir()
    (folder / "01-wait.ipynb").write_text(json.dumps(SLOW_NOTEBOOK), encoding="utf-8")
    out = tmp_path / "reports"
    previous = previous_build(out)
    p = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--notebooks", str(folder), "--out", str(out),
                          "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=paths.ROOT, start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 300  # a kernel starts slowly on a loaded 2-core machine (a wait, not a timing)
    while not (folder / "running").exists() and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.1)  # the notebook's cell (run with the notebook's folder as its working folder) has started
    assert p.poll() is None, f"report ended before the cell ran: {p.communicate()}"
    assert any(tmp_path.glob(".reports.build-*")), "the cell runs while the build folder exists"
    os.killpg(p.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group, kernel included
    stdout, stderr = p.communicate(timeout=60)
    line = one_line(Ran(p.returncode, stdout, stderr))
    assert p.returncode == 130, line
    assert line == f"python -m analysis report: interrupted (Ctrl-C); the previous reports in {out} are untouched"
    assert tree(out) == previous
    assert leftovers(out) == []


def test_notebook_failing_mid_run_names_notebook_and_cell_and_keeps_previous_reports(tmp_path):
    """The fixtures: 01-chart runs, then 02-fails raises in its second cell."""
    out = tmp_path / "reports"
    previous = previous_build(out)
    r = cli(["report", "--notebooks", str(FIXTURES / "notebooks"), "--out", str(out), "--no-progress"])
    line = one_line(r)
    assert r.returncode == 1, line
    assert "02-fails.ipynb: cell 2 raised ValueError: fixture failure on purpose" in line, line
    assert tree(out) == previous
    assert leftovers(out) == []
