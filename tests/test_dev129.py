"""Claim misses of the 129th dev batch (thirty-fifth session: 2006-2018 stories on the 7th, 8th, 9th and 10th SMA), each
a class these rows hold in sentences of my own (dev129; issues #9, #10).
Claim rows: tests/cases/test_dev129.csv (columns as tests/test_dev126.py's).

- ``INDEX``: "paid X last year and is to pay the same this year with an adjustment for inflation" (", adjusted for
  inflation", "in line with inflation", "tied to inflation") made the paid amount another quantity (not_checkable):
  inflation named as the index a payment follows is no quantity of the clause (``frames.INFLATION_CUE``); inflation
  as a figure of its own ("inflation of 2.5 percent") still is.
- ``SHARE``: "pays about 42 percent or some X won of total costs": an amount restating a share of a whole of costs
  told with no article ("of total costs", "of stationing costs", "of overall expenses") took the share's quantity
  (``frames._SHARE_OF_AFTER``); another whole ("of GDP") keeps it.
- ``CURRENT``: a change "from the current (present) X to Y": the present level X was no count and "current" was read
  as Y's, so a planned troop level was judged as its year's and a right one called ``contradicted``
  (``counts._CURRENT_BASE``, ``frames.after_current_base``); a share "to 50 percent from the current 42 percent" was
  read as the ask (``frames.current_share_base``).
- ``RATE``: "one dollar was worth about 950 won" after a payment's sentence took the payment's reading
  (unverifiable): one unit of a currency said to be worth, to buy or to fetch an amount is an exchange rate told in
  words (``frames.dollar_worth``), as "US$1=W1,202" is.
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

test_dev129_claims = table_test("test_dev129", check_claims62)
