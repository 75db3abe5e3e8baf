"""review41 (eleventh session): adversarial rows on the claims42 and fix40c rules (spans of N years, conversions
that must agree with a rate, origin asides, deal bases, "demand for X, up from Y", pronoun askers). Made-up wording;
figures from data/ (sma_contributions.csv, demands.csv, exchange_rates.csv). A row that is still wrong is a strict
xfail with its reason."""

import pytest
from conftest import case_tables, cases, merged, read_claims, run_rows

#: The tables (published, text, exact, verdict wanted; "!v" for any verdict but v), each finding and control with its
#: note: tests/cases/test_review41.csv. SPAN_OF: "in two years of talks" counts years of something else, not the
#: change's span (frames._OVER_YEARS); RATE_NAMED: an amount followed by "at ... rate" is a conversion
#: (frames.rate_named); LEFT: the strict xfails review41 left, fixed by claims43 (frames.hedged_or_aside,
#: restating_gap); RANK_LEVEL (fix41): a ranking that names no change may rank the payment itself, not its rise.
TABLES = case_tables("test_review41")


def check_review41_verdict(published: str, text: str, exact: str, verdict: str) -> None:
    got = read_claims(text, published)[exact].verdict
    assert got != verdict[1:] if verdict.startswith("!") else got == verdict


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_review41_verdict(rows: list[object]) -> None:
    run_rows(check_review41_verdict, rows)
