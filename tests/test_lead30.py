"""A change verb governs its percentage across its object (lead, tenth session).

"The deal cut Seoul's payment 8.9 percent" was read with no direction, so a right fall was judged as a rise of
8.9 % and called contradicted (claims32's strict xfails). The rows: the verb, an object opened by a determiner, a
possessive or a name, then the percentage. The controls are clauses where a change verb stands before a
percentage that it does not govern; each must keep no direction.
"""

import pytest

from analysis.extract.amounts import find_percents

ROWS = [
    ("The 2005-2006 deal cut Seoul's payment 8.9 percent.", "8.9", "down"),
    ("The agreement cut South Korea's contribution by 8.9%.", "8.9", "down"),
    ("The accord reduced the payment 4 percent in its first year.", "4", "down"),
    ("The deal raised Seoul's share 5.8 percent.", "5.8", "up"),
    ("Lawmakers increased the budget by 7.4 percent.", "7.4", "up"),
    ("The pact boosted Korea's payment by 13.9 percent.", "13.9", "up"),
    ("The deal slashed the Pentagon's share 20 per cent.", "20", "down"),
]

CONTROLS = [
    ("The increase was significantly reduced from 13.9% at the time of the 11th agreement.", "13.9"),
    ("Most oppose accommodating increased burden sharing support (26% are in favor).", "26"),
    ("Trump cut taxes, and 40 percent of voters agreed.", "40"),
    ("He cut taxes and 40 percent of voters agreed.", "40"),
    ("Seoul raised the issue at talks where 30 percent of the cost was discussed.", "30"),
    ("The ministry lowered its forecast to 2 percent.", "2"),
    ("The deal raised questions; 60 percent of respondents said so.", "60"),
]


def _direction(text: str, number: str) -> str | None:
    found = [f for f in find_percents(text) if number in f[2]]
    assert len(found) == 1, found
    return found[0][3]["direction"]


@pytest.mark.parametrize(("text", "number", "want"), ROWS)
def test_change_verb_across_its_object_gives_the_direction(text: str, number: str, want: str) -> None:
    assert _direction(text, number) == want


@pytest.mark.parametrize(("text", "number"), CONTROLS)
def test_a_verb_that_does_not_govern_the_percentage_gives_none(text: str, number: str) -> None:
    assert _direction(text, number) is None


# "X won this year, a N percent rise from <year>": the rise is to the year of the amount it modifies, written
# relatively as well as by its number (review31 noted it called contradicted as the year after <year>).
CHANGE_TO_THIS_YEAR = [
    ("Seoul will pay 1.18 trillion won this year, a 13.9 percent rise from 2019.", "2021-03-10", "supported"),
    ("Seoul will pay 1.18 trillion won this year, a 20 percent rise from 2019.", "2021-03-10", "contradicted"),
    ("Seoul will pay 1.18 trillion won in 2021, a 13.9 percent rise from 2019.", "2021-03-10", "supported"),
]


@pytest.mark.parametrize(("text", "published", "want"), CHANGE_TO_THIS_YEAR)
def test_a_change_from_a_year_is_to_the_year_of_its_amount(text: str, published: str, want: str) -> None:
    from analysis.check import check_text

    claims = [c for c in check_text(f"T\n\n{text}", published).claims if "percent" in c.exact]
    assert [c.verdict for c in claims] == [want]
