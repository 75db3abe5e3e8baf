"""Claim verdicts on invented sentences (claims16): each row states a general reading of news English.

The rows are written for these tests, not taken from the corpus; the payments and demands they meet are the sourced
rows of ``data/``.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_claims, run_rows, table

#: "the deal with X ... demands Y" states the deal's terms only while the words after "with/between" are its parties:
#: a conjunction ("as", "while", "when", "after", "because") opens another clause, whose demand is a demand.
DEAL_PARTY = table(
    r"""
published | text | exact | quantity | verdict
2019-11-19 | China signs defence agreement with South Korea as US angers Seoul with demand for $5bn troop payment. | $5bn | demand | supported
2019-11-19 | Seoul signed a trade deal with Japan while the US pressed its demand for $5 billion a year. | $5 billion a year | demand | supported
2019-11-19 | Seoul signed an accord with Canberra as Washington renewed its demand for $5 billion in troop payments. | $5 billion | demand | supported
2019-11-19 | Tokyo sealed a pact with Manila when Trump repeated his demand for $5 billion a year from Seoul. | $5 billion | demand | supported
# controls: the deal's own parties, then what it calls for (the deal's terms, a payment)
2019-11-19 | The deal with the United States calls for Seoul to pay 1.04 trillion won. | 1.04 trillion won | sma_payment | supported
2019-11-19 | The agreement between Seoul and Washington calls for South Korea to pay 1.04 trillion won this year. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)

#: A demand made of another country ("asked Tokyo for X", "X from Japan", "wants Germany to pay X") is that country's
#: host-nation support, which the data do not hold: not checkable, never judged against Seoul's demands.
OTHER_DEMANDED = table(
    r"""
published | text | exact | quantity | verdict
2019-11-19 | Trump also asked Tokyo for $8 billion a year. | $8 billion a year | other | not_checkable
2019-11-19 | Washington is seeking $8 billion a year from Japan. | $8 billion | other | not_checkable
2019-11-19 | Trump wants Japan to pay $5 billion a year. | $5 billion a year | other | not_checkable
2019-11-19 | Trump was asking Seoul for $5 billion; the amount he demanded from Japan was $8 billion. | $8 billion | other | not_checkable
2019-11-19 | Trump was asking Seoul for $5 billion; the amount he demanded from Japan was $8 billion. | $5 billion | demand | supported
# controls: the demand of Seoul, with another country named outside its phrase
2019-11-19 | Washington is seeking $5 billion a year from Seoul and more from Japan. | $5 billion | demand | supported
2019-11-19 | After pressing Japan for more, Trump asked Seoul for $5 billion a year. | $5 billion a year | demand | supported
2019-11-19 | Trump asked South Korea for $5 billion a year, more than he asked of Japan. | $5 billion a year | demand | supported
"""  # noqa: E501
)

#: A cue of another quantity in a phrase of cause after the figure ("because of the missiles", "amid a dispute over
#: weapons") names why, not what the figure is.
CAUSE = table(
    r"""
published | text | exact | quantity | verdict
2019-11-19 | Seoul will pay 1.04 trillion won this year because of the missiles. | 1.04 trillion won | sma_payment | supported
2019-11-19 | Seoul paid 1.04 trillion won in 2019 amid a dispute over weapons purchases. | 1.04 trillion won | sma_payment | supported
2019-11-19 | Seoul paid 2 trillion won in 2019 because of the missile threat. | 2 trillion won | sma_payment | contradicted
2019-11-19 | Seoul paid 1.04 trillion won in 2019 due to the tariffs. | 1.04 trillion won | sma_payment | supported
# controls: the other quantity in the figure's own phrase
2019-11-19 | Seoul agreed to buy $2 billion in missiles because of the threat. | $2 billion | weapons | not_checkable
2019-11-19 | Seoul spent $2 billion on missiles because of the threat. | $2 billion | weapons | not_checkable
"""  # noqa: E501
)

#: What the paid side "will get" or acts "to get" from the payer is what it asks for: a demand (a past "got" from
#: the payer stays a payment).
GET = table(
    r"""
published | text | exact | quantity | verdict
2019-11-19 | Trump said, "We'll get $5 billion from South Korea." | $5 billion | demand | supported
2019-11-19 | Trump said the way to get $5 billion a year from Seoul was to threaten a withdrawal. | $5 billion | demand | supported
2019-11-19 | Trump said Washington will get $5 billion a year from Seoul. | $5 billion | demand | supported
2019-11-19 | Trump told aides they would get the $5 billion from Seoul because of the missile launches. | $5 billion | demand | supported
2019-11-19 | Trump said, "You'll get the five billion dollars because of the missiles." | five billion dollars | demand | supported
# controls: what was got is what was paid; a payer's own "get" is not a demand
2019-11-19 | The U.S. got 1.04 trillion won from Seoul in 2019. | 1.04 trillion won | sma_payment | supported
2019-11-19 | Trump said it was easier to get 1.04 trillion won from Seoul in 2019 than to get a rent cut. | 1.04 trillion won | sma_payment | supported
2019-11-19 | Trump said Washington managed to get 1.04 trillion won from Seoul in 2019. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)


#: A threat's condition on a sum written in the passive ("threatened to pull troops if $5 billion was not received
#: from Seoul", "unless $5 billion is paid") asks for that sum: a demand, as "if Seoul did not pay $5 billion" is.
PASSIVE_CONDITION = table(
    r"""
published | text | exact | quantity | verdict
2019-11-19 | Trump threatened to withdraw the troops if $5 billion was not received from South Korea. | $5 billion | demand | supported
2019-11-19 | Trump threatened to pull out troops if $5 billion (about 5.8 trillion won) was not paid by Seoul. | $5 billion | demand | supported
2019-11-19 | Trump warned of a withdrawal unless $5 billion a year is paid by Seoul. | $5 billion a year | demand | supported
2019-11-19 | Trump threatened to withdraw the troops if $5 billion wasn't handed over by Seoul. | $5 billion | demand | supported
# control: a payment made, whatever a later condition says
2019-11-19 | Seoul paid 1.04 trillion won in 2019, even if it was not paid on time. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)


#: Guards (audit of the paths to *contradicted*): a right figure of a wider sum read as the SMA payment — indirect or
#: in-kind support, a building project, or the whole cost after "half the cost" — is never called false; the cash
#: payment itself, wrong, still is.
WIDER = table(
    r"""
published | text | exact | quantity | verdict
# other49: the wider sum named in the figure's own words is now read as what it is (other, not_checkable, as the
# corpus Conventions read support beyond the SMA's cash and a base's cost), no longer a payment withheld
2019-11-19 | South Korea paid $3.4 billion in 2019 in direct and indirect support for U.S. troops. | $3.4 billion | other | not_checkable
2019-11-19 | Seoul paid $13 billion for the construction of the new U.S. base in 2019. | $13 billion | other | not_checkable
2019-11-19 | Seoul paid 1.4 trillion won in 2019 including the free land it provides. | 1.4 trillion won | other | not_checkable
2019-11-19 | Counting in-kind support, Seoul paid $2.5 billion in 2019 for the U.S. troops. | $2.5 billion | other | not_checkable
2019-11-19 | In 2019, Seoul paid roughly half the cost of the 28,500 troops, some $2 billion. | some $2 billion | sma_payment | not_checkable
2019-11-19 | In 2019, Seoul paid about a third of the total cost of the U.S. troops, or $2.7 billion. | $2.7 billion | sma_payment | not_checkable
# controls: the cash payment, wrong, with its year fixed, is still false; right, still supported
2019-11-19 | Seoul paid $3.4 billion in 2019 for the U.S. troops. | $3.4 billion | sma_payment | contradicted
2019-11-19 | Seoul paid half the cost in 2019, and it paid 2 trillion won in 2019. | 2 trillion won | sma_payment | contradicted
2019-11-19 | Seoul paid 1.04 trillion won in 2019 in direct support, not counting indirect costs. | 1.04 trillion won | sma_payment | supported
"""  # noqa: E501
)


#: Guard (audit): a payment verb whose subject names someone that is no Korea side ("Norway paid", "the United Nations
#: Command paid", "the Philippine government paid") may be another payer's figure: never called false; a subject
#: that names Korea or is a plain noun ("the government") keeps the verdict.
UNNAMED_PAYER = table(
    r"""
published | text | exact | quantity | verdict
# memo56f: any country named is a side other than the payer (guards.side_pattern), so its sum is not read as Seoul's
2019-11-19 | In 2019, Norway paid $2 billion for the U.S. troops it hosts. | $2 billion | other | not_checkable
2019-11-19 | The United Nations Command paid $2 billion in 2019 for the troops. | $2 billion | sma_payment | not_checkable
2019-11-19 | In 2019 the Philippine government paid $300 million for U.S. troops. | $300 million | sma_payment | not_checkable
2019-11-19 | Last year the Danish treasury contributed $1.5 billion to the U.S. forces. | $1.5 billion | sma_payment | not_checkable
# controls: Korea named, or a plain noun, as the payer
2019-11-19 | South Korea's Defense Ministry paid 2 trillion won in 2019 for the U.S. troops. | 2 trillion won | sma_payment | contradicted
2019-11-19 | Under the SMA, the government paid 2 trillion won in 2019 for the U.S. troops. | 2 trillion won | sma_payment | contradicted
2019-11-19 | In 2019 Seoul paid $3.4 billion for the U.S. troops. | $3.4 billion | sma_payment | contradicted
"""  # noqa: E501
)


#: Guard (audit): a percent with no direction of its own after "rose/fell/grew/reached to" may be the level reached
#: (a share of the cost) or, loosely written, the rise itself: it is supported when it fits the rise, never false.
LEVEL = table(
    r"""
published | text | exact | quantity | verdict
2021-03-10 | In 2021 Seoul's share of the cost rose to 50 percent. | 50 percent | sma_change | not_checkable
2021-03-10 | Seoul's burden grew to about 45 percent in 2021. | about 45 percent | sma_change | not_checkable
2021-03-10 | In 2021 Seoul's part of the upkeep fell to 40 percent, officials said. | 40 percent | sma_change | not_checkable
2021-03-10 | Seoul said its burden of defense costs will increase to 13.9 percent in 2021. | 13.9 percent | sma_change | supported
# controls: a change with its own direction, or a rate of change that rose
2021-03-10 | In 2021 Seoul's payment rose 13.9 percent. | rose 13.9 percent | sma_change | supported
2021-03-10 | In 2021 Seoul's payment rose by 50 percent. | rose by 50 percent | sma_change | contradicted
2021-03-10 | In 2021 the rate of increase in Seoul's payment rose to 50 percent. | 50 percent | sma_change | contradicted
"""  # noqa: E501
)


#: Guard (audit): the data hold the US side's demands of Seoul; a demand bound to another asker (NATO read as the
#: asker of "he had told NATO members they should pay X") is never called false against them.
ASKER = table(
    r"""
published | text | exact | quantity | verdict
2025-07-09 | Trump said he had told NATO members they should pay $10 billion more. | $10 billion | demand | not_checkable
# controls: the US side's own recalled demand is still judged
2025-07-09 | Trump said he had asked them for $10 billion, adding that they paid $1 billion. | $10 billion | demand | contradicted
2025-07-09 | Trump said he had told them they should pay $5 billion a year. | $5 billion a year | demand | supported
"""  # noqa: E501
)


#: Guard (audit): a change whose year comes from the date of a base amount ("from X in 2018, a rise of P percent") is
#: of a later year: never called false as the base year's change (since cfix41 it is judged as the year after the
#: base's, ``frames.apposed_base_years``: supported).
BASE_YEAR = table(
    r"""
published | text | exact | quantity | verdict
2019-03-08 | The agreement raised Seoul's contribution to 1.04 trillion won, from 960 billion won in 2018, a rise of 8.2 percent. | a rise of 8.2 percent | sma_change | supported
2021-03-10 | The deal lifts the payment to 1.18 trillion won, from 1.04 trillion won in 2020, a rise of 13.9 percent. | a rise of 13.9 percent | sma_change | supported
# controls: a change dated in its own phrase, wrong, is still false
2019-03-08 | In 2018 Seoul's payment rose 8.2 percent. | rose 8.2 percent | sma_change | contradicted
"""  # noqa: E501
)


#: A payment (or a percent change) over several years with no word that makes it yearly ("a year", "annually",
#: "annual") may be their total (the change from the first year to the last): right that way, it is supported; it is
#: called false only when it is wrong both ways.
TOTAL_OR_YEARLY = table(
    r"""
published | text | exact | quantity | verdict
2021-04-01 | From 2016 to 2019 Seoul paid 3.9 trillion won for the U.S. troops. | 3.9 trillion won | sma_payment | supported
2021-04-01 | Between 2016 and 2019 South Korea contributed 3.89 trillion won to the upkeep of U.S. troops. | 3.89 trillion won | sma_payment | supported
2021-04-01 | From 2016 to 2019 Seoul paid 960 billion won for the U.S. troops. | 960 billion won | sma_payment | supported
2021-04-01 | Seoul paid 3.9 trillion won in 2016-2019 under the ninth SMA. | 3.9 trillion won | sma_payment | supported
2021-03-10 | The share paid by Seoul rose 28.6 percent from 2014 to 2021. | rose 28.6 percent | sma_change | supported
2021-03-10 | Between 2014 and 2021 Seoul's payment rose 28.6 percent. | rose 28.6 percent | sma_change | supported
2021-03-10 | Seoul's payment rose by 50 percent over 2014-2021. | rose by 50 percent | sma_change | contradicted
2021-03-10 | From 2014 to 2021 Seoul's payment rose 28.6 percent a year. | rose 28.6 percent | sma_change | contradicted
# wrong both as each year's payment and as the total: false
2021-04-01 | From 2016 to 2019 Seoul paid 5 trillion won for the U.S. troops. | 5 trillion won | sma_payment | contradicted
# "a year" makes it yearly: the total is no reading
2021-04-01 | From 2016 to 2019 Seoul paid 3.9 trillion won a year for the U.S. troops. | 3.9 trillion won a year | sma_payment | contradicted
2021-04-01 | From 2016 to 2019 Seoul's annual payment was 3.9 trillion won. | 3.9 trillion won | sma_payment | contradicted
"""  # noqa: E501
)


def check_claim_reading(published: str, text: str, exact: str, quantity: str, verdict: str) -> None:
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict)


READINGS = cases(DEAL_PARTY=DEAL_PARTY, OTHER_DEMANDED=OTHER_DEMANDED, CAUSE=CAUSE, GET=GET,
                 PASSIVE_CONDITION=PASSIVE_CONDITION, WIDER=WIDER,
                 TOTAL_OR_YEARLY=TOTAL_OR_YEARLY, UNNAMED_PAYER=UNNAMED_PAYER,
                 LEVEL=LEVEL, ASKER=ASKER, BASE_YEAR=BASE_YEAR)


@pytest.mark.parametrize("rows", merged(READINGS))
def test_claim_reading(rows: list[object]) -> None:
    run_rows(check_claim_reading, rows)
