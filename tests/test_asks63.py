"""A sum the side that is paid puts forward is its demand, whatever verb carries it (asks63, nineteenth session;
issue #10: never call a right figure wrong).

Rows of my own (made-up sentences, sides named by their side words or titles, figures of no article), in
tests/cases/test_asks63.csv (columns published, text, exact, want, quantity, xfail, note; ``want`` as in
tests/test_years47.py, ``quantity`` the frame's quantity, blank for any):

- ``ASK_PUT``: "has thrown / tossed around X", "floated (a figure of) X", "mentioned a X increase", "talked of /
  about X", "raised the prospect / possibility of X", "brought up X", "put X on the table", in several tenses, in a
  headline and a body, of a sum, a percent and a multiple: a demand (frames.put_forward, frames.holder_side), never
  read as a payment (a payment reading calls the ask ``contradicted``).
- ``ASK_PUT_CTRL``: the payment told with the same verbs as reporting verbs ("the ministry mentioned that Seoul paid
  X", "cited the X Seoul paid", "brought up the 2019 payment of X", "South Korea's X payment"), "raised its
  contribution to X", "brought Seoul's contribution to X", an offer by Korea and a figure Korea's side floated or
  mentioned: read as before.
- ``ASK_LOWERED``: an ask or its rise lowered from an amount, with no end point ("the increase in the amount was
  reportedly reduced sharply from X", "the hike has since been scaled back from X"): X is the earlier ask
  (frames.lowered_from); ``ASK_LOWERED_CTRL``: a payment lowered from X, or from X to Y, stays the payment.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits

from analysis import check


def check_asks63(published: str, text: str, exact: str, want: str, quantity: str) -> None:
    """Each row's claim gets its verdict and, where the row names one, its quantity."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    if quantity:
        full = text if "\n\n" in text else "T\n\n" + test_years47.LEAD + text
        claim = next(c for c in check.check_text(full, published).claims if exact in c.exact)
        assert claim.frame.quantity == quantity, (claim.frame, evidence)


test_asks63 = table_test("test_asks63", check_asks63)
