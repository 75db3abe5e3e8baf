"""nbval wall time of notebooks/ against its floor: as many notebooks that only import pandas and matplotlib.

Not a test: ``.venv/bin/python benchmarks/bench_nbval.py [--rounds 3] [--json PATH]``. Both folders run
the same way (``pytest --nbval --nbval-current-env -p no:cacheprovider`` with the project's sanitize
file, one fresh pytest process each), interleaved real/floor for ``--rounds`` rounds; it prints the
median wall time of each and their ratio. Goal: ratio <= 1.2. ``--xdist N`` adds ``-n N --dist
loadscope`` to both. It also prints the CPU seconds (user + system) of each run, pytest and its kernels
together: on a machine shared with other work the wall time swings with the load, the CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
GOAL = 1.2


def floor_notebooks(folder: Path, n: int) -> None:
    """Write ``n`` notebooks whose one code cell imports pandas and matplotlib (pyplot, inline backend)."""
    import nbformat
    import nbformat.v4 as v4

    for i in range(1, n + 1):
        nb = v4.new_notebook(cells=[
            v4.new_markdown_cell(f"# Floor {i}"),
            v4.new_code_cell("import pandas as pd\nimport matplotlib.pyplot as plt"),
        ])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
        nbformat.write(nb, str(folder / f"{i:02d}-floor.ipynb"))


def _children_cpu() -> float:
    """Return the CPU seconds (user + system) of every child process waited for so far, and of theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def nbval(folder: Path, extra: list[str]) -> tuple[float, float, int]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT),
           "-o", "addopts=", "-p", "no:cacheprovider", "--nbval", "--nbval-current-env",
           f"--nbval-sanitize-with={NOTEBOOKS / 'sanitize.cfg'}", *extra, str(folder)]
    t0, cpu0 = time.perf_counter(), _children_cpu()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return time.perf_counter() - t0, _children_cpu() - cpu0, done.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--xdist", type=int, default=0, help="run both with -n N --dist loadscope")
    ap.add_argument("--json", type=Path, metavar="PATH")
    args = ap.parse_args(argv)
    n = len(sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")))
    extra = ["-n", str(args.xdist), "--dist", "loadscope"] if args.xdist else []
    real, floor, codes = [], [], set()
    cpu: dict[str, list[float]] = {"notebooks": [], "floor": []}
    with tempfile.TemporaryDirectory(prefix="nbval-floor-") as tmp:
        floor_notebooks(Path(tmp), n)
        for r in range(args.rounds):
            for label, folder, into in (("notebooks", NOTEBOOKS, real), ("floor", Path(tmp), floor)):
                seconds, cpu_s, code = nbval(folder, extra)
                into.append(seconds)
                cpu[label].append(cpu_s)
                codes.add((label, code))
                print(f"round {r + 1} {label:>9}: {seconds:6.2f} s, {cpu_s:6.2f} CPU s (exit {code})", flush=True)
    result = {
        "benchmark": "nbval",
        "notebooks": n,
        "rounds": args.rounds,
        "xdist": args.xdist,
        "real_s": [round(x, 2) for x in real],
        "floor_s": [round(x, 2) for x in floor],
        "real_median_s": round(statistics.median(real), 2),
        "floor_median_s": round(statistics.median(floor), 2),
        "ratio": round(statistics.median(real) / statistics.median(floor), 2),
        "real_cpu_s": [round(x, 2) for x in cpu["notebooks"]],
        "floor_cpu_s": [round(x, 2) for x in cpu["floor"]],
        "cpu_ratio": round(statistics.median(cpu["notebooks"]) / statistics.median(cpu["floor"]), 2),
        "goal_ratio": GOAL,
        "all_passed": all(code == 0 for _, code in codes),
    }
    print(f"median: notebooks {result['real_median_s']} s, floor {result['floor_median_s']} s, "
          f"ratio {result['ratio']} (goal <= {GOAL}); CPU ratio {result['cpu_ratio']}; "
          f"every run passed: {result['all_passed']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
