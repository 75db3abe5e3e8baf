"""A right figure called ``contradicted`` when its text does not tie it to the sourced quantity and year (contra48,
issue #10's most serious defect).

Rows of my own (made-up sentences, figures from data/, none of an article), in tests/cases/test_contra48.csv
(columns published, text, exact, want, xfail, note; ``want`` as in tests/test_years47.py; each text follows the
lead sentence of tests/test_review45.py, which names the talks):

- ``BARE_RISE``: a percent rise whose year is only the publication's and whose own phrase ties it neither to the
  payment, nor to a base, nor (in its clause) to an amount or the cost-sharing deal named as such: it may be a rise of
  anything the story tells, of any year, so it is not judged (``not_checkable``, as a bare rise in a sentence that
  names no payment is: guards.change_untied, rules.judge_guarded);
  ``BARE_RISE_CTRL``: the same wrong rises tied by a payment word in their phrase, a base ("over the old deal", "from
  the year before") or an amount it leads to, still caught.
- ``RELATIVE_COUNT``: a count of US troops whose year comes only from a relative date ("last year's drills") and
  whose words do not make it the level of US forces in Korea (drills, a parade, an airlift): not judged, as a count
  of no level is not (rules.level_withheld, rules.level_in_korea); ``RELATIVE_COUNT_CTRL``: counts placed in Korea
  or named as the troops whose upkeep Seoul pays, still caught.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits


def check_contra48(published: str, text: str, exact: str, want: str) -> None:
    """Each row's claim gets its verdict; a withheld one says why."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    if want == "not_checkable" and verdict is not None:
        assert "relative date" in evidence or "neither to the payment nor to a base" in evidence, evidence


test_contra48 = table_test("test_contra48", check_contra48)
