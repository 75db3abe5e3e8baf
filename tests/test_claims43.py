"""Claim verdicts of right figures made wrong, and of a payment's figure told of another quantity (claims43, twelfth
session).

Two new families of the metamorphic test (tests/claims41_variants.py) take right dev claims and change them in ways
whose verdict is known without a new label:

- WRONG-FIGURE (``WRONG_GENERATORS``): the payment's scale word slipped (billion for million), the payment told in the
  other currency at 1,000 won to the dollar, the payment given for the year before or after its own, a rise's percent
  computed from the wrong base or rounded the wrong way, a demand put three years early: each copy must be caught
  (``contradicted``/``misleading``) or withheld (``unverifiable``), never ``supported``;
- OUT-OF-FRAME (``OUT_GENERATORS``): the payment's sentence replaced by one of another quantity with the same figure
  and year (Japan's host-nation support, an arms purchase, workers' wages, a tariff, the defence budget, Germany's
  basing costs): no copy may be read as a quantity of the deal.

Their failures on the dev corpus fell into the classes below; each has generic rows of made-up wording (figures
from data/) with controls that must not change:

- SLIP_YEARLESS: a payment written a thousand times too large ("$920 billion a year") whose year the text does not
  name was read as another quantity (``far_above``) because the slip was sought only in the publication year, while
  the payment itself is judged against the year before publication too; and a slip of a bound or of a figure a
  little off ("more than $800 billion" for $891 million) is a slip as well (``near_rel``, as for the figure itself).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cases, read_claims, verdict_fits

SLIP_YEARLESS = [
    ("2021-03-07", "Seoul currently pays Washington about $920 billion a year.", "about $920 billion a year",
     "caught"),
    ("2021-04-20", "The South Korean government now pays roughly $900 billion annually for the troops.",
     "roughly $900 billion annually", "caught"),
    ("2019-12-03", "Seoul raised its share of the troop costs by 8.2 percent to more than $800 billion.",
     "more than $800 billion", "caught"),
    ("2021-03-09", "Trump had demanded $5 billion a year, more than five times the $870 billion Seoul paid under "
     "the last deal.", "$870 billion", "caught"),
    # controls: the right figure; a pledge far above any slip; the US defence budget; a slip with its year named
    ("2021-03-07", "Seoul currently pays Washington about $920 million a year.", "about $920 million a year",
     "supported"),
    ("2025-09-01", "Seoul pledged to invest $350 billion in the United States this year.", "$350 billion",
     "not_checkable"),
    ("2021-03-07", "The United States spends about $740 billion a year on its military.",
     "about $740 billion a year", "not_checkable"),
    ("2021-09-01", "Seoul pays $1.03 trillion this year.", "$1.03 trillion", "caught"),
]


@pytest.mark.parametrize(("published", "text", "exact", "want"), cases(SLIP_YEARLESS=SLIP_YEARLESS))
def test_claims43_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)


# ----- the metamorphic families: deterministic samples of the WRONG-FIGURE and OUT-OF-FRAME copies, and ratchets --

FLOOR = Path(__file__).with_name("claims43_floor.json")


@pytest.mark.parametrize("family", ["wrong", "out"])
def test_dev_claims_made_wrong_or_moved_out_of_frame(family: str) -> None:
    """The sample of dev payments made wrong (never ``supported``) or told of another quantity (never read as one of
    the deal's quantities) keeps the ratchet of tests/claims43_floor.json: at least ``copies`` copies, at most
    ``fail`` failing. Lower ``fail`` when a fix lands; never raise it."""
    import claims41_variants as cv

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[family]
    gens = cv.WRONG_GENERATORS if family == "wrong" else cv.OUT_GENERATORS
    outs = cv.run(list(cv.dev_ids()), lambda vs: cv.sampled(vs, floor["every"]), gens)
    fails = [f"{o.variant.id} got {list(o.got)} {list(o.quantities)}" for o in outs if not o.ok]
    assert len(outs) >= floor["copies"], len(outs)
    assert len(fails) <= floor["fail"], fails
