"""Time of ``analysis.check.check_text`` on run-on sentences of 100 to 1,600 figures (the worst case for
frames: one sentence, no clause breaks, every figure a payment).

Not a test: run it by hand, ``.venv/bin/python benchmarks/bench_check.py [--max 1600]``. It prints a Markdown
table (figures, characters, seconds, claims) and the slope of log(time) against log(size): 1.0 means linear.
Frames read at most ``analysis.frames.WINDOW`` characters either side of a figure, so the slope stays near 1.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.check import check_text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=1600, help="most figures in the sentence (default 1600)")
    args = ap.parse_args(argv)
    check_text("T\n\nSeoul paid 1 trillion won in 2019.", "2020-01-01")  # warm up
    points = []
    print("| figures | characters | seconds | claims |")
    print("|---:|---:|---:|---:|")
    n = 100
    while n <= args.max:
        text = "T\n\n" + "Seoul paid 1 trillion won in 2019 and " * n + "it paid 2 trillion won.\n"
        start = time.perf_counter()
        report = check_text(text, "2020-01-01")
        seconds = time.perf_counter() - start
        points.append((len(text), seconds))
        print(f"| {n + 1} | {len(text):,} | {seconds:.2f} | {len(report.claims)} |")
        n *= 2
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    fit = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    print(f"\nslope of log(time) on log(size): {fit:.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
