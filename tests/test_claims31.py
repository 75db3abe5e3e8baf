"""Metamorphic copies of dev articles (claims31): one right, ``supported`` figure of a real dev sentence changed.

For every dev claim whose expected item says the figure is right and ``supported`` (tests/corpus/expected, split
``dev`` of tests/corpus/index.csv only: held-out articles are never read), copies of the article are made in which
only that figure's digits change (or its unit word, for a unit slip), each new figure computed from data/ and
:class:`analysis.rules.Tolerances` (never typed in):

- ``x1.4`` / ``x0.6``: the stated figure times 1.4 or 0.6 (a money figure, a percent change, a multiple);
- ``slip``: the unit word moved one step (billion <-> million, trillion <-> billion won);
- ``year-1`` / ``year+1``: a payment of year Y given as the payment of Y-1 / Y+1 (data/, in the stated currency:
  won, or dollars at the other year's average rate), or a change given as the other year's change;
- ``rate``: a dollar conversion of a won figure at another year's average rate (the nearest year whose rate is
  off by more than ``rate_rel`` and the margin).

What each copy must give (:func:`expectation`): the changed claim ``caught`` (``contradicted`` or ``misleading``)
with the right figure's data row among its rows; but ``not_contradicted`` for soft frames (forecast, offer,
hypothetical, quotation; a demand below or near the record, which the data do not all hold: see
:func:`analysis.rules.above_record`), and no expectation (``any``) where the new figure is right for another
reading (:func:`other_reading`: within ``same_rel`` of another sourced figure of its currency, or within
``percent_near_abs`` of another year's change or a defence-budget growth) or sits in a tolerance's grey zone.
Every other claim of the copy must keep the verdict it has in the original (controls), but a conversion printed
beside the changed figure (it converts the printed figure, so it follows it).

:func:`run` checks the copies through the package's ``check`` on temporary files; tests/test_claims31.py runs a
deterministic sample and holds a ratchet.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import merged, read_claims, run_rows, table, verdict_fits, write_anew
from test_claims26 import change, defence, dollar_payments, payments, rates

from analysis import mutants
from analysis.evaluate import battery_ids
from analysis.rules import TOLERANCES

CORPUS = Path(__file__).resolve().parent / "corpus"
#: How far past a tolerance a changed figure must be to be called wrong by rule (as claims26's MARGIN).
MARGIN = 0.03
#: Frames whose figure is never called false by a payment row (stays not contradicted).
SOFT = ("forecast", "offer", "hypothetical", "quotation")  # a quotation: see :func:`expectation`
QUANTITIES = ("sma_payment", "sma_change", "conversion", "demand", "ratio", "offer", "forecast")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_UNITS = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("bn", 1e9), ("m", 1e6))
_SLIP = {"trillion": "billion", "billion": "million", "million": "billion"}


@dataclass(frozen=True)
class Target:
    """One right, supported figure of a dev article, located in its text."""

    article_id: str
    published: str
    item: dict
    start: int
    end: int

    @property
    def quantity(self) -> str:
        return self.item["quantity"]

    @property
    def soft(self) -> bool:
        return self.item["modality"] in SOFT or self.quantity in ("offer", "forecast")


@dataclass(frozen=True)
class Case:
    """One copy: the target, the perturbation's name, the replaced characters, the new words, what is expected."""

    target: Target
    name: str
    start: int
    end: int
    words: str
    expect: str  # "caught", "not_contradicted" or "any"

    @property
    def id(self) -> str:
        return f"{self.target.article_id}@{self.target.start}:{self.name}"


# ----- the corpus (dev only) -----

@cache
def dev_ids() -> dict[str, str]:
    """Return the batteries' dev articles' ids (``analysis.evaluate.battery_ids``) with their publication days (index
    order)."""
    ids = set(battery_ids(CORPUS))
    with (CORPUS / "index.csv").open(encoding="utf-8", newline="") as f:
        return {r["article_id"]: r["published"] for r in csv.DictReader(f) if r["article_id"] in ids}


def article_text(aid: str) -> str:
    return (CORPUS / "articles" / f"{aid}.txt").read_text(encoding="utf-8")


def expected(aid: str) -> dict:
    return json.loads((CORPUS / "expected" / f"{aid}.json").read_text(encoding="utf-8"))


def locate(text: str, item: dict) -> int:
    pos = -1
    for _ in range(int(item.get("occurrence") or 1)):
        pos = text.find(item["exact"], pos + 1)
    return pos


def targets(aid: str) -> list[Target]:
    """Return the right, supported figures of a dev article that this test perturbs."""
    text, exp = article_text(aid), expected(aid)
    out = []
    for item in exp.get("claims", []):
        if item.get("figure_correct") is True and item.get("verdict") == "supported" \
                and item["quantity"] in QUANTITIES:
            start = locate(text, item)
            out.append(Target(aid, dev_ids()[aid], item, start, start + len(item["exact"])))
    return out


# ----- reading and writing a figure -----

@dataclass(frozen=True)
class Figure:
    """The one numeral of a claim's words: where it is (in the article), its value, its unit word, its currency."""

    start: int
    end: int
    digits: str
    number: float
    unit: str  # a scale word ("billion"), "%" for a percent, "x" for a multiple, "" for none
    currency: str  # "KRW", "USD" or ""

    @property
    def value(self) -> float:
        return self.number * dict(_UNITS).get(self.unit, 1.0)


def read_figure(t: Target) -> Figure | None:
    """Return the one numeral of the target's words, or None (no digits, or two numerals).

    >>> t = Target("a", "", {"exact": "about $830 million", "quantity": "sma_payment", "modality": "reported"}, 10, 28)
    >>> f = read_figure(t); (f.start, f.digits, f.unit, f.currency, f.value)
    (17, '830', 'million', 'USD', 830000000.0)
    """
    exact = t.item["exact"]
    found = _NUMBER.findall(exact)
    if len(found) != 1:
        return None
    m = _NUMBER.search(exact)
    after = exact[m.end():].lower().lstrip(" -")
    unit = next((u for u, _ in _UNITS if after.startswith(u) and not after[len(u):len(u) + 1].isalpha()), "")
    if after.startswith(("%", "percent", "per cent")):
        unit = "%"
    elif after.startswith(("fold", "times")):
        unit = "x"
    if not unit and (re.fullmatch(r"(?:19|20)\d\d", m.group()) or t.quantity not in ("sma_change", "ratio")):
        return None  # a year ("the largest since 2004"), or a money figure whose unit the test does not read ("W1trn")
    low = exact.lower()
    currency = "KRW" if ("won" in low or "₩" in exact or "krw" in low) else "USD" if ("$" in exact or "dollar" in low) \
        else ""
    return Figure(t.start + m.start(), t.start + m.end(), m.group(), float(m.group().replace(",", "")), unit, currency)


def render(x: float, like: str) -> str:
    """Write ``x`` as ``like`` is written (thousands commas, decimals), with more decimals when needed (2 %).

    >>> render(1.4, "1"), render(1454.46, "1,038.9"), render(0.62334, "1.0389"), render(12.0, "8.2")
    ('1.4', '1,454.5', '0.6233', '12.0')
    """
    d = len(like.split(".")[1]) if "." in like else 0
    while d < 4 and x and abs(round(x, d) / x - 1) > 0.02:
        d += 1
    return f"{x:,.{d}f}" if "," in like else f"{x:.{d}f}"


# ----- the sourced figures a changed figure is compared with -----

def dollar_of(year: int) -> float | None:
    """Return the dollar payment of ``year``: sourced in dollars, else the won payment at the year's average rate."""
    if year in dollar_payments():
        return dollar_payments()[year] * 1e6
    if year in payments() and year in rates():
        return payments()[year] * 1e9 / rates()[year]
    return None


def payment_of(year: int, currency: str) -> float | None:
    """Return the payment of ``year`` in ``currency`` (KRW, else dollars), or None."""
    if currency == "KRW":
        return payments()[year] * 1e9 if year in payments() else None
    return dollar_of(year)


@cache
def demand_amounts() -> dict[str, tuple[float, ...]]:
    """Return every sourced ask (and offer) by currency."""
    out: dict[str, list[float]] = {"USD": [], "KRW": []}
    for name in ("demands", "offers"):
        with (Path(__file__).resolve().parent.parent / "data" / f"{name}.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["amount"] and r["currency"] in out:
                    out[r["currency"]].append(float(r["amount"]))
    return {k: tuple(v) for k, v in out.items()}


def sourced_amounts(currency: str) -> list[float]:
    """Return every sourced amount a money figure in ``currency`` could be: payments of any year (in dollars also at
    the year's rate), asks and offers."""
    years = sorted(set(payments()) | set(dollar_payments()))
    pays = [payment_of(y, currency) for y in years]
    return [p for p in pays if p] + list(demand_amounts().get(currency or "USD", ()))


def other_reading(fig: Figure, value: float, quantity: str) -> bool:
    """Return whether a changed figure is right for another reading: within ``same_rel`` (and the margin) of a sourced
    amount of its currency, or within ``percent_near_abs`` of any year's change or a defence-budget growth."""
    if fig.unit == "%" and quantity == "sma_change":
        growths = [change(y) for y in payments() if y - 1 in payments()]
        growths += [(defence()[y] / defence()[y - 1] - 1) * 100 for y in defence() if y - 1 in defence()]
        return any(abs(value - g) <= TOLERANCES.percent_near_abs + 0.5 for g in growths)
    if fig.unit in ("%", "x", ""):
        return False
    return any(abs(value / a - 1) <= TOLERANCES.same_rel + MARGIN for a in sourced_amounts(fig.currency))


# ----- the perturbations -----

def scaled(t: Target, fig: Figure) -> Iterator[tuple[str, float]]:
    """Yield ``x1.4`` and ``x0.6`` of the stated number (not a change of 0)."""
    for name, k in (("x1.4", 1.4), ("x0.6", 0.6)):
        if fig.number:
            yield name, fig.number * k


def other_years(t: Target, fig: Figure) -> Iterator[tuple[str, float]]:
    """Yield the payment (or change) of the year before and after the claim's one year, in the stated unit."""
    years = t.item.get("years") or []
    if len(years) != 1 or t.quantity not in ("sma_payment", "sma_change"):
        return
    for name, y in (("year-1", years[0] - 1), ("year+1", years[0] + 1)):
        if t.quantity == "sma_change" and fig.unit == "%":
            if y in payments() and y - 1 in payments():
                yield name, change(y)
        elif t.quantity == "sma_payment" and fig.unit not in ("%", "x"):
            v = payment_of(y, fig.currency)
            if v:
                yield name, v / dict(_UNITS).get(fig.unit, 1.0)


def other_rate(t: Target, fig: Figure) -> Iterator[tuple[str, float]]:
    """Yield a conversion at the nearest year's rate that is off by more than ``rate_rel`` and the margin."""
    years = t.item.get("years") or []
    if t.quantity != "conversion" or len(years) != 1 or years[0] not in rates():
        return
    own = rates()[years[0]]
    far = [y for y in rates() if abs(own / rates()[y] - 1) > TOLERANCES.rate_rel + MARGIN]
    if far:
        y = min(far, key=lambda y: (abs(y - years[0]), y))
        yield "rate", fig.number * own / rates()[y]


def cases_of(t: Target, text: str) -> list[Case]:
    """Return the copies of one target: each perturbation's new words and what is expected of it."""
    fig = read_figure(t)
    if fig is None:
        return []
    out = []
    for gen in (scaled, other_years, other_rate):
        for name, number in gen(t, fig):
            words = render(number, fig.digits)
            if words != fig.digits:
                value = number * dict(_UNITS).get(fig.unit, 1.0)
                out.append(Case(t, name, fig.start, fig.end, words, expectation(t, fig, name, number, value)))
    if fig.unit in _SLIP:
        m = re.compile(re.escape(fig.unit)).search(text, fig.end, t.end)
        if m:
            out.append(Case(t, "slip", m.start(), m.end(), _SLIP[fig.unit], "any" if t.soft else "caught"))
    return out


def expectation(t: Target, fig: Figure, name: str, number: float, value: float) -> str:
    """Return what a changed figure must give: ``caught``, ``not_contradicted`` or ``any`` (see the module)."""
    if t.item["modality"] == "quotation":
        return "any"  # the corpus calls a wrong payment in a quotation false, a wrong ask in one soft: either may hold
    if t.soft:
        return "not_contradicted"
    if t.quantity == "demand" or (t.quantity == "ratio" and t.item["modality"] == "demand"):
        return demand_expectation(fig, name, value)
    if grey(fig, number) or within_own(fig, name, number):
        return "any"
    if not name.startswith("year") and other_reading(fig, value, t.quantity):
        return "any"
    if name.startswith("year") and t.quantity == "sma_change" and not year_written(t):
        return "any"  # another year's change, and the sentence does not write the year: a reading the text allows
    return "caught"


def year_written(t: Target) -> bool:
    """Return whether the target's sentence writes its one year in digits ("in 2021").

    >>> year_written(Target("2019-02-11-ap-south-korea-to-pay-more", "", {"exact": "x", "years": [2019]}, 0, 1))
    False
    """
    text, years = article_text(t.article_id), t.item.get("years") or []
    lo = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start))
    hi = min(x for x in (text.find(". ", t.end), text.find("\n", t.end), len(text)) if x >= 0)
    return len(years) == 1 and str(years[0]) in text[lo + 1:hi]


def within_own(fig: Figure, name: str, number: float) -> bool:
    """Return whether another year's payment is within ``same_rel`` (and the margin) of the stated figure: a dollar
    figure's rate, a hedge or a relative year may make it the same figure, so no verdict is required."""
    return name.startswith("year") and fig.unit != "%" and abs(number / fig.number - 1) <= TOLERANCES.same_rel + MARGIN


def demand_expectation(fig: Figure, name: str, value: float) -> str:
    """A demand (or a multiple of one) is caught when slipped or far above every ask on record; lower it stays soft
    (the data hold each round's highest asks, not every ask: :func:`analysis.rules.above_record`)."""
    if fig.unit in ("%", "x") or not fig.currency:
        return "any"
    asks = demand_amounts().get(fig.currency, ())
    if asks and value > max(asks) * (1 + TOLERANCES.near_rel + MARGIN):
        return "caught"
    return "not_contradicted" if name == "x0.6" else "any"


def grey(fig: Figure, number: float) -> bool:
    """Return whether a changed percent change sits within ``percent_near_abs`` (and half a point) of the stated."""
    return fig.unit == "%" and abs(number - fig.number) <= TOLERANCES.percent_near_abs + 0.5


# ----- running the copies -----

@dataclass(frozen=True)
class Got:
    """What a check gave: each claim's (start, end) -> (verdict, rows, evidence, quantity)."""

    claims: dict[tuple[int, int], tuple[str, tuple[str, ...], str, str]]


def check_copy(text: str, folder: Path, name: str = "copy.txt") -> Got:
    """Return the claims ``check`` gives of ``text`` written to a temporary article file."""
    return got_of(checked(text, folder, name))


def checked(text: str, folder: Path, name: str = "copy.txt") -> list[Any]:
    """Return the claims ``check`` gives of ``text`` written to the article file ``name`` in ``folder``.

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [(c.exact, c.verdict) for c in checked("T\\nNov. 16, 2019\\n\\nSeoul paid $924 million.", Path(tmp))]
    [('$924 million', 'supported')]
    """
    from analysis.check import check_path

    return check_path(write_anew(folder / name, text)).claims


def got_of(claims: Iterable[Any]) -> Got:
    """Return what a check's claims give, as :class:`Got` holds it.

    >>> got_of([]).claims
    {}
    """
    return Got({(c.start, c.end): (c.verdict, c.rows, c.evidence, c.frame.quantity if c.frame else "")
                for c in claims})


def dev_claims(aid: str) -> tuple[Any, ...]:
    """Return the claims ``check`` gives of the dev article ``aid``, the same as of its text in a temporary article
    file (as its copies are checked): once per process for every battery that compares its copies with the article
    (claims31, claims40, claims41, claims42, claims43) and for the mutation run's targets (mutants59), one unit of
    xdist's (``conftest.SHARED``), through :func:`analysis.mutants.article_claims`' cache.

    >>> aid = next(iter(dev_ids()))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     dev_claims(aid) is dev_claims(aid), got_of(dev_claims(aid)) == check_copy(article_text(aid), Path(tmp))
    (True, True)
    """
    return mutants.article_claims(CORPUS / "articles" / f"{aid}.txt")


@dataclass(frozen=True)
class Outcome:
    """One copy's result: the changed claim's verdict, whether its evidence holds the right row, the controls that
    changed (their words and verdicts), and whether it fails its expectation."""

    case: Case
    verdict: str
    evidence: str
    row_kept: bool
    controls: tuple[str, ...]

    @property
    def target_ok(self) -> bool:
        e = self.case.expect
        if e == "caught":
            return self.verdict in ("contradicted", "misleading") and self.row_kept
        if e == "not_contradicted":
            return self.verdict != "contradicted"
        return True

    @property
    def ok(self) -> bool:
        return self.target_ok and not self.controls


def shift(span: tuple[int, int], case: Case, delta: int) -> tuple[int, int]:
    """Return where a claim of the original stands in the copy (after the replaced characters: moved by ``delta``)."""
    s, e = span
    return (s + delta, e + delta) if s >= case.end else span


def dependent(span: tuple[int, int], quantity: str, case: Case, text: str) -> bool:
    """Return whether a claim follows the changed figure as printed: a conversion, a multiple or a superlative of its
    sentence (they relate the printed figure), or the same words told again.

    >>> t = Target("a", "", {"exact": "$5 billion", "quantity": "demand", "modality": "demand"}, 12, 22)
    >>> text = "He demanded $5 billion, a fivefold rise. Seoul paid $5 billion."
    >>> case = Case(t, "x1.4", 13, 14, "7", "any")
    >>> dependent((26, 34), "ratio", case, text), dependent((52, 62), "sma_payment", case, text)
    (True, True)
    >>> text = "He demanded $5 billion. That's five times what Seoul paid. Japan paid twice as much."
    >>> dependent((31, 41), "ratio", case, text), dependent((70, 75), "ratio", case, text)
    (True, False)
    """
    t = case.target
    if text[span[0]:span[1]] == t.item["exact"]:
        return True
    if quantity not in ("conversion", "ratio") and any(c.isdigit() for c in text[span[0]:span[1]]):
        return False
    lo, hi = min(span[1], t.end), max(span[0], t.start)
    if quantity == "ratio" and span[0] > t.end and "\n" not in text[lo:hi] and ". " in text[lo:hi] and hi - lo < 300:
        # claims43: "... $5 billion. That's five times the $800 million ...": a multiple of the changed figure
        return _ANAPHOR_OPENS.match(text, text.rindex(". ", lo, hi) + 1) is not None
    return ". " not in text[lo:hi] and "\n" not in text[lo:hi]


#: A sentence opening on a word that stands for the amount of the sentence before ("That's five times ...", "The sum
#: is more than five times ..."): its multiple is of that amount (claims43; frames.anaphoric_amount).
_ANAPHOR_OPENS = re.compile(r"\s*(?:This|That|It|The\s+(?:sum|figure|amount|demand|request))(?:['’]s\b|\s+(?:is|"
                            r"was|would\s+be|represents?|marks?|amounts?\s+to)\b)")


def row_kept(before: set[str], after: set[str]) -> bool:
    """Return whether a caught figure's evidence holds the right figure: the rows its right form was supported by
    (for a demand, any ask on record: the data hold several of equal standing).

    >>> row_kept({"demands:a"}, {"demands:b"}), row_kept({"sma_contributions:2019"}, {"sma_contributions:2018"})
    (True, False)
    """
    if any(r.startswith("demands:") for r in before):
        return any(r.startswith("demands:") for r in after)
    return bool(before) and before <= after


def outcome(case: Case, text: str, base: Got, got: Got) -> Outcome:
    """Compare a copy's check with the original's."""
    t, delta = case.target, len(case.words) - (case.end - case.start)
    tgt = (t.start, t.end)
    mine = [v for (s, e), v in got.claims.items() if s < t.end + delta and t.start < e]
    base_mine = [v for (s, e), v in base.claims.items() if s < t.end and t.start < e]
    verdict = mine[0][0] if mine else "none"
    rows = set(base_mine[0][1]) if base_mine else set()
    kept = bool(mine) and row_kept(rows, set(mine[0][1]))
    controls = []
    for span, (v, _, _, q) in base.claims.items():
        if (span[0] < tgt[1] and tgt[0] < span[1]) or dependent(span, q, case, text):
            continue
        now = got.claims.get(shift(span, case, delta))
        if now is None or now[0] != v:
            controls.append(f"{text[span[0]:span[1]]!r} {v}->{now[0] if now else 'none'}")
    return Outcome(case, verdict, mine[0][2] if mine else "", kept, tuple(controls))


def run(aids: list[str], pick=lambda cases: cases, make=None) -> list[Outcome]:
    """Return the outcome of every copy of the given dev articles (``pick`` chooses among an article's cases; ``make``
    makes a target's cases, :func:`cases_of` by default)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for aid in aids:
            text = article_text(aid)
            cases = pick([c for t in targets(aid) for c in (make or cases_of)(t, text)])
            if not cases:
                continue
            base = got_of(dev_claims(aid))
            for case in cases:
                copy = text[:case.start] + case.words + text[case.end:]
                out.append(outcome(case, text, base, check_copy(copy, folder)))
    return out


# ----- class S: a unit slip under a frame too loose to contradict (made-up sentences, figures from data/) -----

def right_won(year: int) -> str:
    """The payment of ``year`` as wire copy writes it ("1.04 trillion won", "920 billion won")."""
    b = payments()[year]
    return f"{b / 1000:.2f} trillion won" if b >= 1000 else f"{b:.0f} billion won"


def slipped_won(year: int) -> str:
    """The same digits one unit too small ("1.04 billion won", "920 million won")."""
    return right_won(year).replace("billion", "million").replace("trillion", "billion")


#: Sentences whose frame :func:`analysis.rules.uncertain` finds too loose to *contradict* a figure: the year from a
#: date outside the figure's phrase, a deal's year, an offer word over the clause, a demand with no actor.
SLIP_LOOSE = tuple(table(
    r"""
name | text
deal-struck | Under the deal struck in {Y}, the South Korean government paid {A}.
deal-expired | In the {Y} deal, which expired in December, Seoul paid about {A}.
offer-over | Seoul made a new offer in the spring, above the {Y} deal under which it paid about {A}.
"""
))
#: Near misses that must stay uncaught with the slipped figure: a denial, a forecast, a clause naming no payment.
SLIP_CONTROLS = tuple(table(
    r"""
name | text
denied | Seoul did not pay {A} in {Y}.
forecast | Seoul could pay {A} in {F}.
no-payment-word | The sum on the table in {Y} was {A}.
"""
))
SLIP_YEARS = (2014, 2019, 2021)


def slip_cases() -> list[object]:
    """(id, text, published, exact, want): class S rows, their right forms and their controls."""
    out = []
    for (name, text), year in itertools.product(SLIP_LOOSE, SLIP_YEARS):
        pub = f"{year + 1}-05-01"
        for form, words, want in (("slip", slipped_won(year), "caught"), ("right", right_won(year), "supported")):
            out.append(pytest.param(text.format(Y=year, A=words), pub, words, want, id=f"S-{name}-{year}-{form}"))
    for (name, text), year in itertools.product(SLIP_CONTROLS, SLIP_YEARS):
        words = slipped_won(year)
        out.append(pytest.param(text.format(Y=year, A=words, F=year + 8), f"{year + 1}-05-01", words,
                                "not_contradicted", id=f"S-control-{name}-{year}"))
    ask = demand_amounts()["USD"][0] / 1e9  # the first ask on record, in billions
    words = f"${ask:g} million"
    for name, text, pub, want in (
            ("round-year", "In the {Y} round, the United States demanded {A} a year.", "2021-05-01", "caught"),
            # claims21's control: a slip no asker is bound to may be another's ask (stays unverifiable)
            ("no-actor", "The demand of {A} a year stunned Seoul.", "2019-12-10", "not_contradicted"),
            ("no-actor-for", "The demand of {A} for {Y1} stunned Seoul.", "2019-12-10", "not_contradicted")):
        out.append(pytest.param(text.format(A=words, Y=2019, Y1=2020), pub, words, want, id=f"S-demand-{name}"))
    return out


def check_slip_under_a_loose_frame(text: str, published: str, exact: str, want: str) -> None:
    claim = read_claims(text, published).get(exact) or next(
        (c for w, c in read_claims(text, published).items() if exact in w), None)
    assert claim is not None, f"{exact!r} not found"
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)
    if want == "caught":
        assert claim.rows, claim.evidence


@pytest.mark.parametrize("rows", merged(slip_cases()))
def test_slip_under_a_loose_frame(rows: list[object]) -> None:
    run_rows(check_slip_under_a_loose_frame, rows)


# ----- the metamorphic test: a deterministic sample of the copies, and its ratchet -----

#: A copy is in the sample when the CRC-32 of its id is divisible by this (about one copy in SAMPLE; stable).
SAMPLE = 8
#: The ratchet (claims31): in the sample, at least ``copies`` copies are run, and at most ``target`` of them fail on
#: the changed claim and ``controls`` of them change another claim (main before claims31: 24 and 8; claims40, with
#: the fortieth batch's copies: 304 copies, 26 -> 21 failing). Lower the maxima when a fix lands; never raise them.
#: One exception, thirteenth session (lead): claims45 read the asker of "..., saying he had asked Seoul to pay $5
#: billion" right (Trump, no longer Biden), so that copy's x0.6 joined the known failing class "an earlier demand's
#: amount changed is contradicted by the demands on record" (Korea Times @195, wownews @796): 21 -> 22. The
#: forty-fourth batch (8 more copies) added one failing copy of the known "year+1 withheld" class (The Hindu @1277):
#: 22 -> 23. The forty-ninth batch (fifteenth session, 14 more copies) added one failing copy: a unit slip of a demand
#: told as what the ask was "significantly reduced from" ($5 billion -> $5 million, Asia Economy @689) is withheld
#: (`unverifiable`), not caught: 23 -> 24. The fiftieth batch (sixteenth session, 4 more copies) added one failing
#: copy: a unit slip of a dollar figure that is itself a won figure printed as dollars (Hankyoreh @1248; the original
#: is `unverifiable` too, a known miss of the batch) is withheld: 24 -> 25. The fifty-fifth batch (nineteenth session,
#: moved to dev) added one failing control: in "agreed to have them pay $2 billion first, intending to raise the amount
#: to $5 billion the following year", the raise's target is judged with its base, so the base x1.4 turns the target
#: (a right ask) from `supported` to `unverifiable` (Chosun 2024 @1178): controls 3 -> 4. asks63 (same session) read
#: "has thrown around ... $10 billion" as the ask it is, so that copy's x0.6 is no longer `contradicted`: 26 -> 23.
#: The sixty-sixth and sixty-seventh batches (twenty-fourth session, moved to dev) changed the sample: 400 copies
#: (362 before), 25 failing targets, among them the rejected 13 % plan's won figure read as a payment (a dev miss);
#: fresh79v 24; the seventy-fourth batch (same session) 410 copies and 26.
#: Twenty-fifth session (battery81): the battery reads the fixed list tests/corpus/batteries.txt (293 of the 585 dev
#: articles; ``analysis.evaluate.battery_ids``): 200 copies, 13 failing targets, 1 changed control.
RATCHET = {"copies": 200, "target": 13, "controls": 1}


def sampled(cases: list[Case]) -> list[Case]:
    return [c for c in cases if zlib.crc32(c.id.encode()) % SAMPLE == 0]


def summary(outs: list[Outcome]) -> dict[str, int]:
    """Return how many copies were run, failed on the changed claim, and changed another claim."""
    return {"copies": len(outs), "target": sum(not o.target_ok for o in outs),
            "controls": sum(bool(o.controls) for o in outs)}


def test_metamorphic_copies_of_dev_articles() -> None:
    outs = run(list(dev_ids()), sampled)
    got = summary(outs)
    fails = [f"{o.case.id} want {o.case.expect} got {o.verdict} {o.controls}" for o in outs if not o.ok]
    assert got["copies"] >= RATCHET["copies"], got
    assert got["target"] <= RATCHET["target"] and got["controls"] <= RATCHET["controls"], (got, fails[:20])


# ----- class R: a demanded rise told beside a wrong amount (made-up sentences, figures from data/) -----

RISE_TEXT = "In May {Y}, the president demanded {W} a year from Seoul, a {P} percent increase over the {B} payment."


def rise_cases() -> list[object]:
    """(text, published, exact, want): the rise of an ask on record beside its amount, right or changed (x1.4, x0.6):
    the rise stays right (supported: it is the ask's rise; the amount is the wrong figure); a wrong rise beside the
    right amount is caught (control)."""
    ask = 1.3e9  # an ask on record (data/demands.csv, trump-1-3bn-2020), checked below
    assert ask in demand_amounts()["USD"]
    base = 2019
    pct = round((ask / dollar_of(base) - 1) * 100)
    out = []
    for name, k, p, want in (("right", 1.0, pct, "supported"), ("x1.4", 1.4, pct, "supported"),
                             ("x0.6", 0.6, pct, "supported"), ("wrong-rise", 1.0, 2 * pct, "caught")):
        text = "Trump said so. " + RISE_TEXT.format(Y=base + 1, W=f"${ask * k / 1e9:.2f} billion", P=p, B=base)
        out.append(pytest.param(text, f"{base + 1}-06-01", f"{p} percent increase", want, id=f"R-{name}"))
    return out


@pytest.mark.parametrize(("text", "published", "exact", "want"), rise_cases())
def test_rise_beside_a_wrong_amount(text: str, published: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)
