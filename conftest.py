"""The repository's root conftest: pytest loads it before any test module and before the plugins it names, so
what it does comes first in every process of the run (the controller and each xdist worker).

``rfc3987_syntax`` is imported lazily. jsonschema's format module imports it, to check the ``iri`` formats, when
nbformat (so nbval) is imported, and building its 38 lark grammars costs about 1.4 s of CPU in each process; nothing
the tests run checks a format (nbformat, nbclient and frictionless validate without a format checker). Until
``is_valid_syntax`` (all jsonschema takes of it) is first called, or any other name of the package read, it stands
in for the package; then it loads the real one and hands on to it, so an ``iri`` check rejects what it rejected
(tests/test_standards.py, ``test_an_iri_check_still_rejects_a_bad_iri``). nbval is therefore loaded here
(``pytest_plugins``), after the stand-in, not by ``-p`` (which imports a plugin before any conftest).

The doctests of ``analysis/`` run as one test item per module (:class:`ModuleDoctests`), not one per docstring:
pytest and xdist spend about 2 ms of CPU on each item whatever it tests, and the package holds about 1,900
docstrings with examples. Every docstring still runs on its own (its own globals, as ``--doctest-modules`` runs it,
stopping at its first failing example), and each failing example is reported with its module, its function and its
line. Test modules (``tests/``, the README's one-file command) keep ``--doctest-modules``'s own items.

An xdist worker leaves at once when it is done (:func:`leave_worker`): after its session has ended and its results are
with the controller, the interpreter's own teardown (freeing every module and cache of ~180 test modules, 0.4-0.6 GB
a worker) took 4-10 s of one core while the controller waited for the worker to go (xdist waits up to 10 s).

The collection runs with no full collection of the cyclic garbage collector, and what it built is then frozen
(:func:`collecting`): each process builds some 400,000 long-lived objects while it collects (the test modules, their
tables of rows, the ~6,000 items), and the collector's full passes walked all of them again and again, about 2.5 s of
CPU a process while collecting and more during the run; frozen (``gc.freeze``), they are never walked again.
"""

from __future__ import annotations

import atexit
import contextlib
import doctest
import gc
import importlib
import importlib.util
import logging
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest.doctest import DoctestItem, DoctestModule, MultipleDoctestFailures

LAZY = "rfc3987_syntax"


class _Lazy(types.ModuleType):
    """A stand-in for the package ``LAZY`` that loads it at the first use of any of its names."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # the import system's questions ("__path__": a package?)
            raise AttributeError(name)
        return getattr(real(), name)


def real() -> types.ModuleType:
    """Return the real package ``LAZY``, loading it (in place of the stand-in) the first time."""
    if isinstance(sys.modules.get(LAZY), _Lazy):
        stand_in = sys.modules.pop(LAZY)
        try:
            importlib.import_module(LAZY)
        except BaseException:
            sys.modules[LAZY] = stand_in
            raise
    return sys.modules[LAZY]


def is_valid_syntax(term: str, value: str) -> bool:
    """The package's ``is_valid_syntax``, loaded at the first call."""
    return real().is_valid_syntax(term, value)


def install() -> bool:
    """Put the stand-in in place: only when the package is installed and not yet imported (nor jsonschema's format
    module, which would hold the real function already); return whether it was put in place."""
    if LAZY in sys.modules or "jsonschema._format" in sys.modules or importlib.util.find_spec(LAZY) is None:
        return False
    stand_in = _Lazy(LAZY, "stand-in for " + LAZY + ", loaded at first use (conftest.py)")
    stand_in.is_valid_syntax = is_valid_syntax
    sys.modules[LAZY] = stand_in
    return True


install()


def leave_worker() -> None:
    """Flush and end this process now, skipping the interpreter's teardown (xdist workers only, see
    :func:`leave_early`). atexit runs it after every exit handler registered after it (the tests' and their
    libraries': matplotlib, multiprocessing, weakref finalizers, temporary folders). Of those registered before it, on
    import: logging's flush is run here; execnet's has no gateway to close in a worker; zmq's and jupyter_client's
    only note that the interpreter is exiting, for the teardown skipped here."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def leave_early(config: pytest.Config) -> bool:
    """Have :func:`leave_worker` end this process at exit when it is an xdist worker (its config has xdist's
    ``workerinput``; not the environment variable, which a pytest run started by a test inherits): a worker's results
    are with the controller before it exits, and its exit status is not read. The controller, a run without xdist
    (``-n 0``) and any pytest a test starts end as usual, with pytest's exit status. Return whether it was set.

    >>> from types import SimpleNamespace as NS
    >>> leave_early(NS())
    False
    """
    if not hasattr(config, "workerinput"):
        return False
    atexit.register(leave_worker)
    return True


def pytest_configure(config: pytest.Config) -> None:
    """Set :func:`leave_early` in an xdist worker."""
    leave_early(config)


#: The collector's third threshold while the tests are collected: no full collection in that time.
NO_FULL_COLLECTION = 1 << 30


@contextlib.contextmanager
def collecting(collector: Any = gc) -> Iterator[None]:
    """Within: no full collection of the cyclic garbage collector (``collector``, :mod:`gc`); the younger
    generations are collected as usual. On leaving: the thresholds are put back, the garbage of the whole heap
    collected once, and every object left frozen (``gc.freeze``: kept out of every later collection, as the objects of
    the collection live to the end of the process).

    >>> from types import SimpleNamespace as NS
    >>> did, thresholds = [], [(700, 10, 10)]
    >>> fake = NS(get_threshold=lambda: thresholds[-1], set_threshold=lambda *t: thresholds.append(t),
    ...           collect=lambda: did.append("collect"), freeze=lambda: did.append("freeze"))
    >>> with collecting(fake):
    ...     thresholds[-1] == (700, 10, NO_FULL_COLLECTION)
    True
    >>> thresholds[-1], did
    ((700, 10, 10), ['collect', 'freeze'])
    """
    young, middle, old = collector.get_threshold()
    collector.set_threshold(young, middle, NO_FULL_COLLECTION)
    try:
        yield
    finally:
        collector.set_threshold(young, middle, old)
        collector.collect()
        collector.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Any:
    """Collect :func:`collecting`: without full collections of the garbage collector, then freeze what was built.

    >>> import gc
    >>> hook = pytest_collection(None)
    >>> next(hook); gc.get_threshold()[2] == NO_FULL_COLLECTION  # pytest collects the tests here
    True
    >>> try:
    ...     hook.send(["an item"])
    ... except StopIteration as done:
    ...     done.value, gc.get_threshold()[2] == NO_FULL_COLLECTION
    (['an item'], False)
    """
    with collecting():
        return (yield)

def settle(collector: Any = gc) -> None:
    """Collect the garbage of what is not frozen yet (``collector``, :mod:`gc`), then freeze what is left: called when a
    unit of tests ends (:func:`pytest_runtest_protocol`), so the objects a unit leaves alive (the caches of checked
    articles, the module's tables, fixtures of a wider scope) are walked by one pass, not by every later full pass of
    the run. What becomes garbage after it is freed by its reference count as before; the end of the session unfreezes
    all (:func:`pytest_unconfigure`), so pytest's last pass sees every object, as without this.

    >>> from types import SimpleNamespace as NS
    >>> did = []
    >>> settle(NS(collect=lambda: did.append("collect"), freeze=lambda: did.append("freeze")))
    >>> did
    ['collect', 'freeze']
    """
    collector.collect()
    collector.freeze()


def unit_ends(item: pytest.Item, nextitem: pytest.Item | None) -> bool:
    """Whether ``item`` is the last test of its file in this process's run (the next is of another file, or none).

    >>> from types import SimpleNamespace as NS
    >>> unit_ends(NS(path="a.py"), NS(path="a.py")), unit_ends(NS(path="a.py"), NS(path="b.py")), unit_ends(NS(), None)
    (False, True, True)
    """
    return nextitem is None or nextitem.path != item.path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Run a test; :func:`settle` after the last test of its file (its module's fixtures are torn down by then)."""
    try:
        return (yield)
    finally:
        if unit_ends(item, nextitem):
            settle()


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Unfreeze every object before pytest's own last pass of the collector (``unraisableexception``), which then
    walks the whole heap, as it does with nothing frozen."""
    gc.unfreeze()


# Named here unless pytest already loaded it: a run with plugin autoload on (`-o addopts=""`, as the README's one-file
# command does) registers nbval from its entry point before this file, and naming it again would fail the run.
pytest_plugins = [] if "nbval.plugin" in sys.modules else ["nbval.plugin"]


#: The package whose modules' doctests run as one item per module.
PACKAGE = Path(__file__).parent / "analysis"


def in_package(path: Path) -> bool:
    """Whether ``path`` is a Python module of :data:`PACKAGE`.

    >>> in_package(PACKAGE / "rules.py"), in_package(PACKAGE.parent / "tests" / "conftest.py")
    (True, False)
    """
    return path.suffix == ".py" and PACKAGE in path.parents


class ModuleDoctests(DoctestItem):
    """Every doctest of one module (``tests``: one :class:`doctest.DocTest` per docstring with examples), run by the
    runner ``--doctest-modules`` makes, each docstring with its own globals and the fixtures a doctest item gets."""

    tests: list[doctest.DocTest]

    def setup(self) -> None:
        """Give each docstring's globals ``getfixture`` and the ``doctest_namespace`` fixture, as pytest's item does."""
        self._request._fillfixtures()
        extra = {"getfixture": self._request.getfixturevalue, **self._request.getfixturevalue("doctest_namespace")}
        for test in self.tests:
            test.globs.update(extra)

    def runtest(self) -> None:
        """Run every docstring (one stops at its first failing example, as pytest's item does), then fail once with
        every failure."""
        failures: list[Any] = []
        for test in self.tests:
            if all(example.options.get(doctest.SKIP, False) for example in test.examples):
                continue
            flags = self.runner.optionflags
            try:
                self.runner.run(test, out=failures)  # type: ignore[arg-type]
            except (doctest.DocTestFailure, doctest.UnexpectedException) as failure:
                failures.append(failure)
            finally:
                self.runner.optionflags = flags  # the runner can raise before doctest restores them
        if failures:
            raise MultipleDoctestFailures(failures)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> Any:  # type: ignore[override]
        """pytest's report of each failure (file, line, the example and what it gave), after a list of the failing
        examples by function and line."""
        report = super().repr_failure(excinfo)
        if not isinstance(excinfo.value, MultipleDoctestFailures):
            return report
        where = [f"{f.test.name} (line {f.test.lineno + f.example.lineno + 1 if f.test.lineno is not None else '?'})"
                 f": {type(f).__name__}" for f in excinfo.value.failures]
        return f"{len(where)} failing doctest example(s) in {self.path.name}:\n" + "\n".join(where) + f"\n\n{report}"


class PackageDoctests(DoctestModule):
    """A module of :data:`PACKAGE`, collected as one :class:`ModuleDoctests` item named ``doctests``."""

    def collect(self) -> Iterator[ModuleDoctests]:
        """The module's doctest items, as ``--doctest-modules`` finds them, made one item."""
        found = [item for item in super().collect() if isinstance(item, DoctestItem)]
        if found:
            item = ModuleDoctests.from_parent(self, name="doctests", runner=found[0].runner, dtest=found[0].dtest)
            item.tests = [one.dtest for one in found]
            yield item


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Any:
    """Collect a module of :data:`PACKAGE` that ``--doctest-modules`` collects as :class:`PackageDoctests`; leave out
    the doctest collector of any other module with no example (:func:`has_examples`): it would find nothing."""
    found = yield
    if not in_package(file_path):
        return [c for c in found if type(c) is not DoctestModule or has_examples(file_path)]
    return [PackageDoctests.from_parent(parent, path=file_path) if type(c) is DoctestModule else c for c in found]


def has_examples(path: Path) -> bool:
    """Whether the module at ``path`` may hold a doctest example: its source has a prompt (``>>>``) somewhere. Without
    one, ``--doctest-modules``' collector of the module finds no example, after walking every function and class of it
    and looking for fixtures in it (about 2 ms a module, ~450 test modules, in each process).

    >>> has_examples(Path(__file__)), has_examples(PACKAGE.parent / "pyproject.toml")
    (True, False)
    """
    try:
        return b">>>" in path.read_bytes()
    except OSError:
        return True
