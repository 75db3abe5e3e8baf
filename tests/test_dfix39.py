"""Classes of date misreadings probes found (probe files lost; rows written anew in other words), each mended by a rule
about the shape of the language and shown with near misses that keep their reading:

- LUNAR: Korea's lunar holidays ("by Chuseok", "over the Lunar New Year holiday", "after Seollal", "last Chuseok") read
  as the other holidays are (by the clause's tense, the date told before, "last"/"this"; a year told right after it,
  "during Chuseok in 2018", as for any holiday: "on Thanksgiving 2017"), to their three public
  holidays in data/lunar_holidays.csv (a sourced table; "Seollal Day": the day itself); a year with no row there
  (no source found) stays unresolved.
- APPOSITION: a weekday after an appositive that holds a noun of expectation ("Trump, the front-runner, on Monday
  said"; "frontrunner", "a front-runner for the nomination") is the day of the act, as without the appositive: the
  comma that closes it ends the noun's reach (the date is no longer the time of what the runner is expected to win).
- HOLIDAY_ANCHOR: "the Monday after Thanksgiving", "the Friday before Christmas", "the day after Chuseok": the weekday
  or day counted from the holiday's days (a strict xfail here until dfix41 mended it: tests/test_dfix41.py).

Rows: tests/cases/test_dfix39.csv, read as tests/test_dfix38.py reads its rows (``start`` "none": no date overlaps the
words; "null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix39_rows = table_test("test_dfix39", check_dfix38)
