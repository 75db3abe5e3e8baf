"""Nine date classes the lead decided at date59's questions (date62, eighteenth session, issue #9): made-up sentences
written before the rules, each row labelled per "Lead decisions on date59's questions" in tests/corpus/README.md's
Conventions, across tense (past, perfect, future, reported speech, quotations) and anchor (publication on a
Wednesday, Thursday, Monday, Sunday; a dated dateline; a date before it in its paragraph). Made-up people and places:
Kim, Lee, Porvik, Tamsk.

- NEXT_WEEKDAY, HEADLINE: "next Friday"; a headline's present with a weekday ("Envoy Visits Tamsk Monday") reports
  news (HEADLINE read in the article format: line 1 is the headline, date63). Controls: "To"/"Will" in the headline,
  the body's present of a trip.
- OVERNIGHT: the night before the story's day. Controls: a name ("Overnight Express"), "suddenly" ("built
  overnight", "almost overnight"), an adjective ("an overnight stay").
- NEW_YEAR: "by/in the new year" told October-March. Controls: "the new year's budget", told in June, "New Year's
  address".
- MONTH_PART, QUARTER: "the latter part / closing (final, last) days of <month>", "the second half of <month>",
  "the <ordinal> quarter" in the year the text fixes. Control: a game's quarter.
- WEEK_AROUND, WEEKS_AGO, FORTNIGHT: the week before/after a dated day's week; "N weeks ago" the week holding the
  day; "a week later" moves a date; "within a fortnight". Controls: day counts, "a fortnight ago", quotations of
  earlier speech.
- HOLIDAY, SEASON: a holiday with no year by its clause's tense (lunar ones: data/lunar_holidays.csv, dfix39); seasons.
  Controls: "the Christmas tree", "a Memorial Day speech", "Summer Davos", "the Seoul Spring".

Rows: tests/cases/test_dates62.csv (``table``, ``text``, ``published``, ``exact``, ``start``, ``end``, ``xfail``: a
strict xfail's reason, ``note``; "\\n" in a text is a line break). Rows with a range run through
``conftest.dates_test``; the NOITEM rows ("none": no date overlaps the words; "null": one left unresolved) through
the overlap test of tests/test_gen47d.py.
"""

from __future__ import annotations

import pytest
from conftest import article_dates_test, case_tables, cases, merged, read_dates, run_rows
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates62")
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}
HEADLINES = {"HEADLINE": TABLES.pop("HEADLINE")}  # read in the article format: line 1 is the headline (date63)
test_dates62_headline = article_dates_test(**HEADLINES)  # line 1 the headline, told to the date finder


def check_date(text: str, pub: str, exact: str, start: str, end: str) -> None:
    """``exact`` reads ``start``..``end`` (a "\\n" in the row is a line break: a headline's end)."""
    assert (exact, start, end) in read_dates(text.replace("\\n", "\n"), pub)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_dates62(rows: list[object]) -> None:
    run_rows(check_date, rows)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_dates62_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
