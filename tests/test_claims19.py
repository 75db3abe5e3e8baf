"""Claim frames and verdicts on invented sentences (claims19): the classes of the eleventh batch's verdict misses.

The rows are written for these tests, not taken from the corpus (years, sums and actors varied). Each table is one
general reading of news English:

- ``WHOLE_COST``: the subject of "is X" is the whole cost of the US presence ("the (\u201ctotal\u201d) cost of
  America's commitment in Korea is at least X"), a quantity the data does not hold, even when the cost noun is in
  quotation marks or the amount is a floor ("at least", "under") or the clause hangs on a payment ("..., which means
  the total cost is X"); never called false. A share of the cost, or a payment, stays a payment and a wrong one is
  still caught.
- ``ALTERNATIVE``: "X or (even, perhaps) Y" of one unit names two alternatives of one sum: Y is read as X is (a
  demand, an offer, a payment); a restatement in another unit ("$X, or Y won") is not an alternative.
- ``GAP``: an amount named as the difference between two sides' sums ("a $X gap", "a gap of X", "X apart") is
  neither side's sum: not checkable, not a demand; a demand or a payment near the word "gap" stays what it is.
- ``OWNED_OFFER``: an offer noun owned by the paying side ("Seoul's offer", "the South Korean proposal") is its
  offer, whoever rejected it; a dollar figure of an offer on record in won is compared at the rate of the year it
  was for. A US side's own proposal stays its demand; a dollar figure no offer fits is never supported.
- ``ADDED_TO_US``: "On top of / In addition to / Besides <the US side's money>, Seoul pays an additional X": X adds to
  what the other side spends, so it is the whole of Seoul's payment, not a rise of it; "an additional X" with no
  such phrase, or on top of Seoul's own earlier payment, stays a rise.
- ``BROUGHT_TO``: in an article on the cost-sharing deal, "got / brought / pushed it (up) to X" names the level a sum
  was brought to — the payment reached — even in a quotation with a demand beside it; a right one is supported, a
  wrong one is left unverifiable by the guard (a pronoun names no payment for certain: `rules.sure_quantity`); "got
  the missiles to X" names another thing.
- ``LOAN``: a loan's amount ("a loan of X", "a X loan", "loans worth X") is a sum lent, not the cost-sharing payment,
  even in a sentence on Seoul and in an article on the deal; a payment "financed by a loan" stays a payment.
"""

from __future__ import annotations

import pytest
from conftest import cases, claim_of, merged, run_rows, table, verdict_fits

#: The whole cost of the US presence as the subject of the verb that gives the amount: another quantity.
WHOLE_COST = table(
    r"""
published | text | exact | verdict
2019-03-01 | Seoul pays about $900 million, which means the “total cost” of the U.S. presence in Korea is at least $4 billion a year. | $4 billion | not_checkable
2020-05-10 | The total cost of America's military commitment in South Korea is at least $4.5 billion annually. | $4.5 billion | not_checkable
2019-08-12 | The "full cost" of keeping American troops on the peninsula was well over $3 billion last year. | $3 billion | not_checkable
2021-02-02 | Seoul covers part of it; the annual cost of the U.S. deployment in Korea is under $5 billion. | $5 billion | not_checkable
2018-11-20 | The overall cost for U.S. forces in Korea was roughly $3.5 billion in 2017. | $3.5 billion | not_checkable
# a share of the cost, or a payment, stays a payment: right supported, wrong caught
2019-03-01 | Seoul's share of the total cost of the U.S. presence was about $2.5 billion in 2018. | $2.5 billion | caught
2019-03-01 | South Korea paid about $870 million in 2018 for the U.S. troops stationed there. | $870 million | supported
2019-03-01 | South Korea paid at least $3 billion in 2018 for the U.S. troops stationed there. | $3 billion | caught
"""  # noqa: E501
)

#: The second of two alternatives shares the first's reading.
ALTERNATIVE = table(
    r"""
published | text | exact | verdict
2025-08-01 | Trump has called for Seoul to pay $5 billion or even $10 billion a year. | $10 billion | supported
2019-11-20 | The U.S. side demanded $4 billion, or perhaps $5 billion, a year. | $5 billion | supported
2020-04-15 | Seoul offered a rise of 10 percent or maybe 13 percent. | 13 percent | supported
2019-12-02 | Washington wants Seoul to pay $4 billion or possibly as much as $5 billion a year. | $5 billion | supported
# a wrong alternative is no match: never supported; a restatement in another unit stays a conversion
2019-11-20 | Trump demanded $5 billion or even $50 billion a year. | $50 billion | unverifiable
2019-11-20 | Seoul paid $870 million, or 960 billion won, in 2018. | 960 billion won | supported
"""
)

#: The difference between two sums: another quantity.
GAP = table(
    r"""
published | text | exact | verdict
2019-11-18 | Negotiators met to narrow a $4 billion gap in how much they want Seoul to pay. | $4 billion | not_checkable
2019-12-18 | The two sides remain about $3 billion apart on how much Seoul should pay. | $3 billion | not_checkable
2020-03-18 | A gap of about 1 trillion won separates the demand of the United States and the offer of Seoul. | 1 trillion won | not_checkable
2020-03-18 | The difference of $2.5 billion between what Washington asks and what Seoul pays is large. | $2.5 billion | not_checkable
# a demand or a payment near the word stays what it is
2019-11-20 | The U.S. demanded $5 billion, a gap Seoul called too wide. | $5 billion | supported
2019-11-20 | Seoul paid $870 million in 2018 to close the funding gap. | $870 million | supported
2019-11-20 | Seoul paid $2 billion in 2018 to close the funding gap. | $2 billion | caught
"""  # noqa: E501
)
#: An offer owned by the payer, rejected by the other side: still the payer's offer, in any currency.
OWNED_OFFER = table(
    r"""
published | text | exact | verdict
2021-03-07 | Trump rejected Seoul's offer to pay 13% more, for a total of about $1 billion a year, and demanded far more. | $1 billion | supported
2020-06-01 | The White House turned down South Korea's latest offer of about $990 million for 2020. | $990 million | supported
2020-09-11 | Washington rejected the South Korean proposal, worth roughly $1 billion this year, as too little. | $1 billion | supported
2020-09-11 | In 2020 Seoul offered about $990 million. | $990 million | supported
# a wrong figure fits no offer: never supported; the US side's own proposal stays its demand
2020-08-07 | Trump rejected Seoul's offer of a 30 percent rise. | 30 percent | unverifiable
2020-09-11 | Trump rejected Seoul's offer of about $1.5 billion for 2020. | $1.5 billion | unverifiable
2020-08-07 | President Trump has proposed $1.3 billion for Seoul's share. | $1.3 billion | supported
"""  # noqa: E501
)
#: "an additional X" on top of the US side's money: the whole payment, not its rise.
ADDED_TO_US = table(
    r"""
published | text | exact | verdict
2019-01-10 | On top of what Washington spends, Seoul pays an additional $870 million a year. | $870 million | supported
2019-03-01 | In addition to the money the U.S. spends, South Korea paid an extra $870 million in 2018. | $870 million | supported
2019-03-01 | Besides America's own costs, Seoul contributed an additional 960 billion won in 2018. | 960 billion won | supported
2019-03-01 | On top of the $3 billion the Pentagon spends, Seoul paid an additional $880 million in 2018. | $880 million | supported
# a wrong whole payment is caught; a rise with no such phrase, or on top of Seoul's own payment, stays a rise
2019-03-01 | On top of what Washington spends, Seoul paid an additional $2 billion in 2018. | $2 billion | caught
2019-12-01 | On top of its 2018 payment, Seoul paid an additional $70 million in 2019. | $70 million | supported
2019-12-01 | Seoul paid an additional 78 billion won in 2019. | 78 billion won | supported
"""  # noqa: E501
)
#: The level a sum was brought to: the payment reached.
BROUGHT_TO = table(
    r"""
published | text | exact | verdict
2019-06-22 | The cost-sharing talks dragged on. Trump said, “My envoy got it to $890 million this year, and next time we want $5 billion.” | $890 million | supported
2020-06-22 | The cost-sharing talks dragged on. Officials said they got that all the way up to $880 million in 2020, far below the $5 billion first sought. | $880 million | supported
# a wrong one: a pronoun names no payment for certain, so the guard keeps it from being called false (verd55: not_checkable, a doubt of its quantity)
2019-06-22 | The cost-sharing talks dragged on. Trump said, “I pushed it to $1.5 billion this year, and next time we want $5 billion.” | $1.5 billion | not_checkable
2019-06-22 | The cost-sharing talks dragged on. The negotiators brought the figure up to about 1.04 trillion won for 2019; the U.S. had wanted 5.8 trillion won. | 1.04 trillion won | supported
# another thing brought to a level is not the payment
2019-06-22 | The cost-sharing talks dragged on. Trump said, “We got the missiles to $3 billion this year, and next time we want $5 billion.” | $3 billion | not_checkable
"""  # noqa: E501
)
#: A loan's amount: another quantity.
LOAN = table(
    r"""
published | text | exact | verdict
2020-06-22 | South Korea pays for the U.S. troops under a cost-sharing deal. Seoul got a loan of $2 billion in 2019. | $2 billion | not_checkable
2020-06-22 | South Korea pays for the U.S. troops under a cost-sharing deal. The bank extended loans worth $3 billion to Seoul in 2019. | $3 billion | not_checkable
2020-06-22 | South Korea pays for the U.S. troops under a cost-sharing deal. Seoul took out a $1.5 billion loan in 2019. | $1.5 billion | not_checkable
# a payment near the word stays a payment: right supported, wrong caught
2020-06-22 | South Korea pays for the U.S. troops under a cost-sharing deal. Seoul paid $890 million in 2019. | $890 million | supported
2020-06-22 | South Korea pays for the U.S. troops under a cost-sharing deal. Seoul paid $2 billion in 2019, financed by a loan. | $2 billion | caught
"""  # noqa: E501
)

TABLES = {"WHOLE_COST": WHOLE_COST, "ALTERNATIVE": ALTERNATIVE, "GAP": GAP, "OWNED_OFFER": OWNED_OFFER,
          "ADDED_TO_US": ADDED_TO_US,
          "BROUGHT_TO": BROUGHT_TO, "LOAN": LOAN}


def check_claims19_readings(published: str, text: str, exact: str, verdict: str) -> None:
    claim = claim_of(text, published, exact)
    assert verdict_fits(claim.verdict, verdict), (claim.verdict, claim.frame, claim.evidence)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_claims19_readings(rows: list[object]) -> None:
    run_rows(check_claims19_readings, rows)
