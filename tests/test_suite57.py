"""The suite's own speed (suite57, issue #12): what the root conftest.py does to the garbage collector while the tests
are collected (``conftest.collecting``) holds in the process that runs these tests.

A process that has collected its tests has its collection frozen (``gc.freeze``: the test modules, their tables and
the items are kept out of every later pass of the cyclic garbage collector) and runs them with the collector's own
thresholds, full passes included; the context's doctest (the root conftest.py is not under ``testpaths``) runs here.
"""

from __future__ import annotations

import doctest
import gc
from types import ModuleType

import pytest

from analysis import paths


def root_conftest(config: pytest.Config) -> ModuleType:
    """Return the root conftest.py as pytest loaded it (its module name is that of tests/conftest.py too)."""
    where = str(paths.ROOT / "conftest.py")
    return next(p for p in config.pluginmanager.get_plugins() if getattr(p, "__file__", None) == where)


def test_the_collection_is_frozen_and_full_passes_are_back(pytestconfig: pytest.Config) -> None:
    root = root_conftest(pytestconfig)
    assert gc.get_freeze_count() > 10_000, gc.get_freeze_count()
    assert gc.get_threshold()[2] != root.NO_FULL_COLLECTION
    assert gc.isenabled()


def test_the_root_conftest_collecting_doctest_passes(pytestconfig: pytest.Config) -> None:
    root = root_conftest(pytestconfig)
    tests = doctest.DocTestFinder().find(root.collecting, "collecting", module=False, globs=dict(vars(root)))
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in tests:
        runner.run(test)
    assert len(tests) == 1 and runner.tries > 0 and runner.failures == 0, (len(tests), runner.summarize())
