"""Right figures not called wrong, wrong figures caught (fix51v2, fifty-first session, issue 10), in made-up wording
with the data's real figures:

- SPAN_SUM: "from X in 2014 to Y in 2019, a 12.9 percent increase." sums the span (``frames.span_sum_noun``): the
  change is 2019's on 2014, not on 2018; SPAN_SUM_CTRL: a wrong sum still caught, the "an increase of" form, and a
  percent with a base of its own or a clause going on after it left as the year's change.
- PRECISE: an unhedged won payment written to four significant digits or more that misses its year's row by more
  than ``Tolerances.exact_rel`` is ``misleading`` (``rules.precise_miss``), and another year's figure counted with
  the row's own rounding is that year's (``rules._another_years_row``); PRECISE_CTRL: hedged, three digits, a ceiling,
  dollars, a sourced alternate (sma_conflicts.csv), a truncation, a year sourced in dollars, a forecast;
  PRECISE_MEASURE_CTRL: another measure (``rules.another_measure``: constant prices, a relative clause of a party other
  than Seoul) keeps main's answer (review51v2), while a Korean party's clause is still a PRECISE row.
- RESTATE: a time phrase before ", or about $Y" and "worth" / "comes to" restate an amount (``frames.
  worded_restatement``), closed or naming its rate ("at the time."): the conversion is checked; RESTATE_CTRL: amounts
  opening a clause of their own or going on in it ("worth $Y with land included", review51v2).

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


def test_another_measure_admits_listed_parties_only() -> None:
    """A relative clause of a listed non-Korean party is another measure; a Korean one, or none, is not."""
    from analysis.frames import figure_in
    from analysis.rules import another_measure

    def other(tail: str) -> bool:
        return another_measure(*figure_in("It tops the 1.1200 trillion won" + tail))

    assert [other(t) for t in (" that U.S. taxpayers covered.", " the Pentagon spent.", " Tokyo's government paid.",
                               " the Korean government paid.", " Seoul paid.", " the ministry paid.", ".")] == \
        [True, True, True, False, False, False, False]
    assert another_measure(*figure_in("Seoul paid 1.0700 trillion won in 2019 prices."))
    assert not another_measure(*figure_in("Seoul paid 1.0700 trillion won in 2019, a record."))


def test_worded_restatement_must_close_or_name_its_rate() -> None:
    """A worded restatement counts only closed as after a dash or naming its rate (review51v2)."""
    from analysis.frames import restating_gap

    gap = " in 2019, worth about "
    assert [restating_gap(gap, "$1 billion", t) for t in (
        ".", ", Lim said", " at the time.", " at the current rate", " with land included", " at the time Washington",
        " once land is added")] == [True, True, True, True, False, False, False]
