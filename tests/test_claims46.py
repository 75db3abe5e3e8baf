"""Claim verdicts of percents on fresh text (claims46, thirteenth session).

The forty-fourth batch (dev, merged at 08:15) gave these classes; each has generic rows of made-up wording (figures
from data/) with controls that must not change:

- BARGAIN_FOR: a sum or rise that one side is "negotiating / bargaining / holding out for" ("The White House has been
  negotiating for a 400% increase to what Seoul is currently paying") is what that side asks: a demand, judged
  against the demands on record (a rounded percent of a demanded rise within ``Tolerances`` of the rise the ask makes
  over the payment is ``supported``, a far one withheld). It was read as the payment's reported change of the
  publication year (+8.2 % in 2019): a right figure ``contradicted``. A span of time after "for" ("negotiated for
  months", "for nearly a year") is no sum asked.
- THAN_BASE: a demand or offer word after a figure, inside the base of a comparison ("8.2 percent more than what it
  offered under a previous five-year pact"), names the base, not the figure's own offer: the figure is the payment's
  reported change (it was an offer with no row: ``unverifiable``). A cue after the figure with no "than" between
  ("the 50 percent rise Trump demanded") still governs it. So for a sum attributed after it to the US side
  (THAN_BASE_CITED): "$8 billion more than the budget requested by the Trump administration" is a difference of
  budgets, not a demand of the talks (it was ``unverifiable`` as one).
- PURPOSE_OF_THE: an amount after "up from" / "and" that continues the payment named before it in its sentence
  ("Seoul will pay X in 2019 for the operation of the U.S. Forces Korea, up from Y the previous year") is last year's
  payment; an "of the" that only names what the first sum is for no longer makes Y a whole of which X is a part (it
  was read as another quantity, ``not_checkable``). "92% of the $10.8 billion project" stays a whole.
"""

from __future__ import annotations

import pytest
from conftest import DEAL_LEAD, cases

_PUB = "2019-12-18"
_WH = "The White House has been {V} for a {P} increase to what Seoul is currently paying to house US troops."
BARGAIN_FOR = [
    (_PUB, DEAL_LEAD + _WH.format(V="negotiating", P="400%"), "400% increase", "supported"),
    (_PUB, DEAL_LEAD + _WH.format(V="bargaining", P="400 percent"), "400 percent increase", "supported"),
    (_PUB, DEAL_LEAD + "Washington held out for a 400% rise over Seoul's current payment.", "400% rise", "supported"),
    (_PUB, DEAL_LEAD + "Officials said the administration is negotiating for $5 billion a year from Seoul.",
     "$5 billion", "supported"),
    # wrong figures: withheld or caught, never supported
    (_PUB, DEAL_LEAD + _WH.format(V="negotiating", P="200%"), "200% increase", "!supported"),
    (_PUB, DEAL_LEAD + _WH.format(V="bargaining", P="900%"), "900% increase", "!supported"),
    # controls: a span of time after "for"; the cue after the figure; the demand verb itself
    (_PUB, DEAL_LEAD + "After the two sides negotiated for months, Seoul paid 1.0389 trillion won in 2019.",
     "1.0389 trillion won", "supported"),
    (_PUB, DEAL_LEAD + "Seoul bargained for nearly a year and agreed to an 8.2% increase in 2019.", "8.2% increase",
     "supported"),
    (_PUB, DEAL_LEAD + "Seoul agreed to an 8.2% increase in 2019 after the allies negotiated for weeks.",
     "8.2% increase", "supported"),
    (_PUB, DEAL_LEAD + _WH.format(V="pressing", P="400%"), "400% increase", "supported"),
]

_PACT = ("Seoul said it had agreed to raise its payment from $850 million to $924 million in 2019 — {P} more than "
         "what it {V} under the previous five-year pact.")
THAN_BASE = [
    (_PUB, DEAL_LEAD + _PACT.format(P="8.2 percent", V="offered"), "8.2 percent more", "supported"),
    (_PUB, DEAL_LEAD + _PACT.format(P="8.2%", V="proposed"), "8.2% more", "supported"),
    (_PUB, DEAL_LEAD + _PACT.format(P="25 percent", V="offered"), "25 percent more", "!supported"),
    # controls: the cue after the figure with no comparison between still governs it
    (_PUB, DEAL_LEAD + "Seoul balked at the 400 percent rise Trump demanded.", "400 percent rise", "supported"),
    (_PUB, DEAL_LEAD + "Seoul balked at the 200 percent rise Trump demanded.", "200 percent rise", "!supported"),
]
#: A story of the defence bill that keeps a floor of US troops in Korea (no cost-sharing words).
_NDAA = "The House passed the defense bill, which bars cutting U.S. troops in South Korea. "
_BUDGET = ("The total defense budget for fiscal year 2026 as agreed by Congress is $901 billion, which is {D} more "
           "than the budget {V} by the Trump administration.")
THAN_BASE_CITED = [
    ("2025-12-11", _NDAA + _BUDGET.format(D="$8 billion", V="requested"), "$8 billion", "not_checkable"),
    ("2025-12-11", _NDAA + _BUDGET.format(D="$10 billion", V="proposed"), "$10 billion", "not_checkable"),
    # controls: a sum named by the US side with no comparison between is its demand
    ("2024-10-16", DEAL_LEAD + "The $10 billion annual amount mentioned by former President Donald Trump is high.",
     "$10 billion", "supported"),
    ("2024-10-16", DEAL_LEAD + "The $8 billion annual amount mentioned by former President Donald Trump is high.",
     "$8 billion", "!supported"),
]

_UP_FROM = "Seoul will pay 1.0389 trillion won in 2019 for the {W} of the U.S. troops, up from {Y} the previous year."
PURPOSE_OF_THE = [
    ("2019-04-05", DEAL_LEAD + _UP_FROM.format(W="operation", Y="960 billion won"), "960 billion won", "supported"),
    ("2019-04-05", DEAL_LEAD + _UP_FROM.format(W="maintenance", Y="960.2 billion won"), "960.2 billion won", "supported"),
    ("2019-04-05", DEAL_LEAD + _UP_FROM.format(W="upkeep", Y="660 billion won"), "660 billion won", "!supported"),
    # controls: the whole a share is of; the first sum itself
    ("2019-04-05", DEAL_LEAD + "Seoul also agreed to pay 92% of the $10.8 billion project to relocate a base.",
     "$10.8 billion", "not_checkable"),
    ("2019-04-05", DEAL_LEAD + _UP_FROM.format(W="operation", Y="960 billion won"), "1.0389 trillion won",
     "supported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "want"),
                         cases(BARGAIN_FOR=BARGAIN_FOR, THAN_BASE=THAN_BASE, THAN_BASE_CITED=THAN_BASE_CITED,
                               PURPOSE_OF_THE=PURPOSE_OF_THE))
def test_claims46_verdicts(published: str, text: str, exact: str, want: str) -> None:
    """Each row's claim gets its verdict ("!supported": caught or withheld), as tests/test_claims43.py checks."""
    from test_claims43 import test_claims43_verdicts

    test_claims43_verdicts(published, text, exact, want)
