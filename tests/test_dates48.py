"""Dates of the classes of the forty-fifth and forty-sixth batches' date misses (dates48, fourteenth session): rows of
my own, written before the rule, with made-up wording (people and places: Han, Kim Sun-ho, Porvik, Daeyang, Tamsk),
several publication days, tense and reported-speech controls, labelled per the Conventions of tests/corpus/README.md:
rolling spans ending at publication ("in the last month"), hedged and half counts ("in about four and a half
years"), "the rest of the year", an administration told as a time with "early/late in", and a same-day anchor inside
a quotation told in the past perfect.

The case table is tests/cases/test_dates48.csv: ``published``, ``text``, ``exact`` (the words of the date, first
occurrence), ``start``/``end`` (the inclusive range; "null" for a date left unresolved; "none" for words that are no
date), ``xfail`` (the reason of a row still wrong, a strict xfail) and ``note``. A row passes when a date
``find_dates`` reads overlaps the words (as ``evaluate`` matches spans) with the range wanted; a "none" row when no
date read overlaps them.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_dates48_dates

ROWS = case_tables("test_dates48")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_dates48_dates = rows_test(check_dates48_dates, **ROWS)
