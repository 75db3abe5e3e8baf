"""Mends of anchor63's rules for line 1's news day at review63's findings 4-7 and 15 (menda63, nineteenth session):
made-up articles (Kim, Lee, Park, Tamsk, Porvik, the Tamsk Ledger), read through ``annotate`` on the article format.

- LABEL (finding 5): a line-1 date right after a possessive ("Kim’s Dec. 1 speech") labels a noun, and a line 1
  that a report's kicker opens or closes ("Report:", "Sources:", "- report") tells the reported event's day: neither
  is the news's day, and a body count with no day before it stays unresolved. Controls: a possessive not right
  before the date, no kicker, "Report card:".
- STEP (finding 6): "that day" after a step of one day back returns to line 1's day only when the step dates a thing
  named in its sentence ("cited the Tamsk Ledger published the previous day"); a step that dates its sentence's own
  verb ("Lee arrived in Tamsk the previous day", "was published the previous day") moves the story to that day.
- AGAIN (finding 7): a count told again keeps its earlier day only when the same named thing stands right before
  both counts ("the Tamsk Ledger released the previous day" ... "in the Tamsk Ledger the previous day"); a place
  or subject named a few words before ("The talks in Tamsk ended", "Officials in Tamsk briefed reporters") is not.
- SPEED (finding 4): line 1's quotations are found once, whatever the number of its dates.

Rows: tests/cases/test_menda63.csv (test_anchor63's columns).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import case_tables, rows_test
from test_anchor63 import check_anchor63 as check_menda63

from analysis.extract import date_rules, dates

TABLES = case_tables("test_menda63")

#: Each row: the ``occurrence``-th date item with words ``exact`` reads ``start``..``end`` (test_anchor63's check).
test_menda63 = rows_test(check_menda63, **TABLES)


def test_line_one_quotes_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 4: a long line 1 with many dates and quotations has its quotations found once, not once a date."""
    calls: list[tuple[int, int]] = []
    real = dates._quote_stretches

    def counted(text: str, start: int, end: int) -> list[dates._Stretch]:
        calls.append((start, end))
        return real(text, start, end)

    pub = dt.date(2025, 12, 7)
    line = 'Kim said "yes" on Dec. 6 and ' * 40
    text = line + "\n2025-12-07\n\nThe talks ended that day."
    lead = dates.find_dates(text, pub, 0, len(line), headline=True)
    monkeypatch.setattr(dates, "_quote_stretches", counted)
    monkeypatch.setattr(date_rules, "_quote_stretches", counted)
    dates._lead_day(text, lead, pub)
    assert len(lead) == 40 and len(calls) <= 1, len(calls)
