"""Claim verdicts of session 45 (cconf53, issue #10): an amount called false must be tied by its own words to what it
is compared with. Classes of wording in my own words (made-up sentences in the style of wire copy, real figures from
data/sma_contributions.csv and data/troops.csv); rows as in tests/test_cfix51.py (publication day, text, the claim's
words, the verdict wanted, words its evidence must name: the data's figure); each ``*_NEAR`` table holds near misses,
real errors told plainly, that must stay as they are. Rows: tests/cases/test_cconf53.csv.

- OTHER_COST: an amount ``Tolerances.untied_factor`` times the payment of its year or more whose own words (its
  sentence cut at the figures beside it, ``guards.own_words``) name another cost — a sum over years ("over the past
  decade", "a total of", "since the first deal in 1991"), the whole cost ("if all costs are counted"), an estimate, a
  move of bases — is withheld (``guards.untied_amount``): unverifiable, the data's figure kept. Near misses kept: a
  slip told of one year of cost-sharing ("9.2 trillion won in 2014"), a yearly cost-sharing figure, a quoted or
  relayed claim.
- UNTIED: such an amount told by the writer with no year of its own, whose sentence names no cost-sharing word and no
  yearly period ("Seoul paid $2.5 billion for the troops"), stays `contradicted`: cconf53 withheld it, the lead took
  that back at merge, since tests/test_frames.py's LOOSE rows and test_gen61f's PAID_VERBS-7 settle that a loose frame
  alone does not withhold a figure several times the payment. Near misses: "this year", "contribution".
- OTHER_TIME: a payment with no year of its own whose clause tells of a time the text does not date ("at the time",
  "back then", "initially", "originally": ``guards.untold_time``) was judged on the publication's year: withheld.
  Near misses kept: the payment of now misstated, a year of its own.
- TROOP_TIME: a troop count with no year of its own told of another time ("used to", "peaked at", "until the
  mid-2000s", or a date of its clause not bound to it whose level it fits, "through the 1990s":
  ``rules.troops_other_time``): unverifiable. Near misses kept: "since the 1990s" (to now), a date no level fits, a
  plain past tense ("We had 40,000 troops at risk").
- TROOP_MODAL: a count told with a modal of being ("would remain", "could be"): a level that may be, not_checkable.
  Near miss kept: a modal in another clause.
- TROOP_SET_APART: a count below the level that a word sets apart from the rest ("excluding rotational units",
  "permanently based": ``rules._FORCE_PART``): a part, not_checkable.
- OTHER_COST_PLAIN (mend53c): a cost word not bound to the amount names no other cost: "In a move that surprised
  Washington", "the biggest rise since 1991" after a comma, "to keep US troops at their bases a year", "camps" where
  the forces train: a plain false payment, `contradicted`. A yearly period ("a year", "this year", "for 2019") or the
  cost-sharing named after it cancels a base or weapon.
- OTHER_COST_BOUND (mend53c, controls that stay withheld): a cost the amount is for or of ("toward new US bases",
  "most of it to build", "relocation costs", "including the land"), a sum right before it ("a total of") or after it
  with no comma ("so far").
- TROOP_INCLUDED (mend53c): "including rotational units", "plus rotating brigades", "with rotational forces" count
  the units in: the level misstated, `contradicted`; near miss kept: "not counting rotational units".
- RATIO_BASE: a multiple whose base is the amount right after it ("roughly double the $2.5 billion his officials
  first floated"), not the payment (``guards.other_base_amount``): withheld. Near miss kept: the amount after it is
  the payment.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cconf53.csv
test_cconf53_claims = table_test("test_cconf53", check_claims62)
