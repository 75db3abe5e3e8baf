"""A troop cost noun is no troop count; a hedged comma aside in the other currency is a conversion (fix50f, session 50).

Rows of my own (tests/cases/test_fix50f.csv, judged as :func:`test_years47.check_years47_claims` judges them).

- ``TROOP_COST``: "troop(s)" as the first word of a compound noun of money ("Seoul's troop cost share", "troop
  costs", "the troop bill", "troop upkeep", "troop funding", "troop payment") names the payment, not a number of
  troops (analysis.extract.counts.TROOP_COST_WORDS, a word of frames' ``_SMA_WORDS`` and ``_PAYMENT``): main read
  "South Korea's troop cost share grew 15.4 percent" as a troop figure (not_checkable); it is the payment's change.
  ``TROOP_COST_CTRL``: troop numbers, a troop cut, troop levels, troop strength and morale stay troop words; the
  compound owned by another name ("Japan's ...", "NATO's ...") keeps main's answer.
- ``COMMA_CONV``: "$X, about/roughly/approximately/some Y won, ..." (or won then dollars) between commas right after
  the first amount is a conversion whether or not it fits a year's rate (analysis.extract.amounts.comma_conversion,
  read by frames.converts), so a wrong one is caught at the rate; main read it as a conversion only when it fitted.
  ``COMMA_CONV_CTRL``: fitting asides stay supported; an unhedged aside, "nearly" (a bound), an aside not closed by
  a comma ("roughly Y won more than ..."), a part ("Y won of it for wages"), a list and two dollar amounts keep
  main's answer.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fix50f_claims = table_test("test_fix50f", check_years47_claims)
