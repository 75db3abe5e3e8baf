"""Claim verdicts (claims23): classes of news English read from the dev misses of the twenty-second and
twenty-third batches, each stated in sentences of our own with controls.

Each row: publication day, a sentence, the words of its figure, the verdict a careful checker gives with data/
("caught" = contradicted or misleading; "not_contradicted" = anything else) and whether the figure is right (yes,
no, or ``-``). A figure read as no claim counts as ``not_checkable``.

Tables (the rows after "# controls" must keep their verdict):

- ``RANGE_YEARS``: a "from A in Y1 to B by Y2" range: B is of Y2, not of the Y1 written between A and "to".
- ``RANGE_AVERAGE``: the "averaging N percent" tail of such a range: a compound yearly change over Y1..Y2.
- ``PAST_DEMAND_NOUN``: a demand named as past ("his past demands for Seoul to contribute as much as $X"): an
  account of the record before the article, which the record can refute, not a new ask.
- ``INCREASE_OF_TOTAL``: a demanded "increase of $X" whose X is the whole ask on record, not its rise over the
  payment: the number is the ask's, the frame is not (misleading).
- ``MULTIPLE_OF_SHARE``: a demanded multiple of a share whose current amount is named after it ("a five-fold
  increase in Seoul's share of the costs, which are about $1 billion a year"): the amount is the base, not the
  multiplied ask, so the multiple is never judged by dividing it.
"""

from __future__ import annotations

import pytest
import test_claims21 as claims21
from conftest import cases, merged, run_rows, table

RANGE_YEARS = table(
    r"""
published | text | exact | verdict | right
2024-10-11 | Payments rose from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, the ministry said. | 1.4 trillion won | supported | yes
2024-10-11 | Seoul's share grew from 1.18 trillion won in 2021 to 1.4 trillion won in 2025. | 1.4 trillion won | supported | yes
2024-10-11 | Contributions climbed from 1.04 trillion won ($880 million) in 2020 to 1.4 trillion won ($1.03 billion) by 2025. | 1.4 trillion won | supported | yes
2024-10-11 | Payments rose from 1.04 trillion won in 2020 to 1.9 trillion won by 2025, the ministry said. | 1.9 trillion won | caught | no
# controls
2024-10-11 | Payments rose from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, the ministry said. | 1.04 trillion won | supported | yes
2024-10-11 | Seoul paid 1.4 trillion won in 2020, the ministry said. | 1.4 trillion won | caught | no
"""  # noqa: E501
)

RANGE_AVERAGE = table(
    r"""
published | text | exact | verdict | right
2024-10-11 | Payments rose from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, averaging a 6.2 percent annual increase. | 6.2 percent | supported | yes
2024-10-11 | Seoul's share grew from 1.18 trillion won in 2021 to 1.4 trillion won in 2025, averaging 4.3 percent a year. | 4.3 percent | supported | yes
2024-10-11 | Payments rose from 1.04 trillion won in 2020 to 1.4 trillion won by 2025, averaging a 9.5 percent annual increase. | 9.5 percent | caught | no
# controls
2024-10-11 | Payments rose 13.9 percent in 2021, the ministry said. | 13.9 percent | supported | yes
"""  # noqa: E501
)

MULTIPLE_OF_SHARE = table(
    r"""
published | text | exact | verdict | right
2021-03-10 | Talks stalled over Washington's demand for a five-fold increase in Seoul's share of the costs, which are the equivalent of about $1 billion per year. | five-fold increase | not_contradicted | yes
2021-03-10 | Talks broke down over a US demand for a fivefold rise in Seoul's contribution, which is roughly $1 billion a year. | fivefold rise | not_contradicted | yes
2021-03-10 | Officials say Seoul agreed to a 13.9% rise. Talks had broken down under the last government over Washington's demand for a five-fold increase in Seoul's share of the costs, which are the equivalent of roughly $1 billion per year. | five-fold | not_contradicted | yes
# controls
2021-03-10 | Talks stalled over Washington's demand for a five-fold increase in Seoul's share of the costs, which are the equivalent of about $1 billion per year. | about $1 billion per year | not_contradicted | yes
2019-11-20 | Officials say Washington is seeking $5 billion from Seoul next year -- a fivefold increase -- raising concerns. | fivefold | supported | yes
"""  # noqa: E501
)

PAST_DEMAND_NOUN = table(
    r"""
published | text | exact | verdict | right
2024-11-28 | Seoul moved early to seal the deal, given Trump's past demands for Seoul to contribute as much as $50 billion. | $50 billion | caught | no
2024-11-28 | Analysts recalled Trump's previous demand that Seoul pay $30 billion a year. | $30 billion | caught | no
2024-11-28 | Seoul moved early to seal the deal, given Trump's past demands for Seoul to contribute as much as $5 billion a year. | $5 billion | supported | yes
# controls
2019-11-20 | Washington demanded $5 billion a year from Seoul. | $5 billion | supported | yes
"""  # noqa: E501
)

INCREASE_OF_TOTAL = table(
    r"""
published | text | exact | verdict | right
2019-11-15 | President Trump's demands for an increase in spending of about $4.7 billion came as the minister visited Seoul. | $4.7 billion | caught | no
2019-11-15 | Washington's demand for a rise of $5 billion has angered Seoul. | $5 billion | caught | no
# controls
2019-11-15 | The president's demands for about $4.7 billion came as the minister visited Seoul. | $4.7 billion | supported | yes
2019-11-15 | Washington demanded that Seoul pay $5 billion a year, an increase of more than 400 percent. | $5 billion | supported | yes
"""  # noqa: E501
)

TABLES = {"INCREASE_OF_TOTAL": INCREASE_OF_TOTAL, "PAST_DEMAND_NOUN": PAST_DEMAND_NOUN, "RANGE_YEARS": RANGE_YEARS,
          "RANGE_AVERAGE": RANGE_AVERAGE, "MULTIPLE_OF_SHARE": MULTIPLE_OF_SHARE}


def check_claims23_battery(published: str, text: str, exact: str, verdict: str, right: str) -> None:
    """One row: the verdict fits, and a right figure is never called false (claims21's body)."""
    claims21.check_claims21_battery(published, text, exact, verdict, right)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_claims23_battery(rows: list[object]) -> None:
    run_rows(check_claims23_battery, rows)
