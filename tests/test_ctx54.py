"""A payment whose own clause binds no year, framed in the publication year, that is the payment of a year the text
names before it (helper ctx54, session 54; issue #10: never call a right figure wrong).

Rows (tests/cases/test_ctx54.csv, columns published, text, exact, want, xfail, note), invented wording:

- ``NAMED`` (:func:`analysis.rules.named_year_reading` in :func:`analysis.rules.judge_guarded`): "In 2014, the allies
  signed a deal. Seoul paid about $874 million under it.", told in 2025: the figure is 2014's payment (at 2014's
  rate) and 11 % below 2025's, which main called `misleading`; the year named in the sentence, the paragraph or
  the "at the time" before it makes the publication year's reading uncertain: `unverifiable`. Every row failed on
  main.
- ``NAMED_CTRL``: no year named, the present fixed by "today", a figure that fits no named year, a year named only
  after the figure, a year after publication ("a deal that runs through 2025", told in 2021: the mutants'
  payment_off case), and a figure the year before publication supports: kept.
- ``STORY`` (:func:`analysis.frames.story_year_before` in :func:`analysis.frames.bind_years`): "In 2014, the two
  governments signed a deal. Seoul paid X under it.": a payment told in the past right before its amount, in a
  sentence that names no date and no present, is of the one year (before publication) the sentence before names,
  not the publication year's. Right figures main left `unverifiable` or `misleading` are `supported`; a wrong one
  main called `supported` (it equals the publication year's payment) no longer is. Every row failed on main.
- ``STORY_CTRL``: "Today Seoul pays", a sentence before with a figure of its own, a year after publication
  ("runs through 2025"), no past payment verb before the amount: the publication year's reading stays.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict

test_ctx54_claims = table_test("test_ctx54", check_fix51v3_claims)
