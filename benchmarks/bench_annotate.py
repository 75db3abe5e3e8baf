"""Throughput of ``analysis.annotate`` on inputs from 1 KB to 10 MB (``--max-mb 100`` for 100 MB).

Not a test: run it by hand, ``.venv/bin/python benchmarks/bench_annotate.py [--max-mb 100] [--repeat 3]``.
The input is one header and the seed's paragraphs plus wire-style sentences of other shapes, repeated
and shuffled to the size wanted. It prints MB/s per size and the slope of log(time) against log(size):
1.0 means linear. Goal: at least 1 MB/s on one core.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import annotate
from analysis.article import read_article
from analysis.paths import SEED_ARTICLE

EXTRA = [
    "Seoul agreed in March to pay 1.0389 trillion won ($924 million) this year, up 8.2 percent.",
    '"We will not accept an excessive demand," Foreign Minister Kang Kyung-wha told lawmakers on Tuesday.',
    "The two sides meet again in Washington early next month, a Defense Ministry official said.",
    "Trump has said South Korea should pay $5bn, about five times the current 960 billion won ($850 million).",
    "From 2014 to 2018 the contribution rose roughly 2% a year, to 960 billion won; it may double next year.",
    "Kim Jong Un's deadline of the end of the year looms, KCNA said, citing a spokesman for the Foreign Ministry.",
    "U.S. Forces Korea said the cost of keeping 28,500 troops was nearly $4.5 billion annually.",
    "Tokyo pays around ¥197 billion a year, more than half what Seoul pays, according to Yonhap.",
]


def build(n_bytes: int, paragraphs: list[str], seed: int = 0) -> str:
    rng = random.Random(seed)
    out = ["Benchmark Article", "", "By A. Reporter", "November 16, 2019", ""]
    size = sum(len(s) + 1 for s in out)
    while size < n_bytes:
        p = rng.choice(paragraphs)
        out.append(p)
        out.append("")
        size += len(p.encode("utf-8")) + 2
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest input in MB (default 10; try 100)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the best is kept")
    args = ap.parse_args(argv)
    seed = read_article(SEED_ARTICLE)
    paragraphs = [p.of(seed.text) for p in seed.paragraphs] + EXTRA
    sizes = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]
    sizes = [s for s in sizes if s <= args.max_mb * 1_000_000]
    annotate(build(10_000, paragraphs))  # warm up: gazetteer, regex compilation
    print(f"{'size':>12} {'seconds':>9} {'MB/s':>7} {'spans':>9} {'findings':>9}")
    points = []
    for n in sizes:
        text = build(n, paragraphs)
        best = math.inf
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            ann = annotate(text)
            best = min(best, time.perf_counter() - t0)
        mb = len(text.encode("utf-8")) / 1e6
        points.append((mb, best))
        print(f"{mb * 1e6:>12,.0f} {best:>9.3f} {mb / best:>7.2f} {len(ann.spans):>9,} {len(ann.findings):>9,}")
        del ann
    big = [(math.log(m), math.log(t)) for m, t in points if m >= 0.1]
    if len(big) >= 2:
        mx = sum(x for x, _ in big) / len(big)
        my = sum(y for _, y in big) / len(big)
        slope = sum((x - mx) * (y - my) for x, y in big) / sum((x - mx) ** 2 for x, _ in big)
        print(f"slope of log(time) vs log(size), sizes >= 100 KB: {slope:.2f} (1.00 = linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
