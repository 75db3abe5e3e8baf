"""review41 (eleventh session): adversarial rows on the claims42 and fix40c rules (spans of N years, conversions
that must agree with a rate, origin asides, deal bases, "demand for X, up from Y", pronoun askers). Made-up wording;
figures from data/ (sma_contributions.csv, demands.csv, exchange_rates.csv). A row that is still wrong is a strict
xfail with its reason."""

from conftest import case_tables, rows_test
from test_review40 import check_fix40c_verdict as check_review41_verdict

#: The tables (published, text, exact, verdict wanted; "!v" for any verdict but v), each finding and control with its
#: note: tests/cases/test_review41.csv. SPAN_OF: "in two years of talks" counts years of something else, not the
#: change's span (frames._OVER_YEARS); RATE_NAMED: an amount followed by "at ... rate" is a conversion
#: (frames.rate_named); LEFT: the strict xfails review41 left, fixed by claims43 (frames.hedged_or_aside,
#: restating_gap); RANK_LEVEL (fix41): a ranking that names no change may rank the payment itself, not its rise.
TABLES = case_tables("test_review41")

#: Each row: the claim of ``exact`` has the verdict wanted (or any but "!v"), as test_review40's fix40c rows.
test_review41_verdict = rows_test(check_review41_verdict, **TABLES)
