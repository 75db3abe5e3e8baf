"""Mends of other63's frames.other_purpose (mendo63, nineteenth session; review63 findings 11 and 12, and the
fronted "Since <year>," of a perfect of paying seen in passing there).

Rows: tests/cases/test_mendo63.csv, made-up sentences in my own words (made-up names; no corpus article read), read as
tests/test_other63.py reads its rows (one paragraph after the lead sentence of tests/test_review45.py, under "T").
Columns as test_other63's; ``want`` as tests/test_review45.py's ``fits`` ("caught": ``contradicted`` or
``misleading``; "not_contradicted": anything else or no claim).

- F11_*: the SMA payment told in the words other63 reads as another quantity's: a camp coordinated with the other US
  bases or the troops, a fund named by the SMA's words, a subsidy or a sum asked of the Assembly that the clause calls
  the SMA payment, a plan opening the sentence when the sum is paid for the troops, a Korean "we pay ... our bases
  host U.S. troops". Each with a wrong figure in the same shape (``caught``).
- F12_*: other63's class wider: a place-named base with its kind between ("the Osan air base expansion"), "we're
  paying"/"we are spending"/"we've been paying" ... "for our troops".
- SINCE_FRONTED: "Since 2019, Seoul has paid X" sums the years since, as "Seoul has paid X since 2019" does.
- *_NEAR: near misses that keep their reading (other63's own shapes, the SMA kept apart, the US bases' upkeep, a year's
  own payment).
"""

from __future__ import annotations

from conftest import table_test
from test_other63 import check_other63_claims as other63_claims


def check_mendo63_claims(cell: str, published: str, headline: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants, read as other63's rows are."""
    other63_claims(cell, published, headline, text, exact, quantity, want, evidence)


test_mendo63_claims = table_test("test_mendo63", check_mendo63_claims)
