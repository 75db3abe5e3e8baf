"""Quote speakers on attribution shapes found by probing the annotator with made-up news paragraphs (probe81q,
twenty-fourth session): about 1,300 generated sentences in the shapes wire services and Korean and US outlets use,
labelled by the Conventions of tests/corpus/README.md before the tool ran on them; these rows are the classes it
got wrong, each with controls the new rules must not change (made-up people Ryu Ha-jun, Baek Ji-hoon, Chae Min-seo,
Garrick Holloway, Delphine Okafor). None read from the held-out corpus.

Rows are in tests/cases/test_probe81.csv (columns as tests/test_gen47q.py reads them; ``speakers`` "/" between the
names evaluate accepts, "None" for words nobody speaks). Tables:

- COLON: a short sentence (under four words, so a "scare" form) that a colon introduces after a verb of no speech
  list ('Bo disagreed: "Seoul pays enough."') was skipped by the fallback as a scare quote (`_colon_sentence`);
  controls: a banner's or a label's words after a colon stay nobody's;
- ACCORDING: "according to"/"said" with an adjective no list held before a plural of people ("diplomatic sources",
  "unnamed officials", "high-ranking sources", "White House officials") fell back to the clause's subject or to
  nobody (`_open_modifier` in `_people_words`); a lone acronym outlet ("according to CNN") likewise
  (`_acronym_source`); controls: a quote in another's clause stays nobody's, listed modifiers as before;
- RELATIVE: a full name after "which", "what" or "how" before its verb was no person, so the clause's quote
  had no speaker (`_SUBORDINATORS` in analysis/extract/names.py; tests/test_names81.py); control: no name there;
- OWNED: a person's document before a speech verb ("Holloway's statement said", "Her letter said", "His post said")
  gave the document's words or nobody, where a body's gives the body (`_owned_document`, `_personal_document`);
  controls: a document's addressee, a person's aide, a body's statement, a document with no issuer.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47q import check_gen47q_speakers

TABLES = case_tables("test_probe81")


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_probe81_speakers(rows: list[object]) -> None:
    run_rows(check_gen47q_speakers, rows)
