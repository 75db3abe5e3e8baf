"""Quote speakers on attribution layouts the matrices of attr59, attr62, attr63 and attr64 lacked (attr65, twentieth
session, issue #9): each row a sentence or a few paragraphs of my own (made-up people, bodies, outlets, platforms),
written and labelled by the Conventions of tests/corpus/README.md before the tool ran on it, near misses beside
(controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_attrib65.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables (the layouts the four earlier matrices, listed in tests/test_attrib64.py, do not hold):

- LATER_REF: a speaker introduced in one paragraph and quoted two or three paragraphs later by surname, title
  ("the minister") or an appositive's role, past paragraphs and people between; another department's role stays new;
- WHO_CLAUSE: "<Name>, who/whose <long clause>, said", "said <Name>, who ...", the person inside the clause is no
  speaker, the relative clause's own verb of saying;
- TITLE_OF: "<Title> <Name> of <body> said/told", the body itself speaking;
- LIST: bulleted, starred and numbered quotes after "<Name> said:", a later paragraph or a tagged bullet of another;
- STMT_NEXT: "In a statement, <body> said ..." then a quote in the next paragraph (tagged "the statement said", "it
  said", "the ministry added", untagged, another speaker);
- ACC_STMT: "according to a statement from / released by <body>", "a report by", "a ministry statement";
- PLATFORM: "wrote on Truth Social", "posted on", "In a post on", "responded on X, calling", a book's title;
- SPEECH: "said in a speech", "In a speech at ...", "Speaking at a rally in ...", a speech by another;
- TWO: two speakers in one sentence ("but", "while", a semicolon, a relative clause): each quote its own clause's;
- PRONOUN: "he"/"she"/"they" after two named people: gender (a title, "his"/"her") or number decides, else null;
- ORG: capitals' lower-case ministries ("Ostrel's defense ministry said"), a ministry after the quote, an embassy;
- TOLD: "told reporters", "told <outlet>", "told <outlet> in an interview", relayed speech, "according to <outlet>";
- ANON: "a senior official, who spoke on condition of anonymity, said", "who asked not to be named", counted plurals;
- HEADLINE: "<Name>: '...'" with any name, a role label, a common noun label, a dash credit;
- READ: "the tweet/banner/sign read" (a dev miss's class: a thing whose printed words are quoted), its poster named
  before, a person reading aloud;
- CRITICS: a possessive group as the subject ("his critics claim", "her rivals say", "Hartig's rivals call") is the
  group, not the possessor (a dev miss's class); the pronoun itself as the subject is the control;
- AS_AND: "denounced A as 'p' and B as 'q'": the second complement is the same subject's (a dev miss's class).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_attrib65")


def check_attrib65_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib65_speakers(rows: list[object]) -> None:
    run_rows(check_attrib65_speakers, rows)
