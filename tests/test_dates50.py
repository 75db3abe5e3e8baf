"""A count of one from an event noun, and rolling spans under a dated dateline (count50, fifteenth session): rows of
my own, written before the rules, with made-up wording (people and places: Han, Kim Sun-ho, Porvik, Daeyang, Tamsk),
several publication days, counts of one ("a", "one", "just a", "only a") and over one, event nouns ("the summit",
"the inauguration of Joe Biden", "Trump's inauguration", "the Hanoi summit") and event clauses ("Biden took office",
"the vote on March 10"), future-tense and no-event controls, labelled per tests/corpus/README.md:

- EVENT_COUNT: "A count of one before or after an event ... resolves to the event's own date (X, not the day after
  it); a count over one ... resolves to the day it comes to".
- ROLLING: "A dated dateline is the story's own day": rolling spans ("over the last five months", "in nearly a
  year", "in two weeks") end (or start) on the dateline's day; no dateline, an undated one, one of publication's day
  or one further than a week off leave publication.
- ATTRIB_EVENT (a dev miss class): a date that labels the object of the event's verb ("a day after confirming his
  Aug. 25 summit", "after he announced the Aug. 30 election") is not the event's own date (README, lead on adjud50:
  an event the text never dates stays unresolved); a fronted "A day after X, ..." counts from the main clause's
  date past X's clause, not from a plan the main clause reports ("announced he will visit ... on Aug. 23-24"), and
  takes the main clause's tense.

Rows: tests/cases/test_dates50.csv, in the columns of tests/cases/test_dates49.csv (``xfail``: a strict xfail).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_dates50

TABLES = case_tables("test_dates50")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_dates50 = rows_test(check_dates50, **TABLES)
