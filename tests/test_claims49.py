"""Figures of other quantities in cost-sharing stories, and payments told for a range of years (other49, fifteenth
session; issue #10).

The held-out misses' largest class was a figure of a quantity the data do not cover (expected ``other``,
``defence_budget`` or ``troops`` and ``not_checkable``) framed as an SMA payment, change, demand or forecast and
left ``unverifiable``: what the US spends on its forces, Korea's indirect or total support, the cost of relocating
the bases, arms and energy purchases, a tariff deal's investment pledge, tariffs, trade, other hosts' support, NATO's
targets, the Korean workers' pay, exercises, THAAD, a currency swap. The rows are sentences of my own in the news
English of the subject (no corpus article read for them), each quantity in several modalities, with SMA controls (the
payment, its change, a demand, an offer) that keep their verdicts; data in tests/cases/test_claims49.csv (columns
published, text, exact, want, xfail, note; wants as in tests/test_years47.py), written before the rules.

- ``RANGE``: a payment told for a range of years of which the data give only some ("1.5192 trillion won a year in
  2026-2030": the data give 2026, later years follow the deal's formula) is judged on the years the data give, and
  the evidence says so (rules._payment_in, rules._left_out); it was ``unverifiable`` when right, while a wrong one
  was already caught.

The other tables are the quantity cue families (see their notes); rows the rules leave wrong are strict xfails with
their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims49")  # tests/cases/test_claims49.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims49_claims = claims_test(test_years47.check_years47_claims, **ROWS)
