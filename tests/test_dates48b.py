"""Relative dates in made-up copy on defence talks (dates48b, forty-eighth session; issue 9): rows of my own wording
(Varo, Kessel, Dravo, Ostrava), labelled by tests/corpus/README.md's date Conventions before the rule was written.

- PHRASE: a plural subject with a short phrase after it, opened by a preposition, before a timetable verb in the
  present ("Talks on the new deal begin in March", "The drills with the navy begin Monday"): a plan ahead, as "Talks
  begin Monday" is (`_modified_subject`); every row failed on main (read back as a past).
- PHRASE_CTRL: near misses that keep their reading: past verbs, a noun "vote", a participle closing the phrase, no
  plural noun before the phrase.

Rows: tests/cases/test_dates48b.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test

TABLES = case_tables("test_dates48b")

test_dates48b = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
