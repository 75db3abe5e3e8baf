"""Claim checks: verdicts follow the data and the rules, never the one article."""

from __future__ import annotations

import dataclasses
import inspect

import pandas as pd
import pytest
from conftest import read_claims

from analysis import check, paths
from analysis import rules as rules_

FIXTURES = paths.ROOT / "tests" / "fixtures" / "articles"

# The seed's verdicts, reviewed by hand against the sources (see the evidence strings):
# - Esper "urged Friday": SCM press conference 2019-11-15 (Yonhap, AP, Reuters) -> supported
# - Kim and Biegun "met last month": Stockholm talks 2019-10-05 -> supported
# - Trump and Kim "agreed in June": Panmunjom 2019-06-30 -> supported
# - "a failed summit in Vietnam in February": Hanoi 2019-02-27/28 -> supported
# - Esper "said on Wednesday": remarks on his flight 2019-11-13 -> supported
# - "This year it was just less than a billion": $891 M fits, but "it" lost its referent -> misleading
# - "five-fold increase, to $4.7 billion": 4.7 bn / 891 M = 5.27x -> supported
# - "$4.7 billion dollars per year": Yoon Sang-hyun via KBS, AP -> supported
# - "Last month university students broke into": 2019-10-18 -> supported
# - "Esper's remarks on Monday": no Esper event on 2019-11-11 -> contradicted
# - "a lawmaker said last week": Yoon Sang-hyun, 2019-11-06/07 -> supported
# - "up to $5 billion a year": KBS, Reuters -> supported
# - "more than five times what Seoul agreed to pay this year": 5 bn / 891 M = 5.61x -> supported
SEED_VERDICTS = {
    "Friday": "supported",
    "last month": "supported",
    "in June": "supported",
    "in February": "supported",
    "on Wednesday": "supported",
    "just less than a billion": "misleading",
    "five-fold": "supported",
    "$4.7 billion dollars per year": "supported",
    "Last month": "supported",
    "on Monday": "contradicted",
    "last week": "supported",
    "up to $5 billion a year": "supported",
    "more than five times": "supported",
}


@pytest.fixture(scope="module")
def seed():
    return check.check_path(paths.SEED_ARTICLE)


def _verdicts(report):
    return {c.exact.rstrip("."): c.verdict for c in report.claims}


def test_seed_verdicts_reviewed_by_hand(seed):
    assert _verdicts(seed) == SEED_VERDICTS


def test_every_claim_has_evidence_and_sources(seed):
    text = seed.annotation.article.text
    for c in seed.claims:
        assert text[c.start:c.end] == c.exact
        assert c.evidence
        if c.verdict != "unverifiable":
            assert c.sources, c
            assert c.rows, c


def test_five_fold_evidence_shows_the_arithmetic(seed):
    claim = next(c for c in seed.claims if c.exact == "five-fold")
    assert "1,038.9 bn won = $891 M at 1,165.8 won/$" in claim.evidence
    assert "5.27×" in claim.evidence
    assert {"fred-aexkous", "mofa-2019-02-10"} <= set(claim.sources)


def test_seed_flags_the_two_figures_for_one_demand(seed):
    found = [f for f in seed.findings if f["kind"] == "conflicting_figures"]
    assert len(found) == 1
    related = {r["exact"] for r in found[0]["related"]}
    assert related == {"$4.7 billion dollars per year", "up to $5 billion a year"}
    assert "South Korean media" in found[0]["message"] and "lawmaker" in found[0]["message"]


def test_seed_flags_esper_dated_to_three_days(seed):
    found = [f for f in seed.findings if f["kind"] == "inconsistent_dating"]
    assert len(found) == 1
    assert {r["exact"] for r in found[0]["related"]} == {"Friday", "on Wednesday", "on Monday"}
    assert "2019-11-11 (contradicted)" in found[0]["message"]
    assert any(f["kind"] == "date_matches_no_event" and f["exact"] == "on Monday" for f in seed.findings)


def test_seed_keeps_the_annotator_findings(seed):
    kinds = {f["kind"] for f in seed.findings}
    assert {"truncated_sentence", "unattributed_quote", "ambiguous_speaker", "ambiguous_reference"} <= kinds


# --- the same article against changed data gives changed verdicts ------------------------------------


def test_changed_payment_changes_the_verdicts():
    tables = check.Tables.load()
    sma = tables.sma.copy()
    sma.loc[sma.year == 2019, "krw_billion"] = 2000.0  # $1.72 bn at the 2019 rate
    report = check.check_path(paths.SEED_ARTICLE, tables=dataclasses.replace(tables, sma=sma))
    verdicts = _verdicts(report)
    assert verdicts["just less than a billion"] == "contradicted"
    assert verdicts["five-fold"] == "contradicted"  # 4.7 / 1.72 = 2.7x
    assert verdicts["more than five times"] == "contradicted"  # 5 / 1.72 = 2.9x


def test_an_esper_event_on_monday_makes_monday_supported():
    tables = check.Tables.load()
    extra = pd.DataFrame([{"event_id": "fixture-esper-monday", "start": pd.Timestamp("2019-11-11"),
                           "end": pd.Timestamp("2019-11-11"), "kind": "remarks", "actors": "mark-esper",
                           "place": "Tokyo", "title": "fixture", "description": "fixture",
                           "source_ids": "fred-aexkous"}])
    events = pd.concat([tables.events, extra], ignore_index=True)
    report = check.check_path(paths.SEED_ARTICLE, tables=dataclasses.replace(tables, events=events))
    assert _verdicts(report)["on Monday"] == "supported"


def test_a_demand_is_supported_by_a_reported_demand_within_tolerance_and_unverifiable_without_one():
    """Without the $4.7 bn rows the $5 bn demand (within 10 %) still supports it; without any demand near it,
    nothing can."""
    tables = check.Tables.load()
    demands = tables.demands.loc[tables.demands.amount != 4.7e9]
    report = check.check_path(paths.SEED_ARTICLE, tables=dataclasses.replace(tables, demands=demands))
    assert _verdicts(report)["$4.7 billion dollars per year"] == "supported"  # $5 bn is within 10%
    demands = tables.demands.loc[~tables.demands.amount.between(4e9, 6e9)]
    report = check.check_path(paths.SEED_ARTICLE, tables=dataclasses.replace(tables, demands=demands))
    assert _verdicts(report)["$4.7 billion dollars per year"] == "unverifiable"  # no demand reported before


# --- articles of our own with planted right and wrong claims -----------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("planted-amounts.txt", {
            "1.1833 trillion won": "supported",  # the 2021 payment
            "up 13.9 percent": "supported",  # 2021 on 2020
            "1.5 trillion won": "contradicted",  # 2020 was 1,038.9 bn won
            "$5 billion a year": "supported",  # reported demand
            "ten times": "contradicted",  # 5 bn / 891 M = 5.6x
        }),
        ("planted-dates.txt", {
            "on Thursday": "contradicted",  # Esper spoke on the 13th and the 15th
            "on Friday": "supported",  # the SCM with Jeong, 2019-11-15
            "in March": "unverifiable",  # the break-in was in October, far from March
            # Corrected (issue 10): no such demand is reported, but the data lists reported demands, not every
            # figure asked in the talks, so a figure missing from it is unproven, not false.
            "$8 billion a year": "unverifiable",
        }),
        ("no-claims.txt", {}),
        ("../../../data/articles/2024-10-16-trump-10-billion.txt", {
            # Corrected (issue 10): the headline is read as one sentence, "Trump Says Seoul Would Pay $10 Billion a
            # Year": a US speaker's "would pay" is his demand, the reported 2024-10-15 remark.
            "$10 Billion a Year": "supported",
            "on Tuesday": "supported",  # Trump at the Economic Club of Chicago, 2024-10-15
            "$10 billion a year": "supported",  # reported by the Korea Herald and JoongAng (twice in the text)
            "1.5192 trillion won": "supported",  # the 2026 payment under the 12th SMA
            "up 8.3 percent": "supported",  # 2026 on 2025
            "$5 billion a year": "supported",  # the 2019 demand
            "more than five times": "supported",  # 5 bn / 891 M
            "1.0389 trillion won": "supported",  # the 2019 payment
        }),
    ],
)
def test_planted_claims_get_the_planted_verdicts(name, expected):
    report = check.check_path(FIXTURES / name)
    assert _verdicts(report) == expected


def test_tolerances_live_in_one_place():
    """One frozen object: the checker and the charts read the same one, and no caller can change it in place."""
    from analysis import charts

    assert check.TOLERANCES is rules_.TOLERANCES
    assert inspect.signature(charts.year_on_year).parameters["tol"].default is rules_.TOLERANCES
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.TOLERANCES.same_rel = 0.2  # type: ignore[misc]
    assert check._compare(891e6, 1e9, None, dataclasses.replace(check.TOLERANCES, same_rel=0.2))[0] == "supported"


def test_tolerances_are_injected_into_the_check():
    text = "T\n\nSeoul paid $1.2 billion in 2021."  # $1.03 bn at the 2021 average: 16 % off
    assert _verdicts(check.check_text(text, "2022-01-05"))["$1.2 billion"] == "misleading"
    loose = dataclasses.replace(check.TOLERANCES, same_rel=0.2)
    assert _verdicts(check.check_text(text, "2022-01-05", tolerances=loose))["$1.2 billion"] == "supported"


def test_a_wire_dateline_is_not_a_claim():
    report = check.check_text("T\nOctober 16, 2024\n\nSEOUL, Oct. 16 (Yonhap) - Donald Trump said on Tuesday that "
                              "Seoul would be paying $10 billion a year.")
    assert [c.exact for c in report.claims if c.kind == "dated"] == ["on Tuesday"]


# --- planted sentences, one group per failure class of issue 10 --------------------------------------
# Sentences written for these tests; the rules key on the grammar of the phrase, never on these words.



@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the year is the one in the figure's own phrase, not the first year of the sentence
        ("2021-03-10", "The payment for 2019 stays flat, while the agreed 13.9 percent rise for this year takes it "
         "to 1.1833 trillion won.", {"13.9 percent rise": ("supported", (2021,)),
                                      "1.1833 trillion won": ("supported", (2021,))}),
        ("2022-02-01", "Under a deal that runs until 2025, Seoul pays 1.2471 trillion won in 2022, up 5.4 percent "
         "from 1.1833 trillion won in 2021.", {"1.2471 trillion won": ("supported", (2022,)),
                                                "up 5.4 percent": ("supported", (2022,)),
                                                "1.1833 trillion won": ("supported", (2021,))}),
        ("2019-06-01", "Seoul paid 960.2 billion won the previous year, and 1.0389 trillion won in 2019.",
         {"960.2 billion won": ("supported", (2018,)), "1.0389 trillion won": ("supported", (2019,))}),
        # a wrong figure is caught once its year is bound: $1.03 bn in 2021, a third more is contradicted
        ("2022-02-01", "Under the deal signed in 2020 and valid until 2025, Seoul paid $1.4 billion in 2021.",
         {"$1.4 billion": ("contradicted", (2021,))}),
        # an amount marking a rise "from 2018" is of 2019, as is the rise
        ("2019-12-06", "Negotiators settled on a $890 million, one-year cost-sharing deal that marked an 8.2 percent "
         "increase from 2018.", {"$890 million": ("supported", (2019,)),
                                 "8.2 percent increase": ("supported", (2019,))}),
        # a range is judged against every year in it: 2009 (760 bn won) is too far from 900 bn
        ("2017-01-01", "Seoul paid 900 billion won a year from 2009 to 2016.",
         {"900 billion won": ("misleading", tuple(range(2009, 2017)))}),
    ],
)
def test_years_are_bound_in_the_figures_own_phrase(published, text, expected):
    claims = read_claims(text, published)
    assert {k: (c.verdict, c.frame.years) for k, c in claims.items()} == {k: (v, y) for k, (v, y) in expected.items()}


def test_a_range_names_each_year_it_was_judged_on():
    claim = read_claims("Seoul paid 900 billion won a year from 2009 to 2016.", "2017-01-01")["900 billion won"]
    assert "2009 payment 760.0 bn won" in claim.evidence and "2016 payment 944.1 bn won" in claim.evidence
    assert "sma_contributions:2009" in claim.rows and "sma_contributions:2016" in claim.rows


@pytest.mark.parametrize("text", [
    "Seoul agreed to an increase, paying 1.1833 trillion won in 2021.",
    "Washington wanted a big increase, and Seoul paid 1.1833 trillion won in 2021.",
    "After a hike, Seoul contributed 1.1833 trillion won in 2021.",
])
def test_increase_does_not_make_a_payment_a_demand(text):
    (claim,) = read_claims(text, "2021-06-01").values()
    assert (claim.frame.quantity, claim.verdict) == ("sma_payment", "supported")


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("South Korea's defense budget rose 8.2 percent in 2021.", {"rose 8.2 percent": "defence_budget"}),
        ("The cost-sharing rise of 13.9 percent combined defense budget growth of 7.4 percent and a 6.5 percent "
         "rise in the pay of Korean workers.", {"rise of 13.9 percent": "sma_change",
                                                "growth of 7.4 percent": "defence_budget",
                                                "6.5 percent rise": "wages"}),
        ("Washington imposed a 25 percent tariff on Korean cars, and Seoul pledged $350 billion in investment.",
         {"25 percent": "tariffs", "$350 billion": "other"}),
        ("Seoul covers 40 percent of the cost of keeping US troops.", {"40 percent": "other"}),
    ],
)
def test_percents_of_other_quantities_are_not_checkable(text, quantities):
    claims = read_claims(text, "2021-06-01")
    assert {k: c.frame.quantity for k, c in claims.items()} == quantities
    for c in claims.values():
        if c.frame.quantity != "sma_change":
            assert c.verdict == "not_checkable" and "cannot be checked" in c.evidence
        else:
            assert c.verdict == "supported"


@pytest.mark.parametrize(
    ("published", "text", "exact", "frame", "verdict"),
    [
        # an offer is judged against offers, not against the payment made later (2020 was frozen: +0 %)
        ("2020-05-01", "Seoul offered a 13 percent increase in 2020, which Trump rejected.", "13 percent increase",
         ("offer", "offer"), "supported"),
        ("2020-05-01", "In 2020 Seoul proposed 1.17 trillion won.", "1.17 trillion won", ("offer", "offer"),
         "supported"),
        # forecasts are never contradicted by what happened later
        ("2020-06-01", "Analysts said Seoul was likely to agree a rise of 5 to 15 percent for 2021.", "15 percent",
         ("forecast", "forecast"), "unverifiable"),
        ("2021-01-10", "Seoul is expected to pay 2 trillion won in 2021.", "2 trillion won", ("forecast", "forecast"),
         "unverifiable"),
        ("2021-01-10", "Seoul is expected to pay 1.1833 trillion won in 2021.", "1.1833 trillion won",
         ("forecast", "forecast"), "supported"),
        # a hypothetical demand may give a figure no report recorded: not contradicted
        ("2024-11-01", '"If I were there, they would be paying $30 billion a year," Trump said.',
         "$30 billion a year", ("demand", "hypothetical"), "unverifiable"),
    ],
)
def test_offers_forecasts_and_hypotheticals_are_not_judged_by_later_payments(published, text, exact, frame, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.frame.modality) == frame
    assert claim.verdict == verdict


def test_an_offer_missing_from_the_offers_is_unproven_with_the_offers_in_the_evidence():
    claim = read_claims("In 2020 Seoul offered a 30 percent increase.", "2020-05-01")["30 percent increase"]
    assert claim.verdict == "unverifiable" and "13%" in claim.evidence and "offers:" in claim.rows[0]


def test_what_the_paying_side_asks_for_is_an_offer():
    claim = read_claims("In 2020 Seoul insisted on an increase of about 13 percent.", "2020-05-01")[
        "an increase of about 13 percent"]
    assert (claim.frame.quantity, claim.frame.actor, claim.verdict) == ("offer", "rok-government", "supported")


@pytest.mark.parametrize("text", [
    "Trump has said he would make Seoul pay $5 billion a year.",
    "Trump said in 2019 that he had asked Seoul to pay $5 billion a year.",
    "Trump wanted South Korea to pay $5 billion a year.",
])
def test_make_seoul_pay_is_a_demand_of_the_one_who_says_it(text):
    claim = read_claims(text, "2019-12-01")["$5 billion a year"]
    assert (claim.frame.quantity, claim.frame.actor, claim.verdict) == ("demand", "donald-trump", "supported")
    assert "demands:" in claim.rows[0]


def test_a_unit_slip_is_reported_with_the_right_figure():
    claim = read_claims("Seoul paid 1.0389 billion won in 2019.", "2019-12-01")["1.0389 billion won"]
    assert claim.verdict == "contradicted"
    assert "unit slip" in claim.evidence and "1,038.9 bn won" in claim.evidence


@pytest.mark.parametrize(
    ("text", "exact", "verdict", "shown"),
    [
        ("Seoul will pay 1.1833 trillion won ($1.03 billion) this year.", "$1.03 billion", "supported",
         "$1.03 billion"),
        ("Seoul will pay 1.1833 trillion won ($1.5 billion) this year.", "$1.5 billion", "contradicted",
         "$1.03 billion"),
        ("Seoul will pay 1.1833 trillion won ($1.03 million) this year.", "$1.03 million", "contradicted",
         "unit slip"),
    ],
)
def test_a_stated_conversion_is_checked_against_the_years_average_rate(text, exact, verdict, shown):
    claim = read_claims(text, "2021-06-01")[exact]
    assert (claim.kind, claim.verdict) == ("conversion", verdict)
    assert shown in claim.evidence and "exchange_rates:2021" in claim.rows


def test_a_recent_remark_and_an_old_demand_are_not_one_demand():
    report = check.check_text("T\n\nTrump demanded $5 billion a year in 2019. On Tuesday Trump said Seoul "
                              "should pay $10 billion a year.", "2024-10-16")
    assert not [f for f in report.findings if f["kind"] == "conflicting_figures"]
    assert {c.exact: c.verdict for c in report.claims if c.kind == "amount"} == {
        "$5 billion a year": "supported", "$10 billion a year": "supported"}


def test_two_years_payments_are_not_one_figure():
    report = check.check_text("T\n\nSeoul paid 960.2 billion won in 2018 and 1.0389 trillion won in 2019.",
                              "2019-12-01")
    assert not [f for f in report.findings if f["kind"] == "conflicting_figures"]


def test_one_demand_of_one_time_given_two_figures_is_flagged():
    report = check.check_text("T\n\nUS officials demanded $4.7 billion a year, a lawmaker said. Washington "
                              "asked for $5 billion a year, a diplomat said.", "2019-11-20")
    (found,) = [f for f in report.findings if f["kind"] == "conflicting_figures"]
    assert len(found["related"]) == 2


def test_the_date_of_another_event_is_not_a_second_date_of_remarks():
    report = check.check_text("T\n\nMark Esper said on Wednesday that talks had stalled since a meeting on "
                              "Friday.", "2019-11-16")
    assert not [f for f in report.findings if f["kind"] == "inconsistent_dating"]


def test_claim_json_carries_the_frame_and_evidence_names_year_quantity_and_row(seed):
    for c in seed.claims:
        d = c.to_dict()
        assert set(d["frame"]) == {"quantity", "years", "actor", "modality"}
        assert d["frame"]["quantity"] in c.evidence
        assert all(str(y) in c.evidence for y in d["frame"]["years"][:1])
        assert all(r in c.evidence for r in c.rows)


def test_claims_frame_shows_the_frames(seed):
    table = check.claims_frame(seed)
    assert {"quantity", "years", "actor", "modality"} <= set(table.columns)
    assert table.set_index("exact").loc["five-fold", "quantity"] == "ratio"


def test_a_new_quantity_is_one_more_rule():
    from analysis import rules

    figure, ctx = rules.example("The defense budget grew 8.2 percent in 2024.", "2024-12-01")
    assert rules.judge(figure, ctx).verdict == "not_checkable"
    extra = rules.Rule("defence_budget", ("percent",), (), lambda f, c: rules.Judgement("unverifiable", "fixture"))
    rules.RULES.append(extra)
    try:
        assert rules.judge(figure, ctx).evidence == "fixture"
    finally:
        rules.RULES.remove(extra)


@pytest.mark.parametrize(
    ("published", "text", "quantities"),
    [
        # a demand verb governs the first sum after it, not the base the multiple is of
        ("2021-03-10", "The U.S. had initially demanded $5 billion, more than five times the 1.04 trillion won "
         "Seoul paid in 2019.", {"$5 billion": ("demand", "supported"),
                                 "more than five times": ("ratio", "supported"),
                                 "1.04 trillion won": ("sma_payment", "supported")}),
        # a restated sum stays with its verb
        ("2019-11-20", "US officials asked for $4.7 billion, or 5.5 trillion won, a lawmaker said.",
         {"$4.7 billion": ("demand", "supported"), "5.5 trillion won": ("conversion", "supported")}),
        # an amount of change is the difference of two years' payments ($67.5 M in 2019)
        ("2019-03-01", "This year Seoul pays 1.04 trillion won, an increase of $70 million from last year.",
         {"1.04 trillion won": ("sma_payment", "supported"), "$70 million": ("sma_change", "supported")}),
        # the base of "from X to Y" is a payment; the target goes with the verb
        ("2020-02-02", "Washington is demanding an increase from 870 million dollars last year to five billion "
         "dollars for this year.", {"870 million dollars": ("sma_payment", "supported"),
                                    "five billion dollars": ("demand", "supported")}),
        # "<US speaker> said Seoul would pay X" is a demand; the deal's own figure stays a payment
        ("2024-10-22", "Trump said Seoul would pay $10 billion a year if he were in the White House, almost ten "
         "times the 1.5 trillion won agreed for 2026.", {"$10 billion a year": ("demand", "supported"),
                                                        "almost ten times": ("ratio", "supported"),
                                                        "1.5 trillion won": ("sma_payment", "supported")}),
        # the base of a multiple is a payment, of this year when the demand is for next year
        ("2019-11-19", "The US wants Seoul to pay $5 billion next year, more than five times the current $891 "
         "million.", {"$5 billion": ("demand", "supported"), "more than five times": ("ratio", "supported"),
                      "$891 million": ("sma_payment", "supported")}),
        # a percent that modifies an amount is that amount's change, of that amount's year
        ("2019-03-08", "Seoul agreed to pay 1.04 trillion won ($892 million) in 2019, an 8.2 percent increase from the "
         "previous year.", {"1.04 trillion won": ("sma_payment", "supported"),
                            "$892 million": ("conversion", "supported"),
                            "8.2 percent increase": ("sma_change", "supported")}),
    ],
)
def test_each_figure_gets_its_own_quantity(published, text, quantities):
    claims = read_claims(text, published)
    assert {k: (c.frame.quantity, c.verdict) for k, c in claims.items()} == quantities


#: One figure per sentence, in brackets: published|text|quantity|verdict. What another ally pays and what
#: Washington spends are not Seoul's payment; a total is added up over the years it names and left open when it
#: names none; "about" does not stretch the tolerance ($880 M is 14 % short of "about $1 billion"); what was paid
#: stays a payment after a demand word ("far more than the X Seoul paid", "at the request of X, Seoul paid Y").
ONE_FIGURE = """
2022-01-01|Japan pays [about ¥211 billion a year] to host US forces.|other|not_checkable
2022-01-01|Washington spends [about $13 billion a year] to keep troops in South Korea.|other|not_checkable
2022-01-05|Seoul paid a total of [2.2 trillion won] from 2020 to 2021.|sma_total|supported
2021-03-10|Seoul will pay a total of [$7 billion] over six years.|sma_total|unverifiable
2020-04-21|Trump said South Korea paid [about $1 billion a year].|sma_payment|misleading
2020-02-24|Washington is still seeking far more than the [1.04 trillion won] Seoul paid last year.|sma_payment|supported
2024-10-04|South Korea will shoulder [1.5192 trillion won] in 2026.|sma_payment|supported
2019-08-07|At the request of Washington, South Korea paid [$990 million] last year.|sma_payment|misleading
2025-03-01|Under the new SMA the yearly rise of the payment must [not exceed 5%].|cap|not_checkable
2025-03-01|The cost-sharing deal sets a [5 percent] cap on annual increases of Seoul's payment.|cap|not_checkable
2025-03-01|The SMA payment rises with prices, [no more than 5%] a year.|cap|not_checkable
2025-03-01|Seoul's payment [rose by 13.9 percent] in the 11th agreement.|sma_average_change|supported
2025-03-01|The rise of Seoul's payment in the 11th SMA averaged [4.3%] a year.|sma_average_change|supported
2025-03-01|The rise of Seoul's payment in the 11th SMA averaged [9.5%] a year.|sma_average_change|contradicted
2024-11-01|Seoul signed the 12th SMA, which calls for a rise of [116.4 billion won] in its payment.|sma_change|supported
2020-05-01|Reuters reported that the Korean side had offered a rise to [1.17 trillion won] for 2020.|offer|supported
2025-08-01|Trump said the US demanded [$10 billion] from Seoul in 2019.|demand|contradicted
2019-11-21|The US is asking Seoul to pay [as much as $15 billion a year] for its troops.|demand|contradicted
2024-10-22|Trump said Seoul would be paying [over €9 billion a year] if he were president.|demand|unverifiable
2019-01-13|The US sought a rise in Seoul's payment, which last year was [about $830 million].|sma_payment|supported
2019-11-13|Officials bring a [$5 billion] bill for the cost of US troops to Seoul this week.|demand|supported
"""


@pytest.mark.parametrize("row", ONE_FIGURE.strip().splitlines())
def test_a_single_figure_gets_its_quantity_and_verdict(row):
    published, marked, quantity, verdict = row.split("|")
    exact = marked[marked.index("[") + 1:marked.index("]")]
    claims = read_claims(marked.replace("[", "").replace("]", ""), published)
    assert {k: (c.frame.quantity, c.verdict) for k, c in claims.items()} == {exact: (quantity, verdict)}


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "verdict"), [
    ("2020-05-01", "Seoul's cost-sharing talks: it put forward a 10 percent rise from its 2019 payment of $870 "
     "million.", "$870 million", "sma_payment", "supported"),  # the base a rise is counted from was paid
    ("2021-03-10", "South Korea pays 1.183 trillion won this year, up from 1.039 trillion won (890 million dollars) in "
     "2020.", "1.039 trillion won", "sma_payment", "supported"),  # its year comes after the bracket
    ("2024-10-04", "By 2026, the payment Seoul makes for the presence of US troops will increase by 8.3% to 1.52 "
     "trillion won.", "increase by 8.3%", "sma_change", "supported"),  # troops after a payment word are paid for
    ("2019-11-19", "Trump has demanded Seoul raise its contribution fivefold, asking for nearly $5 billion, officials "
     "said.", "nearly $5 billion", "demand", "supported"),  # the US side asks, not Seoul
])
def test_a_figure_among_others_gets_its_quantity_and_verdict(published, text, exact, quantity, verdict):
    claims = read_claims(text, published)
    assert (claims[exact].frame.quantity, claims[exact].verdict) == (quantity, verdict)


def test_a_demand_of_one_time_and_a_later_remark_or_a_step_are_not_one_demand():
    report = check.check_text("T\n\nTrump said on Tuesday that Seoul would be paying $10 billion a year if he were "
                              "president. He said he initially demanded that South Korea pay $5 billion a year. He "
                              "tried to demand $2 billion first and raise it to $5 billion.", "2024-10-17")
    assert not [f for f in report.findings if f["kind"] == "conflicting_figures"]


# --- dates tied to the actor's own verb (planted sentences, a fixture event) ---------------------------


def _un_event_tables() -> check.Tables:
    """The real tables plus one fixture statement of the United Nations on Wednesday 2022-03-09."""
    tables = check.Tables.load()
    extra = pd.DataFrame([{"event_id": "fixture-un-statement", "start": pd.Timestamp("2022-03-09"),
                           "end": pd.Timestamp("2022-03-09"), "kind": "statement", "actors": "un",
                           "place": "fixture", "title": "fixture", "description": "fixture",
                           "source_ids": "fred-aexkous"}])
    return dataclasses.replace(tables, events=pd.concat([tables.events, extra], ignore_index=True))


def test_a_date_of_the_actors_own_verb_off_the_record_is_flagged():
    report = check.check_text("T\n\nThe United Nations said on Friday that the harbour was closed.", "2022-03-14",
                              tables=_un_event_tables())
    assert _verdicts(report)["on Friday"] == "contradicted"
    assert [f["exact"] for f in report.findings if f["kind"] == "date_matches_no_event"] == ["on Friday"]


@pytest.mark.parametrize("text", [
    "A report sent to the United Nations, dated Friday, says the harbour was closed.",
    "At Friday's hearing, the United Nations said the harbour was closed.",
    "The United Nations opened an office in the port on Friday after the storm.",
])
def test_a_date_not_tied_to_the_actors_own_verb_is_not_contradicted(text):
    report = check.check_text(f"T\n\n{text}", "2022-03-14", tables=_un_event_tables())
    assert not [f for f in report.findings if f["kind"] in {"date_matches_no_event", "inconsistent_dating"}]
    assert "contradicted" not in _verdicts(report).values()


def test_a_year_from_outside_the_figures_phrase_cannot_contradict():
    report = check.check_text("T\n\nUnder a plan signed in 2019, Seoul pays $7 billion.", "2020-06-01")
    (claim,) = [c for c in report.claims if c.kind == "amount"]
    assert (claim.frame.bound, claim.verdict) == ("clause", "unverifiable")
    assert "outside the figure's own phrase" in claim.evidence


def test_the_same_figure_with_its_own_year_is_contradicted():
    report = check.check_text("T\n\nSeoul paid $7 billion in 2019.", "2020-06-01")
    (claim,) = [c for c in report.claims if c.kind == "amount"]
    assert (claim.frame.bound, claim.verdict) == ("phrase", "contradicted")


def test_demands_with_no_year_of_their_own_and_no_matching_report_are_not_joined():
    report = check.check_text("T\n\nWashington demanded $6 billion a year, an aide said. If the talks fail, "
                              "Washington might ask for $8 billion a year, a diplomat said.", "2019-11-20")
    assert {c.frame.bound for c in report.claims if c.kind == "amount"} == {"publication"}
    assert not [f for f in report.findings if f["kind"] == "conflicting_figures"]


def test_demands_with_their_own_year_are_joined():
    report = check.check_text("T\n\nWashington demanded $6 billion for 2021, an aide said. Washington asked for "
                              "$8 billion for 2021, a diplomat said.", "2019-11-20")
    (found,) = [f for f in report.findings if f["kind"] == "conflicting_figures"]
    assert {r["exact"] for r in found["related"]} == {"$6 billion", "$8 billion"}


@pytest.mark.parametrize("modal", ["might", "could", "would"])
def test_a_figure_after_a_condition_is_hypothetical_and_never_contradicted(modal):
    report = check.check_text(f"T\n\nIf the talks collapse, Washington {modal} ask Seoul for $9 billion in 2019.",
                              "2019-11-20")
    (claim,) = [c for c in report.claims if c.kind == "amount"]
    assert claim.frame.modality == "hypothetical"
    assert claim.verdict != "contradicted"


def test_a_date_counted_from_another_event_is_not_contradicted():
    report = check.check_text("T\n\nThe vote failed on Thursday. The United Nations said a day later that the "
                              "harbour was closed.", "2022-03-14", tables=_un_event_tables())
    assert "contradicted" not in _verdicts(report).values()
    assert not [f for f in report.findings if f["kind"] == "date_matches_no_event"]


def test_a_percent_whose_sentence_does_not_name_the_payment_is_not_contradicted():
    report = check.check_text("Cost-sharing deal\n\nSeoul agreed to pay more under the SMA. It rose 40 percent in "
                              "2019.", "2019-12-01")
    (claim,) = report.claims
    assert (claim.frame.quantity, claim.verdict) == ("sma_change", "unverifiable")  # verd55: its own year binds it
    assert "does not say the percent is a change" in claim.evidence


def test_a_percent_whose_sentence_names_the_payment_is_contradicted():
    report = check.check_text("Cost-sharing deal\n\nUnder the SMA deal, the figure jumped 40 percent in 2019.",
                              "2019-12-01")
    assert _verdicts(report) == {"jumped 40 percent": "contradicted"}


# --- general classes of claims (issue 10): invented sentences, verdicts from data/ -----------------------------

@pytest.mark.parametrize(("published", "text", "exact", "quantity", "verdict"), [
    # "which is about" restates an amount: a conversion, judged at the year's rate
    ("2025-04-09", "Trump insisted that defense costs should be raised to 10 billion dollars, which is about "
     "14.7 trillion won.", "about 14.7 trillion won", "conversion", "supported"),
    # a deal's rise with no year of its own is its first year's (2026: 1,519.2 / 1,402.8 = +8.3 %)
    ("2024-11-20", "Seoul signed a five-year pact raising its share by 8.3% in the first year.", "8.3%",
     "sma_change", "supported"),
    # an average over an agreement's term: (1,402.8 / 1,038.9) ** (1 / 5) = +6.2 % a year under the 11th
    ("2024-11-20", "The new cost-sharing rise is far below the 6.2 percent a year under the previous agreement.",
     "6.2 percent",
     "sma_average_change", "supported"),
    ("2024-11-20", "The new cost-sharing rise is far below the 9 percent a year under the previous agreement.",
     "9 percent",
     "sma_average_change", "contradicted"),
    # a superlative is judged against the payment series (no rise of 2004-2020 reaches 2021's +13.9 %)
    ("2021-03-12", "Seoul will pay 13.9 percent more this year, the sharpest rise in nearly two decades.",
     "the sharpest rise in nearly two decades", "sma_change", "supported"),
    ("2021-03-12", "Seoul will pay 13.9 percent more this year, the largest increase since 2015.",
     "the largest increase since 2015", "sma_change", "supported"),
    # ... and 2019's +8.2 % was not the biggest in 20 years: 2004 rose 11.7 % in won
    ("2019-03-01", "The 8.2 percent rise in Seoul's contribution this year is the biggest rise in 20 years.",
     "the biggest rise in 20 years",
     "sma_change", "contradicted"),
    # a demanded rise (percent or multiple) is judged against the reported demands over the payment of their year
    ("2020-02-01", "Washington demanded that Seoul pay up to 400% more.", "up to 400% more", "demand", "supported"),
    ("2019-12-10", "Senators criticised the five-fold increase the administration is demanding.", "five-fold",
     "ratio", "supported"),
    ("2019-12-10", "Senators criticised the twenty-fold increase the administration is demanding.", "twenty-fold",
     "ratio", "unverifiable"),
    # an amount after "than" is the multiple's base, not its result: the demands on record over the payment
    ("2020-06-01", "Washington demanded that Seoul pay five times more than its current $900 million.",
     "five times", "ratio", "supported"),
    # ... and that base, named as a payment, is a payment, not a demand, though a demand word governs the sentence
    ("2020-06-01", "Washington demanded that Seoul pay five times more than its current contributions of about "
     "$900 million.", "about $900 million", "sma_payment", "supported"),
    # an "offer" that is the other side's demand of that time, while the side's own offer is on record, is wrong
    ("2020-09-11", "Seoul has offered to increase its share by no more than $1.3 billion.", "no more than $1.3 billion",
     "offer", "contradicted"),
    # a figure a side rejected is an offer of the other side, not a payment
    ("2020-04-20", "The negotiators settled on a 13 percent rise in cost-sharing, but Trump turned it down.",
     "13 percent rise",
     "offer", "supported"),
    ("2020-04-20", "Trump vetoed what was a done deal to raise Seoul's cost-sharing payment by 13 percent.",
     "13 percent",
     "offer", "supported"),
    ("2021-03-09", "The sides agreed to a 13 percent increase in Seoul's share, but the agreement was rejected by "
     "then-U.S. President Donald Trump.", "13 percent increase", "offer", "supported"),
    # an amount after "from" is the multiple's base; "This is" stands for the demand of the sentence before ("more
    # than a" bounds the multiple (claims10): $5 bn / $891 M = 5.6x is more than fivefold, not more than sixfold)
    ("2019-12-01", "The White House wants Seoul to pay $5 billion for 2020. This is more than a fivefold increase "
     "from this year's $900 million.", "fivefold", "ratio", "supported"),
    ("2019-12-01", "The White House wants Seoul to pay $5 billion for 2020. This is more than a sixfold increase "
     "from this year's $900 million.", "sixfold", "ratio", "contradicted"),
    ("2019-12-01", "The White House wants Seoul to pay $2 billion for 2020. This is more than a fivefold increase "
     "from this year's $900 million.", "fivefold", "ratio", "contradicted"),
    # ... and with no such sentence before, a multiple of its base alone cannot be judged, never contradicted
    ("2019-12-01", "Seoul fears a more than sixfold increase from this year's cost-sharing payment of $900 million.",
     "more than sixfold", "ratio", "unverifiable"),
    # a rise "from its payment in 2019 and 2020" is of 2021 (1,183.3 / 1,038.9 = +13.9 %)
    ("2023-05-02", "Seoul now contributes about $1 billion, up 13.9 percent from its payment in 2019 and 2020.",
     "up 13.9 percent", "sma_change", "supported"),
    # an amount naming a deal's sum is a payment, of the year after the base of the rise it marked
    ("2019-12-06", "Negotiators settled on a $890 million, one-year deal that marked an 8.2 percent increase from "
     "2018 in Seoul's share.", "$890 million", "sma_payment", "supported"),
    # a sum the paid (US) side owns is its ask; one named as an earlier figure takes that figure's frame
    ("2019-12-06", "Critics call Trump’s $5 billion shakedown of Seoul vexing.", "$5 billion", "demand", "supported"),
    ("2024-05-02", "In 2019 Washington demanded Seoul pay 5 billion dollars. A new president could stick to the "
     "earlier number of $5 billion.", "$5 billion", "demand", "supported"),
    # a demand for a named year that the data records only from later reports: confirmed, never contradicted
    ("2019-07-31", "The US will ask Seoul to pay $5 billion for 2020.", "$5 billion", "demand", "supported"),
    ("2019-07-31", "The US will ask Seoul to pay $3 billion for 2020.", "$3 billion", "demand", "unverifiable"),
    # what a thing costs is no payment; an amount restating another quantity's percent is of that quantity
    ("2019-01-11", "Seoul pays its SMA share. The new base is vast. It cost some $10.7 billion.", "some $10.7 billion",
     "other", "not_checkable"),
    ("2019-01-11", "Seoul pays its SMA share. Its defense budget rose 9.9 percent, or $40 billion.", "$40 billion",
     "defence_budget", "not_checkable"),
    # ... its year is taken across a comma, so a wrong sum is flagged unverifiable, never contradicted
    ("2019-12-06", "Negotiators settled on a $1.5 billion, one-year deal that marked an 8.2 percent increase from "
     "2018 in Seoul's share.", "$1.5 billion", "sma_payment", "unverifiable"),
])
def test_general_claim_classes_get_verdicts_from_the_data(published, text, exact, quantity, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict), claim.evidence


def test_a_percent_that_does_not_follow_from_the_articles_own_figures_is_misleading():
    text = ("If prices rise 2 percent a year, the payment is expected to reach 1.6 trillion won in 2030, a 20 percent "
            "increase from 2026.")
    claim = read_claims(text, "2024-10-05")["20 percent increase"]
    assert claim.verdict == "misleading"
    assert "+5.3%" in claim.evidence and "2026 payment 1,519.2 bn won" in claim.evidence


def test_a_payment_for_a_year_not_yet_agreed_is_the_last_agreed_years_with_that_year_named():
    claim = read_claims("In February Seoul agreed to pay $890 million next year.", "2019-09-01")["$890 million"]
    assert claim.verdict == "misleading"
    assert "2019 payment" in claim.evidence and "concluded 2021-03-07" in claim.evidence


def test_a_speakers_account_of_an_earlier_demand_is_judged_against_his_demands_on_record():
    text = "Trump said he had told them they should pay $10 billion a year."
    claim = read_claims(text, "2025-07-20")["$10 billion a year"]
    assert claim.verdict == "contradicted" and "$5 billion" in claim.evidence
    same = read_claims("Trump said he had told them they should pay $5 billion a year.", "2025-07-20")
    assert same["$5 billion a year"].verdict == "supported"


def test_the_agreements_and_their_dates_come_from_the_tables():
    tables = check.Tables.load()
    events = tables.events.loc[~tables.events.title.str.contains("11th SMA")]
    moved = dataclasses.replace(tables, events=events)
    text = "In February Seoul agreed to pay $890 million next year."
    assert read_claims(text, "2019-09-01")["$890 million"].verdict == "misleading"
    report = check.check_text(f"T\n\n{text}", "2019-09-01", tables=moved)
    assert report.claims[0].verdict == "supported"  # with no date for the 11th SMA, 2020's figure is taken as known


def test_the_whole_a_share_is_of_is_not_seouls_payment():
    claims = read_claims("Seoul agreed to pay 90% of the $11 billion cost of moving the base.", "2021-05-01")
    assert {k: (c.frame.quantity, c.verdict) for k, c in claims.items()} == {
        "90%": ("other", "not_checkable"), "$11 billion": ("other", "not_checkable")}


@pytest.mark.parametrize(("text", "exact", "verdict", "shown"), [
    # in a year whose average rate is not out yet, the latest published average converts the payment
    ("South Korea pays about $1.1 billion this year.", "about $1.1 billion", "supported", "(2025 average)"),
    ("South Korea pays 1.52 trillion won ($1.5 billion) this year.", "$1.5 billion", "contradicted", "2025 average"),
])
def test_a_year_with_no_average_rate_yet_uses_the_latest_one(text, exact, verdict, shown):
    claim = read_claims(text, "2026-02-01")[exact]
    assert claim.verdict == verdict and shown in claim.evidence


def test_a_rise_stated_after_and_by_keeps_the_verb_of_its_sentence():
    claims = read_claims("The deal raises Seoul's payment by 13.9 percent this year, and by 5.4 percent next year.",
                         "2021-03-11")
    assert [(c.frame.quantity, c.frame.years, c.verdict) for c in claims.values()] == [
        ("sma_change", (2021,), "supported"), ("sma_change", (2022,), "supported")]


def test_a_relative_clause_hangs_its_percent_on_the_noun_before_it():
    text = ("Seoul will pay 1.1833 trillion won this year, and the payments will rise in line with its defense budget, "
            "which grew 5.4 percent this year.")
    claim = read_claims(text, "2021-03-10")["grew 5.4 percent"]
    assert (claim.frame.quantity, claim.verdict) == ("defence_budget", "not_checkable")


# --- a right figure read in the wrong frame is never called contradicted (issue 10) ------------------------


@pytest.mark.parametrize(("published", "text", "exact", "verdict", "row"), [
    # no year in its phrase: the publication year's payment does not fit, the 2020 payment the article names does
    ("2025-06-01", "In 2020 the talks stalled. Seoul pays 1.0389 trillion won.", "1.0389 trillion won",
     "unverifiable", "sma_contributions:2020"),
    # a demand read as a payment: the figure is a reported demand
    ("2019-12-01", "Seoul paid $5 billion in 2019.", "$5 billion", "unverifiable", "demands:"),
    # the phrase names its year, and the figure is another year's payment: the text fixes the period, so the
    # figure is judged against it and stays contradicted, the other row named (lead's convention 1, claims7)
    ("2025-06-01", "Seoul paid 1.4028 trillion won in 2020.", "1.4028 trillion won", "contradicted",
     "sma_contributions:2025"),
    # a percent: the change of another year the article names
    ("2022-06-01", "In 2021 the deal was signed. Seoul's payment rises 13.9 percent.", "rises 13.9 percent",
     "unverifiable", "sma_contributions:2021"),
    ("2022-06-01", "Seoul's payment rose 13.9 percent in 2022.", "rose 13.9 percent", "contradicted",
     "sma_contributions:2021"),
])
def test_a_figure_that_matches_another_sourced_row_is_not_contradicted(published, text, exact, verdict, row):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence
    assert any(r.startswith(row) for r in claim.rows) and row.split(":")[1] in claim.evidence


@pytest.mark.parametrize(("published", "text", "exact", "why"), [
    # a real wrong figure matches no row: $500 million for a year paid about $900 million
    ("2019-06-01", "Seoul pays $500 million in 2019.", "$500 million", "off by"),
    # a unit slip stays a slip, whatever other row it might fit
    ("2019-06-01", "Seoul pays $900 billion in 2019.", "$900 billion", "unit slip"),
    # a dropped zero (1.389 for 1.0389) is a slip of the year's own figure, even though 2025's is close to it
    ("2024-10-17", "Seoul agreed to pay 1.389 trillion won in 2020. In 2025 it pays more.", "1.389 trillion won",
     "digit slip"),
    # a multiple that fits no year's payment the article may mean
    ("2025-06-01", "In 2019 talks began. The US asked for $5 billion, ten times what Seoul pays.", "ten times",
     "is off"),
])
def test_a_wrong_figure_that_matches_no_row_stays_contradicted(published, text, exact, why):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == "contradicted" and why in claim.evidence, claim.evidence


def test_the_guard_only_withholds_a_contradiction():
    tables = check.Tables.load()
    figure, ctx = rules_.example("Seoul pays $500 million in 2019.", "2019-06-01")
    plain = rules_.judge_plain(figure, ctx)
    assert plain.verdict == "contradicted" and rules_.elsewhere(figure, ctx, plain) is None
    # the same figure in a year the data says was paid $500 million is matched by that year's row
    sma = tables.sma.copy()
    sma.loc[sma.year == 2018, "krw_billion"] = 550.0
    claim = {c.exact: c for c in check.check_text("T\n\nIn 2018 talks began. Seoul pays $500 million in 2019.",
                                                  "2019-06-01", dataclasses.replace(tables, sma=sma)).claims}
    # its phrase names 2019, so the figure is judged against 2019: contradicted, with the 2018 row it equals named
    # (lead's convention 1, claims7; it was misleading)
    assert claim["$500 million"].verdict == "contradicted" and "sma_contributions:2018" in claim["$500 million"].rows
    # without a year of its own, the year before publication may stand in: never contradicted
    claim = {c.exact: c for c in check.check_text("T\n\nIn 2018 talks began. Seoul pays $500 million.",
                                                  "2019-06-01", dataclasses.replace(tables, sma=sma)).claims}
    assert claim["$500 million"].verdict == "supported" and "sma_contributions:2018" in claim["$500 million"].rows


def test_an_offer_or_forecast_is_never_contradicted():
    for text in ("Seoul is likely to pay $3 billion in 2021.", "Seoul offered to pay $3 billion in 2021."):
        claim = next(iter(read_claims(text, "2020-06-01").values()))
        assert claim.verdict != "contradicted", claim.evidence


def test_a_hyphenated_percent_and_a_multiple_after_its_verb_are_claims():
    claims = read_claims("In March the envoys tentatively agreed on a 13-percent increase in Seoul's share, but Trump "
                         "turned it down.", "2020-07-07")
    assert [c.kind for c in claims.values() if c.kind != "dated"] == ["change"]
    claims = read_claims("Trump hinted he would pull troops out unless Seoul increased its $924 million contribution "
                         "five times.", "2021-03-08")
    assert claims["five times"].kind == "ratio" and claims["five times"].verdict == "supported"


# --- claims2, second session: classes found on new dev articles -------------------------------------


def test_an_error_is_measured_against_the_data_not_the_claim():
    # $990 M for 2019 ($891 M paid) is 11 % above the data: close but not the same figure
    claim = read_claims("Seoul agreed to pay $990 million in 2019.", "2019-11-19")["$990 million"]
    assert claim.verdict == "misleading" and "+11.1%" in claim.evidence, claim.evidence


@pytest.mark.parametrize("text", [
    "Trump said Seoul agreed to pay an additional $70 million in 2019.",
    "The figure differs from the additional cost Seoul will shoulder in 2019, which is $70 million.",
])
def test_an_added_sum_is_a_change_not_a_payment(text):
    claim = read_claims(text, "2019-02-13")["$70 million"]
    assert claim.frame.quantity == "sma_change" and claim.verdict == "supported", claim.evidence


def test_funding_for_a_workforce_is_wages_not_the_payment():
    claims = read_claims("The Pentagon said the decision will provide over US$200M in ROK funding for the entire "
                         "Korean workforce of USFK through the end of 2020.", "2020-06-04")
    claim = next(c for c in claims.values() if "200" in c.exact)
    assert claim.frame.quantity == "wages" and claim.verdict == "not_checkable", claim.evidence


def test_a_multiple_before_its_target_and_its_restatement_are_judged():
    claims = read_claims("Trump insisted that defense costs should be raised by more than ten times to 10 billion "
                         "dollars. A more than tenfold increase is structurally difficult.", "2025-04-09")
    assert claims["more than ten times"].verdict == "supported", claims["more than ten times"].evidence
    assert claims["more than tenfold"].verdict == "supported", claims["more than tenfold"].evidence


def test_a_won_figure_that_is_another_years_payment_is_contradicted():
    """The Conventions' "a period the text fixes": a wrong figure equal to another period's row is contradicted
    (mendf68; misleading before)."""
    claims = read_claims("Under the deal Seoul will contribute 1.52 trillion won in 2025, up from 1.4 trillion won "
                         "this year.", "2025-07-09")
    claim = claims["1.52 trillion won"]
    assert claim.verdict == "contradicted" and "sma_contributions:2026" in claim.rows, claim.evidence
    assert claims["1.4 trillion won"].verdict == "supported"


def test_a_dollar_demand_given_in_won_is_not_contradicted_but_a_planted_payment_is():
    claims = read_claims("It prevented the pressure of the former President of the United States, Trump, who had to "
                         "pay close to about 6 trillion won.", "2021-03-10")
    claim = claims["about 6 trillion won"]
    assert claim.verdict != "contradicted" and "demands:" in " ".join(claim.rows), claim.evidence
    claim = read_claims("Last year Seoul paid 1.5 trillion won, the officials added.", "2021-03-10")["1.5 trillion won"]
    assert claim.verdict == "contradicted", claim.evidence


def test_a_percent_joined_to_a_defence_budget_percent_is_not_a_payment_change():
    claims = read_claims("The rate of increase in defense expenditures is 5.4% this year and more than 6% from then "
                         "on.", "2021-03-10")
    assert {c.verdict for c in claims.values() if "%" in c.exact} == {"not_checkable"}


def test_a_forecast_in_apposition_to_its_year_is_judged_for_that_year():
    claims = read_claims("If this trend is to increase, it is expected that in 2025, the last year, the total amount "
                         "of about 1.5 trillion won will be paid.", "2021-03-10")
    claim = claims["about 1.5 trillion won"]
    assert claim.frame.quantity == "forecast" and claim.frame.years == (2025,) and claim.verdict == "supported"


def test_spelled_decimal_percent_and_would_have_been_paying():
    claims = read_claims("The allies agreed that South Korea would pay 924 million U.S. dollars in 2019, an on-year "
                         "hike of eight-point-two percent.", "2019-07-25")
    assert claims["hike of eight-point-two percent"].verdict == "supported"
    claims = read_claims("Trump claimed that had he won reelection, South Korea would have been paying $10 billion "
                         "annually for defense costs.", "2024-10-17")
    claim = claims["$10 billion annually"]
    assert claim.frame.quantity == "demand" and claim.verdict == "supported", claim.evidence


def test_a_us_proposal_is_a_demand_and_an_offer_clause_is_not_contradicted():
    claims = read_claims("U.S. President Donald Trump has reportedly proposed 1.3 billion dollars for South Korea's "
                         "share with a one-year term.", "2020-05-15")
    assert claims["1.3 billion dollars"].frame.quantity == "demand"
    claims = read_claims("The South Korean government has previously suggested a five-year agreement with 1.3 billion "
                         "dollars paid in the fifth year.", "2020-05-15")
    assert claims["1.3 billion dollars"].verdict != "contradicted", claims["1.3 billion dollars"].evidence


def test_a_year_after_a_which_is_restatement_binds_the_amount():
    claims = read_claims("Under such a plan, Seoul will pay about 1.17 trillion won this year while the annual figure "
                         "will go up about seven percent every year to approximately 1.54 trillion won, which is "
                         "similar to 1.3 billion dollars, in 2024, the last year of the plan.", "2020-05-15")
    assert claims["approximately 1.54 trillion won"].frame.years == (2024,)
    assert claims["approximately 1.54 trillion won"].verdict != "contradicted"
    assert claims["1.3 billion dollars"].frame.quantity == "conversion"


def test_a_rate_joined_to_an_offered_rise_is_an_offer():
    claims = read_claims("The South Korean government has presented a plan to increase its share of defense costs for "
                         "this year by 13 percent from the previous year and apply an annual increase rate of seven to "
                         "eight percent for the next five years.", "2020-05-15")
    assert {c.frame.quantity for c in claims.values() if "percent" in c.exact} == {"offer"}
    assert all(c.verdict != "contradicted" for c in claims.values())


def test_an_exchange_rate_note_is_not_a_payment():
    claims = read_claims("In March, Seoul signed up to pay W1.039 trillion for this year's share, up 8.2 percent "
                         "(US$1=W1,180).", "2019-06-01")
    assert claims["US$1"].frame.quantity == "other" and claims["US$1"].verdict != "contradicted"
    assert claims["W1.039 trillion"].verdict == "supported", claims["W1.039 trillion"].evidence


@pytest.mark.parametrize(("published", "text", "exact", "years", "verdict"), [
    # a sum named by a US actor after it is his demand, of the year it was named
    ("2024-10-20", "Analysts say the $10 billion yearly sum floated by Donald Trump is about nine times what "
     "Seoul will pay after 2026.", "$10 billion yearly", (2024,), "supported"),
    # having Seoul pay a sum, then another: a demand of both
    ("2024-10-20", "Trump said that while in office he wanted to have Seoul pay $2 billion at first and then "
     "$5 billion in the second year.", "$5 billion", None, "supported"),
    # a sum used as a baseline keeps the year of the article, not of the sum counted from it
    ("2020-05-15", "Under Trump's counterproposal, next year's amount would be negotiated using 1.3 billion dollars "
     "as a baseline.", "1.3 billion dollars", (2020,), "supported"),
])
def test_a_sum_the_us_side_names_is_a_demand(published, text, exact, years, verdict):
    claim = read_claims(text, published)[exact]
    assert claim.frame.quantity == "demand" and years in (None, claim.frame.years), claim.frame
    assert claim.verdict == verdict, claim.evidence


def test_a_multiple_to_a_demanded_amount_is_judged_against_the_year_it_was_demanded():
    claims = read_claims("In the last talks Washington demanded a steep rise, reportedly a fivefold increase to "
                         "$5 billion.", "2024-03-21")
    claim = claims["a fivefold increase"] if "a fivefold increase" in claims else claims["fivefold"]
    assert claim.frame.modality == "demand" and claim.verdict == "supported", claim.evidence
    claims = read_claims("In the last talks Washington demanded a steep rise, reportedly a twentyfold increase to "
                         "$5 billion.", "2024-03-21")
    claim = next(c for c in claims.values() if "twentyfold" in c.exact)
    assert claim.verdict != "supported", claim.evidence


def test_a_count_of_times_said_is_not_a_multiple():
    claims = read_claims("The paper counted that he claimed 40 times that allies pay nothing.", "2019-10-01")
    assert claims["40 times"].frame.quantity == "other" and claims["40 times"].verdict == "not_checkable"
    claims = read_claims("He wants Seoul to pay five times what it paid in 2019.", "2019-10-01")
    assert claims["five times"].frame.quantity == "ratio"


def test_first_person_words_after_a_named_speaker_and_colon_are_his():
    claims = read_claims("Donald Trump, at a rally in October: If I were in office, I would have paid $10 billion a "
                         "year.", "2025-01-21")
    claim = next(c for c in claims.values() if "10 billion" in c.exact)
    assert claim.frame.quantity == "demand" and claim.frame.actor == "donald-trump", claim.frame
    assert claim.verdict == "supported", claim.evidence


def test_a_headline_percent_takes_the_frame_of_the_body_figure_it_summarises():
    claims = {c.exact: c for c in check.check_text(
        "Trump raises price tag in Korea almost 500%\n\nTrump is demanding that South Korea pay roughly 500% more in "
        "2020 to cover the cost of keeping US troops there.", "2019-11-14").claims}
    headline = claims["almost 500%"]
    assert (headline.frame.quantity, headline.verdict) == ("demand", "supported"), headline.evidence


# One figure per row, in invented sentences: the words around it decide its quantity, and the verdict follows.
# Each row: published | exact | quantity | verdict | text (an indented line goes on with the text; "#" lines say
# what the rows below show).
FRAMED_BY_ITS_WORDS = """
# a sum someone would have made Seoul spend is a hypothetical demand; one he "had made" it pay, a claimed fact
2024-10-20 | $10 billion annually | demand | supported | Trump said that, were he still in office, he would have made
    them spend $10 billion annually on U.S. troops in Korea.
2019-02-13 | $500 million | sma_change | contradicted | Trump claimed he had made Seoul pay $500 million more for the
    troops.
# a sum under a plan is the plan's (an offer); one a US actor tells aides to obtain is a demand
2020-05-15 | about 1.17 trillion won | offer | supported | Seoul has put forward a plan to raise its share by 13
    percent. Under such a plan, it would hand over about 1.17 trillion won this year.
2020-05-15 | 1.3 billion dollars | demand | supported | President Donald Trump told aides to obtain 1.3 billion
    dollars from Seoul this year.
# pressure for a sum is a demand; paying under pressure is a payment
2021-03-10 | close to 5.5 trillion won a year | demand | supported | The deal ended the pressure from Washington for
    Seoul to pay close to 5.5 trillion won a year.
2019-12-01 | 1.0389 trillion won | sma_payment | supported | Under US pressure, Seoul paid 1.0389 trillion won in
    2019.
# a threat's condition on a sum, pushing or forcing Seoul to pay it: demands; "forced Seoul to pay" a fact
2020-06-22 | $5 billion a year | demand | supported | The president threatened to withdraw troops unless Seoul paid $5
    billion a year.
2020-06-22 | $5 billion | demand | supported | He warned that if South Korea didn't hand over $5 billion, the troops
    would go home.
2019-11-20 | $5 billion | demand | supported | Washington keeps pushing for Seoul to pay $5 billion, officials said.
2019-11-20 | $4.7 billion | demand | supported | The US side wants to force Seoul to pay $4.7 billion next year.
2019-11-20 | $900 million | sma_payment | supported | Trump forced Seoul to pay $900 million in 2019.
# a floor proposed by the paid side is its demand, by the paying side its offer
2019-02-11 | $1.2 billion | demand | unverifiable | The amount is below the $1.2 billion proposed by the US as a
    floor.
2019-02-11 | $1.2 billion | offer | unverifiable | The amount is below the $1.2 billion proposed by Seoul as a floor.
# "will have to pay" is a demand when a US speaker sets a condition, else what the deal makes Seoul pay
2024-10-16 | $10 billion a year | demand | supported | Trump said that if he is elected, South Korea will have to pay
    $10 billion a year.
2024-10-16 | 1.5192 trillion won | sma_payment | supported | A U.S. official said South Korea will have to pay 1.5192
    trillion won in 2026.
# an unspaced dash ends a phrase; the two ends of a range share the demand word
2025-07-01 | $10 billion | demand | supported | Trump has urged Seoul to pay much more—perhaps $5 billion to $10
    billion—and to lift defense spending to 5% of GDP.
2020-03-31 | about $4 billion | demand | unverifiable | Washington had initially asked for $5 billion, then lowered it
    to about $4 billion.
# the whole a fraction is of is not what Seoul pays
2019-11-20 | about $2 billion | other | not_checkable | Korea pays about half of the non-personnel stationing costs,
    which total about $2 billion.
# troops kept by the money are not a troop count; a cut in troops is
2019-11-15 | 400 percent | demand | supported | Trump wants to raise the price of stationing American troops in Korea
    by 400 percent.
2019-11-15 | 10 percent | troops | not_checkable | Trump wants to cut the number of troops in Korea by 10 percent.
# "to X from the proposed Y": Y is the same quantity as X
2025-07-01 | 25% | tariffs | not_checkable | Washington cut the tariff to 15% from the proposed 25%.
# a cue of another quantity after a figure belongs to the figure between them
2019-02-11 | 960.2 billion won | sma_payment | supported | Seoul's 2018 share of 960.2 billion won rose with an 8.2%
    increase in the defense budget.
2019-02-11 | 8.2% increase | defence_budget | not_checkable | Seoul's 2018 share of 960.2 billion won rose with an
    8.2% increase in the defense budget.
# "X won (N%) more than last year": an amount of change and its percent, right or wrong
2019-02-11 | 78.7 billion won | sma_change | supported | Seoul will pay 1.04 trillion won, or 78.7 billion won (8.2%)
    more than last year.
2019-02-11 | 8.2% | sma_change | supported | Seoul will pay 1.04 trillion won, or 78.7 billion won (8.2%) more than
    last year.
2019-02-11 | 98.7 billion won | sma_change | contradicted | Seoul will pay 1.04 trillion won, or 98.7 billion won
    (8.2%) more than last year.
# a ceiling on rises does not modify the amount before it
2014-01-12 | increases capped at 4 percent | other | not_checkable | The ninth SMA sets Seoul's share at 920 billion
    won this year, up 5.8 percent, with increases capped at 4 percent.
# a later mention of a figure put forward earlier refers back to it, unless its own verb frames it
2019-11-15 | $4.7 billion | demand | supported | Trump demanded $4.7 billion for 2020. Officials doubt the $4.7
    billion figure.
2019-11-15 | $4.7 billion | other | not_checkable | Trump demanded $4.7 billion for 2020. Officials say troops would
    cost $4.7 billion.
2019-12-27 | 10 percent increase | forecast | unverifiable | Experts expect a 10 percent increase for next year. They
    said Seoul loses nothing from a deal with a 10 percent increase.
# an agreed rise with no year is some agreement's first rise (a wrong one, or one with a year, is not fished)
2024-03-05 | 13.9% | sma_change | supported | Seoul agreed to increase its contribution by 13.9% under the last deal,
    the largest annual increase in nearly two decades.
2024-03-05 | the largest annual increase in nearly two decades | sma_change | supported | Seoul agreed to increase its
    contribution by 13.9% under the last deal, the largest annual increase in nearly two decades.
2024-03-05 | 15% | sma_change | unverifiable | Seoul agreed to increase its contribution by 15% under the last deal.
2024-03-05 | 13.9% | sma_change | unverifiable | Seoul agreed to increase its contribution by 13.9% this year.
# another country's payment (named as a sentence's first word, so not tagged) is not Seoul's
2019-11-20 | about $2 billion a year | other | not_checkable | Japan pays about $2 billion a year under its own
    host-nation support deal.
# the base a multiple is of, named with a possessive year ("this year's X"), is the payment
2019-11-07 | 1.04 trillion won | sma_payment | supported | The U.S. reportedly demanded 6 trillion won, about five
    times this year's 1.04 trillion won.
# what the US side itself spends, and a part of a project's cost, are not Seoul's payment
2019-11-20 | about $13 billion a year | other | not_checkable | Under the cost-sharing deal, the U.S. spends about $13
    billion a year on its forces in Korea.
2019-11-20 | $9.7 billion | other | not_checkable | Seoul covered $9.7 billion of the $10.7 billion cost of building
    Camp Humphreys under the cost-sharing deal.
2025-07-09 | 1.52 trillion won | sma_payment | supported | Seoul and Washington signed the 12th SMA, under which Korea
    is to pay 1.52 trillion won next year.
# a sum paid "since <year>" is a total of the years since (no range to add up: unverifiable, never contradicted)
2021-03-10 | more than 20 trillion won | sma_total | unverifiable | Seoul has paid more than 20 trillion won since 1991
    under the cost-sharing agreements.
# a cue of another quantity before a second verb of paying is not the paid sum's
2025-10-30 | 1.5 trillion won | sma_payment | supported | Lee said Seoul would raise defense spending to 3.5 percent of
    GDP and pay 1.5 trillion won next year for U.S. troops.
# another country's rise is not Seoul's
2019-11-20 | rose 1.4 percent | other | not_checkable | Tokyo's contribution rose 1.4 percent in 2019.
2019-11-20 | rose 1 percent | other | not_checkable | Under the cost-sharing deal, Seoul raised its payment 8.2 percent
    in 2019, while Japan's support rose 1 percent.
# the start of a lowered demand was asked, not paid
2020-01-20 | $5 billion | demand | supported | The US has lowered its demand from $5 billion to about $4 billion,
    sources said.
# a floor or ceiling on a dollar figure holds within the rate's yearly spread, not beyond
2025-08-22 | over $1 billion a year | sma_payment | supported | Seoul pays over $1 billion a year for the troops.
2025-08-22 | over $1.2 billion a year | sma_payment | contradicted | Seoul pays over $1.2 billion a year for the
    troops.
2025-08-22 | less than $950 million a year | sma_payment | supported | Seoul pays less than $950 million a year for
    the troops.
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    """Return the rows of a "|"-separated table: an indented line continues the row above; "#" lines are left out."""
    rows: list[str] = []
    for line in table.splitlines():
        if line.startswith("    ") and rows:
            rows[-1] += " " + line.strip()
        elif line.strip() and not line.startswith("#"):
            rows.append(line)
    return [tuple(x.strip() for x in row.split(" | ", 4)) for row in rows]


@pytest.mark.parametrize(("published", "exact", "quantity", "verdict", "text"), _rows(FRAMED_BY_ITS_WORDS))
def test_a_figure_is_framed_by_its_own_words(published, exact, quantity, verdict, text):
    claim = read_claims(text, published)[exact]
    assert claim.frame.quantity == quantity, claim.frame
    assert claim.verdict == verdict, claim.evidence


def test_date_marks_call_a_date_too_coarse_by_the_tolerances_the_report_was_checked_with():
    text = "T\n\nSeoul paid 1 trillion won this year."
    coarse = check.date_marks(check.check_text(text, "2019-11-16")).set_index("exact").loc["this year", "note"]
    wide = check.Tolerances(max_dated_days=400)
    fine = check.date_marks(check.check_text(text, "2019-11-16", tolerances=wide)).set_index("exact").loc["this year",
                                                                                                      "note"]
    assert coarse.startswith("too coarse") and not fine.startswith("too coarse")
