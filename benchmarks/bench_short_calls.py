"""The fixed cost per call of ``annotate`` and of the claim check on short texts, as the test batteries pay it.

Not a test: run it by hand from the repository root, ``.venv/bin/python benchmarks/bench_short_calls.py [MODE]``.
It builds a fixed list of calls from the dev split only (index order; held-out articles are never read):

- ``sentences``: the first 200 dev sentences that hold a digit, each checked as ``conftest.read_claims`` checks a
  made-up row (``check_text("T\\n\\n" + sentence, published)``) and annotated as ``test_extract_quotes`` annotates
  one (``annotate(HEAD + sentence)``, a headline, byline and date line before it);
- ``articles``: the first 50 dev articles, each checked as the metamorphic batteries check a copy
  (``check_path`` of the file: read, annotate, check).

MODE is ``all`` (default), ``sentences`` or ``articles``; ``--profile`` prints cProfile's top functions by own and
cumulative time instead of the timing. After one warm-up pass it prints the CPU seconds (``time.process_time``) of
each part, least of ``--repeat`` passes. For instruction counts, run it under cachegrind with
``PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no python benchmarks/bench_short_calls.py --repeat 1``
and subtract a run with ``--repeat 0`` (import and warm-up only).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.check import check_path, check_text  # noqa: E402
from analysis.extract import annotate  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def dev_rows() -> list[dict[str, str]]:
    """Return the dev rows of the corpus index, in index order."""
    with (CORPUS / "index.csv").open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["split"] == "dev"]


def dev_sentences(n: int = 200) -> list[tuple[str, str]]:
    """Return (sentence, published) for the first ``n`` dev sentences holding a digit (bodies after the date line)."""
    out: list[tuple[str, str]] = []
    for row in dev_rows():
        text = (CORPUS / "articles" / f"{row['article_id']}.txt").read_text(encoding="utf-8")
        for para in text.split("\n\n")[3:]:
            for sent in SENTENCE_END.split(para.strip()):
                if any(c.isdigit() for c in sent) and 20 < len(sent) < 600:
                    out.append((sent, row["published"]))
                    if len(out) == n:
                        return out
    return out


def dev_articles(n: int = 50) -> list[Path]:
    """Return the files of the first ``n`` dev articles."""
    return [CORPUS / "articles" / f"{r['article_id']}.txt" for r in dev_rows()[:n]]


def run_sentences(sents: list[tuple[str, str]]) -> None:
    """Check and annotate each sentence as the test batteries do."""
    for s, pub in sents:
        check_text("T\n\n" + s, pub)
        annotate(HEAD + s)


def run_articles(files: list[Path]) -> None:
    """Check each article file (read, annotate, check)."""
    for f in files:
        check_path(f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", nargs="?", default="all", choices=("all", "sentences", "articles"))
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (least is printed; 0: warm-up only)")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top functions instead")
    args = ap.parse_args(argv)
    parts = {"sentences": (run_sentences, dev_sentences()), "articles": (run_articles, dev_articles())}
    if args.mode != "all":
        parts = {args.mode: parts[args.mode]}
    check_text("T\n\nSeoul paid 1 trillion won in 2019.", "2020-01-01")  # warm up: tables, patterns
    for name, (fn, items) in parts.items():
        if args.profile:
            prof = cProfile.Profile()
            prof.runcall(fn, items)
            for key in ("tottime", "cumtime"):
                print(f"== {name} by {key}")
                pstats.Stats(prof).sort_stats(key).print_stats(30)
            continue
        best = None
        for _ in range(args.repeat):
            t0 = time.process_time()
            fn(items)
            t = time.process_time() - t0
            best = t if best is None else min(best, t)
        if best is not None:
            print(f"{name}: {len(items)} items, {best:.3f} CPU s (least of {args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
