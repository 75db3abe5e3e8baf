"""Claim frames of verd90v (made-up sentences, none read from the corpus): each rule has rows that must fire and
near-miss controls that must not.

1. A troop count told as the threshold of a cut not yet made ("may not be used to reduce the force below 28,500
   personnel") is a floor, not the level reported: its claim is ``not_checkable`` (``frames.cut_below``). Controls:
   a past fall below a level ("fell below"), a count with no "below", a "below" with no cut verb.
2. A multiple whose target level is asked ("demanded Seoul double its contribution to $1.6 billion") is asked too
   (``frames.asked_target``), and a demanded multiple that holds only on the text's own figures, its target no ask on
   record, is ``unverifiable`` (``rules.unrecorded_ask``). Controls: a target paid ("Seoul doubled its payment to"),
   an asked target on record ("quintuple ... to $5 billion"), a multiple in apposition to a paid base.
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


MULTI = "Allies haggle over costs\n\n"


def _ratio(sentence: str, published: str = "2021-03-08") -> dict:
    report = check_text(MULTI + sentence + "\n", published)
    return next(c for c in report.to_dict()["claims"] if c["kind"] == "ratio")


ASKED_TARGET = [
    "President Dale Voss demanded that Seoul double its contribution to $1.6 billion in 2019.",
    "In 2019 the US envoy pressed South Korea to double its share to about $1.8 billion.",
    "In 2019 Washington asked Seoul to triple its yearly payment to $2.7 billion.",
]
#: controls: (sentence, modality, verdict): a target paid, an asked target on record, a multiple apposed to a base.
ASKED_TARGET_CONTROLS = [
    ("In 2019 Seoul doubled its payment to $1.6 billion.", "reported", "supported"),
    ("In 2019 Washington demanded Seoul quintuple its contribution to $5 billion.", "demand", "supported"),
    ("In 2019 President Dale Voss demanded $1.6 billion, double what Seoul paid.", "reported", "supported"),
]


@pytest.mark.parametrize("sentence", ASKED_TARGET)
def test_asked_target_unrecorded(sentence: str) -> None:
    claim = _ratio(sentence)
    assert (claim["frame"]["modality"], claim["verdict"]) == ("demand", "unverifiable"), claim


@pytest.mark.parametrize(("sentence", "modality", "verdict"), ASKED_TARGET_CONTROLS)
def test_asked_target_controls(sentence: str, modality: str, verdict: str) -> None:
    claim = _ratio(sentence)
    assert (claim["frame"]["modality"], claim["verdict"]) == (modality, verdict), claim
