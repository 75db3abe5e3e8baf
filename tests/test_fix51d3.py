"""Relative dates main left unread (helper fix51d3 of session 51, issue 9): holidays it did not know, a holiday given
as time off, a quarter told from publication, and the second month of an "or"/"and" pair. Names and places are
invented (Tarvin, Pelmo, Ostrik, Varnel, Gorvan, Ilse Marrow, Lena Vask); every row of HOLIDAY_NAMED, HOLIDAY_KOREA,
HOLIDAY_OFF, QUARTER and MONTH_OR failed on main; every row of the other tables keeps main's reading.

- HOLIDAY_NAMED: the US federal holidays of 5 U.S.C. 6103(a) main lacked, by their rule (Presidents' Day, also spelt
  "President's Day": the third Monday of February; Martin Luther King Jr. Day / MLK Day: the third Monday of January;
  Columbus Day: the second Monday of October; Juneteenth: June 19), Korea's Hangeul (Hangul) Day, October 9, and
  Valentine's Day, February 14 (a day of fixed date, no public holiday),
  read by the clause's tense as main reads the others (`_HOLIDAYS`, `_HOLIDAY_NAME`).
- HOLIDAY_KOREA: "Memorial Day" right after "Korea's" or "South Korea's" is Korea's, June 6 (`_korean_holiday`).
- HOLIDAY_OFF: a holiday as the object of "get", "have", "take" or "give" with "off" right after it ("will get
  Thanksgiving off", "were given Memorial Day off"; `_HOLIDAY_OFF`), read by the clause's tense.
- HOLIDAY_CTRL (no date, as main): a person's day, a school's name, "off to a start", "off the calendar", "off her
  chest" (after "off" only a clause's end or a date's or clause's word: "on", "next", "and", "work"), a noun after
  the name. HOLIDAY_KEEP: "Memorial Day" with no "Korea's" before it stays the US one; a holiday main knew.
- QUARTER: "this quarter", "the current quarter" (publication's calendar quarter), "last quarter" (the one before),
  "next quarter" (the one after); "by (before) the end of the (this) quarter" in a clause plainly ahead: the last day
  of publication's quarter (`_calendar_quarter`).
- QUARTER_NONE (no date, as main): a past "by the end of the quarter", "at the end of the quarter", "the last (next)
  quarter", a fourth, a district ("the diplomatic quarter", "this quarter of Tarvin"), a source ("from this
  quarter"), "quarter-century", "quarter century", a comparison ("than last quarter"), another quarter told earlier
  in the sentence ("profit in the third quarter beat last quarter"). QUARTER_KEEP: a year told, an ordinal
  quarter's end: main's reading.
- MONTH_OR: a bare month ending a list after a preposition whose first month has "early", "mid" or "late" ("in late
  January or February"), and a listed bare "May" ("in April or May"): the whole month, read by the tense as the list's
  first month is, as main already read "in June or July" (`_MONTH_LIST_BEFORE`, `_may_ends_month_list`).
- MONTH_OR_NONE (no date, as main): a listed "May" before a word ("May urged", "May Kolder", "May be") or "'s", a
  comma alone, "May" opening a sentence; a listed "May" is the month only before a stop or a comma.
  MONTH_OR_KEEP: pairs and months main already read.
- MEND (after review51d3; failed before the mend, and on main): a year after a holiday's "off" ("had Labor Day off
  in 2020"), "last (this, next) year" right after a holiday: that year's day (`_holiday_year_after`).
- MEND_NONE (no date): a holiday's founding ("since Hangul Day was declared a public holiday"), a birthday with no
  year, time off asked about ("Do ... get ... off?", "asked whether ... get ... off") or had by habit ("who get",
  "usually get", a present with no time after "off"; `_holiday_no_day`), "this <holiday>" told past more than
  half a year before its year's day (`_this_holiday_past`), a quarter in a sentence with a year, "last year" or
  "fiscal", the moon's or a game's "last quarter" (`_quarter_not_calendar`). MEND_KEEP: the near misses.

Rows: tests/cases/test_fix51d3.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import assert_no_date, case_tables, dates_test, rows_test

TABLES = case_tables("test_fix51d3")
NONE = {name: TABLES.pop(name) for name in ("HOLIDAY_CTRL", "QUARTER_NONE", "MONTH_OR_NONE", "MEND_NONE")}
test_fix51d3 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


def check_fix51d3_none(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that no date read in ``text`` holds ``exact`` (``start`` and ``end`` are "null" in the row)."""
    assert (start, end) == ("null", "null"), "a NONE row wants no value"
    assert_no_date(text, published, exact)


test_fix51d3_none = rows_test(check_fix51d3_none, **NONE)
