"""Fresh clone -> rendered report: wall time of ``git clone`` + ``make reports`` on a new folder.

Not a test: ``.venv/bin/python benchmarks/bench_fresh_clone.py [--json PATH] [--keep]``. Clones the
committed HEAD of this repository into a temporary folder and runs, timed separately, ``make
.venv/.installed`` (venv + ``pip install -c constraints.txt -e '.[test]'``, from pip's cache and local
wheels when it can) and ``make reports`` (the report build alone). pip install dominates a first run on
a machine with an empty pip cache. Goal: the whole thing <= 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 60.0


def step(label: str, cmd: list[str], cwd: Path) -> tuple[float, int, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
    print(f"{label:>8}: {seconds:7.1f} s (exit {done.returncode}) {' | '.join(tail)[:300]}", flush=True)
    return seconds, done.returncode, "\n".join(tail)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, metavar="PATH")
    ap.add_argument("--keep", action="store_true", help="keep the clone (prints where)")
    ap.add_argument("--python", default=shutil.which("python3") or sys.executable,
                    help="the python make uses to create .venv (default: python3 on PATH)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="fresh-clone-"))
    clone = tmp / "repo"
    results: dict[str, object] = {"benchmark": "fresh_clone", "cpus": os.cpu_count(), "goal_s": GOAL_S}
    try:
        t0 = time.perf_counter()
        steps = [("clone", ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], tmp),
                 ("setup", ["make", f"PYTHON={args.python}", ".venv/.installed"], clone),
                 ("reports", ["make", f"PYTHON={args.python}", "reports"], clone)]
        ok = True
        for label, cmd, cwd in steps:
            seconds, code, tail = step(label, cmd, cwd)
            results[f"{label}_s"] = round(seconds, 1)
            if code != 0:
                results["failed"] = {"step": label, "exit": code, "tail": tail}
                ok = False
                break
        results["total_s"] = round(time.perf_counter() - t0, 1)
        results["ok"] = ok and (clone / "reports" / "index.html").is_file()
        print(f"total: {results['total_s']} s (goal <= {GOAL_S:.0f} s); report build alone: "
              f"{results.get('reports_s', '-')} s; ok: {results['ok']}")
    finally:
        if args.keep:
            print(f"kept: {clone}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if results.get("ok") else 1


if __name__ == "__main__":
    raise SystemExit(main())
