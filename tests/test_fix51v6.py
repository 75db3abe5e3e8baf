"""A change over years told in dollars is judged on the sourced dollar rows, 1991-2004 (fix51v6, session 51; issue
#10: never call a right figure wrong).

Rows of my own (tests/cases/test_fix51v6.csv, columns published, text, exact, want, xfail, note; each text one
paragraph after a lead sentence on the talks), with the data's real figures (dollar rows $150 M in 1991, $300 M in
1995, $390 M in 2000, $550 M in 2003, $620 M in 2004; won rows 107.3, 240.0, 455.7, 668.6, 746.9 bn won those years):

- ``DOLLAR`` (:func:`analysis.rules.sourced_dollar_pair`, read by :func:`analysis.rules.change_since`,
  :func:`analysis.rules.compound_change` and :func:`analysis.rules.change_over_span`): a change whose clause tells it
  in dollars ("in dollar terms", "counted in dollars", "the dollar contribution", or $ amounts before it) between two
  years that both have a sourced dollar row is judged on those rows; main judged it in won (or on won converted at
  each year's rate) and called the right figures contradicted, and a wrong dollar change supported by the won one.
- ``DOLLAR_CTRL``: near misses that keep main's answer: won changes of later years, right and wrong; dollar words
  where a year has no sourced dollar row (2014, 2019); a wrong dollar change; dollar words in another clause or in
  a relative clause about the payer or a tally (review51v6: only a dollar phrase opening the sentence, right after
  the change and its years, or naming the payment as its subject governs the change).
- ``WITHHOLD`` (:func:`analysis.rules.withhold_on_dollar_rows`): a change told in no currency that the won rows
  contradict while the dollar rows of both years (1991-2004, when the payment was set in dollars) support it is
  withheld (`unverifiable`), not called wrong.
- ``WITHHOLD_CTRL``: right in won, wrong both ways, a one-year change of 1995 told in won, a yearly rate wrong both
  ways, a change told in won by its amounts or by "in won terms" (:func:`analysis.rules.told_in_won`: not withheld),
  also by a won amount after it or earlier in its paragraph, "Korean currency" or "won-based" (review51v6).
Every DOLLAR and WITHHOLD row failed on main.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict
from test_fix51v3 import read_fix51v3 as read_fix51v6

test_fix51v6_claims = table_test("test_fix51v6", check_fix51v3_claims)


def test_dollar_evidence_names_the_dollar_rows() -> None:
    """A change judged in dollars shows the sourced dollar rows, not won converted at a year's rate."""
    verdict, evidence = read_fix51v6("2019-11-20", "From $300 million in 1995, the payment grew to $620 million in "
                                     "2004, up 107 percent.", "107 percent")
    assert verdict == "supported" and "$300 million (sourced in dollars)" in evidence, evidence


def test_withheld_change_says_why() -> None:
    """A withheld change names the dollar rows that support it."""
    verdict, evidence = read_fix51v6("2019-11-20", "Seoul's payment rose 30 percent between 1995 and 2000.",
                                     "30 percent")
    assert verdict == "unverifiable" and "the dollar rows support it" in evidence, evidence
