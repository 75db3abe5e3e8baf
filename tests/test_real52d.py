"""Dates of the 149th dev batch's misses, by class, in made-up wording (real52d, fifty-second session): each class
table's rows fail on main before the change, and each CTL table holds near misses that keep main's answer.

- RANGE: two months, each with its year, joined by a dash with spaces ("(October 2025 – September 2026)"): one span
  from the first month's first day to the second's last (`_month_years_dash`); RANGECTL: a dash aside before a
  clause or a non-date, a reversed pair, a verb after the second month.
- TWODAYS: "for two days from Tuesday": the span of that length from the weekday read by its clause's tense
  (`_days_lasting_wd`); TWODAYSCTL: no "for"/verb of lasting, a possessive weekday, a weekday span after it.
- PLANPAST: a bare month after a plan told in the simple past ("was set to be held in January", told in December):
  the month ahead when it is the nearer and at most three months on (`_past_plan_month_near`); PLANCTL: the month
  behind nearer, a past perfect, an outcome after, a year written, a past act, a future.
- ATTRIB: a bare weekday closing a sentence right after "according to <source>,": the day the source told it, on or
  before publication (`_attribution_weekday`), when the sentence tells no future or plan and that day is at most
  three days back (mend52r); ATTRCTL: "on Wednesday", the weekday inside the reported clause, a weekday pair, a
  future or plan told ("will", "is set to", "are to", "plan to"), the day back too far (review52r's probes).
- mend52r also: PLANCTL rows with a past time before the month ("Last year,", "In 2018,", "A year ago,"); TWODAYS
  rows where a past span must end by publication (else the weekday of the week before).

Rows: tests/cases/test_real52d.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test

TABLES = case_tables("test_real52d")

test_real52d_dates = dates_test(**TABLES)
