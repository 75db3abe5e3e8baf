"""``analysis.screenshots.shoot``: a full-page shot that Chromium's compositor fails once is taken again; any other
error, or the same failure twice, is raised (no browser needed: a stand-in page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Error

from analysis.screenshots import _TRANSIENT, shoot


class Page:
    """A page whose first ``fails`` screenshots raise ``error``."""

    def __init__(self, fails: int, error: str) -> None:
        self.fails, self.error, self.calls = fails, error, 0

    def screenshot(self, path: str, full_page: bool) -> None:
        self.calls += 1
        if self.calls <= self.fails:
            raise Error(self.error)
        Path(path).write_bytes(b"png")


def test_a_transient_capture_failure_is_taken_again(tmp_path: Path) -> None:
    page = Page(1, f"Page.screenshot: Protocol error (Page.captureScreenshot): {_TRANSIENT}")
    shoot(page, tmp_path / "a.png")
    assert page.calls == 2 and (tmp_path / "a.png").read_bytes() == b"png"


@pytest.mark.parametrize(("fails", "error"), [(2, _TRANSIENT), (1, "Target page, context or browser has been closed")])
def test_a_repeated_or_other_failure_is_raised(tmp_path: Path, fails: int, error: str) -> None:
    page = Page(fails, error)
    with pytest.raises(Error, match=error):
        shoot(page, tmp_path / "a.png")
    assert not (tmp_path / "a.png").exists()
