"""Verdicts the held-out aggregate named (conv54, sixteenth session; issue #10): conversions beside the 2026-2030
deal, its payment told by its first year, changes whose clause names the payment by a word standing for it,
quotations, asks beside payments, ratio asks told in 2020, and a 2026 rise counted from the old deal's last year.

The lead's aggregate of the held-out verdict misses gave frames and the tool's evidence only (no text seen). The rows
are sentences of my own in the news English of the subject (made-up officials), right figures from
data/sma_contributions.csv, data/demands.csv, data/exchange_rates.csv and data/troops.csv and wrong ones, with
controls; data in tests/cases/test_claims54.csv (columns published, text, exact, want, xfail, note; wants as in
tests/test_years47.py), written before the rules.

- ``CONV_DEAL``: a right conversion in a sentence whose frame has the 2026-2030 deal's years ("up 8.3 percent, or
  116.4 billion won ($85 million)", a five-year total, dollars first, the signing year's rate) stays ``supported``.
- ``DEAL_FIRST``: a payment with no year of its own told as the 2026-2030 deal's before it begins ("in the first
  year of the five-year deal that runs through 2030", "the deal, which runs through 2030, sets X") is the payment of
  the deal's first year (2026), which the data give; a frame of the whole term ("in its first year", "starts ... at
  X") stays judged on 2026 but never ``supported`` (audit53, as test_claims50's RANGE_YEARLY).
- ``SMA_WORD``: a change whose clause names the payment by a word standing for the payment of the clause before ("it",
  "the amount", "the figure") or by the one-year deal it was agreed in ("rose 12 percent under the 10th SMA").
- ``QUOTE_PCT`` / ``QUOTE_TROOPS``: a speaker's own wrong percent of the payment, and a bare number after "we have"
  in a quotation whose sentence or the one before names the troops.
- ``ASK_PAY``: verbs of asking and paying in one sentence keep their figures apart.
- ``RATIO_2020``: a ratio ask told in 2020 is bound to 2020's ask.
- ``BASE_2025``: a 2026 rise counted from the current deal's last year (2025), not from the publication year 2024.

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims54")  # tests/cases/test_claims54.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims54_claims = claims_test(test_years47.check_years47_claims, **ROWS)
