"""Claim frames on dev misses of session 40 (cfix48): classes of wording in my own words, names and years. Rows as in
tests/test_cfix42.py (publication day, text, the claim's words, the verdict wanted, words its evidence must name);
each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_cfix48.csv.

- OTHER_BALANCE: 'Its trade surplus with the US, meanwhile, climbed from X to Y', 'the won's 25 percent slide
  against the dollar': a clause whose subject stands before an adverb set off by two commas is read whole
  (``frames.past_aside`` in ``frames._other_quantity``), and a trade balance named by its partner ("surplus with")
  or a currency's move named as a noun ("fall against the dollar") is another quantity (``frames._OTHER_WORDS``),
  so not_checkable, not the payment. Near misses kept: an aside after the payer, a surplus in a clause of its own.
- MIXED_COUNT: 'close to 41,000 troops, contractors and family members': a count whose noun is followed by other
  people under the same number is more than troops (``frames._PEOPLE_LISTED`` in ``frames.troops_part``), so
  not_checkable against the troop level. Near miss kept: a comma before an attribution ('28,500 troops, according to').
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix48.csv
test_cfix48_claims = table_test("test_cfix48", check_claims62)
