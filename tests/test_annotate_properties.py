"""Property tests: on any text, annotate never raises and every offset points at its exact text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import annotate
from analysis.article import parse_article

PUB = dt.date(2019, 11, 16)
# Fragments that exercise every extractor and their edges when glued together at random.
FRAGMENTS = [
    "$",
    "US$",
    "₩",
    "¥",
    "4.7",
    "1,038,900",
    "five",
    "a",
    " billion",
    " trillion",
    "m",
    " won",
    " dollars",
    " per year",
    " a year",
    "up to ",
    "just less than ",
    "more than ",
    "%",
    " percent",
    "-fold",
    " times",
    " what",
    "double",
    "U.S.",
    "S. Korea",
    "Mr.",
    "Gen.",
    " Kim",
    "Kim Jong Un",
    "Esper",
    " said",
    " he said",
    '"',
    "“",
    "”",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\ufeff",
    "Friday",
    "on Monday",
    "last month",
    "in June",
    "early in October",
    "the end of this year",
    "from 2014 to 2018",
    "2019",
    "Seoul",
    "Washington's",
    "the Swedish capital",
    "A South Korean lawmaker",
    "DPRK",
    " us",
    "It was",
    "This year it was",
    "...",
    "é",
    "\t",
    " ",
    "(",
    ")",
    ":",
    "Other reports by",
]
wire = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
anything = st.text(max_size=400)


def check(text: str) -> None:
    ann = annotate(text, published=PUB)
    view = ann.article.text  # the reading view: the same length, a hard wrap's break or a no-break space a space
    assert len(view) == len(text)
    for s in ann.spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert view[s.start : s.end] == s.exact
    doc = ann.to_dict()  # the JSON contract quotes the text as read
    for s in doc["annotations"]:
        assert text[s["start"] : s["end"]] == s["exact"]
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["exact"]
        for r in f["related"]:
            assert text[r["start"] : r["end"]] == r["exact"]
    assert [s.id for s in ann.spans] == [f"a{i}" for i in range(1, len(ann.spans) + 1)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_arbitrary_text(text):
    check(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire)
def test_wire_like_text(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(anything, wire))
def test_segments_are_ordered_and_inside_their_paragraph(text):
    a = parse_article(text, published=PUB)
    last = -1
    for p in a.paragraphs:
        assert last <= p.start < p.end <= len(text)
        assert p.of(text) == p.of(text).strip()
        last = p.end
    for s in a.sentences:
        para = a.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
