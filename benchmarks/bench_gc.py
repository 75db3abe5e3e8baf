"""Does pausing Python's cyclic garbage collector during ``annotate`` pay? CPU seconds with it on and off.

Not a test: ``.venv/bin/python benchmarks/bench_gc.py [--mb 10] [--repeat 1] [--json PATH]``. For each of the
three memory inputs of ``bench_adversarial.py`` (amounts, dense news, short paragraphs) a fresh process
annotates the input with the collector as Python leaves it (``extract._annotate``, the annotator without its pause),
then another through ``annotate_article``, which pauses the collector while it runs (since speed26a, 2026-11-29,
on this benchmark's showing: 8 % at 10 MB of dense news); CPU seconds (``time.process_time``) and collections run
are compared. Issue 12: no process-wide gc switch, and a scoped one only while this shows it pays.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def child(kind: str, n_bytes: int, paused: bool) -> dict:
    """Annotate one input in this process and return CPU seconds and the collections run."""
    import bench_adversarial

    from analysis.article import parse_article
    from analysis.extract import _annotate, annotate_article

    article = parse_article(bench_adversarial.MEMORY_INPUTS[kind](n_bytes))
    annotate_article(parse_article("T\nNovember 16, 2019\n\nIt cost $5bn, Kim said."))  # warm up
    before = sum(s["collections"] for s in gc.get_stats())
    t0 = time.process_time()
    annotation = annotate_article(article) if paused else _annotate(article)
    cpu = time.process_time() - t0
    return {"input": kind, "bytes": len(article.text.encode("utf-8")), "gc": "paused" if paused else "on",
            "cpu_s": round(cpu, 2), "collections": sum(s["collections"] for s in gc.get_stats()) - before,
            "spans": len(annotation.table)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="input size in MB (default 10)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per input and mode (the lowest CPU time is kept)")
    ap.add_argument("--json", type=Path, metavar="PATH")
    ap.add_argument("--child", nargs=3, metavar=("KIND", "BYTES", "PAUSED"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.child[2] == "1")))
        return 0
    import bench_adversarial

    rows = []
    for kind in bench_adversarial.MEMORY_INPUTS:
        best: dict[str, dict] = {}
        for _ in range(args.repeat):
            for paused in (False, True):  # interleaved: load on the machine hits both alike
                out = subprocess.run([sys.executable, __file__, "--child", kind, str(int(args.mb * 1e6)),
                                      "1" if paused else "0"], capture_output=True, text=True, check=True)  # fmt: skip
                r = json.loads(out.stdout)
                if r["gc"] not in best or r["cpu_s"] < best[r["gc"]]["cpu_s"]:
                    best[r["gc"]] = r
        on, off = best["on"], best["paused"]
        rows.append({**on, "cpu_s_paused": off["cpu_s"], "saving": round(1 - off["cpu_s"] / on["cpu_s"], 3)})
        print(rows[-1], flush=True)
    print("\n| input | bytes | spans | CPU s, gc on | collections | CPU s, gc paused | saved |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['input']} | {r['bytes']:,} | {r['spans']:,} | {r['cpu_s']} | {r['collections']} "
              f"| {r['cpu_s_paused']} | {r['saving']:.0%} |")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"benchmark": "gc", "mb": args.mb, "load_average_after": list(os.getloadavg()),
                                         "rows": rows}, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
