"""review94's older finding, mended by the lead (twenty-seventh session): a payment told for a span of years with no
word that tells it for each year ("In the 1990s Seoul paid $150 million") was judged as if every year of the span
had to fit, and a right figure (the 1991 payment) was `contradicted`. ``rules.some_year_fits`` makes it `unverifiable`
when one year of the span fits; "a year", "annually" and a figure no year fits stay `contradicted`.

Rows: tests/cases/test_review94.csv (as tests/cases/test_review92b.csv), made-up sentences, controls beside.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review92b import check_claim  # the claim row check of the review rounds

test_review94 = rows_test(check_claim, **case_tables("test_review94"))
