"""Claim verdicts of session 44 (cother52, issue #10): a right figure is never called contradicted for being framed as
Seoul's SMA payment or its year-on-year change when its own words make it another quantity or a share. Classes of
wording in my own words (made-up sentences with real figures from data/sma_contributions.csv), labelled by the
Conventions of tests/corpus/README.md before the tool ran on them; rows as in tests/test_cfix51.py (publication day,
text, the claim's words, the verdict wanted, words its evidence must name); each ``*_NEAR`` table holds near misses
that must not change. Rows: tests/cases/test_cother52.csv.

- SHARE_PERCENT: a percent that is a part of a whole, not a change: the object of a verb of covering ("with Seoul
  covering 50 percent", "equivalent to about 41 percent": ``frames.covered_share``), set off by commas before "of" the
  whole ("X, 92 percent, of the cost"), restating a level amount after "or" with no word of change
  (``frames.restated_share``), after a fronted partitive with its subject and verb ("Of the X cost, Seoul paid 92
  percent": ``frames.partitive_share``), or a share noun's level ("Seoul's share has grown and now stands at 40
  percent": ``frames.share_stands``), the object of a verb of paying with no ask governing it ("Korea will pay roughly
  50 percent") and that share's earlier level ("up from about 40 percent": ``frames.level_of_share``), a ratio's level
  ("took Korea's burden-sharing ratio to about 50 percent": "ratio" in ``frames._SHARE_NOUN``), a share a verb sets
  "at" a level or moves past one ("The rise puts Korea's share at about 50 percent", "pushes ... above 45 percent"):
  not_checkable.
  Near misses kept: a change of the payment, "or N percent" after a rise or an added sum, "20 percent more", "the rise
  in Seoul's share was 20 percent", an ask of a share ("wanted Seoul to pay 100 percent"), a change and the change
  before it, "sets the rise in Seoul's share at 20 percent".
- OTHER_AMOUNT: an amount another quantity than the year's payment: set apart from the SMA ("beyond its SMA payment",
  a fronted "Apart from the SMA,": ``frames.outside_sma``), a sum counting the SMA in ("including the SMA", "the SMA
  and other costs": ``frames.includes_sma``), a project's cost past an apposed percent ("X, or 92 percent, of the
  cost of building the camp": ``frames.past_apposed_percent``), given "to the expansion/construction of" a base
  (``frames.thing_paid_for``), a sum of several deals (``frames.several_deals``), the whole cost an amount sizes ("the
  $3.5 billion annual cost of keeping the troops": ``frames.cost_modifier``), another host named after it ("$2 billion
  for Japan": ``frames.owner_country``), a part of the amount a fronted partitive names ("Of the $10.8 billion,
  Seoul paid X": ``frames.partitive_part``), "X in total costs": not_checkable. Near misses kept: the
  brief's controls ("Seoul pays about half of the non-personnel costs, or X", "Korea will pay X this year, up 8.2
  percent", "Seoul's contribution this year is X"), a part of the stationing cost Seoul pays, a yearly sum under both
  deals, the amount inside "including the SMA payment of X", "beyond the SMA cap".
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cother52.csv
test_cother52_claims = table_test("test_cother52", check_claims62)
