"""A change's loose year when its sentence names its own year or deal outside the figure's phrase (fix50j, session 50).

Rows of my own (tests/cases/test_fix50j.csv, judged as :func:`test_years47.check_years47_claims` judges them).

- ``DEAL_TELLING``: "The eighth accord raised it, by 2.5 percent, aides recalled on Friday": the date of a trailing
  attribution does not unbind the numbered deal (frames.telling_date in frames.deal_term_years).
- ``YEAR_BY``: "climbed in 2016, by 8.2 percent": the year right before ", by" is the change's, so no loose year
  (the publication year's, a deal's first) is tried (rules.own_year_by in rules._in_loose_years).
- ``DEAL_TERM``: "The eighth accord, inked in 2009, lifted it 8.2 percent": a loose year outside the term of the
  agreement the clause names by number is no reading of the change (rules.own_deal_years, frames.clause_deal_no).
- ``YEARS_BACK``: "The tenth pact ... lifted it by 8.2 percent from two years earlier": a one-year deal's change is
  counted from the base its phrase names (frames.counted_back).

Controls (``*_CTRL``) keep main's answer: right figures, no year or deal in the sentence, a year or deal in a
comparison, a date that is not a telling's.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fix50j_claims = table_test("test_fix50j", check_years47_claims)
