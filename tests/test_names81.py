"""A full name that opens a relative or a "what"/"how" clause before its verb ("The deal, which Jo Bell called a
giveaway", "what Jo Bell called", "It is how Jo Bell described it") is read as a person, as after "that" and the
other words that open a clause (`_SUBORDINATORS`; probe81q, twenty-fourth session: a made-up name there was no
person, so the quote the clause holds had no speaker; rows in tests/cases/test_probe81.csv, RELATIVE). Controls: a
place or a capitalised place-like name after the same words stays as it was. Every name is made up.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, names_found


# rows: tests/cases/test_names81.csv (table, text, the names found as "exact=name" joined by ";", "None" for
# none, note)
@pytest.mark.parametrize(("text", "names"), cases(**case_tables("test_names81")))
def test_name_opening_a_relative_clause(text: str, names: str) -> None:
    assert names_found(text) == names
