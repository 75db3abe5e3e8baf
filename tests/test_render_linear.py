"""The annotated article and the dates table read each span a bounded number of times (thirty-first session; no clock).

``render.article_html`` cuts each paragraph at every span edge and wraps each stretch in the marks covering it. It
found those marks by reading every span of the paragraph at every stretch: quadratic in the spans of one paragraph
(render of a 40 KB paragraph of short quote pairs 11.2 s; now 0.65 s). It now sweeps the cuts once
(``render._coverings``), opening and closing each span where it starts and ends. Its quotes under a finding, and
``check.date_marks``'s dates inside a quotation, were found by reading every finding, or every span, for each
quote or date (date_marks on 80 KB of '2019 ' 10.9 s; now 0.77 s); both now ask ``spans.Cover``, one bisection each.

The tests count how often spans are read for a paragraph (or an article), and for one twice as long: the count must
grow like the text.
"""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

from analysis import render
from analysis.check import check_text, date_marks


class _CountedSpan(dict):
    """A span dict that counts the reads of its fields (in the class: one count for all of them)."""

    reads = 0

    def __getitem__(self, key):
        type(self).reads += 1
        return super().__getitem__(key)

    def get(self, key, default=None):
        type(self).reads += 1
        return super().get(key, default)


def _render_reads(n: int) -> int:
    """Render one paragraph of ``n`` short quotes (with a finding on each) and return how many span fields it read."""
    text = " ".join(['"a" b.'] * n)
    spans = [_CountedSpan(id=f"q{i}", kind="quote", start=7 * i, end=7 * i + 3, exact='"a"', value={})
             for i in range(n)]
    findings = [{"start": 7 * i, "end": 7 * i + 6} for i in range(n)]
    _CountedSpan.reads = 0
    html = render.article_html(text, spans, findings)
    assert html.count('class="k-quote finding"') == n  # every quote is under its finding
    return _CountedSpan.reads


def test_render_reads_each_span_a_bounded_number_of_times():
    small, large = _render_reads(200), _render_reads(400)
    assert large <= 2.2 * small, (small, large)  # the old code read every span per stretch: four times as many


def test_nested_marks_stay_outermost_first():
    text = "Moon said $1 billion."
    spans = [{"id": "q", "kind": "quote", "start": 0, "end": 21, "exact": text, "value": {}},
             {"id": "m", "kind": "money", "start": 10, "end": 20, "exact": "$1 billion", "value": {}},
             {"id": "p", "kind": "person", "start": 0, "end": 4, "exact": "Moon", "value": {}}]
    html = str(render.article_html(text, spans))
    html = html[html.index("sma-article"):]  # the paragraph, past the legend and the CSS
    for inner, words in (("person", "Moon"), ("money", "$1 billion")):
        assert re.search(f'<mark class="k-quote"[^>]*><mark class="k-{inner}"[^>]*>{re.escape(words)}</mark></mark>',
                         html), inner


class _CountedSpans:
    """The annotation's spans, counting how many are read."""

    def __init__(self, spans):
        self.spans, self.reads = list(spans), 0

    def __iter__(self):
        for s in self.spans:
            self.reads += 1
            yield s


def _date_mark_reads(n: int) -> int:
    """Return how many spans ``date_marks`` reads for an article of ``n`` unchecked dates."""
    report = check_text(" ".join(["In 2018 a b c."] * n), published="2019-11-16")
    counted = _CountedSpans(report.annotation.spans)
    annotation = SimpleNamespace(article=report.annotation.article, spans=counted)
    marks = date_marks(dataclasses.replace(report, annotation=annotation))
    assert len(marks) == n
    return counted.reads


def test_date_marks_read_the_spans_once():
    small, large = _date_mark_reads(100), _date_mark_reads(200)
    assert large <= 2.2 * small, (small, large)  # the old code read every span per unchecked date


def test_a_date_inside_a_quotation_is_still_said_to_be():
    marks = date_marks(check_text('Moon said "we paid more in 2018" on Friday. It paid less in 2017.',
                                  published="2019-11-16")).set_index("exact")
    assert marks.loc["in 2018", "note"].startswith("inside a quotation")
    assert not marks.loc["in 2017", "note"].startswith("inside a quotation")
