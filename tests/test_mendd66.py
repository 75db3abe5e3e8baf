"""Date rows of review66's findings 7, 8 and 9 (mendd66, twentieth session): made-up sentences with made-up names
(Tolvig, Danne, Osric, Karsk, Velsk), each labelled as a careful reader reads it (tests/corpus/README.md's
Conventions), with near misses that must keep mendd65's and date64's readings.

- AIMED (finding 7): a weekday a verb of planning, scheduling or setting aims at ("scheduled a vote for Saturday",
  "planned a walkout on Friday") takes the day of the span told the sentence before, whatever the verb's tense.
- DEADLINE (finding 8): a progressive or present of a deadline's passing ("expiring", "expires") is no passing; an
  "after/past the deadline" in a present or future clause of warning or fearing reads ahead.
- NOITEM (finding 9): "the next weekend" in a sentence with a past verb and no day told before it stays unresolved.

Rows: tests/cases/test_mendd66.csv (as tests/test_mendd65.py's). A text with "\\n" is read in the article format
(line 1 the headline) in the HEADLINE table.
"""

from __future__ import annotations

import pytest
from conftest import article_dates_test, case_tables, cases, dates_test
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_mendd66")
HEADLINE = {"HEADLINE": TABLES.pop("HEADLINE", [])}
NO_ITEM = {"NOITEM": TABLES.pop("NOITEM", [])}
test_mendd66 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
test_mendd66_headline = article_dates_test(**HEADLINE)  # the headline's dates, read in the article format


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_mendd66_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
