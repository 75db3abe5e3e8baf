"""Hunt for hostile inputs on which the annotator's time grows faster than the text (Python loops included).

Not a test. Run from the repository root:

    PYTHONPATH=. .venv/bin/python benchmarks/hunt_superlinear.py [--workers 2] [--triples 600] [--json PATH]
    PYTHONPATH=. .venv/bin/python benchmarks/hunt_superlinear.py --only 'Ann B. Cole|'   # one family
    PYTHONPATH=. .venv/bin/python benchmarks/hunt_superlinear.py --from FILE --no-confirm  # the families in FILE

A family is one unit repeated: a unit is one, two or three pieces of text of the kinds the extractors read
(``KINDS``: name words, initials, titles, hyphenated names, possessives, organisations, places, quote marks around
short words, speech verbs, money, percents, months and days, years and ranges, relative dates, numbers with commas,
brackets, dashes, ellipses, pronouns, roles), joined by a space and followed by one of ``STOPS`` (nothing, a
sentence stop, a paragraph break, a comma). Every single piece, every pair of two kinds' first two pieces, and
``--triples`` triples drawn with a fixed seed. Each is annotated (``analysis.extract.annotate(text,
"2025-09-01")``) at 5 KB and 20 KB, timed with ``time.process_time`` (the least of two runs); at 40 KB too if 20 KB
takes over 0.5 s. A family is flagged when 4x the text costs more than 6x the time (a 5 KB time under 2 ms is read
as 2 ms: the clock's noise); the flagged ones are timed again at 20, 40 and 80 KB alone, and
``analysis.check.check_text`` on them at 5 and 20 KB. A family is named ``piece|piece|...|stop`` (stop: empty,
``stop``, ``para`` or ``comma``), so ``--only`` and ``--from`` (one a line; for names starting with "-") take the
names printed. About an hour and a quarter on two cores for the 9,292 families.

Units repeat, so a lead said once and then a run ('Bo said a so-called "x" plan.' then '"x" b. ' repeated) is out of
its reach: such inputs were probed by hand (benchmarks/adversarial.py LEAD_RUNS).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import adversarial  # noqa: E402

PUBLISHED = "2025-09-01"
KINDS: dict[str, list[str]] = {
    "name": ["Kim", "Ann Cole", "Moon Jae", "Jo Bell Lee", "Kim Jong Un"],
    "initial": ["B.", "Ann B. Cole", "J.", "Jo J. K. Bell"],
    "title": ["Gen.", "Vice President", "President", "Mr.", "Dr.", "Sen.", "Lt. Gen.", "Defense Minister",
              "Secretary of State", "Ambassador"],
    "hyphen": ["Moon Jae-in", "Jae-in", "Smith-Jones", "Lee-Kim Park"],
    "possessive": ["Korea's", "Kim's", "Korea’s", "Seoul's"],
    "org": ["Ministry", "Forces", "the Ministry of Defense", "U.S. Forces Korea", "Department", "Committee",
            "the Pentagon"],
    "place": ["Seoul", "Washington", "South Korea", "North Korea", "Pyongyang", "Japan", "the U.S."],
    "quote": ['"a"', "“a”", "'a'", "‘a’", '"a', "“a", "a”", "«a»", "“Yes,”", '"no."'],
    "speech": ["said", "told", "according to", "says", "added", "said:", "told reporters", "said that"],
    "money": ["$5 billion", "1.0389 trillion won", "$5", "5 billion won", "US$1.2 million", "₩5", "$923 million"],
    "percent": ["5 percent", "5%", "50 per cent", "8.2%"],
    "month": ["Dec. 5", "December", "Tuesday", "on Tuesday", "Dec. 5, 2019", "March 2019", "Jan."],
    "year": ["2019", "from 2014 to 2018", "2014-2018", "between 2014 and 2018", "in 2019", "1990s", "2019-20"],
    "relative": ["the previous year", "two days later", "last year", "next month", "a year earlier", "this year",
                 "the following week", "ago"],
    "number": ["1,000", "28,500", "1,000,000", "5", "five", "28,500 troops", "fivefold", "five times"],
    "bracket": ["(a)", "[a]", "(", ")", "(Kim)", "[", "]"],
    "dash": ["—", "-", "–", "--", "a—b"],
    "ellipsis": ["...", "…", "a..."],
    # added after the first rounds: "it said" runs and role quotes were quadratic where no generated unit reached
    "pronoun": ["it", "It", "he", "they"],
    "role": ["the official", "an official", "the minister", "a diplomat"],
}
STOPS = {"": " ", "stop": ". ", "para": ".\n\n", "comma": ", "}
SIZES = (5_000, 20_000)
FLAG_GROWTH = 6.0
NOISE = 0.002


def families(n_triples: int = 600, seed: int = 29) -> list[str]:
    """Return the family names: pieces joined by ``|``, then the stop's name.

    >>> fams = families(10)
    >>> "Kim|" in fams and "Kim|said|stop" in fams and body("Kim|") == "Kim "
    True
    """
    singles = [p for ps in KINDS.values() for p in ps]
    reps = [p for ps in KINDS.values() for p in ps[:2]]
    units = [(p,) for p in singles] + list(itertools.product(reps, repeat=2))
    rng = random.Random(seed)
    units += [tuple(rng.choice(singles) for _ in range(3)) for _ in range(n_triples)]
    return ["|".join(u) + "|" + stop for u in units for stop in STOPS]


def body(family: str) -> str:
    """Return the repeated unit of a family.

    >>> body("Kim|said|stop")
    'Kim said. '
    """
    *pieces, stop = family.split("|")
    return " ".join(pieces) + STOPS[stop]


def make(family: str, n_bytes: int) -> str:
    """Return an article of at least ``n_bytes``: the adversarial header, then the family's unit repeated."""
    unit = body(family)
    return adversarial._fill(lambda k: unit * k, n_bytes)


def _cpu(fn, text: str, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(text, PUBLISHED)
        best = min(best, time.process_time() - t0)
    return best


def time_family(family: str) -> dict:
    """Return the family's annotate times at 5 and 20 KB (and 40 KB if 20 KB is slow), and whether it is flagged."""
    from analysis.extract import annotate

    row = {"family": family}
    for n in SIZES:
        row[n] = _cpu(annotate, make(family, n))
    if row[20_000] > 0.5:
        row[40_000] = _cpu(annotate, make(family, 40_000), 1)
    growth = row[20_000] / max(row[5_000], NOISE)
    row["flag"] = growth > FLAG_GROWTH or row.get(40_000, 0) / row[20_000] > 2 * FLAG_GROWTH / 4
    return row


def confirm(family: str) -> dict:
    """Time a flagged family again: annotate at 20, 40 and 80 KB (stopping after a size over 2 s), check_text at 5
    and 20 KB."""
    from analysis.check import check_text
    from analysis.extract import annotate

    row = {"family": family}
    for n in (20_000, 40_000, 80_000):
        row[f"annotate {n}"] = _cpu(annotate, make(family, n), 1)
        if row[f"annotate {n}"] > 2.0:  # quadratic already shown: 80 KB would take minutes
            break
    for n in SIZES:
        row[f"check {n}"] = _cpu(check_text, make(family, n), 1)
    return row


def _warm(_: int = 0) -> None:
    from analysis.extract import annotate

    annotate(adversarial.make("trigger-$1 billion ", 10_000), PUBLISHED)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--triples", type=int, default=600)
    ap.add_argument("--only", nargs="*", help="family names (piece|piece|stop) instead of the generated ones")
    ap.add_argument("--from", dest="from_file", type=Path, help="family names, one a line, instead of the generated")
    ap.add_argument("--json", type=Path, help="write every row here")
    ap.add_argument("--no-confirm", action="store_true", help="only flag: no second timing of the flagged ones")
    args = ap.parse_args(argv)
    fams = args.only or (args.from_file.read_text().splitlines() if args.from_file else families(args.triples))
    print(f"{len(fams)} families", flush=True)
    with ProcessPoolExecutor(args.workers) as pool:
        list(pool.map(_warm, range(args.workers)))
        rows = list(pool.map(time_family, fams, chunksize=8))
    flagged = [r for r in rows if r["flag"]]
    for r in flagged:
        print(f"flag {r['family']!r:48} " + " ".join(f"{k}:{v:.3f}" for k, v in r.items() if isinstance(k, int)))
    slowest = sorted(rows, key=lambda r: -r[20_000])[:10]
    print("slowest at 20 KB: " + ", ".join(f"{r['family']!r} {r[20_000]:.3f}" for r in slowest), flush=True)
    out = {"rows": [{str(k): v for k, v in r.items()} for r in rows], "confirmed": []}
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    if args.no_confirm:
        return
    _warm()
    for r in flagged:
        out["confirmed"].append(c := confirm(r["family"]))
        print(f"confirm {c['family']!r:45} " + " ".join(f"{k}={v:.3f}" for k, v in c.items() if k != "family"),
              flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
