"""Annotate an article: spans (money, multipliers, percents, counts of troops, dates, names, quotes) and findings.

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
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from typing import Any

from analysis import lazyre as re
from analysis.article import Article, Columns, Segments, parse_article
from analysis.extract.amounts import TRIGGER_LITERALS as _AMOUNT_LITERALS
from analysis.extract.amounts import find_money, find_multipliers, find_percents, implausible_in, names_currency
from analysis.extract.counts import TRIGGER_LITERALS as _COUNT_LITERALS
from analysis.extract.counts import find_counts
from analysis.extract.dates import TRIGGER_LITERALS as _DATE_LITERALS
from analysis.extract.dates import cased_months, find_dates, headline_days
from analysis.extract.entities import find_entities, load_gazetteer
from analysis.extract.findings import find_findings
from analysis.extract.quote_finder import find_quotes
from analysis.extract.quotes import Mention
from analysis.extract.scan import share_places
from analysis.extract.spans import FINDING_KINDS, KINDS, Annotation, Finding, Found, Span, SpanTable, shared

__all__ = ["FINDING_KINDS", "KINDS", "Annotation", "Finding", "Span", "SpanTable", "annotate", "annotate_article",
           "names_and_quotes", "quote_spans"]

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# The literals of the dates', amounts' and counts' triggers: found in one pass over a long body (``scan.share_places``)
# that the dates read and the amount finders' pieces (``_in_pieces``) are cut from, not a ``str.find`` pass for each
# literal each (speed58)
_SHARED_LITERALS = _AMOUNT_LITERALS | _COUNT_LITERALS | _DATE_LITERALS
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
    # The cyclic collector is paused while one article is annotated (and only then): what annotate builds holds no
    # reference cycles (at 10 MB its collections free nothing), yet each full collection walks every list of matches
    # alive, so their cost grows with the article: 8 % of the CPU at 10 MB (benchmarks/bench_gc.py, 2026-11-29).
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _annotate(article)
    finally:
        if paused:
            gc.enable()


def _annotate(article: Article) -> Annotation:
    """Return the Annotation of a parsed Article (see ``annotate_article``)."""
    heads, paras = _heads_and_paragraphs(article)
    stretches = [*heads, (article.body_start, len(article.text))]
    drafts = _Drafts(article.text)  # the first finder to claim a (kind, start, end) keeps it
    in_one_paragraph = _paragraph_test(paras)
    _add_numbers(article, stretches, heads, in_one_paragraph, drafts.add)
    quotes = _add_names_and_quotes(article, heads, paras, drafts, in_one_paragraph)
    table = drafts.table()
    del drafts

    def span_at(kind: str, start: int, end: int) -> Span | None:
        i = table.index_at(kind, start, end)
        return None if i is None else table.row(i)  # a valid index: no bounds test (a call a quote)

    names = load_gazetteer().names
    raw = find_findings(article, table, quotes, span_at, names)
    raw += implausible_in(table)
    raw.sort(key=lambda f: (f.start, f.end, f.kind))
    findings = tuple(Finding(f"f{i}", d.kind, d.start, d.end, article.as_read(d.start, d.end, d.exact), d.message,
                             d.related) for i, d in enumerate(raw, start=1))  # fmt: skip
    return Annotation(article=article, table=table, findings=findings)


def _heads_and_paragraphs(article: Article) -> tuple[list[tuple[int, int]], _Joined]:
    """Return the title line's (start, end), if any, and the paragraphs' (start, end), the title line first: it is
    annotated like a paragraph of the body (headlines carry figures)."""
    heads = [(article.title_span.start, article.title_span.end)] if article.title_span is not None else []
    return heads, _Joined(heads, _pairs(article.paragraphs))  # (start, end) made on access: no tuple per paragraph


def _add_names_and_quotes(article: Article, heads: list[tuple[int, int]], paras: Sequence[tuple[int, int]],
                          drafts: _Drafts, in_one_paragraph: Callable[[int, int], bool]) -> list[Any]:
    """Add the name drafts (people, organisations, places, agreements) and then the quote drafts of the title and
    body; return the quotes (the finder's, for the findings). Nothing here reads the number or date drafts."""
    text = article.text
    first_mention = len(drafts)
    for s, e, x, k, v in find_entities(text, [*heads, (article.body_start, len(text))], published=article.published):
        if in_one_paragraph(s, e):
            drafts.add(k, s, e, x, v)
    # the quote finder reads the mentions from the drafts' columns (no second list of them is kept)
    quotes = find_quotes(text, paras, _Mentions(drafts, first_mention), _Joined(heads, _pairs(article.sentences)))
    for q in quotes:
        drafts.add("quote", q.start, q.end, q.exact, q.value)
    return quotes


def quote_spans(text: str, published: dt.date | str | None = None) -> list[Span]:
    """Return the quote spans ``annotate`` gives of ``text`` (the same start, end, exact and value; their ids count
    only names and quotes), without reading numbers or dates or making findings: for a reader of quotes alone
    (tests/test_quote_spans71.py compares the two on the dev corpus).

    >>> [(q.exact, q.value["speaker_name"]) for q in quote_spans("T\\n\\n“We pay,” Mark Esper said.", "2019-11-16")]
    [('“We pay,”', 'Mark Esper')]
    """
    return [s for s in names_and_quotes(parse_article(text, published)) if s.kind == "quote"]


def names_and_quotes(article: Article) -> tuple[Span, ...]:
    """Return the spans ``annotate_article`` gives of the names (people, organisations, places, agreements) and quotes
    of ``article`` (the same start, end, exact and value; their ids count only these), without numbers, dates or
    findings, which the two do not read: for a reader of speakers and people alone (tests/test_quote_spans71.py
    compares the two on the dev corpus).

    >>> a = parse_article("T\\n\\n“We pay $5 billion,” Mark Esper said on Friday.", "2019-11-16")
    >>> [(s.kind, s.exact) for s in names_and_quotes(a)]
    [('quote', '“We pay $5 billion,”'), ('person', 'Mark Esper')]
    """
    heads, paras = _heads_and_paragraphs(article)
    drafts = _Drafts(article.text)
    _add_names_and_quotes(article, heads, paras, drafts, _paragraph_test(paras))
    return tuple(drafts.table())


def _pairs(segments: Sequence[Any]) -> Sequence[tuple[int, int]]:
    """Return ``(start, end)`` of each segment: a view made on access for Segments, else a list.

    >>> from analysis.article import Segment
    >>> list(_pairs([Segment(0, 2, 0)])), _pairs(Segments([Segment(0, 2, 0)]))[0]
    ([(0, 2)], (0, 2))
    """
    return segments.pairs() if isinstance(segments, Segments) else [(s.start, s.end) for s in segments]


class _Joined(Columns):
    """The title's ``(start, end)`` (if any) then the body's pairs, read as one sequence without copying them.

    >>> j = _Joined([(0, 5)], [(7, 9), (11, 20)])
    >>> len(j), j[0], j[2], list(j.starts), j[-1]
    (3, (0, 5), (11, 20), [0, 7, 11], (11, 20))
    """

    def __init__(self, heads: list[tuple[int, int]], rest: Sequence[tuple[int, int]]) -> None:
        self.heads, self.rest = heads, rest

    def __len__(self) -> int:
        return len(self.heads) + len(self.rest)

    def row(self, i: int) -> tuple[int, int]:
        """Return the ``(start, end)`` at index ``i``."""
        return self.heads[i] if i < len(self.heads) else self.rest[i - len(self.heads)]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        yield from self.heads
        yield from self.rest

    @property
    def starts(self) -> Sequence[int]:
        """Return the starts, in order (an array of ints)."""
        return array("q", (s for s, _ in self))

    @property
    def ends(self) -> Sequence[int]:
        """Return the ends, in order (an array of ints)."""
        return array("q", (e for _, e in self))


def _paragraph_test(paras: _Joined) -> Callable[[int, int], bool]:
    """Return a test of whether ``start``-``end`` lies inside one of the (sorted) paragraphs.

    >>> inside = _paragraph_test(_Joined([], [(0, 10), (12, 20)]))
    >>> inside(2, 9), inside(8, 14), inside(12, 20)
    (True, False, True)
    """
    para_starts, para_ends = paras.starts, paras.ends  # arrays: 8 bytes a paragraph

    def in_one_paragraph(s: int, e: int) -> bool:
        i = bisect.bisect_right(para_starts, s) - 1
        return i >= 0 and e <= para_ends[i]

    return in_one_paragraph


def _add_numbers(article: Article, stretches: list[tuple[int, int]], heads: list[tuple[int, int]],
                 in_one_paragraph: Callable[[int, int], bool], add: Callable[..., Any]) -> None:
    """Add the money, multiplier, percent, count and date drafts of the title and body (and of the date line)."""
    text, pub = article.text, article.published
    # Each finder runs once over the title and once over the body (amounts: over pieces of it, see _pieces);
    # a match that straddles two paragraphs is dropped.
    bare = names_currency(text, stretches[0][0])
    # Amounts in a title-case headline ("$10 Billion a Year") are read with its words in lower case.
    lowered = {a: _lower_title_case(text[a:b]) for a, b in heads}
    cased = cased_months(text)  # one pass over the whole text for the date finder's four reads of it
    # the body read once for the date finder's and the amount finders' literals, each piece's cut from it (speed54,
    # speed58: one pass, not one for the dates and one a piece)
    share_places(text, _SHARED_LITERALS)
    try:
        dates = {h: find_dates(text, pub, *h, headline=True, cased=cased) for h in heads}  # line 1: the headline
        lead = [f for h in heads for f in dates[h]]  # its news day: the body's "that day" with none before it counts
        breaks = article.paragraph_break  # a body pasted one line a paragraph is parted at every line break
        dates |= {(a, b): find_dates(text, pub, a, b, lead=lead, cased=cased, breaks=breaks)
                  for a, b in stretches if (a, b) not in dates}
        for h in heads:  # a headline weekday the body names again: the body's reading
            dates[h] = headline_days(dates[h], dates[stretches[-1]], text)
        for kind, finder in (
            ("money", lambda t, a, b: find_money(t, a, b, bare=bare)),
            ("multiplier", find_multipliers),
            ("percent", find_percents),
            ("count", find_counts),
            ("date", lambda t, a, b: dates[(a, b)]),
        ):  # one finder's list at a time
            for a, b in stretches:
                head = lowered.get(a) if kind != "date" else None
                if head is not None:  # offsets in the lowered title, moved to the text's
                    found: Iterable[Any] = [(s + a, e + a, x, v) for s, e, x, v in finder(head, 0, b - a)]
                elif kind == "date":  # dates read the body's first line (a dateline): one pass
                    found = finder(text, a, b)
                else:
                    found = _in_pieces(finder, text, a, b, article.paragraphs)
                for s, e, _, v in found:
                    if in_one_paragraph(s, e):
                        add(kind, s, e, None, v)
    finally:
        share_places(None)
    if article.date_span is not None:
        for s, e, x, v in find_dates(text, pub, article.date_span.start, article.date_span.end, cased=cased):
            add("date", s, e, x, v)
    if article.byline_span is not None:  # a date printed in the byline ("By ... | Aug 22, 2025"), not a name
        for s, e, x, v in find_dates(text, pub, article.byline_span.start, article.byline_span.end, cased=cased):
            if v["form"] == "absolute":
                add("date", s, e, x, v)


_PIECE = 1 << 18  # characters an amount finder reads at once: its lists of matches stay small
_REACH = 4096  # longer than any amount: a piece is read this far past its cut, for a match that straddles it


def _in_pieces(finder: Callable[[str, int, int], list[Found]], text: str, a: int, b: int,
               paragraphs: Sequence[Any]) -> Iterator[Found]:
    """Yield ``finder``'s matches in ``text[a:b]``, reading it in pieces of about 256 KB (bounded memory).

    A piece ends at a paragraph break (a match never straddles one); a paragraph longer than a piece is cut
    anywhere, read ``_REACH`` past the cut, and the next piece starts after the last match kept. An article
    under 256 KB is one piece: the finder reads it exactly as a whole.

    >>> from analysis.extract.amounts import find_money
    >>> t = "$1 billion " * 24_000  # 264,000 characters: two pieces, the cut inside the one paragraph
    >>> [(m.start, m.end) for m in _in_pieces(find_money, t, 0, len(t), [])][-1] == (len(t) - 11, len(t) - 1)
    True
    """
    starts = paragraphs.starts if isinstance(paragraphs, Segments) else [p.start for p in paragraphs]
    x = a
    while x < b:
        cut, whole = b, True
        if x + _PIECE < b:
            i = bisect.bisect_right(starts, x + _PIECE) - 1
            cut, whole = (starts[i], True) if i >= 0 and starts[i] > x else (x + _PIECE, False)
        last = cut
        for m in finder(text, x, cut if whole else min(b, cut + _REACH)):
            if m.start < cut:
                last = max(last, m.end)
                yield m
        x = last


class _Drafts:
    """Draft spans as columns (kind code, start, end, value), numbered in text order by ``table``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.kinds, self.starts, self.ends = array("b"), array("i"), array("i")
        self.values: list[dict[str, Any]] = []
        self.exacts: dict[int, str] = {}  # row -> exact, where it is not text[start:end]
        self.refs: list[tuple[dict[str, Any], str, tuple[Any, ...]]] = []
        self.shared: dict[Any, dict[str, Any]] = {}  # equal values stored once (a million "$1 billion" share one)

    def add(self, kind: str, start: int, end: int, exact: str | None, value: dict[str, Any]) -> None:
        """Add a draft (``exact`` None: ``text[start:end]``); the value dict is the finder's own, kept not copied."""
        if exact is not None and exact != self.text[start:end]:
            self.exacts[len(self.starts)] = exact
        self.kinds.append(_KIND_ORDER[kind])
        self.starts.append(start)
        self.ends.append(end)
        for k in _REF_KEYS:
            v = value.get(k)
            if isinstance(v, tuple) and v and v[0] == "ref":
                self.refs.append((value, k, tuple(v[1:])))
                break
        else:
            value = shared(value, self.shared)
        self.values.append(value)

    def __len__(self) -> int:
        return len(self.starts)

    def table(self) -> SpanTable:
        """Return the drafts as a SpanTable in text order (start, longest first, kind), the first of equal ones kept,
        dates read inside an amount dropped, references resolved to ids (None when their span was dropped).

        >>> d = _Drafts("$1bn in 2019")
        >>> d.add("date", 8, 12, None, {}); d.add("money", 0, 4, None, {"amount": 1e9}); d.add("date", 8, 12, None, {})
        >>> [(s.id, s.kind, s.exact) for s in d.table()]
        [('a1', 'money', '$1bn'), ('a2', 'date', '2019')]
        """
        self.shared.clear()
        rows = _drop_years_in_amounts(self, self._ordered_rows())
        exacts = [self.exacts.get(r) for r in rows] if self.exacts else None
        table = SpanTable(self.text, _picked(self.kinds, rows), _picked(self.starts, rows),
                          _picked(self.ends, rows), list(map(self.values.__getitem__, rows)), exacts)  # fmt: skip
        for value, k, target in self.refs:
            i = table.index_at(*target)
            value[k] = None if i is None else f"a{i + 1}"
        return table

    def _ordered_rows(self) -> array:
        """Return the rows by (start, longest first, kind order, first added), each (kind, start, end) once."""
        # One integer a row (start | ~end | kind), the rows sorted by it (stable: the first added first, and kept).
        keys = [(s << 36) | ((0xFFFFFFFF - e) << 4) | k
                for s, e, k in zip(self.starts, self.ends, self.kinds, strict=True)]
        rows = array("i")
        last = -1
        for r in sorted(range(len(keys)), key=keys.__getitem__):
            if keys[r] != last:
                rows.append(r)
                last = keys[r]
        return rows


def _picked(column: array, rows: Sequence[int]) -> array:
    """Return the items of ``column`` at ``rows``, in that order, as an array of its type (gathered in C).

    >>> _picked(array("i", [5, 6, 7]), [2, 0])
    array('i', [7, 5])
    """
    return array(column.typecode, map(column.__getitem__, rows))


class _Mentions(Columns):
    """The drafts from row ``first`` on (the entity mentions) as Mentions ``(start, end, exact, kind, value)``, each
    made on access from the columns (equal texts made once).

    >>> d = _Drafts("Kim met Bo")
    >>> d.add("date", 8, 10, None, {}); d.add("person", 0, 3, "Kim", {"id": None})
    >>> list(_Mentions(d, 1)), len(_Mentions(d, 1))
    ([Mention(start=0, end=3, exact='Kim', kind='person', value={'id': None})], 1)
    """

    def __init__(self, drafts: _Drafts, first: int) -> None:
        self.drafts, self.first = drafts, first
        self.texts: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.drafts) - self.first

    def row(self, i: int) -> Mention:
        """Return the mention at index ``i``."""
        return self._mention(self.first + i)

    def __iter__(self) -> Iterator[Mention]:
        return map(self._mention, range(self.first, len(self.drafts)))

    def _mention(self, r: int) -> Mention:
        d = self.drafts
        s, e = d.starts[r], d.ends[r]
        x = d.exacts.get(r)
        x = d.text[s:e] if x is None else x
        return Mention(s, e, self.texts.setdefault(x, x), KINDS[d.kinds[r]], d.values[r])


def _lower_title_case(title: str) -> str:
    """Return ``title`` with its title-case words in lower case (same length, so offsets hold).

    >>> _lower_title_case("Seoul to Pay $10 Billion a Year, US Says")
    'seoul to pay $10 billion a year, US says'
    """
    return TITLE_WORD.sub(lambda m: m.group().lower(), title)


def _drop_years_in_amounts(d: _Drafts, rows: array) -> array:
    """Return ``rows`` (in text order) without the dates that overlap an amount (a number read as a year).

    Only the amount and date rows are read (their indices in ``rows``, found first): the other rows are all kept.

    >>> d = _Drafts("$2019 in 2019")
    >>> d.add("date", 1, 5, None, {}); d.add("money", 0, 5, None, {}); d.add("date", 9, 13, None, {})
    >>> list(_drop_years_in_amounts(d, d._ordered_rows()))
    [1, 2]
    """
    amount = {_KIND_ORDER[k] for k in ("money", "percent", "multiplier", "count")}
    date = _KIND_ORDER["date"]
    kinds, starts, ends = d.kinds, d.starts, d.ends
    wanted = amount | {date}
    read = list(compress(range(len(rows)), map(wanted.__contains__, map(kinds.__getitem__, rows))))  # in C
    dropped = set()
    reach = -1  # the furthest end of the amounts that start before this row
    for x, j in enumerate(read):
        r = rows[j]
        k, s, e = kinds[r], starts[r], ends[r]
        if k == date and (reach > s or _amount_starts_before(d, rows, read, x + 1, e, amount)):
            dropped.add(j)
        elif k in amount:
            reach = max(reach, e)
    if not dropped:
        return array("i", rows)
    return array("i", (r for j, r in enumerate(rows) if j not in dropped))


def _amount_starts_before(d: _Drafts, rows: array, read: list[int], x: int, end: int, amount: set[int]) -> bool:
    """Return whether one of the rows at ``read[x:]`` (indices in ``rows``, in text order) is an amount starting
    before ``end``."""
    while x < len(read) and d.starts[rows[read[x]]] < end:
        if d.kinds[rows[read[x]]] in amount:
            return True
        x += 1
    return False
