"""Screenshots of built report pages in headless Chromium, for a reviewer without a browser.

``python -m analysis report --screenshots`` calls :func:`capture` on the finished build (before it
replaces the old one): every ``*.html`` is shot full-page at each width in ``WIDTHS`` into
``screenshots/<page>-<width>.png``. Chromium is Debian's (``/usr/bin/chromium``, or ``$CHROMIUM``),
driven by Playwright; Playwright's own browser download is not needed.

>>> [w for w in WIDTHS]
[1280, 375]
>>> shot_name(Path("01-annotated-article.html"), 375)
'01-annotated-article-375.png'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from analysis.errors import InputError

WIDTHS = (1280, 375)
HEIGHT = 900
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> Path:
    """Return the Chromium executable to drive: ``$CHROMIUM`` if set, else Debian's /usr/bin/chromium."""
    return Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))


def require_browser() -> Path:
    """Return the Chromium path, or raise InputError (what, where, what to do) if it or Playwright is missing."""
    path = chromium_path()
    if not path.exists():
        raise InputError("no Chromium to take screenshots with", where=str(path),
                         fix="run `apt-get install -y chromium` (or set CHROMIUM), or build without --screenshots")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise InputError("Playwright is not installed", where="python environment",
                         fix="pip install -e '.[test]', or build without --screenshots") from None
    return path


def shot_name(page: Path, width: int) -> str:
    """Return the file name of ``page``'s screenshot at ``width`` pixels."""
    return f"{page.stem}-{width}.png"


def capture(folder: Path, widths: Iterable[int] = WIDTHS, out: Path | None = None) -> list[Path]:
    """Shoot every ``*.html`` in ``folder`` full-page at each width into ``out`` (default folder/screenshots)."""
    from playwright.sync_api import sync_playwright

    browser_path = require_browser()
    out = out or folder / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(browser_path), args=CHROMIUM_ARGS)
        try:
            for width in widths:
                context = browser.new_context(viewport={"width": width, "height": HEIGHT})
                page = context.new_page()
                for html in sorted(folder.glob("*.html")):
                    page.goto(html.as_uri(), wait_until="load")
                    target = out / shot_name(html, width)
                    shoot(page, target)
                    written.append(target)
                context.close()
        finally:
            browser.close()
    return written


#: Chromium's answer when its compositor gives up on a capture (seen on a full-page shot of a 40,000-pixel page while
#: the machine ran eight other processes); the same shot taken again succeeds.
_TRANSIENT = "Unable to capture screenshot"


def shoot(page, target: Path, tries: int = 2) -> None:
    """Write a full-page screenshot of ``page`` to ``target``, taking it again once if Chromium reports the transient
    capture failure :data:`_TRANSIENT` (any other error, or the same one twice, is raised)."""
    from playwright.sync_api import Error

    for attempt in range(tries):
        try:
            page.screenshot(path=str(target), full_page=True)
            return
        except Error as exc:
            if _TRANSIENT not in str(exc) or attempt == tries - 1:
                raise
