"""Verdicts on a change's stated base, a deal named for a rise or a future payment, and a series of years
(verd50, session 50; issue #10).

Rows of my own (tests/cases/test_verd50.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks), written for
the three VERDICT xfails of tests/cases/test_guard49.csv and two defects review49k left on main. Each table's rows
failed on main; its ``_CTRL`` table holds near misses that keep main's answer (among them the wordings review49g and
review49j found the removed rules over-reaching on).

- ``YEARS_BACK``: "Under the 10th SMA, Seoul paid X, up N percent from two years earlier" is X's year over the year
  two before, not over the year before (frames.years_back_base, rules.years_back_reading); only where verd49's
  relative base gave the amount its year (a one-year deal), never for "two years ago" (counted from publication).
  With a stated year ("Seoul paid X in 2016, up N percent from two years earlier") main already counts from 2014, but
  cfix51's count of years (rules._YEARS_COUNT in rules.since_readings) read "two years" as a span whose start may be
  2015 and supported the one-year rise; a count followed by "earlier", "before" or "ago" is a point now, no span.
- ``SERIES``: in "X for 2019 and 2020 and Y for 2021" the series is X's and 2021 Y's (frames.series_tie,
  first_of_series beside verd49's trailing_tie); without a date after Y the series stays as near to Y as it was.
- ``NEW_DEAL_FUTURE``: a payment with no year that Seoul "will pay" (the verb right before it) under "the new deal",
  while a concluded agreement covers the publication year, is not the year before publication's payment
  (the rule written for it, rules.will_pay_under_new, was removed after review50v and review50v2 found right
  retroactive payments of the gap year, rounded or in dollars and with no word of paying late, turned misleading:
  its two rows are strict xfails, and the reviewers' thirteen probes are controls).
- ``NAMED_DEAL``: "rose N percent under the new 11th deal" (the deal named right after the percent), supported only
  by another deal's rise, is judged as that deal's first-year rise unless a change of its term on record fits
  (frames.deal_right_after, rules.named_deal_rise); a deal elsewhere in the sentence binds nothing.
- ``SINCE_CURRENT``: "has risen N percent since the current deal took effect" (right after the percent), called false
  as a one-year change, is read from the start of the agreement in force, its first year or the year before
  (rules.since_current_reading); a reading off the record keeps main's withheld verdict.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_verd50_claims = table_test("test_verd50", check_years47_claims)
