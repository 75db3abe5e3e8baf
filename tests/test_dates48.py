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

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47d import check_gen47d_dates as _read_as_gen47d

ROWS = case_tables("test_dates48")


def check_dates48_dates(published: str, text: str, exact: str, start: str, end: str) -> None:
    _read_as_gen47d(published, text, exact, start, end)  # a date overlapping the words has the range (or none)


@pytest.mark.parametrize("rows", merged(cases(**ROWS)))
def test_dates48_dates(rows: list[object]) -> None:
    run_rows(check_dates48_dates, rows)
