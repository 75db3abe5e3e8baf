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


def _fits(first: str, exact: str, value: tuple[str, str], unit: str = "year") -> bool:
    from analysis.extract.dates import _carried_count_fits, _Told

    text = f"{first}\n\nA {unit} later, they met again."
    told = _Told(exact, {"start": value[0], "end": value[1]}, len(first), first.index(exact))
    return _carried_count_fits(text, unit, told, len(first) + 2)


@pytest.mark.parametrize("first, exact, value, want", [
    # a word a month's abbreviation opens is no date of its own (the anchor stays the one date of its sentence)
    ("Talks broke down in October 2011, Mayor Okafor recalled.", "in October 2011", ("2011-10-01", "2011-10-31"), True),
    ("Talks broke down in October 2011, Marine officers recalled.", "in October 2011", ("2011-10-01", "2011-10-31"),
     True),
    ("Talks broke down in October 2011, Janet Okafor recalled.", "in October 2011", ("2011-10-01", "2011-10-31"), True),
    # "last year" is a date word, not the word "last" of a superlative: an anchor of its own
    ("The two sides fell out last year.", "last year", ("2025-01-01", "2025-12-31"), True),
    # near misses: a second date, a month's name, a superlative "last" still stop the carry
    ("Talks broke down in October 2011, not in March.", "in October 2011", ("2011-10-01", "2011-10-31"), False),
    ("Talks broke down in October 2011, Okafor said on Monday.", "in October 2011", ("2011-10-01", "2011-10-31"),
     False),
    ("Talks broke down in October 2011 for the last time.", "in October 2011", ("2011-10-01", "2011-10-31"), False),
    ("The two sides fell out last year, as in 2019.", "last year", ("2025-01-01", "2025-12-31"), False),
])
def test_carried_date_words(first: str, exact: str, value: tuple[str, str], want: bool) -> None:
    assert _fits(first, exact, value) is want


@pytest.mark.parametrize("text, want", [
    # one list of change nouns for both readers: "reduction" and "decrease" now name a change of another thing's cost
    ("Hanul paid more, and a 6 percent reduction in fuel prices helped.", True),
    ("Hanul paid more, and a 6 percent decrease in shipping rates helped.", True),
    # near misses: the payment's own change, or no change noun
    ("Hanul agreed to a 6 percent reduction in its contribution.", False),
    ("Hanul accepted a 6 percent boost in the cost of stationing U.S. troops.", False),
    ("Hanul paid $2 billion in shipping fees.", False),
])
def test_change_of_other_nouns(text: str, want: bool) -> None:
    from analysis.frames import change_of_other

    assert change_of_other(*figure_in(text)) is want


@pytest.mark.parametrize("text, want", [
    # "boost", "surge" now name the other side's change of cost right after a percent
    ("Hanul's payment rose 6 percent, tied to the 11 percent surge in U.S. costs there.", True),
    ("It followed a 4 percent boost in Washington's spending.", True),
    # near misses: the payer's own share, or a noun of no change
    ("Hanul agreed to a 11 percent boost in its share of U.S. costs.", False),
    ("It followed a 4 percent share of Washington's spending.", False),
])
def test_side_cost_after_nouns(text: str, want: bool) -> None:
    from analysis.frames import Reader, annotate_text
    from analysis.guards import side_cost_after

    r = Reader(annotate_text(text))
    assert side_cost_after(r, r.figures_in(0, len(r.text))[-1], len(r.text)) is want
