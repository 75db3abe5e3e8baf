"""Quote speakers on the attribution classes attr63 (eighteenth session, issue #9) made rules for: each row a sentence
of my own (made-up people, bodies, places), written and labelled by the Conventions of tests/corpus/README.md before
the rule, near misses beside (controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_attrib63.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong). Tables:

- EPITHET: a definite epithet of an office in other words ("the top diplomat" of a foreign minister or secretary of
  state, "the head of the delegation" and "the delegation chief" of its negotiator, "the spy chief" of an
  intelligence director, "the four-star general", "Tokyo's leader", "the Ohio Republican" of "R-Ohio"), beside the
  same epithets after someone who holds no such office (the epithet stays the speaker);
- LABEL: "what <bare plural> call(s/ed)/dub(s)" is a label with no namer (lead, eighteenth session), beside a named
  capital, person or pronoun as the namer, and a counted singular ("what one envoy called");
- ROLE_BACK: a definite role whose holder the text names in other words ("who leads the Foo Foundation" for "the
  think tank chief", "Oslo's chief envoy" for "the Norwegian envoy", "The diplomat, the chief U.S. envoy,");
- DASH: a dash or bracket aside between a named subject and its speech verb;
- PRONOUN: "she"/"he" after an unknown name with a scholar's or traveller's verb ("teaches", "studies", "flew");
- ACCORDING: "according to <plural>" after the quote's own clause, beside a quote
  in a clause of its own;
- ORG: a negotiating team as a body ("The Lima team, headed by X, said");
- SPAN: TeX marks, doubled straight marks, an inch mark after a figure (beside a closing mark after one);
- DESCRIPTOR: counted definite plurals ("the four envoys"), indefinite roles with initials and a place after them.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_attrib63")


def check_attrib63_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib63_speakers(rows: list[object]) -> None:
    run_rows(check_attrib63_speakers, rows)
