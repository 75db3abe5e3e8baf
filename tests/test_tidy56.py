"""Tidy-ups of session 56 that change what a rule reads (tidy56, issues #9, #10, #12)."""

import pytest

from analysis.frames import _UNDER_PLAN, deal_scheme, figure_in


def _deal_scheme(text: str) -> bool:
    r, fig = figure_in(text)
    return deal_scheme(r, fig, _UNDER_PLAN.search(r.text))


@pytest.mark.parametrize("text, want", [
    # a closing quotation mark is no possessive: an unowned scheme of a year a deal covers is the deal's
    ("Under the new 'share-the-bill' model, Hanul would pay $4 billion in 2019.", True),
    ("Under the ‘fair share’ approach, Hanul would pay $4 billion in 2019.", True),
    # near misses: a possessive still makes the scheme someone's
    ("Under the generals' model, Hanul would pay $4 billion in 2019.", False),
    ("Under the new minister's approach, Hanul would pay $4 billion in 2019.", False),
    ("Under the new scheme, Hanul would pay $4 billion in 2019.", True),
])
def test_possessive_not_a_closing_quote(text: str, want: bool) -> None:
    assert _deal_scheme(text) is want
