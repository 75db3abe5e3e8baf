"""Multiples that are not of the payment, and the open questions of frames65–mendf67 (frames68, twenty-first session;
issue #10).

Rows: tests/cases/test_frames68.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test
(each text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences in my own words with
the data's figures, no corpus article read); a row's ``cell`` may name the frame's ``actor`` and ``modality``:

- ``NC_MULTIPLE``: a multiple the data cannot judge is `not_checkable`, not an `unverifiable` ratio: a count of how
  often ("met his counterpart nine times this year", "mentioned the figure at least 20 times during the meeting":
  frames.done_times), a multiple set right against another quantity ("nearly double the current defense
  expenditure": frames.other_base) or whose clause's subject is one ("defense spending would nearly double",
  "tariffs could triple": frames.quantity_subject); ``NC_MULTIPLE_NEAR``: a verb of paying or change right before
  "N times", a payment base after it ("the current payment", "what it pays", "as much"), and a payment word between
  another quantity and the multiple keep the ratio.
- ``OPEN_SINCE``, ``OPEN_FLOATED``, ``OPEN_PURPOSE``, ``OPEN_CURRENTLY``: the open questions of mendf67 and frames65.
  "Since 2021, Seoul has paid X a year" is judged on the publication year alone (a wrong figure is a strict xfail:
  the flat-range reading of audit53 would judge 2021 on); a cumulative "has paid X since 2021" is pinned as read (the
  Conventions do not decide it). "floated"/"suggested a figure of" by the asking side is its demand; "floated" by
  the paying side stays as asks63's controls pin it. A purpose infinitive whose object is the talks' own state ("to
  end the standoff", "to close the gap": rules._TALKS_STATE) is no other purpose, so a unit slip is caught; "to
  repair one barracks" still is one. "currently" in speech dated to a year is that year's payment.
- ``MIX``: 40 rows, an SMA payment, a demand and another quantity (the cost of the troops, Japan's payment, a defence
  budget, a tariff, an investment pledge, wages) in one sentence or two, in both orders, right and wrong figures.
  Strict xfails (4): a tariff earlier in the sentence taking "and wants Seoul to pay X for the troops", a wages figure
  before "while Seoul pays X" leaving a wrong payment unverifiable. The troops' cost to the US after a payment or a
  demand ("The troops cost the U.S. about $4.5 billion a year", two rows) is read since frames75
  (``frames.costs_other_side``).
"""

from __future__ import annotations

import test_frames64
from conftest import table_test

FIELDS = ("cell", "published", "text", "exact", "quantity", "want", "evidence")


def check_frames68_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                          evidence: str) -> None:
    """A row's claim as tests/test_frames64.py's test wants it: quantity, verdict, the right figure in a caught
    one's evidence, and the actor and modality its cell names."""
    test_frames64.check_frames64_claims(cell, published, text, exact, quantity, want, evidence)


test_frames68_claims = table_test("test_frames68", check_frames68_claims)
