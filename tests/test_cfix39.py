"""Classes of claim failures a prober found in sentences of their own (probec39), mended by shape, each with rows in
my own words and near misses that keep their reading (cfix39):

- HYPOTHETICAL (E): a percent inside a condition ("If Seoul agreed to a 50 percent increase, it would pay X", "Unless
  Seoul accepts a 40 percent increase, ...") was a rise reported and contradicted; a percent now takes the conditions
  an amount took (``frames.conditioned``): modality ``hypothetical``, never contradicted. Near misses: a rise reported
  with an "if" after it, or an "if" of another clause, stays judged.
- US_OFFER (D): an offer the US side makes ("Washington offered to lower its demand to X", "American negotiators
  offered a compromise of X"): cfix39 made it an ``offer`` of the US side; the lead (thirty-fifth session) kept the
  corpus's convention (review93: the US side's offer is its ask), so ``frames.us_offer`` frames it ``demand`` with the
  US actor, judged against that side's demands, and the rows hold that reading. Near misses: a US proposal of what
  Seoul pays stays its demand, Seoul's offer and a US demand keep their readings.
- TABLE (A): a plain-text table ("| Year | Payment |" over "|---|---|" and "| 2019 | X |" rows, or "2019 | X" lines
  under a line naming them) was unwrapped into one line, each figure bound to the last row's year and its column head
  lost; a table's lines keep their breaks (``article.unwrap``), and a figure in a row with one year cell takes that
  year and the quantity its column head (or the line above the rows) names (``frames.table_item``, read as a list's
  head). Near misses: a table of the defence budget or of another host stays not_checkable.
- SEQUENCE (B) and FRACTION (C) are left, one strict xfail row each (the report says why): a sequence's years bind
  right on the old code in every wording tried, a later item after "then" loses its quantity; a fraction ("about a
  fifth") is no span the annotator reads.

Rows: tests/cases/test_cfix39.csv, each one text under the headline "T": the figure, the verdict wanted (or "caught",
"not_contradicted"), and the frame's quantity, modality and actor where the row names them.
"""

from __future__ import annotations

from conftest import read_claims, table_test, verdict_fits


def check_cfix39(published: str, text: str, figure: str, want: str, quantity: str, modality: str,
                 actor: str) -> None:
    """The row's figure gets its verdict and, where the row names them, its frame's quantity, modality and actor."""
    claim = read_claims(text, published).get(figure)
    assert claim is not None, f"no claim {figure!r}"
    got = (claim.verdict, claim.frame.quantity, claim.frame.modality, claim.frame.actor)
    assert verdict_fits(claim.verdict, want), (got, claim.evidence)
    for wanted, value in zip((quantity, modality, actor), got[1:], strict=True):
        assert not wanted or wanted == str(value), (got, claim.evidence)


# rows: tests/cases/test_cfix39.csv
test_cfix39_claims = table_test("test_cfix39", check_cfix39)
