"""clm28b's rules from the misses of the 80 articles moved from held-out to dev (second round), made-up rows with
near-miss controls in tests/cases/test_clm28b.csv:

- THREAT_RISE: the level a threat's condition asks a payment raised to ("if Seoul didn't raise its annual contribution
  to X") is an ask, as "if Seoul did not pay X" is (``frames._PAY_CONDITION``).
- PUT_AFTER: an amount the paid side names in a relative clause after it ("the X that former President Trump
  discussed", "the X Washington floated") is its ask (``frames.put_after``).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review92b import check_claim  # the claim row check of the review rounds

test_clm28b = rows_test(check_claim, **case_tables("test_clm28b"))
