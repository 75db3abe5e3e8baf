"""Claim verdicts on invented sentences (claims14): each row states a general reading of news English.

The rows are written for these tests, not taken from the corpus; the payments and conclusion dates they meet are the
sourced rows of ``data/sma_contributions.csv`` and ``data/events.csv``.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, read_claims

#: (published, text, exact, verdict): a deal is often announced as reached ("reached a deal", "struck an agreement")
#: days before it is formally initialled; a rise its sentence gives as the deal's own is then a reported fact to judge
#: against the deal's figure, not a rise "under talks". Agreement 10 was concluded 2019-02-10 (+8.2 % in won),
#: agreement 11 on 2021-03-07 (+13.9 %).
REACHED = [
    ("2019-02-04", "Seoul and Washington reached a cost-sharing deal on Monday. The new pact is about 18 percent more "
     "than what Seoul paid last year.", "about 18 percent more", "contradicted"),
    ("2019-02-04", "Seoul and Washington reached a cost-sharing deal on Monday. The new pact is 8.2 percent more "
     "than what Seoul paid last year.", "8.2 percent more", "supported"),
    ("2019-02-04", "Seoul and Washington struck an agreement. Under the deal Seoul pays 18 percent more this year.",
     "18 percent more", "contradicted"),
    ("2021-03-01", "Seoul and Washington reached a deal in principle. The new deal raises Seoul's share by 13.9 "
     "percent this year.", "13.9 percent", "supported"),
    ("2021-03-01", "Seoul and Washington reached a deal in principle. The new deal raises Seoul's share by 20 "
     "percent this year.", "20 percent", "contradicted"),
]

#: (published, text, exact, verdict): without all three — a deal told as reached, a rise its sentence gives as the
#: deal's, a conclusion within days — a rise of a year not yet agreed stays unverifiable.
NOT_REACHED = [
    # a month before the deal was concluded: still talks, whatever the article calls it
    ("2019-01-10", "Seoul and Washington reached a cost-sharing deal. The new pact is 18 percent more than last "
     "year.", "18 percent more", "unverifiable"),
    # the rise's sentence does not name the deal
    ("2019-02-04", "Seoul and Washington reached a cost-sharing deal. Seoul paid 18 percent more this year.",
     "18 percent more", "unverifiable"),
    # the deal is not told as reached
    ("2019-02-04", "Seoul and Washington are nearing a deal. The new pact is 18 percent more than what Seoul "
     "paid last year.",
     "18 percent more", "unverifiable"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(REACHED=REACHED, NOT_REACHED=NOT_REACHED))
def test_a_rise_of_a_deal_told_as_reached_days_before_it_is_concluded_is_judged(published, text, exact, verdict):
    claim = read_claims(text, published)[exact]
    assert claim.frame.quantity == "sma_change"
    assert claim.verdict == verdict


#: (published, text, exact, quantity, modality, verdict): the payer's agreement to pay, in any finite or participle
#: form and with a short time phrase inside it ("agreed earlier this year to pay", "with Seoul agreeing to pay"), ends
#: the reach of a demand cue earlier in the sentence ("under pressure from Washington"); an agreement the payer is
#: pressed into, or one the asker wants, stays a demand.
AGREEING = [
    ("2019-11-15", "Under pressure from Washington, Seoul agreed earlier this year to a substantial increase, with "
     "South Korea agreeing to pay $924 million annually.", "$924 million annually", "sma_payment", "reported",
     "supported"),
    ("2019-11-15", "Under pressure from Washington, Seoul agreed earlier this year to pay $924 million annually.",
     "$924 million annually", "sma_payment", "reported", "supported"),
    ("2021-03-20", "Washington pushed hard, with Seoul eventually agreeing to pay 1.5 trillion won this year.",
     "1.5 trillion won", "sma_payment", "reported", "contradicted"),
    ("2019-11-20", "Washington pressured Seoul into agreeing to pay $5 billion next year.", "$5 billion", "demand",
     "demand", "supported"),
    ("2019-11-20", "Washington wants Seoul to agree to pay $5 billion next year.", "$5 billion", "demand", "demand",
     "supported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "modality", "verdict"), cases(AGREEING=AGREEING))
def test_the_payers_agreement_to_pay_ends_a_demand_cues_reach(published, text, exact, quantity, modality, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.frame.modality, claim.verdict) == (quantity, modality, verdict)


#: (published, text, exact, quantity, modality): an amount set off by a comma right after a multiple's base given in
#: the present ("five times what Seoul is paying, $4.7 billion") restates the multiple's sum, so it is what is asked;
#: a past, dated base ("what Seoul paid in 2019, about $900 million") may be restated instead and stays the payment.
APPOSITION = [
    ("2019-11-15", "Trump is demanding five times what South Korea is paying, $4.7 billion annually.",
     "$4.7 billion annually", "demand", "demand"),
    ("2019-11-15", "Trump is demanding five times what South Korea is paying, $4.7 billion annually.", "five times",
     "ratio", "demand"),
    ("2019-11-15", "Trump is demanding five times what South Korea paid in 2019, about $900 million.",
     "about $900 million", "sma_payment", "reported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "modality"), cases(APPOSITION=APPOSITION))
def test_an_amount_after_a_multiples_present_base_restates_the_multiple(published, text, exact, quantity, modality):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.frame.modality, claim.verdict) == (quantity, modality, "supported")


#: (published, text, exact, verdict): a payment told as a deal's with no year of its own ("under the agreement, Seoul
#: will contribute X"), whose guessed year has no figure, is the deal's headline figure: the first year it set anew
#: (agreement 11, concluded 2021-03-07, froze 2020 and set 2021 at 1,183.3 bn won). A figure that is no year's
#: payment stays unverifiable; a payment not told as a deal's is not read so.
DEAL_FIGURE = case_tables("test_claims14")["DEAL_FIGURE"]  # tests/cases/test_claims14.csv


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(DEAL_FIGURE=DEAL_FIGURE))
def test_a_deals_figure_with_no_year_is_its_first_new_years(published, text, exact, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == ("sma_payment", verdict)
