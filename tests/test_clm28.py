"""clm28's rules from the misses of the 80 articles moved from held-out to dev (the three right figures called
`contradicted`), made-up rows with near-miss controls in tests/cases/test_clm28.csv:

- WAGES: a change of "payments for (of) Korean nationals working for (employees at)" the forces is their pay, a
  ``wages`` figure (``frames._OTHER_CUES``), not the SMA payment's change.
- LISTED: two counts joined by "and" that are a list, not a range ("respectively", or a second below the first) are
  judged by South Korea's own count, the one in its place's order (``rules.respective_count``).
- PASSIVE_ASK: "should (must) be raised (increased, ...) to X" is the passive of "should raise it to X": an ask
  (``frames._DEMAND``).
- GARBLED: a won figure printed as a number with no scale right after a number and its scale word ("1 trillion 52
  won") gives no rate; the dollar side is judged as the payment (``rules.garbled_pair``; the Conventions, adjud30).

review102's fixes (mend102), with its sentences as rows: an attributive US phrase ("U.S. ally Japan", "America's other
Asian ally", "the U.S. territory of Guam") names a place, not the US as an army; counts told as "U.S. troops" make no
side an army; "U.S. Forces Korea"/USFK is Korea's side and "the Korean Peninsula" South Korea; places after the counts
are read only when the army keeping them is named before; the passive ask needs a level ("to X") and "whether or not"
is no question.

review103's fixes (mend103): "asked (wondered) whether or not" stays a question; "its ally South Korea" in a pair is
South Korea.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review92b import check_claim  # the claim row check of the review rounds

test_clm28 = rows_test(check_claim, **case_tables("test_clm28"))
