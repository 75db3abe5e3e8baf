"""Classes where a right figure was called ``contradicted``, found by the prober probec39 (thirty-ninth session: 160
outsider articles, /work/wt/probec39/REPORT.md, issue #10's first goal), mended by shape; rows in my own words, with
near misses that keep their reading (tests/cases/test_cfix40.csv; columns as tests/test_dev126.py's):

- ``TERM_TOTAL`` (A1): a total over an agreement's years named by its number ("under the six-year 11th SMA", "Ninth
  SMA to cost Seoul X", "over the five years of the eighth SMA") was read as one year's payment and contradicted, or
  as a total with "no range of years". The term's years come from data/sma_contributions.csv (``term_start``,
  ``term_end``; ``frames.deal_term_span``), from its first set year when a count of years says so; a total is given
  them (``frames.frame_of``), and a payment with no year of its own phrase, too big to be one year's, is judged as
  their total (``rules.term_total``). "Starting with X this year" after such a total is that year's payment
  (``frames.total_over_span``).
- ``YEAR_AFTER`` (A2): a percent whose year comes after the amount it names: "raised it 13.9 percent to X in 2021"
  (the amount reached dates the rise, not the amount before it), "5.8 percent above the X paid the year before" (the
  rise is of the year after the base's; ``frames.amount_after_years``).
- ``AGREED_TARIFF`` (A3): in a sentence that tells something agreed, the percent a tariff came down from ("agreed to
  set the tariff at 15 percent, down from the 25 percent announced earlier") was read as the SMA's agreed rise and
  contradicted; a percent told as the level another percent came from takes that percent's quantity when the data do
  not cover it (``frames.from_other_percent``).
- ``PLANNED_LEVEL`` (A4): a troop level a change is to reach later ("are expected to fall to 25,000 by 2008", "will
  stand at 25,000 troops by 2008", told before 2008) was judged as that year's level and contradicted; a level after
  "to", "at" or "reach" with a word of the future in its clause, or reached by a year after publication, is a target,
  not a count (``frames.troops_planned``).
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix40.csv
test_cfix40_claims = table_test("test_cfix40", check_claims62)
