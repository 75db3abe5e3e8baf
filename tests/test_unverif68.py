"""Figures the data cover that came out ``unverifiable`` (unverif68, twenty-first session; issue #10: the commonest
wrong verdict is ``unverifiable`` where the data could judge the figure).

Rows of my own (made-up sentences, figures from data/, none of an article), in tests/cases/test_unverif68.csv
(columns published, text, exact, want, xfail, note; ``want`` as in tests/test_years47.py):

- ``BASE_OF_ASK``: a payment with no year of its own that a demand raises from ("demanded that Korea increase its
  share of the costs from X to Y", "pressed Seoul to lift its payment from the current X to roughly Y", "demanded Y a
  year, up from the X Seoul paid"), Y an ask on record: X is the payment of the year Y was first asked
  (rules.demand_base_row, rules.demand_base_judged), right ones supported, wrong ones caught with that year's
  payment in the evidence; ``BASE_OF_ASK_CTRL``: no demand word, an ask not on record (or on record only after
  publication: the nearest ask on record anchors the base only to support it, so a misprinted ask does not turn a
  right base unverifiable, claims31's metamorphic copies), a base with its own year, a base right on the publication
  year, and the ask itself.
- ``REFUSED_ASK``: a multiple with no amount that the Korean side balks at, rejects, resists or turns down ("South
  Korea balked at the fivefold increase"): the other side's ask, judged against the demands on record over the
  payment of their year (rules.refused_by_korea, rules.asked_of_korea); ``REFUSED_ASK_CTRL``: the US side refusing,
  North Korea, a multiple told as a fact, and a low multiple (an opening ask the data may not hold).
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits


def check_unverif68(published: str, text: str, exact: str, want: str) -> None:
    """Each row's claim gets its verdict; a caught base names the payment of the ask's year."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    if want == "caught" and "demand" in text:
        assert "the year it was first asked" in evidence or "above every multiple" in evidence, evidence


test_unverif68 = table_test("test_unverif68", check_unverif68)
