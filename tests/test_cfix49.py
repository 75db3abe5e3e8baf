"""Claim frames and verdicts of session 41 (cfix49): classes of wording in my own words, names and years. Rows as in
tests/test_cfix42.py (publication day, text, the claim's words, the verdict wanted, words its evidence must name);
each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_cfix49.csv.

- RANGE_TOP: 'an annual 2-to-5 percent hike', 'between 3 and 6 percent a year', 'went up 4-6%': a percent that closes
  a range is judged by the range's top alone, so a change it is called false on is withheld
  (``guards.range_top`` in ``rules.judge_guarded``): unverifiable, not contradicted. Near misses kept: a lone
  percent, a number before it that opens no range.
- SHARE_UP: 'labor costs make up about 40 percent of the payment', 'took up 2 percent of': the "up" of a phrasal verb
  is no rise (``extract.amounts.particle_up`` in ``find_percents``), so the percent is a share: not_checkable. Near
  miss kept: 'is up 40 percent' stays a rise.
- PAY_NOUN: 'workers, whose pay rose 2.5 percent', 'a pay increase of 2.5 percent': the workers' pay is wages
  (``frames._OTHER_CUES``), not the payment's change. Near miss kept: 'their pay for the US troops'.
- SHARE_MOVED: 'the share of wages in the payment has risen to 44 percent from 36 percent': a percent after "to" or
  "from" with a share noun as its clause's subject is the share's level (``frames.share_moved`` in
  ``frames._percent_quantity``): not_checkable. Near misses kept: a range 'seven to eight percent', an ask of a share,
  and the payer's own share ("Seoul's share of the cost rose to 48 percent": the lead's convention, claims16 LEVEL,
  a change or a level, never contradicted).
- LEVEL_LEFT: "Seoul's share of the cost has risen to 48 percent from 37 percent", "... is up from 37 percent": the
  level the payer's share moved from is withheld from a false verdict as the level reached is (``frames.level_left``
  in ``frames.level_reached``; ``frames.share_level_named`` in ``guards.reached_level``).
- SIDE_CHANGE: 'the US share of the cost fell 8 percent', 'Washington's own spending on its Korea garrison climbed 6
  percent': a percent told of a cost or share another side owns (``guards.change_of_other_side`` in
  ``frames._percent_quantity``): not_checkable. Near misses kept: "Korea's USFK cost share" (the side owned by
  Korea), a side that is a verb's object ("pressed Seoul and Tokyo to increase their spending").
- DEADLINE: 'the deal would lift Seoul's share to above 1 trillion won before 2018', 'would bring ... to over X by
  2018': an amount after "will"/"would" and right before a deadline year later than the story's is a forecast
  (``frames.deadline_forecast`` in ``frames.later_intent``), never refuted by what came later: unverifiable, not
  contradicted. Near misses kept: a year's payment "in 2014", a past "paid ... by 2013".
- WHOLE_COST: 'more than half of the overall cost of $1.7 billion', 'the total bill of $2.1 billion': an amount
  right after a whole cost's name is that whole (``guards.whole_cost_before`` in ``guards.another_side``):
  not_checkable. Near miss kept: a deal struck 'at a total cost of X' (its price, the payment).
- SIDE_FORECAST: 'The US is expected to spend $12 billion on its forces': another side's spending told ahead is
  that side's (``guards._SPENDS_BEFORE``), not a forecast of the payment. Near miss kept: the payer expected to pay.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix49.csv
test_cfix49_claims = table_test("test_cfix49", check_claims62)
