"""verd49 (session 49): two frame rules taken alone from the declined branch verd49.

- ``frames.relative_change_base`` / ``relative_base_years``: in "Under the 10th SMA, Seoul paid X, up 8.2 percent
  from a year earlier" the relative date is the base of the change, counted from X's own year: it binds no year,
  so the numbered deal binds X (2019) and the rise takes X's year; before, right 2019 figures were judged as the
  publication year's and called misleading or contradicted (table DEAL_YEAR).
- ``frames.trailing_tie`` (table LIST_FOR), below.


``frames.trailing_tie``: in "X for 2021 and Y for 2022" the date 2021 stands as near to X (" for ") as to Y
(" and "); before, Y was bound to 2021 and its right figure called ``contradicted``. The rest of branch verd49 was
declined after review49e (tests/corpus/HISTORY.md, forty-ninth session); this rule held in that review's probes and
was taken alone by the lead. Rows of a table without ``_CTRL`` fail on the code before it; ``_CTRL`` rows held there.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits


def check_verd49(published: str, text: str, exact: str, want: str) -> None:
    """Each row's claim gets the verdict it wants."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)


test_verd49 = table_test("test_verd49", check_verd49)
