"""Wrong figures caught by reading the deal and the verb a figure is told under (fixv49, session 49; issue #10).

Rows of my own (tests/cases/test_fixv49.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks), written
for the five VERDICT rows of tests/cases/test_guard49.csv that main answered wrong. Each table's rows failed on main;
its ``_CTRL`` table holds near misses that keep main's answer.

- ``PARTICLE``: "forks over X", "shells out X" are verbs of paying (frames._PAYMENT), and the "over" of "forks over"
  is the verb's particle, no floor (extract.amounts._PARTICLE_VERBS); another payer's outlay stays uncovered.
- ``AHEAD``: a payment told in the future ("will contribute X", "is set to pay X") is of publication on
  (frames.paid_ahead): never read back as the year before's payment when the text names no year.
- ``SINCE_DEAL``: a change "since the current deal (took effect)" is counted from the start of the agreement in force
  at publication, its first year's payment or the year before's, either reading fitting (rules.since_current_deal).
- ``UNDER_CURRENT``: a payment "under the current deal" gets no "probably right" cover from a year outside that
  agreement's term (rules.outside_current_deal in rules.elsewhere).
- ``NUMBERED``: a change with no year of its own told under an agreement its sentence names by number ("the 11th
  SMA", "the eleventh agreement") is one of that agreement's rises, not another's (rules.numbered_deal_rows).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fixv49_claims = table_test("test_fixv49", check_years47_claims)
