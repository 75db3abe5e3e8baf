"""Review of claims18 and dates13 (review18): invented sentences, each row written for these tests (not taken from
the corpus), years, sums and actors varied.

- ``DEMANDED_PERIOD``: a demanded multiple with its target amount, told in a period of years that holds the year of
  a demand of that amount on record ("under the presidency of X, demanded a fivefold increase to $5 billion"), is
  that demand over the payment of the year it was made in, as with no year at all; a wrong multiple is still
  caught; a demand of no year of the period, and a reported multiple of a payment, stay judged against their year.
"""

from __future__ import annotations

import pytest
from conftest import cases, read_claims, table

DEMANDED_PERIOD = table(
    r"""
published | text | exact | verdict
2024-03-21 | Talks stalled as Washington, under the presidency of Donald Trump, demanded a steep rise, reportedly a fivefold increase to $5 billion. | fivefold | supported
2023-05-02 | During Trump's first term, the United States demanded a fivefold increase to $5 billion. | fivefold | supported
2022-10-10 | From 2017 to 2021 Washington demanded a fivefold increase to $5 billion. | fivefold | supported
# a wrong multiple is caught; a demand of no year of the period is no demand on record: the payment of its year
2023-05-02 | During Trump's first term, the United States demanded a tenfold increase to $5 billion. | tenfold | caught
2024-01-10 | From 2021 to 2023 Washington demanded a sevenfold increase to $5 billion. | sevenfold | caught
# a reported multiple of a payment stays judged against its year
2024-03-21 | Under the presidency of Donald Trump, Seoul's payment rose to 1.04 trillion won in 2019, double the payment of 2008. | double | caught
2024-03-21 | Under the presidency of Donald Trump, Seoul's payment rose to 1.04 trillion won in 2019, 1.4 times the payment of 2008. | 1.4 times | supported
"""  # noqa: E501
)


def _verdict_fits(verdict: str, want: str) -> bool:
    if want == "caught":
        return verdict in ("contradicted", "misleading")
    if want == "not_contradicted":
        return verdict not in ("contradicted", "misleading")
    return verdict == want


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(DEMANDED_PERIOD=DEMANDED_PERIOD))
def test_review18_verdicts(published: str, text: str, exact: str, verdict: str) -> None:
    claim = next(c for words, c in read_claims(text, published).items() if exact in words)
    assert _verdict_fits(claim.verdict, verdict), (claim.verdict, claim.frame, claim.evidence)
