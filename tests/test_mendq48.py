"""Quote speakers where speak48's rules reached too far (mendq48, from the end-of-session review of speak48): each
row a sentence or a few paragraphs of my own or the review's repro (made-up people Tova Rinn, Aldo Pesk, Mira Quell,
Jo Bell, Al Roe, Kim Ode; the made-up place Brennmark), labelled by the Conventions of tests/corpus/README.md before
the tool ran on it. Every row of the tables below but CONTROL fails on main before this branch (it reads what
speak48 read in); CONTROL rows are the near misses each narrowed rule still reads as speak48 meant (and as main
reads them).

A row: (headline, body, the quote's words, the speakers accepted: "/" between names, "None" for nobody). Tables:

- ASKER: "Asked by phone/email/the newspaper whether ...": a means or a thing after "by" asks nothing; the sentence's
  subject answers as before speak48 (only people, a name or a people's noun, ask: _asking_people);
- GROUP: "Kessel thanked union members ..." is a subject, its verb and their object, no group a later "they" points
  back to (_verb_shaped in _modified_group);
- LEDE: a lede that names who derides, sees or brands the deal so ("critics have derided as a “...”") keeps the
  next paragraph's teller from its quote (_viewed_as);
- NOUN_CLAUSE: "The claim/proposal/suggestion that ..." is a view in circulation, not the last speaker's; only "the
  remark", "the comment", "the explanation" (or "this", "that", "his", "her" with any noun of speech) points back;
- ISSUER: "a letter from opposition lawmakers to the Foreign Ministry": the recipient issues nothing
  (_issuer_right_after);
- ROLE: "Mayor Jo Bell resigned in 2019 ... the mayor said": a holder the text says has left is no longer the one
  "the mayor" points back to (_left_office);
- WORK: "Kim Ode, who reviewed her memoir, “...”": a reader or critic beside the possessive leaves its maker untold;
- PASSIVE: "Jo Bell said the offer, called “an insult” by union leaders, ...": the agent's words, not the subject's;
- HEADLINE: 'Union vows to "fight on"' over a story whose union is lower case and a European Union in passing: no
  body the story opens with (_subject_body).
"""

from __future__ import annotations

from conftest import table_test
from test_attr75 import check_attr75_speakers

# The tables of tests/cases/test_mendq48.csv (ASKER, GROUP, LEDE, NOUN_CLAUSE, ISSUER, ROLE, WORK, PASSIVE, HEADLINE,
# CONTROL): a row is a headline, a body with blank lines between paragraphs, the quote's words, the speakers
# accepted; the note: what it shows.
test_mendq48_speakers = table_test("test_mendq48", check_attr75_speakers)
