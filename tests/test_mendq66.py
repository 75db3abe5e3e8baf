"""Quote speakers on the classes review66 found misread by attr66's and mendq65's rules (mendq66, twentieth session):
each row a sentence of my own (made-up people and places: Dov Hartig, Mira Tolk, Orla Vinter, Brel, Ostrel),
labelled by the Conventions of tests/corpus/README.md before the rule was changed, near misses beside (controls that
must not change). None read from the held-out corpus.

Rows are in tests/cases/test_mendq66.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- HEAD_TELLER (review66 finding 4): a headline quote goes to a lead teller only on the headline's distinctive words
  (a stem most of the body's other sentences share is the story's topic, not a match; "more"/"less" are content),
  only where the teller's own clause says them (not "said reports that ... were false", "denied that"), never where
  a later body sentence gives the same words to someone else, and never under a headline label ("Seoul:").
- GROUP_OPENER (finding 5): an owned or relative group is its clause's subject also after an adverb or a short
  fronted phrase ("Even her critics say", "On Monday his aides said").
- REL_AND (finding 6): "and" joining objects inside a relative clause ("Those who oppose her and her party say")
  keeps the group; "and" before a second verb ("those who came and said") still ends it.
- SEMI_PASSIVE (finding 10): a passive speech verb before a semicolon ("was described as") names no speaker of its
  own: the one named after the semicolon speaks.
- LEAD_ABBREV (finding 13): a lead sentence holding "U.S." is one sentence for the headline teller.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq66")


def check_mendq66_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq66_speakers(rows: list[object]) -> None:
    run_rows(check_mendq66_speakers, rows)
