"""Quote speakers on partial quotes whose speaker is a person named earlier in the same sentence with no speech verb
between the name and the quote (pred54, sixteenth session, issue #9): each row a sentence of my own (made-up people,
outlets, bodies), written and labelled before the rule, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_quotes54.csv (columns as tests/test_gen47q.py reads them; ``xfail`` the reason of a row
still read wrong, a strict xfail). Tables, by the word right after the name:

- RELATIVE: "X, who has called ...", "which X has called": the relative clause's subject speaks; controls: a
  description ("who was"), a label ("who heads the '...' caucus"), another relative subject;
- PARTICIPLE: an aside opened by a participle after the name ("X, demanding that Seoul pay '...', left", "X,
  standing beside Minister Y, hailed the '...'"), and a participle after the named subject's clause inside reported
  speech; controls: an event's name, a title, a later named speaker;
- MODAL: a modal or auxiliary, "put", a plural present ("X would only say", "could only describe ... as", "X and Y
  note that"); controls: an unnamed official, a description ("seemed", "appeared": the writer's word, as the dev
  files keep 'seemed' scare quotes null), a description told by a named source;
- STANCE: verbs of stance ("hail", "praise", "slam", "pledge", "welcome"), in a tweet or inside reported speech;
- PARAGRAPH: a titled name (past a fronted phrase) opening the quote's sentence after a descriptor's quote in the
  same paragraph: the name, not the descriptor's continuation; controls: no name opens the sentence;
- PAREN: a lawmaker's party and state or a photo note in brackets right after the name, then the shapes above;
- CONTROL: titles and labels, so-called terms (the Conventions: nobody's words), another named speaker later in the
  sentence, the name only in an earlier paragraph.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_quotes54")


def check_quotes54_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes54_speakers(rows: list[object]) -> None:
    run_rows(check_quotes54_speakers, rows)
