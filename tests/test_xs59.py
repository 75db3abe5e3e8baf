"""Quote speakers, session 59 burn-down of known failures (xs59, issue #9). My own sentences, made-up people; none
read from the corpus. Rows are in tests/cases/test_xs59.csv, read as tests/test_attrib59.py reads its rows (one
quote's words, its speakers as evaluate accepts them, "None" for nobody).

- THEY: a quote whose own tag is a plural "they" and a verb of saying ('“...,” they said', '“...,” they later
  told reporters') that no rule could point back to a group: nobody's, never the one person named before
  (``quote_fallback._they_tag``, read in ``_Context.attribute`` and the fallback's last-reporter step); a quote
  before it with a speaker keeps the writer, as speak90r THEY_GROUP settled (``quote_fallback._spoke``).
  THEY_NEAR: a pair or a group as subject, a singular pronoun, a "they" after the tag's verb or in a new sentence,
  a "they" before a verb of no saying, a named writer's quote before: unchanged.
- ASKED and KNOWN_OBJECT (removed after review xs59r): "A asked B whether ... “...,” he said" and "A called Mr. B.
  “...,” he said" keep the sentence's subject (the reporters' default: the subject goes on speaking); the text gives
  no grammatical mark of the one asked answering, and a title on the object that fits the pronoun does not rule out
  a subject of open gender. ASKED_NEAR / KNOWN_OBJECT_NEAR hold the reviewer's probes and my own; attrib64 ASKED-4,
  attrib68 QA-3 and attrib66 PARTY-5 stay strict xfails with their old reasons.
- PUT: "Bo was asked (on Monday): “Will you pay?”": a question after "was asked ...:" with no "by" is the unnamed
  asker's, not the subject's (``quotes._question_put`` in ``quotes._asker`` and the fallback). PUT_NEAR: the answer
  after it, "was asked ... and said:", no question mark, an active "asked", a question with the subject's own tag.
- NEXT_HOLDER: a definite role no one named before holds ('“...,” the camp commander said') is the person the next
  paragraph opens with as its titled subject when the title repeats the role's noun or is a military rank for a
  military role (``_Context.next_holder``, from ``role_phrase_holder`` and ``first_named_next`` in ``resolve``).
  NEXT_HOLDER_NEAR: a title of another office, a name after an opening phrase, someone named before, a ranked
  owner ("Col. Bo's aide"), an ambassador for a spokeswoman: the role stays.
- CLAIM: an unnamed owner's claim whose "that" clause holds the quote ("Her rivals' claim that she was “...”"):
  the owner, not the clause's subject (``quotes._owned_claim_holder`` in ``quotes._possessor``). CLAIM_NEAR: her own
  claim, a ruling (no claim word), a group's verb of saying, the quote in another clause: unchanged.
- DOC_RELATIVE: "<subject> obtained a memo that called the plan “...”": the document a relative clause's verb of
  saying or naming has as subject (``quote_fallback._document_relative``, a worded rule before ``_before_quote``);
  a document the subject issues ("released", and now "wrote", "authored") stays the subject's (``_ISSUING_VERBS``).
  DOC_RELATIVE_NEAR: an issuer, a writer, no relative clause, a verb of no saying.
- QUOTED_COLON: "<outlet> quoted <person> (on Monday): “...”": the one quoted, past a title, or an unnamed one ("a
  senior official"), not the outlet (``quotes._quoted_colon`` in ``quotes._quoted_as_saying``). QUOTED_COLON_NEAR:
  "as saying", "quoted from" a report, a colon of another clause: unchanged.
- CAME_REPLY: '“...,” came the (curt) reply/response/retort from <person>': the person, past a title, or the
  unnamed one (``quote_fallback._came_reply``, a worded and bare rule). CAME_REPLY_NEAR: "came the news from" a
  place: unchanged.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_attrib59 import check_attrib59_speakers as speakers_fit  # the same check

TABLES = case_tables("test_xs59")


def check_xs59_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_xs59_speakers(rows: list[object]) -> None:
    run_rows(check_xs59_speakers, rows)
