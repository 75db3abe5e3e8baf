"""Where ``annotate`` spends its time on the ``bench_annotate`` input: a sampling profiler with no dependency.

Not a test: run it by hand, ``.venv/bin/python benchmarks/sample_annotate.py [--mb 1] [--top 40] [--grep TEXT]``.
Every ``--interval`` seconds of CPU (``ITIMER_PROF``; the kernel rounds it to its tick, about 4 ms) the stack of the
running ``annotate`` is recorded; it prints the share of samples per function where the time is spent (self, C
calls such as a regex search counted to the Python line that made them), per function on the stack (inclusive) and
per line. ``--grep TEXT`` also prints the stacks (leaf first) through the frames that hold TEXT, e.g.
``--grep _year_end_told``. cProfile's per-call cost distorts a profile of many small calls; sampling does not.
Compare shares at 1 and 10 MB (``--mb``): a function whose share grows with the size is not linear
(perf49 found ``dates._year_end_told`` and ``quotes._both_before`` so).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_annotate

from analysis import annotate
from analysis.article import read_article
from analysis.paths import PACKAGE, SEED_ARTICLE


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.replace(str(PACKAGE) + '/', '')}:{code.co_firstlineno}({code.co_name})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the input in MB (default 1)")
    ap.add_argument("--interval", type=float, default=0.001, help="CPU seconds between samples (default 0.001)")
    ap.add_argument("--top", type=int, default=40, help="rows of each table (default 40)")
    ap.add_argument("--grep", help="also print the stacks through frames holding this text")
    args = ap.parse_args(argv)
    seed = read_article(SEED_ARTICLE)
    paragraphs = [p.of(seed.text) for p in seed.paragraphs] + bench_annotate.EXTRA
    annotate(bench_annotate.build(10_000, paragraphs))  # warm up: gazetteer, regex compilation
    text = bench_annotate.build(int(args.mb * 1_000_000), paragraphs)
    stacks: collections.Counter[tuple[str, ...]] = collections.Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        names = []
        while frame is not None:
            names.append(f"{_name(frame)}@{frame.f_lineno}")
            frame = frame.f_back
        stacks[tuple(names)] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    cpu = time.process_time()
    annotate(text)
    cpu = time.process_time() - cpu
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(stacks.values()) or 1
    own, inclusive, lines = collections.Counter(), collections.Counter(), collections.Counter()
    for names, n in stacks.items():
        lines[names[0]] += n
        own[names[0].rsplit("@", 1)[0]] += n
        for fn in {x.rsplit("@", 1)[0] for x in names}:
            inclusive[fn] += n
    print(f"{args.mb:g} MB: {cpu:.2f} s CPU, {total} samples")
    for title, counts in (("self", own), ("inclusive", inclusive), ("lines", lines)):
        print(f"\n== {title}")
        for key, n in counts.most_common(args.top):
            print(f"{100 * n / total:5.1f} %  {key}")
    if args.grep:
        through = collections.Counter(" <- ".join(names[:8]) for names, n in stacks.items() for _ in range(n)
                                      if any(args.grep in x for x in names))  # fmt: skip
        print(f"\n== stacks through {args.grep!r}")
        for key, n in through.most_common(args.top):
            print(f"{100 * n / total:5.2f} %  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
