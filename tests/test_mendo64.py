"""Mends of mendo63's rules in frames.other_purpose (mendo64, nineteenth session; review64 findings 2, 3, 4 and 11).

Rows: tests/cases/test_mendo64.csv, made-up sentences in my own words (made-up names and figures; no corpus article
read), read as tests/test_other63.py reads its rows (one paragraph after the lead sentence of tests/test_review45.py,
under "T"). Columns as test_other63's; ``want`` as tests/test_review45.py's ``fits``.

- F2_*: an amount compared with the SMA payment ("double its SMA payment", "more than its SMA payment") is another
  quantity, not the SMA payment (paid_as_sma).
- F3_*: a camp "and other U.S. bases" that are new, built or moved, or "in <place>", is a construction cost
  (_AND_US_FORCES in other_purpose).
- F4_*: "we pay X to house and feed our troops", "just to keep our soldiers": words between the purpose and "our"
  (we_pay_ours).
- F11_*: a sum asked of the Assembly and compared with the SMA payment is not Seoul's offer (korea_asks_approval with
  paid_as_sma).
- *_NEAR: near misses that keep their reading.
"""

from __future__ import annotations

from conftest import table_test
from test_other63 import check_other63_claims as other63_claims

#: The columns each row gives the test, in order.
COLUMNS = ("cell", "published", "headline", "text", "exact", "quantity", "want", "evidence")


def check_mendo64_claims(cell: str, published: str, headline: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants, read as other63's rows are."""
    row = dict(zip(COLUMNS, (cell, published, headline, text, exact, quantity, want, evidence), strict=True))
    other63_claims(**row)


test_mendo64_claims = table_test("test_mendo64", check_mendo64_claims)
