"""Quote speakers on the attribution classes of the thirty-ninth session's probes (texts written by people who read
neither the corpus nor the code; the probe files are lost, so every row here is in my own words, with made-up people
beside gazetteer ones). A row: (body, the quote's words, the speakers accepted: "/" between names, "None" for
nobody; the note says what it shows), read as conftest's ``assert_speaker`` reads it. Tables (tests/cases/
test_qfix39.csv), each with its near misses (``_NEAR``) that must not change:

- LABEL (class A): a body paragraph that opens with a label and a colon before the quote: a capital ('Seoul: "We
  will not accept ..."', its government, as "Esper:" labels Esper's words), a role ('Analyst:', 'A Pentagon
  spokesman:', the role as printed), and an interview's "A:" answer (the one its introduction names: "Ambassador X
  answered our questions"). Near misses: a topic's label, a colon before a list, a question's quote, an
  introduction that names nobody, a writer's "Note:".
- ROLE (class D): a person later referred to only by a role ("the ambassador said") goes to the one named before
  with that office, when the office was given in brackets ("Jo Bell (the defense secretary)") or by a verb of taking
  it with no article ("became ambassador", "who serves as defense secretary"): the entity finder read no person or
  no office there, so the role stayed the speaker; both a gazetteer person (with an office the gazetteer does not
  hold) and a person it does not know.
- SHE (class C): a "she"/"he" whose antecedent is a full name told once with no title, verb or appositive ("For Jo
  Bell, ...", "The demand angered Jo Bell.", "Jo Bell's office"): the entity finder read no person, so the pronoun
  had no antecedent; the nearest such name is taken when no person is named between it and the pronoun.
- GROUP (class B): a counted or qualified plural group speaks as the whole phrase printed ("Five veterans
  associations", "Several retired generals", "Dozens of former diplomats", "A dozen retired generals"), as
  ``evaluate._speaker_ok`` matches a speaker by its folded words: it was cut to its head noun or to "Several".
"""

from __future__ import annotations

from conftest import assert_speaker, table_test

test_qfix39_speakers = table_test("test_qfix39", assert_speaker)
