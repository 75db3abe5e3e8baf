"""Quote speakers on the classes review72 found over-reached or missed by this session's quote rules (mendq72,
twenty-second session): each row a sentence of my own (made-up people: Dora Vell, Rick Ammon, Tia Borne as review72
wrote them; Lea Voss, Ned Harte, Mika Pell, Ora Denn), labelled by the Conventions of tests/corpus/README.md before
the rule was changed, near misses beside (controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_mendq72.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables (``*_KEEP``: the controls of the table before):

- LINK (review72 finding 2): a list of people never runs across a sentence end ("... and Tia Borne. Dora Vell
  said"): a word ending a sentence is no title word, and a pair is never one person twice;
- OBJECT (findings 2 and 3): a list whose first name is the object of a participle or a preposition in an opening
  phrase ("After meeting A, B and C said") is not the speakers; the subject after the phrase is;
- HEADLINE (finding 7): a headline quote whose words two body speakers carry is nobody's;
- DOCUMENT (finding 9): "In the letter to X, lawmakers said": the clause's subject, never the addressee;
- THEY (finding 10): a plural "they said" never goes to one person.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq72")


@pytest.mark.parametrize(("headline", "body", "words", "speakers"), cases(**TABLES))
def test_mendq72_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)
