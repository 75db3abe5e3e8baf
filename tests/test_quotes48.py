"""Quote speakers and people on shapes of the three newest batches' misses, read as classes (quotes48, fourteenth
session): each row a paragraph of my own (made-up people, outlets, bodies), written and labelled before the rule,
controls beside. None read from the held-out corpus.

Speaker rows are in tests/cases/test_quotes48.csv (columns as tests/test_gen47q.py reads them; ``speakers`` "no span"
for words no quote span may hold). Tables:

- STRAY_COMMA: a titled subject with a stray comma before its verb ("Chairman Jo Bell, panned the move as '...'");
- QUOTING: "said a newspaper quoting an official": the one quoted speaks, not the outlet;
- SIDE: "the U.S. side mentioned that '...'": the side speaks, not a ministry named before;
- ESCAPED: marks printed with a backslash before them (a copy's escapes: still quote marks);
- HEADLINE_FIGURE, HEADLINE_LABEL: headline quotes in single marks (a figure too) and labels before a colon;
- NEXT_PARA: a role whose holder is the titled subject of the next paragraph.

People rows are in tests/cases/test_quotes48_people.csv (``mention`` the words, ``name`` the person, "None" for no
person): EPITHET (a descriptive noun or quoted epithet before a full name), KIN (a given name in commas after a
kinship noun).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47q import speaker_of
from test_quotes40 import accepted

from analysis.extract.entities import find_entities

TABLES = case_tables("test_quotes48")
PEOPLE = case_tables("test_quotes48_people")


def check_quotes48_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    got = speaker_of(headline, body, words)
    if speakers == "no span":
        assert got == "no span", got
    else:
        assert got != "no span" and accepted([got], speakers), got


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_quotes48_speakers(rows: list[object]) -> None:
    run_rows(check_quotes48_speakers, rows)


def check_quotes48_people(text: str, mention: str, name: str) -> None:
    got = [m.value["name"] for m in find_entities(text) if m.kind == "person" and m.exact == mention
           and not m.value.get("descriptor")]
    assert got == ([] if name == "None" else [name]), got


@pytest.mark.parametrize("rows", merged(cases(**PEOPLE)))
def test_quotes48_people(rows: list[object]) -> None:
    run_rows(check_quotes48_people, rows)
