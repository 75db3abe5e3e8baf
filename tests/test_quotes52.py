"""Quote speakers on partial quotes whose speaker is named earlier in the same sentence or paragraph (relay52,
fifteenth session, issue #9): each row a sentence or paragraph of my own (made-up people, outlets, bodies), written
and labelled before the rule, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_quotes52.csv (columns as tests/test_gen47q.py reads them; ``xfail`` the reason of a row
still read wrong, a strict xfail). Tables:

- PERFECT: a speech verb of a named person inside reported speech in any form (past perfect "had called", "had
  described ... as", "had warned of"; passive "was quoted as calling", "is said to have called"; modal "would
  call"): the quote is the named person's, not the reporter's (the README's Convention on relayed quotes); controls:
  the reporter's own words, a description of the person ("was", "seemed", "had been", "would be");
- FREE: free reported speech (a state or stance: "was", "remained", "wanted") in the sentence after one that says a
  person spoke (briefed, addressed, testified, gave an interview): that person, with no other speaker between;
  controls: a sentence not about speaking, another speaker, a new paragraph, a told event, a sentence naming the person;
- OTHER: other partial-quote shapes (a second sentence's "He added", "He also", a colon, an appositive, "calling it",
  "describing it as", "in what he called", "which X called"); controls: another speaker named in the clause.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_quotes52")


def check_quotes52_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes52_speakers(rows: list[object]) -> None:
    run_rows(check_quotes52_speakers, rows)
