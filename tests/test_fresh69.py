"""Quotes of documents with several signers or an adopting body, lawmakers named with a party-state tag, and dates a
fresh batch read wrong (fresh69, twenty-first session): each row a sentence or a few paragraphs of my own (made-up
senators Ana Velk, Tor Brisby, Rep. Lena Osk, addressees Hal Drummet and Lu Farrow, the House Rivers Committee,
Solland), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on it. None read
from the held-out corpus.

Speaker rows are in tests/cases/test_fresh69.csv (``speakers`` "/" between the names evaluate accepts). Tables:

- SIGNERS: "the senators wrote" after a list of signers, a letter TO a pair (the pair does not speak), a signer quoted
  by name, a signer list after the quote;
- MEMBERS: a release's "wrote the Members", "the lawmakers expressed their '...'" after "In a letter to X";
- RESOLUTION: a committee's adopted resolution quoted ("the text reads"), the introducer quoted by name;
- DESCRIBED: a letter described but not quoted, then someone else's quote.

PEOPLE: names a party-state tag follows ("Jo Bell (D-Calif.)"); DATES: "at the beginning of the month" told as a
time (the first third) or a deadline (the first day), a count of one after an event whose clause holds "said".
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, read_dates
from test_quotes48 import check_quotes48_speakers as speakers_fit

from analysis.extract.entities import find_entities

TABLES = case_tables("test_fresh69")

PEOPLE = case_tables("test_fresh69_people")["PEOPLE"]  # rows: tests/cases/test_fresh69_people.csv

DATES = [
    ("At the beginning of the month, the mill furloughed 300 workers.", "2021-06-15",
     "the beginning of the month", "2021-06-01", "2021-06-10"),
    ("The mill closed at the end of the month.", "2021-06-28", "the end of the month", "2021-06-21", "2021-06-30"),
    ("The mill will close at the end of the month.", "2021-06-15", "the end of the month", "2021-06-30", "2021-06-30"),
    ("The pact expires at the end of the month.", "2021-06-15", "the end of the month", "2021-06-30", "2021-06-30"),
    ("The mill closed at the end of last month.", "2021-06-15", "the end of last month", "2021-05-31", "2021-05-31"),
    ("The mill closed at the end of the year.", "2021-06-15", "the end of the year", "2020-12-31", "2020-12-31"),
    ("The mill must decide by the beginning of the month.", "2021-06-15",
     "the beginning of the month", "2021-06-01", "2021-06-01"),
    # "<thing> came a day after" counts from the story's own day (dfix48's dates._thing_came; strict xfail before it)
    ("The council met Thursday on the water plan.\n\nIt heard the clerks.\n\nThe meeting came a day after "
     "the mayor said he had vetoed the plan.", "2021-06-10", "a day after", "2021-06-09", "2021-06-09"),
    ("Ana Velk said the plan was dead, a day after she met the mayor.", "2021-06-10", "a day after",
     "2021-06-08", "2021-06-08"),
]


@pytest.mark.parametrize(("headline", "body", "words", "speakers"), cases(**TABLES))
def test_fresh69_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize(("text", "mention", "name"), cases(PEOPLE=PEOPLE))
def test_fresh69_people(text: str, mention: str, name: str) -> None:
    got = [m.value["name"] for m in find_entities(text) if m.kind == "person" and m.exact == mention
           and not m.value.get("descriptor")]
    assert got == ([] if name == "None" else [name]), got


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), cases(DATES=DATES))
def test_fresh69_dates(text: str, pub: str, exact: str, start: str, end: str) -> None:
    got = [(s, e) for x, s, e in read_dates(text, pub) if x.endswith(exact)]
    assert got == [(start, end)], read_dates(text, pub)
