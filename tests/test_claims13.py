"""Claim frames and verdicts on invented sentences (claims13): each row states a general reading of news English.

The rows are written for these tests, not taken from the corpus; the dated demands they meet are the sourced rows of
``data/demands.csv``.
"""

from __future__ import annotations

import pytest
from conftest import cases, read_claims

#: (published, text, exact, quantity, modality, verdict): a cue of asking in a later clause, joined by a conjunction
#: after the figure's own date ("X last year and now Y wants ..."), governs that clause, not the figure; the multiple
#: of that later clause is the asker's, and an amount of the earlier clause is not its target.
LATER_CLAUSE = [
    ("2019-10-04", "Seoul raised its payment to nearly $1 billion last year and now Washington wants it to grow "
     "fivefold.", "nearly $1 billion", "sma_payment", "reported", "supported"),
    ("2019-10-04", "Seoul raised its payment to nearly $1 billion last year and now Washington wants it to grow "
     "fivefold.", "fivefold", "ratio", "demand", "supported"),
    ("2019-10-04", "Seoul raised its payment to nearly $1 billion in 2018, but Washington reportedly wants far more.",
     "nearly $1 billion", "sma_payment", "reported", "supported"),
    ("2019-12-01", "Seoul paid $900 million in 2019 and Washington demanded five times that.", "$900 million",
     "sma_payment", "reported", "supported"),
    ("2019-12-01", "Seoul paid $900 million in 2019 and Washington demanded five times that.", "five times",
     "ratio", "demand", "supported"),
    ("2019-12-01", "Seoul's payment rose to 1.04 trillion won this year, while Washington is seeking a fivefold "
     "increase.", "fivefold", "ratio", "demand", "supported"),
    # no conjunction: the cue still governs an amount after "wants" in its own clause
    ("2019-11-20", "Washington wants Seoul to pay $5 billion next year.", "$5 billion", "demand", "demand",
     "supported"),
]


#: (published, text, exact, quantity): a figure that modifies an offer or demand noun right after it is that
#: offer's or demand's, whatever cue of forecast opens the clause; an agreement as subject ("the deal between A and B
#: calls on Seoul to pay X") states its terms, not a demand.
NOUNS = [
    ("2021-03-09", "The final figure will likely hover around the 13 percent increase offer of last spring.",
     "13 percent increase", "offer"),
    ("2021-03-09", "The final figure will likely hover around a 13 percent increase.", "13 percent increase",
     "forecast"),
    ("2019-11-20", "Lawmakers balked at the $5 billion demand.", "$5 billion", "demand"),
    ("2019-03-10", "The new agreement between Seoul and Washington calls on South Korea to pay 1.0389 trillion won "
     "this year.", "1.0389 trillion won", "sma_payment"),
    ("2019-03-10", "Washington calls on South Korea to pay 1.5 trillion won this year.", "1.5 trillion won", "demand"),
]


@pytest.mark.parametrize(("published", "text", "exact", "quantity"), NOUNS)
def test_the_noun_a_figure_modifies_names_its_quantity(published, text, exact, quantity):
    assert read_claims(text, published)[exact].frame.quantity == quantity


#: (published, text, exact, quantity, actor, verdict): what the side that is paid says the payer "could pay" is its
#: ask; an analyst's "could pay" stays a forecast. A person printed with a title the gazetteer lacks
#: ("President-elect Donald Trump") is the person the full name at its end names.
COULD_PAY = [
    ("2024-11-20", "Trump said in October that South Korea could pay $10 billion a year.", "$10 billion a year",
     "demand", "donald-trump", "supported"),
    ("2024-12-01", "President-elect Donald Trump has said South Korea could pay as much as $10 billion a year.",
     "as much as $10 billion a year", "demand", "donald-trump", "supported"),
    ("2024-12-01", "Analysts said South Korea could pay as much as $2 billion a year.", "as much as $2 billion a year",
     "forecast", "rok-government", "unverifiable"),
]


#: the two tables above as (published, text, exact, quantity, frame field, its value, verdict): a later clause's cue
#: is read by the modality it gives, "could pay" by the actor it names
FRAMED = [pytest.param(p, t, e, q, "modality", m, v, id=f"LATER_CLAUSE-{i}")
          for i, (p, t, e, q, m, v) in enumerate(LATER_CLAUSE, 1)] + [
    pytest.param(p, t, e, q, "actor", a, v, id=f"COULD_PAY-{i}") for i, (p, t, e, q, a, v) in enumerate(COULD_PAY, 1)]


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "field", "value", "verdict"), FRAMED)
def test_a_later_clause_cue_and_could_pay_told_by_the_paid_side(published, text, exact, quantity, field, value,
                                                                verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, getattr(claim.frame, field), claim.verdict) == (quantity, value, verdict), \
        claim.evidence


#: (published, text, exact, verdict, why): a demanded multiple with no year of its own is judged against the demands
#: on record; said to be sought "now", only against those of the year before publication.
NOW = [
    ("2025-08-01", "Seoul pays about 1.4 trillion won a year, and Washington now seeks five times that amount.",
     "five times", "unverifiable", "None matches"),
    ("2025-08-01", "Seoul pays about 1.4 trillion won a year, and Washington now seeks ten times that amount.",
     "ten times", "supported", "2025-07-08"),
    ("2019-12-04", "Lawmakers decried the five-fold increase Washington is demanding.", "five-fold", "supported",
     "2019-11"),
]


#: (published, text, exact, verdict, why): a change counted from a base year, its clause naming no other year, is
#: judged to the first later year up to publication the data hold it for; a clause that names its year keeps it.
COUNTED = [
    ("2021-04-08", "Last month both sides agreed to raise Seoul's share by 13.9 percent from 2019.", "13.9 percent",
     "supported", "2021 vs 2019"),
    ("2021-04-08", "Both sides agreed to raise Seoul's share by 25 percent from 2019.", "25 percent", "contradicted",
     "2020 vs 2019"),
    ("2021-04-08", "In 2020 they raised Seoul's share by 13.9 percent from 2019.", "13.9 percent", "contradicted",
     "2020 vs 2019"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict", "why"), cases(NOW=NOW, COUNTED=COUNTED))
def test_a_demand_sought_now_or_a_change_from_a_base_year_is_judged_for_its_time(published, text, exact, verdict,
                                                                                 why):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence
    assert why in claim.evidence


#: (published, text, exact, quantity): an article about paying to keep US troops is about cost-sharing even when it
#: never uses the talks' terms, so a bare rise in it is the payment's; an article about neither leaves it unread.
TROOPS = [
    ("2021-03-12", "Trump wanted Seoul to pay billions more to keep American troops on its soil. Biden, by contrast, "
     "settled for a 13.9% boost.", "13.9% boost", "sma_change"),
    ("2021-03-12", "The senator wanted a better poll. Biden, by contrast, settled for a 13.9% boost.", "13.9% boost",
     "other"),
]


@pytest.mark.parametrize(("published", "text", "exact", "quantity"), TROOPS)
def test_paying_for_troops_makes_an_article_about_cost_sharing(published, text, exact, quantity):
    assert read_claims(text, published)[exact].frame.quantity == quantity


#: (published, text, exact, verdict, row): demands reported before the talks' later records (sourced rows added by
#: claims13): a July 2019 report of a USD 5bn ask, an August 2019 report of USD 4.8bn, a May 2020 USD 1.3bn ask.
EARLY_DEMANDS = [
    ("2019-10-15", "Washington says Seoul should increase its contribution to $4.8 billion next year.",
     "$4.8 billion", "supported", "demands:koreaherald-bolton-4-8bn"),
    ("2019-09-01", "The White House wants Seoul to pay $5 billion a year.", "$5 billion a year", "supported",
     "demands:kbs-media-report-5bn"),
    ("2020-05-08", "The U.S. has asked Seoul to pay $1.3 billion a year, a senior official said Thursday.",
     "$1.3 billion a year", "supported", "demands:yonhap-official-1-3bn"),
    ("2019-07-01", "The White House wants Seoul to pay $5 billion a year.", "$5 billion a year", "unverifiable", ""),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict", "row"), EARLY_DEMANDS)
def test_early_reports_of_a_demand_are_on_record(published, text, exact, verdict, row):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence
    assert (row in claim.rows) if row else not claim.rows, claim.rows
