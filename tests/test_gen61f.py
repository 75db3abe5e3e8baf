"""Near-variants of the classes written from one article each in the seventeenth session (gen61f; review60).

review60 found that rules written from one article's words failed on near-variants of the same class. The rows are
sentences of my own (made-up officials), right figures from data/sma_contributions.csv and data/demands.csv and wrong
ones, with controls; data in tests/cases/test_gen61f.csv (columns published, text, exact, want, xfail, note; wants as
in tests/test_years47.py), written before the rules.

- ``IT_AMOUNT``: "It amounts to / comes to / totals / added up to X", "That comes to X", "This is X" after a sentence
  naming a payment's one year is of that year, as "It is worth X" is (frames.it_year_before).
- ``PAID_VERBS``: "the X Seoul now gives / pays / contributes / spends / hands over" is the payment stated as fact
  (frames.provided_relative), not the demand its clause is about.
- ``PROPOSE_ASK``: "proposing", "floating", "putting forward", "pitching" after the payer is told it should pay more
  is the paid side's ask (frames.suggested_ask); Seoul's own proposal stays an offer.
- ``SUPPORT_WORDS``: "backing", "assistance", "aid" in the place of "support" (check.support_sum); the purpose
  "to aid" after a paid amount is not support.

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

#: The classes and how many rows each holds, controls and strict xfails included.
ROWS = case_tables("test_gen61f")  # tests/cases/test_gen61f.csv
#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_gen61f_claims = claims_test(test_years47.check_years47_claims, **ROWS)
