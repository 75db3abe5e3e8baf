"""The over-reach review77 found in the frame rules of frames75/frames76, mended (mendf77, twenty-third session; issue
#10: catch every wrong figure, never call a right one wrong).

Each table holds review77's sentence of one finding (the wrong reading it named now read right), sentences of my own
in its shape, and CONTROL rows: the sentences the rule was written for, which must still read as before.

- ``GOT_INTENT``: a verb of getting is what a demand got only right after a comma (", securing X", ", and got X");
  after a preposition or a word of intent ("intent on securing", "insisting on getting", "with the aim of securing",
  "bent on extracting", "hoping for obtaining") the figure is still the ask (``frames.got_after``; ``_intent``'s
  test of the words after its cue is ``frames.paid_after_cue``);
- ``IF_COULD``: a remote "if ... could" after the figure keeps it hypothetical when the main verb is present ("jumps to
  X if Washington could have its way"); only a past act ("accepted X if they could") is told as fact
  (``frames.main_modal``, ``frames.past_act``);
- ``THE_NUMBER_TOPIC``: "the number" stands for "the number of U.S. troops" only when that was named in the same
  sentence or the one before, with no new topic between ("Asked about ...", "As for ...", "Regarding ...":
  ``frames.number_told_before``, ``frames._NEW_TOPIC``);
- ``PERSON_SOURCE``: "a person / a worker / a soldier" and a preposition is a rate only at the amount's end ("X a
  soldier", "X for each of the troops": ``frames._RATE_PER_HEAD``), so "A person in the negotiating room said ..." is a
  source; the two "per <person>" alternatives of ``frames._PART_CUE`` are one;
- ``WORLD_NAMES``: the world table's US territories (Guam, Puerto Rico, the Northern Mariana Islands, ...:
  ``frames._US_TERRITORIES``) and the "Jersey" of "New Jersey" are no other payer; its names lose a bracketed or comma
  part that is no name ("Dutch part", "Keeling) Islands": ``frames.world_name_forms``, a doctest);
- ``WHOLE_OF``: "the full / entire / whole X of its contribution" and "Seoul will pay X of its share" (its own share,
  paid) are the whole payment, no part (``frames.part_of_payment``); test_frames76's "Seoul paid X of its contribution
  in cash" stays a part (the exception is the payer's "share" only);
- ``FISCAL_ASK``: a budget request is a "request" of no clause and of no Korea side ("requested that Seoul pay X in
  fiscal 2020", "requested Seoul pay X", "the request of Seoul" are asks: ``frames.fiscal_request``). The brief asked
  for the noun only, but test_frames76's FISCAL-2 ("The Defense Department requested $4.5 billion for the troops in
  Korea for fiscal year 2021", the shape the rule was written for) is the verb with the amount as its object, so the
  verb stays when it takes the amount itself;
- ``OWN_SPEND``: what Seoul "could spend on its own defense" is its own spending, not the US side's ask
  (``frames._OTHER_OBJECT``).

Rows: tests/cases/test_mendf77.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check, as
tests/test_frames76.py reads its own (each text one paragraph after the lead sentence of tests/test_review45.py; my own
names and figures; payments are the data's, data/sma_contributions.csv, at data/exchange_rates.csv's yearly rates).
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_mendf77_claims

#: Each row of tests/cases/test_mendf77.csv reads as it wants (tests/test_frames64.py's check).
test_mendf77_claims = table_test("test_mendf77", check_mendf77_claims)
