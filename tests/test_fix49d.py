"""Dates of speech dated only to a year, reported speech, provisions, counts told as ranges, upper-case ranges and
counts of one after an event (fix49d, fourteenth session), on rows of my own written before the rules (made-up people
and places: Park Ji-ho, Han Do-yun, Porvik, Daeyang, Tamsk), per the Conventions of tests/corpus/README.md.

The case table is tests/cases/test_fix49d.csv, read as test_gen47d's (``published``, ``text`` with "\\n" a line
break, ``exact``, ``start``/``end``: the range, "null" unresolved, "none" no date; ``xfail``; ``note``). Classes:
Q_YEAR (a quotation dated only to a year: "this/next/last year" resolve, finer ones do not), W_YEAR (the same in
reported "would" speech), PROVIDE (the present perfect of setting money aside "through" a month: the month ahead),
COUNT ("between 2000 and 3000 workers": a count, not years), CASE (upper- and title-case year ranges), ONE (a count
of one after an event dated in the clause before: the event's own date).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47d import overlapping

ROWS = case_tables("test_fix49d")


def check_fix49d_dates(published: str, text: str, exact: str, start: str, end: str) -> None:
    found = overlapping(text.replace("\\n", "\n"), published, exact)
    if start == "none":
        assert not found, found
    else:
        want = (None, None) if start == "null" else (start, end)
        assert want in found, found


@pytest.mark.parametrize("rows", merged(cases(**ROWS)))
def test_fix49d_dates(rows: list[object]) -> None:
    run_rows(check_fix49d_dates, rows)


def test_tables() -> None:
    """Each class keeps its rows."""
    assert {name: len(rows) for name, rows in ROWS.items()} == {
        "Q_YEAR": 10, "W_YEAR": 8, "PROVIDE": 9, "COUNT": 10, "CASE": 7, "ONE": 8}
