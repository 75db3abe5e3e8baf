"""Claim frames of tidyf52: a level told as reached by a deadline named BEFORE it in its clause. Rows of my own
wording (publication day, text, the claim's words, the verdict, quantity and years wanted, as tests/test_review92b.py
checks them); each ``*_NEAR`` table holds near misses that must stay as they are.

- FORECAST_BEFORE: "By 2025, Seoul's contribution will have grown to X, up N percent" (cfix51's probe V22), "No later
  than 2025, its share will have climbed to X": a deadline year later than the story's before the amount, with a
  future perfect ("will have", "would have") between, is a forecast as a deadline after the amount is
  (``frames.deadline_before`` in ``frames.deadline_forecast``); the percent apposed to it is the forecast's too. A
  forecast is never refuted by what came later: unverifiable, not contradicted or misleading.
- FORECAST_BEFORE_NEAR: a past perfect ("By 2020 it had grown to X": a reported fact, still caught), a plain "will"
  after the deadline (a signed deal's payment for that year: "By 2026, South Korea will increase its contribution by
  8.3%, reaching X"), a year noun after the deadline ("By 2025 talks ..."), an amount with a date of its own after it
  ("... from X in 2021"), a deal's term ("the deal that will last until 2025").
"""
from __future__ import annotations

from conftest import rows_test
from test_review92b import check_claim

_GROWN = "By 2025, Seoul's contribution under the cost-sharing deal will have grown to 2 trillion won, up 69 percent."
_STUDY = "By 2025, Seoul's payment for the US troops would have grown to 2 trillion won, up 69 percent, the study said."
_FROM = "By 2025, Seoul's payment for the US troops will have risen to 2 trillion won from 1.5 trillion won in 2021."
_HAD = "By 2020, Seoul's contribution under the cost-sharing deal had grown to 2 trillion won, up 69 percent."

#: (published, text, exact, verdict, quantity, years) that the base commit frames as the year's payment or change.
FORECAST_BEFORE = [
    ("2021-06-01", _GROWN, "2 trillion won", "unverifiable", "forecast", "2025"),
    ("2021-06-01", _GROWN, "up 69 percent", "unverifiable", "forecast", ""),
    ("2021-06-01", _STUDY, "2 trillion won", "unverifiable", "forecast", "2025"),
    ("2021-06-01", "By the end of 2025, the sum Seoul pays for the American troops will have reached 2 trillion won.",
     "2 trillion won", "unverifiable", "forecast", ""),  # its year: the publication's, as "X by the end of 2025" has
    ("2021-06-01", "No later than 2025, Seoul's share of the troop upkeep will have climbed to 2 trillion won.",
     "2 trillion won", "unverifiable", "forecast", "2025"),
    ("2019-03-01", "By 2022, the cost-sharing bill Seoul pays will have doubled to 2 trillion won, officials fear.",
     "2 trillion won", "unverifiable", "forecast", ""),
    ("2021-06-01", _FROM, "2 trillion won", "unverifiable", "forecast", "2025"),
]

#: Near misses that must not change.
FORECAST_BEFORE_NEAR = [
    ("2021-06-01", _HAD, "2 trillion won", "contradicted", "sma_payment", "2020"),
    ("2021-06-01", _HAD, "up 69 percent", "contradicted", "sma_change", ""),
    ("2024-10-04", "By 2026, South Korea will increase its contribution to the US troops by 8.3%, reaching 1.9 "
     "trillion won.", "1.9 trillion won", "contradicted", "sma_payment", "2026"),
    ("2021-06-01", "By 2025 talks will have ended; Seoul paid 2 trillion won for the US troops in 2021.",
     "2 trillion won", "contradicted", "sma_payment", "2021"),
    ("2021-06-01", "By 2025 talks will have ended, and Seoul will pay 2 trillion won for the US troops in 2022.",
     "2 trillion won", "contradicted", "sma_payment", ""),
    ("2021-06-01", "By 2025, Seoul's payment for the US troops will have risen from 1.5 trillion won in 2021.",
     "1.5 trillion won", "contradicted", "sma_payment", "2021"),
    ("2021-06-01", _FROM, "1.5 trillion won", "contradicted", "sma_payment", "2021"),
    ("2021-06-01", "Under the deal that will last until 2025, Seoul will pay 1.5 trillion won for the US troops this "
     "year.", "1.5 trillion won", "contradicted", "sma_payment", "2021"),
]

test_tidyf52 = rows_test(check_claim, FORECAST_BEFORE=FORECAST_BEFORE, FORECAST_BEFORE_NEAR=FORECAST_BEFORE_NEAR)
