"""Speaker rules of helper fix50o (session 50), from a read-only hunt (hunt50s causes J and K).

Rows of tests/cases/test_fix50o.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up
officials Park Sol, Park Bo, Song Hae; capitals as the issuers of a joint paper). ``want``: the names accepted ("/"
between them), "None" for nobody.

- FAMILY: a sentence opening with a bare family name spelt like an English word and a speech verb ("Park said it
  was “...”"), the name unread as a person, gives its quote to the one person named earlier with that family name
  (quotes._family_name_said; controls: a reporter's question quote before it, two people of that name, no titled
  full name before, "Park officials said", a family name already read).
- JOINT: "A and B issued a joint fact sheet. “...,” it read" gives the pair, not the last-named issuer
  (quotes._joint_issuers; controls: one issuer after meeting the other, the other issuing alone after joint talks,
  a later sentence naming one issuer's own paper).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix50o_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix50o_speakers = rows_test(check_fix50o_speaker, **case_tables("test_fix50o"))
