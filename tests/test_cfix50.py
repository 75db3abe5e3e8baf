"""Claim frames and verdicts of session 42 (cfix50): what a figure is, read more carefully where it stands beside the
payment's words but is another payer's, another time's or another quantity's. Classes of wording in my own words,
names and years; rows as in tests/test_cfix42.py (publication day, text, the claim's words, the verdict wanted, words
its evidence must name); each ``*_NEAR`` table holds near misses that must not change. Rows:
tests/cases/test_cfix50.csv.

- ANTECEDENT: "Italy hosts 12,000 American troops. It pays roughly X", "The country contributes X", "Its annual
  contribution is X", "They pay X", "Last year it paid X": a word opening the sentence (after a short opener) that
  stands for the one country other than the two sides that the sentence before names makes the figure that
  country's (``frames.pronoun_country`` in ``frames.owner_country``): not_checkable. Near misses kept: the sentence
  before names Korea ("South Korea hosts ... It pays X", "... Last year it paid X"), or Korea beside the other
  country; the clause names its own payer ("It is Seoul that pays X").
- JOINT: "Japan and South Korea together pay X", "paid a combined X", "..., and their total payment reached X": the sum
  Korea and another country give together (``frames.joint_payers``): not_checkable. Near misses kept: "each pay X",
  "Like Japan, South Korea pays X", a list of the two sides of the talks.
- WHEN_YEAR: "When the first deal was struck in 1991, some 40,000 US troops were based in Korea": a troop level in a
  sentence that opens on a clause of time with a date is that time's level (``frames.when_opening`` in
  ``frames.troop_frame``), judged on its year's row. Near miss kept: "When asked, ..." (no date): the story's year.
- THEIR_PAY: "Their total pay came to X", "their combined pay was X": the workers' pay with an adjective of sum is
  wages (``frames._OTHER_CUES``): not_checkable. Near miss kept: "Seoul's total payment came to X".
- PRONOUN_QUANTITY: "The ministry published the wage bill ... It rose 5.7 percent", "Pentagon spending on the Korea
  garrison has grown. It climbed 11 percent": a pronoun opening the sentence with a verb of change or amount right
  before the figure stands for the other quantity the sentence before names, when that sentence has no word of the
  payment (``frames.pronoun_quantity`` in ``frames._other_quantity``; ``guards.side_cost_end``): not_checkable.
  Near misses kept: the sentence before names the payment (alone or beside a budget); the figure is not right after
  the verb ("It is far below the 12 percent rise in Seoul's payment").
- MULTIPLE_SUBJECT: "Pay for the 9,000 Korean employees has doubled since 2008 and now takes up ... Seoul's payment",
  "Labour costs ... have tripled", "Washington's own cost of keeping its garrison ... has doubled": a multiple whose
  subject is the workers' pay or a cost another side owns is that quantity's (``frames.quantity_subject``: wages
  among its quantities, ``guards.side_cost_end``; a payment word after a verb multiple names no base):
  not_checkable. Near misses kept: the payment as the subject after the other word ("Labour costs aside, Seoul's
  payment has doubled"), a nominal multiple set against what Seoul paid ("twice what Seoul paid in 1999").
- PAST_DEAL: "Under the old agreement, Seoul contributed X", "During the former pact", "the Obama-era accord", "the
  deal before last": a payment or change set under an earlier agreement whose years the text does not give was judged
  on the publication's year by default; it is withheld from a false verdict (``guards.past_deal`` in
  ``rules.judge_guarded``): unverifiable. Near misses kept: a change counted from the earlier deal ("30 percent more
  than under the previous agreement", as dev's "more than under a previous deal"), a deal whose years the text gives,
  the deal in force, a numbered SMA ("Under the 11th SMA" told in 2022).
- YEARLY_SPAN: "Back in the 1990s, Seoul paid about $300 million a year", "Throughout the 2000s ... around 700
  billion won annually": a yearly sum told over a decade that lies within the range of its years' payments may be
  their average, so it is withheld from a false verdict (``rules.yearly_in_span`` in ``rules.judge_guarded``):
  unverifiable. Near misses kept: a sum above every year's (still caught), a sum within 10 percent of every year
  (supported), a span told by its years ("880 billion won a year from 2010 to 2015": judged on each, misleading, as
  tests/test_check.py's row).
- RANGE_ENDS: "between $780 million and $1 billion a year", "between $150 million and $400 million a year" (the
  1990s), "ranges from 950 billion won to 1.2 trillion won": an amount that is one end of a range holding every
  payment of its years is withheld from a false verdict (``rules.range_holds``, ``rules.range_partner``):
  unverifiable. Near misses kept: "rose from X to Y" (a change, its level judged), a range that misses the payment.
- DECADE_TOTAL: "Over the past decade, Seoul's payments totalled about 9 trillion won": "payments totalled" is a total
  word and "the past decade" a span of years (``frames._TOTAL_WORD``, ``frames._YEARS_SPAN``): sma_total, whose years
  the text does not give, unverifiable. Near misses kept: one year's payment "totalled X in 2019" (caught), a level
  reached over the decade.
- EARN: "Korean employees earn about 480 billion won a year", "workers earned some 520 billion won": what workers
  earn or receive is their wages (``frames._OTHER_CUES``): not_checkable. Near miss kept: "The workers' union said
  Seoul's contribution came to X" (caught).
- ASIDE_SUBJECT: "The US Army's Korea budget, which Seoul's contribution supplements, reached X", "The Pentagon's
  spending in Korea, to which Seoul contributes, came to X": a subject naming another side's cost, past an aside that
  names the payment, with a verb of amount right before the figure (``frames.aside_subject`` in
  ``frames._read_money``): not_checkable. Near misses kept: Seoul's payment or share as the subject, the other side
  only in the aside.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix50.csv
test_cfix50_claims = table_test("test_cfix50", check_claims62)
