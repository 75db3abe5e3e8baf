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

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_fix49d_dates

ROWS = case_tables("test_fix49d")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_fix49d_dates = rows_test(check_fix49d_dates, **ROWS)
