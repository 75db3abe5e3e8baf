"""HTML for the annotated article, claim cards and tables, through Jinja2 templates with autoescape.

Everything taken from an article (its text, quotes, names) reaches HTML only through the templates
in ``analysis/templates/fragments``, whose environment escapes every value, so a hostile article
renders as inert text. Each fragment carries the house CSS (``templates/sma_report/house.css``,
the one CSS file), so it reads the same in JupyterLab, light or dark theme, and in the report.

Spans and findings are the dicts of the annotator's JSON contract (``start``, ``end``, ``kind``,
``exact``, ``value``; findings add ``message`` and ``related``).

>>> text = 'He paid $5 <b>.'
>>> html = article_html(text, [{"id": "m1", "kind": "money", "start": 8, "end": 10, "exact": "$5",
...                              "value": {"amount": 5.0, "currency": "USD"}}])
>>> "&lt;b&gt;" in html and "<b>" not in html
True
>>> 'title="money: 5 USD"' in html
True

The colours live in the one CSS file; the constants below name them for tests and charts:

>>> css = (TEMPLATES / "sma_report" / "house.css").read_text(encoding="utf-8")
>>> all(f".k-{k} {{ background: {c}; }}" in css for k, c in KIND_COLOURS.items() if k != "quote")
True
>>> all(f".sma-badge.v-{v} {{ background: {c}; }}" in css for v, c in VERDICT_COLOURS.items())
True
"""

from __future__ import annotations

import bisect
import itertools
import numbers
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.article import split_paragraphs
from analysis.extract.spans import Cover
from analysis.views import cell_text, describe_value, frame_label, is_blank, shorten

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Highlight colour per span kind (background; the text on it is MARK_TEXT) — shown in the legend.
KIND_COLOURS = {
    "money": "#ffe08a",
    "multiplier": "#ffc6a8",
    "percent": "#f7b2c8",
    "date": "#b8e0ff",
    "person": "#c8f0c0",
    "org": "#d9d2ff",
    "place": "#c9f2ee",
    "agreement": "#e9d8b4",
    "quote": "#eeeeee",
    "count": "#d4ecc0",
}
MARK_TEXT = "#1a1a1a"
#: Verdict colour: badge background under white text, and the underline of a claim in the article.
VERDICT_COLOURS = {"supported": "#1a7f37", "contradicted": "#b3261e", "misleading": "#9a4000",
                   "unverifiable": "#5c6570", "not_checkable": "#5c6570"}


def contrast_ratio(foreground: str, background: str) -> float:
    """Return the WCAG 2 contrast ratio of two ``#rrggbb`` colours (AA asks 4.5 for body text).

    >>> round(contrast_ratio("#000000", "#ffffff"), 1)
    21.0
    >>> all(contrast_ratio("#ffffff", c) >= 4.5 for c in VERDICT_COLOURS.values())
    True
    >>> all(contrast_ratio(MARK_TEXT, c) >= 4.5 for c in KIND_COLOURS.values())
    True
    """
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@cache
def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(TEMPLATES / "fragments"), str(TEMPLATES / "sma_report")]),
        autoescape=True, trim_blocks=False, lstrip_blocks=False, undefined=jinja2.StrictUndefined,
    )


def fragment(template: str, **values: Any) -> Html:
    """Return the fragment ``template`` (a file in templates/fragments) rendered with ``values``, escaped.

    >>> print(fragment("sentence.html.j2", text="<i>x</i>"))
    <p class="sma-answer">&lt;i&gt;x&lt;/i&gt;</p>
    """
    return Html(_env().get_template(template).render(**values).strip() + "\n")


class Html(str):
    """An HTML fragment that Jupyter displays as HTML and nbval compares as a short, stable text."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"<HTML fragment, {len(self):,} characters>"


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph, as the annotator splits them (blank lines, in any line-end style).

    >>> _paragraph_bounds("a\\n\\nb c\\n"), _paragraph_bounds("a\\r\\n\\r\\nb c\\r\\n \\r\\nd")
    ([(0, 1), (3, 6)], [(0, 1), (5, 8), (13, 14)])
    """
    return [(p.start, p.end) for p in split_paragraphs(text)]


@dataclass(frozen=True)
class ClaimRef:
    """Where a claim is, for the links between the article and the claim cards."""

    claim: str  # claim id: the card is #claim-<id>
    number: int  # counted from 1 in the report's order
    verdict: str
    span: str = ""  # the claim's first span: the highlight is #span-<id>


def _piece(text: str, a: int, b: int, covering: list[Mapping[str, Any]], info: dict[str, dict[str, Any]],
           refs: Mapping[str, ClaimRef]) -> dict[str, Any]:
    """Return one stretch of a paragraph: its lines, the marks covering it (outermost first), claim links."""
    marks = []
    for s in covering:
        sid = str(s.get("id", ""))
        mark = info[sid] if sid in info else {"classes": [f"k-{s['kind']}"], "title": describe_value(s["kind"],
                                                                                                  s.get("value"))}
        anchor = f"span-{sid}" if sid in refs and s["start"] == a else ""
        marks.append({**mark, "span": sid, "anchor": anchor})
    ends_here = [refs[str(s.get("id", ""))] for s in covering if s["end"] == b and str(s.get("id", "")) in refs]
    return {"lines": text[a:b].split("\n"), "marks": marks, "refs": ends_here}


def _coverings(inside: list[Mapping[str, Any]], cuts: list[int]) -> Iterable[tuple[int, int, list[Any]]]:
    """Yield each stretch between two cuts with the spans covering it, outermost first, in one sweep.

    ``cuts`` are a paragraph's bounds and every edge of the spans ``inside`` it, sorted; a span
    covers a stretch from the cut where it opens to the cut where it closes (both clamped to the
    paragraph), so no stretch reads the paragraph's other spans.

    >>> spans = [{"start": 0, "end": 9, "n": "outer"}, {"start": 2, "end": 4, "n": "inner"}]
    >>> [(a, b, [s["n"] for s in c]) for a, b, c in _coverings(spans, [0, 2, 4, 9])]
    [(0, 2, ['outer']), (2, 4, ['outer', 'inner']), (4, 9, ['outer'])]
    """
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for i, s in enumerate(inside):
        opening.setdefault(max(cuts[0], s["start"]), []).append(i)
        closing.setdefault(min(cuts[-1], s["end"]), []).append(i)
    active: dict[int, Mapping[str, Any]] = {}
    for a, b in itertools.pairwise(cuts):
        for i in closing.get(a, ()):
            active.pop(i, None)
        for i in opening.get(a, ()):
            active[i] = inside[i]
        yield a, b, sorted(active.values(), key=lambda s: (s["start"], -s["end"]))


def _mark_info(spans: list[Mapping[str, Any]], flagged: Cover, verdicts: Mapping[str, str],
               notes: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """Return, per span id, the classes and hover title of its highlight."""
    out = {}
    for s in spans:
        sid = str(s.get("id", ""))
        title = describe_value(s["kind"], s.get("value"))
        classes = [f"k-{s['kind']}"]
        if sid in verdicts:
            classes.append(f"v-{verdicts[sid]}")
            title += f" | verdict: {verdicts[sid]}"
        if sid in notes:
            title += f" | {notes[sid]}"
        if s["kind"] == "quote" and flagged.covers(s["start"], s["end"]):
            classes.append("finding")
        out[sid] = {"classes": classes, "title": title}
    return out


def article_html(text: str, spans: Iterable[Mapping[str, Any]], findings: Iterable[Mapping[str, Any]] = (),
                 verdicts: Mapping[str, str] | None = None, notes: Mapping[str, str] | None = None,
                 refs: Mapping[str, ClaimRef] | None = None) -> Html:
    """Return the article as HTML paragraphs with every span highlighted and titled.

    ``verdicts`` maps span id -> verdict, ``notes`` maps span id -> a line of evidence; both are
    added to the span's hover title. ``refs`` maps span id -> its claim: the highlight gets the id
    ``span-<id>`` and a numbered link to ``#claim-<claim id>`` after it. Overlapping spans nest: each
    stretch of text is wrapped in one ``<mark>`` per span covering it, so the markup stays well-formed.

    >>> ref = ClaimRef("c1", 1, "supported", "m1")
    >>> html = article_html("Paid $5.", [{"id": "m1", "kind": "date", "start": 5, "end": 7}], refs={"m1": ref})
    >>> 'id="span-m1"' in html and 'href="#claim-c1"' in html
    True
    """
    refs = dict(refs or {})
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    flagged = Cover((f["start"], f["end"]) for f in findings if f.get("end", 0) > f.get("start", 0))
    info = _mark_info(spans, flagged, dict(verdicts or {}), dict(notes or {}))
    bounds = _paragraph_bounds(text)
    starts = [b[0] for b in bounds]
    by_paragraph: list[list[Mapping[str, Any]]] = [[] for _ in bounds]
    for s in spans:  # each span goes to the paragraphs it touches: no scan of all spans per paragraph
        first = max(0, bisect.bisect_right(starts, s["start"]) - 1)
        for i in range(first, bisect.bisect_left(starts, s["end"])):
            if s["start"] < bounds[i][1] and s["end"] > bounds[i][0]:
                by_paragraph[i].append(s)
    paragraphs = []
    for (p_start, p_end), inside in zip(bounds, by_paragraph, strict=True):
        edges = (max(p_start, min(p_end, x)) for s in inside for x in (s["start"], s["end"]))
        cuts = sorted({p_start, p_end, *edges})
        paragraphs.append([_piece(text, a, b, covering, info, refs) for a, b, covering in _coverings(inside, cuts)])
    return fragment("article.html.j2", kinds=list(KIND_COLOURS), paragraphs=paragraphs)


_NUMBER = re.compile(r"[-+−]?[$₩]?\d[\d,]*(?:\.\d+)?(?: ?[%x×])?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?: to \d{4}-\d{2}-\d{2})?")


def _is_number(value: Any) -> bool:
    """Return True for a number or text that is one number ("1,038.9", "-8.9%", "5.3x"); "—" counts as blank.

    >>> [_is_number(v) for v in (3, 2.5, "1,038.9", "-8.9%", "2019-11-15", "abc", True)]
    [True, True, True, True, False, False, False]
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, numbers.Number):
        return True
    return isinstance(value, str) and _NUMBER.fullmatch(value.strip()) is not None


def table_html(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], caption: str = "",
               label: str = "") -> Html:
    """Return rows as an escaped HTML table: text left-aligned, number columns right-aligned, verdicts as badges.

    The table sits in a scrolling region (keyboard-focusable) so a narrow screen scrolls it, not the page.

    >>> out = table_html([{"a": "<x>", "n": "1,038.9", "d": "2019-11-15", "verdict": "supported"}],
    ...                  ["a", "n", "d", "verdict"])
    >>> "<td>&lt;x&gt;</td>" in out, '<td class="num">1,038.9</td>' in out, "sma-badge v-supported" in out
    (True, True, True)
    >>> '<td class="date">2019-11-15</td>' in out
    True
    """
    rows = list(rows)
    numeric = {c: _column_is(rows, c, _is_number) for c in columns}
    dated = {c: _column_is(rows, c, lambda v: isinstance(v, str) and _DATE.fullmatch(v.strip()) is not None)
             for c in columns}
    body = [[{"text": cell_text(r.get(c)), "num": numeric[c], "date": dated[c],
              "verdict": r.get(c) if c == "verdict" and r.get(c) in VERDICT_COLOURS else ""} for c in columns]
            for r in rows]
    return fragment("table.html.j2", caption=caption, label=label or ", ".join(columns),
                    columns=[{"name": c, "num": numeric[c], "date": dated[c]} for c in columns], rows=body)


def _column_is(rows: list[Mapping[str, Any]], column: str, test: Any) -> bool:
    """Return True if ``column`` has a value and every non-blank value passes ``test``.

    >>> _column_is([{"a": "1"}, {"a": "—"}], "a", _is_number), _column_is([{"a": "—"}], "a", _is_number)
    (True, False)
    """
    return any(not is_blank(r.get(column)) for r in rows) and all(is_blank(r.get(column)) or test(r.get(column))
                                                                for r in rows)


def frame(df: Any, caption: str = "") -> Html:
    """Return a DataFrame as a house table (its named index becomes the first column).

    >>> import pandas as pd
    >>> out = frame(pd.DataFrame({"year": [2019], "krw_billion": [1038.9]}).set_index("year"))
    >>> '<th scope="col" class="num">year</th>' in out and '<td class="num">1,038.9</td>' in out
    True
    """
    if any(name is not None for name in df.index.names):
        df = df.reset_index()
    columns = [str(c) for c in df.columns]
    rows = [dict(zip(columns, values, strict=True)) for values in df.itertuples(index=False, name=None)]
    return table_html(rows, columns, caption)


# --- views of a checked article (analysis.check.CheckReport) -----------------------------------------


def claim_refs(report: Any) -> dict[str, ClaimRef]:
    """Return, per claim id, its number, verdict and first span (for the links both ways)."""
    return {c.id: ClaimRef(c.id, n, c.verdict, c.spans[0] if c.spans else "")
            for n, c in enumerate(report.claims, start=1)}


def article_header(report: Any) -> Html:
    """Return the article's metadata and what was found, as a short HTML block."""
    src = report.annotation.source()
    spans = report.annotation.spans
    kinds = {k: sum(s.kind == k for s in spans) for k in KIND_COLOURS}
    counts = report.counts()
    return fragment("summary.html.j2", title=src["title"], byline=src["byline"], published=src["published"],
                    found=", ".join(f"{n} {k}" for k, n in kinds.items() if n) or "nothing",
                    findings=len(report.findings), claims=len(report.claims),
                    verdicts=", ".join(f"{n} {v}" for v, n in counts.items() if n) or "no checkable claims")


def annotated_article(report: Any) -> Html:
    """Return the article with every span highlighted, claims underlined and linked to their cards.

    >>> from analysis.check import check_text
    >>> html = annotated_article(check_text("T\\n\\nSeoul paid 1.0389 trillion won this year.", "2019-11-16"))
    >>> "v-supported" in html and "verdict: supported" in html and 'href="#claim-' in html
    True
    """
    verdicts = {c.spans[0]: c.verdict for c in report.claims if c.spans}
    notes = {c.spans[0]: c.evidence for c in report.claims if c.spans}
    refs = {r.span: r for r in claim_refs(report).values() if r.span}
    return article_html(report.annotation.article.source_text, [s.to_dict() for s in report.annotation.spans],
                        report.findings, verdicts, notes, refs)


def findings_table(report: Any) -> Html:
    """Return the defects of the text and the cross-claim findings as a table (or a sentence if none)."""
    if not report.findings:
        return fragment("sentence.html.j2", text="No defects found in the text, and no claims that contradict "
                                                 "each other.")
    rows = [{"kind": f["kind"].replace("_", " "), "where": shorten(f["exact"], 60), "message": f["message"]}
            for f in report.findings]
    return table_html(rows, ["kind", "where", "message"], label="Defects and findings")


def claims_table(report: Any) -> Html:
    """Return every claim as a card: verdict badge, the claim's words, evidence as prose, sources, a link to it.

    >>> from analysis.check import check_text
    >>> html = claims_table(check_text("T\\n\\nSeoul paid 1.5 trillion won this year.", "2019-11-16"))
    >>> 'sma-badge v-contradicted' in html and 'id="claim-' in html and 'href="#span-' in html
    True
    """
    if not report.claims:
        return fragment("sentence.html.j2", text="No checkable claims: no amounts, ratios, changes or dated events "
                                                 "tied to an actor.")
    refs = claim_refs(report)
    claims = [{"id": c.id, "number": refs[c.id].number, "verdict": c.verdict, "exact": shorten(c.exact, 160),
               "kind": frame_label(c), "span": refs[c.id].span, "evidence": c.evidence, "sources": list(c.sources)}
              for c in report.claims]
    return fragment("claims.html.j2", claims=claims)


def quotes_table(report: Any) -> Html:
    """Return each quotation with its speaker as found, or why none could be named."""
    quotes = [s for s in report.annotation.spans if s.kind == "quote"]
    if not quotes:
        return fragment("sentence.html.j2", text="No quotations in this article.")
    flagged = {(f["start"], f["end"]): f["kind"].replace("_", " ") for f in report.findings}
    names = dict(_entity_names())
    rows = []
    for q in quotes:
        v = q.value
        speaker = names.get(v.get("speaker"), v.get("speaker")) or "—"
        candidates = ", ".join(names.get(c, c) for c in v.get("candidates") or [])
        rows.append({"quote": shorten(q.exact, 80), "speaker": speaker, "attributed by": v.get("speaker_text") or "—",
                     "candidates": candidates, "flag": flagged.get((q.start, q.end), "")})
    return table_html(rows, ["quote", "speaker", "attributed by", "candidates", "flag"], label="Quotes")


def numbers_table(report: Any) -> Html:
    """Return every number in the article (money, multipliers, percents), normalised, with its verdict."""
    verdicts = {c.spans[0]: c for c in report.claims if c.spans}
    rows = []
    for s in report.annotation.spans:
        if s.kind in ("money", "multiplier", "percent"):
            claim = verdicts.get(s.id)
            rows.append({"text": s.exact, "normalised": describe_value(s.kind, s.value),
                         "verdict": claim.verdict if claim else "", "evidence": claim.evidence if claim else ""})
    if not rows:
        return fragment("sentence.html.j2", text="No amounts, multipliers or percentages in this article.")
    return table_html(rows, ["text", "normalised", "verdict", "evidence"], label="Numbers in the article")


def dates_table(marks: Any) -> Html:
    """Return the article's dates (from :func:`analysis.check.date_marks`) resolved and checked."""
    if len(marks) == 0:
        return fragment("sentence.html.j2", text="No dates in the body of this article.")
    colours = {"matches": "supported", "conflict": "contradicted", "unchecked": "unverifiable"}
    rows = [{"text": r["exact"], "resolves to": r["start"] if r["start"] == r["end"] else f"{r['start']} to {r['end']}",
             "form": r["form"], "verdict": colours[r["status"]], "why": r["note"]} for r in marks.to_dict("records")]
    return table_html(rows, ["text", "resolves to", "form", "verdict", "why"], label="Dates in the article")


def _entity_names() -> list[tuple[str, str]]:
    from analysis.extract.entities import load_gazetteer

    return [(eid, e.name) for eid, e in load_gazetteer().entities.items()]


def toc_entries(nb: Any) -> list[dict[str, str]]:
    """Return the notebook's second-level headings as ``{"id", "text"}``, with the ids nbconvert gives them.

    >>> import nbformat.v4 as v4
    >>> toc_entries(v4.new_notebook(cells=[v4.new_markdown_cell("# T\\n\\n## 1. In won, *by* agreement")]))
    [{'id': '1.-In-won,-by-agreement', 'text': '1. In won, by agreement'}]
    """
    from xml.etree import ElementTree

    from nbconvert.filters.markdown_mistune import markdown2html_mistune
    from nbconvert.filters.strings import html2text

    out = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("## "):
                html = markdown2html_mistune(line)
                found = re.search(r'<h2 id="([^"]*)"', html)
                if found:
                    text = html2text(ElementTree.fromstring(html)).rstrip("¶").strip()
                    out.append({"id": html_unescape(found.group(1)), "text": text})
    return out


def html_unescape(text: str) -> str:
    """Return ``text`` with HTML entities decoded (ids come back escaped from the Markdown renderer).

    >>> html_unescape("a&amp;b")
    'a&b'
    """
    import html

    return html.unescape(text)
