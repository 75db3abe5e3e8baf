"""Claim frames and verdicts of session 41 (cfix49): classes of wording in my own words, names and years. Rows as in
tests/test_cfix42.py (publication day, text, the claim's words, the verdict wanted, words its evidence must name);
each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_cfix49.csv.

- RANGE_TOP: 'an annual 2-to-5 percent hike', 'between 3 and 6 percent a year', 'went up 4-6%': a percent that closes
  a range is judged by the range's top alone, so a change it is called false on is withheld
  (``guards.range_top`` in ``rules.judge_guarded``): unverifiable, not contradicted. Near misses kept: a lone
  percent, a number before it that opens no range.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix49.csv
test_cfix49_claims = table_test("test_cfix49", check_claims62)
