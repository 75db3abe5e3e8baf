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
- a *contradicted* verdict needs a certain frame (:func:`uncertain`) and a figure that fits no other sourced row
  (:func:`elsewhere`): a right figure read in the wrong year, quantity or actor is withheld, not called false.

>>> figure, ctx = example("Seoul paid 1.0389 trillion won in 2019.", "2019-11-16")
>>> judge(figure, ctx).verdict
'supported'
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any, NamedTuple, TypeVar

import pandas as pd

from analysis import derive
from analysis import lazyre as re
from analysis.data import load_demands, load_entities, load_events, load_exchange_rates, load_sma, load_table, split_ids
from analysis.extract import Annotation, Span
from analysis.extract import windows as win
from analysis.extract.amounts import _DOWN, _UP, BOUNDS
from analysis.extract.dates import CLAUSE_MARKS
from analysis.extract.scan import last_match
from analysis.frame_reader import (
    _DEAL_NO,
    AVERAGE_WORD,
    BASE_HEDGES,
    DEAL_WORD,
    FALL_FORMS,
    HEDGE_WORDS,
    MILITARY_BUDGET,
    OTHER_QUANTITIES,
    RISE_FORMS,
    RISE_NOUNS,
    SUM_WORDS,
    WEAPON_WORDS,
    Bounds,
    Figure,
    Frame,
    Reader,
    after_freeze,
    agreed_unsigned,
    amount_fall,
    base_date,
    base_year_of_multiple,
    clause_deal_no,
    counted_back,
    date_years,
    deal_by_years,
    deal_number,
    deal_right_after,
    deal_term_span,
    deal_year_subject,
    in_force_year,
    korea_named,
    moved_on_from,
    multiple_of_payment,
    names_deal,
    period_before,
    present_own,
    raised_object,
    said_now,
    sentence_before,
    summed_deal,
    with_sentence_before,
    year_before,
)
from analysis.frames import (
    _PAYMENT_NOUN,
    _STANDING_DEAL,
    ANY_YEAR,
    RAISE_VERB,
    YEARLY_AFTER,
    _cued_here,
    ask_of_percent,
    bind_years,
    body_sentence_before,
    build_figures,
    clause_anaphor,
    counted_from,
    deal_names_payment,
    definite_change,
    denied_ask,
    denied_before,
    deontic_before,
    frame_of,
    garbled_won,
    intent_before,
    level_corrected,
    month_year,
    names_payment,
    numbered_deal_year,
    paid_relative,
    payment_anaphor,
    payment_cued,
    per_year,
    present_fixed,
    refused_ask,
    respective_count,
    sentence_places,
    since_year,
    summed_list_head,
    term_forecast_target,
    term_year,
    than_base,
    told_in_force,
    total_of_no_span,
    wish_governs,
    year_gap,
    years_back_base,
    years_text,
)
from analysis.guards import (
    KEPT_OUT,
    RELATIVE_BOUNDS,
    another_reading,
    asker_not_us,
    base_amount_year,
    budget_growth,
    change_untied,
    deal_dated_by_month,
    forecast_untied,
    judged_years,
    korea_hands,
    largest_payment,
    level_before_change,
    loose_frame,
    money_currency,
    multiple_of_payer,
    other_asker,
    other_base_amount,
    other_payer_clause,
    other_time,
    own_clause,
    owned_last_year,
    past_deal,
    pronoun_of_other_side,
    range_top,
    reached_level,
    reported_this_year,
    restates_other_currency,
    scale_word,
    set_against_other_side,
    share_or_whole,
    slip_below,
    slip_of_record,
    spans_years,
    unnamed_other,
    unnamed_payer,
    unsure_scale,
    untied_amount,
    untold_deal_time,
    untold_time,
    wider_support,
    won_payment_as_dollars,
)

_T = TypeVar("_T")
#: A row of a table as ``DataFrame.itertuples()`` gives it (``Index`` first, then a field per column): what the rules
#: filter in plain Python where a pandas filter per figure would cost more than the rule (:class:`TableIndex`).
DataRow = Any


@lru_cache(maxsize=64)
def _row_type(columns: tuple[str, ...]) -> type:
    """Return the row class of a frame's columns (``itertuples`` makes a new one per call: the cost of a small
    frame's loop)."""
    from collections import namedtuple

    return namedtuple("Row", ("Index", *columns), rename=True)


def frame_rows(frame: pd.DataFrame) -> list[DataRow]:
    """Return the rows of ``frame`` with the values ``itertuples()`` gives, but ``Index`` each row's position in it
    (so :func:`take` can rebuild the frame of any of them, whatever its index).

    >>> rows = frame_rows(pd.DataFrame({"a": [1, 2]}, index=[7, 7])); [(r.Index, r.a) for r in rows]
    [(0, 1), (1, 2)]
    """
    make = _row_type(tuple(map(str, frame.columns)))
    return [make(i, *values) for i, values in enumerate(zip(*(frame[c] for c in frame.columns), strict=True))]


def take(frame: pd.DataFrame, rows: Sequence[DataRow]) -> pd.DataFrame:
    """Return the rows of ``frame`` that ``rows`` (of :func:`frame_rows` of it) are, in their order.

    >>> f = pd.DataFrame({"a": [1, 2, 3]}); take(f, frame_rows(f)[1:]).a.tolist()
    [2, 3]
    """
    return frame.iloc[[r.Index for r in rows]]


def by_day(when: pd.Timestamp, day: dt.date) -> bool:
    """Return whether a table's date is on or before ``day`` (a missing date is not).

    >>> by_day(pd.Timestamp("2019-11-16"), dt.date(2019, 12, 1)), by_day(pd.NaT, dt.date(2019, 12, 1))
    (True, False)
    >>> by_day(None, dt.date(2019, 12, 1))
    False
    """
    return not missing(when) and when.date() <= day


def year_in(value: object, years: set[int] | frozenset[int]) -> bool:
    """Return whether a table's year cell (a number, or missing) is one of ``years``.

    >>> year_in(2020, {2020}), year_in(pd.NA, {2020}), year_in(float("nan"), {2020})
    (True, False, False)
    """
    return not missing(value) and value in years


@dataclass(frozen=True)
class Tolerances:
    """How close a number or a date must be for each verdict — the one place these live.

    - ``same_rel``: two amounts within this relative distance are the same figure (rounding, rates of days);
    - ``exact_rel``: within this, an amount is the very figure of a report (preferred over merely close ones);
    - ``near_rel``: beyond ``same_rel`` but within this, a figure is *close but wrong* -> misleading;
    - ``just_below_rel``: "just less than X" / "nearly X" holds when the value is below X by at most this;
    - ``nearly_above_rel``: "nearly X" / "almost X" (a round figure, not a strict ceiling) still holds when the data's
      figure is above X by at most this much of X; above it by up to ``near_rel`` of X it is close but misleading
      (:func:`nearly_rounded`, lead54);
    - ``factor_rel``: "five-fold" holds within this of 5 (and "as much as five-fold" up to this above 5);
      ``factor_near_rel``: beyond, up to this is misleading;
    - ``percent_abs``: a percent change holds within this many points; ``percent_near_abs``: misleading up to this;
      ``decimal_abs``: a rise printed to a tenth is that very figure within this many points (verd57);
    - ``rate_rel``: a stated conversion holds within this of the year's average rate (outlets use the day's rate);
    - ``slip_factor``: a figure this many times too large or small is a unit slip (billion for million);
    - ``elsewhere_rel``: a figure about to be *contradicted* that is within this of another sourced row (another
      year's payment, a demand, an offer, a total) is probably right and its frame wrong: the verdict is withheld —
      but not for another year's payment when the text fixes the figure's period (:func:`period_fixed`);
    - ``event_days``: an actor's event this close to a claimed date (but not on it) contradicts the date;
    - ``year_gap_chars``: a date of a figure's own phrase further from it than this binds its year too loosely
      to call the figure false (:func:`sure_year`);
    - ``max_dated_days``: dates longer than this ("this year") are too coarse to tie to an event;
    - ``reporter_chars``: how far into a sentence its reporting verb may be to name who reported a figure;
    - ``own_words_chars``: how far from an amount its own clause's words may make it another quantity (a cost noun
      as the subject before it, a count of workers it pays after it: :func:`analysis.frames.own_purpose`);
    - ``base_after_chars``: how far after a multiple (and its article) an amount may start and be read as its base
      ("double the $2.5 billion his aides floated": :func:`analysis.guards.other_base_amount`);
    - ``since_back_chars``, ``since_after_chars``: how far before and after a date's start "since" is read as bound to
      it ("since the 1990s": a time up to now, no other time: :func:`troops_other_time`);
    - ``cost_before_chars``: how far before an amount, in its sentence, another cost it is the price of may be named
      ("bases built at a cost of": :func:`analysis.guards.other_cost`, mend53c);
    - ``freeze_pct``: a year-on-year change within this many percent either way is a freeze, not a cut or a rise;
    - ``recent_days``: a demand said to be made "now" is one reported this many days before publication at most;
    - ``far_factor``: a payment figure this many times the largest payment on record is "far above" any payment:
      called false only when nothing in its sentence names a budget or defence spending (:mod:`analysis.guards`);
    - ``support_factor``: an amount this many times the largest payment on record, with no period, that its clause
      calls support with no cost-sharing word is a total of Seoul's support, not a payment (:func:`check.support_sum`);
    - ``rate_bound_rel``: a floor or ceiling ("over $1 billion") on a dollar figure of a won payment holds when the
      year's average rate misses it by no more than this (the day's rate a writer used moves this much in a year);
    - ``reading_years``: a figure called false is first tried as the defence budget's growth, or (its year from a
      relative date) the payment, its change or rise, of the years this far either side of the year read
      (:func:`analysis.guards.another_reading`);
    - ``span_years``: a change whose own phrase spans this many years or more ("between 2009 and 2013") is the change
      from the first year's payment to the last's (:func:`change_across_years`), not the last year's own change;
    - ``troops_rel``: a count of US troops in Korea holds within this of a sourced figure of its year (any row);
    - ``troops_far_factor``: a count this many times above or below every figure of its year is of another force or
      of a part of it (a unit, a base), not the level the text misstates: not checkable, never contradicted;
    - ``untied_factor``: an amount this many times the payment of its year or more is called contradicted only when
      its own words tie it to that payment: none names another cost (a total over years, a base, a move, weapons),
      and, told by the writer with no year of its own, its sentence names the cost-sharing payment or a yearly
      period (:func:`analysis.guards.untied_amount`); within it, a figure is a plain misstatement of the payment;
    - ``bare_rate_factor``: a number printed with no unit beside an amount in won (dollars) is read as its dollar
      (won) equivalent when the rate the pair implies is within this factor of a year's average rate
      (:func:`unit_missing_conversion`); further off, it is not known to be a conversion;
    - ``deal_terms``: check the length told of one named agreement ("the six-year 11th SMA") against its term
      (:mod:`analysis.terms`, claims of kind ``term``; fix51v). On (lead, fifty-first session): a deal's length
      told of one named concluded agreement is checked against its term (tests/corpus/README.md).
    """

    same_rel: float = 0.10
    exact_rel: float = 0.005
    near_rel: float = 0.25
    just_below_rel: float = 0.15
    nearly_above_rel: float = 0.05
    factor_rel: float = 0.15
    factor_near_rel: float = 0.30
    percent_abs: float = 0.5
    percent_near_abs: float = 2.0
    decimal_abs: float = 0.05
    rate_rel: float = 0.15
    slip_factor: float = 1000.0
    elsewhere_rel: float = 0.05
    event_days: int = 14
    max_dated_days: int = 31
    year_gap_chars: int = 60
    reporter_chars: int = 90
    own_words_chars: int = 120
    base_after_chars: int = 40
    since_back_chars: int = 12
    since_after_chars: int = 6
    cost_before_chars: int = 90
    freeze_pct: float = 0.05
    rate_bound_rel: float = 0.05
    recent_days: int = 365
    far_factor: float = 100.0
    support_factor: float = 10.0
    reading_years: int = 1
    span_years: int = 2
    troops_rel: float = 0.10
    troops_far_factor: float = 2.0
    bare_rate_factor: float = 2.0
    untied_factor: float = 2.0
    deal_terms: bool = True


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
    #: figures other sources give for a year (outlets' dollar figures at their own rates), not used as the value
    conflicts: pd.DataFrame = field(default_factory=lambda: load_table("sma_conflicts"))
    #: South Korea's defence budget by year (claims17: a growth the text calls "defense cost" may be its)
    budget: pd.DataFrame = field(default_factory=lambda: load_table("defence_budget"))
    #: US troops in South Korea: sourced figures over spans of years (the stated level, published counts)
    troops: pd.DataFrame = field(default_factory=lambda: load_table("troops"))

    @classmethod
    def load(cls) -> Tables:
        """Return the tables from data/.

        >>> sorted(Tables.load().offers.offer_id)[:1]
        ['rok-13pct-2020']
        """
        return cls(load_sma(), load_exchange_rates(), load_demands(), load_events(), load_entities(),
                   load_table("offers"), load_table("sma_conflicts"), troops=load_table("troops"))

    @cached_property
    def index(self) -> TableIndex:
        """Return the look-ups the rules make of these tables, built once (the tables are not changed in place).

        >>> Tables.load().index.rates[2019].row
        'exchange_rates:2019'
        """
        return TableIndex(self)


#: The data files :meth:`Tables.load` reads, and the tables :func:`default_tables` last loaded with the loaded frames
#: they were copied from (the same frames, by identity, mean the same data).
_TABLE_FILES = ("sma_contributions", "exchange_rates", "demands", "events", "entities", "offers", "sma_conflicts",
                "troops")
_DEFAULT: list[tuple[tuple[pd.DataFrame, ...], Tables]] = []


def default_tables() -> Tables:
    """Return the tables of a check given none: one :class:`Tables`, and so one :attr:`Tables.index`, for as long as
    the loaded data files are the same (:func:`analysis.data.load_table` not reloaded). Read only, never changed.

    >>> default_tables() is default_tables()
    True
    """
    raw = tuple(load_table(name) for name in _TABLE_FILES)
    if not _DEFAULT or any(a is not b for a, b in zip(_DEFAULT[0][0], raw, strict=True)):
        _DEFAULT[:] = [(raw, Tables.load())]
    return _DEFAULT[0][1]


class TableIndex:
    """The tables' rows the rules look up per claim, turned once into dicts keyed by year (and agreements by day):
    a pandas filter per claim costs more than the rule that reads it."""

    def __init__(self, t: Tables) -> None:
        #: the first row of each year: its won payment (None when the row has none) and its source ids
        self.won: dict[int, float | None] = {}
        self.won_sources: dict[int, tuple[str, ...]] = {}
        #: the dollar payment (million) of each year whose row gives one (before 2005, when it was paid in part in
        #: dollars)
        self.usd: dict[int, float] = {}
        for year, krw, usd, ids in zip(t.sma.year, t.sma.krw_billion, t.sma.usd_million, t.sma.source_ids,
                                       strict=True):
            if int(year) not in self.won:
                self.won[int(year)] = None if pd.isna(krw) else float(krw)
                self.won_sources[int(year)] = tuple(split_ids(ids))
                if not pd.isna(usd):
                    self.usd[int(year)] = float(usd)
        #: each year's average exchange rate (the first row of the year), and the years that have one
        self.rates: dict[int, Rate] = {}
        for year, rate, ids in zip(t.rates.year, t.rates.krw_per_usd, t.rates.source_ids, strict=True):
            self.rates.setdefault(int(year), Rate(float(rate), tuple(split_ids(ids)), f"exchange_rates:{int(year)}"))
        self.rate_years = tuple(int(y) for y in t.rates.year)
        self._t = t
        self._known: dict[dt.date, pd.DataFrame] = {}
        self._known_rows: dict[dt.date, list[DataRow]] = {}
        self._events_of: dict[tuple[str, ...], list[DataRow]] = {}
        self._rows: dict[str, list[DataRow]] = {}
        self._office: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
        self._per_year: dict[tuple[object, ...], object] = {}

    @cached_property
    def agreements(self) -> pd.DataFrame:
        """Return one row per agreement (see :meth:`Context.agreements`)."""
        t = self._t
        sma = t.sma.dropna(subset=["agreement_no"])
        terms = sma.groupby("agreement_no").agg(term_start=("term_start", "min"), term_end=("term_end", "max"))
        ev = t.events.loc[t.events.kind == "sma"]
        numbers = ev.title.str.extract(r"\b(\d{1,2})(?:st|nd|rd|th)\s+SMA\b", expand=False)
        dated = ev.assign(no=pd.to_numeric(numbers)).dropna(subset=["no"])
        signing = dated.title.str.contains(r"\bsigned\b", case=False)
        # the conclusion is the agreement reached or initialled; a signing alone on record (the 9th SMA's) gives none,
        # as before frames65 added it (rules written since read the 9th SMA as not known)
        concluded = dated.loc[~signing].groupby("no").start.min()
        signed = dated.loc[signing].groupby("no").start.min()
        out = terms.reset_index().rename(columns={"agreement_no": "no"}).astype({"no": int})
        return out.assign(concluded=out.no.map(concluded), signed=out.no.map(signed)).sort_values("no").reset_index(
            drop=True)

    @cached_property
    def changes(self) -> pd.DataFrame:
        """Return the year-on-year change of the payment (:func:`analysis.derive.year_on_year`)."""
        return derive.year_on_year(self._t.sma)

    @cached_property
    def change_by_year(self) -> pd.DataFrame:
        """Return :attr:`changes` indexed by year."""
        return self.changes.set_index("year")

    @cached_property
    def change_of(self) -> dict[int, DataRow]:
        """Return the row of :attr:`changes` of each year (:func:`frame_rows`).

        >>> round(Tables.load().index.change_of[2021].change_pct, 1)
        13.9
        """
        out: dict[int, DataRow] = {}
        for r in frame_rows(self.changes):
            out.setdefault(int(r.year), r)  # a duplicated year: its first row, as :attr:`won` reads the payments
        return out

    @cached_property
    def entity_kind(self) -> dict[str, str]:
        """Return each entity's kind (person, organisation, ...) by its id."""
        return dict(zip(self._t.entities.entity_id, self._t.entities.kind, strict=True))

    def rows(self, name: str) -> list[DataRow]:
        """Return the rows of the table ``name`` (a field of :class:`Tables`) as :func:`frame_rows` gives them, made
        once.

        >>> Tables.load().index.rows("demands")[0].Index
        0
        """
        if name not in self._rows:
            self._rows[name] = frame_rows(getattr(self._t, name))
        return self._rows[name]

    def per_year(self, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
        """Return what ``make()`` gives, made once per ``key`` for these tables: for a look-up that depends on the
        tables and a publication year only (a handful of keys), shared by the articles of that year; read only.

        >>> index = Tables.load().index
        >>> index.per_year(("x", 2019), lambda: [1]), index.per_year(("x", 2019), lambda: [2])
        ([1], [1])
        """
        if key not in self._per_year:
            self._per_year[key] = make()
        return self._per_year[key]  # type: ignore[return-value]

    def office(self, actor: str) -> list[tuple[dt.date, dt.date | None]]:
        """Return the spans ``actor`` held office (:func:`office_spans`), made once per actor."""
        if actor not in self._office:
            self._office[actor] = _office_of(self.rows("entities"), actor)
        return self._office[actor]

    @cached_property
    def names(self) -> dict[str, str]:
        """Return each entity's name by its id (:attr:`Context.names`; read only)."""
        return dict(zip(self._t.entities.entity_id, self._t.entities.name, strict=True))

    @cached_property
    def countries(self) -> dict[str, str]:
        """Return each entity's country by its id (:attr:`Context.countries`; read only)."""
        return dict(zip(self._t.entities.entity_id, self._t.entities.country, strict=True))

    @cached_property
    def events(self) -> list[tuple[frozenset[str], DataRow]]:
        """Return each event's actor ids and its row (as ``itertuples`` gives it), in the table's order.

        >>> ids, row = Tables.load().index.events[0]; sorted(ids), row.event_id
        (['donald-trump', 'kim-jong-un'], 'hanoi-summit')
        """
        ev = self._t.events
        return [(frozenset(split_ids(c)), row) for c, row in zip(ev.actors, ev.itertuples(), strict=True)]

    def events_of(self, ids: tuple[str, ...]) -> list[DataRow]:
        """Return the rows of the events one of ``ids`` took part in, in the table's order (made once per ids).

        >>> [r.event_id for r in Tables.load().index.events_of(("kim-jong-un",))][:1]
        ['hanoi-summit']
        """
        if ids not in self._events_of:
            self._events_of[ids] = [row for actors, row in self.events if not actors.isdisjoint(ids)]
        return self._events_of[ids]

    def known_at(self, when: dt.date) -> pd.DataFrame:
        """Return the agreements concluded on or before ``when`` (see :meth:`Context.known_at`)."""
        if when not in self._known:
            self._known[when] = take(self.agreements, self.known_rows(when))
        return self._known[when]

    def known_rows(self, when: dt.date) -> list[DataRow]:
        """Return :meth:`known_at` as rows of :attr:`agreements` (:func:`frame_rows`), made once per day.

        >>> [r.no for r in Tables.load().index.known_rows(dt.date(2021, 3, 7))]
        [10, 11]
        """
        if when not in self._known_rows:
            self._known_rows[when] = [r for r in self.agreement_rows if by_day(r.concluded, when)]
        return self._known_rows[when]

    @cached_property
    def agreement_rows(self) -> list[DataRow]:
        """Return the rows of :attr:`agreements` (:func:`frame_rows`), one an agreement in its order.

        >>> [(r.no, r.term_start, r.term_end) for r in Tables.load().index.agreement_rows if r.no == 11]
        [(11, 2020, 2025)]
        """
        return frame_rows(self.agreements)

    def covering(self, year: int) -> list[DataRow]:
        """Return the agreements whose term covers ``year``, in their order (tidy56: the one term filter).

        >>> [r.no for r in Tables.load().index.covering(2020)], Tables.load().index.covering(1980)
        ([11], [])
        """
        return [a for a in self.agreement_rows if a.term_start <= year <= a.term_end]


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
    """The SMA payment of one year in one currency: value in currency units, its description for evidence, and
    the source ids and data rows (``table:key``) behind it."""

    year: int
    value: float
    described: str
    sources: tuple[str, ...]
    rows: tuple[str, ...]


class Rate(NamedTuple):
    """A year's average exchange rate: won per dollar, its source ids and its data row (``table:key``).

    >>> Rate(1165.7, ("bok",), "exchange_rates:2019").krw_per_usd
    1165.7
    """

    krw_per_usd: float
    sources: tuple[str, ...]
    row: str


class Context:
    """The article reader, the tables and the tolerances shared by the rules."""

    def __init__(self, ann: Annotation, tables: Tables, tol: Tolerances = TOLERANCES) -> None:
        self.reader, self.t, self.tol = Reader(ann, tol), tables, tol
        self.text, self.published = ann.article.text, ann.article.published
        self.names, self.countries = tables.index.names, tables.index.countries  # read only: shared by articles
        #: the payments and rows already looked up (pure functions of the tables and the article: a rule may ask often)
        self._memo: dict[tuple[object, ...], object] = {}
        self._sides: dict[str, str | None] = {}
        self._payments: dict[tuple[int, str | None], Payment | str] = {}  # a str: why there is none
        self._years: frozenset[int] | None = None  # the years the article's dates touch (read once, not per figure)

    def memo(self, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
        """Return what ``make()`` gives, made once per ``key`` for this article (for look-ups that depend on the
        tables, the publication day and the key, not on the figure asking); the caller does not change it.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.memo(("x",), lambda: 1), ctx.memo(("x",), lambda: 2)
        (1, 1)
        """
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]  # type: ignore[return-value]

    def framed(self, figures: Iterable[Figure] | None = None) -> dict[str, Figure]:
        """Return the article's figures by span id, built once: from ``figures`` when the caller built them already
        (:func:`analysis.check.check_annotation`), else by :func:`analysis.frames.build_figures`.

        >>> fig, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.framed()[fig.span.id].span.exact, ctx.framed() is ctx.framed([])
        ('1 trillion won', True)
        """
        r = self.reader
        return self.memo(("figures",), lambda: {f.span.id: f for f in (build_figures(r.ann, r) if figures is None
                                                                         else figures)})

    def side(self, actor: str | None) -> str | None:
        """Return the country an actor (entity id or free text) speaks for: ``US``, ``KR``, ... or None.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.side("donald-trump"), ctx.side("unnamed US officials"), ctx.side(None)
        ('US', 'US', None)
        """
        if actor is None:
            return None
        if actor not in self._sides:  # asked for every row of a pool of demands: read once per actor
            self._sides[actor] = self._side(actor)
        return self._sides[actor]

    def _side(self, actor: str) -> str | None:
        """Return the country :meth:`side` finds for an actor."""
        if actor in self.countries and isinstance(self.countries[actor], str):
            return self.countries[actor]
        if re.search(r"\b(?:US|U\.S\.|American|Washington)\b", actor):
            return "US"
        return "KR" if re.search(r"\b(?:South Korea\w*|Seoul)\b", actor) else None

    def agreements(self) -> pd.DataFrame:
        """Return one row per agreement: ``no``, ``term_start``, ``term_end``, ``concluded`` (the first event
        of kind ``sma`` naming it that is no signing, NaT if none) and ``signed`` (the first such event whose title
        says "signed", NaT if none: frames65), ordered by number.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> row = ctx.agreements().set_index("no").loc[11]; int(row.term_start), f"{row.concluded:%Y-%m-%d}"
        (2020, '2021-03-07')
        """
        return self.t.index.agreements

    def known_at(self, when: dt.date) -> pd.DataFrame:
        """Return the agreements concluded on or before ``when``.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> int(ctx.known_at(dt.date(2019, 12, 1)).no.max())
        10
        """
        return self.t.index.known_at(when)

    def known_rows(self) -> list[DataRow]:
        """Return the agreements concluded by publication as rows (:meth:`TableIndex.known_rows`; read only).

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> [r.no for r in ctx.known_rows()]
        [10]
        """
        return self.t.index.known_rows(self.published)

    def rate_year(self, year: int) -> int:
        """Return the year whose average rate converts a figure of ``year``: its own, else (a year not over yet,
        or after publication) the latest average published by then.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2026-02-01")
        >>> ctx.rate_year(2019), ctx.rate_year(2026), ctx.rate_year(2030)
        (2019, 2025, 2025)
        """
        if year in self.t.index.rates:
            return year
        last = min(year, self.published.year)
        return max((y for y in self.t.index.rate_years if y <= last), default=year)

    def rate(self, year: int) -> Rate:
        """Return the average exchange rate of a year; LookupError if none.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.rate(2019).row
        'exchange_rates:2019'
        """
        found = self.t.index.rates.get(year)
        if found is None:
            raise LookupError(f"no average exchange rate for {year}")
        return found

    def payment(self, year: int, currency: str | None) -> Payment:
        """Return the SMA payment of ``year`` in won, or in dollars at that year's average rate (a year after
        publication with no rate yet: the publication year's; a year the data give in dollars only: that figure).

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.payment(2019, "USD").described
        '2019 payment 1,038.9 bn won = $891 M at 1,165.8 won/$ (2019 average)'
        >>> ctx.payment(1998, "USD").described  # a year sourced in dollars only
        '1998 payment $390 million (sourced in dollars)'
        """
        if (year, currency) not in self._payments:
            try:
                self._payments[year, currency] = self._payment(year, currency)
            except LookupError as exc:
                self._payments[year, currency] = str(exc)
        found = self._payments[year, currency]
        if isinstance(found, str):
            raise LookupError(found)
        return found

    def _sourced_dollars(self, year: int) -> Payment:
        """Return the payment of a year as the data give it in dollars (the White Paper's figures, 1991-2004).

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx._sourced_dollars(1991).described
        '1991 payment $150 million (sourced in dollars)'
        """
        usd = self.t.index.usd[year]
        return Payment(year, usd * 1e6, f"{year} payment {fmt_money(usd * 1e6, 'USD')} (sourced in dollars)",
                       self.t.index.won_sources[year], (f"sma_contributions:{year}",))

    def dollar_payment(self, year: int) -> Payment:
        """Return the payment of ``year`` in dollars: the data's own dollar figure where they hold one (1991-2004),
        else the won payment at the year's average rate (:meth:`payment`); a change in dollars then uses what the
        source printed, not a won sum converted (cfix44: 2003 is $550 M, not 668.6 bn won at 2003's rate).

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.dollar_payment(2003).described, ctx.dollar_payment(2019).described.split(" = ")[0]
        ('2003 payment $550 million (sourced in dollars)', '2019 payment 1,038.9 bn won')
        """
        return self._sourced_dollars(year) if year in self.t.index.usd else self.payment(year, "USD")

    def has_payment(self, year: int) -> bool:
        """Return whether the data give the won payment of ``year``.

        >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> ctx.has_payment(2019), ctx.has_payment(2023)
        (True, False)
        """
        try:
            self.payment(year, "KRW")
        except LookupError:
            return False
        return True

    def _payment(self, year: int, currency: str | None) -> Payment:
        """Return the payment of :meth:`payment`, read from the tables (LookupError if they lack it)."""
        krw = self.t.index.won.get(year)
        if krw is None and currency == "USD" and year in self.t.index.usd:  # a year sourced in dollars only (claims26)
            return self._sourced_dollars(year)
        if krw is None:
            raise LookupError(f"no sourced won figure for the {year} payment")
        sources, rows = self.t.index.won_sources[year], (f"sma_contributions:{year}",)
        if currency == "KRW":
            return Payment(year, krw * 1e9, f"{year} payment {krw:,.1f} bn won", sources, rows)
        try:
            rate, rate_sources, rate_row = self.rate(self.rate_year(year))
        except LookupError:
            if year in self.t.index.usd:  # claims43: no rate that year, but a dollar row ("$150 M", 1991)
                return self._sourced_dollars(year)
            raise
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


#: How :func:`compare` opens the reason of a figure off by ``Tolerances.slip_factor``; the demand rules ask for it.
UNIT_SLIP = "a unit slip"


def compare(value: float, claimed: float, bound: str | None, tol: Tolerances = TOLERANCES) -> tuple[str, str]:
    """Return (verdict, why) for a claimed figure against the value from the data.

    >>> compare(891e6, 1e9, "less_than")[0], compare(891e6, 1e9, None)[0], compare(500e6, 1e9, None)[0]
    ('supported', 'misleading', 'contradicted')
    >>> compare(891e6, 891e3, None)[1]
    'a unit slip: the figure is 1,000 times too small'
    >>> compare(960.2e9, 960e9, "less_than")[0], compare(960.2e9, 960.2e9, "more_than")[0]  # "nearly 960 billion"
    ('supported', 'supported')
    >>> compare(891.1e6, 990e6, None)  # 11 % above the data (though 10 % below the claim): close, not the same
    ('misleading', 'close (within 25%) but not the same figure (+11.1%)')

    A claimed zero ("Seoul pays $0") has no ratio to the data (crash80: it divided by zero):

    >>> compare(891e6, 0.0, None), compare(891e6, 0.0, "more_than")[0], compare(0.0, 0.0, None)[0]
    (('contradicted', 'the claimed figure is zero and the data is not'), 'supported', 'supported')
    """
    if claimed == 0 or value == 0:
        return _zero_compared(value, claimed, bound)
    ratio = value / claimed
    for factor, word in ((tol.slip_factor, "small"), (1 / tol.slip_factor, "large")):
        if abs(ratio / factor - 1) <= tol.same_rel:
            return "contradicted", f"{UNIT_SLIP}: the figure is {tol.slip_factor:,.0f} times too {word}"
    if bound in ("less_than", "more_than") and abs(ratio - 1) <= tol.exact_rel:
        return "supported", "the claimed bound is the data's figure at the claim's rounding"
    if bound in ("less_than", "up_to"):
        if ratio > 1 + (tol.same_rel if bound == "up_to" else 0):
            return "contradicted", "the data is above the claimed ceiling"
        if ratio >= 1 - tol.just_below_rel:
            return "supported", "just below the claimed figure, as claimed"
        return "misleading", "below the claimed figure, but not 'just' below"
    if bound == "more_than":
        return ("supported", "above the claimed floor") if ratio > 1 else ("contradicted", "not above the floor")
    off = claimed / value - 1  # an error is measured against the data's figure, not the claim's
    if abs(off) <= tol.same_rel:
        return "supported", f"within {tol.same_rel:.0%} of the data's figure ({off:+.1%})"
    if abs(off) <= tol.near_rel:
        return "misleading", f"close (within {tol.near_rel:.0%}) but not the same figure ({off:+.1%})"
    if digit_slip(value, claimed):
        return "contradicted", f"a digit slip: a zero dropped or added (off by {abs(off):.0%})"
    return "contradicted", f"off by {abs(off):.0%}"


def _zero_compared(value: float, claimed: float, bound: str | None) -> tuple[str, str]:
    """Return :func:`compare`'s (verdict, why) when the claimed figure or the data's is zero (no ratio exists)."""
    if value == claimed:
        return "supported", "both figures are zero"
    if bound == "more_than":
        return ("supported", "above the claimed floor") if value > claimed else ("contradicted", "not above the floor")
    if bound in ("less_than", "up_to") and value < claimed:
        return "supported", "below the claimed ceiling"
    return "contradicted", "the claimed figure is zero and the data is not" if claimed == 0 else "the data is zero"


def _digits(x: float) -> str:
    """Return the significant digits of a number, six at most, without trailing zeros."""
    return f"{abs(x):.5e}".split("e")[0].replace(".", "").rstrip("0") or "0"


def digit_slip(value: float, claimed: float) -> bool:
    """Return whether ``claimed`` is ``value`` with one zero dropped or added among its digits (1.389 for 1.0389),
    both having at least three significant digits.

    >>> digit_slip(1.0389e12, 1.389e12), digit_slip(1.0389e12, 1.0389e13), digit_slip(1e9, 1e8)
    (True, False, False)
    """
    short, long = sorted((_digits(value), _digits(claimed)), key=len)
    if len(short) < 3 or len(long) != len(short) + 1:
        return False
    return any(long[i] == "0" and long[:i] + long[i + 1:] == short for i in range(len(long)))


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
    early = not_yet_agreed(fig, ctx)
    if early is not None:
        return early
    start = deal_start_year(fig, ctx) or range_first_year(fig, ctx)
    if start is not None:
        return deal_start_judged(fig, ctx, start)
    j = some_year_fits(fig, ctx, _payment_in(fig, ctx, fig.frame.years))
    if j.verdict != "supported":  # unverif68: "demanded Seoul raise it from X to Y": X is the payment Y was asked of
        j = demand_base_judged(fig, ctx) or pending_payment(fig, ctx) or j
    if fig.frame.bound == "publication" and j.verdict in ("contradicted", "misleading") and agreed_unsigned(
            ctx.published) and told_in_force(ctx.reader, fig.span) is not None:  # mendf66: between agreeing and
        agreed = _payment_in(fig, ctx, (ctx.published.year,))  # signing, "currently" may be either deal's year
        j = agreed if agreed.verdict == "supported" else j
    if fig.frame.bound == "publication" and j.verdict in ("contradicted", "misleading"):  # no row: no verdict
        earlier = _payment_in(fig, ctx, (fig.frame.years[0] - 1,))
        if earlier.verdict == "supported" and fig.frame.years[0] - 1 not in moved_on_from(ctx.reader, fig.span) \
                and not present_agreed(fig, ctx) and told_in_force(ctx.reader, fig.span) is None:
            # "Seoul pays X" in January is often last year's figure; not when its clause moves on from that year
            j = _j("supported", f"{earlier.evidence} The text names no year; the payment of the year before "
                   "publication fits.", earlier.sources, earlier.rows)
        elif earlier.rows and fig.frame.modality in ("reported", "quotation") \
                and fig.frame.years[0] - 1 not in moved_on_from(ctx.reader, fig.span) \
                and not present_agreed(fig, ctx) and told_in_force(ctx.reader, fig.span) is None:
            j = earlier_year_named(j, earlier)  # review94 L1: a payment told as fact, not a forecast's or an ask's
    if j.verdict == "unverifiable":
        j = deal_first_year(fig, ctx) or j
    if j.verdict == "supported" or PRECISE_MISS in j.evidence:  # fix51v2: a precise miss may be another year's
        j = another_years_figure(fig, ctx) or another_years_dollars(fig, ctx) or j
    if fig.span.id in ctx.reader.lost and j.verdict == "supported":
        return _j("misleading", j.evidence + " But the sentence's 'it' has no referent: as printed the figure does "
                  "not say it is the SMA payment, so a reader cannot tell what it measures.", j.sources, j.rows)
    j = averaged_payment(fig, ctx, j) or j  # verd52: "an average of X a year from 2020 to 2025"
    return won_as_dollars(j) if won_digits_printed(fig, ctx) else j


#: An amount told as a yearly average, right before it: "an average of (about) ", "averaged ", "an annual average
#: of ", "On average, Seoul paid (about) " is read from the sentence's start (verd52).
_AVERAGE_BEFORE = re.compile(r"\b(?:an?[ \t]{1,3}+(?:(?:annual|yearly)[ \t]{1,3}+)?average[ \t]{1,3}+of"
                             r"|averag(?:ed|ing))[ \t]{1,3}+(?:(?:about|roughly|some|around|nearly|almost"
                             r"|approximately)[ \t]{1,3}+)?\Z", re.I)
_AVERAGE_AFTER = re.compile(r"[ \t]{1,3}+(?:(?:a|per)[ \t]{1,3}+year[ \t]{1,3}+|annually[ \t]{1,3}+)?on[ \t]{1,3}+"
                            r"average\b", re.I)
_AVERAGE_OPENS = re.compile(r"On[ \t]{1,3}+average[ \t]{0,3}+,")
#: Not the deal itself but its talks or dispute, right after a deal's number: "the 10th SMA talks" (verd52).
_NOT_TALKS = r"(?![ \t]{1,3}+(?:talks|negotiations?|row|dispute|deadlock)\b)"
#: One agreement named by its number in the sentence: "during the 11th SMA", "over the ninth deal's five years"
#: (not "during the 10th SMA talks": the talks' time).
_DEAL_SPAN = re.compile(rf"\b(?:under|in|during|over|across|throughout|of)\s++the\s++{_DEAL_NO}{_NOT_TALKS}", re.I)


def averaged_years(fig: Figure, ctx: Context) -> tuple[int, ...] | None:
    """Return the years an amount told as a yearly average sums up ("an average of X a year from 2020 to 2025",
    "During the 11th SMA, Seoul paid an average of X a year"): the several years of its frame, or the term of the one
    agreement its sentence names by number; None when the amount is no average ("an average of" right before it,
    "on average" right after it or opening its sentence) or its years are not told (verd52).

    >>> [averaged_years(*example(t, "2025-07-09")) for t in ("During the 11th SMA, Seoul paid an average of 1.25 "
    ...     "trillion won a year.", "Seoul paid 1.25 trillion won a year on average from 2021 to 2022.",
    ...     "Seoul paid an average of 1.25 trillion won a year.",
    ...     "Seoul paid 1.25 trillion won a year from 2021 to 2022.")]
    [(2020, 2021, 2022, 2023, 2024, 2025), (2021, 2022), None, None]
    """
    r, span = ctx.reader, fig.span
    s, e = r.local(span)
    if not (_AVERAGE_BEFORE.search(r.text, max(s, span.start - win.AVERAGE_WORD_BACK), span.start)
            or _AVERAGE_AFTER.match(r.text, span.end, e) or _AVERAGE_OPENS.match(r.text, s, span.start)):
        return None
    if len(fig.frame.years) > 1:
        return fig.frame.years
    deals = list(_DEAL_SPAN.finditer(r.text, s, e))
    if fig.frame.bound == "phrase" or len(deals) != 1:
        return None
    no = deal_number(deals[0])
    row = next((a for a in ctx.t.index.agreement_rows if a.no == no), None)
    return tuple(range(row.term_start, row.term_end + 1)) if row is not None else None


def averaged_payment(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict on an amount told as a yearly average over several years (:func:`averaged_years`) that
    ``j``, its judgement year by year, calls wrong: against the mean of those years' payments when the data give them
    all; else `unverifiable`, unless it lies outside the range of the years the data give by more than ``same_rel``, or
    outside it with every one of them refuting it (an average of several years is no one year's payment; verd52).
    None when it is no such average or ``j`` holds.

    >>> fig, ctx = example("From 2019 to 2021, Seoul paid an average of 1.09 trillion won a year.", "2025-07-09")
    >>> j = averaged_payment(fig, ctx, _j("misleading", "")); j.verdict, j.evidence[:62]
    ('supported', 'The 2019-2021 payments average 1,087.03 billion won; claimed 1')
    >>> averaged_payment(*example("During the 11th SMA, Seoul paid an average of 1.25 trillion won a year.",
    ...     "2025-07-09"), _j("misleading", "")).verdict
    'unverifiable'
    >>> averaged_payment(*example("During the 11th SMA, Seoul paid an average of 0.9 trillion won a year.",
    ...     "2025-07-09"), _j("misleading", "")).verdict  # 13 % below the deal's lowest year: j kept
    'misleading'
    """
    years = averaged_years(fig, ctx) if j.verdict in ("contradicted", "misleading") else None
    if not years:
        return None
    amount, currency, bound = _amount(fig)
    pays = []
    for year in years:
        try:
            pays.append(ctx.payment(year, currency))
        except LookupError:
            continue
    label = f"{years[0]}-{years[-1]}"
    sources, rows = [x for p in pays for x in p.sources], [x for p in pays for x in p.rows]
    if pays and len(pays) == len(years):
        verdict, why = compare(sum(p.value for p in pays) / len(pays), amount, bound, ctx.tol)
        mean = fmt_money(sum(p.value for p in pays) / len(pays), currency)
        return _j(verdict, f"The {label} payments average {mean}; claimed {fmt_money(amount, currency)} a year on "
                  f"average: {why}.", sources, rows)
    values = [p.value for p in pays]
    if values and not min(values) * (1 - ctx.tol.same_rel) <= amount <= max(values) * (1 + ctx.tol.same_rel):
        return j  # further from every known year than one figure's rounding: no average of them can be it
    if values and not min(values) <= amount <= max(values) \
            and all(compare(v, amount, bound, ctx.tol)[0] == "contradicted" for v in values):
        return j
    return _j("unverifiable", f"A yearly average over {label}, not one year's payment; the data give "
              f"{len(pays)} of its {len(years)} years, so the average cannot be taken.", sources, rows)


def earlier_year_named(j: Judgement, earlier: Judgement) -> Judgement:
    """Return a payment with no year of its own called wrong for the publication year (``j``) with its reading as the
    year before's payment (``earlier``, a reading it may have, which does not fit either) added to its evidence and
    rows: a right figure of that year is supported by it, so the right figure belongs in the evidence (mut27).

    >>> fig, ctx = example("Seoul pays $870 billion a year.", "2021-01-20")
    >>> j = payment_reported(fig, ctx); j.verdict, [r for r in j.rows if r.startswith("sma")]
    ('contradicted', ['sma_contributions:2021', 'sma_contributions:2020'])
    >>> payment_reported(*example("Seoul pays $870 million a year.", "2021-01-20")).rows[0]
    'sma_contributions:2020'
    """
    return _j(j.verdict, f"{j.evidence} Read as the year before publication's: {earlier.evidence}",
              [*j.sources, *earlier.sources], [*j.rows, *earlier.rows], j.related)


#: A sentence that tells a figure for each year of its span: "a year", "per year", "each year", "annually", "yearly".
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)[ \t]{1,3}+year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)


def some_year_fits(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return ``j`` (a payment judged against every year of a decade) as `unverifiable` when its sentence tells it
    for no year in particular ("In the 1990s Seoul paid $150 million": no "a year", "annually") and it fits one year
    of the decade: the text does not say it held for every year, so a right figure is not called wrong (review94). A
    range the text bounds itself ("From 2021 to 2025, the payment stood at X") is told for the whole span (mendf68).

    >>> fig, ctx = example("In the 1990s Seoul paid $150 million for the troops.", "2019-12-06")
    >>> j = payment_reported(fig, ctx); j.verdict, j.evidence[-95:]
    ('unverifiable', 'Not contradicted: it fits the 1991 payment; the text does not say it held in each of 1990-1999.')
    >>> payment_reported(*example("Seoul paid $150 million a year in the 1990s.", "2019-12-06")).verdict
    'contradicted'
    >>> payment_reported(*example("In the 1990s Seoul paid $5 billion for the troops.", "2019-12-06")).verdict
    'contradicted'
    """
    years = fig.frame.years
    if len(years) != 10 or years[0] % 10 or j.verdict not in ("contradicted", "misleading") \
            or ctx.reader.found(_PER_YEAR, *fig.sentence):  # a decade, not a range the text bounds (searched once)
        return j
    fits = next((y for y in years if _payment_in(fig, ctx, (y,)).verdict == "supported"), None)
    if fits is None:
        return j
    return _soften(j, f"it fits the {fits} payment; the text does not say it held in each of {years[0]}-{years[-1]}")


#: Between a rise's base amount (or the bracket restating it) and the asked amount it is to rise to: "from X to Y".
_TO_ASK = re.compile(r"[ \t]{0,3}+to[ \t]{1,3}+")
#: Right before a rise's base amount: "from", "from the current", "from its roughly".
_FROM_BASE = re.compile(r"\bfrom[ \t]++(?:(?:the|its|their)[ \t]++)?(?:(?:current|present)[ \t]++)?"
                        rf"(?:(?:{BASE_HEDGES})[ \t]++)?$", re.I)
#: How far before an amount :data:`_FROM_BASE` is looked for, in characters.
_FROM_BASE_BACK = 40


def demand_base_row(fig: Figure, ctx: Context, exact: bool = True) -> DataRow | None:
    """Return the first yearly demand of the US side on record by publication that a payment with no year of its own is
    the base of, else None: the payment is what a demand raises from (:func:`demand_ask`), and Y is a demand on
    record (:func:`ask_on_record`); X is then the payment of the year Y was first asked in, not of the publication's
    (unverif68). Not ``exact``: the first of the asks on record nearest Y, whatever its distance
    (:func:`demand_base_judged` lets it only support).

    >>> fig, ctx = example("Trump demanded that Seoul raise its share from $900 million to $5 billion.", "2024-07-17")
    >>> row = demand_base_row(fig, ctx); row.date.year, row.amount
    (2019, 5000000000.0)
    >>> demand_base_row(*example("Seoul raised its share from $900 million to $1.3 billion.", "2024-07-17"))
    >>> fig, ctx = example("Trump demanded that Seoul raise its share from $900 million to $7 billion.", "2024-07-17")
    >>> demand_base_row(fig, ctx), demand_base_row(fig, ctx, exact=False).amount
    (None, 5000000000.0)
    """
    ask = demand_ask(fig, ctx)
    return None if ask is None else ask_on_record(ask, ctx, exact)


def demand_ask(fig: Figure, ctx: Context) -> Span | None:
    """Return the amount a demand asks that a payment with no year of its own is the base of, else None: "demanded
    that Seoul raise its share of the costs from X to Y" (:func:`analysis.frames.raised_from` or "from (the current)
    X to Y"), "demanded Y, up from X" (:func:`analysis.frames.demand_up_from`), with a demand word before X in its
    sentence. The text alone: :func:`ask_on_record` looks Y up.

    >>> demand_ask(*example("Trump demanded that Seoul raise its share from $900 million to $5 billion.",
    ...                     "2024-07-17")).exact
    '$5 billion'
    >>> demand_ask(*example("Seoul raised its share from $900 million to $1.3 billion.", "2024-07-17")) is None
    True
    """
    from analysis.frame_reader import _DEMAND, demand_up_from, raised_from

    r, span = ctx.reader, fig.span
    if span.kind != "money" or fig.frame.quantity != "sma_payment" or fig.frame.bound != "publication":
        return None
    s0, s1 = fig.sentence
    ask = None
    # the amounts of a run-on sentence are read from the payment, not listed to its end or from its start each time
    if raised_from(r, span) or _FROM_BASE.search(r.text, max(0, span.start - _FROM_BASE_BACK), span.start):
        after = r.first_in(r.restated_to(span), s1, "money", lambda f: not r.equivalent(f))
        ask = after if after and _TO_ASK.fullmatch(r.text, r.restated_to(span), after.start) else None
    if ask is None and demand_up_from(r, span):  # an amount stands before it in its window (demand_up_from read it)
        ask = r.last_in(s0, span.start, "money", lambda f: not r.equivalent(f))
    if ask is None or not ask.value.get("amount") or not _DEMAND.search(r.text, s0, span.start):
        return None
    return ask


def ask_on_record(ask: Span, ctx: Context, exact: bool = True) -> DataRow | None:
    """Return the first yearly demand of the US side on record by publication within ``Tolerances.same_rel`` of the
    amount ``ask`` (its currency), else None; not ``exact``: the first of those nearest it, whatever its distance.

    >>> fig, ctx = example("Trump demanded that Seoul raise its share from $900 million to $7 billion.", "2024-07-17")
    >>> ask = demand_ask(fig, ctx)
    >>> ask_on_record(ask, ctx), ask_on_record(ask, ctx, exact=False).amount
    (None, 5000000000.0)
    """
    amount, currency = float(ask.value["amount"]), ask.value.get("currency") or "USD"
    rows = [row for row in ctx.t.index.rows("demands") if row.kind == "demand" and row.period == "year"
            and by_day(row.date, ctx.published) and row.currency == currency and ctx.side(row.speaker) == "US"]
    if not exact:  # the ask on record nearest the amount asked (the first of it)
        rows = [r for r in rows if _off_by(r.amount, amount) == min((_off_by(x.amount, amount) for x in rows),
                                                                     default=math.inf)]
    if exact:
        rows = [row for row in rows if _off_by(row.amount, amount) <= ctx.tol.same_rel]
    return min(rows, key=lambda row: row.date) if rows else None


def demand_base_judged(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a payment that a demand raises from (:func:`demand_base_row`) against the payment of the
    year that demand was first asked in, else None (no such demand, or no sourced payment of that year). An ask not on
    record (a wrong one: claims31's copies) anchors the base at the nearest ask on record only to support it: a base
    does not turn wrong because its ask was misprinted, and a year guessed from another ask never condemns it.

    >>> t = "During his first term, Trump demanded that Seoul raise its share from {} to {}."
    >>> [demand_base_judged(*example(t.format(x, y), "2024-07-17")).verdict for x, y in (("$900 million", "$5 billion"),
    ...     ("$500 million", "$5 billion"), ("$900 million", "$7 billion"))]
    ['supported', 'contradicted', 'supported']
    >>> demand_base_judged(*example(t.format("$500 million", "$7 billion"), "2024-07-17")) is None
    True
    """
    ask = demand_ask(fig, ctx)  # the text read once for both lookups
    row = None if ask is None else ask_on_record(ask, ctx)
    strict = row is not None
    row = row or (None if ask is None else ask_on_record(ask, ctx, exact=False))
    if row is None or int(row.date.year) in fig.frame.years:
        return None
    j = _payment_in(fig, ctx, (int(row.date.year),))
    if j.verdict == "unverifiable" or (not strict and j.verdict != "supported"):
        return None
    return _j(j.verdict, f"The payment a demand of {fmt_money(row.amount, row.currency)} raises from is the one of "
              f"the year it was first asked ({row.reported_by}, {row.date:%Y-%m-%d}): {j.evidence}",
              [*j.sources, *split_ids(row.source_ids)], [*j.rows, f"demands:{row.demand_id}"], j.related)


def won_digits_printed(fig: Figure, ctx: Context) -> bool:
    """Return whether a dollar payment of one year repeats the digits of that year's payment as the data give it in
    won (:func:`digits_copied`: "the US$1.038 billion share for this year" in 2019, whose payment is 1,038.9 bn won):
    a won amount printed as dollars, which only the payment's own figure can be (memo56f).

    >>> won_digits_printed(*example("Seoul's share this year is US$1.038 billion.", "2019-11-08"))
    True
    >>> won_digits_printed(*example("Seoul's share this year is US$891 million.", "2019-11-08"))
    False
    """
    if fig.span.kind != "money" or fig.span.value.get("currency") != "USD" or len(fig.frame.years) != 1 \
            or not ctx.has_payment(fig.frame.years[0]):
        return False
    amount, _, _ = _amount(fig)
    return bool(amount) and digits_copied({"KRW": ctx.payment(fig.frame.years[0], "KRW").value, "USD": amount})


#: A payment told as a deal's first year's: "in the first year of the deal", "in its first year", "the deal starts
#: Seoul's share at X" (at most three words between "starts" and "at").
_FIRST_YEAR = re.compile(r"\b(?:first|initial|opening)\s++year\b(?!-)|\bstart(?:s|ing)?\s++(?:[\w'’-]++\s++){0,3}?at\b",
                         re.I)
#: A deal's last year named ("in the last year of the deal"): not its first.
_LAST_YEAR = re.compile(r"\b(?:last|final|closing)\s++year\b", re.I)


def deal_start_year(fig: Figure, ctx: Context) -> int | None:
    """Return the first year of the newest agreement concluded by publication when a payment with no year of its own
    is told as that year's (conv54): the agreement has not begun by publication, and the payment's sentence names
    the year the agreement ends with the agreement or a first year ("the deal, which runs through 2030, sets Seoul's
    payment at X", "X in the first year of the deal that runs through 2030": the figure a deal sets before it begins
    is its first year's; later years follow its formula), not its last year. Else None. (A frame of the whole term
    with "in its first year" is :func:`range_first_year`'s.)

    >>> deal_start_year(*example("The deal, which runs through 2030, sets Seoul's payment at 2.1 trillion won.",
    ...                          "2024-11-05"))
    2026
    >>> deal_start_year(*example("Seoul will pay 2.1 trillion won in the first year of the deal that runs through "
    ...                          "2030.", "2024-11-05"))
    2026
    >>> texts = ("Seoul will pay 2.1 trillion won a year from 2026 to 2030.",
    ...          "Seoul will pay 1.9 trillion won in the last year of the deal that runs through 2030.")
    >>> [deal_start_year(*example(t, "2024-11-05")) for t in texts]
    [None, None]
    """
    known = ctx.known_rows()
    if not known:
        return None
    deal = known[-1]
    start, end = int(deal.term_start), int(deal.term_end)
    s, e = ctx.reader.local(fig.span)
    if fig.frame.bound != "publication" or start <= ctx.published.year or _LAST_YEAR.search(ctx.text, s, e):
        return None
    if present_own(ctx.reader, fig.span):  # audit58: "Seoul now pays X, and a new deal ... takes effect next year"
        return None
    ends = any(str(d.value.get("end") or "")[:4] == str(end) for d in ctx.reader.spans_in(s, e, "date"))
    return start if ends and (_FIRST_YEAR.search(ctx.text, s, e) or DEAL_WORD.search(ctx.text, s, e)) else None


def range_first_year(fig: Figure, ctx: Context) -> int | None:
    """Return the first year of a payment's range of years when its phrase ties the figure to that year ("Seoul's
    contribution for 2026-2030 was set at X for the first year", "the agreement covering 2026 through 2030 puts it at
    X in its first year": the figure is the first year's, not a flat one for every year, so it is judged, and may be
    supported, on that year alone); else None (lead, sixteenth session, at conv54's question).

    >>> t = ("The agreement covering 2026 through 2030 puts Seoul's contribution at 1.5192 trillion won in its "
    ...      "first year.")
    >>> range_first_year(*example(t, "2024-11-05"))
    2026
    >>> range_first_year(*example("Seoul will pay 1.5192 trillion won a year from 2026 to 2030.", "2024-11-05")) is None
    True
    """
    if len(fig.frame.years) < 2:
        return None
    s, e = ctx.reader.local(fig.span)
    if _LAST_YEAR.search(ctx.text, s, e) or not _FIRST_YEAR.search(ctx.text, s, e):
        return None
    return fig.frame.years[0]


def deal_start_judged(fig: Figure, ctx: Context, start: int) -> Judgement:
    """Return the verdict on a payment told as the first year's of the newest agreement (:func:`deal_start_year`):
    against that year's payment, the evidence saying why that year.

    >>> j = deal_start_judged(*example("The deal, which runs through 2030, sets Seoul's payment at 2.1 trillion won.",
    ...                                "2024-11-05"), 2026)
    >>> j.verdict, j.rows
    ('contradicted', ('sma_contributions:2026',))
    """
    j = _payment_in(fig, ctx, (start,))
    return _j(j.verdict, f"{j.evidence} Judged on {start}, the first year of the agreement its sentence names "
              "(the figure a deal sets is its first year's; later years follow its formula).", j.sources, j.rows)


def present_agreed(fig: Figure, ctx: Context) -> bool:
    """Return whether a payment with no year of its own is told as the writer's present ("Seoul now pays X", "it pays
    X today": :func:`analysis.frames.present_own`) against an earlier year its sentence or the one before names
    ("paid Y in 2019, and now pays X", "Seoul paid Y in 2019. It now pays X."), while an agreement concluded by
    publication already sets the publication year's payment: then it is that year's, not last year's that a "Seoul
    currently pays X" told before the new deal takes effect may still be (years47).

    >>> present_agreed(*example("Seoul paid 1.0389 trillion won in 2019, and it now pays 1.05 trillion won.",
    ...                         "2021-06-01", 1))
    True
    >>> present_agreed(*example("Seoul now pays 1.05 trillion won.", "2021-06-01"))
    False
    """
    r, year = ctx.reader, ctx.published.year
    if not present_own(r, fig.span) or all(y >= year for d in r.spans_in(*with_sentence_before(r, fig.span), "date")
                                           for y in date_years(d)):
        return False
    return any(k.term_start <= year <= k.term_end for k in ctx.known_rows())


def deal_first_year(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* when a payment with no year of its own, told as a deal's ("under the agreement, Seoul will
    contribute X"), is the payment of the first year the newest agreement concluded by publication set anew (its
    first term year not yet past when concluded: a deal's headline figure), else None. Used only where its guessed
    year cannot be checked.

    >>> j = deal_first_year(*example("Under the agreement, Seoul will contribute 1.18 trillion won.", "2023-01-05"))
    >>> j.verdict, j.rows
    ('supported', ('sma_contributions:2021',))
    """
    known = ctx.known_rows()
    if not known or not agreed_rise(fig, ctx):
        return None
    last = known[-1]
    first = max(int(last.term_start), last.concluded.year)  # a year already past when concluded was only frozen
    if first == ctx.published.year:
        return None
    j = _payment_in(fig, ctx, (first,)) if ctx.published.year - first <= 5 else None
    if j is None or j.verdict != "supported":
        return None
    return _j("supported", f"{j.evidence} The text names no year; the first year agreement {last.no} set, the deal's "
              "headline figure, fits.", j.sources, j.rows)


def another_years_figure(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *contradicted* for a won payment given for one year that is, to the won, another year's payment
    while its own year's differs by more than the figure's rounding (:func:`stated_rounding`, at least
    ``exact_rel``): within the band, but the wrong year's figure ("725.5 billion won in 2008", 2007's, when 2008's
    was 741.5); else None. Dollar figures are left alone: their rates vary by the day. The year is the one its own
    phrase names, written or told from publication (:func:`deictic_year`); the Conventions' "a period the text
    fixes" makes such a figure `contradicted` (mendf68, review68 finding 4; `misleading` before).

    >>> j = another_years_figure(*example("Seoul will pay 1.52 trillion won in 2025.", "2025-07-09"))
    >>> j.verdict, j.rows[0]
    ('contradicted', 'sma_contributions:2026')
    >>> another_years_figure(*example("Seoul will pay 1.4 trillion won in 2025.", "2025-07-09")) is None
    True
    >>> another_years_figure(*example("Seoul paid 725.5 billion won in 2008.", "2009-03-10")).verdict
    'contradicted'
    >>> another_years_figure(*example("Seoul paid 750 billion won in 2009.", "2010-03-10")) is None  # 2004: 746.9
    True
    >>> another_years_figure(*example("Its share rose by 8.3% to 1.52 trillion won.", "2025-05-23", 1)) is None
    True
    """
    amount, currency, bound = _amount(fig)
    if currency != "KRW" or bound or len(fig.frame.years) != 1 or not (
            fig.frame.bound == "phrase" or deictic_year(fig)):
        return None  # only a year the figure's own phrase names is given wrongly by the text, not by the frame
    year = fig.frame.years[0]
    rounding = stated_rounding(fig.span.exact)
    near = max(rounding, ctx.tol.exact_rel)  # claims30: a precise figure, not a rounded one
    match = min(rounding, ctx.tol.exact_rel)  # "750 billion won in 2009" is not 2004's 746.9: not to its last digit
    j = ctx.memo(("another_year", year, amount, near, match),
                 lambda: _another_years_row(ctx, year, amount, near, match))
    if j is not None and j.rows[0] == f"sma_contributions:{year + 1}" and budget_act(fig) \
            and not paid_for_year(fig, ctx):
        return None  # mendf70: a budget passed in year N sets the payment of N + 1
    return j


#: Right after an amount, a bracketed conversion between: ", for 2018", " for the year 2018" (real52v).
_FOR_YEAR_AFTER = re.compile(r"(?:[ \t]{1,3}\([^()\n]{0,60}\))?,?[ \t]{1,3}for[ \t]{1,3}"
                             r"(?:the[ \t]{1,3}year[ \t]{1,3})?(\d{4})\b")


def paid_for_year(fig: Figure, ctx: Context) -> bool:
    """Return whether the year a won amount is judged for is written right after it as the year it is paid for
    ("required Seoul to pay X ($Y at the time) for 2018"): the text fixes the payment's year itself, so the act that
    set it (a deal agreed the next February) dates no other year of it (real52v; mendf70 reads a budget act's year).

    >>> fig, ctx = example("A deal agreed in February required Seoul to pay 1.04 trillion won for 2018.", "2019-09-23")
    >>> paid_for_year(fig, ctx), another_years_figure(fig, ctx).verdict
    (True, 'contradicted')
    >>> fig, ctx = example("Parliament in 2018 approved 1.04 trillion won, a lawmaker said in 2019.", "2019-09-23")
    >>> paid_for_year(fig, ctx)
    False
    """
    m = _FOR_YEAR_AFTER.match(ctx.text, fig.span.end)
    return m is not None and fig.frame.years == (int(m.group(1)),)


def another_years_dollars(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *contradicted* for a dollar payment given for one year (its own phrase's, as :func:`another_years_figure`
    reads it) that is, to the dollar, a figure outlets gave for another year (sma_conflicts.csv) and none gave for its
    own, that its year's won payment reaches at no usual rate of that year — the average rate misses it by more than
    ``rate_bound_rel``, the won-dollar rate's move in a year — and whose sentence names the deal by a term that is the
    other year's agreement's, not its own year's (:func:`term_points_to`): another year's figure told for this one
    (the Conventions' period the text fixes; fresh78v); else None. Dollar figures are otherwise left alone (outlets
    convert at the rate of a day).

    >>> j = another_years_dollars(*example("A one-year deal raised Seoul's share for 2018 to $920 million.",
    ...                                    "2019-11-15"))
    >>> j.verdict, j.rows[0]
    ('contradicted', 'sma_conflicts:2019')
    >>> [another_years_dollars(*example(t, "2019-11-15")) for t in (
    ...     "A one-year deal raised Seoul's share for 2018 to $890 million.", "In 2018, Seoul paid $920 million.")]
    [None, None]
    """
    amount, currency, bound = _amount(fig)
    if currency != "USD" or bound or len(fig.frame.years) != 1 or not (
            fig.frame.bound == "phrase" or deictic_year(fig)):
        return None
    year = fig.frame.years[0]
    try:
        own = ctx.payment(year, "USD")
    except LookupError:
        return None
    usd = [r for r in ctx.t.index.rows("conflicts") if r.field == "usd_million"
           and _off_by(float(r.value) * 1e6, amount) <= ctx.tol.exact_rel]
    other = min((r for r in usd if r.year != year), key=lambda r: _off_by(float(r.value) * 1e6, amount), default=None)
    off = amount / own.value - 1  # measured against the data's figure
    if other is None or any(r.year == year for r in usd) or abs(off) <= ctx.tol.rate_bound_rel \
            or not term_points_to(fig, ctx, year, int(other.year)):
        return None
    return _j("contradicted", f"{fmt_money(amount, 'USD')} is the figure given for {int(other.year)} "
              f"({', '.join(split_ids(other.source_ids))}), not {year}'s: {own.described}, {off:+.1%}, more than "
              f"the {ctx.tol.rate_bound_rel:.0%} the won-dollar rate moves in a year, and the deal its sentence "
              f"names by its term is the one of {int(other.year)}.",
              (*own.sources, *split_ids(other.source_ids)),
              (f"sma_conflicts:{int(other.year)}", *own.rows))


#: A deal named by its term: "a one-year deal", "the five-year agreement", "a stopgap deal" (a one-year stopgap).
_TERM_DEAL = re.compile(r"\b(?:(?P<n>one|two|three|four|five|six|[1-6])[ \t-]++year|(?P<stop>stopgap|interim))"
                        r"(?:[ \t]++[\w-]++)?[ \t]++(?:deal|agreement|pact|accord|SMA)\b", re.I)
_TERM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def term_points_to(fig: Figure, ctx: Context, year: int, other: int) -> bool:
    """Return whether the figure's sentence names a deal by a term ("a stopgap one-year deal") that the agreement
    covering ``other`` has and the one covering ``year`` has not: the text's own deal is the other year's.

    >>> fig, ctx = example("They agreed on a stopgap one-year deal raising it for 2018 to $920 million.", "2019-11-15")
    >>> term_points_to(fig, ctx, 2018, 2019), term_points_to(fig, ctx, 2019, 2018)
    (True, False)
    """
    terms = {int(m["n"]) if m["n"] and m["n"].isdigit() else _TERM_WORDS.get((m["n"] or "one").lower(), 0)
             for m in _TERM_DEAL.finditer(ctx.text, *ctx.reader.near(fig.span))}

    def term(y: int) -> int | None:
        row = next(iter(ctx.t.index.covering(y)), None)
        return None if row is None else int(row.term_end) - int(row.term_start) + 1

    return term(other) in terms and term(year) not in terms


def budget_act(fig: Figure) -> bool:
    """Return whether a figure is the object of a budget or deal act or a year of its clause dates one
    (:attr:`Frame.act`: "set aside X in its 2025 budget", "in 2021 approved X"): a year's act that may set the next
    year's payment (mendf70).

    >>> budget_act(example("Parliament in 2021 approved 1.2471 trillion won.", "2022-03-01")[0])
    True
    >>> budget_act(example("Seoul paid 1.2471 trillion won in 2021.", "2022-03-01")[0])
    False
    """
    return fig.frame.act is not None


def deictic_year(fig: Figure) -> bool:
    """Return whether a reported payment's one year is told from publication in its own phrase ("Seoul will pay X
    next year", "this year", "last year") and its amount is not hedged ("about X"): as fixed a year as a written one
    (review68 finding 4). Not when the amount is a budget or deal act's object ("approved X this year": the act's
    year) or a written year of its clause is another (mendf70): :attr:`Frame.act`, :attr:`Frame.written`.

    >>> deictic_year(example("Seoul will pay 1.5192 trillion won next year.", "2024-10-04")[0])
    True
    >>> deictic_year(example("Seoul will pay about 1.5 trillion won next year.", "2024-10-04")[0])
    False
    """
    f = fig.frame
    if f.bound != "relative" or f.modality != "reported" or _APPROX.match(fig.span.exact) or f.act == "object":
        return False
    return all(years in ((), f.years) for years in f.written) and f.years in f.told


def _another_years_row(ctx: Context, year: int, amount: float, near: float, match: float) -> Judgement | None:
    """Return :func:`another_years_figure`'s verdict on ``amount`` won given for ``year`` (made once per article for
    each year, amount and rounding: review30, a long article repeating one figure made its pandas look-ups each time):
    the other year's row must be the figure to its last digit (within ``match``), as "725.5" is 2007's 725.5.
    """
    sma = [r for r in ctx.t.index.rows("sma") if not missing(r.krw_billion)]
    own = next((r for r in sma if r.year == year), None)
    if own is None or abs(amount / (float(own.krw_billion) * 1e9) - 1) <= near:
        return None
    match += _ROW_HALF_UNIT / amount * (1 + 1e-9)  # fix51v2: the row is rounded too ("1.2472" is 2022's 1,247.1)
    other = next((r for r in sma if _off_by(r.krw_billion * 1e9, amount) <= match and r.year != year), None)
    if other is None or reported_for(ctx, year, amount):
        return None
    return _j("contradicted", f"{fmt_money(amount, 'KRW')} is the {int(other.year)} payment "
              f"({other.krw_billion:,.1f} bn won), not {year}'s ({float(own.krw_billion):,.1f} bn won).",
              (*split_ids(own.source_ids), *split_ids(other.source_ids)),
              (f"sma_contributions:{int(other.year)}", f"sma_contributions:{year}"))


#: How :func:`precise_miss` opens its reason; :func:`payment_reported` asks for it (fix51v2).
PRECISE_MISS = "written to its last digit"
#: Half a unit of the last digit of the data's won payments (given to 0.1 bn won): their own rounding (fix51v2).
_ROW_HALF_UNIT = 0.05e9


def reported_for(ctx: Context, year: int, amount: float) -> bool:
    """Return whether a source gives ``amount`` (won) for ``year`` though the data use another figure
    (sma_conflicts.csv): a figure on record for that year, not the wrong year's.

    >>> _, ctx = example("Seoul paid 944.1 billion won in 2017.", "2018-05-23")
    >>> reported_for(ctx, 2017, 944.1e9), reported_for(ctx, 2018, 944.1e9)
    (True, False)
    """
    return any(r.year == year and r.field == "krw_billion" and _off_by(float(r.value) * 1e9, amount)
               <= ctx.tol.exact_rel for r in ctx.t.index.rows("conflicts"))


def stated_rounding(exact: str) -> float:
    """Return how far, relative to it, a figure's numeral may be from what it rounds: half a unit of its last digit
    ("725.5": 0.05 of 725.5; "1.04": 0.005 of 1.04; "1": a half). A figure whose numeral cannot be read: 1.

    >>> round(stated_rounding("725.5 billion won"), 5), round(stated_rounding("KRW 1.04 trillion"), 4)
    (7e-05, 0.0048)
    >>> stated_rounding("1 trillion won"), stated_rounding("a trillion won")
    (0.5, 1.0)
    """
    start = next((i for i, c in enumerate(exact) if c.isdigit()), None)
    if start is None:
        return 1.0
    end = start
    while end < len(exact) and (exact[end].isdigit() or exact[end] in ".,"):
        end += 1
    numeral = exact[start:end].rstrip(".,").replace(",", "")
    places = len(numeral.split(".")[1]) if "." in numeral else 0
    value = float(numeral) if numeral.count(".") <= 1 else 0.0
    return 0.5 * 10 ** -places / value if value > 0 else 1.0


def not_yet_agreed(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a payment reported as fixed for a later year whose agreement was concluded only
    after publication: the figure can only be an earlier year's (misleading when it is the last year the
    agreements then known cover), else None.

    >>> j = not_yet_agreed(*example("In February Seoul agreed to pay $925 million next year.", "2019-08-07"))
    >>> j.verdict, j.rows[0]
    ('misleading', 'sma_contributions:2019')

    A figure whose frame binds no year is not this case (crash80: the year was read before the count was checked):

    >>> figure, ctx = example("Seoul was asked since March to pay from $1.6 billion to $1.4 billion.", "2020-12-31")
    >>> figure.frame.years, not_yet_agreed(figure, ctx)
    ((), None)
    """
    if fig.frame.modality != "reported" or len(fig.frame.years) != 1 or fig.frame.years[0] <= ctx.published.year:
        return None
    year = fig.frame.years[0]
    known, head = ctx.known_rows(), _set_after(year, ctx)
    if head is None or not known:
        return None
    last = known[-1]
    head += f" The agreements known then ran to {int(last.term_end)} (agreement {last.no}). "
    j = _payment_in(fig, ctx, (int(last.term_end),))
    if j.verdict == "supported":
        return _j("misleading", f"{head}The figure is the {int(last.term_end)} payment, not {year}'s: {j.evidence}",
                  j.sources, j.rows)
    return _j("unverifiable", head + j.evidence, j.sources, j.rows)


#: Before a sum in its clause, words that tell it as proposed, not a fact: a conditional, a plan, an offer.
_PROPOSED = re.compile(r"\b(?:would|could|might|plan|proposals?|proposed|offer(?:s|ed)?)\b", re.I)


def pending_payment(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* for a payment of the publication year whose agreement was concluded only after publication
    when an offer of its side on record by then matches it (the sum under talks: "the 13% rise would bring the share
    to 1.17 trillion won", told in April 2020), as :func:`_pending_change` does for the rise; else None (fresh78v).

    >>> j = pending_payment(*example("The plan would raise Seoul's share to 1.17 trillion won this year.",
    ...                              "2020-04-23"))
    >>> j.verdict, j.rows
    ('supported', ('offers:rok-13pct-2020',))
    >>> [pending_payment(*example(t, "2020-04-23")) for t in (  # an offer no plan makes; a sum told as a fact
    ...     "The plan would raise Seoul's share to 1.5 trillion won this year.", "Seoul will pay 1.17 trillion won.")]
    [None, None]
    """
    if len(fig.frame.years) != 1 or fig.frame.years[0] != ctx.published.year:
        return None
    s, _ = ctx.reader.clause(fig.span)
    if not _PROPOSED.search(ctx.text, s, fig.span.start):
        return None  # told as a fact ("Seoul will pay X this year"), not as what a plan would bring
    head = _set_after(fig.frame.years[0], ctx)
    offer = offer_stated(fig, ctx) if head is not None else None
    if offer is None or offer.verdict != "supported":
        return None
    return _j("supported", f"{head} The payment was still under talks; {offer.evidence}", offer.sources, offer.rows)


def _set_after(year: int, ctx: Context) -> str | None:
    """Return why the payment of ``year`` was not known at publication (its agreement was concluded after it),
    or None when it was.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2020-04-16")
    >>> _set_after(2020, ctx)
    'The 2020 payment was set only by agreement 11, concluded 2021-03-07, after publication.'
    """
    return ctx.memo(("set_after", year), lambda: _set_after_made(year, ctx))


def _set_after_made(year: int, ctx: Context) -> str | None:
    """Return what :func:`_set_after` says, read from the agreements."""
    covering = next(iter(ctx.t.index.covering(year)), None)
    if covering is None or covering.concluded is pd.NaT or covering.concluded.date() <= ctx.published:
        return None
    return (f"The {year} payment was set only by agreement {covering.no}, concluded "
            f"{covering.concluded:%Y-%m-%d}, after publication.")


def _payment_in(fig: Figure, ctx: Context, years: Sequence[int]) -> Judgement:
    """Return the verdict on an amount against the payment of each of ``years`` (the worst one counts); a range of
    which the data give only some years is judged on those, and the evidence names the years left out (other49: the
    data give 2026 of the 2026-2030 deal, whose later years follow its formula). Such a range is caught when a year
    the data give refutes it, but never `supported`: the years left out may differ (each follows a formula), so one
    flat figure for all of them is unconfirmed (audit53).

    >>> fig, ctx = example("Seoul will pay 1.5192 trillion won a year in 2026-2030.", "2025-07-10")
    >>> j = _payment_in(fig, ctx, (2026, 2027, 2028)); j.verdict, j.evidence[-86:]
    ('unverifiable', 'Judged on 2026, the years of 2026-2028 the data give; no sourced figure for 2027-2028.')
    >>> _payment_in(*example("Seoul will pay 2 trillion won a year in 2026-2030.", "2025-07-10"), (2026, 2027)).verdict
    'contradicted'
    >>> _payment_in(fig, ctx, (2027, 2028)).verdict
    'unverifiable'
    """
    amount, currency, bound = _amount(fig)
    parts, verdicts, sources, rows, missing = [], [], [], [], []
    for year in years:
        try:
            pay = ctx.payment(year, currency)
        except LookupError as exc:
            missing.append(year)
            parts.append(f"Cannot check {year}: {exc}")
            continue
        verdict, why = compare(pay.value, amount, bound, ctx.tol)
        if verdict == "contradicted":
            verdict, why = bound_at_rate(pay, amount, bound, ctx.tol) or nearly_rounded(fig, pay.value, amount, bound,
                                                                                         ctx.tol) \
                or (verdict, why)
        elif verdict == "supported":
            verdict, why = precise_miss(fig, ctx, pay, amount) or (verdict, why)  # fix51v2
        elif verdict == "misleading":
            verdict, why = close_to_below(fig, pay, amount, ctx.tol) or (verdict, why)  # verd52
        verdicts.append(verdict)
        parts.append(f"{pay.described}; claimed {str(bound or '').replace('_', ' ')} "
                     f"{fmt_money(amount, currency)}: {why}".replace("claimed  ", "claimed "))
        sources += pay.sources
        rows += pay.rows
    verdict = next((v for v in ("contradicted", "misleading", "unverifiable") if v in verdicts),
                   "supported" if verdicts else "unverifiable")
    evidence = "; ".join(parts) + "."
    if verdicts and missing:
        evidence = "; ".join(p for p in parts if not p.startswith("Cannot check")) + ". " + _left_out(years, missing)
        verdict = "unverifiable" if verdict == "supported" else verdict
    if currency is None:
        evidence += " The text names no currency; compared in dollars."
    return _j(verdict, evidence, sources, rows)


#: A numeral of a figure, its thousands commas and decimals: "1.5692", "1,038.9" (fix51v2).
_NUMERAL = re.compile(r"(?<![\d,])\d[\d,]*+(?:\.\d++)?")



#: "nearly " / "almost " opening an amount's words: a ceiling told as a round figure (lead54), not a strict one ("less
#: than", "under", "below", "short of" keep their strict reading).
_NEARLY = re.compile(r"(?:nearly|almost)[ \t]", re.I)


def nearly_rounded(fig: Figure, value: float, amount: float, bound: str | None,
                   tol: Tolerances = TOLERANCES) -> tuple[str, str] | None:
    """Return (verdict, why) for "nearly X" ("almost X") when the data's figure is a little above X: the hedge tells a
    round figure from below, so a data figure at most ``nearly_above_rel`` above X still holds ("nearly 1 trillion
    won" for 1,038.9 bn won), and one at most ``near_rel`` above X is close but misleading; else None (further off it
    stays above its ceiling, `contradicted`). Both bands are counted from X, the figure told. A strict ceiling ("less
    than X", "under", "below", "short of", "just under") keeps its strict reading (lead54, review54L).

    >>> fig, _ = example("Seoul pays nearly 1 trillion won a year.", "2019-06-01")
    >>> nearly_rounded(fig, 1038.9e9, 1e12, "less_than")[0]
    'supported'
    >>> nearly_rounded(example("Seoul pays nearly 950 billion won.", "2019-06-01")[0], 1038.9e9, 950e9, "less_than")[0]
    'misleading'
    >>> nearly_rounded(example("Seoul pays nearly 900 billion won.", "2021-09-01")[0], 1183.3e9, 900e9, "less_than")
    >>> nearly_rounded(example("Seoul pays less than 1 trillion won.", "2019-06-01")[0], 1038.9e9, 1e12, "less_than")
    """
    if bound != "less_than" or not _NEARLY.match(fig.span.exact) or not amount < value:
        return None
    above = value / amount - 1
    if above > tol.near_rel:
        return None
    verdict = "supported" if above <= tol.nearly_above_rel else "misleading"
    return verdict, (f"the data's figure is {above:.1%} above the 'nearly' figure, a round one: within "
                     f"{tol.nearly_above_rel if verdict == 'supported' else tol.near_rel:.0%} of it")


#: "close to " opening an amount's words: a hedge that allows the figure to be a little above the data's (verd52).
_CLOSE_TO = re.compile(r"close[ \t]{1,3}+to[ \t]", re.I)


def close_to_below(fig: Figure, pay: Payment, amount: float, tol: Tolerances) -> tuple[str, str] | None:
    """Return (supported, why) for an amount "close to X" that the data's figure is below by no more than
    ``just_below_rel``, as "nearly X" holds ("close to $1 billion" for $891 million); else None: above X it stays an
    approximation judged within ``same_rel`` ("close to 1 trillion won" for 1,038.9 bn won holds so) (verd52).

    >>> fig, ctx = example("Seoul pays close to $1 billion this year.", "2019-11-20")
    >>> close_to_below(fig, ctx.payment(2019, "USD"), 1e9, ctx.tol)[0]
    'supported'
    >>> close_to_below(*example("Seoul pays about $1 billion this year.", "2019-11-20")[:1], ctx.payment(2019, "USD"),
    ...                1e9, ctx.tol) is None
    True
    """
    if not _CLOSE_TO.match(fig.span.exact) or not amount * (1 - tol.just_below_rel) <= pay.value < amount:
        return None
    return "supported", (f"just below the claimed figure ({pay.value / amount - 1:+.1%}), as 'close to' allows, within "
                         f"the {tol.just_below_rel:.0%} 'nearly' is")


def significant_digits(exact: str) -> int:
    """Return how many significant digits a figure's numeral is written to ("1.5692 trillion won": 5, "980.2": 4,
    "1.52": 3, "1,500": 2 — an integer's trailing zeros count for none); 0 when it has no numeral.

    >>> [significant_digits(t) for t in ("1.5692 trillion won", "980.2 billion", "1.52 trillion", "1,500 billion")]
    [5, 4, 3, 2]
    """
    m = _NUMERAL.search(exact)
    if m is None:
        return 0
    numeral = m.group().replace(",", "")
    digits = numeral.replace(".", "").lstrip("0")
    return len(digits if "." in numeral else digits.rstrip("0"))


#: A figure told in constant prices, anywhere in its sentence: "in 2019 prices", "in real terms" (fix51v2).
_CONSTANT_PRICES = re.compile(r"\b(?:in[ \t]{1,3}+(?:19|20)\d\d[ \t]{1,3}+(?:prices|dollars|terms)|in[ \t]{1,3}+real"
                              r"[ \t]{1,3}+terms|adjusted[ \t]{1,3}+for[ \t]{1,3}+inflation|inflation-adjusted"
                              r"|in[ \t]{1,3}+constant[ \t]{1,3}+(?:prices|won|dollars))\b", re.I)
#: Right after a won figure: " in 2025 won", its constant-price unit (fix51v2).
_YEAR_WON = re.compile(r"[ \t]{1,3}+in[ \t]{1,3}+(?:19|20)\d\d[ \t]{1,3}+won\b", re.I)
def another_measure(r: Reader, fig: Span) -> bool:
    """Return whether a won figure measures something other than Seoul's payment as reported, though a payment's
    frame took it: told in constant prices ("1.07 trillion won in 2019 prices", "in real terms", "adjusted for
    inflation", "1.43 trillion won in 2025 won"), or heading a relative clause of a party other than Seoul ("the 1.56
    trillion won the U.S. Army spends", "the 1.1 trillion won that U.S. taxpayers covered"); then
    :func:`precise_miss` leaves it (fix51v2, review51v2: not a precise miss of the payment).

    >>> from analysis.frames import figure_in
    >>> [another_measure(*figure_in(t)) for t in ("It is 1.0700 trillion won in 2019 prices.",
    ...     "It exceeds the 1.1000 trillion won that U.S. taxpayers covered.", "It is the 1.0500 trillion won the Moon "
    ...     "government paid.", "Seoul paid 1.0500 trillion won in 2019.")]
    [True, True, False, False]
    """
    s, e = r.local(fig)
    return _CONSTANT_PRICES.search(r.text, s, e) is not None or _YEAR_WON.match(r.text, fig.end) is not None \
        or other_payer_clause(r, fig) is not None


def precise_miss(fig: Figure, ctx: Context, pay: Payment, amount: float) -> tuple[str, str] | None:
    """Return (misleading, why) for a won payment within ``same_rel`` of its year's that the writer gives unhedged to
    four significant digits or more ("1.5692 trillion won"): a figure written to its last digit claims to be the very
    figure, and one further from the data's row than ``exact_rel`` (a report's own figure, a truncation: "1.038
    trillion" for 1,038.9 bn) is not the same figure, close but wrong, as :func:`compare` names a small miss; else
    None. Only for a year its own phrase names, written or told from publication (:func:`deictic_year`: a year
    guessed for it may be wrong), one the payment was fixed in won (no dollar row: a won figure of a dollar year may
    be a conversion), a figure as reported and no budget act's (:func:`budget_act`: it may set the next year's), and
    none a source gives for that year (sma_conflicts.csv, :func:`reported_for`), nor another measure
    (:func:`another_measure`) (fix51v2, issue 10: a wrong precise figure was supported within 10%).

    >>> fig, ctx = example("Seoul will pay 1.5692 trillion won in 2026.", "2024-10-04")
    >>> precise_miss(fig, ctx, ctx.payment(2026, "KRW"), 1569.2e9)[0]
    'misleading'
    >>> [precise_miss(*example(t, "2024-10-04"), ctx.payment(2026, "KRW"), 1550e9) for t in (
    ...     "Seoul will pay 1.55 trillion won in 2026.", "Seoul will pay about 1.5500 trillion won in 2026.")]
    [None, None]
    """
    _, currency, bound = _amount(fig)
    off = amount / pay.value - 1
    if currency != "KRW" or bound or fig.frame.modality != "reported" or pay.year in ctx.t.index.usd \
            or not (fig.frame.bound == "phrase" or deictic_year(fig)) or budget_act(fig) \
            or significant_digits(fig.span.exact) < 4 or abs(off) <= ctx.tol.exact_rel \
            or reported_for(ctx, pay.year, amount) or another_measure(ctx.reader, fig.span):
        return None
    return "misleading", (f"{PRECISE_MISS}, yet {off:+.1%} off the data's figure, more than the "
                          f"{ctx.tol.exact_rel:.1%} of a report's own rounding: close but not the same figure")


def _left_out(years: Sequence[int], missing: Sequence[int]) -> str:
    """Return the evidence's note on a range judged on some of its years: which it was judged on, which the data
    do not give.

    >>> _left_out((2021, 2022, 2023, 2024, 2025), (2023, 2024))
    'Judged on 2021, 2022, 2025, the years of 2021-2025 the data give; no sourced figure for 2023-2024.'
    """
    kept = ", ".join(str(y) for y in years if y not in missing)
    gaps = years_text(missing) if max(missing) - min(missing) + 1 == len(missing) else ", ".join(map(str, missing))
    return f"Judged on {kept}, the years of {years_text(years)} the data give; no sourced figure for {gaps}."


def bound_at_rate(pay: Payment, amount: float, bound: str | None,
                  tol: Tolerances = TOLERANCES) -> tuple[str, str] | None:
    """Return (verdict, why) for a floor or ceiling on a dollar figure of a won payment that the year's average rate
    misses by no more than ``rate_bound_rel``: it holds at a rate of that year the writer may have used; else None.

    >>> pay = Payment(2025, 987e6, "2025 payment", (), ("sma_contributions:2025", "exchange_rates:2025"))
    >>> bound_at_rate(pay, 1e9, "more_than")[0], bound_at_rate(pay, 1.1e9, "more_than")
    ('supported', None)
    >>> bound_at_rate(Payment(2025, 987e6, "2025 payment", (), ("sma_contributions:2025",)), 1e9, "more_than") is None
    True
    """
    converted = any(r.startswith("exchange_rates:") for r in pay.rows)
    if not converted or bound not in ("more_than", "less_than", "up_to"):
        return None
    ratio = pay.value / amount
    miss = 1 - ratio if bound == "more_than" else ratio - 1
    if not 0 <= miss <= tol.rate_bound_rel:
        return None
    side = "below the floor" if bound == "more_than" else "above the ceiling"
    return "supported", (f"{miss:.1%} {side} at the year's average rate, within the {tol.rate_bound_rel:.0%} the won-"
                         "dollar rate moves in a year: the bound holds at a rate of that year the writer may have used")


def softened(rule: Callable[[Figure, Context], Judgement], name: str, why: str) -> Callable[[Figure, Context],
                                                                                           Judgement]:
    """Return a rule called ``name`` that judges as ``rule`` does but never contradicts: a forecast, an offer, a
    hypothetical or a quotation is not refuted by what happened later (the evidence says why).

    >>> figure, ctx = example("Seoul is likely to pay 2 trillion won in 2021.", "2020-06-01")
    >>> payment_forecast(figure, ctx).verdict, payment_forecast.__name__
    ('unverifiable', 'payment_forecast')
    """
    def soft(fig: Figure, ctx: Context) -> Judgement:
        return _soften(rule(fig, ctx), f"a {fig.frame.modality} {why}")

    soft.__name__ = soft.__qualname__ = name
    soft.__doc__ = f"Return the verdict of {rule.__name__} on a forecast or hypothetical, never contradicted."
    return soft


def total_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a total over several years: against the sum of the payments of the years it names.

    >>> figure, ctx = example("Seoul paid a total of 2.2 trillion won from 2020 to 2021.", "2022-01-05")
    >>> j = total_stated(figure, ctx); j.verdict, j.rows
    ('supported', ('sma_contributions:2020', 'sma_contributions:2021'))
    >>> example("Seoul will pay a total of $7 billion over six years.", "2021-03-10")[0].frame.quantity
    'sma_total'

    With one year, an amount its own words make yearly ("X ($Y) every year over the next five years":
    :func:`analysis.frames.per_year`, past a bracketed restatement) is that year's payment, judged as one (fcast48):

    >>> total_stated(*example("Under the 2014 deal, Seoul agreed to pay around 1 trillion won ($930 million) every "
    ...                       "year over the next five years.", "2018-02-21")).verdict
    'supported'
    """
    amount, currency, bound = _amount(fig)
    r = ctx.reader
    if len(fig.frame.years) < 2 and per_year(r, dataclasses.replace(fig.span, end=r.restated_to(fig.span))):
        return payment_reported(fig, ctx)
    if len(fig.frame.years) < 2:
        return _j("unverifiable", "A total over several years, but the text names no range of years to add up.")
    years = fig.frame.years
    try:
        pays = [ctx.dollar_payment(y) if currency == "USD" else ctx.payment(y, currency) for y in years]
    except LookupError as exc:
        return _j("unverifiable", f"Cannot add up {years_text(years)}: {exc}.")
    total = sum(p.value for p in pays)
    verdict, why = compare(total, amount, bound, ctx.tol)
    if verdict != "supported" and fig.frame.bound == "since" and ctx.has_payment(years[-1] + 1):
        with_now = total + ctx.payment(years[-1] + 1, currency).value  # "since 1991" may take in the year of writing
        now_verdict, now_why = compare(with_now, amount, bound, ctx.tol)
        if now_verdict == "supported":
            verdict, why = now_verdict, now_why
            years, total = (*years, years[-1] + 1), with_now
    if verdict == "contradicted" and fig.frame.bound == "since":  # frames75: "has paid more than X for the troops
        verdict, why = "unverifiable", f"{why}; not contradicted: a sum since a year may take in costs beyond the SMA"
    return _j(verdict, f"Payments {years_text(years)} add up to {fmt_money(total, currency)}; claimed "
              f"{fmt_money(amount, currency)}: {why}.", [i for p in pays for i in p.sources],
              [r for p in pays for r in p.rows])


def change_reported(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a percent change of the SMA payment: against the year-on-year change of its year
    (when that year came from a relative date or from nothing, the publication year's change may fit instead).

    >>> figure, ctx = example("Seoul pays 1.5192 trillion won in 2026, up 8.3 percent from 2025.", "2024-10-16", 1)
    >>> change_reported(figure, ctx).verdict
    'supported'
    """
    if fig.frame.since is not None:
        return since_or_pending(fig, ctx)
    fixed = deal_years_change(fig, ctx) or after_freeze_change(fig, ctx) or yearly_rate(fig, ctx) \
        or average_over_years(fig, ctx) or change_across_years(fig, ctx)
    if fixed is not None:
        return fixed
    j = _in_loose_years(fig, ctx, _change_in)
    return j if j.verdict == "supported" else _pending_change(fig, ctx) or j


def change_across_years(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a change its own phrase spans over years ("rose 14 percent between 2009 and 2013",
    "from 2021 to 2025, ... grew 18.5 percent"), no word making it yearly: the last year's payment against the
    first's, not the last year's own change, which a wrong span figure may match by chance; None for a span of
    under ``Tolerances.span_years`` years (claims30).

    >>> change_across_years(*example("Seoul's payment rose 4.4 percent between 2009 and 2013.", "2014-03-10")).verdict
    'contradicted'
    >>> change_across_years(*example("From 2021 to 2025, Seoul's payment grew 18.5 percent.", "2026-03-10")).verdict
    'supported'
    >>> change_across_years(*example("Seoul's payment rose 8.2 percent in 2019.", "2020-03-10")) is None
    True
    >>> change_across_years(*example("Under the 2021-2025 deal, the payment rose 13.9 percent.", "2021-04-10")) is None
    True
    >>> fig, ctx = example("It rose 13.9 percent, the biggest rise between 2014 and 2021.", "2021-04-10")
    >>> change_across_years(fig, ctx) is None
    True
    """
    years = fig.frame.years
    if fig.frame.bound not in ("phrase", "clause") or len(years) < 2 or years[-1] - years[0] < ctx.tol.span_years:
        return None
    local = ctx.reader.local(fig.span)
    if yearly_word(fig, ctx) or span_not_the_change(fig, ctx) or _RANKED.search(ctx.text, *local):
        return None  # "the 2021-2025 deal raised it ...", "after being frozen from ...", "the biggest rise between ..."
    frame = dataclasses.replace(fig.frame, years=(years[-1],), since=years[0])
    return term_first_rise(fig, ctx) or change_since(dataclasses.replace(fig, frame=frame), ctx)


def term_first_rise(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* when a change told over years that are a deal's term, its sentence naming a deal ("Under
    this agreement, Seoul committed to an 8.3% increase from 2026 to 2030"), is the deal's first-year rise: the
    Conventions read a change told over a deal's term either as that rise or as the change over the term, so a figure
    right one way is right (review31); else None, and the span is read as a change over it (a first year still to
    come, or a term's last payment not yet on record, leaves a wrong figure as it was).

    >>> t = "Under this agreement, Seoul committed to a {} increase in its share from 2026 to 2030."
    >>> [term_first_rise(*example(t.format(p), "2025-04-12")) is not None for p in ("8.3%", "20%")]
    [True, False]
    >>> term_first_rise(*example("Seoul's share rose 8.3% from 2026 to 2030.", "2025-04-12")) is None  # no deal named
    True
    """
    years = fig.frame.years
    row = covering_deal(ctx, years)
    if row is None or years[-1] != int(row.term_end) or (pd.notna(row.concluded)
                                                         and row.concluded.date() > ctx.published):
        return None
    first = first_rise_from(ctx, int(row.term_start), int(row.term_end))
    if first is None or years[0] not in (int(row.term_start), first):
        return None
    if not names_the_deal(fig, ctx, row):
        return None
    j = _change_in(fig, ctx, first)
    if j.verdict != "supported":
        return None
    return _j("supported", f"The first-year rise of agreement {row.no} ({int(row.term_start)}-{int(row.term_end)}), "
              f"a reading of a change told over its term: {j.evidence}", j.sources, j.rows)


#: A deal that governs a figure's clause (review98): after "under / in / by / with / through" ("Under this agreement,
#: ...", "... from 2026 to 2030 under the new deal"), or as the subject of a verb of setting terms ("The deal calls for
#: ..."); its words between the article and the noun ("new", "2014", "five-year") in a group of its own.
_GOVERNING_DEAL = re.compile(r"\b(?:(?:under|in|by|with|through)\s++(?:this|that|the|its|their|these)"
                             r"((?:\s++[\w-]++){0,2}?)\s++(?:deal|pact|agreement|accord|SMA)\b(?!['’])|"
                             r"(?:this|that|the|its|their)((?:\s++[\w-]++){0,2}?)\s++(?:deal|pact|agreement|accord|SMA)"
                             r"\s++(?:will\s++|would\s++)?(?:calls?|sets?|raises?|includes?|commits?|requires?|"
                             r"provides?|stipulates?|lifts?|increases?)\b)", re.I)
#: A deal's words that name the deal of publication's day or one to come ("the new deal", "the next agreement").
_TERM_NEW = re.compile(r"\b(?:new|next|upcoming|coming|latest|incoming|future|current|present)\b", re.I)
_DEAL_NAME_YEAR = ANY_YEAR
#: A month's or weekday's name, for the date a deal was signed ("in February", "on Feb. 2", "on Sunday").
_SIGNED_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                 r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_SIGNED_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
#: Right after a deal's noun, when it was signed ("the agreement signed last month", "the deal reached in 2014"):
#: a deal signed after the years is not theirs (review102 finding 4); the year in a group, "last" in another. A year
#: may follow a month and day ("on Feb. 2, 2014") or a place ("in Washington in 2014"); a bare date is a month's or
#: weekday's name, not any capital word ("signed in Seoul" tells no date: review103 finding 1).
_SIGNED_WHEN = re.compile(r"(?<!\s)\s++(?:that\s++|which\s++)?(?:was\s++|were\s++)?(?:signed|reached|struck|concluded|"
                          r"sealed|agreed)\s++(?:(?:earlier\s++)?this\s++(?:week|month|year)|"
                          r"(?P<last>last)\s++(?:week|month|year)|"
                          r"(?:(?:in|at)\s++(?:the\s++)?(?!" + _SIGNED_MONTH + r")[A-Z][a-z]++"
                          r"(?:\s++[A-Z][a-z]++)?+\s++)?+"
                          r"(?:(?:on|in)\s++(?:" + _SIGNED_MONTH + r"\s++(?:\d{1,2},?\s++)?+)?+"
                          r"(?P<year>(?:19|20)\d\d)\b|(?:on|in)\s++(?:" + _SIGNED_MONTH + "|" + _SIGNED_DAY + r")))")


def signed_after(text: str, at: int, published: dt.date, year: int) -> bool:
    """Return whether the words at ``at``, right after a deal's noun, tell it signed after ``year`` (review102).

    >>> t = "the agreement signed last month; the deal reached in 2008; the deal"
    >>> [signed_after(t, t.index(w) + len(w), dt.date(2014, 3, 10), 2013) for w in ("agreement", "deal", "deal")]
    [True, False, False]
    >>> [signed_after("deal signed " + w, 4, dt.date(2019, 3, 10), 2018) for w in (
    ...     "in Seoul", "in Washington in 2014", "on Feb. 2, 2014", "in February", "on Sunday", "in Seoul on Feb. 2")]
    [False, False, False, True, True, True]
    """
    m = _SIGNED_WHEN.match(text, at)
    if m is None:
        return False
    last_year = m["last"] is not None and m.group().lower().endswith("year")
    signed = int(m["year"]) if m["year"] else published.year - 1 if last_year else published.year
    return signed > year


def names_the_deal(fig: Figure, ctx: Context, row: DataRow) -> bool:
    """Return whether a deal phrase governs the figure's clause and may be the deal ``row`` whose term the figure's
    years are (review98): not a deal told as new (next, current) when those years are all past, nor one named by a
    year outside its term ("the 2014 agreement" is not the 2009-2013 deal); a deal word elsewhere ("before the new deal
    was signed") names no term.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2014-03-10")
    >>> row = covering_deal(ctx, (2009, 2013))
    >>> [names_the_deal(*example(t, "2014-03-10"), row) for t in (
    ...     "Under that agreement, Seoul's payment rose 2.5% from 2009 to 2013.",
    ...     "Under the new agreement, Seoul's payment rose 2.5% from 2009 to 2013.",
    ...     "Under the 2014 agreement, Seoul's payment rose 2.5% from 2009 to 2013.",
    ...     "Seoul's payment rose 2.5 percent from 2009 to 2013, before the new deal was signed.",
    ...     "Under the agreement signed last month, the payment rose 2.5% from 2009 to 2013.",
    ...     "Seoul's payment rose 2.5% from 2009 to 2013, officials said in the deal's annex.")]
    [True, False, False, False, False, False]
    """
    years = fig.frame.years
    for m in _GOVERNING_DEAL.finditer(ctx.text, *ctx.reader.clause(fig.span, strong=True)):  # review102: its clause
        words = m.group(1) or m.group(2) or ""
        if m.start(1) >= 0 and signed_after(ctx.text, m.end(), ctx.published, years[-1]):
            continue  # review102: "Under the agreement signed last month, ...": a later deal's
        if _TERM_NEW.search(words) and years[-1] < ctx.published.year:
            continue
        if any(not int(row.term_start) - 1 <= int(y.group()) <= int(row.term_end)
               for y in _DEAL_NAME_YEAR.finditer(words)):
            continue
        return True
    return False


def frame_date(fig: Figure, ctx: Context) -> Span | None:
    """Return the date of the figure's clause its frame's years were read from (two years or more), nearest first;
    None when the frame names one year or the date is not in its clause.

    >>> fig, ctx = example("The 2014-2018 deal raised Seoul's payment 5.8 percent.", "2019-03-10")
    >>> frame_date(fig, ctx).exact
    '2014-2018'
    """
    if len(fig.frame.years) < 2 or fig.frame.bound not in ("phrase", "clause"):
        return None
    s, e = ctx.reader.clause(fig.span, strong=True)
    dates = [d for d in ctx.reader.spans_in(s, e, "date") if date_years(d) == fig.frame.years]
    return min(dates, key=lambda d: abs(d.start - fig.span.start), default=None)


def span_not_the_change(fig: Figure, ctx: Context) -> str | None:
    """Return why the years of a change's frame are not the change's own span: they are a deal's term ("the
    2014-2018 deal", :func:`analysis.frames.deal_by_years`) or date a freeze before it ("after being frozen from 2019
    to 2020", :func:`analysis.frames.after_freeze`); else None (claims32).

    >>> span_not_the_change(*example("Seoul's payment rose 13.9 percent after being frozen from 2019 to 2020.",
    ...                              "2021-04-10"))
    'freeze'
    >>> span_not_the_change(*example("Seoul's payment rose 14.4 percent between 2009 and 2013.", "2014-03-10"))
    """
    return ctx.memo(("span_not_the_change", fig.span.id, fig.frame.years, fig.frame.bound),
                    lambda: _span_not_the_change(fig, ctx))


def _span_not_the_change(fig: Figure, ctx: Context) -> str | None:
    """Return what :func:`span_not_the_change` finds (read once per figure and frame: several rules ask)."""
    d = frame_date(fig, ctx)
    if d is None:
        return None
    if deal_by_years(ctx.reader, d):
        return "deal"
    return "freeze" if after_freeze(ctx.reader, d) else None


def after_freeze_change(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a change told after the years of a freeze ("rose 13.9 percent after being frozen from
    2019 to 2020"): the change of the year after the freeze's last over that year; None for other changes (claims32).

    >>> j = after_freeze_change(*example("The payment rose 13.9 percent after being frozen from 2019 to 2020.",
    ...                                  "2021-04-10")); j.verdict, j.rows
    ('supported', ('sma_contributions:2020', 'sma_contributions:2021'))
    """
    d = ctx.reader.spans_in(*ctx.reader.clause(fig.span, strong=True), "date")
    own = [x for x in d if date_years(x) == fig.frame.years and after_freeze(ctx.reader, x)]
    if fig.frame.bound not in ("phrase", "clause") or not own:
        return None
    year = fig.frame.years[-1] + 1
    j = _change_in(fig, ctx, year)
    return _j(j.verdict, f"The rise after the freeze of {years_text(fig.frame.years)}, that of {year}: {j.evidence}",
              j.sources, j.rows)


def covering_deal(ctx: Context, years: tuple[int, ...]) -> DataRow | None:
    """Return the agreement whose term holds the first and last of ``years`` (a deal named by its years: "the
    2021-2025 deal" is the 11th, of 2020-2025), else None.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2021-04-10")
    >>> int(covering_deal(ctx, (2021, 2025)).no), covering_deal(ctx, (2018, 2019))
    (11, None)
    """
    return next((a for a in ctx.t.index.agreement_rows if a.term_start <= years[0] and a.term_end >= years[-1]), None)


def first_rise_from(ctx: Context, first: int, last: int) -> int | None:
    """Return the year of a deal's first-year rise: ``first`` (its first year), or where that year's payment was
    frozen at the year before's (within ``freeze_pct``: a deal signed late), the next year up to ``last`` that
    changed; None when a year's change is not on record.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2021-04-10")
    >>> first_rise_from(ctx, 2014, 2018), first_rise_from(ctx, 2020, 2025), first_rise_from(ctx, 1991, 1993)
    (2014, 2021, None)
    """
    change = ctx.t.index.change_of
    for year in range(first, last + 1):
        if year not in change:
            return None
        if abs(float(change[year].change_pct)) > ctx.tol.freeze_pct:
            return year
    return None


def deal_years_change(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a change told by a deal named by its years ("The 2014-2018 deal raised Seoul's payment
    5.8 percent", "under the 2009-2013 accord"), no year of its own: the rise the deal made in its first year over the
    year before (:func:`first_rise_from`), or with a word making it yearly ("each year"), its yearly rises after that
    (:func:`deal_each_year`); None when the years are no deal's, or the deal was concluded after publication
    (claims32).

    >>> j = deal_years_change(*example("The 2014-2018 deal raised Seoul's payment 5.8 percent.", "2019-03-10"))
    >>> j.verdict, j.rows
    ('supported', ('sma_contributions:2013', 'sma_contributions:2014'))
    >>> deal_years_change(*example("Under the 2014-2018 deal, it rose 1.0 percent in 2018.", "2019-03-10")) is None
    True
    """
    if span_not_the_change(fig, ctx) != "deal":
        return None
    years = fig.frame.years
    row = covering_deal(ctx, years)
    if row is None:
        return _j("unverifiable", f"No agreement on record covers {years_text(years)}, the deal the change is told by.")
    if pd.notna(row.concluded) and row.concluded.date() > ctx.published:
        return None
    deal = f"agreement {row.no} ({int(row.term_start)}-{int(row.term_end)})"
    if yearly_word(fig, ctx):
        return deal_each_year(fig, ctx, row, deal)
    judged = [(f"The first-year rise of {deal}, the change a deal named by its years made", _change_in(fig, ctx, y))
              for y in dict.fromkeys([first_rise_from(ctx, int(row.term_start), int(row.term_end)),
                                      first_rise_from(ctx, years[0], years[-1])]) if y is not None]
    if not judged:
        return _j("unverifiable", f"The first-year rise of {deal} is not on record (no payment of the year before).")
    judged.append((f"The change over the term of {deal}", deal_term_change(fig, ctx)))
    how, j = min(judged, key=lambda x: ("supported", "misleading", "contradicted", "unverifiable").index(x[1].verdict))
    return _j(j.verdict, f"{how}: {j.evidence}", j.sources, j.rows)


def deal_term_change(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a change told by a deal's years read as the change over its term: the last year's
    payment against the first's ("The 2009-2013 deal raised Seoul's payment 14.4 percent over its five years"), the
    reading :func:`deal_years_change` accepts beside the first-year rise, so a right figure of the whole term is not
    called contradicted (review31).

    >>> deal_term_change(*example("The 2009-2013 deal raised the payment 14.4 percent.", "2014-03-10")).verdict
    'supported'
    """
    years = fig.frame.years
    frame = dataclasses.replace(fig.frame, years=(years[-1],), since=years[0])
    return change_since(dataclasses.replace(fig, frame=frame), ctx)


def deal_each_year(fig: Figure, ctx: Context, row: DataRow, deal: str) -> Judgement:
    """Return the verdict on a yearly rise of a deal named by its years ("the 2014-2018 deal raised it about 1
    percent each year"): the figure against the range of the deal's yearly changes after its first-year rise on
    record; dollar-only years leave a wrong figure unverifiable (as :func:`_change_in`).

    >>> fig, ctx = example("The 2014-2018 deal raised the payment 4 percent each year.", "2019-03-10")
    >>> j = deal_each_year(fig, ctx, covering_deal(ctx, (2014, 2018)), "the 9th"); j.verdict, j.rows[-1]
    ('contradicted', 'sma_contributions:2018')
    """
    change = ctx.t.index.change_of
    first = first_rise_from(ctx, int(row.term_start), int(row.term_end))
    years = [y for y in range(int(first or row.term_end) + 1, int(row.term_end) + 1) if y in change]
    if first is None or not years:
        return _j("unverifiable", f"No yearly rise of {deal} after its first year is on record.")
    pcts = [float(change[y].change_pct) for y in years]
    claimed = _signed(fig)
    off = max(0.0, min(pcts) - claimed, claimed - max(pcts))
    verdict = _percent_verdict(off, ctx.tol)
    listed = ", ".join(f"{y}: {p:+.1f}%" for y, p in zip(years, pcts, strict=True))
    why = ""
    if verdict != "supported" and any(change[y].basis != "won" for y in years):
        verdict, why = "unverifiable", " Not caught: the data holds only dollars as reported for some of these years."
    sources = [i for y in (first, *years) for i in ctx.t.index.won_sources[y]]
    return _j(verdict, f"The yearly rises of {deal} after its first year ({listed}; claimed {claimed:+.1f}% each "
              f"year).{why}", sources, [f"sma_contributions:{y}" for y in (first, *years)])


#: A superlative that ranks a change among the years of a span ("the biggest rise between 2014 and 2021"): the span
#: is the ranking's, not the change's own (review30).
_RANKED = re.compile(r"\b(?:biggest|largest|highest|steepest|sharpest|greatest|fastest|smallest|lowest|first|"
                     r"only|most)\b", re.I)


def yearly_rate(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a fixed yearly rise of an agreed deal with no year of its own ("Seoul agreed to an annual
    four percent increase"): against every year-on-year change on record after the first rise of the newest agreement
    concluded by publication (the worst one decides); None when the phrase names no yearly rate or an average.

    >>> j = yearly_rate(*example("Seoul agreed to an annual four percent increase under the deal.", "2021-03-08"))
    >>> j.verdict, j.rows
    ('misleading', ('sma_contributions:2021', 'sma_contributions:2022'))
    """
    p0, p1 = ctx.reader.clause(fig.span)
    if not agreed_rise(fig, ctx) or not _YEARLY.search(ctx.text, p0, p1) \
            or AVERAGE_WORD.search(ctx.text, *ctx.reader.local(fig.span)):
        return None
    known = ctx.known_rows()
    later = _rise_years(ctx, known[-1])[1:] if known else []
    if not later:
        return first_rise_yearly(fig, ctx, known[:-1])
    judged = [_change_in(fig, ctx, year) for year in later]
    worst = max(judged, key=lambda j: ("supported", "misleading", "contradicted").index(j.verdict))
    verdict = first_rise_capped(fig, ctx, known[-1], worst.verdict)
    return _j(verdict, f"A yearly rate of agreement {known[-1].no}, judged on each year after its first "
              f"rise with figures on record ({years_text(later)}): {worst.evidence}", worst.sources, worst.rows)


def first_rise_capped(fig: Figure, ctx: Context, row: DataRow, verdict: str) -> str:
    """Return ``verdict`` on a yearly rate of agreement ``row``, misleading at worst when the figure is that
    agreement's first rise: a right first-year figure told as every year's (fresh79v, as the adjudicated "13.9%
    yearly increase rate agreed"), which another reading ("the yearly rise") the data supports, is not called wrong.

    >>> fig, ctx = example("Seoul agreed to a 13.9% yearly increase under the deal.", "2022-03-08")
    >>> first_rise_capped(fig, ctx, ctx.known_rows()[-1], "contradicted")
    'misleading'
    """
    rising = _rise_years(ctx, row)
    if verdict != "contradicted" or not rising or _change_in(fig, ctx, rising[0]).verdict != "supported":
        return verdict
    return "misleading"


def first_rise_yearly(fig: Figure, ctx: Context, earlier: list[DataRow]) -> Judgement | None:
    """Return the verdict on a fixed yearly rise agreed when the newest agreement concluded by publication has no
    rise on record yet (its term to come): the newest ``earlier`` agreement with a later rise on record, when the
    figure is its first rise, is the deal meant (a "13.9% yearly increase rate agreed" told in 2024, after the 12th
    was signed: the 11th's first rise) — misleading when a later rise differs, supported when none does; else None
    (fresh79v).

    >>> fig, ctx = example("Seoul agreed to a 13.9% yearly increase under the deal.", "2024-12-22")
    >>> j = first_rise_yearly(fig, ctx, ctx.known_rows()[:-1]); j.verdict, j.rows[-1]
    ('misleading', 'sma_contributions:2022')
    >>> first_rise_yearly(*example("Seoul agreed to a 5% yearly increase under the deal.", "2024-12-22"),
    ...                   ctx.known_rows()[:-1]) is None
    True
    """
    row = next((r for r in reversed(earlier) if len(_rise_years(ctx, r)) > 1), None)
    if row is None:
        return None
    first, *later = _rise_years(ctx, row)
    if _change_in(fig, ctx, first).verdict != "supported":
        return None
    judged = [_change_in(fig, ctx, year) for year in later]
    off = [j for j in judged if j.verdict != "supported"]
    shown = off[0] if off else judged[-1]
    return _j("misleading" if off else "supported", f"A yearly rate told with the first rise of agreement {row.no} "
              f"({first}), judged on its later rises on record ({years_text(later)}): {shown.evidence}",
              shown.sources, shown.rows)


#: How a frame's years were bound when they are a guess a change may be read around: a relative date, a date naming a
#: deal, a date of the clause or none (the publication year).
LOOSE_BOUNDS = ("relative", "previous", "publication", "clause", "deal")


def _in_loose_years(fig: Figure, ctx: Context, judge_year: Callable[[Figure, Context, int], Judgement]) -> Judgement:
    """Return ``judge_year`` on the frame's year; when that year came from a relative date or from nothing and
    does not fit, the first of :func:`_loose_years` that fits (else the frame year's verdict)."""
    j = judge_year(fig, ctx, fig.frame.years[-1])
    if j.verdict == "supported" or fig.frame.bound not in LOOSE_BOUNDS:
        return j
    if named := deal_year_rows(fig, ctx):  # cfix37: "the 2019 deal raised it by X": that deal's rises, no other year's
        return _in_named_deal(fig, ctx, judge_year, named[0], j)
    if own_year_by(fig, ctx):  # fix50j: "rose in 2014, by 1 percent": 2014's change, no other year's
        return j
    tried, own = [], own_deal_years(fig, ctx)
    for year, why in _loose_years(ctx, agreed_rise(fig, ctx), deal_newer_than(fig, ctx), fig):
        if own is not None and year != ctx.published.year and year not in own:
            continue  # fix50j: "The ninth agreement ... lifted it X": not another agreement's first year
        if own == {year} and (back := counted_back(ctx.reader, fig.span)):  # fix50j: "The tenth deal raised it X
            return read_between(fig, ctx, year - back, year)  # from two years earlier": its one year over that base
        alt = judge_year(fig, ctx, year) if year != fig.frame.years[-1] else j
        if alt.verdict == "supported":
            return _j("supported", f"{alt.evidence} The year was not stated in the figure's phrase; {why} fits.",
                      alt.sources, alt.rows)
        tried.append(alt)
    return readings_named(newest_deal_rise(fig, ctx, judge_year, j) or j, tried)


#: A year written just before ", by" and the figure: "rose in 2014, by 1 percent" (fix50j).
_YEAR_COMMA_BY = re.compile(r"\b(\d{4}),[ \t]{1,3}by[ \t]{1,3}$")


def own_year_by(fig: Figure, ctx: Context) -> bool:
    """Return whether the frame's year is written right before ", by" and the figure ("Korea's contribution rose in
    2014, by 1 percent"): the change is that year's, not a loose year's (fix50j).

    >>> own_year_by(*example("Korea's contribution rose in 2014, by 1 percent, a lawmaker noted.", "2018-06-01"))
    True
    >>> own_year_by(*example("Korea's contribution rose by 1 percent, a lawmaker noted in 2018.", "2018-06-01"))
    False
    """
    m = _YEAR_COMMA_BY.search(ctx.reader.text, max(0, fig.span.start - 16), fig.span.start)
    return m is not None and fig.frame.years[-1:] == (int(m.group(1)),)


def own_deal_years(fig: Figure, ctx: Context) -> set[int] | None:
    """Return the years of the term of the agreement a change's clause names by its number
    (:func:`analysis.frames.clause_deal_no`), a loose year outside which is no reading of it; None when none is
    named or the data lack its term (fix50j).

    >>> sorted(own_deal_years(*example("The ninth agreement, signed in 2014, lifted it 8.2 percent.", "2020-03-01")))
    [2014, 2015, 2016, 2017, 2018]
    """
    no = clause_deal_no(ctx.reader, fig.span)
    rows = [row for row in ctx.t.index.agreement_rows if row.no == no] if no is not None else []
    return set(range(int(rows[0].term_start), int(rows[0].term_end) + 1)) if rows else None


def deal_year_rows(fig: Figure, ctx: Context) -> list[DataRow]:
    """Return the agreements concluded by publication that the year a change's frame got from a deal that is its
    clause's subject (:func:`analysis.frames.deal_year_subject`: "the 2019 deal raised it by X") points at: concluded
    in that year, or with that year its term's first; else [] (cfix37, probe35 mu015: such a change is that deal's
    rise, not the publication year's or any deal's).

    >>> [r.no for r in deal_year_rows(*example("The 2024 deal raised Seoul's share by 5 percent.", "2025-03-01"))]
    [12]
    >>> deal_year_rows(*example("The deal raised Seoul's share by 5 percent.", "2025-03-01"))
    []
    """
    if fig.frame.bound != "deal" or not fig.frame.years or not deal_year_subject(ctx.reader, fig.span):
        return []
    year = fig.frame.years[-1]
    return [row for row in ctx.known_rows() if row.concluded.year == year or int(row.term_start) == year]


def _in_named_deal(fig: Figure, ctx: Context, judge_year: Callable[[Figure, Context, int], Judgement], row: DataRow,
                   j: Judgement) -> Judgement:
    """Return the verdict on a change whose year names an agreement (:func:`deal_year_rows`): supported when any rise
    of that agreement's term fits, else the verdict on its first rise (``j``, the frame year's, when it has none).

    >>> fig, ctx = example("The 2019 deal raised Seoul's payment by 13.9 percent.", "2021-04-10")
    >>> judge(fig, ctx).verdict
    'contradicted'
    >>> judge(*example("The 2024 deal raised Seoul's payment by 8.3 percent.", "2025-04-10")).verdict
    'supported'
    """
    rising = _rise_years(ctx, row)
    told = f"Its year names agreement {row.no} (concluded {row.concluded:%Y-%m-%d}, term {row.term_start}-" \
           f"{row.term_end})"
    judged = [judge_year(fig, ctx, year) for year in rising]
    fit = next((k for k, alt in enumerate(judged) if alt.verdict == "supported"), None)
    if fit is not None:
        alt = judged[fit]
        return _j("supported", f"{alt.evidence} {told}, whose rise of {rising[fit]} fits.", alt.sources, alt.rows)
    if not judged:
        return j
    first = judged[0]
    return _j(first.verdict, f"{first.evidence} {told}, whose first rise is {rising[0]}'s.", first.sources,
              first.rows)


def readings_named(j: Judgement, tried: Sequence[Judgement]) -> Judgement:
    """Return a change with no year of its own called wrong (``j``) with the other readings of its year that were
    tried and do not fit either added to its evidence and rows (those that checked it against data rows ``j`` does
    not hold): a right figure of any of them is supported by it, so the right figure belongs in the evidence (mut27).

    >>> fig, ctx = example("Seoul agreed to raise its share by 27.8%.", "2024-10-04")
    >>> j = judge(fig, ctx); j.verdict, j.rows[:2], "sma_contributions:2021" in j.rows
    ('contradicted', ('sma_contributions:2025', 'sma_contributions:2026'), True)
    >>> j.evidence[j.evidence.index("Read as"):][:79]
    'Read as of the other years tried: 2021 vs 2020 in won: +13.9% (claimed +27.8%).'
    >>> judge(*example("Seoul agreed to raise its share by 13.9%.", "2024-10-04")).rows
    ('sma_contributions:2020', 'sma_contributions:2021')
    """
    if j.verdict not in ("contradicted", "misleading"):
        return j
    more = [t for t in tried if t.rows and not set(t.rows) <= set(j.rows)]
    more = [t for i, t in enumerate(more) if all(set(t.rows) != set(u.rows) for u in more[:i])]
    if not more:
        return j
    told = " ".join(t.evidence.split(" [")[0] for t in more)
    return _j(j.verdict, f"{j.evidence} Read as of the other years tried: {told}",
              [*j.sources, *(s for t in more for s in t.sources)], [*j.rows, *(r for t in more for r in t.rows)],
              j.related)


#: An agreement named by its ordinal ("the 12th SMA", "the 12th Korea-U.S. Special Agreement"): group 1 the number.
_DEAL_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s++(?:[\w.-]++\s++){0,6}?(?:deal|agreement|accord|pact|SMA)\b",
                           re.I)


def newest_deal_rise(fig: Figure, ctx: Context, judge_year: Callable[[Figure, Context, int], Judgement],
                     j: Judgement) -> Judgement | None:
    """Return the verdict on a change with no year of its own that the data cannot check for its frame year (``j``
    has no row), judged on the first rise of the newest agreement when its sentence names that agreement as new
    ("the new deal") or by its ordinal ("the 12th SMA"), or tells the agreeing (:func:`agreed_newest`, mut62:
    "Seoul agreed to raise its share by X%"), and it was concluded at most ``recent_days`` before publication: the
    deal's rise is its first rise's (caught50: "the 12th agreement calls for an increase of X", told in 2024, whose own
    change the data lack). Only a verdict that calls the figure wrong is returned (a right one, of any agreement's
    first rise, is found by :func:`_in_loose_years`); else None.

    >>> fig, ctx = example("The new deal calls for an increase of 69.8 billion won in Seoul's contribution.",
    ...                    "2024-10-05")
    >>> newest_deal_rise(fig, ctx, _step_in, _j("unverifiable", "")).verdict
    'contradicted'
    >>> fig, ctx = example("The deal raised Seoul's payment by 5.4 percent.", "2024-03-05")
    >>> newest_deal_rise(fig, ctx, _change_in, _j("unverifiable", "")) is None
    True
    >>> [judge(*example(f"Seoul agreed to raise its share by {x}.", "2025-06-05")).verdict for x in ("16.6%", "13.9%")]
    ['contradicted', 'supported']
    >>> judge(*example("Under the deal, Seoul's share rises by an average of 3.2% a year.", "2025-06-05")).verdict
    'unverifiable'
    """
    if j.verdict != "unverifiable" or j.rows or fig.frame.bound not in ("publication", "clause", "deal"):
        return None
    known = ctx.known_rows()
    if not known:
        return None
    last = known[-1]
    rising = _rise_years(ctx, last)
    if (ctx.published - last.concluded.date()).days > ctx.tol.recent_days:
        return None
    named = names_deal_as_newest(fig, ctx, int(last.no)) or names_rise_year(fig, ctx, rising)
    if not named and not agreed_newest(fig, ctx, int(last.no)):
        return None
    alt = judge_year(fig, ctx, rising[0]) if rising else j
    if alt.verdict not in ("contradicted", "misleading"):
        return None
    told = "names" if named else f"tells a rise as agreed, {(ctx.published - last.concluded.date()).days} days after"
    return _j(alt.verdict, f"{alt.evidence} The year was not stated in the figure's phrase; its sentence {told} "
              f"agreement {last.no} (concluded {last.concluded:%Y-%m-%d}), whose first rise is {rising[0]}'s.",
              alt.sources, alt.rows)


#: Words telling that the sides agreed ("agreed to", "agrees to", "accepted", "settled on", "reached an agreement",
#: "signed a new, five-year deal"): a rise told with them and no year is the agreed rise, not a later year's rise under
#: a running deal (each verb in all its forms: mend62, review62 finding 14).
_AGREEING = re.compile(r"\b(?:agree(?:s|d|ing)?|accept(?:s|ed|ing)?|settle(?:s|d)?[ \t]++on|settling[ \t]++on|"
                       r"consent(?:s|ed|ing)?[ \t]++to|(?:reach(?:es|ed)?|sign(?:s|ed)?|struck|seal(?:s|ed)?|"
                       r"clinch(?:es|ed)?)[ \t]++(?:[\w,-]++[ \t]++){0,3}?(?:agreement|deal|accord|pact))\b", re.I)
#: Words that put an agreed rise in another deal ("the old pact", "the expired accord", "the previous agreement"),
#: another year of a deal ("the deal's second year", "in later years") or a yearly rule ("a year", "annually", "in line
#: with its defense budget"; not "with future increases tied to inflation", another rise's rule): not the newest
#: deal's first rise (mend62, review62 finding 3).
_OTHER_DEAL_TIME = re.compile(r"\b(?:" + "|".join((
    r"(?:old|older|earlier|previous|prior|former|last|expired|expiring|outgoing|existing|current|preceding|past|"
    r"lapsed)[ \t]++(?:[\w-]++[ \t]++){0,2}?(?:deal|agreement|accord|pact|SMA)",  # another deal
    r"(?:second|third|fourth|fifth|final|later|subsequent|remaining|following|each|every|other)[ \t]++years?",
    r"a[ \t]++year|per[ \t]++(?:year|annum)|annually|year[ \t]++(?:on|over|after)[ \t]++year",  # a yearly rule
    r"(?<!increases[ ])(?<!rises[ ])(?<!hikes[ ])(?:in[ \t]++line|in[ \t]++step|tied|linked|pegged|indexed)[ \t]++"
    r"(?:with|to)")) + r")\b", re.I)


def agreed_newest(fig: Figure, ctx: Context, no: int) -> bool:
    """Return whether a change with no year of its own is told as agreed (:data:`_AGREEING`, not denied), with no
    average word, no ordinal of an agreement other than ``no``, the newest, and no word putting it in another deal or
    year or a yearly rule (:data:`_OTHER_DEAL_TIME`) (mut62, mend62): then it is that agreement's first rise.

    >>> [agreed_newest(*example(t, "2024-10-05"), 12) for t in ("Seoul agreed to raise its share by 16.6%.",
    ...     "Under the deal, Seoul's contribution rose 4 percent.", "The 11th agreement raised its share by 5.4%.",
    ...     "Seoul agreed to an average rise of 3.2 percent a year.", "Seoul accepted a 16.6% increase.",
    ...     "Seoul had agreed to raise its share by 5.4 percent under the old pact.",
    ...     "Seoul agreed to raise its share by 5.4 percent a year.")]
    [True, False, False, False, True, False, False]
    """
    s, e = ctx.reader.local(fig.span)
    if not _AGREEING.search(ctx.text, s, e) or AVERAGE_WORD.search(ctx.text, s, e) or \
            _OTHER_DEAL_TIME.search(ctx.text, s, e) or denied_before(ctx.reader, fig.span):
        return False
    return all(int(m.group(1)) == no for m in _DEAL_ORDINAL.finditer(ctx.text, s, e))


def names_rise_year(fig: Figure, ctx: Context, rising: Sequence[int]) -> bool:
    """Return whether the figure's sentence names a deal and, as a date of its own, the year of the newest agreement's
    first rise ("The deal raises the payment by 8.3 percent, to 1.5192 trillion won in 2026", told in 2024): the rise
    is that year's, counted from the last year of the deal before (conv54), not the publication year's.

    >>> fig, ctx = example("The deal raises the payment by 12 percent, to 1.5192 trillion won in 2026.", "2024-11-05")
    >>> names_rise_year(fig, ctx, [2026]), names_rise_year(fig, ctx, [2021])
    (True, False)
    >>> names_rise_year(*example("Under the deal it reaches 1.6 trillion won in 2030, 7 percent more than in 2026.",
    ...                          "2024-11-05", 1), [2026])
    False
    """
    s, e = ctx.reader.local(fig.span)
    if not rising or not DEAL_WORD.search(ctx.text, s, e) or AVERAGE_WORD.search(ctx.text, s, e):
        return False
    return any(date_years(d) == (rising[0],)
               and not _BASE_DATE_BEFORE.search(ctx.text, max(s, d.start - _BASE_DATE_BACK), d.start)
               for d in ctx.reader.spans_in(s, e, "date"))


#: A word that makes the date after it a base or a start, not the year a rise is of ("from 2026", "since 2026").
_BASE_DATE_BEFORE = re.compile(r"\b(?:from|since|than|after|over|on)\s++$", re.I)
#: Characters before a date read for that word (the longest, "since", and the blanks after it).
_BASE_DATE_BACK = 12


def names_deal_as_newest(fig: Figure, ctx: Context, no: int) -> bool:
    """Return whether the figure's sentence names a deal as new ("the new deal") or agreement ``no`` by its ordinal.

    >>> fig, ctx = example("The 12th SMA raises Seoul's contribution by 11.3 percent.", "2024-10-05")
    >>> names_deal_as_newest(fig, ctx, 12), names_deal_as_newest(fig, ctx, 11)
    (True, False)
    """
    s, e = ctx.reader.local(fig.span)
    if _NEW_DEAL.search(ctx.text, s, e):
        return True
    return any(int(m.group(1)) == no for m in _DEAL_ORDINAL.finditer(ctx.text, s, e))


def _pending_change(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a rise for a year not yet agreed at publication (the rise under talks): an offer of
    that figure supports it, else it is unverifiable; None when the year was agreed.

    >>> j = _pending_change(*example("Seoul insisted on a 13 percent rise for 2020.", "2020-04-16"))
    >>> j.verdict, j.rows
    ('supported', ('offers:rok-13pct-2020',))
    """
    head = _set_after(fig.frame.years[-1], ctx)
    if head is None:
        return None
    offer = offer_stated(fig, ctx)
    if offer.verdict == "supported":
        return _j("supported", f"{head} The rise was still under talks; {offer.evidence}", offer.sources, offer.rows)
    reached = reached_before_concluded(fig, ctx)
    if reached:
        j = _change_in(fig, ctx, fig.frame.years[-1])
        return _j(j.verdict, f"{j.evidence} {reached}", j.sources, j.rows)
    return _j("unverifiable", f"{head} A rise for it was not a fact yet, and no reported offer matches.")


#: A deal told as already reached ("reached a cost-sharing deal", "struck an agreement"): a few words may come between.
_REACHED = re.compile(
    r"\b(?:reached|struck|clinched|sealed)\s+(?:[\w'-]{1,30}\s+){0,4}?(?:deal|agreement|pact|accord)\b", re.I)
#: How many days before its formal conclusion a deal may be told as reached (agreed in principle, then initialled).
REACHED_DAYS = 10
#: The rise is the deal's own ("the new pact is 18 percent more"): its sentence names the deal.


@lru_cache(maxsize=4)
def _tells_reached(text: str) -> bool:
    """Return whether the article tells a deal as reached (searched once per text, not once per figure).

    >>> _tells_reached("Seoul and Washington struck a new cost-sharing deal."), _tells_reached("Talks go on.")
    (True, False)
    """
    return _REACHED.search(text) is not None


def reached_before_concluded(fig: Figure, ctx: Context) -> str | None:
    """Return why a reported rise of a deal concluded only after publication can still be judged (the article tells
    the deal as reached, its sentence names the deal, and it was concluded within :data:`REACHED_DAYS` days: agreed
    in principle, then initialled), else None.

    >>> reached_before_concluded(*example("They reached a deal. The deal raises Seoul's share by 8%.", "2019-02-04"))
    'The article tells the deal as reached; agreement 10 was concluded 2019-02-10, 6 days after publication.'
    >>> reached_before_concluded(*example("Seoul and Washington are close to a deal, 8 percent more.", "2019-02-04"))
    """
    if fig.frame.modality != "reported" or not DEAL_WORD.search(ctx.text, *ctx.reader.local(fig.span)):
        return None
    year = fig.frame.years[-1]
    covering = next(iter(ctx.t.index.covering(year)), None)
    if covering is None or covering.concluded is pd.NaT:
        return None
    days = (covering.concluded.date() - ctx.published).days
    if not 0 < days <= REACHED_DAYS or not _tells_reached(ctx.text):
        return None
    return (f"The article tells the deal as reached; agreement {covering.no} was concluded "
            f"{covering.concluded:%Y-%m-%d}, {days} days after publication.")


def _loose_years(ctx: Context, agreed: bool = False, after: int = 0,
                 fig: Figure | None = None) -> list[tuple[int, str]]:
    """Return the years a change with no year of its own may be of: the publication year, and the first year
    of the newest agreement concluded by publication (a deal's rise is its first year's); with ``agreed`` (its
    sentence says the rise was agreed), also the first rise of every earlier agreement concluded by then whose rise
    came after the year ``after`` (:func:`deal_newer_than`).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2024-10-05")
    >>> [y for y, _ in _loose_years(ctx)], [y for y, _ in _loose_years(ctx, agreed=True)][:4]
    ([2024, 2026], [2024, 2026, 2021, 2019])
    >>> [y for y, _ in _loose_years(ctx, agreed=True, after=2019)]
    [2024, 2026, 2021]
    """
    out = [(ctx.published.year, "the publication year's change")]
    known = ctx.known_rows()
    if known:
        last = known[-1]
        out.append((int(last.term_start), f"the first year of agreement {last.no} (concluded "
                    f"{last.concluded:%Y-%m-%d})"))
    if agreed:
        for row in known[::-1]:
            rising = _rise_years(ctx, row)
            if rising and rising[0] > after and all(rising[0] != y for y, _ in out):
                out.append((rising[0], f"the first rise of agreement {row.no} (concluded {row.concluded:%Y-%m-%d}), "
                            "as its sentence says the rise was agreed"))
    return out + (undated_next_deal(ctx) if agreed and not (fig and names_a_deal(fig, ctx)) else [])


#: An ordinal number, as a deal is named by ("the ninth deal", "the 8th SMA").
_ORDINAL = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth)\b", re.I)


def names_a_deal(fig: Figure, ctx: Context) -> bool:
    """Return whether a change's sentence names a deal by its number or a written year ("Under the deal signed in
    2009, Seoul agreed to a 5.8 percent rise", "the ninth deal"): the rise is that deal's, not an undated next one's.

    >>> [names_a_deal(*example(t, "2013-12-05")) for t in ("Under the deal signed in 2009, Seoul agreed to a 5.8 "
    ...     "percent rise.", "Under the ninth deal, Seoul agreed to a 5.8 percent rise.",
    ...     "Seoul agreed to a 5.8 percent rise.")]
    [True, True, False]
    """
    s, e = ctx.reader.sentence_of(fig.span)
    return _ORDINAL.search(ctx.text, s, e) is not None or any(
        d.value.get("form") == "absolute" for d in ctx.reader.spans_in(s, e, "date"))


#: The first month of a year's last quarter: a deal struck from then on is for the term that starts the next year.
_YEAR_END_MONTH = 10


def undated_next_deal(ctx: Context) -> list[tuple[int, str]]:
    """Return the year after publication as a year an agreed change with no year of its own may be of, when the story
    is told in the year's last quarter and an agreement whose conclusion the data do not date starts its term that
    year ("struck a deal Wednesday to increase Seoul's share by 6.6 percent", December 2006: the 7th SMA's 2007
    rise; real52v); else [].

    >>> [undated_next_deal(example("Seoul paid 1 trillion won.", d)[1]) != [] for d in ("2006-12-07", "2006-05-07",
    ...                                                                                    "2019-12-07")]
    [True, False, False]
    """
    year = ctx.published.year + 1
    row = next((a for a in ctx.t.index.agreement_rows if int(a.term_start) == year), None)
    if row is None or ctx.published.month < _YEAR_END_MONTH or not missing(row.concluded):
        return []
    return [(year, f"the first year of agreement {row.no}, whose term starts the year after publication, as its "
             "sentence says the rise was agreed")]


#: Words saying a rise was agreed: a change with no year of its own is then some agreement's rise.
_AGREED_RISE = re.compile(r"\b(?:agree(?:d|s|ing|ment)?|deal|accord|pact|SMA|"
                          r"(?:under|by)\s++the\s++(?:new\s++)?terms)\b",  # cfix42: "Under the new terms, ..."
                          re.I)


def agreed_rise(fig: Figure, ctx: Context) -> bool:
    """Return whether the figure names no year of its own and its sentence says the rise was agreed ("Seoul agreed to
    raise it by 13.9%"): a "this year" of its own is the writer's year, not a loose one.

    >>> agreed_rise(*example("Seoul agreed to raise its share by 13.9%.", "2024-03-05"))
    True
    >>> agreed_rise(*example("Under the new terms, Seoul will pay 1.52 trillion won initially.", "2024-11-29"))
    True
    """
    loose = fig.frame.bound in ("publication", "clause", "deal")
    return loose and _AGREED_RISE.search(ctx.text, *ctx.reader.local(fig.span)) is not None


#: A deal told as the newest ("the new deal", "the latest accord", "this year's agreement"), at most two words
#: between.
_NEW_DEAL = re.compile(r"\b(?:new|newest|latest|fresh|this\s+year['’]s)\s++(?:[\w-]++\s++){0,2}?"
                       r"(?:deal|agreement|accord|pact|SMA)\b", re.I)


def deal_newer_than(fig: Figure, ctx: Context) -> int:
    """Return the latest year a date before the figure in its sentence names when the sentence tells the deal as new
    ("Seoul paid X in 2019, and the new deal raises that by N percent"): the rise is a later agreement's, so no
    agreement whose first rise came by that year is read (years47); else 0.

    >>> deal_newer_than(*example("Seoul paid 1 trillion won in 2019, and the new deal raises that by 8.2%.",
    ...                          "2021-03-11", 1))
    2019
    >>> deal_newer_than(*example("Under the new deal, Seoul's share rises 8.2%.", "2021-03-11"))
    0
    """
    r = ctx.reader
    s, _ = r.local(fig.span)
    if _NEW_DEAL.search(ctx.text, s, fig.span.start) is None:
        return 0
    return max((y for d in r.spans_in(s, fig.span.start, "date") for y in date_years(d)), default=0)


def since_or_pending(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a change counted from an earlier year (:func:`change_since`), unless its own year's
    payment was not yet agreed at publication and no deal is told as reached: then the rise under talks
    (:func:`_pending_change`), never judged by what was agreed later (mendf68: "agreed to raise it by up to 13 percent
    from the $870 million it paid in 2019", told before the deal).

    >>> fig, ctx = example("Seoul agreed to raise its share by up to 13 percent from the $870 million it paid in 2019.",
    ...                    "2021-01-20")
    >>> fig.frame.since, since_or_pending(fig, ctx).verdict, change_since(fig, ctx).verdict
    (2019, 'supported', 'misleading')
    """
    j = change_since(fig, ctx)
    pending = None if j.verdict == "supported" else _pending_change(fig, ctx)
    return pending if pending is not None and not reached_before_concluded(fig, ctx) else j
def hedged_span_verdict(fig: Figure, actual: float, claimed: float, ctx: Context) -> str | None:
    """Return *supported* for a hedged change over several years that holds as its hedge reads it: "about X" within
    ``Tolerances.same_rel`` of the change (a change over years is told rounded, as an amount is: "about 50 percent"
    for +52.7 %), "more than X" above it, "nearly X" just under it; else None (the points bands judge it; probe35).

    >>> fig, ctx = example("Seoul's payment has risen about 50 percent since 2005.", "2021-06-01")
    >>> hedged_span_verdict(fig, 52.7, 50.0, ctx), hedged_span_verdict(fig, 70.0, 50.0, ctx)
    ('supported', None)
    """
    bound = fig.span.value.get("bound")
    if bound == "approx" and abs(actual - claimed) <= ctx.tol.same_rel * abs(actual):
        return "supported"
    if bound == "more_than" and actual > claimed:
        return "supported"
    if bound == "less_than" and claimed * (1 - ctx.tol.same_rel) <= actual < claimed:
        return "supported"
    return None


def span_currency(fig: Figure, ctx: Context) -> str:
    """Return the currency a change over years is counted in: "USD" when its sentence tells the amounts before it in
    dollars only, two or more of them ("from $150 million in 1991 to $890 million in 2019, a rise of 490 percent": the
    writer's own sum of the two ends, cfix43), else "KRW" (the payment's own currency since 1992).

    >>> fig, ctx = example("It went from $150 million in 1991 to $890 million in 2019, a rise of 490 percent.",
    ...                    "2020-01-10", 2)
    >>> span_currency(fig, ctx)
    'USD'
    >>> span_currency(*example("It has risen 19 percent since 2013, to about $890 million.", "2020-01-10"))
    'KRW'
    """
    s0, _ = ctx.reader.sentence_of(fig.span)
    money = [f for f in ctx.reader.figures_in(s0, fig.span.start) if f.kind == "money"]
    dollars = len(money) >= 2 and all(f.value.get("currency") == "USD" for f in money)
    return "USD" if dollars else "KRW"


def change_since(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a change counted from an earlier year the sentence names (:attr:`Frame.since`): the
    won payment of the frame's year against that year's.

    >>> fig, ctx = example("In 2018 it paid 960.2 billion won, but this year it rose 46.1% to 1.4 trillion won.",
    ...                    "2025-04-09", 1)
    >>> j = change_since(fig, ctx); j.verdict, j.rows
    ('supported', ('sma_contributions:2018', 'sma_contributions:2025'))
    """
    start, year = int(fig.frame.since or 0), fig.frame.years[-1]
    currency = span_currency(fig, ctx)
    pair = sourced_dollar_pair(fig, ctx, start, year)  # fix51v6: told in dollars, both years sourced in dollars
    try:
        pair = pair or converted_dollar_pair(fig, ctx, start, year)  # span52: a won-set year at its own rate
        old, new = pair or (ctx.payment(start, currency), ctx.payment(year, currency))
    except LookupError as e:
        return _j("unverifiable", f"{e}.")
    actual = derive.pct_change(new.value, old.value)
    claimed = _signed(fig)
    off = abs(actual - claimed)
    verdict = hedged_span_verdict(fig, actual, claimed, ctx) or _percent_verdict(off, ctx.tol)
    where = "; in dollars, as its sentence tells both ends" if currency == "USD" else (
        "; in dollars, as its sentence tells it" if pair else "")
    return withhold_on_dollar_rows(fig, ctx, start, year, False, _j(
        verdict, f"{year} vs {start} (the year the sentence counts from{where}): {old.described} -> "
        f"{new.described}: {actual:+.1f}% (claimed {claimed:+.1f}%).", [*old.sources, *new.sources],
        [*old.rows, *new.rows]))


#: Words that put a change in dollars ("In dollar terms the payment fell about 7 percent", probe34; "measured in
#: U.S. dollars, it rose 2 percent").
_IN_DOLLARS = re.compile(r"\bin[ \t]++(?:(?:U\.S\.|US|American)[ \t]++)?dollar[ \t]++terms\b|\b(?:measured|counted|"
                         r"valued|calculated)[ \t]++in[ \t]++(?:(?:U\.S\.|US|American)[ \t]++)?dollars\b", re.I)


#: A turn to another clause of the sentence, which the dollar words of one clause do not cross (", when the payment
#: rose 17 percent in dollar terms": the dollars are the 2003 clause's, not the 13.9 percent's before it; cfix44).
_CLAUSE_TURN = re.compile(r"[;:]|,[ \t]++(?:when|while|whereas|but|though|although)\b",
                          re.I)


def dollars_reach(text: str, m: re.Match[str], span: Span) -> bool:
    """Return whether the dollar words ``m`` (:data:`_IN_DOLLARS`) reach the figure ``span``: no turn to another
    clause (:data:`_CLAUSE_TURN`) lies between them.

    >>> t = "The 13.9 percent rise is the largest since 2003, when it rose 17 percent in dollar terms."
    >>> m = _IN_DOLLARS.search(t)
    >>> [dollars_reach(t, m, Span("a1", "percent", t.index(w), t.index(w) + len(w), w)) for w in ("13.9", "17")]
    [False, True]
    """
    lo, hi = (m.end(), span.start) if m.end() <= span.start else (span.end, m.start())
    return _CLAUSE_TURN.search(text, lo, hi) is None


def dollar_words(r: Reader, start: int, end: int) -> tuple[re.Match[str], ...]:
    """Return the dollar words (:data:`_IN_DOLLARS`) of ``r``'s text in [start, end), found once per sentence through
    ``Reader.once`` (a run-on sentence of many percents was searched again for each one: quadratic).

    >>> _, ctx = example("In dollar terms it fell 7 percent, and in dollar terms 3 percent.", "2022-06-01")
    >>> [m.group() for m in dollar_words(ctx.reader, 0, len(ctx.text))]
    ['In dollar terms', 'in dollar terms']
    """
    return tuple(_IN_DOLLARS.finditer(r.text, start, end))


def dollars_in_reach(ctx: Context, span: Span) -> bool:
    """Return whether dollar words of the sentence of ``span`` reach it (:func:`dollars_reach`). Only the nearest
    dollar words on each side need asking: a farther one on the same side reaches across all the nearer one does.

    >>> fig, ctx = example("In dollar terms it fell 7 percent, but it rose 3 percent in won.", "2022-06-01")
    >>> dollars_in_reach(ctx, fig.span)
    True
    >>> fig, ctx = example("It fell 7 percent this year. In dollar terms it rose.", "2022-06-01")
    >>> dollars_in_reach(ctx, fig.span)
    False
    """
    s0, s1 = ctx.reader.sentence_of(span)
    found = ctx.reader.once(dollar_words, s0, s1)
    i = bisect.bisect_right(found, span.start, key=_match_end)  # the words ending at or before the figure's start
    near = found[max(0, i - 1) : i + 1]
    return any(dollars_reach(ctx.text, m, span) for m in near)


def _match_end(m: re.Match[str]) -> int:
    """Return where ``m`` ends: the key dollar words are ordered by (they do not overlap).

    >>> _match_end(_IN_DOLLARS.search("measured in dollars"))
    19
    """
    return m.end()


def change_in_dollars(fig: Figure, ctx: Context, year: int) -> Judgement | None:
    """Return the verdict on a percent change its sentence puts in dollars (:data:`_IN_DOLLARS`) against the change
    of ``year``'s payment in dollars at each year's average rate; else None (the change in won is the one judged).

    >>> fig, ctx = example("In dollar terms the payment fell about 7 percent this year.", "2022-06-01")
    >>> change_in_dollars(fig, ctx, 2022).evidence.split(":")[0]
    "2022 vs 2021 in dollars at each year's average rate"
    >>> change_in_dollars(*example("The payment rose 5.4 percent this year.", "2022-06-01"), 2022) is None
    True
    """
    if not dollars_in_reach(ctx, fig.span):
        return None
    try:
        old, new = ctx.dollar_payment(year - 1), ctx.dollar_payment(year)
    except LookupError:
        return None
    actual, claimed = (new.value / old.value - 1) * 100, _signed(fig)
    verdict = _percent_verdict(abs(actual - claimed), ctx.tol)
    how = "as the data give them" if "=" not in old.described + new.described else "at each year's average rate"
    return _j(verdict, f"{year} vs {year - 1} in dollars {how}: {old.described} -> "
              f"{new.described}: {actual:+.1f}% (claimed {claimed:+.1f}%).", [*old.sources, *new.sources],
              [*old.rows, *new.rows])


def _change_in(fig: Figure, ctx: Context, year: int) -> Judgement:
    """Return the verdict on a percent change against the change of ``year`` (in dollars when its sentence says so:
    :func:`change_in_dollars`)."""
    dollars = change_in_dollars(fig, ctx, year)
    if dollars is not None:
        return dollars
    row = ctx.t.index.change_of.get(year)
    if row is None:
        return _j("unverifiable", f"No sourced figures for {year - 1} and {year}.")
    actual = float(row.change_pct)
    claimed = _signed(fig)
    off = abs(actual - claimed)
    verdict = _percent_verdict(off, ctx.tol)
    sources = [i for y in (year - 1, year) for i in ctx.t.index.won_sources[y]]
    basis = str(row.basis)
    why = ""
    if verdict != "supported" and unread_fall(fig, actual, ctx):
        verdict, why = "unverifiable", (f" Not {verdict}: the size fits the fall on record, and the text's own word "
                                        "of direction was not read (a bare noun after its verb, as in a headline).")
    if verdict in ("contradicted", "misleading") and basis != "won":  # claims18
        verdict, why = "unverifiable", (f" Not {verdict}: the data holds only {basis} for these years; the change in "
                                        "won, which the text may mean (part of the payment was in won), is not on "
                                        "record.")
    return _j(verdict, f"{year} vs {year - 1} in {basis}: {actual:+.1f}% (claimed {claimed:+.1f}%).{why}", sources,
              [f"sma_contributions:{year - 1}", f"sma_contributions:{year}"])


def change_amount(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on an amount of change ("$70 million more"): the payment of its year less the year before.

    >>> figure, ctx = example("This year Seoul pays 1.04 trillion won, an increase of $70 million.", "2019-03-01", 1)
    >>> j = change_amount(figure, ctx); j.verdict, j.rows[:2]
    ('supported', ('sma_contributions:2018', 'sma_contributions:2019'))

    With no year in its phrase, the rise into the first year of the newest agreement may fit:

    >>> j = change_amount(*example("The new SMA calls for an increase of 116.4 billion won.", "2024-10-04"))
    >>> j.verdict, j.rows[:2]
    ('supported', ('sma_contributions:2025', 'sma_contributions:2026'))
    """
    return _in_loose_years(fig, ctx, _step_in)


def _step_in(fig: Figure, ctx: Context, year: int) -> Judgement:
    """Return the verdict on an amount of change against the payment of ``year`` less that of the year before."""
    amount, currency, bound = _amount(fig)
    try:
        now, before = ctx.payment(year, "KRW"), ctx.payment(year - 1, "KRW")
        rate, rate_sources, rate_row = Rate(1.0, (), "") if currency == "KRW" else ctx.rate(
            min(year, ctx.published.year))
    except LookupError as exc:
        return _j("unverifiable", f"Cannot check: {exc}.")
    sign = -1 if amount_fall(ctx.reader, fig.span) else 1  # cfix41: "X less than in 2004" is a fall
    diff = sign * (now.value - before.value) / rate
    verdict, why = compare(diff, amount, bound, ctx.tol) if diff > 0 else (
        "contradicted", f"the payment did not {'rise' if sign > 0 else 'fall'}")
    shown = f" = {fmt_money(diff, currency)} at {rate:,.1f} won/$" if currency != "KRW" else ""
    return _j(verdict, f"{before.described} -> {now.described}: {fmt_money(sign * (now.value - before.value), 'KRW')}"
              f" {'more' if sign > 0 else 'less'}{shown}; claimed {fmt_money(amount, currency)}: {why}.",
              [*before.sources, *now.sources, *rate_sources],
              [*before.rows, *now.rows, *([rate_row] if rate_row else [])])


def change_forecast(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a forecast change: the article's own arithmetic when it gives the target amount and
    the base year ("reach X in 2030, a 17 percent increase from 2026"), else supported if it came to pass; never
    contradicted by what happened later.

    >>> figure, ctx = example("Seoul is likely to agree a rise of 30 percent for 2021.", "2020-06-01")
    >>> change_forecast(figure, ctx).verdict
    'unverifiable'
    >>> j = change_forecast(*example("It is expected to reach 1.64 trillion won in 2030, a 17.2 percent increase "
    ...                              "from 2026.", "2024-10-04", 1)); j.verdict, j.evidence[:60]
    ('misleading', '1,640 billion won against the 2026 payment 1,519.2 bn won is')
    """
    target = fig.related[0] if fig.related and fig.related[0].kind == "money" else None
    base = base_date(ctx.reader, fig.span)
    if target is not None and base is not None:
        year = date_years(base)[-1]
    elif (term := term_forecast_target(ctx.reader, fig.span)) is not None:
        target, year = term  # cfix42: "will rise by 50% over the course of the agreement": its own term-end amount
    else:
        return _soften(change_reported(fig, ctx), f"a {fig.frame.modality} {LATER}")
    amount, currency = float(target.value["amount"]), target.value.get("currency") or "USD"
    try:
        pay = ctx.payment(year, currency)
    except LookupError as exc:
        return _j("unverifiable", f"Cannot check the base year: {exc}.")
    implied, claimed = (amount / pay.value - 1) * 100, _signed(fig)
    shown = f"{fmt_money(amount, currency)} against the {pay.described} is {implied:+.1f}% (claimed {claimed:+.1f}%)"
    if abs(implied - claimed) <= ctx.tol.percent_abs:
        return _j("unverifiable", f"{shown}: the arithmetic holds; the forecast amount itself cannot be checked yet.",
                  pay.sources, pay.rows, [target])
    return _j("misleading", f"{shown}: the percent does not follow from the article's own figures.", pay.sources,
              pay.rows, [target])


#: Headline forms of a verb of rising or of falling that :data:`analysis.extract.amounts._UP` / ``_DOWN`` (the words
#: that give a percent its direction) do not list: a present "-s" form or a verb those lists lack ("Seoul lifts
#: share", "pares", "trims").
_HEADLINE_UP = ("lift", "lifts", "lifted", "lifting", "boosts", "boosting", "hiking", "increases", "raises", "ups",
                "upped", "expand", "expands", "expanded", "expanding", "double", "doubles", "doubled", "doubling")
_HEADLINE_DOWN = ("trim", "trims", "trimmed", "trimming", "slash", "slashes", "slashing", "reduces", "lowers",
                  "lowering", "decreasing", "shrink", "shrinks", "shrinking", "pare", "pares", "pared", "paring")
#: Words of the direction lists that are no verb ("up", "higher") or only part of a phrasal one (:data:`_PHRASAL`).
_NOT_VERBS = frozenset(("up", "down", "higher"))


def _direction_verbs(*lists: Iterable[str]) -> re.Pattern[str]:
    """Return a pattern of the words of ``lists`` that are verbs, longest first (bounded: one word).

    >>> [m.group() for m in _direction_verbs(_UP, _HEADLINE_UP).finditer("it ups and raises, goes up, higher")]
    ['ups', 'raises']
    """
    words = sorted({w for ws in lists for w in ws} - _NOT_VERBS, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


#: A verb of falling or of rising that may govern a percent a few words after it in a headline ("Seoul cuts troop cost
#: share by 8.9%", "Seoul hikes share 8.9%", "agrees to raise share 8.9%"): the direction a bare object leaves unread.
#: Built from the direction words the percent reader uses (:mod:`analysis.extract.amounts`) and headline forms.
_FALL_VERB = _direction_verbs(_DOWN, _HEADLINE_DOWN)
_RISE_VERB = _direction_verbs(_UP, _HEADLINE_UP)
#: A phrasal verb of rising or falling: a word and "up" or "down" ("ramps up", "steps up", "tops up", "scales
#: down"; mend60d). Group ``up`` when it rises.
_PHRASAL = re.compile(r"\b[a-z]{2,12}[ \t]{1,3}(?:(?P<up>up)|down)\b", re.I)
#: How far before a percent its headline verb is read (:func:`unread_fall`), from its clause's start: a verb and an
#: object of a few words ("hikes its share of the cost of stationing U.S. troops on the peninsula by 8.9%": mend60d).
UNREAD_VERB_BACK = 120


def unread_fall(fig: Figure, actual: float, ctx: Context) -> bool:
    """Return whether a percent with no direction read (neither a word of rising nor of falling in its phrase, nor
    a verb that governs it) has the size of a fall on record and no verb of rising before it in its phrase: the text
    may well tell the fall ("Seoul cuts troop cost share by 8.9%": a headline's object has no article, so no verb was
    tied to the percent), so the size alone cannot make it a rise that contradicts the data (contra60). The direction
    is read from the last verb of rising or falling a few words before the percent in its phrase: one of rising
    ("hikes", "to raise", "boosts", a phrasal "ramps up": mend60d) leaves the rise to be judged; one of falling
    ("cuts", "scales down"), or none, withholds it (mend60c). The verb is read from the clause's start, at most
    :data:`UNREAD_VERB_BACK` characters before the percent. A direction read either way is judged as read.

    >>> fig, ctx = example("Seoul cuts troop cost share by 8.9%.", "2005-04-01")
    >>> fig.span.value["direction"], unread_fall(fig, -8.9, ctx), unread_fall(fig, 8.9, ctx)
    (None, True, False)
    >>> fig, ctx = example("Seoul hikes troop cost share by 8.9%.", "2005-04-01")
    >>> fig.span.value["direction"], unread_fall(fig, -8.9, ctx)
    (None, False)
    >>> fig, ctx = example("Seoul raised its share by 8.9 percent.", "2005-04-01")
    >>> unread_fall(fig, -8.9, ctx)
    False
    >>> [unread_fall(f, -8.9, c) for f, c in (example(t, "2005-04-01") for t in (
    ...     "Seoul steps up troop cost share 8.9%.", "Seoul scales down troop cost share 8.9%."))]
    [False, True]
    """
    if fig.span.value.get("direction") is not None or actual >= 0 \
            or abs(abs(actual) - float(fig.span.value["percent"])) > ctx.tol.percent_abs:
        return False
    r = ctx.reader
    start = max(r.clause(fig.span)[0], fig.span.start - UNREAD_VERB_BACK)
    verbs = [(m.start(), kind) for kind, rx in (("fall", _FALL_VERB), ("rise", _RISE_VERB))
             for m in rx.finditer(r.text, start, fig.span.start)]
    verbs += [(m.start(), "rise" if m["up"] else "fall") for m in _PHRASAL.finditer(r.text, start, fig.span.start)]
    return max(verbs, default=(0, "fall"))[1] == "fall"


def _signed(fig: Figure) -> float:
    """Return a percent span's value, negative for a fall."""
    return float(fig.span.value["percent"]) * (-1 if fig.span.value.get("direction") == "down" else 1)


def _percent_verdict(off: float, tol: Tolerances) -> str:
    """Return the verdict on a percent that is ``off`` points from the sourced one, by the tolerance bands.

    >>> _percent_verdict(0.2, Tolerances()), _percent_verdict(50.0, Tolerances())
    ('supported', 'contradicted')
    """
    return "supported" if off <= tol.percent_abs else "misleading" if off <= tol.percent_near_abs else "contradicted"


def change_average(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a change tied to an agreement ("6.2 percent under the previous agreement", "13.9% at
    the time of the 11th agreement"): the compound yearly rate from the payment of its first year to that of its
    last, or else (unless the text says "average") the agreement's first-year rise, the one a deal is known by.

    >>> j = change_average(*example("The rise is half the 6.2 percent under the previous agreement.", "2024-10-04"))
    >>> j.verdict, j.rows
    ('supported', ('sma_contributions:2020', 'sma_contributions:2025'))
    >>> j = change_average(*example("The rise fell from 13.9% at the time of the 11th agreement.", "2024-10-04"))
    >>> j.verdict, j.rows
    ('supported', ('sma_contributions:2020', 'sma_contributions:2021'))
    >>> change_average(*example("Seoul's share rose 12 percent under the 10th SMA.", "2019-03-10")).verdict
    'contradicted'
    """
    row = _deal_named(fig.frame.deal or "", ctx)
    if row is None:
        return _j("unverifiable", f"Cannot tell which agreement '{fig.frame.deal}' means at {ctx.published}.")
    j = _average_of(fig, ctx, row)
    s, e = ctx.reader.local(fig.span)
    if j.verdict == "supported" or AVERAGE_WORD.search(ctx.text, s, e):
        return j
    first = _first_rise(fig, ctx, row)
    return first if first.verdict == "supported" or one_year_deal(row) else j


def one_year_deal(row: DataRow) -> bool:
    """Return whether an agreement covers one year only (the 10th, 2019): a change told "under" it is its one rise,
    not an average, so a wrong one is judged against that rise (conv54).

    >>> one_year_deal(pd.Series({"term_start": 2019, "term_end": 2019}))
    True
    """
    return int(row.term_start) == int(row.term_end)



def _rise_years(ctx: Context, row: DataRow) -> list[int]:
    """Return the years of an agreement's term whose payment rose or fell (beyond a freeze) on the year before."""
    change = ctx.t.index.change_of
    years = [y for y in range(int(row.term_start), int(row.term_end) + 1) if y in change]
    return [y for y in years if abs(float(change[y].change_pct)) > ctx.tol.freeze_pct]


def _first_rise(fig: Figure, ctx: Context, row: DataRow) -> Judgement:
    """Return the verdict on a percent against the rise of an agreement's first year (its first year with a rise
    on record: a deal signed late, such as the 11th, fixed its first year's payment at the old level)."""
    rising = _rise_years(ctx, row)
    if not rising:
        return _j("unverifiable", f"No rise on record for agreement {row.no}.")
    j = _change_in(fig, ctx, rising[0])
    return _j(j.verdict, f"The first rise of agreement {row.no}: {j.evidence}", j.sources, j.rows)


def _average_of(fig: Figure, ctx: Context, row: DataRow) -> Judgement:
    """Return the verdict on a percent against the compound yearly change over an agreement's term: from its
    first year, over the indexed years after its first rise ("growth in the 11th agreement averaged 4.3%"), or from
    the year before its first rise (claims21: its first-year rise counted too).

    >>> fig, ctx = example("It rose an average of 2 percent a year under the 9th SMA.", "2021-03-10")
    >>> _average_of(fig, ctx, _deal_named("9th", ctx)).rows
    ('sma_contributions:2013', 'sma_contributions:2018')
    """
    rising = _rise_years(ctx, row)
    spans = dict.fromkeys([(int(row.term_start), int(row.term_end)), *([(rising[0], int(row.term_end)),
                                                                          (rising[0] - 1, int(row.term_end))]
                                                                         if rising else [])])  # claims21: the last
    # year before the first rise is the base a first-year rise is counted from ("2 percent a year under the 9th SMA")
    out: list[Judgement] = []
    for first, last in spans:
        if last == first:
            return _j("unverifiable", f"Agreement {row.no} covers one year only; it has no average yearly change.")
        j = compound_change(fig, ctx, first, last, f"Agreement {row.no} ({first}-{last})")
        if j.verdict == "unverifiable":
            return _j("unverifiable", f"Cannot average agreement {row.no}: {j.evidence}")
        out.append(j)
    return min(out, key=lambda j: ("supported", "misleading", "contradicted").index(j.verdict))


def compound_change(fig: Figure, ctx: Context, first: int, last: int, label: str) -> Judgement:
    """Return the verdict on a percent against the compound yearly change of the won payment from ``first`` to
    ``last`` (the years' average rise; ``label`` names the span in the evidence).

    >>> fig, ctx = example("Seoul's payment rose 2 percent a year on average between 2013 and 2018.", "2021-03-10")
    >>> compound_change(fig, ctx, 2013, 2018, "2013-2018").verdict
    'supported'
    """
    pair = sourced_dollar_pair(fig, ctx, first, last)  # fix51v6: told in dollars, both years sourced in dollars
    try:
        pair = pair or converted_dollar_pair(fig, ctx, first, last)  # span52: a won-set year at its own rate
        a, b = pair or (ctx.payment(first, "KRW"), ctx.payment(last, "KRW"))
    except LookupError as exc:
        return _j("unverifiable", f"{exc}.")
    actual = ((b.value / a.value) ** (1 / (last - first)) - 1) * 100
    hedged = hedged_span_verdict(fig, actual, _signed(fig), ctx) if pair else None
    verdict = hedged or _percent_verdict(abs(actual - _signed(fig)), ctx.tol)
    return withhold_on_dollar_rows(fig, ctx, first, last, True, _j(
        verdict, f"{label}: {a.described} -> {b.described} is {actual:+.1f}% a year on average (claimed "
        f"{_signed(fig):+.1f}%).", [*a.sources, *b.sources], [*a.rows, *b.rows]))


# --- fix51v6: a change over years told in dollars, 1991-2004 (when the payment was set in dollars) ---

#: The words of a dollar phrase after its "in": "dollars", "dollar terms", "U.S. dollars", "American dollar terms".
_DOLLAR_WORDS = r"(?:(?:U\.S\.|US|American)[ \t]{1,3})?dollar(?:s|[ \t]{1,3}terms)"

#: A dollar phrase that governs a change when it opens its sentence ("In dollar terms, ...", "Measured in U.S.
#: dollars, ...", "Counted in dollars, ..."); never dollar words inside an aside about the payer or a tally.
_DOLLAR_OPENING = re.compile(r"(?:In|(?:Measured|Counted|Valued|Calculated|Expressed)[ \t]{1,3}in)[ \t]{1,3}"
                             + _DOLLAR_WORDS + r"\b")

#: A dollar phrase right after the change's percent and its years ("rose 30 percent between 1995 and 2000 in dollar
#: terms.", "2 percent a year between 2005 and 2019 in dollars."), ending the clause.
_DOLLAR_TRAILING = re.compile(r"(?:[ \t]{1,3}(?:a|per)[ \t]{1,3}year|[ \t]{1,3}annually)?"  # span52: "a year"
                              r"[ \t]{0,3}(?:(?:between|from)[ \t]{1,3}\d{4}[ \t]{1,3}(?:and|to)[ \t]{1,3}\d{4}|since"
                              r"[ \t]{1,3}\d{4})?[ \t]{1,3}in[ \t]{1,3}" + _DOLLAR_WORDS + r"[ \t]{0,3}[.;]")

#: The payment named in dollars as the subject of its change ("The dollar payment rose", "the payment in dollars had
#: risen", "The dollar amount Seoul paid rose"): the noun, then at most a short run of words without a comma.
_DOLLAR_SUBJECT = re.compile(r"\b(?:dollar[ \t]{1,3}(?:payment|amount|figure|contribution|share)|"
                             r"(?:payment|contribution|share)[ \t]{1,3}in[ \t]{1,3}(?:U\.S\.[ \t]{1,3})?dollars)\b"
                             r"[^,;:()]{1,40}$", re.I)


def told_in_dollars(fig: Figure, ctx: Context) -> bool:
    """Return whether a change is told in dollars: its amounts before it are in dollars (:func:`span_currency`), or
    a dollar phrase governs it: opening its sentence (:data:`_DOLLAR_OPENING`), right after its percent and years
    (:data:`_DOLLAR_TRAILING`), or naming its subject (:data:`_DOLLAR_SUBJECT`).

    >>> told_in_dollars(*example("The dollar payment rose 313 percent between 1991 and 2004.", "2019-11-20"))
    True
    >>> told_in_dollars(*example("The payment rose 313 percent between 1991 and 2004.", "2019-11-20"))
    False
    >>> told_in_dollars(*example("Seoul's payment, which Washington tallies in dollars, rose 90 percent between "
    ...                          "1995 and 2000.", "2019-11-20"))
    False
    """
    if span_currency(fig, ctx) == "USD":
        return True
    s0, _ = ctx.reader.sentence_of(fig.span)
    head = ctx.text[s0:fig.span.start].lstrip()
    opening = _DOLLAR_OPENING.match(head)
    return bool((opening and _CLAUSE_TURN.search(head, opening.end()) is None)
                or _DOLLAR_TRAILING.match(ctx.text, fig.span.end) or _DOLLAR_SUBJECT.search(head))


def sourced_dollar_pair(fig: Figure, ctx: Context, first: int, last: int) -> tuple[Payment, Payment] | None:
    """Return the sourced dollar payments (:meth:`Context.dollar_payment`) of ``first`` and ``last`` when the change
    is told in dollars (:func:`told_in_dollars`) and both years have a dollar row (1991-2004); else None.

    >>> fig, ctx = example("In dollar terms the payment rose 313 percent between 1991 and 2004.", "2019-11-20")
    >>> [p.described for p in sourced_dollar_pair(fig, ctx, 1991, 2004)]
    ['1991 payment $150 million (sourced in dollars)', '2004 payment $620 million (sourced in dollars)']
    >>> sourced_dollar_pair(fig, ctx, 2014, 2019) is None
    True
    """
    usd = ctx.t.index.usd
    if first in usd and last in usd and first < last and told_in_dollars(fig, ctx):
        return ctx.dollar_payment(first), ctx.dollar_payment(last)
    return None


# --- span52: a change over years told in dollars, where a year's payment was set in won (after 2004) ---


def converted_dollar_pair(fig: Figure, ctx: Context, first: int, last: int) -> tuple[Payment, Payment] | None:
    """Return the dollar payments of ``first`` and ``last`` for a change told in dollars (:func:`told_in_dollars`,
    no won words in its sentence) over years one of which was set in won: a year's sourced dollar row (1991-2004),
    else its won payment at that year's own average rate; LookupError when a year lacks its payment or its own
    rate (the change cannot be counted in dollars, so it is withheld); None when the change is not such a one.

    >>> fig, ctx = example("The payment rose 34 percent between 2005 and 2019 in dollar terms.", "2019-11-20")
    >>> [p.described.split(" = ")[1] for p in converted_dollar_pair(fig, ctx, 2005, 2019)]
    ['$665 M at 1,023.7 won/$ (2005 average)', '$891 M at 1,165.8 won/$ (2019 average)']
    >>> converted_dollar_pair(*example("The payment rose 53 percent between 2005 and 2019.", "2019-11-20"), 2005, 2019)
    """
    usd = ctx.t.index.usd
    if first >= last or (first in usd and last in usd) or not told_in_dollars(fig, ctx):
        return None
    s0, s1 = ctx.reader.sentence_of(fig.span)
    if _IN_WON.search(ctx.text, s0, s1):
        return None
    for year in (first, last):
        if year not in usd and year not in ctx.t.index.rates:
            raise LookupError(f"no average exchange rate for {year} to count the change in dollars")
    return ctx.dollar_payment(first), ctx.dollar_payment(last)


#: Words that put a change in won ("in won terms", "in won", "counted in Korean currency", "the won-denominated
#: payment"), anywhere in its sentence.
_IN_WON = re.compile(r"\bin[ \t]{1,3}(?:Korean[ \t]{1,3})?won\b|\bKorean[ \t]{1,3}currency\b|"
                     r"\bwon-(?:denominated|based)\b", re.I)


def told_in_won(fig: Figure, ctx: Context) -> bool:
    """Return whether a change is told in won: won words (:data:`_IN_WON`) in its sentence, or a won amount in its
    sentence or an earlier sentence of its paragraph.

    >>> told_in_won(*example("In won terms, the payment rose 30 percent between 1995 and 2000.", "2019-11-20"))
    True
    >>> told_in_won(*example("The payment rose 90 percent from 1995 to 2000, to 455.7 billion won.", "2019-11-20"))
    True
    >>> told_in_won(*example("The payment rose 30 percent between 1995 and 2000.", "2019-11-20"))
    False
    """
    s0, s1 = ctx.reader.sentence_of(fig.span)
    p0 = ctx.text.rfind("\n\n", 0, s0) + 1
    money = [f for f in ctx.reader.figures_in(p0, s1) if f.kind == "money"]
    return any(f.value.get("currency") == "KRW" for f in money) or _IN_WON.search(ctx.text, s0, s1) is not None


def withhold_on_dollar_rows(fig: Figure, ctx: Context, first: int, last: int, average: bool,
                            j: Judgement) -> Judgement:
    """Return ``j``, unless it calls wrong a change between two years the data give in dollars (1991-2004, when the
    payment was set in dollars) whose sourced dollar rows bear it out (a yearly ``average`` or the whole change):
    then *unverifiable*, since the change may be told in the dollars it was set in.

    >>> fig, ctx = example("The payment rose 313 percent between 1991 and 2004.", "2019-11-20")
    >>> withhold_on_dollar_rows(fig, ctx, 1991, 2004, False, _j("contradicted", "won: +596%.")).verdict
    'unverifiable'
    >>> withhold_on_dollar_rows(fig, ctx, 2014, 2019, False, _j("contradicted", "won.")).verdict
    'contradicted'
    """
    usd = ctx.t.index.usd
    if j.verdict != "contradicted" or first not in usd or last not in usd or first >= last or told_in_won(fig, ctx):
        return j
    ratio = usd[last] / usd[first]
    actual = (ratio ** (1 / (last - first)) - 1) * 100 if average else (ratio - 1) * 100
    claimed = _signed(fig)
    hedged = None if average else hedged_span_verdict(fig, actual, claimed, ctx)
    if (hedged or _percent_verdict(abs(actual - claimed), ctx.tol)) != "supported":
        return j
    return _j("unverifiable", f"{j.evidence} Not called wrong: the dollar rows support it ({first} ${usd[first]:g} "
              f"million -> {last} ${usd[last]:g} million: {actual:+.1f}%), and the payment was set in dollars "
              "then.", j.sources, j.rows, j.related)


def average_over_years(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a change said to be an average ("a year on average", "an average of", or a yearly rate
    over the years from "since <year>") over the years its frame names (two or more): the compound yearly change from
    the first year's payment to the last's; else None (claims21).

    >>> average_over_years(*example("From 2014 to 2018 the payment grew by an average of 7.1 percent annually.",
    ...                             "2021-03-10")).verdict
    'contradicted'
    >>> average_over_years(*example("Since 2021 the payment has risen about 5 percent a year.", "2026-01-05")).verdict
    'supported'
    """
    years = fig.frame.years
    if len(years) < 2 or not (AVERAGE_WORD.search(ctx.text, *ctx.reader.local(fig.span))
                              or YEARLY_AFTER.match(ctx.text, fig.span.end)):  # probe34: "5 percent a year since 2021"
        return None
    return compound_change(fig, ctx, years[0], years[-1], f"{years[0]}-{years[-1]}")


def _deal_named(word: str, ctx: Context) -> DataRow | None:
    """Return the agreement a word names at publication: an ordinal ("11th"), "previous" (the one before the
    newest concluded), "current" (in force) or "new" (the newest concluded); None if there is none."""
    known = ctx.known_rows()
    if not known:
        return None
    newest = max(int(k.no) for k in known)
    if word[:1].isdigit():
        no = int(re.sub(r"\D", "", word))
    elif word in ("previous", "prior", "former", "old"):
        no = newest - 1
    elif word in ("current", "existing"):
        live = [int(k.no) for k in known if k.term_start <= ctx.published.year <= k.term_end]
        no = live[-1] if live else newest
    else:
        no = newest
    return next((a for a in ctx.t.index.agreement_rows if a.no == no), None)


def change_superlative(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a superlative of a yearly change ("the largest since 2004"): no rise of the years in
    its window reaches the change of its year.

    >>> figure, ctx = example("Seoul pays 13.9% more in 2021, the biggest annual rise in nearly two decades.",
    ...                       "2021-03-10", 1)
    >>> j = change_superlative(figure, ctx); j.verdict, j.evidence[:48]
    ('supported', 'No yearly change from 2004 to 2020 reaches the s')
    >>> figure, ctx = example("Seoul pays 13.9% more in 2021, the largest increase in history.", "2021-03-10", 1)
    >>> j = change_superlative(figure, ctx); j.verdict, j.evidence[:44]
    ('unverifiable', 'The stated +13.9% is reached by 1992: +20.0%')
    >>> figure, ctx = example("Seoul pays 13.9% more in 2021, the first double-digit rise since 2002.", "2021-03-10", 1)
    >>> j = change_superlative(figure, ctx); j.verdict, j.evidence[:56]
    ('contradicted', 'The stated +13.9% is not the first of 10% or more since ')
    """
    year, first = fig.frame.years[-1], int(fig.span.value["from_year"])
    change = ctx.t.index.change_of
    stated = fig.span.value.get("stated")
    found = stated_year(fig, ctx, float(stated)) if stated is not None else None
    if found is not None and found != year:  # "agreed to a 13.9% rise, the largest in two decades": that rise's year
        first, year = first + found - year, found
    first = max(first, min(change))  # "in history": from the first change the data has
    if stated is None and year not in change:
        return _j("unverifiable", f"No sourced figures for {year - 1} and {year}.")
    actual = float(stated if stated is not None else change[year].change_pct)
    what = f"the stated {actual:+.1f}%" if stated is not None else f"the {year} change ({actual:+.1f}%)"
    floor = fig.span.value.get("threshold")
    if floor is not None and actual < floor:
        return _j("contradicted", f"{what.capitalize()} is not a rise of {floor:g}% or more.")
    window = [r for y, r in change.items() if first <= y < year]
    bigger = [r for r in window if r.change_pct >= (actual if floor is None else floor)]
    missing = sorted(set(range(first, year)) - {r.year for r in window})
    rows = [f"sma_contributions:{y}" for y in (first - 1, *range(first, year + 1)) if y in ctx.t.index.won]
    sources = [i for r in ctx.t.index.rows("sma") if first - 1 <= r.year <= year for i in split_ids(r.source_ids)]
    if bigger:
        listed = ", ".join(f"{r.year}: {r.change_pct:+.1f}% ({r.basis})" for r in bigger)
        if any(r.basis == "won" for r in bigger):
            said = "the largest" if floor is None else f"the first of {floor:g}% or more"
            if names_no_change(fig.span.exact) and level_tops(ctx, first - 1, year):
                return _j("unverifiable", f"{what.capitalize()} is not the largest rise since {first - 1} "
                          f"({listed}), but the ranking names no rise and may rank the {year} payment itself, "
                          f"the highest from {first - 1} to {year}.", sources, rows)
            return _j("contradicted", f"{what.capitalize()} is not {said} since {first - 1}: {listed}.", sources, rows)
        return _j("unverifiable", f"{what.capitalize()} is reached by {listed}, but only in dollars as reported, "
                  "which are not comparable with rises in won.", sources, rows)
    top = max(window, key=lambda r: r.change_pct) if window else None
    said = f"No yearly change from {first} to {year - 1} reaches {what}" + (
        f"; the largest was {top.change_pct:+.1f}% in {top.year}" if top is not None else "")
    if missing:
        return _j("unverifiable", f"{said}, but the data lacks {years_text(missing)}.", sources, rows)
    return _j("supported", said + ".", sources, rows)


#: The words by which a ranking names a change ("the biggest rise", "the highest rate of increase", "double-digit").
_CHANGE_NOUN = re.compile(r"\b(?:rise|increase|hike|jump|gain|rate|pace|double)", re.I)


def names_no_change(words: str) -> bool:
    """Return whether a ranking's words name no change ("its highest in two years", "the largest in a decade"): such
    a ranking may rank the payment itself rather than its rise, so it is judged only where both readings settle alike.

    >>> names_no_change("highest in two years"), names_no_change("the largest in a decade")
    (True, True)
    >>> names_no_change("the biggest rise in two years"), names_no_change("the first double-digit rise since 2002")
    (False, False)
    """
    return _CHANGE_NOUN.search(words) is None


def level_tops(ctx: Context, first: int, year: int) -> bool:
    """Return whether ``year``'s payment in won is at least every payment the data has from ``first`` to the year
    before (the reading of a ranking as one of the payment itself); False when the year's payment is not in the data.

    >>> _, ctx = example("Seoul paid 1.2471 trillion won in 2022.", "2022-11-16", 0)
    >>> level_tops(ctx, 2020, 2022), level_tops(ctx, 2003, 2005)
    (True, False)
    """
    won = ctx.t.index.won
    if won.get(year) is None:
        return False
    return all(v <= won[year] for y, v in won.items() if first <= y < year and v is not None)


def stated_year(fig: Figure, ctx: Context, stated: float) -> int | None:
    """Return the year of the change a superlative calls the largest, when the change names no year of its own: its
    frame's year if that year's change is the stated one, else the first of :func:`_loose_years` whose is; None when
    none is.

    >>> figure, ctx = example("Seoul agreed to raise it by 13.9%, the largest rise in two decades.", "2024-03-05", 1)
    >>> figure.frame.years, stated_year(figure, ctx, 13.9)
    ((2024,), 2021)
    """
    change = ctx.t.index.change_of
    years = [fig.frame.years[-1]]
    if fig.frame.bound in LOOSE_BOUNDS:
        years += [y for y, _ in _loose_years(ctx, agreed_rise(fig, ctx), deal_newer_than(fig, ctx), fig)]
    return next((y for y in years if y in change and abs(float(change[y].change_pct) - stated) <= ctx.tol.percent_abs),
                None)


#: Right after a multiple, a base told in dollars: "six times the dollar figure of 1991" (cfix43).
_DOLLAR_BASE = re.compile(r"(?<![ \t])[ \t]++(?:the|its|Seoul's|Korea's)[ \t]++dollar[ \t]++"
                          r"(?:figure|amount|sum|payment|contribution|bill|total|level)\b", re.I)


def base_in_dollars(fig: Figure, ctx: Context, m: Span) -> tuple[float, str, str] | None:
    """Return (amount in dollars, "USD", how it was converted) for a won amount whose multiple is of a base the text
    tells in dollars ("1.0389 trillion won, almost six times the dollar figure of 1991": the won amount at its year's
    average rate over 1991's dollar payment); None for any other multiple (its amount's own currency is used).

    >>> fig, ctx = example("Seoul pays 1.0389 trillion won, almost six times the dollar figure of 1991.", "2019-08-22",
    ...                    1)
    >>> round(base_in_dollars(fig, ctx, fig.related[0])[0] / 1e6)
    891
    >>> fig, ctx = example("Seoul pays 1.0389 trillion won, almost ten times the figure of 1991.", "2019-08-22", 1)
    >>> base_in_dollars(fig, ctx, fig.related[0]) is None
    True
    """
    if m.value.get("currency") != "KRW" or not _DOLLAR_BASE.match(ctx.text, fig.span.end):
        return None
    years, _ = bind_years(ctx.reader, m)
    try:
        rate = ctx.rate(ctx.rate_year(years[-1]))
    except LookupError:
        return None
    amount = float(m.value["amount"]) / rate.krw_per_usd
    return amount, "USD", f"{fmt_money(float(m.value['amount']), 'KRW')} at {rate.krw_per_usd:,.1f} won/$ = "


def ratio_reported(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a multiple ("five times what Seoul paid"): the amount over the base year's payment
    (:func:`ratio_told`), or, when that does not hold it, the amount the sentence before told when the multiple's
    clause opens on "this figure" or "it" (:func:`multiple_referent`; verd57) and that amount holds it.

    >>> figure, ctx = example("The US demanded $5 billion, ten times what Seoul paid in 2019.", "2019-12-01", 1)
    >>> ratio_reported(figure, ctx).verdict
    'contradicted'
    >>> figure, ctx = example("The White House sought $6 billion. That sum is nearly seven times the 2019 payment.",
    ...                       "2019-12-01", 1)
    >>> ratio_reported(figure, ctx).verdict
    'supported'
    """
    j = ratio_told(fig, ctx)
    if j.verdict == "supported":
        return j
    m = multiple_referent(fig, ctx)
    if m is None:
        return j
    told = ratio_told(dataclasses.replace(fig, related=(m,)), ctx)
    return told if told.verdict == "supported" else j  # the referent is a reading: it may hold, never refute


#: A clause whose subject is a pronoun or "this figure" and whose verb is a copula, up to a multiple: "This figure is",
#: "it is", "That amount would be" (:func:`multiple_referent`).
_ANAPHOR_SUBJECT = re.compile(
    r"(?:(?:this|that)(?:[ \t]{1,3}(?:figure|amount|sum|number|demand|ask|request|bill))?|it)[ \t]{1,3}"
    r"(?:is|was|would[ \t]{1,3}be|represents|amounts[ \t]{1,3}to)(?:[ \t]{1,3}(?:nearly|almost|about|roughly|some|"
    r"around|over|close[ \t]{1,3}to|more[ \t]{1,3}than))?[ \t]{0,3}", re.I)
#: A sentence opening on the base a multiple is measured against, then a comma: "Set against X, that is N times ...".
_BASE_OPENING = re.compile(r"(?:compared|measured|set)[ \t]{1,3}(?:to|with|against)\b|against\b", re.I)


def multiple_referent(fig: Figure, ctx: Context) -> Span | None:
    """Return the amount a multiple multiplies when its clause opens on a pronoun or "this figure" and a copula ("That
    sum is about six times last year's payment", "Set against X, it would be N times as much"): the last amount (not a
    bracketed conversion) of the sentence before (:func:`analysis.frames.body_sentence_before`: a paragraph may open on
    "This figure"), not the headline; None when the clause has another subject, an amount stands before the multiple
    in its own sentence other than the base it opens on ("Set against X"), or the sentence before tells none (verd57).

    >>> fig, ctx = example("Trump asked $5 billion. It is about five times what Seoul paid in 2019.", "2019-12-01", 1)
    >>> multiple_referent(fig, ctx).exact
    '$5 billion'
    >>> fig, ctx = example("Trump asked $5 billion. Seoul's budget is about five times the 2019 payment.",
    ...                    "2019-12-01", 1)
    >>> multiple_referent(fig, ctx) is None
    True
    """
    r, span = ctx.reader, fig.span
    s0, _ = r.sentence_of(span)
    head = r.text[s0:span.start]
    if r.spans_in(s0, span.start, "money") and not _BASE_OPENING.match(head):
        return None  # "Seoul paid $900 million; it is ...": the pronoun may be that amount
    cut = max(head.rfind(c) for c in CLAUSE_MARKS)
    if not _ANAPHOR_SUBJECT.fullmatch(head[cut + 1:].strip()):
        return None
    before = body_sentence_before(r, s0)
    if before is None:
        return None
    told = [m for m in r.spans_in(before.start, s0, "money") if not m.value.get("equivalent_of")]
    return told[-1] if told else None


def ratio_told(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a multiple by the amount its sentence tells (:func:`ratio_reported`).

    >>> figure, ctx = example("The US demanded $5 billion, ten times what Seoul paid in 2019.", "2019-12-01", 1)
    >>> ratio_told(figure, ctx).verdict
    'contradicted'
    """
    base = amount_is_base(fig, ctx)
    if not fig.related or fig.span.value.get("of_object") or base:  # "increase its X five times": X is the base
        if not fig.related and fig.frame.modality != "demand" and fig.frame.refused:
            return refused_multiple(fig, ctx)  # unverif68: "Seoul balked at a fivefold increase"
        if fig.frame.modality == "demand" or fig.span.value.get("of_object") or (
                base and intent_before(ctx.reader, fig.span) == "demand"):  # frames63: "wants five times the X"
            return ratio_of_demands(fig, ctx)
        if fig.frame.since is not None:
            return multiple_since(fig, ctx)
        base_year = base_year_of_multiple(ctx.reader, fig.span)  # frames63: "1.3 times its 2014 payment"
        if base_year is not None and fig.frame.years and base_year != fig.frame.years[-1]:
            return multiple_since(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, since=base_year)), ctx)
        if base_year is not None and fig.frame.bound == "period":  # mendfd72: "... its 2019 payment that year"
            return _j("unverifiable", f"'{fig.span.exact}' of the {base_year} payment is of a time its clause names "
                      f"without a year ({fig.frame.period!r}): no year to judge it by.")
        return _j("unverifiable", "No amount in the sentence to compare with a base year.")
    m = fig.related[0]
    factor, bound = float(fig.span.value["factor"]), multiple_bound(fig, ctx)
    if _APPROX.match(fig.span.exact):
        bound = None  # "nearly five times" is a round figure, not a ceiling
    if fig.frame.modality == "demand" and (fig.frame.bound == "publication" or len(fig.frame.years) > 1):
        period = None if fig.frame.bound == "publication" else fig.frame.years  # review18: the demands of its period
        demanded = ratio_to_a_demanded_amount(fig, ctx, bound, period)
        if demanded.verdict == "supported":
            return demanded  # else: the multiple of the payment of its own year, below
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    amount, currency, told = base_in_dollars(fig, ctx, m) or (amount, currency, "")
    try:
        pay = ctx.payment(fig.frame.years[0], currency)
    except LookupError as exc:
        return unpaid_year_ask(fig, ctx, bound) or _j("unverifiable", f"Cannot check: {exc}.", related=[m])
    multiple = amount / pay.value
    level = amount_is_level(fig, ctx, multiple, factor)
    if level is not None:
        return level
    shown = f"{told}{fmt_money(amount, currency)} ÷ {fmt_money(pay.value, currency)} = {multiple:.2f}×"
    verdict, why = multiple_verdict(multiple, factor, bound, fig.span.exact, ctx.tol)
    if verdict == "supported" and unrecorded_ask(fig, ctx) and not stated_base(fig, ctx, pay.value):
        return _j("unverifiable", f"{pay.described}; {shown}, so {why} on the text's own figures, but no demand of "
                  f"{fmt_money(amount, currency)} is on record: the ask itself cannot be checked.", pay.sources,
                  pay.rows, [m])
    return _j(verdict, f"{pay.described}; {shown}, so {why}.", pay.sources, pay.rows, [m])


def unrecorded_ask(fig: Figure, ctx: Context) -> bool:
    """Return whether a demanded multiple's target amount is an ask no demand on record comes to (within
    ``Tolerances.same_rel``, in its currency, yearly): the multiple then holds only on the text's own figures, and the
    ask it tells of is not confirmed ("Trump demanded Seoul double its contribution to $1.6 billion" with no $1.6
    billion ask in the data: unverifiable, verd90v); False for a multiple not asked. An ask in won is on record when
    one in dollars comes to it at the average rate of its year (verd57).

    >>> fig, ctx = example("Trump demanded Seoul double its contribution to $1.6 billion in 2019.", "2021-03-08")
    >>> fig.frame.modality, unrecorded_ask(fig, ctx), ratio_reported(fig, ctx).verdict
    ('demand', True, 'unverifiable')
    >>> fig, ctx = example("Trump demanded Seoul quintuple its contribution to $5 billion in 2019.", "2021-03-08")
    >>> unrecorded_ask(fig, ctx)
    False
    >>> [unrecorded_ask(*example(f"In 2019 Trump demanded Seoul raise its share to {x} won, a fivefold rise.",
    ...                          "2019-12-20", 1)) for x in ("5.7 trillion", "9 trillion")]  # a dollar ask in won
    [False, True]
    """
    if fig.frame.modality != "demand" or not fig.related:
        return False
    m = fig.related[0]
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    if any(_off_by(r.amount, amount) <= ctx.tol.same_rel for r in demand_rows(ctx, currency, True, NO_FRAME)):
        return False
    if currency != "KRW" or not fig.frame.years:
        return True
    try:  # verd57: an ask told in won is on record when a dollar ask comes to it at its year's average rate
        dollars = amount / ctx.rate(ctx.rate_year(fig.frame.years[0])).krw_per_usd
    except LookupError:
        return True
    return not any(_off_by(r.amount, dollars) <= ctx.tol.same_rel for r in demand_rows(ctx, "USD", True, NO_FRAME))


#: Between a multiple's target and the base it states after it: "to $1.6 billion, up from $800 million".
_UP_FROM = re.compile(r"(?<![ \t]),?[ \t]*+(?:up[ \t]++)?from[ \t]++", re.I)
#: Between a stated base and the target after it: "from $800 million to $1.6 billion".
_BASE_TO = re.compile(r"(?<![ \t])[ \t]++to[ \t]++", re.I)


def stated_base(fig: Figure, ctx: Context, paid: float) -> bool:
    """Return whether the multiple's sentence states the base it multiplies ("to X, up from B", "from B to X"), an
    amount in the target's currency that the data's payment ``paid`` confirms (within ``Tolerances.same_rel``) and the
    multiple holds on ("double its share to $1.6 billion, up from $800 million in 2017"): the multiple then holds on
    the data and on the text's own base, whether or not the ask is on record (mend90v; :func:`unrecorded_ask`). An
    amount that is no base ("before a deal to pay some $924 million was struck") does not count.

    >>> fig, ctx = example("Trump demanded Seoul double its share to $1.6 billion, up from $800 million in 2017.",
    ...                    "2019-12-01")
    >>> unrecorded_ask(fig, ctx), stated_base(fig, ctx, 842e6), ratio_reported(fig, ctx).verdict
    (True, True, 'supported')
    >>> stated_base(fig, ctx, 600e6)
    False
    >>> fig, ctx = example("Trump demanded Seoul double its share to $1.6 billion before a deal to pay some $900 "
    ...                    "million was struck.", "2019-12-01")
    >>> stated_base(fig, ctx, 890e6)
    False
    """
    target = fig.related[0]
    amount, currency = float(target.value["amount"]), target.value.get("currency") or "USD"
    factor, text = float(fig.span.value["factor"]), ctx.reader.text
    for base in ctx.reader.figures_in(*ctx.reader.local(fig.span)):
        if base.kind != "money" or base.start == target.start or (base.value.get("currency") or "USD") != currency:
            continue
        if not (_UP_FROM.fullmatch(text, target.end, base.start) or (_BASE_TO.fullmatch(text, base.end, target.start)
                                                                     and text.endswith("from ", 0, base.start))):
            continue
        stated = float(base.value.get("amount") or 0)
        if stated and _off_by(paid, stated) <= ctx.tol.same_rel and \
                multiple_verdict(amount / stated, factor, None, fig.span.exact, ctx.tol)[0] == "supported":
            return True
    return False


#: A base told with its year before the level a multiple grew to: "from $150 million in 1991 to ...".
_FROM_AMOUNT_IN_YEAR = re.compile(r"\bfrom[ \t]++(?:about[ \t]++|some[ \t]++)?[$₩]?[\d.,]++(?:[ \t]++(?:million|"
                                  r"billion|trillion))?(?:[ \t]++(?:won|dollars))?[ \t]++in[ \t]++"
                                  r"(?P<year>(?:19|20)\d\d)[ \t]++to[ \t]++", re.I)
#: Characters at most between that "to" and the level's amount span: a short word the span leaves out ("to the
#: $890 million"), not a longer phrase ("to a record $890 million", 9).
_FROM_LEVEL_GAP = 8


def from_amount_year(fig: Figure, ctx: Context) -> int | None:
    """Return the year of the base a multiple's level grew from, told as "from <amount> in <year> to" right before
    that level ("rose from $150 million in 1991 to about $890 million this year, almost sixfold": from 1991), else
    None (cfix44).

    >>> fig, ctx = example("It rose from $150 million in 1991 to about $890 million this year, almost sixfold.",
    ...                    "2019-06-01", 2)
    >>> from_amount_year(fig, ctx)
    1991
    """
    if not fig.related:
        return None
    s0, _ = ctx.reader.sentence_of(fig.span)
    found = [m for m in _FROM_AMOUNT_IN_YEAR.finditer(ctx.text, s0, fig.related[0].start)
             if m.end() >= fig.related[0].start - _FROM_LEVEL_GAP]
    return int(found[-1]["year"]) if found else None


def amount_is_level(fig: Figure, ctx: Context, multiple: float, factor: float) -> Judgement | None:
    """Return the verdict on a multiple whose amount is the very payment of the year it is judged by (the amount over
    that payment is 1× within ``same_rel``, the multiple is not): the amount is the level the payment grew to ("rose
    fivefold over two decades to 1.04 trillion won") or the base an ask multiplies, never the multiple's result.
    Judged as a demanded multiple when demanded, from the year it counts from when the text names one (:attr:`Frame.
    since`), else withheld; None when the amount is not that payment or the multiple is about 1 (probe81v: a right
    "fivefold" was divided by its own level, 1.00×, and contradicted).

    >>> fig, ctx = example("Seoul's share has risen more than sixfold since 1991 to 1.04 trillion won.", "2019-11-16")
    >>> ratio_reported(fig, ctx).verdict
    'supported'
    >>> fig, ctx = example("Seoul's share rose fivefold over two decades to 1.04 trillion won.", "2019-11-16")
    >>> ratio_reported(fig, ctx).verdict
    'unverifiable'
    >>> fig, ctx = example("The US demanded $5 billion, ten times what Seoul paid in 2019.", "2019-12-01", 1)
    >>> amount_is_level(fig, ctx, 5.61, 10.0) is None
    True
    """
    if abs(multiple - 1) > ctx.tol.same_rel or abs(factor - 1) <= ctx.tol.factor_rel:
        return None
    if fig.frame.modality == "demand":
        return ratio_of_demands(fig, ctx)
    since = fig.frame.since or since_year(ctx.reader, fig.span, fig.frame.years) or from_amount_year(fig, ctx)
    if since is not None and since < fig.frame.years[-1]:  # "since 1991 to X"; cfix44: "from X in 1991 to Y"
        return multiple_since(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, since=since)), ctx)
    m = fig.related[0]
    level = fmt_money(float(m.value["amount"]), m.value.get("currency") or "USD")
    return _j("unverifiable", f"'{fig.span.exact}' grew the payment to {level}, the {fig.frame.years[-1]} payment "
              "itself: the year it counts from is not named, so it cannot be checked.", related=[m])


def unpaid_year_ask(fig: Figure, ctx: Context, bound: str | None) -> Judgement | None:
    """Return the verdict on a demanded multiple with its target amount whose year (a guess from its clause) has no
    payment on record: supported when a demand on record of that amount is that multiple of the payment of its
    year (:func:`ratio_to_a_demanded_amount`), else None — the ask is judged by the asks on record, never called
    wrong for a year the data lacks (fresh79v).

    >>> fig, ctx = example("Trump, elected in 2024, insisted Seoul pay $5 billion, a fivefold increase.", "2024-12-22",
    ...                    1)
    >>> fig.frame.bound, unpaid_year_ask(fig, ctx, None).verdict
    ('clause', 'supported')
    >>> unpaid_year_ask(*example("Trump, elected in 2024, insisted Seoul pay $5 billion, a tenfold increase.",
    ...                          "2024-12-22", 1), None) is None
    True
    """
    if fig.frame.modality != "demand" or fig.frame.bound == "phrase":
        return None
    j = ratio_to_a_demanded_amount(fig, ctx, bound)
    return j if j.verdict == "supported" else None


def refused_multiple(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a multiple Seoul refuses (:attr:`Frame.refused`): the ask's multiple of the payment
    (:func:`ratio_of_demands` on :func:`refused_ask`), unless it is a multiple of another thing
    (:attr:`Frame.rise_of`), which the data does not cover (mendf70).

    >>> [refused_multiple(*example(t, "2019-12-26")).verdict for t in ("Seoul balked at the fivefold increase.",
    ...     "Seoul rejected a fivefold increase in its defense budget.")]
    ['supported', 'not_checkable']
    """
    other = fig.frame.rise_of
    if other is not None:
        return _j("not_checkable", f"A multiple of another thing ('{other}') than the cost-sharing payment: the "
                  "data covers SMA payments and the asks on them.")
    return ratio_of_demands(refused_ask(fig), ctx)


def multiple_since(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a multiple of the payment counted from an earlier year ("has more than tripled since
    2014", :attr:`Frame.since`): the won payment of its year over that year's (claims21).

    >>> multiple_since(*example("Seoul's payment has more than tripled since 2014.", "2025-03-01")).verdict
    'contradicted'
    >>> multiple_since(*example("Seoul's payment has risen by half since 2014.", "2025-03-01")).verdict
    'unverifiable'
    """
    start, year = int(fig.frame.since or 0), fig.frame.years[-1]
    dollars = span_currency(fig, ctx) == "USD"  # cfix44: "from $150 million in 1991 to about $890 million, sixfold"
    try:
        old, new = (ctx.dollar_payment(start), ctx.dollar_payment(year)) if dollars else (
            ctx.payment(start, "KRW"), ctx.payment(year, "KRW"))
    except LookupError as e:
        return _j("unverifiable", f"{e}.")
    factor = float(fig.span.value["factor"])
    if factor <= 1:  # "risen by half since 2014": a fraction the rise is of, not a multiple of the payment
        return _j("unverifiable", f"'{fig.span.exact}' is a fraction, not a multiple of the {start} payment.")
    bound = None if _APPROX.match(fig.span.exact) else multiple_bound(fig, ctx)
    verdict, why = multiple_verdict(new.value / old.value, factor, bound, fig.span.exact, ctx.tol)
    return _j(verdict, f"{year} vs {start} (the year the sentence counts from): {old.described} -> {new.described}: "
              f"{new.value / old.value:.2f}×, so {why}.", [*old.sources, *new.sources], [*old.rows, *new.rows])


def multiple_verdict(multiple: float, factor: float, bound: str | None, exact: str,
                     tol: Tolerances = TOLERANCES) -> tuple[str, str]:
    """Return (verdict, why) for a stated multiple ``factor`` (written ``exact``, with its ``bound``) of a payment
    that is in fact ``multiple`` times it: within ``Tolerances.factor_rel`` it holds, a bound is a floor or a
    (round) ceiling.

    >>> multiple_verdict(5.6, 5, None, "fivefold"), multiple_verdict(5.6, 10, None, "tenfold")[0]
    (('supported', "'fivefold' (5×) holds"), 'contradicted')
    """
    if bound in ("more_than", "less_than", "up_to"):
        # "as much as five-fold" is a round ceiling: it holds within the tolerance of the multiple itself
        ceiling = factor * (1 + tol.factor_rel) if bound == "up_to" else factor
        holds = multiple > factor if bound == "more_than" else multiple <= ceiling
        word = "more than" if bound == "more_than" else "at most"
        return ("supported" if holds else "contradicted"), f"{word} {factor:g}× " + (
            "holds" if holds else "does not hold") + (
            f" (a round ceiling: within {tol.factor_rel:.0%})" if bound == "up_to" else "")
    off = abs(multiple / factor - 1)
    verdict = "supported" if off <= tol.factor_rel else "misleading" if off <= tol.factor_near_rel else "contradicted"
    return verdict, f"'{exact}' ({factor:g}×) " + ("holds" if verdict == "supported" else "is off")


def multiple_bound(fig: Figure, ctx: Context) -> str | None:
    """Return the bound of a multiple: the annotator's, else a bound word before the article that opens its phrase
    ("more than a fivefold increase": ``more_than``; the longest bound word counts, "no more than a" is ``up_to``).

    >>> multiple_bound(*example("The US demanded more than a fivefold increase to $5 billion.", "2019-12-01"))
    'more_than'
    """
    if fig.span.value.get("bound"):
        return str(fig.span.value["bound"])
    before = " " + " ".join(ctx.text[max(0, fig.span.start - 40):fig.span.start].lower().split())
    head = next((before[:-len(a)] for a in (" a", " an") if before.endswith(a)), None)
    if head is None:
        return None
    return next((BOUNDS[k] for k in sorted(BOUNDS, key=len, reverse=True) if head.endswith(" " + k)), None)


def amount_is_base(fig: Figure, ctx: Context) -> bool:
    """Return whether the multiple's amount is its base, not its result: it follows the multiple after "than",
    "what" or "from" (:func:`counted_from`: "five times more than its contributions of $900 million"), so it is
    divided by, not divided.

    >>> amount_is_base(*example("The US demanded Seoul pay five times more than its $900 million.", "2020-09-11"))
    True
    >>> amount_is_base(*example("The US demanded $5 billion, ten times what Seoul paid in 2019.", "2019-12-01", 1))
    False
    """
    if not fig.related:
        return False
    m = fig.related[0]
    return counted_from(ctx.text, fig.span.end, m.start) or raised_object(ctx.text, m, fig.span)




#: Words that make a multiple approximate rather than bounded: "nearly five times", "almost ten times".
_APPROX = re.compile(r"(?:nearly|almost|close\s+to|roughly|about|some)\b", re.I)


# --- demands and offers ------------------------------------------------------------------------------


def actor_rows(rows: list[DataRow], column: str, actor: str | None, ctx: Context) -> list[DataRow]:
    """Return the ``rows`` (:func:`frame_rows` of a table) said by ``actor``: that person if the data has them, else
    the same side (all rows when no actor).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> sorted({r.speaker for r in actor_rows(ctx.t.index.rows("demands"), "speaker", "donald-trump", ctx)})
    ['donald-trump']
    """
    if actor is None:
        return rows
    mine = [r for r in rows if getattr(r, column) == actor]
    if mine and ctx.t.index.entity_kind.get(actor) == "person":
        return mine
    side = ctx.side(actor)
    return office_rows([r for r in rows if ctx.side(getattr(r, column)) == side] if side else rows, column, actor,
                       ctx)


def office_spans(ctx: Context, actor: str) -> list[tuple[dt.date, dt.date | None]]:
    """Return the spans a person held the office the data gives them (entities.csv ``role_start``/``role_end``, a
    start with no end still held), or [] for an organisation or a person with no dates.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> [(str(a), str(b)) for a, b in office_spans(ctx, "donald-trump")]
    [('2017-01-20', '2021-01-20'), ('2025-01-20', 'None')]
    >>> office_spans(ctx, "us-government")
    []
    """
    return ctx.t.index.office(actor)


def _office_of(entities: list[DataRow], actor: str) -> list[tuple[dt.date, dt.date | None]]:
    """Return :func:`office_spans` of ``actor`` read from the entities' rows (the first row of the person)."""
    row = next((r for r in entities if r.entity_id == actor and r.kind == "person"), None)
    if row is None or not isinstance(row.role_start, str):
        return []
    starts = [_day(d, first=True) for d in row.role_start.split(";") if d]
    end = row.role_end
    ends = [_day(d, first=False) for d in end.split(";") if d] if isinstance(end, str) else []
    return [(a, ends[i] if i < len(ends) else None) for i, a in enumerate(starts)]


def _day(text: str, first: bool) -> dt.date:
    """Return the first (or last) day a date of entities.csv may mean: a day, a month or a year.

    >>> _day("2017", True), _day("2019-07", False), _day("2019-07-23", True)
    (datetime.date(2017, 1, 1), datetime.date(2019, 7, 31), datetime.date(2019, 7, 23))
    """
    parts = [int(p) for p in text.strip().split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        return start if first else (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
    return dt.date(parts[0], 1, 1) if first else dt.date(parts[0], 12, 31)


def office_rows(rows: list[DataRow], column: str, actor: str, ctx: Context) -> list[DataRow]:
    """Return the rows of a side's ``rows`` made (a demand's ``date``, else an offer's ``reported``) while ``actor``,
    a person with dates of office in the data, held it, and not said by another such person (all rows for anyone
    else): a demand told as a former or later office-holder's ("Biden demanded $5 billion", an ask of 2019, or Trump's
    own account of it in 2024) is not matched by the asks of another's time or mouth (claims43).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> rows = ctx.t.index.rows("demands"); len(office_rows(rows, "speaker", "joe-biden", ctx)) < len(rows)
    True
    >>> len(rows) == len(office_rows(rows, "speaker", "us-government", ctx))
    True
    """
    spans = ctx.t.index.office(actor)
    if not spans or not rows:
        return rows

    def held(when: pd.Timestamp) -> bool:
        day = when.date() if when is not pd.NaT else None
        return day is not None and any(day >= start and (day <= end if end else True) for start, end in spans)

    def other(who: str) -> bool:
        return who != actor and bool(ctx.t.index.office(who))

    at = "date" if "date" in rows[0]._fields else "reported"
    return [r for r in rows if held(getattr(r, at)) and not other(getattr(r, column))]


def year_rows(rows: list[DataRow], frame: Frame, date_col: str) -> list[DataRow]:
    """Return the rows made in, or for, one of the frame's years (all rows when the figure's own phrase names no
    year: a year from elsewhere in the clause, or the publication year, does not date a demand).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> frame = Frame("demand", (2019,), None, "demand", bound="phrase")
    >>> sorted({r.date.year for r in year_rows(ctx.t.index.rows("demands"), frame, "date")})
    [2019]
    """
    if frame.bound in ("publication", "clause"):
        return rows
    years = set(frame.years)
    return [r for r in rows if getattr(r, date_col).year in years or year_in(r.for_year, years)]


def pool_rows(fig: Figure, ctx: Context) -> list[DataRow]:
    """Return the reported demands a demand figure is judged against: its actor, time, currency and period
    (:func:`demand_rows`), found once per key (review16).

    >>> figure, ctx = example("In 2019 Washington demanded $5 billion a year.", "2019-12-01")
    >>> sorted({r.amount for r in pool_rows(figure, ctx)})
    [4700000000.0, 4800000000.0, 5000000000.0]
    """
    _, currency, _ = _amount(fig)
    yearly, frame = fig.span.value.get("per") in ("year", None), fig.frame
    key = ("pool_rows", currency, yearly, frame.years, frame.bound, frame.actor)
    return ctx.memo(key, lambda: demand_rows(ctx, currency, yearly, frame))


#: A demand's frame of no year and no actor: :func:`demand_rows` of it are every demand of a currency and period made
#: by publication.
NO_FRAME = Frame("demand", (), None, "demand", bound="publication")


def demand_rows(ctx: Context, currency: str | None, yearly: bool, frame: Frame) -> list[DataRow]:
    """Return the reported demands (:func:`frame_rows`) made by publication in ``currency`` (any if None), of a year's
    period if ``yearly``, of the frame's years and actor.

    >>> figure, ctx = example("In 2019 Washington demanded $5 billion a year.", "2019-12-01")
    >>> sorted({r.amount for r in demand_rows(ctx, "USD", True, figure.frame)})
    [4700000000.0, 4800000000.0, 5000000000.0]
    """
    pool = [r for r in ctx.t.index.rows("demands") if r.kind == "demand" and by_day(r.date, ctx.published)
            and (not currency or r.currency == currency) and (not yearly or r.period == "year")]
    dated = year_rows(pool, frame, "date")
    mine = actor_rows(dated, "speaker", frame.actor, ctx)
    return mine + [r for r in officials_of_head(dated, frame.actor, ctx) if r not in mine]


#: A speaker on record who is an unnamed official ("senior US administration official (per Yonhap)", "unnamed US
#: officials"), not a person the data names.
_UNNAMED_OFFICIAL = re.compile(r"\b(?:unnamed|senior|administration|White[ \t]House)\b[^,;]{0,40}?\bofficials?\b",
                               re.I)


def officials_of_head(rows: list[DataRow], actor: str | None, ctx: Context) -> list[DataRow]:
    """Return the ``rows`` said by unnamed officials (:data:`_UNNAMED_OFFICIAL`) of the side of ``actor`` while
    ``actor``, a person whose role on record is a president, held office: such an official tells the government's
    ask, which is its president's ("a White House official confirmed that the president is demanding X"; mend54v).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2020.", "2020-05-08")
    >>> rows = [r for r in ctx.t.index.rows("demands") if r.kind == "demand"]
    >>> sorted({r.demand_id for r in officials_of_head(rows, "donald-trump", ctx)})[-1]
    'yonhap-official-1-3bn'
    >>> officials_of_head(rows, "james-dehart", ctx), officials_of_head(rows, None, ctx)
    ([], [])
    """
    entity = next((e for e in ctx.t.index.rows("entities") if e.entity_id == actor), None) if actor else None
    if entity is None or entity.kind != "person" or not str(entity.role).startswith("President"):
        return []
    side, spans = ctx.side(actor), office_spans(ctx, actor)
    return [r for r in rows if isinstance(r.speaker, str) and r.speaker not in ctx.t.index.entity_kind
            and _UNNAMED_OFFICIAL.search(r.speaker) and ctx.side(r.speaker) == side and r.date is not pd.NaT
            and any(a <= r.date.date() and (b is None or r.date.date() < b) for a, b in spans)]


def demand_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demanded amount: against the demands of its actor and time.

    >>> figure, ctx = example("In 2019 Washington demanded $5 billion a year.", "2019-12-01")
    >>> demand_stated(figure, ctx).verdict
    'supported'
    """
    rise = demanded_increase(fig, ctx) or later_ask_judged(fig, ctx)  # fix50l
    if rise is not None:
        return rise
    amount, currency, _ = _amount(fig)  # what the verdict reads of the figure: judged once per article (review16)
    key = ("demand_stated", amount, currency, fig.span.value.get("per") in ("year", None), fig.frame.years,
           fig.frame.bound, fig.frame.actor)
    return yearly_told_as_total(fig, ctx, ctx.memo(key, lambda: _demand_judged(fig, ctx)))


#: Right before an amount, the noun of a rise it is the size of: "an increase (in spending) of about", "a rise of".
_INCREASE_OF = re.compile(r"\b(?:increase|rise|hike|raise)(?:[ \t]++in[ \t]++\w+)?[ \t]++of[ \t]++"
                          rf"(?:(?:{HEDGE_WORDS})[ \t]++)?$", re.I)


#: A multiple right before "increase of": "a fivefold increase of X", "a five-fold hike of X", "a 5-times rise of X".
_FOLD_BEFORE = re.compile(r"(?:\b\w{1,12}?-?fold|\btimes)[ \t]++$", re.I)
#: How far before "increase of" :data:`_FOLD_BEFORE` is read: one word of a multiple and its blanks.
_FOLD_BACK = 24
#: A rise's noun right after (or closing) an amount: "a $5 billion increase (over X)", "a $4 billion hike".
_RISE_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:" + RISE_NOUNS + r"|raise|jump)\b", re.I)


def rise_noun_after(text: str, start: int, end: int) -> bool:
    """Return whether the amount in [start, end) is the size of a rise named right after it, or as its own last word
    ("seeking a $5 billion increase over the $900 million it pays": an ask told as a rise, claims48); not "a $5
    billion increased budget" nor "$5 billion, a rise".

    >>> t = "a $5 billion increase; $5 billion, a rise"
    >>> rise_noun_after(t, 2, 12), rise_noun_after(t, 2, 21), rise_noun_after(t, 23, 33)
    (True, True, False)
    """
    last = text.rfind(" ", start, end)
    rise = _RISE_AFTER.fullmatch(text, last, end) or _RISE_AFTER.match(text, end)
    return rise is not None and not rise_of_other(text, rise.end())


#: Right after a rise's noun, "in" or "of" and the first words of what rises ("a $5 billion jump in its own budget").
_RISE_OBJECT = re.compile(r"(?<![ \t])[ \t]++(?:in|of)[ \t]++(?P<object>[\w’'-]++(?:[ \t]++[\w’'-]++){0,3})", re.I)


def rise_of_other(text: str, end: int) -> bool:
    """Return whether the rise's noun ending at ``end`` is followed by "in" or "of" and words naming no payment
    (:data:`analysis.frames._PAYMENT_NOUN` among the first four): the rise of another sum ("sought a $5 billion jump
    in its own budget", "a raise in troop funding from Congress"), not an ask of Seoul told as a rise (tidy59a).

    >>> [rise_of_other(t, 4) for t in ("jump in its budget", "rise in the payment", "hike of Seoul's share", "rise.")]
    [True, False, False, False]
    """
    m = _RISE_OBJECT.match(text, end)
    return m is not None and _PAYMENT_NOUN.search(m["object"]) is None


#: Right after an amount, "more" that makes it the size of a rise ("insisted Seoul pay $5 billion more annually"), not
#: "more or less" nor "more than" ("$5 billion more than it pays" is a rise too, but compared: left to its own rule).
_MORE_AFTER = re.compile(r"(?<![ \t])[ \t]++more\b(?![ \t]++(?:or|than)\b)", re.I)


def more_after(text: str, end: int) -> bool:
    """Return whether the amount ending at ``end`` is followed by "more" that makes it the size of a rise asked ("pay
    $5 billion more annually": fresh79v), not "more or less" nor "more than".

    >>> t = "pay $5 billion more annually; $5 billion more or less; $5 billion more than that"
    >>> [more_after(t, t.index(" more", i)) for i in (0, 30, 55)]
    [True, False, False]
    """
    return _MORE_AFTER.match(text, end) is not None


#: Right before an amount, a verb of raising the payment and its object, then "by": "to increase its burden by",
#: "raise Seoul's share by about" (fresh81v); the object a few words, none an ask's noun ("raise its demand by").
_INCREASED_BY = re.compile(r"\b(?:increas|rais|hik|boost|lift)(?:e|es|ed|ing|s)?+[ \t]++"
                           r"(?:(?!(?:demand|ask|request|offer|proposal|bid)s?\b)[\w’'-]++[ \t]++){1,3}?by[ \t]++"
                           rf"(?:(?:{HEDGE_WORDS})[ \t]++)?$", re.I)
#: How far before an amount :data:`_INCREASED_BY` is read: the verb, three words, "by" and a hedge.
_INCREASED_BY_BACK = 60


def increased_by(text: str, start: int) -> bool:
    """Return whether the amount at ``start`` is the size of a rise told by "raise <the payment> by" right before it
    ("wants Seoul to increase its burden by X": an ask told as a rise, fresh81v); not a raise of an ask itself.

    >>> t = "to increase its burden by $4 billion; raised its demand by $1 billion; paid by $1 billion"
    >>> [increased_by(t, t.index("$", i)) for i in (0, 40, 70)]
    [True, False, False]
    """
    return _INCREASED_BY.search(text, max(0, start - _INCREASED_BY_BACK), start) is not None


def demanded_increase(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a demanded amount told as the size of a rise ("demands for an increase in spending of
    about $4.7 billion"): supported when a demand on record exceeds its year's payment by it; misleading when it is
    the whole demand instead (the ask told as the rise); else None, left to the demand rules (claims23), as is an
    amount after a multiple's "increase of" ("a fivefold increase of X": the level it comes to, verd57).

    >>> figure, ctx = example("Trump's demand for an increase of $4.7 billion angered Seoul.", "2019-11-15")
    >>> demanded_increase(figure, ctx).verdict
    'misleading'
    >>> demanded_increase(*example("Trump's demand for $4.7 billion angered Seoul.", "2019-11-15")) is None
    True
    >>> demanded_increase(*example("Trump insisted Seoul pay $5 billion more annually.", "2019-12-15")).verdict
    'misleading'
    >>> demanded_increase(*example("Trump demanded a fivefold increase of $4.7 billion.", "2019-11-15", 1)) is None
    True
    """
    of = _INCREASE_OF.search(ctx.text, max(0, fig.span.start - 40), fig.span.start)
    if of is not None and _FOLD_BEFORE.search(ctx.text, max(0, of.start() - _FOLD_BACK), of.start()):
        return None  # verd57: a multiple's "increase of" and an amount: the level the multiple comes to, not its rise
    if of is None \
            and not rise_noun_after(ctx.text, fig.span.start, fig.span.end) \
            and not more_after(ctx.text, fig.span.end) and not increased_by(ctx.text, fig.span.start):
        return None
    amount, currency, _ = _amount(fig)
    pairs = [(row, pay) for row, pay in _demands_over_payment(fig, ctx) if row.currency == currency]
    if not pairs:
        return None
    bound = fig.span.value.get("bound")
    rises = [(row, pay) for row, pay in pairs
             if compare(row.amount - pay.value, amount, bound, ctx.tol)[0] == "supported"]
    whole = [(row, pay) for row, pay in pairs if compare(row.amount, amount, bound, ctx.tol)[0] == "supported"]
    hits = rises or whole
    if not hits:
        return None
    row, pay = hits[0]
    verdict = "supported" if rises else "misleading"
    why = "the rise" if rises else "the whole demand, not the rise"
    return _j(verdict, f"Demand of {fmt_money(row.amount, row.currency)} ({row.reported_by}, {row.date:%Y-%m-%d}) "
              f"over the {pay.described}: the rise is {fmt_money(row.amount - pay.value, row.currency)}; "
              f"{fmt_money(amount, currency)} is {why}.", [*split_ids(row.source_ids), *pay.sources],
              [f"demands:{row.demand_id}", *pay.rows])


def yearly_told_as_total(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return ``j``, or misleading when it matched only yearly demands and the text calls the amount "a total of"
    with no span of years: the number is the ask's, but a yearly ask told as a one-off sum is not (claims22).

    >>> figure, ctx = example("In 2019 Washington demanded a total of $5 billion from Seoul.", "2019-12-01")
    >>> demand_stated(figure, ctx).verdict
    'misleading'
    """
    ids = {r.split(":", 1)[1] for r in j.rows if r.startswith("demands:")}
    matched = [r.period for r in ctx.t.index.rows("demands") if r.demand_id in ids]
    if j.verdict != "supported" or not matched or any(period != "year" for period in matched):
        return j
    if not total_of_no_span(ctx.reader, fig.span):
        return j
    return _j("misleading", j.evidence + " Those are yearly demands; 'a total of' makes the yearly ask a one-off sum.",
              j.sources, j.rows, j.related)


def _demand_judged(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demanded amount against the demands of its actor and time (see :func:`demand_stated`,
    which finds it once per amount, currency, period and frame)."""
    amount, currency, _ = _amount(fig)
    pool = pool_rows(fig, ctx)
    who = ctx.names.get(fig.frame.actor or "", fig.frame.actor or "anyone")
    when = years_text(fig.frame.years) if fig.frame.bound != "publication" else f"before {ctx.published}"
    later = confirmed_later(fig, ctx)
    if not pool:
        return later or _j("unverifiable", f"No reported demand by {who} ({when}) in {currency or 'any currency'} in "
                           "the data.")
    rel = [_off_by(r.amount, amount) for r in pool]
    same = [r for r, x in zip(pool, rel, strict=True) if x <= ctx.tol.exact_rel]
    same = same or [r for r, x in zip(pool, rel, strict=True) if x <= ctx.tol.same_rel]
    if same:
        reports = "; ".join(f"{r.reported_by} ({r.date:%Y-%m-%d}, {fmt_money(r.amount, r.currency)})" for r in same)
        others = [r for r, x in zip(pool, rel, strict=True) if r not in same and x <= ctx.tol.near_rel]
        also = "; ".join(sorted({f"{fmt_money(r.amount, r.currency)} ({r.reported_by})" for r in others}))
        return _j("supported", f"Demand of {fmt_money(amount, currency)} a year matches reports by {reports}."
                  + (f" Other reports of that time give {also}." if also else ""),
                  [i for r in same for i in split_ids(r.source_ids)], [f"demands:{r.demand_id}" for r in same])
    estimate = later or estimate_not_demand(fig, ctx, pool) or demand_slip(fig, ctx, pool) or above_record(fig, ctx)
    estimate = estimate or converted_demand(fig, ctx) or raised_below_payment(fig, ctx, pool)  # b51v; b122
    if estimate is not None:
        return estimate
    nearest = pool[min(range(len(pool)), key=rel.__getitem__)]
    return _j("unverifiable", f"No reported demand by {who} ({when}) of {fmt_money(amount, currency)}; the nearest "
              f"is {fmt_money(nearest.amount, nearest.currency)} ({nearest.reported_by}, {nearest.date:%Y-%m-%d}). "
              "The data lists reported demands, not every figure asked in the talks, so this is not proof either way.",
              split_ids(nearest.source_ids), [f"demands:{nearest.demand_id}"])


#: Right before a demanded amount, its own clause telling the ask lowered to it ("lowered its demand to", "cut the ask
#: to about") or naming it the latest ask ("the latest ask is", "its revised demand of"); fix50l. Not a verb negated
#: or an infinitive ("never cut its demand to", "wanted Washington to cut its demand to": no lowering told; mend50l),
#: nor "new"/"current" (a retrospective "the new demand of $5 billion shocked Seoul" tells the ask of its own time).
_ASK_NOUN = r"(?:demand|ask|request)"
_LOWERED_ASK = re.compile(rf"(?<!\bnever[ \t])(?<!\bnot[ \t])(?<!n't[ \t])(?<!n\u2019t[ \t])(?<!\bto[ \t])"
                          rf"\b(?:lowered|cut|reduced|scaled[ \t]back)[ \t]++(?:its|their|his|the)[ \t]++{_ASK_NOUN}"
                          rf"[ \t]++to[ \t]++(?:(?:{HEDGE_WORDS})[ \t]++)?$", re.I)
_LATEST_ASK = re.compile(rf"\b(?:latest|revised)[ \t]++{_ASK_NOUN}[ \t]++(?:is|of|stands[ \t]++at)"
                         rf"[ \t]++(?:(?:{HEDGE_WORDS})[ \t]++)?$", re.I)
LATER_ASK_BACK = 80  # characters before a demanded amount read for :data:`_LOWERED_ASK` and :data:`_LATEST_ASK`


def later_ask_rows(rows: Sequence[DataRow], lowered: bool, tol: float) -> list[DataRow]:
    """Return the rows a lowered ask (``lowered``) or the latest ask may be: for a lowered one, the rows dated after
    the last row higher than the latest lowered row (a row below an earlier one by more than ``tol``); for the latest,
    the rows of the latest date. Empty when no row was lowered.

    >>> from collections import namedtuple
    >>> R = namedtuple("R", "date amount")
    >>> rows = [R(pd.Timestamp(d), a) for d, a in (("2019-11-07", 5.0), ("2019-11-15", 4.7), ("2020-05-07", 1.3))]
    >>> [r.amount for r in later_ask_rows(rows, True, 0.02)], [r.amount for r in later_ask_rows(rows, False, 0.02)]
    ([1.3], [1.3])
    """
    rows = sorted(rows, key=lambda r: r.date)
    if not rows:
        return []
    if not lowered:
        return [r for r in rows if r.date == rows[-1].date]
    drops = [r for r in rows if any(e.date < r.date and e.amount > r.amount * (1 + tol) for e in rows)]
    if not drops:
        return []
    low = drops[-1]
    high = max(e.date for e in rows if e.date < low.date and e.amount > low.amount * (1 + tol))
    return [r for r in rows if r.date > high]


def later_ask_judged(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a demand its clause tells lowered to, or the latest ask (:data:`_LOWERED_ASK`,
    :data:`_LATEST_ASK`), judged against the actor's rows of that time only (:func:`later_ask_rows`): *contradicted*
    with the latest row when that differs by more than ``Tolerances.same_rel``, else *unverifiable*; None when the
    figure matches them or no earlier ask either, or no such wording or rows (the usual demand rules then).

    >>> t = "Washington lowered its demand to ${} a year."
    >>> [later_ask_judged(*example(t.format(n), "2020-05-08")) for n in ("1.3 billion", "2 billion")]
    [None, None]
    >>> later_ask_judged(*example(t.format("5 billion"), "2020-05-08")).verdict
    'contradicted'
    """
    if fig.frame.modality != "demand":
        return None
    back = ctx.text[max(0, fig.span.start - LATER_ASK_BACK):fig.span.start]
    lowered = _LOWERED_ASK.search(back) is not None
    if not lowered and _LATEST_ASK.search(back) is None:
        return None
    amount, currency, _ = _amount(fig)
    pool = pool_rows(fig, ctx)
    rows = later_ask_rows(pool, lowered, ctx.tol.same_rel)
    if not rows or any(_off_by(r.amount, amount) <= ctx.tol.same_rel for r in rows) or not any(
            _off_by(r.amount, amount) <= ctx.tol.same_rel for r in pool):
        return None  # a figure no ask on record gives stays with the usual rules (not every ask is recorded)
    last = max(rows, key=lambda r: r.date)
    told = "lowered ask" if lowered else "latest ask"
    shown = f"{fmt_money(last.amount, last.currency)} ({last.reported_by}, {last.date:%Y-%m-%d})"
    if _off_by(last.amount, amount) > ctx.tol.same_rel:
        return _j("contradicted", f"A {told} of {fmt_money(amount, currency)}: the ask on record by {ctx.published} "
                  f"is {shown}; an earlier ask is not the {told}.", split_ids(last.source_ids),
                  [f"demands:{last.demand_id}"])
    return _j("unverifiable", f"No {told} of {fmt_money(amount, currency)} on record; the latest is {shown}.",
              split_ids(last.source_ids), [f"demands:{last.demand_id}"])


#: Right before an amount, the payment raised "to" it ("the demand that Korea's share be raised to X", "to increase its
#: contribution to X"): a payment noun, a verb of raising, then "to" (a hedge allowed), within a stretch of one clause.
_PAY_NOUN = r"(?:shares?|contributions?|payments?|burden)"
_TO_HEDGED = rf"[ \t]++to[ \t]++(?:(?:{HEDGE_WORDS})[ \t]++)?$"
_RAISED_TO = re.compile(rf"\b{_PAY_NOUN}\b[^.;:!?\n]{{0,40}}?\b{RAISE_VERB}{_TO_HEDGED}|"
                        rf"\b{RAISE_VERB}[ \t]++(?:(?:its|their|the|Seoul['’]s|Korea['’]s)[ \t]++)?"
                        rf"{_PAY_NOUN}{_TO_HEDGED}", re.I)
RAISED_TO_BACK = 120  # characters before a demanded amount read for :data:`_RAISED_TO`


def raised_below_payment(fig: Figure, ctx: Context, pool: Sequence[DataRow]) -> Judgement | None:
    """Return *contradicted* for a demanded amount told as the level the payment is raised to (:data:`_RAISED_TO`)
    when it is below the payment of its year by more than ``Tolerances.near_rel``: a raise to less than what is paid
    is no raise, so the figure cannot be the ask; the asks on record of that time are the right figure (b122). Else
    None.

    >>> told = "In the 2019 talks, Washington demanded that Seoul's share be raised to ${}."
    >>> [demand_stated(*example(told.format(n), "2019-10-30")).verdict for n in ("500 million", "5 billion")]
    ['contradicted', 'supported']
    """
    amount, currency, bound = _amount(fig)
    if currency not in ("USD", "KRW"):
        return None  # a bare "500 million": its currency unknown, no payment to set it against
    if not pool or not fig.frame.years or bound not in (None, "approx") or not _RAISED_TO.search(
            ctx.text, max(0, fig.span.start - RAISED_TO_BACK), fig.span.start):
        return None
    try:
        pay = ctx.payment(min(fig.frame.years), currency)
    except LookupError:
        return None
    if amount >= pay.value * (1 - ctx.tol.near_rel):
        return None
    listed = "; ".join(f"{fmt_money(r.amount, r.currency)} ({r.reported_by}, {r.date:%Y-%m-%d})" for r in pool)
    return _j("contradicted", f"A raise to {fmt_money(amount, currency)} is below the {pay.described}: no raise, so "
              f"not the ask; the asks on record of that time give {listed}.",
              [*pay.sources, *(i for r in pool for i in split_ids(r.source_ids))],
              [*pay.rows, *(f"demands:{r.demand_id}" for r in pool)])


def missing(value: object) -> bool:
    """Return whether a table cell holds no value: NaN, None, pandas' NA or NaT (a table injected with other dtypes
    than the loader's gives any of them; review64).

    >>> [missing(v) for v in (math.nan, None, pd.NA, 0.0, "x")]
    [True, True, True, False, False]
    """
    return bool(pd.isna(value))


def _off_by(value: float, amount: float) -> float:
    """Return how far ``value`` is from ``amount``, relative to it (infinite from zero, and for a missing value: a row
    of an injected table with no amount is never the nearest, as the pandas filters had it; review63).

    >>> _off_by(4.7e9, 5e9) <= 0.1, _off_by(1.0, 0.0), _off_by(math.nan, 5e9)
    (True, inf, inf)
    """
    return abs(value / amount - 1) if amount and not missing(value) else math.inf


def converted_demand(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* for a demanded amount in won (or dollars) that a reported demand of its actor and time in the
    other currency comes to at the average rate of the year the demand was made (within ``Tolerances.same_rel``, or
    as the figure's bound allows): the ask told in the reader's currency ("South Korea should pay 13 trillion won a
    year" for Trump's $10 billion of October 2024, b51v); else None, as before.

    >>> demand_stated(*example("Trump said South Korea should pay 13 trillion won a year.", "2024-11-06")).verdict
    'supported'
    >>> converted_demand(*example("Trump said South Korea should pay 10 trillion won a year.", "2024-11-06")) is None
    True
    """
    amount, currency, bound = _amount(fig)
    if currency not in ("KRW", "USD"):
        return None
    other = "USD" if currency == "KRW" else "KRW"
    pool = demand_rows(ctx, other, fig.span.value.get("per") in ("year", None), fig.frame)
    if not pool:
        return None
    # the latest first, ties in the pool's order (what the frame's stable sort gave; read off the rows: speed59)
    for row in sorted(pool, key=lambda row: row.date, reverse=True):
        rate = ctx.t.index.rates.get(row.date.year)
        if rate is None:
            continue
        value = row.amount * rate.krw_per_usd if currency == "KRW" else row.amount / rate.krw_per_usd
        verdict, why = compare(value, amount, bound, ctx.tol)
        if verdict == "supported":
            period = "a year" if row.period == "year" else "in all"
            return _j("supported", f"Demand of {fmt_money(row.amount, row.currency)} {period} ({row.reported_by}, "
                      f"{row.date:%Y-%m-%d}) is {fmt_money(value, currency)} at {rate.krw_per_usd:,.1f} won/$ "
                      f"({row.date.year} average); stated {fmt_money(amount, currency)}: {why}.",
                      [*split_ids(row.source_ids), *rate.sources], [f"demands:{row.demand_id}", rate.row])
    return None


def demand_slip(fig: Figure, ctx: Context, pool: Sequence[DataRow]) -> Judgement | None:
    """Return *contradicted* for a demanded amount that is a reported demand of its actor and time in the wrong unit
    (``Tolerances.slip_factor`` times too large or small: "$4.7 million" for $4.7 billion), with a unit word in the
    figure; else None: no one asks a thousandth of the sums in the talks, and a figure no report fits otherwise is
    not proof either way (claims21).

    >>> demand_stated(*example("Washington initially sought $4.7 million for 2020.", "2019-11-20")).verdict
    'contradicted'
    >>> demand_stated(*example("Washington initially sought $2 billion for 2020.", "2019-11-20")).verdict
    'unverifiable'
    """
    amount, currency, bound = _amount(fig)
    if scale_word(fig.span.exact) is None or not_the_ask(ctx.text, fig.span.start, fig.span.end):
        return None
    for row in sorted(pool, key=lambda row: slip_distance(amount, row.amount, ctx.tol)):
        verdict, why = compare(row.amount, amount, bound, ctx.tol)
        if why.startswith(UNIT_SLIP):
            return _j(verdict, f"{fmt_money(amount, currency)} is the demand of {fmt_money(row.amount, row.currency)} "
                      f"({row.reported_by}, {row.date:%Y-%m-%d}) in the wrong unit: {why}.", split_ids(row.source_ids),
                      [f"demands:{row.demand_id}"])
    return None


#: An increment before or after an amount ("an additional $5 million", "$5 million more a year", "by $5 million").
_INCREMENT_BEFORE = re.compile(r"\b(?:additional|extra|another|further|added|more|by)[ \t]++$", re.I)
_INCREMENT_AFTER = re.compile(r"(?<![ \t])(?:[ \t]++(?:a|per|each)[ \t]++year)?[ \t]++(?:more|extra|additional|"
                              r"on[ \t]++top)\b", re.I)
#: An amount's object after it that names what it buys, with no determiner ("$10 million in base repairs", "for new
#: barracks"): a lower-case word after in/for/on/toward that is no gerund of the stationing ("for basing", "toward
#: maintaining"), no word of the shared cost, a time, a sum or a pronoun; "in the talks", "for the privilege" are no
#: object of the amount; or an infinitive of another purpose ("$5 million to repair one barracks", "to modernize a
#: range"): any verb but one of the stationing, the sharing or a change of the sum (:data:`_STAY_VERBS`), and no
#: word of the shared cost in its object up to the clause's end (review65 finding 5); an infinitive with no object
#: ("to start,", "to begin with") or an amount after it ("to well over $5 million": a range) is no purpose
#: (review67 finding 1); nor is one whose object is the talks' own state (:data:`_TALKS_STATE`, frames68).
#: How many letters may follow the stem of a verb of staying (``_STAY_VERBS``: "maintain" + "ing"); how many letters
#: a purpose infinitive's verb has; how far after it its object is read for a word of the shared cost, up to the
#: clause's end (review67 finding 8).
STAY_VERB_TAIL = 16
PURPOSE_VERB_LETTERS = (2, 20)
PURPOSE_OBJECT_AHEAD = 60
_SHARED_COST = (r"cost|upkeep|station|troop|force|militar|soldier|defen|protect|presence|shar|allian|deal|agree|"
                r"contribut|pay")
#: How many words may stand between the determiner and the noun of the talks' state ("the months-long standoff").
STATE_OBJECT_MODIFIERS = 2
#: The talks' own state as the object of a purpose infinitive ("to end the standoff", "to close the gap", "to break
#: the deadlock"): the sum is the ask that would settle the talks, no sum for another purpose (frames68). Only as the
#: infinitive's direct object, definite and closing its clause (review69 finding 2: "to ease tensions with villagers",
#: "to end a feud with a landowner", "to close the funding gap at a base school" are a local project's), or with a
#: word of the talks in the object ("the deadlock in the talks": :data:`_TALKS_WORD`).
_TALKS_STATE = (rf"(?:the|this|that|their|its)[ \t]++(?:[\w-]++[ \t]++){{0,{STATE_OBJECT_MODIFIERS}}}?"
                r"(?:stand-?off|deadlock|impasse|stalemate|logjam|gaps?|disputes?|rifts?|spats?|feuds?|quarrels?|"
                r"disagreements?|differences|wrangles?|tensions?)\b[ \t]*+(?:[.;:,()\n]|$)")
#: A word of the talks themselves in a purpose infinitive's object ("to end the stalemate in the talks", "to conclude
#: the negotiations").
_TALKS_WORD = r"\b(?:talks|negotiat(?:e|es|ed|ing|ions?))\b"
_STAY_VERBS = (r"(?:keep|kept|maintain|sustain|support|host|hous|deploy|retain|continu|renew|extend|cover|financ|fund|"
               rf"reimburs|compensat|offset|defray|underwrit|shoulder|foot|help|increas|rais|boost|hike|{_SHARED_COST})"
               rf"[a-z]{{0,{STAY_VERB_TAIL}}}+|(?:be|go|get|have|make|meet|bear|reach|rise|grow|sign|base|cut|lift|bring|the|a|an|its|"
               r"their|this|that|about|around|nearly|roughly|some|over|under|more|less|almost|just|as|at|only|up|date|"
               r"between|approximately)\b")
_OTHER_PURPOSE = re.compile(r"(?<![ \t])(?:[ \t]++(?:a|per|each)[ \t]++year)?+[ \t]++(?:in|for|on|toward|"
                            r"towards)[ \t]++(?!(?:the|a|an|its|their|his|her|our|your|this|that|these|those|all|total|"
                            rf"cash|example|instance|full|both|now|then|it|them|him|us|one|two|three)\b|{_SHARED_COST}|"
                            r"year|annual|each|every|next|decade|month|time|return|exchange|\w++(?<=ing)\b)(?-i:[a-z])|"
                            rf"(?<![ \t])[ \t]++to[ \t]++(?!{_STAY_VERBS})"
                            rf"(?-i:[a-z]{{{PURPOSE_VERB_LETTERS[0]},{PURPOSE_VERB_LETTERS[1]}}}+)\b"
                            r"(?![ \t]*+(?:[.;:,()\n]|$|with\b))"  # no object: "to start,", "to begin with"
                            rf"(?![^.;:,()\n]{{0,{PURPOSE_OBJECT_AHEAD}}}?"
                            rf"(?:{_SHARED_COST}|{_TALKS_WORD}|[$₩€£])|[ \t]++{_TALKS_STATE})", re.I)


def not_the_ask(text: str, start: int, end: int) -> bool:
    """Return whether the amount in [start, end) is an increment ("$5 million more a year", "an additional $5
    million") or a sum for another purpose ("$10 million in base repairs"): no ask itself, so no unit slip of one
    (mend62, review62 finding 4).

    >>> t = "pay $5 million more; cover $10 million in base repairs; pay $5 million a year for the troops"
    >>> [not_the_ask(t, a, b) for a, b in ((4, 14), (27, 38), (60, 70))]
    [True, True, False]
    >>> t = "$5 million for basing troops; $5 million in the talks; $5 million for new barracks"
    >>> [not_the_ask(t, a, a + 10) for a in (0, 30, 55)]
    [False, False, True]
    >>> t = "$5 million to repair one barracks; $5 million to cover the troops"
    >>> [not_the_ask(t, a, a + 10) for a in (0, 35)]
    [True, False]
    >>> t = "$5 million to pave a range; $5 million to keep its troops; $5 million to about $5 billion"
    >>> [not_the_ask(t, a, a + 10) for a in (0, 28, 59)]
    [True, False, False]
    >>> t = "$5 million to end the standoff; $5 million to close the gap; $5 million to paint the barracks"
    >>> [not_the_ask(t, a, a + 10) for a in (0, 32, 61)]
    [False, False, True]
    """
    return _INCREMENT_BEFORE.search(text, max(0, start - 12), start) is not None or \
        _INCREMENT_AFTER.match(text, end) is not None or _OTHER_PURPOSE.match(text, end) is not None


def slip_distance(claimed: float, value: float, tol: Tolerances = TOLERANCES) -> float:
    """Return how far ``claimed``, taken out of a unit slip (``Tolerances.slip_factor`` times too large or small), is
    from ``value`` (relative): a slip names the ask its digits are, not the first within ``same_rel`` (mut59: "$5
    million" is the $5 billion ask, not the $4.7 billion one).

    >>> [round(slip_distance(5e6, v), 3) for v in (4.7e9, 5e9)]
    [0.064, 0.0]
    """
    return min(abs(claimed * f / value - 1) for f in (tol.slip_factor, 1 / tol.slip_factor))


def record_of_time(fig: Figure, ctx: Context) -> list[DataRow]:
    """Return every reported demand of the figure's actor made in (or for) its years, in its currency and period —
    reports after the article too: the data were gathered later, so they hold what was asked in that time.

    >>> sorted({r.amount for r in record_of_time(*example("In 2019, Trump demanded $8 billion a year.", "2019-12-10"))})
    [5000000000.0]
    """
    _, currency, _ = _amount(fig)
    pool = [r for r in ctx.t.index.rows("demands") if r.kind == "demand" and r.currency == currency
            and r.period == "year" and not conditional(r)]
    return actor_rows(year_rows(pool, fig.frame, "date"), "speaker", fig.frame.actor, ctx)


def conditional(row: DataRow) -> bool:
    """Return whether a recorded demand is a condition ("If I were there, they'd be paying ..."), not a demand made.

    >>> rows = Tables.load().index.rows("demands")
    >>> sorted(r.demand_id for r in rows if conditional(r)), sum(not conditional(r) for r in rows) > 10
    (['trump-10bn-2024'], True)
    """
    return re.match(_IF_QUOTE, row.quote if isinstance(row.quote, str) else "") is not None


def above_record(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *contradicted* for a demand whose sentence names its actor and time, above every ask on record of that
    actor and time by more than ``Tolerances.near_rel``; else None. The data hold the headline asks of each round
    (the highest reported), so a far larger figure was not asked. A figure within ``near_rel`` above them may be
    the same ask reported another way (converted at a day's rate, rounded up, with extras), and a lower one an
    opening bid, a reduced ask or one item, which the data do not all hold: not proof either way (claims30).

    >>> told = "In 2019, Trump demanded ${} billion a year from Seoul."
    >>> [demand_stated(*example(told.format(n), "2019-12-10")).verdict for n in (8, 6, 3)]
    ['contradicted', 'unverifiable', 'unverifiable']
    >>> above_record(*example("In 2019, Trump demanded $25 billion over five years.", "2019-12-10")) is None
    True
    """
    amount, currency, bound = _amount(fig)
    if fig.frame.actor is None or not period_fixed(fig) or not fig.frame.years or bound not in (None, "approx"):
        return None
    if fig.span.value.get("per") != "year" and not yearly_word(fig, ctx):
        return None  # review30: "$25 billion over five years", "a total of ...": maybe a total, not a year's ask
    record = record_of_time(fig, ctx)
    if not record or amount <= max(r.amount for r in record) * (1 + ctx.tol.near_rel):
        return None
    top = max(record, key=lambda r: r.amount)
    verdict, why = compare(top.amount, amount, bound, ctx.tol)
    who = ctx.names.get(fig.frame.actor, fig.frame.actor)
    listed = "; ".join(f"{fmt_money(r.amount, r.currency)} ({r.reported_by}, {r.date:%Y-%m-%d})"
                       for r in record)
    return _j(verdict, f"Demand by {who} ({years_text(fig.frame.years)}) of {fmt_money(amount, currency)}: above "
              f"every ask on record of that actor and time ({listed}); against the highest, "
              f"{fmt_money(top.amount, top.currency)}: {why}.", [i for r in record for i in split_ids(r.source_ids)],
              [f"demands:{r.demand_id}" for r in record])


def confirmed_later(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* for a demand for a year its own phrase names that the data records only from reports
    after the article (the same ask for that year, by the same side, made before that year); else None. A later
    report may confirm a demand reported early; it never contradicts one.

    >>> demand_stated(*example("The US will ask Seoul to pay $5 billion for 2020.", "2019-07-31")).verdict
    'supported'
    """
    amount, currency, _ = _amount(fig)
    if fig.frame.bound not in ("phrase", "relative") or not fig.frame.years:
        return None
    years = set(fig.frame.years)
    rows = [r for r in ctx.t.index.rows("demands") if r.kind == "demand" and r.date is not pd.NaT
            and r.date.date() > ctx.published and r.period == "year" and year_in(r.for_year, years)
            and r.date.year <= r.for_year and r.currency == currency and _off_by(r.amount, amount) <= ctx.tol.exact_rel]
    rows = actor_rows(rows, "speaker", fig.frame.actor, ctx)
    if not rows:
        return None
    first = min(rows, key=lambda row: row.date)  # a tie: the first in the rows' order (speed59: no frame sorted)
    return _j("supported", f"Demand of {fmt_money(amount, currency)} for {years_text(fig.frame.years)} is on record "
              f"from a later report: {first.reported_by} ({first.date:%Y-%m-%d}), the same ask for that year.",
              split_ids(first.source_ids), [f"demands:{first.demand_id}"])


def estimate_not_demand(fig: Figure, ctx: Context, pool: Sequence[DataRow]) -> Judgement | None:
    """Return the verdict on a demanded amount that no demand matches but an estimate of costs of its side and year
    does: contradicted, for the figure was not asked (the demands of that time say what was); else None.

    >>> figure, ctx = example("US officials demanded $15 billion a year.", "2019-11-21")
    >>> j = estimate_not_demand(figure, ctx, pool_rows(figure, ctx)); j.verdict, j.rows[0]
    ('contradicted', 'demands:dehart-15bn-cost-estimate')
    """
    amount, currency, _ = _amount(fig)
    years = set(fig.frame.years) | {ctx.published.year}
    est = [r for r in ctx.t.index.rows("demands") if r.kind == "cost_estimate" and by_day(r.date, ctx.published)
           and r.currency == currency and r.date.year in years]
    est = [r for r in actor_rows(est, "speaker", fig.frame.actor, ctx) if _off_by(r.amount, amount) <= ctx.tol.same_rel]
    if not est or not pool:
        return None
    e = est[0]
    asked = "; ".join(sorted({f"{fmt_money(r.amount, r.currency)} ({r.reported_by}, {r.date:%Y-%m-%d})"
                              for r in pool}))
    return _j("contradicted", f"{fmt_money(amount, currency)} is on record as an estimate of costs by "
              f"{ctx.names.get(e.speaker, e.speaker)} ({e.reported_by}, {e.date:%Y-%m-%d}), not as a demand; the "
              f"demands on record of that time give {asked}.", [*split_ids(e.source_ids),
                                                                 *(i for r in pool for i in split_ids(r.source_ids))],
              [f"demands:{e.demand_id}", *(f"demands:{r.demand_id}" for r in pool)])


def _demands_over_payment(fig: Figure, ctx: Context) -> list[tuple[DataRow, Payment]]:
    """Return the reported demands a demanded rise is judged against (its actor and time, yearly), each with
    the payment of the year it was made in, in the demand's currency (rows with no payment are left out)."""
    phrase = fig.frame.bound == "phrase" and than_base(ctx.reader, fig.span) is None  # years47: "N percent more
    # than Seoul paid in 2019" dates the base, not the demand
    frame = fig.frame if phrase else dataclasses.replace(fig.frame, bound="publication")
    pool = demand_rows(ctx, None, True, frame)  # a rise's year is its base
    if frame.bound == "publication" and said_now(ctx.reader, fig.span):  # "Washington now seeks five times that"
        pool = [r for r in pool if r.date.date() > ctx.published - dt.timedelta(days=ctx.tol.recent_days)]
    return with_payments(pool, ctx)


def with_payments(pool: Sequence[DataRow], ctx: Context) -> list[tuple[DataRow, Payment]]:
    """Return each demand row with the payment of the year it was made in, in its currency (rows of a year with no
    sourced payment are left out).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> [(r.demand_id, p.year) for r, p in with_payments(ctx.t.index.rows("demands"), ctx)][3]
    ('ap-4-7bn', 2019)
    """
    out = []
    for row in pool:
        try:
            out.append((row, ctx.payment(int(row.date.year), row.currency)))
        except LookupError:
            continue
    return out


def _demanded_rise(fig: Figure, ctx: Context, claimed: float, bound: str | None, shown: str) -> Judgement:
    """Return the verdict on a demanded multiple of the payment (``claimed`` times it): supported when a reported
    demand of its actor and time is that multiple of the payment of its year, contradicted when far above every
    multiple its side ever asked (:func:`multiple_above_record`), else unverifiable."""
    j = _judge_demanded_multiple(_demands_over_payment(fig, ctx), claimed, bound, shown, ctx)
    if j.verdict != "unverifiable" or bound not in (None, "approx"):
        return j
    return multiple_above_record(fig, ctx, claimed, shown) or j


def multiple_above_record(fig: Figure, ctx: Context, claimed: float, shown: str) -> Judgement | None:
    """Return *contradicted* for a demanded multiple of the payment above every multiple any demand of its actor's
    side on record by publication made of the payment of its year, by more than ``Tolerances.factor_near_rel``;
    else None. The data hold the headline asks (the highest reported), so a far larger multiple was not asked; a
    lower one may be an opening or reduced ask the data do not hold (as :func:`above_record` for an amount;
    caught50).

    >>> fig, ctx = example("Washington is demanding a tenfold increase in Seoul's payment.", "2019-11-20")
    >>> j = multiple_above_record(fig, ctx, 10.0, "10×"); j.verdict, j.rows[0]
    ('contradicted', 'demands:kbs-diplomatic-source-5bn')
    >>> multiple_above_record(fig, ctx, 6.0, "6×") is None
    True
    """
    side = ctx.side(fig.frame.actor)
    highest = ctx.memo(("highest_multiple", side), lambda: highest_multiple(ctx, side)) if side else None
    if highest is None:
        return None
    row, pay = highest
    top = row.amount / pay.value
    if claimed <= top * (1 + ctx.tol.factor_near_rel):
        return None
    return _j("contradicted", f"Demanded {shown}: above every multiple asked on record by then; the highest, "
              f"{fmt_money(row.amount, row.currency)} ({row.reported_by}, {row.date:%Y-%m-%d}), is {top:.2f}× the "
              f"{pay.described}.", [*split_ids(row.source_ids), *pay.sources], [f"demands:{row.demand_id}", *pay.rows])


def _judge_demanded_multiple(pairs: list[tuple[DataRow, Payment]], claimed: float, bound: str | None, shown: str,
                             ctx: Context) -> Judgement:
    """Return the verdict on a demanded multiple given (demand row, payment of its year) pairs: supported when one
    demand is ``claimed`` times its payment within the factor tolerance, else unverifiable."""
    if not pairs:
        return _j("unverifiable", f"No reported demand of that time with a known payment to compare {shown} with.")
    tol = dataclasses.replace(ctx.tol, same_rel=ctx.tol.factor_rel)  # a multiple holds within the factor tolerance
    judged = [(compare(row.amount, pay.value * claimed, bound, tol)[0], row, pay) for row, pay in pairs]
    hits = [(row, pay) for verdict, row, pay in judged if verdict == "supported"] or pairs
    listed = "; ".join(f"{fmt_money(row.amount, row.currency)} ({row.reported_by}, {row.date:%Y-%m-%d}) is "
                       f"{row.amount / pay.value:.2f}× the {pay.described}" for row, pay in hits)
    verdict = "supported" if any(v == "supported" for v, _, _ in judged) else "unverifiable"
    unsure = "" if verdict == "supported" else " None matches; the data lists reported demands only."
    return _j(verdict, f"Demanded {shown}: {listed}.{unsure}", [i for r, p in hits for i in split_ids(r.source_ids)]
              + [i for _, p in hits for i in p.sources], [f"demands:{r.demand_id}" for r, _ in hits]
              + [x for _, p in hits for x in p.rows])


def highest_multiple(ctx: Context, side: str) -> tuple[DataRow, Payment] | None:
    """Return the yearly demand of ``side`` on record by publication that is the largest multiple of the payment of
    the year it was made in, with that payment; None when there is none, or when the data give no payment of the
    year of some demand (its multiple unknown, it may be the highest: Trump's $10 billion of 2024).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> row, pay = highest_multiple(ctx, "US"); row.demand_id, pay.year
    ('kbs-diplomatic-source-5bn', 2019)
    >>> highest_multiple(example("Seoul paid 1 trillion won in 2019.", "2024-10-20")[1], "US") is None
    True
    """
    pool = [r for r in demand_rows(ctx, None, True, NO_FRAME) if ctx.side(r.speaker) == side]
    pairs = with_payments(pool, ctx)
    return max(pairs, key=lambda pair: pair[0].amount / pair[1].value) if pairs and len(pairs) == len(pool) else None


def demand_percent(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demand stated as a percent rise ("pay up to 400% more"): the reported demands of
    its actor and time over the payment of the year they were made in.

    >>> figure, ctx = example("In 2019 Washington demanded Seoul pay up to 400% more.", "2020-06-01")
    >>> j = demand_percent(figure, ctx); j.verdict, j.rows[0]
    ('supported', 'demands:yoon-dehart-4-7bn-usd')
    """
    percent = _signed(fig)
    if fig.related and fig.related[0].kind == "money":
        return percent_to_demanded_amount(fig, ctx)
    return _demanded_rise(fig, ctx, 1 + percent / 100, fig.span.value.get("bound"), f"{percent:+g}%")


def percent_to_demanded_amount(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demanded rise given with the amount it brings the payment to ("$1.3 billion, 50
    percent above the 2019 level"): supported when a demand on record of that amount is that rise over the payment
    of the year it was made in; caught when it is no such rise over the payment of the percent's own year (judged as
    a multiple is: :func:`multiple_verdict`); else, right on its own amount but that ask on no record, the demands of
    its actor and time decide (:func:`_demanded_rise`) (claims21).

    >>> figure, ctx = example("Washington lowered its demand to $1.3 billion, 20 percent above the 2019 level.",
    ...                       "2020-05-20", 1)
    >>> percent_to_demanded_amount(figure, ctx).verdict
    'misleading'
    """
    percent = _signed(fig)
    factor = 1 + percent / 100
    bound = fig.span.value.get("bound") if not _APPROX.match(fig.span.exact) else None
    bound = bound if bound in ("up_to", "more_than", "less_than") else None
    demanded = ratio_to_a_demanded_amount(fig, ctx, bound, factor=factor)
    m = fig.related[0]
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    try:
        pay = ctx.payment(fig.frame.years[0], currency)
    except LookupError:
        return demanded
    if demanded.verdict == "supported":
        return rise_over_told_base(fig, ctx, m, demanded) or demanded
    rise = rise_of_an_ask(fig, ctx, factor, pay, currency) if not asked_on_record(amount, currency, ctx) else None
    if rise is not None:  # claims31: the rise of an ask on record; the sentence's amount is the wrong figure
        return rise
    at_rate = multiple_bound_at_rate(pay, amount / pay.value, factor, bound, ctx.tol)  # claims40
    verdict, why = at_rate or multiple_verdict(amount / pay.value, factor, bound, fig.span.exact, ctx.tol)
    on_it = f"{pay.described}; {fmt_money(amount, currency)} is {amount / pay.value - 1:+.0%} on it, so {why}."
    if verdict == "supported":  # right on the sentence's own amount, but that ask is on no record
        j = _demanded_rise(fig, ctx, factor, fig.span.value.get("bound"), f"{percent:+g}%")
        return j if at_rate is None else _j(j.verdict, f"{on_it} {j.evidence}", j.sources, j.rows, j.related)
    return _j(verdict, on_it, pay.sources, pay.rows, [m])


#: Between an ask and its rise, the comma of an appositive and no verb or subject ("$1.3 billion, up 30 percent", "$1.3
#: billion, a 30 percent rise").
_APPOSED_GAP = re.compile(r",[ \t]{1,3}(?:an?[ \t]{1,3})?")

#: The rise's own words open the appositive: "up", "a rise (an increase) of", a hedge or the number itself.
_APPOSED_RISE = re.compile(r"\d|(?:up|(?:an?[ \t]{1,3})?(?:rise|increase|jump|hike)[ \t]{1,3}of|about|roughly|nearly|"
                           r"almost|some|around|more[ \t]{1,3}than|over|just)\b", re.I)


def apposed_rise(text: str, ask: Span, rise: Span) -> bool:
    """Return whether a percent rise stands in an appositive on the ask itself: after it and a comma with no verb or
    noun subject between (", up 30 percent from last year", ", a rise of 30 percent", ", 30 percent more than")
    (fix51v3). Not "saying its costs rose 30 percent", "noting that its costs are up 30 percent".

    >>> from analysis.frames import figure_in
    >>> def rise_of(t):
    ...     r, ask = figure_in(t, 0)
    ...     return apposed_rise(r.text, ask, figure_in(t, 1)[1])
    >>> rise_of("Tolvig asked for $6 billion, up 30 percent from last year.")
    True
    >>> rise_of("Tolvig asked for $6 billion, a 30 percent rise from last year.")
    True
    >>> rise_of("Tolvig asked for $6 billion, saying its costs rose 30 percent from last year.")
    False
    """
    gap = _APPOSED_GAP.match(text, ask.end, rise.start)
    return gap is not None and gap.end() == rise.start and _APPOSED_RISE.match(rise.exact) is not None


#: An ask or offer named after a rise: its base may be an earlier ask ("up 30 percent from last year's request").
_ASK_NAMED = re.compile(r"\b(?:demand|ask|request|offer|proposal|bid|sought|asked|demanded|offered|wanted)s?\b",
                        re.I)


def rise_over_told_base(fig: Figure, ctx: Context, ask: Span, demanded: Judgement) -> Judgement | None:
    """Return the verdict on a percent rise told with its own ask amount, an ask on record (``demanded``), and the
    year of the payment it rises from ("asked for $1.3 billion, up 30 percent from last year"): the percent in points
    against the ask over that year's payment, misleading beyond its hedge (:func:`hedged_span_verdict`) and
    ``percent_abs``, contradicted beyond ``percent_near_abs``. The rise may lie anywhere the ask's printed rounding
    and (a dollar ask) the average rates of the base year and of publication take it. None when it holds there (the
    multiple reading stands), with no year told, the rise not in an appositive on the ask (:func:`apposed_rise`: "saying
    its costs rose 30 percent"), an ask or a sum named after the rise in its sentence (the base may be an earlier ask:
    "from last year's request"), for a ceiling ("up to"), or for a rise of 100 percent or more (told
    as a multiple: "a 400 percent increase" for five times) (fix51v3).

    >>> fig, ctx = example("Washington asked for $1.3 billion, up 30 percent from last year.", "2020-05-08", 1)
    >>> rise_over_told_base(fig, ctx, fig.related[0], _j("supported", "")).verdict
    'contradicted'
    >>> fig, ctx = example("Washington asked for $1.3 billion, up nearly 50 percent from last year.", "2020-05-08", 1)
    >>> rise_over_told_base(fig, ctx, fig.related[0], _j("supported", "")) is None
    True
    """
    claimed, bound = _signed(fig), fig.span.value.get("bound")
    base = base_date(ctx.reader, fig.span) or than_base(ctx.reader, fig.span)
    if base is None or not 0 < claimed < 100 or bound not in (None, "approx", "less_than", "more_than") \
            or not apposed_rise(ctx.reader.text, ask, fig.span):
        return None
    _, s1 = ctx.reader.near(fig.span)
    if _ASK_NAMED.search(ctx.reader.text, fig.span.end, s1) or ctx.reader.figures_in(base.end, s1):
        return None  # the base may be an earlier ask, or a sum of its own
    year, currency = date_years(base)[-1], ask.value.get("currency") or "USD"
    try:
        won, pay = ctx.payment(year, "KRW"), ctx.payment(year, currency)
    except LookupError:
        return None
    rates = [1.0] if currency == "KRW" else [
        ctx.t.index.rates[y].krw_per_usd for y in {year, ctx.published.year} if y in ctx.t.index.rates]
    spread = stated_rounding(ask.exact)
    rises = [(float(ask.value["amount"]) * (1 + k * spread) * rate / won.value - 1) * 100
             for rate in rates for k in (-1, 1)]
    if not rises or min(rises) >= 100:
        return None
    actual = min(max(claimed, min(rises)), max(rises))
    verdict = hedged_span_verdict(fig, actual, claimed, ctx) or _percent_verdict(abs(actual - claimed), ctx.tol)
    if verdict == "supported":
        return None
    return _j(verdict, f"{fmt_money(float(ask.value['amount']), currency)} asked against the {pay.described} "
              f"(the year the rise is counted from) is {min(rises):+.1f}% to {max(rises):+.1f}% at the ask's "
              f"rounding and the rates of that year and of publication; claimed {claimed:+g}%.",
              [*demanded.sources, *pay.sources], [*demanded.rows, *pay.rows], [ask])


def multiple_bound_at_rate(pay: Payment, multiple: float, factor: float, bound: str | None,
                           tol: Tolerances = TOLERANCES) -> tuple[str, str] | None:
    """Return (verdict, why) for a floor or ceiling on a multiple (or percent rise) of a won payment counted from a
    dollar amount, that the year's average rate misses by no more than ``rate_bound_rel``: it holds at a rate of that
    year the writer may have used (as :func:`bound_at_rate` for a bound on the amount itself); else None (claims40).

    >>> pay = Payment(2019, 891e6, "2019 payment", (), ("sma_contributions:2019", "exchange_rates:2019"))
    >>> multiple_bound_at_rate(pay, 1.35, 1.4, "more_than")[0], multiple_bound_at_rate(pay, 1.19, 1.4, "more_than")
    ('supported', None)
    >>> multiple_bound_at_rate(Payment(2019, 1038.9e9, "", (), ("sma_contributions:2019",)), 1.35, 1.4, "more_than")
    >>> multiple_bound_at_rate(pay, 1.23, 1.2, "less_than")[0]
    'supported'
    """
    converted = any(r.startswith("exchange_rates:") for r in pay.rows)
    if not converted or bound not in ("more_than", "less_than", "up_to"):
        return None
    miss = 1 - multiple / factor if bound == "more_than" else multiple / factor - 1
    if not 0 <= miss <= tol.rate_bound_rel:
        return None
    word = "more than" if bound == "more_than" else "at most"
    return "supported", (f"{word} {factor:g}× is missed by {miss:.1%} at the year's average rate, within the "
                         f"{tol.rate_bound_rel:.0%} the won-dollar rate moves in a year: it holds at a rate of that "
                         "year the writer may have used")


def asked_on_record(amount: float, currency: str, ctx: Context) -> bool:
    """Return whether a yearly demand on record, reported by publication, is ``amount`` (within ``same_rel``): a
    multiple or percent rise told with an amount on no record is judged by the asks on record, not by that amount.

    >>> _, ctx = example("Trump demanded $1.3 billion.", "2020-06-01")
    >>> asked_on_record(1.3e9, "USD", ctx), asked_on_record(1.82e9, "USD", ctx)
    (True, False)
    """
    return any(_off_by(r.amount, amount) <= ctx.tol.same_rel for r in demand_rows(ctx, currency, True, NO_FRAME))


def rise_of_an_ask(fig: Figure, ctx: Context, factor: float, pay: Payment, currency: str) -> Judgement | None:
    """Return *supported* when an ask on record of the figure's actor (any, when none is bound), reported by
    publication, in ``currency``, is ``factor`` times ``pay`` within ``factor_rel``, else None (claims31): a rise
    told beside an amount on no record is right when it is the rise of the ask on record; the amount is caught on
    its own item.

    >>> fig, ctx = example("In May 2020, Trump demanded $1.82 billion a year, a 46 percent increase over the 2019 "
    ...                    "payment.", "2020-06-01", 1)
    >>> j = rise_of_an_ask(fig, ctx, 1.46, ctx.payment(2019, "USD"), "USD")
    >>> j.verdict, sorted(r for r in j.rows if r.startswith("demands:"))[-1]
    ('supported', 'demands:dong-a-1-3bn-2020')
    >>> rise_of_an_ask(fig, ctx, 2.0, ctx.payment(2019, "USD"), "USD") is None
    True
    """
    pool = [r for r in demand_rows(ctx, currency, True, NO_FRAME)
            if _off_by(r.amount, pay.value * factor) <= ctx.tol.factor_rel]
    pool = actor_rows(pool, "speaker", fig.frame.actor, ctx)
    if not pool:
        return None
    return _judge_demanded_multiple([(row, pay) for row in pool], factor, None,
                                    f"{factor - 1:+.0%}", ctx)


def ratio_to_a_demanded_amount(fig: Figure, ctx: Context, bound: str | None = None,
                               period: tuple[int, ...] | None = None, factor: float | None = None) -> Judgement:
    """Return the verdict on a demanded multiple with its target amount and no year of its own ("demanded a
    fivefold increase to $5 billion"), or with a period of years (``period``: "during his term, demanded ..."): the
    demands on record of that amount (made in that period) over the payment of the year each was made in;
    unverifiable when no demand of that amount is on record.

    >>> figure, ctx = example("Washington demanded a fivefold increase to $5 billion.", "2024-03-21")
    >>> j = ratio_to_a_demanded_amount(figure, ctx); j.verdict, "2019" in j.evidence
    ('supported', True)
    >>> ratio_to_a_demanded_amount(figure, ctx, period=(2021, 2022, 2023)).verdict
    'unverifiable'
    """
    m = fig.related[0]
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    pool = [r for r in demand_rows(ctx, currency, True, NO_FRAME) if _off_by(r.amount, amount) <= ctx.tol.same_rel
            and (not period or r.date.year in period)]
    factor = float(fig.span.value["factor"]) if factor is None else factor  # a percent passes its own (claims21)
    return _judge_demanded_multiple(with_payments(pool, ctx), factor, bound, f"{factor:g}× the payment", ctx)


def ratio_of_demands(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demanded multiple with no amount in its sentence ("the five-fold increase it is
    demanding"): the reported demands of its time over the payment of their year.

    >>> figure, ctx = example("Lawmakers decried the five-fold increase Washington is demanding.", "2019-12-04")
    >>> ratio_of_demands(figure, ctx).verdict
    'supported'
    """
    factor = float(fig.span.value["factor"])
    bound = fig.span.value.get("bound")
    return _demanded_rise(fig, ctx, factor, bound if bound in ("up_to", "more_than", "less_than") else None,
                          f"{factor:g}× the payment")


def demand_recalled(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a speaker's account of a demand he made earlier ("he had told them they should pay
    X"): against his own demands recorded before the remark (not the remark itself, nor a hypothetical).

    >>> figure, ctx = example("Trump said he had told them they should pay $10 billion a year.", "2025-07-09")
    >>> j = demand_recalled(figure, ctx); j.verdict, "5 billion" in j.evidence
    ('contradicted', True)
    >>> j = demand_recalled(*example("He said the US demanded $10 billion from Korea in 2019.", "2025-07-09"))
    >>> j.verdict, j.rows[0]
    ('contradicted', 'demands:yoon-dehart-4-7bn-usd')

    An earlier demand told as the size of a rise is judged as the rise (:func:`demanded_increase`, xv59):

    >>> demand_recalled(*example("In 2019 Washington sought a $3.8 billion raise over what Seoul paid.",
    ...                          "2020-07-28")).verdict
    'supported'
    """
    rise = None if other_asker(fig, ctx) else demanded_increase(fig, ctx)  # tidy59a: "told NATO members ... more"
    if rise is not None:
        return rise
    amount, currency, _ = _amount(fig)
    before = remark_day(ctx)
    pool = [r for r in ctx.t.index.rows("demands") if r.kind == "demand" and r.date is not pd.NaT
            and r.date.date() < before and r.currency == currency and r.period == "year"]
    pool = actor_rows(year_rows(pool, fig.frame, "date"), "speaker", fig.frame.actor, ctx)
    pool = [r for r in pool if not conditional(r)]  # "If I were there ...": not a demand made
    if not pool:
        return demand_unrecorded(fig, ctx)
    same = [r for r in pool if _off_by(r.amount, amount) <= ctx.tol.same_rel]
    later = [] if same else ask_reported_later(fig, ctx, amount, currency, before)
    if later:
        return _j("unverifiable", f"An account of an earlier demand of {fmt_money(amount, currency)}: no ask on record "
                  f"before {before} is of it, but the ask of that amount for {later[0].for_year} is on record as "
                  f"reported on {later[0].date:%Y-%m-%d}, and an ask is made before it is reported: not contradicted.",
                  [i for r in later for i in split_ids(r.source_ids)], [f"demands:{r.demand_id}" for r in later])
    rows = same or pool
    listed = "; ".join(f"{fmt_money(r.amount, r.currency)} ({r.reported_by}, {r.date:%Y-%m-%d})" for r in rows)
    who = ctx.names.get(fig.frame.actor or "", fig.frame.actor)
    verdict = "supported" if same else "contradicted"
    when = f"of {years_text(fig.frame.years)}" if fig.frame.bound == "phrase" else f"before {before}"
    return _j(verdict, f"An account of an earlier demand by {who} of {fmt_money(amount, currency)}: the demands on "
              f"record {when} give {listed}.", [i for r in rows for i in split_ids(r.source_ids)],
              [f"demands:{r.demand_id}" for r in rows])


def ask_reported_later(fig: Figure, ctx: Context, amount: float, currency: str, before: dt.date) -> list[DataRow]:
    """Return the yearly asks on record of the figure's actor of ``amount`` (within ``same_rel``) for one of its
    years (``for_year``), reported on or after ``before``: an account of an earlier demand matching one of them is
    not known false (the ask was made before its report), however its earlier record reads (verd54).

    >>> fig, ctx = example("Trump said he had asked South Korea to pay $1.3 billion a year.", "2020-05-10")
    >>> sorted(r.demand_id for r in ask_reported_later(fig, ctx, 1.3e9, "USD", remark_day(ctx)))[0]
    'dong-a-1-3bn-2020'
    >>> ask_reported_later(fig, ctx, 3e9, "USD", remark_day(ctx))
    []
    """
    pool = [r for r in ctx.t.index.rows("demands") if r.kind == "demand" and r.date is not pd.NaT
            and r.date.date() >= before and r.currency == currency and r.period == "year"
            and year_in(r.for_year, set(fig.frame.years)) and _off_by(r.amount, amount) <= ctx.tol.same_rel]
    return sorted((r for r in actor_rows(pool, "speaker", fig.frame.actor, ctx) if not conditional(r)),
                  key=lambda r: r.date)


#: A recorded "demand" that is a condition ("If I were there, they'd be paying ..."): not a demand made.
_IF_QUOTE = r"\W*If\b"


def remark_day(ctx: Context) -> dt.date:
    """Return the day before which a demand counts as made earlier than the article's remark (its own news event
    may be up to ``event_days`` before publication).

    >>> remark_day(example("Seoul paid 1 trillion won in 2019.", "2019-12-15")[1])
    datetime.date(2019, 12, 1)
    """
    return ctx.published - dt.timedelta(days=ctx.tol.event_days)


def offer_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on an offer (an amount or a percent rise): against the offers of its actor and time.

    >>> figure, ctx = example("In 2020 Seoul offered a 13 percent increase.", "2020-05-01")
    >>> j = offer_stated(figure, ctx); j.verdict, j.rows
    ('supported', ('offers:rok-13pct-2020',))
    """
    o = [r for r in ctx.t.index.rows("offers") if by_day(r.reported, ctx.published)]
    frame = fig.frame if fig.frame.bound == "phrase" else dataclasses.replace(fig.frame, bound="publication")
    mine = actor_rows(year_rows(o, frame, "reported"), "offered_by", fig.frame.actor, ctx)  # a loose year: any
    if fig.span.kind == "percent":
        claimed, column, shown = float(fig.span.value["percent"]), "percent", f"{fig.span.value['percent']:g}%"
        pool = [r for r in mine if not missing(r.percent)]
        close = [abs(r.percent - claimed) <= ctx.tol.percent_abs for r in pool]
    else:
        claimed, currency, _ = _amount(fig)
        column, shown = "amount", fmt_money(claimed, currency)
        amounts = offered_in(mine, currency, ctx)  # claims19: a dollar figure of an offer on record in won
        pool = [r for r, a in zip(mine, amounts, strict=True) if not missing(a)]
        close = [_off_by(a, claimed) <= ctx.tol.same_rel for a in amounts if not missing(a)]
    swapped = offer_is_other_sides_demand(fig, ctx, mine) if fig.span.kind == "money" and not any(close) else None
    if swapped is not None:
        return swapped
    if not pool:
        return _j("unverifiable", f"No reported offer of that time in the data to compare {shown} with.")
    hits = [r for r, c in zip(pool, close, strict=True) if c]
    rows = hits or pool
    listed = "; ".join(f"{ctx.names.get(r.offered_by, r.offered_by)} offered "
                       f"{f'{r.percent:g}%' if column == 'percent' else fmt_money(r.amount, r.currency)} "
                       f"for {r.for_year} ({r.reported_by}, reported {r.reported:%Y-%m-%d}; {r.outcome})"
                       for r in rows)
    verdict = "supported" if hits else "unverifiable"
    unsure = "" if hits else " No reported offer of that figure; the data lists reported offers only."
    return _j(verdict, f"Offer of {shown}: {listed}.{unsure}", [i for r in rows for i in split_ids(r.source_ids)],
              [f"offers:{r.offer_id}" for r in rows])


def offered_in(offers: Sequence[DataRow], currency: str, ctx: Context) -> list[float]:
    """Return the offers' amounts in ``currency``: as recorded, or converted between won and dollars at the average
    rate of the year each is for; NaN where an offer has no amount or no rate converts it.

    >>> _, ctx = example("Seoul offered 13 percent more.", "2020-05-01")
    >>> round(offered_in(ctx.t.index.rows("offers"), "USD", ctx)[0] / 1e6)  # 1.17 trillion won at the 2020 average
    991
    """
    out = []
    for amount, unit, year in ((r.amount, r.currency, r.for_year) for r in offers):
        if pd.isna(amount) or unit == currency:
            out.append(float(amount))
            continue
        try:
            rate = ctx.rate(ctx.rate_year(int(year))).krw_per_usd
        except (LookupError, ValueError):
            out.append(float("nan"))
            continue
        out.append(float(amount) / rate if currency == "USD" else float(amount) * rate)
    return out


def offer_is_other_sides_demand(fig: Figure, ctx: Context, offers: Sequence[DataRow]) -> Judgement | None:
    """Return the verdict on an offered amount that no offer of its side matches but a demand of the other side,
    made in its time before publication, does: contradicted (the figure is the other side's ask; the side's own
    offers on record say what it offered); None when its side has no offer of that time on record or no demand
    matches.

    >>> figure, ctx = example("In 2020 Seoul offered to pay no more than $1.3 billion.", "2020-09-11")
    >>> j = offer_is_other_sides_demand(figure, ctx, ctx.t.index.rows("offers")); j.verdict, j.rows[0]
    ('contradicted', 'offers:rok-13pct-2020')
    """
    claimed, currency, _ = _amount(fig)
    side = ctx.side(fig.frame.actor)
    asks = [r for r in demand_rows(ctx, currency, False, NO_FRAME) if r.currency == currency
            and _off_by(r.amount, claimed) <= ctx.tol.exact_rel and ctx.side(r.speaker) != side] if side else []
    asks = year_rows(asks, fig.frame, "date")
    offers = [r for r in offers if not missing(r.amount)]
    if not asks or not offers:
        return None
    offered = "; ".join(f"{ctx.names.get(r.offered_by, r.offered_by)} offered {fmt_money(r.amount, r.currency)}"
                        f"{_in_usd(r.amount, r.currency, int(r.for_year), ctx)} for {r.for_year} ({r.reported_by}, "
                        f"reported {r.reported:%Y-%m-%d})" for r in offers)
    asked = "; ".join(sorted({f"{ctx.names.get(r.speaker, r.speaker)} ({r.reported_by}, {r.date:%Y-%m-%d})"
                              for r in asks}))
    return _j("contradicted", f"{fmt_money(claimed, currency)} is on record as a demand of the other side, by "
              f"{asked}, not as an offer; the offers on record of that time: {offered}.",
              [i for r in (*offers, *asks) for i in split_ids(r.source_ids)],
              [*(f"offers:{r.offer_id}" for r in offers), *(f"demands:{r.demand_id}" for r in asks)])


def _in_usd(amount: float, currency: str, year: int, ctx: Context) -> str:
    """Return " (= $X at the year's average rate)" for a won amount, else "" (no rate, or already dollars)."""
    if currency != "KRW":
        return ""
    try:
        rate, _, row = ctx.rate(ctx.rate_year(year))
    except LookupError:
        return ""
    return f" (= {fmt_money(amount / rate, 'USD')} at {rate:,.1f} won/$, {row})"


# --- conversions and quantities the data does not cover ------------------------------------------------


def conversion_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a stated conversion "<won> (<dollars>)": against the average rate of the year it was
    written in, of the year before when the amount is of a later year (conv54: a conversion made when a deal was
    signed, retold the next year, of a year that has no rate yet; audit58: never for the year's own figure), or of
    the one year its amount is of, whichever fits best (the evidence names it); an amount over several years (a term,
    a deal) has no one year, so the writer's own years are used.

    >>> figure, ctx = example("Seoul paid 1.0389 trillion won ($891 million) in 2019.", "2019-12-01", 1)
    >>> conversion_stated(figure, ctx).verdict
    'supported'
    >>> t = "Trump, in office from 2017 to 2021, wanted $5 billion (about 5 trillion won) a year."
    >>> figure, ctx = example(t, "2024-05-01", 1)
    >>> conversion_stated(figure, ctx).verdict, figure.frame.years
    ('contradicted', (2017, 2018, 2019, 2020, 2021))
    >>> t = "Seoul agreed last year to pay 1.5192 trillion won ($1.25 billion) in 2026, under the 2026-2030 deal."
    >>> j = conversion_stated(*example(t, "2025-06-10", 1)); j.verdict, j.rows
    ('supported', ('exchange_rates:2024',))

    A pair with a side of zero implies no rate (crash80: the rate divided by it), in two currencies or in one:

    >>> [conversion_stated(*example(f"Seoul pays $0 ({t}) this year.", "2019-11-19", 1)).verdict
    ...  for t in ("1 trillion won", "$854 million")]
    ['unverifiable', 'unverifiable']
    """
    if 0 in (float(fig.related[0].value["amount"]), float(fig.span.value["amount"])):
        return _j("unverifiable", "A conversion with a side of zero implies no rate.")
    garbled = garbled_pair(fig, ctx)
    if garbled is not None:
        return garbled
    pair = {fig.related[0].value.get("currency"): float(fig.related[0].value["amount"]),
            fig.span.value.get("currency"): float(fig.span.value["amount"])}
    years = conversion_years(fig, ctx)
    if set(pair) != {"KRW", "USD"}:
        return dollars_for_won(fig, ctx, years) or foreign_conversion(pair) or unit_missing_conversion(
            pair, ctx, years) or _j("unverifiable", "Only won-dollar conversions are checked.")
    j = converted_at(pair, ctx, years)
    if digits_copied(pair):  # a won amount printed as dollars: no other year's rate may excuse it
        return won_as_dollars(j) if j is not None else _j("unverifiable", f"No average rate for {years_text(years)}.")
    future = bool(fig.frame.years) and min(fig.frame.years) > ctx.published.year  # no rate of its own year yet
    if future and (j is None or j.verdict != "supported"):  # conv54: a rate of the signing year, told the year after
        before = converted_at(pair, ctx, [ctx.rate_year(ctx.published.year - 1)])
        j = before if before is not None and (j is None or before.verdict == "supported") else j
    return j or _j("unverifiable", f"No average exchange rate for {years_text(years)}.")


def garbled_pair(fig: Figure, ctx: Context) -> Judgement | None:
    """Return the verdict on a conversion whose won side is garbled (:func:`garbled_won`), else None: no rate can be
    read from such a pair, so the dollar side is judged under the frame of the amount it converts — a payment as the
    payment of the period the text fixes, a demand or offer as one — `supported` when the data fit it (the
    Conventions, adjud30), else `unverifiable` (the garbled won figure is its own claim: an error is caught once, where
    it lies); a sum of no quantity the data cover is never judged as the payment (review95 finding 4).

    >>> [conversion_stated(*example(f"In 2019 Seoul paid 1 trillion 38 won ({d}).", "2019-12-01", 1)).verdict
    ...  for d in ("$891 million", "$2 billion")]
    ['supported', 'unverifiable']
    >>> conversion_stated(*example("In 2019 Seoul paid 1.0389 trillion won ($2 billion).", "2019-12-01", 1)).verdict
    'contradicted'
    >>> conversion_stated(*example("In 2019 Seoul spent 1 trillion 38 won ($891 million) on fighter jets.",
    ...                            "2019-12-01", 1)).verdict
    'unverifiable'
    """
    sides = (fig.related[0], fig.span)
    won = next((s for s in sides if garbled_won(ctx.reader.text, s)), None)
    dollars = next((s for s in sides if s.value.get("currency") == "USD"), None)
    if won is None:
        return None
    why = (f"The won figure ({won.exact!r} after {ctx.reader.text[max(0, won.start - 12):won.start].strip()!r}) is "
           "garbled, so the pair gives no rate")
    quantity = frame_of(ctx.reader, fig.related[0]).quantity
    rule, name = {"sma_payment": (payment_reported, "payment"), "demand": (demand_stated, "demand"),
                  "offer": (offer_stated, "offer")}.get(quantity, (None, ""))
    if dollars is not None and rule is not None:
        paid = rule(dataclasses.replace(fig, span=dollars, frame=dataclasses.replace(fig.frame, quantity=quantity)),
                    ctx)
        if paid.verdict == "supported":
            return _j("supported", f"{why}; the dollar figure is judged as the {name}: {paid.evidence}",
                      paid.sources, paid.rows)
    return _j("unverifiable", f"{why}; the garbled figure is judged on its own.")


def conversion_years(fig: Figure, ctx: Context) -> list[int]:
    """Return the years whose average rate a conversion is judged at: the publication year's, and the one year its
    amount is of (never after publication), if it has one.

    >>> conversion_years(*example("Seoul paid 1.0389 trillion won ($891 million) in 2019.", "2020-03-01", 1))
    [2019, 2020]
    """
    own = [min(fig.frame.years[0], ctx.published.year)] if len(fig.frame.years) == 1 else []  # its one year, if any
    return sorted({ctx.rate_year(y) for y in (ctx.published.year, *own, *next_year_rate(fig, ctx))})


def next_year_rate(fig: Figure, ctx: Context) -> list[int]:
    """Return the year after publication when a conversion's amount is of that one year and the data hold its average
    rate (the Conventions: the rate of the one year its amount is of, whichever fits better; real52v: "will pay 760
    billion won (US$571 million) next year", written in December 2008 at a day's rate near 2009's average); else [].

    >>> next_year_rate(*example("Seoul will pay 760 billion won ($571 million) next year.", "2008-12-25", 1))
    [2009]
    >>> next_year_rate(*example("Seoul will pay 760 billion won ($571 million) in 2011.", "2008-12-25", 1))
    []

    Only a pair that fits that rate closely (within two thirds of the conversion band, 10%: ``NEXT_RATE_SHARE``) is
    read at it: a pair off by more is judged at the publication year's rate, as before (review52w: "$520 million" for
    760 billion won, 12.8% off 2009's average, stays misleading).

    >>> next_year_rate(*example("Seoul will pay 760 billion won ($520 million) next year.", "2008-12-25", 1))
    []
    """
    year = ctx.published.year + 1
    if fig.frame.years != (year,) or year not in ctx.t.index.rates:
        return []
    pair = {fig.related[0].value.get("currency"): float(fig.related[0].value["amount"]),
            fig.span.value.get("currency"): float(fig.span.value["amount"])} if fig.related else {}
    if set(pair) != {"KRW", "USD"} or 0 in pair.values():
        return []
    off = abs(pair["KRW"] / pair["USD"] / ctx.rate(year).krw_per_usd - 1)
    return [year] if off <= ctx.tol.rate_rel * NEXT_RATE_SHARE else []


#: The share of the conversion band (``Tolerances.rate_rel``) within which a pair may be read at next year's rate.
NEXT_RATE_SHARE = 2 / 3


def dollars_for_won(fig: Figure, ctx: Context, years: Sequence[int]) -> Judgement | None:
    """Return *contradicted* for a dollar figure restated as a larger dollar figure that, read as won, is its
    equivalent at the average rate of one of ``years`` ("$5 billion (about $5.8 trillion)"): the won equivalent
    printed as dollars (mut59); else None (another dollar figure, or one at no rate: not known to be won).

    >>> j = conversion_stated(*example("Trump demanded $5 billion (about $5.8 trillion) a year.", "2019-11-20", 1))
    >>> j.verdict, j.rows
    ('contradicted', ('exchange_rates:2019',))
    """
    first, second = fig.related[0].value, fig.span.value
    if first.get("currency") != "USD" or second.get("currency") != "USD" \
            or float(second["amount"]) <= float(first["amount"]):
        return None
    won, dollars = float(second["amount"]), float(first["amount"])
    j = converted_at({"KRW": won, "USD": dollars}, ctx, years)
    if j is None or j.verdict != "supported":
        return None
    return _j("contradicted", f"{fmt_money(won, 'USD')} restates {fmt_money(dollars, 'USD')} as dollars again, but "
              f"read as won it is that figure's equivalent ({j.evidence}): a won amount printed as dollars; the "
              f"right figure is {fmt_money(won, 'KRW')}.", j.sources, j.rows)


#: How close to 1,000 won/$ a stated conversion's implied rate must be to count as the won figure's digits copied
#: (0.5 %: the rounding of a figure printed to three or four digits).
COPIED_DIGITS_REL = 0.005


def unit_missing_conversion(pair: dict[str | None, float], ctx: Context, years: Sequence[int]) -> Judgement | None:
    """Return the verdict on a won-dollar conversion printed with one side's unit missing ("$500 million (560
    billion)": a bare number beside an amount in won or dollars), read in the other currency, when the rate the pair
    implies is within ``Tolerances.bare_rate_factor`` of the average rate of one of ``years`` (b52v; README: the
    missing unit is left null); else None: a bare number further off (or repeating the digits) is not known to be a
    conversion, so it is left unverifiable.

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> [unit_missing_conversion({"USD": 5e8, None: n}, ctx, [2019]).verdict for n in (5.6e11, 9e11)]
    ['supported', 'contradicted']
    >>> unit_missing_conversion({"USD": 5e8, None: 5e10}, ctx, [2019]) is None
    True
    """
    known = [c for c in pair if c in ("KRW", "USD")]
    if None not in pair or len(pair) != 2 or len(known) != 1:
        return None
    read = {known[0]: pair[known[0]], ("USD" if known[0] == "KRW" else "KRW"): pair[None]}
    implied = read["KRW"] / read["USD"]
    rates = [ctx.t.index.rates[y].krw_per_usd for y in years if y in ctx.t.index.rates]
    near = any(1 / ctx.tol.bare_rate_factor <= implied / rate <= ctx.tol.bare_rate_factor for rate in rates)
    j = converted_at(read, ctx, years) if near and not digits_copied(read) else None
    if j is None:
        return None
    other = "won" if known[0] == "USD" else "dollars"
    return dataclasses.replace(j, evidence=f"Read as {other} (its unit is not printed): {j.evidence}")


def digits_copied(pair: dict[str | None, float]) -> bool:
    """Return whether a won-dollar pair repeats the won figure's digits in dollars (an implied rate of 1,000 won/$,
    within 0.5 %): the slip of a won amount printed as dollars ("1.0389 trillion won" as "$1.038 billion").

    >>> digits_copied({"KRW": 1.0389e12, "USD": 1.038e9}), digits_copied({"KRW": 1.0389e12, "USD": 891e6})
    (True, False)
    """
    return abs(pair["KRW"] / pair["USD"] / 1000 - 1) < COPIED_DIGITS_REL


def won_as_dollars(j: Judgement) -> Judgement:
    """Return ``j`` with its evidence naming the slip when the copied digits are not the year's conversion.

    >>> won_as_dollars(_j("misleading", "X.")).evidence.endswith("a won amount printed as dollars.")
    True
    >>> won_as_dollars(_j("supported", "X.")).evidence
    'X.'
    """
    if j.verdict == "supported":
        return j
    return dataclasses.replace(j, evidence=j.evidence + " The dollar figure repeats the won figure's digits: a won "
                               "amount printed as dollars.")


def converted_at(pair: dict[str | None, float], ctx: Context, years: Sequence[int]) -> Judgement | None:
    """Return the verdict on a won-dollar pair at the average rate of whichever of ``years`` fits it best (the
    evidence names the year), else None (no rate for any).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> converted_at({"KRW": 1.0389e12, "USD": 891e6}, ctx, [2019]).verdict
    'supported'
    """
    rates: dict[int, Rate] = {}
    for y in years:
        try:
            rates[y] = ctx.rate(y)
        except LookupError:
            continue
    if not rates:
        return None
    year = min(rates, key=lambda y: abs(unit_free(pair["KRW"] / pair["USD"] / rates[y].krw_per_usd) - 1))
    rate, sources, row = rates[year]
    right = pair["KRW"] / rate
    verdict, why = compare(right, pair["USD"], None, dataclasses.replace(ctx.tol, same_rel=ctx.tol.rate_rel))
    j = _j(verdict, f"{fmt_money(pair['KRW'], 'KRW')} at the {year} average of {rate:,.1f} won/$ is "
           f"{fmt_money(right, 'USD')}; stated {fmt_money(pair['USD'], 'USD')}: {why}.", sources, [row])
    others = {y: r for y, r in rates.items() if y != year}
    return j if verdict == "supported" else other_rates_named(j, pair["KRW"], others)


def other_rates_named(j: Judgement, won: float, rates: dict[int, Rate]) -> Judgement:
    """Return a conversion called wrong at the rate of the year that fits it best with the other years' readings
    added to its evidence and rows: the conversion may be meant at any of them, so the right figure of each belongs in
    the evidence (mut27: "960 billion won ($584 million)" told in 2019 is $873 million at 2018's rate, the rate its
    right figure was told at, and $823 million at 2019's).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> j = converted_at({"KRW": 960e9, "USD": 584e6}, ctx, [2018, 2019])
    >>> j.verdict, j.rows
    ('contradicted', ('exchange_rates:2019', 'exchange_rates:2018'))
    >>> j.evidence[j.evidence.index("Read at"):]
    'Read at the rate of its other year: at the 2018 average of 1,099.3 won/$ it is $873.29 million.'
    >>> converted_at({"KRW": 960e9, "USD": 854e6}, ctx, [2018, 2019]).rows
    ('exchange_rates:2018',)
    """
    if not rates:
        return j
    told = "; ".join(f"at the {y} average of {r.krw_per_usd:,.1f} won/$ it is {fmt_money(won / r.krw_per_usd, 'USD')}"
                     for y, r in sorted(rates.items()))
    return _j(j.verdict, f"{j.evidence} Read at the rate of its other year: {told}.",
              [*j.sources, *(s for r in rates.values() for s in r.sources)],
              [*j.rows, *(r.row for r in rates.values())], j.related)


def foreign_conversion(pair: dict[str | None, float]) -> Judgement | None:
    """Return ``not_checkable`` for a conversion of an amount in a currency the data has no rate of (yen, euros: an
    ally's own payment or budget, itself a quantity the data does not cover), else None (claims43).

    >>> foreign_conversion({"JPY": 1.05e12, "USD": 9.2e9}).verdict
    'not_checkable'
    >>> foreign_conversion({None: 1e9, "USD": 1e9}) is None
    True
    """
    other = sorted(str(c) for c in pair if c not in ("KRW", "USD", None))
    if not other:
        return None
    return _j("not_checkable", f"A conversion of an amount in {', '.join(other)}: the data holds won-dollar rates "
              "only, and the amount is of a quantity it does not cover.")


def unit_free(ratio: float) -> float:
    """Return a ratio of two amounts with a unit slip taken out: divided by the power of 1,000 nearest to it, so that
    the year whose rate fits a slipped conversion best is the one that fits it unslipped (claims40); a ratio within
    a factor of about 30 of 1 is returned as it is.

    >>> unit_free(1.02), unit_free(1020.0), round(unit_free(0.00098), 3), unit_free(20.0)
    (1.02, 1.02, 0.98, 20.0)
    """
    scale = 1.0
    if not ratio > 0:
        return ratio
    while ratio / scale > 10 ** 1.5:
        scale *= 1000
    while ratio / scale < 10 ** -1.5:
        scale /= 1000
    return ratio / scale


def other_currency(fig: Figure) -> Judgement | None:
    """Return why an amount of a quantity the data covers, stated in a currency other than won or dollars, cannot be
    judged (the data has no rate for it), else None.

    >>> other_currency(example("Trump said Seoul would be paying over €9 billion a year.", "2024-10-22")[0]).verdict
    'unverifiable'
    """
    currency = fig.span.value.get("currency")
    if fig.span.kind != "money" or currency in ("USD", "KRW", None) or fig.frame.quantity in OTHER_QUANTITIES:
        return None
    return _j("unverifiable", f"A {fig.frame.quantity.replace('_', ' ')} stated in {currency}: the data has exchange "
              "rates for won and dollars only, so it cannot be compared.")


def not_checkable(fig: Figure, ctx: Context) -> Judgement:
    """Return why a figure of a quantity the data does not cover gets no verdict.

    >>> figure, ctx = example("The defense budget grew 8.2 percent in 2024.", "2024-12-01")
    >>> j = not_checkable(figure, ctx); j.verdict, j.evidence[:40]
    ('not_checkable', 'A figure of the defence budget; the data')
    """
    q = fig.frame.quantity
    what = {"other": "no quantity the data covers", "cap": "a cap on future yearly rises (a term of the agreement, "
            "not a rise that happened)"}.get(q, f"the {q.replace('_', ' ')}")
    return _j("not_checkable", f"A figure of {what}; the data covers SMA payments and their changes, demands, "
              "offers and exchange rates, so it cannot be checked here.")


@dataclass(frozen=True)
class Rule:
    """Which figures a judging function takes: a quantity, span kinds and modalities (empty = any)."""

    quantity: str
    kinds: tuple[str, ...]
    modalities: tuple[str, ...]
    judge: Callable[[Figure, Context], Judgement]
    #: an extra test on the frame (None: none)
    when: Callable[[Figure], bool] | None = None
    #: whether the payment guards of :func:`judge_guarded` may withhold its verdict (False: the rule's frame reads
    #: its own doubts, as the count of troops does in :func:`analysis.frames.troop_frame`)
    guarded: bool = True

    def fits(self, fig: Figure) -> bool:
        """Return whether this rule judges ``fig``.

        >>> figure, _ = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
        >>> [r.judge.__name__ for r in RULES if r.fits(figure)]
        ['payment_reported']
        """
        return (fig.frame.quantity == self.quantity and fig.span.kind in self.kinds
                and (not self.modalities or fig.frame.modality in self.modalities)
                and (self.when is None or self.when(fig)))


def payment_hypothetical(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a payment under a condition ("it would be fine if Seoul paid X", "had the deal stayed,
    Seoul would have paid X"): supported when it fits the year's payment or a demand on record; near the payment
    (within ``Tolerances.near_rel``) it may be the payment on a deal's terms, unverifiable; else not checkable — what
    would be paid under a condition is no quantity the data holds, and never refuted by what was paid (claims18).

    >>> payment_hypothetical(*example("It would be fine if Seoul paid $30 billion a year.", "2020-06-10")).verdict
    'not_checkable'
    >>> payment_hypothetical(*example("If the deal holds, Seoul would pay 1.04 trillion won in 2019.",
    ...                               "2019-06-10")).verdict
    'supported'
    """
    j = payment_reported(fig, ctx)
    if j.verdict == "supported":
        return j
    if j.verdict != "contradicted":  # near the payment (misleading) or no row: it may be the payment under terms
        return _soften(j, f"a {fig.frame.modality} is not refuted by what happened later")
    asked = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, quantity="demand", actor=None,
                                                              modality="demand"))
    demand = demand_stated(asked, ctx)
    if demand.verdict == "supported":
        return demand
    return _j("not_checkable", f"{j.evidence} Not judged: a {fig.frame.modality} sum (what would be paid under a "
              "condition) is neither a payment made nor a demand on record, a quantity the data does not hold.",
              j.sources, j.rows, j.related)


SOFT = ("forecast", "hypothetical")
LATER = "is not refuted by what happened later"
payment_forecast = softened(payment_reported, "payment_forecast", LATER)
demand_unrecorded = softened(demand_stated, "demand_hypothetical", "may give a figure no report recorded")
ratio_hypothetical = softened(ratio_reported, "ratio_hypothetical", LATER)  # claims18: "Were the troops to double"


def demand_quoted(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a demand in a quotation or under a condition: as :func:`demand_stated`, never
    contradicted (a speaker may name a figure no report recorded) — but a unit slip of a demand on record stays one:
    a quotation (claims26) or a condition (mut62: "if he were president, they would pay $10 million") gives no
    licence to write millions for billions.

    >>> demand_quoted(*example('"They should pay $5 million a year," Trump said.', "2019-11-20")).verdict
    'contradicted'
    >>> demand_quoted(*example('"They should pay $3 billion a year," Trump said.', "2019-11-20")).verdict
    'unverifiable'
    """
    j = demand_stated(fig, ctx)
    return j if j.verdict == "contradicted" and UNIT_SLIP in j.evidence else demand_unrecorded(fig, ctx)


# --- troops ---------------------------------------------------------------------------------------------------


#: The kinds of rows of data/troops.csv that are a level of the troops there (a floor in a law is none: no count is
#: judged against it).
LEVEL_KINDS = ("stated_level", "personnel_count")


def troops_stated(fig: Figure, ctx: Context) -> Judgement:
    """Return the verdict on a count of US troops in South Korea: against every level row (:data:`LEVEL_KINDS`) of
    ``data/troops.csv`` whose years cover the frame's year — supported within ``Tolerances.troops_rel`` of one (or
    true under its hedge: "more than 26,000" when 28,500 are there), contradicted when off every row by more, with the
    right figure (a stated level first, then the nearest); unverifiable for a year no row covers. Not judged (not
    checkable): a count the frame reads as no level of US forces in Korea (another army, a number to move, a floor, a
    plan), a hypothetical, and a count ``Tolerances.troops_far_factor`` times off (another force, or a part of one);
    never contradicted: a count whose frame has a doubt (a bare number whose clause names no troops).

    >>> [troops_stated(*example(t, "2024-10-16")).verdict for t in ("The US has about 28,500 troops in South Korea.",
    ...     '"We have 40,000 soldiers there," Trump said of Korea.', "Japan hosts 54,000 US troops.")]
    ['supported', 'contradicted', 'not_checkable']
    """
    f = fig.frame
    if f.level or f.modality in SOFT:
        why = f.level or f"a {f.modality} level"
        return _j("not_checkable", f"Not judged: {why}; the data holds the level of US troops in South Korea only.")
    listed = respective_count(ctx.reader.text, *ctx.reader.local(fig.span), fig.span)
    if listed == "respective":  # review95: "in 1990 and 2025, Seoul hosted 37,000 and 28,500 troops respectively"
        return _j("not_checkable", "Not judged: a list of counts, one per thing named with it ('respectively'), not "
                  "places; the data holds the level of US troops in South Korea only.")
    if isinstance(listed, dict):  # clm28: "Japan and South Korea host 50,000 and 28,500 troops respectively"
        fig = dataclasses.replace(fig, span=dataclasses.replace(fig.span, value=listed))
    year = f.years[-1]
    rows = [r for r in ctx.t.index.rows("troops") if r.from_year <= year <= r.to_year and r.kind in LEVEL_KINDS]
    if not rows:
        return _j("unverifiable", f"No sourced figure of US troops in South Korea covers {year}.")
    claimed = float(fig.span.value["count"])
    verdicts = [(count_verdict(fig.span.value, float(r.troops), ctx.tol), int(r.troops), r.source_ids,
                 f"troops:{r.from_year}-{r.to_year}:{r.kind}") for r in rows]
    # the first verdict in this order; among rows of one verdict, a stated level first, then the nearest figure
    verdict, right, ids, row = min(verdicts, key=lambda v: (("supported", "not_checkable", "contradicted").index(v[0]),
                                                            not v[3].endswith("stated_level"), abs(v[1] - claimed)))
    said = f"{fig.span.exact!r} against {right:,} US troops in South Korea in {year} ({row})"
    month = None if verdict == "supported" else month_level(fig, ctx)
    if month is not None:
        return month
    if verdict == "supported":
        return _j("supported", f"{said}: within {ctx.tol.troops_rel:.0%} or true under its hedge.", split_ids(ids),
                  [row])
    if verdict == "not_checkable" and not (claimed >= right * ctx.tol.troops_far_factor
                                           and (level_placed_in_korea(fig, ctx) or hosted_count(fig, ctx))):
        return _j("not_checkable", f"{said}: {ctx.tol.troops_far_factor:g} times off or more, so probably another "
                  "force or a part of one, not a misstated level.", split_ids(ids), [row])
    if f.doubt:
        return _j("not_checkable", f"{said}: off, but not judged: {f.doubt}.", split_ids(ids), [row])
    part = force_part(fig, ctx) if claimed < right else None
    if part is not None:  # cfix51: "soldiers of the US Army", "in the Pyeongtaek area": a part, below the level
        return _j("not_checkable", f"{said}: off, but not judged: a part of the force ({part!r}), not its level.",
                  split_ids(ids), [row])
    return level_withheld(fig, ctx, said, split_ids(ids), row) or _j(
        "contradicted", f"{said}: off by more than {ctx.tol.troops_rel:.0%}; the right figure is {right:,}.",
        split_ids(ids), [row])


def month_level(fig: Figure, ctx: Context) -> Judgement | None:
    """Return ``supported`` for a troop count judged at publication's year that is the level of the year a date of
    part of that year gives it ("In October 1992, the U.S. kept 37,400 troops", told in 2019: 1992's level; a level is
    a count at a time, so a month dates it: :func:`analysis.frames.month_year`); None when no such date binds it or
    that year's levels do not hold it either, so the count is judged at publication's year as before (contra60).

    >>> month_level(*example("In October 1992, the U.S. kept 37,400 troops in Korea.", "2019-06-06")).verdict
    'supported'
    >>> month_level(*example("In October 1992, the U.S. kept 48,620 troops in Korea.", "2019-06-06")) is None
    True
    """
    year = month_year(ctx.reader, fig.span)
    if year is None or year == fig.frame.years[-1]:
        return None
    rows = [r for r in ctx.t.index.rows("troops") if r.from_year <= year <= r.to_year and r.kind in LEVEL_KINDS]
    held = [r for r in rows if count_verdict(fig.span.value, float(r.troops), ctx.tol) == "supported"]
    if not held:
        return None
    row = min(held, key=lambda r: (r.kind != "stated_level", abs(float(r.troops) - float(fig.span.value["count"]))))
    name = f"troops:{row.from_year}-{row.to_year}:{row.kind}"
    return _j("supported", f"{fig.span.exact!r} against {int(row.troops):,} US troops in South Korea in {year} "
              f"({name}), the year of the month its clause names: within {ctx.tol.troops_rel:.0%} or true under its "
              "hedge.",
              split_ids(row.source_ids), [name])


def level_withheld(fig: Figure, ctx: Context, said: str, ids: Sequence[str], row: str) -> Judgement | None:
    """Return the verdict on a troop count off every level of its year that its words keep from being called false
    (``said``: the comparison, with the data's figure), else None: told in the past tense as changed since
    (:func:`past_level`), with a modal of being ("would remain", "could be": not judged), or of another time
    (:func:`troops_other_time`) (cconf53); its year only from a relative date ("last year's drills") and its words no
    level of US forces in Korea (:func:`level_in_korea`): not judged (contra48).

    >>> fig, ctx = example("About 24,000 US troops would remain after the cut.", "2019-11-20")
    >>> level_withheld(fig, ctx, "24,000 against 28,500", [], "troops:2019").verdict
    'not_checkable'
    >>> level_withheld(*example("The US has 24,000 troops in Korea.", "2019-11-20"), "", [], "troops:2019") is None
    True
    """
    earlier = past_level(fig, ctx)
    if earlier is not None:
        return _j("unverifiable", f"{said}: off, but told in the past tense with no year, and it is the level of "
                  f"{earlier}: not contradicted.", ids, [row])
    modal = _MAY_BE.search(ctx.text, *own_clause(ctx.reader, fig.span))
    if modal is not None:  # "would remain", "could be in Korea during the drills"
        return _j("not_checkable", f"{said}: off, but not judged: a level told with a modal ({modal.group()!r}), one "
                  "that may be, not one told as fact.", ids, [row])
    then = troops_other_time(fig, ctx)
    if then is not None:  # "at the time", "used to station", "through the 1990s" not bound to it
        return _j("unverifiable", f"{said}: off, but not contradicted: its year is only the publication's, and its "
                  f"own words tell of another time ({then}).", ids, [row])
    if fig.frame.bound in RELATIVE_BOUNDS and not level_in_korea(fig, ctx):
        return _j("not_checkable", f"{said}: off, but not judged: its year comes only from a relative date, and its "
                  "words do not make it the level of US forces in Korea (contra48).", ids, [row])
    return None


def level_in_korea(fig: Figure, ctx: Context) -> bool:
    """Return whether a troop count's words make it the level of US forces in Korea: placed in Korea
    (:func:`level_placed_in_korea`) or the troops whose cost Korea shares (:func:`hosted_count`), read as of the year
    its frame binds (a past tense is that year's, not an earlier level's) (contra48).

    >>> [level_in_korea(*example(t, "2025-08-20")) for t in ("Last year the U.S. kept 35,000 troops in South Korea.",
    ...     "Last year's drills drew some 19,000 U.S. troops to the peninsula.")]
    [True, False]
    """
    bound = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, bound="phrase"))
    return level_placed_in_korea(bound, ctx) or hosted_count(bound, ctx) or korea_force_before(fig, ctx)


#: The command's name: "USFK", "U.S. Forces Korea", "United States Forces Korea".
_USFK = r"USFK|U\.?S\.?[ \t]++Forces[ \t]++Korea|United[ \t]++States[ \t]++Forces[ \t]++Korea"
#: The US force in Korea named as a subject before a count ("U.S. Forces Korea had", "USFK numbered", "U.S. troop
#: strength in Korea stood at", "the American garrison in South Korea", "US troops on the peninsula") (mendc48).
_KOREA_FORCE = re.compile(r"\b(?:" + _USFK + r"|(?:U\.S\.|US|U\.S|American|United[ \t]++States)[ \t]++"
                          r"(?:troop[ \t]++(?:strength|levels?|numbers?)|troops|forces|garrison|(?:military[ \t]++)?"
                          r"presence)[ \t]++(?:in|on)[ \t]++"
                          r"(?:the[ \t]++)?(?:South[ \t]++Korea|Korea|Korean[ \t]++[Pp]eninsula|[Pp]eninsula))(?!\w)")
#: How far before a count the US force in Korea may be named as its subject (:data:`_KOREA_FORCE`).
FORCE_LEAD_CHARS = 60


def korea_force_before(fig: Figure, ctx: Context) -> bool:
    """Return whether the US force in Korea is named before a troop count, in its sentence and within
    :data:`FORCE_LEAD_CHARS`, with no other number between and no other force's words (:data:`_OTHER_FORCE`):
    "U.S. Forces Korea had some 35,000 troops", "U.S. troop strength in Korea stood at 35,000" (mendc48, review48
    finding 1: such counts are the level, however their year is found).

    >>> [korea_force_before(*example(t, "2025-08-20")) for t in ("Last year USFK numbered about 35,000 troops.",
    ...     "Last year, U.S. troop strength in Korea stood at 35,000.",
    ...     "U.S. troops in Korea joined some 19,000 troops from Japan last year.",
    ...     "U.S. forces in Korea and the allies' 600,000 troops drilled last year.",
    ...     "Last year's drills drew 19,000 U.S. troops.")]
    [True, True, False, False, False]
    """
    r, span = ctx.reader, fig.span
    s, _ = r.near(span)
    lead = max(s, span.start - FORCE_LEAD_CHARS)
    force = last_match(_KOREA_FORCE, r.text, lead, span.start)
    if force is None or _DIGIT.search(r.text, force.end(), span.start):
        return False
    between = r.text[force.end():span.start]
    return _OTHER_FORCE.search(r.text, force.start(), span.end) is None and not _JOINED_OTHERS.search(between)


#: Words between the named force and a count that make the count another's ("joined", "and", "with", "others").
_JOINED_OTHERS = re.compile(r"\b(?:joined|and|with|plus|others?|besides|alongside)\b", re.I)


#: A modal before a verb of being or staying: a level that may be ("would remain", "could be in Korea", "might stay");
#: not "would be affected" (those a move touches).
_MAY_BE = re.compile(r"\b(?:would|could|might|may)[ \t]++(?:still[ \t]++)?(?:remain|stay|number|total|be[ \t]++"
                     r"(?:left|in|on|there|here|stationed|based|deployed|kept))\b", re.I)


#: "since" opening a date: a time counted from it up to now, no other time.
_SINCE_BEFORE = re.compile(r"\bsince\b", re.I)


def troops_other_time(fig: Figure, ctx: Context) -> str | None:
    """Return the words that set a troop count with no year of its own (its year the publication's) in another time,
    else None: words of a time the text does not date in its own words (:func:`analysis.guards.other_time`: "at the
    time", "used to", "peaked at"), or a date there, not bound to it, of years whose level the count fits ("kept 37,000
    troops there through the 1990s") (cconf53).

    >>> [troops_other_time(*example(t, "2019-11-20")) for t in ("The US used to station about 37,000 troops there.",
    ...     "The US kept 37,000 troops in South Korea through the 1990s.", "The US has 37,000 troops in Korea.",
    ...     "The US has kept 37,000 troops in South Korea since the 1990s.")]
    ["'used to', which the text does not date", "'the 1990s', of years whose level it fits", None, None]
    """
    if fig.frame.bound != "publication":
        return None
    r = ctx.reader
    then = other_time(r, fig.span)
    if then is not None:
        return f"{then!r}, which the text does not date"
    for d in r.spans_in(*own_clause(r, fig.span), "date"):
        back, after = ctx.tol.since_back_chars, ctx.tol.since_after_chars
        if _SINCE_BEFORE.search(ctx.text, max(0, d.start - back), d.start + after):
            continue  # "has kept X troops since the 1990s": to now
        years = [y for y in date_years(d) if y < ctx.published.year]
        if any(count_verdict(fig.span.value, float(row.troops), ctx.tol) == "supported"
               for row in ctx.t.index.rows("troops") for y in years if row.kind in LEVEL_KINDS
               and row.from_year <= y <= row.to_year):
            return f"{d.exact!r}, of years whose level it fits"
    return None


#: Words that make a count of troops one service's or one area's ("soldiers of the US Army", "Army soldiers", "belong
#: to the Army", "the Army has", "airmen", "sailors", "in the Pyeongtaek area"), one of two parts told together ("with
#: another 3,500 on rotation"), those a move would touch ("would be affected") or those a word sets apart from the
#: rest ("excluding rotational units", "permanently based", cconf53; not "including rotational units" nor a bare
#: "rotational", mend53c): a part of the US forces in Korea, not their
#: level (cfix51).
_FORCE_PART = re.compile(r"\b(?:(?:U\.S\.|US|American)[ \t]++)?(?:Army|Navy|Air[ \t]++Force|Marine[ \t]++Corps)"
                         r"[ \t]++(?:soldiers|troops|personnel|members)\b|\b(?:soldiers|troops|personnel|members)"
                         r"[ \t]++of[ \t]++the[ \t]++(?:(?:U\.S\.|US)[ \t]++)?(?:Army|Navy|Air[ \t]++Force|Marines)\b|"
                         r"\b(?:belong(?:s|ing)?|assigned)[ \t]++to[ \t]++the[ \t]++(?:(?:U\.S\.|US)[ \t]++)?(?:Army|"
                         r"Navy|Air[ \t]++Force|Marines)\b|\b(?:airmen|sailors|[Mm]arines)\b|"
                         r"\bin[ \t]++the[ \t]++[A-Z][a-z-]*+[ \t]++(?:area|region|province|district)\b|"
                         r"\b(?:Army|Navy|Air[ \t]++Force|Marine[ \t]++Corps)(?:['’]s\b|[ \t]++(?:has|had|keeps|kept)"
                         r"\b)|"
                         r"\bwith[ \t]++(?:another|an[ \t]++additional|a[ \t]++further)\b|\bplus[ \t]++another\b|"
                         r"(?<!including[ \t])(?<!with[ \t])(?<!plus[ \t])\b(?:excluding|not[ \t]++counting|"
                         r"permanently[ \t]++(?:based|stationed))\b|"  # cconf53, mend53c: not "including rotational"
                         r"\b(?:would|could|might)[ \t]++be[ \t]++(?:affected|involved)\b")


def force_part(fig: Figure, ctx: Context) -> str | None:
    """Return the words that make a count of troops off the level a part of the force — one service ("23,000 soldiers
    of the US Army are in Korea, along with airmen and sailors") or one area ("the 15,000 US troops in the Pyeongtaek
    area") — in its clause near it; else None: such a count is not the level misstated (cfix51).

    >>> [force_part(*example(t, "2019-11-20")) for t in ("About 23,000 soldiers of the US Army are in Korea.",
    ...     "The 15,000 US troops in the Pyeongtaek area will move.", "The 40,000 US troops in Korea cost a lot.")]
    ['soldiers of the US Army', 'in the Pyeongtaek area', None]
    """
    c0, c1 = ctx.reader.clause(fig.span, strong=True)
    m = _FORCE_PART.search(ctx.text, max(c0, fig.span.start - 40), min(c1, fig.span.end + 60))
    return " ".join(m.group().split()) if m else None


#: Right before a count of troops, a verb of having them in the past tense: "had more than 37,000", "once kept".
_HAD_BEFORE = re.compile(r"\b(?:had|kept|stationed|maintained|numbered)[ \t]++(?:(?:once|still)[ \t]++)?$", re.I)


#: Before a troop level's noun, its determiners and quantifiers ("that force", "a third of them", "4,500 of its").
_LEVEL_DET = r"(?:(?:the|that|this|those|these|its|their|a|an|one|some|most|many|part|half|all|third|quarter|of|US|" \
             r"U\.S\.|American|\d[\d,]{0,9}+)[ \t]++){0,4}"
#: A troop level as the thing cut: the troops, their number or force, or "them"/"it".
_LEVEL_NOUN = (r"(?:them|it|troops?|soldiers?|forces?|numbers?|garrison|levels?|units?|brigades?|presence|personnel|"
               r"deployment|contingent|service[ \t]++members|strength)\b")
#: Between a conjunction and a verb of change, up to three words and none of a modal or an intent ("Trump threatened
#: to pull them out", "Trump may cut them": no change told) (mend58v).
_NOT_MODAL = r"(?:(?!(?:to|may|might|could|would|should|can|will|shall)\b)[\w-]++[ \t]++){0,3}?"
#: After it in its sentence, the level told as changed since: "but has been thinning that force", "but has cut them",
#: after any conjunction of contrast or time ("though it is now trimming that force", "while it has since drawn
#: down", "and has since cut it": hist58v; cfix43 read only "but", "and", "before", "until"). The thing cut is the
#: troops or their level ("them", "the number", "to 28,500"; or the level is the subject: "though that number has
#: since been reduced"), no modal or intent comes before the verb, and "since" is a conjunction only as "since then"
#: ("since Trump wanted to reduce costs" is a cause) (mend58v).
_SINCE_CUT = re.compile(r"\b(?:but|and|before|until|though|although|while|whereas|yet|since[ \t]++then)[ \t]++(?:"
                        r"(?:the|that|this|its|their)[ \t]++(?:number|force|garrison|level|troop[ \t]++level|presence|"
                        r"contingent|figure)[ \t]++" + _NOT_MODAL + r"(?:reduc|cut|withdr[ae]w|pull|f[ae]ll|shr[iu]nk|"
                        r"lower|dr[ae]wn?[ \t]++down|trimm?|decreas|halv|scal|dropp|declin)|"
                        + _NOT_MODAL + r"(?:reduc|cut|withdr[ae]w|pull|trim|lower|dr[ae]w|decreas|halv|scal|f[ae]ll|"
                        r"shr[iu]nk)\w{0,6}+(?:[ \t]++(?:out|back|down|off))?[ \t]++(?:" + _LEVEL_DET + _LEVEL_NOUN
                        + r"|(?:to|by)[ \t]++(?:(?:about|around|some|roughly|nearly|just|under|over|fewer|less|more|"
                        r"than)[ \t]++){0,2}\d))", re.I)


def past_level(fig: Figure, ctx: Context) -> str | None:
    """Return the years of an earlier sourced level a troop count told in the past tense with no year of its own, and
    as changed since in its sentence, matches ("Washington had some 37,800 soldiers on the peninsula ... but has since
    scaled them back": the past tense puts the level before publication and fixes no year, cfix43), as "1992-2004";
    else None.

    >>> past_level(*example("The U.S. had more than 37,000 troops in South Korea but is cutting them.", "2007-03-20"))
    '1992-2004'
    >>> past_level(*example("Washington had some 37,800 soldiers on the peninsula, though it has since scaled back "
    ...                     "that force.", "2013-12-12"))
    '1992-2004'
    >>> [past_level(*example(t, "2007-03-20")) for t in ("The U.S. has more than 37,000 troops in South Korea.",
    ...                                                "We had 40,000 troops at risk, Trump said.")]
    [None, None]
    >>> [past_level(*example(t, "2019-07-07")) for t in (  # mend58v: no change of the level told
    ...     "The U.S. had 37,000 troops in Korea, while Trump threatened to pull them out.",
    ...     "The U.S. had 37,000 troops in Korea, though Seoul cut its spending on them.",
    ...     "The U.S. had 37,000 troops in Korea, since Trump wanted to reduce costs.")]
    [None, None, None]
    """
    _, s1 = ctx.reader.sentence_of(fig.span)
    if period_fixed(fig) or not _HAD_BEFORE.search(ctx.text, max(0, fig.span.start - 30), fig.span.start) \
            or not _SINCE_CUT.search(ctx.text, fig.span.end, s1):
        return None
    rows = [r for r in ctx.t.index.rows("troops") if r.kind in LEVEL_KINDS and r.from_year < ctx.published.year
            and count_verdict(fig.span.value, float(r.troops), ctx.tol) == "supported"]
    last = max(rows, key=lambda r: r.to_year, default=None)
    return None if last is None else f"{last.from_year}-{last.to_year}"


def count_verdict(value: dict[str, object], right: float, tol: Tolerances = TOLERANCES) -> str:
    """Return ``supported``, ``contradicted`` or ``not_checkable`` (far off: another force) for a count's value
    (``count``, ``count_to``, ``bound``) against the right figure.

    >>> [count_verdict({"count": n, "bound": b}, 28500) for n, b in ((28000, "approx"), (26000, "more_than"),
    ...     (30000, "less_than"), (28500, "more_than"), (32000, None), (40000, "more_than"))]
    ['supported', 'supported', 'supported', 'supported', 'contradicted', 'contradicted']
    >>> [count_verdict({"count": n}, 28500) for n in (625000, 4500)]  # another force, a part of one
    ['not_checkable', 'not_checkable']
    """
    low = float(value["count"])  # type: ignore[arg-type]
    high = float(value.get("count_to") or low)  # type: ignore[arg-type]
    bound = value.get("bound")
    if high * tol.troops_far_factor <= right or low >= right * tol.troops_far_factor:
        return "not_checkable"
    if bound in ("more_than", "less_than") and abs(low / right - 1) <= tol.exact_rel:
        return "supported"  # "more than 28,500": the figure itself at the claim's rounding
    if bound == "more_than":
        return "supported" if right > low else "contradicted"
    if bound in ("less_than", "up_to"):
        return "supported" if right * (1 - tol.troops_rel) <= low <= right / (1 - tol.just_below_rel) else (
            "contradicted" if right > low * (1 + tol.troops_rel) or hedge_overshoots(low, right, bound, tol)
            else "not_checkable")
    near = right * (1 - tol.troops_rel) <= high and low <= right * (1 + tol.troops_rel)
    return "supported" if near else "contradicted"


def hedge_overshoots(low: float, right: float, bound: str | None, tol: Tolerances = TOLERANCES) -> bool:
    """Return whether "almost N" ("nearly", "close to", "just under": bound ``less_than``) is false because the right
    figure is more than ``Tolerances.just_below_rel`` below N (mut59: "almost 34,000 troops" of 28,500); a ceiling
    ("up to N", bound ``up_to``) stays true under it.

    >>> hedge_overshoots(34000, 28500, "less_than"), hedge_overshoots(30000, 28500, "less_than")
    (True, False)
    >>> hedge_overshoots(34000, 28500, "up_to")
    False
    """
    return bound == "less_than" and low * (1 - tol.just_below_rel) > right


#: A place after a count of troops that puts them in Korea: "in (South) Korea", "on the (Korean) Peninsula", "in the
#: ROK", or the force's name ("U.S. Forces Korea", "USFK").
_IN_KOREA = re.compile(r"\b(?:(?:in|on)[ \t]++(?:the[ \t]++)?(?:South[ \t]++Korea|Korea|ROK|Republic[ \t]++of[ \t]++"
                       r"Korea|Korean[ \t]++[Pp]eninsula|[Pp]eninsula)|" + _USFK + r")\b")
#: "there" after a count of troops ("stationed there"): the place the sentence named before the count.
_THERE = re.compile(r"\b(?:stationed|based|deployed)[ \t]++there\b")
#: Korea named as the host of the troops, before the count ("South Korea hosts", "Korea stations").
_KOREA_HOSTS = re.compile(r"\b(?:South[ \t]++)?Korea[ \t]++(?:hosts|stations|is[ \t]++home[ \t]++to)\b")
_KOREA = re.compile(r"\bKorea\b")
#: How far before a count of troops the words that date its level (:data:`_PAST_LEVEL`) or name its host are read.
LEVEL_LEAD_CHARS = 40
# Words that make a count placed in Korea another force than the US troops (review60): the allies' or Korea's own
# armies ("the allies have 600,000 troops on the peninsula", "285,000 troops of its own stationed in Korea")
# and North Korea's, as owner or subject ("North Korea's 1.2 million", "North Korea has"), not as an object ("to deter
# North Korea, 60,000 U.S. troops": mend62, review62 finding 13).
_OTHER_FORCE = re.compile(r"\b(?:allies|allied|combined|own|South[ \t]++Korean|North[ \t]++Korean|North[ \t]++"
                          r"Korea(?:['’]s|[ \t]++(?:has|had|have|keeps|kept|fields|fielded|maintains|deploys|boasts|"
                          r"masses|amasses))|Korean[ \t]++(?:troops|soldiers|army|forces|military)|ROK[ \t]++(?:troops|"
                          r"army|forces|military))\b")
_DIGIT = re.compile(r"\d")
#: Words that tell a level of another time than the frame's, which the frame has not bound ("were", "once", "during
#: the war", "at its peak").
_PAST_LEVEL = re.compile(r"\b(?:were|was|had|once|used[ \t]++to|fought|served|kept|peaked|during|war|peak|height)\b",
                         re.I)


def level_placed_in_korea(fig: Figure, ctx: Context) -> bool:
    """Return whether a count of troops far above every level of its year (``Tolerances.troops_far_factor``) is the
    level of US troops in Korea misstated, not another force (mut59): its sentence places the troops in Korea after
    the count, before any other number ("82,500 U.S. troops are stationed in South Korea", "the 82,500-strong U.S.
    Forces Korea", "stationed on the peninsula", "stationed there" after a sentence naming Korea), or names Korea as
    their host just before it ("South Korea hosts 82,500"), and tells no other time its frame has not bound from
    just before the count to the place (a past tense, "once", "during the war"). Troops abroad, another country's
    force, Korea's own army ("has"), a count before another number and the place stay another force.

    >>> [troops_stated(*example(t, "2020-06-10")).verdict for t in ("Some 82,500 U.S. troops are stationed in Korea.",
    ...     "Some 199,000 U.S. troops are stationed overseas.", "During the war, 300,000 U.S. troops fought in Korea.",
    ...     "It has 625,000 troops, with 28,500 Americans in South Korea.",
    ...     "Combined, the allies have about 600,000 troops on the peninsula.")]
    ['contradicted', 'not_checkable', 'not_checkable', 'not_checkable', 'not_checkable']
    """
    r, span = ctx.reader, fig.span
    s, e = r.near(span)
    lead = max(s, span.start - LEVEL_LEAD_CHARS)
    other = _DIGIT.search(r.text, span.end, e)
    stop = other.start() if other else e
    place = _IN_KOREA.search(r.text, span.start, stop) or _KOREA_HOSTS.search(r.text, lead, span.start) or (
        _THERE.search(r.text, span.end, stop) if _KOREA.search(r.text, s, span.start) else None)
    if place is None or _OTHER_FORCE.search(r.text, lead, max(place.end(), span.end)):
        return False
    return fig.frame.bound == "phrase" or _PAST_LEVEL.search(r.text, lead, max(place.end(), span.end)) is None


#: The cost or stationing the ally pays for, right before a count of troops ("the cost of stationing", "the upkeep of",
#: "for basing", "toward maintaining", "the costs of the"): the count is of the troops whose cost is shared (mut62).
_HOSTED_WORDS = ("costs?|upkeep|expenses?|presence|deployment|having|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|"
                 "station(?:s|ed|ing)?|bas(?:e|es|ed|ing)|host(?:s|ed|ing)?|hous(?:e|es|ed|ing)|support(?:s|ed|ing)?|"
                 "deploy(?:s|ed|ing)?")  # each verb in all its forms (mend62, review62 finding 14)
_HOSTED_BEFORE = re.compile(rf"\b(?:{_HOSTED_WORDS})(?:[ \t]{{1,3}}(?:of|for|toward|towards|the|some|about|around|"
                            r"roughly|nearly|its|an|estimated)){0,4}[ \t]{0,3}$", re.I)

#: A place after a count of troops pointing back to the Korea its sentence (or article, for "here", "the country")
#: names: "stationed here", "in the Asian country", "on its soil", "across South Korea", "in the South" (mut62).
_HERE_AFTER = re.compile(r"\b(?:(?P<back>here|there|(?:in|on|across|throughout|from)[ \t]++(?:th(?:e|at)[ \t]++(?:\w+"
                         r"[ \t]++)?country|its[ \t]++(?:soil|territory)))|(?:in|on|across|throughout|from)[ \t]++"
                         r"(?:the[ \t]++(?:\w+[ \t]++)?(?:peninsula|South)|(?:South[ \t]++)?Korean?[ \t]++(?:soil|"
                         r"territory)|South[ \t]++Korea))\b")

#: Words after a count that place it away from Korea ("stationed overseas", "around the world", "in the region", "on
#: the continent", "outside the United States": mend62).
_AWAY = re.compile(r"\b(?:" + "|".join((
    r"abroad|overseas|worldwide|globally|elsewhere|outside|beyond|at[ \t]++home",
    r"around[ \t]++the[ \t]++world|in[ \t]++(?:the[ \t]++)?(?:region|Asia|Pacific)",
    r"(?:the|that|this|other)[ \t]++(?:continents?|mainland|hemisphere|homeland)")) + r")\b", re.I)
#: Capitalised words after a preposition that are no place: a month or a day (the calendar's names), a US adjective
#: ("at U.S. bases in Korea"), or a word that points back to Korea ("the Korean Peninsula", "the Asian country").
_NOT_A_PLACE = "|".join((*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept", *calendar.day_name,
                         r"U\.?S", "American", "Korean", "Asian", "South", "North"))
#: A proper name after a preposition of place ("in Germany", "across Europe", "on Guam"): a place, which is Korea only
#: when :func:`analysis.frames.korea_named` reads it so ("in Seoul", "at Camp Humphreys"); not :data:`_NOT_A_PLACE`
#: nor a person's possessive (mend62).
_NAMED_PLACE = re.compile(rf"\b(?:in|on|at|across|throughout|inside|near|along)[ \t]++(?:the[ \t]++)?"
                          rf"(?P<place>(?!(?:{_NOT_A_PLACE})\b)(?=[A-Z])\w++)(?!['’]s\b)")
#: Words that make a count no level there now: a wartime reinforcement or plan ("deploying 690,000 troops ... in a
#: war"), a count of all who have served ("1.5 million who have served there since 1953") (mend62, review62 finding 2).
_NO_LEVEL = re.compile(r"\b(?:" + "|".join((
    r"wars?|wartime|contingenc(?:y|ies)|conflicts?|invasion|reinforc\w*+",  # a war's reinforcement or plan
    r"served|altogether|cumulative(?:ly)?|in[ \t]++(?:all|total)|over[ \t]++the[ \t]++(?:years|decades)",  # all
)) + r")\b", re.I)
#: A word on a count that makes it of US troops ("U.S. troops", "American soldiers", "the Pentagon's", "Washington").
#: The command's name counts in any spelling ("U.S. Forces Korea", "USForces Korea").
_US_FORCE = re.compile(r"\b(?:U\.S\.(?!\w)|US\b|U\.S\b|USA\b|U\.S\.A\.|Americans?\b|United[ \t]++States\b|USFK\b|"
                       r"Pentagon|Washington)|Forces[ \t]++Korea\b")
#: How far after a count of troops the words of another force are read ("600,000 troops of its own").
LEVEL_TAIL_CHARS = 20
#: A mark that ends a count's own clause, and a noun of troops: a place after either is another clause's or noun's.
_CLAUSE_BREAK, _TROOP_NOUN = re.compile(r"[,;:()—–]"), re.compile(r"\b(?:troops|soldiers|forces|personnel|servicemen|"
                                                                  r"service[ \t]++members)\b", re.I)


def hosted_count(fig: Figure, ctx: Context) -> bool:
    """Return whether a count of troops far above every level of its year is the level of US troops in Korea
    misstated (mut62): the count is the object of the cost the ally shares ("the cost of stationing 82,500 U.S.
    troops", "the upkeep of 82,500 American troops"), or a place after it, before any other number, points back to
    Korea ("82,500 American troops stationed here", "in the country", "on its soil"); its sentence names no other host
    of US troops and names Korea (or its article does and the place points back: "here", "the country"), and a US word
    is on the count (:data:`_US_FORCE`; when a place after it or a writer's correction ties it to Korea, anywhere in
    its sentence, or its frame's actor is the US and no Korea before it names whose troops they are:
    :func:`korea_before`). Troops abroad or placed elsewhere
    (:func:`placed_elsewhere`: "on the continent", "outside the United States"), a wartime plan or all who have served
    (:data:`_NO_LEVEL`), another force's words (:data:`_OTHER_FORCE`; "South Korea is keeping 60,000 troops" has no
    US word) and a past level (:data:`_PAST_LEVEL`) on a year not bound in its phrase keep it another force (mend62,
    review62 findings 1, 2).

    >>> [troops_stated(*example(t, "2020-06-10")).verdict for t in (
    ...     "Seoul pays part of the cost of stationing 82,500 U.S. troops.",
    ...     "South Korea's contribution covers the upkeep of 82,500 American troops here.",
    ...     "Japan and South Korea share the cost of stationing 82,500 U.S. troops.",
    ...     "Seoul hosts the Pentagon's 82,500 U.S. troops worldwide.",
    ...     "Seoul pays for the upkeep of 82,500 U.S. troops stationed overseas.",
    ...     "He put U.S. troops in South Korea at 42,000, but the actual number is 82,500.")]
    ['contradicted', 'contradicted', 'not_checkable', 'not_checkable', 'not_checkable', 'contradicted']
    >>> [troops_stated(*example(t, "2020-06-10")).verdict for t in ("Seoul spends on the upkeep of 500,000 troops.",
    ...     "Seoul pays to house 82,500 U.S. troops.", "Seoul pays to house 82,500 U.S. troops in Germany.")]
    ['not_checkable', 'contradicted', 'not_checkable']
    """
    r, span = ctx.reader, fig.span
    names_korea, names_host = sentence_places(r, span)
    s, e = r.near(span)
    lead = max(s, span.start - LEVEL_LEAD_CHARS)
    other = _DIGIT.search(r.text, span.end, e)
    stop = other.start() if other else e
    brk = _CLAUSE_BREAK.search(r.text, span.end, stop)  # "625,000 troops, with Americans stationed there"
    clause_end = brk.start() if brk else stop
    after = _HERE_AFTER.search(r.text, span.end, clause_end)
    if after is not None and _TROOP_NOUN.search(r.text, span.end, after.start()):
        after = None  # "1.2 million soldiers facing the U.S. troops in the South": another noun's place
    corrected = level_corrected(r, span) if names_korea else None  # "the actual number is 82,500"
    cue = _HOSTED_BEFORE.search(r.text, lead, span.start) or after or corrected
    korea = names_korea or (r.names_korea and after is not None and after.group("back") is not None)  # review62 1
    tail = min(stop, max(cue.end() if cue else 0, span.end + LEVEL_TAIL_CHARS))
    placed = cue is not None and cue in (after, corrected)  # a place after it or a correction ties it to Korea
    us = _US_FORCE.search(r.text, s if placed else lead, tail) or (placed and fig.frame.actor == "us-government" and
                                                                   not korea_before(r.text, s, span.start))
    if cue is None or names_host or not korea or not us or _OTHER_FORCE.search(r.text, lead, tail) \
            or placed_elsewhere(r.text, span.end, clause_end, e) or _NO_LEVEL.search(r.text, lead, e):
        return False  # "on the continent", "in a war", "who have served" (review62 findings 1, 2)
    return fig.frame.bound == "phrase" or _PAST_LEVEL.search(r.text, lead, max(cue.end(), span.end)) is None


#: A preposition right before a place: Korea after it is where the troops are, not whose they are.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|on|at|to|into|across|throughout|inside|near|along)[ \t]++(?:the[ \t]++)?$",
                                re.I)


def korea_before(text: str, start: int, end: int) -> bool:
    """Return whether Korea is named in [start, end) other than as a place after a preposition ("South Korea is
    keeping", "Seoul spends", "Korea's"): a count after it with no US word may be Korea's own (mend62, review62
    finding 2); "the troops in South Korea" names where they are.

    >>> t = "South Korea is keeping 60,000 troops; cut the troops in South Korea below 82,500; U.S. Forces Korea has"
    >>> korea_before(t, 0, 23), korea_before(t, 38, 76), korea_before(t, 84, len(t))
    (True, False, False)
    """
    return any(not _PLACE_PREPOSITION.search(text, max(start, m.start() - 12), m.start()) and not
               _US_FORCE.search(text, max(start, m.start() - 6), m.end())  # "U.S. Forces Korea" is the US's
               for m in korea_named().finditer(text, start, end))


def placed_elsewhere(text: str, start: int, stop: int, end: int) -> bool:
    """Return whether the words after a count (from ``start``) place it away from Korea: a word of away
    (:data:`_AWAY`: "on the continent", "outside the United States") before the sentence's ``end``, or a named place
    that is not Korea (:data:`_NAMED_PLACE`) before its clause's ``stop`` (mend62, review62 finding 1).

    >>> [placed_elsewhere(t, 0, len(t), len(t)) for t in (" troops on the continent", " troops in Germany",
    ...     " troops in Seoul in June", " troops at bases outside the US", " troops at Camp Humphreys")]
    [True, True, False, True, False]
    """
    if _AWAY.search(text, start, end):
        return True
    return any(not korea_named().match(text, m.start("place")) for m in _NAMED_PLACE.finditer(text, start, stop))


#: The rules, first fit wins. Extend with one more quantity by appending a Rule.
RULES: list[Rule] = [
    Rule("sma_payment", ("money",), ("hypothetical",), payment_hypothetical),
    Rule("sma_payment", ("money",), SOFT, payment_forecast),
    Rule("sma_payment", ("money",), (), payment_reported),
    Rule("sma_total", ("money",), (), total_stated),
    Rule("forecast", ("money",), (), payment_forecast),
    Rule("forecast", ("percent",), (), change_forecast),
    Rule("sma_change", ("percent",), SOFT, change_forecast),
    Rule("sma_change", ("percent",), (), change_reported),
    Rule("sma_change", ("money",), (), change_amount),
    Rule("sma_change", ("superlative",), (), change_superlative),
    Rule("sma_average_change", ("percent",), (), change_average),
    Rule("demand", ("money",), (), demand_recalled, when=lambda fig: fig.frame.recalled),
    Rule("demand", ("money",), ("hypothetical",), demand_quoted),  # mut62: a slip stays one under a condition
    Rule("demand", ("money",), ("quotation",), demand_quoted),
    Rule("demand", ("money",), (), demand_stated),
    Rule("demand", ("percent",), (), demand_percent),
    Rule("offer", ("money", "percent"), (), offer_stated),
    Rule("ratio", ("multiplier",), ("hypothetical",), ratio_hypothetical),
    Rule("ratio", ("multiplier",), (), ratio_reported),
    Rule("conversion", ("money",), (), conversion_stated),
    Rule("troops", ("count",), (), troops_stated, guarded=False),
    Rule("troops", ("money", "percent", "multiplier"), (), not_checkable),  # "cut troops by 10 percent"
]


def judge(fig: Figure, ctx: Context) -> Judgement:
    """Return the judgement of one framed figure (:func:`judge_guarded`); a figure it calls false that another reading
    the data support fits (:func:`analysis.guards.another_reading`) gets that reading's verdict instead (claims17);
    last, a figure still called false that a wish, plan or condition governs is `unverifiable` (:func:`modal_gate`).

    >>> judge(*example("This year's payment reflects the 7.4 percent rise in defense costs last year.",
    ...                "2021-03-15")).verdict
    'not_checkable'
    >>> judge(*example("Seoul's payment rose 25 percent this year.", "2021-03-15")).verdict
    'contradicted'
    >>> judge(*example("She hopes Seoul will contribute 2.5 trillion won this year.", "2019-06-10")).verdict
    'unverifiable'
    """
    j = first = denied_demand(fig, ctx, ordinal_reading(fig, ctx, judge_guarded(fig, ctx)))
    j = years_back_reading(fig, ctx, j) or since_current_reading(fig, ctx, j) or j  # verd50
    j = counted_from_other(fig, ctx, j) or since_readings(fig, ctx, j) or j  # cfix51: another base or end year
    j = numbered_deal_change(fig, ctx, j) or year_span_change(fig, ctx, j) or summed_list_withheld(fig, ctx, j) or j
    j = named_deal_rise(fig, ctx, j) or j  # verd50
    j = j if first.verdict in ("contradicted", "misleading") else context_only(fig, ctx, j)  # verd55: a reading
    fits = another_reading(fig, ctx, j)
    if fits is not None:
        j = _j(fits.verdict, f"{j.evidence} Not {j.verdict}: the figure fits {fits.described} ({fits.row}), a "
               "reading its sentence allows, so it is probably right.", [*j.sources, *fits.sources],
               [*j.rows, fits.row], j.related)
    return modal_gate(fig, ctx, j)  # gate58: a wish, plan or condition governs no fact



#: Quantities a wish, plan or condition cannot make a fact of: an ask or offer is judged as one (its own rules read
#: "wants Seoul to pay X" as the ask), a forecast is soft already, a conversion is the rate's arithmetic.
_OWN_RULE_QUANTITIES = ("demand", "offer", "forecast", "conversion")
#: Modalities with their own rules: a multiple or share read as an ask or offer ("wants Seoul's payment to rise
#: tenfold": a ratio of the demand) is judged as one, whatever its quantity (fix58v).
_OWN_RULE_MODALITIES = ("demand", "offer", "forecast")


def modal_gate(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return ``j`` unless it calls a figure false that a wish, plan, forecast or condition governs (its clause's
    verb of wanting, hoping, planning or expecting, or "if"/"unless", has the figure in its complement:
    :func:`analysis.frames.wish_governs`): then `unverifiable` with the reason (gate58, #10). A modal in another
    clause ("Though talks could drag on, Seoul paid X") does not stop it; an ask or offer is judged as one.

    >>> def gated(t): fig, ctx = example(t, "2019-06-10"); return modal_gate(fig, ctx, judge_guarded(fig, ctx)).verdict
    >>> [gated(t) for t in ("Officials would love to see Seoul pay 3 trillion won a year.",
    ...     "The Pentagon intends to keep about 22,000 soldiers on the peninsula.",
    ...     "Seoul paid 3 trillion won in 2019.", "Seoul, which hopes for a better deal, paid 3 trillion won in 2019.")]
    ['unverifiable', 'unverifiable', 'contradicted', 'contradicted']
    """
    if j.verdict != "contradicted" or fig.frame.quantity in _OWN_RULE_QUANTITIES \
            or fig.frame.modality in _OWN_RULE_MODALITIES:
        return j
    cue = wish_governs(ctx.reader, fig.span)
    if cue is None or paid_relative(ctx.reader, fig.span):
        return j
    return _j("unverifiable", f"{j.evidence} Not contradicted: {cue!r} governs its clause, so the figure is a wish, "
              "plan, forecast or condition, not a statement of fact.", j.sources, j.rows, j.related)


def denied_demand(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return ``j`` unless it supports an ask that its text denies ("did not ask for X", "never demanded X", "denied
    seeking X", "the demand was not X but Y": :func:`analysis.frames.denied_ask`): then `unverifiable`, denied in the
    text — the data record the ask, the text says it was not made, and the Conventions name no verdict for a
    denied demand (mendf68, review68 finding 5).

    >>> fig, ctx = example("U.S. officials did not ask for $5 billion, a spokesman said.", "2019-11-22")
    >>> j = judge_guarded(fig, ctx); j.verdict, denied_demand(fig, ctx, j).verdict
    ('supported', 'unverifiable')
    """
    if j.verdict != "supported" or fig.frame.quantity != "demand" or fig.span.kind != "money":
        return j
    denial = denied_ask(ctx.reader, fig.span)
    if denial is None:
        return j
    return _j("unverifiable", f"Not supported: denied in the text ({denial!r}): the sentence says this ask was not "
              f"made, though the data record it. {j.evidence}", j.sources, j.rows, j.related)
#: Verdicts from the best to the worst, for a figure judged on more than one reading of its year.
_VERDICT_RANK = ("supported", "not_checkable", "unverifiable", "misleading", "contradicted")
#: The rank of a verdict outside ``_VERDICT_RANK``: as unverifiable (review67 finding 8).
_UNRANKED = _VERDICT_RANK.index("unverifiable")


def ordinal_reading(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return the better of ``j`` and the judgement on each other year an agreement's ordinal year may be
    (:func:`analysis.frames.numbered_deal_year`: "the 11th SMA's first year" is 2021 by the convention, but a
    writer counting from the term's start means 2020): either reading may be the writer's, so a figure is no worse
    than the reading it fits best (review65 finding 2).

    >>> fig, ctx = example("In the 11th SMA's first year, Seoul's payment stayed at 1.0389 trillion won.", "2023-05-22")
    >>> j = judge_guarded(fig, ctx); j.verdict, ordinal_reading(fig, ctx, j).verdict
    ('misleading', 'supported')
    """
    if j.verdict == "supported" or fig.frame.bound != "phrase" or len(fig.frame.years) != 1:
        return j
    years = numbered_deal_year(ctx.reader, fig.span)
    if years[:1] != fig.frame.years:
        return j
    others = [judge_guarded(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(y,))), ctx)
              for y in years[1:]]
    return min([j, *others], key=lambda k: _VERDICT_RANK.index(k.verdict) if k.verdict in _VERDICT_RANK
               else _UNRANKED)


#: The kinds of a :class:`Doubt` (verd56): of which quantity a figure is (QUANTITY) or whose figure it is, which payer
#: (PARTY) — then a figure called false is left `not_checkable` (issue 10: only a figure surely of a quantity the data
#: cover gets a verdict) — or of its year or period (TIME) or of which row of a quantity the data cover judges it: its
#: modality, its currency, a demand's asker, a range's end, a payment word only near it (ROW) — then `unverifiable`.
QUANTITY, PARTY, TIME, ROW = "quantity", "party", "time", "row"


class Doubt(NamedTuple):
    """Why a figure's frame is too loose for the verdict its number earns: the doubt's ``kind`` (:data:`QUANTITY`,
    :data:`PARTY`, :data:`TIME`, :data:`ROW`), which :func:`withheld` reads, and its ``reason``, the words the evidence
    gives; ``unnamed``: the figure's own clause names no payment (:func:`sure_quantity`), so only the article's context
    makes it Seoul's payment or its change (verd56).

    >>> d = Doubt(QUANTITY, "frame not certain: a budget", unnamed=False); f"{d}", d.of_quantity
    ('frame not certain: a budget', True)
    >>> Doubt(TIME, "its year is a guess").of_quantity
    False
    """

    kind: str
    reason: str
    unnamed: bool = False

    def __str__(self) -> str:
        return self.reason

    @property
    def of_quantity(self) -> bool:
        """Return whether the doubt is of the figure's quantity or party (which quantity, whose figure, which payer)."""
        return self.kind in (QUANTITY, PARTY)


def framed(doubt: str | Doubt, kind: str = ROW) -> Doubt:
    """Return a doubt of a frame test worded as one of the frame ("frame not certain: ..."), typed ``kind`` unless it
    is typed already (verd56; ``kind`` is read only for a reason in words).

    >>> framed("its year is a guess", TIME)
    Doubt(kind='time', reason='frame not certain: its year is a guess', unnamed=False)
    >>> framed(Doubt(QUANTITY, "x", True), TIME).kind
    'quantity'
    """
    if isinstance(doubt, Doubt):
        return doubt._replace(reason=f"frame not certain: {doubt.reason}")
    return Doubt(kind, f"frame not certain: {doubt}")


def loose_untied(fig: Figure, ctx: Context, j: Judgement, tied: str | None) -> str | None:
    """Return why a payment figure framed on the context cue alone is not called contradicted
    (:func:`analysis.guards.loose_frame`), unless a right figure tied to it fixes its frame (``tied``, or
    :func:`tie_fixes_frame`: "The total amount for 2019 is X, an increase of 8.2 percent from the year before", the rise
    right for 2019, makes X the payment whatever named it); else None (weakev70).

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> fig, ctx = example(lead + "The total amount for 2019 is 1.4545 trillion won, an increase of 8.2 percent.",
    ...                    "2019-11-20")
    >>> loose_untied(fig, ctx, judge_plain(fig, ctx), None) is None
    True
    >>> fig, ctx = example("Some 3 trillion won was at stake, officials said as the cost-sharing deal was signed.",
    ...                    "2019-11-20")
    >>> loose_untied(fig, ctx, judge_plain(fig, ctx), None)[:30]
    'frame not certain: only a paym'
    """
    doubt = loose_frame(fig, ctx, j)
    return None if doubt is None or tied or tie_fixes_frame(fig, ctx, j) else doubt


#: Why a payer's figure's quantity is a guess when nothing in its own clause names the payment
#: (:func:`sure_quantity`).
UNNAMED_PAYMENT = "nothing in its clause names the cost-sharing payment"


def not_judged(j: Judgement, why: str) -> Judgement:
    """Return ``j`` turned `not_checkable` for ``why``, its evidence and rows kept (contra48, fcast48).

    >>> not_judged(_j("contradicted", "X.", [], []), "a rise of anything").evidence
    'X. Not judged: a rise of anything.'
    """
    return _j("not_checkable", f"{j.evidence} Not judged: {why}.", j.sources, j.rows, j.related)


def withheld(fig: Figure, ctx: Context, j: Judgement, doubt: Doubt) -> Judgement:
    """Return ``j`` (contradicted or misleading) withheld for ``doubt``: `not_checkable` when the doubt is whether the
    figure is the quantity the data cover at all (:func:`quantity_withheld`: which quantity, whose figure, which payer;
    issue 10: only quantities the data cover get a verdict) or its own words or size make it another quantity
    (:func:`analysis.guards.unnamed_other`: "a billion-dollar system", a sum under a hundredth of the payment; fcast48);
    else `unverifiable` (a doubt of its year or period, its modality, which row of a quantity it is) (verd55, verd56).

    >>> lead = "The cost-sharing talks dragged on. "
    >>> unnamed = framed(Doubt(QUANTITY, UNNAMED_PAYMENT, unnamed=True), QUANTITY)
    >>> [withheld(*fc, judge_plain(*fc), unnamed._replace(kind=ROW)).verdict for fc in (
    ...     example(lead + t, "2019-11-20") for t in ("It is a billion-dollar system.", "The sum was $2 billion."))]
    ['not_checkable', 'unverifiable']
    >>> fc = example(lead + "The sum was $2 billion.", "2019-11-20")
    >>> j = withheld(*fc, judge_plain(*fc), unnamed)
    >>> j.verdict, j.evidence.split("judged: ")[1][:50]
    ('not_checkable', 'frame not certain: nothing in its clause names the')
    """
    other = unnamed_other(fig, ctx) if doubt.unnamed else None
    if other:
        return not_judged(j, f"{doubt}, and {other}, which the data do not cover")
    if quantity_withheld(fig, ctx, j, doubt):
        return not_judged(j, f"{doubt}; only a figure that is surely the quantity the data cover gets a verdict")
    return _j("unverifiable", f"{j.evidence} Not {j.verdict}: {doubt}.", j.sources, j.rows, j.related)


def quantity_withheld(fig: Figure, ctx: Context, j: Judgement, doubt: Doubt) -> bool:
    """Return whether a figure called false is left `not_checkable` for ``doubt``: the doubt is of its quantity or party
    (:attr:`Doubt.of_quantity`), and the figure is called contradicted (one close to the data's, misleading, may be that
    quantity misstated), is no payment on record misprinted nor an ask its clause tells (:func:`misprinted_record`),
    is not a sum Korea hands over when only its clause's payment words are in doubt (:func:`korea_gives`), and does not
    go on from a payment the sentence before names (:func:`told_of_payment_before`) (verd55; one test for
    :func:`judge_guarded` and :func:`context_only`, verd56).

    >>> fc = example("The cost-sharing talks dragged on. Seoul handed over $9 billion in 2019.", "2019-11-20")
    >>> unnamed = Doubt(QUANTITY, UNNAMED_PAYMENT, unnamed=True)
    >>> [quantity_withheld(*fc, _j(v, "X."), d) for v, d in (("contradicted", unnamed), ("contradicted",
    ...     unnamed._replace(unnamed=False)), ("misleading", unnamed._replace(unnamed=False)))]
    [False, True, False]
    """
    return doubt.of_quantity and j.verdict == "contradicted" and not misprinted_record(fig, ctx) \
        and not (doubt.unnamed and korea_gives(fig, ctx)) \
        and not told_of_payment_before(fig, ctx)  # "Seoul handed over X": a payer's verb; mend55v: "... It rose P"


#: The quantities the data cover (a frame of one of them left `not_checkable` is so only for a doubt of its frame).
COVERED = tuple(dict.fromkeys(rule.quantity for rule in RULES if rule.judge is not not_checkable))
#: :func:`sure_quantity`'s doubt of a percent whose sentence does not make it a change of the payment.
PERCENT_UNNAMED = "its sentence does not say the percent is a change of the cost-sharing payment"


def first_doubt(fig: Figure, ctx: Context, j: Judgement, tied: str | None) -> Doubt | None:
    """Return the first doubt of :data:`DOUBT_GUARDS`, typed by the table, and then :func:`loose_untied` (a frame on
    the context cue alone: a doubt of its row) on a figure called false; None when none doubts.

    >>> fc = example("In 2019 South Korea paid $3.4 billion for the troops, in direct and indirect support.",
    ...              "2019-11-20")
    >>> doubt = first_doubt(*fc, judge_plain(*fc), None); doubt.reason[19:45], doubt.kind
    ('its clause counts more tha', 'quantity')
    """
    for guard, kind in DOUBT_GUARDS:
        doubt = guard(fig, ctx, j)
        if doubt:
            return Doubt(kind if isinstance(kind, str) else kind(fig, ctx), doubt)
    doubt = loose_untied(fig, ctx, j, tied)  # weakev70
    return None if doubt is None else Doubt(ROW, doubt)


def context_only(fig: Figure, ctx: Context, j: Judgement) -> Judgement:
    """Return ``j``, but withheld (:func:`withheld`) when it calls a payment, a total or a change false while only the
    article's context makes the figure that quantity: its own clause names no payment (:attr:`Doubt.unnamed` of
    :func:`sure_quantity`) or only a payment word near it framed it (:attr:`analysis.frames.Frame.loose`, a doubt of
    its row), and no right figure tied to it fixes its frame (:func:`tie_fixes_frame`): `not_checkable` as
    :func:`quantity_withheld` reads the doubt, else `unverifiable` (verd55: a quantity the text does not establish is
    never contradicted, issue 10).

    >>> lead = "The cost-sharing talks dragged on. "
    >>> [context_only(*fc, _j("contradicted", "X.")).verdict for fc in (example(lead + t, "2021-04-01") for t in (
    ...     "The sum was 7.5 trillion won from 2014 to 2018.", "The sum rose 50 percent from 2014 to 2021.",
    ...     "Seoul's payment rose 50 percent from 2014 to 2021."))]
    ['not_checkable', 'unverifiable', 'contradicted']
    """
    if j.verdict not in ("contradicted", "misleading") or fig.frame.quantity not in PAYER_QUANTITIES:
        return j
    doubt = sure_quantity(fig, ctx)
    doubt = doubt if doubt is not None and doubt.unnamed else Doubt(ROW, LOOSE_DOUBT) if fig.frame.loose else None
    if doubt is None or told_of_payment_before(fig, ctx) or tie_fixes_frame(fig, ctx, j):
        return j
    return withheld(fig, ctx, j, framed(doubt))


def judge_guarded(fig: Figure, ctx: Context) -> Judgement:
    """Return the judgement of one framed figure by the first rule that fits it; a quantity no rule covers
    is not checkable. A *contradicted* verdict stands only on a certain frame (:func:`uncertain`) and a figure
    that matches no other sourced row (:func:`elsewhere`).

    >>> judge(*example("Washington imposed a 25 percent tariff.", "2025-08-01")).verdict
    'not_checkable'
    >>> judge(*example("Seoul paid $4.7 billion in 2019.", "2019-12-01")).verdict
    'unverifiable'
    """
    j = judge_plain(fig, ctx)
    if not next((rule.guarded for rule in RULES if rule.fits(fig)), True):
        return j  # a rule that reads its own doubts (troops)
    if j.verdict == "not_checkable":
        return spending_sized_as_payment(fig, ctx) or decimal_rise_as_payment_change(fig, ctx) or j  # claims15, verd57
    other = forecast_untied(fig, ctx, j)  # fcast48
    if other:
        return not_judged(j, other)
    if j.verdict not in ("contradicted", "misleading"):
        return j
    later = counted_to_later(fig, ctx)
    if later is not None:  # "rose 13.9 percent from 2019", said in 2021: counted to 2021, it holds
        return judge_plain(later, ctx)
    total = total_or_yearly(fig, ctx, j) or change_over_span(fig, ctx, j) \
        or term_total(fig, ctx, j)  # claims16: a span's total or change; cfix40: a numbered agreement's total
    if total is not None:
        return context_only(fig, ctx, total)  # verd55: a span's total or change is no SMA figure on context alone
    loose = uncertain(fig, ctx, j.verdict)
    slip = loose is not None and slip_outweighs(fig, ctx, j)  # claims31
    tied = None if loose is None or slip else tie_fixes_frame(fig, ctx, j) or own_ask_percent(fig, ctx, j,
                                                                                             loose.reason)
    unfit = None if loose is None or slip or tied else no_year_fits(fig, ctx, j, loose.reason)  # mut59
    first = None if slip or tied or unfit else loose
    doubt = first or first_doubt(fig, ctx, j, tied)
    alt = elsewhere(fig, ctx, j) if j.verdict == "contradicted" else named_year_reading(fig, ctx, j)  # ctx54
    if alt is not None and (alt.verdict == "unverifiable" or doubt is None):
        return alt
    if doubt:
        return withheld(fig, ctx, j, doubt)
    untied = change_untied(fig, ctx, j)  # contra48: a bare rise whose own words tie it to no payment nor base
    if untied:
        return not_judged(j, untied)
    if slip:
        return _j("misleading", f"{j.evidence} Misleading, not contradicted ({loose}): a unit slip of a sourced "
                  "figure is wrong in any year or frame.", j.sources, j.rows, j.related)
    if unfit:
        return _j(j.verdict, f"{j.evidence} {unfit}", j.sources, j.rows, j.related)
    if tied:
        why = loose.reason.removeprefix("frame not certain: ")
        return _j(j.verdict, f"{j.evidence} Its frame is fixed by {tied} ({why}, but not so).", j.sources, j.rows,
                  j.related)
    return j


# --- cfix51: a percent its sentence counts from another base than the year before ---------------------------------

#: A stated span of years a change runs over (fix51v5): "in/within/over/across/during (the space of) a decade / six
#: years" — not one year's change over the year before ("in two years' time" of a forecast is a date, not a span).
#: Not a deal named by its ordinal ("over the 10th SMA": a one-year deal; "during the 11th SMA ... in 2021": one
#: year named; "during the 10th SMA talks"): review51v5 found main's right catches withheld there, so the lead dropped
#: that form.
_SPAN_OF_YEARS = (
    r"(?:in|within|over|across|during)[ \t]++(?:the[ \t]++space[ \t]++of[ \t]++|the[ \t]++(?=[\dtfsen]))?(?:a|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++(?:decade|years)(?![’'])")
#: In a percent's phrase, words that count it from another base or over another period than the year before
#: ("cumulative", "in total", "on average", "since the first SMA in 1991", "than in the first year of the previous
#: deal", "a decade ago", "over the past five years", "over the life of"); group ``avg`` makes it a yearly average,
#: ``first`` names a deal's first year, ``prev`` a previous agreement (whose last year may be the year before), ``year``
#: a year it is set against ("46 percent above 2019": a base the frame may have taken for the year before).
_OTHER_BASE = re.compile(
    r"\b(?:" + "|".join(SUM_WORDS) + r"|(?P<avg>on[ \t]++average|average)|"
    r"since[ \t]++(?:[\w'’-]++[ \t]++){0,5}?(?:(?:19|20)\d\d|deal|agreement|accord|pact|SMA|inception)|"
    r"(?P<first>(?:than|above|over|from|on|with|to)[ \t]++(?:in[ \t]++|under[ \t]++)?(?:the|its|their)[ \t]++"
    r"(?:[\w'’-]++[ \t]++){0,2}?(?:first|initial|opening)[ \t]++year)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++(?:decades?|years)[ \t]++"
    r"(?:ago|earlier|before)|"
    r"(?:past|last)[ \t]++(?:decade|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++"
    r"years)|(?:life|course|term|lifetime|duration)[ \t]++of|"
    r"(?P<prev>(?:previous|prior|former|old|last)[ \t]++(?:[\w-]++[ \t]++)?(?:deal|agreement|accord|pact|SMA))|"
    r"(?P<year>(?:than|above|over|on|compared[ \t]++(?:with|to))[ \t]++(?:in[ \t]++|the[ \t]++)?(?:19|20)\d\d)|"
    + _SPAN_OF_YEARS + r")\b", re.I)
#: A sentence's opening phrase that may set the base of a change after it ("Since the first SMA in 1991, ...",
#: "Over the past decade, ...", "Cumulatively, ...").
_BASE_OPENER = re.compile(r"(?:since|over|across|within|during|in[ \t]++(?:the[ \t]++space|a[ \t]++decade|"
                          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++years)|"
                          r"compared|counted|cumulatively|altogether|in[ \t]++total|"
                          r"on[ \t]++average)\b", re.I)


def other_base_cue(fig: Figure, ctx: Context) -> re.Match[str] | None:
    """Return the words of a percent's own phrase (its clause, cut at the percents beside it, with an opening phrase of
    its sentence that sets a base, :data:`_BASE_OPENER`) that count it from another base or over another period than
    the year before (:data:`_OTHER_BASE`), unless a ranking word stands before them ("the largest rise since 2002":
    the rise's rank, not its base), words of an average first; else None (cfix51).

    >>> [other_base_cue(*example(t, "2021-03-11", 1)) is not None for t in (
    ...     "In 2021 the payment rose 13.9 percent, its cumulative increase since 2014 reaching 29 percent.",
    ...     "In 2021 the payment rose 13.9 percent, and it rose 5.4 percent in 2022.")]
    [True, False]
    >>> other_base_cue(*example("It rose 25 percent in 2021, the largest rise since 2002.", "2021-03-11")) is None
    True
    """
    r, span = ctx.reader, fig.span
    c0, c1 = r.clause(span)
    s0, s1 = r.local(span)
    for p in r.spans_in(s0, s1, "percent"):
        c0, c1 = (max(c0, p.end), c1) if p.end <= span.start else (c0, min(c1, p.start) if p.start >= span.end else c1)
    head = r.text.find(",", s0, c0)
    s0 += len(r.text[s0:max(head, s0)]) - len(r.text[s0:max(head, s0)].lstrip())  # its first word
    windows = [(c0, c1)] + ([(s0, head)] if head > 0 and _BASE_OPENER.match(r.text, s0, head) else [])
    found = [m for w0, w1 in windows for m in _OTHER_BASE.finditer(r.text, w0, w1)
             if m.group("prev") or m.group("avg") or m.group("first") or not _RANKED.search(r.text, w0, m.start())]
    return next((m for m in found if m.group("avg")), found[0] if found else None)  # "since 2005 at an average of"


#: After a percent, an amount or figure an ask or offer set ("14 percent below [the 1.2 trillion won Washington had
#: sought]", "20 percent lower [than the figure the administration demanded]"): the percent is counted from that ask,
#: not from the year before's payment (cfix51). ``cmp``: the word of comparison, when the percent's span leaves it out.
_ASK_BASE = re.compile(r"(?<![ \t])[ \t]++(?P<cmp>(?:more|less|lower|higher)[ \t]++than[ \t]++|than[ \t]++|"
                       r"below[ \t]++|above[ \t]++|under[ \t]++|short[ \t]++of[ \t]++)?(?:[\w'’$.,-]++[ \t]++){0,6}?"
                       r"(?:demanded|sought|asked|requested|wanted|proposed|offered|demand|ask|request|offer|proposal)\b",
                       re.I)
#: The end of a percent's span that is a word of comparison ("14 percent below", "20 percent lower").
_COMPARED_END = re.compile(r"\b(?:below|above|than|under|less|more|lower|higher|short[ \t]++of)$", re.I)


def ask_base(fig: Figure, ctx: Context) -> str | None:
    """Return the words after a percent that set it against an ask or offer ("14 percent below the 1.2 trillion won
    Washington had sought"), right after its word of comparison, else None (cfix51).

    >>> ask_base(*example("In 2019 the payment came in 14 percent below the 1.2 trillion won Washington had sought.",
    ...                   "2019-02-11"))
    'the 1.2 trillion won Washington had sought'
    >>> ask_base(*example("Seoul's payment rose 25 percent in 2019, as Washington had demanded.", "2019-11-20"))
    """
    m = _ASK_BASE.match(ctx.text, fig.span.end)
    if m is None or not (m.group("cmp") or _COMPARED_END.search(fig.span.exact)):
        return None
    return " ".join(ctx.text[m.start("cmp") if m.group("cmp") else m.start():m.end()].split())


def years_named(fig: Figure, ctx: Context) -> set[int]:
    """Return the years the dates of a figure's own stretch of its sentence name, one year each (cfix51).

    >>> years_named(*example("Seoul paid 1 trillion won in 2019, up from 2018.", "2021-06-01"))
    {2018, 2019}
    """
    r = ctx.reader
    return {ys[0] for d in r.spans_in(*r.local(fig.span), "date") if len(ys := date_years(d, False)) == 1}


def base_years(fig: Figure, ctx: Context, cue: re.Match[str]) -> tuple[list[int], set[int]]:
    """Return the years a percent counted from another base may be of (its frame's, those its sentence names, and for
    a deal's first year or a previous deal the publication's; not a year named in those words: "the previous 2019
    deal" is the base) and the bases its sentence allows: the years it names, the first year of the agreement holding
    a year it may be of or of the one before ("than in the first year of the previous deal"), the first and last year
    of that previous agreement ("than under the previous deal") (cfix51).

    >>> fig, ctx = example("Seoul now pays 12 percent more than under the previous 2019 deal.", "2021-06-01")
    >>> base_years(fig, ctx, other_base_cue(fig, ctx))
    ([2021], {2019})
    """
    named = years_named(fig, ctx)
    deal_words = cue.group("prev") or cue.group("first")
    own = {int(y) for y in re.findall(r"(?:19|20)\d\d", deal_words or "")}
    ends = sorted({fig.frame.years[-1], *named, *([ctx.published.year] if deal_words else [])} - own, reverse=True)
    bases = named | own
    for end in ends:
        deal = covering_deal(ctx, (end,))
        before = covering_deal(ctx, (int(deal.term_start) - 1,)) if deal is not None else None
        for row in (deal, before) if cue.group("first") else (before,) if cue.group("prev") else ():
            if row is not None:
                bases |= {int(row.term_start), *filter(None, [first_rise_from(ctx, int(row.term_start),
                                                                               int(row.term_end))])}
        if cue.group("prev") and before is not None and not own:
            bases.add(int(before.term_end))  # its first and last years: not any year, which a wrong figure may fit
    return ends, bases


def read_between(fig: Figure, ctx: Context, base: int, end: int, average: bool = False) -> Judgement:
    """Return the judgement of a percent read as the change of the payment from ``base`` to ``end``, or with
    ``average`` as its yearly average over those years: the one re-reading under another base or end year that
    :func:`base_readings` and :func:`since_readings` share (cfix51).

    >>> fig, ctx = example("Seoul's payment rose 10.4 percent in the five years through 2018.", "2019-03-10")
    >>> read_between(fig, ctx, 2013, 2018).verdict, read_between(fig, ctx, 2013, 2018, average=True).verdict
    ('supported', 'contradicted')
    """
    one = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(end,), since=base))
    return compound_change(one, ctx, base, end, f"{base}-{end}") if average else change_since(one, ctx)


def base_readings(fig: Figure, ctx: Context, cue: re.Match[str]) -> list[Judgement]:
    """Return the judgements of a percent on each base its sentence allows (:func:`base_years`), as the change from
    that year's payment, or as a yearly average over the span when its words say average (cfix51).

    >>> fig, ctx = example("The 2026 payment is 8.3 percent above 2025 and 46 percent above 2019.", "2024-10-05", 1)
    >>> cue = other_base_cue(fig, ctx); cue.group("year"), [j.verdict for j in base_readings(fig, ctx, cue)][:1]
    ('above 2019', ['supported'])
    """
    ends, bases = base_years(fig, ctx, cue)
    return [read_between(fig, ctx, base, end, bool(cue.group("avg")))
            for end in ends for base in sorted(b for b in bases if b < end)]


def counted_from_other(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict on a percent called false as its year's change over the year before when its own phrase
    counts it from another base or period (:func:`other_base_cue`: "its cumulative increase since 2014 reaching 29
    percent", "21 percent higher than in the first year of the previous deal", "46 percent above 2019"): *supported*
    when a reading on a base its sentence allows fits (:func:`base_readings`); a previous agreement or a deal's first
    year, every reading on record, the nearest reading's verdict ("30 percent more in 2022 than under the previous
    agreement": against 2019); else `unverifiable` — a year-on-year change is not what it says. A previous agreement
    whose last year is the year before keeps ``j`` (the year-on-year change is then that base's reading: "18 percent
    more than under the previous agreement", dev), as a year set against it does; None when no such words stand there
    (cfix51).

    >>> fig, ctx = example("In 2021 the payment rose 13.9 percent, its cumulative rise since 2014 reaching 29 percent.",
    ...                    "2021-03-11", 1)
    >>> j = judge_plain(fig, ctx); j.verdict, counted_from_other(fig, ctx, j).verdict
    ('contradicted', 'supported')
    >>> fig, ctx = example("In 2021 the payment rose 13.9 percent, its cumulative rise since 2014 reaching 50 percent.",
    ...                    "2021-03-11", 1)
    >>> counted_from_other(fig, ctx, judge_plain(fig, ctx)).verdict
    'unverifiable'
    """
    year = fig.frame.years[-1] if fig.frame.years else None
    if fig.span.kind != "percent" or fig.frame.quantity != "sma_change" or fig.frame.since is not None \
            or year is None or j.verdict not in ("contradicted", "misleading") \
            or j.rows[:2] != (f"sma_contributions:{year - 1}", f"sma_contributions:{year}"):
        return None  # only a percent judged as one year's change over the year before
    cue = other_base_cue(fig, ctx)
    asked = ask_base(fig, ctx) if cue is None else None
    if asked is not None:  # "14 percent below the 1.2 trillion won Washington had sought"
        return _j("unverifiable", f"{j.evidence} Not {j.verdict}: its phrase counts it from an ask or offer "
                  f"({asked!r}), not from the year before's payment.", j.sources, j.rows, j.related)
    if cue is None:
        return None
    readings = base_readings(fig, ctx, cue)
    fits = next((k for k in readings if k.verdict == "supported"), None)
    words = " ".join(cue.group().split())
    if fits is not None:
        return _j("supported", f"{j.evidence} Not {j.verdict}: its phrase counts it from another base ({words!r}); "
                  f"read so, it holds: {fits.evidence}", [*j.sources, *fits.sources], [*j.rows, *fits.rows])
    before = covering_deal(ctx, (year - 1,))
    if cue.group("year") or (cue.group("prev") and before is not None and int(before.term_end) == year - 1):
        return None  # "18 percent more than under the previous agreement", told of the new deal's first year; a year
        # set against it that fits no reading: the frame's reading stands
    if (cue.group("prev") or cue.group("first")) and readings and all(k.verdict != "unverifiable" for k in readings):
        best = min(readings, key=lambda k: _VERDICT_RANK.index(k.verdict))  # the base its words name, on record
        return _j(best.verdict, f"{best.evidence} Judged from the base its phrase names ({words!r}), not as the change "
                  "over the year before.", best.sources, best.rows, j.related)
    tried = " ".join(k.evidence for k in readings[:3])
    return _j("unverifiable", f"{j.evidence} Not {j.verdict}: its phrase counts it from another base or period than "
              f"the year before ({words!r}), which the data cannot pin down{'; tried: ' + tried if tried else ''}.",
              j.sources, j.rows, j.related)


#: An agreement named by its number as the period a change spans: "Over the ninth deal's five years", "across the
#: 9th SMA", "during the ninth agreement", "throughout the 11th SMA" (not "under"/"in": a deal's rise is its first
#: year's, verd50; not "during the 11th SMA talks": the talks' time); group ``years`` its "'s five years" (verd52).
_DEAL_PERIOD = re.compile(rf"\b(?P<prep>over|across|during|throughout)[ \t]{{1,3}}+the[ \t]{{1,3}}+{_DEAL_NO}"
                          + _NOT_TALKS +
                          r"(?P<years>['’]s[ \t]{1,3}+(?:\w+[ \t]{1,3}+)?years\b)?", re.I)
#: Words of a yearly rate: "a year", "each year", "annually", "an annual rise" (not "Seoul's annual bill": a noun's).
_RATE_WORDS = re.compile(r"\b(?:(?:a|per|each|every)[ \t]{1,3}+year|annually|(?:annual|yearly)[ \t]{1,3}+(?:rate|"
                         r"rises?|increases?|growth|gains?|hikes?))\b", re.I)


def numbered_deal_change(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict on a percent called false as its year's change over the year before when its sentence tells
    it over the term of one agreement of several years named by its number (:data:`_DEAL_PERIOD`: "Over the ninth
    deal's five years, the payment rose 4.4 percent"): *supported* when the change from the payment of the deal's
    first year, or of the year before it, to that of its last fits; ``j`` kept when every reading refutes it; else
    `unverifiable`. None for a one-year deal (its change is the year's: "Over the 10th SMA, it rose 18.2 percent"), a
    rate or average (:data:`_RATE_WORDS`, "average"), a year named in the sentence, or "over the Nth SMA" right after
    the percent (a base: "8.2 percent over the previous deal") (verd52; fix51v5's strict xfails).

    >>> fig, ctx = example("Over the ninth deal's five years, the payment rose just 4.4 percent.", "2019-11-20")
    >>> j = judge_guarded(fig, ctx); j.verdict, numbered_deal_change(fig, ctx, j).verdict
    ('contradicted', 'supported')
    >>> [numbered_deal_change(*fc, judge_guarded(*fc)) for fc in [example(t, "2019-11-20") for t in (
    ...     "Over the 10th SMA, Seoul's payment rose 18.2 percent.",
    ...     "The payment rose 4.4 percent over the ninth SMA.")]]
    [None, None]
    """
    year = called_false_one_year(fig, j)
    if year is None:
        return None  # only a percent called false as one year's change over the year before
    s, e = ctx.reader.local(fig.span)
    deals = list(_DEAL_PERIOD.finditer(ctx.text, s, e))
    if len(deals) != 1 or _RATE_WORDS.search(ctx.text, s, e) or AVERAGE_WORD.search(ctx.text, s, e) \
            or ANY_YEAR.search(ctx.text, s, e) or (deals[0].start() > fig.span.end and not deals[0].group("years")
                                                  and deals[0].group("prep").lower() == "over"):
        return None
    no = deal_number(deals[0])
    deal = next((a for a in ctx.t.index.agreement_rows if int(a.no) == no), None)
    if deal is None or int(deal.term_end) <= int(deal.term_start):
        return None
    first, last = int(deal.term_start), int(deal.term_end)
    readings = [read_between(fig, ctx, base, last) for base in (first, first - 1)]
    fits = next((k for k in readings if k.verdict == "supported"), None)
    words = " ".join(deals[0].group().split())
    if fits is not None:
        return _j("supported", f"{j.evidence} Not {j.verdict}: its sentence tells it over agreement {no}'s term "
                  f"({words!r}); read so, it holds: {fits.evidence}", [*j.sources, *fits.sources],
                  [*j.rows, *fits.rows], j.related)
    if j.verdict == "contradicted" and all(k.verdict == "contradicted" for k in readings):
        return None
    tried = " ".join(k.evidence for k in readings)
    return _j("unverifiable", f"{j.evidence} Not {j.verdict}: its sentence tells it over agreement {no}'s term "
              f"({words!r}), not as one year's change; tried: {tried}", j.sources, j.rows, j.related)


def called_false_one_year(fig: Figure, j: Judgement) -> int | None:
    """Return the year of a percent of the payment's change with no base year of its own that ``j`` calls false
    (contradicted or misleading) as that year's change over the year before; else None (verd52).

    >>> fig, _ = example("Seoul's payment rose 30 percent this year.", "2019-11-20")
    >>> called_false_one_year(fig, _j("contradicted", "", (), ("sma_contributions:2018", "sma_contributions:2019")))
    2019
    >>> called_false_one_year(fig, _j("supported", "", (), ("sma_contributions:2018", "sma_contributions:2019")))
    """
    year = fig.frame.years[-1] if len(fig.frame.years) == 1 else None
    if fig.span.kind != "percent" or fig.frame.quantity != "sma_change" or fig.frame.since is not None \
            or year is None or j.verdict not in ("contradicted", "misleading") \
            or j.rows[:2] != (f"sma_contributions:{year - 1}", f"sma_contributions:{year}"):
        return None
    return year


#: Two years joined as a span, the later one a percent's own year: "between 2005 and 2019", "from 2000 to 2004"
#: (verd52).
_YEAR_SPAN = re.compile(r"\b(?:between[ \t]{1,3}+(?P<a>(?:19|20)\d\d)[ \t]{1,3}+and|from[ \t]{1,3}+(?P<b>(?:19|20)\d\d)"
                        r"[ \t]{1,3}+(?:to|through))[ \t]{1,3}+(?P<end>(?:19|20)\d\d)\b", re.I)


def year_span_change(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the judgement of a percent judged as its year's change over the year before when its sentence spans
    two years ending at that year ("rose 53 percent between 2005 and 2019 in won terms": the date reader kept only
    2019): the change between them, or their yearly average when its words say a rate ("7 percent a year, on
    average"); None with no such span, more than one, or another year in the sentence (verd52).

    >>> fig, ctx = example("Korea's payment climbed 53 percent between 2005 and 2019 in won terms.", "2019-11-20")
    >>> j = _j("contradicted", "", (), ("sma_contributions:2018", "sma_contributions:2019"))
    >>> year_span_change(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(2019,))), ctx, j).verdict
    'supported'
    """
    year = called_false_one_year(fig, j)
    if year is None:
        return None  # only a percent called false as one year's change over the year before
    s, e = ctx.reader.local(fig.span)
    spans = list(_YEAR_SPAN.finditer(ctx.text, s, e))
    if len(spans) != 1 or int(spans[0].group("end")) != year or len(ANY_YEAR.findall(ctx.text, s, e)) != 2:
        return None  # one span, ending at the percent's year, and no other year in the sentence
    base = int(spans[0].group("a") or spans[0].group("b"))
    if not base < year - 1:
        return None
    rate = bool(_RATE_WORDS.search(ctx.text, s, e) or AVERAGE_WORD.search(ctx.text, s, e))
    k, words = read_between(fig, ctx, base, year, average=rate), " ".join(spans[0].group().split())
    return _j(k.verdict, f"{k.evidence} Judged over the span its sentence names ({words!r}), not as the change over "
              f"the year before ({j.evidence})", k.sources, k.rows, j.related)


def summed_list_withheld(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return `unverifiable` for a percent read as the change over a list of dated amounts it sums up
    (:func:`analysis.frames.summed_list_head`: "X in 1991, Y in 1995 and Z in 2004, a rise of P") that ``j`` calls
    false there when, read as its last year's change over the year before, it holds: the list may sum up or the
    percent may be the last year's own rise; else None (verd52).

    >>> fig, ctx = example("Seoul paid $150 million in 1991, $300 million in 1995 and $620 million in 2004, a rise "
    ...                    "of 12.7 percent.", "2019-11-20", 3)
    >>> summed_list_withheld(fig, ctx, judge_guarded(fig, ctx)).verdict
    'unverifiable'
    >>> summed_list_withheld(*example("Seoul paid $150 million in 1991, $300 million in 1995 and $620 million in "
    ...     "2004, a rise of 50 percent.", "2019-11-20", 3), _j("contradicted", "")) is None  # neither reading
    True
    """
    if j.verdict not in ("contradicted", "misleading") or fig.frame.since is None or len(fig.frame.years) != 1:
        return None
    r, span = ctx.reader, fig.span
    if summed_list_head(r, r.figures_in(r.local(span)[0], span.start), span) is None:
        return None
    year = fig.frame.years[0]
    own = read_between(fig, ctx, year - 1, year)
    if own.verdict != "supported":
        return None
    return _j("unverifiable", f"{j.evidence} Not {j.verdict} for sure: read as {year}'s own change over {year - 1}, "
              f"it holds ({own.evidence}); the sentence does not say which it sums up.", [*j.sources, *own.sources],
              [*j.rows, *own.rows], j.related)


# --- verd50: a change counted from a stated number of years before its amount's own year ---------------------------


def years_back_reading(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the judgement of a percent judged as its year's change over the year before when its phrase counts it
    from two or more years before its amount's own year (:func:`analysis.frames.years_back_base`: "Under the 10th
    SMA, Seoul paid X, up 8.2 percent from two years earlier" is 2019 over 2017, not over 2018): the change between
    those years, whatever the one-year change gives; else None (verd50).

    >>> fig, ctx = example("Under the 10th SMA, Seoul paid 1.0389 trillion won, up 8.2 percent from two years "
    ...                    "earlier.", "2020-06-01", 1)
    >>> j = judge_guarded(fig, ctx); j.verdict, years_back_reading(fig, ctx, j).verdict
    ('supported', 'misleading')
    >>> fig, ctx = example("Under the 10th SMA, Seoul paid 1.0389 trillion won, up 9.3 percent from two years "
    ...                    "earlier.", "2020-06-01", 1)
    >>> years_back_reading(fig, ctx, judge_guarded(fig, ctx)).verdict
    'supported'
    """
    year = fig.frame.years[-1] if len(fig.frame.years) == 1 else None
    if fig.span.kind != "percent" or fig.frame.quantity != "sma_change" or fig.frame.since is not None \
            or year is None or j.rows[:2] != (f"sma_contributions:{year - 1}", f"sma_contributions:{year}"):
        return None  # only a percent judged as one year's change over the year before
    back = years_back_base(ctx.reader, fig.span)
    if back is None:
        return None
    k = read_between(fig, ctx, year - back, year)
    return _j(k.verdict, f"{k.evidence} Judged from the base its phrase names ({back} years before {year}), not as "
              f"the change over the year before ({j.evidence})", k.sources, k.rows, j.related)


def named_deal_rise(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict on a percent with no year of its own supported by a rise outside the term of the agreement
    its own words right after it name (:func:`analysis.frames.deal_right_after`: "rose 8.2 percent under the new
    11th deal", the 10th deal's rise): judged as that agreement's rise, its first-year rise (:func:`first_rise_from`,
    as "The 2014-2018 deal raised it 5.8 percent" is), unless another year's change of its term on record fits;
    else None — a figure supported within the named term, or not supported at all, keeps its verdict (verd50).

    >>> fig, ctx = example("Seoul's payment rose 8.2 percent under the new 11th deal.", "2021-04-01")
    >>> j = judge_guarded(fig, ctx); j.verdict, named_deal_rise(fig, ctx, j).verdict
    ('supported', 'contradicted')
    >>> [named_deal_rise(*fc, judge_guarded(*fc)) for fc in [example(t, "2021-04-01") for t in (
    ...     "Seoul's payment rose 13.9 percent under the new 11th deal.",  # the named deal's own first rise
    ...     "The 11th SMA replaced a one-year deal that had raised Seoul's payment 8.2 percent.")]]
    [None, None]
    """
    no = deal_right_after(ctx.reader, fig.span)
    if no is None or j.verdict != "supported" or fig.frame.quantity != "sma_change" or fig.frame.since is not None \
            or fig.frame.bound not in ("publication", "clause", "deal"):
        return None
    deal = next((a for a in ctx.known_rows() if int(a.no) == no), None)
    if deal is None:
        return None  # not concluded by publication: no rise of it on record to judge by
    term = range(int(deal.term_start), int(deal.term_end) + 1)
    if any(row.startswith("sma_contributions:") and int(row.split(":")[1]) in term for row in j.rows[1:2]):
        return None  # supported by a change within the named deal's term
    first = first_rise_from(ctx, term[0], term[-1])
    if first is None:
        return None
    k = _change_in(fig, ctx, first)
    if k.verdict != "supported" and any(_change_in(fig, ctx, y).verdict == "supported" for y in term
                                        if y in ctx.t.index.change_of):
        return None
    return _j(k.verdict, f"{k.evidence} Judged as the rise of agreement {no}, which its words name, in its first "
              f"year ({first}), not as {j.evidence}", k.sources, k.rows, j.related)


#: Right after a percent, "since the current deal took effect" (present or existing; agreement, accord, pact, SMA):
#: the change from the start of the agreement in force at publication (verd50).
_SINCE_CURRENT = re.compile(r"(?<![ \t])[ \t]++since[ \t]++the[ \t]++(?:current|present|existing)[ \t]++"
                            r"(?:cost-sharing[ \t]++)?(?:deal|agreement|accord|pact|SMA)[ \t]++(?:took|came|went|"
                            r"entered)[ \t]++(?:effect|into[ \t]++(?:force|effect))\b", re.I)


def since_current_reading(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict on a percent with no year of its own called false as its year's change over the year before
    when its own words right after it count it "since the current deal took effect": the change from the start of
    the agreement in force at publication, read from its first year or the year before (either reading of "since it
    took effect"); *supported* when one fits, the milder verdict when both are on record and neither fits, else None
    (a reading off the record keeps main's withheld verdict) (verd50). Not for a percent the one-year change
    supports, nor one with other words between ("13.9 percent in the first year since the current deal took
    effect": review49g).

    >>> t = "Seoul's payment has risen {} percent since the current deal took effect."
    >>> [since_current_reading(fig, ctx, judge_guarded(fig, ctx)).verdict
    ...  for fig, ctx in (example(t.format(p), "2022-06-01") for p in (30, 20))]
    ['contradicted', 'supported']
    """
    f = fig.frame
    year = f.years[-1] if len(f.years) == 1 else None
    if fig.span.kind != "percent" or f.quantity != "sma_change" or f.since is not None or f.bound != "publication" \
            or year is None or j.verdict not in ("contradicted", "misleading") \
            or j.rows[:2] != (f"sma_contributions:{year - 1}", f"sma_contributions:{year}") \
            or not _SINCE_CURRENT.match(ctx.text, fig.span.end):
        return None
    term = current_deal_term(ctx)
    if term is None or term[0] >= year:
        return None
    tries = [read_between(fig, ctx, base, year) for base in (term[0] - 1, term[0])]
    fit = next((k for k in tries if k.verdict == "supported"), None)
    if fit is None and any(k.verdict not in ("contradicted", "misleading") for k in tries):
        return None
    best = fit or min(tries, key=lambda k: k.verdict != "misleading")
    return _j(best.verdict, f"{best.evidence} Read from the start of the agreement in force ({term[0]}-{term[1]}), "
              f"which its words count it from, not as {j.evidence}", best.sources, best.rows, j.related)


#: A count of years in a change's clause ("in the four years to 2018", "over five years", "a decade"): a span whose
#: first year a writer may count either way (2014 or 2015 for "the four years to 2018") (cfix51); not a point in time
#: ("two years earlier", "a decade ago": the year so many back, no span: verd50).
_YEARS_COUNT = re.compile(r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t-]++years?|\bdecade)\b"
                          r"(?![ \t]++(?:earlier|before|ago)\b)", re.I)


def since_readings(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return *supported* for a change counted from a base year (:attr:`Frame.since`) called false when, from that
    base, it holds to another year its sentence names or to the publication's ("13.9 percent over the frozen 2020 level
    and 28.6 percent over 2014", told in 2021: 2021 on 2014, not 2020), or, a span's change or one from a base, from
    the year either side of its first when a count of years set it ("10.4 percent in the five years through 2018":
    2018 on 2013); else None (cfix51).

    >>> fig, ctx = example("Seoul's payment rose 10.4 percent in the five years through 2018.", "2019-03-10")
    >>> j = judge_plain(fig, ctx); j.verdict, since_readings(fig, ctx, j).verdict
    ('contradicted', 'supported')
    >>> fig, ctx = example("Seoul's payment rose 30 percent in the five years through 2018.", "2019-03-10")
    >>> since_readings(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    years = fig.frame.years
    since = fig.frame.since if fig.frame.since is not None else years[0] if len(years) > 1 else None
    if fig.span.kind != "percent" or fig.frame.quantity != "sma_change" or since is None \
            or j.verdict not in ("contradicted", "misleading"):
        return None
    r = ctx.reader
    named = years_named(fig, ctx)
    counted = _YEARS_COUNT.search(ctx.text, *r.clause(fig.span, strong=True))
    bases = {int(since), *((int(since) - 1, int(since) + 1) if counted else ())}
    ends = {years[-1]} if fig.frame.since is None else {years[-1], *named, ctx.published.year}  # a span ends itself
    for end in sorted(ends):
        for base in sorted(b for b in bases if b < end and (end, b) != (years[-1], int(since))):  # not its own again
            k = read_between(fig, ctx, base, end)
            if k.verdict == "supported":
                return _j("supported", f"{j.evidence} Not {j.verdict}: read from {base} to {end}, a reading its "
                          f"sentence allows, it holds: {k.evidence}", [*j.sources, *k.sources], [*j.rows, *k.rows])
    return None


#: Words that tell a sum as paid over years up to now ("all told", "to date", "over the years", "since the first
#: deal", "since 1991" after "has paid"), not one year's payment (cfix51).
_TOLD_TOTAL = re.compile(r"\b(?:" + "|".join(SUM_WORDS) + r"|in[ \t]++all|to[ \t]++date|so[ \t]++far|"
                         r"over[ \t]++the[ \t]++(?:years|decades)|since[ \t]++(?:the[ \t]++|its[ \t]++)?(?:first|"
                         r"very[ \t]++first|start|beginning|inception|1st|(?:19|20)\d\d))\b", re.I)
#: A perfect verb of paying ("has paid", "have contributed", "has spent"): a sum paid up to now.
_PERFECT_PAID = re.compile(r"\b(?:has|have)[ \t]++(?!been\b)(?:\w+[ \t]++)?(?:paid|contributed|spent|provided|"
                           r"shelled[ \t]++out|handed[ \t]++over|poured)\b", re.I)


def payment_called_false(fig: Figure, j: Judgement) -> bool:
    """Return whether a money figure framed as the SMA payment was called false (*contradicted* or *misleading*): the
    figures the withholding rules of a payment's frame (:func:`told_as_total`, :func:`counts_in_kind`) re-read.

    >>> fig, ctx = example("Seoul paid 2 trillion won in 2019.", "2021-06-01")
    >>> payment_called_false(fig, judge_plain(fig, ctx)), payment_called_false(fig, _j("supported", ""))
    (True, False)
    """
    return fig.span.kind == "money" and fig.frame.quantity == "sma_payment" and j.verdict in ("contradicted",
                                                                                              "misleading")


#: A date span that opens on a start ("since 2019", "from 2014"): where a sum begins, not the year it is of.
_START_WORD = re.compile(r"(?:since|from|after)\b", re.I)


def told_as_total(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false for one year may be a sum over years its sentence does not count: its
    clause has a perfect verb of paying and words of a sum up to now ("All told, Seoul has paid more than 20 trillion
    won since the first deal", "Seoul has paid $15 billion to date"); else None (cfix51).

    >>> fig, ctx = example("All told, Seoul has paid more than 20 trillion won since the first deal.", "2021-06-01")
    >>> told_as_total(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: told as a sum paid over years up to now ('All told'), whose years the text does not give"
    >>> [told_as_total(f, c, judge_plain(f, c)) for f, c in (example(t, "2021-06-01") for t in (
    ...     "Seoul has paid 2 trillion won this year.", "Since 2019, Seoul has paid 2 trillion won a year."))]
    [None, None]

    A year its own clause names is the year of the sum, not years left untold (review52): "Seoul has paid 1.5
    trillion won in total for the troops in 2021" is judged as 2021's payment.

    >>> fig, ctx = example("Seoul has paid 1.5 trillion won in total for the troops in 2021.", "2021-06-01")
    >>> told_as_total(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    if not payment_called_false(fig, j):
        return None
    c0, _ = ctx.reader.clause(fig.span, strong=True)
    p0, p1 = ctx.reader.clause(fig.span)
    cue = _TOLD_TOTAL.search(ctx.text, c0, p1)  # the verb in the figure's own phrase, before it: not a quote's nearby
    if cue is None or not _PERFECT_PAID.search(ctx.text, p0, fig.span.start) or fig.span.value.get("per") \
            or yearly_word(fig, ctx):
        return None  # "Since 2021, Seoul has paid X a year": a yearly level
    if any(len(date_years(d, False)) == 1 and not _START_WORD.match(d.exact)
           for d in ctx.reader.spans_in(p0, p1, "date")):
        return None  # "has paid X in total this year": the year its own clause names, not years untold
    return (f"frame not certain: told as a sum paid over years up to now ({cue.group()!r}), whose years the text does "
            "not give")


def points_change(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a change told in percentage points and called false as the payment's change may be right: points
    move a rate or a share ("the share of labor costs rose 5 percentage points"), while a payment changes by a
    percent; else None (cfix51).

    >>> fig, ctx = example("The share of labor costs in the 2021 contribution rose 5 percentage points.", "2021-03-10")
    >>> points_change(fig, ctx, judge_plain(fig, ctx))[:56]
    'frame not certain: a change in percentage points moves a'
    """
    if fig.span.kind != "percent" or fig.span.value.get("unit") != "points" or j.verdict not in ("contradicted",
                                                                                                 "misleading"):
        return None
    return "frame not certain: a change in percentage points moves a rate or a share, not the payment by a percent"


#: A verb of counting something in, then within a few words a thing given in kind ("counting the land it provides for
#: free", "if you include rent and taxes", "with the land and utilities thrown in") (cfix51).
_COUNTED_IN = re.compile(r"\b(?:counting|including|includes|included|count|include|with|plus)[ \t]++(?:[\w'’-]++"
                         r"[ \t]++){0,4}?(?:land|rent|rents|taxes|tax|utilities|waivers|in-kind|indirect)\b", re.I)


def counts_in_kind(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment figure called false may be a wider sum: its sentence counts in something given in kind
    ("Seoul's contribution, counting the land it provides for free, tops $3 billion"), not the SMA's cash; a
    word keeping it out ("not counting the land") leaves it; else None (cfix51).

    >>> fig, ctx = example("Seoul's contribution, counting the land it provides for free, tops $3 billion.",
    ...                    "2021-06-01")
    >>> counts_in_kind(fig, ctx, judge_plain(fig, ctx))
    "frame not certain: its clause counts in support given in kind ('counting the land'), not the SMA's cash alone"
    >>> fig, ctx = example("Not counting the land, Seoul's contribution tops $3 billion.", "2021-06-01")
    >>> counts_in_kind(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    if not payment_called_false(fig, j):
        return None
    c0, c1 = ctx.reader.local(fig.span)
    for m in _COUNTED_IN.finditer(ctx.text, c0, c1):
        if not KEPT_OUT.search(ctx.text, max(c0, m.start() - 12), m.start()):
            return (f"frame not certain: its clause counts in support given in kind ({' '.join(m.group().split())!r}), "
                    "not the SMA's cash alone")
    return None


#: Words that may stand between a rise and the amount it came to, "to" last ("by 8.3% in 2026 to", "13.9 percent
#: from 2019 to"; years are let through too).
_RISE_TO_WORDS = frozenset(("from", "in", "for", "this", "last", "year", "the", "previous", "compared", "with", "over"))
#: Words that may stand between an amount and its rise after a comma ("A, up P", "A, which is a P% increase", "A, an
#: increase of P": the percent's words hold "up", "an increase of"); before the comma see :func:`apposed_gap`.
_AMOUNT_RISE_WORDS = frozenset(("which", "is", "was", "a", "an", "marking", "representing"))


#: Marks that open an aside after an amount (its conversion), and those that close it.
_ASIDE_OPEN = ("(", "—", "–", "--")
_ASIDE_CLOSE = (")", "—", "–", "--")


def aside_end(text: str, prev: Span, span: Span) -> int | None:
    """Return where an amount told as an aside to the amount right before it ends, with its closing mark ("A — $880
    million —", "A ($1 billion)": its conversion), else None (claims40).

    >>> t = "about 1 trillion won — $880 million — for 2019; 2 trillion won, $1.7 billion"
    >>> a, b = Span("a", "money", 6, 20, "1 trillion won"), Span("b", "money", 23, 35, "$880 million")
    >>> aside_end(t, a, b), t[37:46]
    (37, ' for 2019')
    >>> aside_end(t, Span("c", "money", 47, 61, "2 trillion won"), Span("d", "money", 63, 75, "$1.7 billion"))
    """
    if prev.kind != "money" or span.kind != "money" or text[prev.end:span.start].strip() not in _ASIDE_OPEN:
        return None
    after = text[span.end:span.end + 4]
    close = next((c for c in _ASIDE_CLOSE if after.lstrip().startswith(c)), None)
    return None if close is None else span.end + len(after) - len(after.lstrip()) + len(close)


#: What may open the phrase between an amount and its rise in apposition: what the amount pays for or its time
#: ("toward the troops for 2019", "for the upkeep of the troops in 2021", "this year").
_PURPOSE_WORDS = frozenset(("for", "toward", "towards", "to", "in", "under", "this", "last"))
#: Words that open another clause or subject: the rise after them is not the amount's.
_CLAUSE_WORDS = frozenset(("and", "but", "while", "whereas", "although", "though", "which", "who", "as", "its", "their",
                           "his", "her", "than", "compared"))


def apposed_gap(gap: str) -> bool:
    """Return whether the words between an amount and a percent after it put the percent in apposition to it: a
    comma, then only words such as "which is a" ("A, up 8.3 percent", "A, which is an 8.3% increase"); before the
    comma at most a short phrase of what the amount is for ("A toward the troops for 2019, an 8.2% increase").

    >>> apposed_gap(" toward the troops for 2019, an "), apposed_gap(", which is a "), apposed_gap(" for 2019, and ")
    (True, True, False)
    >>> apposed_gap(" for 2019, while its budget rose "), apposed_gap(" a year ")
    (False, False)
    """
    if "," not in gap:
        return False
    head, tail = gap.rsplit(",", 1)
    words, rest = head.replace(",", " ").lower().split(), tail.lower().split()
    if words and (words[0] not in _PURPOSE_WORDS or len(words) > 8 or any(w in _CLAUSE_WORDS for w in words)):
        return False
    if any(any(c.isdigit() for c in w) and not (w.isdigit() and len(w) == 4) for w in words):
        return False
    return all(w in _AMOUNT_RISE_WORDS or (w.isdigit() and len(w) == 4) for w in rest)


def rise_tied(text: str, first: Span, second: Span, aside: int | None = None) -> bool:
    """Return whether two neighbouring figures are a rise and the amount it came to, told in one phrase: a percent,
    then "to" and the amount ("rose 8.3% to A", "by 13.9 percent from 2019 to A"), or an amount, a comma and the
    percent ("A, up 8.3 percent", "A for 2026, which is an 8.3% increase": :func:`apposed_gap`); ``aside``: where the
    first amount's aside ends (:func:`aside_end`), the gap read from there (claims40).

    >>> t = "It rose 8.3% in 2026 to 1.52 trillion won; it is 1.52 trillion won, which is an 8.3% rise; 5% to 9%."
    >>> def at(words, kind, n=0):
    ...     i = [m.start() for m in re.finditer(re.escape(words), t)][n]
    ...     return Span("s", kind, i, i + len(words), words)
    >>> won, pct = "1.52 trillion won", "8.3%"
    >>> (rise_tied(t, at(pct, "percent"), at(won, "money")), rise_tied(t, at(won, "money", 1), at(pct, "percent", 1)),
    ...  rise_tied(t, at(won, "money"), at(won, "money", 1)), rise_tied(t, at("5%", "percent"), at("9%", "percent")))
    (True, True, False, False)
    """
    gap = text[aside or first.end:second.start]  # past the amount's aside (its conversion in dashes or brackets)
    if len(gap) > 60 or any(c in gap for c in ".;:()\n") or {first.kind, second.kind} != {"money", "percent"}:
        return False
    words = gap.replace(",", " ").lower().split()
    if first.kind == "percent":
        return bool(words) and words[-1] == "to" and all(w in _RISE_TO_WORDS or (w.isdigit() and len(w) == 4)
                                                         for w in words[:-1])
    return apposed_gap(gap)


#: The doubt :func:`sure_year` gives a figure whose year comes from its clause.
CLAUSE_YEAR = "its year comes from a date outside the figure's own phrase"


def no_year_fits(fig: Figure, ctx: Context, j: Judgement, loose: str) -> str | None:
    """Return why a payment called false stays so though its year comes from its clause, not its own phrase (the one
    doubt :func:`uncertain` has of it): the payment of no year on record fits it (:func:`fits_other_reading`), and the
    years within ``Tolerances.reading_years`` of its own all have a sourced payment, so no reading of its year can make
    it right (mut59: "Under this year's deal, struck in February, Seoul agreed to pay 1.40 trillion won" in 2019), when
    the dates giving its year come before it (:func:`year_fronted`). Else None: a figure another year's payment fits,
    one near a year the data lack, a garbled print, an ask or offer on record, or a year told after it keep the doubt.

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> [judge(*example(lead + f"Under this year's deal, struck in March, Seoul agreed to pay {x}.",
    ...     "2019-10-01")).verdict for x in ("1.40 trillion won", "$300 million", "1.04 trillion won")]
    ['contradicted', 'unverifiable', 'supported']
    """
    if j.verdict != "contradicted" or fig.frame.quantity != "sma_payment" \
            or loose != f"frame not certain: {CLAUSE_YEAR}" or not year_fronted(fig, ctx) \
            or garbled_number(ctx.reader.text, fig.span) or ask_or_offer_on_record(fig, ctx):
        return None
    sma = ctx.t.sma
    known = {int(y) for y, won, usd in zip(sma.year, sma.krw_billion, sma.usd_million, strict=True)
             if pd.notna(won) or pd.notna(usd)}
    reach = ctx.tol.reading_years
    if any(y not in known for y in range(min(fig.frame.years) - reach, max(fig.frame.years) + reach + 1)):
        return None
    if fits_other_reading(fig, ctx, years=sorted(known)) is not None:
        return None
    return (f"Its year comes from its clause, not its own phrase, but no year's payment on record ({min(known)}-"
            f"{max(known)}) fits it, so no reading of its year makes it right.")


def year_fronted(fig: Figure, ctx: Context) -> bool:
    """Return whether every date of the figure's sentence that gives its year comes before it ("Under last year's
    deal, Seoul paid X"): a date before the figure sets the period it is told in (the corpus README's Conventions, a
    period the text fixes); one after it ("X, one-year deal ... from 2018", "the payment, X, rose in 2019") may be
    another quantity's.

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> [year_fronted(*example(lead + t, "2019-12-01")) for t in ("Under this year's deal, Seoul pays $1.6 billion.",
    ...     "Seoul's cost-sharing payment, $3.4 billion, rose in 2019.")]
    [True, False]
    """
    r = ctx.reader
    giving = [d for d in r.spans_in(*r.near(fig.span), "date") if set(date_years(d)) & set(fig.frame.years)]
    return bool(giving) and all(d.end <= fig.span.start for d in giving)


def garbled_number(text: str, span: Span) -> bool:
    """Return whether a figure's number runs on past its span as no number can ("KRW 1.38.9 trillion": a dot and a
    digit after it): a garbled print, not a figure to call false.

    >>> from analysis.extract import Span
    >>> t = "paid KRW 1.38.9 trillion"
    >>> garbled_number(t, Span("m", "money", 5, 13, t[5:13])), garbled_number(t + ".", Span("m", "money", 5, 24, t[5:]))
    (True, False)
    """
    return text[span.end:span.end + 1] in (".", ",") and text[span.end + 1:span.end + 2].isdigit()


def ask_or_offer_on_record(fig: Figure, ctx: Context) -> bool:
    """Return whether a money figure is, within ``Tolerances.same_rel``, an ask or an offer on record in its currency
    (any time, any actor): read as a payment, it may be that ask or offer in a frame misread.

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> [ask_or_offer_on_record(*example(lead + f"Under this year's deal, Seoul pays {x}.", "2024-11-29"))
    ...  for x in ("$10 billion a year", "$1.7 billion")]
    [True, False]
    """
    amount, currency, _ = _amount(fig)
    rows = [(ctx.t.demands.amount, ctx.t.demands.currency), (ctx.t.offers.amount, ctx.t.offers.currency)]
    return any(c == currency and pd.notna(a) and abs(amount / float(a) - 1) <= ctx.tol.same_rel
               for amounts, currencies in rows for a, c in zip(amounts, currencies, strict=True))


def tie_fixes_frame(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return the words of the right figure tied to a payment or its rise called false (:func:`rise_tied`), when that
    figure is right for the same year as the other quantity of the pair — the sentence has then fixed what both
    are, so a doubt of the figure's quantity or year ("nothing in its clause names the payment", "its year comes from
    outside its phrase") does not hold; a denial or a modal of wish still withholds it (claims40). Else None.

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> fig, ctx = example(lead + "In 2021, the figure rose 13.9 percent to 1.6566 trillion won.", "2021-11-20", 1)
    >>> j = judge_plain(fig, ctx); j.verdict, tie_fixes_frame(fig, ctx, j), judge(fig, ctx).verdict
    ('contradicted', "'rose 13.9 percent', right for 2021", 'contradicted')
    >>> fig, ctx = example(lead + "The figure did not rise 13.9 percent to 1.6566 trillion won in 2021.",
    ...                    "2021-11-20", 1)
    >>> tie_fixes_frame(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    other = {"sma_payment": "sma_change", "sma_change": "sma_payment"}.get(fig.frame.quantity)
    if other is None or (sure_modality if j.verdict == "contradicted" else wished)(fig, ctx) \
            or own_base_after(ctx.reader, fig):
        return None
    r = ctx.reader
    spans = r.figures_in(*r.near(fig.span))  # its sentence cut to a window: linear on a run-on sentence
    ends = [aside_end(r.text, spans[i - 1], f) if i else None for i, f in enumerate(spans)]
    figures = [(f, ends[i + 1] if i + 1 < len(spans) else None) for i, f in enumerate(spans) if ends[i] is None]
    k = next((i for i, (f, _) in enumerate(figures) if f.id == fig.span.id), None)
    if k is None:
        return None  # a figure of no span of its own (a superlative's words), or an aside
    near = [(*figures[k - 1], fig.span)] if k else []
    near += [(fig.span, figures[k][1], figures[k + 1][0])] if k + 1 < len(figures) else []
    framed = ctx.framed()
    for first, aside, second in near:
        sib = framed.get((first if second is fig.span else second).id)
        if sib is None or sib.frame.quantity != other or not sib.frame.years or not fig.frame.years:
            continue
        base = second is fig.span and sib.frame.years[-1] - 1 == fig.frame.years[-1] \
            and base_tied(r.text, first, fig.span)
        if not base and (sib.frame.years[-1] != fig.frame.years[-1] or not rise_tied(r.text, first, second, aside)):
            continue
        if judge_plain(sib, ctx).verdict == "supported":
            return f"{sib.span.exact!r}, right for {sib.frame.years[-1]}" + (", a rise from it" if base else "")
    return None


#: The words between a rise and the payment it is counted from, read to the end: "(increase) compared to the 2025
#: total of", "up from last year's", "more than the", "over the" (mut62).
_BASE_GAP = re.compile(r"(?<![ \t])[ \t]*+(?:(?:increase|rise|hike|jump|more|higher|up)[ \t]++)?(?:compared[ \t]++"
                       r"(?:to|with)|from|over|than|on)[ \t]++(?:the[ \t]++)?(?:(?:19|20)\d\d[ \t]++|last[ \t]++year"
                       r"['’]s[ \t]++)?(?:(?:total|figure|level|payment|contribution|amount|share)[ \t]++"
                       r"(?:of[ \t]++)?)?")


def base_tied(text: str, rise: Span, amount: Span) -> bool:
    """Return whether ``amount`` is the payment a percent ``rise`` right before it is counted from, told in one phrase
    ("A, an 8.3 percent increase compared to the 2025 total of B", "up 13 percent from last year's B"): a supported
    rise of a year then fixes the amount as the payment of the year before (mut62, in :func:`tie_fixes_frame`).

    >>> t = "an 8.3 percent increase compared to the 2025 total of 1.4 trillion won; 8 percent, and 1.4 trillion won"
    >>> def at(words, kind):
    ...     i = t.index(words)
    ...     return Span("s", kind, i, i + len(words), words)
    >>> base_tied(t, at("8.3 percent", "percent"), at("1.4 trillion won", "money"))
    True
    >>> base_tied(t, at("8 percent", "percent"), Span("s", "money", t.rindex("1.4"), len(t), "1.4 trillion won"))
    False
    """
    if rise.kind != "percent" or amount.kind != "money" or amount.start - rise.end > LEVEL_LEAD_CHARS:
        return False
    return _BASE_GAP.fullmatch(text, rise.end, amount.start) is not None


#: Words right after a change that name a span or base of its own: "in (just) two years", "over a two-year span",
#: "since the pandemic began", "from the previous deal", "compared with", "within"; not the year before ("from a
#: year earlier", "over the previous year", "from the year before"), nor a year the frame reads ("from 2018").
_OWN_BASE_AFTER = re.compile(r"(?<![ \t,])[ \t,]*+(?:(?:since|from|over|within|compared[ \t]++(?:with|to)|relative"
                             r"[ \t]++to|against|versus|than)[ \t]++(?!(?:the|a|an|its|last)[ \t]++(?:(?:previous|"
                             r"prior)[ \t]++)?year\b|(?:the[ \t]++)?(?:previous|prior|last)[ \t]++year\b|"
                             r"(?:19|20)\d\d\b)|in[ \t]++(?:[\w-]++[ \t]++){0,3}?(?:years?|decades?|months?)\b)", re.I)


def own_base_after(r: Reader, fig: Figure) -> bool:
    """Return whether a change whose frame found no base year of its own is followed by words naming a span or base
    of its own: the tie to a payment (:func:`tie_fixes_frame`) fixes the rise's year, never its base, so its doubt
    stands (fix40c, review40 finding 1).

    >>> lead = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
    >>> [own_base_after(ctx.reader, fig) for fig, ctx in (example(lead + t, "2022-06-01", 1) for t in (
    ...     "The figure was 1.2471 trillion won in 2022, up 20 percent in just two years.",
    ...     "The figure was 1.2471 trillion won in 2022, up 20 percent in two years.",
    ...     "The figure was 1.2471 trillion won in 2022, up 5.4 percent."))]
    [True, False, False]

    The year before the rise's, named as the base ("an 8.3 percent increase compared to the 2025 total"), is the base
    the frame reads, no base of its own (mut62):

    >>> fig, ctx = example(lead + "It was set at 1.5192 trillion won for 2026, an 8.3 percent increase compared to the "
    ...                    "2025 total.", "2024-10-05", 1)
    >>> own_base_after(ctx.reader, fig)
    False
    """
    if fig.frame.quantity != "sma_change" or fig.frame.since is not None:
        return False
    prev = _PREV_YEAR_BASE.match(r.text, fig.span.end)
    if prev and fig.frame.years and int(prev.group(1)) == fig.frame.years[-1] - 1:
        return False
    return _OWN_BASE_AFTER.match(r.text, fig.span.end) is not None


#: A base after a change that is a year named with "the" ("compared to the 2025 total", "over the 2025 level"): the
#: year before the rise's is the base its frame reads (mut62, :func:`own_base_after`).
_PREV_YEAR_BASE = re.compile(r"(?<![ \t,])[ \t,]*+(?:(?:increase|rise|hike|jump)[ \t]++)?(?:since|from|over|"
                             r"compared[ \t]++(?:with|to)|relative[ \t]++to|against|versus|than)[ \t]++the[ \t]++"
                             r"((?:19|20)\d\d)\b")


def slip_outweighs(fig: Figure, ctx: Context, j: Judgement) -> bool:
    """Return whether a figure called false as a unit slip is *misleading* though its frame is not sure enough to
    contradict it (claims31): its digits are a sourced figure's (the slip's evidence names it) and no payment, ask
    or offer of any year or actor was of its size, so a doubt of its year, its actor or a demand or offer word over
    it cannot make it right. A denial, a modal of wish, a modality that is no statement (forecast, hypothetical),
    for a payment a clause that names no payment, and for a demand or offer no asker bound still withhold it.

    >>> fig, ctx = example("Under the deal struck in 2019, Seoul paid 1.04 billion won.", "2020-05-01")
    >>> fig.frame.bound, slip_outweighs(fig, ctx, judge_plain(fig, ctx)), judge(fig, ctx).verdict
    ('clause', True, 'misleading')
    >>> fig, ctx = example("Seoul did not pay 1.0389 billion won in 2019.", "2019-12-01")
    >>> slip_outweighs(fig, ctx, judge_plain(fig, ctx)), judge(fig, ctx).verdict
    (False, 'unverifiable')

    A slip of a demand told under a condition ("if he were president, they would pay $10 million") is misleading too
    (mut62): a condition gives no licence to write millions for billions; with no asker bound it stays withheld.

    >>> [judge(*example(t, "2024-10-20")).verdict for t in ("The U.S. demanded Seoul pay $10 million a year.",
    ...     "Trump said that if he were president, Seoul would pay $10 million a year.",
    ...     "Seoul was asked to pay $10 million a year.")]
    ['contradicted', 'misleading', 'unverifiable']
    """
    if j.verdict != "contradicted" or UNIT_SLIP not in j.evidence:
        return False
    asked_if = fig.frame.quantity == "demand" and fig.frame.modality == "hypothetical"  # mut62
    if (fig.frame.modality not in STATED and not stated_offer(fig) and not asked_if) \
            or denied_before(ctx.reader, fig.span) or wished(fig, ctx):
        return False
    if fig.frame.quantity in ACTOR_BOUND:  # claims21: a slip no asker is bound to may be another's ask
        return fig.frame.actor is not None or pronoun_asker(ctx.reader, fig.span)  # claims40: "he demanded"
    return fig.frame.quantity not in PAYER_QUANTITIES or sure_quantity(fig, ctx) is None


#: A pronoun of one person: "he", "she", "his".
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his)\b", re.I)


def pronoun_asker(r: Reader, fig: Span) -> bool:
    """Return whether a person named by a pronoun ("he", "his") asks for a demand figure: the pronoun before it in
    its sentence (cut to a window), and a person named before that sentence (claims40). A unit slip of an ask told
    so is wrong whoever the person is, for no ask of any actor is of its size (:func:`slip_outweighs`).

    >>> fig, ctx = example("Senator Dale Hoskins spoke. Then he tried to demand $5 million.", "2019-12-10")
    >>> pronoun_asker(ctx.reader, fig.span), judge(fig, ctx).verdict
    (True, 'misleading')
    >>> fig, ctx = example("Senator Dale Hoskins spoke. The demand of $5 million angered Seoul.", "2019-12-10")
    >>> pronoun_asker(ctx.reader, fig.span), judge(fig, ctx).verdict
    (False, 'unverifiable')
    """
    s, _ = r.near(fig)
    sentence, _ = r.sentence_of(fig)
    return _PERSON_PRONOUN.search(r.text, s, fig.start) is not None and r.any_before(sentence, "person") \
        and pronoun_asks(r, fig)


#: A pronoun as the subject of a demand verb, up to three words apart, none a reporting verb or the start of another
#: subject ("he tried to demand", "she also wanted", not "he said the US wants", "his aides demanded"), or "his
#: (counter) proposal", "his demand".
_PRONOUN_ASKS = re.compile(r"\b(?:(?:he|she)[ \t]++(?:(?!(?:said|says|told|tells|thinks?|thought|believes?|believed|"
                           r"that|the|an?|his|her|its|their)\b)[\w'-]++[ \t]++){0,3}?(?:demand(?:s|ed|ing)?|"
                           r"ask(?:s|ed|ing)?|sought|seek(?:s|ing)?|wants?|wanted|request(?:s|ed|ing)?|"
                           r"insist(?:s|ed|ing)?|(?:call|press|push)(?:s|es|ed|ing)?[ \t]++for)|"
                           r"(?:his|her)[ \t]++(?:[\w-]++[ \t]++)?(?:demand|request|ask|call|proposal|offer)s?)\b",
                           re.I)
#: A purpose after an amount that makes it a sum for something else: "$5 million to repair one barracks", "$5
#: million for a study" (not "to pay", "to keep the troops", "for a year").
_PURPOSE_AFTER = re.compile(r"(?<![ \t])[ \t]++(?:to[ \t]++(?!(?:pay|cover|contribute|share|keep|station|host|support|"
                            r"fund|maintain|defray|offset)\b)[a-z]++\b|"
                            r"for[ \t]++(?:a|an|one)[ \t]++(?!(?:year|yearly)\b)[a-z])")


def pronoun_asks(r: Reader, fig: Span) -> bool:
    """Return whether a pronoun is the subject of the demand verb before a figure in its sentence (cut to a window),
    no other amount between ("he called for a fivefold increase to $5 billion" asks), and no purpose after the figure
    makes it a sum for something else (fix40c, review40 finding 4).

    >>> text = ("Then he tried to demand $5 million. He said the U.S. Army wants $5 million to repair one barracks. "
    ...         "He said his aides demanded $5 million. She asked for $5 million for a study.")
    >>> [pronoun_asks(ctx.reader, fig.span) for fig, ctx in (example(text, "2019-12-10", i) for i in range(4))]
    [True, False, False, False]
    """
    s, _ = r.near(fig)
    ends = [m.end() for m in _PRONOUN_ASKS.finditer(r.text, s, fig.start)]
    between = r.spans_in(ends[-1], fig.start, "money") if ends else []
    return bool(ends) and not between and _PURPOSE_AFTER.match(r.text, fig.end) is None


#: A word that makes a sum yearly or an average, not a total: "a year", "per year", "each year", "annually",
#: "annual", "yearly", "per annum", "each of the years", "an average of", "on average" (review16).
_YEARLY = re.compile(r"\b(?:(?:a|per|each|every)\s+year|annual(?:ly)?|yearly|per\s+annum|each\s+of\s+(?:the|those|"
                     r"these)\s+(?:\w+\s+)?years|averag(?:e|es|ed|ing))\b", re.I)


def yearly_word(fig: Figure, ctx: Context) -> bool:
    """Return whether a word of the figure's phrase (its clause, cut at the figures either side, so another
    figure's "a year" is not its own) makes it yearly or an average.

    >>> yearly_word(*example("From 2016 to 2019 Seoul paid 3.9 trillion won for the troops every year.", "2021-04-01"))
    True
    >>> yearly_word(*example("Seoul paid 3.9 trillion won from 2016 to 2019, or 1 trillion won a year.", "2021-04-01"))
    False
    """
    r = ctx.reader
    s, e = r.clause(fig.span)
    before = [f for f in r.figures_in(s, fig.span.start) if f.end <= fig.span.start]
    after = [f for f in r.figures_in(r.restated_to(fig.span), e) if f.start >= r.restated_to(fig.span)]
    s = max(s, before[-1].end) if before else s
    e = min(e, after[0].start) if after else e
    return _YEARLY.search(r.text, s, e) is not None


def total_or_yearly(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the judgement of a payment over several years, called false as each year's, read as their total when
    no word in its clause makes it yearly: *supported* when the total holds, *unverifiable* when the total cannot be
    added up; None when it is yearly or wrong as the total too (then the first verdict stands).

    >>> fig, ctx = example("From 2016 to 2019 Seoul paid 3.9 trillion won for the U.S. troops.", "2021-04-01")
    >>> total_or_yearly(fig, ctx, judge_plain(fig, ctx)).verdict
    'supported'
    >>> fig, ctx = example("From 2016 to 2019 Seoul paid 3.9 trillion won a year for the U.S. troops.", "2021-04-01")
    >>> total_or_yearly(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    if fig.frame.quantity != "sma_payment" or len(fig.frame.years) < 2 or j.verdict not in ("contradicted",
                                                                                             "misleading"):
        return None
    if yearly_word(fig, ctx) or below_any_total(fig, ctx):
        return None
    t = total_stated(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, quantity="sma_total")), ctx)
    why = "no word makes it yearly, so it may be the total of those years"
    if t.verdict == "supported":
        return _j("supported", f"{t.evidence} Read as a total: {why}.", t.sources, t.rows)
    if t.verdict == "unverifiable":
        return _j("unverifiable", f"{j.evidence} Not {j.verdict}: {why}, which cannot be added up.", j.sources, j.rows,
                  j.related)
    return total_beyond_years(fig, ctx, t)


#: Between the two amounts of a range: "X and Y" after "between", "X to Y", "X-Y" (cfix50).
_RANGE_JOIN = re.compile(r"(?<![ \t])[ \t]*+(?:(?P<and>and)|to|-|–)[ \t]*+"
                         r"(?:(?:about|some|around|roughly|nearly)[ \t]++)?")
#: Right before a range's first amount: "between", or "from" after a word of range ("ranging from", "somewhere
#: from"); a bare "from X to Y" is a change, not a range.
_RANGE_BEFORE = re.compile(r"(?:\bbetween|\b(?:range[sd]?|ranging|somewhere|anywhere)[ \t]++from)[ \t]++(?:(?:about|"
                           r"some|around|roughly)[ \t]++)?$", re.I)
_RANGE_BEFORE_BACK = 40  # characters before a range's first amount read for "between" / "ranging from"


def range_partner(ctx: Context, fig: Figure) -> Span | None:
    """Return the other end of a range of amounts the figure is one end of ("between $800 million and $1 billion",
    "$850 million to $950 million", "ranging from X to Y"), else None (cfix50).

    >>> fig, ctx = example("Seoul pays between $800 million and $1 billion a year.", "2019-11-20")
    >>> range_partner(ctx, fig).exact
    '$1 billion a year'
    >>> range_partner(*reversed(example("Seoul's payment rose from $800 million to $1 billion.", "2019-11-20")))
    """
    r = ctx.reader
    money = r.spans_in(*r.local(fig.span), "money")
    i = next(k for k, m in enumerate(money) if m.start == fig.span.start)
    for a, b in ((money[i - 1], fig.span) if i else (None, None), (fig.span, money[i + 1]) if i + 1 < len(money)
                 else (None, None)):
        join = a and _RANGE_JOIN.fullmatch(r.text, a.end, b.start)
        before = a and _RANGE_BEFORE.search(r.text, max(0, a.start - _RANGE_BEFORE_BACK), a.start)
        if join and (before or (not join["and"] and not _RANGE_FROM_BEFORE.search(
                r.text, max(0, a.start - _RANGE_FROM_BACK), a.start))):
            return b if a is fig.span else a
    return None


#: Right before a range's first amount, "from" or "to": "rose from X to Y" is a change, "to X to Y" no range.
_RANGE_FROM_BEFORE = re.compile(r"\b(?:from|to)[ \t]++$", re.I)
_RANGE_FROM_BACK = 8  # characters before a range's first amount read for that "from" or "to"


def range_holds(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a payment called false may be right as one end of a range (:func:`range_partner`), else None: every
    payment the data give of its years lies between the range's two ends (within ``same_rel``), so the range holds,
    and an end is no claim of its own (cfix50).

    >>> [range_holds(f, c, judge_plain(f, c)) for f, c in (example(t, "2019-11-20") for t in (
    ...     "In the 1990s, Seoul paid between $150 million and $400 million a year.",))][0].split("range ")[1]
    "('$150 million', '$400 million a year') that holds the payment"
    >>> range_holds(*example("Seoul pays between $1.2 billion and $1.5 billion a year.", "2019-11-20"), _j("x", ""))
    """
    if fig.frame.quantity != "sma_payment" or fig.span.kind != "money":
        return None
    other = range_partner(ctx, fig)
    known = known_payments(fig, ctx)
    if other is None or not known or other.value.get("currency") not in (None, _amount(fig)[1]) \
            or other.value.get("amount") is None:
        return None
    ends = sorted((float(other.value["amount"]), _amount(fig)[0]))
    if not all(ends[0] * (1 - ctx.tol.same_rel) <= k <= ends[1] * (1 + ctx.tol.same_rel) for k in known):
        return None
    return f"frame not certain: the amount is one end of a range ({fig.span.exact!r}, {other.exact!r}) that holds " \
        "the payment"


#: A decade named as a time: "the 1990s", "the 2000s", "the '90s".
_DECADE = re.compile(r"(?<![\w'’])(?:(?:19|20)\d|['’]\d)0['’]?s\b")


def yearly_in_span(fig: Figure, ctx: Context, j: Judgement) -> str | None:
    """Return why a yearly payment told over a decade ("Back in the 1990s, Seoul paid about $300 million a year",
    "Throughout the 2000s Seoul paid around 700 billion won annually": :data:`_DECADE` in its clause) and called false
    may be right, else None: it lies between the smallest and the largest payment the data give of those years
    (within ``same_rel``) and within ``near_rel`` of their mean, so it may be their typical or average sum, and no year
    of the decade is its own (cfix50; the lead, session 42: "$150 million a year in the 1990s", the first year's sum
    alone, is far from the mean and stays false).
    A sum outside every year's stays false, and a span told by its years ("a year from 2009 to 2016") is judged on
    each year, as before.

    >>> fig, ctx = example("Back in the 1990s, Seoul paid about $300 million a year.", "2019-11-20")
    >>> yearly_in_span(fig, ctx, judge_plain(fig, ctx))[-60:]
    'of their payments (150 to 390 million), may be their average'
    >>> fig, ctx = example("Back in the 1990s, Seoul paid about $900 million a year.", "2019-11-20")
    >>> yearly_in_span(fig, ctx, judge_plain(fig, ctx)) is None
    True
    >>> fig, ctx = example("Seoul paid $150 million a year for the US troops in the 1990s.", "2019-12-06")
    >>> yearly_in_span(fig, ctx, judge_plain(fig, ctx)) is None
    True
    """
    if fig.frame.quantity != "sma_payment" or len(fig.frame.years) < 3 or not yearly_word(fig, ctx) \
            or not _DECADE.search(ctx.reader.text, *ctx.reader.clause(fig.span, strong=True)):
        return None  # "a year from 2009 to 2016": a span told by its years is judged on each (test_check's row)
    known = known_payments(fig, ctx)
    amount = _amount(fig)[0]
    if len(known) < 3 or not min(known) * (1 - ctx.tol.same_rel) <= amount <= max(known) * (1 + ctx.tol.same_rel):
        return None
    if abs(amount / (sum(known) / len(known)) - 1) > ctx.tol.near_rel:
        return None  # review94 DECADE: "$150 million a year in the 1990s" is 1991's sum alone, not the usual one
    scale = 1e6 if max(known) < 1e11 else 1e9
    unit = "million" if scale == 1e6 else "billion"
    return (f"frame not certain: a yearly sum over {len(fig.frame.years)} years, within the range of their payments "
            f"({min(known) / scale:,.0f} to {max(known) / scale:,.0f} {unit}), may be their average")


def total_beyond_years(fig: Figure, ctx: Context, t: Judgement) -> Judgement | None:
    """Return ``t``, the verdict on a payment over several years read as their total, when the amount is at least
    twice the largest payment the data give of those years, so no year's sum (cfix44: "paid 4.07 trillion won under
    the 9th SMA, from 2014 to 2018" is a wrong total, 4,707 bn, not five wrong yearly sums); else None.

    >>> fig, ctx = example("From 2014 to 2018 Seoul paid 4.07 trillion won.", "2019-06-01")
    >>> total_beyond_years(fig, ctx, _j("misleading", "")).verdict
    'misleading'
    >>> total_beyond_years(*example("From 2014 to 2018 Seoul paid 1.5 trillion won.", "2019-06-01"), _j("x", ""))
    """
    known = known_payments(fig, ctx)
    return t if known and _amount(fig)[0] >= 2 * max(known) else None


def term_total(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the judgement of a sum told under an agreement its sentence names by its number, with no year of its
    own phrase ("Seoul to pay 4.7 trillion won under ninth SMA", "paid about 7.5 trillion won under the six-year 11th
    SMA", "Sixth SMA totals 1.36 trillion won"), called false as one year's payment: read as the total of that
    agreement's term (:func:`analysis.frames.deal_term_span`), which the README checks against the sum of those years;
    None when a word makes it yearly, its sentence names no term or it is too small to be the term's total
    or too big (:func:`outside_any_total`: a wrong year's sum keeps its verdict) (cfix40).

    >>> fig, ctx = example("Seoul will pay 4.7 trillion won under the ninth SMA.", "2014-01-13")
    >>> [term_total(fig, ctx, judge_plain(fig, ctx)).verdict, judge_plain(fig, ctx).verdict]
    ['supported', 'contradicted']
    >>> [term_total(*example(t, "2014-01-13"), _j("contradicted", "")) for t in (
    ...     "Seoul will pay 4.7 trillion won a year under the ninth SMA.", "Seoul will pay 1.5 trillion won under the "
    ...     "ninth SMA.", "Seoul will pay 4.7 trillion won.")]
    [None, None, None]

    A word of sum with a deal named by a plain ordinal or its signing year reads the same (cterm52):

    >>> [term_total(f, c, judge_plain(f, c)).verdict for f, c in (example(t, "2019-03-10") for t in (
    ...     "Seoul's payments under the ninth deal totaled 4.7 trillion won.",
    ...     "Seoul paid a combined 4.7 trillion won under the deal signed in 2014."))]
    ['supported', 'supported']
    """
    if fig.frame.quantity != "sma_payment" or len(fig.frame.years) != 1 or j.verdict not in ("contradicted",
                                                                                             "misleading") \
            or (fig.frame.bound == "phrase" and numbered_deal_year(ctx.reader, fig.span)[:1] != fig.frame.years
                and not summed_deal(ctx.reader, fig.span)) or yearly_word(fig, ctx):
        return None  # a year of its own phrase, not one its agreement's number gave ("under the ninth SMA": 2014)
    years = deal_term_span(ctx.reader, fig.span)
    term = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, quantity="sma_total", years=years))
    if not years or outside_any_total(term, ctx):
        return None
    t = total_stated(term, ctx)
    return _j(t.verdict, f"{t.evidence} Read as the total of the agreement its sentence names: no word makes it "
              "yearly.", t.sources, t.rows)


def below_any_total(fig: Figure, ctx: Context) -> bool:
    """Return whether a payment told for a range of years is too small to be their total: below the range's length
    times the smallest payment the data give of those years, less ``near_rel`` — so it is a year's figure, judged as
    each year's, even with no word making it yearly (caught50: "Under the deal for 2026-2030, Seoul's payment is 1.7
    trillion won" was withheld as "may be the total"). False when the data give none of the years.

    >>> below_any_total(*example("From 2016 to 2019 Seoul paid 1.4 trillion won for the U.S. troops.", "2021-04-01"))
    True
    >>> below_any_total(*example("From 2016 to 2019 Seoul paid 3.9 trillion won for the U.S. troops.", "2021-04-01"))
    False
    """
    amount, known = _amount(fig)[0], known_payments(fig, ctx)
    return bool(known) and amount < len(fig.frame.years) * min(known) * (1 - ctx.tol.near_rel)


def known_payments(fig: Figure, ctx: Context) -> list[float]:
    """Return the payments the data give of the figure's years, in its currency (the years they lack left out).

    >>> known_payments(*example("From 2022 to 2024 Seoul paid 3.9 trillion won for the U.S. troops.", "2025-04-01"))
    [1247100000000.0]
    """
    currency = _amount(fig)[1]
    known = []
    for year in fig.frame.years:
        try:
            known.append(ctx.payment(year, currency).value)
        except LookupError:
            continue
    return known


def outside_any_total(fig: Figure, ctx: Context) -> bool:
    """Return whether a sum cannot be the total of the figure's years: the data give none of them, or it is below
    their number times the smallest payment given (:func:`below_any_total`) or above it times the largest, by more
    than ``near_rel`` ("$1.18 trillion" under the 11th SMA, a won sum printed as dollars, is no total of 2020-2025;
    cfix40).

    >>> outside_any_total(*example("From 2022 to 2025 Seoul paid $1.4 trillion for the U.S. troops.", "2026-01-05"))
    True
    >>> outside_any_total(*example("From 2022 to 2025 Seoul paid 5.3 trillion won for the troops.", "2026-01-05"))
    False
    """
    amount, known = _amount(fig)[0], known_payments(fig, ctx)
    return not known or below_any_total(fig, ctx) or amount > len(fig.frame.years) * max(known) * (1 + ctx.tol.near_rel)


def change_over_span(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the judgement of a percent change over several years ("rose 28.6 percent from 2014 to 2021"), called
    false as one year's change, read as the change from the first year's payment to the last's when no word in its
    clause makes it yearly: *supported* when that holds, *unverifiable* when a year's payment is missing; None when
    it is yearly; the first verdict, with the span's figure added, when it is wrong that way too.

    >>> fig, ctx = example("Seoul's payment rose 28.6 percent from 2014 to 2021.", "2021-03-10")
    >>> change_over_span(fig, ctx, _j("contradicted", "")).verdict
    'supported'
    >>> fig, ctx = example("Seoul's payment rose 50 percent from 2014 to 2021.", "2021-03-10")
    >>> j = change_over_span(fig, ctx, _j("contradicted", "")); j.verdict, j.evidence[-45:]
    ('contradicted', '2021 vs 2014 in won: +28.6% (claimed +50.0%).')
    """
    years = fig.frame.years
    if (fig.frame.quantity != "sma_change" or fig.span.kind != "percent" or len(years) < 2
            or j.verdict not in ("contradicted", "misleading")):
        return None
    if yearly_word(fig, ctx) or span_not_the_change(fig, ctx):  # claims32: a deal's or a freeze's years
        return None
    pair = sourced_dollar_pair(fig, ctx, years[0], years[-1])  # fix51v6: told in dollars, read in dollars
    try:
        pair = pair or converted_dollar_pair(fig, ctx, years[0], years[-1])  # span52: won-set years, own rates
        first, last = pair or (ctx.payment(years[0], "KRW"), ctx.payment(years[-1], "KRW"))
    except LookupError as exc:
        return _j("unverifiable", f"{j.evidence} Not {j.verdict}: it may be the change over {years_text(years)}, "
                  f"which cannot be counted ({exc}).", j.sources, j.rows, j.related)
    actual = (last.value / first.value - 1) * 100
    claimed = _signed(fig)
    span = f"{years[-1]} vs {years[0]} in {'dollars' if pair else 'won'}: {actual:+.1f}% (claimed {claimed:+.1f}%)"
    if _percent_verdict(abs(actual - claimed), ctx.tol) != "supported":
        return _j(j.verdict, f"{j.evidence} Read as the change over {years_text(years)} it fails too: {span}.",
                  j.sources, j.rows, j.related)  # wrong both ways: the first verdict stands, with both figures
    return _j("supported", f"{span}, read as the change over {years_text(years)}: no word makes it yearly.",
              [*first.sources, *last.sources], [*first.rows, *last.rows])


#: Defence spending named in a figure's sentence; the amount a change of it comes to, right after the change.
_SPENDING_WORDS = re.compile(r"\bdefen[cs]e[- ](?:spending|costs?|expenditures?|budget)s?\b", re.I)
_COMES_TO = re.compile(r"[^.;:\d]{0,40}?\b(?:totall?ing|reaching|to|at|or)\s+(?:(?:about|some|around|roughly|nearly)"
                       r"\s+)?$", re.I)


def spending_sized_as_payment(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* when a figure its sentence calls defence spending, in an article about the SMA, is of a
    payment's size (at most the largest payment on record, within ``same_rel``; a defence budget is tens of times
    that) and, read as that year's payment (or a change of it that comes to such an amount), fits the data; else None.
    Only ever supports: a figure that does not fit stays *not_checkable* as the text framed it.

    >>> t = "Under the new cost-sharing plan, for 2026 Seoul has committed to an 8.3% increase in defence spending, "
    >>> spending_sized_as_payment(*example(t + "totaling 1.52 trillion won.", "2024-10-04")).verdict
    'supported'
    >>> spending_sized_as_payment(*example(t + "totaling 59 trillion won.", "2024-10-04")) is None  # a budget's size
    True
    """
    r, kinds = ctx.reader, {"money": "sma_payment", "percent": "sma_change"}
    s, e = r.local(fig.span)  # its sentence, cut to a window: a run-on sentence of such figures is read in linear time
    if (fig.frame.quantity not in ("defence_budget", "other") or fig.span.kind not in kinds or not r.about_sma
            or not _SPENDING_WORDS.search(r.text, s, e)):
        return None
    amount = fig.span if fig.span.kind == "money" else next(
        (m for m in r.figures_in(fig.span.end, r.clause(fig.span, strong=True)[1]) if m.kind == "money"
         and _COMES_TO.fullmatch(r.text, fig.span.end, m.start)), None)  # in its clause: not "..., while X rose to"
    if amount is None or float(amount.value["amount"]) > (1 + ctx.tol.same_rel) * largest_payment(
            ctx, money_currency(amount)):
        return None
    j = judge_plain(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, quantity=kinds[fig.span.kind])), ctx)
    if j.verdict != "supported":
        return None
    why = ("Its sentence calls it defence spending, but in an article about the SMA an amount of a payment's size (a "
           "defence budget is tens of times larger) is the payment.")
    return _j("supported", f"{j.evidence} {why}", j.sources, j.rows)


#: A budget named in a rise's clause: the rise is the budget's, even when the payment rose as much.
_BUDGET_WORD = re.compile(r"\bbudgets?\b", re.I)
#: The defence budget's own words in a rise's sentence: "military spending/outlays", "national defense", or what the
#: budget buys ("as it buys submarines", "new fighter jets", "weapons"): the rise is the budget's (mend57v).
_BUDGET_OWN_WORDS = re.compile(r"\b(?:" + "|".join((
    MILITARY_BUDGET, r"military[ \t]++outlays?", r"national[ \t]++defen[cs]e", r"buy(?:s|ing)?", r"purchas(?:e|es|ing)",
    r"procur(?:e|es|ing|ement)", r"arms", r"fighters", *WEAPON_WORDS)) + r")\b", re.I)


def decimal_rise_as_payment_change(fig: Figure, ctx: Context) -> Judgement | None:
    """Return *supported* when a rise printed to a decimal ("13.9%", not "8%") that its sentence does not tie to the
    SMA (read as defence spending or as no covered quantity), in an article about the SMA, is to that decimal the
    change of the payment of its year (won, within ``Tolerances.decimal_abs``), its clause names no budget and its
    sentence none of the budget's own words (:data:`_BUDGET_OWN_WORDS`: "military spending" and "national defense"
    name the budget, not the payment news copy calls "defense costs"; what is bought, "submarines", is the budget's),
    its actor is no side but Korea, and the growth of the defence budget that year is on record and another
    (:func:`analysis.guards.budget_growth`): news copy calls the payment "defense costs", and a rise given to a tenth
    that equals the payment's own, when the budget's is known to differ, is that rise; else None (verd57). Only ever
    supports: a figure that does not fit stays as the text framed it.

    >>> t = "The allies signed the cost-sharing accord. An aide said defense spending by Seoul goes up {} in {}."
    >>> decimal_rise_as_payment_change(*example(t.format("5.4%", 2022), "2022-02-20")).verdict
    'supported'
    >>> [decimal_rise_as_payment_change(*example(t.format(p, 2022), "2022-02-20")) for p in ("3.4%", "5.9%", "5%")]
    [None, None, None]
    >>> decimal_rise_as_payment_change(*example(t.format("5.8%", 2014), "2014-01-20"))  # no budget on record
    >>> decimal_rise_as_payment_change(*example("Japan raised its host support by 5.4% in 2022.", "2022-02-20"))
    >>> decimal_rise_as_payment_change(*example(t.replace("spending", "budget").format("5.4%", 2022), "2022-02-20"))
    >>> decimal_rise_as_payment_change(*example(t.replace("defense", "military").format("5.4%", 2022), "2022-02-20"))
    >>> decimal_rise_as_payment_change(*example(t.replace("spending", "spending, with more warships,").format(
    ...     "5.4%", 2022), "2022-02-20"))
    """
    r, v = ctx.reader, fig.span.value
    pct = v.get("percent") if fig.span.kind == "percent" else None
    if (pct is None or fig.frame.quantity not in ("defence_budget", "other") or not r.about_sma or not fig.frame.years
            or v.get("direction") == "down" or v.get("unit") != "percent" or float(pct).is_integer()
            or _BUDGET_WORD.search(r.text, *r.clause(fig.span)) or _BUDGET_OWN_WORDS.search(r.text, *r.local(fig.span))
            or ctx.side(fig.frame.actor) not in (None, "KR")):
        return None  # "the defense budget rose 8.2%", "Japan raised its support by X": a budget, another side
    year = fig.frame.years[-1]
    try:
        now, before = ctx.payment(year, "KRW").value, ctx.payment(year - 1, "KRW").value
    except LookupError:
        return None
    growth = budget_growth(ctx, year)  # unknown: the budget may have risen as much (a deal may tie the two)
    if abs((now / before - 1) * 100 - float(pct)) > ctx.tol.decimal_abs or growth is None or abs(
            growth - float(pct)) <= ctx.tol.decimal_abs:
        return None
    j = judge_plain(dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, quantity="sma_change")), ctx)
    if j.verdict != "supported":
        return None
    why = (f"Its sentence does not name the SMA, but in an article about it a rise given to a tenth that equals the "
           f"{year} payment's own change (and not the defence budget's growth) is that change.")
    return _j("supported", f"{j.evidence} {why}", j.sources, j.rows)


def zero_figure(fig: Figure) -> Judgement | None:
    """Return *unverifiable* for a sum or a multiple of zero ("pays $0", "0 times as much"), else None: the rules
    measure a figure by its ratio to the data's, and zero has none (crash80: each of them divided by it).

    >>> [zero_figure(example(t, "2019-11-19")[0]) is None for t in ("Seoul will pay $0 in 2019.",
    ...  "Seoul will pay $0.5 billion in 2019.", "Seoul's share rose 0% this year.")]
    [False, True, True]
    >>> judge(*example("Seoul will pay 0 won ($924 million) this year.", "2019-11-19")).verdict
    'unverifiable'
    """
    key = {"money": "amount", "multiplier": "factor"}.get(fig.span.kind)
    value = (fig.span.value or {}).get(key) if key else None
    if value is None or float(value) != 0:
        return None
    return _j("unverifiable", f"A {'sum' if key == 'amount' else 'multiple'} of zero: the data's figures are judged "
              "by their ratio to the claim's, and zero has none.")


def judge_plain(fig: Figure, ctx: Context) -> Judgement:
    """Return the judgement of the first rule that fits the figure, before the guards of :func:`judge`.

    >>> judge_plain(*example("Seoul paid $4.7 billion in 2019.", "2019-12-01")).verdict
    'contradicted'
    """
    foreign = other_currency(fig) or zero_figure(fig)
    if foreign is not None:
        return foreign
    for rule in RULES:
        if rule.fits(fig):
            return rule.judge(fig, ctx)
    if any(rule.quantity == fig.frame.quantity for rule in RULES):
        return _j("unverifiable", f"No rule judges a {fig.frame.quantity} given as {fig.span.kind} "
                  f"({fig.frame.modality}).")
    return not_checkable(fig, ctx)


#: Quantities whose data rows are chosen by actor: without one, a figure cannot be contradicted (the payment,
#: its changes and totals have one payer, so their actor is implied).
ACTOR_BOUND = ("demand", "offer")
#: Modalities a figure may be contradicted in: a fact reported or quoted, a demand said to be made.
STATED = ("reported", "quotation", "demand")


def stated_offer(fig: Figure) -> bool:
    """Return whether the figure is an offer said to be made (an offer amount in an offer frame), which may be
    contradicted like a demand said to be made.

    >>> stated_offer(example("In 2020 Seoul offered to pay no more than $1.3 billion.", "2020-09-11")[0])
    True
    """
    return fig.frame.quantity == "offer" and fig.frame.modality == "offer"


def uncertain(fig: Figure, ctx: Context, verdict: str = "contradicted") -> Doubt | None:
    """Return why a frame is too loose to give its figure ``verdict`` — "frame not certain: ..." — or None when the
    frame is certain. Calling a figure false (*contradicted*) needs the quantity to rest on the figure's own words
    (:func:`sure_quantity`), a statement (:func:`sure_modality`) and a year bound in its own phrase or by a sure
    rule (:func:`sure_year`); calling it close but wrong (*misleading*) needs the quantity and no modal of wish
    (the payments of nearby years are close to each other, so the year weighs less).

    >>> str(uncertain(*example("Under a deal agreed in 2031, the ally pays $9 billion.", "2033-05-01")))
    "frame not certain: its year comes from a date outside the figure's own phrase"
    >>> uncertain(*example("Seoul paid 1 trillion won in 2019.", "2019-12-01")) is None
    True
    >>> uncertain(*example("In 2020 Seoul suggested a deal with $1.3 billion paid in 2020.", "2020-05-15"))
    Doubt(kind='row', reason='frame not certain: an offer word governs its clause', unnamed=False)
    """
    tests: tuple[tuple[Callable[[Figure, Context], str | Doubt | None], str], ...] = (
        ((sure_modality, ROW), (sure_quantity, QUANTITY), (sure_year, TIME)) if verdict == "contradicted" else
        ((wished, ROW), (sure_quantity, QUANTITY), (named_year_fits, TIME)))
    for test, kind in tests:
        doubt = test(fig, ctx)
        if doubt:
            return framed(doubt, kind)
    return None


def named_year_fits(fig: Figure, ctx: Context) -> str | None:
    """Return why a figure close to its frame year's row may still be right — read as of another year its own
    sentence names, the data support it — else None.

    >>> named_year_fits(*example("Seoul raised it from 960 billion won in 2018 to $1.03 billion in 2021.",
    ...                          "2024-05-18", 1)) is None
    True
    >>> fig, ctx = example("In 2021, as in 2019, Seoul paid $1.03 billion.", "2024-05-18")
    >>> fig.frame.years, named_year_fits(fig, ctx)
    ((2019,), 'read as of 2021, which its sentence names, it holds')
    """
    r = ctx.reader
    named = {y for d in r.spans_in(*r.near(fig.span), "date") for y in date_years(d)}
    fits = fits_other_reading(fig, ctx, years=sorted(named - set(fig.frame.years) - others_own_years(fig, ctx)))
    return f"read as of {fits}, which its sentence names, it holds" if fits else None


def others_own_years(fig: Figure, ctx: Context) -> set[int]:
    """Return the years bound in the own phrases of the sentence's other amounts, when the figure's year is bound in
    its own phrase too, or its own stretch says "now" or "today" (:func:`analysis.frames.present_own`, years47): such
    a year is that amount's, no reading of this one ("rose to X this year from Y in 2021": Y is not this year's)
    (claims18).

    >>> fig, ctx = example("It rose to 1.4 trillion won this year from 1.38 trillion won in 2021.", "2025-07-09", 1)
    >>> fig.frame.years, others_own_years(fig, ctx)
    ((2021,), {2025})
    >>> others_own_years(*example("In 2021, as in 2019, Seoul paid $1.03 billion.", "2024-05-18"))
    set()
    >>> others_own_years(*example("Seoul paid 1.18 trillion won in 2021, and it pays 1.2 trillion won today.",
    ...                           "2025-07-10", 1))
    {2021}
    """
    r = ctx.reader
    if fig.frame.bound != "phrase" and not present_own(r, fig.span):  # years47: "and it pays Y today"
        return set()
    own: set[int] = set()
    for m in r.spans_in(*r.near(fig.span), "money"):
        years, how = bind_years(r, m) if m.id != fig.span.id else ((), "")
        own.update(years if how in ("phrase", "relative") else ())
    return own - set(fig.frame.years)


def sure_modality(fig: Figure, ctx: Context) -> str | None:
    """Return why the figure is not a statement of fact or of a demand made (an offer, forecast, hypothetical, a
    demand, offer or forecast word before a payment, or before a multiple after the amount it relates, a modal of
    wish before it), else None.

    >>> sure_modality(*example("In 2020 Seoul offered a deal with $1.3 billion paid in 2020.", "2020-05-15"))
    'an offer word governs its clause'
    """
    if fig.frame.modality not in STATED and not stated_offer(fig):
        return f"a {fig.frame.modality} is not a statement of fact or of a demand made"
    denial = denied_before(ctx.reader, fig.span)
    if denial:
        return f"its clause denies it ({denial!r})"
    from analysis.frames import year_base_of_rise

    named = [named_end(ctx.reader.text, m.end) for m in fig.related if m.kind == "money" and m.end <= fig.span.start]
    cue = intent_before(ctx.reader, fig.span, max(named, default=0)) if fig.frame.quantity in (
        *PAYER_QUANTITIES, "ratio") and fig.frame.modality != "demand" else None
    if cue and not paid_relative(ctx.reader, fig.span) and not multiple_of_payment(ctx.reader, fig.span) \
            and demand_base_row(fig, ctx) is None and not year_base_of_rise(ctx.reader, fig.span):  # fix51v3
        # "Seoul suggested a deal with $1.3 billion paid in the fifth year"; not "demanded a rise from the X Seoul
        # paid in 2019" (claims26), nor "demand six times the share of X this year" (b52v), nor "demanded Seoul
        # raise its share from X to Y" with Y an ask on record (unverif68)
        return f"{'an' if cue[0] in 'aeiou' else 'a'} {cue} word governs its clause"
    return wished(fig, ctx)


#: A noun of a demand or offer right after an amount, naming it: "the $5 billion demand", "its $4.7 billion request".
_NAMING_NOUN = re.compile(r"(?<![ \t])[ \t]+(?:demand|request|ask|offer|proposal|counter-?offer|counter-?proposal)s?\b",
                          re.I)


def named_end(text: str, end: int) -> int:
    """Return where an amount ending at ``end`` ends with the demand or offer noun that names it ("the $5 billion
    demand is a tenfold rise": the noun is the amount's, not a word governing the multiple after it) (claims21).

    >>> t = "The $5 billion demand is a tenfold rise."
    >>> t[named_end(t, t.index(" demand")):], named_end("$5 billion, demanded", 10)
    (' is a tenfold rise.', 10)
    """
    noun = _NAMING_NOUN.match(text, end)
    return noun.end() if noun else end


def wished(fig: Figure, ctx: Context) -> str | None:
    """Return why a payment or offer figure is what someone wants (a modal of obligation or wish before it in its
    clause: "should", "must", "has to"), else None.

    >>> wished(*example("Seoul has to pay $3 billion this year.", "2019-12-01"))
    'a modal (has to) makes it what someone wants, not a figure reported'
    >>> wished(*example("Seoul paid $3 billion in 2019.", "2019-12-01")) is None
    True

    A payment a relative clause names as paid ("should pay more than the $900 million it pays now") is a fact,
    whatever modal comes before it (caught50):

    >>> wished(*example("Seoul should pay more than the $500 million it pays now.", "2019-12-01")) is None
    True
    """
    payer = fig.frame.quantity in (*PAYER_QUANTITIES, "offer") and not paid_relative(ctx.reader, fig.span)
    modal = deontic_before(ctx.reader, fig.span) if payer else None
    return f"a modal ({modal}) makes it what someone wants, not a figure reported" if modal else None


#: Quantities of what Seoul pays: their reading rests on a payment word in the figure's own clause.
PAYER_QUANTITIES = ("sma_payment", "sma_total", "sma_change")


def sure_quantity(fig: Figure, ctx: Context) -> Doubt | None:
    """Return why the figure's quantity is a guess (no actor bound to a demand or offer: a doubt of its row; a money
    figure with no currency: of its row; a payment or a change whose own clause names no payment: of its quantity,
    :attr:`Doubt.unnamed`), else None. A percent whose sentence names no payment is of another quantity only when
    nothing of its own binds it to a time either (its year is the publication's): a change its own phrase sets over a
    period ("the average annual increase of P for the past five years") is told of the payment's years, a change the
    data cover, so the doubt is of its row (verd55, verd56).

    >>> sure_quantity(*example("The talks were on cost-sharing. The sum was $2 billion.", "2019-12-01"))
    Doubt(kind='quantity', reason='nothing in its clause names the cost-sharing payment', unnamed=True)
    """
    from analysis.frames import year_base_of_rise

    r = ctx.reader
    if fig.frame.actor is None and fig.frame.quantity in ACTOR_BOUND:
        return Doubt(ROW, f"no actor is bound to the {fig.frame.quantity}")
    if fig.span.kind == "money" and fig.span.value.get("currency") is None:
        fits = fits_other_reading(fig, ctx, currency=("USD", "KRW"))
        if fits:
            return Doubt(ROW, f"its currency is not given, and read in {fits} it holds")
    anaphor = fig.frame.quantity in ("sma_payment", "sma_change") and (
        payment_anaphor(r, fig.span) or clause_anaphor(r, fig.span) or ask_of_later_year(fig, ctx)  # fix51v3
        or year_base_of_rise(r, fig.span)
        or (fig.frame.quantity == "sma_change" and (deal_names_payment(r, fig.span) or definite_change(r, fig.span)
                                                    or possessive_change(fig, ctx))))  # fix50e
    if fig.span.kind == "percent" and fig.frame.quantity == "sma_change" and not names_payment(r, fig.span) \
            and not anaphor:
        return Doubt(QUANTITY if fig.frame.bound == "publication" else ROW, PERCENT_UNNAMED, unnamed=True)
    if fig.frame.quantity in PAYER_QUANTITIES and not payment_cued(r, fig.span) and fig.span.id not in r.lost \
            and not anaphor and not (fig.frame.quantity == "sma_payment" and won_digits_printed(fig, ctx)):
        return Doubt(QUANTITY, UNNAMED_PAYMENT, unnamed=True)
    return None


def ask_of_later_year(fig: Figure, ctx: Context) -> bool:
    """Return whether a payment is the base an ask of a later year rises from, each year told in its own phrase
    ("wants $5 billion next year, up from $1.5 billion this year": :func:`analysis.frames.asked_up_from_year`): the
    words name the payment as surely as a payment word does (fix51v3). With no year of the ask's own ("was seeking $5
    billion, up from $2 billion last year") the base may be last year's ask: its quantity stays a guess.

    >>> ask_of_later_year(*example("Tolvig wants $6 billion next year, up from $1.2 billion this year.", "2019-11-18",
    ...                            1))
    True
    >>> ask_of_later_year(*example("Tolvig was seeking $6 billion, up from $1.2 billion last year.", "2019-11-18", 1))
    False
    """
    from analysis.frames import asked_up_from_year

    r = ctx.reader
    if len(fig.frame.years) != 1 or not asked_up_from_year(r, fig.span):
        return False
    ask = r.last_in(r.near(fig.span)[0], fig.span.start, "money", lambda f: f.end <= fig.span.start)
    years, how = bind_years(r, ask) if ask is not None else ((), "")
    return how in ("phrase", "relative") and len(years) == 1 and years[0] > fig.frame.years[0]


def sure_year(fig: Figure, ctx: Context) -> str | None:
    """Return why the figure's year is a guess (taken from a date outside its own phrase, or far from it, or from a
    deal's year, or the figure is of a year counted in a deal's term, or its sentence names no date after one that
    sets another period), else None. A conversion compares two figures of one sentence, so its year matters little.

    >>> sure_year(*example("Under the deal Seoul pays 1.3 trillion won in the fifth year.", "2021-03-09"))
    "its year is counted in a deal's term ('in the fifth year'), not a calendar year, and read as of 2022 it holds"
    """
    if fig.frame.quantity == "conversion":
        return None
    if fig.frame.bound == "clause" and not (fig.frame.quantity == "sma_change" and span_not_the_change(fig, ctx)) \
            and not unbegun_term_named(fig, ctx) and not average_over_lone_span(fig, ctx):  # span52
        return CLAUSE_YEAR  # claims32: a deal's years fix it
    carried = period_before(ctx.reader, fig.span) if fig.frame.bound == "publication" else ()
    if carried:
        return (f"its sentence names no date, and the sentence before it sets {years_text(carried)}, which it may "
                "go on with")
    later = set_later(fig, ctx) or counted_over(fig, ctx)
    if later:
        return later
    loose = loose_year(fig, ctx)
    if loose is None:
        return None
    near = ctx.published.year
    fits = fits_other_reading(fig, ctx, years=(near - 1, near, near + 1))
    return f"{loose}, and read as of {fits} it holds" if fits else None


def unbegun_term_named(fig: Figure, ctx: Context) -> bool:
    """Return whether a payment's years are those of a deal its clause names by its whole term ("Under the 2026-2030
    deal, Seoul pays X a year"), an agreement's term on record that had not begun before the publication year: the
    years are the deal's, so they are sure (caught50). A running deal's term is not ("Under the 2020-2025 deal, Seoul
    pays X a year", told in 2025, may be the present year's payment).

    >>> unbegun_term_named(*example("Under the 2026-2030 deal, Seoul pays 1.9 trillion won a year.", "2025-06-01"))
    True
    >>> unbegun_term_named(*example("Under the 2020-2025 deal, Seoul pays 1.4 trillion won a year.", "2025-06-01"))
    False
    """
    years = fig.frame.years
    if fig.frame.quantity != "sma_payment" or len(years) < 2 or years[0] < ctx.published.year:
        return False
    if not any(a.term_start == years[0] and a.term_end == years[-1] for a in ctx.t.index.agreement_rows):
        return False
    r = ctx.reader
    return any(deal_by_years(r, d) and date_years(d) == years for d in r.spans_in(*r.clause(fig.span, strong=True),
                                                                                  "date"))


def loose_year(fig: Figure, ctx: Context) -> str | None:
    """Return how a year bound in the figure's phrase is still loose — counted in a deal's term, a deal's year, or a
    date far from the figure — else None.

    >>> loose_year(*example("Seoul pays 1.5 trillion won under a 2021 deal.", "2025-05-01"))
    "its year is the year of a deal it is under ('2021'), whose term spans years"
    """
    counted = term_year(ctx.reader, fig.span)
    if counted:
        return f"its year is counted in a deal's term ({counted!r}), not a calendar year"
    r = ctx.reader
    deal = [d for d in r.spans_in(*r.clause(fig.span, strong=True), "date") if names_deal(r, d)]
    if fig.frame.bound == "deal" and deal and not deal_year_rows(fig, ctx):  # cfix37: the deal the change is of
        return f"its year is the year of a deal it is under ({deal[0].exact!r}), whose term spans years"
    gap = year_gap(r, fig.span, fig.frame.quantity not in ACTOR_BOUND) if fig.frame.bound in (
        "phrase", "relative") else None
    return f"its year comes from a date {gap} characters from it" if gap and gap > ctx.tol.year_gap_chars else None


def counted_over(fig: Figure, ctx: Context) -> str | None:
    """Return why a change read as one year on the year it is counted from ("rose P% from 2019": 2020 on 2019) may
    span more years — its clause names only that base year, and counted from it to a later year up to publication
    the data support it — else None.

    >>> counted_over(*example("Last month they agreed to raise Seoul's share by 13.9 percent from 2019.", "2021-04-08"))
    'it names only the year it is counted from (2019), and counted from 2019 to 2021 it holds'
    >>> counted_over(*example("In 2020 they raised Seoul's share by 13.9 percent from 2019.", "2021-04-08")) is None
    True
    """
    later = counted_to_later(fig, ctx)
    if later is not None:
        base, year = later.frame.since, later.frame.years[0]
        return f"it names only the year it is counted from ({base}), and counted from {base} to {year} it holds"
    base = counted_base(fig, ctx)
    lacking = [] if base is None else [y for y in range(base + 2, ctx.published.year + 1) if not ctx.has_payment(y)]
    if not lacking:
        return None
    return (f"it names only the year it is counted from ({base}), and the data lack the payment of "
            f"{years_text(tuple(lacking))}, to which it may be counted")


def counted_base(fig: Figure, ctx: Context) -> int | None:
    """Return the year a change is counted from when that is the only year its clause names ("has risen P% from
    2020"), else None.

    >>> counted_base(*example("Seoul's share has risen 30 percent from 2020.", "2026-03-01"))
    2020
    >>> counted_base(*example("In 2021 Seoul's share rose 30 percent from 2020.", "2026-03-01")) is None
    True
    """
    r, frame = ctx.reader, fig.frame
    d = base_date(r, fig.span) if frame.quantity == "sma_change" and frame.since is None else None
    if d is None or year_before(d):  # "P% more than the year before": counted back from its own year (claims26)
        return None
    if any(date_years(x) for x in r.spans_in(r.clause(fig.span, strong=True).start, fig.span.start, "date")):
        return None
    return date_years(d)[-1]


def counted_to_later(fig: Figure, ctx: Context) -> Figure | None:
    """Return the figure of a change read as one year on the year it is counted from ("rose P% from 2019") re-read
    from that base to the first later year up to publication the data support, when its clause names no other
    date; else None.

    >>> counted_to_later(*example("Last month they agreed to raise it by 13.9 percent from 2019.", "2021-04-08")
    ...                  ).frame.years
    (2021,)
    """
    base = counted_base(fig, ctx)
    if base is None:
        return None
    for year in range(base + 2, ctx.published.year + 1):
        other = dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(year,), since=base))
        if judge_plain(other, ctx).verdict == "supported":
            return other
    return None


def set_later(fig: Figure, ctx: Context) -> str | None:
    """Return why a payment or change of a year whose agreement was concluded only after publication cannot be
    called false by it (the writer could only report talks, proposals or forecasts), else None.

    >>> set_later(*example("Seoul will pay 1.389 trillion won for 2020 under the deal.", "2020-06-01"))
    'the 2020 payment was set only by agreement 11, concluded 2021-03-07, after publication'
    >>> set_later(*example("Seoul paid 1.0389 trillion won in 2019.", "2020-06-01")) is None
    True
    """
    if fig.frame.quantity not in PAYER_QUANTITIES or reached_before_concluded(fig, ctx):
        return None
    for year in fig.frame.years:
        why = _set_after(year, ctx)
        if why:
            return why[0].lower() + why[1:].rstrip(".")
    return None


def fits_other_reading(fig: Figure, ctx: Context, currency: Sequence[str] = (), years: Sequence[int] = ()
                       ) -> str | None:
    """Return the first other reading of a loose frame (another currency, another year) under which the data
    support the figure, or None when none does: then the guess does not decide the verdict.

    >>> fig, ctx = example("Seoul paid 1 trillion won in the first year.", "2020-06-01")
    >>> fits_other_reading(fig, ctx, years=(2019, 2020, 2021))
    '2019'
    """
    readings = [(c, dataclasses.replace(fig, span=dataclasses.replace(fig.span, value={**fig.span.value,
                                                                                       "currency": c})))
                for c in currency]
    readings += [(str(y), dataclasses.replace(fig, frame=dataclasses.replace(fig.frame, years=(y,), bound="phrase")))
                 for y in years if (y,) != fig.frame.years]
    for name, other in readings:
        if judge_plain(other, ctx).verdict == "supported":
            return name
    return None


# --- the guard against a wrong frame -------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One sourced figure a claim may be: its value and currency (``%`` for a change), what it is, the data row
    (``table:key``), its sources, the payment year it is of (None for demands, offers and totals), and whether it is
    a year's rise in money (``step``: its data row is the payment's, but its value is not)."""

    value: float
    currency: str
    described: str
    row: str
    sources: tuple[str, ...]
    year: int | None = None
    step: bool = False
    #: the year an offer's rise is for (percent offers): another period's row for a change the text fixes (fix49c)
    offered_for: int | None = None


def _article_years(ctx: Context) -> set[int]:
    """Return the years a figure of the article may be of: every year its dates touch, and the publication year
    with the years either side of it (the article's dates are read once: a scan per figure would be quadratic).

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> sorted(_article_years(ctx))
    [2018, 2019, 2020]
    """
    if ctx._years is None:
        years = {ctx.published.year + d for d in (-1, 0, 1)}
        for span in ctx.reader.ann.spans:
            if span.kind == "date" and len(str(span.value.get("start") or "")) >= 4:
                end = str(span.value.get("end") or span.value["start"])
                years.update(range(int(span.value["start"][:4]), int(end[:4]) + 1))
        ctx._years = frozenset(years)
    return set(ctx._years)


def _payment_rows(ctx: Context, years: set[int]) -> list[Row]:
    """Return each known payment of ``years`` in won, in dollars at that year's and the publication year's
    average rate, and the dollar figures sources reported (at their own rates)."""
    known = {int(y) for a in ctx.known_rows() for y in range(a.term_start, a.term_end + 1)}
    out: list[Row] = []
    for y in sorted(y for y in years if y <= ctx.published.year or y in known):
        for currency in ("KRW", "USD"):
            for rate_of in {y, ctx.published.year}:
                try:
                    pay = ctx.payment(y, currency) if rate_of == y else _payment_at(ctx, y, rate_of)
                except LookupError:
                    continue
                out.append(Row(pay.value, currency, pay.described, pay.rows[0], pay.sources, y))
    for r in (r for r in ctx.t.index.rows("sma") if r.year in years and not missing(r.usd_million)):
        out.append(Row(r.usd_million * 1e6, "USD", f"{r.year} payment ${r.usd_million:,.0f} M as reported",
                       f"sma_contributions:{r.year}", tuple(split_ids(r.source_ids)), int(r.year)))
    for r in (r for r in ctx.t.index.rows("conflicts") if r.year in years):
        usd = r.field == "usd_million"
        out.append(Row(r.value * (1e6 if usd else 1e9), "USD" if usd else "KRW", f"{r.year} payment as another "
                       f"source gives it ({fmt_money(r.value * (1e6 if usd else 1e9), 'USD' if usd else 'KRW')})",
                       f"sma_conflicts:{r.year}", tuple(split_ids(r.source_ids)), int(r.year)))
    return out


def _payment_at(ctx: Context, year: int, rate_of: int) -> Payment:
    """Return the payment of ``year`` in dollars at the average rate of ``rate_of`` (a later article converts an
    old won figure at its own day's rate)."""
    krw = ctx.payment(year, "KRW")
    rate, sources, row = ctx.rate(ctx.rate_year(rate_of))
    return Payment(year, krw.value / rate, f"{krw.described} = {fmt_money(krw.value / rate, 'USD')} at {rate:,.1f} "
                   f"won/$ ({row.split(':')[1]} average)", krw.sources + sources, krw.rows)


def _asked_rows(fig: Figure, ctx: Context, us_side: bool) -> list[Row]:
    """Return every demand (not a hypothetical "If I were there ..."; for a speaker's account of an earlier demand, only
    those recorded before his remark, and of the year his account names), stated total (a claim of one year's
    payment is itself judged by the payment rows, so it vouches for nothing) and offer reported by publication, and
    each agreement's total; with ``us_side`` (the sentence names the US side) its demands converted too."""
    day = remark_day(ctx) if fig.frame.recalled else ctx.published
    d = [r for r in ctx.t.index.rows("demands") if by_day(r.date, day) and (r.kind == "demand" or r.period == "total")
         and not conditional(r)]
    if fig.frame.recalled and fig.frame.bound == "phrase":  # "he said the US demanded X in 2019": that year's only
        d = year_rows(d, fig.frame, "date")
    out = [Row(float(r.amount), r.currency, f"{r.kind.replace('_', ' ')} of {fmt_money(r.amount, r.currency)} "
               f"({r.reported_by}, {r.date:%Y-%m-%d})", f"demands:{r.demand_id}", tuple(split_ids(r.source_ids)))
           for r in d]
    if us_side:  # "Trump, who asked for about 6 trillion won": his dollar demand, in won
        out += _converted_demands(d, ctx)
    out += [Row(float(r.amount), r.currency, f"offer of {fmt_money(r.amount, r.currency)} by {r.offered_by} for "
                f"{r.for_year}", f"offers:{r.offer_id}", tuple(split_ids(r.source_ids)))
            for r in ctx.t.index.rows("offers") if by_day(r.reported, ctx.published) and not missing(r.amount)]
    for a in ctx.known_rows():
        try:
            pays = [ctx.payment(y, "KRW") for y in range(a.term_start, a.term_end + 1)]
        except LookupError:
            continue
        total = sum(p.value for p in pays)
        rate, _, _ = ctx.rate(ctx.rate_year(ctx.published.year))
        for value, currency in ((total, "KRW"), (total / rate, "USD")):
            out.append(Row(value, currency, f"agreement {a.no} total {a.term_start}-{a.term_end} "
                           f"({fmt_money(value, currency)})", f"sma_contributions:{a.term_start}-{a.term_end}",
                           tuple(i for p in pays for i in p.sources), one_year_term(a.term_start, a.term_end)))
    return out


def one_year_term(start: int, end: int) -> int | None:
    """Return the year of an agreement's term when it is one year (its total is that year's payment, so a text that
    fixes another year gets no cover from it: :func:`elsewhere`), else None (claims21).

    >>> one_year_term(2019, 2019), one_year_term(2020, 2025)
    (2019, None)
    """
    return start if start == end else None


def _names_us_side(fig: Figure, ctx: Context) -> bool:
    """Return whether the figure's sentence names a person or organisation of the US side.

    >>> _names_us_side(*example("Trump wanted Seoul to pay about 6 trillion won.", "2021-03-10"))
    True
    >>> _names_us_side(*example("Last year Seoul paid 1.5 trillion won.", "2021-03-10"))
    False
    """
    r = ctx.reader
    return any(s.value.get("country") == "US" for s in r.spans_in(*r.local(fig.span), "person", "org"))


def _converted_demands(d: Sequence[DataRow], ctx: Context) -> list[Row]:
    """Return each dollar or won demand in the other currency at the average rate of the year it was made (Korean
    reports give "$5 billion" as "about 6 trillion won").

    >>> _, ctx = example("Seoul paid 1 trillion won in 2019.", "2019-12-01")
    >>> rows = _converted_demands([r for r in ctx.t.index.rows("demands") if r.demand_id == "ap-4-7bn"], ctx)
    >>> [(round(r.value / 1e12, 2), r.currency) for r in rows]
    [(5.48, 'KRW')]
    """
    out = []
    for r in (r for r in d if r.currency in ("USD", "KRW")):
        try:
            rate, rate_sources, rate_row = ctx.rate(ctx.rate_year(r.date.year))
        except LookupError:
            continue
        value, currency = (r.amount * rate, "KRW") if r.currency == "USD" else (r.amount / rate, "USD")
        out.append(Row(float(value), currency, f"{r.kind.replace('_', ' ')} of {fmt_money(r.amount, r.currency)} "
                       f"({r.reported_by}, {r.date:%Y-%m-%d}) = {fmt_money(value, currency)} at the "
                       f"{rate_row.split(':')[1]} average", f"demands:{r.demand_id}",
                       (*split_ids(r.source_ids), *rate_sources)))
    return out


def _change_rows(ctx: Context, years: set[int]) -> list[Row]:
    """Return the year-on-year change of the payment of each of ``years``, and every offer's percent rise (percent
    rows)."""
    out = [Row(float(r.change_pct), "%", f"{r.year} change {r.change_pct:+.1f}% ({r.basis})",
               f"sma_contributions:{r.year}", (), int(r.year))
           for r in ctx.t.index.change_of.values() if r.year in years]
    o = [r for r in ctx.t.index.rows("offers") if by_day(r.reported, ctx.published) and not missing(r.percent)]
    return out + [Row(float(r.percent), "%", f"offer of a {r.percent:g}% rise by {r.offered_by} for {r.for_year}",
                      f"offers:{r.offer_id}", tuple(split_ids(r.source_ids)),
                      offered_for=int(r.for_year) if pd.notna(r.for_year) else None) for r in o]


def _step_rows(ctx: Context, years: set[int]) -> list[Row]:
    """Return the rise of the payment into each of ``years`` (won, and dollars at that year's average rate)."""
    out = []
    for y in sorted(years):
        for currency in ("KRW", "USD"):
            try:
                now, before = ctx.payment(y, currency), ctx.payment(y - 1, currency)
            except LookupError:
                continue
            diff = now.value - before.value
            out.append(Row(diff, currency, f"rise from the {y - 1} to the {y} payment ({fmt_money(diff, currency)})",
                           now.rows[0], before.sources + now.sources, y, step=True))
    return out


def _rows_for(fig: Figure, ctx: Context, years: set[int]) -> list[Row]:
    """Return the sourced rows a figure of its kind may be, for ``years`` (each part made once per article: the
    rows depend on the years, and the demands on how the figure recalls them and whether it names the US side)."""
    key = frozenset(years)
    if fig.span.kind == "percent":
        return list(ctx.memo(("change", key), lambda: _change_rows(ctx, years)))
    f, us_side = fig.frame, _names_us_side(fig, ctx)
    asked = ("asked", f.recalled, f.years if f.recalled and f.bound == "phrase" else None, us_side)
    return (list(ctx.memo(("payment", key), lambda: _payment_rows(ctx, years)))
            + ctx.memo(("step", key), lambda: _step_rows(ctx, years))
            + ctx.memo(asked, lambda: _asked_rows(fig, ctx, us_side)))


def _claimed(fig: Figure) -> float:
    """Return the figure's number: a signed percent or an amount."""
    return _signed(fig) if fig.span.kind == "percent" else float(fig.span.value["amount"])


def _matches(row: Row, fig: Figure, ctx: Context) -> bool:
    """Return whether a sourced row is the figure (within ``elsewhere_rel``, a percent within ``percent_abs``; a
    ceiling "less than X" matches a row just below it, a floor one just above)."""
    if fig.span.kind == "percent":
        return row.currency == "%" and abs(row.value - _signed(fig)) <= ctx.tol.percent_abs
    amount, currency, bound = _amount(fig)
    if row.currency != (currency or "USD"):
        return False
    ratio = row.value / amount
    if bound in ("less_than", "up_to", "more_than"):
        return 0 < (1 - ratio if bound == "less_than" else ratio - 1 if bound == "more_than" else abs(1 - ratio)) \
            <= ctx.tol.elsewhere_rel
    return abs(ratio - 1) <= ctx.tol.elsewhere_rel


#: Words of a contradiction that explain the figure itself: it stays contradicted whatever other row it fits (a won
#: amount as dollars, memo56f; another year's payment told for the year the text fixes, mendf68).
_SLIP = re.compile(r"\b(?:(?:unit|digit) slip|printed as dollars)\b|\bpayment \([\d,.]++ bn won\), not \d{4}'s\b")


def elsewhere(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict withheld from a *contradicted* figure that matches another sourced row — an amount: any
    year's payment the article may mean (won, dollars at average or reported rates), a year's rise, a demand, an
    offer, an agreement's total; a percent: a year's change or an offer. The figure is then probably right and its
    frame (year, quantity, actor) wrong: ``unverifiable``; but another year's payment row leaves it *contradicted*
    when the text fixes the figure's period (:func:`period_fixed`, or the present its own stretch tells:
    :func:`analysis.frames.present_fixed`). None when no row matches, or the contradiction is a slip.

    >>> figure, ctx = example("Seoul paid $5 billion in 2019.", "2019-12-01")
    >>> j = elsewhere(figure, ctx, judge_plain(figure, ctx)); j.verdict, j.rows[-1]
    ('unverifiable', 'demands:kbs-diplomatic-source-5bn')
    >>> figure, ctx = example("Seoul paid 1.4028 trillion won in 2020.", "2025-06-01")
    >>> j = elsewhere(figure, ctx, judge_plain(figure, ctx)); j.verdict, j.rows[-1]
    ('contradicted', 'sma_contributions:2025')
    >>> figure, ctx = example("Seoul's payment swelled by about 144 billion won this year.", "2021-03-11")
    >>> elsewhere(figure, ctx, judge_plain(figure, ctx)).verdict  # the year's rise, weighed as the payment
    'unverifiable'
    """
    if fig.span.kind not in ("money", "percent") or fig.frame.quantity == "conversion" or _SLIP.search(j.evidence):
        return None  # a multiple's base is its own phrase's (adjacent years' multiples differ too little to tell);
        # a conversion compares two figures of one sentence
    years = _article_years(ctx) | set(fig.frame.years)
    rows = _rows_for(fig, ctx, years)
    hits = [r for r in rows if _matches(r, fig, ctx)  # a row weighed already is no other reading; a year's rise
            and not (r.row in j.rows and not r.step and (r.year is None or r.year in fig.frame.years))]  # is (years47)
    if not hits:
        return None
    hit = min(hits, key=lambda r: abs(r.value - _claimed(fig)) / max(abs(_claimed(fig)), 1e-9))
    other_year = hit.year is not None and hit.year not in fig.frame.years
    if other_offer(hit, fig) or outside_current_deal(fig, ctx, hit.year) \
            or (other_year and (period_fixed(fig) or present_fixed(ctx.reader, fig.span)  # years47
                                 or (fig.frame.quantity == "sma_change" and (span_not_the_change(fig, ctx)
                                                                              or deal_year_rows(fig, ctx))))) \
            or (hit.year is not None and yearly_average_of_span(fig, ctx)):  # span52: one year's change in it
        return _j("contradicted", f"{j.evidence} The figure equals the {hit.described} ({hit.row}), but the text "
                  f"fixes its period as {years_text(fig.frame.years)}.", [*j.sources, *hit.sources],
                  [*j.rows, hit.row], j.related)
    return _j("unverifiable", f"{j.evidence} Not contradicted: the figure matches the {hit.described} ({hit.row}), "
              "so it is probably right and read in the wrong frame (year, quantity or actor).",
              [*j.sources, *hit.sources], [*j.rows, hit.row], j.related)


#: The year a row of the data is of, at the end of its id ("sma_contributions:2014").
_ROW_YEAR = re.compile(r":(\d{4})$")


def named_year_reading(fig: Figure, ctx: Context, j: Judgement) -> Judgement | None:
    """Return the verdict withheld from a *misleading* figure framed in the publication year only because its own
    clause binds no year, when it matches the payment of a year the text names before it (:func:`elsewhere`): "In
    2014, the allies signed a deal. Seoul paid about $874 million under it." (ctx54) — told in 2025, the dollar
    figure is close to 2025's payment but is 2014's, the year a careful reader takes from the sentence before.
    None for any other verdict or frame, or a matching row of a year the text does not name or of a year not
    before publication (a deal's end "through 2025" told in 2021 dates no payment already made).

    >>> figure, ctx = example("In 2014, the allies signed a deal. Seoul's bill was about $874 million.", "2025-06-15")
    >>> j = named_year_reading(figure, ctx, judge_plain(figure, ctx)); j.verdict, j.rows[-1]
    ('unverifiable', 'sma_contributions:2014')
    >>> figure, ctx = example("Seoul paid about $874 million under the deal.", "2025-06-15")
    >>> named_year_reading(figure, ctx, judge_plain(figure, ctx)) is None  # no year named: misleading stays
    True
    """
    if j.verdict != "misleading" or fig.frame.bound != "publication":
        return None
    alt = elsewhere(fig, ctx, j)
    found = _ROW_YEAR.search(alt.rows[-1]) if alt is not None and alt.verdict == "unverifiable" else None
    if found is None:
        return None
    named = {int(str(s.value["start"])[:4]) for s in ctx.reader.ann.spans if s.kind == "date"
             and s.end <= fig.span.start and len(str(s.value.get("start") or "")) >= 4}
    return alt if int(found.group(1)) in named and int(found.group(1)) < ctx.published.year else None


def yearly_average_of_span(fig: Figure, ctx: Context) -> bool:
    """Return whether a percent is a yearly average over a span its phrase or clause names ("rose 7 percent a year
    between 2005 and 2019", "7 percent a year, on average, between 2005 and 2019"): judged as the span's compound
    yearly change (:func:`average_over_years`), so one year's change inside the span that it happens to equal is no
    other reading of it; it stays *contradicted* (span52). Not a span from the years set in dollars (1991-2004).

    >>> yearly_average_of_span(*example("The payment rose 7 percent a year between 2005 and 2019.", "2019-11-20"))
    True
    >>> yearly_average_of_span(*example("The payment rose 7 percent between 2005 and 2019.", "2019-11-20"))
    False
    """
    f = fig.frame  # a span from the years set in dollars (1991-2004) may be told another way: main's caution
    if fig.span.kind != "percent" or f.quantity != "sma_change" or len(f.years) < 2 or f.years[0] in ctx.t.index.usd:
        return False
    averaged = AVERAGE_WORD.search(ctx.text, *ctx.reader.local(fig.span)) or YEARLY_AFTER.match(ctx.text, fig.span.end)
    return f.bound in ("phrase", "clause") and averaged is not None


def average_over_lone_span(fig: Figure, ctx: Context) -> bool:
    """Return whether a yearly average (:func:`yearly_average_of_span`) takes its years from the one date of its
    sentence, a span of years ("rose about 7 percent a year, on average, between 2005 and 2019"): that span is the
    average's own, not a guess, though an aside stands between them (span52).

    >>> average_over_lone_span(*example("The payment rose 7 percent a year, on average, between 2005 and 2019.",
    ...                                 "2019-11-20"))
    True
    >>> average_over_lone_span(*example("Seoul paid more in 2019; the payment rose 7 percent a year, on average, "
    ...                                 "between 2005 and 2019.",
    ...                                 "2019-11-20"))
    False
    """
    if not yearly_average_of_span(fig, ctx):
        return False
    s0, s1 = ctx.reader.sentence_of(fig.span)
    r = ctx.reader
    dates = [d for d in r.spans[bisect.bisect_left(r.span_starts, s0):bisect.bisect_left(r.span_starts, s1)]
             if d.kind == "date"]
    return len(dates) == 1 and len(fig.frame.years) >= 2


def other_offer(hit: Row, fig: Figure) -> bool:
    """Return whether a reported change whose period the text fixes equals an offer's rise for another year ("up 13%
    for 2026" beside Seoul's 13 % offer for 2020): that offer is another period's row, so the change stays
    *contradicted* (the fixed-period Convention, fix49c).

    >>> figure, _ = example("Seoul's payment rose 13 percent in 2019.", "2021-06-01")
    >>> other_offer(Row(13.0, "%", "offer", "offers:x", (), offered_for=2020), figure)
    True
    >>> other_offer(Row(13.0, "%", "offer", "offers:x", (), offered_for=2019), figure)
    False
    """
    return (hit.offered_for is not None and hit.offered_for not in fig.frame.years
            and fig.frame.quantity == "sma_change" and fig.frame.modality == "reported" and period_fixed(fig))


#: How a frame's years were bound when the text itself fixes the period ("in 2019", "last year", "the previous
#: year", "During his first term, ..."): not the clause's other date, nor the publication year.
FIXED_BOUNDS = ("phrase", "relative", "previous")


def period_fixed(fig: Figure) -> bool:
    """Return whether the text fixes the figure's period, so that it is judged against that period only: a wrong
    figure equal to another period's row stays *contradicted* (``elsewhere_rel`` withholds only a loose frame).

    >>> period_fixed(example("Seoul paid 1.4028 trillion won in 2020.", "2025-06-01")[0])
    True
    >>> period_fixed(example("Seoul pays 1.4028 trillion won.", "2025-06-01")[0])
    False
    """
    return fig.frame.bound in FIXED_BOUNDS


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
_WIRE_DATELINE = re.compile(r"(?<![A-Z .'-])[A-Z][A-Z .'-]*,\s*$")
_AFTER_DATELINE = re.compile(r"(?<!\s)\s*+(?:\([^)]{1,40}\))?\s*+[-–—]")  # possessive: linear on long blanks
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
_OWN_GAP = re.compile(r"(?<!\s)(?:['’]s)?(?:\s+[\w-]+){0,3}\s*")
_LEAD_GAP = re.compile(r"[\s,]*")
_NEXT_WORDS = re.compile(r"(?<!\s)(?:\s+[\w-]+){1,3}")


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
    s, _ = r.local(span)
    if _WIRE_DATELINE.fullmatch(ctx.text[s:span.start]) and _AFTER_DATELINE.match(ctx.text, span.end):
        return None
    return start, end


def _date_actor(span: Span, ctx: Context) -> tuple[Span, str] | None:
    """Return the actor a date is tied to (the nearest before it, else the first after) and its cue words."""
    r = ctx.reader
    s, e = r.local(span)
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
    mine = [r for r in ctx.t.index.events_of(tuple(ids)) if not kinds or r.kind in kinds]
    who = actor.value.get("name") or actor.exact
    if actor.value.get("candidates") and not actor.value.get("id"):
        who = f"{actor.exact} ({' / '.join(ctx.names.get(i, i) for i in ids)})"
    judgement = _judge_date(span, (start, end), who, kinds, mine, ctx)
    frame = Frame("event_date", (start.year,), ",".join(ids), "reported")
    r = ctx.reader
    prev = [d.end for d in r.spans_in(r.local(span).start, span.start, "date") if d.end <= span.start]
    own = ctx.text[max([actor.end, *prev]) if actor.end <= span.start else span.start:span.start]
    tied = own_verb(ctx.text, actor, span)
    since = ctx.text[max(0, span.start - 8) : span.start].split()[-1:] in (["since"], ["Since"])  # a period's start
    remark = tied and not since and bool(EVENT_CUES[0][0].search(own if actor.end <= span.start else cue))
    doubt = (None if tied else f"the date is not tied to {who}'s own verb in its clause, so it may date another "
             "event") or ("it is counted from another event, whose day the text may not give" if anchored(span)
                          else None)
    if judgement.verdict == "contradicted" and doubt:
        judgement = _j("unverifiable", f"{judgement.evidence} Not contradicted: {doubt}.", judgement.sources,
                       judgement.rows)
    return DatedClaim(_j(judgement.verdict, judgement.evidence, judgement.sources, judgement.rows, [actor]), frame,
                      ",".join(ids), (start.isoformat(), end.isoformat()), remark)


def _judge_date(span: Span, rng: tuple[dt.date, dt.date], who: str, kinds: set[str], mine: list[DataRow],
                ctx: Context) -> Judgement:
    """Return the verdict on a date: an event of the actor on it, one near it (contradicted), or none; ``mine``: the
    actor's event rows (:meth:`TableIndex.events_of`)."""
    start, end = rng
    when = start.isoformat() if start == end else f"{start} to {end}"
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    hits = [r for r in mine if r.start <= hi and r.end >= lo]
    window = pd.Timedelta(days=ctx.tol.event_days)
    near = [r for r in mine if r.start <= hi + window and r.end >= lo - window]
    for rows, verdict in ((hits, "supported"), (near, "contradicted")):
        if not rows:
            continue
        listed = "; ".join(f"{r.start:%Y-%m-%d} {r.title}" for r in rows)
        said = (f"'{span.exact}' = {when}; {who}: {listed}." if verdict == "supported" else
                f"'{span.exact}' = {when}, but the record has no event of {who} that day; the nearest: {listed}.")
        return _j(verdict, said, [i for r in rows for i in split_ids(r.source_ids)],
                  [f"events:{r.event_id}" for r in rows])
    kind_text = f" of kind {', '.join(sorted(kinds))}" if kinds else ""
    return _j("unverifiable", f"'{span.exact}' = {when}; no event of {who}{kind_text} within {ctx.tol.event_days} "
              f"days in the data.")


# --- fixv49: the deal in force at publication named as a figure's frame -------------------------------------------

def current_deal_term(ctx: Context) -> tuple[int, int] | None:
    """Return the first and last year of the agreement in force at publication (the one whose term holds
    :func:`analysis.frames.in_force_year`), None when none is on record.

    >>> current_deal_term(example("Seoul paid 1 trillion won.", "2022-06-01")[1])
    (2020, 2025)
    """
    year = in_force_year(ctx.published)
    row = None if year is None else covering_deal(ctx, (year, year))
    return None if row is None else (int(row.term_start), int(row.term_end))


#: Right before :data:`analysis.frames._STANDING_DEAL`, "under the", "in the": "under the current deal", "in the
#: present agreement", a payment told as set by the agreement in force (its word "current", "existing" or "present").
_UNDER_THE = re.compile(r"\b(?:under|in|by|through)[ \t]{1,3}+the[ \t]{1,3}+\Z", re.I)


def _under_current_deal(ctx: Context, a: int, b: int) -> bool:
    """Return whether ``ctx.text[a:b]`` tells "under the current deal" (or "existing", "present"; agreement, accord).

    >>> ctx = example("Under the current deal, Seoul pays 1 trillion won.", "2025-06-01")[1]
    >>> _under_current_deal(ctx, 0, len(ctx.text)), _under_current_deal(ctx, 0, 10)
    (True, False)
    """
    return any(m[0].split()[0].lower() in ("current", "existing", "present") and not m[0].lower().endswith("level")
               and _UNDER_THE.search(ctx.text, max(a, m.start() - 20), m.start()) is not None
               for m in _STANDING_DEAL.finditer(ctx.text, a, b))


def outside_current_deal(fig: Figure, ctx: Context, year: int | None) -> bool:
    """Return whether a payment with no year of its own, which its sentence tells "under the current deal", matched
    a row of ``year`` outside the term of the agreement in force at publication (:func:`current_deal_term`): that
    row is another deal's payment, no reading of the text's, so it does not withhold the verdict.

    >>> fig, ctx = example("Under the current deal, Seoul pays 1.04 trillion won a year.", "2025-06-01")
    >>> outside_current_deal(fig, ctx, 2019), outside_current_deal(fig, ctx, 2021)
    (True, False)
    >>> outside_current_deal(*example("Seoul pays 1.04 trillion won a year.", "2025-06-01"), 2019)
    False
    """
    f = fig.frame
    if year is None or fig.span.kind != "money" or f.bound != "publication" or f.quantity != "sma_payment":
        return False
    if not _under_current_deal(ctx, *ctx.reader.sentence_of(fig.span)):
        return False
    term = current_deal_term(ctx)
    return term is not None and not term[0] <= year <= term[1]


# --- fix50i: a demanded percent judged on the ask's own amount ---------------------------------------------------

#: The one doubt an ask's own amount in its percent's clause settles: who asked does not change the arithmetic.
_NO_ASKER = "frame not certain: no actor is bound to the demand"


def own_ask_percent(fig: Figure, ctx: Context, j: Judgement, loose: str) -> str | None:
    """Return why a demanded percent judged on the ask's own amount over the payment stands although no actor is
    bound to the ask: its clause names the amount as the ask and the payment as the base ("The $1.3 billion ask is
    80 percent above what Seoul paid last year", :func:`analysis.frames.ask_of_percent`), so the percent is that
    amount over the payment whoever asked; else None (fix50i).

    >>> fig, ctx = example("The $1.3 billion ask is 80 percent above what Seoul paid last year.", "2020-05-08", 1)
    >>> j = judge_plain(fig, ctx); j.verdict, own_ask_percent(fig, ctx, j, _NO_ASKER) is not None
    ('misleading', True)
    >>> fig, ctx = example("The ask is 80 percent above what Seoul paid last year.", "2020-05-08")
    >>> own_ask_percent(fig, ctx, judge_plain(fig, ctx), _NO_ASKER) is None
    True
    """
    if loose != _NO_ASKER or fig.span.kind != "percent" or fig.frame.quantity != "demand" or not fig.related \
            or any(row.startswith("demands:") for row in j.rows):
        return None
    r = ctx.reader
    framed = ctx.framed()
    own = ask_of_percent(r, fig.span, {k: f.frame for k, f in framed.items()})
    if own is None or own.id != fig.related[0].id:
        return None
    return f"{own.exact!r}, the ask its clause counts from the payment"


# --- fix50e: a possessive year standing for the payment ---------------------------------------------------------

#: Verbs of change after a possessive year.
_CHANGE_VERBS = RISE_FORMS + "|" + FALL_FORMS + r"|went[ \t]{1,3}up|went[ \t]{1,3}down|climbed|declined"
#: A clause opening on a possessive year standing for the noun of the clause before ("...; last year's rose 4
#: percent", "and 2022's rises 5 percent"), then a verb of change and the percent: the elided noun is that clause's.
_POSSESSIVE_YEAR_CHANGE = re.compile(
    r"[ \t]{0,3}(?:(?:and|but|while|whereas)[ \t]{1,3})?(?:(?:last|this|next)[ \t]{1,3}year|(?:19|20)\d\d)['’]s"
    r"[ \t]{1,3}(?:(?P<verb>" + _CHANGE_VERBS + r")(?:[ \t]{1,3}by)?[ \t]{1,3})?"
    r"(?:(?:about|some|only|just|roughly|nearly|almost)[ \t]{1,3})?$", re.I)
#: A noun of another quantity between the payment's percent and a possessive year ("the defense budget rises ...").
_OTHER_NOUN = re.compile(r"\b(?:budgets?|wages?|prices?|inflation|defen[cs]e|spending|tariffs?)\b", re.I)
#: The verb of change a percent's own span may open on ("rose 4 percent").
_CHANGE_VERB_OPENING = re.compile(r"(?:" + _CHANGE_VERBS + r")\b", re.I)


def possessive_change(fig: Figure, ctx: Context) -> bool:
    """Return whether a percent's clause is a possessive year and a verb of change ("last year's rose 4 percent",
    "2022's rises 5 percent") after a clause of the same sentence whose percent is of the cost-sharing payment: the
    year's elided noun is that payment, so its clause names it (hunt50b cause 10).

    >>> [possessive_change(*example(t, "2019-03-08", 1)) for t in (
    ...     "The payment rises 8.2 percent this year; last year's rose 4 percent.",
    ...     "Defence spending rises 8.2 percent this year; last year's rose 4 percent.",
    ...     "The payment rises 8.2 percent this year; last year's inflation was 4 percent.")]
    [True, False, False]
    """
    r, span = ctx.reader, fig.span
    c0, _ = r.clause(span)
    s, _ = r.sentence_of(span)
    if span.kind != "percent" or fig.frame.quantity != "sma_change" or c0 <= s \
            or not (m := _POSSESSIVE_YEAR_CHANGE.match(r.text, c0, span.start)):
        return False
    if m.group("verb") is None and not _CHANGE_VERB_OPENING.match(r.text, span.start, span.end):
        return False
    before = r.last_in(s, c0, "percent", lambda p: p.end <= c0)
    # its own clause names the payment (not a chain of repeats), and no other quantity's noun from that clause on
    return before is not None and _cued_here(r, before) \
        and _OTHER_NOUN.search(r.text, r.clause(before, strong=True)[0], c0) is None  # review50e


#: A sentence opening on a pronoun or a bare noun standing for what the sentence before named: "It rose ...", "That
#: was ...", "The figure ...".
#: A short opener of time may stand before the pronoun ("Since then it has risen P", "This year, it stands at X":
#: mend55v).
_OPENING = (r"[\s\"'“‘]{0,4}(?:(?:(?:Since|In|By)[ \t]++(?:then|(?:19|20)\d\d)|(?:This|Last|That|Next)[ \t]++year|Now|"
            r"Today|Later|Since[ \t]++then|A[ \t]++year[ \t]++later),?[ \t]++it\b|(?:It|That|This|The[ \t]++(?:figure|"
            r"sum|amount|total|share))\b)")
_PRONOUN_OPENING = re.compile(_OPENING)
#: The same opening a clause after a semicolon, in any case ("...; this year it rose P").
_CLAUSE_PRONOUN = re.compile(_OPENING, re.I)

#: A sentence opening on Korea's payment as its subject ("Seoul's payment is set by the SMA.", "Every year, Seoul's
#: contribution grows"): what a pronoun opening the next sentence or clause stands for (mend55v).
_PAYMENT_SUBJECT = re.compile(r"[\s\"'“‘]{0,4}(?:[A-Z]\w{0,20}+(?:[ \t]++\w{1,20}+){0,2}?,[ \t]++)?(?:South[ \t]++)?"
                              r"(?:Korea|Seoul)['’]s[ \t]++(?:(?:annual|yearly|"
                              r"cost-sharing|burden-sharing|SMA)[ \t]++)?(?:payment|contribution)\b")

#: Korea or the SMA named (the sentence before a pronoun tells Korea's payment, not another host's: mend55v).
_KOREA_OR_SMA = re.compile(r"\b(?:(?:South[ \t]++)?Korea|Seoul|SMA|Special[ \t]++Measures|cost-sharing)\b")


def told_of_payment_before(fig: Figure, ctx: Context) -> bool:
    """Return whether a figure's sentence opens on a pronoun (:data:`_PRONOUN_OPENING`) and the sentence before tells
    an amount its own clause names as the payment (:func:`analysis.frames.payment_cued`): "Seoul's share was X in
    1995. It rose P between 1995 and 2004." — the pronoun carries the payment, so the text, not only the article's
    context, makes it the payment's change (verd55, in :func:`context_only`).

    >>> [told_of_payment_before(*example(t, "2019-11-20", 1)) for t in (
    ...     "Seoul's share was 240 billion won in 1995. It rose 107 percent between 1995 and 2004.",
    ...     "The talks were on 240 billion won in 1995. It rose 107 percent between 1995 and 2004.",
    ...     "Seoul's share was 240 billion won in 1995. Since then it has risen 107 percent.",
    ...     "Seoul's share was 240 billion won in 1995. Since then Tokyo's has risen 107 percent.",
    ...     "Tokyo's payment was 197 billion yen. That is about $1.8 billion.")]
    [True, False, True, False, False]
    >>> [told_of_payment_before(*example(t, "2019-11-20")) for t in (
    ...     "Seoul's payment is set by the SMA. It rose 7 percent.",
    ...     "Tokyo's payment is set by law. It rose 7 percent.", "Seoul's payment grows; this year it rose 7 percent.",
    ...     "Tokyo's payment grows; this year it rose 7 percent.")]
    [True, False, True, False]
    """
    r = ctx.reader
    s, _ = r.sentence_of(fig.span)
    c0, _ = r.clause(fig.span, strong=True)
    if c0 > s and r.text[s:c0].rstrip().endswith(";") and _CLAUSE_PRONOUN.match(r.text, c0):
        before = Bounds(s, c0)  # mend55v: "Seoul's contribution grows; this year it rose P"
    else:
        before = sentence_before(r, fig.span) if _PRONOUN_OPENING.match(r.text, s) else None
    if before is None or not _KOREA_OR_SMA.search(r.text, before.start, before.end):
        return False  # "Japan's payment was X. That is about Y": another payer's
    return any(payment_cued(r, m) for m in r.spans_in(before.start, before.end, "money")) \
        or _PAYMENT_SUBJECT.match(r.text, before.start) is not None


#: Right before an amount, Korea's possessive ("Seoul's X", "South Korea's roughly X"): the payer named (mend55v).
_KOREA_OWNS = re.compile(r"\b(?:South[ \t]++)?(?:Korea|Seoul)['’]s[ \t]++(?:(?:about|some|around|roughly|nearly|almost)"
                         r"[ \t]++)?$")
#: The doubt of :func:`analysis.guards.loose_frame` (only a payment word near the amount makes it the payment).
LOOSE_DOUBT = "only a payment word near it makes it Seoul's payment"
#: Right before an amount, a verb of getting ("and got X", "securing about X"): what the asker got from the payer that
#: its sentence names before it (mend55v).
_GOT_BEFORE = re.compile(r"\b(?:got|gets|getting|secur(?:ed|es|ing)|won|obtain(?:ed|s|ing)|extract(?:ed|s|ing)|"
                         r"receiv(?:ed|es|ing))[ \t]++(?:(?:about|some|around|roughly|nearly|almost)[ \t]++)?$")


def korea_gives(fig: Figure, ctx: Context) -> bool:
    """Return whether Korea is named in an amount's clause, before it, as the payer of a word of handing a sum over
    (:func:`analysis.guards.korea_hands`: "Seoul handed over X", "Seoul gave Washington X", "Seoul will foot X"), or
    earlier in its sentence when a verb of getting takes the amount ("pressed Seoul to pay more, and got X",
    :data:`_GOT_BEFORE`, mend55v): a payer with a verb of paying, so a doubt of the clause's payment words is no doubt
    of the quantity (verd55).

    >>> [korea_gives(*example(t, "2019-05-10")) for t in ("Seoul handed over $8 million in 2019.",
    ...     "The sum was $8 million in 2019.", "They pushed Seoul to pay more, and got $8 million in 2019.",
    ...     "They pushed Seoul to pay more, and saw $8 million in 2019.", "Seoul's $8 million was set in 2019.")]
    [True, False, True, False, True]
    """
    r = ctx.reader
    if fig.span.kind != "money":
        return False
    if _KOREA_OWNS.search(r.text, max(0, fig.span.start - 40), fig.span.start):
        return True  # mend55v: "Seoul's X this year was set under the accord": the payer's own sum
    hand = korea_hands().search(r.text, r.clause(fig.span, strong=True)[0], fig.span.start)
    if hand is not None:
        return True
    s0, _ = r.sentence_of(fig.span)
    return _GOT_BEFORE.search(r.text, max(s0, fig.span.start - 30), fig.span.start) is not None \
        and korea_hands().search(r.text, s0, fig.span.start) is not None


#: In an amount's clause, a word of asking or offering ("demanded", "floated", "proposed", "called for", "the offer"):
#: the text frames the sum as an ask, a quantity the data cover (mend55v).
_ASK_WORD = re.compile(r"\b(?:demand(?:ed|ing|s)?|ask(?:ed|ing|s)?[ \t]++for|request(?:ed|ing|s)?|sought|"
                       r"seek(?:s|ing)?|float(?:ed|ing|s)?|propos(?:ed|ing|es|als?)|offer(?:ed|ing|s)?|"
                       r"(?:call|press)(?:ed|ing|s)?[ \t]++for|insist(?:ed|ing|s)?[ \t]++on)\b", re.I)


def misprinted_record(fig: Figure, ctx: Context) -> bool:
    """Return whether an amount is a payment (or an ask) on record written in the wrong unit or currency
    (:func:`analysis.guards.slip_of_record`, :func:`analysis.guards.slip_below`,
    :func:`analysis.guards.won_payment_as_dollars`), or a sum its own clause frames as an ask or an offer
    (:data:`_ASK_WORD`, mend55v): then a doubt of its quantity may be a misprint of the very figure the data cover, or
    a doubt only of whether the ask is a payment, so it is withheld as `unverifiable`, not `not_checkable` (verd55).

    >>> [misprinted_record(*example(t, "2019-11-20")) for t in ("The total was $925 billion in 2019.",
    ...     "The total was 1.0389 billion won in 2019.", "The total was $3 billion in 2019.",
    ...     "It is far from the $30 billion the envoy first floated.")]
    [True, True, False, True]
    """
    if fig.span.kind != "money" or not fig.span.value.get("amount"):
        return False
    r = ctx.reader
    c0, c1 = r.clause(fig.span, strong=True)
    a, b = fig.span.start, fig.span.end
    if any(not r.spans_in(*((m.end(), a) if m.end() <= a else (b, m.start())), "money")
           for m in _ASK_WORD.finditer(r.text, c0, c1)):
        return True  # no other sum between the ask word and the amount ("seeking X, up from Y": Y is no ask told)
    amount, currency = float(fig.span.value["amount"]), money_currency(fig.span)
    return slip_of_record(amount, currency, judged_years(fig.frame), fig.frame.quantity, ctx) \
        or slip_below(fig, ctx) or won_payment_as_dollars(fig, ctx)


#: "a total of X": a sum over a period (mend55v, :func:`untied_other_cost`).
_TOTAL_OF = re.compile(r"\b(?:a|the)[ \t]++(?:combined[ \t]++)?total[ \t]++of\b", re.I)


def untied_other_cost(fig: Figure, ctx: Context) -> bool:
    """Return whether :func:`analysis.guards.untied_amount`'s doubt is of the quantity: the cost its own words name is
    another thing (a base, a weapon, the whole cost), not Seoul's payments summed over years its sentence tells
    (:func:`analysis.guards.spans_years`: "since 1991", "all told"), which are the payment's own sum over a period the
    data may not add up: a doubt of the period, `unverifiable` (verd55).

    >>> [untied_other_cost(*example(t, "2025-07-09")) for t in (
    ...     "Seoul has paid a total of roughly 29 trillion won since the first accord in 1991.",
    ...     "Critics cite the $15 billion that Seoul paid for relocating the bases.")]
    [False, True]

    A sum over a period its own clause tells (:data:`_OTHER_BASE`: "over the past decade", "over the five-year term of
    the deal", "a total of"; mend55v, tests/cases/test_cconf53.csv) is the payment's too:

    >>> [untied_other_cost(*example(t, "2025-07-09")) for t in (
    ...     "Seoul has paid about $6 billion over the past decade.", "Seoul paid a total of $9 billion under the SMA.",
    ...     "Seoul paid $9 billion for the troops, most of it to build new camps.")]
    [False, False, True]
    """
    r = ctx.reader
    c0, c1 = r.clause(fig.span)
    return not (spans_years(r, fig.span) or _OTHER_BASE.search(r.text, c0, c1) or _TOTAL_OF.search(r.text, c0, c1))


def untied_cost_kind(fig: Figure, ctx: Context) -> str:
    """Return the kind of :func:`analysis.guards.untied_amount`'s doubt: of the quantity when the cost its own words
    name is another thing (:func:`untied_other_cost`), else of the period a sum of Seoul's payments runs over (verd56).

    >>> [untied_cost_kind(*example(t, "2025-07-09")) for t in ("Seoul has paid about $6 billion over the past decade.",
    ...     "Critics cite the $15 billion that Seoul paid for relocating the bases.")]
    ['time', 'quantity']
    """
    return QUANTITY if untied_other_cost(fig, ctx) else TIME


#: The guards of :func:`judge_guarded`, in their order, after :func:`uncertain`, and the kind of each one's doubt
#: (:class:`Doubt`, or a function of the figure giving it): of the figure's quantity or party — which quantity it is,
#: whose figure, which payer — (then the figure is `not_checkable`, issue 10) or of its time, its reading as a range or
#: its row (`unverifiable`) (verd55, verd56).
DOUBT_GUARDS: tuple[tuple[Callable[[Figure, Context, Judgement], str | None],
                           str | Callable[[Figure, Context], str]], ...] = (
    (unsure_scale, QUANTITY),  # a budget, or a slip of another party's figure (guard13/15)
    (share_or_whole, QUANTITY),  # the whole cost a share is of
    (wider_support, QUANTITY),  # a sum wider than the SMA's cash (claims16)
    (unnamed_payer, PARTY),  # another payer named before the pay verb
    (reached_level, QUANTITY),  # a share's level, not a change
    (asker_not_us, PARTY),  # an ask of another talk (cfix49)
    (base_amount_year, TIME),  # the year of a base amount
    (range_top, ROW),  # a range's top
    (past_deal, TIME),  # an earlier deal whose years are untold (cfix50)
    (yearly_in_span, TIME),  # a yearly sum over years
    (range_holds, ROW),  # one end of a range
    (told_as_total, TIME),  # a sum over years untold (cfix51)
    (counts_in_kind, QUANTITY),  # support in kind
    (points_change, QUANTITY),  # a rate's change in points
    (untied_amount, untied_cost_kind),  # another cost its own words name (cconf53), not a sum over years
    (untold_time, TIME),  # another time untold
    (other_base_amount, QUANTITY),  # a multiple of another amount
    (owned_last_year, TIME),  # a deal's last year (verd54)
    (deal_dated_by_month, TIME),  # a deal act's year
    (reported_this_year, TIME),  # "this year" in speech reported from another year (contra60)
    (level_before_change, TIME),  # "Seoul's share, then X, rose ...": the level before the change (contra60)
    (untold_deal_time, TIME),  # a time within a deal
    (multiple_of_payer, PARTY),  # another party's sum set against Seoul's
    (pronoun_of_other_side, PARTY),  # a pronoun of another side
    (restates_other_currency, QUANTITY),  # another currency's sum restated
    (set_against_other_side, PARTY),  # a percent against another side's sum (verd55)
)
