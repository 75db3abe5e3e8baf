"""Mends of the mends (mendr48, forty-eighth session, from the second review of mendd48 and mendq48): rows of the
review's repros and my own wording (made-up Varo, Kessel, Hanul, Orla, Tilde, Dravo, Tova Rinn, Aldo Pesk, Mira
Quell, Lee Dana), dates told on Wednesday 2024-01-10; every row of a table without "_CTRL"/"CONTROL" fails on main
(the base before the mends read it as here), the controls keep their reading.

Dates (tests/cases/test_mendr48.csv):

- PREVIOUS: a "previous/prior/earlier" noun phrase holds the month through a participle or relative clause of
  holding ("The previous round, held in December,"), a past verb of ending right after it ("The previous deal expired
  in December"), up to five words ("The previous 10th round of talks in December"), or "earlier," fronted or after
  the verb (`_before_noun_phrase`, `_told_as_before`). PREVIOUS_CTRL: a clause's own verb and object.
- UP_FOR: "up for a final vote", "up for grabs" (`_up_for_ahead`). UP_FOR_CTRL: a run of gains.
- STEPS: "steps up/back/forward" after no count, "steps in" after a name: the verb (`_steps_verb`). STEPS_CTRL: a noun
  after a count or an adjective.
- START: "Talks for a new start begin in May": "a new start" a noun phrase, "begin" the verb (`_modified_subject`).

Speakers (tests/cases/test_mendr48_speakers.csv): LEFT_OFFICE, "quit" leaves office only with no object or the
office as its object (`_QUIT_OFFICE` in `_LEFT_OFFICE`); ISSUER, "a statement from ministry spokesman Lee Dana" names
its issuer past a lower-case role (`_issuer_right_after`); CONTROL rows keep mendq48's reading.
"""

from __future__ import annotations

from conftest import case_tables, dates_test, table_test
from test_attr75 import check_attr75_speakers

test_mendr48 = dates_test(**case_tables("test_mendr48"))  # "``exact`` reads ``start``..``end``"
test_mendr48_speakers = table_test("test_mendr48_speakers", check_attr75_speakers)
