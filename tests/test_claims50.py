"""Wrong figures withheld that the data can call wrong (caught50, fifteenth session; issue #10).

Rows of my own (made-up sentences in the news English of the subject, figures from data/*.csv), written before the
rules, with right-figure controls beside each wrong one; data in tests/cases/test_claims50.csv (columns published,
text, exact, want, xfail, note; wants as in tests/test_years47.py).

- ``RANGE_YEARLY``: a payment told for a range of years with no word making it yearly ("Under the deal for
  2026-2030, Seoul's payment is 1.7 trillion won") was withheld as "may be the total of those years, which cannot be
  added up"; a figure below the range's length times the smallest payment the data give of those years, less
  ``near_rel``, cannot be their total, so the first verdict (judged as each year's) stands
  (rules.below_any_total in rules.total_or_yearly).
- ``DEMAND_ABOVE``: a demanded multiple or percent rise of the payment ("a tenfold increase", "a 900 percent
  increase") that no demand on record matches was withheld; one above every multiple any demand of its actor on
  record by publication made of its year's payment, by more than ``factor_near_rel``, was not asked: *contradicted*
  against the highest (rules.multiple_above_record), as rules.above_record does for an amount. Lower multiples stay
  withheld (opening or reduced asks the data may not hold), and so do ceilings ("as much as"); so does any
  multiple when some ask on record by then has no payment of its year (its multiple unknown: Trump's 2024 ask).
- ``NEWEST_RISE``: a change with no year of its own ("The 12th Special Measures Agreement calls for an increase of
  69.8 billion won", told in 2024) was judged as the publication year's, which the data lack (``unverifiable``); when
  its sentence names the newest agreement as new or by its ordinal and that agreement was concluded at most
  ``recent_days`` before, it is judged on that agreement's first rise, as a right figure already was
  (rules.newest_deal_rise).
- ``OUR_SHARE``: "Our share goes up 12.2 percent," an official said, read as no quantity the data cover (``other``,
  ``not_checkable``) where "Korea's share" was the payment; "our share" now names it too, and a share *of* something
  other than the costs or an amount ("Korea's share of the global chip market") no longer does (frames._PAYMENT).
- ``ASK_CUT``: "Washington's ask was reduced from $5 million to $1.3 billion" read the earlier ask as the payment
  (withheld: "a demand word governs its clause"); an ask told in the passive as reduced, cut or raised from X is
  an ask changed, as "cut its demand from X" was (frames._ASK_FROM).
- ``DEAL_TERM``: "Under the 2026-2030 deal, Seoul pays 1.9 trillion won a year" was withheld as "its year comes from
  a date outside the figure's own phrase"; a deal named by its whole term on record, not begun before the
  publication year, fixes the years (rules.unbegun_term_named in rules.sure_year). A running deal's term does not
  ("Under the 2020-2025 deal, Seoul pays X", told in 2025, may be the present year's).
- ``PAID_REL``: '"We want them to pay more than the $500 million they pay," Trump said' read the base as a demand,
  and 'Seoul "should pay more than the $500 million it pays now"' was withheld for its modal; a relative clause
  with "they" names a payment as "it" does (frames._PAID_RELATIVE, in frames._intent too), and a payment so named
  is a fact whatever modal comes before it (rules.wished).
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims50")  # tests/cases/test_claims50.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims50_claims = claims_test(test_years47.check_years47_claims, **ROWS)
