"""Wrong figures the mutation run (``python -m analysis.mutants``) found uncaught, by class (mut62, eighteenth session;
issue #10).

Rows of my own (made-up sentences; right figures from data/*.csv, wrong ones as a wire desk makes them), each wrong
figure beside its right one and controls that must not change; data in tests/cases/test_claims62.csv (columns
published, text, exact, want, names, xfail, note; wants as in tests/test_years47.py; ``names``: the right figure the
evidence of a caught row must give).

- ``HOSTED``: a count of troops far above the level (``Tolerances.troops_far_factor``) that is the object of the cost
  the ally shares ("the cost of stationing 85,200 U.S. troops", "the upkeep of", "toward maintaining") or that a
  place after it puts back in the Korea its sentence or article names ("stationed here", "in the country", "on its
  soil") is the level misstated: ``contradicted`` with the level (rules.hosted_count); another host in the sentence,
  troops abroad, Korea's own army and a past level stay ``not_checkable``.
- ``SLIP_ASK``: a demand in the wrong unit (millions for billions of an ask on record) told under a condition ("if he
  were president, Seoul would pay $10 million") was withheld as any hypothetical; a condition, as a quotation,
  gives no licence to write millions for billions: ``misleading`` with the ask on record (rules.slip_outweighs,
  rules.demand_quoted for hypotheticals). A slip with no asker bound stays withheld (claims21's control: another's
  ask), as do a figure no report recorded and a denial.
- ``RISE_BASE``: the payment a right rise is counted from, told in one phrase with it ("set at A, an 8.3 percent
  increase compared to the 2025 total of B", "over the 2025 figure of B") is the payment of the year before the rise's,
  though its own clause names no payment: a wrong B is caught (rules.base_tied in rules.tie_fixes_frame); a wrong
  rise, another base year and an amount that is no base keep the doubt.
- ``AGREED_RISE``: a rise with no year of its own whose sentence says it was agreed ("Seoul agreed to raise its
  contribution by 16.6%"), told within ``Tolerances.recent_days`` of the newest agreement while the data lack its
  frame year, is that agreement's first rise (rules.newest_deal_rise, as "the new deal" was): caught with it; a rise
  of an earlier agreement still fits, and an older deal, an average and a rise told with no agreement keep the doubt.
- ``WON_DIGITS``: a dollar figure far above any payment, in a sentence with a defence or budget word, that prints to
  three significant digits or more the very figure of a won payment on record ("$1.5192 trillion" for 1,519.2 bn
  won) is that payment printed as dollars, not a budget (guards.won_payment_as_dollars in guards.unsure_scale); a
  budget's round figure ("$1 trillion", "$950 billion", "$1.4 trillion") keeps the doubt.
- ``PREV_BASE``: a rise tied to its payment ("set at A, a 16.6 percent increase compared to the 2025 total") whose
  base is the year before its own, named with "the", has no base of its own (rules.own_base_after), so the tie
  fixes its frame and it is caught; a span of its own keeps the doubt.
- ``CORRECTED``: a bare count after a writer's correction in a sentence naming troops ("Trump said 42,000 U.S. troops
  are in South Korea, but the actual number is 32,800", "when it is actually 33,000") is the level the writer
  states (frames.level_corrected in frames.bare_doubt, and in rules.hosted_count when far above): caught with the
  level; no troops named before it, or another speaker's number, keep the doubt.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits


def check_claims62(published: str, text: str, exact: str, want: str, names: str) -> None:
    """Each row's claim gets its verdict; a caught one names the right figure in its evidence."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    assert names in (evidence or ""), evidence


# rows: tests/cases/test_claims62.csv and its controls
test_claims62 = table_test("test_claims62", check_claims62)
