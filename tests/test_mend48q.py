"""Review48c's findings 7-9 on this session's quote and date mends, mended by the lead (mend48q), in sentences of my
own: a holder who quit politics, the ministry or the presidency has left office (``quotes._QUIT_OFFICE``), so "the
mayor" is no longer that person; a statement "from the ministry criticizing <name>" does not name <name> as its
issuer (``quotes._issuer_right_after``: no "-ing" word nor relative pronoun among the role words); "took steps
forward" is the noun (``dates._steps_verb``). Each case read wrong before this change; the controls read as before.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate


def _speakers(text: str) -> list[str | None]:
    return [s.value.get("speaker_name") for s in annotate(text, published="2024-01-10").spans
            if s.kind == "quote"]


@pytest.mark.parametrize("text, want", [
    ("Mayor Jo Bell quit politics in 2019.\n\n“It was a waste of time,” the mayor said.", "mayor"),
    ("Mayor Tova Rinn quit the council last year.\n\n“We were ignored,” the mayor said.", "mayor"),
    ("Mayor Aldo Pesk quit the ministry in 2019.\n\n“It is over,” the mayor said.", "mayor"),
    ("Mayor Jo Bell quit the meeting early.\n\n“It was a waste of time,” the mayor said.", "Jo Bell"),  # control
])
def test_quit_office(text: str, want: str) -> None:
    assert _speakers(text) == [want]


@pytest.mark.parametrize("text, issuer", [
    ("“We regret the move,” said a statement from the ministry criticizing Lee Dana.", False),
    ("“We regret the move,” said a letter from angry lawmakers targeting Lee Dana.", False),
    ("“We regret the move,” said a letter from lawmakers who oppose Lee Dana.", False),
    ("“We regret the move,” said a statement from ministry spokesman Lee Dana.", True),  # control
])
def test_issuer_not_target(text: str, issuer: bool) -> None:
    assert (_speakers(text) == ["Lee Dana"]) is issuer


@pytest.mark.parametrize("text, year", [
    ("The firm took steps forward in March to cut costs.", "2023"),
    ("Officials took steps up in March to curb prices.", "2023"),
    ("Seoul steps up patrols in May.", "2024"),  # control: the verb, a plan ahead
])
def test_steps_noun(text: str, year: str) -> None:
    dates = [s for s in annotate(text, published="2024-01-10").spans if s.kind == "date"]
    assert [str(s.value["start"])[:4] for s in dates] == [year]
