"""Review of claims15, quotes15 and dates10 (review15): each row is a sentence written for this review on which a
rule of those rounds read a figure or a speaker wrongly before the fix; controls keep what the rounds got right.

The payments, demands and rates the claim rows meet are the sourced rows of ``data/``.
"""

from __future__ import annotations

import pytest
from conftest import cases, read_claims, table
from test_extract_quotes import speakers

#: An amount 100 times any payment is "not a payment" (claims15's far_above) unless it is a figure on record in the
#: wrong unit or currency: the won payment written in dollars ("$1.04 trillion" for 1.04 trillion won) or a demand
#: 1,000 times over ("$5 trillion" for the $5 billion demand) stay judged, so a wrong figure is not waved through.
#: Since claims21 (``rules.demand_slip``) the demand 1,000 times over is caught as the unit slip it is (the issue's
#: "a figure off by a factor of 1,000 is reported as a unit slip with the right figure"), not left unverifiable.
FAR_SLIP = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | Seoul will pay $1.04 trillion in 2019 for the U.S. troops. | $1.04 trillion | sma_payment | contradicted
2019-11-20 | Seoul will pay $1 trillion in 2019 for the U.S. troops. | $1 trillion | sma_payment | contradicted
2019-11-20 | Trump demanded $5 trillion a year from South Korea for the U.S. troops. | $5 trillion | demand | contradicted
# controls: a sum of another size is still another quantity; the won payment itself is right
2025-09-01 | Seoul pays $350 billion this year for the U.S. troops. | $350 billion | other | not_checkable
2019-11-20 | Seoul paid 1.04 trillion won in 2019 for the U.S. troops. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)

#: A share of a cost may make a later amount the whole cost (claims15's share_or_whole) only inside one clause: after
#: ", and it paid" or a semicolon the amount is the payment of a clause of its own, and a wrong one is false.
SHARE_CLAUSE = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | Seoul pays 40 percent of the cost of stationing U.S. troops, and it paid 2 trillion won this year. | 2 trillion won | sma_payment | contradicted
2019-11-20 | South Korea pays about 40 percent of the cost of stationing U.S. troops; this year its payment was 2 trillion won. | 2 trillion won | sma_payment | contradicted
# control: the whole named in the share's own clause is still withheld (not_checkable since verd55: a doubt of its quantity)
2019-11-20 | South Korea pays about 40 percent of the cost of stationing U.S. troops, some $3.4 billion in all. | some $3.4 billion | sma_payment | not_checkable
"""  # noqa: E501
)

#: "Defence spending" of a payment's size is judged as the payment (claims15) only with the amount its own clause
#: gives: a defence budget's percent is not the payment's change because another clause names the payment's amount.
SPENDING_CLAUSE = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | Under the SMA talks, Seoul's defence budget rose 8.2 percent, while its SMA payment rose to 1.04 trillion won. | rose 8.2 percent | defence_budget | not_checkable
# control: the amount the change comes to in its own clause
2024-10-04 | Under the new cost-sharing plan, for 2026 Seoul has committed to an 8.3% increase in defence spending, totaling 1.52 trillion won. | 8.3% increase | defence_budget | supported
"""  # noqa: E501
)


#: claims15 made a dash that a second dash closes within 25 characters no boundary ("the highest growth rate ― 8.2
#: percent ― since 1991"); an aside that is a clause of its own ("— Seoul paid far less —") still ends the figure's
#: phrase, so the demand before it keeps its demand word instead of taking the aside's payment verb.
DASH_ASIDE = table(
    r"""
published | text | exact | quantity | verdict
2019-11-20 | Washington demanded $5 billion — Seoul paid far less — in 2019. | $5 billion | demand | supported
2019-11-20 | Washington demanded $6 billion — Seoul paid far less — in 2019. | $6 billion | demand | unverifiable
# controls: a figure (hedged or not) between the dashes still names the noun before the first
2019-07-31 | Seoul's cost-sharing payment this year saw the highest growth rate — about 8.2 percent — since 1991. | about 8.2 percent | sma_change | supported
2019-07-31 | Seoul's cost-sharing payment this year saw the highest growth rate ― 8.2 percent ― since 1991. | 8.2 percent | sma_change | supported
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "verdict"),
                         cases(FAR_SLIP=FAR_SLIP, SHARE_CLAUSE=SHARE_CLAUSE, SPENDING_CLAUSE=SPENDING_CLAUSE,
                               DASH_ASIDE=DASH_ASIDE))
def test_claim_reading(published: str, text: str, exact: str, quantity: str, verdict: str) -> None:
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict)


#: quotes15's name after an office phrase ('", said the union's leader, Jo Tallan'): when the phrase ends in another
#: person's office after a preposition ("a spokesman for the president"), the name in commas is that person's, and
#: the spokesman, not the president, speaks. "one of the negotiators, X" still names the speaker (a plural).
APPOSED_INNER = [
    ('"We will not pay more," said a spokesman for the president, Bo Rimmer.', "a spokesman"),
    ('"We will not pay more," said an aide to the U.S. ambassador, Bo Rimmer.', "an aide"),
    ('"We will not pay more," said one of the negotiators, Bo Rimmer.', "Bo Rimmer"),
    ('"We will not pay more," said a spokesman for the ministry, Bo Rimmer.', "Bo Rimmer"),
]

#: quotes15's coordinated object ("negotiating with Seoul and President Bo Rimmer": an object too) only when the word
#: before "and" ends a name: after "pay more and" or "on Monday and" the name opens a clause of its own and is its
#: subject, so a later "he" is that name.
CONJUNCT = [
    'Ana Volk wanted Seoul to pay more and Bo Rimmer refused.\n\n"We have paid enough," he said.',
    'Ana Volk met Jo Tallan on Monday and Bo Rimmer spoke later.\n\n"We have paid enough," he said.',
]


@pytest.mark.parametrize(("body", "speaker"), cases(APPOSED_INNER=APPOSED_INNER))
def test_office_phrase_with_an_inner_office(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


@pytest.mark.parametrize("body", cases(CONJUNCT=CONJUNCT))
def test_a_name_after_and_opening_a_clause(body: str) -> None:
    assert speakers(body) == ["Bo Rimmer"]
