"""People lost in a war are not the level of troops stationed (lead, fifty-sixth session; a new dev article's war
dead were judged as the troop level of its publication year and called contradicted)."""

import pytest

from analysis.check import check_text

_HEAD = "Troops\n\nBy A Writer\n\nMarch 3, 2021\n\n"


def _verdict(body: str, figure: str) -> str:
    """The verdict of the claim whose words hold ``figure`` ("no claim" when none does)."""
    return next((c.verdict for c in check_text(_HEAD + body).claims if figure in c.exact), "no claim")


@pytest.mark.parametrize("body, figure", [
    ("The nation sacrificed 9,000 soldiers in that war, and it should not forget them.", "9,000 soldiers"),
    ("Washington sacrificed 41,000 American troops on the peninsula long before the alliance was formal.",
     "41,000 American troops"),
])
def test_people_sacrificed_are_not_the_stationed_level(body: str, figure: str) -> None:
    assert _verdict(body, figure) != "contradicted"


@pytest.mark.parametrize("body, figure", [
    ("Some 40,000 U.S. troops are stationed in South Korea.", "40,000 U.S. troops"),
    ("The U.S. keeps 40,000 soldiers in South Korea, the senator said in a sacrifice of accuracy.", "40,000 soldiers"),
])
def test_a_wrong_stationed_level_is_still_caught(body: str, figure: str) -> None:
    assert _verdict(body, figure) == "contradicted"
