"""A generated battery (claims26): every figure data/ holds, rendered through templates of news English.

No article is read. Each row of data/ (a year's SMA payment in won, and in dollars where a source gives them; a
year-on-year percent change; a parenthesised dollar conversion at the year's average rate; a demand with its actor
and date; the offer) is put through small lists of templates written for this file, varied as wire copy varies:

- where the year is ("in 2021", "for 2021", "In 2021, ...", "this year" / "last year" with a matching publication
  day, "the previous year" after a dated figure, a range of years);
- units and spellings ("1.1833 trillion won", "₩1.18 trillion", "1,183.3 billion won", "$1.03 billion",
  "1.03 billion dollars", "$1.03bn") and hedges ("about", "nearly", "more than");
- modality (reported, quoted, demanded by its actor, offered, forecast, hypothetical);
- distractor figures in the same sentence (another year's payment, the defence budget and its growth, a troop
  count, a percent of something else).

Each rendering is right or perturbed (+-15 %, +-40 %, a unit slip x1000, another year's figure with the year
fixed), and its expected verdict is derived by rule from data/ and :class:`analysis.rules.Tolerances`, never by
running the tool:

- a right figure is never ``contradicted`` or ``misleading`` (``right``: any other verdict);
- a perturbed figure is caught (``contradicted`` or ``misleading``) and the evidence names the right figure;
- a perturbed figure within the tolerance's grey zone (between the "same figure" tolerance and 3 points past it)
  or within ``elsewhere_rel`` of another sourced row is not generated: data/ cannot settle it by rule;
- a forecast or hypothetical is never caught; an offer is never caught by a payment row (what happened later);
- a distractor figure that is right (another year's payment, the defence budget) is never caught.

The product is deterministic (full products of small lists, no random). Sentences are checked in batches, one
paragraph each, grouped by publication day (one article per day); :func:`test_batching_is_faithful` checks a
sample against the sentence checked alone. Rows that failed on main when the battery was written are marked
``xfail(strict=True)`` with their class (template x modality x perturbation) in :data:`KNOWN`.
"""

from __future__ import annotations

import csv
import itertools
import math
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import merged, read_claims, run_rows, table

from analysis.rules import TOLERANCES

DATA = Path(__file__).resolve().parent.parent / "data"
#: How far past a tolerance a perturbed figure must be to be called wrong by rule (the grey zone is not generated).
MARGIN = 0.03
#: How close a rendered right figure is to the data's (rounding of the renderings).
ROUNDING = 0.012


class Row(NamedTuple):
    """One rendering: its id, class, publication day, text, the figure's words, what is expected, right figures."""

    id: str
    cls: str
    published: str
    text: str
    exact: str
    expect: str  # "right", "caught", "never_caught", "not_by_payment"
    evidence: tuple[str, ...] = ()


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@cache
def payments() -> dict[int, float]:
    """Return the won payment (billion) of each year data/ gives one."""
    return {int(r["year"]): float(r["krw_billion"]) for r in _rows("sma_contributions") if r["krw_billion"]}


@cache
def dollar_payments() -> dict[int, float]:
    """Return the dollar payment (million) of each year data/ gives one."""
    return {int(r["year"]): float(r["usd_million"]) for r in _rows("sma_contributions") if r["usd_million"]}


@cache
def rates() -> dict[int, float]:
    return {int(r["year"]): float(r["krw_per_usd"]) for r in _rows("exchange_rates")}


@cache
def rate_of(year: int) -> tuple[int, float]:
    """Return the year whose average converts a figure of ``year`` (its own, else the latest before) and its rate."""
    known = max(y for y in rates() if y <= year)
    return known, rates()[known]


@cache
def defence() -> dict[int, float]:
    return {int(r["year"]): float(r["krw_trillion"]) for r in _rows("defence_budget")}


def change(year: int) -> float:
    """Return the payment's percent change from the year before."""
    return (payments()[year] / payments()[year - 1] - 1) * 100


# ----- renderings of a won amount (billion won) and a dollar amount (million dollars) -----

def won(b: float, style: str) -> str:
    """Render ``b`` billion won in one of the spellings wire copy uses."""
    t = b / 1000
    if style == "tn4":
        return f"{t:.4f} trillion won" if b >= 1000 else f"{b:.1f} billion won"
    if style == "tn2":
        return f"{t:.2f} trillion won" if b >= 1000 else f"{b:.0f} billion won"
    if style == "sym":
        return f"₩{t:.2f} trillion" if b >= 1000 else f"₩{b:.0f} billion"
    if style == "KRW":
        return f"KRW {t:.2f} trillion" if b >= 1000 else f"KRW {b:.1f} billion"
    if style == "W":
        return f"W{t:.3f} trillion" if b >= 1000 else f"W{b:.1f} billion"
    return f"{b:,.1f} billion won"  # "bn"


def dollars(m: float, style: str) -> str:
    """Render ``m`` million dollars."""
    if m < 100 or m >= 1e6:  # a unit slip: to two decimals, so the slip keeps the figure's digits
        return f"${m:,.2f} million" if m < 1000 else f"${m / 1000:,.0f} billion"
    if m < 1000:
        return {"usd": f"${m:.0f} million", "words": f"{m:.0f} million dollars", "bn": f"${m:.0f}m",
                "us": f"US${m:.0f} million"}[style]
    b = m / 1000
    return {"usd": f"${b:.2f} billion", "words": f"{b:.2f} billion dollars", "bn": f"${b:.2f}bn",
            "us": f"US${b:.2f} billion"}[style]


def number_in(words: str) -> float:
    """Return the value (in the base unit: billion won or million dollars) the rendering states.

    >>> number_in("₩1.18 trillion"), number_in("$1.03bn"), number_in("960 billion won")
    (1180.0, 1030.0, 960.0)
    """
    digits = "".join(c for c in words if c.isdigit() or c == ".").strip(".")
    unit = next(u for u in ("trillion", "billion", "million", "bn", "m") if words.endswith(u) or f" {u}" in words)
    dollar = "$" in words or "dollars" in words
    scale = {"trillion": 1000, "billion": 1000 if dollar else 1, "bn": 1000, "million": 1, "m": 1}[unit]
    return float(digits) * scale


# ----- expectations by rule -----

def by_rule(stated: float, truth: float, tol: float) -> str | None:
    """Return "right", "caught" or None (the grey zone) for a stated figure against the data's."""
    dev = abs(stated / truth - 1)
    if dev <= ROUNDING:
        return "right"
    return "caught" if dev > tol + MARGIN else None


def near_other_row(stated: float, own: float, others: list[float]) -> bool:
    """Return whether a wrong figure is within ``elsewhere_rel`` of another sourced row (not judged by rule)."""
    return any(abs(stated / o - 1) <= TOLERANCES.elsewhere_rel + 0.01 for o in others if o != own)


#: Perturbations of an amount: factor by name (the slip divides by 1,000; "other year" is added per row).
PERTURB = {"right": 1.0, "+15%": 1.15, "-15%": 0.85, "+40%": 1.4, "-40%": 0.6, "slip": 0.001}


#: Hedges that make a figure a ceiling ("nearly X": a little under X) or a floor ("more than X").
CEILINGS = ("nearly", "almost", "just under", "less than")
FLOORS = ("more than", "over", "just over")


def hedged(value: float, hedge: str, digits: int) -> float:
    """Round ``value`` as a writer using ``hedge`` would: "nearly" up, "more than" down, else to nearest."""
    scale = 10 ** digits
    if hedge in CEILINGS:
        return math.ceil(value * scale) / scale
    if hedge in FLOORS:
        return math.floor(value * scale) / scale
    return round(value * scale) / scale


def hedged_rule(stated: float, truth: float, hedge: str, tol: float) -> str | None:
    """Return the expectation of a hedged figure: "nearly V" holds up to ``just_below_rel`` below V, "more than V"
    holds when the truth is above V (a floor far below it is loose, not generated)."""
    dev = truth / stated - 1
    if hedge in CEILINGS:
        if -TOLERANCES.just_below_rel <= dev <= ROUNDING:
            return "right"
        return "caught" if dev > tol + MARGIN or dev < -(TOLERANCES.just_below_rel + MARGIN) else None
    if hedge in FLOORS:
        if -ROUNDING <= dev <= TOLERANCES.just_below_rel:
            return "right"
        return "caught" if dev < -(tol + MARGIN) else None
    return by_rule(stated, truth, tol)


#: When a rendering is published, by the year its figure is of: after the year, during it, before it ...
PUBLISHED: dict[str, Callable[[int], str]] = {
    "after": lambda y: f"{y + 1}-03-10", "during": lambda y: f"{y}-06-15", "early-next": lambda y: f"{y + 1}-02-20",
    "spring": lambda y: f"{y}-04-01", "spring-next": lambda y: f"{y + 1}-04-01", "agreed": lambda y: f"{y}-03-20",
    "before": lambda y: f"{y - 1}-11-20", "two-after": lambda y: f"{y + 2}-01-15", "may": lambda y: f"{y}-05-01",
    "autumn-before": lambda y: f"{y - 1}-10-01"}


def templates(text: str) -> tuple[tuple, ...]:
    """Return the rows of a template table (name | published | [modality |] text) as (name, text, the publication
    day from the year[, modality])."""
    return tuple((name, words, PUBLISHED[published], *rest) for name, published, *rest, words in table(text))


# Templates: (name, text with {A} the figure and {Y} the year, the publication day from the year).
PAY_TEMPLATES = templates(
    r"""
name | published | text
in-Y | after | South Korea paid {A} in {Y} to help keep U.S. troops on the peninsula.
In-Y-lead | after | In {Y}, Seoul paid {A} toward the upkeep of American forces.
for-Y | after | Seoul's share of the cost for {Y} came to {A}, the defence ministry said.
Y-possessive | after | South Korea's {Y} contribution stood at {A}.
this-year | during | South Korea pays {A} this year for the U.S. troops stationed on its soil.
last-year | early-next | Seoul paid {A} last year under the cost-sharing deal.
increase-word | after | Seoul paid {A} in {Y}, an increase on the year before.
quotation | after | “We paid {A} in {Y},” a defence ministry official said.
troops | after | Seoul paid {A} in {Y} for the 28,500 U.S. troops stationed in the country.
percent-else | after | Seoul paid {A} in {Y}, and about 40 percent of the money went to Korean workers' wages.
during-Y | after | During {Y}, South Korea contributed {A} to the upkeep of U.S. Forces Korea.
Ys-covered | after | {Y}'s payment of {A} covered wages, construction and logistics.
headline-to-pay | agreed | Seoul to pay {A} for U.S. troops in {Y}
fiscal-Y | after | South Korea paid {A} in fiscal {Y}, officials said.
the-year-Y | after | For the year {Y}, Seoul's share was {A}.
will-pay-next-year | before | South Korea will pay {A} next year under the agreement.
"""
)
#: Templates whose publication day must come after the year's agreement was concluded: the years they fit.
AGREED_BEFORE = {"will-pay-next-year": (2008, 2018, 2022, 2025, 2026), "will-rise-next-year": (2022, 2026)}
#: Years whose payment is rendered (a spread of agreements, won only; a figure before 2005 is in dollars too).
PAY_YEARS = (2008, 2014, 2018, 2019, 2021, 2022, 2025, 2026)
WON_STYLES = ("tn4", "tn2", "sym", "bn", "KRW", "W")
DOLLAR_STYLES = ("usd", "words", "bn")
HEDGES = ("", "about ", "nearly ", "more than ", "roughly ", "almost ", "just over ", "some ")


def other_payments(year: int) -> list[float]:
    return [v for y, v in payments().items() if y != year]


def payment_rows() -> list[Row]:
    """Each payment year x template x perturbation, the spelling and the hedge turning with the row (a Latin square
    rather than the full product, to keep the battery's time)."""
    out = []
    for (ti, (name, text, pub)), (yi, year), (pi, (pname, factor)) in itertools.product(
            enumerate(PAY_TEMPLATES), enumerate(PAY_YEARS), enumerate(PERTURB.items())):
        if year not in AGREED_BEFORE.get(name, PAY_YEARS):
            continue
        truth = payments()[year]
        style = WON_STYLES[(ti + yi) % len(WON_STYLES)]
        hedge = HEDGES[(ti + yi + pi) % len(HEDGES)]
        out += _won_row(name, text, pub(year), year, truth, style, pname, truth * factor, hedge)
        if pname == "right" and truth >= 1000 and ".0" in won(truth, "tn4"):  # a digit slip: "1.389" for "1.0389"
            out += _digit_row(name, text, pub(year), year, truth)
        if pname == "right":  # another year's figure with this year fixed
            for other in (year - 1, year + 1):
                if other in payments():
                    out += _won_row(name, text, pub(year), year, truth, "bn", f"year{other - year:+d}",
                                    payments()[other], "")
    return out


def digit_rounding(words: str) -> float:
    """Return half a unit of the last digit of a rendering's numeral, relative to it (claims30).

    >>> round(digit_rounding("950.7 billion won"), 6), digit_rounding("1 trillion won")
    (5.3e-05, 0.5)
    """
    numeral = "".join(c for c in words.split(" ")[0] if c.isdigit() or c == ".")
    places = len(numeral.split(".")[1]) if "." in numeral else 0
    return 0.5 * 10 ** -places / float(numeral)


def _digit_row(name: str, text: str, pub: str, year: int, truth: float) -> list[Row]:
    right = won(truth, "tn4")
    words = right.replace(".0", ".", 1)
    return [Row(f"pay-{name}-{year}-digit", f"payment:{name} x {_modality(name)} x digit-slip", pub,
                text.format(A=words, Y=year), words, "caught", (f"{truth:,.1f}",))]


def _modality(name: str) -> str:
    return "quotation" if name == "quotation" else "reported"


def fixes_year(text: str) -> bool:
    """Return whether a template fixes its figure's year: written ("{Y}") or told from publication in a statement
    ("this year", "next year", "last year"; mendf68, the Conventions' period the text fixes).

    >>> fixes_year("Seoul paid {A} last year under the deal."), fixes_year("Seoul paid {A}.")
    (True, False)
    """
    return "{Y}" in text or any(f"{w} year" in text for w in ("this", "next", "last"))


def _won_row(name: str, text: str, pub: str, year: int, truth: float, style: str, pname: str, value: float,
             hedge: str) -> list[Row]:
    words = won(hedged(value / 1000, hedge.strip(), 2) * 1000 if hedge and value >= 1000 else value, style)
    stated = number_in(words)
    expect = hedged_rule(stated, truth, hedge.strip(), TOLERANCES.same_rel)
    if expect == "right" and pname.startswith("year") and fixes_year(text) and not hedge and abs(
            stated / truth - 1) > max(digit_rounding(words), TOLERANCES.exact_rel):
        expect = "caught"  # claims30: another year's figure to the digit is the wrong year's, not a rounding; mendf68:
        # its year told from publication ("this year", "next year", "last year") fixes it as a written one does
    if expect is None or (expect == "caught" and pname.startswith("year") is False
                          and near_other_row(stated, truth, other_payments(year))):
        return []
    rid = f"pay-{name}-{year}-{style}-{hedge.strip().replace(' ', '_') or 'plain'}-{pname}"
    cls = f"payment:{name} x {_modality(name)} x {'right' if expect == 'right' else pname}"
    return [Row(rid, cls, pub, text.format(A=hedge + words, Y=year), words, expect, (f"{truth:,.1f}",))]


# ----- two figures in one sentence: the previous year, a range, a distractor -----

PAIR_TEMPLATES = templates(
    r"""
name | published | text
previous-year | two-after | South Korea paid {B} in {Y1}, up from {A} the previous year.
previous-year-2s | two-after | Seoul paid {B} in {Y1}. The previous year it paid {A}.
from-to | two-after | Seoul's payment rose from {A} in {Y} to {B} in {Y1}.
from-Y-to-Y | two-after | From {Y} to {Y1}, the payment climbed from {A} to {B}.
between-Y-and-Y | two-after | Between {Y} and {Y1}, Seoul's payment rose from {A} to {B}.
trailing-between | two-after | Seoul's share went from {A} to {B} between {Y} and {Y1}.
"""
)
PAIR_YEARS = (2013, 2018, 2020, 2021, 2025)


def pair_rows() -> list[Row]:
    """Two consecutive years' payments in one sentence: each judged against its own year; one perturbed at a time."""
    out = []
    for (ti, (name, text, pub)), (yi, year), (pname, factor) in itertools.product(
            enumerate(PAIR_TEMPLATES), enumerate(PAIR_YEARS), (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6))):
        a, b = payments()[year], payments()[year + 1]
        style = WON_STYLES[(ti + yi) % len(WON_STYLES)]
        for target in ("A", "B"):
            fa, fb = (factor, 1.0) if target == "A" else (1.0, factor)
            wa, wb = won(a * fa, style), won(b * fb, style)
            if wa == wb:
                continue
            sentence = text.format(A=wa, B=wb, Y=year, Y1=year + 1)
            for which, words, truth, f, y in (("A", wa, a, fa, year), ("B", wb, b, fb, year + 1)):
                expect = by_rule(number_in(words), truth, TOLERANCES.same_rel)
                if expect is None or (f != 1.0 and near_other_row(number_in(words), truth, other_payments(y))):
                    continue
                kind = "partner" if f == 1.0 and pname != "right" and expect == "right" else pname
                rid = f"pair-{name}-{year}-{style}-{target}{pname}-{which}"
                cls = f"payment:{name}[{which}] x reported x {'right' if expect == 'right' else kind}"
                out.append(Row(rid, cls, pub(year), sentence, words, expect, (f"{truth:,.1f}",)))
    return out


DISTRACTOR_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | text
budget | Seoul paid {A} in {Y}, when its defence budget was {D} trillion won.
weapons | Seoul paid {A} in {Y} and pledged to buy $25 billion in U.S. weapons.
troops-strong | The {Y} payment of {A} went to the 28,500-strong U.S. Forces Korea.
spent-locally | Of the {A} Seoul paid in {Y}, about 90 percent was spent in the Korean economy.
budget-growth | Seoul's payment for {Y} was {A}, while the defence budget grew {G} percent.
other-year | Seoul paid {A} in {Y}, against {O} in {Y0}.
"""
))


def distractor_rows() -> list[Row]:
    """A payment with another quantity of data/ in its sentence: the payment judged, the distractor never caught."""
    out = []
    years = [y for y in PAY_YEARS if y in defence() and y - 1 in defence() and y - 1 in payments()]
    for (ti, (name, text)), (yi, year), (pname, factor) in itertools.product(
            enumerate(DISTRACTOR_TEMPLATES), enumerate(years), (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6))):
        truth = payments()[year]
        style = WON_STYLES[(ti + yi) % len(WON_STYLES)]
        words = won(truth * factor, style)
        growth = f"{(defence()[year] / defence()[year - 1] - 1) * 100:.1f}"
        other = won(payments()[year - 1], "bn" if style != "bn" else "tn4")
        sentence = text.format(A=words, Y=year, D=f"{defence()[year]:g}", G=growth, O=other, Y0=year - 1)
        pub = f"{year + 1}-03-10"
        expect = by_rule(number_in(words), truth, TOLERANCES.same_rel)
        if expect:
            out.append(Row(f"dis-{name}-{year}-{style}-{pname}", f"payment:with-{name} x reported x "
                           f"{'right' if expect == 'right' else pname}", pub, sentence, words, expect,
                           (f"{truth:,.1f}",)))
        extra = {"budget": f"{defence()[year]:g} trillion won", "budget-growth": f"{growth} percent",
                 "other-year": other, "weapons": "$25 billion", "troops-strong": "28,500",
                 "spent-locally": "90 percent"}[name]
        out.append(Row(f"dis-{name}-{year}-{style}-{pname}-distractor", f"distractor:{name} x reported x right",
                       pub, sentence, extra, "right"))
    return out


# ----- a percent change from the year before -----

PCT_TEMPLATES = templates(
    r"""
name | published | text
rose-in-Y | after | South Korea's payment rose {P} percent in {Y} to {A}.
In-Y-lead | after | In {Y}, Seoul's contribution increased {P}% from the previous year.
year-earlier | after | The {Y} contribution was {P} percent higher than a year earlier.
this-year | spring | Seoul's payment rises {P} percent this year under the deal.
last-year | spring-next | Seoul's share went up {P} percent last year, the ministry said.
agreed | agreed | Seoul agreed to a {P} percent increase in its contribution for {Y}.
over-base-year | after | Seoul's payment for {Y} rose {P} percent over {Y0}.
up-from-base | after | The {Y} contribution was up {P}% from {Y0}, at {A}.
year-before-2s | after | Seoul paid {A} in {Y}. That was {P} percent more than the year before.
three-figures | after | Seoul paid {A} in {Y}, up {P}% from {A0} a year earlier.
this-years-vs-last | may | This year's payment of {A} is {P} percent more than last year's.
will-rise-next-year | before | Seoul's contribution will rise {P} percent next year under the agreement.
year-on-year | after | Seoul's share rose {P} percent year-on-year in {Y}.
over-previous-amount | after | The {Y} payment was a {P} percent increase over the previous year's {A0}.
indexed-verb | agreed | Seoul agreed to a {P} percent increase for {Y} and to tie later rises to its defence budget.
"""
)
PCT_YEARS = (2014, 2019, 2021, 2022, 2026)


def budget_reading(percent: float, year: int) -> bool:
    """Return whether a percent is within reach of the defence budget's growth into ``year`` or the year before: a
    reading a sentence naming the budget allows (``Tolerances.reading_years``), so not wrong by rule."""
    growth = [(defence()[y] / defence()[y - 1] - 1) * 100 for y in (year - 1, year) if {y, y - 1} <= set(defence())]
    return any(abs(percent - g) <= TOLERANCES.percent_abs + 0.3 for g in growth)


def percent_rows() -> list[Row]:
    """Each year's change x template x perturbation (points added, a factor, another year's change)."""
    out = []
    for (ti, (name, text, pub)), year in itertools.product(enumerate(PCT_TEMPLATES), PCT_YEARS):
        if year not in AGREED_BEFORE.get(name, PCT_YEARS):
            continue
        truth = change(year)
        others = [(f"year{y - year:+d}", change(y)) for y in PCT_YEARS if y != year][:2]
        for pname, value in (("right", truth), ("+3pt", truth + 3), ("x1.4", truth * 1.4), ("x0.6", truth * 0.6),
                             *others):
            p = f"{value:.1f}"
            dev = abs(float(p) - truth)
            expect = "right" if dev <= 0.06 else "caught" if dev > TOLERANCES.percent_abs + 0.3 else None
            if expect is None or (expect == "caught" and "defence budget" in text and budget_reading(float(p), year)):
                continue
            words = f"{p}%" if "%" in text else f"{p} percent"
            style = WON_STYLES[ti % len(WON_STYLES)]
            sentence = text.format(P=p, Y=year, Y0=year - 1, A=won(payments()[year], style),
                                   A0=won(payments()[year - 1], style))
            out.append(Row(f"pct-{name}-{year}-{pname}", f"change:{name} x reported x "
                           f"{'right' if expect == 'right' else pname}", pub(year), sentence, words, expect,
                           (f"{truth:.1f}",)))
    return out


# ----- a dollar figure: the parenthesised conversion of a won payment, and a dollar payment -----

CONV_TEMPLATES = templates(
    r"""
name | published | text
paren-in-Y | after | South Korea paid {W} ({D}) in {Y}.
In-Y-paren | after | In {Y}, Seoul paid {W} (about {D}) for the U.S. troops.
or-about | after | Seoul's {Y} share was {W}, or about {D}.
this-year | during | Seoul pays {W} ({D}) this year.
last-year | early-next | Seoul paid {W} ({D}) last year under the deal.
dollar-only | after | South Korea paid {D} in {Y} for the upkeep of U.S. forces.
"""
)
CONV_YEARS = (2014, 2018, 2019, 2021, 2022, 2025)


def conversion_rows() -> list[Row]:
    """A won payment's dollar value at the year's average rate (its conversion): right, off, or slipped."""
    out = []
    for (ti, (name, text, pub)), (yi, year), (pname, factor) in itertools.product(
            enumerate(CONV_TEMPLATES), enumerate(CONV_YEARS), PERTURB.items()):
        krw = payments()[year]
        truth = krw * 1000 / rates()[year]
        style = DOLLAR_STYLES[(ti + yi) % len(DOLLAR_STYLES)]
        words = dollars(truth * factor, style)
        # the rate of the year written in fits as well (analysis.rules.conversion_stated)
        written = rate_of(int(pub(year)[:4]))[0]
        expects = {by_rule(number_in(words), krw * 1000 / rates()[y], TOLERANCES.rate_rel) for y in {year, written}}
        expect = "right" if "right" in expects else "caught" if expects == {"caught"} else None
        if expect is None:
            continue
        sentence = text.format(W=won(krw, WON_STYLES[yi % len(WON_STYLES)]), D=words, Y=year)
        quantity = "payment-in-dollars" if name == "dollar-only" else "conversion"
        out.append(Row(f"usd-{name}-{year}-{style}-{pname}", f"{quantity}:{name} x reported x "
                       f"{'right' if expect == 'right' else pname}", pub(year), sentence, words, expect,
                       (f"{year} average", f"{written} average")))
    return out


USD_YEARS = (1998, 2002, 2004)


def dollar_year_rows() -> list[Row]:
    """A payment of a year data/ gives in dollars (before 2005)."""
    out = []
    for (ti, (name, text, pub)), year, (pname, factor) in itertools.product(
            enumerate(PAY_TEMPLATES[:4]), USD_YEARS, PERTURB.items()):
        truth = dollar_payments()[year]
        words = dollars(truth * factor, DOLLAR_STYLES[ti % len(DOLLAR_STYLES)])
        truths = [truth, *([payments()[year] * 1000 / rates()[year]] if year in payments() else [])]
        expects = {by_rule(number_in(words), t, TOLERANCES.same_rel) for t in truths}
        expect = "right" if "right" in expects else "caught" if expects == {"caught"} else None
        if expect is None or (expect == "caught" and near_other_row(number_in(words), truth, list(
                dollar_payments().values()))):
            continue
        out.append(Row(f"usdyear-{name}-{year}-{pname}", f"payment-in-dollars:{name} x reported x "
                       f"{'right' if expect == 'right' else pname}", pub(year), text.format(A=words, Y=year),
                       words, expect, (money(truth), f"{payments().get(year, 0):,.1f}")))
    return out


# ----- demands, offers, forecasts and hypotheticals -----

#: (actor as written, amount in million dollars, publication day, the date as a dated sentence writes it)
DEMANDS = (
    ("Trump", 5000, "2019-11-20", "In November 2019"),
    ("U.S. negotiator James DeHart", 4700, "2019-11-12", "In November 2019"),
    ("President Donald Trump", 1300, "2020-05-20", "In May 2020"),
    ("Trump", 10000, "2025-07-12", "In July 2025"),  # not the 2024 row: "If I were there now ..." (a condition)
)
DEMAND_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | text
demanded-pay | {Actor} demanded that South Korea pay {D} a year for the U.S. troops.
asked-for | {Actor} has asked Seoul for {D} annually.
wants-vs-payment | {Actor} wants Seoul to pay {D} a year, far more than the {A} it paid in 2019.
rejected-demand | Seoul rejected the demand by {Actor} for {D} a year.
dated | {When}, {Actor} demanded {D} a year from Seoul.
quotation | “They should pay {D} a year,” {Actor} said.
seeking-vs-now | {Actor} is seeking {D} a year from Seoul, up from about {N} now.
last-year | {Actor} demanded {D} a year from Seoul last year.
"""
))


def money(m: float) -> str:
    """Write ``m`` million dollars as the evidence does ("$4.7 billion", "$620 million").

    >>> money(4700), money(10000), money(620)
    ('$4.7 billion', '$10 billion', '$620 million')
    """
    return f"${m / 1000:g} billion" if m >= 1000 else f"${m:g} million"


def demand_amounts() -> list[float]:
    return [float(r["amount"]) / 1e6 for r in _rows("demands") if r["currency"] == "USD"]


def demand_rows() -> list[Row]:
    """Each demand x template x perturbation; the dated form also published years later."""
    out = []
    for (ti, (name, text)), (di, (actor, amount, pub, when)), (pname, factor) in itertools.product(
            enumerate(DEMAND_TEMPLATES), enumerate(DEMANDS), (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6),
                                                               ("slip", 0.001))):
        words = dollars(amount * factor, DOLLAR_STYLES[(ti + di) % len(DOLLAR_STYLES)])
        expect = by_rule(number_in(words), amount, TOLERANCES.same_rel)
        others = [a for a in demand_amounts() if abs(a / amount - 1) > 0.001]
        if expect is None or (expect == "caught" and any(abs(number_in(words) / a - 1) <= TOLERANCES.same_rel
                                                         for a in others)):
            continue
        now = rate_of(int(pub[:4]))[1]
        paid_now = dollars(round(payments()[int(pub[:4])] * 1000 / now, -2), "usd")
        sentence = text.format(Actor=actor, D=words, A=won(payments()[2019], "tn4"), When=when, N=paid_now)
        published = f"{int(pub[:4]) + 5}-01-10" if name == "dated" else f"{int(pub[:4]) + 1}-02-10" if \
            name == "last-year" else pub
        cls = f"demand:{name} x demand x {'right' if expect == 'right' else pname}"
        out.append(Row(f"dem-{name}-{di}-{pname}", cls, published, sentence, words, expect,
                       (money(amount),)))
        if name == "wants-vs-payment" and pname == "right":
            out.append(Row(f"dem-{name}-{di}-distractor", "distractor:payment-in-demand x reported x right",
                           published, sentence, won(payments()[2019], "tn4"), "right"))
        if name == "seeking-vs-now" and pname == "right":
            out.append(Row(f"dem-{name}-{di}-distractor", "distractor:payment-now x reported x right",
                           published, sentence, paid_now, "right"))
    return out


OFFER_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | text
offered-rejected | Seoul offered a {P} percent increase for 2020, but Trump rejected it.
proposed-raise | South Korea proposed raising its contribution by {P} percent in 2020.
"""
))


def offer_rows() -> list[Row]:
    """The offer of data/ (13 percent for 2020), right and not: never caught by a payment (what happened later)."""
    out = []
    for (name, text), (pname, value) in itertools.product(OFFER_TEMPLATES, (("right", 13), ("other", 20),
                                                                            ("other2", 30), ("frozen", 0))):
        words = f"{value} percent"
        expect = "right" if pname == "right" else "not_by_payment"
        out.append(Row(f"offer-{name}-{pname}", f"offer:{name} x offer x {pname}", "2020-04-15",
                       text.format(P=value), words, expect))
    return out


FUTURE_TEMPLATES = templates(
    r"""
name | published | modality | text
expected-next-year | autumn-before | forecast | South Korea is expected to pay {A} next year.
could-reach | autumn-before | forecast | Analysts say the payment could reach {A} in {Y}.
if-paid | after | hypothetical | If Seoul paid {A} in {Y}, the alliance would be stronger, he said.
would-have | after | hypothetical | Under the rejected proposal Seoul would have paid {A} in {Y}.
"""
)


def future_rows() -> list[Row]:
    """Forecasts and hypotheticals of a payment, right or not: never caught."""
    out = []
    for (ti, (name, text, pub, modality)), (yi, year), (pname, factor) in itertools.product(
            enumerate(FUTURE_TEMPLATES), enumerate((2019, 2021, 2026)), (("right", 1.0), ("+40%", 1.4),
                                                                        ("-40%", 0.6))):
        words = won(payments()[year] * factor, WON_STYLES[(ti + yi) % len(WON_STYLES)])
        out.append(Row(f"fut-{name}-{year}-{pname}", f"payment:{name} x {modality} x {pname}", pub(year),
                       text.format(A=words, Y=year), words, "never_caught"))
    return out


# ----- a payment or change among other dates: a deal's date, its term, a budget's growth -----

#: When each agreement that set a rendered year was reached (month and year, as copy writes it).
DEAL_REACHED = {2014: "January 2014", 2019: "February 2019", 2021: "March 2021", 2022: "March 2021",
                2026: "October 2024"}
#: The last year of the agreement of each rendered year.
DEAL_END = {2014: 2018, 2019: 2019, 2021: 2025, 2022: 2025, 2026: 2030}
CONTEXT_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | figures judged | text
deal-reached | A | The agreement, reached in {R}, set Seoul's {Y} payment at {A}.
deal-runs-until | A | Under a deal that runs until {E}, Seoul pays {A} in {Y}.
won-in-parens | A | South Korea paid {D} ({A}) in {Y}.
will-pay-up-from | AP | Seoul will pay {A} in {Y}, up {P} percent from {Y0}, under the deal reached in {R}.
reflecting-budget | PG | Seoul's payment rose {P} percent in {Y}, reflecting the {G} percent growth in its {Y0} defence budget.
demand-vs-paid | A | Trump demanded a sharp increase from the {A} Seoul paid in {Y}.
"""  # noqa: E501
))


def context_rows() -> list[Row]:
    """A payment (``A``), its change (``P``) and another quantity (``G``) among other dates of the sentence."""
    out = []
    for (ti, (name, text, targets)), year, (pname, factor) in itertools.product(
            enumerate(CONTEXT_TEMPLATES), DEAL_REACHED, (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6))):
        krw, pct = payments()[year], change(year)
        growth = (defence()[year - 1] / defence()[year - 2] - 1) * 100 if {year - 1, year - 2} <= set(defence()) \
            else None
        if "G" in targets and growth is None:
            continue
        style = WON_STYLES[(ti + year) % len(WON_STYLES)]
        pub = f"{int(DEAL_REACHED[year][-4:])}-12-01" if name in ("will-pay-up-from", "deal-reached") else \
            f"{year + 1}-03-10"
        usd = dollars(krw * 1000 / rates()[year], "usd") if year in rates() else None
        if "{D}" in text and usd is None:
            continue
        for target in targets:
            fa, fp = (factor, 1.0) if target == "A" else (1.0, factor)
            words_a, p = won(krw * fa, style), f"{pct * fp:.1f}"
            sentence = text.format(A=words_a, Y=year, Y0=year - 1, R=DEAL_REACHED[year], E=DEAL_END[year], P=p,
                                   G=f"{growth or 0:.1f}", D=usd)
            if target == "A":
                words, expect, evidence = words_a, by_rule(number_in(words_a), krw, TOLERANCES.same_rel), f"{krw:,.1f}"
                evidence = "average of" if name == "won-in-parens" else evidence  # judged as the pair's conversion
            elif target == "P":
                dev = abs(float(p) - pct)
                words, evidence = f"{p} percent", f"{pct:.1f}"
                expect = "right" if dev <= 0.06 else "caught" if dev > TOLERANCES.percent_abs + 0.3 else None
                if expect == "caught" and "budget" in name and budget_reading(float(p), year):
                    expect = None
            else:
                words, expect, evidence = f"{growth:.1f} percent", "right", ""
            if expect is None or (target == "G" and pname != "right"):
                continue
            out.append(Row(f"ctx-{name}-{year}-{target}-{pname}", f"{'payment' if target == 'A' else 'change'}:"
                           f"{name}[{target}] x reported x {'right' if expect == 'right' else pname}", pub, sentence,
                           words, expect, (evidence,)))
    return out


# ----- other quantities and modalities: never caught by a payment -----

#: (name, text with {A} a won payment of {Y}, {D} a dollar sum, {P} a percent; the publication day; the figure's
#: placeholder). Each is rendered right and perturbed: none may be caught (another quantity, a forecast, a condition).
NEVER_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | figure | text
workers-pay-rise | P | Seoul's payment for {Y} reflects a {P} percent rise in the pay of Korean workers.
tariff | P | Seoul paid {A0} in {Y}, even as Washington threatened a {P} percent tariff on Korean cars.
likely-rise-range | P | Seoul is likely to agree to a rise of 5 to {P} percent for {Y}, analysts said.
could-end-up | A | Seoul could end up paying {A} in {Y} if talks drag on.
make-seoul-pay | D | Trump has said he would make Seoul pay {D} a year.
would-be-paying | D | Trump said Seoul would be paying {D} a year if he were in the White House.
defence-budget-growth | P | The defence budget for {Y} grew {P} percent, the finance ministry said.
budget-not-payment | B | Seoul's {Y} defence budget rose to {B} trillion won.
"""
))
NEVER_YEARS = (2019, 2021, 2022)


def never_rows() -> list[Row]:
    """Other quantities, forecasts and conditions in a payment's company: right or perturbed, never caught."""
    out = []
    for (name, text, target), year, (pname, factor) in itertools.product(
            NEVER_TEMPLATES, NEVER_YEARS, (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6), ("+15%", 1.15))):
        values = {"A": won(payments()[year] * factor, "tn2"), "A0": won(payments()[year], "tn2"),
                  "D": dollars(5000 * factor, "usd"), "P": f"{max(change(year), 6.5) * factor:.1f}",
                  "B": f"{defence()[year] * factor:.1f}"}
        words = values[target] if target in "AD" else f"{values[target]} percent" if target == "P" else \
            f"{values[target]} trillion won"
        out.append(Row(f"never-{name}-{year}-{pname}", f"other:{name} x never x {pname}", f"{year}-06-15",
                       text.format(Y=year, **values), words, "never_caught"))
    return out


# ----- a yearly amount over a range of years, and a total -----

RANGE_SPANS = ((2005, 2006), (2014, 2016), (2015, 2018), (2019, 2020))
RANGE_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | kind | text
a-year-from-to | each | Seoul paid about {A} a year from {Y1} to {Y2}.
annually-between | each | Between {Y1} and {Y2}, South Korea contributed roughly {A} annually.
each-year-dash | each | Seoul's payment was around {A} each year in {Y1}-{Y2}.
total-in-and | total | Seoul paid a total of {A} in {Y1} and {Y2}.
combined-over | total | Over {Y1}-{Y2}, Seoul's payments came to {A} combined.
"""
))


def range_rows() -> list[Row]:
    """A yearly amount over a range (right when it is within tolerance of every year's) and a total of the years."""
    out = []
    for (ti, (name, text, kind)), (y1, y2), (pname, factor) in itertools.product(
            enumerate(RANGE_TEMPLATES), RANGE_SPANS, (("right", 1.0), ("+40%", 1.4), ("-40%", 0.6))):
        years = range(y1, y2 + 1) if kind == "each" else ((y1, y2) if " and " in text else range(y1, y2 + 1))
        values = [payments()[y] for y in years]
        truth = sum(values) if kind == "total" else sum(values) / len(values)
        words = won(truth * factor, WON_STYLES[ti % len(WON_STYLES)])
        stated = number_in(words)
        expects = {by_rule(stated, v, TOLERANCES.same_rel + MARGIN if pname == "right" else TOLERANCES.same_rel)
                   for v in (values if kind == "each" else [truth])}
        expect = "right" if pname == "right" and expects <= {"right", None} and all(
            abs(stated / v - 1) <= TOLERANCES.same_rel for v in (values if kind == "each" else [truth])) \
            else "caught" if pname != "right" and expects == {"caught"} else None
        if expect is None:
            continue
        out.append(Row(f"range-{name}-{y1}-{y2}-{pname}", f"payment-range:{name} x reported x {pname}",
                       f"{y2 + 1}-03-10", text.format(A=words, Y1=y1, Y2=y2), words, expect,
                       (*(f"{v:,.1f}" for v in values), f"{truth:,.1f}", f"{truth:,.0f} billion")))
    return out


# ----- a demanded multiple of the payment -----

#: (words, factor) of a multiple; the demand of $5 billion (November 2019) over the 2019 payment in dollars.
MULTIPLES = (("fivefold", 5), ("five-fold", 5), ("tenfold", 10), ("twofold", 2), ("threefold", 3))
MULTIPLE_TEMPLATES = tuple((name, text, *rest) for name, *rest, text in table(
    r"""
name | text
increase-to | Washington demanded a {M} increase to {D} a year, officials said.
what-seoul-pays | Trump wants Seoul to pay {D}, or {M} what it pays now.
"""
))


def multiple_rows() -> list[Row]:
    """A demanded multiple with its amount: right when the demand over the payment of its year is within
    ``factor_rel`` of the multiple, caught when beyond ``factor_near_rel``."""
    out = []
    ratio = 5000 / (payments()[2019] * 1000 / rates()[2019])
    for (name, text), (words, factor) in itertools.product(MULTIPLE_TEMPLATES, MULTIPLES):
        dev = abs(ratio / factor - 1)
        expect = "right" if dev <= TOLERANCES.factor_rel else "caught" if dev > TOLERANCES.factor_near_rel + MARGIN \
            else None
        if expect is None:
            continue
        out.append(Row(f"mult-{name}-{words.replace(' ', '_')}", f"ratio:{name} x demand x "
                       f"{'right' if expect == 'right' else 'wrong-multiple'}", "2019-11-20",
                       text.format(M=words, D="$5 billion"), words, expect, ("5 billion", "1,038.9", "891")))
    return out


@cache
def battery() -> list[Row]:
    rows = [*payment_rows(), *pair_rows(), *distractor_rows(), *percent_rows(), *conversion_rows(),
            *dollar_year_rows(), *demand_rows(), *offer_rows(), *future_rows(), *context_rows(),
            *never_rows(), *range_rows(), *multiple_rows()]
    seen: set[str] = set()
    out = []
    for row in rows:  # one row per id (a perturbation that renders as another's figure is kept once)
        if row.id not in seen:
            seen.add(row.id)
            out.append(row)
    return out


# ----- checking: one article per publication day, one paragraph per sentence -----

class Got(NamedTuple):
    verdict: str
    evidence: str
    rows: tuple[str, ...]


NONE = Got("not_checkable", "", ())


@cache
def checked() -> dict[tuple[str, str], dict[str, Got]]:
    """Return, for each (publication day, sentence), the claims check finds in it by their exact words."""
    from analysis import check

    by_day: dict[str, list[str]] = {}
    for row in battery():
        texts = by_day.setdefault(row.published, [])
        if row.text not in texts:
            texts.append(row.text)
    out: dict[tuple[str, str], dict[str, Got]] = {}
    for day, texts in by_day.items():
        body, starts = "T", []
        for text in texts:
            body += "\n\n"
            starts.append(len(body))
            body += text
        report = check.check_text(body, day)
        for text, start in zip(texts, starts, strict=True):
            out[day, text] = {c.exact: Got(c.verdict, c.evidence, c.rows) for c in report.claims
                              if start <= c.start < start + len(text)}
    return out


def got_for(row: Row, claims: dict[str, Got]) -> Got:
    return next((g for words, g in claims.items() if row.exact in words), NONE)


def failure(row: Row, got: Got) -> str | None:
    """Return why ``got`` does not fit the row's expectation, or None."""
    caught = got.verdict in ("contradicted", "misleading")
    if row.expect == "right" and caught:
        return f"right {got.verdict}"
    if row.expect == "never_caught" and caught:
        return f"{row.cls.split(' x ')[1]} {got.verdict}"
    if row.expect == "not_by_payment" and caught and all(r.startswith("sma_contributions") for r in got.rows):
        return "offer judged by a payment"
    if row.expect == "caught":
        if not caught:
            return f"wrong {got.verdict}"
        if not any(e in got.evidence for e in row.evidence):
            return "caught, evidence lacks it"
    return None


#: Rows that failed on main when the battery was written: id -> class (template x modality x perturbation).
KNOWN: dict[str, str] = {
    "dem-asked-for-0--40%": "demand:asked-for x demand x -40% :: wrong unverifiable",
    "dem-asked-for-1--40%": "demand:asked-for x demand x -40% :: wrong unverifiable",
    "dem-asked-for-2-+40%": "demand:asked-for x demand x +40% :: wrong unverifiable",
    "dem-asked-for-2--40%": "demand:asked-for x demand x -40% :: wrong unverifiable",
    "dem-asked-for-3--40%": "demand:asked-for x demand x -40% :: wrong unverifiable",
    "dem-demanded-pay-0--40%": "demand:demanded-pay x demand x -40% :: wrong unverifiable",
    "dem-demanded-pay-1--40%": "demand:demanded-pay x demand x -40% :: wrong unverifiable",
    "dem-demanded-pay-2-+40%": "demand:demanded-pay x demand x +40% :: wrong unverifiable",
    "dem-demanded-pay-2--40%": "demand:demanded-pay x demand x -40% :: wrong unverifiable",
    "dem-demanded-pay-3--40%": "demand:demanded-pay x demand x -40% :: wrong unverifiable",
    "dem-last-year-0--40%": "demand:last-year x demand x -40% :: wrong unverifiable",
    "dem-last-year-1--40%": "demand:last-year x demand x -40% :: wrong unverifiable",
    "dem-last-year-2-+40%": "demand:last-year x demand x +40% :: wrong unverifiable",
    "dem-last-year-2--40%": "demand:last-year x demand x -40% :: wrong unverifiable",
    "dem-last-year-3--40%": "demand:last-year x demand x -40% :: wrong unverifiable",
    "dem-quotation-0--40%": "demand:quotation x demand x -40% :: wrong unverifiable",
    "dem-quotation-1--40%": "demand:quotation x demand x -40% :: wrong unverifiable",
    "dem-quotation-2-+40%": "demand:quotation x demand x +40% :: wrong unverifiable",
    "dem-quotation-2--40%": "demand:quotation x demand x -40% :: wrong unverifiable",
    "dem-quotation-3--40%": "demand:quotation x demand x -40% :: wrong unverifiable",
    "dem-rejected-demand-0--40%": "demand:rejected-demand x demand x -40% :: wrong unverifiable",
    "dem-rejected-demand-1--40%": "demand:rejected-demand x demand x -40% :: wrong unverifiable",
    "dem-rejected-demand-2-+40%": "demand:rejected-demand x demand x +40% :: wrong unverifiable",
    "dem-rejected-demand-2--40%": "demand:rejected-demand x demand x -40% :: wrong unverifiable",
    "dem-rejected-demand-3--40%": "demand:rejected-demand x demand x -40% :: wrong unverifiable",
    "dem-seeking-vs-now-0--40%": "demand:seeking-vs-now x demand x -40% :: wrong unverifiable",
    "dem-seeking-vs-now-1--40%": "demand:seeking-vs-now x demand x -40% :: wrong unverifiable",
    "dem-seeking-vs-now-2-+40%": "demand:seeking-vs-now x demand x +40% :: wrong unverifiable",
    "dem-seeking-vs-now-2--40%": "demand:seeking-vs-now x demand x -40% :: wrong unverifiable",
    "dem-seeking-vs-now-3--40%": "demand:seeking-vs-now x demand x -40% :: wrong unverifiable",
    "dem-wants-vs-payment-0--40%": "demand:wants-vs-payment x demand x -40% :: wrong unverifiable",
    "dem-wants-vs-payment-1--40%": "demand:wants-vs-payment x demand x -40% :: wrong unverifiable",
    "dem-wants-vs-payment-2-+40%": "demand:wants-vs-payment x demand x +40% :: wrong unverifiable",
    "dem-wants-vs-payment-2--40%": "demand:wants-vs-payment x demand x -40% :: wrong unverifiable",
    "dem-wants-vs-payment-3--40%": "demand:wants-vs-payment x demand x -40% :: wrong unverifiable",
    "pct-last-year-2021-year-7": "change:last-year x reported x year-7 :: wrong supported",
    "usd-dollar-only-2022-usd-+40%": "payment-in-dollars:dollar-only x reported x +40% :: wrong unverifiable",
}


def _params() -> list[object]:
    out = []
    for row in battery():
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[row.id])] if row.id in KNOWN else []
        out.append(pytest.param(row, id=row.id, marks=marks))
    return out


def check_row(row: Row) -> None:
    """One rendering: its verdict fits the expectation derived from data/ by rule."""
    got = got_for(row, checked()[row.published, row.text])
    assert failure(row, got) is None, (failure(row, got), got)


@pytest.mark.parametrize("rows", merged(_params()))
def test_claims26_battery(rows: list[object]) -> None:
    """The renderings of a chunk (or one known failure, a strict xfail of its own), as :func:`check_row` judges them."""
    run_rows(check_row, rows)


#: Every this many rows, one is checked alone too: a batch must give the verdict the sentence gets on its own.
SAMPLE_EVERY = 40


def test_batching_is_faithful() -> None:
    rows = battery()[::SAMPLE_EVERY]
    alone = [got_for(r, {k: Got(c.verdict, c.evidence, c.rows) for k, c in read_claims(r.text, r.published).items()})
             for r in rows]
    batched = [got_for(r, checked()[r.published, r.text]) for r in rows]
    assert [g.verdict for g in alone] == [g.verdict for g in batched]


def test_battery_is_deterministic_and_large() -> None:
    """The battery is the same each time it is built (no random), its ids unique, and it is large."""
    ids = [r.id for r in battery()]
    assert ids == [r.id for r in battery.__wrapped__()]
    assert len(set(ids)) == len(ids) > 800
    assert set(KNOWN) <= set(ids)
