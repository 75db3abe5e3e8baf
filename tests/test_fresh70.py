"""Quotes of letters with three or more signers, a release's "wrote the Members", a committee's adopted resolution,
and a past clause's month-day read a year late (fresh70, twenty-first session): each row a sentence or a few
paragraphs of my own (made-up lawmakers Mira Dunhollow, Nils Ashgrove, Lise Marrin, Tomas Quill; addressees Rena
Stoll and Gus Ferrant; the Senate Canals Committee, the House Orchards Committee, Valdmark), written and labelled by
the Conventions of tests/corpus/README.md before the tool ran on it. None read from the held-out corpus.

Speaker rows are in tests/cases/test_fresh70.csv (``speakers`` "/" between the names evaluate accepts). Tables:

- LIST: a list of three or more signers after the quote or before it ("In a letter signed by A, B, C and D, the
  lawmakers said"), near misses a letter TO people, a signer quoted by name with "said";
- MEMBERS: "wrote the Members" / "the lawmakers wrote" after a release's list of signers;
- RESOLUTION: an adopted resolution quoted ("the resolution reads", "the text says", "It goes further to say"), near
  misses a resolution described but not quoted, then someone else's quote;
- HEADLINE: a headline partial quote whose words the body gives to a ministry's release, near miss a release that
  quotes someone else.

DATES: a month-day after "starting" in a clause whose verb's past is its base form ("put", "cut").
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, read_dates
from test_quotes48 import check_quotes48_speakers as speakers_fit

TABLES = case_tables("test_fresh70")

DATES = case_tables("test_fresh70_dates")["DATES"]  # rows: tests/cases/test_fresh70_dates.csv


@pytest.mark.parametrize(("headline", "body", "words", "speakers"), cases(**TABLES))
def test_fresh70_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), cases(DATES=DATES))
def test_fresh70_dates(text: str, pub: str, exact: str, start: str, end: str) -> None:
    got = [(s, e) for x, s, e in read_dates(text, pub) if x.endswith(exact)]
    assert got == [(start, end)], read_dates(text, pub)
