"""Quote speakers after review62's findings 9, 10, 11, 12 and 15 (mendq62, eighteenth session, issue #9): each row
a sentence of my own (made-up people, bodies, outlets, titles), written and labelled by the Conventions of
tests/corpus/README.md before the mend, near misses beside (controls that must not change). None read from the
held-out corpus.

Rows are in tests/cases/test_mendq62.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong). Tables:

- LISTENER (finding 9): a title noun that is the one told or the medium of a speech verb ("told the program, “…”",
  "said on the podcast, “…”") leaves the quote its speaker's; a title noun after a verb of watching, showing or
  appearing, or with "titled" after it, keeps the title nobody's;
- SPOKESMAN (finding 10): "the <Body> spokesman" refers back only to a person whose own title or role is that body's
  spokesman (the words adjacent), not to one near other bodies' words;
- TEAM (finding 11): "the head of the team" is a negotiating team's head only when the text makes the team one;
- SLOGAN (finding 12): a quoted slogan, motto, pledge or toast a named person ends with, utters or reads out after a
  colon is that person's words;
- WIDER (finding 15): epithets and verbs after a subject read as classes ("the head of the negotiating team", "the
  chief of the <nationality> delegation", "flies/flew/flying").
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq62")


def check_mendq62_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq62_speakers(rows: list[object]) -> None:
    run_rows(check_mendq62_speakers, rows)
