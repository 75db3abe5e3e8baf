"""Rows of audit53's review of the fifteenth session's claim rules (a read-only reviewer's inputs, mended by the lead):
a bare "national defense" is no defence-budget cue; "price tag" and "tab" are a demand only as the demanding side's,
and a passive "eyed" is none; a support noun before a payment noun of its own, or after "leaving aside", does not
claim the amount; "a X won base contribution" is a payment, not a base's price; a pegged change's budget cue does not
depend on where a search window ends; a range with years the data lack is never `supported`.

The rows are data in tests/cases/test_audit53.csv (columns published, text, exact, want), judged as
tests/test_years47.py judges its rows.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_audit53")  # tests/cases/test_audit53.csv

#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_audit53_claims = claims_test(test_years47.test_years47_claims, **ROWS)


def test_tables() -> None:
    """Each class keeps its rows and its controls."""
    assert {name: len(rows) for name, rows in ROWS.items()} == {
        "NATIONAL_DEFENSE": 2, "PRICE_TAG": 3, "SUPPORT_BEFORE": 4, "BASE_CONTRIBUTION": 2, "PEGGED_WINDOW": 2,
        "RANGE_MISSING": 2}
