"""Dates on unseen text (date57, sixteenth session, issue #9): rows of my own, written before the rules, with made-up
wording (places and people: Hanul, Porvik, Daeyang, Tamsk; real holders only where data/entities.csv gives a term),
labelled per the module docstring and tests/corpus/README.md:

- WITHIN_FUTURE: "within N years/months" in a clause told ahead is the span from publication forward (README "A
  span counted from publication"); a won figure before the count ("to 84 trillion won within four years") is the
  currency, not the past of "win". Controls: past clauses keep the span up to publication.
- TERM_START: "since the launch (start, beginning, outset, inauguration) of <holder>'s (second) term (presidency,
  government)", "since the start of the second <holder> administration": the day the term began
  (data/entities.csv), not the whole term. Controls: "throughout/during his second term" is the term.
- UNDER_NAME: a bare "under <full name>" is left unlisted, as the dev files leave "under Trump"; "under (former)
  President X" stays the term.
- COUNT_SINCE_TERM: "78 days since the launch of <holder>'s second term": the day the count comes to from the
  term's first day (README: a count over one resolves to the day it comes to). Controls: "the N days since" (a span),
  no holder.
- DAY_WORD: controls only: "today"/"yesterday" in undated copy beside a weekday the day before publication stays
  publication, as the dev files have it (no dev file or Convention shifts it); a dated dateline is the story's day.

Rows: tests/cases/test_dates57.csv, in the columns of tests/cases/test_dates50.csv (``xfail``: a strict xfail).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_dates57

TABLES = case_tables("test_dates57")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_dates57 = rows_test(check_dates57, **TABLES)
