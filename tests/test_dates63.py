"""Date classes the lead decided at date62's questions (date63, eighteenth session, issue #9): made-up sentences
written before the rules, each row labelled per "Lead decisions on date62's questions" in tests/corpus/README.md's
Conventions. Made-up people and places: Kim, Lee, Porvik, Tamsk.

- HEADLINE: line 1 of the article format is the headline whatever its case; its present with a weekday and no
  "to"/"will" reports news ("Envoy visits Tamsk Monday": the Monday before). Read through ``annotate`` on the article
  format (the title line is told to the date finder, not guessed from capitals). Controls: "to"/"will", a modal,
  "set to", a present of a schedule ("expires"), the progressive, the body's present of a trip.
- BODY: the same words read with no line 1 (``find_dates`` alone): dates15's reading, a plan.
- HOLIDAY_ANCHOR: a holiday after a dated day in its paragraph follows its clause's tense from that day (past: the
  latest on or before it; future or a deadline: the first on or after). Controls: a year, a deadline.
- SEASON, QUARTER, FORTNIGHT, NEW_YEAR: "this past <season>", "in autumn" with no year, "<year>'s third quarter", "a
  fortnight later/earlier", "early (late) in the new year".
- NOITEM: "overnight" in a future clause; seasons that are no time ("in spring training camps", "in Spring Valley",
  a habit); "early in the new year" told in June; "a fortnight later" with no date before it (unresolved).

Rows: tests/cases/test_dates63.csv (as tests/test_dates62.py's: ``table``, ``text``, ``published``, ``exact``,
``start``, ``end``, ``xfail``, ``note``; "\\n" in a HEADLINE text is a line break, a line break in a quoted cell
a paragraph's).
"""

from __future__ import annotations

import pytest
from conftest import article_dates_test, case_tables, cases, dates_test
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates63")
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}
test_dates63_headline = article_dates_test(HEADLINE=TABLES.pop("HEADLINE"))  # line 1 the headline
test_dates63 = dates_test(**TABLES)  # read by find_dates alone (a text with no headline)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_dates63_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or it is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
