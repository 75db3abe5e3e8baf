"""Sums of other quantities told in the words of paying and asking (other63, nineteenth session; issue #10).

Articles about the cost-sharing talks tell many sums in the same words as the SMA payment and the US demand: what the
US spends to keep its troops in Korea, a budget request to Congress, Korea's indirect and in-kind support (land, rent,
tax and utility waivers), the cost of building and moving bases, Korea's defence budget and its share of GDP, arms
bought from the US, the 2025 investment pledges and their fund, tariffs, what Japan, Germany or NATO members pay, the
wages of Korean base workers, SMA money left unspent, the cost of drills or of a carrier's visit. None is a quantity
the data hold (tests/corpus/README.md, Conventions: ``not_checkable`` names a quantity the data does not hold,
``unverifiable`` one it holds with no row to match), so a careful checker calls each ``not_checkable``; a frame that
reads one as a payment or a demand gives a right figure ``unverifiable`` or worse.

Rows: tests/cases/test_other63.csv, made-up sentences in my own words (made-up officials; no corpus article read), one
paragraph after the lead sentence of tests/test_review45.py under a headline ("T" unless the row's ``headline`` holds
the figure). Columns: ``table``, ``cell`` (the row's wording, tense and form), ``published``, ``headline``, ``text``,
``exact``, ``quantity`` (as tests/test_frames62.py's, "other" for any quantity the data do not cover), ``want`` (as
tests/test_review45.py's ``fits``), ``evidence``, ``xfail`` (why a row main's code gets wrong), ``note``.

- STATIONING, SUPPORT, RELOCATION, BUDGET, ARMS, INVESTMENT, TARIFFS, OTHER_HOST, WAGES, UNSPENT, DRILLS, HEADLINE:
  each quantity above with paying or asking words in several tenses, reported and quoted, body and headline; each
  ``not_checkable`` (or no claim).
- PAY_NEAR, DEMAND_NEAR, TROOPS_NEAR, CONVERSION_NEAR, HEADLINE_NEAR: the SMA payment, a demand, the troop count and
  a stated conversion told in the same shapes, with the data's right figures; each keeps ``supported``. The ``mirrors``
  part of a cell names the table whose words the control borrows.
"""

from __future__ import annotations

from conftest import table_test
from test_frames62 import quantity_fits
from test_review45 import LEAD, fits

from analysis import check


def article(headline: str, text: str) -> str:
    """Return the article a row is read in: its headline ("T" when the row gives none), a blank line, the lead
    sentence and the row's paragraph.

    >>> article("", "Seoul paid.").splitlines()[0], article("Seoul pays", "x").splitlines()[0]
    ('T', 'Seoul pays')
    """
    return f"{headline or 'T'}\n\n{LEAD}{text}"


def check_other63_claims(cell: str, published: str, headline: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants (a figure the data do not cover may
    also go unread)."""
    claims = check.check_text(article(headline, text), published).claims
    claim = next((c for c in claims if exact in c.exact), None)
    if claim is None:
        assert fits(None, want), (cell, None)
        return
    ok = quantity_fits(claim.frame.quantity, quantity) and fits(claim.verdict, want) and (
        not evidence or any(e in claim.evidence for e in evidence.split("|")))
    assert ok, (cell, claim.frame.quantity, claim.verdict, claim.evidence)


test_other63_claims = table_test("test_other63", check_other63_claims)
