"""Frames of payments, demands and offers in layouts the frames62 matrix lacks (frames64, twentieth session; issue #10).

Rows: tests/cases/test_frames64.csv, in tests/test_frames62.py's format and read by its test (each text one paragraph
after the lead sentence of tests/test_review45.py; made-up sentences in my own words, no corpus article read); a
row's ``cell`` may name the frame's ``actor`` and ``modality`` the claim must have (``actor=<entity id>``):

- ``US_SIDE``: "U.S." before a blank names the US side (frames._SIDE_WORDS wanted a word character after its full
  stop, so "U.S. officials", "U.S. negotiators", "a U.S. demand" were no side), and a person named by a title alone
  is the side its title names (frames.actors_named); ``US_SIDE_NEAR``: a named person before a side word of the same
  side stays the actor, and a side word that is an attribute of a thing ("U.S. troops", "U.S. military might", "U.S.
  energy", frames._SIDE_THING) names no actor.
"""

from __future__ import annotations

import pytest
import test_frames62
from conftest import case_tables, cases, read_claims
from test_review45 import LEAD

#: The tables and how many rows each holds (strict xfails included).
COUNTS = {"US_SIDE": 8, "US_SIDE_NEAR": 12, "TROOP_QUOTED": 2, "TROOP_QUOTED_NEAR": 3}
ROWS = case_tables("test_frames64")  # tests/cases/test_frames64.csv


def frame_wants(cell: str) -> dict[str, str]:
    """Return the frame fields a row's cell names (``actor``, ``modality``), from its "|"-separated "axis=value"s.

    >>> frame_wants("actor=us-government|modality=demand|year=none")
    {'actor': 'us-government', 'modality': 'demand'}
    """
    pairs = (part.split("=", 1) for part in cell.split("|") if "=" in part)
    return {k: v for k, v in pairs if k in ("actor", "modality")}


@pytest.mark.parametrize(("cell", "published", "text", "exact", "quantity", "want", "evidence"), cases(**ROWS))
def test_frames64_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                         evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants (tests/test_frames62.py's test), and
    the actor and modality its cell names."""
    test_frames62.test_frames62_claims(cell, published, text, exact, quantity, want, evidence)
    wants = frame_wants(cell)
    if wants:
        claim = next(c for words, c in read_claims(LEAD + text, published).items() if exact in words)
        got = {"actor": claim.frame.actor, "modality": claim.frame.modality}
        assert all(got[k] == v for k, v in wants.items()), (cell, got)


def test_tables() -> None:
    """Each table keeps its rows."""
    assert {name: len(rows) for name, rows in ROWS.items()} == COUNTS
