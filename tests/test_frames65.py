"""Lists whose head names the quantity, the payment "currently" made, and multiples in words (frames65, twentieth
session; issue #10).

Rows: tests/cases/test_frames65.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test
(each text one paragraph, or several, after the lead sentence of tests/test_review45.py; made-up sentences in my own
words with the data's figures, no corpus article read); a row's ``cell`` may name the frame's ``actor`` and
``modality`` the claim must have:

- ``LIST``: a list's head applies its quantity and actor to each item, and each item's year binds to it
  (frames.list_item, frames.head_reading): "Seoul paid the following: X in 2019, Y in 2021", "South Korea's share of
  the cost, by year: 2020 — X; 2021 — Y", a bulleted list after a colon or after a sentence naming the payment, one
  paragraph per year, a demand's head ("Washington asked for the following sums: ..."); ``LIST_NEAR``: a list of
  another quantity (defence budgets, wages, another host's payments) stays other, a colon before a clause and a
  date's year before a comma are no list items, a series in one clause is read as before.
- ``CURRENT``: "currently pays", "now pays", "pays at present" with no year of its own is the payment in force at
  publication, the latest year of an agreement signed by then (frames.told_in_force, in_force_year; signing dates in
  data/events.csv): Feb 2019 (the 10th SMA initialled, not signed) is 2018's, Dec 2019 is 2019's and not the year
  before's, all of 2020 and March 2021 (agreed, not signed) 2019's, June 2021 2021's, January 2025 2025's (the 12th SMA
  signed for 2026); ``CURRENT_NEAR``: "will pay next year", "paid last year", no "now", "officials now say", and the
  lead's answers (a) the 11th SMA's first year is 2021 and (c) a bare "the administration" names no actor
  (``actor=none``).
- ``MULTIPLE_WORDS``: multiples in words, "one and a half times", "two and a half times", "one-and-a-half times",
  "half again as much" (amounts: factor 1.5, 2.5), and a year's payment as the subject a multiple is said of ("Seoul's
  2026 payment will be about one and a half times what it paid in 2019": frames.payment_subject_year);
  ``MULTIPLE_NEAR``: "half as much" stays a half, "one and a half years" and "one time" are no multiples.
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_frames65_claims

#: Each row: the claim holding ``exact`` has the quantity, verdict, actor and modality the row wants
#: (tests/test_frames64.py's check; "actor=none": no actor).
test_frames65_claims = table_test("test_frames65", check_frames65_claims)
