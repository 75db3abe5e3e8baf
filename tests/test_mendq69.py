"""Quote speakers and people on the classes review69 found over-reached by attr68's rules (mendq69, twenty-first
session): each row a sentence of my own (made-up people and places: Bo Kessan, Ida Lam, Petra Vosk as review69 wrote
them; Tova Reyn, Ansel Gribb, Mika Dorn, Pellin, Hanwha, Varn), labelled by the Conventions of tests/corpus/README.md
before the rule was changed, near misses beside (controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_mendq69.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- OWN_WORDS (review69 finding 4): a passive of stance "for/over/of" a speech gerund or "his/her <noun>" ('Bo was
  criticised by Al for calling the deal “a disgrace”'): the quote is the subject's own words;
- AGENT: the passive's agent speaks only where "as" or a colon opens its words; with neither, nobody.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq69")


def check_mendq69_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq69_speakers(rows: list[object]) -> None:
    run_rows(check_mendq69_speakers, rows)
