"""Forecasts and sums of Seoul's payment that fcast48's guards made ``not_checkable`` (mendf48, review of fcast48).

Rows of my own (made-up sentences; figures near the data's payments), in tests/cases/test_mendf48.csv (columns as
tests/test_fcast48.py's; each text follows :data:`LEAD`; its last figure is judged by analysis.rules.judge_guarded):

- ``FORECAST_TIED``: a forecast whose clause makes it Seoul's payment: host-nation support, Seoul billed, charged or
  handing a sum over (frames' words of paying), Seoul's outlay, the US troops or USFK as what the sum is for, a sum
  agreed or settled on, "the outlay" retelling the payment of the sentence before: ``unverifiable``
  (guards.forecast_tied).
- ``SEOUL_SUM``: a singular "dollar" before a preposition, a date word or the clause's end is a sum, not an adjective;
  a small sum Seoul hands over is Seoul's: ``unverifiable`` (guards.unnamed_other).
- ``MENDF48_CTRL``: a runway's or a base's cost, Seoul's spending on its own jets, "the outlay" after no payment, a
  "2 billion dollar project", a small sum with no payer, Seoul charging (not charged), Seoul's "defense outlay":
  still ``not_checkable``.
"""

from __future__ import annotations

from conftest import table_test
from test_review45 import fits

#: The lead sentence each row's text follows (the review's repros).
LEAD = "The cost-sharing talks for the U.S. troops dragged on. "


def check_mendf48(published: str, text: str, exact: str, want: str) -> None:
    """Each row's last figure is ``exact`` and gets its verdict from the guarded rules."""
    from analysis.rules import example, judge_guarded

    fig, ctx = example(LEAD + text, published, -1)
    assert exact in fig.span.exact, fig.span.exact
    j = judge_guarded(fig, ctx)
    assert fits(j.verdict, want), (j.verdict, j.evidence)


test_mendf48 = table_test("test_mendf48", check_mendf48)
