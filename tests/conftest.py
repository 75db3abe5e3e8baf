"""Test settings shared by every test module."""

from __future__ import annotations

import pytest


def table(text: str) -> list[tuple[str | None, ...]]:
    r"""Return the rows of a test-case table: a header line, then one case a line, fields split by " | ",
    "None" for None and a written "\n" for a line break.

    >>> table(r"body | who" + chr(10) + r"a\nb | None")
    [('a\nb', None)]
    """
    rows = text.strip().splitlines()[1:]
    return [tuple(None if f == "None" else f.replace("\\n", "\n") for f in row.split(" | ")) for row in rows]


# Notebooks under tests/fixtures are inputs for the report tests (one fails on purpose), not tests.
collect_ignore_glob = ["fixtures/*"]

# Modules that build real reports or run the CLI in subprocesses (tens of seconds to minutes each), longest
# first by their summed test durations (`pytest --durations=0`). xdist hands
# out whole modules (--dist loadscope) in collection order (--no-loadscope-reorder), so starting these
# first keeps the two workers busy to the end instead of leaving one long module for a lone worker.
SLOW_FIRST = ("test_bad_inputs.py", "test_browser.py", "test_determinism.py", "test_report.py",
              "test_any_article.py", "test_properties.py")


def _rank(item: pytest.Item) -> int:
    """Position of the item's module in SLOW_FIRST; every other module after them, in collection order."""
    name = item.path.name
    return SLOW_FIRST.index(name) if name in SLOW_FIRST else len(SLOW_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the slow modules to the front (a stable sort: order within and among the rest is kept)."""
    items.sort(key=_rank)
