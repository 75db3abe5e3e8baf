"""Time ``analysis.annotate`` on bodies of one repeated character (quote marks, full stops, ...) at growing sizes.

Not a test: run it by hand, ``.venv/bin/python benchmarks/bench_adversarial_findings.py [--max 16000]``. Each
body is a header then ``n`` copies of one mark; the table shows seconds per size and the ratio of the time at
``2n`` to the time at ``n`` (about 2 when linear, 8 when cubic). Issue 11: 4,000 straight quote marks took 48 s
when ``findings.py`` searched the last word with a backtracking pattern.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import annotate

MARKS = [
    '"', "“", "”", "'", ".", "-", " ", '" ', ". ", ", ", ": ", "He said ", 'Kim said "', "Gen. ", "Kim ",
    "Jo Bell ", "JO BELL ", "said ", "the ministry ", "who ", "it said ", '"a," said Jo Bell, a professor, ',
    "Ms. Kim's ", "Kim Sang-woo, ",
]


def seconds(body: str) -> float:
    t0 = time.perf_counter()
    annotate("Bench\n\nNovember 16, 2019\n\n" + body)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=16000, help="largest number of repeats (default 16000)")
    args = ap.parse_args()
    sizes = []
    n = 1000
    while n <= args.max:
        sizes.append(n)
        n *= 2
    print("| mark | " + " | ".join(f"{n:,} s" for n in sizes) + " | worst ratio 2n/n |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for mark in MARKS:
        times = [seconds(mark * n) for n in sizes]
        ratio = max((b / a for a, b in itertools.pairwise(times) if a > 0.005), default=float("nan"))
        print(f"| {mark!r} | " + " | ".join(f"{t:.3f}" for t in times) + f" | {ratio:.1f} |")


if __name__ == "__main__":
    main()
