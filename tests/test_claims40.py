"""claims40: wrong figures caught where the sentence ties a payment to its rise.

Class A — a rise and the amount it came to, told in one phrase ("rose P percent to A", "A, an increase of P percent
from the year before", "A, up P percent from a year earlier", "A, which is a P% increase over the previous year"):
when one of the pair is right for the year (``supported``), the sentence has fixed what both are — that year's
payment and its rise — so the other, wrong, is caught even where its own clause names no payment or its year comes
from outside its phrase (before: ``unverifiable``). Every figure is computed here from data/ (the payments of
sma_contributions.csv and their yearly changes), never typed in: a wrong amount is the right one x1.4, a wrong rise
the right one + 6 points.

Controls that must not change: both right (both supported); a denial, a modal of wish, another quantity (a defence
budget) told in the same shape; a base amount ("from A") is no amount the rise came to.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from conftest import merged, read_claims, run_rows, verdict_fits
from test_claims26 import change, payments
from test_claims31 import _UNITS as UNITS
from test_claims31 import Case, Outcome, Target, dev_ids, expectation, read_figure, run

#: An opening sentence that makes the article one about the cost-sharing deal (no figure of its own).
LEAD = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
#: Years whose payment and rise over the year before are both on record in won (a freeze, a rise, a future deal).
YEARS = (2019, 2021, 2026)

#: A rise and the amount it came to in one phrase; {Y} the year, {P} the rise in percent, {A} the amount.
TIED_FORMS = (
    "In {Y}, the figure rose {P} percent to {A}.",
    "The total amount for {Y} is {A}, an increase of {P} percent from the year before.",
    "The sum was set at {A} for {Y}, up {P} percent from a year earlier.",
    "The total amount for the year {Y} is {A}, which is a {P}% increase over the previous year.",
)
#: The same shapes where the pair is not tied as fact: a denial, a modal of wish.
UNTIED_FORMS = (
    "The figure did not rise {P} percent to {A} in {Y}.",
    "Seoul should raise it by {P} percent to {A} in {Y}.",
)


def won(billions: float) -> str:
    """An amount as wire copy writes it ("1.0389 trillion won", "960.2 billion won").

    >>> won(1038.9), won(960.2)
    ('1.0389 trillion won', '960.2 billion won')
    """
    return f"{billions / 1000:.4f} trillion won" if billions >= 1000 else f"{billions:.1f} billion won"


def published(year: int) -> str:
    """A day late in the year (a deal for a later year: the day it was announced, within the data)."""
    return f"{year}-11-20" if year < 2026 else "2024-11-20"


def tied_cases() -> list[object]:
    """(text, published, exact, want): each tied form and year, right pair, wrong amount, wrong rise."""
    out = []
    for i, form in enumerate(TIED_FORMS):
        for year in YEARS:
            right_a, right_p = won(payments()[year]), f"{change(year):.1f}"
            wrong_a, wrong_p = won(payments()[year] * 1.4), f"{change(year) + 6:.1f}"
            for name, a, p, want_a, want_p in (("right", right_a, right_p, "supported", "supported"),
                                               ("wrong-amount", wrong_a, right_p, "caught", "supported"),
                                               ("wrong-rise", right_a, wrong_p, "supported", "caught")):
                text = LEAD + form.format(Y=year, A=a, P=p)
                out.append(pytest.param(text, published(year), a, want_a, id=f"A{i}-{year}-{name}-amount"))
                out.append(pytest.param(text, published(year), p, want_p, id=f"A{i}-{year}-{name}-rise"))
    return out


def untied_cases() -> list[object]:
    """(text, published, exact, want): controls: a wrong amount beside a right rise stays not contradicted."""
    out = []
    for i, form in enumerate(UNTIED_FORMS):
        for year in YEARS:
            a, p = won(payments()[year] * 1.4), f"{change(year):.1f}"
            out.append(pytest.param(LEAD + form.format(Y=year, A=a, P=p), published(year), a, "not_contradicted",
                                    id=f"A-control{i}-{year}"))
    return out


def assert_verdict(text: str, pub: str, exact: str, want: str, row: str = "") -> None:
    """Assert the verdict a row wants of the claim holding ``exact``; a caught figure needs a data row (starting with
    ``row``) in its evidence."""
    claim = claim_of(text, pub, exact)
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)
    if want == "caught":
        assert any(r.startswith(row) for r in claim.rows), claim.evidence


def claim_of(text: str, pub: str, exact: str):
    """The claim whose words hold ``exact`` (a percent's words may carry its verb: "rose 8.2 percent")."""
    claims = read_claims(text, pub)
    got = claims.get(exact) or next((c for w, c in claims.items() if exact in w), None)
    assert got is not None, (exact, sorted(claims))
    return got


def check_rise_tied_to_its_amount(text: str, published: str, exact: str, want: str) -> None:
    assert_verdict(text, published, exact, want)


@pytest.mark.parametrize("rows", merged(tied_cases() + untied_cases()))
def test_rise_tied_to_its_amount(rows: list[object]) -> None:
    run_rows(check_rise_tied_to_its_amount, rows)


# ----- class B: a bound on a demanded rise counted from a dollar amount over a won payment -----

#: A demanded rise with a floor or a ceiling, told beside the ask's dollar amount (an ask on no record): {A} the
#: amount, {B} "more than" / "less than", {P} the percent. The payment it is counted over is in won; the dollar base
#: depends on the rate the writer used, which moves ``rate_bound_rel`` in a year (as
#: :func:`analysis.rules.bound_at_rate` lets a floor on a dollar payment hold).
BOUND_FORM = ("The United States is demanding that South Korea pay an annual {A} in 2020, an increase of {B} {P} "
              "percent on the amount that Seoul presently pays.")


def bound_cases() -> list[object]:
    """(text, published, exact, want): the amount off the bound by 3 % at the year's average rate (a rate of the year
    makes it hold: not contradicted), by 15 % (caught), and the amount in won (no rate: caught at 3 % off)."""
    from test_claims31 import dollar_of

    out = []
    for bound, pct, sign in (("more than", 40, -1), ("less than", 20, 1)):
        for off, want in ((0.03, "not_contradicted"), (0.15, "caught")):
            amount = dollar_of(2019) * (1 + pct / 100) * (1 + sign * off)
            text = BOUND_FORM.format(A=f"${amount / 1e9:.2f} billion", B=bound, P=pct)
            out.append(pytest.param(text, "2019-11-20", f"{bound} {pct} percent", want,
                                    id=f"B-{bound.split()[0]}-{off}"))
        won_amount = payments()[2019] * (1 + pct / 100) * (1 + sign * 0.03) / 1000
        text = BOUND_FORM.format(A=f"{won_amount:.3f} trillion won", B=bound, P=pct)
        out.append(pytest.param(text, "2019-11-20", f"{bound} {pct} percent", "caught", id=f"B-{bound.split()[0]}-won"))
    return out


@pytest.mark.parametrize(("text", "published", "exact", "want"), bound_cases())
def test_bound_on_a_demanded_rise(text: str, published: str, exact: str, want: str) -> None:
    assert_verdict(text, published, exact, want)


# ----- class C: the rise told after the amount's purpose phrase, past a conversion in dashes or brackets -----

#: An amount, an aside (its dollar conversion in dashes or brackets, or none), a phrase of what it pays for, then the
#: rise in apposition ("A — D — toward the troops for Y, an P% increase from Y0"); {V} a verb that names no payment.
APPOSED_FORMS = (
    "In February, the country agreed it would contribute about {A} — {D} — toward the troops for {Y}, an {P}% "
    "increase from {Y0}.",
    "In February, the country agreed it would contribute about {A} toward the troops for {Y}, an {P}% increase.",
    "The country agreed it would contribute {A} ({D}) for the upkeep of the troops in {Y}, up {P} percent.",
)
#: Controls: the rise of another subject after a conjunction, and another clause after the comma.
APPOSED_CONTROLS = (
    "The country agreed it would contribute {A} for {Y}, and Tokyo's share rose {P} percent.",
    "The country agreed it would contribute {A} toward the troops for {Y}, while its defense budget rose {P} percent.",
)


def apposed_cases() -> list[object]:
    """(text, published, exact, want): each form and year, the rise right (supported) and + 6 points (caught);
    controls with the rise + 6 points (not contradicted)."""
    from test_claims31 import dollar_of

    out = []
    for year in (2019, 2021):
        a, d = won(payments()[year]), f"${dollar_of(year) / 1e6:.0f} million"
        for i, form in enumerate(APPOSED_FORMS + APPOSED_CONTROLS):
            control = i >= len(APPOSED_FORMS)
            for name, p, want in (("right", change(year), "supported"), ("wrong", change(year) + 6, "caught")):
                if control and name == "right":
                    continue
                text = LEAD + form.format(A=a, D=d, Y=year, Y0=year - 1, P=f"{p:.1f}")
                out.append(pytest.param(text, published(year), f"{p:.1f}", "not_contradicted" if control else want,
                                        id=f"C{i}-{year}-{name}"))
    return out


@pytest.mark.parametrize(("text", "published", "exact", "want"), apposed_cases())
def test_rise_apposed_after_purpose(text: str, published: str, exact: str, want: str) -> None:
    assert_verdict(text, published, exact, want)


# ----- class D: a demand's unit slip whose asker is named by a pronoun -----

#: A person named in the sentence before; the demand's asker is a pronoun of that person ("he", "his"). {A}: an ask
#: on record with its unit slipped ("$5 million" for "$5 billion"): no ask, offer or payment of any actor or year is
#: of that size, so the slip is wrong whoever "he" is (``misleading``, as :func:`analysis.rules.slip_outweighs`).
PRONOUN_FORMS = (
    "Senator Dale Hoskins spoke in Ohio on Monday. Then he tried to demand {A} the next time.",
    "Senator Dale Hoskins spoke in Ohio on Monday. He insisted that Seoul should pay {A} a year.",
    "Senator Dale Hoskins spoke in Ohio on Monday. His demand for {A} a year was a bargaining ploy.",
)
#: Controls: no asker at all (claims21: the slip may be another's ask), a denial, the right ask.
PRONOUN_CONTROLS = (
    ("Senator Dale Hoskins spoke in Ohio on Monday. The demand of {A} a year for 2020 has angered Seoul.", "slip",
     "not_contradicted"),
    ("Senator Dale Hoskins spoke in Ohio on Monday. He did not demand {A} a year.", "slip", "not_contradicted"),
    ("Senator Dale Hoskins spoke in Ohio on Monday. Then he tried to demand {A} the next time.", "right",
     "not_contradicted"),
)


def pronoun_cases() -> list[object]:
    """(text, published, exact, want): the slipped ask in each form (caught), and the controls."""
    from test_claims31 import demand_amounts

    ask = 5.0  # an ask on record, in billions (checked)
    assert ask * 1e9 in demand_amounts()["USD"]
    words = {"slip": f"${ask:g} million", "right": f"${ask:g} billion"}
    rows = [(form, "slip", "caught") for form in PRONOUN_FORMS] + list(PRONOUN_CONTROLS)
    return [pytest.param(LEAD + form.format(A=words[kind]), "2019-12-10", words[kind], want, id=f"D{i}-{kind}")
            for i, (form, kind, want) in enumerate(rows)]


@pytest.mark.parametrize(("text", "published", "exact", "want"), pronoun_cases())
def test_slip_of_a_pronoun_asker(text: str, published: str, exact: str, want: str) -> None:
    assert_verdict(text, published, exact, want)


# ----- class E: a conversion with a unit slip, judged at the rate that fits it unslipped -----

#: A won payment with its dollar conversion at its own year's rate, published a year later ({Y} + 1, another rate):
#: the right conversion is judged at the year's rate; with its unit slipped ("$891 billion") it is caught, and its
#: evidence must name the same rate row (before: the rate nearest to the slipped ratio, another year's).
CONVERSION_FORM = "Under the accord, South Korea paid {W} ({D}) in {Y}, up from the year before."


def conversion_cases() -> list[object]:
    """(text, published, exact, want, row): right and slipped conversions of the payments of several years."""
    from test_claims31 import dollar_of

    out = []
    for year in (2018, 2019, 2020):
        w, usd = won(payments()[year]), dollar_of(year) / 1e6
        for name, d, want in (("right", f"${usd:.0f} million", "supported"),
                              ("slip", f"${usd:.0f} billion", "caught")):
            out.append(pytest.param(LEAD + CONVERSION_FORM.format(W=w, D=d, Y=year), f"{year + 1}-06-01", d, want,
                                    f"exchange_rates:{year}", id=f"E-{year}-{name}"))
    return out


@pytest.mark.parametrize(("text", "published", "exact", "want", "row"), conversion_cases())
def test_conversion_slip_rate_row(text: str, published: str, exact: str, want: str, row: str) -> None:
    claim = claim_of(text, published, exact)
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)
    assert row in claim.rows, claim.evidence


# ----- class F: a conversion's unit slip withheld by a doubt of the amount it converts -----

#: A conversion in brackets is tied to the amount it converts: a doubt that the *amount* is the payer's figure (a
#: demand's conversion: "a unit slip needs the payer's figure") or a budget (its sentence names one) does not make a
#: slipped conversion right — it is checked against the sentence's own amount. {W}: the amount, {D}: its conversion.
CONVERSION_DOUBT_FORMS = (
    ("In {Y}, Washington asked Seoul to pay {W} ({D}) a year.", "USD"),
    ("Seoul's {Y} share of {W} ({D}) rose with its defense budget.", "KRW"),
)


def conversion_doubt_cases() -> list[object]:
    """(text, published, exact, want): right conversions (supported) and slipped ones (caught), of an ask on record
    and of a payment, at the year's rate."""
    from test_claims26 import rates

    out = []
    year = 2019
    for i, (form, currency) in enumerate(CONVERSION_DOUBT_FORMS):
        if currency == "USD":
            w, right, slip = "$5 billion", f"about {5 * rates()[year] / 1000:.1f} trillion won", None
            slip = right.replace("trillion", "billion")
        else:
            w = won(payments()[year])
            right = f"${payments()[year] * 1000 / rates()[year]:.0f} million"
            slip = right.replace("million", "billion")
        for name, d, want in (("right", right, "supported"), ("slip", slip, "caught")):
            out.append(pytest.param(LEAD + form.format(Y=year, W=w, D=d), f"{year}-12-10", d, want,
                                    id=f"F{i}-{name}"))
    return out


@pytest.mark.parametrize(("text", "published", "exact", "want"), conversion_doubt_cases())
def test_conversion_slip_despite_amount_doubt(text: str, published: str, exact: str, want: str) -> None:
    assert_verdict(text, published, exact, want, "exchange_rates:")


# ----- a perturbation claims31 lacks: two neighbouring digits transposed (a typing slip) -----

#: Where the floor of the transposition test lives (copies run, copies that must be caught and are; failures of
#: not-contradicted copies and of controls at most): a ratchet that may only tighten.
FLOOR = Path(__file__).resolve().parent / "claims40_floor.json"


def transposed(digits: str) -> str | None:
    """Return the digits with the first pair of neighbouring, different digits swapped (no separator between them), or
    None when there is none ("11", "0.5") — a typing slip ("1.18" -> "1.81", "13.9" -> "31.9", "1,038.9" -> "1,308.9").

    >>> transposed("1.18"), transposed("13.9"), transposed("1,038.9"), transposed("11"), transposed("0.5")
    ('1.81', '31.9', '1,308.9', None, None)
    """
    where = [i for i, c in enumerate(digits) if c.isdigit()]
    for a, b in itertools.pairwise(where):
        if b == a + 1 and digits[a] != digits[b]:
            chars = list(digits)
            chars[a], chars[b] = chars[b], chars[a]
            return "".join(chars)
    return None


def transposed_cases(t: Target, text: str) -> list[Case]:
    """Return the one transposition copy of a target, with claims31's expectation for a changed figure (caught, but
    no expectation where the new figure is right for another reading or in a tolerance's grey zone)."""
    fig = read_figure(t)
    words = transposed(fig.digits) if fig is not None else None
    if words is None or words.lstrip("0") != words or words.startswith(("0", ",", ".")):
        return []
    number = float(words.replace(",", ""))
    value = number * dict(UNITS).get(fig.unit, 1.0)
    return [Case(t, "swap", fig.start, fig.end, words, expectation(t, fig, "swap", number, value))]


def run_transposed() -> list[Outcome]:
    """Return the outcome of the transposition copy of every right dev figure that has an expectation (deterministic:
    one copy each; copies right for another reading are left out, to keep the test short)."""
    return run(list(dev_ids()), lambda cases: [c for c in cases if c.expect != "any"], transposed_cases)


def transposed_summary(outs: list[Outcome]) -> dict[str, int]:
    """Copies run; of those that must be caught, how many are; not-contradicted copies contradicted; controls."""
    return {"copies": len(outs), "caught": sum(o.case.expect == "caught" and o.target_ok for o in outs),
            "soft_failed": sum(o.case.expect == "not_contradicted" and not o.target_ok for o in outs),
            "controls": sum(bool(o.controls) for o in outs)}


def test_transposed_digits_of_dev_figures() -> None:
    got = transposed_summary(run_transposed())
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert got["copies"] >= floor["copies"] and got["caught"] >= floor["caught"], (got, floor)
    assert got["soft_failed"] <= floor["soft_failed"] and got["controls"] <= floor["controls"], (got, floor)
