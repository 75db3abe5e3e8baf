"""Mends of review66's findings 1, 2, 3, 12, 14 and 15 on frames65's rules (mendf66, twentieth session).

Rows: tests/cases/test_mendf66.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences, no corpus article read):

- ``LIST_HEAD`` (finding 1): a list's head gives its items the SMA payment only when its subject (the words before a
  "than", "which", "that" or "how" clause) names Korea as the payer before the payment word; a head whose payment
  word is another's (the cost of stationing, what the US spends, another country's, a part of the payment) leaves
  its items unjudged (frames.head_reading); ``LIST_HEAD_NEAR``: Seoul's own lists keep their reading.
- ``CURRENT_DEAL`` (finding 2): "now/currently pays" is the payment in force at publication only when its sentence
  names no deal and no agreeing ("under the deal agreed this month", "has now agreed to pay", "under the 11th SMA":
  that deal's year, frames.told_in_force); between a deal's agreement and its signing the publication year is read
  too and the better verdict wins (frames.agreed_unsigned, rules.payment_reported); ``CURRENT_DEAL_NEAR``: the
  payment in force keeps its reading and wrong figures stay caught.
- ``MULTIPLE_PAYER`` (finding 3): a multiple of one year's payment over another's is Seoul's only when no other payer
  is named on either side ("what Japan paid in 2019", "Tokyo signed ...; its 2026 payment"): else another quantity
  (frames.other_payer_multiple in multiple_frame); ``MULTIPLE_PAYER_NEAR``: Seoul's own ratios are still checked.
- ``YEAR_SUBJECT`` (finding 12): the year's payment a multiple is said of may have up to two modifiers between year
  and noun, "the Korean government's" as owner and "outlay" as noun (frames._YEAR_PAYMENT_IS); ``YEAR_SUBJECT_NEAR``:
  a budget is no payment.
- ``LIST_THEN`` (finding 14): "then" after an item's separator (", then X in 2021") keeps the item in its list
  (frames._ITEM_LEAD); ``LIST_THEN_NEAR``: a wrong item after "then" is caught.
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_mendf66_claims

#: Each row: the claim holding the row's ``exact`` has the quantity, verdict, actor and modality the row wants
#: (tests/test_frames64.py's check, on the row's fields in its order).
test_mendf66_claims = table_test("test_mendf66", check_mendf66_claims)
