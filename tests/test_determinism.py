"""Determinism (tracker issue 6): the real notebooks and the real report build give the same bytes twice.

The first build is the suite's shared one (:func:`conftest.hostile_site`: every notebook in notebooks/ on
the hostile article, which also carries ordinary claims, with screenshots when Chromium is there); this
module makes ONE more build of the same article into a same-named folder, without screenshots. The
notebooks each build executed are captured as they come out of ``site.execute_notebook`` and compared
after the build's own clean-up (temp folder -> output folder), and the two output trees are compared file
by file, byte for byte (the screenshots, which only the first build was asked for, aside). The seed
article's notebooks are also compared with their saved outputs by nbval (``pytest --nbval``).
"""

from __future__ import annotations

import pytest
from conftest import Site, build_capturing, hostile_article, tree

from analysis import execute
from analysis import site as report


@pytest.fixture(scope="module")
def two_builds(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Site]:
    """(the shared build, a second build of the same input); the second is made before waiting for the first."""
    article = hostile_article(tmp_path_factory)
    out = tmp_path_factory.mktemp("twin") / "reports"
    second = Site(article, out, build_capturing(article, out))
    return request.getfixturevalue("hostile_site"), second


def test_every_notebook_gives_identical_outputs_twice(two_builds):
    first, second = two_builds
    names = [execute.notebook_name(p) for p in report.discover_notebooks()]
    assert sorted(first.outputs) == sorted(second.outputs) == sorted(names)
    for name in names:
        assert first.outputs[name] == second.outputs[name], f"{name}: outputs differ between two runs"


def test_two_report_builds_are_byte_identical(two_builds):
    first_site, second_site = two_builds
    first, second = tree(first_site.out), tree(second_site.out)
    shots = sorted(n for n in first if n.startswith("screenshots/"))
    assert [n for n in second if n.startswith("screenshots/")] == []  # written only when asked for
    first = {n: b for n, b in first.items() if n not in shots}
    assert sorted(first) == sorted(second)
    assert {"index.html", ".sma-report"} <= set(first)
    assert len([n for n in first if n.endswith(".html")]) == len(report.discover_notebooks()) + 1
    out1, out2 = str(first_site.out).encode(), str(second_site.out).encode()
    differ = [n for n in first if first[n].replace(out1, b"OUT") != second[n].replace(out2, b"OUT")]
    assert differ == [], f"files that differ between two builds: {differ}"
    # the output folder's own path is the only thing allowed to differ, and only if a notebook prints it
    same_bytes = [n for n in first if first[n] == second[n]]
    assert len(same_bytes) >= len(first) - len(report.discover_notebooks())
