"""Quote speakers of helper speak52 (session 52, issue 9), from the shapes session 51's hunts left.

Rows of tests/cases/test_speak52.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up
people, parties and places). ``want``: the names accepted ("/" between them), "None" for nobody.

- DOC_IT: a bill, resolution or petition opening its paragraph as the subject of the sentence before '“...,” it
  said' (or "It said ... “...”") is the quote's source when "it" has nothing else to go on with (README, "A document
  as the source of a quote": the document by its description when no issuer is named) (``quotes._it_measure``).
  Controls: an issuer named before keeps the quote, a measure told after another sentence of its paragraph and
  "the resolution of the dispute" (no document) keep main's answer.
- US_OWNER: a place whose name ends in "s" owns with a lone apostrophe ("the United States' top envoy", "the
  Philippines' foreign minister"): the place is read (``entities._ALIAS_END``, ``entities._NEXT``) and its owned
  office, holder or outlet speaks as after "Washington's" (``quotes._owner_possessive``, ``quotes._possessive_len``).
  Controls: "'s" owners, a lower-case plural ("the allies' envoys"), a plural inside a body's name ("the Workers'
  Party"), and the place owning a thing, not a speaker, keep main's answer.
- SCARE_GROUP: a term unnamed people are told to use in the plural present ("Critics call the demand a “shakedown”",
  "the deal, which critics call a “sellout”", "what analysts call a “...”") is theirs, as main reads "called"
  (README and REVIEW: reported scare quotes are credited to whom the text credits; a so-called label nobody uses
  stays null) (``quotes._present_namers``). Controls: "call on/for" (an appeal), "call" as a noun, a pronoun or
  "many", a preposition in the object, a so-called label, and a tag after the quote keep main's answer.
- TRANSCRIPT: a line opened by a speaker label in capitals ("HALE: We remain committed to a “...”",
  "ASSISTANT SECRETARY COOPER: Our goal ...") gives a quote of its line no rule credited to the one person named
  before with that family (or full) name, when the line speaks in the first person before the quote or the quote
  opens it (``quotes._transcript_labels``). "Q:" names no one, so its quotes stay as the rules leave them (null when
  none credits them: README, a speaker is null when the text says nobody spoke). Controls: "Q:", a label of nobody
  named or of two people, a narrator's line telling of others, a dateline, a label that names no one.
- JOINT_PRESSER: a joint news conference's co-host is never the speaker: a co-host in the aside "X, at a (joint) news
  conference / briefing with Y, said ..." is its object, as a party to talks is (``quotes._TALKS_WITH``), and the
  subject of ", where" speaks, not the hosts before it ("X and Y held a joint news conference, where Y called it
  “...”") (``quotes._where_subject``). Controls: a tag's speaker, a pair that tells it together, "who held ...", a pair
  after ", where", an owner's aides, and a later sentence's own tag keep main's answer.
- ENTITY (below): the place before its lone apostrophe is found.
"""

from __future__ import annotations

import pytest
from conftest import assert_speaker, case_tables, rows_test

from analysis.extract.entities import find_entities


def check_speak52_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_speak52_speakers = rows_test(check_speak52_speaker, **case_tables("test_speak52"))


# (text, the place mentions find_entities gives, by their words); all but the last fail on main (no place found)
ENTITY = [
    ("The United States' envoy said no.", ["The United States"]),
    ("Officials of the United States’ embassy met Lee.", ["the United States"]),
    ("Lee met the United States' envoy in Seoul.", ["the United States", "Seoul"]),
    ("The United States's envoy said no.", ["The United States"]),  # control: the "'s" possessive, as on main
]


@pytest.mark.parametrize(("text", "places"), ENTITY)
def test_speak52_plural_place_owner(text: str, places: list[str]) -> None:
    assert [m.exact for m in find_entities(text) if m.kind == "place"] == places
