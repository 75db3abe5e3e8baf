"""Quote speakers and dates on wording classes left in the dev split's misses (devq63, nineteenth session, issue #9):
each row a sentence of my own (made-up people, bodies and places: Ines Rask, Porvik, Tamsk), written and labelled by
the Conventions of tests/corpus/README.md before the rule was written, near misses beside (controls that must not
change). None read from the held-out corpus.

Speaker rows are in tests/cases/test_devq63.csv, read as tests/test_attrib59.py reads its matrix (``speakers`` "/"
between the names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong,
strict). Tables:

- DOCUMENT: a document noun beside "statement" and "report" stands as the speaker when the text names no issuer
  ("“…,” the 2020 joint communiqué stated", "the joint declaration read"), and its issuer speaks when the text named
  one before ("The Porvik Defense Ministry issued a communiqué … “…,” the communiqué said"; "a readout"), as the README
  reads a document as the source of a quote. Controls: "the statement said", "the letter read", the document as an
  object or in an adjunct of a named speaker.
- QUOTING_AS: "quoting (quoted) a/an <modifiers> <role> as saying" when the modifiers hold a body's name or an
  acronym that no person mention spans ("quoting a GOJ source as saying:", "quoted an NSC official as saying"): that
  unnamed person speaks, not a person named before nor the outlet. Controls: a lower-case modifier, a named person,
  "quoted her as saying", an outlet citing bare "sources".
- TITLE_MAKER: a title in quote marks credited by the bare possessive of a name ending in "s" ("CBS’ “Morning
  Round”", "PBS’ “Open Page” column"), as "’s" credits it (README, a title in quote marks): the maker is a body's
  mention or an acronym; a paper's name in "s" no mention spans stays unread (xfail: not told from a headline's
  title-case plural, "Dock Workers' 'Unpaid Leave'", a control). Controls: "’s", a lower-case scare quote after a
  common noun's bare possessive.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_devq63")


def check_devq63_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_devq63_speakers(rows: list[object]) -> None:
    run_rows(check_devq63_speakers, rows)
