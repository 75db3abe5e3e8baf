"""Mends of four dates48b rules that read past dates ahead (mendd48, forty-eighth session): rows of my own wording
(Varo, Kessel, Dravo, Hanul, Orla, Tilde), told on Wednesday 2024-01-10; every row of a table without "_CTRL" read a
date ahead on main (the base before dates48b read it as here), every "_CTRL" row keeps its reading.

- NOUN_START: "start"/"end"/"close" after "a/an" and one word is a noun ("Calls for a fresh start in May grew
  louder"), and after a subject and its phrase a past verb after the date tells the clause's time ("Calls for the
  swift end in June were dropped"; `_modified_subject`, `_phrase_verb_last`). NOUN_START_CTRL: a timetable present
  after a subject phrase stays ahead (dates48b PHRASE), a speech tag after a comma, a past verb.
- STEPS: "steps" is a noun but in "steps down/aside" ("took several steps in March"; `_present_plan`).
  STEPS_CTRL: "steps down", "steps aside" stay ahead.
- UP_FOR: "is/are up for" a count of months or sessions tells a rise now, no step ahead ("Imports are up for a second
  straight month in December"; `_up_for_ahead`). UP_FOR_CTRL: "up for renewal", "a vote", "re-election" stay ahead.
- TOLD_PREVIOUS: a "previous/earlier/prior" word in a bare month's sentence, after a dated one, tells the month's
  event came first only when its noun phrase holds the month ("The previous round, in December,", "was held in");
  not a clause's own verb and more ("Earlier talks collapsed in March"; `_before_noun_phrase` in
  `_told_as_before`). TOLD_PREVIOUS_CTRL: the apposition and link-verb forms stay before the date told.

Rows: tests/cases/test_mendd48.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test

test_mendd48 = dates_test(**case_tables("test_mendd48"))  # "``exact`` reads ``start``..``end``"
