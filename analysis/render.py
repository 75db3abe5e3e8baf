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
.sma-article mark.finding { border-bottom: 2px solid #cf222e; background: #fff0f0; }
.sma-article mark.v-contradicted { box-shadow: inset 0 -3px 0 #cf222e; }
.sma-article mark.v-misleading { box-shadow: inset 0 -3px 0 #bc4c00; }
.sma-article mark.v-supported { box-shadow: inset 0 -3px 0 #1a7f37; }
.sma-legend span { display: inline-block; margin: 0 0.6em 0.3em 0; padding: 0 0.3em; border-radius: 2px;
  font: 0.85em sans-serif; }
.sma-table { border-collapse: collapse; font: 0.9em sans-serif; }
table.sma-table td, table.sma-table th { border-bottom: 1px solid #ddd; padding: 0.25em 0.5em;
  text-align: left; vertical-align: top; white-space: normal; }
.sma-answer { font-family: sans-serif; line-height: 1.5; max-width: 52em; }
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
        if amount is None:  # implausible: left null by the annotator
            return "money: implausible amount (null)"
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


# --- views of a checked article (analysis.check.CheckReport) -----------------------------------------


def _cut(text: str, width: int = 90) -> str:
    """Return ``text`` on one line, cut to ``width`` characters.

    >>> _cut("a\\nb " * 40, 10)
    'a b a b a…'
    """
    one = " ".join(str(text).split())
    return one if len(one) <= width else one[: width - 1] + "…"


def article_header(report: Any) -> Html:
    """Return the article's metadata and what was found, as a short HTML block."""
    src = report.annotation.source()
    spans = report.annotation.spans
    kinds = {k: sum(s.kind == k for s in spans) for k in KIND_COLOURS}
    counts = report.counts()
    found = ", ".join(f"{n} {k}" for k, n in kinds.items() if n) or "nothing"
    verdicts = ", ".join(f"{n} {v}" for v, n in counts.items() if n) or "no checkable claims"
    return Html(
        f"{STYLE}<div class='sma-article'><p><strong>{esc(src['title'] or '(untitled)')}</strong><br>"
        f"{esc(src['byline'] or '(no byline)')} · published {esc(src['published'])}</p>"
        f"<p>Spans: {esc(found)}.<br>Findings: {len(report.findings)}.<br>Claims: {len(report.claims)} "
        f"({esc(verdicts)}).</p></div>"
    )


def annotated_article(report: Any) -> Html:
    """Return the article with every span highlighted, verdicts underlined, evidence in hover titles.

    >>> from analysis.check import check_text
    >>> html = annotated_article(check_text("T\\n\\nSeoul paid 1.0389 trillion won this year.", "2019-11-16"))
    >>> "v-supported" in html and "verdict: supported" in html
    True
    """
    verdicts = {c.spans[0]: c.verdict for c in report.claims}
    notes = {c.spans[0]: c.evidence for c in report.claims}
    return article_html(report.annotation.article.text, [s.to_dict() for s in report.annotation.spans],
                        report.findings, verdicts, notes)


def findings_table(report: Any) -> Html:
    """Return the defects of the text and the cross-claim findings as a table (or a sentence if none)."""
    if not report.findings:
        return Html("<p>No defects found in the text, and no claims that contradict each other.</p>")
    rows = [{"kind": f["kind"].replace("_", " "), "where": _cut(f["exact"], 60), "message": f["message"]}
            for f in report.findings]
    return table_html(rows, ["kind", "where", "message"])


def claims_table(report: Any) -> Html:
    """Return every claim with its verdict, evidence and sources (or a sentence if there are none)."""
    if not report.claims:
        return Html("<p>No checkable claims: no amounts, ratios, changes or dated events tied to an actor.</p>")
    rows = [{"claim": c.id, "kind": c.kind, "text": c.exact, "verdict": c.verdict, "evidence": c.evidence,
             "sources": "; ".join(c.sources)} for c in report.claims]
    return table_html(rows, ["claim", "kind", "text", "verdict", "evidence", "sources"])


def quotes_table(report: Any) -> Html:
    """Return each quotation with its speaker as found, or why none could be named."""
    quotes = [s for s in report.annotation.spans if s.kind == "quote"]
    if not quotes:
        return Html("<p>No quotations in this article.</p>")
    flagged = {(f["start"], f["end"]): f["kind"].replace("_", " ") for f in report.findings}
    names = dict(_entity_names())
    rows = []
    for q in quotes:
        v = q.value
        speaker = names.get(v.get("speaker"), v.get("speaker")) or "—"
        candidates = ", ".join(names.get(c, c) for c in v.get("candidates") or [])
        rows.append({"quote": _cut(q.exact, 80), "speaker": speaker, "attributed by": v.get("speaker_text") or "—",
                     "candidates": candidates, "flag": flagged.get((q.start, q.end), "")})
    return table_html(rows, ["quote", "speaker", "attributed by", "candidates", "flag"])


def numbers_table(report: Any) -> Html:
    """Return every number in the article (money, multipliers, percents), normalised, with its verdict."""
    verdicts = {c.spans[0]: c for c in report.claims}
    rows = []
    for s in report.annotation.spans:
        if s.kind in ("money", "multiplier", "percent"):
            claim = verdicts.get(s.id)
            rows.append({"text": s.exact, "normalised": describe_value(s.kind, s.value),
                         "verdict": claim.verdict if claim else "", "evidence": claim.evidence if claim else ""})
    if not rows:
        return Html("<p>No amounts, multipliers or percentages in this article.</p>")
    return table_html(rows, ["text", "normalised", "verdict", "evidence"])


def dates_table(marks: Any) -> Html:
    """Return the article's dates (from :func:`analysis.check.date_marks`) resolved and checked."""
    if len(marks) == 0:
        return Html("<p>No dates in the body of this article.</p>")
    colours = {"matches": "supported", "conflict": "contradicted", "unchecked": "unverifiable"}
    rows = [{"text": r["exact"], "resolves to": r["start"] if r["start"] == r["end"] else f"{r['start']} to {r['end']}",
             "form": r["form"], "verdict": colours[r["status"]], "why": r["note"]} for r in marks.to_dict("records")]
    return table_html(rows, ["text", "resolves to", "form", "verdict", "why"])


def _entity_names() -> list[tuple[str, str]]:
    from analysis.extract.entities import load_gazetteer

    return [(eid, e.name) for eid, e in load_gazetteer().entities.items()]


#: How each finding kind reads in a summary (singular, plural).
FINDING_WORDS = {
    "truncated_sentence": ("sentence cut off mid-phrase", "sentences cut off mid-phrase"),
    "unattributed_quote": ("quote with no speaker", "quotes with no speaker"),
    "ambiguous_speaker": ("quote whose 'he/she' points to the wrong person",
                          "quotes whose pronoun points to the wrong person"),
    "ambiguous_reference": ("name that fits several people", "names that fit several people"),
    "lost_referent": ("pronoun that lost its referent", "pronouns that lost their referents"),
    "date_after_publication": ("date after publication", "dates after publication"),
    "boilerplate": ("line of site text left in the copy", "lines of site text left in the copy"),
    "conflicting_figures": ("quantity given as different figures", "quantities given as different figures"),
    "inconsistent_dating": ("person's remarks dated to different days", "people's remarks dated to different days"),
    "date_matches_no_event": ("date that matches no event of its actor", "dates that match no event of their actors"),
}


class Text(str):
    """Plain text that a notebook shows as is, and as HTML (a list for lines that start with "- ")."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        out, items = [], []
        for line in self.splitlines():
            if line.startswith("- "):
                items.append(f"<li>{esc(line[2:])}</li>")
                continue
            if items:
                out.append(f"<ul>{''.join(items)}</ul>")
                items = []
            out.append(f"<p>{esc(line)}</p>")
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
        return f"{STYLE}<div class='sma-answer'>{''.join(out)}</div>"


def answer(report: Any) -> Text:
    """Return the finding first, as a reporter would: verdict counts, what fails, and the text's defects.

    >>> from analysis.check import check_text
    >>> print(answer(check_text("T\\n\\nSeoul paid 1.5 trillion won this year.", "2019-11-16")))
    1 checkable claim: 1 contradicted.
    - Contradicted: '1.5 trillion won' (2019 payment 1,038.9 bn won; claimed 1,500 billion won: off by 31%.)
    Defects of the text: none found.
    """
    counts = report.counts()
    n = len(report.claims)
    if n:
        parts = ", ".join(f"{k} {v}" for v, k in counts.items() if k)
        lines = [f"{n} checkable claim{'s' * (n != 1)}: {parts}."]
    else:
        lines = ["No checkable claims (no amounts, ratios, changes or dated events tied to an actor)."]
    for verdict in ("contradicted", "misleading"):
        for c in report.claims:
            if c.verdict == verdict:
                lines.append(f"- {verdict.capitalize()}: '{c.exact}' ({_cut(c.evidence, 200)})")
    kinds: dict[str, list[str]] = {}
    for f in report.findings:
        kinds.setdefault(f["kind"], []).append(_cut(f["exact"], 40))
    if kinds:
        said = []
        for kind, examples in kinds.items():
            one, many = FINDING_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
            said.append(f"{len(examples)} {one if len(examples) == 1 else many} ('{examples[0]}'"
                        + (", ..." if len(examples) > 1 else "") + ")")
        lines.append("Defects and inconsistencies: " + "; ".join(said) + ".")
    else:
        lines.append("Defects of the text: none found.")
    return Text("\n".join(lines))


def dates_answer(marks: Any) -> Text:
    """Return what the article's dates come to, from :func:`analysis.check.date_marks`.

    >>> import pandas as pd
    >>> print(dates_answer(pd.DataFrame({"exact": ["Friday"], "status": ["matches"]})))
    1 date in the body: 1 matches a recorded event, 0 conflict with the record, 0 cannot be tied to one.
    """
    if len(marks) == 0:
        return Text("The article's body gives no dates.")
    counts = {k: int(v) for k, v in marks["status"].value_counts().items()}
    matches = counts.get("matches", 0)
    lines = [f"{len(marks)} date{'s' * (len(marks) != 1)} in the body: {matches} "
             f"match{'es' * (matches == 1)} a recorded event, {counts.get('conflict', 0)} "
             f"conflict with the record, {counts.get('unchecked', 0)} cannot be tied to one."]
    for r in marks.loc[marks["status"] == "conflict"].to_dict("records"):
        lines.append(f"- Conflict: '{r['exact']}': {_cut(r.get('note', ''), 220)}")
    return Text("\n".join(lines))
