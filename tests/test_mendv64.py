"""Counts of anyone tied to the forces, mended after review64 (mendv64, nineteenth session; findings 5, 12, 15).

Rows of my own (made-up sentences; right figures from data/*.csv, wrong ones as a desk might print them), each class
with controls that must not change; data in tests/cases/test_mendv64.csv (columns as in tests/test_mendv63.py).

- ``HAS_PEOPLE``: "the USFK has N people on its waiting list" / ", counting the families" was read as the level:
  "has/have N people" ties the count to the forces only where its clause ends right after the count, or after a
  place or a verb of being posted (counts' ``_HAS_ENDS``); "numbers"/"totals" keep their reading whatever follows.
- ``WAR_TODAY``: any "war" in the sentence made a count of anyone the dead: "deter a war", "prevent war", "a trade
  war", "in case of war", "war games" tell today's troops (counts' ``_NOT_PAST_WAR``); a past war, the dead and the
  veterans stay unjudged.
- ``OWN_CLASS2``: readings of mendv63's own class it missed: "U.S. troops stationed in South Korea number N people"
  (a verb of being posted and its place between the body and its verb of size: counts' ``_BETWEEN``), "the U.S.
  military presence in Korea numbers N people" (a presence: ``_BODY``), "U.S. Forces Korea, with some N people, is
  ..." (the command's spelled-out name before the aside: ``_TIED_WITH``); a police presence, a clause of its own
  and another body's aside stay unjudged.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_claims62 import check_claims62 as verdict_and_names  # one row's check: its verdict, the figure it names

ROWS = case_tables("test_mendv64")  # tests/cases/test_mendv64.csv
COUNTS = {"HAS_PEOPLE": 11, "WAR_TODAY": 10, "OWN_CLASS2": 10}


def test_tables() -> None:
    """Each class keeps its rows and its controls (checked first, so a lost row is named before the rows run)."""
    table = {name: len(rows) for name, rows in ROWS.items()}
    assert table == COUNTS, table


def check_mendv64(published: str, text: str, exact: str, want: str, names: str) -> None:
    """One row: its claim's verdict, and in a caught row's evidence the right figure."""
    verdict_and_names(published, text, exact, want, names)


@pytest.mark.parametrize("rows", merged(cases(**ROWS)))
def test_mendv64(rows: list[object]) -> None:
    run_rows(check_mendv64, rows)
