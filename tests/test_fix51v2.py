"""Right figures not called wrong, wrong figures caught (fix51v2, fifty-first session, issue 10), in made-up wording
with the data's real figures:

- SPAN_SUM: "from X in 2014 to Y in 2019, a 12.9 percent increase." sums the span (``frames.span_sum_noun``): the
  change is 2019's on 2014, not on 2018; SPAN_SUM_CTRL: a wrong sum still caught, the "an increase of" form, and a
  percent with a base of its own or a clause going on after it left as the year's change.
- PRECISE: an unhedged won payment written to four significant digits or more that misses its year's row by more
  than ``Tolerances.exact_rel`` is ``misleading`` (``rules.precise_miss``), and another year's figure counted with
  the row's own rounding is that year's (``rules._another_years_row``); PRECISE_CTRL: hedged, three digits, a ceiling,
  dollars, a sourced alternate (sma_conflicts.csv), a truncation, a year sourced in dollars, a forecast.
- RESTATE: a time phrase before ", or about $Y" and "worth" / "comes to" restate an amount (``frames.
  worded_restatement``): the conversion is checked; RESTATE_CTRL: amounts opening a clause of their own.

Rows: tests/cases/test_fix51v2.csv (``table``, ``published``, ``text``, ``exact``, ``want``: a verdict, "caught" or
"not_contradicted", ``note``).
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_fix51v2")

#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_fix51v2_claims = claims_test(test_years47.check_years47_claims, **ROWS)


def test_span_sum_noun_needs_the_article_and_the_clause_end() -> None:
    """The percent sums the span only right after ", a" / ", an" and with its clause ending after its noun."""
    from analysis.frames import figure_in, span_sum_noun

    def sums(tail: str) -> bool:
        r, fig = figure_in("It went from 920 billion won in 2014 to 1.0389 trillion won in 2019" + tail, 2)
        return span_sum_noun(r, r.figures_in(0, fig.start)[-1], fig)

    assert [sums(t) for t in (", a 12.9 percent increase.", ", an 12.9 percent rise; it said", ", 12.9 percent rise.",
                              ", a 12.9 percent rise over 2014.")] == [True, True, False, False]
