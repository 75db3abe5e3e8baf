"""Claim verdicts of session 54 (verd54, issue #10): right figures no longer called false where the frame's year or
quantity is a guess. Made-up sentences in my own wording (invented people), real figures from data/*.csv; rows as in
tests/test_cconf53.py (publication day, text, the claim's words, the verdict wanted, words its evidence must name);
each ``*_NEAR`` table holds near misses that must stay as they are. Rows: tests/cases/test_verd54.csv.

- TOTAL_SINCE: a sum since 1991 judged as the 1991 payment is hundreds of times that year's sum but far below
  ``Tolerances.far_factor`` times the largest payment on record: ``guards.untied_amount`` now bounds it by the
  largest payment (``guards.below_far``), so its sum's words withhold it. Near misses: a year's payment misstated,
  a budget-sized sum.
- GIVEN_FOR: a relative clause of giving or spending after an amount ("the $10 billion that Seoul provided for
  building the garrison") no longer hides what the amount is for (``guards.after_given_clause``). Near misses: such
  a clause with no other cost after it; the payment itself.
- RECALLED_LATER: a speaker's account of an earlier ask whose amount is on record for that year only in later reports
  (``rules.ask_reported_later``): an ask precedes its report, so unverifiable, not contradicted. Near misses: an
  amount no ask has; a row with no year it is for (the remark itself).
- OWNED_LAST_YEAR: "in its last year" is the final year of a thing the text names, not the year before publication
  (``guards.owned_last_year``). Near miss: a bare "last year".
- DEAL_MONTH: a deal act dated by a month of another year ("a pact signed in January 2014 set ... at X"), the amount
  near a payment of that deal's years (``guards.deal_dated_by_month``). Near misses: an amount far from every one of
  them; a whole written year.
- DEAL_TIME: a time within a deal the text does not date ("two years into the deal", "when the 11th deal was
  struck", "in its only year": ``guards.untold_deal_time``), misleading verdicts too. Near misses: the payment of now
  misstated; a year of its own.
- MULTIPLE_OF_PAYER: an amount a multiple right after it sets against Seoul's ("$1.8 billion, roughly twice that of
  South Korea", "more than twice Seoul's" after an anaphor across a paragraph: ``guards.multiple_of_payer``) is
  another party's sum, not Seoul's payment. Near misses: a multiple of Seoul's own earlier or dated sum, of Japan's.
- PRONOUN_OTHER: a payer named only by a pronoun ("the figure it pays"), the sentence before naming another country
  and no Korean word (``guards.pronoun_of_other_side``): that country's sum may be meant, withheld. Near misses: a
  Korean word in the sentence before; the payer named.
- RESTATED_OTHER_CURRENCY: "That is about $1.8 billion" after a sentence ending on a yen or euro sum restates that
  sum (``guards.restates_other_currency``). Near misses: a won sum restated; euros (withheld on main already).
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_verd54.csv
test_verd54_claims = table_test("test_verd54", check_claims62)
