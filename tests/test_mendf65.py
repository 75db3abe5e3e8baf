"""Mends of review65's findings 1-5 and 15 on frames64's rules (mendf65, twentieth session).

Rows: tests/cases/test_mendf65.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences, no corpus article read); a
row's ``cell`` may name the ``actor`` and ``modality`` the claim must have, and ``whole`` when the claim's exact words
must be the row's ``exact`` (no quote mark in its span):

- ``ORDINAL_FROM`` (finding 1): a year named as "the first year of the 11th SMA" is the year of the figure the phrase
  is about, the nearest one, never of a figure after "from" (frames.numbered_deal_year); ``ORDINAL_FROM_NEAR``: the
  figure the phrase is about keeps its year.
- ``ORDINAL_EITHER`` (finding 2): "the 11th SMA's first year" counted from the term's start (2020, frozen) is as
  plausible as the convention's 2021 (the year it was concluded): a figure either year fits is no worse than that
  reading's verdict (frames.numbered_deal_year's candidates, rules.ordinal_reading); ``ORDINAL_EITHER_NEAR``: the
  convention's reading stays supported, a figure neither year fits stays caught, a deal concluded in its term's first
  year has one reading.
- ``SIDE_INSIDE`` (finding 3): a side word, a person named by a title alone or a place inside a phrase set off by
  commas between a subject and its verb ("Seoul, wary of U.S. pressure, offered") is no actor
  (frames.inside_aside, in actors_named and sides_named); ``SIDE_INSIDE_NEAR``: a side word that is the subject
  keeps its side.
"""

from __future__ import annotations

import test_frames64
from conftest import read_claims, table_test
from test_review45 import LEAD


def check_mendf65_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity, verdict, actor and modality the row wants (tests/test_frames64.py's
    test), and for a ``whole`` cell its exact words are the row's."""
    test_frames64.check_frames64_claims(cell, published, text, exact, quantity, want, evidence)
    if "whole" in cell.split("|"):
        assert exact in read_claims(LEAD + text, published), cell


test_mendf65_claims = table_test("test_mendf65", check_mendf65_claims)


def test_one_copy_of_the_ordinals() -> None:
    """Finding 15: the ordinal words of a year of a term are the first of an agreement's, and both patterns hold
    every word of their list."""
    from analysis import frame_reader

    assert frame_reader._DEAL_WORDS[:6] == frame_reader._NTH_WORDS
    assert all(w in frame_reader._DEAL_NO for w in frame_reader._DEAL_WORDS)
    assert all(w in frame_reader._NTH for w in frame_reader._NTH_WORDS)
