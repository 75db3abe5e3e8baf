"""Claim verdicts of session 54 (verd54, issue #10): right figures no longer called false where the frame's year or
quantity is a guess. Made-up sentences in my own wording (invented people), real figures from data/*.csv; rows as in
tests/test_cconf53.py (publication day, text, the claim's words, the verdict wanted, words its evidence must name);
each ``*_NEAR`` table holds near misses that must stay as they are. Rows: tests/cases/test_verd54.csv.

- TOTAL_SINCE: a sum since 1991 judged as the 1991 payment is hundreds of times that year's sum but far below
  ``Tolerances.far_factor`` times the largest payment on record: ``guards.untied_amount`` now bounds it by the
  largest payment (``guards.below_far``) when its sentence tells a sum over years (``guards.spans_years``: "since
  1991", "combined", "all told"), so its sum's words withhold it. Near misses: a year's payment misstated (a one-year
  "total" too), a budget-sized sum.
- GIVEN_FOR: a relative clause of giving or spending after an amount ("the $10 billion that Seoul provided for
  building the garrison") no longer hides what the amount is for (``guards.after_given_clause``). Near misses: such
  a clause with no other cost after it; the payment itself.
- RECALLED_LATER: a speaker's account of an earlier ask whose amount is on record for that year only in later reports
  (``rules.ask_reported_later``): an ask precedes its report, so unverifiable, not contradicted. Near misses: an
  amount no ask has; a row with no year it is for (the remark itself).
- OWNED_LAST_YEAR: "in its last year" is the final year of a thing the text names, not the year before publication
  (``guards.owned_last_year``), when the amount is near a payment of some year before publication
  (``guards.near_paid_before``). Near misses: a bare "last year"; an amount far from every such payment.
- DEAL_MONTH: a deal act dated by a month of another year ("a pact signed in January 2014 set ... at X"), the amount
  near a payment of that deal's years, the act's verb setting the amount ("set ... at", "agreed to pay":
  ``guards.act_sets_amount``; ``guards.deal_dated_by_month``). Near misses: an amount far from every one of them; a
  whole written year; a present "(now) pays" under a dated deal.
- DEAL_TIME: a time within a deal the text does not date ("two years into the deal", "when the 11th deal was
  struck", "in its only year": ``guards.untold_deal_time``), misleading verdicts too; a numbered deal when the
  amount is near a payment of its first years, and not when the sentence before dates the deal
  (``guards.deal_time_known``). Near misses: the payment of now misstated; a year of its own; a time into something
  not a deal ("a year into her term"); a numbered deal far from its payments.
- MULTIPLE_OF_PAYER: an amount a multiple right after it sets against Seoul's ("$1.8 billion, roughly twice that of
  South Korea", "more than twice Seoul's" after an anaphor across a paragraph: ``guards.multiple_of_payer``) is
  another party's sum, not Seoul's payment. Near misses: a multiple of Seoul's own earlier, previous or dated sum, of
  Japan's; Seoul already the payer of the amount's own clause.
- PRONOUN_OTHER: a payer named only by a pronoun ("the figure it pays"), the sentence before naming another country
  and no Korean word or pronoun of its own (``guards.pronoun_of_other_side``): that country's sum may be meant,
  withheld. Near misses: a Korean word in the sentence before; the payer named; a pronoun in the sentence before too.
- RESTATED_OTHER_CURRENCY: "That is about $1.8 billion" after a sentence ending on a yen or euro sum restates that
  sum (``guards.restates_other_currency``). Near misses: a won sum restated; euros (withheld on main already).
- OFFICIAL_ASK: a president's ask judged with the asks unnamed officials of his government told while he held office
  ("a senior administration official" on record: ``rules.officials_of_head``; mend54v). Near misses: a negotiator,
  not a president; a president who took office after the official spoke; an amount no ask on record has.
- JOINT_OWNER: an amount owned by both allies joined ("Seoul and Washington's $870 million ... accord") is their deal's
  sum, not the US side's ask (``frames.owned_jointly``; mend54v). Near misses: the US side alone; another country
  joined to the US.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_verd54.csv
test_verd54_claims = table_test("test_verd54", check_claims62)
