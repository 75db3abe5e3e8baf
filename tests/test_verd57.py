"""Claim verdicts of session 57 (verd57, issue #10): dev's remaining verdict misses, grouped by the grammar behind them,
mended by class. Every row is my own sentence (other names, numbers and wording than any corpus article), checked in a
probe article (tests/claims56_probes.article) by test_verd56.check_sentence.

ROWS fail on main and pass here; NEAR are near misses that read the same on main and here. The classes:

- ANAPHOR: a multiple whose clause opens on "this figure", "that sum" or "it" + a copula ("This figure is nearly nine
  times ...", "Compared with X, it is ten times greater") multiplies the last amount of the sentence before, even across
  a paragraph break (``rules.anaphoric_amount``). Only ever supports: the referent is a reading, so a multiple that does
  not hold on it keeps the verdict it had. Near misses: an amount before the multiple in its own sentence (the pronoun
  may be it), a multiple that does not hold on the amount before (its verdict unchanged: caught as before).
- DECIMAL_RISE: a rise printed to a tenth, read as defence spending or as no covered quantity in an article about the
  SMA, that equals the payment's own change of its year while the budget's growth that year is on record and differs,
  is the payment's change (``rules.decimal_rise_as_payment_change``; support only). Near misses: a whole percent, a
  decimal that is not the change, the budget's own growth, "budget" named in the clause, a fall, a year whose budget
  growth the data lack (a deal may tie the two: the tenth SMA's 2019 rise was the budget's).
- GENERIC_PAYERS / OWN_FORCES: a multiple whose clause has a plural of payers that names no one and no Korea, told by
  an indefinite quantifier, a host noun or a bare plural ("several host governments might face bills up to seven
  times ...") or told "as much on its own army" is of another quantity (``frames.generic_payers``,
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
  ("reported Monday that X wants Seoul to pay roughly double ..., raising it to Y": ``frames._ratio_frame``), so an ask
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
2025-08-01 | A senator mentioned $7 billion in a speech. Compared with this year's payment of 1.40 trillion won, it is about seven times larger. | about seven times | supported
# DECIMAL_RISE
2022-02-10 | From this year, Seoul will see its yearly defense spending go up by 5.4%, officials said. | 5.4% | supported
2022-02-10 | Under an exception agreed for this year only, the bill climbs 5.4%; later years return to the standard formula. | 5.4% | supported
# GENERIC_PAYERS / OWN_FORCES
2019-03-10 | If the scheme goes ahead, several host governments might face bills up to seven times their present outlay. | seven times | not_checkable
2019-03-10 | Under such a method, many allies would owe between four and five times today's sum. | five times | not_checkable
2019-12-15 | Each year the South lays out 30 times as much on its own army as its northern rival. | 30 times | not_checkable
# ASK_MULTIPLE
2018-12-20 | According to a newspaper account on Monday, the White House is pressing Seoul for about twice the present sum, which would lift the bill to $1.7 billion annually. | about twice | unverifiable
2019-12-20 | A newspaper said on Monday Washington is pushing for Seoul to pay roughly nine times the present sum, lifting it to 9.4 trillion won annually. | roughly nine times | unverifiable
# FOLD_INCREASE
2024-05-23 | In 2019 the US side pressed Seoul for a fivefold increase of some $5 billion per year. | $5 billion | supported
2024-05-23 | During his term, Washington demanded that Seoul pay a five-fold increase of $4.7 billion a year. | $4.7 billion | supported
# PROJECT_COST (mend57v)
2018-06-10 | The garrison has been modernized over the past five years at a cost of about $11 billion, and $9.6 billion was paid by the South Korean government. | $9.6 billion | not_checkable
2018-06-10 | The depot was enlarged at a cost of about $11 billion, and $9.6 billion was borne by the Seoul government. | $9.6 billion | not_checkable
# LEFT_BY_CUT (mend57v)
1991-03-05 | Seoul and Washington agreed on a cut of 6,000 soldiers; it will leave nearly 36,000 GIs in the South. | 36,000 | not_checkable
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
2014-01-20 | Seoul's annual defense spending is to climb 5.8% starting in 2014, and later rises will follow inflation. | 5.8% | not_checkable
2022-02-10 | From this year, Seoul will see its yearly defense spending go up by 3.4%, officials said. | 3.4% | not_checkable
2022-02-10 | From this year, Seoul will see its yearly defense spending go up by 5%, officials said. | 5% | not_checkable
2022-02-10 | From this year, Seoul will see its yearly defense spending go up by 5.9%, officials said. | 5.9% | not_checkable
2022-02-10 | From this year, Seoul will see its yearly defense budget go up by 5.4%, officials said. | 5.4% | not_checkable
2022-02-10 | From this year, Seoul will see its yearly defense spending go down by 5.4%, officials said. | 5.4% | not_checkable
# GENERIC_PAYERS / OWN_FORCES
2019-03-10 | Under the plan, allies such as South Korea could pay six times what they pay now. | six times | unverifiable
2019-03-10 | For some countries the new demand comes to six times what they pay now. | six times | unverifiable
2019-12-15 | Seoul spends three times as much on the U.S. troops as it did in 2000. | three times | not_contradicted
# ASK_MULTIPLE
2018-12-20 | Seoul accepted paying roughly double the present sum, lifting it to $1.7 billion annually. | roughly double | supported
2019-12-20 | A newspaper said on Monday Washington is pushing for Seoul to pay roughly five times the present sum, lifting it to 5.7 trillion won annually. | roughly five times | supported
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
