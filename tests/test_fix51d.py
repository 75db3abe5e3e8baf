"""Months in a clause of habit, read unresolved whatever the subject's number (helper fix51d of session 51; lead
decision: a month in a clause of habit names no one month). Names and places are invented (Ostrik, Pelmo, Varnel,
Lena Vask); every HABIT_ONE and HABIT_MARKED row failed on main (main read a next, this or told year's month), every
HABIT_CTRL51 row keeps main's reading.

- HABIT_ONE (read unresolved): an adverb of habit between a singular subject and the "-s" present of a timetable
  verb right before a bare month ("The inspection usually opens in April"; `_habit_month`, `_timetable_agrees51`),
  as dates50g's plural subjects ("Audits usually begin in March") already were.
- HABIT_MARKED (read unresolved): a timetable present with "every year", "each year", "annually", "every spring"
  right before or after its bare month ("The review closes in June each year", "Budget talks open each year in
  October"; `_habit_marked51`).
- HABIT_CTRL51: the past ("usually opened", "began in March every year"), no habit adverb ("now", "finally"), a verb
  of no timetable ("rises", "climb"), "this/next year" (one month), the marker in another clause (after a comma and
  "and", a semicolon, "as it does every year"), a possessive "each year's": main's reading.

Rows: tests/cases/test_fix51d.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test, read_dates, rows_test

TABLES = case_tables("test_fix51d")
OPEN = {name: TABLES.pop(name) for name in ("HABIT_ONE", "HABIT_MARKED")}
test_fix51d = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


def check_fix51d_open(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that ``exact`` is read unresolved (``start`` and ``end`` are "null" in the row)."""
    assert (start, end) == ("null", "null"), "an OPEN row wants no value"
    got = read_dates(text, published)
    assert (exact, None, None) in got, got


test_fix51d_open = rows_test(check_fix51d_open, **OPEN)
