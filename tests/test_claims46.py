"""Claim verdicts of percents on fresh text (claims46, thirteenth session).

The forty-fourth batch (dev, merged at 08:15) gave these classes; each has generic rows of made-up wording (figures
from data/) with controls that must not change:

- BARGAIN_FOR: a sum or rise that one side is "negotiating / bargaining / holding out for" ("The White House has been
  negotiating for a 400% increase to what Seoul is currently paying") is what that side asks: a demand, judged
  against the demands on record (a rounded percent of a demanded rise within ``Tolerances`` of the rise the ask makes
  over the payment is ``supported``, a far one withheld). It was read as the payment's reported change of the
  publication year (+8.2 % in 2019): a right figure ``contradicted``. A span of time after "for" ("negotiated for
  months", "for nearly a year") is no sum asked.
- THAN_BASE: a demand or offer word after a figure, inside the base of a comparison ("8.2 percent more than what it
  offered under a previous five-year pact"), names the base, not the figure's own offer: the figure is the payment's
  reported change (it was an offer with no row: ``unverifiable``). A cue after the figure with no "than" between
  ("the 50 percent rise Trump demanded") still governs it. So for a sum attributed after it to the US side
  (THAN_BASE_CITED): "$8 billion more than the budget requested by the Trump administration" is a difference of
  budgets, not a demand of the talks (it was ``unverifiable`` as one).
- PURPOSE_OF_THE: an amount after "up from" / "and" that continues the payment named before it in its sentence
  ("Seoul will pay X in 2019 for the operation of the U.S. Forces Korea, up from Y the previous year") is last year's
  payment; an "of the" that only names what the first sum is for no longer makes Y a whole of which X is a part (it
  was read as another quantity, ``not_checkable``). "92% of the $10.8 billion project" stays a whole.

The rows are kept as data in tests/cases/test_claims46.csv (columns published, text, exact, want; "!supported":
caught or withheld, never supported).
"""

from __future__ import annotations

import test_claims43
from conftest import case_tables, claims_test

TABLES = case_tables("test_claims46")  # tests/cases/test_claims46.csv


#: Each row's claim gets its verdict ("!supported": caught or withheld), as tests/test_claims43.py checks.
test_claims46_verdicts = claims_test(test_claims43.check_claims43_verdicts, **TABLES)
