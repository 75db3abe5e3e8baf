"""The seed article's annotation equals the reviewed golden file (see tests/golden/REVIEW.md).

If the extractor changes on purpose, regenerate with
``python -m analysis annotate data/articles/2019-11-16-north-korea-angling.txt > tests/golden/seed-annotations.json``
from the project root, then review the diff line by line and update REVIEW.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from analysis.article import read_article
from analysis.extract import annotate_article
from analysis.paths import ROOT, SEED_ARTICLE

GOLDEN = Path(__file__).parent / "golden" / "seed-annotations.json"


def test_seed_matches_golden():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = annotate_article(read_article(SEED_ARTICLE.relative_to(ROOT).as_posix())).to_dict()
    assert got["source"] == golden["source"]
    assert got["findings"] == golden["findings"]
    for g, a in zip(golden["annotations"], got["annotations"], strict=False):
        assert a == g, f"first difference at {g['id']}"
    assert len(got["annotations"]) == len(golden["annotations"])
