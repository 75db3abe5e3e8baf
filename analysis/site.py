"""Building the report site: every numbered notebook executed on the article, rendered as a page, plus an index.

:func:`build_reports` first checks everything a user can get wrong, with the standard library where it
can (the article, the output folder, every data file read as its schema's CSV) and then the validated
loaders of :mod:`analysis.data`, so that a bad article or a broken data file fails in about a second
with one line, before pandas is needed and long before a kernel starts. Then each notebook runs through
:mod:`analysis.execute` and renders through the house template (``analysis/templates/sma_report``):
code hidden unless asked for, images embedded as ``data:`` URIs, no scripts, a header with the article's
title, byline and date, and a footer listing ``data/sources.csv``. ``index.html`` links the pages and
the chart files (PNG + CSV) the notebooks wrote into ``figures/``.

A build is atomic and reproducible: it happens in a temporary folder beside the output, which replaces
the output (:func:`swap`) only when every notebook ran; two builds of the same input are byte-identical.

>>> notebook_title(read_notebook(paths.ROOT / "tests" / "fixtures" / "notebooks" / "01-chart.ipynb"), "x")
'A tiny chart'
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from analysis import __version__, paths
from analysis.article import Article, read_article
from analysis.errors import DataError, InputError
from analysis.execute import (
    discover_notebooks,
    execute_notebook,
    inject_parameters,
    kernel_env,
    notebook_name,
    read_notebook,
    strip_run_noise,
)

__all__ = ["MARKER", "Source", "build_reports", "check_out", "discover_notebooks", "notebook_title", "read_sources",
           "render_index", "render_notebook_html", "swap", "validate_data"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "sma_report"
SITE_TITLE = "SMA article fact-check"
SOURCES_FILE = "data/sources.csv"
MARKER = ".sma-report"  # marks a folder as a build, so a later build may replace it
_TEXT_MIMETYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "image/svg+xml")


@dataclass(frozen=True)
class Source:
    """One row of data/sources.csv as the footer lists it (the loader has checked that ``url`` is http(s))."""

    source_id: str
    publisher: str
    title: str
    date: str
    url: str
    note: str = ""


@dataclass(frozen=True)
class Page:
    """One built page: the notebook it came from, its title, its file and the chart files it wrote."""

    notebook: Path
    title: str
    html_name: str
    files: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Run:
    """What every notebook of one build shares: the article, the folders, the kernel environment and the sources."""

    art: Article
    article_given: bool
    published: str | None
    out: Path
    tmp: Path
    env: dict[str, str]
    sources: tuple[Source, ...]
    show_code: bool


# --- checks before anything runs -----------------------------------------------------------


def read_sources(path: str | Path | None = None) -> list[Source]:
    """Return the rows of data/sources.csv (or ``path``, read as that table) in file order, every cell checked.

    >>> read_sources()[0].url.startswith("http")
    True
    """
    from analysis import schema

    table = schema.check_table("sources", Path(path) if path is not None else None)
    names = [f for f in Source.__dataclass_fields__ if f in table.header]
    return [Source(**{k: row[k] for k in names}) for row in table.dicts()]


def validate_data() -> None:
    """Check every table of data/datapackage.json and the gazetteer; raise DataError (one line) for the first problem.

    Files that cannot be read as their schema's CSV fail first, then every cell is checked against its schema
    (:func:`analysis.schema.check_all`), both with the standard library only (no pandas: well under a second).
    A table not yet in the cache of validated tables is then validated by its loader and saved there (what
    the notebooks' kernels read back); then the gazetteer is read.

    >>> validate_data()
    """
    from analysis import data, schema

    data.check_files()
    schema.check_all()
    try:
        for res in data.datapackage()["resources"]:
            if not data.is_cached(res["name"]):
                data.load_table(res["name"])
        from analysis.extract.entities import load_gazetteer

        load_gazetteer()
    except DataError:
        raise
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:  # a loader's own message is better
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise InputError(f"cannot validate the data ({what})", where=str(paths.DATA),
                         fix="restore data/ from git") from None  # fmt: skip


def check_out(out: Path) -> None:
    """Refuse an output under a file or in a folder that cannot be written, and a folder a build did not make.

    >>> check_out(paths.SEED_ARTICLE / "reports")
    Traceback (most recent call last):
    analysis.errors.InputError: .../reports: output is under ...txt, which is a file; give a folder with --out
    """
    if out.exists() and not out.is_dir():
        raise InputError("output exists and is not a folder", where=str(out), fix="give a folder with --out")
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"output is under {parent}, which is a file", where=str(out), fix="give a folder with --out")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"cannot write in {parent} (read-only)", where=str(out),
                         fix="give a folder you can write to with --out")  # fmt: skip
    if out.is_dir() and out != paths.REPORTS.resolve() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError("output folder has files that a build did not make and would replace", where=str(out),
                         fix="give a new or empty folder with --out")  # fmt: skip


# --- rendering -----------------------------------------------------------------------------


def notebook_title(nb: Any, default: str) -> str:
    """Return the first Markdown heading of the notebook (without ``#``), else ``default``.

    >>> import nbformat.v4 as v4
    >>> notebook_title(v4.new_notebook(cells=[v4.new_markdown_cell("Intro\\n\\n## Who pays *more*?")]), "x")
    'Who pays *more*?'
    """
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            m = re.match(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", line)
            if m:
                return m.group(1)
    return default


def _display_path(path: str | Path | None) -> str:
    """Return how the header names the article file: relative to the project, else its name.

    >>> _display_path(paths.SEED_ARTICLE), _display_path("/tmp/x/a.txt")
    ('data/articles/2019-11-16-north-korea-angling.txt', 'a.txt')
    """
    path = Path(path or "")
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return path.name


def _house(article: Article, sources: Sequence[Source], built_from: str) -> dict[str, Any]:
    """Return what the house header and footer show (every value is escaped by the templates)."""
    return {
        "site_title": SITE_TITLE,
        "generator": f"sma-article-analysis {__version__} report",
        "article": {"title": article.title, "byline": article.byline, "published": article.published.isoformat(),
                    "file": _display_path(article.path)},
        "sources": [vars(s) for s in sources],
        "sources_file": SOURCES_FILE,
        "built_from": built_from,
    }


def render_notebook_html(nb: Any, *, article: Article, sources: Sequence[Source] = (), show_code: bool = False,
                         name: str = "report", title: str | None = None, notebook_dir: Path | None = None) -> str:
    """Return one executed notebook as a self-contained HTML page in the house template.

    Code cells show only their outputs unless ``show_code``; images are ``data:`` URIs (Markdown
    images relative to ``notebook_dir`` too); cells tagged ``remove-cell`` are dropped, ``remove-input``
    / ``hide-input`` show outputs only, ``remove-output`` show code only.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_markdown_cell("# Who pays?"), v4.new_code_cell("1 + 1")])
    >>> page = render_notebook_html(nb, article=read_article(paths.SEED_ARTICLE))
    >>> "Who pays?" in page, "1 + 1" in page, "Cheryl Sanders" in page, "<script" in page
    (True, False, True, False)
    """
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    from analysis.render import toc_entries

    nb = copy.deepcopy(nb)
    nb.metadata["title"] = title or notebook_title(nb, name)
    exporter = HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=not show_code, exclude_input_prompt=not show_code,
                            exclude_output_prompt=not show_code, embed_images=True, anchor_link_text="¶")  # fmt: skip
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags={"remove-cell"}, remove_input_tags={"remove-input", "hide-input"},
                              remove_all_outputs_tags={"remove-output"}, enabled=True),
        enabled=True,
    )  # fmt: skip
    house = _house(article, sources, f"Built by sma-article-analysis {__version__} from {name}.ipynb.")
    house["toc"] = toc_entries(nb)
    resources = {"metadata": {"name": name, "path": str(notebook_dir or Path.cwd())}, "house": house}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return _tidy(body)


def render_index(pages: Iterable[Page], *, article: Article, sources: Sequence[Source] = ()) -> str:
    """Return index.html: the article header, a link per page (and its chart files), the sources.

    >>> page = render_index([Page(Path("01-a.ipynb"), "A <b>", "01-a.html", ("figures/x y.png",))],
    ...                     article=read_article(paths.SEED_ARTICLE))
    >>> 'href="figures/x%20y.png"' in page, "A &lt;b&gt;" in page
    (True, True)
    """
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / TEMPLATE_NAME)), autoescape=True,
                             keep_trailing_newline=True)  # fmt: skip
    items = [{"title": p.title, "href": quote(p.html_name), "notebook": p.notebook.name,
              "files": [{"name": f, "href": quote(f)} for f in p.files]} for p in pages]  # fmt: skip
    n = len(items)
    built_from = f"Built by sma-article-analysis {__version__} from {n} notebook{'s' * (n != 1)}."
    page = env.get_template("reports_index.html.j2").render(house=_house(article, sources, built_from), reports=items)
    return _tidy(page)


def _tidy(page: str) -> str:
    """Return the page with ``\\n`` line ends and no trailing spaces, so the bytes do not depend on the platform.

    >>> _tidy("a  \\r\\nb\\n\\n")
    'a\\nb\\n'
    """
    lines = [ln.rstrip() for ln in page.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# --- the build -----------------------------------------------------------------------------


def build_reports(article: Path | None = None, published: str | None = None, out: Path | None = None,
                  show_code: bool = False, notebooks: list[Path] | None = None, progress: bool = True,
                  screenshots: bool = False) -> list[Path]:  # fmt: skip
    """Execute the notebooks with the article and write their HTML pages; return the pages written.

    ``out`` (default reports/) gets ``index.html`` first, then one ``NN-name.html`` per notebook, and
    ``figures/`` with whatever the notebooks saved into ``OUTPUT_DIR``. ``article=None`` means the seed
    article (the notebooks get ``ARTICLE = None``). Raises InputError (DataError for data/) before any
    kernel starts for a bad article, date, output folder or data file, and NotebookError if a notebook
    fails; either way ``out`` is unchanged. ``screenshots`` also writes ``screenshots/<page>-<width>.png``.

    >>> build_reports(article=Path("no-such-article.txt"))
    Traceback (most recent call last):
    analysis.errors.InputError: no-such-article.txt: no such file; check the path to the article
    """
    art = read_article(article if article is not None else paths.SEED_ARTICLE, published)
    out = Path(out if out is not None else paths.REPORTS).resolve()
    nb_paths = [Path(p).resolve() for p in (notebooks if notebooks is not None else discover_notebooks())]
    if not nb_paths:
        raise InputError("no notebooks to run", where=str(paths.NOTEBOOKS), fix="add notebooks named NN-name.ipynb")
    check_out(out)
    if screenshots:
        from analysis.screenshots import require_browser

        require_browser()
    validate_data()
    loaded = [read_notebook(p) for p in nb_paths]
    sources = tuple(read_sources())
    tmp = _make_build_dir(out)
    try:
        run = _Run(art=art, article_given=article is not None, published=published, out=out, tmp=tmp,
                   env=kernel_env(art.published.isoformat()), sources=sources, show_code=show_code)  # fmt: skip
        pages = _build_pages(run, nb_paths, loaded, progress)
        _finish_site(run, pages, screenshots)
        swap(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return [out / "index.html", *(out / p.html_name for p in pages)]


def _build_pages(run: _Run, nb_paths: list[Path], loaded: list[Any], progress: bool) -> list[Page]:
    """Return the pages built from the notebooks in order, with a progress bar (one step a cell) on stderr."""
    from tqdm.auto import tqdm

    (run.tmp / "figures").mkdir()
    total = sum(1 for nb in loaded for c in nb.cells if c.cell_type == "code") + len(loaded)
    with tqdm(total=total, unit="cell", file=sys.stderr, disable=None if progress else True, leave=False) as bar:
        return [_build_page(run, path, nb, bar) for path, nb in zip(nb_paths, loaded, strict=True)]


def _make_build_dir(out: Path) -> Path:
    """Return a new empty build folder beside ``out`` (with a normal folder's permissions); InputError if unwritable."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    except OSError as exc:
        raise InputError(f"cannot write the reports here: {exc.strerror or exc}", where=str(out),
                         fix="give a folder you can write to with --out") from None  # fmt: skip
    umask = os.umask(0)  # mkdtemp makes a private folder; give it the permissions a normal mkdir would
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)
    return tmp


def _build_page(run: _Run, path: Path, nb: Any, bar: Any) -> Page:
    """Return the page built from one notebook: run it with the parameters, render it, write its HTML."""
    figures = run.tmp / "figures"
    bar.set_description(path.stem)
    values = {"ARTICLE": str(Path(run.art.path or "").resolve()) if run.article_given else None,
              "PUBLISHED": run.published, "OUTPUT_DIR": str(figures)}  # fmt: skip
    injected, at = inject_parameters(nb, values)
    before = _digest_tree(figures)
    try:
        executed = execute_notebook(injected, path.parent, name=notebook_name(path), env=run.env,
                                    on_cell=lambda: bar.update(1), skip_index=at)  # fmt: skip
    except BaseException:
        bar.close()  # the one-line error must not share its line with the bar
        raise
    after = _digest_tree(figures)
    for old in (str(run.tmp), os.path.realpath(run.tmp)):
        _replace_in_outputs(executed, old, str(run.out))
    strip_run_noise(executed)
    title = notebook_title(executed, path.stem)
    page = render_notebook_html(executed, article=run.art, sources=run.sources, show_code=run.show_code,
                                name=path.stem, title=title, notebook_dir=path.parent)  # fmt: skip
    html_name = f"{path.stem}.html"
    _write(run.tmp / html_name, page)
    files = tuple(f"figures/{k}" for k, v in sorted(after.items()) if before.get(k) != v)
    return Page(path, title, html_name, files)


def _replace_in_outputs(nb: Any, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in every text of the executed notebook (sources and outputs).

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_code_cell("p = '/t/x'", outputs=[v4.new_output("stream", text="/t/x")])])
    >>> _replace_in_outputs(nb, "/t", "/out"); nb.cells[0].source, nb.cells[0].outputs[0].text
    ("p = '/out/x'", '/out/x')
    """

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(old, new)
        return [fix(v) for v in value] if isinstance(value, list) else value

    for cell in nb.cells:
        cell.source = fix(cell.source)
        for out in cell.get("outputs", []):
            for key in ("text", "traceback", "evalue"):
                if key in out:
                    out[key] = fix(out[key])
            for mime in _TEXT_MIMETYPES:
                if mime in out.get("data", {}):
                    out.data[mime] = fix(out.data[mime])


def _finish_site(run: _Run, pages: list[Page], screenshots: bool) -> None:
    """Write the index, the screenshots if asked and the marker into the build folder; drop an empty figures/."""
    figures = run.tmp / "figures"
    if not any(figures.iterdir()):
        figures.rmdir()
    _write(run.tmp / "index.html", render_index(pages, article=run.art, sources=run.sources))
    if screenshots:
        from analysis.screenshots import capture

        capture(run.tmp)
    _write(run.tmp / MARKER, "Built by `python -m analysis report`; the next build replaces this folder.\n")


def _digest_tree(folder: Path) -> dict[str, str]:
    """Return the sha256 of every file under ``folder`` by relative path (to see what a notebook wrote)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _write(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def swap(tmp: Path, out: Path) -> None:
    """Put the finished build ``tmp`` in place of ``out``; on any failure keep the previous one.

    >>> base = Path(tempfile.mkdtemp()); (base / "new").mkdir(); (base / "out").mkdir()
    >>> _ = (base / "new" / "index.html").write_text("new"); swap(base / "new", base / "out")
    >>> sorted(p.name for p in base.iterdir()), (base / "out" / "index.html").read_text()
    (['out'], 'new')
    """
    if not out.exists():
        tmp.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    try:
        tmp.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
