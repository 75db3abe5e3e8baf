"""Quote speakers of helper speak52 (session 52, issue 9), from the shapes session 51's hunts left.

Rows of tests/cases/test_speak52.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up
people, parties and places). ``want``: the names accepted ("/" between them), "None" for nobody.

- DOC_IT: a bill, resolution or petition opening its paragraph as the subject of the sentence before '“...,” it
  said' (or "It said ... “...”") is the quote's source when "it" has nothing else to go on with (README, "A document
  as the source of a quote": the document by its description when no issuer is named) (``quotes._it_measure``).
  Controls: an issuer named before keeps the quote, a measure told after another sentence of its paragraph and
  "the resolution of the dispute" (no document) keep main's answer.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_speak52_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_speak52_speakers = rows_test(check_speak52_speaker, **case_tables("test_speak52"))
