"""Counts of anyone tied to the forces, mended after review63 (mendv63, nineteenth session; findings 1, 2, 14).

Rows of my own (made-up sentences; right figures from data/*.csv, wrong ones as a desk might print them), each class
with controls that must not change; data in tests/cases/test_mendv63.csv (columns published, text, exact, want, names,
xfail, note; wants as in tests/test_years47.py; ``names``: the right figure the evidence of a caught row must give).

- ``FORCE_BODY``: any "force", "army" or "military" before "of"/"with"/a verb of size counted as a body of troops
  (a police force, a task force, a rally "against the U.S. military with 35,000 people"): the body is now the USFK,
  troops, a garrison or contingent, or a US force/military/army (counts.tied_to_forces); "with" is read only in a
  sentence the body opens (counts' ``_TIED_WITH``), and only an adverb or a place may stand between the body and its
  verb of size.
- ``WAR_DEAD``: "36,000 Americans serving in the Korean War were killed" was read as the level: a count of anyone in a
  sentence of war or of the dead is tied to no level (``_WAR_OR_DEAD``); a war in the next sentence and a past level
  with its year keep their reading.
- ``OWN_CLASS``: readings devv63's class missed: "the USFK has N people", "USFK, with some N people, is ...", "N
  Americans who serve in South Korea"; a union that has people, "with" after an object, veterans and another host
  stay unjudged.
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_mendv63.csv; each its verdict, and in a caught row's evidence the right figure
test_mendv63 = table_test("test_mendv63", check_claims62)
