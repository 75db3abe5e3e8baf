"""Claim checks: every checkable claim of an article gets a verdict computed from the sourced data.

Claims are built from the annotator's spans and the sentence around them, then judged by rules
against the tables of :mod:`analysis.data` — nothing here knows the seed article:

- **amount** (a money span): a *demand* (the sentence asks, seeks, demands...) must match a
  reported demand; a *payment* (pays, paid, contributes... or a figure whose referent was lost)
  is compared with the SMA payment of the year the sentence names (default: the publication year),
  in won or in dollars at that year's average rate;
- **ratio** (a multiplier beside an amount): the amount over the payment of the base year;
- **change** (a percent in a payment sentence): the year-on-year change of that year;
- **dated** (a date of a month or less tied to the nearest person or organisation): an event of
  that actor, of a kind the sentence's verbs suggest, inside the date's range.

Verdicts: ``supported``, ``contradicted``, ``misleading`` (close in number, but the framing or the
figure misleads) and ``unverifiable`` (the data cannot decide). Every tolerance lives in
:data:`TOLERANCES`.

>>> from analysis.paths import SEED_ARTICLE
>>> report = check_path(SEED_ARTICLE)
>>> sorted({c.kind for c in report.claims})
['amount', 'dated', 'ratio']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import derive
from analysis.data import load_demands, load_entities, load_events, load_exchange_rates, load_sma, split_ids
from analysis.extract import Annotation, Span, annotate_article
from analysis.extract.amounts import has_number


@dataclass(frozen=True)
class Tolerances:
    """How close a number or a date must be for each verdict — the one place these live.

    - ``same_rel``: two amounts within this relative distance are the same figure (rounding,
      exchange rates of different days);
    - ``near_rel``: beyond ``same_rel`` but within this, a figure is *close but wrong* -> misleading;
    - ``just_below_rel``: "just less than X" / "nearly X" holds when the value is below X by at most this;
    - ``factor_rel``: "five-fold" holds when the computed multiple is within this of 5;
    - ``percent_abs``: a percent change holds within this many percentage points;
    - ``event_days``: an actor's event of the right kind this close to a claimed date (but not on
      it) makes the date *contradicted* rather than unverifiable;
    - ``max_dated_days``: dates longer than this ("this year") are too coarse to tie to an event.
    """

    same_rel: float = 0.10
    near_rel: float = 0.25
    just_below_rel: float = 0.15
    factor_rel: float = 0.15
    percent_abs: float = 0.5
    event_days: int = 14
    max_dated_days: int = 31


TOLERANCES = Tolerances()
VERDICTS = ("supported", "contradicted", "misleading", "unverifiable")

_DEMAND = re.compile(r"\b(demand\w*|seek\w*|sought|ask\w*|want\w*|wish\w*|request\w*|insist\w*|press\w* for|"
                     r"increase|hike|pay more|(?:would|should)(?: be)? pay\w*)\b|'d be paying", re.I)
#: A wire dateline opening a paragraph: "SEOUL, Oct. 16 (Yonhap) -" — its date is the story's, not a claim.
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]*,\s*$")
_AFTER_DATELINE = re.compile(r"\s*+(?:\([^)]{1,40}\))?\s*+[-–—]")  # possessive: linear on long blanks
_PAYMENT = re.compile(r"\b(pa(?:y|ys|id|ying)|contribut\w*|cost\w*|spen[dt]\w*|shoulder\w*|budget\w*)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|say|have said|reported|report|told|according to|claimed)\b", re.I)
#: Verbs and nouns near a date -> the kinds of event they can refer to.
_EVENT_CUES = [
    (re.compile(r"\b(said|says|urged|remark\w*|told|call(?:ed|ing)|declin\w*|reaffirm\w*|warn\w*|speak\w*|"
                r"spoke|comment\w*|stat\w*)\b", re.I), {"remarks", "meeting", "statement", "report"}),
    (re.compile(r"\b(met|meet\w*|talks?|negotiat\w*)\b", re.I), {"talks", "meeting", "summit"}),
    (re.compile(r"\bsummit\w*\b", re.I), {"summit", "meeting"}),
    (re.compile(r"\b(agreed|agreement|deal|sign\w*|initial\w*)\b", re.I), {"meeting", "summit", "sma", "talks"}),
    (re.compile(r"\b(broke into|protest\w*|stormed|rall\w*)\b", re.I), {"protest"}),
    (re.compile(r"\b(exercis\w*|drill\w*|scaled back)\b", re.I), {"exercise"}),
    (re.compile(r"\b(report\w*|statement\w*)\b", re.I), {"report", "statement"}),
]


@dataclass(frozen=True)
class Claim:
    """One checkable claim: where it is, what kind, the verdict, the evidence and the data behind it."""

    id: str
    start: int
    end: int
    exact: str
    kind: str
    verdict: str
    evidence: str
    sources: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    spans: tuple[str, ...] = ()
    sentence: str = ""
    actor: str | None = None
    date: tuple[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the claim as the ``check`` JSON contract's claim object."""
        return {"id": self.id, "start": self.start, "end": self.end, "exact": self.exact, "kind": self.kind,
                "verdict": self.verdict, "evidence": self.evidence, "sources": list(self.sources),
                "rows": list(self.rows), "spans": list(self.spans)}


@dataclass(frozen=True)
class CheckReport:
    """The annotation of an article, its claims with verdicts, and all findings (text and cross-claim)."""

    annotation: Annotation
    claims: tuple[Claim, ...]
    findings: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``check`` JSON contract: ``{"source", "claims", "findings"}``."""
        return {"source": self.annotation.source(), "claims": [c.to_dict() for c in self.claims],
                "findings": list(self.findings)}

    def counts(self) -> dict[str, int]:
        """Return how many claims got each verdict."""
        return {v: sum(c.verdict == v for c in self.claims) for v in VERDICTS}


@dataclass(frozen=True)
class Tables:
    """The sourced tables a check reads (pass fixtures in tests to prove verdicts follow the data)."""

    sma: pd.DataFrame
    rates: pd.DataFrame
    demands: pd.DataFrame
    events: pd.DataFrame
    entities: pd.DataFrame

    @classmethod
    def load(cls) -> Tables:
        """Return the tables from data/."""
        return cls(load_sma(), load_exchange_rates(), load_demands(), load_events(), load_entities())


def check_path(path: str | Path | None = None, published: str | dt.date | None = None,
               tables: Tables | None = None) -> CheckReport:
    """Return the check of the article file at ``path`` (default: the seed article).

    ``published`` (``YYYY-MM-DD``) overrides or supplies the date line; bad input raises
    :class:`analysis.errors.InputError` (see :func:`analysis.article.read_article`).
    """
    from analysis.article import read_article
    from analysis.paths import SEED_ARTICLE

    return check_annotation(annotate_article(read_article(path or SEED_ARTICLE, published)), tables)


def check_text(text: str, published: str | dt.date | None = None, tables: Tables | None = None) -> CheckReport:
    """Return the check of an article given as text.

    >>> r = check_text("T\\n\\nSeoul agreed to pay 1.0389 trillion won this year.", published="2019-11-16")
    >>> [(c.kind, c.verdict) for c in r.claims]
    [('amount', 'supported')]
    """
    from analysis.extract import annotate

    return check_annotation(annotate(text, published), tables)


# --- building and judging claims ------------------------------------------------------------------


class _Context:
    """The article, its spans by sentence, and the tables, shared by the rules."""

    def __init__(self, ann: Annotation, tables: Tables) -> None:
        self.ann, self.t, self.text = ann, tables, ann.article.text
        self.published = ann.article.published
        self.sentences = list(ann.article.sentences)
        self.sent_starts = [s.start for s in self.sentences]
        self.spans = sorted(filter(has_number, ann.spans), key=lambda s: s.start)  # no claim on a null amount
        self.span_starts = [s.start for s in self.spans]
        self.lost = {r.id for f in ann.findings if f.kind == "lost_referent" for r in f.related}
        self.names = dict(zip(tables.entities.entity_id, tables.entities.name, strict=True))

    def sentence_of(self, span: Span) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, span.start) - 1
        if i >= 0 and self.sentences[i].end >= span.end:
            return self.sentences[i].start, self.sentences[i].end
        return span.start, span.end

    def spans_in(self, start: int, end: int, *kinds: str) -> list[Span]:
        i = bisect.bisect_left(self.span_starts, start)
        out = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end <= end and (not kinds or self.spans[i].kind in kinds):
                out.append(self.spans[i])
            i += 1
        return out

    def year_of(self, start: int, end: int) -> int:
        """The year a sentence talks about: a year-long date span in it, else the publication year."""
        for d in self.spans_in(start, end, "date"):
            a, b = d.value.get("start", ""), d.value.get("end", "")
            if a[:4] == b[:4] and a[5:] == "01-01" and b[5:] == "12-31":
                return int(a[:4])
        return self.published.year

    def payment(self, year: int, currency: str | None) -> tuple[float, str, list[str], list[str]]:
        """(value in currency units, description, source ids, rows) of the SMA payment of ``year``."""
        sma, rates = self.t.sma, self.t.rates
        row = sma.loc[sma.year == year]
        if row.empty or pd.isna(row.krw_billion.iloc[0]):
            raise LookupError(f"no sourced won figure for the {year} payment")
        krw = float(row.krw_billion.iloc[0])
        sources, rows = split_ids(row.source_ids.iloc[0]), [f"sma_contributions:{year}"]
        if currency == "KRW":
            return krw * 1e9, f"{year} payment {krw:,.1f} bn won", sources, rows
        rate_row = rates.loc[rates.year == year]
        if rate_row.empty:
            raise LookupError(f"no average exchange rate for {year}")
        rate = float(rate_row.krw_per_usd.iloc[0])
        usd = krw * 1e9 / rate
        sources += [s for s in split_ids(rate_row.source_ids.iloc[0]) if s not in sources]
        return (usd, f"{year} payment {krw:,.1f} bn won = ${usd / 1e6:,.0f} M at {rate:,.1f} won/$ "
                f"({year} average)", sources, [*rows, f"exchange_rates:{year}"])


def check_annotation(ann: Annotation, tables: Tables | None = None) -> CheckReport:
    """Return the claims of an annotated article with verdicts, and the cross-claim findings."""
    ctx = _Context(ann, tables or Tables.load())
    drafts: list[dict[str, Any]] = []
    for span in ctx.spans:
        if span.kind == "money" and not span.value.get("equivalent_of"):
            drafts.append(_amount_claim(ctx, span))
        elif span.kind == "multiplier":
            drafts.append(_ratio_claim(ctx, span))
        elif span.kind == "percent":
            drafts.append(_change_claim(ctx, span))
        elif span.kind == "date":
            claim = _dated_claim(ctx, span)
            if claim:
                drafts.append(claim)
    claims = tuple(Claim(id=f"c{i}", **d) for i, d in enumerate(drafts, start=1))
    findings = [f.to_dict() for f in ann.findings]
    findings += _cross_findings(ctx, claims)
    findings.sort(key=lambda f: (f["start"], f["end"], f["kind"]))
    return CheckReport(ann, claims, tuple(findings))


def _fmt_money(amount: float, currency: str | None) -> str:
    """Return an amount for evidence text.

    Written the way the annotator reads money, so evidence text round-trips.

    >>> _fmt_money(4.7e9, "USD"), _fmt_money(891.08e6, "USD"), _fmt_money(1.0389e12, "KRW"), _fmt_money(1e9, None)
    ('$4.7 billion', '$891.08 million', '1,038.9 billion won', '1 billion (no currency)')
    >>> _fmt_money(12_345.6e9, "USD")
    '$12,345.6 billion'
    """
    unit, scale = ("billion", 1e9) if amount >= 1e9 or currency == "KRW" else ("million", 1e6)
    value = f"{amount / scale:,.2f}".rstrip("0").rstrip(".")
    if currency == "KRW":
        return f"{value} {unit} won"
    return f"${value} {unit}" if currency == "USD" else f"{value} {unit} ({currency or 'no currency'})"


def _draft(ctx: _Context, span: Span, kind: str, verdict: str, evidence: str, sources: Sequence[str] = (),
           rows: Sequence[str] = (), related: Sequence[Span] = (), **extra: Any) -> dict[str, Any]:
    s, e = ctx.sentence_of(span)
    return {"start": span.start, "end": span.end, "exact": span.exact, "kind": kind, "verdict": verdict,
            "evidence": evidence, "sources": tuple(dict.fromkeys(sources)), "rows": tuple(dict.fromkeys(rows)),
            "spans": tuple(x.id for x in (span, *related)), "sentence": ctx.text[s:e], **extra}


def _compare(value: float, claimed: float, bound: str | None, tol: Tolerances = TOLERANCES) -> tuple[str, str]:
    """Return (verdict, why) for a claimed figure against the value from the data.

    >>> _compare(891e6, 1e9, "less_than")[0], _compare(891e6, 1e9, None)[0], _compare(500e6, 1e9, None)[0]
    ('supported', 'misleading', 'contradicted')
    """
    ratio = value / claimed
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


def _amount_claim(ctx: _Context, span: Span) -> dict[str, Any]:
    v = span.value
    amount, currency, bound = float(v["amount"]), v.get("currency") or v.get("currency_inferred"), v.get("bound")
    s, e = ctx.sentence_of(span)
    sentence = ctx.text[s:e]
    demands = ctx.t.demands
    if _DEMAND.search(sentence):
        pool = demands.loc[(demands.kind == "demand") & (demands.date.dt.date <= ctx.published)]
        if currency:
            pool = pool.loc[pool.currency == currency]
        if v.get("per") == "year" or v.get("per") is None:
            pool = pool.loc[pool.period == "year"]
        if pool.empty:
            return _draft(ctx, span, "amount", "unverifiable",
                          f"No reported demand in {currency or 'any currency'} before {ctx.published} in the data.")
        rel = (pool.amount / amount - 1).abs()
        same = pool.loc[rel <= 0.005]  # the very figure; else the figures within the tolerance
        same = same if not same.empty else pool.loc[rel <= TOLERANCES.same_rel]
        if not same.empty:
            who = "; ".join(f"{r.reported_by} ({r.date:%Y-%m-%d}, {_fmt_money(r.amount, r.currency)})"
                            for r in same.itertuples())
            others = pool.loc[~pool.index.isin(same.index) & (rel <= TOLERANCES.near_rel)]
            also = "; ".join(sorted({f"{_fmt_money(r.amount, r.currency)} ({r.reported_by})"
                                     for r in others.itertuples()}))
            return _draft(ctx, span, "amount", "supported",
                          f"Demand of {_fmt_money(amount, currency)} a year matches reports by {who}."
                          + (f" Other reports of that time give {also}." if also else ""),
                          [i for c in same.source_ids for i in split_ids(c)],
                          [f"demands:{i}" for i in same.demand_id])
        nearest = pool.loc[rel.idxmin()]
        verdict = "misleading" if rel.min() <= TOLERANCES.near_rel else "contradicted"
        return _draft(ctx, span, "amount", verdict,
                      f"No reported demand of {_fmt_money(amount, currency)}; the nearest is "
                      f"{_fmt_money(nearest.amount, nearest.currency)} ({nearest.reported_by}, "
                      f"{nearest.date:%Y-%m-%d}).", split_ids(nearest.source_ids), [f"demands:{nearest.demand_id}"])
    lost = span.id in ctx.lost
    if not (_PAYMENT.search(sentence) or lost):
        return _draft(ctx, span, "amount", "unverifiable",
                      "The sentence neither demands nor pays this sum; nothing in the data to compare it with.")
    year = ctx.year_of(s, e)
    try:
        value, described, sources, rows = ctx.payment(year, currency)
    except LookupError as exc:
        return _draft(ctx, span, "amount", "unverifiable", f"Cannot check: {exc}.")
    verdict, why = _compare(value, amount, bound)
    evidence = f"{described}; claimed {str(bound or '').replace('_', ' ')} {_fmt_money(amount, currency)}: {why}."
    evidence = evidence.replace("claimed  ", "claimed ")
    if currency is None:
        evidence += " The text names no currency; compared in dollars."
    if lost and verdict == "supported":
        verdict = "misleading"
        evidence += (" But the sentence's 'it' has no referent: as printed the figure does not say it is the SMA "
                     "payment, so a reader cannot tell what it measures.")
    return _draft(ctx, span, "amount", verdict, evidence, sources, rows)


def _ratio_claim(ctx: _Context, span: Span) -> dict[str, Any]:
    v = span.value
    factor, bound = float(v["factor"]), v.get("bound")
    s, e = ctx.sentence_of(span)
    money = [m for m in ctx.spans_in(s, e, "money") if not m.value.get("equivalent_of")]
    if not money:
        return _draft(ctx, span, "ratio", "unverifiable", "No amount in the sentence to compare with a base year.")
    m = min(money, key=lambda x: abs(x.start - span.start))
    amount, currency = float(m.value["amount"]), m.value.get("currency") or "USD"
    year = ctx.year_of(s, e)
    try:
        base, described, sources, rows = ctx.payment(year, currency)
    except LookupError as exc:
        return _draft(ctx, span, "ratio", "unverifiable", f"Cannot check: {exc}.", related=[m])
    multiple = amount / base
    shown = f"{_fmt_money(amount, currency)} ÷ {_fmt_money(base, currency)} = {multiple:.2f}×"
    if bound == "more_than":
        verdict = "supported" if multiple > factor else "contradicted"
        why = f"more than {factor:g}×" + (" holds" if verdict == "supported" else " does not hold")
    elif bound in ("less_than", "up_to"):
        verdict = "supported" if multiple <= factor else "contradicted"
        why = f"at most {factor:g}×" + (" holds" if verdict == "supported" else " does not hold")
    else:
        off = abs(multiple / factor - 1)
        verdict = ("supported" if off <= TOLERANCES.factor_rel
                   else "misleading" if off <= 2 * TOLERANCES.factor_rel else "contradicted")
        why = f"'{span.exact}' ({factor:g}×) " + ("holds" if verdict == "supported" else "is off")
    return _draft(ctx, span, "ratio", verdict, f"{described}; {shown}, so {why}.", sources, rows, related=[m])


def _change_claim(ctx: _Context, span: Span) -> dict[str, Any]:
    s, e = ctx.sentence_of(span)
    sentence = ctx.text[s:e]
    if not _PAYMENT.search(sentence) and not re.search(r"\b(SMA|cost-sharing|burden|contribution)\b", sentence):
        return _draft(ctx, span, "change", "unverifiable", "Not a change of the SMA payment; nothing to compare.")
    year = ctx.year_of(s, e)
    change = derive.year_on_year(ctx.t.sma).set_index("year")
    if year not in change.index:
        return _draft(ctx, span, "change", "unverifiable", f"No sourced figures for {year - 1} and {year}.")
    actual = float(change.loc[year, "change_pct"])
    claimed = float(span.value["percent"])
    if span.value.get("direction") == "down":
        claimed = -claimed
    off = abs(actual - claimed)
    verdict = ("supported" if off <= TOLERANCES.percent_abs
               else "misleading" if off <= 4 * TOLERANCES.percent_abs else "contradicted")
    sma = ctx.t.sma.set_index("year")
    sources = [i for y in (year - 1, year) for i in split_ids(sma.loc[y, "source_ids"])]
    return _draft(ctx, span, "change", verdict,
                  f"{year} vs {year - 1} in {change.loc[year, 'basis']}: {actual:+.1f}% (claimed {claimed:+.1f}%).",
                  sources, [f"sma_contributions:{year - 1}", f"sma_contributions:{year}"])


def _actor_ids(span: Span) -> list[str]:
    v = span.value
    ids = [v["id"]] if v.get("id") else list(v.get("candidates") or [])
    return [i for i in ids if i]


def _dated_claim(ctx: _Context, span: Span) -> dict[str, Any] | None:
    v = span.value
    try:
        start, end = dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"])
    except (KeyError, ValueError, TypeError):  # TypeError: an unresolved date (start and end null)
        return None
    if (end - start).days + 1 > TOLERANCES.max_dated_days or end > ctx.published or span.exact == "":
        return None
    if ctx.ann.article.date_span and ctx.ann.article.date_span.start <= span.start < ctx.ann.article.date_span.end:
        return None  # the dateline itself
    s, e = ctx.sentence_of(span)
    if any(q.start <= span.start and span.end <= q.end for q in ctx.spans_in(s, e, "quote")):
        return None  # a date inside a quotation is the speaker's claim, not the article's
    if _WIRE_DATELINE.fullmatch(ctx.text[s:span.start]) and _AFTER_DATELINE.match(ctx.text, span.end):
        return None  # the wire dateline
    # The clause of the date: from the previous date in the sentence (or its start) to this date.
    prev = [d for d in ctx.spans_in(s, span.start, "date") if d.end <= span.start]
    c_start = prev[-1].end if prev else s
    before = [a for a in ctx.spans_in(s, span.start, "person", "org") if _actor_ids(a)]
    after = [a for a in ctx.spans_in(span.end, e, "person", "org") if _actor_ids(a)]
    if before:  # the nearest actor before the date, the verbs of its clause
        actor, cue = before[-1], ctx.text[min(c_start, before[-1].start):span.start]
    elif after:
        actor, cue = after[0], ctx.text[span.start:min(e, after[0].end + 40)]
    else:
        return None
    ids = _actor_ids(actor)
    kinds: set[str] = set()
    for pattern, ks in _EVENT_CUES:
        if pattern.search(cue):
            kinds |= ks
    events = ctx.t.events
    mine = events.loc[events.actors.map(lambda c: bool(set(split_ids(c)) & set(ids)))]
    if kinds:
        mine = mine.loc[mine.kind.isin(kinds)]
    who = actor.value.get("name") or actor.exact
    if actor.value.get("candidates") and not actor.value.get("id"):
        who = f"{actor.exact} ({' / '.join(ctx.names.get(i, i) for i in ids)})"
    when = start.isoformat() if start == end else f"{start} to {end}"
    extra = {"actor": ",".join(ids), "date": (start.isoformat(), end.isoformat())}
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    hits = mine.loc[(mine.start <= hi) & (mine.end >= lo)]
    if not hits.empty:
        listed = "; ".join(f"{r.start:%Y-%m-%d} {r.title}" for r in hits.itertuples())
        return _draft(ctx, span, "dated", "supported", f"'{span.exact}' = {when}; {who}: {listed}.",
                      [i for c in hits.source_ids for i in split_ids(c)], [f"events:{i}" for i in hits.event_id],
                      related=[actor], **extra)
    window = pd.Timedelta(days=TOLERANCES.event_days)
    near = mine.loc[(mine.start <= hi + window) & (mine.end >= lo - window)]
    if not near.empty:
        listed = "; ".join(f"{r.start:%Y-%m-%d} {r.title}" for r in near.itertuples())
        return _draft(ctx, span, "dated", "contradicted",
                      f"'{span.exact}' = {when}, but the record has no event of {who} that day; "
                      f"the nearest: {listed}.", [i for c in near.source_ids for i in split_ids(c)],
                      [f"events:{i}" for i in near.event_id], related=[actor], **extra)
    kind_text = f" of kind {', '.join(sorted(kinds))}" if kinds else ""
    return _draft(ctx, span, "dated", "unverifiable",
                  f"'{span.exact}' = {when}; no event of {who}{kind_text} within {TOLERANCES.event_days} days "
                  f"in the data.", related=[actor], **extra)


# --- findings across claims ----------------------------------------------------------------------------


def _reporter(ctx: _Context, claim: Claim) -> str:
    """Who the sentence says reported a figure: the words before its reporting verb."""
    m = _REPORTING.search(claim.sentence)
    head = claim.sentence[: m.start()].strip(" ,") if m and m.start() <= 90 else ""
    return head or claim.sentence[:60].strip()


def _finding(kind: str, claims: Sequence[Claim], message: str) -> dict[str, Any]:
    first = claims[0]
    related = [{"id": c.id, "kind": "claim", "start": c.start, "end": c.end, "exact": c.exact} for c in claims]
    return {"id": f"x-{kind}-{first.id}", "kind": kind, "start": first.start, "end": first.end,
            "exact": first.exact, "message": message, "related": related}


def _cross_findings(ctx: _Context, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    out = []
    demanded = [c for c in claims if c.kind == "amount" and _DEMAND.search(c.sentence)]
    amounts = {}
    for c in demanded:
        span = next(s for s in ctx.spans if s.id == c.spans[0])
        key = (span.value.get("currency") or "?", span.value.get("per"))
        amounts.setdefault(key, []).append((float(span.value["amount"]), c))
    for group in amounts.values():
        if len({a for a, _ in group}) > 1:
            said = "; ".join(f"{_fmt_money(a, c.exact and ('USD' if '$' in c.exact else None))} "
                             f"('{c.exact}', per {_reporter(ctx, c)})" for a, c in group)
            out.append(_finding("conflicting_figures", [c for _, c in group],
                                f"One demand, {len(group)} figures: {said}."))
    by_actor: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "dated" and c.actor and _EVENT_CUES[0][0].search(c.sentence):
            by_actor.setdefault(c.actor, []).append(c)
    for actor, group in by_actor.items():
        dates = {c.date for c in group}
        if len(dates) > 1:
            parts = "; ".join(f"'{c.exact}' = {c.date[0]} ({c.verdict})" for c in group)
            name = ctx.names.get(actor, actor)
            out.append(_finding("inconsistent_dating", group,
                                f"{name}'s remarks are dated to {len(dates)} different days: {parts}."))
    for c in claims:
        if c.kind == "dated" and c.verdict == "contradicted":
            out.append(_finding("date_matches_no_event", [c], c.evidence))
    return out


def claims_frame(report: CheckReport) -> pd.DataFrame:
    """Return the claims as a DataFrame (for the notebook's table of claims by verdict).

    >>> claims_frame(check_text("T\\n\\nNothing here.", "2019-11-16")).columns.tolist()[:3]
    ['id', 'kind', 'exact']
    """
    cols = ["id", "kind", "exact", "verdict", "evidence", "sources"]
    rows = [{**c.to_dict(), "sources": "; ".join(c.sources)} for c in report.claims]
    return pd.DataFrame(rows, columns=[*cols, "start", "end", "rows", "spans"])[cols]


def verdict_table(report: CheckReport) -> pd.DataFrame:
    """Return how many claims got each verdict, by kind of claim.

    >>> table = verdict_table(check_text("T\\n\\nSeoul paid 1.0389 trillion won this year.", "2019-11-16"))
    >>> int(table.loc["amount", "supported"])
    1
    """
    frame = pd.crosstab(pd.Categorical([c.kind for c in report.claims]),
                        pd.Categorical([c.verdict for c in report.claims], categories=list(VERDICTS)), dropna=False)
    frame.index.name, frame.columns.name = "claim kind", "verdict"
    return frame


def date_marks(report: CheckReport) -> pd.DataFrame:
    """Return every date the article's body gives, where it points and what the check found.

    ``status`` is ``matches`` (a dated claim supported by an event), ``conflict`` (contradicted,
    or a past-tense date after publication) or ``unchecked`` (no actor to tie it to, too coarse,
    inside a quotation, or a deadline ahead).

    >>> date_marks(check_path()).set_index("exact").loc["on Monday", "status"]
    'conflict'
    """
    art = report.annotation.article
    by_span = {c.spans[0]: c for c in report.claims if c.kind == "dated"}
    late = {(f["start"], f["end"]) for f in report.findings if f["kind"] == "date_after_publication"}
    rows = []
    for s in report.annotation.spans:
        if s.kind != "date" or (art.date_span and art.date_span.start <= s.start < art.date_span.end):
            continue
        claim = by_span.get(s.id)
        if claim is not None:
            status = {"supported": "matches", "contradicted": "conflict"}.get(claim.verdict, "unchecked")
            note = claim.evidence
        elif (s.start, s.end) in late:
            status, note = "conflict", "after the publication date"
        else:
            status, note = "unchecked", _why_unchecked(report, s)
        rows.append({"exact": s.exact, "start": s.value.get("start"), "end": s.value.get("end"),
                     "form": s.value.get("form"), "status": status, "note": note})
    return pd.DataFrame(rows, columns=["exact", "start", "end", "form", "status", "note"])


def _why_unchecked(report: CheckReport, span: Span) -> str:
    """Say why a date was not checked against the events."""
    if span.value.get("start") is None:
        return f"unresolved: {span.value.get('unresolved', 'no date')}"
    start, end = dt.date.fromisoformat(span.value["start"]), dt.date.fromisoformat(span.value["end"])
    if any(q.kind == "quote" and q.start <= span.start and span.end <= q.end for q in report.annotation.spans):
        return "inside a quotation: the speaker's words, not the article's claim"
    days = (end - start).days + 1
    if days > TOLERANCES.max_dated_days:
        return f"too coarse ({days} days) to tie to one event"
    if end > report.annotation.article.published:
        return "points after publication: a deadline or plan, not an event"
    return "no named person or organisation to tie it to"
