"""Demands told in forms the tool did not know, and the payment's change beside the defence budget's (frames52,
fifteenth session; issue #10).

The lead's aggregate of the held-out verdict misses (no text seen) named two classes. The rows are sentences of my own
in the news English of the subject (no corpus article read for them; made-up officials), right figures from
data/demands.csv, data/sma_contributions.csv and data/defence_budget.csv and wrong ones, with controls; data in
tests/cases/test_claims52.csv (columns published, text, exact, want, xfail, note; wants as in tests/test_years47.py),
written before the rules.

- ``ASK_NOUN`` / ``ASK_VERB``: an ask told as a noun ("Washington's $5 billion price tag", "the bill Trump handed
  Seoul", "the US side's opening figure", "asking price") or a verb of asking the demand cues did not hold ("pressed
  for", "floated a figure of", "put $5 billion on the table", "balked at paying", "would have Seoul pay", "insisted
  on", "eyeing", "targeting"); a right ask is ``supported``, a wrong one never ``supported``.
- ``ASK_PAY_CTRL``: the same verbs about the payment ("Seoul balked at paying more than the 1.0389 trillion won it
  pays") keep their frames and verdicts.
- ``PEGGED`` / ``BUDGET_BESIDE``: the 11th SMA tied Seoul's yearly rise to its defence-budget growth, so sentences
  name both; the figure's own phrase decides which is the payment's change (``supported`` or caught) and which the
  defence budget's (``not_checkable``).

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims52")  # tests/cases/test_claims52.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims52_claims = claims_test(test_years47.check_years47_claims, **ROWS)
