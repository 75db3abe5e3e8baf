"""Review of verd56 mended (mend56v): rules that hid wrong payments now read them as payments again.

Classes (each row fails on verd56 before the mend; each near miss passes on both):
- CLOSE: a sentence closing on "as expected", "than forecast" is a comparison with an expectation, not its source's
  verb of forecasting (``frames._FORECAST_CLOSE``). Near miss: ", analysts expected." after a year no deal fixed yet.
- WILL: "will" with a closing verb of forecasting is a forecast only for a year no deal concluded by publication
  states the sum of; a deal's first year of payment is the deal's sum, whoever estimated it (``frames.deal_fixes``
  with ``escalated=False``). Near miss: a later year the deal's escalator sets ("By 2024 ..., the ministry
  estimated", told in 2021) stays a forecast.
- RAISE: workers who "get a" raise are the wages cue only when the figure is the raise's own ("get a 4 percent raise");
  not "got a bonus after Seoul agreed to pay P more".
- SCHEME: a scheme, model, approach or option "would" follow is an idea unless a deal word owns or modifies it ("the
  accord's pricing approach", "the burden-sharing option") or, unowned, the year bound is one a concluded deal states
  (``frames.deal_scheme``). Near misses: a person's scheme; an unowned scheme before the deal was concluded.
- OVER: "P above the full cost it covered in 2018" is the payment of that year: a change, no premium
  (``frames._OVER_COST``). Near miss: "P above the full cost of stationing troops".
- PART: "the cost of South Korea's share comes to X" is the payment (``frames.cost_is_subject``). Near miss: "the full
  cost of hosting the troops comes to X", the cost's own level.
"""

from __future__ import annotations

import claims56_probes
import pytest
from conftest import verdict_fits
from test_verd56 import verdict_of

#: Rows: (published, sentence, the figure's words, the verdict wanted as conftest.verdict_fits reads it).
ROWS = (
    ("2025-01-20", "South Korea's payment will come to 2.1 trillion won in 2026, lower than forecast.",
     "2.1 trillion won", "caught"),
    ("2025-01-20", "Seoul will contribute 2.1 trillion won in 2026, just as analysts expected.", "2.1 trillion won",
     "caught"),
    ("2024-12-15", "Seoul will contribute 2.1 trillion won in 2026, the defense ministry estimated.",
     "2.1 trillion won", "caught"),
    ("2021-04-20", "South Korea will pay 1.6 trillion won this year, a think tank predicted.",
     "1.6 trillion won", "caught"),
    ("2021-04-02", "Staff on the bases got a bonus after Seoul agreed to pay 25 percent more this year.", "25 percent",
     "caught"),
    ("2025-05-10", "Under the revised model, Seoul would pay 2.1 trillion won in 2026.", "2.1 trillion won", "caught"),
    ("2021-05-10", "Under the burden-sharing option, Seoul's payment would grow 25 percent this year.", "25 percent",
     "caught"),
    ("2019-06-01", "Under the accord's pricing approach, Seoul would pay 1.6 trillion won this year.",
     "1.6 trillion won", "caught"),
    ("2019-04-10", "This year Seoul will pay 30 percent above the full cost it covered in 2018.", "30 percent",
     "caught"),
    ("2021-05-01", "The cost of South Korea's share comes to 1.6 trillion won this year.", "1.6 trillion won",
     "caught"),
)
#: Near misses: alike, but they keep their verdict (verd56 and here).
NEAR = (
    ("2018-05-02", "Seoul will pay 1.3 trillion won in 2019, analysts expected.", "1.3 trillion won", "unverifiable"),
    ("2021-04-20", "By 2024 Seoul's payment will reach 1.9 trillion won, the ministry estimated.", "1.9 trillion won",
     "unverifiable"),
    ("2021-04-02", "Korean staff at the bases will get a 4 percent raise this year.", "4 percent", "not_checkable"),
    ("2019-06-01", "Under the senator's scheme, Seoul would pay 1.6 trillion won this year.", "1.6 trillion won",
     "not_contradicted"),
    ("2018-06-01", "Under the new scheme, Seoul would pay 1.6 trillion won in 2019.", "1.6 trillion won",
     "not_contradicted"),
    ("2019-11-20", "Hosts would pay 30 percent above the full cost of stationing troops.", "30 percent",
     "not_contradicted"),
    ("2019-11-20", "The full cost of hosting the troops comes to 3.4 trillion won.", "3.4 trillion won",
     "not_checkable"),
)


@pytest.mark.parametrize(("published", "sentence", "needle", "want"), ROWS + NEAR)
def test_mend56v_rows(published: str, sentence: str, needle: str, want: str) -> None:
    probe = claims56_probes.Probe(published, claims56_probes.article(published, sentence), needle, "row", None, None,
                                  "row")
    verdict, evidence = verdict_of(probe)
    assert verdict_fits(verdict or "not_checkable", want), (verdict, evidence)
