"""A dateline's dash before an initialism is no cut sentence (lead, twelfth session; adjud41's one false finding).

"Seoul, South Korea – U.S. Under Secretary Ann Vole arrived ..." was split after "U.S." and the piece before it
("Seoul, South Korea – U.S.") was flagged `truncated_sentence`: an initialism right after a dash opens the clause
after a dateline or a credit, so a piece ending there is a split at the abbreviation, not a phrase cut short. The
controls: an initialism that ends a real sentence mid-phrase is still caught, with or without a dash earlier.
"""

import pytest
from conftest import findings_of, read_claims

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


# "asked by <someone> to pay" is a demand; "asked by reporters about ..." is a question (claims43 read every "asked by"
# as a question, and "Seoul was asked by the US in 2019 to pay five times as much" lost its demand: test_frames PAYERS).
ASKED_BY = [
    ("Seoul was asked by Washington in 2019 to pay five times as much.", "five times", "supported"),
    ("In 2019 Seoul was asked by the US to pay $5 billion a year.", "$5 billion a year", "supported"),
]


@pytest.mark.parametrize(("text", "exact", "verdict"), ASKED_BY)
def test_asked_by_someone_to_pay_is_a_demand(text: str, exact: str, verdict: str) -> None:
    assert read_claims(text, "2022-06-01")[exact].verdict == verdict


def test_asked_by_reporters_is_a_question() -> None:
    claim = read_claims("Asked by reporters about the $5 billion figure, Hale said talks went on.", "2019-12-01")
    assert claim["$5 billion"].frame.modality != "demand"
