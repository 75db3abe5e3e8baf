"""A full name that opens a relative or a "what"/"how" clause before its verb ("The deal, which Jo Bell called a
giveaway", "what Jo Bell called", "It is how Jo Bell described it") is read as a person, as after "that" and the
other words that open a clause (`_SUBORDINATORS`; probe81q, twenty-fourth session: a made-up name there was no
person, so the quote the clause holds had no speaker; rows in tests/cases/test_probe81.csv, RELATIVE). Controls: a
place or a capitalised place-like name after the same words stays as it was. Every name is made up.
"""

from __future__ import annotations

import pytest
from conftest import cases, names_found

# (text, the names found as "exact=name" joined by ";", "None" for none)
RELATIVE = [
    ("The deal, which Marcus Pendleton called a giveaway, was signed.", "Marcus Pendleton=Marcus Pendleton"),
    ("Seoul rejected what Marcus Pendleton called a giveaway.", "Marcus Pendleton=Marcus Pendleton"),
    ("It is how Marcus Pendleton described the deal.", "Marcus Pendleton=Marcus Pendleton"),
    ("What Marcus Pendleton wants is unclear.", "Marcus Pendleton=Marcus Pendleton"),
]
CONTROLS = [
    ("Seoul rejected what South Korea wanted.", "None"),
    ("The plan, which Seoul Station hosted, failed.", "None"),
    ("It is unclear how New York reacted.", "None"),
    ("The ships, which Hanul Bay sheltered, waited.", "None"),
    ("The deal that Marcus Pendleton described as bad was signed.", "Marcus Pendleton=Marcus Pendleton"),
]


@pytest.mark.parametrize(("text", "names"), cases(RELATIVE=RELATIVE, CONTROLS=CONTROLS))
def test_name_opening_a_relative_clause(text: str, names: str) -> None:
    assert names_found(text) == names
