"""Judging rules: one short function per quantity and modality, each turning a framed figure into a verdict.

:data:`RULES` is the list :func:`judge` walks; the first rule whose quantity, span kind and modality fit
the figure's :class:`~analysis.frames.Frame` judges it. To check one more quantity, add its table to
:class:`Tables`, write a function ``(figure, context) -> Judgement`` with a doctest, and append a
:class:`Rule` — nothing else changes. A frame whose quantity no rule covers is ``not_checkable``, with the
reason. Every threshold is a field of :class:`Tolerances` (pass another one to :func:`judge`'s context).

The principles the rules follow:

- a payment is judged against the payment of its own year(s) — every year of a range;
- a demand against the demands of its actor and time, an offer against the offers;
- forecasts, hypotheticals and quoted figures are never *contradicted* by what happened later;
- a conversion "<won> (<dollars>)" against the year's average rate; a figure off by 1,000 is a unit slip.

>>> figure, ctx = example("Seoul paid 1.0389 trillion won in 2019.", "2019-11-16")
>>> judge(figure, ctx).verdict
'supported'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from analysis import derive
from analysis.data import load_demands, load_entities, load_events, load_exchange_rates, load_sma, load_table, split_ids
from analysis.extract import Annotation, Span
from analysis.frames import Figure, Frame, Reader, build_figures, names_payment, years_text


@dataclass(frozen=True)
class Tolerances:
    """How close a number or a date must be for each verdict — the one place these live.

    - ``same_rel``: two amounts within this relative distance are the same figure (rounding, rates of days);
    - ``exact_rel``: within this, an amount is the very figure of a report (preferred over merely close ones);
    - ``near_rel``: beyond ``same_rel`` but within this, a figure is *close but wrong* -> misleading;
    - ``just_below_rel``: "just less than X" / "nearly X" holds when the value is below X by at most this;
    - ``factor_rel``: "five-fold" holds within this of 5; ``factor_near_rel``: beyond, up to this is misleading;
    - ``percent_abs``: a percent change holds within this many points; ``percent_near_abs``: misleading up to this;
    - ``rate_rel``: a stated conversion holds within this of the year's average rate (outlets use the day's rate);
    - ``slip_factor``: a figure this many times too large or small is a unit slip (billion for million);
    - ``event_days``: an actor's event this close to a claimed date (but not on it) contradicts the date;
    - ``max_dated_days``: dates longer than this ("this year") are too coarse to tie to an event;
    - ``reporter_chars``: how far into a sentence its reporting verb may be to name who reported a figure;
    - ``freeze_pct``: a year-on-year change within this many percent either way is a freeze, not a cut or a rise.
    """

    same_rel: float = 0.10
    exact_rel: float = 0.005
    near_rel: float = 0.25
    just_below_rel: float = 0.15
    factor_rel: float = 0.15
    factor_near_rel: float = 0.30
    percent_abs: float = 0.5
    percent_near_abs: float = 2.0
    rate_rel: float = 0.15
    slip_factor: float = 1000.0
    event_days: int = 14
    max_dated_days: int = 31
    reporter_chars: int = 90
    freeze_pct: float = 0.05


TOLERANCES = Tolerances()
VERDICTS = ("supported", "contradicted", "misleading", "unverifiable", "not_checkable")


@dataclass(frozen=True)
class Tables:
    """The sourced tables a check reads (pass fixtures in tests to prove verdicts follow the data)."""

    sma: pd.DataFrame
    rates: pd.DataFrame
    demands: pd.DataFrame
    events: pd.DataFrame
    entities: pd.DataFrame
    offers: pd.DataFrame = field(default_factory=lambda: load_table("offers"))

    @classmethod
    def load(cls) -> Tables:
        """Return the tables from data/.

        >>> sorted(Tables.load().offers.offer_id)[:1]
        ['rok-13pct-2020']
        """
        return cls(load_sma(), load_exchange_rates(), load_demands(), load_events(), load_entities(),
                   load_table("offers"))


@dataclass(frozen=True)
class Judgement:
    """A verdict with its evidence, the source ids and data rows behind it, and related spans."""

    verdict: str
    evidence: str
    sources: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    related: tuple[Span, ...] = ()


def _j(verdict: str, evidence: str, sources: Sequence[str] = (), rows: Sequence[str] = (),
       related: Sequence[Span] = ()) -> Judgement:
    return Judgement(verdict, evidence, tuple(dict.fromkeys(sources)), tuple(dict.fromkeys(rows)), tuple(related))


@dataclass(frozen=True)
class Payment:
    """The SMA payment of one year in one currency: value in currency units, description, sources, rows."""

    year: int
    value: float
    described: str
    sources: tuple[str, ...]
    rows: tuple[str, ...]


class Context:
    """The article reader, the tables and the tolerances shared by the rules."""

    def __init__(self, ann: Annotation, tables: Tables, tol: Tolerances = TOLERANCES) -> None:
        self.reader, self.t, self.tol = Reader(ann), tables, tol
        self.text, self.published = ann.article.text, ann.article.published
        self.names = dict(zip(tables.entities.entity_id, tables.entities.name, strict=True))
        self.countries = dict(zip(tables.entities.entity_id, tables.entities.country, strict=True))

    def side(self, actor: str | None) -> str | None:
        """Return the country an actor (entity id or free text) speaks for: ``US``, ``KR``, ... or None.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.side("donald-trump"), ctx.side("unnamed US officials"), ctx.side(None)
        ('US', 'US', None)
        """
        if actor is None:
            return None
        if actor in self.countries and isinstance(self.countries[actor], str):
            return self.countries[actor]
        if re.search(r"\b(?:US|U\.S\.|American|Washington)\b", actor):
            return "US"
        return "KR" if re.search(r"\b(?:South Korea\w*|Seoul)\b", actor) else None

    def rate(self, year: int) -> tuple[float, tuple[str, ...], str]:
        """Return (won per dollar, sources, row) of a year's average rate; LookupError if none.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.rate(2019)[2]
        'exchange_rates:2019'
        """
        row = self.t.rates.loc[self.t.rates.year == year]
        if row.empty:
            raise LookupError(f"no average exchange rate for {year}")
        return float(row.krw_per_usd.iloc[0]), tuple(split_ids(row.source_ids.iloc[0])), f"exchange_rates:{year}"

    def payment(self, year: int, currency: str | None) -> Payment:
        """Return the SMA payment of ``year`` in won, or in dollars at that year's average rate (a year after
        publication with no rate yet: the publication year's).

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.payment(2019, "USD").described
        '2019 payment 1,038.9 bn won = $891 M at 1,165.8 won/$ (2019 average)'
        """
        row = self.t.sma.loc[self.t.sma.year == year]
        if row.empty or pd.isna(row.krw_billion.iloc[0]):
            raise LookupError(f"no sourced won figure for the {year} payment")
        krw = float(row.krw_billion.iloc[0])
        sources, rows = tuple(split_ids(row.source_ids.iloc[0])), (f"sma_contributions:{year}",)
        if currency == "KRW":
            return Payment(year, krw * 1e9, f"{year} payment {krw:,.1f} bn won", sources, rows)
        rate, rate_sources, rate_row = self.rate(min(year, self.published.year) if year > self.published.year
                                                 and not (self.t.rates.year == year).any() else year)
        usd = krw * 1e9 / rate
        return Payment(year, usd, f"{year} payment {krw:,.1f} bn won = ${usd / 1e6:,.0f} M at {rate:,.1f} won/$ "
                       f"({rate_row.split(':')[1]} average)", sources + rate_sources, (*rows, rate_row))


# --- shared arithmetic ------------------------------------------------------------------------------


def fmt_money(amount: float, currency: str | None) -> str:
    """Return an amount for evidence text, written the way the annotator reads money (so it round-trips).

    >>> fmt_money(4.7e9, "USD"), fmt_money(891.08e6, "USD"), fmt_money(1.0389e12, "KRW"), fmt_money(1e9, None)
    ('$4.7 billion', '$891.08 million', '1,038.9 billion won', '1 billion (no currency)')
    >>> fmt_money(12_345.6e9, "USD")
    '$12,345.6 billion'
    """
    unit, scale = ("billion", 1e9) if amount >= 1e9 or currency == "KRW" else ("million", 1e6)
    value = f"{amount / scale:,.2f}".rstrip("0").rstrip(".")
    if currency == "KRW":
        return f"{value} {unit} won"
    return f"${value} {unit}" if currency == "USD" else f"{value} {unit} ({currency or 'no currency'})"


def compare(value: float, claimed: float, bound: str | None, tol: Tolerances = TOLERANCES) -> tuple[str, str]:
    """Return (verdict, why) for a claimed figure against the value from the data.

    >>> compare(891e6, 1e9, "less_than")[0], compare(891e6, 1e9, None)[0], compare(500e6, 1e9, None)[0]
    ('supported', 'misleading', 'contradicted')
    >>> compare(891e6, 891e3, None)[1]
    'a unit slip: the figure is 1,000 times too small'
    """
    ratio = value / claimed
    for factor, word in ((tol.slip_factor, "small"), (1 / tol.slip_factor, "large")):
        if abs(ratio / factor - 1) <= tol.same_rel:
            return "contradicted", f"a unit slip: the figure is {tol.slip_factor:,.0f} times too {word}"
    if bound in ("less_than", "up_to"):
        if ratio > 1 + (tol.same_rel if bound == "up_to" else 0):
            return "contradicted", "the data is above the claimed ceiling"
        if ratio >= 1 - tol.just_below_rel:
            return "supported", "just below the claimed figure, as claimed"
        return "misleading", "below the claimed figure, but not 'just' below"
    if bound == "more_than":
        return ("supported", "above the claimed floor") if ratio > 1 else ("contradicted", "not above the floor")
    if abs(ratio - 1) <= tol.same_rel:
        return "supported", f"within {tol.same_rel:.0%} of the claimed figure"
    if abs(ratio - 1) <= tol.near_rel:
        return "misleading", f"close (within {tol.near_rel:.0%}) but not the same figure"
    return "contradicted", f"off by {abs(ratio - 1):.0%}"


def _amount(fig: Figure) -> tuple[float, str | None, str | None]:
    v = fig.span.value
    return float(v["amount"]), v.get("currency") or v.get("currency_inferred"), v.get("bound")


def _soften(j: Judgement, why: str) -> Judgement:
    """Return a judgement that cannot contradict: a forecast, hypothetical or quotation is not refuted by data."""
    if j.verdict in ("contradicted", "misleading"):
        return _j("unverifiable", f"{j.evidence} Not contradicted: {why}.", j.sources, j.rows, j.related)
    return j


# --- payments ----------------------------------------------------------------------------------------


def payment_reported(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a reported SMA payment: against the payment of each year it names.

    >>> figure, ctx = example("Seoul paid $1.2 billion a year from 2015 to 2017.", "2018-01-05")
    >>> j = payment_reported(figure, ctx); j.verdict, j.rows[0]
    ('contradicted', 'sma_contributions:2015')
    """
    j = _payment_in(fig, ctx, fig.frame.years)
    if fig.frame.bound == "publication" and j.verdict != "supported":
        earlier = _payment_in(fig, ctx, (fig.frame.years[0] - 1,))
        if earlier.verdict == "supported":  # "Seoul pays X" in January is often last year's figure
            j = _j("supported", f"{earlier.evidence} The text names no year; the payment of the year before "
                   "publication fits.", earlier.sources, earlier.rows)
    if fig.span.id in ctx.reader.lost and j.verdict == "supported":
        return _j("misleading", j.evidence + " But the sentence's 'it' has no referent: as printed the figure does "
                  "not say it is the SMA payment, so a reader cannot tell what it measures.", j.sources, j.rows)
    return j


def _payment_in(fig: Figure, ctx: Context, years: Sequence[int]) -> Judgement:
    """Return the verdict on an amount against the payment of each of ``years`` (the worst one counts)."""
    amount, currency, bound = _amount(fig)
    parts, verdicts, sources, rows = [], [], [], []
    for year in years:
        try:
            pay = ctx.payment(year, currency)
        except LookupError as exc:
            verdicts.append("unverifiable")
            parts.append(f"Cannot check {year}: {exc}")
            continue
        verdict, why = compare(pay.value, amount, bound, ctx.tol)
        verdicts.append(verdict)
        parts.append(f"{pay.described}; claimed {str(bound or '').replace('_', ' ')} "
                     f"{fmt_money(amount, currency)}: {why}".replace("claimed  ", "claimed "))
        sources += pay.sources
        rows += pay.rows
    verdict = next((v for v in ("contradicted", "misleading", "unverifiable") if v in verdicts), "supported")
    evidence = "; ".join(parts) + "."
    if currency is None:
        evidence += " The text names no currency; compared in dollars."
    return _j(verdict, evidence, sources, rows)


def payment_forecast(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a forecast or hypothetical payment: supported if it came to pass, never contradicted.

    >>> figure, ctx = example("Seoul is likely to pay 2 trillion won in 2021.", "2020-06-01")
    >>> payment_forecast(figure, ctx).verdict
    'unverifiable'
    """
    return _soften(payment_reported(fig, ctx), f"a {fig.frame.modality} is not refuted by what happened later")


def total_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a total over several years: against the sum of the payments of the years it names.

    >>> figure, ctx = example("Seoul paid a total of 2.2 trillion won from 2020 to 2021.", "2022-01-05")
    >>> j = total_stated(figure, ctx); j.verdict, j.rows
    ('supported', ('sma_contributions:2020', 'sma_contributions:2021'))
    >>> example("Seoul will pay a total of $7 billion over six years.", "2021-03-10")[0].frame.quantity
    'sma_total'
    """
    amount, currency, bound = _amount(fig)
    if len(fig.frame.years) < 2:
        return _j("unverifiable", "A total over several years, but the text names no range of years to add up.")
    try:
        pays = [ctx.payment(y, currency) for y in fig.frame.years]
    except LookupError as exc:
        return _j("unverifiable", f"Cannot add up {years_text(fig.frame.years)}: {exc}.")
    total = sum(p.value for p in pays)
    verdict, why = compare(total, amount, bound, ctx.tol)
    return _j(verdict, f"Payments {years_text(fig.frame.years)} add up to {fmt_money(total, currency)}; claimed "
              f"{fmt_money(amount, currency)}: {why}.", [i for p in pays for i in p.sources],
              [r for p in pays for r in p.rows])


def change_reported(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a percent change of the SMA payment: against the year-on-year change of its year
    (when that year came from a relative date or from nothing, the publication year's change may fit instead).

    >>> figure, ctx = example("Seoul pays 1.5192 trillion won in 2026, up 8.3 percent from 2025.", "2024-10-16", 1)
    >>> change_reported(figure, ctx).verdict
    'supported'
    """
    j = _change_in(fig, ctx, fig.frame.years[-1])
    loose = fig.frame.bound in ("relative", "previous", "publication", "clause")
    if j.verdict != "supported" and loose and fig.frame.years[-1] != ctx.published.year:
        alt = _change_in(fig, ctx, ctx.published.year)
        if alt.verdict == "supported":
            return _j("supported", f"{alt.evidence} The year was read from a relative date; the publication "
                      "year's change fits.", alt.sources, alt.rows)
    return j


def _change_in(fig: Figure, ctx: Context, year: int) -> Judgement:
    """Return the verdict on a percent change against the change of ``year``."""
    change = derive.year_on_year(ctx.t.sma).set_index("year")
    if year not in change.index:
        return _j("unverifiable", f"No sourced figures for {year - 1} and {year}.")
    actual = float(change.loc[year, "change_pct"])
    claimed = float(fig.span.value["percent"]) * (-1 if fig.span.value.get("direction") == "down" else 1)
    off = abs(actual - claimed)
    verdict = ("supported" if off <= ctx.tol.percent_abs
               else "misleading" if off <= ctx.tol.percent_near_abs else "contradicted")
    sma = ctx.t.sma.set_index("year")
    sources = [i for y in (year - 1, year) for i in split_ids(sma.loc[y, "source_ids"])]
    return _j(verdict, f"{year} vs {year - 1} in {change.loc[year, 'basis']}: {actual:+.1f}% "
              f"(claimed {claimed:+.1f}%).", sources, [f"sma_contributions:{year - 1}", f"sma_contributions:{year}"])


def change_amount(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on an amount of change ("$70 million more"): the payment of its year less the year before.

    >>> figure, ctx = example("This year Seoul pays 1.04 trillion won, an increase of $70 million.", "2019-03-01", 1)
    >>> j = change_amount(figure, ctx); j.verdict, j.rows[:2]
    ('supported', ('sma_contributions:2018', 'sma_contributions:2019'))
    """
    amount, currency, bound = _amount(fig)
    year = fig.frame.years[-1]
    try:
        now, before = ctx.payment(year, "KRW"), ctx.payment(year - 1, "KRW")
        rate, rate_sources, rate_row = (1.0, (), "") if currency == "KRW" else ctx.rate(
            min(year, ctx.published.year))
    except LookupError as exc:
        return _j("unverifiable", f"Cannot check: {exc}.")
    diff = (now.value - before.value) / rate
    verdict, why = compare(diff, amount, bound, ctx.tol) if diff > 0 else ("contradicted", "the payment did not rise")
    shown = f" = {fmt_money(diff, currency)} at {rate:,.1f} won/$" if currency != "KRW" else ""
    return _j(verdict, f"{before.described} -> {now.described}: {fmt_money(now.value - before.value, 'KRW')} more"
              f"{shown}; claimed {fmt_money(amount, currency)}: {why}.", [*before.sources, *now.sources, *rate_sources],
              [*before.rows, *now.rows, *([rate_row] if rate_row else [])])


def change_forecast(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a forecast change: supported if it came to pass, never contradicted.

    >>> figure, ctx = example("Seoul is likely to agree a rise of 30 percent for 2021.", "2020-06-01")
    >>> change_forecast(figure, ctx).verdict
    'unverifiable'
    """
    return _soften(change_reported(fig, ctx), f"a {fig.frame.modality} is not refuted by what happened later")


def ratio_reported(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a multiple ("five times what Seoul paid"): the amount over the base year's payment.

    >>> figure, ctx = example("The US demanded $5 billion, ten times what Seoul paid in 2019.", "2019-12-01", 1)
    >>> ratio_reported(figure, ctx).verdict
    'contradicted'
    """
    if not fig.related:
        return _j("unverifiable", "No amount in the sentence to compare with a base year.")
    m = fig.related[0]
    factor, bound = float(fig.span.value["factor"]), fig.span.value.get("bound")
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    try:
        pay = ctx.payment(fig.frame.years[0], currency)
    except LookupError as exc:
        return _j("unverifiable", f"Cannot check: {exc}.", related=[m])
    multiple = amount / pay.value
    shown = f"{fmt_money(amount, currency)} ÷ {fmt_money(pay.value, currency)} = {multiple:.2f}×"
    if bound in ("more_than", "less_than", "up_to"):
        holds = multiple > factor if bound == "more_than" else multiple <= factor
        verdict = "supported" if holds else "contradicted"
        word = "more than" if bound == "more_than" else "at most"
        why = f"{word} {factor:g}× " + ("holds" if holds else "does not hold")
    else:
        off = abs(multiple / factor - 1)
        verdict = ("supported" if off <= ctx.tol.factor_rel
                   else "misleading" if off <= ctx.tol.factor_near_rel else "contradicted")
        why = f"'{fig.span.exact}' ({factor:g}×) " + ("holds" if verdict == "supported" else "is off")
    return _j(verdict, f"{pay.described}; {shown}, so {why}.", pay.sources, pay.rows, [m])


# --- demands and offers ------------------------------------------------------------------------------


def _by_actor(pool: pd.DataFrame, column: str, actor: str | None, ctx: Context) -> pd.DataFrame:
    """Return the rows of ``pool`` said by ``actor``: that person if the data has them, else the same side."""
    if actor is None:
        return pool
    mine = pool.loc[pool[column] == actor]
    if not mine.empty and ctx.t.entities.set_index("entity_id").kind.get(actor) == "person":
        return mine
    side = ctx.side(actor)
    return pool.loc[pool[column].map(ctx.side) == side] if side else pool


def _in_years(pool: pd.DataFrame, frame: Frame, date_col: str) -> pd.DataFrame:
    """Return the rows made in, or for, one of the frame's years (all rows when the text names no year)."""
    if frame.bound == "publication":
        return pool
    years = set(frame.years)
    made = pool[date_col].dt.year.isin(years)
    return pool.loc[made | pool.for_year.isin(years)]


def demand_pool(fig: Figure, ctx: Context) -> pd.DataFrame:
    """Return the reported demands a demand figure is judged against: its actor, time, currency and period.

    >>> figure, ctx = example("In 2019 Washington demanded $5 billion a year.", "2019-12-01")
    >>> sorted(set(demand_pool(figure, ctx).amount))
    [4700000000.0, 5000000000.0]
    """
    _, currency, _ = _amount(fig)
    d = ctx.t.demands
    pool = d.loc[(d.kind == "demand") & (d.date.dt.date <= ctx.published)]
    if currency:
        pool = pool.loc[pool.currency == currency]
    if fig.span.value.get("per") in ("year", None):
        pool = pool.loc[pool.period == "year"]
    return _by_actor(_in_years(pool, fig.frame, "date"), "speaker", fig.frame.actor, ctx)


def demand_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demanded amount: against the demands of its actor and time.

    >>> figure, ctx = example("In 2019 Washington demanded $5 billion a year.", "2019-12-01")
    >>> demand_stated(figure, ctx).verdict
    'supported'
    """
    amount, currency, _ = _amount(fig)
    pool = demand_pool(fig, ctx)
    who = ctx.names.get(fig.frame.actor or "", fig.frame.actor or "anyone")
    when = years_text(fig.frame.years) if fig.frame.bound != "publication" else f"before {ctx.published}"
    if pool.empty:
        return _j("unverifiable", f"No reported demand by {who} ({when}) in {currency or 'any currency'} in the data.")
    rel = (pool.amount / amount - 1).abs()
    same = pool.loc[rel <= ctx.tol.exact_rel]
    same = same if not same.empty else pool.loc[rel <= ctx.tol.same_rel]
    if not same.empty:
        reports = "; ".join(f"{r.reported_by} ({r.date:%Y-%m-%d}, {fmt_money(r.amount, r.currency)})"
                            for r in same.itertuples())
        others = pool.loc[~pool.index.isin(same.index) & (rel <= ctx.tol.near_rel)]
        also = "; ".join(sorted({f"{fmt_money(r.amount, r.currency)} ({r.reported_by})" for r in others.itertuples()}))
        return _j("supported", f"Demand of {fmt_money(amount, currency)} a year matches reports by {reports}."
                  + (f" Other reports of that time give {also}." if also else ""),
                  [i for c in same.source_ids for i in split_ids(c)], [f"demands:{i}" for i in same.demand_id])
    nearest = pool.loc[rel.idxmin()]
    return _j("unverifiable", f"No reported demand by {who} ({when}) of {fmt_money(amount, currency)}; the nearest "
              f"is {fmt_money(nearest.amount, nearest.currency)} ({nearest.reported_by}, {nearest.date:%Y-%m-%d}). "
              "The data lists reported demands, not every figure asked in the talks, so this is not proof either way.",
              split_ids(nearest.source_ids), [f"demands:{nearest.demand_id}"])


def demand_hypothetical(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demand said as a hypothetical or in a quotation: matched, never contradicted.

    >>> figure, ctx = example('"If I were there, they would be paying $30 billion a year," Trump said.', "2024-11-01")
    >>> demand_hypothetical(figure, ctx).verdict
    'unverifiable'
    """
    return _soften(demand_stated(fig, ctx), f"a {fig.frame.modality} may give a figure no report recorded")


def demand_percent(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demand stated as a percent: the data records demands as amounts only.

    >>> figure, ctx = example("Washington demanded a 50 percent increase.", "2020-06-01")
    >>> demand_percent(figure, ctx).verdict
    'unverifiable'
    """
    return _j("unverifiable", "The data records demands as amounts, not as percent increases; nothing to compare.")


def offer_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on an offer (an amount or a percent rise): against the offers of its actor and time.

    >>> figure, ctx = example("In 2020 Seoul offered a 13 percent increase.", "2020-05-01")
    >>> j = offer_stated(figure, ctx); j.verdict, j.rows
    ('supported', ('offers:rok-13pct-2020',))
    """
    o = ctx.t.offers
    pool = _by_actor(_in_years(o.loc[o.reported.dt.date <= ctx.published], fig.frame, "reported"),
                     "offered_by", fig.frame.actor, ctx)
    if fig.span.kind == "percent":
        claimed, column, shown = float(fig.span.value["percent"]), "percent", f"{fig.span.value['percent']:g}%"
        pool = pool.loc[pool.percent.notna()]
        close = (pool.percent - claimed).abs() <= ctx.tol.percent_abs
    else:
        claimed, currency, _ = _amount(fig)
        column, shown = "amount", fmt_money(claimed, currency)
        pool = pool.loc[pool.amount.notna() & (pool.currency == currency)]
        close = (pool.amount / claimed - 1).abs() <= ctx.tol.same_rel
    if pool.empty:
        return _j("unverifiable", f"No reported offer of that time in the data to compare {shown} with.")
    hits = pool.loc[close]
    rows = hits if not hits.empty else pool
    listed = "; ".join(f"{ctx.names.get(r.offered_by, r.offered_by)} offered "
                       f"{f'{r.percent:g}%' if column == 'percent' else fmt_money(r.amount, r.currency)} "
                       f"for {r.for_year} ({r.reported_by}, reported {r.reported:%Y-%m-%d}; {r.outcome})"
                       for r in rows.itertuples())
    verdict = "supported" if not hits.empty else "unverifiable"
    unsure = "" if not hits.empty else " No reported offer of that figure; the data lists reported offers only."
    return _j(verdict, f"Offer of {shown}: {listed}.{unsure}", [i for c in rows.source_ids for i in split_ids(c)],
              [f"offers:{i}" for i in rows.offer_id])


# --- conversions and quantities the data does not cover ------------------------------------------------


def conversion_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a stated conversion "<won> (<dollars>)": against the year's average rate.

    >>> figure, ctx = example("Seoul paid 1.0389 trillion won ($891 million) in 2019.", "2019-12-01", 1)
    >>> conversion_stated(figure, ctx).verdict
    'supported'
    """
    pair = {fig.related[0].value.get("currency"): float(fig.related[0].value["amount"]),
            fig.span.value.get("currency"): float(fig.span.value["amount"])}
    if set(pair) != {"KRW", "USD"}:
        return _j("unverifiable", "Only won-dollar conversions are checked.")
    years = sorted({min(fig.frame.years[0], ctx.published.year), ctx.published.year})
    rates = []
    for y in years:
        try:
            rates.append((y, *ctx.rate(y)))
        except LookupError:
            continue
    if not rates:
        return _j("unverifiable", f"No average exchange rate for {years_text(years)}.")
    year, rate, sources, row = min(rates, key=lambda r: abs(pair["KRW"] / pair["USD"] / r[1] - 1))
    right = pair["KRW"] / rate
    verdict, why = compare(right, pair["USD"], None, dataclasses.replace(ctx.tol, same_rel=ctx.tol.rate_rel))
    return _j(verdict, f"{fmt_money(pair['KRW'], 'KRW')} at the {year} average of {rate:,.1f} won/$ is "
              f"{fmt_money(right, 'USD')}; stated {fmt_money(pair['USD'], 'USD')}: {why}.", sources, [row])


def not_checkable(fig: Figure, ctx: Context) -> Judgement:
    """Return why a figure of a quantity the data does not cover gets no verdict.

    >>> figure, ctx = example("The defense budget grew 8.2 percent in 2024.", "2024-12-01")
    >>> j = not_checkable(figure, ctx); j.verdict, j.evidence[:40]
    ('not_checkable', 'A figure of the defence budget; the data')
    """
    q = fig.frame.quantity
    what = "no quantity the data covers" if q == "other" else f"the {q.replace('_', ' ')}"
    return _j("not_checkable", f"A figure of {what}; the data covers SMA payments and their changes, demands, "
              "offers and exchange rates, so it cannot be checked here.")


@dataclass(frozen=True)
class Rule:
    """Which figures a judging function takes: a quantity, span kinds and modalities (empty = any)."""

    quantity: str
    kinds: tuple[str, ...]
    modalities: tuple[str, ...]
    judge: Callable[[Figure, Context], Judgement]

    def fits(self, fig: Figure) -> bool:
        """Return whether this rule judges ``fig``.

        >>> figure, _ = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> [r.judge.__name__ for r in RULES if r.fits(figure)]
        ['payment_reported']
        """
        return (fig.frame.quantity == self.quantity and fig.span.kind in self.kinds
                and (not self.modalities or fig.frame.modality in self.modalities))


SOFT = ("forecast", "hypothetical")
#: The rules, first fit wins. Extend with one more quantity by appending a Rule.
RULES: list[Rule] = [
    Rule("sma_payment", ("money",), SOFT, payment_forecast),
    Rule("sma_payment", ("money",), (), payment_reported),
    Rule("sma_total", ("money",), (), total_stated),
    Rule("forecast", ("money",), (), payment_forecast),
    Rule("forecast", ("percent",), (), change_forecast),
    Rule("sma_change", ("percent",), SOFT, change_forecast),
    Rule("sma_change", ("percent",), (), change_reported),
    Rule("sma_change", ("money",), (), change_amount),
    Rule("demand", ("money",), ("hypothetical", "quotation"), demand_hypothetical),
    Rule("demand", ("money",), (), demand_stated),
    Rule("demand", ("percent",), (), demand_percent),
    Rule("offer", ("money", "percent"), (), offer_stated),
    Rule("ratio", ("multiplier",), (), ratio_reported),
    Rule("conversion", ("money",), (), conversion_stated),
]


def judge(fig: Figure, ctx: Context) -> Judgement:
    """Return the judgement of one framed figure by the first rule that fits it; a quantity no rule covers
    is not checkable.

    >>> judge(*example("Washington imposed a 25 percent tariff.", "2025-08-01")).verdict
    'not_checkable'
    """
    for rule in RULES:
        if rule.fits(fig):
            j = rule.judge(fig, ctx)
            doubt = uncertain(fig, ctx) if j.verdict == "contradicted" else None
            return _j("unverifiable", f"{j.evidence} Not contradicted: {doubt}.", j.sources, j.rows,
                      j.related) if doubt else j
    if any(rule.quantity == fig.frame.quantity for rule in RULES):
        return _j("unverifiable", f"No rule judges a {fig.frame.quantity} given as {fig.span.kind} "
                  f"({fig.frame.modality}).")
    return not_checkable(fig, ctx)


#: Quantities whose data rows are chosen by actor: without one, a figure cannot be contradicted.
ACTOR_BOUND = ("demand", "offer")


def uncertain(fig: Figure, ctx: Context) -> str | None:
    """Return why a frame is too loose to contradict (no actor bound to a demand or offer; a year taken from a
    date outside the figure's own phrase, save for a conversion, which compares two figures of one sentence),
    or None when the frame is certain.

    >>> uncertain(*example("Under a deal agreed in 2031, the ally pays $9 billion.", "2033-05-01"))
    "its year comes from a date outside the figure's own phrase"
    >>> uncertain(*example("Seoul paid 1 trillion won in 2019.", "2019-12-01")) is None
    True
    """
    if fig.frame.actor is None and fig.frame.quantity in ACTOR_BOUND:
        return f"no actor is bound to the {fig.frame.quantity}"
    if fig.span.kind == "percent" and fig.frame.quantity == "sma_change" and not names_payment(ctx.reader, fig.span):
        return "its sentence does not say the percent is a change of the cost-sharing payment"
    if fig.frame.bound == "clause" and fig.frame.quantity != "conversion":  # a rate's year moves it little
        return "its year comes from a date outside the figure's own phrase"
    return None


@cache
def _real_tables() -> Tables:
    return Tables.load()


def example(text: str, published: str, index: int = 0) -> tuple[Figure, Context]:
    """Return the ``index``-th figure of a one-paragraph article and a context on the real tables (doctests).

    >>> figure, _ = example("Seoul paid 1.0389 trillion won in 2019.", "2019-11-16")
    >>> figure.frame.quantity, figure.frame.years
    ('sma_payment', (2019,))
    """
    from analysis.extract import annotate

    ann = annotate(f"T\n\n{text}", published)
    ctx = Context(ann, _real_tables())
    return build_figures(ann, ctx.reader)[index], ctx



# --- dates of events -------------------------------------------------------------------------------------

#: A wire dateline opening a paragraph: "SEOUL, Oct. 16 (Yonhap) -" — its date is the story's, not a claim.
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]*,\s*$")
_AFTER_DATELINE = re.compile(r"\s*+(?:\([^)]{1,40}\))?\s*+[-–—]")  # possessive: linear on long blanks
#: Verbs and nouns near a date -> the kinds of event they can refer to; the first are remarks.
EVENT_CUES = [
    (re.compile(r"\b(said|says|urged|remark\w*|told|call(?:ed|ing)|declin\w*|reaffirm\w*|warn\w*|speak\w*|"
                r"spoke|comment\w*|stat\w*)\b", re.I), {"remarks", "meeting", "statement", "report"}),
    (re.compile(r"\b(met|meet\w*|talks?|negotiat\w*)\b", re.I), {"talks", "meeting", "summit"}),
    (re.compile(r"\bsummit\w*\b", re.I), {"summit", "meeting"}),
    (re.compile(r"\b(agreed|agreement|deal|sign\w*|initial\w*)\b", re.I), {"meeting", "summit", "sma", "talks"}),
    (re.compile(r"\b(broke into|protest\w*|stormed|rall\w*)\b", re.I), {"protest"}),
    (re.compile(r"\b(exercis\w*|drill\w*|scaled back)\b", re.I), {"exercise"}),
    (re.compile(r"\b(report\w*|statement\w*)\b", re.I), {"report", "statement"}),
]


#: The words between an actor and its date when the date belongs to the actor's own verb: "'s remarks",
#: "said", "told reporters" (at most three words, no punctuation: a comma or clause word breaks the tie).
_OWN_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}\s*")
_LEAD_GAP = re.compile(r"[\s,]*")
_NEXT_WORDS = re.compile(r"(?:\s+[\w-]+){1,3}")


#: A date counted from another event ("a day after", "three days earlier"): its day is only as sure as the anchor.
_ANCHORED = re.compile(r"\b(?:after|before|earlier|later|prior)\b", re.I)


def anchored(span: Span) -> bool:
    """Return whether a date is counted from another event, so it cannot by itself contradict the record.

    >>> anchored(Span("d", "date", 0, 11, "a day after", {})), anchored(Span("d", "date", 0, 9, "on Monday", {}))
    (True, False)
    """
    return bool(_ANCHORED.search(span.exact))


def _cue(text: str) -> bool:
    """Return whether ``text`` holds a verb or noun of an event (said, met, agreed, remarks ...)."""
    return any(pattern.search(text) for pattern, _ in EVENT_CUES)


def own_verb(text: str, actor: Span, date: Span) -> bool:
    """Return whether a date is tied to the actor's own verb in its clause: "<actor> said on Monday",
    "<actor>'s remarks on Monday", "<actor> on Monday met", "On Monday, <actor> said" — not "a letter to
    <actor>, dated Monday" nor "At Monday's event, <actor> repeated".

    >>> t = "Ann Lee said on Monday the talks went well."
    >>> own_verb(t, Span("a", "person", 0, 7, "Ann Lee", {}), Span("d", "date", 13, 22, "on Monday", {}))
    True
    >>> t = "At Monday's fair, Ann Lee said it rained."
    >>> own_verb(t, Span("a", "person", 18, 25, "Ann Lee", {}), Span("d", "date", 3, 9, "Monday", {}))
    False
    """
    if actor.end <= date.start:
        gap = text[actor.end:date.start]
        if len(gap) > 60 or not _OWN_GAP.fullmatch(gap):
            return False
        after = _NEXT_WORDS.match(text, date.end) if not gap.strip() else None
        return _cue(gap) or bool(after and _cue(after.group().split()[0]))
    if date.end <= actor.start and _LEAD_GAP.fullmatch(text, date.end, actor.start):
        after = _NEXT_WORDS.match(text, actor.end)
        return bool(after and _cue(after.group()))
    return False


@dataclass(frozen=True)
class DatedClaim:
    """A date tied to an actor's event: the judgement, the frame, the actor ids, the range and whether the
    date's own clause speaks of remarks (only those join an ``inconsistent_dating`` finding)."""

    judgement: Judgement
    frame: Frame
    actor: str
    date: tuple[str, str]
    remark: bool


def actor_ids(span: Span) -> list[str]:
    """Return the entity ids a person or organisation span may be.

    >>> actor_ids(Span("a", "person", 0, 3, "Kim", {"candidates": ["kim-jong-un", "kim-myong-gil"]}))
    ['kim-jong-un', 'kim-myong-gil']
    """
    v = span.value
    ids = [v["id"]] if v.get("id") else list(v.get("candidates") or [])
    return [i for i in ids if i]


def _checkable_date(span: Span, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """Return the range of a date worth tying to an event: a month or less, past, not a dateline or quote."""
    r, v = ctx.reader, span.value
    try:
        start, end = dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])
    except (KeyError, ValueError, TypeError):
        return None
    if (end - start).days + 1 > ctx.tol.max_dated_days or end > ctx.published or span.exact == "":
        return None
    ds = r.ann.article.date_span
    if (ds and ds.start <= span.start < ds.end) or r.in_quote(span):
        return None
    s, _ = r.sentence_of(span)
    if _WIRE_DATELINE.fullmatch(ctx.text[s:span.start]) and _AFTER_DATELINE.match(ctx.text, span.end):
        return None
    return start, end


def _date_actor(span: Span, ctx: Context) -> tuple[Span, str] | None:
    """Return the actor a date is tied to (the nearest before it, else the first after) and its cue words."""
    r = ctx.reader
    s, e = r.sentence_of(span)
    prev = [d for d in r.spans_in(s, span.start, "date") if d.end <= span.start]
    c_start = prev[-1].end if prev else s
    before = [a for a in r.spans_in(s, span.start, "person", "org") if actor_ids(a)]
    after = [a for a in r.spans_in(span.end, e, "person", "org") if actor_ids(a)]
    if before:
        return before[-1], ctx.text[min(c_start, before[-1].start):span.start]
    if after:
        return after[0], ctx.text[span.start:min(e, after[0].end + 40)]
    return None


def event_date(span: Span, ctx: Context) -> DatedClaim | None:
    """Return the check of a date against the events of the actor it is tied to (None if not checkable).

    >>> from analysis.extract import annotate
    >>> ann = annotate("T\\n\\nMark Esper said on Wednesday that talks matter.", "2019-11-16")
    >>> ctx = Context(ann, _real_tables())
    >>> event_date(next(s for s in ann.spans if s.kind == "date"), ctx).judgement.verdict
    'supported'
    """
    rng, tied = _checkable_date(span, ctx), _date_actor(span, ctx)
    if rng is None or tied is None:
        return None
    (start, end), (actor, cue) = rng, tied
    ids = actor_ids(actor)
    kinds = set().union(*(ks for pattern, ks in EVENT_CUES if pattern.search(cue)))
    events = ctx.t.events
    mine = events.loc[events.actors.map(lambda c: bool(set(split_ids(c)) & set(ids)))]
    if kinds:
        mine = mine.loc[mine.kind.isin(kinds)]
    who = actor.value.get("name") or actor.exact
    if actor.value.get("candidates") and not actor.value.get("id"):
        who = f"{actor.exact} ({' / '.join(ctx.names.get(i, i) for i in ids)})"
    judgement = _judge_date(span, (start, end), who, kinds, mine, ctx)
    frame = Frame("event_date", (start.year,), ",".join(ids), "reported")
    r = ctx.reader
    prev = [d.end for d in r.spans_in(r.sentence_of(span)[0], span.start, "date") if d.end <= span.start]
    own = ctx.text[max([actor.end, *prev]) if actor.end <= span.start else span.start:span.start]
    tied = own_verb(ctx.text, actor, span)
    remark = tied and bool(EVENT_CUES[0][0].search(own if actor.end <= span.start else cue))
    doubt = (None if tied else f"the date is not tied to {who}'s own verb in its clause, so it may date another "
             "event") or ("it is counted from another event, whose day the text may not give" if anchored(span)
                          else None)
    if judgement.verdict == "contradicted" and doubt:
        judgement = _j("unverifiable", f"{judgement.evidence} Not contradicted: {doubt}.", judgement.sources,
                       judgement.rows)
    return DatedClaim(_j(judgement.verdict, judgement.evidence, judgement.sources, judgement.rows, [actor]), frame,
                      ",".join(ids), (start.isoformat(), end.isoformat()), remark)


def _judge_date(span: Span, rng: tuple[dt.date, dt.date], who: str, kinds: set[str], mine: pd.DataFrame,
                ctx: Context) -> Judgement:
    """Return the verdict on a date: an event of the actor on it, one near it (contradicted), or none."""
    start, end = rng
    when = start.isoformat() if start == end else f"{start} to {end}"
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    hits = mine.loc[(mine.start <= hi) & (mine.end >= lo)]
    window = pd.Timedelta(days=ctx.tol.event_days)
    near = mine.loc[(mine.start <= hi + window) & (mine.end >= lo - window)]
    for rows, verdict in ((hits, "supported"), (near, "contradicted")):
        if rows.empty:
            continue
        listed = "; ".join(f"{r.start:%Y-%m-%d} {r.title}" for r in rows.itertuples())
        said = (f"'{span.exact}' = {when}; {who}: {listed}." if verdict == "supported" else
                f"'{span.exact}' = {when}, but the record has no event of {who} that day; the nearest: {listed}.")
        return _j(verdict, said, [i for c in rows.source_ids for i in split_ids(c)],
                  [f"events:{i}" for i in rows.event_id])
    kind_text = f" of kind {', '.join(sorted(kinds))}" if kinds else ""
    return _j("unverifiable", f"'{span.exact}' = {when}; no event of {who}{kind_text} within {ctx.tol.event_days} "
              f"days in the data.")
