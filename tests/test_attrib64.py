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

Layouts the three matrices held before (attr59: BEFORE, AFTER, SPLIT, PRONOUN, CONTINUED, COLON_PARA, QA (a quoted "Q:"
then an "A:" with its own tag, "asked ..., replied:"), HEADLINE, DASH, ACCORDING, STATEMENT, JOINT, INTERVIEW (fronted,
mid, after "said", "told <outlet> in an interview:"), PLATFORM (wrote on X, posted on Facebook, tweeted), OFFICE,
QUOTED_AS (<outlet> quoted him/X as saying), PARTIAL, ORG, PLURAL, CONTROL, SPAN, DEF_ROLE, EPITHET, ROLE_BACK,
OWNED_DOC; attr62: DESCRIPTOR, CONTROL; attr63: EPITHET, LABEL, ROLE_BACK, DASH, PRONOUN, ACCORDING, ORG, SPAN,
DESCRIPTOR), and the layouts they lacked, added here, each with near misses:

- NEXT_SENT: the speaker named in the next sentence ("“…” That was how X put it.", "Those were X's words", "So said
  X"); OWN_WORDS: "X's words: “…”", "X's message was blunt: “…”", "read out X's reply:"; AS_PUT: "as X put it";
- QUOTED_AS: "X was quoted (by <outlet>) as saying", "X's spokesman quoted her as saying", "a spokesman for X quoted
  him as saying"; PLATFORM: "X posted on social media:", "took to social media:"; INTERVIEW: "said X in an interview
  with <outlet>", "said X, speaking in an interview";
- ADDED: "“…,” X added / went on / continued / went on to say", "stressed X"; ASKED: "X, asked whether …, said",
  "Asked by reporters whether …, X said"; BOTH: "“…,” X said, adding that … “…”" (both quotes);
- PARA_SPLIT: a quote split by its attribution across a paragraph break; QA: an unlabelled "Q: … A: …" transcript
  with the answerer named before, surname labels; ROLE_PLACE: "the mayor of <city> said", "the governor of <place>
  Province", its holder named before or in an appositive, another place's mayor.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check
from test_extract_quotes import quotes

TABLES = case_tables("test_attrib64")


def check_attrib64_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib64_speakers(rows: list[object]) -> None:
    run_rows(check_attrib64_speakers, rows)


def test_a_bare_surname_of_several_people_names_nobody() -> None:
    """ "according to Kim" with no first mention: the gazetteer's three Kims fit it, so ``speaker_name`` is null and
    they are the candidates (README's contract); "according to Rask" after two people named Rask: null too (the words
    stay the speaker text, which evaluate reads, as for "Rask said"); a surname nobody known fits is its own speaker."""
    kim, rask = quotes('"The gap is wide," according to Kim. "It is wide," according to Rask.')
    assert (kim["speaker_name"], len(kim["candidates"])) == (None, 3)
    assert (rask["speaker_name"], rask["speaker_text"], rask["attribution"]) == ("Rask", "Rask", "according_to")
    (two,) = quotes('Ines Rask and Ola Rask spoke on Monday.\n\nThe gap was "still wide," according to Rask.')
    assert two["speaker_name"] is None
