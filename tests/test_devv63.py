"""Claim verdicts the dev split still missed, by class of wording (devv63, nineteenth session; issue #10).

Rows of my own (made-up sentences; right figures from data/*.csv, wrong ones as a desk might print them), each class
with controls that must not change; data in tests/cases/test_devv63.csv (columns published, text, exact, want, names,
xfail, note; wants as in tests/test_years47.py; ``names``: the right figure the evidence of a caught row must give).

- ``ANYONE``: a count of troops told with a noun that counts anyone ("28,500 people", "28,000 Americans") made no
  claim; it is a count where its own words tie it to the forces (counts.tied_to_forces: a body of troops with "of",
  "with" or a verb of size right before it, "the USFK currently numbers 28,500 people"; or a verb of being posted
  right after it, "28,000 Americans stationed in South Korea"), and is judged as any count of US troops there. A crowd,
  the dead, voters, and Americans posted in another host stay unjudged.
- ``STATIONED``: a bare number that a body of troops takes ("a US military contingent of 28,500 is stationed in the
  south of the peninsula") was not read: "contingent" and "garrison" now let a bare number be looked for near them,
  and "is/are/was/were stationed (based, deployed)" may follow it. Another noun's number (a population, a budget) and
  a number to move stay unjudged.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases
from test_claims62 import check_claims62 as verdict_and_names  # one row's check: its verdict, the figure it names

ROWS = case_tables("test_devv63")  # tests/cases/test_devv63.csv


@pytest.mark.parametrize(("published", "text", "exact", "want", "names"), cases(**ROWS))
def test_devv63(published: str, text: str, exact: str, want: str, names: str) -> None:
    """Each row's claim gets its verdict; a caught one names the right figure in its evidence."""
    verdict_and_names(published, text, exact, want, names)
