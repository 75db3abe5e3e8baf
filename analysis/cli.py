"""Command line: ``python -m analysis {annotate,check,report}``.

- ``annotate PATH [--published YYYY-MM-DD] [--format json|w3c|csv] [--base-url URL]``: spans and findings;
- ``check PATH [--published YYYY-MM-DD] [--format json|claimreview|csv] [--base-url URL]``: claims with verdicts;
- ``evaluate [FOLDER] [--split dev|heldout|all] [--format table|json] [--misses]``: corpus scores;
- ``report [--article PATH --published YYYY-MM-DD] [--out DIR] [--show-code]``: HTML reports.

One function per subcommand (``cmd_annotate``, ``cmd_check``; ``report`` writes files and returns
its own exit status). Every subcommand builds its whole output first and writes it only when
everything succeeded; a bad input (InputError) prints one line on stderr and exits 2 with nothing on
stdout. Usage errors also print one line and exit 2.

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
import sys
from collections.abc import Callable, Sequence

from analysis.errors import InputError

__all__ = ["add_article_arguments", "build_parser", "cmd_annotate", "cmd_check", "cmd_evaluate", "main"]

PROG = "python -m analysis"


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {message}; run '{self.prog} --help' for usage\n")
        raise SystemExit(2)


def add_article_arguments(p: argparse.ArgumentParser) -> None:
    """Add the shared PATH, ``--published`` and ``--base-url`` arguments to a subcommand's parser.

    >>> p = argparse.ArgumentParser(); add_article_arguments(p)
    >>> p.parse_args(["a.txt", "--published", "2019-11-16"]).published
    '2019-11-16'
    """
    p.add_argument("path", metavar="PATH", help="the article: a UTF-8 text file (title, byline, date, paragraphs)")
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date; supplies or overrides the article's date line",
    )
    p.add_argument("--base-url", metavar="URL", default=None,
                   help="address naming the article in w3c/claimreview exports (default: its url in "
                        "data/articles.csv, else urn:sha256:<digest of the file>)")


def cmd_annotate(args: argparse.Namespace) -> str:
    """Return the annotation of ``args.path`` rendered as ``args.format`` (raises InputError).

    >>> from analysis.paths import SEED_ARTICLE
    >>> cmd_annotate(argparse.Namespace(path=str(SEED_ARTICLE), published=None, format="json", base_url=None))[:12]
    '{\\n  "source"'
    """
    from analysis.article import read_article
    from analysis.extract import annotate_article
    from analysis.extract.export import render

    article = read_article(args.path, args.published)
    return render(annotate_article(article), args.format, base_url=args.base_url)


def cmd_check(args: argparse.Namespace) -> str:
    """Return the claims of ``args.path`` with verdicts, rendered as ``args.format`` (raises InputError).

    >>> from analysis.paths import SEED_ARTICLE
    >>> out = cmd_check(argparse.Namespace(path=str(SEED_ARTICLE), published=None, format="claimreview",
    ...                                    base_url="https://example.org/story"))
    >>> '"@type": "ClaimReview"' in out
    True
    """
    import json

    from analysis.check import check_path
    from analysis.claimreview import to_claimreview, to_csv

    report = check_path(args.path, args.published)
    if args.format == "csv":
        return to_csv(report)
    data = to_claimreview(report, args.base_url) if args.format == "claimreview" else report.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def cmd_evaluate(args: argparse.Namespace) -> str:
    """Return the corpus evaluation table (or JSON), with every miss listed when ``args.misses``.

    >>> from analysis.paths import ROOT
    >>> out = cmd_evaluate(argparse.Namespace(folder=str(ROOT / "tests" / "corpus"), split="all",
    ...                                       format="table", misses=False))
    >>> out.startswith("| measure |")
    True
    """
    import json
    from pathlib import Path

    from analysis.evaluate import SPLITS, baseline, evaluate, format_table, replace_marked, to_json
    from analysis.paths import ROOT

    scores = evaluate(args.folder, SPLITS if args.split == "all" else (args.split,))
    if getattr(args, "save_baseline", False):
        values = json.dumps(baseline(scores["all"]), indent=2) + "\n"
        (Path(args.folder) / "baseline.json").write_text(values, encoding="utf-8")
    if getattr(args, "update_readme", False):
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(replace_marked(text, "corpus-table", format_table(scores)), encoding="utf-8")
    out = to_json(scores) if args.format == "json" else format_table(scores)
    if args.misses:
        out += "\n" + "\n".join(scores["all"].misses) + "\n"
    return out


def _cmd_report(args: argparse.Namespace) -> int:
    from analysis import report

    return report.run(args)


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
    p.add_argument("--format", choices=("json", "w3c", "csv"), default="json", help="output format (default json)")
    p.set_defaults(func=cmd_annotate)
    p = sub.add_parser("check", help="claims with verdicts from the sourced data, to stdout")
    add_article_arguments(p)
    p.add_argument("--format", choices=("json", "claimreview", "csv"), default="json",
                   help="output format (default json; claimreview = schema.org ClaimReview JSON-LD)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("evaluate", help="score the annotator and checks on a corpus of reviewed articles")
    p.add_argument("folder", nargs="?", default="tests/corpus", metavar="FOLDER",
                   help="corpus folder with index.csv, articles/, expected/ (default tests/corpus)")
    p.add_argument("--split", choices=("dev", "heldout", "all"), default="all", help="which articles (default all)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    p.add_argument("--misses", action="store_true", help="list every wrong or missed item after the table")
    p.add_argument("--save-baseline", action="store_true",
                   help="write FOLDER/baseline.json, the values tests/test_corpus.py must not fall below")
    p.add_argument("--update-readme", action="store_true", help="write the table into the README's corpus section")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("report", help="execute the notebooks on an article and write HTML reports")
    from analysis.report import add_arguments  # standard library only at import: --help stays fast

    add_arguments(p)
    p.set_defaults(run=_cmd_report)
    return parser


def _write(text: str) -> None:
    data = text.encode("utf-8")
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        sys.stdout.flush()
        stream.write(data)
        stream.flush()
    else:
        sys.stdout.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (0 ok, 2 bad input or usage).

    >>> main(["annotate", "/no/such/file.txt"])
    2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is not None:  # writes files itself and returns its exit status
        return int(args.run(args))
    func: Callable[[argparse.Namespace], str] = args.func
    try:
        output = func(args)
    except InputError as exc:
        sys.stderr.write(f"{PROG} {args.command}: error: {' '.join(str(exc).split())}\n")
        return 2
    try:
        _write(output)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    return 0
