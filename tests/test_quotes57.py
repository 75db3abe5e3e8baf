"""Quote speakers on a short quoted noun phrase the writer uses as a label or a borrowed term (label57, sixteenth
session, issue #9): each row a sentence of my own (made-up people, bodies, terms), written and labelled before the
rule, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_quotes57.csv (columns as tests/test_gen47q.py reads them; ``xfail`` the reason of a row
still read wrong, a strict xfail). Tables:

- LABEL: nobody's words (speaker None): a naming with no agent ("what is being called a '...'", "what critics
  call", "the plan, dubbed '...'", "known as"), a quote inside the writer's noun phrase after "the <noun> of the"
  in a sentence with no verb of saying ("in the absence of the '...'", "the failure of the '...'");
- SAYS: the same words with a speaker: a naming or stance verb whose subject is named ("X called the deal a
  '...'", "what he called", "which he dubbed"), a partial quote in reported speech, a quoted topic in an
  announcement (adjud55).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_quotes57")


def check_quotes57_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes57_speakers(rows: list[object]) -> None:
    run_rows(check_quotes57_speakers, rows)
