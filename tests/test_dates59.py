"""A date grammar matrix of news English (date59, seventeenth session, issue #9): made-up sentences written by hand,
systematically, before the rules, along three axes, each row labelled per the Conventions of tests/corpus/README.md
(or a dev file's reading, named in the row's note); cells no Convention or dev file decides are left out (see the
helper's section in tests/corpus/REVIEW.md). Made-up people and places: Kim, Lee, Porvik, Tamsk, Daeyang.

- expression: weekdays, day words, units (last/this/next, earlier/later, rolling spans), months with and without a
  year (parts, ends, halves, quarters, fiscal years), days of the month, counts (ago, later, after an event), seasons,
  holidays the text dates, years;
- tense and voice: past, perfect, future ("will", "is set to", "plans to", "is expected to", "is due to", "is scheduled
  for"), reported speech, quotations of earlier speech, headlines;
- anchor: publication (a Wednesday, a Thursday, a Monday, a Sunday), a dated dateline ("SEOUL, Nov. 19 (Yonhap) --"
  printed a day later, "WASHINGTON, March 12 (Reuters) -" two days, "WASHINGTON, Jan. 3 (AP) —" over a new year), an
  event the text dates, an event it does not.

The cells the module failed (tables named by the cell): ROLLING_DECADES ("the past two decades"), CURRENT ("the current
year"), ORDINAL_BOUND ("as early as the 1st"), DAYWORD_BESIDE ("today (Tuesday)", "yesterday, Nov. 18"),
TERM_FROM_START ("five years starting in 2026"), HALF_AGO ("half a year ago"); each with controls.

Rows: tests/cases/test_dates59.csv (``table``, ``text``, ``published``, ``exact``, ``start``, ``end``, ``xfail``: a
strict xfail's reason, ``note``). Rows with a range run through ``conftest.dates_test`` (the exact words and the
range); the NOITEM rows ("none": no date overlaps the words; "null": one left unresolved) through the overlap test of
tests/test_gen47d.py.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test, merged, run_rows
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates59")
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}

test_dates59 = dates_test(**TABLES)


def check_dates59_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)


@pytest.mark.parametrize("rows", merged(cases(**NO_ITEM)))
def test_dates59_no_item(rows: list[object]) -> None:
    run_rows(check_dates59_no_item, rows)
