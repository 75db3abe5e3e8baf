"""Run every benchmark, print one Markdown table (benchmark | measured | goal | met?), write results.json.

``make bench`` runs this. Each benchmark is a script in this folder run as its own process with
``--json``; ``--max-mb`` (default 100) is passed to bench_annotate.py, ``--quick`` runs fewer
rounds and 10 MB, ``--skip-clone`` leaves out the fresh-clone benchmark (it installs a new .venv).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, args: list[str], out: Path) -> dict:
    cmd = [sys.executable, str(HERE / script), *args, "--json", str(out)]
    print(f"$ {' '.join(cmd[1:])}", flush=True)
    done = subprocess.run(cmd, cwd=HERE.parent)
    if not out.is_file():
        return {"error": f"{script} exited {done.returncode} without results"}
    return json.loads(out.read_text(encoding="utf-8"))


def rows(results: dict) -> list[tuple[str, str, str, str]]:
    out = []
    nb = results.get("nbval", {})
    if "ratio" in nb:
        out.append((f"nbval suite vs floor ({nb['notebooks']} notebooks, median of {nb['rounds']})",
                    f"{nb['real_median_s']} s vs {nb['floor_median_s']} s = {nb['ratio']}x",
                    f"<= {nb['goal_ratio']}x", "yes" if nb["ratio"] <= nb["goal_ratio"] else "no"))
    an = results.get("annotate", {})
    if an.get("results"):
        pts = an["results"]
        key = "mb_per_cpu_s" if "mb_per_cpu_s" in pts[0] else "mb_per_s"  # CPU seconds: one core, whatever the load
        big_pts = [p for p in pts if p["bytes"] >= 100_000] or pts
        slowest = min(p[key] for p in big_pts)
        big = max(pts, key=lambda p: p["bytes"])
        linear = an.get("slope") is not None and an["slope"] <= 1.15
        out.append((f"annotate throughput, 1 KB to {big['bytes'] / 1e6:.0f} MB, one core ({key})",
                    f"min {slowest:.2f} MB/s (>= 100 KB); {big[key]:.2f} MB/s at {big['bytes'] / 1e6:.0f} MB; "
                    f"slope {an.get('slope')}",
                    ">= 1 MB/s, slope ~1.0", "yes" if slowest >= 1.0 and linear else "no"))
    im = results.get("import", {})
    if "ratio" in im:
        ms = im["median_ms"]
        out.append(("`import analysis` vs `import pandas` (fresh process)",
                    f"{ms['analysis']} ms vs {ms['pandas']} ms = {im['ratio']}x "
                    f"(`analysis.extract` {ms['analysis.extract']} ms, `analysis.data` {ms['analysis.data']} ms, "
                    f"bare start {ms['(start only)']} ms)",
                    f"<= {im['goal_ratio']}x", "yes" if im["ratio"] <= im["goal_ratio"] else "no"))
    ad = results.get("adversarial", {})
    if ad.get("times"):
        worst = max(ad["times"], key=lambda r: r["100000"])
        out.append((f"adversarial bodies at 100 KB ({len(ad['times'])} families, one core)",
                    f"slowest `{worst['family']}` {worst['100000']} s", f"<= {ad['goal_seconds_100kb']:g} s",
                    "yes" if worst["100000"] <= ad["goal_seconds_100kb"] else "no"))
    for m in ad.get("memory", []):
        if "ratio" not in m:  # the baseline: a near-empty article
            out.append((f"peak memory, annotate: {m['input']}", f"{m['peak_rss_mb']} MB", "", ""))
            continue
        over = m.get("ratio_over_baseline", m["ratio"])
        out.append((f"peak memory, annotate {m['bytes'] / 1e6:.0f} MB of {m['input']}",
                    f"{m['peak_rss_mb']} MB = {m['ratio']}x the input, {over}x above the baseline ({m['seconds']} s)",
                    f"(peak - baseline) <= {ad['goal_memory_ratio']:g}x",
                    "yes" if m["exit"] == 0 and over <= ad["goal_memory_ratio"] else "no"))
    fc = results.get("fresh_clone", {})
    if "total_s" in fc:
        out.append((f"fresh clone -> rendered report ({fc['cpus']} cores)",
                    f"{fc['total_s']} s total (clone {fc.get('clone_s')} s, setup {fc.get('setup_s')} s, "
                    f"report build {fc.get('reports_s')} s)" + ("" if fc.get("ok") else " FAILED"),
                    f"<= {fc['goal_s']:.0f} s", "yes" if fc.get("ok") and fc["total_s"] <= fc["goal_s"] else "no"))
    for name, res in results.items():
        if isinstance(res, dict) and "error" in res:
            out.append((name, res["error"], "", "no"))
    return out


def table(results: dict) -> str:
    lines = ["| benchmark | measured | goal | met? |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(results)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=100.0)
    ap.add_argument("--quick", action="store_true", help="1 nbval round, 3 import runs, 10 MB")
    ap.add_argument("--skip-clone", action="store_true")
    ap.add_argument("--only", nargs="*", choices=["nbval", "annotate", "import", "adversarial", "fresh_clone"])
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    args = ap.parse_args(argv)
    plan = {
        "annotate": ("bench_annotate.py", ["--max-mb", str(10.0 if args.quick else args.max_mb)]),
        "import": ("bench_import.py", ["--runs", "3" if args.quick else "9"]),
        "nbval": ("bench_nbval.py", ["--rounds", "1" if args.quick else "3"]),
        "adversarial": ("bench_adversarial.py", ["--max-mb", "10" if args.quick else "20"]),
        "fresh_clone": ("bench_fresh_clone.py", []),
    }
    if args.skip_clone:
        plan.pop("fresh_clone")
    if args.only:
        plan = {k: v for k, v in plan.items() if k in args.only}
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (script, extra) in plan.items():
            results[name] = run(script, extra, Path(tmp) / f"{name}.json")
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform(), "load_average_after": list(os.getloadavg()),
                          "date": time.strftime("%Y-%m-%d")}
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
