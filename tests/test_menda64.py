"""Mends of menda63's rules for line 1's news day at review64's findings 13, 8 and 9 (menda64, nineteenth session):
made-up articles (Kim, Lee, Park, Jo, Oh, Tamsk, Porvik), read through ``annotate`` on the article format.

- KICKER (finding 13): a line 1 that a report's kicker opens or closes ("Report:", ", sources say") still writes the
  news's day, which a body count counts from ("Lee replied the following day"); only a body that tells the
  report of the event (disclosed, confirmed, revealed ...) leaves its counts unresolved (menda63's rows).
- AGAIN (finding 8): a count told again keeps an earlier count's day only when the earlier one dates the named thing
  by a past participle ("the Tamsk Gazette published the previous day"); a place with "the" ("met at the Blue House
  the previous day") is no such thing, and the later count counts from the paragraph before.
- STEP (finding 9): a step dates a named thing (so "that day" returns to line 1's day) only when no "and / or / but"
  stands between the determiner and the participle ("toured the base and rested") and no reporting word opens the
  clause ("said the meeting ended", "told reporters the talks stalled", "noted that the round opened").

Rows: tests/cases/test_menda64.csv (test_anchor63's columns).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_anchor63 import check_anchor63 as check_menda64

TABLES = case_tables("test_menda64")

#: Each row: the ``occurrence``-th date item with words ``exact`` reads ``start``..``end`` (test_anchor63's check).
test_menda64 = rows_test(check_menda64, **TABLES)
