"""Executing parameterised notebooks with papermill: the numbered notebooks, run in a fresh kernel of this Python.

Every notebook in ``notebooks/`` has a code cell tagged ``parameters`` (``ARTICLE``, ``PUBLISHED``,
``OUTPUT_DIR``) as papermill expects, so ``papermill notebooks/02-burden-sharing-numbers.ipynb out.ipynb -p
ARTICLE my.txt`` runs one by hand the way ``python -m analysis report`` runs them all. Here papermill
injects the values (:func:`inject_parameters`, its ``injected-parameters`` cell right after the tagged one)
and executes the notebook through a papermill engine of this module (:data:`ENGINE`), which keeps three
things the build needs and papermill's default engine does not give:

- the kernel is the ``python3`` of *this* interpreter (kernelspecs installed elsewhere are ignored) and gets
  the build's environment (``PYTHONHASHSEED=0``, ``SOURCE_DATE_EPOCH``; see :func:`kernel_env`);
- what the kernel process prints goes to a temporary file, quoted in the one-line error if the kernel dies;
- Ctrl-C (nbclient's own signal handler then shuts the kernel down) ends as KeyboardInterrupt, not as a
  failing cell blamed on the notebook.

Outputs are made deterministic after the run (:func:`strip_run_noise`): papermill's timing metadata, memory
addresses in reprs and the injected cell's random id go. A failure raises :class:`NotebookError`: one line
naming the notebook and the cell, counted from 1 over the cells as saved (the injected cell not counted).

>>> [p.name for p in discover_notebooks(paths.ROOT / "tests" / "fixtures" / "notebooks")]
['01-chart.ipynb', '02-fails.ipynb']
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from analysis import paths
from analysis.errors import InputError

__all__ = ["CELL_TIMEOUT", "ENGINE", "NotebookError", "discover_notebooks", "execute_in_place", "execute_notebook",
           "inject_parameters", "kernel_env", "load_notebook", "note_interrupt", "notebook_name", "read_notebook",
           "strip_run_noise"]

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
CELL_TIMEOUT = 600  # seconds per cell
START_TIMEOUT = 60  # seconds for the kernel to start
KERNEL_NAME = "python3"
ENGINE = "sma-analysis"  # the papermill engine name this module registers
INJECTED = "injected-parameters"  # papermill's tag (and here the id) of the cell it adds
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
_interrupted = False


class NotebookError(Exception):
    """A notebook failed while running (one line naming notebook and cell; the CLI exits 1)."""


def note_interrupt(signum: int, frame: Any) -> NoReturn:
    """SIGINT handler for a build: remember that Ctrl-C was pressed, then raise KeyboardInterrupt.

    >>> try:
    ...     note_interrupt(2, None)
    ... except KeyboardInterrupt:
    ...     print("interrupted")
    interrupted
    """
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def discover_notebooks(folder: str | Path = paths.NOTEBOOKS) -> list[Path]:
    """Return the numbered notebooks ``NN-*.ipynb`` in ``folder``, sorted by name.

    >>> [p.name for p in discover_notebooks()][0]
    '01-annotated-article.ipynb'
    """
    return sorted(p for p in Path(folder).glob(NOTEBOOK_GLOB) if p.is_file())


def load_notebook(path: str | Path) -> Any:
    """Return the notebook at ``path``; cells without an id get ``cell-<n>`` (nbformat would pick random ones).

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


def read_notebook(path: Path) -> Any:
    """Return the notebook at ``path``, or raise InputError (one line) naming it if it cannot be read.

    >>> read_notebook(Path("no-such.ipynb"))
    Traceback (most recent call last):
    analysis.errors.InputError: no-such.ipynb: cannot read the notebook (...); check it opens in JupyterLab
    """
    try:
        return load_notebook(path)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the notebook ({' '.join(str(exc).split())[:200]})", where=str(path),
                         fix="check it opens in JupyterLab") from None  # fmt: skip


def notebook_name(path: Path) -> str:
    """Return how messages name a notebook: relative to the working folder or the project, else in full.

    >>> notebook_name(paths.NOTEBOOKS / "01-x.ipynb")
    'notebooks/01-x.ipynb'
    """
    for base in (Path.cwd(), paths.ROOT):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def inject_parameters(nb: Any, values: dict[str, Any]) -> tuple[Any, int]:
    """Return a copy of ``nb`` with papermill's ``injected-parameters`` cell, and that cell's index.

    papermill puts the cell right after the cell tagged ``parameters`` (at the top if there is none),
    replacing an injected cell saved in the notebook; here it also gets the stable id ``injected-parameters``.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_markdown_cell("# T"),
    ...                             v4.new_code_cell("ARTICLE = None", metadata={"tags": ["parameters"]})])
    >>> new, at = inject_parameters(nb, {"ARTICLE": "a.txt"})
    >>> at, new.cells[at].id, new.cells[at].source.splitlines()[-1]
    (2, 'injected-parameters', 'ARTICLE = "a.txt"')
    """
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    _register_engine()
    nb = parameterize_notebook(load_notebook_node(nb), values, kernel_name=KERNEL_NAME, language="python",
                               engine_name=ENGINE)  # fmt: skip
    at = next(i for i, c in enumerate(nb.cells) if INJECTED in c.metadata.get("tags", []))
    nb.cells[at].id = INJECTED
    _drop_papermill_metadata(nb)
    return nb, at


def execute_notebook(nb: Any, cwd: Path, *, name: str = "notebook", env: dict[str, str] | None = None,
                     on_cell: Callable[[], None] | None = None, skip_index: int | None = None) -> Any:
    """Return a copy of ``nb`` with every code cell run by papermill in a fresh kernel of this Python, in ``cwd``.

    Raises NotebookError naming ``name`` and the failing cell, counted from 1 over all cells of the
    notebook as saved (``skip_index``, the injected cell, is not counted); KeyboardInterrupt on Ctrl-C.

    >>> import nbformat.v4 as v4
    >>> done = execute_notebook(v4.new_notebook(cells=[v4.new_code_cell("print(6 * 7)")]), Path.cwd())
    >>> done.cells[0].outputs[0].text
    '42\\n'
    """
    import asyncio

    import papermill
    from papermill.exceptions import PapermillExecutionError

    _register_engine()
    current = {"index": -1}
    hooks = {"on_cell_start": lambda cell, cell_index, **_: current.update(index=cell_index),
             "on_cell_executed": lambda cell, cell_index, **_: on_cell and on_cell()}  # fmt: skip
    with tempfile.TemporaryFile() as kernel_log:
        try:
            return papermill.execute_notebook(
                nb, None, engine_name=ENGINE, kernel_name=KERNEL_NAME, progress_bar=False,
                start_timeout=START_TIMEOUT, execution_timeout=CELL_TIMEOUT, kernel_env=env, kernel_log=kernel_log,
                record_timing=False, resources={"metadata": {"path": str(cwd)}}, **hooks)  # fmt: skip
        except PapermillExecutionError as exc:
            current["index"] = exc.cell_index
            what = f"raised {exc.ename}: {exc.evalue}" if exc.ename != "CellExecutionError" else "failed"
            raise _failed(name, current["index"], skip_index, what) from exc
        except (Exception, asyncio.CancelledError) as exc:  # DeadKernelError, CellTimeoutError, ...
            if _interrupted:
                raise KeyboardInterrupt from None
            raise _failed(name, current["index"], skip_index, failure_text(exc, kernel_log)) from exc


def _failed(name: str, index: int, skip_index: int | None, what: str) -> NotebookError:
    """Return the one-line error for a notebook that failed at cell ``index`` (of the run) with ``what``.

    >>> str(_failed("n.ipynb", 3, 1, "raised ValueError: x"))
    'n.ipynb: cell 3 raised ValueError: x; fix the notebook or its input and build again'
    """
    what = " ".join(what.split())
    what = what[:237] + "..." if len(what) > 240 else what
    where = failed_where(index, skip_index)
    return NotebookError(f"{name}: {where} {what}; fix the notebook or its input and build again")


def failed_where(index: int, skip_index: int | None) -> str:
    """Return where a run failed, counting cells from 1 as saved (the injected cell at ``skip_index`` not counted).

    >>> failed_where(3, 1), failed_where(1, 1), failed_where(0, None), failed_where(-1, None)
    ('cell 3', 'the injected parameters cell', 'cell 1', 'kernel start')
    """
    if skip_index is not None and index == skip_index:
        return "the injected parameters cell"
    if index < 0:
        return "kernel start"
    return f"cell {index + 1 - (1 if skip_index is not None and index > skip_index else 0)}"


def failure_text(exc: BaseException, kernel_log: Any) -> str:
    """Return what went wrong in a run (a timeout, a dead kernel with its last words, another error).

    >>> failure_text(ValueError("bad\\n value"), None)
    'failed: ValueError: bad\\n value'
    """
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    if isinstance(exc, CellTimeoutError):
        return f"timed out after {CELL_TIMEOUT} s"
    if isinstance(exc, DeadKernelError):
        kernel_log.seek(0)
        last = [ln for ln in kernel_log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        return "the kernel died" + (f" ({last[-1].strip()})" if last else "")
    return f"failed: {type(exc).__name__}: {exc}"


def _quiet_papermill() -> None:
    """Keep papermill's INFO/WARNING log lines (an unknown parameter, no tagged cell) off stderr."""
    logging.getLogger("papermill").setLevel(logging.ERROR)


@cache
def _register_engine() -> None:
    """Register :data:`ENGINE` with papermill: nbclient with this interpreter's kernel, env and log, Ctrl-C kept."""
    import asyncio

    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    _quiet_papermill()

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, log_output: bool = False,
                                     stdout_file: Any = None, stderr_file: Any = None, start_timeout: int = 60,
                                     execution_timeout: int | None = None, kernel_env: dict | None = None,
                                     kernel_log: Any = None, input_path: Any = None, **kwargs: Any) -> Any:  # fmt: skip
            km = AsyncKernelManager(kernel_name=kernel_name, kernel_spec_manager=KernelSpecManager(kernel_dirs=[]))
            client = PapermillNotebookClient(nb_man, km=km, timeout=execution_timeout, startup_timeout=start_timeout,
                                             kernel_name=kernel_name, **kwargs)  # fmt: skip
            try:
                # cleanup_kc: nbclient shuts down only kernels of managers it made itself; this one is ours
                return client.execute(env=kernel_env or dict(os.environ), stdout=kernel_log, stderr=kernel_log,
                                      cleanup_kc=True)
            except (Exception, asyncio.CancelledError):
                # Ctrl-C while nbclient runs: its own SIGINT handler shuts the kernel down and records that.
                if getattr(client, "_async_cleanup_kernel_future", None) is not None:
                    raise KeyboardInterrupt from None
                raise

    papermill_engines.register(ENGINE, Engine)


def kernel_env(published: str = "") -> dict[str, str]:
    """Return the kernels' environment: this process's, with hash seed, build date and plotting backend fixed.

    >>> env = kernel_env("2019-11-16")
    >>> env["SOURCE_DATE_EPOCH"], env["PYTHONHASHSEED"]
    ('1573862400', '0')
    """
    epoch = int(datetime.fromisoformat(published).replace(tzinfo=UTC).timestamp()) if published else 0
    return {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "SOURCE_DATE_EPOCH": str(epoch),  # matplotlib stamps SVG/PDF with this, not the clock
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }


def strip_run_noise(nb: Any) -> None:
    """Drop what differs between runs: papermill, timing and widget metadata, memory addresses in reprs.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_code_cell("x", metadata={"papermill": {"duration": 0.1}},
    ...                                               outputs=[v4.new_output("stream", text="<A at 0x7f3a>")])])
    >>> strip_run_noise(nb); nb.cells[0].metadata, nb.cells[0].outputs[0].text
    ({}, '<A at 0x...>')
    """
    _drop_papermill_metadata(nb)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            if "text" in out:
                out.text = _ADDRESS.sub(" at 0x...>", out.text)
            plain = out.get("data", {}).get("text/plain")
            if isinstance(plain, str):
                out.data["text/plain"] = _ADDRESS.sub(" at 0x...>", plain)


def _drop_papermill_metadata(nb: Any) -> None:
    """Remove what papermill adds to a notebook it reads: its metadata, and an empty ``tags`` list on every cell."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]


def execute_in_place(notebooks: Sequence[Path] | None = None) -> list[Path]:
    """Execute the notebooks (default: all in notebooks/) on the seed and save them with their outputs.

    This is how the committed notebooks are refreshed (``make notebooks``), so that nbval compares against
    outputs made the same way as the reports: same kernel, same environment, the saved parameters.

    >>> execute_in_place([])
    []
    """
    import nbformat

    from analysis.article import read_article

    env = kernel_env(read_article(paths.SEED_ARTICLE).published.isoformat())
    done = []
    for path in notebooks if notebooks is not None else discover_notebooks():
        nb = execute_notebook(load_notebook(path), path.parent, name=notebook_name(path), env=env)
        strip_run_noise(nb)
        nbformat.write(nb, str(path))
        done.append(path)
    return done
