"""Dates hunt50c read wrong (fix50m, causes E and F), on made-up sentences (invented names Orlavi, Kestrel, Dravo),
each rule with near-miss controls that keep main's reading:

- WEEK_OFFSET: a weekday right after "N weeks from" / "N weeks ago" is moved by that many weeks, one date
  (`dates._week_offsets50`); a possessive weekday ("a week from Tuesday's vote") is the event's day, kept.
- PLAN_ORDER: two weekdays of one plan joined by "and again" or "after/before ...ing" keep that order
  (`dates._weekdays_ordered50`); a past second day is never moved ahead.
"""

from __future__ import annotations

from conftest import assert_no_date, case_tables, dates_test

test_fix50m = dates_test(**case_tables("test_fix50m"))


def test_week_ago_weekday_one_item() -> None:
    """ "a week ago Wednesday" is one date, not also a week item."""
    assert_no_date("The Dravo panel met a week ago Wednesday.", "2024-06-12", "a week ago")
