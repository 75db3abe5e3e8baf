"""Frames of payments, demands and offers in layouts the frames62 matrix lacks (frames64, twentieth session; issue #10).

Rows: tests/cases/test_frames64.csv, in tests/test_frames62.py's format and read by its test (each text one paragraph
after the lead sentence of tests/test_review45.py; made-up sentences in my own words, no corpus article read); a
row's ``cell`` may name the frame's ``actor`` and ``modality`` the claim must have (``actor=<entity id>``):

- ``US_SIDE``: "U.S." before a blank names the US side (frames._SIDE_WORDS wanted a word character after its full
  stop, so "U.S. officials", "U.S. negotiators", "a U.S. demand" were no side), and a person named by a title alone
  is the side its title names (frames.actors_named); ``US_SIDE_NEAR``: a named person before a side word of the same
  side stays the actor, and a side word that is an attribute of a thing ("U.S. troops", "U.S. military might", "U.S.
  energy", frames._SIDE_THING) names no actor.
- ``TROOP_QUOTED``: a troop count in quote marks before its noun ("'40,000' USFK troops") is read (counts._COUNT) and is
  no level a change came to after "from ... to" (frames.troops_change_end); ``TROOP_QUOTED_NEAR``: the right count
  quoted stays supported, an unquoted level a change came to stays unjudged.
- The layouts the frames62 matrix lacks (item 3 of the brief), each with right figures that must stay ``supported``
  and wrong ones that must be caught: ``WON_USD`` (won and dollars with a stated conversion or rate),
  ``SMA_ORDINAL`` (a year named only as "the 11th SMA's first year": frames.numbered_deal_year), ``NEXT_YEAR`` ("next
  year's payment" in a past-dated story, "the following year"), ``RUNS_THROUGH`` ("the deal, which runs through
  2025": not the figure's year), ``TABLE_LIST`` (per-year figures in a list; the list-head forms are strict xfails),
  ``HEDGE`` ("about", "nearly", "more than", "less than", "roughly", "some" near the 10 % band), ``MULTIPLE`` (a payment
  as a multiple of another year's).
"""

from __future__ import annotations

import test_frames62
from conftest import read_claims, table_test
from test_review45 import LEAD


def frame_wants(cell: str) -> dict[str, str | None]:
    """Return the frame fields a row's cell names (``actor``, ``modality``), from its "|"-separated "axis=value"s
    ("none": no actor, frames65).

    >>> frame_wants("actor=us-government|modality=demand|year=none"), frame_wants("actor=none")
    ({'actor': 'us-government', 'modality': 'demand'}, {'actor': None})
    """
    pairs = (part.split("=", 1) for part in cell.split("|") if "=" in part)
    return {k: None if v == "none" else v for k, v in pairs if k in ("actor", "modality")}


def check_frames64_claims(cell: str, published: str, text: str, exact: str, quantity: str, want: str,
                          evidence: str) -> None:
    """The claim holding ``exact`` has the quantity and verdict the row wants (tests/test_frames62.py's test), and
    the actor and modality its cell names."""
    test_frames62.check_frames62_claims(cell, published, text, exact, quantity, want, evidence)
    wants = frame_wants(cell)
    if wants:
        claim = next(c for words, c in read_claims(LEAD + text, published).items() if exact in words)
        got = {"actor": claim.frame.actor, "modality": claim.frame.modality}
        assert all(got[k] == v for k, v in wants.items()), (cell, got)


test_frames64_claims = table_test("test_frames64", check_frames64_claims)
