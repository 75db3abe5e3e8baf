"""Every notebook runs on an article other than the seed, and says so where the article has nothing to show.

The notebooks whose empty states are asserted here (:data:`BUILT`) are built on the article with nothing
to show, through the real report build. Every other notebook's cells that read the article (``ARTICLE``)
are run in this process on the same article, after its import cell, and must give the same empty state: a
kernel and the article-independent cells (the data charts) are left out. Every notebook, all cells, runs on
another article than the seed in the suite's shared build (``conftest.hostile_site``, checked page by page
in ``test_determinism.py`` and ``test_browser.py``).
"""

from __future__ import annotations

import ast
from typing import Any

import pytest

from analysis import paths
from analysis import site as report
from analysis.execute import read_notebook

NO_CLAIMS = paths.ROOT / "tests" / "fixtures" / "articles" / "no-claims.txt"
BUILT = ("01-annotated-article", "03-timeline")
NO_NUMBERS = "No amounts, multipliers or percentages in this article."


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("any") / "reports"
    notebooks = [p for p in report.discover_notebooks() if p.stem in BUILT]
    pages = report.build_reports(article=NO_CLAIMS, out=out, progress=False, notebooks=notebooks)
    return out, pages


def test_every_notebook_renders_for_an_article_without_money_dates_or_quotes(built):
    out, pages = built
    assert sorted(p.name for p in pages) == sorted(["index.html", *(f"{name}.html" for name in BUILT)])
    article = (out / "01-annotated-article.html").read_text(encoding="utf-8")
    assert "No checkable claims" in article
    assert "No quotations in this article." in article
    assert NO_NUMBERS in article
    assert "Quiet Day on the Peninsula" in article
    timeline = (out / "03-timeline.html").read_text(encoding="utf-8")
    assert "The article's body gives no dates." in timeline
    assert (out / "figures" / "05-timeline.png").stat().st_size > 0


def run_cell(source: str, namespace: dict[str, Any]) -> Any:
    """Run a code cell's ``source`` in ``namespace``; return the value of its last line if that is an expression."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "<cell>", "exec"), namespace)
    return None if last is None else eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)


def test_the_other_notebooks_article_cells_show_the_same_empty_state(tmp_path):
    others = [p for p in report.discover_notebooks() if p.stem not in BUILT]
    assert others, "every notebook is built above: nothing to run here"
    shown = []
    for path in others:
        code = [c.source for c in read_notebook(path).cells if c.cell_type == "code"]
        namespace = {"ARTICLE": str(NO_CLAIMS), "PUBLISHED": None, "OUTPUT_DIR": str(tmp_path)}
        run_cell(code[1], namespace)  # the cell that imports the package (code[0] is the parameters cell)
        for source in code[2:]:
            if "ARTICLE" in source:
                value = run_cell(source, namespace)
                shown.append(value._repr_html_() if hasattr(value, "_repr_html_") else repr(value))
    assert shown, "no other notebook reads the article"
    assert any(NO_NUMBERS in html for html in shown), shown
