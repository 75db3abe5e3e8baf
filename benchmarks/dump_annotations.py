"""Dump ``annotate`` JSON of every dev corpus article and the seed, to diff before and after a speed change.

Not a test: run it by hand, ``.venv/bin/python benchmarks/dump_annotations.py OUT_DIR [--bench-mb 1]``, once on
the code before the change and once after, then ``diff -r BEFORE AFTER``: a speed change must leave every file
byte-identical. Held-out articles are never read (dev only). ``--bench-mb N`` also dumps the annotation of the
``bench_annotate`` input of N MB (default 0: none).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.article import read_article
from analysis.extract import annotate, annotate_article
from analysis.paths import ROOT, SEED_ARTICLE

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def dump(ann: object, out: Path) -> None:
    """Write one annotation's JSON (``to_dict``, sorted keys) to ``out``, the checkout's folder written ``<ROOT>``
    (an article's path names it: two checkouts compare equal)."""
    text = json.dumps(ann.to_dict(), indent=1, sort_keys=True, ensure_ascii=False).replace(str(ROOT), "<ROOT>")
    out.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--bench-mb", type=float, default=0.0)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    dump(annotate_article(read_article(SEED_ARTICLE)), args.out / "_seed.json")
    with open(CORPUS / "index.csv", encoding="utf-8", newline="") as f:
        ids = [row["article_id"] for row in csv.DictReader(f) if row["split"] == "dev"]
    for aid in ids:
        dump(annotate_article(read_article(CORPUS / "articles" / f"{aid}.txt")), args.out / f"{aid}.json")
    if args.bench_mb:
        import bench_annotate

        seed = read_article(SEED_ARTICLE)
        paragraphs = [p.of(seed.text) for p in seed.paragraphs] + bench_annotate.EXTRA
        dump(annotate(bench_annotate.build(int(args.bench_mb * 1_000_000), paragraphs)), args.out / "_bench.json")
    print(f"{len(ids)} dev articles and the seed dumped to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
