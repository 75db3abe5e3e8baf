"""Quote speakers on the fifty-first batch's speaker misses, read as classes (b51q, seventeenth session, issue #9):
each row a sentence of my own (made-up people, places, bodies), written and labelled by the Conventions of
tests/corpus/README.md before the rule, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_quotes59.csv (columns as tests/test_gen47q.py reads them; ``speakers`` "/" between the
names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, a strict
xfail). Tables:

- HEADLINE_BARE: a headline or subhead line whose named subject the quote follows with no verb of saying, a modal at
  most ('Harlan should "up ninefold"', 'Harlan "Korea is a cash machine"'); controls: a verb between, no name, a
  possessive, a capitalised name, a body sentence;
- PREP_LABEL: a short quote after "<preposition> the" (after, since, following, during, despite, before) in a sentence
  with no verb of saying, naming or stance: the writer's label; controls: reported speech, stance, a credit after
  the quote, a proposal's or an offer's object, a possessive after a verb of presenting;
- JOINT_DOC: a joint document's words ("A joint note detailing this agreement states that '...'") after the pair
  named before and a person quoted between; controls: a named speaker;
- AIM: a partial quote after "to reach/seek/secure/strike/find a" in a sentence with no verb of saying: the aim of
  the sentence's subject; controls: labels.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_quotes59")


def check_quotes59_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes59_speakers(rows: list[object]) -> None:
    run_rows(check_quotes59_speakers, rows)
