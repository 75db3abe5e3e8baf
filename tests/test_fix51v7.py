"""A percent change right after two dated amounts joined by "and" is counted from the first amount's year (fix51v7,
session 51; issue #10: never call a right figure wrong).

Rows of my own (tests/cases/test_fix51v7.csv, columns published, text, exact, want, xfail, note; each text one
paragraph after a lead sentence on the talks), with the data's real figures (dollar rows $150 M in 1991, $300 M in
1995, $390 M in 2000, $620 M in 2004; won rows 240.0 bn won in 1995, 746.9 bn won in 2004):

- ``PAIR`` (:func:`analysis.frames.pair_sum`, read by :func:`analysis.frames.span_ends_year`): "$X in Y1 and $Z in
  Y2, a rise of N percent" (or ", up N percent") ending its clause sums the pair: it is judged from Y1 to Y2 on the
  sourced dollar rows; main judged it as Y2 on the year before and called it contradicted. The won pair row is a
  strict xfail: cfix43's control SPAN_ENDS_NEAR keeps a won pair the last year's change, left for review.
- ``PAIR_CTRL``: near misses that keep main's answer: a percent of something else after the pair, one dated amount,
  the percent in the next sentence, a wrong sum of the pair, amounts in two currencies, a comma splitting the pair.
- ``FRONTED`` (:func:`analysis.frames.fronted_span_sum`, read by :func:`analysis.frames.span_ends_year`): "From X in
  Y1 to Z in Y2, Seoul's payment rose N percent." counts the change from Y1; main judged it as Y2 on the year before.
- ``FRONTED_CTRL``: another subject, a wrong sum of the span, a one-year change after the span (clause not ending).
Every PAIR and FRONTED row failed on main.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict
from test_fix51v3 import read_fix51v3 as read_fix51v7

test_fix51v7_claims = table_test("test_fix51v7", check_fix51v3_claims)


def test_pair_evidence_names_the_first_year() -> None:
    """A change summing a dated pair is judged from the first amount's year, on the dollar rows."""
    verdict, evidence = read_fix51v7("2019-11-20", "Seoul paid $150 million in 1991 and $620 million in 2004, a rise "
                                     "of 313 percent.", "313 percent")
    assert verdict == "supported" and "2004 vs 1991" in evidence and "(sourced in dollars)" in evidence, evidence
