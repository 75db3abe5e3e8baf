"""Review of claims18 and dates13 (review18): invented sentences, each row written for these tests (not taken from
the corpus), years, sums and actors varied.

- ``DEMANDED_PERIOD``: a demanded multiple with its target amount, told in a period of years that holds the year of
  a demand of that amount on record ("under the presidency of X, demanded a fivefold increase to $5 billion"), is
  that demand over the payment of the year it was made in, as with no year at all; a wrong multiple is still
  caught; a demand of no year of the period, and a reported multiple of a payment, stay judged against their year.
- ``LISTED``: a list of n payments followed by a list of n years ("paid X and Y in 2020 and 2021") matches them in
  order, with or without "respectively" (claims18's year series read Y as of both years: a right Y was misleading).
- ``ASKED_BASE``: "dropped its demand for a hike in the payment from X": X is the sum asked before, not the payment a
  change is counted from (claims18's ``raised_from`` took it as the payment); the payment's base stays one.
- ``OWN_CHANGE_YEAR``: a percent after an amount with a year of its own noun phrase ("X won this year, after 8.2
  percent growth in 2019") is of that year, not of the amount's (a right 8.2 % was contradicted, before claims18 too).
- ``DATES``: dates13's readings must not send a past event ahead: a vote named by its month in a present-tense
  clause shortly after it ("After the November midterms, Republicans control the House" in December) is the one just
  held; "November was the deadline" is told in the past; "before Trump's inauguration" told in December 2024 is the
  coming one (an inauguration within a transition's reach after the date told), and the last one otherwise; a
  participle phrase "expected in August" before a main verb in the past is past. Controls keep dates13's rows.
"""

from __future__ import annotations

import pytest
from conftest import cases, claim_of, merged, read_dates, run_rows, table, verdict_fits

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


LISTED = table(
    r"""
published | text | exact | verdict
2022-06-10 | Seoul paid 1.04 trillion won and 1.18 trillion won in 2020 and 2021. | 1.18 trillion won | supported
2023-02-01 | South Korea contributed 1.18 trillion won and 1.25 trillion won in 2021 and 2022. | 1.25 trillion won | supported
# a wrong one is caught; one payment of a list of years is still of every year
2022-06-10 | Seoul paid 1.04 trillion won and 1.5 trillion won in 2020 and 2021. | 1.5 trillion won | caught
2022-03-05 | In 2019 and 2020 Seoul paid 1.5 trillion won a year. | 1.5 trillion won | caught
2022-03-05 | In 2019 and 2020 Seoul paid 1.04 trillion won a year. | 1.04 trillion won | supported
"""  # noqa: E501
)

ASKED_BASE = table(
    r"""
published | text | exact | verdict
2020-06-10 | Washington backed off its demand for an increase in Seoul's share from $5 billion. | $5 billion | supported
2020-08-01 | The Pentagon dropped its call for a hike in the payment from $4.7 billion. | $4.7 billion | supported
# the base of a change asked of Seoul is still the payment: right supported, wrong caught
2020-06-10 | Washington has demanded that Seoul double its contribution from $880 million a year. | $880 million | supported
2019-11-25 | Washington has demanded that Seoul double its contribution from $2 billion a year. | $2 billion | caught
"""  # noqa: E501
)

OWN_CHANGE_YEAR = table(
    r"""
published | text | exact | verdict
2021-03-10 | Its payment rose to 1.18 trillion won this year, after 8.2 percent growth in 2019. | 8.2 percent | supported
2022-04-02 | Seoul pays 1.25 trillion won this year, following a 13.9 percent rise in 2021. | 13.9 percent | supported
# wrong for its own year: caught; a date of another phrase ("the deal signed in 2021") is not the change's
2021-03-10 | Its payment rose to 1.18 trillion won this year, after 30 percent growth in 2019. | 30 percent | caught
2022-04-02 | Seoul will pay 1.25 trillion won in 2022, up 5.4 percent under the deal signed in 2021. | 5.4 percent | supported
"""  # noqa: E501
)


def check_review18_verdicts(published: str, text: str, exact: str, verdict: str) -> None:
    claim = claim_of(text, published, exact)
    assert verdict_fits(claim.verdict, verdict), (claim.verdict, claim.frame, claim.evidence)


@pytest.mark.parametrize("rows", merged(cases(DEMANDED_PERIOD=DEMANDED_PERIOD, LISTED=LISTED, ASKED_BASE=ASKED_BASE,
                                              OWN_CHANGE_YEAR=OWN_CHANGE_YEAR)))
def test_review18_verdicts(rows: list[object]) -> None:
    run_rows(check_review18_verdicts, rows)


DATES = table(
    r"""
published | text | exact | start
2022-12-15 | After the November midterms, Republicans control the House. | the November midterms | 2022-11-01
2024-05-20 | The ruling party's defeat in the April general election weighs on Yoon. | the April general election | 2024-04-01
2021-02-10 | Biden's win in the November election reshaped the talks. | the November election | 2020-11-01
2024-12-10 | November was the deadline, but talks dragged on. | November | 2024-11-01
2024-12-10 | Seoul hopes to finalize the deal before Trump's inauguration. | before Trump's inauguration | 2025-01-20
2020-12-10 | Seoul will wait until Biden's inauguration. | until Biden's inauguration | 2021-01-20
2025-10-05 | The report, expected in August, was delayed to October. | in August | 2025-08-01
# controls: told ahead, or far from the vote, or an inauguration not yet set
2024-04-10 | The November election looms over the talks. | The November election | 2024-11-01
2024-05-24 | Seoul wants a deal in case Trump returns after the November election. | the November election | 2024-11-01
2024-12-10 | Officials see November as the deadline. | November | 2025-11-01
2024-09-10 | Even before his inauguration, Trump attacked the deal. | before his inauguration | 2017-01-20
2025-07-11 | The new strategy, expected in August, will shape the talks. | in August | 2025-08-01
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "start"), cases(DATES=DATES))
def test_review18_dates(published: str, text: str, exact: str, start: str) -> None:
    found = {x: lo for x, lo, _ in read_dates(text, published)}
    assert found.get(exact) == start, found
