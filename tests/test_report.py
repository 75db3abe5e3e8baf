"""The report builder: executed fixture notebooks -> self-contained, reproducible HTML.

Kernels cost seconds, so one module-wide build (a hostile article, the chart fixture) serves most
tests; the failing build and the --show-code build run once each.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import nbformat.v4 as v4
import pytest
from conftest import FIXTURES, HOSTILE, leftovers, tree

from analysis import execute
from analysis import site as report
from analysis.article import read_article
from analysis.cli import main as cli_main
from analysis.errors import DataError, InputError

CHART = FIXTURES / "notebooks" / "01-chart.ipynb"


@dataclass(frozen=True)
class Build:
    """One build of the chart fixture with a hostile article: its pages, and the child processes it left."""

    article: Path
    out: Path
    pages: list[Path]
    left_behind: frozenset[int]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    base = tmp_path_factory.mktemp("built")
    article = base / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = base / "reports"
    before = _children()
    pages = report.build_reports(article=article, out=out, notebooks=[CHART], progress=False)
    return Build(article, out, pages, frozenset(_children() - before))


@pytest.fixture(scope="module")
def built(build: Build) -> tuple[Path, Path, list[Path]]:
    """(article, out, pages) of the module's build."""
    return build.article, build.out, build.pages


# --- a successful build ----------------------------------------------------------------------


def test_build_writes_index_one_page_per_notebook_and_chart_files(built):
    _, out, pages = built
    assert [p.name for p in pages] == ["index.html", "01-chart.html"]
    assert sorted(tree(out)) == [
        ".sma-report",
        "01-chart.html",
        "figures/01-tiny.csv",
        "figures/01-tiny.png",
        "index.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    for href in ("01-chart.html", "figures/01-tiny.png", "figures/01-tiny.csv"):
        assert f'href="{href}"' in index
    assert ">A tiny chart</a>" in index
    assert (out / "figures" / "01-tiny.csv").read_text() == "year,usd_billion\n2018,0.8\n2019,0.9\n"


def test_code_is_hidden_by_default_outputs_are_kept(built):
    page = (built[1] / "01-chart.html").read_text(encoding="utf-8")
    assert "subplots" not in page and "OUTPUT_DIR =" not in page and "import csv" not in page
    assert re.search(r"<h1[^>]*>A tiny chart<", page)
    assert "jp-InputPrompt" not in page.split("<body", 1)[1]


def test_kernel_is_the_current_python(built):
    page = (built[1] / "01-chart.html").read_text(encoding="utf-8")
    assert f"kernel: {html.escape(sys.executable)}" in page


def test_images_are_embedded_and_nothing_is_fetched_or_run(built):
    for name in ("index.html", "01-chart.html"):
        page = (built[1] / name).read_text(encoding="utf-8")
        srcs = re.findall(r"<img\b[^>]*\bsrc=\"([^\"]*)\"", page)
        assert all(s.startswith("data:image/") for s in srcs), name
        assert "<script" not in page.lower(), name
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.split("<footer", 1)[0]), name
        assert "Content-Security-Policy" in page
    chart = (built[1] / "01-chart.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<img\b[^>]*src="data:image/png;base64,', chart)) == 1


def test_header_shows_article_metadata_and_footer_the_sources(built):
    page = (built[1] / "01-chart.html").read_text(encoding="utf-8")
    header = page.split('<header class="sma-header">', 1)[1].split("</header>", 1)[0]
    assert "Allies Asked to Pay More" in header and "Jane Doe" in header and "2019-11-16" in header
    assert "hostile.txt" in header
    footer = page.split('<footer class="sma-footer">', 1)[1]
    assert "Data sources" in footer
    sources = report.read_sources()
    assert sources, "data/sources.csv lists no source"
    assert html.escape(sources[0].title, quote=False) in footer


def test_hostile_article_is_escaped_in_header_body_and_index(built):
    for name in ("index.html", "01-chart.html"):
        page = (built[1] / name).read_text(encoding="utf-8")
        assert "&lt;script&gt;window.__pwned = 1" in page, name
        assert "<script>window.__pwned" not in page, name
        assert "<img src=x" not in page and '<img src="x"' not in page, name
        assert not re.search(r"<a\b[^>]*href=[\"']?javascript:", page, re.IGNORECASE), name
    body = (built[1] / "01-chart.html").read_text(encoding="utf-8")
    assert re.search(r"&lt;a href=(\"|&quot;)javascript:window.__pwned = 3", body)  # the notebook's display


def test_two_builds_are_byte_identical_and_leave_no_temp_folders(built):
    article, out, _ = built
    first = tree(out)
    report.build_reports(article=article, out=out, notebooks=[CHART], progress=False)
    assert tree(out) == first
    assert leftovers(out) == []
    text = re.sub(rb'href="[^"]*"', b"", b"".join(first.values()))  # sources' addresses may hold uuids
    assert b".build-" not in text and b"reports.build" not in text
    assert re.search(rb"\b20[2-9]\d-\d\d-\d\dT\d\d:\d\d", text) is None  # no ISO timestamps
    assert re.search(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text) is None  # uuids


def test_show_code_and_published_override_through_the_cli(built, tmp_path, capsys):
    """``python -m analysis report`` (``cli.main``, in this process) with --show-code and --published."""
    article, _, _ = built
    folder = tmp_path / "nbs"
    folder.mkdir()
    shutil.copy(CHART, folder)
    out = tmp_path / "out"
    code = cli_main(["report", "--no-progress", "--article", str(article), "--published", "2019-11-17",
                     "--out", str(out), "--notebooks", str(folder), "--show-code"])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0, said.err
    assert said.out.strip() == str(out.resolve() / "index.html")
    page = (out / "01-chart.html").read_text(encoding="utf-8")
    assert "subplots" in page and "jp-InputPrompt" in page
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert f'OUTPUT_DIR = "{out.resolve() / "figures"}"' in text  # the final folder, not the temp one
    assert 'PUBLISHED = "2019-11-17"' in text
    assert '<dd class="sma-article-published">2019-11-17</dd>' in page


# --- failures leave the previous build alone (bad articles, options and notebooks: test_bad_inputs.py) ------


def test_bad_published_date_exits_2(tmp_path, capsys):
    code = cli_main(["report", "--published", "2019-02-30", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--published" in err
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_replace_a_folder_it_did_not_build(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_text("precious")
    assert cli_main(["report", "--out", str(out), "--notebooks", str(FIXTURES / "notebooks")]) == 2
    assert "did not make" in capsys.readouterr().err
    assert tree(out) == {"thesis.docx": b"precious"}


# --- pieces, without a kernel ----------------------------------------------------------------


def test_inject_parameters_goes_after_the_parameters_cell_and_replaces_an_old_one():
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# T"),
            v4.new_code_cell("ARTICLE = None", metadata={"tags": ["parameters"]}),
            v4.new_code_cell("ARTICLE = 'old'", metadata={"tags": ["injected-parameters"]}),
            v4.new_code_cell("print(ARTICLE)"),
        ]
    )
    new, at = execute.inject_parameters(nb, {"ARTICLE": "a'b.txt", "PUBLISHED": None, "OUTPUT_DIR": "/x"})
    assert at == 2 and len(new.cells) == 4 and len(nb.cells) == 4
    ns: dict = {}
    exec(new.cells[at].source, ns)
    assert (ns["ARTICLE"], ns["PUBLISHED"], ns["OUTPUT_DIR"]) == ("a'b.txt", None, "/x")
    assert new.cells[3].source == "print(ARTICLE)"
    untagged, at = execute.inject_parameters(v4.new_notebook(cells=[v4.new_code_cell("1")]), {"ARTICLE": None})
    assert at == 0 and untagged.cells[0].id == "injected-parameters"


def test_notebooks_without_cell_ids_get_stable_ones(tmp_path):
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("# T"), v4.new_code_cell("1")])
    raw = nbformat.writes(nb)
    raw = re.sub(r'\s*"id": "[^"]*",', "", raw).replace('"nbformat_minor": 5', '"nbformat_minor": 4')
    path = tmp_path / "01-old.ipynb"
    path.write_text(raw)
    assert [c.id for c in execute.load_notebook(path).cells] == ["cell-1", "cell-2"]
    assert [c.id for c in execute.load_notebook(path).cells] == ["cell-1", "cell-2"]


def test_sources_footer_links_only_http_and_escapes(tmp_path):
    csv_file = tmp_path / "sources.csv"
    csv_file.write_text(
        "source_id,publisher,title,date,url,note\n"
        'evil,<b>Pub</b>,"<script>alert(1)</script>",2019,javascript:alert(1),\n'
        "ok,Yonhap,Fine title,2019-11-15,https://example.org/a?b=1&c=2,\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="url"):  # the validated loader refuses a javascript: address
        report.read_sources(csv_file)
    csv_file.write_text(csv_file.read_text().replace(",2019,javascript:alert(1),", ",2019,https://example.org/e,"))
    sources = report.read_sources(csv_file)
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("# T")])
    page = report.render_notebook_html(nb, article=read_article(report.paths.SEED_ARTICLE), sources=sources)
    footer = page.split('<footer class="sma-footer">', 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in footer and "<script" not in footer
    assert "javascript:" not in footer
    assert 'href="https://example.org/a?b=1&amp;c=2"' in footer


def test_check_article_reads_title_byline_and_date_line(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("\ufeffHeadline\n\nBy Someone\nNovember 16, 2019\n\nBody.\n", encoding="utf-8")
    got = read_article(a)
    assert (got.title, got.byline, got.published.isoformat()) == ("Headline", "By Someone", "2019-11-16")
    b = tmp_path / "b.txt"
    b.write_text("Headline only\n\nBody without a date line.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no publication date"):
        read_article(b)  # as annotate and check: no date line needs --published
    assert read_article(b, published="2020-01-02").published.isoformat() == "2020-01-02"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        read_article(b, published="2020-1-2")


def _children() -> set[int]:
    """Live (not zombie) child processes of this process, from /proc."""
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            kids.add(int(stat.parent.name))
    return kids


def test_a_build_leaves_no_kernel_behind(build):
    """Each notebook's kernel is shut down when its notebook finishes (the module's build ran one)."""
    assert build.pages and build.left_behind == frozenset()
