"""Dates on text nobody wrote a rule from (gen47d, fourteenth session): rows of my own, written before the tool was
run on them, in wire style (made-up people and places: Han Do-yun, Porvik, Daeyang, Tamsk), several publication days
(a Monday, a Sunday before the new year, a Thursday after it, a Friday on a month's first day, a Saturday, a
Wednesday, a Tuesday at a month's end), labelled per the Conventions of tests/corpus/README.md.

The case table is tests/cases/test_gen47d.csv: ``published``, ``text`` (a written "\\n" is a line break: a headline
over its paragraph), ``exact`` (the words of the date, first occurrence), ``start``/``end`` (the inclusive range;
"null" for a date left unresolved; "none" for words that are no date), ``xfail`` (the reason of a row still wrong,
a strict xfail) and ``note``. A row passes when a date ``find_dates`` reads overlaps the words (as ``evaluate``
matches spans) with the range wanted; a "none" row when no date read overlaps them.
"""

from __future__ import annotations

import datetime as dt

from conftest import case_tables, rows_test

from analysis.extract.dates import find_dates

ROWS = case_tables("test_gen47d")


def overlapping(text: str, published: str, exact: str) -> list[tuple[str | None, str | None]]:
    """Return (start, end) of each date read in ``text`` whose span overlaps the first ``exact``.

    >>> overlapping("They met on Friday.", "2019-11-16", "Friday")
    [('2019-11-15', '2019-11-15')]
    """
    at = text.index(exact)
    return [(v["start"], v["end"]) for s, e, _, v in find_dates(text, dt.date.fromisoformat(published))
            if s < at + len(exact) and e > at]


def check_gen47d_dates(published: str, text: str, exact: str, start: str, end: str) -> None:
    found = overlapping(text.replace("\\n", "\n"), published, exact)
    if start == "none":
        assert not found, found
    else:
        want = (None, None) if start == "null" else (start, end)
        assert want in found, found


test_gen47d_dates = rows_test(check_gen47d_dates, **ROWS)
