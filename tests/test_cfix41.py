"""Claim-frame classes the prober probec41 found (forty-first session: 150 outsider articles,
/work/wt/probec41/REPORT.md; issue #10), mended by shape; rows in my own words, with near misses that keep their
reading (tests/cases/test_cfix41.csv; columns as tests/test_cfix40.py's):

- ``FALL`` (A1): an amount of change told as a fall ("X less than in 2004", "down X from 2004", "X lower") was judged
  as a rise that "did not rise" and contradicted; a fall is judged against the two years' payments
  (``frames.amount_fall`` in ``rules._step_in``).
- ``PART`` (A3): a rate per head at a headline's end ("Seoul's bill: X a soldier") and a fraction of a payment ("Half
  of this year's payment would be about X") were judged as the year's payment and contradicted; they are parts of it
  (``frames._RATE_PER_HEAD`` stops at a line's end, ``frames._FRACTION_OF_PAYMENT``), not checkable.
"""

from __future__ import annotations

from conftest import table_tests
from test_claims62 import check_claims62

COUNTS = {"FALL": 5, "FALL_NEAR": 2, "PART": 5, "PART_NEAR": 3}

# rows: tests/cases/test_cfix41.csv; test_tables: each class keeps its rows
test_cfix41_claims, test_tables = table_tests("test_cfix41", check_claims62, COUNTS)
