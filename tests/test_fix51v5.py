"""A percent change over a stated span of years is never judged as one year's change over the year before (fix51v5,
session 51; issue #10: never call a right figure wrong).

Rows of my own (tests/cases/test_fix51v5.csv, columns published, text, exact, want, xfail, note; each text one
paragraph after a lead sentence on the talks), with the data's real figures (payments of 760.0 bn won in 2009, 920.0
in 2014, 944.1 in 2016, 960.2 in 2018, 1,038.9 in 2019 and 2020, 1,402.8 in 2025, 1,519.2 in 2026):

- ``SPAN`` (:data:`analysis.rules._SPAN_OF_YEARS` in :data:`analysis.rules._OTHER_BASE`, read by
  :func:`analysis.rules.counted_from_other`): "in/within/over/across/during (the space of) a decade / N years", before
  or after the percent, count it over that span: main called the right figures contradicted against the one-year
  change; now they are withheld (`unverifiable`, the data cannot pin the span's first year down) unless a reading its
  sentence allows fits. Every row failed on main. Two rows of a deal named by its ordinal ("over the 9th SMA's five
  years") were strict xfails here: that form was dropped after review51v5 (it withheld main's right catches: "Over the
  10th SMA, Seoul's payment rose 18.2 percent", a one-year deal); they pass since verd52
  (:func:`analysis.rules.numbered_deal_change`, which leaves a one-year deal's change alone).
- ``SPAN_CTRL``: near misses that keep main's answer: "over the previous year", "in 2019" (a year), "in two years'
  time" (a forecast's date), "over 10 years ago" (its own counted-back reader), "over the years" (no count), a deal's
  first year, a one-year deal.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict
from test_fix51v3 import read_fix51v3 as read_fix51v5

test_fix51v5_claims = table_test("test_fix51v5", check_fix51v3_claims)


def test_span_evidence_names_the_span() -> None:
    """A withheld span change says why: its words, not a one-year verdict."""
    verdict, evidence = read_fix51v5("2019-11-20", "Within ten years, the allies' cost-sharing bill for Seoul climbed "
                                     "roughly 37 percent.", "37 percent")
    assert verdict == "unverifiable" and "Within ten years" in evidence, evidence
