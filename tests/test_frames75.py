"""Other money beside the SMA's words, and the year's payment beside other money (frames75, twenty-third session;
issue #10: never call a right figure wrong).

The held-out verdict misses (counts only) put one class on top: other money quantities read as the SMA payment or its
change — a project's cost, a fund, money moved or spent for another purpose, the defence budget, a construction or
relocation cost, weapons bought, a total over several years read as one year's payment. Made-up sentences of each
class, with payment words near the figure ("the troops", "the agreement", "Seoul pays"), showed what was still read as
the payment; the rules added read the figure's own phrase or clause, never a name or a number of an article:

- a rate per one of the people it is counted over ("X a head", "X for each of the 28,500 troops", "X per U.S.
  soldier") is no yearly payment (``frames._PART_CUE``): it was ``contradicted`` as a payment 100 % off;
- a cost a side other than the payer bears ("the base's upkeep costs Washington X": ``frames.costs_other_side``) and a
  cost whose subject carries a closed relative aside naming the payment ("The relocation of the camp, which Seoul paid
  for under the agreement, cost X": ``frames._CLOSED_ASIDE``) are what a thing costs;
- every country and capital of the world table names another payer, not only the gazetteer's ("Germany pledged X
  for the upkeep of U.S. troops there", "asked Manila to pay X": ``frames._gazetteer_places``);
- money moved, pulled or pledged to another use ("shifted X of the troops' construction funds to the wall", "pledged
  X to new flood barriers"), an account's balance ("the fund's balance stood at X"), and a purpose's words cut where
  another clause opens ("to earthquake relief as the SMA talks went on": ``frames.purpose_other``);
- an agreement told with a modal before its verb states its terms ("The 12th agreement will have Seoul pay X"), no
  demand, and "across its five years" is a total's span.

Rows: tests/cases/test_frames75.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check
(each text one paragraph after the lead sentence of tests/test_review45.py, which names the cost-sharing talks; my
own names, projects and figures; payments and their rises are the data's, data/sma_contributions.csv, the $5 billion
demand data/demands.csv's). ``other`` rows want ``not_checkable`` (a total ``not_contradicted``: the data may add it
up); CONTROL rows are the year's payment, demand or change in the same shapes: right ones ``supported``, wrong ones
``contradicted`` with the right figure in the evidence. The three strict xfails this round left (a project's part
of the payment, a fiscal year's budget request, a sum pledged to a named fund) pass since frames76
(tests/test_frames76.py).
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_frames75_claims

#: Each row of tests/cases/test_frames75.csv reads as it wants (tests/test_frames64.py's check).
test_frames75_claims = table_test("test_frames75", check_frames75_claims)
