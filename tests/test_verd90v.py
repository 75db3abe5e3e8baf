"""Claim frames of verd90v (made-up sentences, none read from the corpus): each rule has rows that must fire and
near-miss controls that must not.

1. A troop count told as the threshold of a cut not yet made ("may not be used to reduce the force below 28,500
   personnel") is a floor, not the level reported: its claim is ``not_checkable`` (``frames.cut_below``). Controls:
   a past fall below a level ("fell below"), a count with no "below", a "below" with no cut verb.
"""

from __future__ import annotations

import pytest

from analysis.check import check_text

HEAD = "Lawmakers weigh the troop level\n\n"


def _count_claims(sentence: str, published: str = "2025-12-11") -> list[dict]:
    report = check_text(HEAD + sentence + "\n", published)
    return [c for c in report.to_dict()["claims"] if c["kind"] == "count"]


CUT_BELOW = [
    "The bill says its funds cannot be used to reduce the number of U.S. troops in South Korea below 28,500 personnel.",
    "Under the measure, no money may be spent to cut American forces stationed in Korea below 28,500 troops.",
    "Officials say the Pentagon must not lower the U.S. force in Korea under 28,500 soldiers.",
    "Senator Vell Marrin wants a rule that would stop any plan to shrink U.S. Forces Korea below 28,500 troops.",
]
#: controls: a level told as reached (past), a level reported with no threshold word, "below" with no cut verb.
CUT_BELOW_CONTROLS = [
    ("The number of U.S. troops in South Korea fell below 28,500 troops in 2025.", None),
    ("The United States keeps 28,500 troops in South Korea.", "supported"),
    ("The United States keeps slightly below 28,500 troops in South Korea.", None),
]


@pytest.mark.parametrize("sentence", CUT_BELOW)
def test_cut_below_is_a_floor(sentence: str) -> None:
    claims = _count_claims(sentence)
    assert claims and all(c["verdict"] == "not_checkable" for c in claims), claims


@pytest.mark.parametrize(("sentence", "verdict"), CUT_BELOW_CONTROLS)
def test_cut_below_controls(sentence: str, verdict: str | None) -> None:
    claims = _count_claims(sentence)
    assert claims and all(c["verdict"] != "not_checkable" for c in claims), claims
    if verdict is not None:
        assert claims[0]["verdict"] == verdict
