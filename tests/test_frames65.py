"""Lists whose head names the quantity, the payment "currently" made, and multiples in words (frames65, twentieth
session; issue #10).

Rows: tests/cases/test_frames65.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test
(each text one paragraph, or several, after the lead sentence of tests/test_review45.py; made-up sentences in my own
words with the data's figures, no corpus article read); a row's ``cell`` may name the frame's ``actor`` and
``modality`` the claim must have:

- ``LIST``: a list's head applies its quantity and actor to each item, and each item's year binds to it
  (frames.list_item, frames.head_reading): "Seoul paid the following: X in 2019, Y in 2021", "South Korea's share of
  the cost, by year: 2020 — X; 2021 — Y", a bulleted list after a colon or after a sentence naming the payment, one
  paragraph per year, a demand's head ("Washington asked for the following sums: ..."); ``LIST_NEAR``: a list of
  another quantity (defence budgets, wages, another host's payments) stays other, a colon before a clause and a
  date's year before a comma are no list items, a series in one clause is read as before.
"""

from __future__ import annotations

import pytest
import test_frames64
from conftest import case_tables, cases

#: The tables and how many rows each holds (strict xfails included).
COUNTS = {"LIST": 13, "LIST_NEAR": 7}
ROWS = case_tables("test_frames65")  # tests/cases/test_frames65.csv


@pytest.mark.parametrize(("cell", "published", "text", "exact", "quantity", "want", "evidence"), cases(**ROWS))
def test_frames65_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity, verdict, actor and modality the row wants (tests/test_frames64.py's
    test)."""
    test_frames64.test_frames64_claims(cell, published, text, exact, quantity, want, evidence)


def test_tables() -> None:
    """Each table keeps its rows."""
    assert {name: len(rows) for name, rows in ROWS.items()} == COUNTS
