"""Annotate an article: spans (money, multipliers, percents, dates, names, quotes) and findings.

Light on purpose (regex and the csv module only; no pandas): the CLI imports it on every run.

>>> a = annotate("Title\\nNovember 16, 2019\\n\\nEsper urged Friday a fivefold rise, to $4.7 billion a year.")
>>> [(s.kind, s.exact) for s in a.spans]  # doctest: +NORMALIZE_WHITESPACE
[('date', 'November 16, 2019'), ('person', 'Esper'), ('date', 'Friday'), ('multiplier', 'fivefold'),
 ('money', '$4.7 billion a year')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
from collections.abc import Callable
from typing import Any

from analysis.article import Article, Segments, parse_article
from analysis.extract.amounts import find_money, find_multipliers, find_percents, implausible, names_currency
from analysis.extract.dates import find_dates
from analysis.extract.entities import find_entities, load_gazetteer
from analysis.extract.findings import find_findings
from analysis.extract.quotes import find_quotes
from analysis.extract.spans import FINDING_KINDS, KINDS, Annotation, Finding, Span

__all__ = ["FINDING_KINDS", "KINDS", "Annotation", "Finding", "Span", "annotate", "annotate_article"]

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Value keys that may point at another span as ("ref", kind, start, end); resolved to its id.
_REF_KEYS = ("equivalent_of",)


def annotate(text: str, published: dt.date | str | None = None, path: str | None = None) -> Annotation:
    """Return the Annotation of an article's text (``published`` overrides or supplies its date line).

    >>> a = annotate("T\\n\\nKim and Biegun met last month.", published="2019-11-16")
    >>> [(s.exact, s.value["start"]) for s in a.of_kind("date")], [f.kind for f in a.findings]
    ([('last month', '2019-10-01')], ['ambiguous_reference'])
    """
    return annotate_article(parse_article(text, published, path=path))


def annotate_article(article: Article) -> Annotation:
    """Return the Annotation of an already parsed Article (see ``analysis.article.read_article``).

    >>> from analysis.article import read_article
    >>> from analysis.paths import SEED_ARTICLE
    >>> a = annotate_article(read_article(SEED_ARTICLE))
    >>> sorted({f.kind for f in a.findings})  # doctest: +NORMALIZE_WHITESPACE
    ['ambiguous_reference', 'ambiguous_speaker', 'boilerplate', 'lost_referent', 'truncated_sentence',
     'unattributed_quote']
    """
    # The cyclic GC would rescan the growing heap of small dicts again and again (superlinear on
    # 10 MB inputs); nothing here makes cycles, so pause it while annotating.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _annotate(article)
    finally:
        if was_enabled:
            gc.enable()


_Drafts = dict[tuple[str, int, int], tuple[str, dict[str, Any]]]


def _annotate(article: Article) -> Annotation:
    """Return the Annotation of ``article``: every finder's spans, numbered in order, then the findings."""
    text, pub = article.text, article.published
    # The title line is annotated like a paragraph of the body (headlines carry figures).
    heads = [(article.title_span.start, article.title_span.end)] if article.title_span is not None else []
    stretches = [*heads, (article.body_start, len(text))]
    segs = article.paragraphs if isinstance(article.paragraphs, Segments) else Segments(article.paragraphs)
    paras = heads + list(segs.pairs())  # (start, end) made on access: no tuple per paragraph held
    # (kind, start, end) -> (exact, value); the first finder to claim a stretch keeps it
    drafts: _Drafts = {}
    add = drafts.setdefault
    in_one_paragraph = _paragraph_test(paras)
    _add_numbers(article, stretches, heads, in_one_paragraph, add)
    mentions = [m for m in find_entities(text, stretches, published=pub) if in_one_paragraph(m[0], m[1])]
    for s, e, x, k, v in mentions:
        add((k, s, e), (x, v))
    sents = article.sentences
    sent_pairs = sents.pairs() if isinstance(sents, Segments) else [(s.start, s.end) for s in sents]
    quotes = find_quotes(text, paras, mentions, heads + list(sent_pairs))
    del mentions
    for q in quotes:
        add(("quote", q.start, q.end), (q.exact, q.value))
    _drop_overlapping_years(drafts)
    spans, refs = _number_spans(drafts)
    del drafts
    span_at = _span_lookup(spans)
    for value, k, target in refs:  # a reference to a span that was dropped becomes None
        ref = span_at(*target)
        value[k] = ref.id if ref is not None else None
    g = load_gazetteer()
    names = {eid: e.name for eid, e in g.entities.items()}
    raw = find_findings(article, spans, quotes, span_at, names)
    raw += implausible(spans)
    raw.sort(key=lambda f: (f[1], f[2], f[0]))
    findings = tuple(Finding(f"f{i}", k, s, e, x, m, rel) for i, (k, s, e, x, m, rel) in enumerate(raw, start=1))
    return Annotation(article=article, spans=tuple(spans), findings=findings)


def _paragraph_test(paras: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether ``start``-``end`` lies inside one of the (sorted) paragraphs.

    >>> inside = _paragraph_test([(0, 10), (12, 20)])
    >>> inside(2, 9), inside(8, 14), inside(12, 20)
    (True, False, True)
    """
    para_starts = [p[0] for p in paras]
    para_ends = [p[1] for p in paras]

    def in_one_paragraph(s: int, e: int) -> bool:
        i = bisect.bisect_right(para_starts, s) - 1
        return i >= 0 and e <= para_ends[i]

    return in_one_paragraph


def _add_numbers(article: Article, stretches: list[tuple[int, int]], heads: list[tuple[int, int]],
                 in_one_paragraph: Callable[[int, int], bool], add: Callable[..., Any]) -> None:
    """Add the money, multiplier, percent and date drafts of the title and body (and of the date line)."""
    text, pub = article.text, article.published
    # Each finder runs once over the title and once over the whole body (fast); a match that straddles
    # two paragraphs is dropped.
    bare = names_currency(text, stretches[0][0])
    # Amounts in a title-case headline ("$10 Billion a Year") are read with its words in lower case.
    lowered = {a: _lower_title_case(text[a:b]) for a, b in heads}
    for kind, finder in (
        ("money", lambda t, a, b: find_money(t, a, b, bare=bare)),
        ("multiplier", find_multipliers),
        ("percent", find_percents),
        ("date", lambda t, a, b: find_dates(t, pub, a, b)),
    ):  # one finder's list at a time (a 100 MB text makes big lists)
        for a, b in stretches:
            head = lowered.get(a) if kind != "date" else None
            if head is None:
                found = finder(text, a, b)
            else:  # offsets in the lowered title, moved to the text's
                found = [(s + a, e + a, x, v) for s, e, x, v in finder(head, 0, b - a)]
            for s, e, _, v in found:
                if in_one_paragraph(s, e):
                    add((kind, s, e), (text[s:e], v))
    if article.date_span is not None:
        for s, e, x, v in find_dates(text, pub, article.date_span.start, article.date_span.end):
            add(("date", s, e), (x, v))


def _number_spans(drafts: _Drafts) -> tuple[list[Span], list[tuple[dict[str, Any], str, tuple[Any, ...]]]]:
    """Return the drafts as Spans numbered in text order (emptying ``drafts``), and the references to resolve.

    >>> spans, refs = _number_spans({("money", 5, 9): ("$1bn", {"amount": 1e9}), ("date", 0, 4): ("2019", {})})
    >>> [(s.id, s.kind) for s in spans], refs
    ([('a1', 'date'), ('a2', 'money')], [])
    """
    order = sorted(drafts, key=lambda k: (k[1], -k[2], _KIND_ORDER[k[0]]))
    spans: list[Span] = []
    refs: list[tuple[dict[str, Any], str, tuple[Any, ...]]] = []
    shared: dict[Any, Any] = {}  # equal exacts and values are stored once (a million "$1 billion" share one)
    for i, key in enumerate(order, start=1):
        exact, value = drafts.pop(key)  # the value dicts are fresh, made for this span: kept, not copied
        for k in _REF_KEYS:
            v = value.get(k)
            if isinstance(v, tuple) and v and v[0] == "ref":
                refs.append((value, k, tuple(v[1:])))
                break
        else:
            value = _shared_value(value, shared)
        spans.append(Span(f"a{i}", key[0], key[1], key[2], shared.setdefault(exact, exact), value))
    return spans, refs


def _span_lookup(spans: list[Span]) -> Callable[[str, int, int], Span | None]:
    """Return a lookup of the span of a kind at exactly ``start``-``end`` among ``spans`` (sorted by start).

    >>> at = _span_lookup([Span("a1", "money", 0, 4, "$1bn", {})])
    >>> at("money", 0, 4).id, at("date", 0, 4)
    ('a1', None)
    """
    starts = [s.start for s in spans]

    def span_at(kind: str, start: int, end: int) -> Span | None:
        i = bisect.bisect_left(starts, start)
        while i < len(spans) and spans[i].start == start:
            if spans[i].kind == kind and spans[i].end == end:
                return spans[i]
            i += 1
        return None

    return span_at


def _lower_title_case(title: str) -> str:
    """Return ``title`` with its title-case words in lower case (same length, so offsets hold).

    >>> _lower_title_case("Seoul to Pay $10 Billion a Year, US Says")
    'seoul to pay $10 billion a year, US says'
    """
    return _TITLE_WORD.sub(lambda m: m.group().lower(), title)


def _shared_value(value: dict[str, Any], shared: dict[Any, Any]) -> dict[str, Any]:
    """Return an equal value dict already seen (stored once), else ``value``; a value holding a list is kept as is.

    >>> shared = {}
    >>> _shared_value({"amount": 1.0}, shared) is _shared_value({"amount": 1.0}, shared)
    True
    """
    try:
        key = ("value", *value.items())
        return shared.setdefault(key, value)
    except TypeError:  # unhashable: a list of candidates
        return value


def _drop_overlapping_years(drafts: dict[tuple[str, int, int], tuple[str, dict[str, Any]]]) -> None:
    """A date that overlaps an amount (a number read as a year) is dropped."""
    amounts = sorted((s, e) for k, s, e in drafts if k in {"money", "percent", "multiplier"})
    if not amounts:
        return
    starts = [a[0] for a in amounts]
    for key in [k for k in drafts if k[0] == "date"]:
        _, s, e = key
        i = bisect.bisect_right(starts, e) - 1
        while i >= 0 and amounts[i][1] > s:
            if amounts[i][0] < e:
                del drafts[key]
                break
            i -= 1
            if i >= 0 and amounts[i][1] <= s and starts[i] < s - 200:
                break
