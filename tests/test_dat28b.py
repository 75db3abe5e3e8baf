"""Dates and money on text no rule was written from (dat28b, the second round at the misses of the 80 articles moved
from held-out to dev): made-up sentences, no article's words.

- CAPS: a month name printed in capitals right before its day number ("FEB. 28, 2019", "MARCH 5") is read as the
  title-case name is (`dates.cased_months`); the ordinary case as control.
- SERIES: the writer's "this year" starts the series "the next N years" goes on ("pays more this year, with increases
  over the next four years": the four calendar years after it) as a written year does (`dates._deal_year_before`);
  controls: another clause, an end ("until this year"), a possessive ("this year's budget").
- AFTER: a count after "after" with no object and no date before it, in a future clause ("..., but after four years,
  the share is expected to reach"), is the day (for months the month) that far from publication, as "in N units" is
  (`dates._after_count`); a fronted count reads the clause after its comma (`dates._count_tense`); controls: a past
  clause stays unresolved (in test_dat28bn.csv), a date before it still anchors it.
- KOREAN: a year with Korean's year suffix ("2027년") is that year (`dates._YEAR_ALONE`); a count with another suffix
  ("2027명", people) stays no date.
- WEEKEND: "a weekend <event>" ("a weekend missile launch") dates the event by its clause's tense as "at the weekend"
  does (`dates._A_WEEKEND_NOUN`, `dates._weekend`); not "a weekend of", "a weekend in", a habit, or a clause with no
  tense word.
- PASTYEAR: "this past year (month)" is the rolling span to publication, as "the past year" (README) is
  (`dates._relative`); controls: "this past week", "this past summer", "last year" keep their readings.
- SINCE: a date naming an event after "since the" ("their first visit since the Jan. 20 inauguration") is the start
  of a span the act is told against, no anchor for a later count ("A day later") (`dates._since_event`); control:
  "since Jan. 20" alone stays one.
- NOITEM (tests/cases/test_dat28bn.csv): controls where no date may overlap ``exact``.
- review100 (mend100) narrowed SINCE (a dated act before "<det> first ... since the"), WEEKEND (no date of its own
  in the sentence, no noun of a thing that comes each weekend, no possibility), AFTER (no quotation, "would", event
  clause, "even", habit), KOREAN (no decade, no year before its month), PASTYEAR (January: the year just ended; a
  month's first week: the month just ended; a possessive: calendar) and CAPS (no count after the number): its
  sentences are rows and controls in the three tables; SINCEFRAME/PASTFRAME (tests/cases/test_dat28bv.csv) check
  the claim frames.
- review104 (mend104): from February to September the rolling "this past year" frames a claim as the calendar year
  before publication, not the year it ends in or another year its sentence names (`frames.date_years`); PASTFRAME
  rows, with a fourth-quarter control.
"""

from __future__ import annotations

from conftest import case_tables, dates_test, rows_test
from test_dates75 import check_no_item
from test_review92b import check_claim

test_dat28b = dates_test(**case_tables("test_dat28b"))
test_dat28b_no_item = rows_test(check_no_item, **case_tables("test_dat28bn"))
test_dat28b_verdicts = rows_test(check_claim, **case_tables("test_dat28bv"))
