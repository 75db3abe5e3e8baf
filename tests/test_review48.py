"""Adversarial review of the day's merges (review48, fourteenth session): gen47d (dates), gen47q (quote speakers),
years47 (claims) and money48 (amounts in words), on rows of my own written and labelled before the tool ran on them
(made-up people and places: Park Min-su, Kim Do-hun, the Hanul Daily, Daeyang, Tamsk; right figures from
data/*.csv and wrong ones), per the Conventions of tests/corpus/README.md.

The case table is tests/cases/test_review48.csv (columns ``published``, ``text`` (a written "\\n" is a line break;
for claims a text with a blank line is a headline and its body, any other one paragraph after
:data:`test_review45.LEAD`), ``exact`` (the words of the item, first occurrence), ``want``, ``xfail`` (the reason of a
row still read wrong: a strict xfail) and ``note``). The table's prefix says what ``want`` is:

- ``C_`` claims (test_years47.read_verdict): a verdict, "caught", "not_contradicted", "not_checkable" (also when no
  claim holds the words), "!supported". Classes: C_RANGE ("between 2014 and 2018" as a change between two years, a
  yearly payment over the range, a total), C_NOW (a figure with its own year beside a "now" figure), C_BASE ("more
  than in <year>", with years the data has and has not), C_REL (present relative clauses, other payers, parts),
  C_QUOTE (a quoted figure and its sentence's opening date, and a quote with a date of its own), C_WORDS (money48's
  amounts in words, and counts in words), C_BARE (a currency-less amount after a sentence naming another currency
  for another thing), C_HEAD (headlines over a body).
- ``D_`` dates (test_gen47d.overlapping): "start/end", "null" (unresolved) or "none" (no date). Classes: D_RANGE
  (year ranges opening a sentence; counts as controls), D_TENSE (verbs of expecting), D_WOULD (reported "would"
  speech), D_ORD (ordinal days with last/next month; rounds and agreements as controls), D_THROUGH (funding
  "through" a date), D_HEAD (headline weekdays).
- ``Q_`` speakers (test_gen47q.speaker_of; names "/"-separated as evaluate accepts them). Classes: Q_REL (a quote
  inside a relative clause), Q_REPORT (reporters of reported clauses), Q_JOINT (joined places), Q_DOC (writings as
  speakers, with their authors named).
- ``M_`` money (test_money48.overlapping): "<amount> <currency or None>" or "none" (no amount). Classes: M_BARE
  (currency of a bare amount), M_WORDS (amounts and counts in words).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47d import overlapping as dates_over
from test_gen47q import speaker_of
from test_money48 import overlapping as money_over
from test_quotes40 import accepted
from test_review45 import fits
from test_years47 import read_verdict

ROWS = case_tables("test_review48")


def of_kind(prefix: str) -> dict[str, list]:
    """Return the tables whose name starts with ``prefix``.

    >>> sorted(of_kind("M_"))
    ['M_BARE', 'M_WORDS']
    """
    return {name: rows for name, rows in ROWS.items() if name.startswith(prefix)}


def check_review48_claims(published: str, text: str, exact: str, want: str) -> None:
    verdict, evidence = read_verdict(published, text.replace("\\n", "\n"), exact)
    assert fits(verdict, want), (verdict, evidence)


@pytest.mark.parametrize("rows", merged(cases(**of_kind("C_"))))
def test_review48_claims(rows: list[object]) -> None:
    run_rows(check_review48_claims, rows)


def check_review48_dates(published: str, text: str, exact: str, want: str) -> None:
    found = dates_over(text.replace("\\n", "\n"), published, exact)
    if want == "none":
        assert not found
    else:
        assert ((None, None) if want == "null" else tuple(want.split("/"))) in found, found


@pytest.mark.parametrize("rows", merged(cases(**of_kind("D_"))))
def test_review48_dates(rows: list[object]) -> None:
    run_rows(check_review48_dates, rows)


def check_review48_speakers(published: str, text: str, exact: str, want: str) -> None:
    got = speaker_of("", text, exact)
    assert got != "no span" and accepted([got], want), got


@pytest.mark.parametrize("rows", merged(cases(**of_kind("Q_"))))
def test_review48_speakers(rows: list[object]) -> None:
    run_rows(check_review48_speakers, rows)


def check_review48_money(published: str, text: str, exact: str, want: str) -> None:
    found = money_over(text.replace("\\n", "\n"), exact)
    if want == "none":
        assert not found
    else:
        amount, cur = want.split()
        value, currency = float(amount), None if cur == "None" else cur
        assert any(a is not None and abs(a - value) <= 0.005 * value and c == currency for a, c in found), found


@pytest.mark.parametrize("rows", merged(cases(**of_kind("M_"))))
def test_review48_money(rows: list[object]) -> None:
    run_rows(check_review48_money, rows)
