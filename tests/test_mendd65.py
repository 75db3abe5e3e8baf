"""Date rows of review65's findings 6, 7 and 10 (mendd65, twentieth session): made-up sentences with made-up names
(Tolvig, Danne, Osric, Karsk, Velsk), each labelled as a careful reader reads it (tests/corpus/README.md's
Conventions), with near misses that must keep date64's readings.

- DEADLINE (finding 6): a month-day naming a deadline reads ahead only in a clause with no word that the deadline
  passed; a word that it passed ("missed", "expired", "lapsed", "collapse(d)") reads it as the latest on or before
  publication; an "after/past/beyond" or a "no deal by" with no such verb is in doubt: the nearest reading.
- ECHO (finding 7): a weekday takes the date of the sentence before only when its clause's tense fits that date.
- WEEKEND (finding 10): "the next weekend" with no day told before it reads from publication.

Rows: tests/cases/test_mendd65.csv (as tests/test_dates64.py's). A text with "\\n" is read in the article format
(line 1 the headline) in the HEADLINE table.
"""

from __future__ import annotations

import pytest
from conftest import article_dates_test, case_tables, cases, dates_test
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_mendd65")
HEADLINE = {"HEADLINE": TABLES.pop("HEADLINE")}
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM")}
test_mendd65 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
test_mendd65_headline = article_dates_test(**HEADLINE)  # the headline's dates, read in the article format


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_mendd65_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
