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
"""

from __future__ import annotations

import pytest
import test_frames64
from conftest import case_tables, cases

#: The tables and how many rows each holds (strict xfails included).
COUNTS = {"NC_MULTIPLE": 6, "NC_MULTIPLE_NEAR": 8, "OPEN_SINCE": 3, "OPEN_FLOATED": 6, "OPEN_PURPOSE": 4,
          "OPEN_CURRENTLY": 4, "MIX": 40}
ROWS = case_tables("test_frames68")  # tests/cases/test_frames68.csv


@pytest.mark.parametrize(("cell", "published", "text", "exact", "quantity", "want", "evidence"), cases(**ROWS))
def test_frames68_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity, verdict, actor and modality the row wants (tests/test_frames64.py's
    test; "actor=none": no actor)."""
    test_frames64.test_frames64_claims(cell, published, text, exact, quantity, want, evidence)


def test_tables() -> None:
    """Each table keeps its rows."""
    assert {name: len(rows) for name, rows in ROWS.items()} == COUNTS
