"""Rows for mend92b's mends of review92's findings the lead left (twenty-seventh session); made-up sentences, each
with near-miss controls that keep the readings the rules were written for.

- 3. A year told as the time an amount is paid ("the sum to be paid in 2020", "payable in 2020") names the year of
  the payment a demanded rise is of, not a target year the sentence fixes apart from its base the way "for 2021" is
  (mend90v's ``frames.target_year``): the ask stays the year after its base.
"""

from __future__ import annotations

from conftest import rows_test

from analysis.check import check_text

HEAD = "Allies haggle over costs\n\n"

#: (published, text, exact, verdict, quantity and years (";"-joined), each "" when the row does not say)
TARGET = [
    ("2020-05-25", "Trump demanded a 49 percent increase from what Seoul paid in 2019, in the sum to be paid in 2020.",
     "49 percent increase", "supported", "", "2020"),
    ("2020-05-25", "Washington demanded a 49 percent increase from what Seoul paid last year, with the sum to be paid "
     "in 2020.", "49 percent increase", "supported", "", "2020"),
    ("2020-05-25", "Washington demanded a 49 percent increase from what Seoul paid last year, a sum payable in 2020.",
     "49 percent increase", "supported", "", "2020"),
    # controls: a target year the text names stands (mend90v), as does the asking year told before the base
    ("2020-05-25", "Trump demanded a 49 percent increase for 2021 from what Seoul paid in 2019.",
     "49 percent increase", "unverifiable", "", "2021"),
    ("2020-05-25", "In 2020 Washington demanded a 49 percent increase from what Seoul paid in 2019.",
     "49 percent increase", "supported", "", "2020"),
    ("2020-05-25", "Trump demanded a 49 percent increase from what Seoul paid in 2019.",
     "49 percent increase", "supported", "", "2020"),
]

def check_claim(published: str, text: str, exact: str, verdict: str, quantity: str, years: str) -> None:
    """Assert that the first claim whose words are ``exact`` gets ``verdict``, and the ``quantity`` and ``years`` the
    row gives."""
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    claim = next(c for c in claims if c["exact"] == exact)
    got = (claim["verdict"], claim["frame"]["quantity"] if quantity else "", claim["frame"]["years"] if years else "")
    assert got == (verdict, quantity, [int(y) for y in years.split(";")] if years else ""), claim


test_review92b = rows_test(check_claim, TARGET=TARGET)
