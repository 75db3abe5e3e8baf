"""Day words in reported speech dated to a day before publication (deixis52, fifteenth session, issue #9): rows of
my own, written before the rule, with made-up wording (people and places: Harris, Bo Renner, Jae Dolan, Porvik,
Daeyang, Tamsk), several publication days, the speech one to three days back, labelled per the module docstring:

- SPEECH_DAY: a day word ("today", "tonight", "this morning", "earlier today", "yesterday", "last night",
  "tomorrow") in indirect speech whose verb is dated to a day D before publication ("said on Tuesday", "told
  lawmakers on Tuesday", "at a news conference on Sunday", "in an interview on March 10") is read from the writer's
  now (news English shifts deixis), unless that contradicts the tense: a past event that would fall after D (or a
  future before it) is read from D. Controls: a past that fits (on D), futures and presents after D, undated speech,
  speech on publication day, "the day before" (an anchor, already counted from D).
- WRITERS_NOW: controls that must keep publication: a paragraph opening with a dated sentence (lead's probe), a
  dated relative clause before a main clause, a present joined to a past, "will", speech dated to a week, dates of a
  meeting rather than of the speech; quotations keep the module's reading (from the day said).

Rows: tests/cases/test_dates52.csv, in the columns of tests/cases/test_dates50.csv (``xfail``: a strict xfail).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_dates52

TABLES = case_tables("test_dates52")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_dates52 = rows_test(check_dates52, **TABLES)
