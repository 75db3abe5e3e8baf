"""Quote speakers on the classes review65 found misread by attr65's group rules (mendq65, twentieth session): each
row a sentence of my own (made-up people and places: Dov Hartig, Mira Tolk, Brel, Ostrel), labelled by the
Conventions of tests/corpus/README.md before the rule was changed, near misses beside (controls that must not
change). None read from the held-out corpus.

Rows are in tests/cases/test_mendq65.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- REL_OBJECT (review65 finding 8): a relative group ("those who came", "some who oppose the deal") is the speaker
  only as the subject of the verb of saying; as the object of the named subject's verb or preposition ("thanked
  those who came and said", "answered those who doubt him by calling") the named subject speaks. Controls: the
  group opening its clause ("but some who know him say").
- POSS_OBJECT (finding 9): a possessive group inside "what ..." or after the named subject's verb ("dismissed what
  his critics say and called") is no speaker; the named subject is. Controls: attr65's "but his critics say".
- OWNED_MOD (finding 11): a possessive group with modifiers ("his own aides", "her longtime rivals", "his former
  aides") and a pair ("his friends and aides") before a verb of saying is the group.
- REL_LY (finding 12): a word in "-ly" is stripped from a relative group only as an adverb before the verb
  ("Those who apply say" keeps "apply"; "Those who know him well privately say" loses "privately").
- INSCRIBED (finding 13): "the post/tweet read" credits the thing or its poster named before ("X posted on <platform>
  ... the post read": X accepted, the post an alias); "the post said" of a position is no inscription.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq65")


def check_mendq65_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq65_speakers(rows: list[object]) -> None:
    run_rows(check_mendq65_speakers, rows)
