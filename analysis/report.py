"""Executed notebooks as self-contained HTML reports: ``python -m analysis report``.

Every ``notebooks/NN-*.ipynb`` runs in a fresh kernel of the current Python with the article as a
parameter, then renders through the house template (``analysis/templates/sma_report``): code
hidden unless asked for, images embedded as ``data:`` URIs, no scripts, a header with the
article's title, byline and date, and a footer listing the data's sources. ``index.html`` links
the reports and the chart files (PNG + CSV) the notebooks wrote into ``figures/``.

A build is atomic and reproducible: it happens in a temporary folder beside the output that
replaces the output only when every notebook ran; two builds of the same input are byte-identical.

>>> article = check_article(paths.SEED_ARTICLE)
>>> article.published
'2019-11-16'
>>> [p.name for p in discover_notebooks(paths.ROOT / "tests" / "fixtures" / "notebooks")]
['01-chart.ipynb', '02-fails.ipynb']
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import csv
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from analysis import __version__, paths
from analysis.errors import InputError

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "sma_report"
SOURCES_CSV = paths.DATA / "sources.csv"
NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
SITE_TITLE = "SMA article fact-check"
MARKER = ".sma-report"  # marks a folder as a build, so a later build may replace it
PARAMETER_NAMES = ("ARTICLE", "PUBLISHED", "OUTPUT_DIR")
CELL_TIMEOUT = 600  # seconds per cell
KERNEL_NAME = "python3"
_TEXT_MIMETYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "image/svg+xml")


class ReportError(Exception):
    """A notebook failed while building the reports (one line; the CLI exits 1)."""


@dataclass(frozen=True)
class Article:
    """What the report header shows about the article: from its first lines, or ``--published``."""

    path: Path
    title: str
    byline: str
    published: str  # YYYY-MM-DD, or "" if neither the text nor --published gives one
    file: str  # how the header names the file: relative to the project, else its name


@dataclass(frozen=True)
class Source:
    """One row of data/sources.csv, as the footer lists it."""

    source_id: str
    publisher: str
    title: str
    date: str
    url: str
    note: str = ""

    @property
    def safe_url(self) -> str:
        """The URL if it is http(s), else "" (the footer then shows the title without a link)."""
        return self.url if re.match(r"^https?://", self.url, re.IGNORECASE) else ""


@dataclass
class _Built:
    notebook: Path
    title: str
    html_name: str
    files: list[str] = field(default_factory=list)


# --- the article ---------------------------------------------------------------------------


def check_article(path: str | Path, published: str | None = None) -> Article:
    """Return the article's header facts after :func:`analysis.article.read_article` accepted the file.

    Raises InputError (one line: what, where, what to do) for a missing, unreadable, empty,
    binary or non-UTF-8 file, an article with no date line and no ``published``, or a
    ``published`` date that is not YYYY-MM-DD — the same rules as ``annotate`` and ``check``.

    >>> a = check_article(paths.SEED_ARTICLE, published="2019-11-17")
    >>> a.title, a.byline, a.published
    ('North Korea Angling for Another Trump-Kim Summit', 'Cheryl Sanders', '2019-11-17')
    >>> check_article(paths.SEED_ARTICLE, published="16/11/2019")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.InputError: --published '16/11/2019' is not a date ...
    """
    from analysis.article import read_article

    path = Path(path)
    art = read_article(path, published)
    return Article(path, art.title, art.byline, art.published.isoformat(), _display_path(path))


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return path.name


# --- data sources --------------------------------------------------------------------------


def read_sources(path: str | Path = SOURCES_CSV) -> list[Source]:
    """Return the rows of data/sources.csv in file order; [] if the file does not exist.

    >>> read_sources("no-such-file.csv")
    []
    """
    path = Path(path)
    if not path.is_file():
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(
            f"cannot read the source list ({exc})", where=str(path), fix="save it as UTF-8 CSV with a header row"
        ) from None
    keep = ("source_id", "publisher", "title", "date", "url", "note")
    return [Source(**{k: (row.get(k) or "").strip() for k in keep}) for row in rows]


# --- notebooks -----------------------------------------------------------------------------


def discover_notebooks(folder: str | Path = paths.NOTEBOOKS) -> list[Path]:
    """Return the numbered notebooks ``NN-*.ipynb`` in ``folder``, sorted by name."""
    return sorted(p for p in Path(folder).glob(NOTEBOOK_GLOB) if p.is_file())


def load_notebook(path: str | Path) -> Any:
    """Read a notebook; cells without an id get ``cell-<n>`` (nbformat would pick random ones).

    >>> nb = load_notebook(paths.ROOT / "tests" / "fixtures" / "notebooks" / "02-fails.ipynb")
    >>> [c.id for c in nb.cells][:2]
    ['params', 'boom']
    """
    import nbformat

    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if raw.get("nbformat") == 4:
        for i, cell in enumerate(raw.get("cells", []), start=1):
            cell.setdefault("id", f"cell-{i}")
        raw["nbformat_minor"] = max(int(raw.get("nbformat_minor", 0)), 5)
    return nbformat.reads(json.dumps(raw), as_version=4)


def inject_parameters(nb: Any, values: dict[str, Any]) -> tuple[Any, int]:
    """Return a copy of ``nb`` with an ``injected-parameters`` cell, and that cell's index.

    The cell goes right after the cell tagged ``parameters`` (at the top if there is none),
    replacing any injected cell saved in the notebook, as papermill does.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_markdown_cell("# T"),
    ...                             v4.new_code_cell("ARTICLE = None", metadata={"tags": ["parameters"]})])
    >>> new, at = inject_parameters(nb, {"ARTICLE": "a.txt"})
    >>> at, new.cells[at].metadata.tags, new.cells[at].source.splitlines()[-1]
    (2, ['injected-parameters'], "ARTICLE = 'a.txt'")
    """
    import nbformat.v4 as v4

    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    source = "# Parameters injected by `python -m analysis report`\n" + "\n".join(
        f"{name} = {value!r}" for name, value in values.items()
    )
    cell = v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cell.id = "injected-parameters"
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    at = tagged[0] + 1 if tagged else 0
    nb.cells.insert(at, cell)
    return nb, at


def execute_notebook(
    nb: Any,
    cwd: Path,
    *,
    name: str = "notebook",
    env: dict[str, str] | None = None,
    on_cell: Callable[[], None] | None = None,
    skip_index: int | None = None,
) -> Any:
    """Run every code cell of ``nb`` in a fresh kernel of this Python; return the executed copy.

    Raises ReportError naming ``name`` and the failing cell, counted from 1 over all cells of the
    notebook as saved (``skip_index``, the injected cell, is not counted).
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    nb = copy.deepcopy(nb)
    current = {"index": -1}

    def started(cell: Any, cell_index: int, **_: Any) -> None:
        current["index"] = cell_index

    def executed(cell: Any, cell_index: int, **_: Any) -> None:
        if on_cell is not None:
            on_cell()

    # kernel_dirs=[]: ignore kernelspecs installed elsewhere, so "python3" is this interpreter
    km = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=KernelSpecManager(kernel_dirs=[]))
    client = NotebookClient(
        nb,
        km=km,
        timeout=CELL_TIMEOUT,
        record_timing=False,
        allow_errors=False,
        on_cell_start=started,
        on_cell_executed=executed,
        resources={"metadata": {"path": str(cwd)}},
    )
    with tempfile.TemporaryFile() as kernel_log:
        try:
            client.execute(env=env, stdout=kernel_log, stderr=kernel_log)
        except (Exception, asyncio.CancelledError) as exc:  # CellExecutionError, DeadKernelError, ...
            # Ctrl-C while nbclient runs: its own SIGINT handler shuts the kernel down (and records that);
            # the cell then fails, which is not the notebook's fault.
            if _INTERRUPTED or getattr(client, "_async_cleanup_kernel_future", None) is not None:
                raise KeyboardInterrupt from None
            where = _failed_where(current["index"], skip_index)
            what = _failure_text(exc, kernel_log)
            raise ReportError(f"{name}: {where} {what}; fix the notebook or its input and build again") from exc
    return nb


def _failed_where(index: int, skip_index: int | None) -> str:
    """Return where a run failed, counting cells from 1 as saved (the injected cell at ``skip_index`` not counted).

    >>> _failed_where(3, 1), _failed_where(1, 1), _failed_where(0, None), _failed_where(-1, None)
    ('cell 3', 'the injected parameters cell', 'cell 1', 'kernel start')
    """
    if skip_index is not None and index == skip_index:
        return "the injected parameters cell"
    if index < 0:
        return "kernel start"
    return f"cell {index + 1 - (1 if skip_index is not None and index > skip_index else 0)}"


def _failure_text(exc: BaseException, kernel_log: Any) -> str:
    """Return what went wrong in a run, on one line of at most 240 characters.

    >>> _failure_text(ValueError("bad\\n value"), None)
    'failed: ValueError: bad value'
    """
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    if isinstance(exc, CellTimeoutError):
        what = f"timed out after {CELL_TIMEOUT} s"
    elif isinstance(exc, DeadKernelError):
        kernel_log.seek(0)
        last = [ln for ln in kernel_log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        what = "the kernel died" + (f" ({last[-1].strip()})" if last else "")
    elif isinstance(exc, CellExecutionError):
        what = f"raised {exc.ename}: {exc.evalue}" if exc.ename else "failed"
    else:
        what = f"failed: {type(exc).__name__}: {exc}"
    what = " ".join(what.split())
    return what[:237] + "..." if len(what) > 240 else what


def execute_in_place(notebooks: Sequence[Path] | None = None) -> list[Path]:
    """Execute the notebooks (default: all in notebooks/) on the seed and save them with their outputs.

    This is how the committed notebooks are refreshed (``make notebooks``), so that nbval
    compares against outputs made the same way as the reports: same kernel, same environment.
    """
    import nbformat

    done = []
    for path in notebooks or discover_notebooks():
        nb = execute_notebook(load_notebook(path), path.parent, name=_display_notebook(path),
                              env=_kernel_env(check_article(paths.SEED_ARTICLE)))
        _strip_run_noise(nb)
        nbformat.write(nb, str(path))
        done.append(path)
    return done


def _replace_in_outputs(nb: Any, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in every text of the executed notebook (sources and outputs)."""

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(old, new)
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    for cell in nb.cells:
        cell.source = fix(cell.source)
        for out in cell.get("outputs", []):
            if "text" in out:
                out.text = fix(out.text)
            if "traceback" in out:
                out.traceback = fix(out.traceback)
            if "evalue" in out:
                out.evalue = fix(out.evalue)
            for mime in _TEXT_MIMETYPES:
                if mime in out.get("data", {}):
                    out.data[mime] = fix(out.data[mime])


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")


def _strip_run_noise(nb: Any) -> None:
    """Drop what differs between runs: memory addresses in reprs, timing and widget metadata."""
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            if "text" in out:
                out.text = _ADDRESS.sub(" at 0x...>", out.text)
            plain = out.get("data", {}).get("text/plain")
            if isinstance(plain, str):
                out.data["text/plain"] = _ADDRESS.sub(" at 0x...>", plain)


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


# --- rendering -----------------------------------------------------------------------------


def _house(article: Article, sources: Sequence[Source], sources_file: Path, built_from: str) -> dict:
    return {
        "site_title": SITE_TITLE,
        "generator": f"sma-article-analysis {__version__} report",
        "article": asdict(article) | {"path": ""},
        "sources": [asdict(s) | {"safe_url": s.safe_url} for s in sources],
        "sources_file": _display_path(sources_file),
        "built_from": built_from,
    }


def render_notebook_html(
    nb: Any,
    *,
    article: Article,
    sources: Sequence[Source] = (),
    show_code: bool = False,
    name: str = "report",
    title: str | None = None,
    notebook_dir: Path | None = None,
    sources_file: Path = SOURCES_CSV,
) -> str:
    """Return one executed notebook as a self-contained HTML page in the house template.

    Code cells show only their outputs unless ``show_code``; images are ``data:`` URIs (Markdown
    images relative to ``notebook_dir`` too); cells tagged ``remove-cell`` are dropped, ``remove-input``
    / ``hide-input`` show outputs only, ``remove-output`` show code only.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_markdown_cell("# Who pays?"), v4.new_code_cell("1 + 1")])
    >>> page = render_notebook_html(nb, article=check_article(paths.SEED_ARTICLE))
    >>> "Who pays?" in page, "1 + 1" in page, "Cheryl Sanders" in page, "<script" in page
    (True, False, True, False)
    """
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    from analysis.render import toc_entries

    nb = copy.deepcopy(nb)
    nb.metadata["title"] = title or notebook_title(nb, name)
    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=not show_code,
        embed_images=True,
        anchor_link_text="¶",
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(
            remove_cell_tags={"remove-cell"},
            remove_input_tags={"remove-input", "hide-input"},
            remove_all_outputs_tags={"remove-output"},
            enabled=True,
        ),
        enabled=True,
    )
    built_from = f"Built by sma-article-analysis {__version__} from {name}.ipynb."
    resources = {
        "metadata": {"name": name, "path": str(notebook_dir or Path.cwd())},
        "house": _house(article, sources, sources_file, built_from),
    }
    resources["house"]["toc"] = toc_entries(nb)
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return _tidy(body)


def render_index(
    reports: Iterable[_Built] | Iterable[dict],
    *,
    article: Article,
    sources: Sequence[Source] = (),
    sources_file: Path = SOURCES_CSV,
) -> str:
    """Return index.html: the article header, a link per report (and its chart files), the sources."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / TEMPLATE_NAME)),
        autoescape=True,
        keep_trailing_newline=True,
    )
    items = []
    for r in reports:
        r = r if isinstance(r, dict) else asdict(r)
        items.append(
            {
                "title": r["title"],
                "href": quote(r["html_name"]),
                "notebook": Path(r["notebook"]).name,
                "files": [{"name": f, "href": quote(f)} for f in r.get("files", [])],
            }
        )
    n = len(items)
    built_from = f"Built by sma-article-analysis {__version__} from {n} notebook{'s' * (n != 1)}."
    page = env.get_template("reports_index.html.j2").render(
        house=_house(article, sources, sources_file, built_from), reports=items
    )
    return _tidy(page)


def _tidy(page: str) -> str:
    """Normalise line ends and trailing spaces so the bytes do not depend on the platform."""
    lines = [ln.rstrip() for ln in page.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


# --- the build -----------------------------------------------------------------------------


def build_reports(
    article: Path | None = None,
    published: str | None = None,
    out: Path | None = None,
    show_code: bool = False,
    notebooks: list[Path] | None = None,
    progress: bool = True,
    sources: Path | None = None,
    screenshots: bool = False,
) -> list[Path]:
    """Execute the notebooks with the article and write their HTML reports; return the pages written.

    ``out`` (default reports/) gets ``index.html`` first, then one ``NN-name.html`` per notebook, and
    ``figures/`` with whatever the notebooks saved into ``OUTPUT_DIR``. ``article=None`` means the seed
    article (the notebooks get ``ARTICLE = None``). Raises InputError before anything runs for a bad
    article, date or output folder, and ReportError if a notebook fails; either way ``out`` is unchanged.
    ``screenshots`` also writes ``screenshots/<page>-<width>.png`` (see :mod:`analysis.screenshots`).

    >>> pages = build_reports(out=Path("/tmp/sma-reports"))  # doctest: +SKIP
    >>> [p.name for p in pages]  # doctest: +SKIP
    ['index.html', '01-claims.html', ...]
    """
    from tqdm.auto import tqdm

    art = check_article(article if article is not None else paths.SEED_ARTICLE, published)
    out = Path(out if out is not None else paths.REPORTS).resolve()
    sources_file = Path(sources) if sources is not None else SOURCES_CSV
    nb_paths = [Path(p).resolve() for p in (notebooks if notebooks is not None else discover_notebooks())]
    if not nb_paths:
        raise InputError("no notebooks to run", where=str(paths.NOTEBOOKS), fix="add notebooks named NN-name.ipynb")
    _check_out(out)
    if screenshots:
        from analysis.screenshots import require_browser

        require_browser()
    validate_data()
    loaded = [_read_notebook(p) for p in nb_paths]
    source_rows = read_sources(sources_file)
    tmp = _make_build_dir(out)
    try:
        _set_default_mode(tmp)
        figures = tmp / "figures"
        figures.mkdir()
        run = _Run(art=art, article_given=article is not None, published=published, out=out, tmp=tmp,
                   env=_kernel_env(art), sources=source_rows, sources_file=sources_file, show_code=show_code)
        total = sum(1 for nb in loaded for c in nb.cells if c.cell_type == "code") + len(loaded)
        with tqdm(total=total, unit="cell", file=sys.stderr, disable=None if progress else True, leave=False) as bar:
            built = [_build_page(run, path, nb, bar) for path, nb in zip(nb_paths, loaded, strict=True)]
        _finish_site(run, built, screenshots)
        _swap(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return [out / "index.html", *(out / b.html_name for b in built)]


def _read_notebook(path: Path) -> Any:
    """Return the notebook at ``path``, or raise InputError naming it if it cannot be read."""
    try:
        return load_notebook(path)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the notebook ({exc})", where=str(path),
                         fix="check it opens in JupyterLab") from None  # fmt: skip


def _make_build_dir(out: Path) -> Path:
    """Return a new empty build folder next to ``out``, or raise InputError if that place is not writable."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    except OSError as exc:
        raise InputError(f"cannot write the reports here: {exc.strerror or exc}", where=str(out),
                         fix="give a folder you can write to with --out") from None  # fmt: skip


@dataclass(frozen=True)
class _Run:
    """What every notebook of one build shares: the article, the folders, the kernel environment and the sources."""

    art: Any
    article_given: bool
    published: str | None
    out: Path
    tmp: Path
    env: dict
    sources: Any
    sources_file: Path
    show_code: bool


def _build_page(run: _Run, path: Path, nb: Any, bar: Any) -> _Built:
    """Return the page built from one notebook: run it with the parameters, render it, write its HTML."""
    figures = run.tmp / "figures"
    bar.set_description(path.stem)
    values = {
        "ARTICLE": str(run.art.path.resolve()) if run.article_given else None,
        "PUBLISHED": run.published,
        "OUTPUT_DIR": str(figures),
    }
    injected, at = inject_parameters(nb, values)
    before = _digest_tree(figures)
    try:
        executed = execute_notebook(injected, path.parent, name=_display_notebook(path), env=run.env,
                                    on_cell=lambda: bar.update(1), skip_index=at)  # fmt: skip
    except ReportError:
        bar.close()
        raise
    after = _digest_tree(figures)
    for old, new in ((str(run.tmp), str(run.out)), (os.path.realpath(run.tmp), str(run.out))):
        _replace_in_outputs(executed, old, new)
    _strip_run_noise(executed)
    title = notebook_title(executed, path.stem)
    page = render_notebook_html(executed, article=run.art, sources=run.sources, show_code=run.show_code,
                                name=path.stem, title=title, notebook_dir=path.parent,
                                sources_file=run.sources_file)  # fmt: skip
    html_name = f"{path.stem}.html"
    _write(run.tmp / html_name, page)
    files = sorted(k for k, v in after.items() if before.get(k) != v)
    return _Built(path, title, html_name, [f"figures/{f}" for f in files])


def _finish_site(run: _Run, built: list[_Built], screenshots: bool) -> None:
    """Write the index, the screenshots if asked and the marker into the build folder; drop an empty figures/."""
    figures = run.tmp / "figures"
    if not any(figures.iterdir()):
        figures.rmdir()
    _write(run.tmp / "index.html", render_index(built, article=run.art, sources=run.sources,
                                                sources_file=run.sources_file))  # fmt: skip
    if screenshots:
        from analysis.screenshots import capture

        capture(run.tmp)
    _write(run.tmp / MARKER, "Built by `python -m analysis report`; the next build replaces this folder.\n")


def _display_notebook(path: Path) -> str:
    for base in (Path.cwd(), paths.ROOT):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def validate_data() -> None:
    """Load and validate every table of data/datapackage.json and the gazetteer (DataError: one line).

    ``report`` calls this before starting any kernel, so that a broken data file fails in seconds with
    the same message as ``check``, not in a notebook cell.

    >>> validate_data()
    """
    from analysis import data
    from analysis.errors import DataError
    from analysis.extract.entities import load_gazetteer

    try:
        for res in data.datapackage()["resources"]:
            data.load_table(res["name"])
        load_gazetteer()
    except DataError:
        raise
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:  # a loader's own message is better
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise InputError(f"cannot validate the data ({what})", where=str(paths.DATA),
                         fix="restore data/ from git") from None  # fmt: skip


def _check_out(out: Path) -> None:
    """Refuse an output under a file or in a folder that cannot be written, and a folder a build did not make."""
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
        raise InputError(
            "output folder has files that a build did not make and would replace",
            where=str(out),
            fix="give a new or empty folder with --out",
        )


def _set_default_mode(folder: Path) -> None:
    """mkdtemp makes a private folder; give it the permissions a normal mkdir would."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)


def _kernel_env(article: Article) -> dict[str, str]:
    epoch = 0
    if article.published:
        epoch = int(datetime.fromisoformat(article.published).replace(tzinfo=UTC).timestamp())
    return {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "SOURCE_DATE_EPOCH": str(epoch),  # matplotlib stamps SVG/PDF with this, not the clock
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }


def _digest_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _write(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _swap(tmp: Path, out: Path) -> None:
    """Put the finished build in place of ``out``; on any failure keep the previous one."""
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


# --- command line --------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``report`` options to ``parser`` and return it.

    >>> args = add_arguments(argparse.ArgumentParser()).parse_args(["--show-code"])
    >>> args.article, args.published, args.out, args.show_code
    (None, None, None, True)
    """
    parser.add_argument("--article", type=Path, metavar="PATH", help="article text file (default: the seed)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="override the article's date line")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: reports/)")
    parser.add_argument("--show-code", action="store_true", help="keep code cells in the reports")
    parser.add_argument(
        "--notebooks", type=Path, metavar="DIR", help="folder of NN-*.ipynb to run (default: notebooks/)"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--screenshots", action="store_true",
                        help="also write screenshots/<page>-<width>.png at 1280 and 375 px (needs Chromium)")
    return parser


_INTERRUPTED = False


def _on_sigint(signum: int, frame: Any) -> None:
    global _INTERRUPTED
    _INTERRUPTED = True
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    """Build the reports for parsed ``args``; print problems as one line on stderr; return the exit code.

    0 built, 1 a notebook failed, 2 bad input (before any kernel starts), 130 interrupted (Ctrl-C).
    """
    from analysis.cli import fail

    previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        notebooks = None
        if getattr(args, "notebooks", None) is not None:
            notebooks = discover_notebooks(args.notebooks)
            if not notebooks:
                raise InputError(
                    "no notebooks named NN-name.ipynb", where=str(args.notebooks), fix="give another --notebooks"
                )
        pages = build_reports(
            article=args.article,
            published=args.published,
            out=args.out,
            show_code=args.show_code,
            notebooks=notebooks,
            progress=not getattr(args, "no_progress", False),
            screenshots=getattr(args, "screenshots", False),
        )
    except InputError as exc:
        return fail("report", str(exc))
    except ReportError as exc:
        fail("report", str(exc))
        return 1
    except KeyboardInterrupt:
        _interrupted(args)
    finally:
        signal.signal(signal.SIGINT, previous)
    print(pages[0])
    return 0


def _interrupted(args: argparse.Namespace) -> None:
    """Say in one line that the build was interrupted and the previous reports are untouched; exit 130.

    Exits at once (``os._exit``): the kernels' event loop, stopped mid-way, would otherwise print
    tracebacks while the interpreter shuts down. The build's temporary folder is already removed.
    """
    import logging

    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    out = Path(args.out if getattr(args, "out", None) is not None else paths.REPORTS)
    kept = f"the previous reports in {out} are untouched" if out.exists() else f"nothing was written to {out}"
    sys.stderr.write(f"python -m analysis report: interrupted (Ctrl-C); {kept}\n")
    sys.stderr.flush()
    os._exit(130)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.report``: the same as ``python -m analysis report``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.report",
        description="Run the notebooks on an article and write HTML reports.",
    )
    return run(add_arguments(parser).parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
