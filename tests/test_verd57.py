"""Claim verdicts of session 57 (verd57, issue #10): dev's remaining verdict misses, grouped by the grammar behind them,
mended by class. Every row is my own sentence (other names, numbers and wording than any corpus article), checked in a
probe article (tests/claims56_probes.article) by test_verd56.check_sentence.

ROWS fail on the session's start (3ce94c3d) and pass here; NEAR are near misses that read the same on both. tidy57
rewrote the rows and examples the final read found retold from corpus articles in other structure and words (each row
still failing on 3ce94c3d where it did, each near miss passing on both). The classes:

- ANAPHOR: a multiple whose clause opens on "this figure", "that sum" or "it" + a copula ("That sum is about five
  times ...", "Measured against X, that would be N times as much") multiplies the last amount of the sentence before,
  even across a paragraph break (``rules.multiple_referent``). Only ever supports: the referent is a reading, so a
  multiple that does not hold on it keeps the verdict it had. Near misses: an amount before the multiple in its own
  sentence (the pronoun may be it), a multiple that does not hold on the amount before (its verdict unchanged: caught
  as before).
- DECIMAL_RISE: a rise printed to a tenth, read as defence spending or as no covered quantity in an article about the
  SMA, that equals the payment's own change of its year while the budget's growth that year is on record and differs,
  is the payment's change (``rules.decimal_rise_as_payment_change``; support only). Near misses: a whole percent, a
  decimal that is not the change, the budget's own growth, "budget" named in the clause, a fall, a year whose budget
  growth the data lack (a deal may tie the two: the tenth SMA's 2019 rise was the budget's).
- GENERIC_PAYERS / OWN_FORCES: a multiple whose clause has a plural of payers that names no one and no Korea, told by
  an indefinite quantifier, a host noun or a bare plural ("several host governments might face bills up to seven
  times ...") or told "N times as much on its (own) forces" is of another quantity (``frames.generic_payers``,
  ``frames.own_forces_spending``). Near misses: "allies such as South Korea", an ask named between, "as much on the
  U.S. troops", and (mend57v) "the two countries", "the allies'", "both nations": the two sides of the talks.
- DECIMAL_RISE beside the budget's own words (mend57v): "national defense spending", "military outlays", what the
  budget buys ("tanks", "destroyers") in the sentence keep the rise the budget's.
- PROJECT_COST (mend57v): a building project's price told "at a cost of" and the part of it "paid/borne by" a side is
  another quantity than the year's payment (``frames.project_cost_part``). Near misses: a payment a year for the
  troops beside such a price, and one told alone, right (supported) and wrong (caught).
- LEFT_BY_CUT (mend57v): the level a planned cut "will leave" is a level to come, not judged (README troops
  Convention; ``frames.troops_left_by_cut``). Near misses: a level a cut left, a force a side "will leave" in place (a
  wrong figure, caught), a level now after a pullout (wrong, caught).
- ASK_MULTIPLE: a multiple whose amount is an ask of the same year is the ask's multiple however each was dated
  (a report's weekday beside an ask's multiple and the amount it comes to: ``frames._ratio_frame``), so an ask
  the record lacks holds only on the text's figures (unverifiable); an ask in won is on record when a dollar ask comes
  to it at the year's rate (``rules.unrecorded_ask``). Near misses: an agreed (not asked) multiple; a won ask that a
  dollar ask on record comes to.
- FOLD_INCREASE: the amount after a multiple's "increase of" ("a fivefold increase of X") is the level the multiple
  comes to, not the size of the rise (``rules.demanded_increase``): a right ask so told was called misleading on
  main. Near misses: "an increase of X", "a sharp increase of X" (the ask told as the rise: misleading).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest
from conftest import table
from test_verd56 import check_sentence

ROWS = table(
    r"""
published | sentence | needle | want
# ANAPHOR
2020-01-15 | Some in Congress floated a bill of $4.5 billion. That sum is about five times the 2019 payment. | about five times | supported
2020-01-15 | An adviser floated a figure of $4.5 billion a year.\n\nThis figure is roughly five times what Seoul paid in 2019. | roughly five times | supported
2025-08-01 | A House member floated a yearly charge of $6 billion.\n\nMeasured against the 1.4 trillion won Seoul pays this year, that would be roughly six times as much. | roughly six times | supported
# DECIMAL_RISE
2022-02-10 | A ministry aide told reporters that defense spending by Seoul goes up 5.4% this year under the new terms. | 5.4% | supported
2022-02-10 | Under an exception agreed for this year only, the bill climbs 5.4%; later years return to the standard formula. | 5.4% | supported
# GENERIC_PAYERS / OWN_FORCES
2019-03-10 | If the scheme goes ahead, several host governments might face bills up to seven times their present outlay. | seven times | not_checkable
2019-03-10 | Under such a method, many allies would owe between four and five times today's sum. | five times | not_checkable
2019-12-15 | The South now pays 35 times as much on its armed forces as Pyongyang does, a study found. | 35 times | not_checkable
# ASK_MULTIPLE
2018-12-20 | The White House's new ask, which a broadcaster disclosed on Thursday, would have Seoul pay about twice the current amount, bringing its bill to $1.7 billion a year. | about twice | unverifiable
2019-12-20 | A broadcaster disclosed on Thursday that the US side now seeks roughly nine times the current amount from Seoul, bringing its bill to 9.4 trillion won a year. | roughly nine times | unverifiable
# FOLD_INCREASE
2024-05-23 | The fivefold increase of roughly $5 billion a year that Washington sought in 2019 went nowhere. | $5 billion | supported
2024-05-23 | What the White House asked of Seoul during that 2019 round was a five-fold increase of $4.7 billion annually. | $4.7 billion | supported
# PROJECT_COST (mend57v)
2018-06-10 | The airbase, renovated over four years at a total cost of some $12 billion, is now finished; $9.9 billion of it was paid by the Korean side. | $9.9 billion | not_checkable
2018-06-10 | Its runways were rebuilt at a cost of nearly $12 billion, and $9.7 billion of it was funded by the South Korean government. | $9.7 billion | not_checkable
# LEFT_BY_CUT (mend57v)
1991-03-05 | Under a plan unveiled in March, the Pentagon will trim the force by 4,000 by 1993, which will leave about 34,000 American troops in South Korea. | 34,000 | not_checkable
# GENERIC_PAYERS with a quantifier (mend57v)
2026-02-10 | By 2026, several allies will see their bills at some 1.65 times their 2014 size. | 1.65 times | not_checkable
"""
)

NEAR = table(
    r"""
published | sentence | needle | want
# ANAPHOR
2020-01-15 | Some in Congress floated a bill of $4.5 billion. Seoul paid $0.9 billion in 2019; it is about five times the 2018 payment. | about five times | unverifiable
2020-01-15 | Some in Congress floated a bill of $4.5 billion. That sum is about nine times the 2019 payment. | about nine times | caught
# DECIMAL_RISE
2014-01-20 | A ministry aide told reporters that defense spending by Seoul goes up 5.8% this year under the new terms. | 5.8% | not_checkable
2022-02-10 | A ministry aide told reporters that defense spending by Seoul goes up 3.4% this year under the new terms. | 3.4% | not_checkable
2022-02-10 | A ministry aide told reporters that defense spending by Seoul goes up 5% this year under the new terms. | 5% | not_checkable
2022-02-10 | A ministry aide told reporters that defense spending by Seoul goes up 5.9% this year under the new terms. | 5.9% | not_checkable
2022-02-10 | A ministry aide told reporters that the defense budget of Seoul goes up 5.4% this year under the new terms. | 5.4% | not_checkable
2022-02-10 | A ministry aide told reporters that defense spending by Seoul goes down 5.4% this year under the new terms. | 5.4% | not_checkable
# GENERIC_PAYERS / OWN_FORCES
2019-03-10 | The proposal could leave allies like South Korea owing six times their current bill. | six times | unverifiable
2019-03-10 | A handful of nations, South Korea among them, might be billed six times today's amount. | six times | unverifiable
2019-12-15 | Seoul spends three times as much on the U.S. troops as it did in 2000. | three times | not_contradicted
# ASK_MULTIPLE
2018-12-20 | Under the deal it signed, Seoul will pay roughly twice the current amount, bringing its bill to $1.7 billion a year. | roughly twice | supported
2019-12-20 | A broadcaster disclosed on Thursday that the US side now seeks roughly five times the current amount from Seoul, bringing its bill to 5.7 trillion won a year. | roughly five times | supported
# FOLD_INCREASE
2019-11-15 | Washington's demand for an increase of $4.7 billion angered Seoul. | $4.7 billion | misleading
2019-11-15 | Washington's demand for a sharp increase of $4.7 billion angered Seoul. | $4.7 billion | misleading
# GENERIC_PAYERS: "the", "both", "two", a possessive make the plural the two sides (mend57v)
2026-02-10 | Under the pact the two countries signed, the bill in 2026 comes to about 1.75 times its 2013 size. | 1.75 times | unverifiable
2026-02-10 | By 2026, the allies' accord lifts the bill to some 1.65 times its 2014 size. | 1.65 times | unverifiable
2026-02-10 | Both nations accepted a bill that in 2026 stands at roughly 1.65 times its 2014 size. | 1.65 times | unverifiable
# DECIMAL_RISE: the budget's own words (mend57v)
2022-01-10 | The ministry said national defense spending rises 5.4% this year, with more destroyers on order. | 5.4% | not_checkable
2022-01-10 | Seoul's defense spending, which buys new tanks, will go up 5.4% this year, the ministry said. | 5.4% | not_checkable
# PROJECT_COST: a payment told beside a project's price, and told alone, keeps its verdict, right or wrong (mend57v)
2018-06-10 | The garrison was upgraded at a cost of roughly $11 billion, and Seoul pays $880 million a year for the troops. | $880 million | supported
2018-06-10 | The garrison was upgraded at a cost of roughly $11 billion, and Seoul pays $2 billion a year for the troops. | $2 billion | caught
2018-06-10 | Seoul financed $880 million of the troops' upkeep in 2018. | $880 million | supported
2018-06-10 | Seoul financed $3 billion of the troops' upkeep in 2018. | $3 billion | caught
# LEFT_BY_CUT: a level a cut left, a force kept, a level now keep their verdict (mend57v)
1991-03-05 | The pullout of 7,000 soldiers last year left roughly 37,000 American troops in South Korea. | 37,000 | supported
1991-03-05 | After months of debate over a pullout, Washington says it will leave its 44,000 American troops in South Korea. | 44,000 | caught
1991-03-05 | After the pullout of 7,000 soldiers, roughly 20,000 American troops are in South Korea. | 20,000 | caught
"""
)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_verd57_rows(published: str, sentence: str, needle: str, want: str) -> None:
    check_sentence(published, sentence, needle, want)
