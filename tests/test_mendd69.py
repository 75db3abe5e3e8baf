"""Date rows of review69's findings 3 and 11 (mendd69, twenty-first session): made-up sentences with made-up names
(Ilse Varro, Piet Dovrin, Brannock, Tesk), each labelled as a careful reader reads it (tests/corpus/README.md's
Conventions), with the near misses date68 wrote its rules for, which keep their readings.

- NOUNYEAR (finding 3): "last year" after a month-day dates it only when the month-day, after a determiner or a
  possessive, stands before one noun it dates ("the March 4 election last year", "the June 3 local elections last
  year"), or a bare month-day stands before a word of voting or talks ("said March 4 talks last year failed"); never
  after a preposition, a participle or a clause ("on March 4 despite tensions last year", "by March 4 rather than
  last year", "the March 4 deadline set last year"): a future month-day is not moved back a year.
- NIGHTPART and NOITEM (finding 11): "the night before" with its object on the next line of wrapped text is no bare
  day part (no item); a full stop or a blank line before the next line leaves it bare. NOITEM rows run through the
  overlap test of tests/test_gen47d.py ("none": no date overlaps the words).

Rows: tests/cases/test_mendd69.csv (a "\\n" in a row's text is a line break, "\\r" a carriage return).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, read_dates, run_rows
from test_gen47d import overlapping

TABLES = case_tables("test_mendd69")
NO_ITEM = cases(NOITEM=TABLES.pop("NOITEM", []))


def _text(text: str) -> str:
    """Return a row's text with its escaped line breaks made real.

    >>> _text("a\\\\r\\\\nb")
    'a\\r\\nb'
    """
    return text.replace("\\r", "\r").replace("\\n", "\n")


def check_mendd69(text: str, published: str, exact: str, start: str, end: str) -> None:
    """``exact`` is read ``start``..``end``."""
    assert (exact, start, end) in read_dates(_text(text), published)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_mendd69(rows: list[object]) -> None:
    run_rows(check_mendd69, rows)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), NO_ITEM)
def test_mendd69_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact``."""
    assert not overlapping(_text(text), published, exact)
