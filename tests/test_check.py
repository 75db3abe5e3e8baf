"""Claim checks: verdicts follow the data and the rules, never the one article."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis import check, paths

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


def test_without_the_demand_rows_the_demand_is_unverifiable():
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
            "$8 billion a year": "contradicted",  # no such demand reported
        }),
        ("no-claims.txt", {}),
        ("../../../data/articles/2024-10-16-trump-10-billion.txt", {
            "$10 Billion a Year": "unverifiable",  # the headline alone is no sentence the claims step can frame
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
    assert dataclasses.is_dataclass(check.TOLERANCES)
    assert check._compare(891e6, 1e9, None, dataclasses.replace(check.TOLERANCES, same_rel=0.2))[0] == "supported"


def test_a_wire_dateline_is_not_a_claim():
    report = check.check_text("T\nOctober 16, 2024\n\nSEOUL, Oct. 16 (Yonhap) - Donald Trump said on Tuesday that "
                              "Seoul would be paying $10 billion a year.")
    assert [c.exact for c in report.claims if c.kind == "dated"] == ["on Tuesday"]
