"""The suite's own speed (suite58, issue #12): the root conftest.py settles the garbage collector at the end of each
unit of tests (``conftest.settle``: one pass over what the unit left alive, then frozen, so later full passes of the run
do not walk it again) and unfreezes everything before pytest's last pass of the session.
"""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pytest
from test_suite57 import root_conftest


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
