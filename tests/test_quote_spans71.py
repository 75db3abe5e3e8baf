"""``analysis.extract.quote_spans`` (the quote spans alone, without numbers, dates or findings; suite71) gives the quote
spans ``annotate`` gives: the same start, end, exact and value, in the same order. The quote batteries read it in
place of a whole ``annotate`` (test_quotes26, quotes40_variants, test_extract_quotes, test_gen47q, test_mendq70,
test_orgs29), so a difference here would make them test something other than the annotator. The same holds for
``analysis.extract.names_and_quotes`` (every name and quote span), which the renamed-corpus battery (rename30) reads.

Compared on texts that hold quotes, numbers and dates together: a third of the batteries' dev articles
(``battery_ids``: every third, about a hundred), the seed and hostile articles, and a twenty-fifth of quotes26's
composed cases.
"""

from __future__ import annotations

import csv
from typing import Any

import pytest
from conftest import HOSTILE
from test_quotes26 import battery

from analysis import paths
from analysis.article import parse_article
from analysis.evaluate import battery_ids
from analysis.extract import annotate, names_and_quotes, quote_spans

CORPUS = paths.ROOT / "tests" / "corpus"


def dev_texts(every: int = 3) -> list[tuple[str, str, str]]:
    """Return (id, text, published) of every ``every``-th of the batteries' dev articles (``battery_ids``), in index
    order."""
    ids = set(battery_ids(CORPUS))
    with (CORPUS / "index.csv").open(encoding="utf-8", newline="") as f:
        dev = [row for row in csv.DictReader(f) if row["article_id"] in ids]
    return [(r["article_id"], (CORPUS / "articles" / f"{r['article_id']}.txt").read_text(encoding="utf-8"),
             r["published"]) for r in dev[::every]]


def seen(spans: list[Any]) -> list[tuple[Any, ...]]:
    """The quote spans as compared: kind, start, end, exact and value (ids aside: ``quote_spans`` counts no numbers)."""
    return [(s.kind, s.start, s.end, s.exact, s.value) for s in spans]


def differs(text: str, published: str | None = None) -> bool:
    """Whether ``quote_spans`` and ``annotate`` give ``text`` different quote spans.

    >>> differs("T\\n\\n“We pay $5bn,” Mark Esper said on Friday.", "2019-11-16")
    False
    """
    return seen(quote_spans(text, published)) != seen(annotate(text, published).of_kind("quote"))


def names_differ(text: str, published: str | None = None) -> bool:
    """Whether ``names_and_quotes`` and ``annotate`` give ``text`` different name or quote spans.

    >>> names_differ("T\\n\\n“We pay $5bn,” Mark Esper said in Seoul on Friday.", "2019-11-16")
    False
    """
    full = annotate(text, published)
    alone = names_and_quotes(parse_article(text, published))
    kinds = {"person", "org", "place", "agreement", "quote"}
    return seen(alone) != seen([s for s in full.spans if s.kind in kinds])


def test_dev_articles_give_the_same_quotes() -> None:
    texts = dev_texts()
    assert len(texts) >= 95
    assert sum(len(quote_spans(text, pub)) for _, text, pub in texts) >= 200  # texts with quotes to compare
    assert [aid for aid, text, pub in texts if differs(text, pub)] == []


def test_dev_articles_give_the_same_names_and_quotes() -> None:
    texts = dev_texts(every=2)[1::2]  # every fourth battery article (about every eighth dev one), from the second
    assert len(texts) >= 60
    assert [aid for aid, text, pub in texts if names_differ(text, pub)] == []


@pytest.mark.parametrize("text", [paths.SEED_ARTICLE.read_text(encoding="utf-8"), HOSTILE], ids=["seed", "hostile"])
def test_seed_and_hostile_give_the_same_quotes(text: str) -> None:
    assert quote_spans(text)
    assert not differs(text)


def test_quotes26_cases_give_the_same_quotes() -> None:
    cases = battery()[::25]
    assert len(cases) >= 100
    assert [case.text[:200] for case in cases if differs(case.text)] == []


def test_a_different_span_is_seen() -> None:
    """The comparison sees a quote whose value differs (so the tests above can fail)."""
    text = "T\nNovember 16, 2019\n\n“We pay,” Mark Esper said."
    (q,) = quote_spans(text)
    (full,) = annotate(text).of_kind("quote")
    assert seen([q]) == seen([full])
    assert seen([q]) != [(*seen([full])[0][:4], full.value | {"speaker": None})]
