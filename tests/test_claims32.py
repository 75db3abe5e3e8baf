"""claims32: a percent change told by a deal's years ("The 2014-2018 deal raised Seoul's payment 5.8 percent") or
after a span that dates what came before it ("rose 13.9 percent after being frozen from 2019 to 2020").

Every figure is computed here from data/ (the payments of sma_contributions.csv and the agreements' terms), never
typed in, and each row's verdict follows by rule from data/ and ``Tolerances``:

- a change "raised by the <Y0>-<Y1> deal" / "under the <Y0>-<Y1> deal" with no year of its own is the deal's
  first-year rise: the payment of its first year (Y0) over the year before; where Y0's payment was frozen at the
  year before's level, the first year it rose (a deal signed late froze its first year: the 11th). No payment
  before Y0 on record: no verdict can be reached (not caught);
- a change "after being frozen from Y0 to Y1" / "after a freeze in Y1" is the rise of Y1 + 1 over Y1;
- controls: the same deals with a year of the change's own ("in 2014"), a change across the span itself ("between
  Y0 and Y1"), and other quantities (the deal's total, a cap on yearly rises) do not change.

A right figure is the rise rounded to one decimal; a wrong one is moved by more than ``percent_near_abs`` from
every yearly change of the deal's term and the year before it (so that no other reading fits).
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_claims, run_rows

from analysis.rules import TOLERANCES, default_tables

CAUGHT = ("contradicted", "misleading")
_T = default_tables()
_CHANGE = _T.index.change_by_year.change_pct
_BASIS = _T.index.change_by_year.basis
_DEALS = [(int(r.no), int(r.term_start), int(r.term_end)) for r in _T.index.agreements.itertuples()
          if r.term_end > r.term_start]


def first_rise_year(start: int, end: int) -> int | None:
    """The year whose rise over the year before is the deal's first-year rise (None: not on record)."""
    for year in range(start, end + 1):
        if year not in _CHANGE.index:
            return None
        if abs(float(_CHANGE[year])) > TOLERANCES.freeze_pct:
            return year
    return None


def _published(start: int, end: int) -> str:
    """A day after the deal's term began, within the data's years (so no publication-year change fits by chance)."""
    return f"{min(end + 1, 2026)}-03-10"


def _pct(x: float) -> str:
    return f"{abs(x):.1f}"


def _wrong(right: float, start: int, end: int) -> list[float]:
    """Figures no yearly change of the term (or the year before it) comes near: right + 6 and right - 6 points."""
    near = [float(_CHANGE[y]) for y in range(start - 1, end + 1) if y in _CHANGE.index]
    out = []
    for w in (right + 6.0, right - 6.0):
        if (w > 0) == (right > 0) and all(abs(w - c) > TOLERANCES.percent_near_abs + 0.5 for c in near):
            out.append(w)
    return out


#: a fall told by a transitive verb ("the deal cut Seoul's payment 8.9 percent") was judged as a rise until the
#: percent extractor read the verb across its object (amounts._verb_before_object, lead, tenth session): those
#: rows, and their wrong figures, are plain rows now

#: phrasings of a change told by the deal's years; {v}: raised / cut, {p}: the percent, {a}-{b}: the deal's years
DEAL_FORMS = [
    "The {a}-{b} deal {v} Seoul's payment {p} percent.",
    "The {a}-{b} cost-sharing agreement {v} South Korea's contribution by {p}%.",
    "Under the {a}-{b} accord, Seoul's share {r} {p} percent.",
    "Seoul's payment {r} {p} percent under the {a}-{b} pact.",
    "The {a}-{b} deal {v} the payment {p} percent in its first year.",
    "Zorbia's envoy noted that the {a}-{b} agreement {v} Seoul's contribution by {p} percent.",
    "The {a}-{b} Special Measures Agreement {v} Seoul's payment {p} percent.",
    "The five-year deal for {a}-{b} {v} the payment {p} percent.",
    "The cost-sharing pact, which covered {a}-{b}, {v} Seoul's payment by {p} percent.",
]


def _deal_rows() -> tuple[list, list[tuple[str, str, str]]]:
    """(text, published, exact, verdict wanted, data row wanted) of every form over every deal; and the deals whose
    first-year rise is not on record (text, published, exact: never caught)."""
    rows, unknown = [], []
    for _no, a, b in _DEALS:
        year = first_rise_year(a, b)
        pub = _published(a, b)
        if year is None:
            for form in DEAL_FORMS:
                text = form.format(a=a, b=b, v="raised", r="rose", p="20.0")
                unknown.append((text, pub, "20.0"))
            continue
        right = float(_CHANGE[year])
        v, r = ("raised", "rose") if right > 0 else ("cut", "fell")
        wrong = "caught" if _BASIS[year] == "won" else "not caught"  # dollars only: a change in won is not on record
        for form in DEAL_FORMS:
            rows.append((form.format(a=a, b=b, v=v, r=r, p=_pct(right)), pub, _pct(right), "supported",
                         f"sma_contributions:{year}"))
            for w in _wrong(right, a, b):
                rows.append((form.format(a=a, b=b, v=v, r=r, p=_pct(w)), pub, _pct(w), wrong,
                             f"sma_contributions:{year}"))
    return rows, unknown


DEAL_ROWS, DEAL_UNKNOWN = _deal_rows()


#: a deal's yearly rise ("each year", "annually", "a year"): its yearly changes after its first-year rise
YEARLY_FORMS = ["The {a}-{b} deal raised Seoul's payment {p} percent each year after its first year.",
                "Under the {a}-{b} agreement, the payment rose about {p} percent annually.",
                "The {a}-{b} pact raised Seoul's payment by {p}% a year."]


def _yearly_rows() -> list[tuple[str, str, str, str, str]]:
    """(text, published, exact, verdict wanted, data row wanted): the middle of the deal's yearly changes after its
    first-year rise (right), and the largest plus 3 points (wrong; not caught where the years are in dollars only)."""
    rows = []
    for _no, a, b in _DEALS:
        first = first_rise_year(a, b)
        years = [y for y in range(first + 1, b + 1) if y in _CHANGE.index] if first else []
        if not years:
            continue
        pcts = sorted(float(_CHANGE[y]) for y in years)
        right, wrong = (pcts[0] + pcts[-1]) / 2, pcts[-1] + 3.0
        if right <= TOLERANCES.freeze_pct:
            continue
        caught = "caught" if all(_BASIS[y] == "won" for y in years) else "not caught"
        for form in YEARLY_FORMS:
            rows.append((form.format(a=a, b=b, p=_pct(right)), _published(a, b), _pct(right), "supported",
                         f"sma_contributions:{years[-1]}"))
            rows.append((form.format(a=a, b=b, p=_pct(wrong)), _published(a, b), _pct(wrong), caught,
                         f"sma_contributions:{years[-1]}"))
    return rows


YEARLY_ROWS = _yearly_rows()


def _freeze_rows() -> list[tuple[str, str, str, str, str]]:
    """A rise after a freeze on record (a year whose payment equals the year before's), told by the freeze's years."""
    forms = ["Seoul's payment rose {p} percent after being frozen from {a} to {b}.",
             "Seoul's payment rose {p} percent after a freeze between {a} and {b}.",
             "After being frozen from {a} to {b}, South Korea's contribution jumped {p}%.",
             "The payment rose {p} percent after a freeze in {b}.",
             "Seoul's share rose {p} percent following a freeze in {b}.",
             "The payment rose {p} percent after staying flat in {b}.",
             # control: the rise's own year, written
             "Seoul's payment rose {p} percent in {c} after being frozen in {b}."]
    rows = []
    for year in _CHANGE.index:
        after = year + 1
        if abs(float(_CHANGE[year])) > TOLERANCES.freeze_pct or after not in _CHANGE.index:
            continue
        right = float(_CHANGE[after])
        pub = f"{after}-06-10"
        for form in forms:
            rows.append((form.format(a=year - 1, b=year, c=after, p=_pct(right)), pub, _pct(right), "supported",
                         f"sma_contributions:{after}"))
            for w in _wrong(right, year, after):
                rows.append((form.format(a=year - 1, b=year, c=after, p=_pct(w)), pub, _pct(w), "caught",
                             f"sma_contributions:{after}"))
    return rows


FREEZE_ROWS = _freeze_rows()


def _control_rows() -> list[tuple[str, str, str, str | None]]:
    """A change of a year of its own, or across the deal's span ("between"), and other quantities: verdicts as the
    year's or span's change gives them."""
    rows: list[tuple[str, str, str, str | None]] = []
    for _no, a, b in _DEALS:
        pub = _published(a, b)
        if b in _CHANGE.index and a in _CHANGE.index and abs(float(_CHANGE[b])) > TOLERANCES.freeze_pct:
            last = float(_CHANGE[b])
            word = "rose" if last > 0 else "fell"
            rows.append((f"Under the {a}-{b} deal, Seoul's payment {word} {_pct(last)} percent in {b}.", pub,
                         _pct(last), "supported"))
        if a - 1 in _CHANGE.index or a in _CHANGE.index:
            try:
                first, last_pay = _T.index.won[a], _T.index.won[b]
            except KeyError:
                continue
            if first and last_pay and abs(last_pay / first - 1) * 100 > TOLERANCES.freeze_pct:
                across = (last_pay / first - 1) * 100
                rows.append((f"Seoul's payment rose {_pct(across)} percent between {a} and {b}.", pub, _pct(across),
                             "supported"))
        rows.append((f"The {a}-{b} deal capped yearly rises at 99 percent.", pub, "99 percent", None))
    return rows


CONTROL_ROWS = _control_rows()


def _claim(text: str, published: str, exact: str):  # a check.Claim or None
    claims = read_claims(text, published)
    return next((c for words, c in claims.items() if exact in words), None)


def check_claims32_change_of_deal_or_after_span(text: str, published: str, exact: str, want: str, row: str) -> None:
    c = _claim(text, published, exact)
    assert c is not None, f"{text!r}: no claim holds {exact!r}"
    ok = {"caught": c.verdict in CAUGHT, "not caught": c.verdict not in CAUGHT}.get(want, c.verdict == want)
    assert ok, f"{text!r}: {exact!r} got {c.verdict}, want {want}: {c.evidence}"
    assert row in c.rows, f"{text!r}: rows {c.rows} lack {row}: {c.evidence}"


@pytest.mark.parametrize("rows", merged(cases(DEAL=DEAL_ROWS, FREEZE=FREEZE_ROWS, YEARLY=YEARLY_ROWS)))
def test_claims32_change_of_deal_or_after_span(rows: list[object]) -> None:
    run_rows(check_claims32_change_of_deal_or_after_span, rows)


def check_claims32_first_rise_not_on_record(text: str, published: str, exact: str) -> None:
    c = _claim(text, published, exact)
    assert c is None or c.verdict not in CAUGHT, f"{text!r}: {c.verdict}: {c.evidence}"


@pytest.mark.parametrize("rows", merged(cases(DEAL_UNKNOWN=DEAL_UNKNOWN)))
def test_claims32_first_rise_not_on_record(rows: list[object]) -> None:
    run_rows(check_claims32_first_rise_not_on_record, rows)


def check_claims32_controls(text: str, published: str, exact: str, want: str | None) -> None:
    c = _claim(text, published, exact)
    got = c.verdict if c is not None else "unfound"
    assert (got not in CAUGHT if want is None else got == want), f"{text!r}: {exact!r} got {got}, want {want}"


@pytest.mark.parametrize("rows", merged(cases(CONTROL=CONTROL_ROWS)))
def test_claims32_controls(rows: list[object]) -> None:
    run_rows(check_claims32_controls, rows)


def test_claims32_rows_cover_every_deal() -> None:
    """Every multi-year deal in data/ gives rows (right or not-on-record), and a freeze on record gives rows."""
    texts = [row.values[0] if hasattr(row, "values") else row[0] for row in DEAL_ROWS]
    years = {t.split("-")[0][-4:] for t in texts} | {t.split("-")[0][-4:] for t, *_ in DEAL_UNKNOWN}
    assert {str(a) for _, a, _ in _DEALS} <= years
    assert FREEZE_ROWS
