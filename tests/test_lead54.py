"""A payment told as "nearly X" ("almost X") that the data's figure is a little above is a round figure, judged as X
unhedged would be (the lead, session 54; issue #10: never call a right figure wrong).

Rows (tests/cases/test_lead54.csv, columns published, text, exact, want, xfail, note), invented wording:

- ``NEARLY`` (:func:`analysis.rules.nearly_rounded` in :func:`analysis.rules._payment_in`): "nearly 1 trillion won"
  for 1,038.9 bn won, "almost 920 billion won" for 932.0 bn: above the ceiling by a few percent, which main called
  `contradicted` though the same figure with no hedge, or "about", is `supported` within 10 %. Every row failed on
  main.
- ``NEARLY_CTRL``: strict ceilings ("less than", "just under") above the data, a "nearly" figure far below the data,
  and one above it: kept.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict

test_lead54_claims = table_test("test_lead54", check_fix51v3_claims)
