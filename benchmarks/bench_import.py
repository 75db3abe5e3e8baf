"""Import time of ``analysis`` against ``pandas``, each in a fresh interpreter.

Not a test: ``.venv/bin/python benchmarks/bench_import.py [--runs 9] [--json PATH]``. Median wall time of
``python -c "import X"`` over ``--runs`` runs, interleaved, for: nothing (``pass``, the interpreter's own
start), ``analysis``, ``analysis.extract`` (what ``annotate`` loads), ``analysis.cli`` and ``pandas``.
Goal: ``import analysis`` <= 1.1 x ``import pandas`` (plotting is imported lazily).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.1
TARGETS = {"(start only)": "pass", "analysis": "import analysis", "analysis.extract": "import analysis.extract",
           "analysis.cli": "import analysis.cli", "analysis.data": "import analysis.data", "pandas": "import pandas"}


def once(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--json", type=Path, metavar="PATH")
    args = ap.parse_args(argv)
    times: dict[str, list[float]] = {k: [] for k in TARGETS}
    for code in TARGETS.values():  # warm the file cache
        once(code)
    for _ in range(args.runs):
        for name, code in TARGETS.items():
            times[name].append(once(code))
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        print(f"{k:>18}: {v * 1000:7.1f} ms (median of {args.runs})")
    ratio = med["analysis"] / med["pandas"]
    print(f"import analysis / import pandas = {ratio:.2f} (goal <= {GOAL})")
    if args.json:
        args.json.write_text(json.dumps({
            "benchmark": "import", "runs": args.runs, "median_ms": {k: round(v * 1000, 1) for k, v in med.items()},
            "ratio": round(ratio, 3), "goal_ratio": GOAL,
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
