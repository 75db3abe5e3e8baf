"""Test settings shared by every test module."""

from __future__ import annotations

import pytest

# Notebooks under tests/fixtures are inputs for the report tests (one fails on purpose), not tests.
collect_ignore_glob = ["fixtures/*"]

# Modules whose fixtures or tests build real reports (kernels, tens of seconds each), longest first.
# xdist (--dist loadgroup, --no-loadscope-reorder) hands out work units in collection order, so starting
# these first keeps both workers busy to the end instead of leaving one long module to a lone worker.
SLOW_FIRST = ("test_determinism.py", "test_browser.py", "test_any_article.py", "test_report.py",
              "test_bad_inputs.py")
# Modules whose tests are independent subprocess runs with no costly shared fixture: each test is its own
# work unit, spread over the workers. Every other module (and each notebook, whose cells share a kernel)
# stays whole on one worker, as under --dist loadscope.
SPREAD = ("test_bad_inputs.py",)


def _rank(item: pytest.Item) -> int:
    """Position of the item's module in SLOW_FIRST; every other module after them, in collection order."""
    name = item.path.name
    return SLOW_FIRST.index(name) if name in SLOW_FIRST else len(SLOW_FIRST)


@pytest.hookimpl(tryfirst=True)  # before xdist turns xdist_group marks into work units
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow modules first (a stable sort); one xdist group per module except the SPREAD ones."""
    items.sort(key=_rank)
    for item in items:
        if item.path.name not in SPREAD:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
