"""A figure's own phrase outranks a payment word elsewhere in its clause (weakev71, twenty-second session; issue #10:
never call a right figure wrong).

weakev70 read a figure's own phrase (``frames.own_phrase_other``) only when the weak context cue made it Seoul's
payment. On text no rule was written from, figures of other quantities were framed ``sma_payment``, ``sma_change`` or
``demand`` on a STRONG cue — a payment word in another phrase of the clause ("As Seoul agreed to pay more, the Pentagon
moved $X of construction money to the wall"). The lead's decision: when the figure's own phrase names another quantity
(a purpose, goods it is the worth of, a fund or project, sales, a sum earmarked, diverted or moved, a budget or cost,
a sum spent or invested), the figure is ``other`` whatever payment word its clause holds elsewhere, unless the payment
word governs the figure itself ("Seoul pays X for ...", "X of the cost-sharing budget", "Seoul's X contribution for
..."): ``frames.payment_governs``. The same holds for a demand ("demanded X for a new runway") and for a change whose
own words name another quantity ("a 5 percent rise in construction costs": ``frames.change_of_other``).

Rows: tests/cases/test_weakev71.csv, made-up sentences (my own places, projects and figures; payments are the data's
figures, data/sma_contributions.csv; the $5 billion demand is data/demands.csv's), each one paragraph under the
headline "T". Columns as tests/test_weakev70.py's.

- DIVERTED, PURPOSE, WORTH, FUND, SALES, BUDGET, SPENT: another quantity in the figure's own phrase, a strong payment
  word in another phrase of its clause; each ``not_checkable``.
- PAIR: "Korea pays X for the troops and Y for a new school": X the payment, Y other.
- DEMAND, CHANGE: an ask or a change whose own phrase names another quantity: ``not_checkable``.
- GOVERNS, DEMAND_NEAR, CHANGE_NEAR: near misses that keep their frame: the payment word governs the figure, or the
  purpose or the changed thing is the payment's (the troops, their stationing, the contribution).
"""

from __future__ import annotations

import pytest
from conftest import case_tables
from test_weakev70 import failure

ROWS = case_tables("test_weakev71")  # tests/cases/test_weakev71.csv


@pytest.mark.parametrize("table", sorted(ROWS))
def test_weakev71_class(table: str) -> None:
    """Every row of one class gets the quantity and verdict it wants; the failing rows are listed together."""
    bad = [why for row in ROWS[table] if (why := failure(*row)) is not None]
    assert not bad, "\n".join(bad)
