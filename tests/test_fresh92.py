"""Claim verdicts and quote speakers on the wordings the sixteen articles of the ninety-first and ninety-second batches
(just added to dev) were missed on at first contact (fresh92): each class diagnosed from the miss, then rows of my own
(made-up people Kol Varn, Tolvig, Orrin Talk; the places Torvia and Hanul), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on them, with controls the rules must not fire on. None read from the
held-out corpus.

Claims, a row of tests/cases/test_fresh92.csv in tests/test_frames62.py's format, read by tests/test_frames64.py's
check (a row's ``cell`` may name the frame's ``modality``). Tables:

- IF_CLAUSE: a figure in the condition of a conditional that opens its sentence or quotation, a consequence after a
  comma ("If Torvia paid us X a year, then it's a fine deal"): hypothetical whatever the tenses, never contradicted
  (``frames.if_clause_figure``); controls: an "if" after the main clause, "asked if", a past payment with "then".
- CURRENT_SUM: "a rise in Seoul's share to X from the current Y": Y, right after "from the current", is the payment now
  (``frames.from_current_sum``, beside ``frames.from_current_level``'s "from the current level of Y"); controls: no
  payment noun, no change before it.

Speakers, a row of tests/cases/test_fresh92_speakers.csv: (body, a written "\\n" for a line break; the quote's words;
the speakers accepted, "/" between names, "None" for nobody). Tables:

- PASSIVE_ENDED: '“...!” X was quoted as saying': a quote that ends its own sentence, the passive's subject opening the
  next one (``quotes._passive_after_ended``); controls: a time word before the subject, an active verb.
- PROMISED_OWNER: "days away from Beijing's promised “...”": a place's possessive owning quoted words (perhaps after a
  participle of promising) stands for its government after any preposition (``entities.owns_quoted``), and such a
  participle is a word of the owner's words (``quotes._OWNED``); controls: no owner, a place owning an airport.
- LAW_SOURCE: "“...,” according to the bill": a text of law after "according to" is the quote's source, not the
  sentence's subject (``quotes._LAWS`` in ``quotes._according_document``); controls: a verb of saying before the quote,
  "according to" a person.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test, table_test
from test_frames64 import check_frames64_claims as check_fresh92_claims

#: The claim tables and how many rows each holds (strict xfails included).

#: Each row of tests/cases/test_fresh92.csv reads as it wants (tests/test_frames64.py's check).
test_fresh92_claims = table_test("test_fresh92", check_fresh92_claims)


def check_fresh92_speaker(body: str, words: str, speakers: str) -> None:
    """Assert that the first quote holding ``words`` in ``body`` (a written "\\n" a line break) is credited to one
    of ``speakers`` (conftest.assert_speaker)."""
    assert_speaker(body.replace("\\n", "\n"), words, speakers)


# rows: tests/cases/test_fresh92_speakers.csv (table, body, words, speakers, note)
test_fresh92_speakers = rows_test(check_fresh92_speaker, **case_tables("test_fresh92_speakers"))
