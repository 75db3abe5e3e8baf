"""A surname that owns an administration, government or era with no article before it, after a sentence-opening
preposition ("Under Bo administration's agenda", as non-native copy writes "under the Bo administration's"): the
surname is a person named inside the phrase, as after "the" (lead, seventeenth session, from the fifty-first
batch's Republic World file). Controls: the same openers before a place, an agency or a capitalised word that owns
nothing stay as they were. Every name is made up.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, names_found


# rows: tests/cases/test_names59.csv (table, text, the names found as "exact=name" joined by ";", "None" for
# none, note)
@pytest.mark.parametrize(("text", "names"), cases(**case_tables("test_names59")))
def test_owner_after_an_opening_preposition(text: str, names: str) -> None:
    assert names_found(text) == names
