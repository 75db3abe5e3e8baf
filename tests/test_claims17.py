"""Claim verdicts on invented sentences (claims17): a figure is called false only when no other reading the data
support fits it.

The rows are written for these tests, not taken from the corpus. A right figure of another quantity the sentence
allows (the growth of South Korea's defence budget, which news copy also calls "defense cost"; the payment's change
or total of a year next to the one read from a relative date) is never *contradicted*; a wrong figure that fits no
reading stays *contradicted*.
"""

from __future__ import annotations

import pytest
from conftest import cases, read_claims, table

#: A percent called the "defense cost" rise, right as the defence budget's growth of the year read or the year
#: next to it (2020: 46.7 -> 50.15 trillion won, +7.4 %): not contradicted.
BUDGET_GROWTH = table(
    r"""
published | text | exact | verdict
2021-03-15 | Seoul will pay 1.18 trillion won this year, which reflects last year's defense cost increase rate (7.4%) and the wage rise of its workers. | 7.4% | not_contradicted
2021-03-15 | This year's payment reflects the 7.4 percent rise in defense costs last year. | 7.4 percent | not_contradicted
2021-03-15 | The contribution this year takes into account the 7.4 percent increase of national defense spending. | 7.4 percent | not_contradicted
2020-06-01 | The share this year will follow the defense cost increase rate of 7.4 percent. | 7.4 percent | not_contradicted
"""  # noqa: E501
)

#: A percent or amount read for a year named by a relative date ("this year", "next year"), right for the year next
#: to it: the writer's year word may be bound to another figure of the sentence; not contradicted.
NEXT_YEAR = table(
    r"""
published | text | exact | verdict
2021-03-15 | For next year, this year's defense cost increase rate of 5.4% will be applied to Seoul's contribution. | 5.4% | not_contradicted
2021-03-15 | Seoul's contribution will rise this year by 13.9 percent, and next year by 5.4 percent. | 5.4 percent | not_contradicted
2021-03-15 | For next year, this year's increase rate of 5.4% will be applied to Seoul's payment. | 5.4% | not_contradicted
2021-03-15 | Seoul will pay 1.18 trillion won this year, up from last year's 1.0389 trillion won. | 1.0389 trillion won | not_contradicted
"""  # noqa: E501
)

#: Wrong figures that fit no reading the data hold: still caught, contradicted or misleading (no defence-budget
#: growth, payment change, payment or demand of any year near is within the tolerance).
STILL_WRONG = table(
    r"""
published | text | exact | verdict
2021-03-15 | Seoul's payment rose 25 percent this year. | 25 percent | caught
2021-03-15 | This year's payment reflects the 19.5 percent rise in defense costs last year. | 19.5 percent | caught
2021-03-15 | South Korea's contribution rose 9.9 percent in 2021. | 9.9 percent | caught
2021-03-15 | Seoul paid 3 trillion won in 2020 for the U.S. troops. | 3 trillion won | caught
2021-03-15 | Seoul will pay 2.2 trillion won this year for the U.S. troops. | 2.2 trillion won | caught
2019-11-20 | Seoul paid 1.04 trillion won in 2017 for the U.S. troops. | 1.04 trillion won | caught
# a wrong year with one year word in its sentence: the neighbouring year's payment is no reading it allows
2021-03-15 | Last year Seoul paid 1.18 trillion won for the U.S. troops. | 1.18 trillion won | caught
2021-03-15 | This year Seoul pays 1.0389 trillion won for the U.S. troops. | 1.0389 trillion won | caught
# a budget's growth with no defence spending named: the payment's change, wrong for its year
2021-03-15 | Seoul's payment rose 7.4 percent in 2020. | 7.4 percent | caught
2021-03-15 | Seoul's defense cost-sharing payment rose 7.4 percent in 2020. | 7.4 percent | caught
"""
)


@pytest.mark.parametrize(("published", "text", "exact", "verdict"),
                         cases(BUDGET_GROWTH=BUDGET_GROWTH, NEXT_YEAR=NEXT_YEAR, STILL_WRONG=STILL_WRONG))
def test_contradicted_only_when_nothing_fits(published: str, text: str, exact: str, verdict: str) -> None:
    claim = next(c for words, c in read_claims(text, published).items() if exact in words)  # "rose 25 percent"
    if verdict == "not_contradicted":
        assert claim.verdict not in ("contradicted", "misleading"), claim.evidence
    else:
        assert claim.verdict in ("contradicted", "misleading"), claim.evidence
