"""Quote speakers on the classes review63 found misread by devq63's rules (mendq63, nineteenth session): each row a
sentence of my own (made-up people, bodies and places: Porvik, Tamsk, Ines Rask), labelled by the Conventions of
tests/corpus/README.md before the rule was changed, near misses beside (controls that must not change). None read
from the held-out corpus.

Rows are in tests/cases/test_mendq63.csv, read as tests/test_devq63.py reads its own (``speakers`` "/" between the
names evaluate accepts, "None" for words nobody speaks; ``xfail`` the reason of a row still read wrong, strict).
Tables:

- ISSUER (review63 finding 8): a document noun ("the readout said", "the communique said", "the statement said")
  speaks for a body only when the text makes that body its issuer ("X issued/released/put out the <doc>", "X's
  <doc>", "In a <doc>, X said", "X said in a <doc>"); a body that criticised, slammed or rejected the document is no
  issuer, and the document speaks by its description. Controls: each issuing shape.
- TITLE_MAKER (review63 finding 9): a title in quote marks after a bare apostrophe ("CBS’ “Face Time”") is credited
  to an acronym only when it stands alone (a few capitals, the word before not in capitals) in a line that is not
  all capitals; an all-capitals headline's plural ("DOCK WORKERS’ “UNPAID LEAVE” ENDS") gives no maker (the rule
  gives up there, even for a real acronym). Controls: an acronym in running text, a title-case plural.
- QUOTING_AS (review63 finding 10): "<outlet> quoted/quoting <unnamed speaker> as saying" whatever the phrase opens
  with ("another", a count: "two NSC officials", "several") and whatever blank follows the verb (tab, no-break
  space): that speaker, not the outlet. Controls: devq63's rows, a bare plural "sources" (the outlet), a named
  person, a pronoun, the passive.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_mendq63")


def check_mendq63_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendq63_speakers(rows: list[object]) -> None:
    run_rows(check_mendq63_speakers, rows)
