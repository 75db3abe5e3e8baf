"""Claim verdicts of session 44 (cterm52, issue #10): a sum over a whole agreement's term is never judged as one year's
payment and called contradicted though right. Classes of wording in my own words (made-up sentences with real figures
from data/sma_contributions.csv), labelled by the Conventions of tests/corpus/README.md before the tool ran on them;
rows as in tests/test_cother52.py (publication day, text, the claim's words, the verdict wanted, words its evidence
must name). Rows: tests/cases/test_cterm52.csv.

- TERM_SUM: a clause with a word of sum ("totaled", "added up to", "a total of", "combined", "in all", "altogether",
  "over the five years of": ``frames.summed_deal``) that names its deal by a plain ordinal ("the ninth deal", "the
  eighth agreement") or by the year it was signed or reached ("the deal signed in 2014": ``frames.summed_deal_numbers``)
  is the total of that deal's term (``frames.deal_term_span``, ``rules.term_total``): supported within the tolerance,
  unverifiable when a year of the term is missing (the 11th SMA lacks 2023 and 2024), contradicted when every year is
  on record and it does not fit.
  Near misses kept: a wrong total, a yearly level under a deal ("a year"), a year of its own ("in 2019", "in 2018"),
  a plain ordinal deal with no word of sum, a deal whose total the amount cannot be (the first), a deal whose years
  the data lack in won (the fourth SMA), "in total costs".
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cterm52.csv
test_cterm52_claims = table_test("test_cterm52", check_claims62)
