"""Date misreadings found by probing short wire stories written anew (dfix49; rows in my own words, names and years
changed), each mended by a rule about the shape of the language, with near misses that keep their reading:

- JOINED_COUNT: an event count that opens a conjunct joined by "and"/"or" to the phrase of the date before it
  ("comes ahead of the Nov. 23 deadline and two weeks after the envoy's trip", "set for May 2 or three days after
  the panel reports") places the clause's act from its own event, which the text does not date: unresolved
  (``dates._joined_count``), not the date before it moved back, as a count set right after a date ("on Oct. 5, four
  months after ...") is (tests/corpus/README.md, Conventions). Near misses kept: a count set off by a comma right
  after a date; a count after a verb of a joined clause.
- WITH_EXPECTED: an absolute phrase "with <a thing> expected (due, scheduled, slated) [sometime] [in|on|by] <date>"
  after a clause ("The talks ended, with a decision expected Friday", "with a third round due in March") names a time
  still awaited when the story is told: read ahead, whatever the main clause's tense (``dates._with_expected``), when
  the sentence dates nothing before "with". Near misses kept: a past clause with its own date ("signed in January,
  with ratification expected in March": read from then, as before); "as expected in March"; a "with" that opens no
  awaited thing.
- RANGE_TILDE: Korean copy's range mark between two days ("Oct. 24~26", "24～26 October", "the 24th~26th") is a span
  of days, as the hyphen is (``dates._DAY_SPAN``, ``_DAY_FIRST_SPAN``, ``_DAYS_OF_MONTH``). Near misses kept: a range
  of percents; the hyphen.
- YEAR_PRIOR: "the year prior", "the day prior" read as "the year before" (``dates._adjacent``); "prior to <event>"
  stays no such item, and "prior" takes no event after it ("spent the year prior negotiating").
- COMPARED_YEAR: "the previous (prior) year" closing a comparison of a figure ("a 12 percent increase from the
  previous year", "a rise of 40% over the prior year") in a clause not told in the past, with no date before it in its
  paragraph: the year before the story's (``dates._compared_with_year``). Near misses kept: a past clause; no
  comparison word; a year told before it (its anchor); a rule for every year ("each year's rise"); paragraphs before
  it that tell of another year.
- AGO_AFTER_DATE: a count back set right after a date as its apposition ("in 2003, more than 11 years ago", "on May 5,
  nearly a month ago"), the date within one of the count's units of its span, describes that date, as a count of time
  placed right after a date does (``dates._ago_after_date``). Near misses kept: a date further off; no apposition.
- MONTH_FROM_YEAR: "the following (next, previous) month", "that month" after a span longer than a season (a year)
  name no one month: unresolved with that reason (``dates._shifted_from``), as a count of days or weeks from a year
  is. Near misses kept: after a month; after a season.

Rows: tests/cases/test_dfix49.csv, read as tests/test_dfix38.py reads its rows ("none": no date overlaps the
words; "null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix49_rows = table_test("test_dfix49", check_dfix38)
