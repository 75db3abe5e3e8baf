"""Mends of date62/date63's rules at review62's findings 5-8 (mendd62, eighteenth session): made-up sentences, each
row labelled per the lead's decisions on them (tests/corpus/README.md's Conventions, "Lead decisions on date59's
questions" and "on date62's questions", lead, eighteenth session). Made-up people and places: Kim, Lee, Porvik,
Tamsk; the review's own sentences are its made-up probes.

- TOLD (finding 5): a holiday after a dated day reads back from it only when a speech verb's complement holds it or
  its own clause is in the past perfect; a parenthetical "officials said", a relative "who had arrived", a clause
  after ", and" do not count. Controls: "said they met", "told reporters that", the holiday's own "had met".
- PRESENT (finding 6): a holiday with no date before it in a present clause ("wants", "is in") reads forward, the
  first on or after publication; only a past clause reads back. Controls: the past, "since".
- HEADLINE (finding 7): a headline weekday the body names again takes the body's reading; the headline's present
  reads news only when the body does not name it. Read through ``annotate`` in the article format.
- NOITEM, SEASON (finding 8): a bare season in a habitual clause ("always", "usually", "often", "each year") is no
  item. Controls: no frequency word, "each side", a frequency word in another clause.

Rows: tests/cases/test_mendd62.csv (date62/date63's columns: ``table``, ``text``, ``published``, ``exact``,
``start``, ``end``, ``xfail``, ``note``; "\\n" in a HEADLINE text is a line break).
"""

from __future__ import annotations

import pytest
from conftest import article_dates_test, case_tables, cases, dates_test
from test_gen47d import overlapping

TABLES = case_tables("test_mendd62")
test_mendd62_headline = article_dates_test(HEADLINE=TABLES.pop("HEADLINE"))  # line 1 the headline
NO_ITEM = TABLES.pop("NOITEM")  # each row's start "none": no date overlaps its words
test_mendd62 = dates_test(**TABLES)  # read by find_dates alone (a text with no headline)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(NOITEM=NO_ITEM))
def test_mendd62_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date ``find_dates`` reads overlaps ``exact`` (tests/test_gen47d.py's ``overlapping``)."""
    assert (start, end) == ("none", "none")
    assert not overlapping(text, published, exact)
