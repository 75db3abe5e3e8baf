"""Quote speakers on wider attribution classes (attr62, eighteenth session, issue #9): each row a sentence of my own
(made-up people, bodies, outlets, titles), written and labelled by the Conventions of tests/corpus/README.md before
the rule, near misses beside (controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_attrib62.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong). Tables:

- DESCRIPTOR: role nouns with modifiers as speakers ("a senior Hanul official", "the ministry's spokesperson", "a
  Pentagon spokesman", "officials in Seoul", "the two leaders"), left as the descriptor when no holder is named,
  given the holder when the text names one before;
- CONTROL: titles, place names and labels in a sentence with no verb of saying (after a title noun, "what officials
  call the ..."), beside the same shapes with a verb of saying or stance (still the subject's).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_attrib62")


def check_attrib62_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib62_speakers(rows: list[object]) -> None:
    run_rows(check_attrib62_speakers, rows)
