"""Dates hunt50c read wrong in dated reported speech (fix50h), on made-up sentences (invented places Ostrel,
Talvik, Orvane), each rule with near-miss controls that keep main's reading:

- PAST_THIS: "this week", "earlier this week", "earlier this month" in a past complement of speech dated to an
  earlier day ("said Thursday that its envoys had visited Ostrel this week", told on Monday) are read from the
  speech's day and end by it (`dates._past_this_from_speech`).
- MARKED_WD: "next/last/this <weekday>" in indirect speech dated to a day more than a week before publication is read
  from the speech's day (`dates._marked_weekday_from_speech`).
Controls: speech on the publication day or within the week, a present or "would" complement, a quote, the speech's
own weekday, the narrator's clause after the report, no speech.
"""

from __future__ import annotations

from conftest import case_tables, dates_test

test_fix50h = dates_test(**case_tables("test_fix50h"))
