"""Verdicts of the fifty-second batch's classes (b52v, seventeenth session; issue #10).

The fifty-second batch (4 dev articles) was scored once at merge: three verdicts wrong, two wrong figures not caught.
The rows are sentences of my own in the news English of the subject (made-up officials where the data allows), right
figures from data/sma_contributions.csv, data/demands.csv and data/exchange_rates.csv and wrong ones, with controls;
data in tests/cases/test_claims60.csv (columns published, text, exact, want, xfail, note; wants as in
tests/test_years47.py), written before the rules.

- ``SHARE_TIMES``: "Washington will demand up to six times the share of 1.38 trillion won this year": an amount
  right after an asked multiple and a payment noun ("the share of", "its contribution of", "the payment of") is the
  payment the multiple is counted from, not the ask (frames.multiple_of_payment in frames._read_money).
- ``TERM_ASK``: "Trump then said that during his first term, he demanded South Korea pay 10 billion dollars a year"
  was judged against the asks of 2024-2025: a date opening a that-clause, set off by a comma, fixes the period of that
  clause as a date opening the sentence does (frames.fronted_date), so the ask is judged on that time's asks.
- ``BARE_WON``: "$500 million (560 billion)": a bracketed equivalent printed with no unit, paired with an amount in
  won or dollars, is read in the other currency when the rate the pair implies is within
  ``Tolerances.bare_rate_factor`` of a year's average rate (rules.unit_missing_conversion) and judged as that
  conversion (right: ``supported``; 54 % off: ``contradicted``, as with its unit); a bare figure further off is not
  known to be a conversion and stays ``unverifiable``.

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

#: The classes and how many rows each holds, controls and strict xfails included.
ROWS = case_tables("test_claims60")  # tests/cases/test_claims60.csv
#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims60_claims = claims_test(test_years47.check_years47_claims, **ROWS)
