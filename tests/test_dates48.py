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

import datetime as dt

import pytest
from conftest import case_tables, cases

from analysis.extract.dates import find_dates

ROWS = case_tables("test_dates48")


def overlapping(text: str, published: str, exact: str) -> list[tuple[str | None, str | None]]:
    """Return (start, end) of each date read in ``text`` whose span overlaps the first ``exact``.

    >>> overlapping("They met on Friday.", "2019-11-16", "Friday")
    [('2019-11-15', '2019-11-15')]
    """
    at = text.index(exact)
    return [(v["start"], v["end"]) for s, e, _, v in find_dates(text, dt.date.fromisoformat(published))
            if s < at + len(exact) and e > at]


@pytest.mark.parametrize(("published", "text", "exact", "start", "end"), cases(**ROWS))
def test_dates48_dates(published: str, text: str, exact: str, start: str, end: str) -> None:
    found = overlapping(text.replace("\\n", "\n"), published, exact)
    if start == "none":
        assert not found
    else:
        want = (None, None) if start == "null" else (start, end)
        assert want in found, found
