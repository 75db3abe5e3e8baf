"""Quotes a record or a group speaks (fix51s6, session 51, issue #9: every quote tied to a speaker or flagged): each
row a sentence of my own (made-up people, places, bodies), labelled by the Conventions of tests/corpus/README.md
before the tool ran on it, controls beside. None read from the held-out corpus.

Rows are in tests/cases/test_fix51s6.csv (columns as tests/test_attrib59.py reads them; ``speakers`` "/" between the
names evaluate accepts, "None" for words nobody speaks). Tables:

- DOC: a record no noun list named ("the minutes", "a transcript", "the notice", "the ruling", "the petition") after
  "according to", or as the subject of a speech verb, perhaps past a participle aside; the record is the speaker when
  the text names no issuer (quote_fallback._record_source); a poll or survey stays no speaker, as quotes40 reads one;
- GROUP: a plural group of people as the tag's subject ("ferry crews said", "Farmers near <place> said", "said shop
  owners who ..."), or the one "said one, NAME" names (quote_fallback._group_source);
- CONTROL: near misses that keep main's answer (a named speaker after the record or beside the group, "ruling" as an
  adjective, a label after "so-called", a group in a later clause, "one of them, NAME" with no "said").

mend51s6 (after review51s6): rows for an issuer past a title or after "passed/written by", "said one, <place> <role>
NAME" (the person, not the place), "the transcript of NAME's remarks"; CONTROL rows reword the review's four
changed-for-worse probes, with near misses (a name in a clause after "said one,", "obtained by", "NAME's meeting").
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_fix51s6")


def check_fix51s6_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_fix51s6_speakers(rows: list[object]) -> None:
    run_rows(check_fix51s6_speakers, rows)
