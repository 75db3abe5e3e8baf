"""Troop numbers left by review45 (troops46, thirteenth session): generic sentences of my own after review45's lead.

- ``MEMBER_FORCE``: "a 28,500-member force" counts troops when a military noun (force, garrison, contingent) follows
  "-member", with or without "U.S."/"American" between (counts._COUNT); ``MEMBER_CTRL``: a union, an association.
- ``FROM_YEAR``: a level that was with its own year right after it ("down from 37,500 in 2004") is judged for
  that year (frames.troops_dated_past); ``FROM_YEAR_CTRL``: no year of its own, a year of the saying.
- ``CONDITION``: a modal before a count and "if"/"unless" right after it: supposed (frames.troops_condition);
  ``CONDITION_CTRL``: a condition with no modal, a condition of another clause.
- ``K_THOUSAND``: "28.5K troops" and a bare "28.5 thousand" near a troop word (counts._SCALED, counts._BARE);
  ``K_CTRL``: money in K, thousands of workers or miles.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review45 import check_review45_claims as check_troops46_claims

ROWS = case_tables("test_troops46")

#: Each row: the first claim holding ``needle``, after test_review45's LEAD, fits the verdict wanted (test_review45's
#: check; no row here opens as a story of its own, the only rows that check reads without LEAD).
test_troops46_claims = rows_test(check_troops46_claims, **ROWS)
