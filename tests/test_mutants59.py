"""Wrong figures the checker missed, found by mutating right dev figures (mut59, seventeenth session; issue #10).

:mod:`analysis.mutants` applies wire-desk errors (a unit slip, won printed as dollars, a conversion or a payment off,
a percent doubled, a year moved, a troop count off, two digits transposed) to every right, ``supported`` dev figure
and re-runs ``check``. The uncaught mutants, read by class, gave the rows of tests/cases/test_mutants59.csv (my own
sentences, made-up numbers, with controls; written before the rules; columns as tests/test_years47.py):

- ``FAR_ABOVE``: a count of US troops more than ``Tolerances.troops_far_factor`` times the level, which its own clause
  places in Korea after it ("82,500 U.S. troops are stationed in South Korea", "the 82,500-strong U.S. Forces
  Korea"), is the level misstated, not another force: ``contradicted`` (was ``not_checkable``, as troops abroad,
  another country's or a part of the force still are).
- ``HEDGE_ABOVE``: "almost", "nearly", "close to", "just under" N with the level more than
  ``Tolerances.just_below_rel`` below N is false ("almost 34,000" of 28,500 was ``not_checkable``); a ceiling ("up to
  N") stays true under it.
- ``CLAUSE_YEAR``: a payment whose year its clause gives before it ("Under this year's deal, struck in March, Seoul
  agreed to pay 1.40 trillion won") was withheld as "its year comes from a date outside the figure's own phrase"
  though no year's payment on record fits it; now ``contradicted`` when every year near its own has a sourced payment
  (rules.no_year_fits), while another year's fit, a year the data lack, a garbled print, an ask or offer on record and
  a year told after the figure keep the doubt.
- ``SLIP_ROW``: a demand in the wrong unit named the first ask within 10 % ("$5 million is the demand of $4.7
  billion"); it names the ask its digits are (rules.slip_distance). Its ``want`` is the ask the evidence must name.
- ``WON_DOLLARS``: a dollar figure restated in brackets by a larger dollar figure that is its won equivalent at the
  year's rate ("$5 billion (about $5.8 trillion)") was "Only won-dollar conversions are checked"; it is the won
  equivalent printed as dollars: ``contradicted`` (rules.dollars_for_won).

Last, the ratchet: the mutation sample (:data:`analysis.mutants.SAMPLE_PER_OPERATOR` figures per operator, a fixed
order) keeps each operator's catch rate at least at the floor in tests/mutants59_floor.json, and every control (the
unmutated right figure) stays ``supported`` but those the floor file lists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_years47
from conftest import case_tables, cases, claims_test

from analysis import mutants
from analysis.paths import ROOT

ROWS = case_tables("test_mutants59")  # tests/cases/test_mutants59.csv
#: Rows whose ``want`` is the ask the evidence must name (the claim is caught, or supported for a control).
SLIP_ROW = ROWS.pop("SLIP_ROW")
FLOOR = Path(__file__).with_name("mutants59_floor.json")

#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_mutants59_claims = claims_test(test_years47.check_years47_claims, **ROWS)


@pytest.mark.parametrize(("published", "text", "exact", "names"), cases(SLIP_ROW=SLIP_ROW))
def test_slip_names_its_ask(published: str, text: str, exact: str, names: str) -> None:
    """A demand in the wrong unit is caught with the ask its digits are in its evidence."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert verdict in ("contradicted", "misleading", "supported") and f"of {names}" in (evidence or ""), evidence


def test_tables() -> None:
    """Each class keeps its rows and its controls."""
    assert {name: len(rows) for name, rows in ROWS.items()} == {
        "FAR_ABOVE": 22, "HEDGE_ABOVE": 15, "CLAUSE_YEAR": 18, "WON_DOLLARS": 12}
    assert len(SLIP_ROW) == 10


def test_mutants_keep_their_floor() -> None:
    """Each operator catches at least its floor of the sample's mutants; no control but the listed ones goes wrong."""
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    tallies, bad = mutants.measure(ROOT / "tests" / "corpus", floor["sample"])
    rates = {name: (t.caught, t.applied) for name, t in tallies.items()}
    for name, least in floor["floor"].items():
        caught, applied = rates[name]
        assert applied and caught / applied >= least - 1e-9, (name, rates[name], least)
    wrong = {f"{t.article_id}|{t.item.get('exact')}" for t in bad}
    assert wrong <= set(floor["controls_wrong"]), sorted(wrong - set(floor["controls_wrong"]))


def test_a_folder_that_is_no_corpus_gets_one_line_and_exit_2(tmp_path, capsys) -> None:
    """Bad input to ``python -m analysis.mutants``: one line naming the folder and what to give, exit 2."""
    from analysis.mutants import main

    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(tmp_path) in err and "index.csv" in err
