"""Dates in Korean outlets' English copy and session 51's leftovers (dates52, issue #9): rows of my own, made-up
wording (Porvik, Tamsk, Daeyang, Tolvik, Renner, Brasko), each failing on main before the rule, and near-miss
controls that keep main's reading:

- HOLIDAY_YEAR: a holiday by a possessive year ("last year's Chuseok holiday"): its days in that year.
- LUNAR_DAY: "Lunar New Year's Day" is Seollal's own day, as "Seollal Day".
- MEMORIAL: whose Memorial Day by its sentence's cues (README "A holiday with no year"): a count before it, Korea's
  side named alone, a weekday right after it that is no Monday, Korea's national cemetery, "Korea's" after a verb;
  in Korean wire copy with no cue, the one day its tense leaves (a past one told from the US day to June 6: the US
  one; a future one told after the US day and before June 6: Korea's), else unresolved; main's US one in other copy
  with none (mend52d: the Pentagon, Washington, the White House are US cues).
- FISCAL_PART: a quarter or half of a named fiscal year, counted from that government's fiscal year's first month.
- PLAN_GONE: a month a plan told in the simple past aims at ("was expected to ... by the end of March"), read ahead
  with no date of the plan, is the one just gone when it ended at most 45 days before publication.
- HALF_MONTH: "the first (second, latter) half of this (next, last) month": the 1st-15th (16th-end).
- KOREAN_THANKSGIVING: "Korea's (the Korean) Thanksgiving holiday" glosses Chuseok: its three days.
- WARNED_FROM: the past "warned (<object>) of" before a start word, and a lone "from" as a start word after a warning
  ("warned of unpaid leave from April"): what is warned of lies ahead unless just passed (date90d's reading).
- PLAN_ATTRIBUTE: a date right after a determiner and a plan's adjective ("against the planned April 1 furlough") in a
  past clause: what is planned, ahead unless just passed.
- RISKED_FROM: "at risk of" and a present "face" before a start word in a past sentence ("leaving guards at risk of
  unpaid leave from April"): what is risked starts ahead unless just passed, as a start warned of.
- DAY_BESIDE: a day counted from one told before ("the day before", "the next day") with a date set beside it ("the day
  before (Nov. 13)", "the next day, Nov. 13,") takes that day, as "yesterday (the 14th)" does; a weekday beside it
  does not (mend52d).
- DAYS_FROM_DOM: "for two days from the 14th": the length from a day of the month with no month named.

Rows: tests/cases/test_kdates52.csv, in the columns of tests/cases/test_dates52.csv (``xfail``: a strict xfail).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_kdates52

TABLES = case_tables("test_kdates52")

#: Each row: the date overlapping ``exact`` has the range ("null": unresolved; "none": no date), test_gen47d's check.
test_kdates52 = rows_test(check_kdates52, **TABLES)
