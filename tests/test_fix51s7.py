"""Speaker rules of helper fix51s7 (session 51, issue 9: every quote tied to its speaker), from read-only hunts.

Rows of tests/cases/test_fix51s7.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up people,
outlets and places; the two-word owners are countries the country table holds). ``want``: the names accepted ("/"
between them), "None" for nobody.

- LIST: a quote in a list item (a line opening with "-", "*", "•", "–", "1." or "1)") with no tag of its own takes
  the speaker of the line a colon ends that opens the list, its subject or the owner of its noun of speech, read back
  through consecutive items and blank lines only, also after a first item read into the lead line (a short list's
  break read as a wrap: quote_fallback._Context.list_lead, _lead_colon; controls: an item with its own
  tag, a lead line with no colon, no list, a colon line naming nobody).
- OWNER2: an outlet after a two-word country's or capital's possessive that opens the clause ("New Zealand's state
  broadcaster Tarra TV said") speaks, as after a one-word owner (quotes._place_owner_opens; controls: the possessive
  inside "An editor at ...", a person after it, two capitalised words no country table holds).
- GENDER: a paragraph's topic (the last speaker) comes back for a "he"/"she" only when the gender the text gave them
  allows it: an earlier pronoun read as them, or their title or "his"/"her" (quote_fallback._Context.gender_allows;
  controls: the same pronoun again, no pronoun gave a gender, the learned gender fits).
- Mended after review51s7: the lead line is read only after the titled skip and only when the item's own sentence
  names nobody (_in_sentence, _colon_clause; quote_fallback._Context.item_lead), never for an item with its own colon
  ("Oda Frisk's view: ...", "Q: ..."), and only for a lead line holding a verb or noun of speech and no colon of its own
  (quote_fallback._spoken_lead: "listed", "set out", "told", "remarks", ...). LIST_MEND_CTRL holds the review's
  changed-for-worse shapes in new wording ("(source: ...):", "Sources: ...:", "Chronology (...):", a title in an item,
  an item's own "Name, for ...:" / "Name's view:" / "Q:" colon) and a lead line with no word of speech: nobody, as on
  main.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix51s7_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix51s7_speakers = rows_test(check_fix51s7_speaker, **case_tables("test_fix51s7"))
