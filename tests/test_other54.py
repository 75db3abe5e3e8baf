"""Sums of other quantities framed as the SMA payment or its forecast (other54, fifty-fourth session; issue #10).

A story on the cost-sharing talks tells many sums that are not Seoul's SMA payment, a demand or an offer; the data
hold none of them, so a careful checker calls each ``not_checkable`` (tests/corpus/README.md, Conventions). Seven
general readings were missing (made-up sentences in my own words; no held-out article read):

- COST_OUTLOOK: a cost noun as the subject of a verb of outlook or change ("the cost of the relocation is expected to
  reach X", "costs of stationing troops will rise to X", "could climb to X"): frames._COST_SUBJECT read only "was",
  "amounted to", "was estimated at", so the forecast word made the amount a forecast of the payment.
- WHOLE_SUPPORT: a sum of the payer's support in all forms ("its total burden", "its contribution in all its forms",
  "contributions of all kinds", "its contribution, direct and indirect, came to X"): frames._WHOLE_SUPPORT_WORDS among
  the other cues, and such an aside between commas no longer cuts the subject off its verb (frames._ASIDES).
- BUILD_GERUND: the work on bases told as a gerund after the amount ("spend X constructing the new base", "X on
  relocating U.S. bases"): frames._THING_PAID_FOR read only "to build ... bases".
- COST_OF_THING: a cost met of another thing ("to cover the cost of deploying strategic assets", "to defray the costs
  of the drills") and a deployment of things that are not the troops ("for the temporary dispatch of bombers"), also
  past a restatement set off by commas ("X, or Y won, for ..."): frames._THING_PAID_FOR and frames.thing_paid_for.
- OTHER_HOST_OUTLOOK: another host's sum told as an outlook ("Tokyo's host-nation support is expected to rise to X"):
  frames.frame_of turned another country's payment to ``other`` but not its forecast.
- PROJECT_COSTS: a base project as the subject of "cost(s)" with the payer as its object ("The new base is expected to
  cost Seoul about X"): frames.project_costs_payer.
- BUDGET_REQUEST: a side's request in a budget named by its year ("The Pentagon requested X for its Korea presence in
  its 2021 budget"): frames._FISCAL_YEAR read only "fiscal 2021" and "FY2021".

Controls (PAY_NEAR54, DEMAND_NEAR54): the SMA payment and the US demand in the same shapes (the deployment of the
troops, "the U.S. deployment", the cost of stationing the troops, a burden-sharing deal, a gerund that names no base
work) keep ``supported``. Rows: tests/cases/test_other54.csv, columns as tests/test_other63.py's.
"""

from __future__ import annotations

from conftest import table_test
from test_other63 import check_other63_claims

test_other54_claims = table_test("test_other54", check_other63_claims)
