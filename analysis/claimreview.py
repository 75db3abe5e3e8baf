"""Exports of a check: schema.org ClaimReview (JSON-LD) for fact-check consumers, and the claims as CSV.

Each review names the article by its portable address (:func:`analysis.extract.export.article_identity`:
``--base-url``, else the article's ``url`` in data/articles.csv, else ``urn:sha256:<digest>``), never a local
path. It carries what fact-check consumers require or recommend: the review's ``url``, its ``author`` (the
reviewing organisation, :data:`REVIEWER`), its ``datePublished``, the ``itemReviewed`` claim with its
``author`` (byline and outlet) and an absolute ``appearance.url`` with an RFC 5147 ``#char=start,end`` fragment.

>>> from analysis.check import check_text
>>> report = check_text("T\\n\\nSeoul paid 1.0389 trillion won this year.", "2019-11-16")
>>> review = to_claimreview(report, base_url="https://example.org/story", date_published="2026-01-02")[0]
>>> review["url"], review["itemReviewed"]["appearance"]["url"], review["reviewRating"]["alternateName"]
('https://example.org/story#claim-c1', 'https://example.org/story#char=14,33', 'supported')
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from analysis.contexts import SCHEMA_ORG
from analysis.csvfile import csv_text
from analysis.extract.export import ArticleIdentity, article_identity
from analysis.views import shorten

if TYPE_CHECKING:
    from analysis.article import Article
    from analysis.check import CheckReport, Claim

__all__ = ["CSV_COLUMNS", "RATING", "REVIEWER", "Reviewer", "review_date", "to_claimreview", "to_csv"]


@dataclass(frozen=True)
class Reviewer:
    """The organisation that signs the reviews (schema.org ``author`` of a ClaimReview)."""

    name: str
    url: str = ""

    def to_jsonld(self) -> dict[str, str]:
        """Return the reviewer as a schema.org Organization.

        >>> Reviewer("Desk").to_jsonld()
        {'@type': 'Organization', 'name': 'Desk'}
        """
        return {"@type": "Organization", "name": self.name, **({"url": self.url} if self.url else {})}


#: Who signs the reviews: the one place to set it. The default says what made them: this project's checker.
REVIEWER = Reviewer("sma-article-analysis (automated claim check)")

#: schema.org Rating values for each verdict (1 = worst, 4 = best); alternateName carries the verdict.
RATING = {"contradicted": 1, "misleading": 2, "unverifiable": 3, "not_checkable": 3, "supported": 4}

CSV_COLUMNS = ["id", "start", "end", "exact", "kind", "verdict", "evidence", "sources", "rows"]


def review_date() -> str:
    """Return the reviews' publication date: ``SOURCE_DATE_EPOCH`` (reproducible builds) if set, else today (UTC).

    >>> len(review_date()) == 10
    True
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


@cache
def _sources() -> dict[str, dict[str, str]]:
    """Return each source's title and address by id (data/sources.csv), for the reviews' ``isBasedOn``."""
    from analysis.data import load_sources

    return {row.source_id: {"name": row.title, "url": row.url} for row in load_sources().itertuples()}


#: The most characters of a claim's sentence (and of the headline) a review quotes: a run-on sentence of many figures
#: is quoted around each figure, not whole in every review (hunt33: the output grew with figures times the sentence).
QUOTED_MOST = 400


def claim_reviewed(c: Claim, article: Article) -> str:
    """Return the words a review quotes for claim ``c``: its sentence, or in a sentence over :data:`QUOTED_MOST`
    characters the stretch of it around the claim (``…`` where it is cut).

    >>> from analysis.check import check_text
    >>> r = check_text("T\\n\\nSeoul paid 1.0389 trillion won in 2019" + ", and more" * 80 + ".", "2019-11-16")
    >>> text = claim_reviewed(r.claims[0], r.annotation.article)
    >>> text[:38], len(text) <= QUOTED_MOST + 2, text[-1]
    ('Seoul paid 1.0389 trillion won in 2019', True, '…')
    """
    if len(c.sentence) <= QUOTED_MOST:
        return c.sentence.strip() or c.exact
    sentences = article.sentences
    k = bisect.bisect_right(sentences.starts, c.start) - 1
    s0, s1 = (sentences.starts[k], sentences.ends[k]) if k >= 0 else (c.start, c.end)
    lo, hi = max(s0, c.start - QUOTED_MOST // 2), min(max(s1, c.end), c.end + QUOTED_MOST // 2)
    words = " ".join(article.text[lo:hi].split())
    return ("…" if lo > s0 else "") + words + ("…" if hi < s1 else "")


def _review(c: Claim, ident: ArticleIdentity, src: dict[str, Any], date: str, reviewer: Reviewer,
            quoted: str) -> dict[str, Any]:
    byline = {"@type": "Person", "name": ident.byline} if ident.byline else None
    outlet = {"@type": "Organization", "name": ident.outlet} if ident.outlet else None
    authors = [a for a in (byline, outlet) if a]  # who made the claim: the byline and the outlet
    appearance = {"@type": "NewsArticle", "url": f"{ident.iri}#char={c.start},{c.end}",
                  "headline": src.get("title") or "", "datePublished": src["published"],
                  **({"author": byline} if byline else {}), **({"publisher": outlet} if outlet else {})}
    return {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "@id": f"{ident.iri}#claim-{c.id}",
        "url": f"{ident.iri}#claim-{c.id}",
        "author": reviewer.to_jsonld(),
        "datePublished": date,
        "claimReviewed": quoted,
        "itemReviewed": {"@type": "Claim", "text": c.exact, "datePublished": src["published"],
                         **({"author": authors} if authors else {}), "appearance": appearance},
        "reviewRating": {"@type": "Rating", "ratingValue": RATING[c.verdict], "bestRating": 4, "worstRating": 1,
                         "alternateName": c.verdict, "ratingExplanation": c.evidence},
        "isBasedOn": [{"@type": "CreativeWork", "identifier": s, **_sources().get(s, {})} for s in c.sources],
    }


def to_claimreview(report: CheckReport, base_url: str | None = None, date_published: str | None = None,
                   reviewer: Reviewer = REVIEWER) -> list[dict[str, Any]]:
    """Return one schema.org ClaimReview (JSON-LD) per claim (see the module docstring).

    ``base_url`` names the article (InputError if it is not an absolute address or is a local file);
    ``date_published`` (``YYYY-MM-DD``) dates the reviews, default :func:`review_date`.

    >>> from analysis.check import check_text
    >>> r = to_claimreview(check_text("T\\nBy Jo Reporter\\nNovember 16, 2019\\n\\nSeoul paid 1.0389 trillion won."))
    >>> r[0]["url"].startswith("urn:sha256:"), r[0]["itemReviewed"]["author"], r[0]["author"]["@type"]
    (True, [{'@type': 'Person', 'name': 'Jo Reporter'}], 'Organization')
    """
    article = report.annotation.article
    ident = article_identity(article, base_url)
    src = report.annotation.source()
    if len(src["title"]) > QUOTED_MOST:  # the headline is repeated in every review: a whole line of any length is not
        src["title"] = shorten(src["title"], QUOTED_MOST)
    date = date_published or review_date()
    return [_review(c, ident, src, date, reviewer, claim_reviewed(c, article)) for c in report.claims]


def to_csv(report: CheckReport) -> str:
    """Return the claims as CSV text, one row per claim (lists joined by semicolons); RFC 4180 quoting, CRLF rows.

    >>> from analysis.check import check_text
    >>> print(to_csv(check_text("T\\n\\nSeoul paid 1.0389 trillion won this year.", "2019-11-16")).splitlines()[0])
    id,start,end,exact,kind,verdict,evidence,sources,rows
    """
    rows = []
    for c in report.claims:
        d = c.to_dict()
        rows.append([";".join(d[k]) if isinstance(d[k], list) else d[k] for k in CSV_COLUMNS])
    return csv_text(CSV_COLUMNS, rows)
