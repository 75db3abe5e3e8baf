"""Rendered reports in a real browser: Debian's Chromium driven by Playwright, over file://.

Every ``*.html`` of a build is opened (discovered, not listed): its chart images load, the console
stays free of errors, nothing is fetched from the network, and a hostile article (a <script>, an
<img onerror>, a javascript: link) shows as inert text. A screenshot of each page is saved in the
test's tmp_path. Without /usr/bin/chromium the tests skip, unless CI=true, where that is a failure.

The build runs the project's real notebooks (``report.discover_notebooks()``) on the hostile article,
which also carries ordinary claims, so the annotated article has highlights to hover.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NOTEBOOKS = report.discover_notebooks()

HOSTILE = (Path(__file__).parent / "fixtures" / "articles" / "hostile.txt").read_text(encoding="utf-8")


def _need(reason: str) -> None:
    """Skip locally, fail under CI=true: CI must not pass by skipping the browser."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true, so this is a failure)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        _need(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright (python) is not installed: pip install -e '.[test]'")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of NOTEBOOKS with the hostile article; returns the report folder."""
    base = tmp_path_factory.mktemp("site")
    article = base / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = base / "reports"
    report.build_reports(article=article, out=out, notebooks=NOTEBOOKS, progress=False)
    return out


def pages_of(site: Path) -> list[Path]:
    pages = sorted(site.glob("*.html"))
    assert site / "index.html" in pages and len(pages) >= 2, pages
    return pages


def visit(browser, page_file: Path, shot: Path | None = None) -> dict:
    """Open one page; return what happened: console errors, dialogs, requests, images, the page."""
    seen: dict = {"errors": [], "dialogs": [], "requests": []}
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(f"uncaught: {e}"))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on(
        "request",
        lambda r: None if r.url.startswith(("file:", "data:")) else seen["requests"].append(r.url),
    )
    page.goto(page_file.as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # let anything an onerror or timer would do happen
    seen["images"] = page.evaluate(
        "[...document.images].map(i => ({src: i.src.slice(0, 40), ok: i.complete && i.naturalWidth > 0}))"
    )
    seen["pwned"] = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
    seen["scripts"] = page.evaluate("document.scripts.length")
    seen["js_links"] = page.locator('a[href^="javascript:" i]').count()
    seen["text"] = page.locator("body").inner_text()
    if shot is not None:
        page.screenshot(path=str(shot), full_page=True)
    context.close()
    return seen


def test_every_report_loads_its_images_without_errors_or_network(browser, site, tmp_path):
    problems, charts = [], 0
    for page_file in pages_of(site):
        shot = tmp_path / f"{page_file.stem}.png"
        seen = visit(browser, page_file, shot)
        name = page_file.name
        problems += [f"{name}: console: {e}" for e in seen["errors"]]
        problems += [f"{name}: fetched {u}" for u in seen["requests"]]
        problems += [f"{name}: image did not load: {i['src']}" for i in seen["images"] if not i["ok"]]
        charts += sum(i["src"].startswith("data:image/png") for i in seen["images"])
        assert shot.stat().st_size > 1000, f"{name}: empty screenshot"
    assert problems == []
    assert charts >= 1, "no chart image in any report"


def test_hostile_article_renders_as_inert_text(browser, site):
    for page_file in pages_of(site):
        name = page_file.name
        seen = visit(browser, page_file)
        assert seen["dialogs"] == [], name
        assert seen["pwned"] is None, f"{name}: the article's script ran"
        assert seen["scripts"] == 0, name
        assert seen["js_links"] == 0, name
        assert '<script>window.__pwned = 1; alert("title")</script> Allies Asked' in seen["text"], name
        assert "<img src=x onerror=" in seen["text"], name
        raw = page_file.read_text(encoding="utf-8")
        assert "&lt;script&gt;window.__pwned = 1" in raw and "<script>" not in raw, name
        assert not re.search(r"<img\b[^>]*onerror", raw, re.IGNORECASE), name
    article_text = visit(browser, site / "01-annotated-article.html")["text"]
    assert 'Read <a href="javascript:window.__pwned = 3; alert(3)">this link</a> & weep.' in article_text


def test_annotated_article_shows_highlights_with_hover_titles(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "01-annotated-article.html").as_uri(), wait_until="load")
    titles = page.locator(".sma-article mark[title]").evaluate_all("ms => ms.map(m => m.title)")
    legend = page.locator(".sma-legend span").count()
    colour = page.locator(".sma-article mark.k-money").first.evaluate("m => getComputedStyle(m).backgroundColor")
    context.close()
    assert legend >= 5
    assert any(t.startswith("money: 5,000,000,000 USD per year") and "verdict: supported" in t for t in titles)
    assert any(t.startswith("date: 2019-11-13 (weekday)") for t in titles)
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
