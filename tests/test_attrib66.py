"""Quote speakers where the speaker is named but not next to the quote, and headline quotes told by the body's lead
(attr66, twentieth session, issue #9): each row a sentence or a few paragraphs of my own (made-up people, bodies,
places), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on it, near misses
beside (controls that must not change). None read from the held-out corpus.

Rows are in tests/cases/test_attrib66.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/" between
the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- HEADLINE_LEAD: a headline quote credited as the dev files credit them: the body's speaker of the same words
  (repeated), else the person the headline names for it, else the person whose lead sentence tells the same content
  words (three or more, three of every four), else nobody;
- TWO_BACK: the speaker named two sentences or paragraphs before, a sentence about something else between;
- OBJ_APPOS: "told <Name>, the <role>, that" (the subject speaks), the object's appositive and relative clause;
- COLON_TWO: a colon closing a sentence that names two people, only one of whom speaks;
- OFFICE: "<Name>'s office said" (the office or the person, as attr59's OFFICE rows accept);
- SPOKES: "a spokesperson for <Name> said": the spokesperson (README: a role is the speaker as the text gives it);
  a spokesperson for a body (the body, as _postmodified_holder reads it) and a named spokesperson as near misses;
- CAPTION: a caption line naming the speaker, a photo credit naming nobody;
- PARTY: "<Name> (<party>-<state>) said", inverted, with commas, two such names;
- SEMI, LIST: a semicolon after a quote with a speech verb before it; numbered items after "X said:".
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_attrib66")


def check_attrib66_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_attrib66_speakers(rows: list[object]) -> None:
    run_rows(check_attrib66_speakers, rows)
