"""A troop count whose hundreds a broadcast script spells in digits and words ("12-thousand-4-hundred foreign troops")
is a count, read as 12,400 (the lead, session 54; the 153rd batch's Arirang scripts print counts so; "4 thousand 2
hundred" too, diffreview54; issue #9).

Invented wording. ``SPOKEN`` failed on main (no count found); ``CONTROLS`` were read so before and stay.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate

SPOKEN = [
    ("Hanul pays to keep 12-thousand-4-hundred foreign troops on its soil.", "12-thousand-4-hundred foreign troops",
     12400),
    ("Tarven keeps 4 thousand 2 hundred troops in Oskel.", "4 thousand 2 hundred troops", 4200),
    ("About 9 thousand and 5 hundred soldiers stay, the ministry said.", "About 9 thousand and 5 hundred soldiers",
     9500),
    ("About 37-thousand-5-hundred American soldiers were based there then.",
     "About 37-thousand-5-hundred American soldiers", 37500),
    ("The 28-thousand-5-hundred-member force stays, the minister said.", "28-thousand-5-hundred-member", 28500),
]
CONTROLS = [
    ("It keeps 28-thousand-500 troops there.", "28-thousand-500 troops", 28500),
    ("Some 28-thousand U.S. troops are in South Korea.", "Some 28-thousand U.S. troops", 28000),
    ("It keeps 28,500 troops there.", "28,500 troops", 28500),
]


@pytest.mark.parametrize(("text", "exact", "count"), SPOKEN + CONTROLS)
def test_spoken_hundreds_are_part_of_the_count(text: str, exact: str, count: int) -> None:
    ann = annotate(f"Troops\n\nJanuary 12, 2014\n\n{text}", "2014-01-12")
    assert [(s.exact, s.value["count"]) for s in ann.spans if s.kind == "count"] == [(exact, count)]


def test_a_hundreds_word_without_thousands_is_no_count() -> None:
    """"5-hundred troops" is under a thousand: a count of a unit, not read by the thousands form (as before)."""
    ann = annotate("Troops\n\nJanuary 12, 2014\n\nIt sent 5-hundred troops.", "2014-01-12")
    assert [s.exact for s in ann.spans if s.kind == "count"] == []
