"""Quote speakers of "the Members/lawmakers wrote" after a list of three or more people (mendq70, twenty-first
session, review70 finding 4): each row a sentence or a few paragraphs of my own (made-up people as review70 wrote them,
Jo Bell, Al Roe, Mo Fenn, Sam Wu; and Vera Kolt, Denn Aplin, Rosa Mirel, Pim Sallow), labelled by the Conventions of
tests/corpus/README.md before the rule was changed. None read from the held-out corpus.

Rows are in tests/cases/test_mendq70.csv (``speakers`` "/" between the names accepted). Each row is read by the
quote's antecedent first (the person a group's words go to: review70 saw "the Members" resolved to a target through
it), then its speaker's name or words. Tables:

- OBJECT: the list is the object of another verb ("criticised", "met", "thanked", "urged", "named", "called on",
  "wrote to", "spoke with") or a passive's subject ("were criticised"): not the writers, the group keeps its words;
- SIGNERS (controls): the list is its sentence's subject (after a dateline or "On Monday,"), or follows "signed by",
  "led by", "penned by", "a letter from", or "were joined by": the first-named;
- FRESH70: fresh70's LIST and MEMBERS rows, which must keep their readings.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes40 import accepted

from analysis.extract import quote_spans

TABLES = case_tables("test_mendq70")


def check_mendq70_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    text = f"{headline or 'Headline'}\nBy A. Reporter\nNovember 16, 2019\n\n" + body.replace("\\n", "\n")
    said = [(q.exact, q.value) for q in quote_spans(text)]
    value = next(v for exact, v in said if words in exact)
    got = (value.get("antecedent") or {}).get("exact") or value["speaker_name"] or value["speaker_text"]
    assert accepted([got], speakers), (got, value)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq70_speakers(rows: list[object]) -> None:
    run_rows(check_mendq70_speakers, rows)
