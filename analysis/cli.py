"""Command line: ``python -m analysis {annotate,check,report}``.

- ``annotate PATH... [--published YYYY-MM-DD] [--format json|w3c|csv] [--base-url URL]``: spans and findings;
- ``check PATH... [--published YYYY-MM-DD] [--format json|claimreview|csv] [--base-url URL]``: claims with verdicts;
- ``evaluate [FOLDER] [--split dev|heldout|all] [--format table|json] [--misses] [--by-rule]``: corpus scores;
- ``report [--article PATH --published YYYY-MM-DD] [--out DIR] [--show-code]``: HTML reports.

``annotate`` and ``check`` take one article file, several, or folders (their ``*.txt`` files, sorted), all
in one process. One article gives one JSON document (or W3C collection, or CSV); several give JSON Lines,
one article a line, or one CSV with a leading ``path`` column. Progress goes to stderr for more than
three files when stderr is a terminal.

Every path is checked before any article is read; the whole output is built (in memory, spilling to a
temporary file past 8 MB) and copied to stdout only when everything succeeded. A failure a user can
cause (a bad article, date, data file, a full disk, a closed stdout) prints one line on stderr, with
control characters in names escaped, and exits 2 with nothing on stdout. Usage errors do the same.

>>> import contextlib, io
>>> from analysis.paths import SEED_ARTICLE
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     code = main(["annotate", "--format", "csv", str(SEED_ARTICLE)])
>>> code, out.getvalue().splitlines()[0]
(0, 'id,kind,start,end,exact,value')
"""

from __future__ import annotations

import argparse
import csv
import errno
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from analysis.errors import InputError

__all__ = ["add_article_arguments", "add_report_arguments", "article_files", "build_parser", "cmd_annotate",
           "cmd_check", "cmd_evaluate", "cmd_report", "escape", "main"]

PROG = "python -m analysis"
SPOOL_BYTES = 8_000_000  # output held in memory up to this size, then in a temporary file
PROGRESS_AFTER = 3  # more files than this show a progress bar (on a terminal)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {escape(message)}; run '{self.prog} --help' for usage\n")
        raise SystemExit(2)


def escape(text: str) -> str:
    """Return ``text`` on one line with control characters escaped (a file name cannot move the cursor).

    >>> escape("a\\x1b[2Jb\\nc")
    'a\\\\x1b[2Jb\\\\nc'
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def add_article_arguments(p: argparse.ArgumentParser) -> None:
    """Add the shared PATH... ``--published`` and ``--base-url`` arguments to a subcommand's parser.

    >>> p = argparse.ArgumentParser(); add_article_arguments(p)
    >>> p.parse_args(["a.txt", "b.txt", "--published", "2019-11-16"]).path
    ['a.txt', 'b.txt']
    """
    p.add_argument("path", metavar="PATH", nargs="+",
                   help="article: a UTF-8 text file (title, byline, date, paragraphs); several, or a folder of .txt")
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date; supplies or overrides the article's date line",
    )
    p.add_argument("--base-url", metavar="URL", default=None,
                   help="address naming the article in w3c/claimreview exports (default: its url in "
                        "data/articles.csv, else urn:sha256:<digest of the file>)")


def article_files(paths: Sequence[str]) -> tuple[list[str], bool]:
    """Return the article files ``paths`` name (a folder: its ``*.txt``, sorted) and whether there are several.

    Every file is checked to exist and be a regular file before any is read (InputError otherwise).

    >>> from analysis.paths import SEED_ARTICLE
    >>> article_files([str(SEED_ARTICLE)])[1], len(article_files([str(SEED_ARTICLE.parent)])[0]) >= 1
    (False, True)
    """
    from analysis.article import check_file

    files: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            found = sorted(str(f) for f in Path(p).glob("*.txt") if f.is_file())
            if not found:
                raise InputError("folder has no .txt article files", where=p, fix="give article files or such a folder")
            files += found
        else:
            files.append(p)
    for f in files:
        check_file(f)
    return files, len(files) > 1 or any(os.path.isdir(p) for p in paths)


def _progress(files: list[str]) -> Iterable[str]:
    if len(files) <= PROGRESS_AFTER or not sys.stderr.isatty():
        return files
    from tqdm.auto import tqdm

    return tqdm(files, unit="article", file=sys.stderr, leave=False)


def _rows(csv_text: str, path: str, header: bool) -> Iterator[list[str]]:
    """The rows of one article's CSV with ``path`` first (the header row only if ``header``)."""
    reader = csv.reader(io.StringIO(csv_text))
    head = next(reader, None)
    if header and head is not None:
        yield ["path", *head]
    for row in reader:
        yield [path, *row]


def _batch(files: list[str], render: Callable[[str], tuple[str, str]], fmt: str) -> Iterator[str]:
    """Yield JSON Lines (one article a line) or one CSV for several articles; ``render(path)`` -> (json, csv)."""
    for n, path in enumerate(_progress(files)):
        compact, table = render(path)
        if fmt == "csv":
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerows(_rows(table, path, header=n == 0))
            yield buf.getvalue()
        else:
            yield compact + "\n"


def _one_line(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _files_for(args: argparse.Namespace) -> tuple[list[str], bool]:
    """Return ``article_files(args.path)``; ``--base-url`` names one article, so it refuses several, and it is
    checked in every format (a bad address is refused even where the format does not print it)."""
    files, several = article_files(args.path)
    base_url = getattr(args, "base_url", None)
    if several and base_url:
        raise InputError("--base-url names one article but several were given", where="--base-url",
                         fix="give one PATH with --base-url, or leave it out (each article then gets its default)")
    if base_url is not None:
        from analysis.extract.export import check_base_url

        check_base_url(base_url)
    return files, several


def cmd_annotate(args: argparse.Namespace) -> Iterator[str]:
    """Yield the annotation of ``args.path`` in ``args.format`` (raises InputError), in pieces.

    >>> from analysis.paths import SEED_ARTICLE
    >>> ns = argparse.Namespace(path=[str(SEED_ARTICLE)], published=None, format="json", base_url=None)
    >>> "".join(cmd_annotate(ns))[:12]
    '{\\n  "source"'
    """
    import json

    from analysis.article import read_article
    from analysis.extract import annotate_article
    from analysis.extract.export import iter_json, render, to_csv

    files, several = _files_for(args)
    if not several:
        ann = annotate_article(read_article(files[0], args.published))
        yield from iter_json(ann) if args.format == "json" else [render(ann, args.format, base_url=args.base_url)]
        return

    def one(path: str) -> tuple[str, str]:
        ann = annotate_article(read_article(path, args.published))
        if args.format == "csv":
            return "", to_csv(ann)
        return _one_line(ann.to_dict() if args.format == "json" else json.loads(render(ann, "w3c"))), ""

    yield from _batch(files, one, args.format)


def cmd_check(args: argparse.Namespace) -> Iterator[str]:
    """Yield the claims of ``args.path`` with verdicts in ``args.format`` (raises InputError).

    >>> from analysis.paths import SEED_ARTICLE
    >>> ns = argparse.Namespace(path=[str(SEED_ARTICLE)], published=None, format="claimreview",
    ...                         base_url="https://example.org/story")
    >>> out = "".join(cmd_check(ns))
    >>> '"@type": "ClaimReview"' in out
    True
    """
    import json

    from analysis.check import Tables, check_path
    from analysis.claimreview import to_claimreview, to_csv

    files, several = _files_for(args)
    tables = Tables.load()  # every data table validated before any article is checked

    def one(path: str) -> tuple[str, str]:
        report = check_path(path, args.published, tables)
        if args.format == "csv":
            return "", to_csv(report)
        data = to_claimreview(report, args.base_url) if args.format == "claimreview" else report.to_dict()
        return (_one_line(data) if several else json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)), ""

    if not several:
        compact, table = one(files[0])
        yield table or compact + "\n"
        return
    yield from _batch(files, one, args.format)


def cmd_evaluate(args: argparse.Namespace) -> Iterator[str]:
    """Return the corpus evaluation table (or JSON), with every miss listed when ``args.misses``.

    >>> from analysis.paths import ROOT
    >>> one = ROOT / "tests" / "fixtures" / "corpus-one"  # one dev article of tests/corpus (the real one: test_corpus)
    >>> out = "".join(cmd_evaluate(argparse.Namespace(folder=str(one), split="all", format="table", misses=False)))
    >>> out.startswith("| measure | dev (1 articles) | heldout (0 articles) | all (1 articles) |")
    True
    """
    import json
    from pathlib import Path

    from analysis.evaluate import SPLITS, baseline, evaluate, format_by_rule, format_table, replace_marked, to_json
    from analysis.paths import ROOT

    scores = evaluate(args.folder, SPLITS if args.split == "all" else (args.split,))
    if getattr(args, "save_baseline", False):
        values = json.dumps(baseline(scores["all"]), indent=2) + "\n"
        (Path(args.folder) / "baseline.json").write_text(values, encoding="utf-8")
    if getattr(args, "update_readme", False):
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(replace_marked(text, "corpus-table", format_table(scores)), encoding="utf-8")
    by_rule = getattr(args, "by_rule", False)
    out = to_json(scores, rules=by_rule) if args.format == "json" else format_table(scores)
    if by_rule and args.format != "json":
        out += "\n" + format_by_rule(scores)
    if args.misses:
        out += "\n" + "\n".join(scores["all"].misses) + "\n"
    yield out


def add_report_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``report`` options to ``parser`` and return it.

    >>> args = add_report_arguments(argparse.ArgumentParser()).parse_args(["--show-code"])
    >>> args.article, args.published, args.out, args.show_code
    (None, None, None, True)
    """
    parser.add_argument("--article", type=Path, metavar="PATH", help="article text file (default: the seed)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="override the article's date line")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: reports/)")
    parser.add_argument("--show-code", action="store_true", help="keep code cells in the reports")
    parser.add_argument("--notebooks", type=Path, metavar="DIR",
                        help="folder of NN-*.ipynb to run (default: notebooks/)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--screenshots", action="store_true",
                        help="also write screenshots/<page>-<width>.png at 1280 and 375 px (needs Chromium)")
    return parser


def cmd_report(args: argparse.Namespace) -> int:
    """Build the reports for parsed ``args``; print problems as one line on stderr; return the exit code.

    0 built, 1 a notebook failed, 2 bad input (before any kernel starts), 130 interrupted (Ctrl-C).

    >>> ns = add_report_arguments(argparse.ArgumentParser()).parse_args(["--published", "2019-02-30"])
    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     code = cmd_report(ns)
    >>> code, err.getvalue().split(":")[0]
    (2, 'python -m analysis report')
    """
    import signal

    from analysis import execute, site

    previous = signal.signal(signal.SIGINT, execute.note_interrupt)
    try:
        notebooks = None
        if args.notebooks is not None:
            notebooks = execute.discover_notebooks(args.notebooks)
            if not notebooks:
                raise InputError("no notebooks named NN-name.ipynb", where=str(args.notebooks),
                                 fix="give another --notebooks")  # fmt: skip
        pages = site.build_reports(article=args.article, published=args.published, out=args.out,
                                   show_code=args.show_code, notebooks=notebooks, progress=not args.no_progress,
                                   screenshots=args.screenshots)  # fmt: skip
    except InputError as exc:
        return fail("report", str(exc))
    except execute.NotebookError as exc:
        fail("report", str(exc))
        return 1
    except KeyboardInterrupt:
        _interrupted(args.out)
    finally:
        signal.signal(signal.SIGINT, previous)
    print(pages[0])
    return 0


def _interrupted(out: Path | None) -> NoReturn:
    """Say in one line that the build was interrupted and the previous reports are untouched; exit 130.

    Exits at once (``os._exit``): the kernels' event loop, stopped mid-way, would otherwise print
    tracebacks while the interpreter shuts down. The build's temporary folder is already removed.
    """
    import logging

    from analysis.paths import REPORTS

    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    out = Path(out if out is not None else REPORTS)
    kept = f"the previous reports in {out} are untouched" if out.exists() else f"nothing was written to {out}"
    sys.stderr.write(f"{PROG} report: interrupted (Ctrl-C); {kept}\n")
    sys.stderr.flush()
    os._exit(130)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with one subparser per command (each sets ``func``).

    >>> build_parser().parse_args(["annotate", "a.txt"]).format
    'json'
    """
    parser = _Parser(prog=PROG, description="Annotate and check a news article on US-South Korea cost-sharing.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    p = sub.add_parser("annotate", help="spans (money, dates, names, quotes) and findings, to stdout")
    add_article_arguments(p)
    p.add_argument("--format", choices=("json", "w3c", "csv"), default="json",
                   help="output format (default json; JSON Lines for several articles)")
    p.set_defaults(func=cmd_annotate)
    p = sub.add_parser("check", help="claims with verdicts from the sourced data, to stdout")
    add_article_arguments(p)
    p.add_argument("--format", choices=("json", "claimreview", "csv"), default="json",
                   help="output format (default json; claimreview = schema.org ClaimReview JSON-LD; "
                        "JSON Lines for several articles)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("evaluate", help="score the annotator and checks on a corpus of reviewed articles")
    p.add_argument("folder", nargs="?", default="tests/corpus", metavar="FOLDER",
                   help="corpus folder with index.csv, articles/, expected/ (default tests/corpus)")
    p.add_argument("--split", choices=("dev", "heldout", "all"), default="all", help="which articles (default all)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    p.add_argument("--misses", action="store_true", help="list every wrong or missed item after the table")
    p.add_argument("--by-rule", action="store_true",
                   help="also show quote speakers right per attribution rule (named, pronoun, continuation ...)")
    p.add_argument("--save-baseline", action="store_true",
                   help="write FOLDER/baseline.json, the values tests/test_corpus.py must not fall below")
    p.add_argument("--update-readme", action="store_true", help="write the table into the README's corpus section")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("report", help="execute the notebooks on an article and write HTML reports")
    add_report_arguments(p)
    p.set_defaults(run=cmd_report)
    return parser


def fail(command: str, message: str) -> int:
    """Print ``python -m analysis COMMAND: error: MESSAGE`` as one escaped line on stderr; return 2.

    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     fail("annotate", "bad\\x07 name")
    2
    >>> err.getvalue()
    'python -m analysis annotate: error: bad\\\\x07 name\\n'
    """
    sys.stderr.write(f"{PROG} {command}: error: {' '.join(escape(message).split())}\n")
    sys.stderr.flush()
    return 2


def _spool(chunks: Iterable[str]) -> tempfile.SpooledTemporaryFile[bytes]:
    """Return the output, encoded, in memory or (past SPOOL_BYTES) in a temporary file."""
    buf: tempfile.SpooledTemporaryFile[bytes] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (returned open)
        max_size=SPOOL_BYTES, mode="w+b"
    )
    try:
        for chunk in chunks:
            buf.write(chunk.encode("utf-8"))
        buf.seek(0)
    except BaseException:
        buf.close()
        raise
    return buf


def _to_stdout(buf: tempfile.SpooledTemporaryFile[bytes]) -> None:
    """Copy the output to stdout (raises OSError; ValueError if stdout is closed)."""
    if sys.stdout is None:
        raise OSError(errno.EBADF, "standard output is closed")
    stream = getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()
    while block := buf.read(1 << 20):
        if stream is not None:
            stream.write(block)
        else:
            sys.stdout.write(block.decode("utf-8"))
    (stream or sys.stdout).flush()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (0 ok, 2 bad input, usage, or output that cannot be written).

    >>> main(["annotate", "/no/such/file.txt"])
    2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is not None:  # writes files itself and returns its exit status
        return int(args.run(args))
    func: Callable[[argparse.Namespace], Iterable[str]] = args.func
    try:
        buf = _spool(func(args))
    except InputError as exc:
        return fail(args.command, str(exc))
    except OSError as exc:  # the temporary file: a full disk
        where = tempfile.gettempdir()
        return fail(args.command, f"cannot hold the output: {exc.strerror or exc}; free space in {where}")
    with buf:
        try:
            _to_stdout(buf)
        except BrokenPipeError:  # e.g. piped into head: the reader has what it wanted
            _quiet_stdout()
            return 0
        except (OSError, ValueError) as exc:
            _quiet_stdout()
            why = "standard output is closed" if isinstance(exc, ValueError) or getattr(
                exc, "errno", None) == errno.EBADF else (exc.strerror or str(exc))  # fmt: skip
            return fail(args.command, f"cannot write the output: {why}; write to a file or a device with room")
    return 0
