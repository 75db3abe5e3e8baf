"""Wire copy's commonest relative dates, by clause (date68, twenty-first session, issue #9): made-up sentences with
made-up names (Ilse Varro, Piet Dovrin, Brannock, Mirelund, Tesk, the Quessan pact, the Harlow accord), published on
every weekday across 2019-2026, each labelled by tests/corpus/README.md's Conventions before the code was run.

- WEEKDAY: bare weekdays in past, present-perfect, future, planned and reported-speech clauses ("said Monday", "will
  meet Thursday", "is due to arrive Friday", "talks that began Tuesday", "On Wednesday, officials said"), possessives,
  "late Tuesday", two days joined, a timetable present after a plural or joined subject.
- UNTIL: "until <weekday>" after a verb of deferring (ahead) and after a past state (the day before: item 3).
- RELATIVE: "last week" (told on a Sunday too), "this week", "next month", "earlier/later this month (year)", "late
  last year", "early next year", "by the end of the year", "within the year", a past or future bare month.
- ANCHOR: "the previous (prior) year" after a dated year, "the following day/week/month", "a day before/after <dated
  event>", "N days later/earlier", "the same day", "that day", "the day before", "the week before", "later that day".
- WEEKEND: "over the weekend" past and future, "this weekend", an event participle's weekend.
- MONTHDAY: month-days with no year before and after publication, in past, future, planned and speech clauses.
- NOTFOUND: expressions the finder missed ("the night before", "the morning after", "the end of <event>", "the
  election year", a month-day event with "last year" after its noun) beside ones it finds ("four days before",
  "that morning", "earlier in the day", "the previous afternoon", "a day ahead of", "overnight").
- NOITEM: near misses ("none": no date overlaps the words; "null": one left unresolved), run through the overlap
  test of tests/test_gen47d.py.

Rows: tests/cases/test_dates68.csv (as tests/test_dates64.py's; ``xfail`` is a strict xfail's reason).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test
from test_gen47d import overlapping

TABLES = case_tables("test_dates68")
NO_ITEM = cases(NOITEM=TABLES.pop("NOITEM"))
test_dates68 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), NO_ITEM)
def test_dates68_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one overlapping it is left unresolved (``null``)."""
    found = overlapping(text, published, exact)
    assert not found if start == "none" else (None, None) in found, found
