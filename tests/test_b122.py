"""Figures beside the SMA payment that are not it, from the 122nd and 124th dev batches (thirty-third session; issue
#10: never call a right figure wrong).

The batch's six dev articles (strategic assets, cancelled drills, a base's cost, arms purchases) had three right
figures called ``contradicted`` and one wrong figure missed; each is a class these rows show, in made-up sentences of
my own:

- EXERCISE: a count of an exercise's troops after another count joined by "and" ("the drill involved 40,000 Korean
  and 12,000 U.S. troops") was read as the level stationed in Korea, because any "and" between the drill's verb of
  involving and the count cut the drill off (``frames.troops_exercise``, ``frames._and_joins_counts``).
- COST_OF: an ask "from" the payer "to cover the cost of" one thing (bombers' flights, the drills) was judged against
  the SMA's total demands (``frames.purpose_other``, ``frames._COST_OF``); the cost is now read for what it is "of".
- RAISED_COSTS: a multiple the costs or prices "of" something were raised by ("hiked the costs of various elements by
  more than threefold") was judged as a multiple of the payment (``frames.raised_costs``).
- RAISED_TO: a wrong ask the batch holds: the payment "raised to" a sum below what was already paid is no raise, so
  not the ask (``rules.raised_below_payment``); it was `unverifiable`, now `contradicted` with the asks on record.
- TIMES_DONE: "N times" after a verb of an event done (a bomber "flew" near the peninsula five to six times) counts the
  events; it was judged as a multiple of the payment (``frames._SAID_MET``).
- from the 124th dev batch (percents beside the payment): SPOKEN, a broadcast's hundreds in digits ("9-hundred-24-
  million U.S. dollars" was read as 24 million and called wrong; ``amounts._digits_number``); MORE_AFTER_BRACKET, "X
  (about $Y) more" is a change (``frames._change_amount`` read past a restatement only when it was a figure of its
  own); REFUSED, a multiple Seoul is "not willing to pay" is the US's ask (``frames._REFUSED_BY_KOREA``).
- the *_NEAR classes: near misses that keep their frame (the level stationed there; the cost of stationing or keeping
  the troops; the share raised by a multiple; the ask on record; a lower ask told with no raise; "pay five times").

Rows: tests/cases/test_b122.csv, each one paragraph under the headline "T"; columns as tests/test_weakev70.py's.
"""

from __future__ import annotations

from conftest import table_test
from test_weakev70 import failure


def check_row(cell: str, published: str, text: str, exact: str, quantity: str, want: str) -> None:
    """A row gets the quantity and verdict it wants (tests/test_weakev70.py's ``failure`` says why not)."""
    why = failure(cell, published, text, exact, quantity, want)
    assert why is None, why


test_b122_rows = table_test("test_b122", check_row)  # tests/cases/test_b122.csv
