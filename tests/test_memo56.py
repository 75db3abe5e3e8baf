"""Closed lists memo55 found in frames.py and guards.py, each made a class of news English (memo56f, sixteenth
session; issue #10: "Generalise, don't memorise").

Rows are sentences of my own (made-up wording; officials and places from data/entities.csv, other countries by
name, figures from data/sma_contributions.csv and data/demands.csv, right and wrong), with controls; data in
tests/cases/test_memo56f.csv (columns published, text, exact, want, xfail, note), written before the rules. A
``want`` is a verdict (or "caught" / "not_contradicted", as :func:`conftest.verdict_fits` reads them), then
optionally ``q=<quantity>`` and ``a=<actor>`` the claim's frame must have and ``e=<words>`` its evidence must hold
("_" for a blank); "none" wants no claim of those words.

- ``PRICE_TAG``: "<owner>'s price tag / tab of X" is a demand when the owner is on the US side (any US person, body
  or place of data/entities.csv, a US side word, or a US title noun: "the president", "the administration"), and
  the payment when the payer owns it ("Seoul's tab").
- ``ABROAD``: a payment or a troop count of another country (any country but the two Koreas and the US, from the
  CLDR territory names) is not Seoul's nor Korea's.
- ``REFUSED``: an offer refused by any verb of refusal ("dismissed", "shot down", "torpedoed", "balked at", passive
  "was quashed by") stays an offer; a paid rise dismissed, or a refusal of something else, stays a change.
- ``ARMS``: an amount bought ("buy / purchase / bought X of / in / worth of <goods>") is never the payment; arms
  nouns of any system ("drones", "interceptors", "warships").
- ``DOUBLE_DIGIT``: "the first double-digit rise" takes every window of a superlative ("in 17 years", "in more than
  a decade", "since 2004").
- ``TITLE``: "the <title>'s demand" is the demand of the person last named whose role in data/entities.csv has that
  title word ("the defense secretary": Esper).
- ``KOREA_PLACE``: a place in South Korea of data/entities.csv ("the DMZ", "Panmunjom", "the truce village") between
  another host and a troop count makes it a count in Korea (frames._KOREA had its own two names); written with the
  rule, each row checked wrong on the base commit first.

Rows the rules leave wrong are strict xfails with their reason (none left: each class's rows were strict xfails in
the first commit and pass since its rule).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, claims_test, read_claims, verdict_fits

from analysis import check

ROWS = case_tables("test_memo56f")  # tests/cases/test_memo56f.csv


def check_row(published: str, text: str, exact: str, want: str) -> None:
    """Check one row: the claim of ``exact`` has the verdict, quantity and actor ``want`` names (or no claim)."""
    claims = read_claims(text, published)
    if want == "none":
        assert exact not in claims, claims[exact].evidence
        return
    verdict, *fields = want.split()
    claim = claims[exact]
    assert verdict_fits(claim.verdict, verdict), (claim.verdict, claim.evidence)
    frame = {"q": claim.frame.quantity, "a": str(claim.frame.actor)}
    for field in fields:
        key, value = field.split("=")
        if key == "e":  # words the evidence must hold ("_" for a blank)
            assert value.replace("_", " ") in claim.evidence, claim.evidence
        else:
            assert frame[key] == value, (frame, claim.evidence)


#: Each row's claim gets its verdict and frame.
test_memo56_claims = claims_test(check_row, **ROWS)


#: One demand in two reports (the editorial's class): "around" a round figure another figure rounds to is one figure;
#: a ceiling, or a figure it does not round to, is another (made-up reports; the seed flags "$4.7 billion" against
#: "up to $5 billion", tests/test_check.py).
CONFLICT = [
    ("US officials demanded $4.7 billion a year, a lawmaker said. Washington asked for around $5 billion a year, a "
     "diplomat said.", False),
    ("US officials demanded about $5 billion a year, a lawmaker said. Washington asked for $4.8 billion a year, a "
     "diplomat said.", False),
    ("US officials demanded $4.7 billion a year, a lawmaker said. Washington asked for up to $5 billion a year, a "
     "diplomat said.", True),
    ("US officials demanded about $4.7 billion a year, a lawmaker said. Washington asked for $5 billion a year, a "
     "diplomat said.", True),
    ("US officials demanded $4.7 billion a year, a lawmaker said. Washington asked for $5 billion a year, a diplomat "
     "said.", True),
    ("US officials demanded about $4.7 billion a year, a lawmaker said. Washington asked for $4.9 billion a year, a "
     "diplomat said.", True),
]


@pytest.mark.parametrize(("text", "flagged"), CONFLICT)
def test_one_demand_told_at_two_precisions(text: str, flagged: bool) -> None:
    report = check.check_text("T\n\n" + text, "2019-11-20")
    assert bool([f for f in report.findings if f["kind"] == "conflicting_figures"]) is flagged
