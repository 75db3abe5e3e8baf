"""Figures left `unverifiable` or read as the ask that the data judge otherwise (frames69, twenty-second session).

Rows: tests/cases/test_frames69.csv, in tests/test_frames62.py's format (cell, published, text, exact, quantity,
want, evidence), each text one paragraph after tests/test_review45.py's lead sentence; made-up sentences (Marisk,
Vollen), no corpus article read. One test item per table runs all its rows and lists every failing row; a row
with an ``xfail`` reason is its own strict-xfail item.

- ``RISE_OTHER``: a multiple that is a rise of another quantity named after it ("a fivefold increase in the
  defense budget", "in tariffs on steel", "in the number of troops") is `not_checkable`, whoever asks it
  (frames.rise_of_other); ``RISE_PAYMENT``: of the share, what Seoul pays, host-nation support, a year or no noun it
  stays the ask's multiple.
- ``MULTIPLE_YEAR``: a multiple of one year's payment named after it ("1.13 times its 2019 payment") is of a year
  dated before it in its clause or of publication, not of the base's year (frames.own_multiple_year).
- ``NOT_COVERED``, ``YEAR_LACKING``: quantities the data never cover are `not_checkable`; a payment of a year the
  data lack is `unverifiable` (controls, pinned as read).
- ``SINCE``, ``RANGE``, ``FROZEN``: "Since <year>, Seoul has paid X a year", "in the X range", "frozen at the level
  of <year>": pinned as read; the open readings are strict xfails. (Speed of the new readings: the report in
  tests/corpus/REVIEW.md, frames69, not a test here, to keep this file under 2 s.)
"""

from __future__ import annotations

from typing import Any

import pytest
import test_frames64
from conftest import case_tables

ROWS = case_tables("test_frames69")  # tests/cases/test_frames69.csv


def _plain(rows: list[Any]) -> list[tuple[str, ...]]:
    """Return the rows of a table that carry no xfail mark."""
    return [r for r in rows if not hasattr(r, "marks")]


@pytest.mark.parametrize("table", sorted(ROWS))
def test_frames69_table(table: str) -> None:
    """Every row of the table holds as tests/test_frames64.py's test wants; the message lists each failing row."""
    failed = []
    for row in _plain(ROWS[table]):
        try:
            test_frames64.check_frames64_claims(*row)
        except AssertionError as exc:
            failed.append(f"{row[0]}: {exc}")
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("row", [pytest.param(r.values, id=f"{name}-{r.values[0]}", marks=r.marks)
                                 for name, rows in ROWS.items() for r in rows if hasattr(r, "marks")])
def test_frames69_open(row: tuple[str, ...]) -> None:
    """An open reading, as tests/test_frames64.py's test wants it (strict xfail until a rule reads it)."""
    test_frames64.check_frames64_claims(*row)
