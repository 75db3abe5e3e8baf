"""A dateline's dash before an initialism is no cut sentence (lead, twelfth session; adjud41's one false finding).

"Seoul, South Korea – U.S. Under Secretary Ann Vole arrived ..." was split after "U.S." and the piece before it
("Seoul, South Korea – U.S.") was flagged `truncated_sentence`: an initialism right after a dash opens the clause
after a dateline or a credit, so a piece ending there is a split at the abbreviation, not a phrase cut short. The
controls: an initialism that ends a real sentence mid-phrase is still caught, with or without a dash earlier.
"""

import pytest
from conftest import findings_of

_HEAD = "Envoy visits Seoul\n\nJanuary 26, 2026\n\n"

ROWS = [
    "Seoul, South Korea – U.S. Under Secretary Ann Vole arrived on Monday for talks.",
    "TOKYO — U.S. Forces Japan said the drill would go ahead.",
    "Manila - U.N. Special Envoy Rui Sato met officials there.",
]

CONTROLS = [
    "The North brands such U.S.\n\nThey left.",
    "Seoul, South Korea – The North brands such U.S.\n\nThey left.",
]


@pytest.mark.parametrize("body", ROWS)
def test_an_initialism_after_a_datelines_dash_is_no_cut(body: str) -> None:
    assert findings_of(_HEAD + body, "truncated_sentence") == []


@pytest.mark.parametrize("body", CONTROLS)
def test_an_initialism_that_ends_a_sentence_is_still_caught(body: str) -> None:
    assert len(findings_of(_HEAD + body, "truncated_sentence")) == 1
