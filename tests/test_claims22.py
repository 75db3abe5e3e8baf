"""Claim verdicts (claims22): classes of news English read from the dev misses of the nineteenth and twentieth
batches, each stated in sentences of our own (made-up names where the data allows) with controls.

Each row: publication day, a sentence, the words of its figure, the verdict a careful checker gives with data/
("caught" = contradicted or misleading; "not_contradicted" = anything else) and whether the figure is right (yes,
no, or ``-``). A figure read as no claim counts as ``not_checkable``.

Tables (the rows after "# controls" must keep their verdict):

- ``RECORD``: a record of the yearly rise told as "the highest rate of increase since <year>" or "the first
  double-digit rise since <year>".
- ``APPOSITIVE``: a demand's amount followed by the rise it means ("sought $4.7 billion a year - an increase of 400
  percent").
- ``ANAPHOR_OTHER``: "This is nearly a 50% increase" after a sentence whose from-to figures are of a quantity the
  data does not hold (a defence budget's share of GDP), in an article about cost-sharing (the first two rows, read
  alone, passed before the rule: the cost-sharing sentence before is what made the change the payment's).
- ``UP_TO_FROM``: a one-time rise "by up to N percent from" a base amount: a ceiling of that rise, not a cap on
  yearly rises.
- ``TOTAL_OF_YEARLY``: a yearly demand on record told as "a total of" with no years: the number is the ask's, the
  frame is not (misleading).
- ``ADDRESSEE``: a demand told to the payer's leader ("Trump told Moon Jae-in that Seoul should pay X"): the asker
  is the US side named first, not the one asked.
- ``PAID_TOWARD``: a payment told by what it pays for ("paid X toward the wages of Korean workers and other
  costs").
"""

from __future__ import annotations

import pytest
import test_claims21 as claims21
from conftest import cases, merged, run_rows, table

RECORD = table(
    r"""
published | text | exact | verdict | right
2021-03-12 | Officials said the deal marks the highest rate of increase since 2004, with Seoul paying 13.9 percent more this year. | the highest rate of increase since 2004 | supported | yes
2021-03-12 | A spokesman said the settlement is the highest rate of share increase since 2004. | the highest rate of share increase since 2004 | supported | yes
2021-03-12 | Seoul will pay 1.18 trillion won this year, up from 1.04 trillion won in 2019, marking the first double-digit increase since 2002, the agency said. | the first double-digit increase since 2002 | caught | no
2021-03-12 | Seoul will pay 1.18 trillion won this year, up from 1.04 trillion won in 2019, the first double-digit rise since 2004. | the first double-digit rise since 2004 | supported | yes
2019-06-01 | Seoul will pay 8.2 percent more this year, the highest rate of increase since 2003. | the highest rate of increase since 2003 | caught | no
# controls
2021-03-12 | Seoul pays 13.9% more in 2021, the largest rise since 2004. | the largest rise since 2004 | supported | yes
2019-06-01 | Seoul pays 8.2% more in 2019, the largest rise since 2003. | the largest rise since 2003 | caught | no
"""  # noqa: E501
)

APPOSITIVE = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | Minister Park could not confirm reports that Washington has sought $4.7 billion annually from Seoul - an increase of 400 percent. | 400 percent | supported | yes
2019-11-20 | Minister Park could not confirm reports that Washington has sought $4.7 billion annually from Seoul - an increase of 40 percent. | 40 percent | caught | no
2019-11-20 | Reports say the United States has demanded $5 billion a year from Seoul, a rise of about 400 percent. | 400 percent | supported | yes
# controls
2019-11-20 | Reports say the United States has demanded $4.7 billion a year from Seoul. | $4.7 billion | supported | yes
2019-06-01 | This year's contribution of 1.04 trillion won is up 8.2 percent from a year earlier. | 8.2 percent | supported | yes
"""  # noqa: E501
)

ANAPHOR_OTHER = table(
    r"""
published | text | exact | verdict | right
2025-08-11 | Officials in Washington want Seoul to raise its defence spending from 2.6% of GDP last year to 3.8%.\nThis is nearly a 50% increase. | 50% increase | not_checkable | yes
2025-08-11 | The draft asked Seoul to lift military spending from 2.5 percent of GDP to 3.5 percent.\nThat is a 40 percent increase. | 40 percent increase | not_checkable | yes
2025-08-11 | The U.S. pressed Seoul to pay more for the upkeep of U.S. Forces Korea under the cost-sharing deal.\nThe U.S. wanted South Korea to increase its defense spending from 2.6% of GDP last year to 3.8%.\nThis is nearly a 50% increase. | 50% increase | not_checkable | yes
2025-08-11 | The U.S. pressed Seoul to pay more for the upkeep of U.S. Forces Korea under the cost-sharing deal.\nThe U.S. wanted South Korea to increase its defense spending from 2.6% of GDP last year to 3.8%.\nThis is nearly a 50% increase, asking Seoul to spend nearly 100 trillion won on defense a year. | 50% increase | not_checkable | yes
2025-08-11 | Talks on the cost-sharing deal resumed in Seoul.\nWashington wants its ally to lift military spending from 2.5 percent of GDP to 3.5 percent.\nThat is a 40 percent increase. | 40 percent increase | not_checkable | yes
# controls
2021-06-01 | Seoul's share this year is 1.18 trillion won.\nThat is up 13.9 percent. | 13.9 percent | supported | yes
2021-06-01 | Seoul's share this year is 1.18 trillion won.\nThat is up 19.3 percent. | 19.3 percent | caught | no
"""  # noqa: E501
)

PAID_TOWARD = table(
    r"""
published | text | exact | verdict | right
2019-02-13 | Last year, Seoul paid $853 million (960 billion won) toward the wages of South Korean civilian workers at U.S. bases and other costs. | $853 million | supported | yes
2019-02-13 | Last year, Seoul paid 960 billion won toward the wages of Korean workers at U.S. bases and other costs. | 960 billion won | supported | yes
2019-02-13 | Last year, Seoul paid 1.5 trillion won toward the wages of Korean workers at U.S. bases and other costs. | 1.5 trillion won | caught | no
# controls
2019-02-13 | Last year, Seoul paid 480 billion won in the wages of Korean workers at U.S. bases. | 480 billion won | not_checkable | -
"""  # noqa: E501
)

UP_TO_FROM = table(
    r"""
published | text | exact | verdict | right
2021-01-20 | South Korea has agreed to increase its burden by up to 13 percent from the $870 million it paid in 2019, but Washington is said to have demanded a 50 percent spike. | 13 percent | supported | yes
2021-01-20 | Seoul has agreed to raise its share by up to 13 percent over the $870 million it paid in 2019. | 13 percent | supported | yes
# controls
2021-01-20 | Under the deal, annual increases of the payment will be capped at 4 percent from 2022. | 4 percent | not_checkable | -
2021-01-20 | Seoul's payment may rise by up to 5 percent a year. | 5 percent | not_contradicted | -
"""  # noqa: E501
)

TOTAL_OF_YEARLY = table(
    r"""
published | text | exact | verdict | right
2021-03-08 | Talks stalled when President Donald Trump demanded a total of $5 billion from South Korea. | $5 billion | caught | no
2020-02-01 | Washington has demanded a total of $4.7 billion from Seoul, officials said. | $4.7 billion | caught | no
# controls
2021-03-08 | Talks stalled when the former president demanded $5 billion a year from South Korea. | $5 billion | supported | yes
2021-03-08 | Washington demanded a total of $25 billion over five years from South Korea. | $25 billion | not_contradicted | -
"""  # noqa: E501
)

ADDRESSEE = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | President Donald Trump told President Moon Jae-in that Seoul should pay $5 billion a year. | $5 billion | supported | yes
2019-11-20 | While President Donald Trump has long pressed his counterpart Moon Jae-in to pay more, reports said he is now asking for a fivefold increase, saying Seoul should pay the US military US$5 billion. | US$5 billion | supported | yes
2019-11-20 | President Donald Trump told President Moon Jae-in that Seoul should pay $50 million a year. | $50 million | not_contradicted | no
# controls
2019-11-20 | Trump said South Korea should pay $5 billion a year. | $5 billion | supported | yes
"""  # noqa: E501
)

TABLES = {"RECORD": RECORD, "ADDRESSEE": ADDRESSEE, "TOTAL_OF_YEARLY": TOTAL_OF_YEARLY, "UP_TO_FROM": UP_TO_FROM,
          "APPOSITIVE": APPOSITIVE, "ANAPHOR_OTHER": ANAPHOR_OTHER, "PAID_TOWARD": PAID_TOWARD}


def check_claims22_battery(published: str, text: str, exact: str, verdict: str, right: str) -> None:
    """One row: the verdict fits, and a right figure is never called false (claims21's body)."""
    claims21.check_claims21_battery(published, text, exact, verdict, right)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_claims22_battery(rows: list[object]) -> None:
    run_rows(check_claims22_battery, rows)
