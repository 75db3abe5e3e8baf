"""A date grammar matrix of wordings the earlier matrices lack (date64, twentieth session, issue #9): made-up sentences
written before the rules, each row labelled per tests/corpus/README.md's Conventions (or the module docstring of
analysis/extract/dates.py where they are silent). Made-up people, places and pacts: Tolvig, Danne, Osric, Karsk,
Velsk. Publication is mostly Wednesday 16 June 2021 (its week: Monday 14 to Sunday 20 June).

- ANCHOR, WEEKEND_ANCHOR: days counted from a day told before them ("Two days later", "The following Tuesday", "That
  weekend", "The previous weekend", "Hours later", "The morning after"); EVENT: counts before and after an event the
  text dates; NOITEM: the same with no day before them (unresolved), and words that are no date.
- EARLIER, ENDOF, AGO, SINCE, HALF, FINAL_PART, PART, SEASON, ORDINAL, WEEKDAY, WEEKEND: "earlier/later this
  week/month/year", "by the end of the month", "a year ago", "since March", "until February", halves and quarters
  ("the final quarter of 2020"), thirds of months and years, seasons, "on the 15th", "last/this/next <weekday>" told
  on each day of the week, "over the weekend".
- BOUNDARY: a month-day with no year across the year's end (a December story's "Jan. 5" ahead, a January story's
  "Dec. 20" back).
- MONTH_DAY: a day of the month after a month (or month-day) told in its sentence ("on March 3 and again on the 9th").
- DEADLINE: a month-day naming a deadline in a clause with no tense ("before an April 15 deadline seems poor").
- ECHO: a weekday naming a day the text dated just before ("will visit on June 19. The talks Saturday ...").
- QUOTE, DATELINE: dates inside quotations of past speech; a dateline with a weekday only.

Rows: tests/cases/test_dates64.csv (as tests/test_dates62.py's: ``table``, ``text``, ``published``, ``exact``,
``start``, ``end``, ``xfail``: a strict xfail's reason, ``note``; a line break in a quoted cell is a paragraph's). The
NOITEM rows ("none": no date overlaps the words; "null": one left unresolved) run through the overlap test of
tests/test_gen47d.py.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates64")
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}
test_dates64 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_dates64_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
