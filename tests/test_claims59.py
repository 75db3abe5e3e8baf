"""Verdicts of the fifty-first batch's classes (b51v, seventeenth session; issue #10).

The fifty-first batch (6 dev articles) was scored once at merge before anyone read its misses: a right figure called
``contradicted`` and its one wrong figure not caught. The rows are sentences of my own in the news English of the
subject (made-up officials), right figures from data/sma_contributions.csv, data/demands.csv and
data/exchange_rates.csv and wrong ones, with controls; data in tests/cases/test_claims59.csv (columns published, text,
exact, want, xfail, note; wants as in tests/test_years47.py), written before the rules.

- ``SUPPORT_SUM``: an amount its clause calls "support" ("full support to US forces for X", "total support worth
  X") with no cost-sharing word, no period, and many times any annual payment (``Tolerances.support_factor``) with no
  unit or currency slip of a figure on record is a total of Seoul's support, ``not_checkable``
  (check.support_sum); a won-as-dollars slip of the payment is still caught.
- ``POLL_CAP``: an amount after a share of people polled holding a view ("60 percent want the cost to remain below
  X") or the people polled ("respondents said Seoul should pay at most X"), with a word of a preferred level between,
  is a poll's preference, ``not_checkable`` (check.poll_preference); its conversion is still checked, and a payment
  in the poll's sentence with no such word is not touched.

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims59")  # tests/cases/test_claims59.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims59_claims = claims_test(test_years47.test_years47_claims, **ROWS)


def test_tables() -> None:
    """Each class keeps its rows and its controls."""
    assert {name: len(rows) for name, rows in ROWS.items()} == {"SUPPORT_SUM": 15, "POLL_CAP": 13}
