"""Hard-wrapped text reads as the same article (issue #9: any article a user brings, as a careful reader reads it).

Mail, wire copy and text taken from a PDF come with every paragraph broken into lines of 60 to 100 characters.
Before ``analysis.article.unwrap``, a name broken over two lines ("Donald\\nTrump") missed the gazetteer, a speaker
broken so lost the quotes tied to it, and a weekday's tense was read across the break: on 120 dev articles wrapped at
72 characters, 36 read differently (64 items lost). The annotator now reads a reading view in which the line breaks
of hard-wrapped paragraphs are spaces (same length, so every offset holds), while every ``exact``, digest and the
rendered article keep the text as read.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from conftest import CountedText

from analysis.article import WRAP_WIDTH_MAX, parse_article, read_article, unwrap
from analysis.check import check_text
from analysis.extract import Annotation, annotate
from analysis.extract.export import to_w3c
from analysis.paths import SEED_ARTICLE

CORPUS = Path(__file__).parent / "corpus"
#: Every 20th dev article (about 37), wrapped at each width: enough shapes to catch a rule that reads a line break.
SAMPLE_EVERY = 20
WIDTHS = (40, 72, 100)


def wrapped(text: str, width: int, newline: str = "\n") -> str:
    """Return ``text`` with its header as it is and each body paragraph of one line wrapped at ``width`` (as mail is;
    a paragraph that already holds a line break, a broadcast script's caption over its words, is left as it is).

    >>> wrapped("T\\nBy X\\nMay 2, 2020\\n\\nOne two three four.", 9)
    'T\\nBy X\\nMay 2, 2020\\n\\nOne two\\nthree\\nfour.'
    """
    head, body = text.split("\n\n", 1)
    paras = body.split("\n\n")
    return head + "\n\n" + "\n\n".join(
        newline.join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)) if "\n" not in p else p
        for p in paras)  # fmt: skip


@functools.lru_cache(maxsize=128)
def annotated(text: str, published: str) -> Annotation:
    """Return ``annotate(text, published)``, once per text in a process: the sampled articles as stored are read by
    several tests."""
    return annotate(text, published)


def reading(text: str, published: str) -> Counter:
    """Return what the annotator read, whitespace aside: each span's kind, words and value, and each finding's kind."""
    doc = annotated(text, published).to_dict()
    out: Counter = Counter()
    for a in doc["annotations"]:
        out[(a["kind"], " ".join(a["exact"].split()), json.dumps(a["value"], sort_keys=True).replace("\\n", " "))] += 1
    out.update(("finding", f["kind"]) for f in doc["findings"])
    return out


def dev_sample() -> list[tuple[str, str]]:
    rows = [r for r in csv.DictReader((CORPUS / "index.csv").open(encoding="utf-8")) if r["split"] == "dev"]
    return [((CORPUS / "articles" / f"{r['article_id']}.txt").read_text(encoding="utf-8"), r["published"])
            for r in rows[::SAMPLE_EVERY]]  # fmt: skip


def _normal(counter: Counter) -> Counter:
    """The reading with each value's runs of blanks made one (a name read across a wrap holds a space there)."""
    return Counter({(k[0], k[1], " ".join(k[2].split())) if len(k) == 3 else k: n for k, n in counter.items()})


@pytest.mark.parametrize("width", WIDTHS)
def test_dev_articles_wrapped_read_as_they_do_unwrapped(width: int) -> None:
    """Every sampled dev article wrapped at ``width`` gives the same spans, values and findings as it does as stored."""
    changed = []
    for text, published in dev_sample():
        want, got = _normal(reading(text, published)), _normal(reading(wrapped(text, width), published))
        if want != got:
            changed.append((text.split("\n", 1)[0], sorted((want - got).items())[:3], sorted((got - want).items())[:3]))
    assert not changed, changed


#: Greedy-wrapped at 60 characters (as textwrap and mail programs wrap): two names broken over lines, then a broadcast
#: script's caption line, whose break is no wrap.
WRAPPED = ("Wrapped copy\nBy A Reporter\nNovember 16, 2019\n\n"
           "South Korea will pay more for the 28,500 troops, said Robert\nAbrams, the US commander, who will meet "
           "President Donald\nTrump on Monday. \"We are close to a deal,\" he told reporters\nin Seoul.\n\n"
           "Kim / Envoy\nWe agreed on $1 billion.")


def one_line_a_paragraph(text: str) -> str:
    """Return ``text`` with each blank line between body paragraphs a single line break (as some pages paste).

    >>> one_line_a_paragraph("T\\nMay 2, 2020\\n\\nOne.\\n\\nTwo.")
    'T\\nMay 2, 2020\\n\\nOne.\\nTwo.'
    """
    head, body = text.split("\n\n", 1)
    return head + "\n\n" + body.replace("\n\n", "\n")


def speakers(text: str, published: str) -> Counter:
    """Return each quote's words with its speaker (an id, else the name the text gives)."""
    quotes = annotated(text, published).of_kind("quote")
    return Counter((" ".join(q.exact.split()), q.value["speaker"] or q.value["speaker_name"]) for q in quotes)


def test_text_pasted_one_line_a_paragraph_keeps_its_speakers() -> None:
    """A body with no blank line is parted at its line breaks: every quote of the sampled dev articles keeps its
    speaker (before, the body was one paragraph: 103 quotes of the dev articles lost or changed theirs)."""
    changed = []
    for text, published in dev_sample():
        if (want := speakers(text, published)) != (got := speakers(one_line_a_paragraph(text), published)):
            changed.append((text.split("\n", 1)[0], sorted((want - got).items()), sorted((got - want).items())))
    assert not changed, changed


def dates(text: str, published: str) -> Counter:
    """Return each date's words with the range it resolved to."""
    return Counter((" ".join(d.exact.split()), d.value["start"], d.value["end"])
                   for d in annotated(text, published).of_kind("date"))  # fmt: skip


def test_text_pasted_one_line_a_paragraph_keeps_its_dates() -> None:
    """The date finder parts such a body as the article does: each sampled dev article's dates resolve as stored
    (before, 34 dates of the dev articles did not: a dateline's day, "a day after", "the previous day" and "that day"
    count from the paragraph before, which the date finder looked for behind a blank line)."""
    changed = []
    for text, published in dev_sample():
        if (want := dates(text, published)) != (got := dates(one_line_a_paragraph(text), published)):
            changed.append((text.split("\n", 1)[0], sorted((want - got).items()), sorted((got - want).items())))
    assert not changed, changed


def test_a_dateline_starts_its_line_in_text_pasted_one_line_a_paragraph() -> None:
    """A line that opens with a dated dateline sets the day its paragraph's "yesterday" counts from, blank line or
    not."""
    body = "Talks went on.\nSEOUL, Nov. 14 (Yonhap) -- The envoys met yesterday, officials said."
    for sep in ("\n\n", "\n"):
        got = dates("Copy\nNovember 16, 2019\n\n" + body.replace("\n", sep), "2019-11-16")
        assert ("yesterday", "2019-11-13", "2019-11-13") in got, (sep, got)


def no_break_spaces(text: str) -> str:
    """Return ``text`` with a no-break space after each number and after "$" in its body, as web pages often have.

    >>> no_break_spaces("T\\n\\nIt cost $ 8 billion.")
    'T\\n\\nIt cost $\\xa08\\xa0billion.'
    """
    head, body = text.split("\n\n", 1)
    return head + "\n\n" + re.sub(r"(?<=\d) (?=[A-Za-z])|(?<=\$) ", "\u00a0", body)


def verdicts(text: str, published: str) -> Counter:
    """Return each claim's words (blanks made one) with its verdict."""
    return Counter((" ".join(c.exact.split()), c.verdict) for c in check_text(text, published=published).claims)


def test_dev_claims_keep_their_verdicts_wrapped_or_with_no_break_spaces() -> None:
    """The claim checks of the sampled dev articles are the same wrapped at 40 columns and with no-break spaces; before
    the reading view, a no-break space read "$8 billion" as $8 and made a right troop count `contradicted`."""
    changed = []
    for text, published in dev_sample():
        want = verdicts(text, published)
        for variant in (wrapped(text, 40), no_break_spaces(text)):
            if (got := verdicts(variant, published)) != want:
                changed.append((text.split("\n", 1)[0], sorted((want - got).items()), sorted((got - want).items())))
    assert not changed, changed
    assert [s.value["amount"] for s in annotate("T\nMay 2, 2020\n\nIt cost $8\u00a0billion.").of_kind("money")] == [8e9]


def test_every_exact_is_the_text_as_read() -> None:
    """Spans, findings and the W3C selectors quote the text with its line breaks; the rules read it unwrapped."""
    ann = annotate(WRAPPED)
    raw = ann.article.source_text
    assert raw == WRAPPED and ann.article.raw == WRAPPED and "\nAbrams" not in ann.article.text
    spans = ann.to_dict()["annotations"]
    assert all(s["exact"] == raw[s["start"] : s["end"]] for s in spans)
    assert all(f.exact == raw[f.start : f.end] for f in ann.findings)
    people = {s["exact"]: s["value"]["name"] for s in spans if s["kind"] == "person"}
    assert people["Donald\nTrump"] == "Donald Trump" and people["Robert\nAbrams"] == "Robert Abrams"
    items = json.loads(to_w3c(ann))["first"]["items"]
    assert all(i["target"]["selector"][1]["exact"] == raw[i["target"]["selector"][0]["start"] :
                                                          i["target"]["selector"][0]["end"]] for i in items)


def test_a_caption_keeps_its_line_break() -> None:
    """A short line before a break (a broadcast script's "Name / Title") is no wrap: the next word would have fitted."""
    text = parse_article(WRAPPED).text
    assert "Kim / Envoy\nWe agreed" in text and "Robert Abrams" in text and "Donald Trump" in text
    assert len(text) == len(WRAPPED)


def test_text_that_is_not_wrapped_is_read_as_it_is() -> None:
    """Lines longer than any wrap (a paragraph a line, single breaks between), captions over the words they introduce
    (a broadcast script's "Name / Title" lines, all as short as each other) and the seed stay as read."""
    long_lines = "T\nMay 2, 2020\n\n" + "\n".join(["Seoul pays. " * 12] * 3)
    assert len("Seoul pays. " * 12) > WRAP_WIDTH_MAX and parse_article(long_lines).raw is None
    said = "We rebuilt it and we stayed there. And they pay us very little for the military."
    captions = f"T\nMay 2, 2020\n\nDonald Trump / U.S. President\n{said}\n\nDonald Trump / U.S. President\nI {said}"
    assert parse_article(captions).raw is None
    assert read_article(SEED_ARTICLE).raw is None


def test_unwrap_reads_each_line_once() -> None:
    """One pass over the lines, counted without a clock: the characters sliced grow with the text, not its square."""

    def work(n: int) -> int:
        CountedText.read = 0
        text = CountedText("T\nMay 2, 2020\n\n" + "ab cd ef gh ij kl mn op qr st uv wx\nyz ab\n" * n)
        assert "\n" not in unwrap(text)[16:].rstrip("\n").replace("yz ab\n", "")
        return CountedText.read

    assert work(2_000) <= 2.2 * work(1_000)
