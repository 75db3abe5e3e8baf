"""Three date classes of news English (date60, seventeenth session, issue #9): made-up sentences written before the
rules, each row labelled per the Conventions of tests/corpus/README.md (or a dev file's reading, named in its note).
Made-up people and places: Kim, Lee, Porvik, Tamsk.

- QUOTE_ACT: a day word inside a quote whose reported action the text dates in the sentence before ("On Monday the
  agency sent notices. 'We began sending notices today,' it said") takes that day (README, lead decisions on
  audit59h's questions); a week-dated act leaves it unresolved (words dated less precisely than a day). Controls: a
  quote told as the day's news keeps the story's day; another act dated before; a future in the quote; earlier
  undated speech and reported speech inside the quote stay unresolved.
- ADMIN: "during his administration", "during Trump's administration", "under his administration", "in her
  administration" read as "during his presidency" is (the same holder and term choice). Controls: "the Trump
  administration said" (a body), "his administration's officials" (a possessive), no preposition, "an official in
  his administration" and "served in her administration" (a member or a post).
- COUNT: "a couple of days ago", "a fortnight ago", spelled counts over ten ("forty years ago", "twenty-one years
  ago", "ninety days since ...") read as "two days ago" and "90 days since" are. Controls: lengths ("lasted a couple
  of days", "for a fortnight"), "several years ago", "the ninety days since" (a span), "a couple of times".

Rows: tests/cases/test_dates60.csv (``table``, ``text``, ``published``, ``exact``, ``start``, ``end``, ``xfail``: a
strict xfail's reason, ``note``). Rows with a range run through ``conftest.dates_test``; the NOITEM_* rows ("none":
no date overlaps the words; "null": one left unresolved) through the overlap test of tests/test_gen47d.py.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test
from test_gen47d import check_gen47d_dates as _overlapping_has

TABLES = case_tables("test_dates60")
NO_ITEM = {name: TABLES.pop(name) for name in [n for n in TABLES if n.startswith("NOITEM")]}

test_dates60 = dates_test(**TABLES)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_dates60_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)
