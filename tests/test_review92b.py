"""Rows for mend92b's mends of review92's findings the lead left (twenty-seventh session); made-up sentences, each
with near-miss controls that keep the readings the rules were written for.

- 3. A year told as the time an amount is paid ("the sum to be paid in 2020", "payable in 2020") names the year of
  the payment a demanded rise is of, not a target year the sentence fixes apart from its base the way "for 2021" is
  (mend90v's ``frames.target_year``): the ask stays the year after its base.
- 4. An amount called "current" or "present" with an offer's noun after it ("from the current $923 million offer") is
  the paying side's present offer, not the asking side's demand (mend91v's ``frames._ASK_NOUN_AFTER``).
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

RAISE = "Trump wants to raise Seoul's payment to $5 billion from the "
#: (as TARGET) 4. an offer's noun after an amount called "current" makes it the paying side's present offer, never
#: the asking side's demand (mend91v's ``frames._ASK_NOUN_AFTER`` let the clause's "wants" make it one)
CURRENT = [
    ("2019-12-10", RAISE + "current $923 million offer.", "$923 million", "unverifiable", "offer", ""),
    ("2019-12-10", RAISE + "present $1 billion Korean counteroffer.", "$1 billion", "unverifiable", "offer", ""),
    # controls: the asking side's noun keeps the ask (mend91v); no noun, or a payment's, is the present payment
    ("2019-12-10", RAISE + "present $4.7 billion U.S. ask.", "$4.7 billion", "supported", "demand", ""),
    ("2019-12-10", RAISE + "current $923 million.", "$923 million", "supported", "sma_payment", "2019"),
    ("2019-12-10", RAISE + "present $923 million payment.", "$923 million", "supported", "sma_payment", "2019"),
]


def check_claim(published: str, text: str, exact: str, verdict: str, quantity: str, years: str) -> None:
    """Assert that the first claim whose words are ``exact`` gets ``verdict``, and the ``quantity`` and ``years`` the
    row gives."""
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    claim = next(c for c in claims if c["exact"] == exact)
    got = (claim["verdict"], claim["frame"]["quantity"] if quantity else "", claim["frame"]["years"] if years else "")
    assert got == (verdict, quantity, [int(y) for y in years.split(";")] if years else ""), claim


test_review92b = rows_test(check_claim, TARGET=TARGET, CURRENT=CURRENT)
