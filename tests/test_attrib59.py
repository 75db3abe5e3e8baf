"""Quote speakers on an attribution grammar matrix of news English (attr59, seventeenth session, issue #9): each row
a sentence of my own (made-up people, bodies, outlets, titles), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on it, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_attrib59.csv (columns as tests/test_gen47q.py reads them; ``speakers`` "/" between the
names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, a strict
xfail). Tables, by layout (the speaker's form, the quote's size and the verb vary inside each):

- BEFORE, AFTER, SPLIT: the speaker before the quote ("X said: ...", "X said that ..."), after it ('"...," X said',
  '"...," said X, <title>') and around it; full names, titled surnames, appositives, roles, bodies, plurals;
- PRONOUN: the speaker in the sentence or paragraph before, by a pronoun or a definite role;
- CONTINUED, COLON_PARA, QA: a quote over paragraphs, a colon before a paragraph break, questions and answers;
- HEADLINE: a headline label before a colon, a headline tag after the quote;
- DASH: an em-dash credit line, a dash, bracket or comma aside between the subject and its verb;
- ACCORDING, STATEMENT, JOINT, INTERVIEW, PLATFORM, OFFICE: "according to X", statements and documents (with and
  without an issuer), joint statements and "both sides", interviews, posts, "X's office said";
- PARTIAL: short partial quotes (one to four words) in reported speech, with speech and stance verbs ("called",
  "described ... as", "hailed", "dismissed ... as", "warned of"), the person named earlier in the paragraph;
- ORG: bodies as speakers (a ministry, an agency, a party, a think tank, a capital), with a person in an aside;
- PLURAL: "officials", "critics", "both sides", "analysts";
- CONTROL: labels, titles and names nobody speaks (the Conventions: "known as", "so-called", a book's, a film's, a
  memo's title, a place's name, a quoted modifier in the writer's noun phrase), beside a person or a role;
- SPAN: quote marks of other shapes (single, curly, guillemets, low-high, doubled), apostrophes around them.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_attrib59")


def check_attrib59_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib59_speakers(rows: list[object]) -> None:
    run_rows(check_attrib59_speakers, rows)
