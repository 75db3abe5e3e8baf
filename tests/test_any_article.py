"""Every notebook runs on an article other than the seed, and says so where the article has nothing to show."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis import site as report

NO_CLAIMS = paths.ROOT / "tests" / "fixtures" / "articles" / "no-claims.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("any") / "reports"
    pages = report.build_reports(article=NO_CLAIMS, out=out, progress=False)
    return out, pages


def test_every_notebook_renders_for_an_article_without_money_dates_or_quotes(built):
    out, pages = built
    names = sorted(p.name for p in pages)
    assert names == sorted(["index.html", *(f"{nb.stem}.html" for nb in report.discover_notebooks())])
    article = (out / "01-annotated-article.html").read_text(encoding="utf-8")
    assert "No checkable claims" in article
    assert "No quotations in this article." in article
    assert "No amounts, multipliers or percentages in this article." in article
    assert "Quiet Day on the Peninsula" in article
    timeline = (out / "03-timeline.html").read_text(encoding="utf-8")
    assert "The article's body gives no dates." in timeline
    assert (out / "figures" / "05-timeline.png").stat().st_size > 0
