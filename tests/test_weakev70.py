"""Figures of other quantities framed as Seoul's payment on a payment word nearby (weakev70, twenty-second session;
issue #10: never call a right figure wrong).

A money figure became ``sma_payment`` when it stood alone (or with a sum noun) and a payment word or a name of the SMA
was anywhere in its sentence or the one before (the *context cue*, ``frames.context_cue``), or when a payment word
in its clause only named the talks ("as the cost-sharing talks resumed"). On text no rule was written from, that made
a project's cost, a fund, a budget, arms sales or a sum set apart the SMA payment because the talks were mentioned
nearby: ``unverifiable`` for a figure a careful checker calls ``not_checkable`` (tests/corpus/README.md), or
``contradicted`` for a right figure. Now (frames._paid_quantity): a figure on the context cue alone reads its own
phrase (``frames.own_phrase_other``: a purpose other than the payment's, "worth of", a thing or a kind of money it
is the sum of, a sum earmarked, allocated, diverted, set aside, budgeted, lent, invested or sold for: ``other``);
payment words that only name the talks, and the noun "fund", are no cue (``frames.talks_name``); and a figure framed as
the payment on the context cue alone is never ``contradicted`` (``guards.loose_frame``, a lead decision: capped at
``unverifiable`` with the reason). Two cues keep the dev wrong figures that the cap would have let go: an amount that
repeats the one told just before takes its quantity (``frames.echoed_quantity``: "$500 million more ... Five hundred
million, with a couple of phone calls"), and "got/secured X" in a story of the talks is the sum paid
(``frames.obtained``).

Rows: tests/cases/test_weakev70.csv, made-up sentences (my own places, projects and figures; payments are the data's
figures, data/sma_contributions.csv), each one paragraph under the headline "T". Columns: ``table``, ``cell`` (the
row's wording), ``published``, ``text``, ``exact`` (words the claim holds), ``quantity`` (as tests/test_frames62.py's
``quantity_fits``: "other" for any quantity the data do not cover), ``want`` (as tests/test_review45.py's ``fits``),
``xfail`` (unused), ``note``. Unused SMA money is ``other`` (REVIEW.md on the dev Korea Herald 2020-10-05 file).

- PURPOSE, WORTH, SALES, FUND, BUDGET, COST_OF, SPENT_ON, EARMARKED, UNUSED, INVEST: another quantity in the figure's
  own phrase, an SMA word elsewhere in the sentence or the paragraph, before or after it; each ``not_checkable``.
- PAY_NEAR, TALKS_NEAR: the payment in near shapes ("Seoul's share of X", "X toward the upkeep of U.S. troops", "the X
  it pays for the troops", "an X contribution", "X under the deal", "X for the stationing of U.S. forces", "X, up 8.3
  percent from last year", "amid the cost-sharing talks, Seoul paid X"); right ones ``supported``, wrong ones caught.
- CAP: a figure on the context cue alone: a wrong-looking one ``unverifiable`` (with the reason; ``not_checkable``
  since verd55 where its own clause names no payment at all, a doubt of its quantity), a right one ``supported``.
  ECHO, OBTAINED: the two cues, with a control each.
"""

from __future__ import annotations

import pytest
from conftest import case_tables
from test_frames62 import quantity_fits
from test_review45 import fits

from analysis import check

ROWS = case_tables("test_weakev70")  # tests/cases/test_weakev70.csv


def failure(cell: str, published: str, text: str, exact: str, quantity: str, want: str) -> str | None:
    """Return why a row fails — its cell, the quantity and verdict read, the evidence — or None when the claim holding
    ``exact`` has the quantity and verdict the row wants (a figure the data do not cover may also go unread).

    >>> failure("x", "2019-11-20", "Seoul paid 1.0389 trillion won in 2019.", "1.0389", "sma_payment", "supported")
    """
    claims = check.check_text(f"T\n\n{text}", published).claims
    claim = next((c for c in claims if exact in c.exact), None)
    if claim is None:
        return None if fits(None, want) else f"{cell}: no claim"
    if quantity_fits(claim.frame.quantity, quantity) and fits(claim.verdict, want):
        return None
    return f"{cell}: {claim.frame.quantity} {claim.verdict} ({claim.evidence[-160:]})"


@pytest.mark.parametrize("table", sorted(ROWS))
def test_weakev70_class(table: str) -> None:
    """Every row of one class gets the quantity and verdict it wants; the failing rows are listed together."""
    bad = [why for row in ROWS[table] if (why := failure(*row)) is not None]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("published", "text"), [
    ("2019-11-20", "Some 3 trillion won was at stake, officials said as the cost-sharing deal was signed."),
    ("2021-03-15", "About 2.6 trillion won changed hands this year, a lawmaker said as the SMA took effect.")])
def test_cap_says_why(published: str, text: str) -> None:
    """A figure the cap keeps from ``contradicted`` (its sentence names the deal in another clause, so no other doubt
    withholds it) says why in its evidence."""
    claim = check.check_text(f"T\n\n{text}", published).claims[0]
    assert claim.verdict == "unverifiable"
    assert "only a payment word near it makes it Seoul's payment" in claim.evidence, claim.evidence
