"""Claim verdicts of session 45 (cpct53, issue #10): a percent in a sentence about the payment that is not the
year-on-year change of the year the tool binds is never called contradicted. Classes of wording in my own words
(made-up sentences with real figures from data/sma_contributions.csv), labelled by the Conventions of
tests/corpus/README.md before the tool ran on them; rows as in tests/test_cother52.py (publication day, text, the
claim's words, the verdict wanted, words its evidence must name); each ``*_NEAR`` table holds near misses that must
not change. Rows: tests/cases/test_cpct53.csv.

- MODAL_CHANGE: an indefinite rise ("a 20 percent rise", "even a ...") that is the subject of a modal wherever it
  stands in its clause, in reported speech or a quotation (``frames.modal_change``), or a rise its clause refuses
  ("cannot accept a 50 percent increase", "cannot afford a": ``frames.refused_change``): hypothetical, unverifiable.
  Near misses kept: a definite rise ("the 20 percent rise ... would"), a reported rise with a modal later, a plainly
  wrong change of a named year, a rise accepted.
- OVER_TERM: a rise told ahead over a count of years ("over the six years of the deal", "over six years") or to the
  deal's end ("by the time it ends", "by the end of the agreement"): a forecast over the term
  (``frames.rise_over_term``), unverifiable. Near misses kept: the same span told of the past, a rise of a named year.
- YEAR_OPEN: a percent whose words leave its year open (``rules.unfixed_year_cue``, ``rules.year_left_open``): later
  years' rises ("and keep rising", "followed by rises of", "after that", "in the following years", "after 2026"), or,
  no year in its stretch, a rise linked to the defence budget ("in line with", "matching", "as the defense budget
  grows", "tracking"), a habitual rise ("the 4 percent rise usual under past deals", "the usual 4 percent"), or a
  later year it comes about by ("By 2025, ... 40 percent higher than in 2020"): unverifiable.
  Near misses kept: a linked rise of a named year, the first of two rises, a "followed by" after the percent, a year
  named after the later-years words, "by 2025" after the percent, "by" the frame's own year, "more than usual".
- DEALS_SUM: a percent setting deals' sums against each other (two deals named by year, ordinal or place in the run,
  or one and a word of a sum: ``rules.deals_compared``): unverifiable. Near misses kept: one deal named, a sum word
  with "the new deal", one deal set against the new one's year.
- TERM_CHANGE: a change told as a fact over a deal's term ("over the five-year agreement", "over the two years of the
  current deal", "during the previous agreement"): supported on either reading the Conventions give it (the first-year
  rise, the first year's payment to the last: ``rules.term_change``, ``rules._whole_term``); unverifiable when it fits
  only counted from the year before the term or the term ran past publication. Near misses kept: a figure no reading
  of an ended term fits, a one-year deal's rise.
- SHARE_ALLOTTED: a percent with no word of change allotted to a use ("with 85 percent going to the wages", "of which
  40 percent is for construction", "spent on": ``frames.allotted_share``): a share, not_checkable. Near misses kept:
  the amount's change, "going to" before a verb of change.
- PART_SUBJECT: a change whose subject is a part of the payment or a wider sum ("the construction portion of the
  payment", "Seoul's payment for logistics support", "overall contribution, direct and indirect":
  ``frames.other_subject``): that part's change, not_checkable. Near misses kept: "for" after the verb, Seoul's share.
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cpct53.csv
test_cpct53_claims = table_test("test_cpct53", check_claims62)
