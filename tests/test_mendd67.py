"""Date rows of review67's findings 5 and 6 (mendd67, twentieth session): made-up sentences with made-up names
(Tolvig, Danne, Osric, Karsk, Velsk), each labelled as a careful reader reads it (tests/corpus/README.md's
Conventions), with near misses that must keep mendd66's readings.

- AIMED (finding 5): only a verb of setting a day ("scheduled", "booked", "set ... for") aims a past clause's
  weekday ahead; a verb of moving or delaying aims only with "to/until" right before the day ("moved the vote to
  Friday"), and "for" only before a bare weekday after an object ("a vote for Saturday"), not before a possessive
  ("for Saturday's deal") nor right after a verb ("fought for Saturday").
- DEADLINE (finding 6): a deadline told with a count of time after it ("a third month ... after", "weeks after") or
  "since" has passed; a deadline warned of is moved a year on only when its latest past day is over
  ``_JUST_PASSED`` days back.

Rows: tests/cases/test_mendd67.csv (as tests/test_mendd66.py's).
"""

from __future__ import annotations

from conftest import case_tables, dates_test

test_mendd67 = dates_test(**case_tables("test_mendd67"))  # "``exact`` reads ``start``..``end``"
