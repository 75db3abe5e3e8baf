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
``start``, ``end``, ``xfail``, ``note``; "\\n" in a text is a line break).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test, read_article_dates
from test_gen47d import test_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates63")
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}
HEADLINES = {"HEADLINE": TABLES.pop("HEADLINE")}
_read = dates_test(**TABLES)


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), cases(**TABLES))
def test_dates63(text: str, pub: str, exact: str, start: str, end: str) -> None:
    """``exact`` reads ``start``..``end`` (a "\\n" in the row is a line break)."""
    _read(text.replace("\\n", "\n"), pub, exact, start, end)


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), cases(**HEADLINES))
def test_dates63_headline(text: str, pub: str, exact: str, start: str, end: str) -> None:
    """In the article format (line 1 the headline), ``exact`` reads ``start``..``end``."""
    assert (exact, start, end) in read_article_dates(text.replace("\\n", "\n"), pub)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_dates63_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
