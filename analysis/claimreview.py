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

import datetime as dt
import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from analysis.contexts import SCHEMA_ORG
from analysis.csvfile import csv_text
from analysis.extract.export import ArticleIdentity, article_identity

if TYPE_CHECKING:
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
RATING = {"contradicted": 1, "misleading": 2, "unverifiable": 3, "supported": 4}

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


def _review(c: Claim, ident: ArticleIdentity, src: dict[str, Any], date: str, reviewer: Reviewer) -> dict[str, Any]:
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
        "claimReviewed": c.sentence.strip() or c.exact,
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
    ident = article_identity(report.annotation.article, base_url)
    src = report.annotation.source()
    date = date_published or review_date()
    return [_review(c, ident, src, date, reviewer) for c in report.claims]


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
