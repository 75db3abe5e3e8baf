"""Claim verdicts on invented sentences (claims15): each row states a general reading of news English.

The rows are written for these tests, not taken from the corpus; the payments, demands and conclusion dates they meet
are the sourced rows of ``data/``.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_claims, run_rows, table

#: (published, text, exact, quantity, verdict): a sum the payer refuses to pay is what the other side asks of it;
#: a sum it refuses to pay *more than* is its own ceiling (an offer), never a payment to judge.
REFUSED = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | South Korea refuses to pay $5 billion a year for the U.S. troops. | $5 billion a year | demand | supported
2019-11-20 | South Korea refused to pay $4.7 billion for the upkeep of U.S. troops. | $4.7 billion | demand | supported
2019-11-20 | Seoul balked at paying $5 billion for the U.S. troops stationed there. | $5 billion | demand | supported
2019-11-20 | Seoul refused to pay more than $1 billion for the U.S. troops. | more than $1 billion | offer | unverifiable
# control: the payment itself, with a refusal of something else in the sentence
2019-11-20 | Seoul paid 1.04 trillion won for the U.S. troops this year, refusing a larger bill. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)

#: A participle after a clause that signs or seals an agreement ("signed the agreement Friday, calling for X") states
#: the agreement's terms, as "the agreement, which calls for X" does; after a rejection it is the rejecter's demand.
SIGNED = table(
    r"""
published | text | exact | quantity | verdict
2019-03-08 | Seoul and Washington signed the cost-sharing agreement on Friday, calling for an 8.2 percent hike in Seoul's share. | 8.2 percent hike | sma_change | supported
2019-03-08 | Seoul and Washington signed the cost-sharing agreement on Friday, calling for an 18 percent hike in Seoul's share. | 18 percent hike | sma_change | contradicted
2019-03-08 | The two allies sealed the Special Measures Agreement (SMA) Friday, calling for an 8.2 percent rise in Seoul's payment. | 8.2 percent rise | sma_change | supported
2019-11-20 | Trump rejected the cost-sharing deal on Friday, calling for a 50 percent rise in Seoul's share. | 50 percent rise | demand | unverifiable
"""  # noqa: E501
)

#: A multiple restated after ", or (about)" as the sum it comes to keeps the demand word that governs it; "as much
#: as N-fold" is a round ceiling that holds within the multiple's own tolerance (5.6x is "as much as five-fold").
MULTIPLE_OR = table(
    r"""
published | text | exact | quantity | verdict
2020-03-16 | Last year, U.S. officials said they were seeking as much as a five-fold increase in South Korean contributions, or about $5 billion annually. | five-fold | ratio | supported
2020-03-16 | Last year, U.S. officials said they were seeking a five-fold increase in South Korean contributions, or about $5 billion annually. | five-fold | ratio | supported
# a wrong multiple of the same demand: $5 billion is 5.6 times the 2019 payment, not "as much as" three times
2020-03-16 | Last year, U.S. officials said they were seeking as much as a three-fold increase in South Korean contributions, or about $5 billion annually. | three-fold | ratio | contradicted
"""  # noqa: E501
)

#: The whole a share is of is the payment when its own phrase says the payer paid it ("half of the X it received from
#: the Korean government"); a whole of another thing stays another quantity.
WHOLE_PAID = table(
    r"""
published | text | exact | quantity | verdict
2020-01-31 | Last year, the command spent some 500 billion won on labor costs, about half of the 1.04 trillion won it received from the Korean government. | 1.04 trillion won | sma_payment | supported
2020-01-31 | In 2019 the command spent 500 billion won on wages, half of the 1.04 trillion won Seoul paid under the cost-sharing deal. | 1.04 trillion won | sma_payment | supported
2020-01-31 | Seoul agreed to pay 92% of the $10.8 billion base project under the cost-sharing deal. | $10.8 billion | other | not_checkable
"""  # noqa: E501
)

#: A figure set between two dashes names the noun before the first ("the highest growth rate — 8.2 percent — since
#: 1991"); "―", the horizontal bar Korean outlets print, is a dash like "—".
DASHES = table(
    r"""
published | text | exact | quantity | verdict
2019-07-31 | Seoul's cost-sharing payment this year saw the highest growth rate ― 8.2 percent ― since 1991. | 8.2 percent | sma_change | supported
2019-07-31 | Seoul's cost-sharing payment this year saw the highest growth rate — 8.2 percent — since 1991. | 8.2 percent | sma_change | supported
2019-07-31 | Seoul's cost-sharing payment this year saw the highest growth rate — 18 percent — since 1991. | 18 percent | sma_change | contradicted
2020-01-31 | Last year the command spent some 500 billion won in labor costs ― about half of the 1.04 trillion won Seoul paid under the cost-sharing deal. | 1.04 trillion won | sma_payment | supported
2020-01-31 | Last year the command spent some 500 billion won in labor costs ― about half of the 1.04 trillion won Seoul paid under the cost-sharing deal. | some 500 billion won | wages | not_checkable
"""  # noqa: E501
)

#: In an article about the SMA, "defence spending" of a payment's size (a defence budget is tens of times larger) is
#: the payment when it fits the data; otherwise it stays not checkable as the text framed it (never contradicted).
SPENDING = table(
    r"""
published | text | exact | quantity | verdict
2024-10-04 | Under the new cost-sharing plan, for 2026 Seoul has committed to an 8.3% increase in defence spending, totaling 1.52 trillion won. | 8.3% increase | defence_budget | supported
2024-10-04 | Under the new cost-sharing plan, for 2026 Seoul has committed to an 8.3% increase in defence spending, totaling 59 trillion won. | 8.3% increase | defence_budget | not_checkable
2024-10-04 | Under the new cost-sharing plan, for 2026 Seoul has committed to a 20% increase in defence spending, totaling 1.8 trillion won. | 20% increase | defence_budget | not_checkable
"""  # noqa: E501
)

#: An amount 100 times the largest payment on record or more is another quantity (a budget, US costs, an investment)
#: whatever words frame it — unless it is the payment of its year written in the wrong unit (1,000 times), which is
#: caught as a unit slip.
FAR = table(
    r"""
published | text | exact | quantity | verdict
2025-09-01 | Seoul pays $350 billion this year for the U.S. troops. | $350 billion | other | not_checkable
2025-09-01 | Under the cost-sharing deal South Korea will pay $600 billion. | $600 billion | other | not_checkable
2025-09-01 | Trump said Seoul should pay $1.5 trillion for the U.S. troops. | $1.5 trillion | other | not_checkable
2019-11-20 | Seoul pays $923 billion this year for the U.S. troops. | $923 billion | sma_payment | contradicted
2019-12-01 | Seoul paid 1,038.9 trillion won for the U.S. troops in 2019. | 1,038.9 trillion won | sma_payment | contradicted
2019-12-01 | Seoul paid 1,038.9 billion won for the U.S. troops in 2019. | 1,038.9 billion won | sma_payment | supported
"""  # noqa: E501
)


#: An amount after a share of a cost in its sentence ("pays about 40 percent of the cost of stationing U.S. troops,
#: some $X") may be the share paid or the whole cost: it is called right when it fits the payment, never false.
SHARE_OR_WHOLE = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | South Korea pays about 40 percent of the cost of stationing U.S. troops, some $3.4 billion in all. | some $3.4 billion | sma_payment | not_checkable
2019-12-01 | South Korea pays about 40 percent of the cost of stationing U.S. troops, some $891 million. | some $891 million | sma_payment | supported
# control: no share before it, the year fixed: a wrong payment is still false
2019-12-01 | Seoul paid $3.4 billion in 2019 for the U.S. troops. | $3.4 billion | sma_payment | contradicted
# an amount set off by commas names the noun before it: a defence budget, not the payment the sentence compares
2019-11-20 | Seoul's defense budget, $43 billion, is larger than its cost-sharing payment. | $43 billion | defence_budget | not_checkable
# control: an apposition of the payment stays the payment (its year is outside its phrase: not called false)
2019-12-01 | Seoul's cost-sharing payment, $3.4 billion, rose in 2019. | $3.4 billion | sma_payment | unverifiable
"""  # noqa: E501
)


def check_claim_reading(published: str, text: str, exact: str, quantity: str, verdict: str) -> None:
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict)


@pytest.mark.parametrize("rows", merged(cases(
    REFUSED=REFUSED, SIGNED=SIGNED, MULTIPLE_OR=MULTIPLE_OR, WHOLE_PAID=WHOLE_PAID, DASHES=DASHES, SPENDING=SPENDING,
    FAR=FAR, SHARE_OR_WHOLE=SHARE_OR_WHOLE)))
def test_claim_reading(rows: list[object]) -> None:
    run_rows(check_claim_reading, rows)
