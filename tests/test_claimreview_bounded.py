"""The ClaimReview export stays linear in its article (hunt33, issue #12: output, not only time, on hostile text).

Each review quoted its claim's whole sentence (``claimReviewed``) and the whole title line (``headline``): a run-on
sentence of k figures was written k times, 148.7 MB of JSON for one 40 KB paragraph of amounts. A review now quotes at
most ``claimreview.QUOTED_MOST`` characters of either, around its claim; sentences and titles of news length are
quoted whole, as before.
"""

from __future__ import annotations

import json

from analysis.check import check_text
from analysis.claimreview import QUOTED_MOST, to_claimreview


def review_chars(text: str) -> int:
    """Return the characters of the ClaimReview JSON of ``text`` (dated, so that runs agree)."""
    return len(json.dumps(to_claimreview(check_text(text, published="2019-11-16"), date_published="2020-01-01")))


def test_a_run_on_sentence_of_figures_is_not_quoted_whole_in_every_review() -> None:
    """Twice the figures in one sentence give at most a little over twice the output (four times before)."""
    small, large = (review_chars("T\n\n" + "Seoul paid $1 billion in 2019, " * n + "it said.") for n in (60, 120))
    assert large <= 2.2 * small, (small, large)


def test_a_long_title_is_quoted_once_cut() -> None:
    """A headline of any length is cut to QUOTED_MOST characters in each review."""
    text = "Seoul " * 2_000 + "\nNovember 16, 2019\n\nSeoul paid 1.0389 trillion won in 2019."
    reviews = to_claimreview(check_text(text), date_published="2020-01-01")
    headline = reviews[0]["itemReviewed"]["appearance"]["headline"]
    assert len(headline) == QUOTED_MOST and headline.endswith("…")


def test_a_news_sentence_is_quoted_whole() -> None:
    """A sentence of news length is the review's ``claimReviewed``, whole, as before."""
    sentence = "Seoul paid 1.0389 trillion won in 2019, an 8.2 percent rise from the year before."
    (review, *_) = to_claimreview(check_text("T\n\n" + sentence, published="2019-11-16"), date_published="2020-01-01")
    assert review["claimReviewed"] == sentence
