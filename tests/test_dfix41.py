"""Classes of date misreadings a prober found in 80 whole stories of its own (probed41: /work/wt/probed41; rows written
anew, in other words, years and weekdays), each mended by a rule about the shape of the language, with near misses
that keep their reading:

- HOLIDAY: named holidays of fixed or computable date: Korea's Independence Movement Day (Samiljeol, March 1) and
  National Foundation Day (October 3), Easter (its computus), "the Christmas holiday(s)", "the Labor Day weekend" (the
  weekend the holiday joins); after "through"/"for"/"into"; with no preposition as the object of a verb that keeps or
  spends it ("marked", "spent", "began"), a weekday's apposition ("Monday, New Year's Day") or a roundup's label
  ("Thanksgiving:"); a date set right beside it picks its year ("the Lunar New Year holiday last week"); a headline's
  holiday the body names is read as the body reads it.

Rows: tests/cases/test_dfix41.csv, read as tests/test_dfix38.py reads its rows (``start`` "none": no date overlaps the
words; "null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_tests
from test_dfix38 import check_dfix38

COUNTS = {"HOLIDAY": 12, "HOLIDAY_NEAR": 5}

test_dfix41_rows, test_tables = table_tests("test_dfix41", check_dfix38, COUNTS)
