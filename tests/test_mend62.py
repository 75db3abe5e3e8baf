"""Right figures the rules added by mut62 called wrong, mended (mend62, eighteenth session; review62 findings 1, 2, 3,
4, 13, 14 and 16).

Rows of review62's made-up sentences (each with the verdict a careful reader gives) and near misses of my own; data in
tests/cases/test_mend62.csv (columns published, text, exact, want, names, xfail, note; wants as in
tests/test_years47.py; ``names``: the right figure the evidence of a caught row must give). A text with a blank line
is a headline and its body, any other one paragraph after test_review45's lead.

- ``HOSTED_PLACE`` / ``HOSTED_FORCE`` / ``HOSTED_NEAR``: a count far above the level is the level misstated
  (rules.hosted_count) only when a US word is on it (or, when a place after it or a writer's correction ties it to
  Korea, in its sentence, or the US actor with no Korea before it naming whose troops they are: rules.korea_before),
  its own sentence names Korea (or a place after it points back: "here", "the country"), and nothing places it
  elsewhere ("on the continent", "outside the United States", a named
  place not Korea: rules.placed_elsewhere) or makes it no level now ("in a war", "who have served": rules._NO_LEVEL).
- ``NORTH_FORCE`` / ``NORTH_NEAR``: "North Korea" marks another force only as owner or subject ("North Korea's",
  "North Korea has"), not as the object of deterring (rules._OTHER_FORCE).
- ``AGREED_OTHER`` / ``AGREED_NEAR``: a rise told as agreed is the newest deal's first rise (rules.agreed_newest) only
  when its sentence puts it in no older deal ("the old pact", "the expired accord"), no other year of a deal ("the
  deal's second year") and no yearly rule ("a year", "annually", "in line with its defense budget"); the evidence
  names no agreement its sentence does not.
- ``SLIP_MORE`` / ``SLIP_NEAR``: a demand's figure a thousandth of an ask on record is a unit slip only when it is the
  ask itself, not an increment ("$5 million more") or a sum for another purpose ("$10 million in base repairs")
  (rules.demand_slip through rules.not_the_ask); the stated form ("Trump demanded Seoul pay $5 million more a
  year"), contradicted before mut62, is mended by the same test.
- ``WIDER``: the narrow lists widened to their classes (verb forms of hosting, "the official number is", "accepted",
  "settled on").
- ``WON_YEAR``: a dollar figure is compared with a won payment (guards.won_payment_as_dollars) only when its sentence
  is about the payment, and only with the payments of its frame's years (± ``Tolerances.reading_years``). Latent:
  the frames read these budget sentences as ``defence_budget`` first; the rows keep it so.
- ``HOSTED_NEAR`` / ``SLIP_NEAR`` / ``AGREED_NEAR`` also hold the shapes of dev mutants whose catch a first version of
  these mends lost (words my own): a correction of "the current level", "with later increases tied to inflation",
  "for basing", "in the ongoing talks", "USA troops", "USForces Korea".
"""

from __future__ import annotations

import test_claims62
from conftest import table_test


def check_mend62(published: str, text: str, exact: str, want: str, names: str) -> None:
    """Each row's claim gets its verdict; a caught one names the right figure in its evidence (as claims62's rows)."""
    test_claims62.check_claims62(published, text, exact, want, names)


test_mend62 = table_test("test_mend62", check_mend62)
