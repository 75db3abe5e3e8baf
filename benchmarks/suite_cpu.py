"""Where the test suite's CPU goes: each test's CPU seconds, by module, on a machine other sessions share.

Not a test. Wall time on a busy machine (other helpers' runs: load 4-13) says little; the CPU a test takes (its
process's user and system seconds, plus those of the children it waited for: CLI processes, notebook kernels,
Chromium's driver) hardly moves with the load, and on two workers that are busy to the end (issue 12: the suite is
CPU-bound, no long unit last) the wall of a quiet run is about the total over two.

    .venv/bin/python benchmarks/suite_cpu.py run /tmp/cpu-main            # the whole suite, as make test runs it
    .venv/bin/python benchmarks/suite_cpu.py run /tmp/cpu-x tests/test_corpus.py   # pytest's own arguments after it
    .venv/bin/python benchmarks/suite_cpu.py show /tmp/cpu-x --top 15 --against /tmp/cpu-main

``run`` loads this file as a pytest plugin in every xdist worker, which writes ``<OUT>.<worker>.json``: one row a test
(node id, CPU of the process, CPU of its waited-for children, wall), the CPU spent up to the end of collection and at
the end of the session. ``show`` prints the per-worker totals and the modules by CPU (``--against``: side by side
with another run, before -> after). With ``SUITE_CPU_DUPS=1`` each worker also counts the annotations (``_annotate``)
and checks (``check_annotation`` with the default tables) of an input it had already done, with their CPU: what a
memo of identical inputs could save (suite58: about 1 % of the suite's CPU, so none was made).
"""

from __future__ import annotations

import argparse
import collections
import gc
import glob
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
_ROWS: list[list[Any]] = []
_DUPS: dict[str, dict[str, Any]] = {}
#: CPU seconds and passes of the cyclic garbage collector in this process, by generation.
_GC: dict[str, list[float]] = {str(g): [0.0, 0] for g in range(3)}
_GC_START = [0.0]


def _gc_timer(phase: str, info: dict[str, int]) -> None:
    """A ``gc.callbacks`` entry: add each pass's CPU to its generation's tally."""
    if phase == "start":
        _GC_START[0] = time.process_time()
    else:
        tally = _GC[str(info["generation"])]
        tally[0] += time.process_time() - _GC_START[0]
        tally[1] += 1


gc.callbacks.append(_gc_timer)


def _cpu() -> tuple[float, float]:
    """Return (CPU seconds of this process, of its waited-for children)."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system


def _tally(module: Any, name: str, key: Callable[..., Any]) -> None:
    """Wrap ``module.name`` to count calls on an input already seen in this process (outermost calls only)."""
    real = getattr(module, name)
    tally = _DUPS.setdefault(name, {"calls": 0, "cpu": 0.0, "again": 0, "again_cpu": 0.0, "seen": set(), "depth": 0})

    def counted(*args: Any, **kw: Any) -> Any:
        if tally["depth"]:
            return real(*args, **kw)
        tally["depth"] += 1
        t0 = time.process_time()
        try:
            return real(*args, **kw)
        finally:
            tally["depth"] -= 1
            spent, k = time.process_time() - t0, key(*args, **kw)
            tally["calls"] += 1
            tally["cpu"] += spent
            if k is not None:
                digest = hashlib.sha256(repr(k).encode()).hexdigest()
                if digest in tally["seen"]:
                    tally["again"] += 1
                    tally["again_cpu"] += spent
                tally["seen"].add(digest)

    setattr(module, name, counted)


def pytest_configure(config: Any) -> None:
    """With ``SUITE_CPU_DUPS``, count repeated inputs of ``_annotate`` and ``check_annotation``."""
    if not os.environ.get("SUITE_CPU_DUPS"):
        return
    from analysis import check, extract

    _tally(extract, "_annotate", lambda a: (a.text, a.raw, str(a.published), a.title_span, a.body_start))
    _tally(check, "check_annotation", lambda ann, tables=None, tolerances=check.TOLERANCES: (
        (ann.article.text, str(ann.article.published)) if tables is None and tolerances is check.TOLERANCES else None))


def pytest_collection_finish(session: Any) -> None:
    """Note the CPU spent up to the end of collection."""
    _ROWS.append(["<collected>", *_cpu(), time.time()])


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: Any, nextitem: Any) -> Iterator[Any]:
    """Note each test's CPU (setup, call, teardown and its report)."""
    s0, c0 = _cpu()
    w0 = time.perf_counter()
    try:
        return (yield)
    finally:
        s1, c1 = _cpu()
        _ROWS.append([item.nodeid, s1 - s0, c1 - c0, time.perf_counter() - w0])


def pytest_sessionfinish(session: Any) -> None:
    """Write this process's rows to ``<SUITE_CPU>.<worker>.json``."""
    out = os.environ.get("SUITE_CPU")
    if not out:
        return
    _ROWS.append(["<end>", *_cpu(), time.time()])
    dups = {k: {f: v for f, v in t.items() if f not in ("seen", "depth")} for k, t in _DUPS.items()}
    worker = os.environ.get("PYTEST_XDIST_WORKER", "solo")
    Path(f"{out}.{worker}.json").write_text(json.dumps({"rows": _ROWS, "dups": dups, "gc": _GC}), encoding="utf-8")


def load(out: str) -> dict[str, Any]:
    """Return a run's totals: per worker (collection CPU, CPU at the end, tests), per module CPU and wall."""
    workers, modules, walls = {}, collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(f"{out}.*.json")):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        rows = {r[0]: r for r in data["rows"] if r[0].startswith("<")}
        if "<end>" not in rows or "<collected>" not in rows:
            continue  # a pytest that a test started (the README's one-file command)
        tests = [r for r in data["rows"] if not r[0].startswith("<")]
        workers[Path(path).name] = {"collect": sum(rows["<collected>"][1:3]), "end": sum(rows["<end>"][1:3]),
                                    "tests": len(tests), "dups": data.get("dups", {}), "gc": data.get("gc", {})}
        for nodeid, own, children, wall in tests:
            modules[nodeid.split("::")[0]] += own + children
            walls[nodeid.split("::")[0]] += wall
    return {"workers": workers, "modules": modules, "walls": walls}


def show(out: str, top: int, against: str | None) -> None:
    """Print a run's per-worker totals and its ``top`` modules by CPU (side by side with ``against``)."""
    run = load(out)
    for name, w in run["workers"].items():
        passes = ", ".join(f"gen {g} {t[0]:.1f} s ({t[1]} passes)" for g, t in w["gc"].items())
        print(f"{name}: {w['tests']} tests, CPU {w['end']:.1f} s (collection {w['collect']:.1f} s; garbage collector "
              f"to the end of the session: {passes})")
        for fn, t in w["dups"].items():
            print(f"  {fn}: {t['calls']} calls, {t['cpu']:.1f} s; on an input seen before {t['again']}, "
                  f"{t['again_cpu']:.1f} s")
    print(f"tests' CPU: {sum(run['modules'].values()):.1f} s")
    other = load(against)["modules"] if against else None
    print("| module | CPU s |" + (" before -> after |" if other is not None else " wall s |"))
    print("|---|---|---|")
    for module, cpu in run["modules"].most_common(top):
        side = f"{other.get(module, 0.0):.2f} -> {cpu:.2f}" if other is not None else f"{run['walls'][module]:.2f}"
        print(f"| {module} | {cpu:.2f} | {side} |")


def main() -> None:
    """``run OUT [pytest arguments]`` or ``show OUT [--top N] [--against OUT]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("out")
    run.add_argument("pytest_args", nargs=argparse.REMAINDER)
    shown = sub.add_parser("show")
    shown.add_argument("out")
    shown.add_argument("--top", type=int, default=15)
    shown.add_argument("--against")
    args = parser.parse_args()
    if args.command == "show":
        show(args.out, args.top, args.against)
        return
    for old in glob.glob(f"{args.out}.*.json"):
        os.remove(old)
    env = {**os.environ, "SUITE_CPU": args.out,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")]))}
    start, t0 = _cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "suite_cpu", *args.pytest_args], env=env, check=False)
    end = _cpu()
    print(f"pytest exit {done.returncode}: wall {time.perf_counter() - t0:.1f} s, CPU of pytest and its workers "
          f"{end[1] - start[1]:.1f} s")
    show(args.out, 15, None)


if __name__ == "__main__":
    main()
