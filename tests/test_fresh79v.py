"""Money, claim verdicts and wrong figures learned from fresh text (fresh79v, the second fresh round of the
twenty-fourth session; issue #10: never call a right figure wrong).

The seventieth and seventy-first batches (16 articles held out until this session) became ``dev``; their misses in
claim verdicts and wrong figures caught show how the rules fail on wording no rule was written from. Each cause other
articles will share got a rule resting on grammar or general news wording, tried here on sentences of my own (made-up
names; payments data/sma_contributions.csv's, the asks data/demands.csv's, troop levels data/troops.csv's), with
controls the rule must not move:

- ``PASSIVE_PAID``: "the U.S. has been paid very little": "paid" in the passive makes its subject the side paid, so it
  does not make a later amount what the US spends (``frames.paid_passive``).
- ``BASE_VERB``: "the costs required to base 28,500 U.S. troops": "base" after "to" or a modal, right before the count,
  is the verb, not one base's noun (``frames.base_verb``).
- ``FROM_DEAL_BASE``: "a 13 percent hike from last year's cost-sharing accord of X": a longer base noun phrase with no
  comma, then "of X" (``frames._FROM_NOUN_GAP``).
- ``ALL_MOVED``: "threatened to pull out all 28,500 U.S. troops": a number a move would take, unless the move is
  denied ("He can't pull out all 28,500": the level; ``frames.not_moved``).
- ``PLUS_COUNT`` (counts): "28,000+ American troops": "+" after the number, bound ``more_than``.
- ``MORE_ASKED``: "insisted South Korea pay $5 billion more annually": "$X more" asked is the size of a rise
  (``rules.more_after``, judged by ``rules.demanded_increase``).
- ``YEARLY_FIRST``: "a 13.9% yearly increase rate agreed": an agreement's first rise told as every year's is misleading
  at worst (``rules.first_rise_capped``); when the newest agreement concluded has no rise on record yet, the earlier
  one whose first rise it is is read (``rules.first_rise_yearly``).
- ``DEMAND_CUE``: "advocated for a fivefold increase", "tries to raise the price ... by 500%": an aim argued or
  attempted is an ask (``frames._AIM_AT``).
- ``APPOSED_MULTIPLE``: "insisted Seoul pay $5 billion more annually, a fivefold increase": a multiple in apposition
  to an asked amount is the ask's (``frames.apposed_demand``), judged by the asks on record when its guessed year has
  no payment (``rules.unpaid_year_ask``).
- ``PRE_YEAR``: "the pre-2019 figure of $900 million": the payment of the year before (``frames.pre_year``).
- ``PRICED_TROOPS`` (a dev miss of the same class): "Trump hiked the price tag for US forces roughly 400%": a price of
  the troops names what is paid for, not their number (``frames.priced_troops``), and a US subject raising the price
  tag asks it (``frames.raised_tag``).

Rows: tests/cases/test_fresh79v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check
(each text one paragraph after the lead sentence of tests/test_review45.py); CONTROL rows (cell ``control|...``) are
figures in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_fresh79v_claims

from analysis.extract.counts import find_counts

#: Each row of tests/cases/test_fresh79v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh79v_claims = table_test("test_fresh79v", check_fresh79v_claims)


def test_fresh79v_plus_counts() -> None:
    """Each "28,000+ troops" of a long run is one count (how fast is measured by benchmarks/, and linearity by
    tests/test_patterns_linear.py and tests/test_adversarial.py, without a clock)."""
    found = find_counts("28,000+ troops " * 1_000)
    assert len(found) == 1_000 and {f.value["count"] for f in found} == {28000}
