"""Counts of days told from line 1's news day (anchor63, nineteenth session, issue #9): made-up articles written
before the rules (made-up people, places and papers: Kim, Lee, Park, Tamsk, Porvik, the Porvik Review), read through
``annotate`` on the article format (line 1 told to the date finder as the headline, or a lead sentence standing as it).

- LEAD: line 1 dates the news by a day of the month ("Minister Kim on the 8th (local time) urged ..."), a weekday
  or a full date; the body's "that day", "the previous day", "the following day", "a day earlier", "the previous
  afternoon" with no single day before them in the body count from that day (``dates._lead_day``), with or without
  other dates between that are no single day. A count told again in the same words of the same named thing ("the
  PRV released the previous day" ... "in the PRV the previous day") is the one day (``dates._told_again``); "that
  day" told after a step of one day back from line 1's day returns to it (``dates._story_day_again``, a choice).
- CONTROL: a body day nearer the anchor wins; a line-1 date of another event (a plan after publication, a relative
  clause, "since", two days, a quotation); a quotation's "that day"; the dateline's day for the body's weekdays;
  "that day" in the step's own sentence, "the same day", a step forward; a count told again of another thing or
  after a day of its own paragraph.

Rows: tests/cases/test_anchor63.csv (``table``, ``text``, ``published``, ``exact``, ``occurrence``: the how-manieth
date item with these words, ``start``, ``end``: ``null`` for unresolved, ``xfail``, ``note``; "\\n" in a text is a
line break, "\\n\\n" a paragraph's). A note starting "CHOICE" is a reading the Conventions did not decide.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, read_article_dates, run_rows

TABLES = case_tables("test_anchor63")


def check_anchor63(text: str, pub: str, exact: str, occurrence: str, start: str, end: str) -> None:
    """The ``occurrence``-th date item with words ``exact`` reads ``start``..``end`` (``null``: unresolved)."""
    got = [(s, e) for x, s, e in read_article_dates(text.replace("\\n", "\n"), pub) if x == exact]
    want = (None if start == "null" else start, None if end == "null" else end)
    assert len(got) >= int(occurrence) and got[int(occurrence) - 1] == want, got


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_anchor63(rows: list[object]) -> None:
    run_rows(check_anchor63, rows)
