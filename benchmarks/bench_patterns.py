"""Every compiled pattern of ``analysis``, searched ALONE over hostile inputs: flags any that grows super-linearly.

``bench_adversarial.py`` times whole ``annotate`` calls; a pattern used only on a bounded slice can be quadratic
when searched alone and go unnoticed there. This benchmark imports every module under ``analysis/``, collects every
compiled ``re.Pattern`` it keeps (module globals, class attributes, lists / tuples / dicts / sets of them, dataclass
and other objects of the package; patterns built at import by functions such as ``scan.word_trie`` are found the
same way, and any pattern compiled later, after a warm-up annotate and check of the seed, is found through ``gc``),
and times ``finditer`` and ``search`` of each over hostile inputs at 5 KB and 20 KB: runs of one character, repeated
words, and alternations of two characters. A pattern whose time at 20 KB is more than ``MAX_RATIO`` (6) times its
time at 5 KB (linear is 4) and at least ``FLOOR`` seconds is flagged (confirmed by a re-run, least of 3).

Each pattern runs in a forked child with a per-call timeout (``re`` does not always check for signals while it
scans, so ``signal.alarm`` can be late by minutes): a hung pattern is killed and reported, and the rest go on.

Not a test: ``.venv/bin/python benchmarks/bench_patterns.py [--module analysis.extract.amounts] [--json PATH]
[--name _OF_THE] [--timeout 20]``. Prints, flushed as it goes, the worst input of each pattern: module, name, input,
operation, seconds at 5 KB and 20 KB and their ratio; then the flagged patterns.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import pkgutil
import re
import select
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.lazyre import LazyPattern

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SMALL, LARGE = 5_000, 20_000
MAX_RATIO = 6.0
FLOOR = 0.002  # seconds at 20 KB under which a ratio is noise
CHARS = [*" \naA1.,-'\"“”’$%", "\u00a0"]
WORDS = ["Kim ", "the ", "said ", "U.S. ", "$1 ", "1,", "Mr. ", "a ", "of ", '"a" ']
PAIRS = ["a ", "a.", "a-", "A.", "A ", "1,", "1.", "1 ", " .", "a'", 'a"', "1-"]


def inputs() -> dict[str, str]:
    """Return the hostile unit of each input by name: runs, repeated words, alternations of two characters.

    >>> units = inputs()
    >>> units["run ' '"], units["word 'Kim '"], units["pair 'a.'"]
    (' ', 'Kim ', 'a.')
    """
    out = {f"run {c!r}": c for c in CHARS}
    out |= {f"word {w!r}": w for w in WORDS}
    out |= {f"pair {p!r}": p for p in PAIRS}
    return out


def grow(unit: str, n: int) -> str:
    """Return ``unit`` repeated to ``n`` characters.

    >>> grow("ab", 5)
    'ababa'
    """
    return (unit * (n // len(unit) + 1))[:n]


@dataclass(frozen=True)
class Found:
    """One compiled pattern and where the package keeps it."""

    module: str
    name: str
    pattern: re.Pattern[str]


def modules() -> list[str]:
    """Return the names of every module under ``analysis`` (imported).

    >>> "analysis.extract.amounts" in modules()
    True
    """
    import analysis

    names = ["analysis"]
    for info in pkgutil.walk_packages(analysis.__path__, "analysis."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
        names.append(info.name)
    return names


def _walk(obj: Any, label: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Yield (label, pattern) for every pattern reachable from ``obj`` through containers and package objects."""
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, LazyPattern):
        obj = obj.compiled()  # the pattern itself, so that runtime_patterns knows it by its id
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            yield label, obj
        return
    if isinstance(obj, str | bytes | int | float | bool) or obj is None:
        return
    if isinstance(obj, dict):
        for k, v in list(obj.items()):
            yield from _walk(k, f"{label}[key]", seen, depth + 1)
            yield from _walk(v, f"{label}[{k!r:.30}]", seen, depth + 1)
    elif isinstance(obj, list | tuple | set | frozenset):
        # a set's order follows its items' hashes, which change per process: sorted, its labels are the same in each
        for i, v in enumerate(sorted(obj, key=repr) if isinstance(obj, set | frozenset) else obj):
            yield from _walk(v, f"{label}[{i}]", seen, depth + 1)
    elif _ours(obj):
        attrs = dict(vars(obj)) if hasattr(obj, "__dict__") and not isinstance(obj, type(sys)) else {}
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                attrs[slot] = getattr(obj, slot)
        for k, v in attrs.items():
            yield from _walk(v, f"{label}.{k}", seen, depth + 1)


def _ours(obj: Any) -> bool:
    """True for a class of the package or an instance of one (never a module, function or foreign object)."""
    kind = obj if isinstance(obj, type) else type(obj)
    return kind.__module__.startswith("analysis")


#: The name a line of a module starts with ("_WORD = ...", "class Trigger"): what the module assigns itself.
_LINE_START_NAME = re.compile(r"^(?:class\s+)?([A-Za-z_]\w*)", re.M)


def collect(names: list[str]) -> list[Found]:
    """Return every pattern the modules keep, each once, under the module that assigns the name holding it.

    "Once" is by text and flags, not by object: ``re.compile`` hands back a cached object for a text compiled before
    only while its cache still holds it, so two modules compiling one text would otherwise be one item or two
    depending on what else was compiled in between (an xdist worker once collected a pattern its twin did not).
    """
    found: dict[tuple[str, int], Found] = {}
    walked: set[int] = set()
    for home_first in (True, False):  # first the names a module assigns itself, then what it imported
        seen = set(walked)
        for mod in names:
            module = sys.modules[mod]
            source = Path(module.__file__).read_text(encoding="utf-8") if module.__file__ else ""
            assigned = set(_LINE_START_NAME.findall(source))  # read once: a search per name took seconds
            for key, value in list(vars(module).items()):
                if key.startswith("__"):
                    continue
                home = key in assigned
                if home is home_first:
                    for label, rx in _walk(value, key, seen):
                        walked.add(id(rx))
                        found.setdefault((rx.pattern, rx.flags), Found(mod, label, rx))
    return list(found.values())


def warm_up() -> None:
    """Annotate and check the seed article, so that patterns compiled on first use exist."""
    from analysis.check import check_path
    from analysis.paths import SEED_ARTICLE

    check_path(SEED_ARTICLE)


def runtime_patterns(before: set[int], named: list[Found]) -> list[Found]:
    """Return the patterns made since ``before`` (ids) that no name holds, labelled by their text."""
    known = {id(f.pattern) for f in named}
    out = []
    for obj in gc.get_objects():
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str) and id(obj) not in before | known:
            out.append(Found("(runtime)", f"{obj.pattern[:50]!r}", obj))
    return out


def _time(rx: re.Pattern[str], op: str, text: str, repeat: int = 1) -> float:
    """Return the least CPU seconds of ``repeat`` runs of ``op`` (finditer to the end, or search) over ``text``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: other processes on the shared cores only add wall time
        if op == "finditer":
            for _m in rx.finditer(text):
                pass
        else:
            rx.search(text)
        best = min(best, time.process_time() - t0)
    return best


def measure(rx: re.Pattern[str], emit: Any) -> None:
    """Time ``rx`` on every input and operation, calling ``emit`` with each row (before each call: its name)."""
    for label, unit in inputs().items():
        small, large = grow(unit, SMALL), grow(unit, LARGE)
        matched = False
        for op in ("finditer", "search"):
            if op == "search" and not matched:
                continue  # no match: search does what finditer did (it is never slower than finditer)
            emit({"start": label, "op": op})
            if op == "finditer":
                matched = next(rx.finditer(large), None) is not None
            t20 = _time(rx, op, large)
            t5 = _time(rx, op, small) if t20 >= FLOOR else t20 / 4  # below the floor: not timed (a ratio is noise)
            if t20 >= FLOOR and t20 > MAX_RATIO * t5:  # confirm: the least of 5 of each
                t5, t20 = _time(rx, op, small, 5), _time(rx, op, large, 5)
            emit({"input": label, "op": op, "t5": t5, "t20": t20})


def run_one(found: Found, timeout: float) -> dict[str, Any]:
    """Run ``measure`` in a forked child; return the worst row, and ``timeout`` set if a call hung."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        out = os.fdopen(w, "w", buffering=1)
        try:
            measure(found.pattern, lambda row: out.write(json.dumps(row) + "\n"))
        finally:
            os._exit(0)
    os.close(w)
    rows, current, buf = [], None, b""
    with os.fdopen(r, "rb", buffering=0) as pipe:
        while True:
            ready, _, _ = select.select([pipe], [], [], timeout)
            if not ready:
                os.kill(pid, 9)
                break
            chunk = pipe.read(65536)
            if not chunk:
                break
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                row = json.loads(line)
                if "start" in row:
                    current = row
                else:
                    rows.append(row)
                    current = None
    os.waitpid(pid, 0)
    return summarise(rows, current, timeout)


def summarise(rows: list[dict[str, Any]], hung: dict[str, Any] | None, timeout: float) -> dict[str, Any]:
    """Return the worst row (the largest time at 20 KB), a hung call first, and whether it is flagged.

    >>> summarise([{"input": "a", "op": "search", "t5": 0.01, "t20": 0.1}], None, 20)["flagged"]
    True
    """
    if hung is not None:
        return {"input": hung["start"], "op": hung["op"], "t5": None, "t20": None, "ratio": None,
                "flagged": True, "timeout": timeout}
    worst = max(rows, key=lambda row: row["t20"])
    flagged = [row for row in rows if row["t20"] >= FLOOR and row["t20"] > MAX_RATIO * row["t5"]]
    if flagged:
        worst = max(flagged, key=lambda row: row["t20"])
    ratio = worst["t20"] / worst["t5"] if worst["t5"] > 0 else None
    return {**worst, "ratio": ratio, "flagged": bool(flagged), "n_flagged_inputs": len(flagged)}


def main(argv: list[str] | None = None) -> int:
    """Collect, time and print every pattern (a module at a time); return 0 (1 if any pattern is flagged)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--module", action="append", help="only patterns of this module (repeatable)")
    ap.add_argument("--name", action="append", help="only the pattern kept under this name (repeatable)")
    ap.add_argument("--json", type=Path, help="write every pattern's worst row here")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds one call may take before it is killed")
    args = ap.parse_args(argv)
    import pandas  # noqa: F401  (patterns of the libraries, made before the package's: left out)

    before = {id(o) for o in gc.get_objects() if isinstance(o, re.Pattern)}
    names = modules()
    found = collect(names)
    warm_up()
    found += runtime_patterns(before, found)
    if args.module:
        found = [f for f in found if f.module in args.module]
    if args.name:
        found = [f for f in found if f.name in args.name]
    print(f"{len(found)} patterns in {len(names)} modules; inputs: {len(inputs())} x (finditer, search) "
          f"at {SMALL} and {LARGE} chars", flush=True)
    results = []
    for f in sorted(found, key=lambda f: (f.module == "(runtime)", f.module)):  # the package's named ones first
        row = {"module": f.module, "name": f.name, **run_one(f, args.timeout)}
        results.append(row)
        print(_line(row), flush=True)
    bad = [row for row in results if row["flagged"]]
    print(f"\n{len(bad)} flagged of {len(results)}:", flush=True)
    for row in bad:
        print("  " + _line(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if bad else 0


def _line(row: dict[str, Any]) -> str:
    """Return one printed row: module, name, input, operation, seconds at both sizes, ratio, FLAG."""
    if row["t20"] is None:
        where = f"{row['module']:28} {row['name'][:44]:44} {row['input']:18} {row['op']:8}"
        return f"{where} HUNG > {row['timeout']} s FLAG"
    ratio = f"x{row['ratio']:.1f}" if row["ratio"] else "-"
    flag = "  FLAG" if row["flagged"] else ""
    return (f"{row['module']:28} {row['name'][:44]:44} {row['input']:18} {row['op']:8} "
            f"{row['t5'] * 1e3:9.2f} {row['t20'] * 1e3:9.2f} ms {ratio:>7}{flag}")


if __name__ == "__main__":
    sys.exit(main())
