"""A sum a US side names is its demand only when the sentence does not say what else it is (mendr64, nineteenth
session; review64 findings 1, 6, 10 and 14; issue #10: never call a right figure wrong).

Rows of my own (made-up sentences and figures), in tests/cases/test_mendr64.csv (columns published, text, exact,
want, quantity, xfail, note; ``want`` as in tests/test_years47.py; ``quantity`` the frame's quantity, ``!demand``
for any but a demand, blank for any):

- ``PUT_COST``: a US side mentions / cites / brings up a sum "as (its, America's, the) (real, annual) cost (of ...)"
  or ", the ... cost of ...": the cost it is, never a demand (frames.put_forward's :data:`_PUT_TAILS`);
  ``PUT_COST_CTRL``: the ask put forward with a cost word before it or none, still a demand.
- ``PUT_PAID``: a US side names Seoul's payment ("X, Seoul's payment in 2019", "X as Seoul's payment for 2019",
  "X in Korean payments", "X Seoul spent"): the payment, never a demand; ``PUT_PAID_CTRL``: an ask for a share.
- ``HOLDER_ASIDE``: a US side named in an aside, after a preposition or as the object of "told" before the verb is
  not who puts the sum forward (frames.holder_side); ``HOLDER_ASIDE_CTRL``: the US holder as subject, with asides.
- ``PUT_VERB``: more verbs of the class (pitch, broach, bandy about, suggest / propose a figure of) with a US holder:
  the ask, never read as a payment; ``PUT_VERB_CTRL``: Korea's side with the same verbs.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits

from analysis import check


def frame_quantity(published: str, text: str, exact: str) -> str | None:
    """Return the quantity of the frame of the first claim holding ``exact`` (None when no claim holds it).

    >>> frame_quantity("2019-12-01", "Seoul paid 1.0389 trillion won in 2019.", "1.0389 trillion won")
    'sma_payment'
    """
    full = text if "\n\n" in text else "T\n\n" + test_years47.LEAD + text
    claim = next((c for c in check.check_text(full, published).claims if exact in c.exact), None)
    return claim.frame.quantity if claim is not None else None


def check_mendr64(published: str, text: str, exact: str, want: str, quantity: str) -> None:
    """Each row's claim gets its verdict and, where the row names one, its quantity (or any but ``!`` it)."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    if quantity:
        got = frame_quantity(published, text, exact)
        assert (got != quantity[1:]) if quantity.startswith("!") else (got == quantity), (got, evidence)


test_mendr64 = table_test("test_mendr64", check_mendr64)
