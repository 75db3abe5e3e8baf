"""A body's role noun told after the body ("the ministry" after "Velmora's Harbour Ministry"): the speaker is the body
as the article names it, even when the gazetteer does not know it (issue #9).

Made-up bodies; controls: a role with no body named before stays the role, a body of another noun is not taken, a
person named in between does not block it.
"""

from __future__ import annotations

import pytest

from analysis.evaluate import speaker_name
from analysis.extract import quote_spans

HEAD = "Talks resume\nBy Sam Ortega\nNovember 16, 2019\n\n"


def speaker(text: str, quote: str) -> str | None:
    """The speaker name ``evaluate`` scores for the quote span holding ``quote``."""
    body = HEAD + text
    start = body.index(quote)
    spans = [s for s in quote_spans(body) if s.start < start + len(quote) and start < s.end]
    return speaker_name(spans[0].value, {}) if spans else None


ROWS = [
    ("Velmora's Harbour Ministry released its review on Sunday.\n\n“We will keep talking,” the ministry said.",
     "Harbour Ministry"),
    ("The Tarsk Fisheries Agency issued figures on Monday.\n\n“The catch is down,” the agency said.",
     "Tarsk Fisheries Agency"),
    ("The Orvane Budget Committee met on Monday.\n\nThe committee said, “We need more time.”",
     "Orvane Budget Committee"),
    ("The Ministry of Coastal Affairs released a report.\n\n“Ports are full,” the ministry said.",
     "Ministry of Coastal Affairs"),
    ("The Kelvar Planning Institute published a study.\n\n“Costs will rise,” the institute said.",
     "Kelvar Planning Institute"),
    ("The Department of Inland Roads closed two bridges.\n\n“Repairs will take weeks,” the department said.",
     "Department of Inland Roads"),
    ("The Rell Unity Party held a rally on Sunday.\n\n“We will win,” said the party.", "Rell Unity Party"),
    ("The Coastal Workers Union held a rally on Sunday.\n\n“We will strike,” said the union.", "Coastal Workers Union"),
    ("The Office of Trade Policy met on Sunday.\n\n“We will wait,” said the office.", "Office of Trade Policy"),
    ("The Veltran Council met on Sunday.\n\nAccording to the council, it was “too early”.", "Veltran Council"),
    # a person named in between does not block it
    ("Velmora's Harbour Ministry released its review on Sunday. Its head, Dara Finch, was away.\n\n"
     "“We will keep talking,” the ministry said.", "Harbour Ministry"),
]

CONTROLS = [
    # no body named before: the role stays the role
    ("Prices rose again on Monday.\n\n“We will keep talking,” the ministry said.", "ministry"),
    # a body of another noun is not taken
    ("The Tarsk Fisheries Agency issued figures on Monday.\n\n“We will keep talking,” the ministry said.", "ministry"),
    ("Velmora's Harbour Ministry released its review.\n\n“We will keep talking,” the agency said.", "agency"),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_role_points_back_to_body(text: str, want: str) -> None:
    got = speaker(text, "“")
    assert got is not None and want.lower() in got.lower(), got


@pytest.mark.parametrize(("text", "role"), CONTROLS)
def test_role_without_its_body_stays_role(text: str, role: str) -> None:
    got = speaker(text, "“") or ""
    assert role in got.lower() and not any(w in got for w in ("Agency", "Tarsk")), got
