"""Adversarial review of the day's merges (review51, fifteenth session): other49 (frames: other quantities in
cost-sharing stories, payments told for a range), dateline49 (dates: a dated dateline is the story's day) and desc49
(quotes: roles pointing back, the spoken-of person in a postmodifier, quotes across paragraphs, plural possessives in
single quotes), on rows of my own written and labelled before the tool ran on them (made-up people, places and
outlets: Kim Ha-neul, Jim Rollins, Jo Bell, Porvik, Daeyang, Tamsk News; right SMA figures from
data/sma_contributions.csv and wrong ones), per the Conventions of tests/corpus/README.md.

The case table is tests/cases/test_review51.csv (columns ``published``, ``text`` (a written "\\n" is a line break;
claims are one paragraph after :data:`test_review45.LEAD`), ``exact`` (the words of the item, first occurrence),
``want``, ``xfail`` (the reason of a row still read wrong: a strict xfail) and ``note``). The prefix says what
``want`` is:

- ``Q_`` speakers (test_gen47q.speaker_of; a text "headline||body" has a headline of its own; names "/"-separated
  as evaluate accepts them; "None" for words nobody says, a title: no speaker or no quote span). Classes: Q_TWOROLE
  (two holders of a role, a role naming a department), Q_ROLEAFTER (a role after a person of another office),
  Q_PARTYADJ (a party word as an adjective), Q_ORGSPOKES (a spokesman for an organisation), Q_BOOK (titles of
  works), Q_NESTED (single quotes and possessives inside double ones), Q_APOS (an apostrophe after s that closes a
  single quote), Q_SPANS (quotes across paragraphs), Q_THAT (a quote that ends its sentence before "X said (later)
  that ..."), Q_MORE (served and serving holders, unnamed holders told later, Korea's Democratic Party).
- ``C_`` claims (test_years47.read_verdict): "supported", "caught", "not_contradicted", "not_checkable". Classes:
  C_CUE (right and wrong SMA figures beside sales, chips, LNG, indirect support, relocation, arms, swap lines, US
  costs), C_DEFENSE ("national defense" in names of a ministry, a white paper, a committee, an institute), C_SALES
  (more cue words around the payment, with the other quantities as controls), C_RANGE (a payment over years).
- ``D_`` dates (test_gen47d.overlapping): "start/end". Classes: D_NOTLINE (dateline-shaped words that are no
  dateline), D_WIRE (datelines: Reuters' hyphen, a byline line, a year, a day after publication), D_DIGEST (datelines
  in later paragraphs), D_WEEKDAY (weekdays and weeks from a dateline).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_gen47q import speaker_of
from test_quotes40 import accepted
from test_review48 import check_review48_claims as claim_fits  # the same checks as review48's
from test_review48 import check_review48_dates as date_fits

ROWS = case_tables("test_review51")
KINDS = {kind: {name: rows for name, rows in ROWS.items() if name.startswith(kind)} for kind in ("Q_", "C_", "D_")}


def check_review51_claims(published: str, text: str, exact: str, want: str) -> None:
    claim_fits(published, text, exact, want)


@pytest.mark.parametrize("rows", merged(cases(**KINDS["C_"])))
def test_review51_claims(rows: list[object]) -> None:
    run_rows(check_review51_claims, rows)


@pytest.mark.parametrize(("published", "text", "exact", "want"), cases(**KINDS["D_"]))
def test_review51_dates(published: str, text: str, exact: str, want: str) -> None:
    date_fits(published, text, exact, want)


def check_review51_speakers(published: str, text: str, exact: str, want: str) -> None:
    headline, _, body = text.rpartition("||")  # "headline||body": a headline of its own
    got = speaker_of(headline, body, exact)
    if want == "None":
        assert got in (None, "no span"), got
    else:
        assert got != "no span" and accepted([got], want), got


@pytest.mark.parametrize("rows", merged(cases(**KINDS["Q_"])))
def test_review51_speakers(rows: list[object]) -> None:
    run_rows(check_review51_speakers, rows)
