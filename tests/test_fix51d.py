"""Months in a clause of habit, read unresolved whatever the subject's number (helper fix51d of session 51; lead
decision: a month in a clause of habit names no one month). Names and places are invented (Ostrik, Pelmo, Varnel,
Lena Vask); every HABIT_ONE and HABIT_MARKED row failed on main (main read a next, this or told year's month), every
HABIT_CTRL51 row keeps main's reading.

- HABIT_ONE (read unresolved): an adverb of habit between a singular subject and the "-s" present of a timetable
  verb right before a bare month ("The inspection usually opens in April"; `_habit_month`, `_timetable_present`),
  as dates50g's plural subjects ("Audits usually begin in March") already were.
- HABIT_MARKED (read unresolved): a timetable present with "every year", "each year", "annually", "every spring"
  right before or after its bare month ("The review closes in June each year", "Budget talks open each year in
  October"; `_yearly_habit_month`).
- HABIT_CTRL51: the past ("usually opened", "began in March every year"), no habit adverb ("now", "finally"), a verb
  of no timetable ("rises", "climb"), "this/next year" (one month), the marker in another clause (after a comma and
  "and", a semicolon, "as it does every year"), a possessive "each year's": main's reading.
- PART_END: "by (at, before, until) the end of the first quarter (second half)": its last day (`_quarter_half_end`), in
  two known shapes only (mend51d, after review51d): the year written ("of next year", "of last year"), or a clause
  plainly ahead (`_ahead_mood`: "will", "would", "must", "is due", "plans to", "has until", "was to be signed"),
  the first such end still to come (told in November, "by the end of the first quarter" is the next year's March 31;
  "of the year" and "was to": this year's, if still to come). Main read no date (or, with "of next year", the
  whole quarter).
- PART_END_CTRL: no "the end of" ("in the first quarter", "by the second half"): main's reading.
- PART_NONE: no date, as main: "the first quarter of the game", "the last quarter", "half-season", "quarter-final";
  and (mend51d) any clause not plainly ahead with no year written: the past ("finished", "reopened", "shrank"), a
  game's quarter or half ("trailed by six", "led 24-9", "down 8 at"), a past perfect after a year told before, a
  plan told as past ("had hoped to", "was expected to"). review51d's probes that the branch made worse are here in
  invented wording.
- SECOND_ACT: a past weekday after a dated act of speech whose object is a noun, joined to it by "and", "then" or
  "but" and a past verb ("The ministry announced the cut Tuesday, then reversed it on Thursday"): the speaker's next
  act, told in order, read from publication (`_second_past_act`); main read it as the speech's content, on or before
  the speech's day (the week before). Found among 40 past narrations of two weekdays (or a weekday and "the next
  day") told on a Saturday, the one shape main misread.
- SECOND_ACT_CTRL: the speech's content ("said Tuesday that the envoys met on Thursday", with or without "that",
  "and added that", an "and" inside the content), the future, a past perfect ("but had floated it on Thursday",
  mend51d), and weekday pairs main reads right: main's reading.

Rows: tests/cases/test_fix51d.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import assert_no_date, assert_open_date, case_tables, dates_test, rows_test

TABLES = case_tables("test_fix51d")
OPEN = {name: TABLES.pop(name) for name in ("HABIT_ONE", "HABIT_MARKED")}
NONE = TABLES.pop("PART_NONE")
test_fix51d = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"

test_fix51d_open = rows_test(assert_open_date, **OPEN)


def check_fix51d_none(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that no date read in ``text`` holds ``exact`` (``start`` and ``end`` are "null" in the row)."""
    assert (start, end) == ("null", "null"), "a NONE row wants no value"
    assert_no_date(text, published, exact)


test_fix51d_none = rows_test(check_fix51d_none, PART_NONE=NONE)
