"""Throughput of ``analysis.annotate`` on inputs from 1 KB to 10 MB (``--max-mb 100`` for 100 MB).

Not a test: run it by hand, ``.venv/bin/python benchmarks/bench_annotate.py [--max-mb 100] [--repeat 3]
[--json PATH]``. The input is one header and the seed's paragraphs plus wire-style sentences of other
shapes, repeated and shuffled to the size wanted. It prints a Markdown table (size, wall and CPU seconds,
MB/s of each, spans, findings, peak RSS so far) and the slope of log(CPU time) against log(size) for sizes
>= 100 KB: 1.0 means linear. ``--json PATH`` also writes the results there. Goal: at least 1 MB/s on one
core, judged on CPU seconds (``time.process_time``: on a shared machine the wall clock counts other
processes' turns too).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
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


def slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(MB) (None with fewer than two points)."""
    if len(points) < 2:
        return None
    xs = [math.log(m) for m, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest input in MB (default 10; try 100)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the best is kept")
    ap.add_argument("--json", type=Path, metavar="PATH", help="also write the results to PATH as JSON")
    args = ap.parse_args(argv)
    seed = read_article(SEED_ARTICLE)
    paragraphs = [p.of(seed.text) for p in seed.paragraphs] + EXTRA
    sizes = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]
    sizes = [s for s in sizes if s <= args.max_mb * 1_000_000]
    annotate(build(10_000, paragraphs))  # warm up: gazetteer, regex compilation
    print("| bytes | wall s | CPU s | MB/s (CPU) | MB/s (wall) | spans | findings | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows = []
    for n in sizes:
        text = build(n, paragraphs)
        best, best_cpu = math.inf, math.inf
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            ann = annotate(text)
            best, best_cpu = min(best, time.perf_counter() - t0), min(best_cpu, time.process_time() - c0)
        n_bytes = len(text.encode("utf-8"))
        row = {
            "bytes": n_bytes,
            "seconds": round(best, 4),
            "cpu_seconds": round(best_cpu, 4),
            "mb_per_s": round(n_bytes / 1e6 / best, 3),
            "mb_per_cpu_s": round(n_bytes / 1e6 / best_cpu, 3),
            "spans": len(ann.table),
            "findings": len(ann.findings),
            "peak_rss_mb": round(peak_rss_mb(), 1),
        }
        rows.append(row)
        print(f"| {n_bytes:,} | {best:.3f} | {best_cpu:.3f} | {row['mb_per_cpu_s']:.2f} | {row['mb_per_s']:.2f} "
              f"| {row['spans']:,} | {row['findings']:,} | {row['peak_rss_mb']:,.0f} |", flush=True)  # fmt: skip
        del ann, text
    k = slope([(r["bytes"] / 1e6, r["cpu_seconds"]) for r in rows if r["bytes"] >= 100_000])
    if k is not None:
        print(f"\nslope of log(CPU time) vs log(size), sizes >= 100 KB: {k:.2f} (1.00 = linear)")
    if args.json:
        result = {
            "benchmark": "annotate",
            "python": platform.python_version(),
            "goal_mb_per_s": 1.0,
            "load_average_after": list(os.getloadavg()),
            "repeat": args.repeat,
            "results": rows,
            "slope": None if k is None else round(k, 3),
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
