"""Claim verdicts of session 56 (verd56, issue #10): a generated battery (tests/claims56_probes.py) of figures of the
SMA payment, its change, asks, offers, forecasts and other quantities told near words of paying, judged by an oracle of
this module that reads data/*.csv with the standard library and the corpus Conventions (tests/corpus/README.md).

A right figure of any kind is never `contradicted` nor `misleading`; a wrong payment or change told in its own clause
is caught; a figure of another quantity, a forecast, an offer or an ask the record lacks is never called false.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import claims56_probes
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
CAUGHT = ("contradicted", "misleading")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@cache
def _won() -> dict[int, float]:
    return {int(r["year"]): float(r["krw_billion"]) for r in _rows("sma_contributions") if r["krw_billion"]}


def oracle(probe: claims56_probes.Probe) -> str:
    """Return the verdict a careful reader gives the probe's figure from data/*.csv and the Conventions: a verdict,
    "caught" (contradicted or misleading) or "not_checkable" (no verdict).

    >>> oracle(claims56_probes.Probe("2019-03-01", "", "", "payment", 2019, 1038.9, ""))
    'supported'
    >>> oracle(claims56_probes.Probe("2019-03-01", "", "", "change", 2019, 12.2, ""))
    'caught'
    """
    won, k, v = _won(), probe.klass, probe.value
    if k == "payment":
        return "supported" if abs(v / won[probe.year] - 1) <= 0.10 else "caught"
    if k == "change":
        right = (won[probe.year] / won[probe.year - 1] - 1) * 100
        return "supported" if abs(v - right) <= 0.5 else "caught"
    if k == "demand":
        if probe.value is None or probe.wording == "hypothetical":
            return "not_contradicted"  # an ask worded as a payment, a remark of what Seoul would pay
        rows = [r for r in _rows("demands") if r["kind"] == "demand" and r["currency"] == "USD"
                and r["date"][:4] == probe.published[:4] and abs(float(r["amount"]) / v - 1) <= 0.10]
        return "supported" if rows else "unverifiable"
    if k == "offer":  # an offer is never judged by what happened later, only against the offers on record
        rows = [r for r in _rows("offers") if int(r["for_year"]) == probe.year and float(r["percent"]) == v]
        return "supported" if rows else "unverifiable"
    if k in ("forecast", "change_plan", "offer_amount", "cost_plus", "payment_context"):
        return "not_contradicted"  # never judged by what happened later; an ask or plan; a payment on context alone
    if k == "troops":
        levels = [float(r["troops"]) for r in _rows("troops") if r["kind"] == "stated_level"
                  and int(r["from_year"]) <= probe.year <= int(r["to_year"])]
        return "supported" if any(abs(v / lv - 1) <= 0.10 for lv in levels) else "caught"
    return "not_checkable"


def grade(want: str, verdict: str | None) -> str:
    """Return how a verdict meets the oracle: "ok", "hard" (a right figure or another quantity called false, or a
    forecast, offer or ask judged false), "miss" (a wrong payment or change not caught) or "soft" (another miss).

    >>> grade("supported", "misleading"), grade("caught", "unverifiable"), grade("not_checkable", None)
    ('hard', 'miss', 'ok')
    """
    if want == "caught":
        return "ok" if verdict in CAUGHT else "miss"
    if verdict in CAUGHT:
        return "hard"
    if want == "not_contradicted":
        return "ok"
    if want == "not_checkable":
        return "ok" if verdict in (None, "not_checkable") else "soft"
    return "ok" if verdict == want else "soft"


def verdict_of(probe: claims56_probes.Probe) -> tuple[str | None, str | None]:
    """Return the verdict and evidence of the claim on the probe's figure (None, None when no claim holds it)."""
    from analysis import check

    at = re.search(r"(?<![\d.,])" + re.escape(probe.needle), probe.text.split("\n\n", 2)[2])
    at = len(probe.text) - len(probe.text.split("\n\n", 2)[2]) + at.start()
    claims = [c for c in check.check_text(probe.text, probe.published).claims if c.start <= at < c.end]
    return (claims[0].verdict, claims[0].evidence) if claims else (None, None)


def tally() -> tuple[Counter[tuple[str, str]], list[tuple[str, str, str, str | None, str | None]]]:
    """Return the grades counted per class and the probes not graded "ok" (class, grade, text, verdict, evidence)."""
    counts: Counter[tuple[str, str]] = Counter()
    bad = []
    for probe in claims56_probes.PROBES:
        verdict, evidence = verdict_of(probe)
        g = grade(oracle(probe), verdict)
        counts[probe.klass, g] += 1
        if g != "ok":
            bad.append((probe.klass, g, probe.text.split("\n\n", 2)[2].strip(), verdict, evidence))
    return counts, bad


def test_battery_size() -> None:
    assert len(claims56_probes.PROBES) >= 300


@pytest.fixture(scope="module")
def graded() -> tuple[Counter[tuple[str, str]], list[tuple[str, str, str, str | None, str | None]]]:
    return tally()


def test_no_right_figure_called_false(graded) -> None:
    """No right figure, other quantity, forecast, offer or ask is called contradicted or misleading."""
    assert not [b for b in graded[1] if b[1] == "hard"]


def test_wrong_payments_caught(graded) -> None:
    """Every wrong payment or change told in its own clause is caught."""
    assert not [b for b in graded[1] if b[1] == "miss"]


if __name__ == "__main__":
    counts, bad = tally()
    for b in bad:
        print(*b, sep=" | ")
    classes = sorted({k for k, _ in counts})
    print(f"{'class':18} ok hard miss soft")
    for k in classes:
        print(f"{k:18} {counts[k, 'ok']:3} {counts[k, 'hard']:4} {counts[k, 'miss']:4} {counts[k, 'soft']:4}")
    print("total", sum(counts.values()), {g: sum(v for (_, gg), v in counts.items() if gg == g)
                                          for g in ("ok", "hard", "miss", "soft")})
