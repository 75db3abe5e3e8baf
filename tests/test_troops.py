"""troops (thirteenth session): counts of US troops in South Korea are found (span kind ``count``), framed (quantity
``troops``: whose, what number, which year, how told) and judged against ``data/troops.csv`` (rule ``troops_stated``).

Classes (made-up sentences; the figures are the kinds news copy gives, the names and places generic):

- A, the level reported: "Some 28,500 U.S. troops are stationed in South Korea", "the 28,500-strong USFK", "more
  than 26,000 personnel", "nearly 30,000 troops", "some 28-thousand troops", "4,000 to 5,000 troops" (a range) —
  supported within ``Tolerances.troops_rel`` of the year's figure or true under the hedge;
- B, a wrong level said or quoted: "We have 40,000 soldiers", "Forty thousand of our troops", "45-thousand American
  troops", "over 40,000 troops" — contradicted, with the right figure, year and data row in the evidence;
- C, controls that must stay not checkable (never judged): another country's troops (Japan's 54,000, the US forces
  in Germany, 1.2 million North Korean soldiers, South Korea's army), a number to withdraw, move or add ("withdraw
  4,500 troops", "4,500 more troops", "4,500 troops would be pulled out"), a level proposed ("could keep 20,000
  soldiers", "cut to 10,000"), a floor in a law ("a law bars cutting below 28,500"), a count far from any level
  (a unit, an army), and no count at all ("5,000 members of the union", "28,500 won", "In 2019 troops left");
- D, the data decide: the same sentence is supported or contradicted as a fixture table says, unverifiable for a
  year no row covers.
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest
from conftest import cases, merged, read_claims, run_rows, table
from test_adversarial import _work, counter  # noqa: F401 (counter is a fixture)

from analysis import check
from analysis.extract import annotate
from analysis.extract.counts import find_counts
from analysis.rules import TOLERANCES, Tables, count_verdict

#: A sentence that puts a test in the cost-sharing story (the talks and the troops) without a count of its own.
LEAD = "Seoul and Washington are in talks on sharing the cost of the U.S. military presence in Korea. "
PUBLISHED = "2024-10-16"

FOUND = table(r"""
text | exact | count | count_to | bound
# numbers in digits, with a hedge, a range, a scale word, in words, in a headline
About 28,500 US troops are stationed in South Korea. | About 28,500 US troops | 28500 | None | approx
It has more than 26,000 personnel there. | more than 26,000 personnel | 26000 | None | more_than
the 28,500-strong U.S. Forces Korea | 28,500-strong | 28500 | None | None
Some 28-thousand troops are there. | Some 28-thousand troops | 28000 | None | approx
Forty thousand of our troops are in danger. | Forty thousand of our troops | 40000 | None | None
Lawmakers Approve Deal To Maintain 28500 Soldiers | 28500 Soldiers | 28500 | None | None
a withdrawal of 4,000 to 5,000 troops | 4,000 to 5,000 troops | 4000 | 5000 | None
a presence of 28,000-32,000 personnel | 28,000-32,000 personnel | 28000 | 32000 | None
the 28-thousand-500-strong force | 28-thousand-500-strong | 28500 | None | None
nearly 30,000 American service members | nearly 30,000 American service members | 30000 | None | less_than
1.2 million North Korean soldiers | 1.2 million North Korean soldiers | 1200000 | None | None
""")

NOT_FOUND = table("""
text
Seoul paid 28,500 won for each ticket.
In 2019 troops left the base.
The forces of the market drove prices up 5 percent.
""")


@pytest.mark.parametrize(("text", "exact", "count", "count_to", "bound"), cases(FOUND=FOUND))
def test_counts_are_found_with_their_value(text: str, exact: str, count: str, count_to: str | None,
                                          bound: str | None) -> None:
    found = {x: v for _, _, x, v in find_counts(text)}
    assert exact in found, found
    v = found[exact]
    assert (v["count"], v["count_to"], v["bound"]) == (int(count), count_to and int(count_to), bound)


@pytest.mark.parametrize("text", cases(NOT_FOUND=NOT_FOUND))
def test_no_count_in_other_numbers(text: str) -> None:
    assert find_counts(text) == []


LEVEL = table("""
sentence | exact | verdict
# A: the level reported, plain or hedged, against the year's figure (28,500)
About 28,500 U.S. troops are stationed in South Korea. | About 28,500 U.S. troops | supported
The 28,500-strong USFK has its headquarters at a base south of the capital. | 28,500-strong | supported
The Pentagon keeps more than 26,000 personnel in the country. | more than 26,000 personnel | supported
The talks cover the cost of nearly 30,000 troops on the peninsula. | nearly 30,000 troops | supported
Seoul pays part of the upkeep of some 28-thousand troops in South Korea. | some 28-thousand troops | supported
Seoul hosts roughly 28,000 US troops as a legacy of the 1950-1953 war. | roughly 28,000 US troops | supported
Some 28,500 American troops are based there, meant to deter North Korea. | Some 28,500 American troops | supported
The minister spoke of the presence of 28,000-32,000 personnel in Korea. | 28,000-32,000 personnel | supported
Seoul hosts more than 28,500 American troops under a defence treaty. | more than 28,500 American troops | supported
# B: a wrong level said or quoted
"We have 40,000 soldiers in harm's way," the former president said. | 40,000 soldiers | contradicted
"Forty thousand of our troops are in a precarious position," he said. | Forty thousand of our troops | contradicted
He falsely claimed that 45-thousand American troops were in Korea. | 45-thousand American troops | contradicted
"We maintain over 40,000 troops there," the president said. | over 40,000 troops | contradicted
"We got 32,000 soldiers on South Korean soil," he said. | 32,000 soldiers | contradicted
# C: controls — another country's troops, a number to move, a plan, a floor, far off
Tokyo hosts about 54,000 U.S. troops, the most anywhere. | about 54,000 U.S. troops | not_checkable
The US keeps 34,500 American troops in Germany. | 34,500 American troops | not_checkable
The North fields 1.2 million North Korean soldiers. | 1.2 million North Korean soldiers | not_checkable
The South Korean military has 500,000 active-duty soldiers. | 500,000 active-duty soldiers | not_checkable
The Pentagon may withdraw 4,500 troops from South Korea. | 4,500 troops | not_checkable
Washington weighs pulling out between 4,000 to 5,000 troops from the peninsula. | 4,000 to 5,000 troops | not_checkable
The Army will send 4,500 more troops to the peninsula. | 4,500 more troops | not_checkable
Officials said 4,500 troops would be pulled out of Korea next year. | 4,500 troops | not_checkable
A plan would cut the presence to 10,000 troops in Korea. | 10,000 troops | not_checkable
A law bars cutting the force in Korea below 28,500 troops. | below 28,500 troops | not_checkable
"We're putting the number down to 25,000 soldiers," he said of Korea. | 25,000 soldiers | not_checkable
The brigade of 4,500 soldiers trains north of the capital. | 4,500 soldiers | not_checkable
It has an active force of 625,000 troops, with Americans stationed there too. | 625,000 troops | not_checkable
The war cost the lives of nearly 5,000 soldiers in Vietnam. | nearly 5,000 soldiers | not_checkable
5,000 members of the union went on strike over unpaid wages. | 5,000 members | not_checkable
# A and B with a weak noun (members) tied to the military, or a bare number of a troop sentence
He meant the 28,500 members of the USFK. | 28,500 members | supported
He put the US troops in Korea at 42,000, but the actual number is 28,500. | 28,500 | supported
He put the US troops in Korea at 42,000, but the actual number is 28,500. | 42,000 | contradicted
He cannot pull out all 28,500, the analyst said of the troops in Korea. | 28,500 | supported
# C: a bare number whose clause names no troops is never contradicted (a denied one is: "not 42,000")
US troops in Korea number closer to 27,000, not 42,000. | 42,000 | contradicted
Plans would cut the troops in Korea below the current level of 28,500. | 28,500 | supported
He spoke of the troops in Korea; last year he put the number as 35,000. | 35,000 | not_checkable
The troops live on a base with a population of more than 30,000. | more than 30,000 | not_checkable
The camp is home to 36,000 soldiers and their families. | 36,000 soldiers | not_checkable
The US presence in Korea was cut from 37,000 troops over a decade. | 37,000 troops | not_checkable
""")


def check_troop_counts_are_judged_by_class(sentence: str, exact: str, verdict: str) -> None:
    claims = read_claims(LEAD + sentence, PUBLISHED)
    claim = claims.get(exact)
    assert claim is not None, list(claims)
    assert (claim.kind, claim.frame.quantity, claim.verdict) == ("count", "troops", verdict), claim.evidence


@pytest.mark.parametrize("rows", merged(cases(LEVEL=LEVEL)))
def test_troop_counts_are_judged_by_class(rows: list[object]) -> None:
    run_rows(check_troop_counts_are_judged_by_class, rows)


def test_a_contradicted_count_names_the_right_figure_year_and_row() -> None:
    claim = read_claims(LEAD + '"We have 40,000 soldiers there," he said.', PUBLISHED)["40,000 soldiers"]
    assert claim.verdict == "contradicted"
    assert "28,500" in claim.evidence and "2024" in claim.evidence
    assert claim.rows and claim.rows[0].startswith("troops:") and claim.sources


NO_CLAIM = table("""
sentence
# C: no count, so no troop claim at all (the money stays what it was)
Each union member lost 28,500 won in unpaid wages.
""")


@pytest.mark.parametrize("sentence", cases(NO_CLAIM=NO_CLAIM))
def test_no_troop_claim_without_a_count(sentence: str) -> None:
    claims = check.check_text("T\n\n" + LEAD + sentence, PUBLISHED).claims
    assert not [c for c in claims if c.kind == "count" or (c.frame and c.frame.quantity == "troops")]


def _tables_with(rows: list[tuple[int, int, int]]) -> Tables:
    """The real tables with a fixture troops table (from_year, to_year, troops)."""
    fixture = pd.DataFrame([{"from_year": a, "to_year": b, "troops": n, "kind": "stated_level", "as_of": None,
                             "source_ids": ["fixture"], "note": ""} for a, b, n in rows])
    return dataclasses.replace(Tables.load(), troops=fixture)


DATA = table("""
level | sentence | verdict
# D: the verdict follows the table: the same sentence against another level, or a year no row covers
40000 | "We have 40,000 soldiers there," he said of Korea. | supported
28500 | "We have 40,000 soldiers there," he said of Korea. | contradicted
37000 | About 28,500 U.S. troops are stationed in South Korea. | contradicted
None | About 28,500 U.S. troops are stationed in South Korea. | unverifiable
""")


@pytest.mark.parametrize(("level", "sentence", "verdict"), cases(DATA=DATA))
def test_the_verdict_follows_the_table(level: str | None, sentence: str, verdict: str) -> None:
    tables = _tables_with([(2020, 2026, int(level))] if level else [(2001, 2003, 37000)])
    report = check.check_text("T\n\n" + LEAD + sentence, PUBLISHED, tables=tables)
    got = [c.verdict for c in report.claims if c.kind == "count"]
    assert got == [verdict], [c.evidence for c in report.claims]


def test_the_threshold_is_a_tolerance() -> None:
    loose = dataclasses.replace(TOLERANCES, troops_rel=0.15)
    assert count_verdict({"count": 32000}, 28500) == "contradicted"
    assert count_verdict({"count": 32000}, 28500, loose) == "supported"


def test_claims_frame_and_verdict_table_carry_the_count_kind() -> None:
    report = check.check_text("T\n\n" + LEAD + "About 28,500 U.S. troops are stationed in South Korea.", PUBLISHED)
    frame = check.claims_frame(report)
    assert frame.loc[frame.kind == "count", "quantity"].tolist() == ["troops"]
    assert int(check.verdict_table(report).loc["count", "supported"]) == 1
    assert report.to_dict()["claims"][0]["frame"]["quantity"] == "troops"


@pytest.mark.parametrize("shape", ["28,500 troops ", "the 28,500-strong ", "troops soldiers personnel forces ",
                                   "4,000 to 5,000 ", "Forty thousand of our "])
def test_the_finder_is_linear(counter: list[int], shape: str) -> None:  # noqa: F811 (the fixture)
    """Four times the text costs about four times the regex work (characters searched, counted as
    tests/test_adversarial.py counts them: no clock, so a busy machine cannot fail it), not sixteen."""
    small, large = ("T\n\nNovember 16, 2019\n\n" + shape * (size // len(shape)) for size in (40_000, 160_000))
    w_small, w_large = _work(counter, small), _work(counter, large)
    assert w_large <= 8 * max(w_small, len(small)), (w_small, w_large)


def test_the_seed_has_no_count() -> None:
    from analysis.paths import SEED_ARTICLE

    assert not annotate(SEED_ARTICLE.read_text(encoding="utf-8")).of_kind("count")
    assert re.search(r"\d", SEED_ARTICLE.read_text(encoding="utf-8"))
