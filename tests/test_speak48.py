"""Quote speakers on ordinary news attributions the tool left to nobody or to a bare role (speak48, issue 9): each row
a sentence or a few paragraphs of my own (made-up people Pell Varga, Imre Soto, Adrian Moll, Dana Kostel; made-up
places Torvia and Velmora; the Northgate Union, the Hanul Institute, the Torvia Herald), labelled by the Conventions of
tests/corpus/README.md before the tool ran on it. Every row of the tables below but CONTROL fails on main; CONTROL rows
are near misses that read the same before and after (a role nobody named holds, two holders no word tells apart, a
title nobody made, a label nobody speaks, an answer that stays the answerer's).

A row: (headline, body, the quote's words, the speakers accepted: "/" between names, "None" for nobody). Tables:

- ROLE: a definite role the entity finder made no mention of ("the mayor", "the premier", "the union chief") read back
  to the person named before with that office;
- MARKED: a definite office whose words tell two holders apart ("the opposition lawmaker", "the Torvian president",
  "the defense chief"): the holder called so;
- OUTLET: an outlet named after its kind ("the local daily Torvia Herald") is the outlet "the daily" points back to;
- WORK: a work's title in quote marks credited to the maker its possessive or its verb of writing names ("Varga's
  memoir, “...”", "her memoir", "she wrote a memoir titled “...”"), the Conventions' titles;
- KIND: a definite kind an organisation's apposition gave it ("The Hanul Institute, a think tank, ... the think tank
  said");
- LEDE: a lede's partial quote no one says there, its source the teller that opens the next paragraph ("The State
  Department announced the deal ...");
- NOUN_CLAUSE: a sentence opened by a noun of speech and its content clause ("The remark that ... a “package” ..."):
  the one told of as saying it just before ("his", or the last person who said something);
- HEADLINE: a headline's quote whose subject ("Union", "Northgate Union") the body names in full: that body or person;
- GROUP: "they" of a group a sentence opens with, modifiers before its noun ("Union members", "Torvian workers");
- ASKER: the words of a question put to the sentence's subject ("Asked by reporters whether she would “...”"): the
  asker's;
- ISSUER: a document phrase that names its issuer ("a statement from the Foreign Ministry"): the issuer;
- PASSIVE: a passive's agent ("The offer, called “an insult” by Soto, ...", "which was described by Soto as “...”");
- PRONOUN: a "she" the text resolved to a person makes that person no later "he" (and the reverse).
"""

from __future__ import annotations

from conftest import table_test
from test_attr75 import check_attr75_speakers

# The tables of tests/cases/test_speak48.csv (ROLE, PRONOUN, MARKED, OUTLET, WORK, LEDE, KIND, NOUN_CLAUSE,
# HEADLINE, GROUP, ASKER, ISSUER, PASSIVE, CONTROL): a row is a headline, a body with blank lines between paragraphs,
# the quote's words, the speakers accepted; the note: what it shows.
test_speak48_speakers = table_test("test_speak48", check_attr75_speakers)
