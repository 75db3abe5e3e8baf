"""The rules that fix frames62's causes (frames63, eighteenth session; issue #10), and their near misses.

Rows: tests/cases/test_frames63.csv, in tests/test_frames62.py's format and read by its test (each text one paragraph
after the lead sentence of tests/test_review45.py; made-up sentences in my own words, no corpus article read):

- ``TRANSFER``: a sum whose payer is Korea and whose purpose or recipient is the US forces in its own clause, in
  words of paying, handing over or bearing a cost the matrix does not use ("chipped in", "forked out", "transferred
  to USFK", "expenditure", "collected from Seoul"), and a sum settled on in an article about the talks
  (frames.korea_pays_us_forces, frames.agreed_on); ``TRANSFER_NEAR``: what must stay ``other`` (a sum Korea pays for
  its own forces, for weapons, for a move of troops or a base it chose; another host's payment; what the US spends).
- ``HEAD_NOUN``: the quantity comes from the head noun of the figure's own phrase; cue words in a comma-set aside
  (frames.aside_before_predicate), past an apposition's year (frames._APPOSED_AFTER), in an "of <payment>" part
  allotted to a use (frames.allotted_part) or in the cost of another thing (frames.part_of_other_cost) do not
  compete, and pay for workers or soldiers is wages; ``HEAD_NOUN_NEAR``: the payment as the head noun stays the
  payment.
- ``TWO_YEARS``: a multiple between two years the text dates is judged on those years' rows
  (frames.base_year_of_multiple, rules.ratio_reported through multiple_since), and an ask's multiple of a stated base
  is judged on the demands; ``TWO_YEARS_NEAR``: a multiple of something else is never caught.
- ``LEAD_ANSWERS`` (the lead's answers to frames62's questions): a range total is ``sma_total``
  (frames.range_total) and "added up to" is no hedge (amounts._SUM_UP); "could end up paying" is hypothetical
  (frames.ends_up_paying); another country's offer (frames.third_country) and a cost estimate the ask refers to
  (frames.estimated_cost) are not checkable; ``LEAD_ANSWERS_NEAR``: one year's sum, what was paid in the end, Seoul's
  offer and an ask stay as they were.
"""

from __future__ import annotations

from conftest import table_test
from test_frames62 import check_frames62_claims as check_frames63_claims

#: Each row: the claim holding ``exact`` has the quantity and verdict the row wants (tests/test_frames62.py's check).
test_frames63_claims = table_test("test_frames63", check_frames63_claims)
