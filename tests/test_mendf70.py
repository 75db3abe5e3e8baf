"""Over-reach in the claim check mended (mendf70, twenty-first session; review70 findings 5, 1-3).

Rows: tests/cases/test_mendf70.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences, no corpus article read):

- ``REFUSED_OTHER``: a multiple Seoul refuses that is a rise of another thing ("a fivefold increase in its defense
  budget", "in tariffs", "in the number of troops") is `not_checkable`, not the ask's multiple of the payment
  (rules.multiple_of_other, rules.refused_multiple); ``REFUSED_PAYMENT``: of its share, contribution, payment,
  cost-sharing, "what it pays", or with no noun, it stays the ask's multiple.
- ``YEAR_ACT``: "this/last year" that dates a budget or deal act ("this year approved", "submitted this year", "a
  deal agreed last year", "approved X this year") or a written year of the clause that is not it is no year of the
  figure (rules.deictic_year, rules.dates_act, rules.act_before); a budget act in year N is never `contradicted`
  for being N + 1's payment (rules.budget_act). ``YEAR_OWN``: a year that dates the payment itself keeps catching
  another year's figure.
"""

from __future__ import annotations

import pytest
import test_frames64
from conftest import assert_check_linear, case_tables, cases, merged, run_rows

ROWS = case_tables("test_mendf70")  # tests/cases/test_mendf70.csv


def check_mendf70_row(row: tuple[str, ...]) -> None:
    """A row (cell, published, text, exact, quantity, want, evidence) holds as tests/test_frames64.py's test wants."""
    test_frames64.check_frames64_claims(*row)


@pytest.mark.parametrize("rows", merged([pytest.param(p.values, id=p.id, marks=p.marks) for p in cases(**ROWS)]))
def test_mendf70_row(rows: list[object]) -> None:
    run_rows(check_mendf70_row, rows)


@pytest.mark.parametrize("shape", ["Seoul rejected a fivefold increase in its defense budget. ",
                                   "The National Assembly this year approved 1.2471 trillion won for the cost. "])
def test_linear(shape: str) -> None:
    """The new patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``: the work on the shape repeated to 50 KB is at most 1.5 times ten times its work
    on 5 KB)."""
    assert_check_linear(shape, "2021-12-10")
