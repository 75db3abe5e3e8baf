"""Money, claim verdicts and wrong figures learned from fresh text (fresh78v, twenty-fourth session; issue #10: never
call a right figure wrong).

The sixty-sixth and sixty-seventh batches (13 articles held out through the twenty-third session) became ``dev``; their
misses in money and claim verdicts show how the rules fail on wording no rule was written from. Each cause that other
articles will share got a rule resting on grammar or general news wording, tried here on sentences of my own (made-up
outlays and names; payments data/sma_contributions.csv's, the $5 billion ask data/demands.csv's, the 13 % offer
data/offers.csv's, outlets' dollar figures data/sma_conflicts.csv's), with controls the rule must not move:

- ``BUDGET_ESTIMATE``: "According to the Pentagon's budget estimate, the total outlay ... is X": another side's budget
  estimate is that side's planned spending, not a forecast of Seoul's payment (``frames.others_budget_estimate``);
  not when Seoul is named as the payer, nor Seoul's own budget estimate, nor the verb "estimates".
- ``ASK_AFTER_COST``: "Pentagon budget estimate suggests why Trump seeks $5 bln": someone named asks for the figure in
  a clause of their own after a side's cost (``guards.asked_after``): the ask, not the cost.
- ``BASE_BEFORE_TO``: "a 13.9 percent increase from last year would bring its share to X": the date is the change's
  base, X the sum of the year after (``frames.changed_from``).
- ``PENDING_OFFER``: a sum told as proposed ("would bring", "the plan") for a year still under talks that an offer on
  record by then matches is that offer (``rules.pending_payment``), as a rise is (``rules._pending_change``).
- ``YEAR_DOLLARS``: a dollar figure for one year that is to the dollar a figure outlets gave for another year, further
  from its own year's than the won-dollar rate moves in a year, in a sentence naming the deal by the other year's
  agreement's term ("a one-year deal ... for 2018": the 10th SMA is 2019's) is caught
  (``rules.another_years_dollars``); without the deal's term, a day's rate may still give it.
- ``FRACTION`` (money): "four and half billion dollars", the article dropped in a transcript
  (``amounts._WORD_FRACTION``).
- ``TITLE_COUNT`` (counts): a title-case headline is read with its words in lower case, so a count's modifiers are
  read in any case ("28,000 American Troops", ``counts._MODIFIER``).

Rows: tests/cases/test_fresh78v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check
(each text one paragraph after the lead sentence of tests/test_review45.py); CONTROL rows (cell ``control|...``) are
figures in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

from conftest import rows_test, table_test
from test_frames64 import check_frames64_claims as check_fresh78v_claims
from test_money48 import check_money48_amounts

from analysis.extract import annotate

#: Each row of tests/cases/test_fresh78v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh78v_claims = table_test("test_fresh78v", check_fresh78v_claims)

#: Amounts with a fraction word and no article (text, exact, amount, currency; an empty amount: no amount there).
FRACTION = [
    ("Porvik said Seoul pays four and half billion dollars a year.", "four and half billion dollars", "4.5e9", "USD"),
    ("Tamsk paid one and quarter trillion won to the garrison.", "one and quarter trillion won", "1.25e12", "KRW"),
    ("Four and half billion dollars a year, he told the author.", "Four and half billion dollars", "4.5e9", "USD"),
    ("Four and half of the members paid $5 billion.", "Four and half", "", "None"),
]

test_fresh78v_fraction = rows_test(check_money48_amounts, FRACTION=FRACTION)

#: Headlines (title case or not) and the count each must hold ("": none).
TITLE_COUNT = [
    ("Porvik Says 28,000 American Troops Protect Hanul", "28,000 American Troops"),
    ("Seoul should pay for 28,000 American troops, Porvik said.", "28,000 American troops"),
    ("Tamsk Keeps 28,500 U.S. Troops In Hanul", "28,500 U.S. Troops"),
    ("Hanul Sells 28,500 Won Tickets To American Fans", ""),
]


def check_fresh78v_title_count(title: str, want: str) -> None:
    """A headline's count is read whatever the case of its modifiers."""
    text = f"{title}\n\nMay 2, 2021\n\nThe talks on the cost of the troops went on."
    got = [s.exact for s in annotate(text, "2021-05-02").spans if s.kind == "count" and s.end <= len(title)]
    assert got == ([want] if want else []), got


test_fresh78v_title_count = rows_test(check_fresh78v_title_count, TITLE_COUNT=TITLE_COUNT)
