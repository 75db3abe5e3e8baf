"""Claim checks: every figure and dated event of an article gets a frame, then a verdict from the sourced data.

This module is the public entry point and the orchestration; the parts live in two modules:

- :mod:`analysis.frames` reads each figure before any judgement: its quantity (SMA payment, demand, offer,
  forecast, change, ratio, conversion, or a quantity the data does not cover), the years bound in its own
  phrase, the actor and the modality (reported, demand, offer, forecast, hypothetical, quotation);
- :mod:`analysis.rules` judges each frame with one small rule per quantity and modality, and ties dates to
  the events of their actor. Every threshold is a field of :class:`Tolerances` (:data:`TOLERANCES`).

Verdicts: ``supported``, ``contradicted``, ``misleading`` (close in number, but the framing or the figure
misleads), ``unverifiable`` (the data cannot decide) and ``not_checkable`` (a quantity the data does not
cover, such as a defence budget or a tariff; the evidence says which). Each claim carries its ``frame``.

>>> from analysis.paths import SEED_ARTICLE
>>> report = check_path(SEED_ARTICLE)
>>> sorted({c.kind for c in report.claims})
['amount', 'dated', 'ratio']
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import guards, rules, terms
from analysis import lazyre as re
from analysis.article import Article
from analysis.extract import Annotation, Span, annotate_article
from analysis.extract.spans import Cover
from analysis.frames import Figure, Frame, build_figures, per_year, years_text
from analysis.rules import TOLERANCES, VERDICTS, Context, Judgement, Tables, Tolerances

__all__ = ["TOLERANCES", "VERDICTS", "CheckReport", "Claim", "Tables", "Tolerances", "certain_demand",
           "check_annotation", "check_path", "check_text", "claims_frame", "date_marks", "verdict_table"]

_compare = rules.compare  # kept for callers of the former private names
_fmt_money = rules.fmt_money
_REPORTING = re.compile(r"\b(?:said|says|say|have said|reported|report|told|according to|claimed)\b", re.I)
#: Claim kind by the figure's span kind (a money span that restates another amount is a conversion).
_KIND = {"money": "amount", "multiplier": "ratio", "percent": "change", "superlative": "change", "count": "count"}


@dataclass(frozen=True)
class Claim:
    """One checkable claim: where it is, what kind, its frame, the verdict, the evidence and the data behind it."""

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
    frame: Frame | None = None
    remark: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the claim as the ``check`` JSON contract's claim object."""
        return {"id": self.id, "start": self.start, "end": self.end, "exact": self.exact, "kind": self.kind,
                "verdict": self.verdict, "evidence": self.evidence, "sources": list(self.sources),
                "rows": list(self.rows), "spans": list(self.spans),
                "frame": self.frame.to_dict() if self.frame else None}


@dataclass(frozen=True)
class CheckReport:
    """The annotation of an article, its claims with verdicts, and all findings (text and cross-claim)."""

    annotation: Annotation
    claims: tuple[Claim, ...]
    findings: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    #: The thresholds it was checked with (what :func:`date_marks` says of its dates too).
    tolerances: Tolerances = field(default=TOLERANCES, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the ``check`` JSON contract: ``{"source", "claims", "findings"}``."""
        return {"source": self.annotation.source(), "claims": [c.to_dict() for c in self.claims],
                "findings": list(self.findings)}

    def counts(self) -> dict[str, int]:
        """Return how many claims got each verdict."""
        return {v: sum(c.verdict == v for c in self.claims) for v in VERDICTS}


def check_path(path: str | Path | None = None, published: str | dt.date | None = None,
               tables: Tables | None = None, tolerances: Tolerances = TOLERANCES, cache: bool = False) -> CheckReport:
    """Return the check of the article file at ``path`` (default: the seed article).

    ``published`` (``YYYY-MM-DD``) overrides or supplies the date line; bad input raises
    :class:`analysis.errors.InputError` (see :func:`analysis.article.read_article`). With ``cache`` (the notebooks'
    call) the report is read back from :func:`check_cache_dir` when this article was checked before by the same
    package files and data (:func:`cached_check`); tables or tolerances of the caller's own are never cached.
    """
    from analysis.article import read_article
    from analysis.paths import SEED_ARTICLE

    article = read_article(path or SEED_ARTICLE, published)
    if cache and tables is None and tolerances is TOLERANCES:
        return cached_check(article)
    return check_annotation(annotate_article(article), tables, tolerances)


#: Set to "0" to check every article afresh, neither reading nor writing :func:`check_cache_dir`.
CACHE_ENV = "SMA_CHECK_CACHE"


def check_cache_dir() -> Path:
    """Return the folder of kept checks, one file per article (under build/, git-ignored).

    >>> from analysis import paths
    >>> check_cache_dir().relative_to(paths.ROOT).as_posix()
    'build/cache/checks'
    """
    from analysis import paths

    return paths.CACHE / "checks"


def cached_check(article: Article) -> CheckReport:
    """Return the check of ``article``, read back if the same article (path, text, date) was checked by the same
    package files and data/ (:func:`analysis.cache.package_digest`), else made and kept. Each notebook kernel checks
    the article it reports on; the first does the work and the others read it (about 0.35 s of CPU each for the seed).

    >>> from analysis.article import read_article
    >>> from analysis.paths import SEED_ARTICLE
    >>> a = read_article(SEED_ARTICLE)
    >>> cached_check(a).to_dict() == check_annotation(annotate_article(a)).to_dict()
    True
    """
    import hashlib
    import os

    from analysis.cache import package_digest, read_pickle, write_pickle

    if os.environ.get(CACHE_ENV) == "0":
        return check_annotation(annotate_article(article))
    given = repr((article.path, article.source_text, article.published.isoformat())).encode()
    name = "check-" + hashlib.sha256(given).hexdigest()[:16]
    path = check_cache_dir() / f"{name}-{hashlib.sha256(given + package_digest().encode()).hexdigest()}.pkl"
    report = read_pickle(path, CheckReport)
    if report is None:
        report = check_annotation(annotate_article(article))
        write_pickle(path, report)
    return report


def check_text(text: str, published: str | dt.date | None = None, tables: Tables | None = None,
               tolerances: Tolerances = TOLERANCES) -> CheckReport:
    """Return the check of an article given as text.

    >>> r = check_text("T\\n\\nSeoul agreed to pay 1.0389 trillion won this year.", published="2019-11-16")
    >>> [(c.kind, c.verdict, c.frame.quantity) for c in r.claims]
    [('amount', 'supported', 'sma_payment')]
    """
    from analysis.extract import annotate

    return check_annotation(annotate(text, published), tables, tolerances)


def check_annotation(ann: Annotation, tables: Tables | None = None,
                     tolerances: Tolerances = TOLERANCES) -> CheckReport:
    """Return the claims of an annotated article with frames and verdicts, and the cross-claim findings."""
    ctx = Context(ann, tables or rules.default_tables(), tolerances)
    drafts: list[tuple[int, dict[str, Any]]] = []
    figures = list(build_figures(ann, ctx.reader))
    ctx.framed(figures)  # the rules that read them build them no more
    for fig in figures:
        drafts.append((fig.span.start, _figure_claim(ctx, fig)))
    _unchecked_conversions(figures, [d for _, d in drafts])
    drafts += terms.term_claims(ctx)  # fix51v: the length of one named agreement
    for span in ctx.reader.spans:
        dated = rules.event_date(span, ctx) if span.kind == "date" else None
        if dated is not None:
            drafts.append((span.start, _draft(ctx, span, "dated", dated.judgement, dated.frame,
                                              actor=dated.actor, date=dated.date, remark=dated.remark)))
    drafts.sort(key=lambda d: d[0])
    claims = tuple(Claim(id=f"c{i}", **d) for i, (_, d) in enumerate(drafts, start=1))
    findings = [ann.finding_as_read(f) for f in ann.findings]
    findings += _cross_findings(ctx, claims)
    findings.sort(key=lambda f: (f["start"], f["end"], f["kind"]))
    return CheckReport(ann, claims, tuple(findings), tolerances)


def _unchecked_conversions(figures: Sequence[Figure], drafts: Sequence[dict[str, Any]]) -> None:
    """Make ``not_checkable`` each unverifiable conversion into or out of a currency the data has no rate of, of a
    figure judged ``not_checkable`` ("a US$4 billion (RM16.6 billion) gap": the gap is no quantity the data covers, so
    neither is its restatement); one of a figure the data covers stays unverifiable (review97), as does one of a figure
    read as a quantity the data cover and left unjudged only for a doubt of its frame (:func:`analysis.rules.withheld`:
    the Conventions judge a conversion at the rate whatever its amount's quantity; verd55).

    >>> c = check_text("Officials tried to narrow a US$4 billion (RM16.6 billion) gap in talks.", "2019-11-19")
    >>> [(x.exact, x.verdict) for x in c.claims]
    [('US$4 billion', 'not_checkable'), ('RM16.6 billion', 'not_checkable')]
    """
    verdict = {(f.span.start, f.span.end): d["verdict"] for f, d in zip(figures, drafts, strict=True)
               if f.frame.quantity not in rules.COVERED}
    for fig, draft in zip(figures, drafts, strict=True):
        if fig.frame.quantity != "conversion" or draft["verdict"] != "unverifiable" or not fig.related:
            continue
        first = fig.related[0]
        if {first.value.get("currency"), fig.span.value.get("currency")} <= {"KRW", "USD", None}:
            continue
        if verdict.get((first.start, first.end)) == "not_checkable":
            draft["verdict"] = "not_checkable"
            draft["evidence"] = (f"A restatement in another currency of '{first.exact}', a figure of a quantity the "
                                 f"data does not cover. {draft['evidence']}")


def _figure_claim(ctx: Context, fig: Figure) -> dict[str, Any]:
    """Return the claim fields of one framed figure, judged by the rules."""
    kind = "conversion" if fig.frame.quantity == "conversion" else _KIND[fig.span.kind]
    far = guards.far_above(fig, ctx)  # claims15: far above any payment, it is another quantity
    far = far if far is not None else support_sum(fig, ctx) or poll_preference(fig, ctx)  # b51v: support, a poll
    if far is not None:
        return _draft(ctx, fig.span, kind, rules.Judgement("not_checkable", f"Not a payment: {far}."),
                      dataclasses.replace(fig.frame, quantity="other"), actor=fig.frame.actor)
    return _draft(ctx, fig.span, kind, rules.judge(fig, ctx), fig.frame, actor=fig.frame.actor)


#: "support" as a noun or verb ("full support to US forces", "total support worth X", "support the troops with X"),
#: or a noun of the same sense in its place ("comprehensive backing", "full assistance", "total aid": gen61f); "to
#: support" ("to aid", "to assist") after the amount is the purpose of a sum paid ("agreed to pay X to support the
#: troops"), not support.
_SUPPORT = re.compile(r"(?P<to>\bto[ \t]++)?\b(?:support(?:s|ed|ing)?|backing|assist(?:ance|s|ed|ing)?|aid(?:s|ed)?)\b",
                      re.I)


def _says_support(text: str, c0: int, c1: int, span: Span) -> bool:
    """Return whether ``text[c0:c1]``, the clause of ``span``, calls the amount support: a support word before it, or
    after it but not as the purpose "to support".

    >>> t = "Seoul agreed to pay $15 billion to support the troops."
    >>> _says_support(t, 0, len(t), Span("money", 20, 31, "$15 billion", {})), _says_support(
    ...     "Seoul will support the troops with $35 billion.", 0, 47, Span("money", 35, 46, "$35 billion", {}))
    (False, True)
    """
    return any(m.start() < span.start or not m["to"] for m in _SUPPORT.finditer(text, c0, c1))


def _yearless_paid(fig: Figure) -> bool:
    """Return whether a figure is an amount read as a payment, ask or offer with no year of its own (its frame's year
    is the publication's): the figures :func:`support_sum` and :func:`poll_preference` may take out of the payments.

    >>> from analysis.rules import example
    >>> [_yearless_paid(example(t, "2025-11-14")[0]) for t in ("Seoul pays $33 billion for the troops.",
    ...                                                          "Seoul paid $1 billion in 2019.")]
    [True, False]
    """
    frame = fig.frame
    return fig.span.kind == "money" and frame.quantity in guards._PAID_QUANTITIES and frame.bound == "publication"


def support_sum(fig: Figure, ctx: Context) -> str | None:
    """Return why an amount read as Seoul's payment (or an ask, an offer) is a sum of all its support to the US forces,
    else None: its clause calls it support (:func:`_says_support`) and its sentence says no cost-sharing word
    (:data:`analysis.frames._SMA_WORDS`), the amount
    has no period of its own (no "a year", no year in its phrase) and is ``Tolerances.support_factor`` times the
    largest payment on record or more, and no unit or currency slip of a figure on record (b51v: "will provide full
    support to US forces in South Korea for $33 billion", the 2025 fact sheet's total, was called ``contradicted``).

    >>> from analysis.rules import example
    >>> support_sum(*example("Seoul will provide full support to US forces for $33 billion.", "2025-11-14"))[:40]
    '$33 billion is over 10 times any SMA pay'
    >>> support_sum(*example("Seoul will provide full assistance to US forces for $33 billion.", "2025-11-14"))[:11]
    '$33 billion'
    >>> support_sum(*example("Seoul provides full support to U.S. forces worth $1.04 trillion.", "2019-11-20"))
    >>> support_sum(*example("Under the cost-sharing deal, Seoul will pay $33 billion to support U.S. forces.",
    ...                      "2025-11-14"))
    >>> support_sum(*example("Seoul will provide full support to U.S. forces for $33 billion a year.", "2025-11-14"))
    >>> support_sum(*example("Seoul agreed to pay $15 billion to support the 28,500 U.S. troops.", "2025-11-14"))
    """
    from analysis.frames import _SMA_WORDS

    span, frame = fig.span, fig.frame
    if not _yearless_paid(fig) or span.value.get("per"):
        return None
    c0, c1 = ctx.reader.clause(fig.span, strong=True)
    if not _says_support(ctx.reader.text, c0, c1, span) or ctx.reader.found(_SMA_WORDS, *fig.sentence):
        return None  # the sentence searched once for all its figures (a run-on one was searched at each: quadratic)
    amount, currency = float(span.value["amount"]), guards.money_currency(span)
    if amount < ctx.tol.support_factor * guards.largest_payment(ctx, currency) \
            or guards.slip_of_record(amount, currency, guards.judged_years(frame), frame.quantity, ctx):
        return None
    return (f"{span.exact} is over {ctx.tol.support_factor:,.0f} times any SMA payment on record, with no period and "
            "no unit slip of one, and its clause calls it support with no cost-sharing word: a total of Seoul's "
            "support to the US forces, which the data does not cover")


#: People polled named as a subject: "respondents", "those polled", "people surveyed".
_POLLED = re.compile(r"\b(?:respondents|(?:those|people|adults|Koreans|voters)\s+(?:polled|surveyed|asked|"
                     r"questioned))\b", re.I)
#: Between the people polled and an amount, a word of a preferred level or cap ("want the cost to remain below X",
#: "say Seoul should pay at most X", "back a cap of X"), not of a fact ("say Seoul paid X").
_PREFERRED = re.compile(r"\b(?:wants?|wanted|prefer(?:s|red)?|favou?r(?:s|ed)?|back(?:s|ed)?|should|ought|must|caps?|"
                        r"capped|remain|stay)\b", re.I)


def poll_preference(fig: Figure, ctx: Context) -> str | None:
    """Return why an amount read as a payment, an ask or an offer is a level people polled prefer, else None: its
    clause's subject before it is a share of people holding a view (:func:`analysis.frames.opinion_share`, "60
    percent want ...") or the people polled ("respondents said ..."), and a word of a preferred level or cap stands
    between them and the amount with no other amount between (b51v: "60 percent want the cost to remain below 2
    trillion won" was judged as a demand).

    >>> from analysis.rules import example
    >>> t = "Among those who want a lower deal, 60 percent want the cost to remain below 2 trillion won."
    >>> poll_preference(*example(t, "2019-12-16", 1)).split(" (")[0]
    'below 2 trillion won is a level people polled prefer'
    >>> poll_preference(*example("While 60 percent oppose the U.S. demand, Seoul paid 2.5 trillion won in 2019.",
    ...                          "2019-12-16", 1))
    >>> poll_preference(*example("Most respondents said Seoul should keep paying the 1.4 trillion won it paid in 2019.",
    ...                          "2019-12-16"))
    """
    from analysis.frames import opinion_share

    r, span = ctx.reader, fig.span
    if not _yearless_paid(fig):
        return None  # an amount with a year of its own ("the 1.4 trillion won it paid in 2019") is a payment told
    c0, _ = r.clause(span)
    subject = next((p.end for p in reversed(r.figures_in(c0, span.start)) if p.kind == "percent"
                    and opinion_share(r, p)), None)
    polled = [m.end() for m in _POLLED.finditer(r.text, c0, span.start)]
    start = max([subject or c0, *polled]) if subject or polled else None
    if start is None or any(p.kind == "money" for p in r.figures_in(start, span.start)) \
            or not _PREFERRED.search(r.text, start, span.start):
        return None
    return (f"{span.exact} is a level people polled prefer ({r.text[c0:span.start].strip()!r}), not a payment, "
            "ask or offer; no table covers it")


def _draft(ctx: Context, span: Span, kind: str, j: Judgement, frame: Frame, **extra: Any) -> dict[str, Any]:
    """Return the claim fields; the evidence ends with the quantity, years and data rows it was judged on."""
    used = ", ".join(j.rows) if j.rows else "no data row"
    tail = f" [Judged as {frame.quantity} ({frame.modality}), {years_text(frame.years)}; {used}.]"
    exact = ctx.reader.ann.article.as_read(span.start, span.end, span.exact)  # as read: the rules read the view
    return {"start": span.start, "end": span.end, "exact": exact, "kind": kind, "verdict": j.verdict,
            "evidence": j.evidence + tail, "sources": j.sources, "rows": j.rows,
            "spans": tuple(x.id for x in (span, *j.related)), "sentence": ctx.reader.sentence_text(span),
            "frame": frame, **extra}


# --- findings across claims ----------------------------------------------------------------------------


def _reporter(claim: Claim, tol: Tolerances) -> str:
    """Who the sentence says reported a figure: the words before its reporting verb."""
    m = _REPORTING.search(claim.sentence, 0, tol.reporter_chars + 13)  # a match starting by reporter_chars ends here
    head = claim.sentence[: m.start()].strip(" ,") if m and m.start() <= tol.reporter_chars else ""
    return head or claim.sentence[:60].strip()


def _finding(kind: str, claims: Sequence[Claim], message: str) -> dict[str, Any]:
    first = claims[0]
    related = [{"id": c.id, "kind": "claim", "start": c.start, "end": c.end, "exact": c.exact} for c in claims]
    return {"id": f"x-{kind}-{first.id}", "kind": kind, "start": first.start, "end": first.end,
            "exact": first.exact, "message": message, "related": related}


def _conflicting_demands(ctx: Context, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    """Return one finding per demand given as different figures: same quantity, side, years, currency, period."""
    groups: dict[tuple[Any, ...], list[tuple[float, Claim]]] = {}
    for c in claims:
        if c.kind != "amount" or not certain_demand(c):
            continue
        span = ctx.reader.by_id[c.spans[0]]
        key = (ctx.side(c.frame.actor) or c.frame.actor, _demand_period(ctx, c), span.value.get("currency"),
               per_year(ctx.reader, span))
        groups.setdefault(key, []).append((float(span.value["amount"]), c))
    out = []
    for (_, _, currency, _), group in groups.items():
        if not one_figure([(a, ctx.reader.by_id[c.spans[0]].value.get("bound")) for a, c in group]):
            said = "; ".join(f"{rules.fmt_money(a, currency)} ('{c.exact}', per {_reporter(c, ctx.tol)})"
                             for a, c in group)
            out.append(_finding("conflicting_figures", [c for _, c in group],
                                f"One demand, {len(group)} figures: {said}."))
    return out


def one_figure(amounts: Sequence[tuple[float, str | None]]) -> bool:
    """Return whether amounts (each with its bound) are one figure: every two equal, or one of them "around" a round
    figure the other rounds to at its last digit ("around $5 billion" and "$4.7 billion": a figure told at two
    precisions, memo56f); a ceiling ("up to $5 billion") or a plain other figure is another figure.

    >>> one_figure([(4.7e9, None), (5e9, "approx")]), one_figure([(4.7e9, None), (5e9, "up_to")])
    (True, False)
    >>> one_figure([(4.7e9, None), (6e9, "approx")]), one_figure([(5e9, None), (5e9, None)])
    (False, True)

    An amount told again with its bound is one figure with itself, so each is compared once: a demand repeated
    thousands of times is not read in pairs (quadratic); a set of different amounts that are one figure is small
    (one amount with no hedge, and "around" figures one per precision), so the pairs read before a mismatch stay few.

    >>> one_figure([(5e9, None)] * 3 + [(4.7e9, None)] * 2 + [(5e9, "approx")]), one_figure([(5e9, None)] * 4)
    (False, True)
    """
    distinct = dict.fromkeys(amounts)  # the amounts in their first order, each (amount, bound) once
    return all(a == b or rounds_to(a, b, bound_b) or rounds_to(b, a, bound_a)
               for (a, bound_a), (b, bound_b) in itertools.combinations(distinct, 2))


def rounds_to(amount: float, hedged: float, bound: str | None) -> bool:
    """Return whether ``amount`` rounds to ``hedged``, an "around" figure, at its last significant digit.

    >>> rounds_to(4.7e9, 5e9, "approx"), rounds_to(4.4e9, 5e9, "approx"), rounds_to(4.7e9, 5e9, None)
    (True, False, False)
    """
    if bound != "approx" or hedged <= 0:
        return False
    unit = 10 ** math.floor(math.log10(hedged))
    while unit > 1 and abs(hedged / unit - round(hedged / unit)) > 1e-9:
        unit /= 10
    return abs(amount - hedged) <= unit / 2


#: How a demand's years may be found for it to join a cross-claim finding: in its own phrase or relative to it.
_OWN_YEARS = ("phrase", "relative", "previous")


def certain_demand(claim: Claim) -> bool:
    """Return whether a claim is a demand certain enough to join a finding: an actor bound, stated as a demand
    or a report (not a hypothetical, forecast or quotation), and a period from its own phrase or from the
    reported demands it matched.

    >>> f = Frame("demand", (2030,), "us-government", "demand", "publication")
    >>> certain_demand(Claim("c1", 0, 2, "$9", "amount", "unverifiable", "", frame=f))
    False
    >>> certain_demand(Claim("c1", 0, 2, "$9", "amount", "supported", "", rows=("demands:x",), frame=f))
    True
    """
    f = claim.frame
    if f is None or f.quantity != "demand" or f.actor is None or f.modality not in ("demand", "reported"):
        return False
    matched = claim.verdict == "supported" and any(r.startswith("demands:") for r in claim.rows)
    return matched or f.bound in _OWN_YEARS


def _demand_period(ctx: Context, claim: Claim) -> tuple[int, ...]:
    """Return the years a demand is for: those of the reported demands it matched (a remark of 2024 and the
    2019 ask for 2020 are two demands), else the years its frame names."""
    matched = claim.rows if claim.verdict == "supported" else ()
    ids = {r.split(":", 1)[1] for r in matched if r.startswith("demands:")}
    years = sorted({int(r.for_year) for r in ctx.t.index.rows("demands")
                    if r.demand_id in ids and not pd.isna(r.for_year)})
    return tuple(years) if years else claim.frame.years if claim.frame else ()


def _cross_findings(ctx: Context, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    """Return the findings across claims: one demand given as two figures, one person's remarks dated to
    different days (only dates whose own clause speaks of remarks), and dates that match no event."""
    out = _conflicting_demands(ctx, claims)
    by_actor: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "dated" and c.actor and c.remark:
            by_actor.setdefault(c.actor, []).append(c)
    for actor, group in by_actor.items():
        dates = {c.date for c in group}
        if len(dates) > 1:
            parts = "; ".join(f"'{c.exact}' = {c.date[0] if c.date else '?'} ({c.verdict})" for c in group)
            name = ctx.names.get(actor, actor)
            out.append(_finding("inconsistent_dating", group,
                                f"{name}'s remarks are dated to {len(dates)} different days: {parts}."))
    for c in claims:
        if c.kind == "dated" and c.verdict == "contradicted":
            out.append(_finding("date_matches_no_event", [c], c.evidence))
    return out


def claims_frame(report: CheckReport) -> pd.DataFrame:
    """Return the claims with their frames as a DataFrame (for the notebook's table of claims by verdict).

    >>> claims_frame(check_text("T\\n\\nSeoul paid 1.0389 trillion won in 2019.", "2019-11-16")).iloc[0].tolist()[3:7]
    ['sma_payment', '2019', 'rok-government', 'reported']
    """
    cols = ["id", "kind", "exact", "quantity", "years", "actor", "modality", "verdict", "evidence", "sources"]
    rows = []
    for c in report.claims:
        frame = c.frame.to_dict() if c.frame else {"quantity": None, "years": [], "actor": None, "modality": None}
        rows.append({**c.to_dict(), **frame, "years": years_text(frame["years"]) if frame["years"] else "",
                     "sources": "; ".join(c.sources)})
    return pd.DataFrame(rows, columns=cols)


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
    quotes = Cover((q.start, q.end) for q in report.annotation.spans if q.kind == "quote")
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
            status, note = "unchecked", _why_unchecked(report, s, quotes)
        rows.append({"exact": s.exact, "start": s.value.get("start"), "end": s.value.get("end"),
                     "form": s.value.get("form"), "status": status, "note": note})
    return pd.DataFrame(rows, columns=["exact", "start", "end", "form", "status", "note"])


def _why_unchecked(report: CheckReport, span: Span, quotes: Cover) -> str:
    """Say why a date was not checked against the events (``quotes``: the article's quotations)."""
    if span.value.get("start") is None:
        return f"unresolved: {span.value.get('unresolved', 'no date')}"
    start, end = dt.date.fromisoformat(span.value["start"]), dt.date.fromisoformat(span.value["end"])
    if quotes.covers(span.start, span.end):
        return "inside a quotation: the speaker's words, not the article's claim"
    days = (end - start).days + 1
    if days > report.tolerances.max_dated_days:
        return f"too coarse ({days} days) to tie to one event"
    if end > report.annotation.article.published:
        return "points after publication: a deadline or plan, not an event"
    return "no named person or organisation to tie it to"
