"""A battery of the figures reporters get wrong (claims30), each computed from data/, never typed in.

Companion of tests/test_claims26.py (whose helpers it uses), stricter on right figures and wider on wrong ones:

- **right, plain** (class A): a right figure in a plain template — a year's payment in won or (before 2005) in
  dollars, its dollar conversion at the year's average rate, a year's change, a multi-year deal's total, a
  demand with its actor and time — must be found and ``supported`` with its data row in the rows (claims26 lets
  a right figure pass as ``unverifiable`` or unfound);
- **wrong** (each caught: ``contradicted`` or ``misleading``, the right figure in the evidence):
  B the payment of year Y given with the figure of Y-1 or Y+1 (templates claims26 does not use);
  C a won payment with a wrong dollar conversion in parentheses (another year's dollars, x1.4, x0.6, a unit slip);
  D a unit slip (billion won for trillion, trillion for billion, dollar billions for millions);
  E a percent rise between two years that is not the data's (another span's rise, +-5 points);
  F a total over a multi-year deal that is not the sum (x1.3, x0.7, the sum of one year fewer);
  G a demand no one on record asked, the sentence naming its actor and time: *far above* every ask on record of
    that actor and time (past ``near_rel``) it is ``contradicted`` (the data hold each round's headline, highest
    asks: a far larger figure was not asked); a little above them (maybe the same ask reported another way) or
    *below* them it stays ``unverifiable`` (an opening bid, a reduced ask or one item, which the data do not all
    hold) — see :func:`analysis.rules.above_record`;
  I "the president" asking, a president named before it: the last named president is the asker (a Korean one
    named last, or none: no actor of record, never caught) — :func:`analysis.frames.president_named`;
  H the troop number wrong: caught since the troops helper (thirteenth session: data/troops.csv, the ``count`` span
    and the ``troops`` rule); before, ``xfail`` (no sourced troop count, no span read counts of troops);
- **controls** (never caught): rounded right figures ("nearly $1 billion", "about 1 trillion won"), offers,
  forecasts and hypotheticals of wrong figures, other quantities (the defence budget and its growth, tariffs).

Expectations come from data/ and :class:`analysis.rules.Tolerances` by rule (with the grey-zone margin of
claims26), never from running the tool. Rows that fail are ``xfail(strict=True)`` with their class in
:data:`KNOWN`.
"""

from __future__ import annotations

import itertools
from functools import cache

import pytest
from conftest import merged, read_claims, run_rows, table
from test_claims26 import (
    MARGIN,
    Got,
    Row,
    _rows,
    by_rule,
    change,
    defence,
    dollar_payments,
    dollars,
    money,
    near_other_row,
    number_in,
    other_payments,
    payments,
    rates,
    won,
)
from test_claims26 import (
    failure as failure26,
)

from analysis.rules import TOLERANCES


def after(year: int) -> str:
    return f"{year + 1}-03-10"


def bn(value: float) -> str:
    """Write billions of won as the evidence does ("1,038.9")."""
    return f"{value:,.1f}"


# ----- A: right figures in plain templates: found and supported -----

PLAIN = tuple(table(
    r"""
name | text
paid-in | South Korea paid {A} in {Y} for the U.S. troops stationed there.
share-for | Seoul's share of the cost for {Y} was {A}.
In-Y | In {Y}, South Korea contributed {A} to the upkeep of U.S. Forces Korea.
"""
))
RIGHT_YEARS = (2005, 2009, 2013, 2016, 2019, 2021, 2025, 2026)
RIGHT_STYLES = ("tn4", "bn", "KRW")


def right_rows() -> list[Row]:
    """A year's won payment, plain and right, in three spellings: supported, its row used."""
    out = []
    for (name, text), year, style in itertools.product(PLAIN, RIGHT_YEARS, RIGHT_STYLES):
        words = won(payments()[year], style)
        out.append(Row(f"A-pay-{name}-{year}-{style}", f"right:payment-{name}", after(year),
                       text.format(A=words, Y=year), words, "supported", (f"sma_contributions:{year}",)))
    for (name, text), year in itertools.product(PLAIN, (1995, 2000, 2003)):
        words = dollars(dollar_payments()[year], "usd")
        out.append(Row(f"A-usd-{name}-{year}", f"right:payment-in-dollars-{name}", after(year),
                       text.format(A=words, Y=year), words, "supported", (f"sma_contributions:{year}",)))
    return out


def right_other_rows() -> list[Row]:
    """A conversion, a change, a total and a demand, each right and plain: supported."""
    out = []
    for year in (2014, 2019, 2021):
        usd = dollars(payments()[year] * 1000 / rates()[year], "usd")
        out.append(Row(f"A-conv-{year}", "right:conversion", after(year),
                       f"South Korea paid {won(payments()[year], 'tn2')} ({usd}) in {year}.", usd, "supported",
                       (f"exchange_rates:{year}",)))
    for year in (2014, 2019, 2021, 2026):
        p = f"{change(year):.1f} percent"
        out.append(Row(f"A-pct-{year}", "right:change", after(year),
                       f"Seoul's payment rose {p} in {year} from the year before.", p, "supported",
                       (f"sma_contributions:{year}",)))
    for first, last in DEALS:
        total = won(deal_total(first, last), "tn2")
        out.append(Row(f"A-total-{first}", "right:total", after(last), TOTAL_TEXT.format(A=total, Y1=first, Y2=last),
                       total, "supported", (f"sma_contributions:{last}",)))
    for actor, when, pub, amount, row in RIGHT_DEMANDS:
        words = dollars(amount, "usd")
        out.append(Row(f"A-dem-{row}", "right:demand", pub, f"{when}, {actor} demanded {words} a year from Seoul.",
                       words, "supported", (f"demands:{row}",)))
    return out


#: (actor as written, when as written, publication day, amount in million dollars, the demand row it is).
RIGHT_DEMANDS = (
    ("Trump", "In November 2019", "2019-12-10", 5000, "yonhap-editorial-5bn"),
    ("U.S. negotiator James DeHart", "In November 2019", "2019-12-10", 4700, "yoon-dehart-4-7bn-usd"),
    ("President Donald Trump", "In May 2020", "2020-06-10", 1300, "dong-a-1-3bn-2020"),
)


# ----- B: the payment of year Y given with the figure of Y-1 or Y+1 -----

SWAP_TEMPLATES = tuple(table(
    r"""
name | text
share-was | South Korea's share for {Y} was {A}, the defence ministry said.
contributed | In {Y}, Seoul contributed {A} toward the cost of U.S. troops.
under-deal | Under the cost-sharing deal, South Korea paid {A} in {Y}.
"""
))


def swap_rows() -> list[Row]:
    """Another year's payment given for Y (when the two differ by more than the tolerance and its margin)."""
    out = []
    for (name, text), year, step in itertools.product(SWAP_TEMPLATES, (2008, 2014, 2018, 2021, 2022, 2026), (-1, 1)):
        other = year + step
        if other not in payments() or by_rule(payments()[other], payments()[year], TOLERANCES.exact_rel) == "right":
            continue
        words = won(payments()[other], "tn4" if payments()[other] >= 1000 else "bn")
        out.append(Row(f"B-{name}-{year}{step:+d}", f"year-swap:{name}", after(year), text.format(A=words, Y=year),
                       words, "caught", (bn(payments()[year]),)))
    return out


# ----- C: a wrong dollar conversion in parentheses -----

CONV_WRONG = tuple(table(
    r"""
name | text
parens | South Korea paid {W} ({D}) in {Y}.
or-about | Seoul's {Y} share was {W}, or about {D}.
"""
))


def conversion_wrong_rows() -> list[Row]:
    """A right won payment with a dollar figure beyond ``rate_rel`` (and its margin) of the year's and the writing
    year's conversions: another year's dollars, x1.4, x0.6, a unit slip."""
    out = []
    for year in (2014, 2018, 2019, 2021, 2022):
        krw = payments()[year]
        truths = [krw * 1000 / rates()[y] for y in (year, year + 1)]
        for pname, usd in (("x1.4", truths[0] * 1.4), ("x0.6", truths[0] * 0.6), ("slip", truths[0] * 1000),
                           ("prev-year", payments()[year - 1] * 1000 / rates()[year - 1] * 0.8)):
            words = dollars(usd, "usd") if pname != "slip" else f"${usd / 1000:,.0f} billion"
            if {by_rule(number_in(words), t, TOLERANCES.rate_rel) for t in truths} != {"caught"}:
                continue
            for name, text in CONV_WRONG:
                out.append(Row(f"C-{name}-{year}-{pname}", f"conversion:{name} x {pname}", after(year),
                               text.format(W=won(krw, "tn2"), D=words, Y=year), words, "caught",
                               (f"{year} average", f"{year + 1} average")))  # the year's rate or the writing year's
    return out


# ----- D: unit slips -----

def slip_rows() -> list[Row]:
    """Trillion for billion won and back, billions of dollars for millions."""
    out = []
    for year in (2008, 2014, 2018, 2021, 2025):
        b = payments()[year]
        for pname, words in (("tn-for-bn", f"{b:,.1f} trillion won"), ("bn-for-tn", f"{b / 1000:.2f} billion won")):
            out.append(Row(f"D-{year}-{pname}", f"unit-slip:{pname}", after(year),
                           f"Seoul paid {words} in {year} for the U.S. troops.", words, "caught", ("unit slip",)))
    for year in (1996, 2002, 2004):
        words = f"${dollar_payments()[year]:,.0f} billion"
        out.append(Row(f"D-{year}-usd-bn-for-m", "unit-slip:usd-billion-for-million", after(year),
                       f"Seoul paid {words} in {year} for the U.S. troops.", words, "caught", ("unit slip",)))
    return out


# ----- E: a percent rise between two years -----

SPANS = ((2014, 2018), (2009, 2013), (2018, 2021), (2021, 2025))
RISE_TEMPLATES = tuple(table(
    r"""
name | text
between | Seoul's payment rose {P} percent between {Y0} and {Y}.
from-to | From {Y0} to {Y}, South Korea's contribution grew {P} percent.
"""
))


def rise(first: int, last: int) -> float:
    return (payments()[last] / payments()[first] - 1) * 100


def rise_rows() -> list[Row]:
    """A rise over a span of years: right, +-5 points, or the rise of another span."""
    out = []
    for (name, text), (y0, y1) in itertools.product(RISE_TEMPLATES, SPANS):
        truth = rise(y0, y1)
        others = [rise(a, b) for a, b in SPANS if (a, b) != (y0, y1)]
        for pname, value in (("right", truth), ("+5pt", truth + 5), ("-5pt", truth - 5), ("other", others[0])):
            p = f"{value:.1f}"
            dev = abs(float(p) - truth)
            expect = "supported" if dev <= 0.06 else "caught" if dev > TOLERANCES.percent_abs + 0.3 else None
            if expect is None or float(p) <= 0:
                continue
            out.append(Row(f"E-{name}-{y0}-{y1}-{pname}", f"rise:{name} x {pname}", after(y1),
                           text.format(P=p, Y0=y0, Y=y1), f"{p} percent", expect, (f"{truth:.1f}",)))
    return out


# ----- F: the total over a multi-year deal -----

#: Agreements whose every year has a won payment in data/ (first, last year).
DEALS = ((2005, 2006), (2007, 2008), (2009, 2013), (2014, 2018))
TOTAL_TEXT = "Under the agreement, Seoul paid a total of {A} from {Y1} to {Y2}."


def deal_total(first: int, last: int) -> float:
    return sum(payments()[y] for y in range(first, last + 1))


def total_rows() -> list[Row]:
    """A deal's total x1.3, x0.7, or the sum of one year fewer: caught (unless near another sourced figure)."""
    out = []
    for first, last in DEALS:
        truth = deal_total(first, last)
        for pname, value in (("x1.3", truth * 1.3), ("x0.7", truth * 0.7), ("one-fewer", truth - payments()[last])):
            words = won(value, "tn2")
            if by_rule(number_in(words), truth, TOLERANCES.same_rel) != "caught" or near_other_row(
                    number_in(words), truth, other_payments(0)):
                continue
            out.append(Row(f"F-{first}-{last}-{pname}", f"total:{pname}", after(last),
                           TOTAL_TEXT.format(A=words, Y1=first, Y2=last), words, "caught",
                           (f"{truth:,.0f} billion", f"{truth:,.1f} billion")))
    return out


# ----- G: a demand no one on record asked, its actor and time named -----

#: (actor as written, when as written, publication day, the highest ask on record of that actor and time, and
#: whether a lower figure is outside every ask of that time too).
OFF_RECORD = (
    ("Trump", "In November 2019", "2019-12-10"),
    ("U.S. negotiator James DeHart", "In November 2019", "2019-12-10"),
    ("Washington", "In 2019", "2019-12-20"),
    ("President Donald Trump", "In May 2020", "2020-06-10"),
)
SPEAKERS = {"Trump": "donald-trump", "President Donald Trump": "donald-trump",
            "U.S. negotiator James DeHart": "james-dehart", "Washington": None}


def asks_of(actor: str, year: int) -> list[float]:
    """Return the yearly dollar asks on record (million) of ``actor`` (None: any US speaker) made in or for
    ``year``."""
    out = []
    for r in _rows("demands"):
        made = int(r["date"][:4]) == year or r["for_year"] == str(year)
        if r["kind"] == "demand" and r["currency"] == "USD" and r["period"] == "year" and made and (
                actor is None or r["speaker"] == actor) and not r["quote"].startswith("If "):
            out.append(float(r["amount"]) / 1e6)
    return out


OFF_TEMPLATES = tuple(table(
    r"""
name | text
dated | {When}, {Actor} demanded {D} a year from Seoul.
asked-for | {When}, {Actor} asked Seoul for {D} annually.
demand-that | {When}, {Actor} demanded that South Korea pay {D} a year for the U.S. troops.
"""
))
#: Years after the demand an account of it may be published (the same verdict: the record of that time holds).
LATER = 5


def off_record_rows() -> list[Row]:
    """x1.6 and x2 the highest ask on record (past ``near_rel`` and its margin): caught, told at the time or years
    later; x1.2 the highest (within ``near_rel``: maybe the same ask reported another way) and x0.5 the lowest: not
    contradicted when told at the time (they stay unverifiable)."""
    out = []
    for (ti, (name, text)), (actor, when, pub), factor, later in itertools.product(
            enumerate(OFF_TEMPLATES), OFF_RECORD, (2.0, 1.6, 1.2, 0.5), (0, LATER)):
        caught = factor > 1 + TOLERANCES.near_rel + MARGIN
        if not caught and later:
            continue  # an account years later is judged against the record (analysis.rules.demand_recalled)
        asks = asks_of(SPEAKERS[actor], int(when[-4:]))
        value = max(asks) * factor if factor > 1 else min(asks) * factor
        words = dollars(value, ("usd", "words", "bn")[ti])
        expect = "caught" if caught else "never_caught"
        evidence = (money(max(asks)),) if caught else ()
        day = f"{int(pub[:4]) + later}{pub[4:]}"
        out.append(Row(f"G-{name}-{SPEAKERS[actor] or 'us'}-{when[-4:]}-x{factor}-{later}",
                       f"demand-off-record:{name} x demand x x{factor}{' later' if later else ''}", day,
                       text.format(When=when, Actor=actor, D=words), words, expect, evidence))
    return out


# ----- I: "the president" as the asker, a president named before -----

PRESIDENT_TEMPLATES = tuple(table(
    r"""
name | lead | text
subject | Trump arrived in Seoul on Monday. | In 2019, the president demanded {D} a year from Seoul.
possessive | Trump arrived in Seoul on Monday. | The president's demand for {D} a year in 2019 angered Seoul.
none-named | The talks resumed on Monday. | In 2019, the president demanded {D} a year from Seoul.
korean-named | Trump called Moon Jae-in on Monday. | In 2019, the president demanded {D} a year from Seoul.
"""
))


def president_rows() -> list[Row]:
    """The president named last before "the president" asks: the record of Trump's 2019 asks judges the figure
    (x2 the highest: caught; the highest: supported); with no president named, or the Korean one named last, no
    actor of record: never caught."""
    out = []
    top = max(asks_of("donald-trump", 2019))
    for (name, lead, text), (pname, factor) in itertools.product(PRESIDENT_TEMPLATES, (("right", 1.0), ("x2", 2.0))):
        words = dollars(top * factor, "usd")
        trump = name in ("subject", "possessive")
        expect = ("supported" if pname == "right" else "caught") if trump else "never_caught"
        out.append(Row(f"I-{name}-{pname}", f"president:{name} x demand x {pname}", "2019-12-10",
                       f"{lead} {text.format(D=words)}", words, expect, (money(top),) if trump else ()))
    return out


# ----- H: the troop number -----

#: The troop count of the ``usfk`` entity's role (entities.csv: "about 28500 troops"), read, not typed.
def troops() -> int:
    role = next(r["role"] for r in _rows("entities") if r["entity_id"] == "usfk")
    return int(next(w for w in role.replace("(", " ").split() if w.isdigit()))


def troop_rows() -> list[Row]:
    out = []
    for pname, factor in (("x1.3", 1.3), ("x0.6", 0.6)):
        n = f"{round(troops() * factor, -2):,.0f}"
        out.append(Row(f"H-troops-{pname}", f"troops:{pname}", "2019-12-10",
                       f"Seoul pays for the {n} U.S. troops stationed in the country.", n, "caught",
                       (f"{troops():,}",)))
    return out


# ----- controls: never caught -----

CONTROL_TEMPLATES = tuple(table(
    r"""
name | expect | figure | text
nearly-usd | supported | $1 billion | Seoul paid nearly $1 billion in 2019 for the U.S. troops.
about-won | supported | 1 trillion won | Seoul paid about 1 trillion won in 2019 for the U.S. troops.
about-won-2021 | supported | 1.2 trillion won | In 2021, South Korea paid about 1.2 trillion won under the new deal.
offer | never_caught | W | Seoul offered to pay {W} in 2020, but Trump rejected it.
forecast | never_caught | W | South Korea is expected to pay {W} next year, analysts said.
hypothetical | never_caught | W | If Seoul paid {W} in 2019, the alliance would be stronger, he said.
budget | never_caught | B | Seoul's defence budget for 2021 was {B} trillion won.
budget-growth | never_caught | G | The defence budget for 2021 grew {G} percent, the finance ministry said.
tariff | never_caught | G | Washington threatened a {G} percent tariff on Korean cars in 2019.
demand-about | supported | $5 billion | In November 2019, Trump demanded about $5 billion a year from Seoul.
demand-up-to | supported | $5 billion | In November 2019, U.S. officials demanded up to $5 billion a year.
demand-quoted | never_caught | D | "They should pay {D} a year," Trump said in November 2019.
demand-if | never_caught | D | If Trump demanded {D} a year in 2019, Seoul would refuse, the official said.
"""
))
#: The publication day of a control by name (default: mid-2021).
CONTROL_DAYS = {"offer": "2020-04-15", "forecast": "2018-10-01", "nearly-usd": "2020-03-10", "about-won": "2020-03-10",
                "demand-about": "2019-12-10", "demand-up-to": "2019-12-10", "demand-quoted": "2019-12-10",
                "demand-if": "2019-12-10"}


def control_rows() -> list[Row]:
    """Rounded right figures: supported; offers, forecasts, hypotheticals, other quantities, right or wrong:
    never caught."""
    out = []
    for (name, expect, figure, text), (pname, factor) in itertools.product(
            CONTROL_TEMPLATES, (("right", 1.0), ("x1.4", 1.4), ("x0.6", 0.6))):
        if expect == "supported" and pname != "right":
            continue
        values = {"W": won(payments()[2019] * factor, "tn2"), "B": f"{defence()[2021] * factor:.1f}",
                  "D": dollars(max(asks_of("donald-trump", 2019)) * factor * 1.6, "usd"),
                  "G": f"{(defence()[2021] / defence()[2020] - 1) * 100 * factor:.1f}"}
        shown = {"W": values["W"], "D": values["D"], "B": f"{values['B']} trillion won", "G": f"{values['G']} percent"}
        words = shown.get(figure, figure)
        out.append(Row(f"ctl-{name}-{pname}", f"control:{name} x {pname}", CONTROL_DAYS.get(name, "2021-06-15"),
                       text.format(**values), words, expect))
    return out


@cache
def battery() -> list[Row]:
    rows = [*right_rows(), *right_other_rows(), *swap_rows(), *conversion_wrong_rows(), *slip_rows(), *rise_rows(),
            *total_rows(), *off_record_rows(), *president_rows(), *troop_rows(), *control_rows()]
    seen: set[str] = set()
    return [r for r in rows if not (r.id in seen or seen.add(r.id))]


def got_for(row: Row) -> Got:
    claims = read_claims(row.text, row.published)
    return next((Got(c.verdict, c.evidence, c.rows) for words, c in claims.items() if row.exact in words),
                Got("not_found", "", ()))


def failure(row: Row, got: Got) -> str | None:
    """Return why ``got`` does not fit the row's expectation, or None: a right figure must be supported on its own
    row; the rest as in claims26 (caught with the right figure in the evidence, or never caught)."""
    if row.expect != "supported":
        return failure26(row, got)
    if got.verdict != "supported":
        return f"right {got.verdict}"
    if row.evidence and not any(e in got.rows or e in got.evidence for e in row.evidence):
        return "supported on another row"
    return None


#: Rows that fail: id -> class :: why (each a decision or an open class, see tests/corpus/REVIEW.md, claims30).
KNOWN: dict[str, str] = {}


def check_claims30_battery(row: Row) -> None:
    """One rendering: its verdict fits the expectation derived from data/ by rule."""
    why = failure(row, got_for(row))
    assert why is None, (why, got_for(row))


@pytest.mark.parametrize("rows", merged([pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True,
                                                                                   reason=KNOWN[r.id])]
                                                       if r.id in KNOWN else []) for r in battery()]))
def test_claims30_battery(rows: list[object]) -> None:
    run_rows(check_claims30_battery, rows)


def test_battery_is_deterministic() -> None:
    ids = [r.id for r in battery()]
    assert ids == [r.id for r in battery.__wrapped__()]
    assert len(set(ids)) == len(ids) > 150
    assert set(KNOWN) <= set(ids)
    assert {r.cls.split(":")[0] for r in battery()} >= {"right", "year-swap", "conversion", "unit-slip", "rise",
                                                       "total", "demand-off-record", "president", "troops",
                                                       "control"}


def test_off_record_reads_data() -> None:
    """The off-record figures are built from the record: above the highest ask, below the lowest."""
    assert max(asks_of("donald-trump", 2019)) == 5000 and troops() == 28500
    assert MARGIN > 0


#: claims26's templates that state a payment plainly with its year written (no hedge, no other figure's year).
PLAIN26 = ("in-Y", "In-Y-lead", "for-Y", "Y-possessive", "during-Y", "the-year-Y", "fiscal-Y", "Ys-covered", "troops",
           "quotation")


def strict26() -> list[Row]:
    """claims26's right rows in plain templates (payments unhedged; every change, conversion, dollar payment)."""
    from test_claims26 import battery as battery26

    return [r for r in battery26() if r.expect == "right" and (
        (r.cls.split(" x ")[0].split(":")[1] in PLAIN26 and "-plain-" in r.id)
        or r.id.startswith(("pct-", "usd-", "usdyear-")))]


def test_claims26_right_rows_are_supported() -> None:
    """The stricter companion: claims26's right figures in plain templates are found and supported (claims26 lets
    them pass unfound or unverifiable)."""
    from test_claims26 import checked
    from test_claims26 import got_for as got26

    rows = strict26()
    wrong = [(r.id, got26(r, checked()[r.published, r.text]).verdict) for r in rows]
    assert len(rows) > 100 and [w for w in wrong if w[1] != "supported"] == []
