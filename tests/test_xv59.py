"""Seoul's yearly outlay for the US troops read loosely as the payment (xv59, session 59; issue #10).

Rows of my own (tests/cases/test_xv59.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks).

- ``OUTLAY``: a sentence opening on Korea spending, putting toward, picking up or handing over a sum, the US troops
  right after it as what it goes to ("on U.S. Forces Korea", "toward the American troops", "of the costs of the U.S.
  troops"; "for the troops" after a transfer only) and a year told: the payment in other words
  (frames.yearly_outlay_for_us_troops). Main read it as another quantity (not_checkable); right figures are
  supported now.
- ``OUTLAY_WRONG``: a wrong sum told alike is never caught: writers tell a larger total (land, tax breaks, a base's
  construction) in the same words, so the reading is loose (Frame.loose: never contradicted; verd50b's certain
  reading turned other spenders contradicted and was removed after review50b2).
- ``OUTLAY_CTRL``: near misses that keep main's answer: a city, Korea's navy, another host, a project of the troops,
  bare "troops" after a verb of spending, a purpose or a list after the target, no year, a clause before the subject.
- ``ASK_NAMED``: a sum the paid side names with a noun of a sum: "the X number the US set for 2020" (a sum noun between
  the amount and the relative clause, and "set" with no payment word after it: frames.put_after, set_not_paid), "the X
  yearly price Trump touted", "the U.S. delegation's opening figure of X" (frames.us_price_tag, the owner before "side",
  "team", "delegation" or "negotiators"): its demand (a wrong one unverifiable, "!supported"). ``ASK_NAMED_CTRL``: the
  paying side's opening figure or figure set, "set aside", a payment word after "set", "cited", a tally, both sides.
- ``PAYER_SUBJECT``: a percent of change whose own subject is Korea's payment, the defence budget named before it or in
  an aside ("The X defense budget increase means Korea's share rises Y", "Seoul's contribution, tied to defense
  spending, grows Y"): the payment's change (frames.payer_subject_change in frames._other_quantity; guards.change_untied
  takes the subject as the tie, so a wrong one is caught). ``PAYER_SUBJECT_CTRL``: the budget's own rises, the budget
  as subject, another payment or contribution, Korea's rise "in defense spending" or "for schools", a relative clause.
  ``PAYER_ASIDE_CTRL`` (mend59v, after review xv59r): an aside between the subject and its verb that does not tie the
  payment to the budget changes what is measured or who counts ("per soldier", "in real terms", "in dollars",
  "excluding construction", "a civic group says", "reportedly"), or the subject is North Korea's or a joint one: never
  contradicted (the aside must pass frames.indexed_to_budget; Korea's possessive not after "North", "and", "or", "&").
- ``PAYER_JOINT``: a payment owned by a list ending on Korea ("Japan and South Korea's payment rose 9 percent"; main
  contradicted it): a joint sum, another quantity (frames._JOINT_PAYER). ``PAYER_JOINT_CTRL``: a clause joined by
  "and" after a lower-case word, Korea's own payment before another's, Korea alone (a wrong change caught as on main).
- ``UP_FROM_OTHER``: the base of an ask's "up from" in the other currency ("demanded $5 billion a year, up from 1.04
  trillion won"): the payment when at most half the ask at the rate of data/ that makes the base largest
  (frames.demand_up_from, at_most_in). ``UP_FROM_OTHER_CTRL``: a base that may be an earlier ask, an ask told as
  changed, another currency, the same currency (main's), a wrong base (withheld, never contradicted).
- ``CONV_AFTER_YEAR``: a bracketed conversion after the amount's time phrase ("X won in 2021 (about $Y at the time)"):
  a conversion, checked at the year's rate (frames._TIME_LEAD takes a bracket as it took a comma). ``_CTRL``: a bracket
  not closed after the amount ("in total support"), a clause or another host in the bracket.
- ``RISE_OVER_PAID``: an ask told as a rise over a free relative of paying ("a $4.1 billion hike over what Korea paid
  last year"): the paid form is the base's (frames._RISE_OVER), so the amount is the ask's rise; an earlier demand so
  told is judged as the rise too (rules.demand_recalled tries rules.demanded_increase first, "jump" a rise noun).
  ``RISE_OVER_PAID_CTRL``: a rise no demand makes, "more than what Seoul pays", the amount's own paid form, an earlier
  demand with no rise noun.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_xv59_claims = table_test("test_xv59", check_years47_claims)
