"""Claim verdicts that must not change when another quantity or another year stands next to a claim (claims42,
eleventh session).

The known-answer family DISTRACTORS (tests/claims41_variants.py, ``distractor_variants`` and ``moved_variants``)
puts beside each right dev claim a sentence of another quantity and year, a clause naming another year, or moves the
article's date line some years later with the claim's relative year told as its absolute year. Its failures on the
dev corpus fell into the classes below; each has generic rows of made-up wording (figures from data/) with controls
that must not change:

- ORIGIN_ASIDE: an aside set off by commas that tells when a standing thing began ("under the new SMA, first signed
  in 1991, from X", "the pact, which dates back to 1966,"): its year dates the thing, not the figure outside it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cases, read_claims, verdict_fits

_RAISE = "Washington demanded that Seoul raise its payment to $5 billion under the new SMA{A} from $870 million."
_TIMES = ("Officials backed off the demand that Seoul pay about $5 billion a year, more than five times the $900 "
          "million in a one-year agreement{A} that expired on Dec. 31.")
ORIGIN_ASIDE = [
    ("2021-03-10", _RAISE.format(A=", first signed in 1991,"), "$870 million", "supported"),
    ("2021-03-10", _RAISE.format(A=", which dates back to 1991,"), "$870 million", "supported"),
    ("2021-03-10", _RAISE.format(A=" (originally struck in 1991)"), "$870 million", "supported"),
    ("2020-02-24", _TIMES.format(A=", first signed in 1991,"), "more than five times", "supported"),
    ("2020-02-24", _TIMES.format(A=", a pact established in 1991,"), "more than five times", "supported"),
    # controls: no aside; a date that is the figure's own, in an aside or not
    ("2021-03-10", _RAISE.format(A=""), "$870 million", "supported"),
    ("2020-02-24", _TIMES.format(A=""), "more than five times", "supported"),
    ("2021-03-10", "Under the deal, signed in 2019, Seoul paid 1.0389 trillion won.", "1.0389 trillion won",
     "supported"),
    ("2021-03-10", "Seoul, which first paid 1.0389 trillion won in 2019, now pays more.", "1.0389 trillion won",
     "supported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "want"), cases(ORIGIN_ASIDE=ORIGIN_ASIDE))
def test_claims42_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)
