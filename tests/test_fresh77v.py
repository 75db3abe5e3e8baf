"""Claim verdicts learned from fresh text (fresh77v, twenty-third session; issue #10: never call a right figure wrong).

The sixty-first to sixty-fifth batches (19 articles held out through the twenty-second session, scored once at first
contact) became ``dev``; their verdict misses show how the rules fail on wording no rule was written from. Each miss's
cause that other articles will share got a rule resting on grammar or general news wording, tried here on sentences
of my own (invented names and projects; payments and rises are the data's, data/sma_contributions.csv, the $5 billion
ask data/demands.csv's), with controls the rule must not move:

- ``REDUCED_RELATIVE``: a participle opening after a comma (", budgeted at X", ", estimated at X ... and slated to grow
  by Y%", ", valued at", ", projected to", ", totaling") gives the value of the noun before the comma, read as the
  figure's quantity when that noun is another quantity's (``frames.reduced_relative_head``; a defence budget's head
  takes a sum of a budget's order only): a budget of 53.2 trillion won and its 6.1 % growth were ``contradicted`` as the
  payment.
- ``PROJECT_NEEDED``: "X needed for the construction of", "X required to build" is a project's cost
  (``frames._PROJECT_COST``): the wall's $12.9 billion was ``contradicted`` as the payment.
- ``UNEXECUTED``: money "that has not been executed", "not yet disbursed", "unexecuted" is a part of the payment
  (``frames._PART_CUE``).
- ``AT_REQUEST``: a demand word in an adverbial of cause ("at his request", "at the request of Washington", "at
  Trump's urging") followed by a reported payment or agreement to pay governs no figure (``frames.at_request``): a
  wrong rise Seoul "agreed to pay" at Trump's request was withheld.
- ``SUPERLATIVE_FOR``: "the biggest annual rise for Seoul in nearly two decades": whose rise, then the window
  (``frames._SUPERLATIVE``).
- ``IN_BUDGET``: "X in budget(s)" is budget money, not the payment (``frames._OWN_OTHER_AFTER``).
- ``MANDATIVE``: a mandative subjunctive "that Seoul (, an aside,) contribute X" is what someone asks, even where the
  copy lost the verb that asks (``frames.mandative_pay``); not after a verb of terms ("requires that Seoul pay").
- ``CREDIT`` (findings): a paragraph's last line "Provided by the ministry" is a photo credit, no cut sentence
  (``findings._CREDIT_OPENERS``).

Rows: tests/cases/test_fresh77v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check
(each text one paragraph after the lead sentence of tests/test_review45.py); CONTROL rows (cell ``control|...``) are
payments, rises and demands in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

from conftest import findings_of, rows_test, table_test
from test_frames64 import check_frames64_claims as check_fresh77v_claims

#: Each row of tests/cases/test_fresh77v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh77v_claims = table_test("test_fresh77v", check_fresh77v_claims)

#: A caption's sentence of its own length (a short one is left alone by another rule).
CAPTION = ("The photo shows the Hanul envoy and the Oskel envoy at a meeting in Hanul to sign the cost-sharing "
           "agreement. ")
#: A caption paragraph's last line, and the truncated sentences wanted (the last two rows are controls).
CREDIT = [
    (CAPTION + "Provided by the Ministry of Foreign Affairs", []),
    (CAPTION + "Supplied by Oskel Daily", []),
    (CAPTION + "Provided that the talks", ["Provided that the talks"]),
    (CAPTION + "Officials said the cost of the", ["Officials said the cost of the"]),
]


def check_fresh77v_credit(paragraph: str, want: list[str]) -> None:
    """A photo credit ending a paragraph is no truncated sentence; a cut sentence still is."""
    text = f"T\n\nMay 2, 2021\n\nThe envoys met on Monday.\n\n{paragraph}\n\nThe talks went on."
    assert findings_of(text, "truncated_sentence") == want, paragraph


test_fresh77v_credit = rows_test(check_fresh77v_credit, CREDIT=CREDIT)
