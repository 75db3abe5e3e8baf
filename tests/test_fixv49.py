"""Wrong figures caught by reading the deal and the verb a figure is told under (fixv49, session 49; issue #10).

Rows of my own (tests/cases/test_fixv49.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks), written
for the five VERDICT rows of tests/cases/test_guard49.csv that main answered wrong. Each table's rows failed on main;
its ``_CTRL`` table holds near misses that keep main's answer.

- ``PARTICLE``: "forks over X" is a verb of paying (frames._PAYMENT), and its "over" is the verb's particle, no floor
  (extract.amounts._PARTICLE_VERBS); another payer's outlay stays uncovered ("Washington forks over X":
  guards._SPEND).
- ``UNDER_CURRENT``: a payment "under the current deal" gets no "probably right" cover from a year outside that
  agreement's term (rules.outside_current_deal in rules.elsewhere; the words are frames._STANDING_DEAL's).
- ``REVIEW_CTRL``: the findings of review49g, each with main's answer. Three rules of this branch were removed for
  them (a change under a numbered deal, a payment told in the future, a change since the current deal), so three
  guard49 VERDICT rows are xfail again.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fixv49_claims = table_test("test_fixv49", check_years47_claims)
