"""Dates under a dated wire dateline (dateline49, fifteenth session): rows of my own, written before the rule, with
made-up wording (people and places: Han, Kim Sun-ho, Porvik, Daeyang, Tamsk), several publication days and dateline
offsets of 0-3 days both ways, tense and reported-speech controls, labelled per the Convention "A dated dateline is
the story's own day" of tests/corpus/README.md: the relative dates of a story whose paragraph opens with a dated
dateline ("PORVIK, Nov. 20 (Tamsk News) --") count from the dateline's day when it lies within a week of
publication; an undated dateline, a dateline further off, none, or a dateline-like stretch inside a paragraph leave
publication (or the East Asian reading) as it was.

The case table is tests/cases/test_dates49.csv, read as tests/test_dates48.py reads its own: ``published``, ``text``
(a written "\\n" is a line break), ``exact`` (the words of the date, first occurrence), ``start``/``end`` (the
inclusive range; "null" for a date left unresolved; "none" for words that are no date), ``xfail`` (the reason of a
row still wrong, a strict xfail) and ``note``.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47d import check_gen47d_dates as _read_as_gen47d

ROWS = case_tables("test_dates49")


def check_dates49_dates(published: str, text: str, exact: str, start: str, end: str) -> None:
    _read_as_gen47d(published, text, exact, start, end)  # a date overlapping the words has the range (or none)


@pytest.mark.parametrize("rows", merged(cases(**ROWS)))
def test_dates49_dates(rows: list[object]) -> None:
    run_rows(check_dates49_dates, rows)
