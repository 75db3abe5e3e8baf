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

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_dates49_dates

ROWS = case_tables("test_dates49")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_dates49_dates = rows_test(check_dates49_dates, **ROWS)
