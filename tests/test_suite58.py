"""The suite's own speed (suite58, issue #12): the root conftest.py settles the garbage collector at the end of each
unit of tests (``conftest.settle``: one pass over what the unit left alive, then frozen, so later full passes of the run
do not walk it again) and unfreezes everything before pytest's last pass of the session.
"""

from __future__ import annotations

import doctest
import gc
from types import ModuleType, SimpleNamespace

import pytest

from analysis import paths


def root_conftest(config: pytest.Config) -> ModuleType:
    """Return the root conftest.py as pytest loaded it."""
    where = str(paths.ROOT / "conftest.py")
    return next(p for p in config.pluginmanager.get_plugins() if getattr(p, "__file__", None) == where)


@pytest.mark.parametrize("name", ["settle", "unit_ends"])
def test_the_root_conftest_doctests_pass(pytestconfig: pytest.Config, name: str) -> None:
    root = root_conftest(pytestconfig)
    tests = doctest.DocTestFinder().find(getattr(root, name), name, module=False, globs=dict(vars(root)))
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in tests:
        runner.run(test)
    assert len(tests) == 1 and runner.tries > 0 and runner.failures == 0, (len(tests), runner.summarize())


@pytest.mark.parametrize(("next_path", "settles"), [("other.py", True), (None, True), ("same.py", False)])
def test_the_last_test_of_a_unit_freezes_what_it_left(pytestconfig: pytest.Config, next_path: str | None,
                                                      settles: bool) -> None:
    root = root_conftest(pytestconfig)
    item = SimpleNamespace(path="same.py")
    nextitem = None if next_path is None else SimpleNamespace(path=next_path)
    kept = [[i] for i in range(5_000)]  # alive, tracked by the collector, not frozen yet
    before = gc.get_freeze_count()
    hook = root.pytest_runtest_protocol(item, nextitem)
    next(hook)
    with pytest.raises(StopIteration) as done:
        hook.send("the report")
    assert done.value.value == "the report"
    assert (gc.get_freeze_count() >= before + len(kept)) is settles, (before, gc.get_freeze_count())
