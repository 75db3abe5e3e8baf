"""HTML for the annotated article: spans highlighted by kind, hover titles, findings and verdicts.

Everything taken from an article (its text, quotes, names) is escaped with :func:`html.escape`
before it becomes HTML, so a hostile article renders as inert text. The output is a fragment
with its own scoped ``<style>``; it reads the same in JupyterLab and in the rendered report.

Spans and findings are the dicts of the annotator's JSON contract (``start``, ``end``, ``kind``,
``exact``, ``value``; findings add ``message`` and ``related``).

>>> text = 'He paid $5 <b>.'
>>> html = article_html(text, [{"id": "m1", "kind": "money", "start": 8, "end": 10, "exact": "$5",
...                              "value": {"amount": 5.0, "currency": "USD"}}])
>>> "&lt;b&gt;" in html and "<b>" not in html
True
>>> 'title="money: 5 USD"' in html
True
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

#: Highlight colour per span kind (background) — shown in the legend.
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
}
VERDICT_COLOURS = {"supported": "#1a7f37", "contradicted": "#cf222e", "misleading": "#bc4c00",
                   "unverifiable": "#6e7781"}

STYLE = """<style>
.sma-article { font-family: Georgia, serif; line-height: 1.6; max-width: 52em; }
.sma-article p { margin: 0 0 0.9em 0; }
.sma-article mark { padding: 0 1px; border-radius: 2px; color: inherit; }
.sma-article mark.k-quote { background: none; border-bottom: 2px dotted #555; }
.sma-article mark.finding { outline: 2px solid #cf222e; outline-offset: 1px; }
.sma-article mark.v-contradicted { box-shadow: inset 0 -3px 0 #cf222e; }
.sma-article mark.v-misleading { box-shadow: inset 0 -3px 0 #bc4c00; }
.sma-article mark.v-supported { box-shadow: inset 0 -3px 0 #1a7f37; }
.sma-legend span { display: inline-block; margin: 0 0.6em 0.3em 0; padding: 0 0.3em; border-radius: 2px;
  font: 0.85em sans-serif; }
.sma-table { border-collapse: collapse; font: 0.9em sans-serif; }
.sma-table td, .sma-table th { border-bottom: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left;
  vertical-align: top; }
.sma-verdict { font-weight: bold; }
</style>"""
STYLE += "\n<style>\n" + "\n".join(
    f".sma-article mark.k-{k}, .sma-legend .k-{k} {{ background: {c}; }}" for k, c in KIND_COLOURS.items()
) + "\n</style>"


class Html(str):
    """An HTML fragment that Jupyter displays as HTML and nbval compares as a short, stable text."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"<HTML fragment, {len(self):,} characters>"


def esc(value: Any) -> str:
    """Return ``value`` as text escaped for HTML content and attributes.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(str(value), quote=True)


def describe_value(kind: str, value: Mapping[str, Any] | None) -> str:
    """Return a span's normalised value in a few words, for a hover title.

    >>> describe_value("money", {"amount": 4.7e9, "currency": "USD", "per": "year", "bound": None})
    'money: 4,700,000,000 USD per year'
    >>> describe_value("date", {"start": "2019-11-15", "end": "2019-11-15", "form": "weekday"})
    'date: 2019-11-15 (weekday)'
    """
    value = dict(value or {})
    if kind == "money":
        amount = value.get("amount")
        text = f"{amount:,.0f}" if isinstance(amount, int | float) and amount >= 100 else f"{amount:g}"
        parts = [text, value.get("currency") or "(currency not stated)"]
        if value.get("per"):
            parts.append(f"per {value['per']}")
        if value.get("bound"):
            parts.insert(0, str(value["bound"]).replace("_", " "))
        return f"money: {' '.join(parts)}"
    if kind == "date":
        start, end = value.get("start"), value.get("end")
        when = start if start == end else f"{start} to {end}"
        return f"date: {when} ({value.get('form', '')})"
    if kind == "multiplier":
        bound = f"{str(value['bound']).replace('_', ' ')} " if value.get("bound") else ""
        return f"multiplier: {bound}{value.get('factor')}x"
    if kind == "percent":
        return f"percent: {value.get('percent')}% {value.get('direction') or ''}".rstrip()
    if kind == "quote":
        who = value.get("speaker") or "no speaker found"
        return f"quote: {who}" + (f" ('{value['speaker_text']}')" if value.get("speaker_text") else "")
    if kind in ("person", "org", "place", "agreement"):
        if value.get("candidates"):
            return f"{kind}: one of {', '.join(map(str, value['candidates']))}"
        return f"{kind}: {value.get('name') or value.get('id')}"
    return kind


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph (blocks separated by blank lines).

    >>> _paragraph_bounds("a\\n\\nb c\\n")
    [(0, 1), (3, 6)]
    """
    out, pos = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip("\n")
        if stripped.strip():
            start = pos + block.index(stripped)
            out.append((start, start + len(stripped)))
        pos += len(block) + 2
    return out


def article_html(text: str, spans: Iterable[Mapping[str, Any]], findings: Iterable[Mapping[str, Any]] = (),
                 verdicts: Mapping[str, str] | None = None, notes: Mapping[str, str] | None = None) -> Html:
    """Return the article as HTML paragraphs with every span highlighted and titled.

    ``verdicts`` maps span id -> verdict, ``notes`` maps span id -> a line of evidence; both are
    added to the span's hover title. Overlapping spans nest: each stretch of text is wrapped in
    one ``<mark>`` per span covering it, so the markup stays well-formed.
    """
    verdicts, notes = dict(verdicts or {}), dict(notes or {})
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    flagged = [(f["start"], f["end"]) for f in findings if f.get("end", 0) > f.get("start", 0)]
    parts = [STYLE, legend_html(), '<div class="sma-article">']
    bounds = _paragraph_bounds(text)
    starts = [b[0] for b in bounds]
    by_paragraph: list[list[Mapping[str, Any]]] = [[] for _ in bounds]
    for s in spans:  # each span goes to the paragraphs it touches: no scan of all spans per paragraph
        first = max(0, bisect.bisect_right(starts, s["start"]) - 1)
        for i in range(first, bisect.bisect_left(starts, s["end"])):
            if s["start"] < bounds[i][1] and s["end"] > bounds[i][0]:
                by_paragraph[i].append(s)
    for (p_start, p_end), inside in zip(bounds, by_paragraph, strict=True):
        edges = (max(p_start, min(p_end, x)) for s in inside for x in (s["start"], s["end"]))
        cuts = sorted({p_start, p_end, *edges})
        body = []
        for a, b in itertools.pairwise(cuts):
            piece = esc(text[a:b]).replace("\n", "<br>")
            covering = sorted((s for s in inside if s["start"] <= a and s["end"] >= b),
                              key=lambda s: (s["start"], -s["end"]))
            for s in reversed(covering):
                title = describe_value(s["kind"], s.get("value"))
                sid = s.get("id", "")
                classes = [f"k-{esc(s['kind'])}"]
                if sid in verdicts:
                    classes.append(f"v-{esc(verdicts[sid])}")
                    title += f" | verdict: {verdicts[sid]}"
                if sid in notes:
                    title += f" | {notes[sid]}"
                if any(fs <= s["start"] and s["end"] <= fe for fs, fe in flagged) and s["kind"] == "quote":
                    classes.append("finding")
                piece = f'<mark class="{" ".join(classes)}" data-span="{esc(sid)}" title="{esc(title)}">{piece}</mark>'
            body.append(piece)
        parts.append(f"<p>{''.join(body)}</p>")
    parts.append("</div>")
    return Html("\n".join(parts))


def legend_html() -> str:
    """Return the legend: one coloured label per span kind.

    >>> 'class="k-money"' in legend_html()
    True
    """
    items = "".join(f'<span class="k-{k}">{k}</span>' for k in KIND_COLOURS)
    return f'<div class="sma-legend"><strong>Highlights:</strong> {items}</div>'


def table_html(rows: Iterable[Mapping[str, Any]], columns: list[str], caption: str = "") -> Html:
    """Return rows as an escaped HTML table (a verdict column is coloured).

    >>> out = table_html([{"a": "<x>", "verdict": "supported"}], ["a", "verdict"])
    >>> "<td>&lt;x&gt;</td>" in out and ">supported</td>" in out
    True
    """
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c, "")
            if c == "verdict" and value in VERDICT_COLOURS:
                cells.append(f'<td class="sma-verdict" style="color:{VERDICT_COLOURS[value]}">{esc(value)}</td>')
            else:
                cells.append(f"<td>{esc('' if value is None else value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return Html(f'{STYLE}<table class="sma-table">{cap}<thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(body)}</tbody></table>")
