"""A passive "told by" is read only where it opens the quote's sentence (diffreview54, the fifty-fourth session's read
of its whole diff; no clock): ``quotes._told_by_that`` searched the sentence from its start to each quote for "was
told by", quadratic in a run-on sentence of quotes ("The plan was hailed as “historic” by Al Roe and ..." 2.41 s at
100 KB, 7.09 s at 200 KB); it now reads ``windows.TOLD_BY_OPENS`` characters after the sentence's start (0.9 and
1.3 s). :func:`conftest.assert_check_linear` counts the calls and the characters the patterns are handed, not seconds;
both rows fail on the code before the fix.

The same review bounded four more per-quote reads that sliced or split the sentence from its start
(``windows.OPENER_MOST``, ``PASSIVE_AS_BACK``, ``UNSAID_GAP_MOST``, ``OPENER_HOLDER_BACK``): slicing is not counted by
that helper, so their before/after timings are in tests/corpus/HISTORY.md, not here."""

from __future__ import annotations

import pytest
from conftest import assert_check_linear

SHAPES = [
    "The plan was hailed as “historic” by Al Roe and ",
    "The plan was welcomed as “fair” by the ministry and ",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_told_by_reads_stay_linear(shape: str) -> None:
    assert_check_linear(shape, "2025-11-14")
