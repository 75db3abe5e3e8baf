"""The suite's own speed (suite57, issue #12): what the root conftest.py does to the garbage collector while the tests
are collected (``conftest.collecting``) holds in the process that runs these tests.

A process that has collected its tests has its collection frozen (``gc.freeze``: the test modules, their tables and
the items are kept out of every later pass of the cyclic garbage collector) and runs them with the collector's own
thresholds, full passes included; the root conftest.py's doctests (it is not under ``testpaths``) run here. A test
module with no doctest prompt gets no doctest collector (``conftest.has_examples``).
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


@pytest.mark.parametrize("name", ["collecting", "has_examples", "pytest_collection", "settle", "unit_ends"])
def test_the_root_conftest_doctests_pass(pytestconfig: pytest.Config, name: str) -> None:
    root = root_conftest(pytestconfig)
    tests = doctest.DocTestFinder().find(getattr(root, name), name, module=False, globs=dict(vars(root)))
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in tests:
        runner.run(test)
    assert len(tests) == 1 and runner.tries > 0 and runner.failures == 0, (len(tests), runner.summarize())


def test_a_test_module_without_a_prompt_has_no_doctest_collector(request: pytest.FixtureRequest) -> None:
    """--doctest-modules' collector of a test module is left out when the module has no doctest prompt: this module's,
    not tests/conftest.py's (whose examples still run, as every example of tests/ does: a module with one keeps it)."""
    root = root_conftest(request.config)
    assert not root.has_examples(request.path) and root.has_examples(request.path.parent / "conftest.py")
    module = request.node.getparent(pytest.Module)
    kinds = {type(c).__name__ for c in module.parent.collect() if getattr(c, "path", None) == request.path}
    assert kinds == {"Module"}, kinds
