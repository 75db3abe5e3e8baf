"""Quote speakers on three classes of news English (desc49, fifteenth session, issue #9): each row a paragraph of my
own (made-up people, outlets, bodies), written and labelled before the rule, controls beside. None read from the
held-out corpus.

Rows are in tests/cases/test_quotes49.csv (columns as tests/test_gen47q.py reads them; ``speakers`` "no span" for
words no quote span may hold; ``xfail`` the reason of a row still read wrong, a strict xfail). Tables:

- BACKROLE: a role or description that refers back to a person named earlier ("the spokesperson" after a
  spokeswoman, "the retired general", "the Republican" after a senator the text calls one); with no compatible
  antecedent the role stays;
- DESC_SUBJECT: an unnamed speaker whose postmodifier names a titled person ("a spokesman for Defense Secretary
  Jo Bell said"): the spokesman speaks, not the secretary; a document an outlet obtained;
- SERVING: a person named as serving another ("Jo Bell, spokesman for President Al Roe"; "an aide to Senator Al Roe"
  read by the entity finder as a title before the name): "the spokesman" is the one who serves, not the served;
- ADVERB: an adverb between a subject and its verb ("Bo again took aim at Seoul, calling it a “...”", "Bo even
  called it"): the subject speaks;
- PRIOR: a quote with no attribution of its own after a sentence of its paragraph that opens on a person (past a
  fronted phrase or a title): that person, when told of after the last speaker (not the last speaker of an earlier
  paragraph); a paragraph of quote alone stays as the earlier decisions have it;
- SINGLES: a plural's possessive ("the allies' talks") inside a single-quoted quote is no closing mark when a clean
  closing mark follows; a closing mark after a plural with no such mark after it still closes;
- SPANS: quotes found as quotes: a quote opened in one paragraph and closed in the next with no opening mark on the
  second, attribution in the middle, after a colon, single-quote headlines, curly singles; titles and slogans stay
  with no speaker.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_quotes49")


def check_quotes49_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes49_speakers(rows: list[object]) -> None:
    run_rows(check_quotes49_speakers, rows)
