"""The defence budget's figures beside the SMA payment and its rise (defbud72, twenty-second session; issue #10: never
call a right figure wrong).

The 11th SMA ties each year's rise to the growth of Korea's defence budget, so stories of 2020-2026 tell the budget's
size or growth in the same sentence as the payment and its rise. A percent or an amount whose own phrase is the
defence budget — its verb governs the figure ("the budget grew X"), the figure heads the budget's growth ("X growth in
defense spending", "X budget growth"), the budget's noun takes it ("the budget of X", "the mid-term defense plan of
X"), or the figure is set off by commas right after the budget's growth ("tied to the growth of the defense budget,
X in 2022": ``frames.apposed_to_budget``) — is ``defence_budget``, ``not_checkable``, whatever SMA word its clause
holds elsewhere. Most shapes were already read so (the frames52, frames63 and weakev71 cues); this battery keeps them
and adds the ones that were not: "defense outlays", "military expenditure", "the mid-term defense plan", a bare
"X percent budget growth" beside a payment (not "the SMA budget increase"), and the apposition.

Rows: tests/cases/test_defbud72.csv, made-up sentences (budget figures and growth rates of my own; payments and their
rises are the data's, data/sma_contributions.csv), each one paragraph under the headline "T". Columns as
tests/test_weakev70.py's.

- GREW, GROWTH_OF, PEGGED, AMOUNT, APPOSED: the budget's figure, ``defence_budget``, ``not_checkable``.
- NEAR: controls, the payment's own figure in the same sentences: a rate told as the payment's own rise ("Seoul's
  payment will rise 5.4 percent next year, in step with its defense budget") is ``sma_change`` (the Conventions: the
  payment's verb governs it); right ones ``supported``, wrong ones caught. A rate apposed to the budget ("rises by the
  same rate as the defense budget, 5.4 percent") names the budget's growth: ``defence_budget`` (APPOSED), never judged.
"""

from __future__ import annotations

import pytest
from conftest import case_tables
from test_weakev70 import failure

ROWS = case_tables("test_defbud72")  # tests/cases/test_defbud72.csv


@pytest.mark.parametrize("table", sorted(ROWS))
def test_defbud72_class(table: str) -> None:
    """Each row of a class gets the quantity and verdict it wants (the failing rows listed together)."""
    failing = [why for row in ROWS[table] if (why := failure(*row))]
    assert not failing, "\n".join(failing)


def test_classes() -> None:
    """The controls (NEAR) are at least a sixth of the rows."""
    assert len(ROWS["NEAR"]) >= sum(map(len, ROWS.values())) // 6
