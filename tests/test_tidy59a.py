"""Regressions of xv59 mended (tidy59a, session 59). Rows of my own (tests/cases/test_tidy59a.csv, columns published,
text, exact, want, xfail, note; judged as :func:`test_years47.check_years47_claims` judges them).

- ``ADDRESSEE``: an earlier demand recalled as told to another party ("he had told NATO members they should pay X
  more"): the frame binds it to that party, so no US ask of Seoul is read into it as its rise (rules.demand_recalled
  skips rules.demanded_increase for guards.other_asker; since xv59 a right-sized rise was supported, the whole ask
  misleading). ``ADDRESSEE_CTRL``: the demand told to Seoul keeps its reading as a rise.
- ``JOINT_FIRST``: a capitalised word before "and Seoul's payment" that names no side ("took effect in April and",
  "signed on Monday and", "closed in Geneva and"): Korea's own payment, judged (frames.joint_payer_cues: the first
  member of frames._JOINT_PAYER must be a tagged place with a country, a side word or a country or capital of the
  gazetteer; since xv59 any capitalised word made it a joint sum, not_checkable). ``JOINT_FIRST_CTRL``: a capital, a
  country of two words, a side word first: a joint sum, as on main.
- ``RISE_OTHER``: a rise's noun after an ask's amount followed by "in" or "of" and words that name no payment ("sought
  a $X jump in its own budget", "a raise in troop funding from Congress"): the rise of another sum, so the amount is
  not read as an ask of Seoul told as its rise (rules.rise_of_other in rules.rise_noun_after; since xv59, with "jump" a
  rise noun and rules.demand_recalled trying rules.demanded_increase first, such sums were called misleading).
  ``RISE_OTHER_CTRL``: a bare rise noun, "in the payment", "in Seoul's share", "of the cost-sharing bill" keep the
  reading as the ask's rise (right supported, the whole ask told as the rise misleading).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_tidy59a_claims = table_test("test_tidy59a", check_years47_claims)
