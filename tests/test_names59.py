"""A surname that owns an administration, government or era with no article before it, after a sentence-opening
preposition ("Under Bo administration's agenda", as non-native copy writes "under the Bo administration's"): the
surname is a person named inside the phrase, as after "the" (lead, seventeenth session, from the fifty-first
batch's Republic World file). Controls: the same openers before a place, an agency or a capitalised word that owns
nothing stay as they were. Every name is made up.
"""

from __future__ import annotations

import pytest
from conftest import cases, names_found

# (text, the names found as "exact=name" joined by ";", "None" for none)
OPENER = [
    ("Under Tallan administration's agenda, the US will act.", "Tallan=Tallan"),
    ("During Tallan administration, Seoul paid more.", "Tallan=Tallan"),
    ("In Volk government's first year, the talks stalled.", "Volk=Volk"),
    ("Since Rimmer administration took office, costs rose.", "Rimmer=Rimmer"),
    ("After Rimmer era ended, the alliance changed.", "Rimmer=Rimmer"),
    ("Despite Volk administration's pledges, nothing moved.", "Volk=Volk"),
]
CONTROLS = [
    ("Under Hanul Bay, the ships waited.", "None"),
    ("In Tamsk, the government fell.", "None"),
    ("Under Secretary Bo Rimmer spoke.", "Bo Rimmer=Bo Rimmer"),
    ("During March, the administration paid.", "None"),
    ("Under Hanul Administration for Trade rules, firms pay.", "None"),
]


@pytest.mark.parametrize(("text", "names"), cases(OPENER=OPENER, CONTROLS=CONTROLS))
def test_owner_after_an_opening_preposition(text: str, names: str) -> None:
    assert names_found(text) == names
