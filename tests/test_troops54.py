"""US troop numbers in South Korea told in more of a reporter's words (troops54, session 46): sentences of my own.

- ``FORCE_NOUN``: a force named as one ("a force of about 28,500", "the American force ... stands at 28,500", "a
  garrison 28,500 strong") takes a bare count (counts._BARE_TRIGGER, counts._BARE, frames.bare_doubt);
  ``FORCE_NOUN_CTRL``: a force of a size supposed (frames.modal_after), a labor force, a force's target.
- ``OWN_NOUN``: the force's own nouns and number forms ("US military members", "service personnel", "Americans in
  uniform", "the 28,500 USFK", "28,500-odd", "twenty-eight thousand five hundred", a number between dashes, "about
  28,500 remain"; counts._NOUNS, counts._BODY_NOUN, frames._OTHER_ARMY, frames.troops_denied); ``OWN_NOUN_CTRL``: the
  same words before things, another army, a union.
- ``LEVEL_IN_MOVE``: the level told in a sentence of a move or plan — the troops a plan acts on ("could cut the
  28,500 troops"), the whole a part leaves ("4,500 troops from the 28,500", "4,000 of the 28,500 ... could be
  withdrawn"), "-strong" as a size, "currently 28,500", a clause of its own ("where 28,500 are based", "home to"), a
  level kept ("will keep ... at 28,500") (frames.troops_moved, troops_floor, troops_part, troops_change_end,
  troops_planned, troop_frame); ``MOVE_CTRL``: the number moved, a target, a level that was, a whole move.
- ``PART_ASIDE``: base or people words near the count that do not hold it (frames.part_before, aside_place);
  ``PART_CTRL``: a base that holds the count, people counted with it, one command's share.
- ``FORCE_GOVERNED`` (mend54t, then the lead): a force of a size before a modal, whatever governs it ("Stationing a
  28,500-strong force would cost ...", "Basing a 42,000-strong force would cost ..."), stays a size supposed
  (not_checkable): a real level told so goes unjudged rather than a supposed size called wrong;
  ``FORCE_GOVERNED_CTRL``: the force the subject of the modal's clause.
- ``TO_OBJECT`` (mend54t): a count after a verb whose "to" takes an object ("could point to 28,500 troops"), told as
  the level (frames.to_object); ``TO_OBJECT_CTRL``: a change's target after "to", a level proposed.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review45 import check_review45_claims as check_troops54_claims

ROWS = case_tables("test_troops54")

#: Each row: the first claim holding ``needle``, after test_review45's LEAD, fits the verdict wanted.
test_troops54_claims = rows_test(check_troops54_claims, **ROWS)
