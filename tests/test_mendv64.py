"""Counts of anyone tied to the forces, mended after review64 (mendv64, nineteenth session; findings 5, 12, 15).

Rows of my own (made-up sentences; right figures from data/*.csv, wrong ones as a desk might print them), each class
with controls that must not change; data in tests/cases/test_mendv64.csv (columns as in tests/test_mendv63.py).

- ``HAS_PEOPLE``: "the USFK has N people on its waiting list" / ", counting the families" was read as the level:
  "has/have N people" ties the count to the forces only where its clause ends right after the count, or after a
  place or a verb of being posted (counts' ``_HAS_ENDS``); "numbers"/"totals" keep their reading whatever follows.
- ``WAR_TODAY``: any "war" in the sentence made a count of anyone the dead: "deter a war", "prevent war", "a trade
  war", "in case of war", "war games" tell today's troops (counts' ``_NOT_PAST_WAR``); a past war, the dead and the
  veterans stay unjudged.
- ``OWN_CLASS2``: readings of mendv63's own class it missed: "U.S. troops stationed in South Korea number N people"
  (a verb of being posted and its place between the body and its verb of size: counts' ``_BETWEEN``), "the U.S.
  military presence in Korea numbers N people" (a presence: ``_BODY``), "U.S. Forces Korea, with some N people, is
  ..." (the command's spelled-out name before the aside: ``_TIED_WITH``); a police presence, a clause of its own
  and another body's aside stay unjudged.
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_mendv64.csv; each its verdict, and in a caught row's evidence the right figure
test_mendv64 = table_test("test_mendv64", check_claims62)
