"""Right figures called wrong in shapes found by probing with made-up text (probe81v, twenty-fifth session).

Made-up sentences whose figures are right by data/*.csv, written the ways news copy writes them, were checked in
bulk; each class below was a right figure ``contradicted`` or ``misleading`` (the worst defect). Rows of my own
(made-up, no article's words), each with a wrong twin and controls that must not change; data in
tests/cases/test_claims81.csv (columns published, text, exact, want, names, xfail, note; wants as in
tests/test_review45.py's ``fits``; ``names``: the right figure the evidence of a caught row must give).

- ``DEAL_NO``: an agreement named by its number in the figure's clause ("Under the 10th SMA, Seoul paid X", "The
  11th SMA raised the contribution to X") binds the figure to that agreement's term when the publication year is
  outside it (frames.deal_term_years through frames.numbered_deal_year; rules.ordinal_reading keeps the year of the
  term the figure fits best): it was judged against the publication year's payment and a right figure called
  misleading. ``DEAL_NO_CTRL``: a publication year inside the term, talks on the agreement, the agreement as the
  base of a rise, and a year of the figure's own keep their reading.
- ``OVER_BASE``: a multiple counted "over" or "above" an amount, or "the current amount of" it, takes the amount as
  its base (frames.counted_from), as "from" did: the base was divided by itself (1.00×) and a right multiple
  contradicted. ``OVER_BASE_CTRL``: "over" a span followed by "to" keeps the amount as the result.
- ``GROWN_TO``: a multiple whose amount is the very payment of its year (the level it grew to, "has risen sixfold
  since 1991 to X") is judged from the year it counts since, as a demanded multiple when demanded, else withheld
  (rules.amount_is_level); never the amount over itself. ``GROWN_TO_CTRL``: an ask as the result stays judged.
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_claims81.csv, each checked as claims62's are (its verdict; a caught one names the right
# figure in its evidence) and its controls
test_claims81 = table_test("test_claims81", check_claims62)
