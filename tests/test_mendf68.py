"""Mends of review68's findings on the claim check (mendf68, twenty-first session).

Rows: tests/cases/test_mendf68.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences, no corpus article read):

- ``BASE_AMOUNT`` (finding 1): a rise counted from an amount whose own phrase binds a year ("up 46 percent from X in
  2019", "46 percent more than the X it paid in 2019", "a 46 percent jump on the X of 2019") is counted from that
  year (frames.amount_base_year); ``BASE_AMOUNT_NEAR``: a base of the year before, a base with no year, and a rise for
  a year not yet agreed at publication (rules.since_or_pending) keep their readings.
- ``BASE_LEVEL`` (finding 2): "N percent above/below/against the <year> level" counts from that year, as "from" and
  "over" did (frames._FROM_YEAR); ``BASE_LEVEL_NEAR``: the year before stays the year-on-year rise.
- ``RANGE_END`` (finding 3): the amount a change over a period its clause names once came to ("From 2021 to 2025, the
  payment rose 18.5 percent, to X") is the last year's (frames.reached_end_year), as "from X to Y" binds X and Y to the
  two ends (frames.endpoint_years); ``RANGE_END_NEAR``: a yearly level over the period ("X a year", "stood at X") stays
  judged on every year, a single year or the amount's own year keeps its reading.
- ``OTHER_YEAR`` (finding 4): a won payment equal to the won to another year's row, outside its own year's band, its
  year told from publication in its own phrase ("next year", "this year", "last year"; rules.deictic_year), is caught
  as one with a written year is; both are `contradicted`, as the Conventions' "a period the text fixes" says
  (rules.another_years_figure, `misleading` before); ``OTHER_YEAR_NEAR``: a figure in its own year's band, the years
  whose payment did not change (2019 and 2020), a hedged or rounded figure and a quotation keep their verdicts.
- ``DENIED_ASK`` (finding 5): an ask the text denies ("did not ask for X", "never demanded X", "denied seeking X",
  "the demand was not X but Y"; frames.denied_ask) is not `supported` as a demand: the Conventions name no verdict
  for it, so `unverifiable`, "denied in the text" (rules.denied_demand); in "not X but Y", Y is the demand told rightly,
  of X's quantity and side (frames.corrected_of); ``DENIED_ASK_NEAR``: a double negative ("has not dropped its
  demand"), Seoul's refusal of a demand, and a denied figure the data do not hold keep their verdicts.
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_mendf68_claims

#: Each row of tests/cases/test_mendf68.csv reads as it wants (tests/test_frames64.py's check).
test_mendf68_claims = table_test("test_mendf68", check_mendf68_claims)

