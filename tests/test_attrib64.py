"""Quote speakers on attribution layouts the matrices of attr59, attr62 and attr63 lacked (attr64, eighteenth session,
issue #9): each row a sentence of my own (made-up people, bodies, outlets), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on it, near misses beside (controls that must not change). None read from
the held-out corpus.

Rows are in tests/cases/test_attrib64.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- ACCORDING: "according to <bare surname>" with no first mention (lead, eighteenth session): the surname as written
  when it fits no several known people, the one person named in full whose name holds it, a null ``speaker_name``
  when it fits two (checked apart, with the gazetteer's Kims);
- BODY: "the <Body> spokesman/official" after a holder whose printed title or appositive names another body is
  someone new (attr62's control), beside the same body under another gazetteer name ("Defense Department" for
  "Pentagon"), an acronym ("USFK"), a holder whose title names no body, and "a spokesman for the Navy";
- LABEL: "what the <plural> call/dub" is that definite group's label (lead, eighteenth session), the pair named before
  when there is one; a bare plural stays a label with no namer (attr63), a singular "official call" a noun.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases
from test_attrib59 import test_attrib59_speakers as speakers_fit  # the same check
from test_extract_quotes import quotes

TABLES = case_tables("test_attrib64")


@pytest.mark.parametrize(("headline", "body", "words", "speakers"), cases(**TABLES))
def test_attrib64_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


def test_a_bare_surname_of_several_people_names_nobody() -> None:
    """ "according to Kim" with no first mention: the gazetteer's three Kims fit it, so ``speaker_name`` is null and
    they are the candidates (README's contract); "according to Rask" after two people named Rask: null too (the words
    stay the speaker text, which evaluate reads, as for "Rask said"); a surname nobody known fits is its own speaker."""
    kim, rask = quotes('"The gap is wide," according to Kim. "It is wide," according to Rask.')
    assert (kim["speaker_name"], len(kim["candidates"])) == (None, 3)
    assert (rask["speaker_name"], rask["speaker_text"], rask["attribution"]) == ("Rask", "Rask", "according_to")
    (two,) = quotes('Ines Rask and Ola Rask spoke on Monday.\n\nThe gap was "still wide," according to Rask.')
    assert two["speaker_name"] is None
