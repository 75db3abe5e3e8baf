"""Claim frames and verdicts on invented sentences (claims18): the classes of the seventeenth batch's verdict misses.

The rows are written for these tests, not taken from the corpus (years, sums and actors varied). Each table is one
general reading of news English:

- ``BASE_FROM``: the sum a demanded change is counted *from* ("double its contribution from X") is what is paid now,
  not the sum asked; a wrong base still fits nothing and is caught; a demand's own base ("cut its demand from X")
  stays a demand.
- ``POLL``: a percent of people holding a view ("45 percent support it", "(26%) are in favor") is an opinion poll's
  share, a quantity the data does not cover; a payment's change with a reporting verb after a comma stays one.
- ``COUNTERFACTUAL``: a sum under a condition ("if Seoul paid X", "Had the deal stayed, Seoul would have paid X",
  "Were ... to ..., Seoul would pay X") is not a reported payment: never called false, and not checkable unless it
  fits the year's payment or a demand on record (a candidate's "if I were there" sum stays his demand).
- ``SPAN_BASE``: "X won in 2021, P percent more than in 2019": the change runs from the base year to the amount's
  year, not from the base year to the year after it.
- ``OWN_YEAR``: a year in another amount's own phrase ("to X this year from Y in 2021") is no reading of Y.
- ``SHARE_LEVEL``: "spends 2.8 percent of its GDP ..., and Trump wants it raised to 5 percent": the share's level.
- ``YEAR_SERIES``: "Over 2021 and 2022 Seoul paid X in total": X is of both years, not of the last one.
- ``WHEN_YEAR``: "the largest since 2018, when the payment rose P percent": P is of 2018; a change of a year the
  data holds only in dollars (before 2005) is not called false.
- ``DEAL_TERMS``: "The deal, which expires in December, calls for Seoul to pay X": the deal's terms, a payment.
"""

from __future__ import annotations

import pytest
from conftest import cases, claim_of, merged, run_rows, table, verdict_fits

#: The base of a demanded rise, named as the payment: judged as the payment of its year.
BASE_FROM = table(
    r"""
published | text | exact | verdict
2020-06-10 | Washington has demanded that Seoul double its contribution from $920 million a year. | $920 million | supported
2020-06-10 | The Pentagon wants South Korea to triple its annual payment from 1 trillion won. | 1 trillion won | supported
2019-12-01 | The U.S. side is pressing Seoul to quadruple its share from about $900 million. | $900 million | supported
2022-04-20 | U.S. negotiators again asked Seoul to raise its yearly contribution from 1.2 trillion won. | 1.2 trillion won | supported
# a wrong base fits no payment of its year, nor any demand: caught
2019-11-25 | Washington has demanded that Seoul double its contribution from $2 billion a year. | $2 billion | caught
2019-11-20 | The Trump administration wants South Korea to multiply its yearly payment from 3 trillion won. | 3 trillion won | caught
# a demand's own base or a cut of the ask stays a demand
2020-06-10 | The US cut its demand from $5 billion to $1.3 billion. | $5 billion | supported
2020-06-10 | Washington lowered its ask for payments from $5 billion a year. | $5 billion | supported
"""  # noqa: E501
)

#: A share of people holding a view: another quantity, not a change of the payment nor a demand.
POLL = table(
    r"""
published | text | exact | verdict
2020-06-10 | Some 71% oppose raising the payment, while 18% support it. | 71% | not_checkable
2020-06-10 | A majority (55%) oppose the U.S. demand for a larger payment (30% are in favor). | 30% | not_checkable
2019-11-20 | Among supporters of the ruling party, 64 percent oppose paying more, against 21 percent who back it. | 64 percent | not_checkable
2019-12-10 | Asked about the U.S. demand, 83% disapproved of a bigger payment. | 83% | not_checkable
2021-04-01 | About 48 percent think the new cost-sharing deal is fair, and 37 percent disagree. | 37 percent | not_checkable
2019-09-05 | Even among conservatives, 42 percent favor giving in to the demand for a higher payment. | 42 percent | not_checkable
# a payment's change with the reporting verb after a comma, or a figure agreed by negotiators, stays a change
2019-12-10 | Seoul's payment rose 8.2 percent this year, officials said. | 8.2 percent | supported
2019-12-10 | Seoul's payment rose 40 percent this year, officials say. | 40 percent | caught
2021-03-15 | The contribution this year rises by the 13.9 percent agreed in March. | 13.9 percent | supported
"""  # noqa: E501
)

#: A sum under a condition, or a counterfactual: never false; not checkable when it fits no row.
COUNTERFACTUAL = table(
    r"""
published | text | exact | verdict
2020-06-10 | Trump once told aides it would be fine if Seoul paid $30 billion a year. | $30 billion | not_checkable
2020-06-10 | If it covered every cost of the troops, South Korea would pay about $4 billion. | $4 billion | not_checkable
2022-03-01 | Had the old deal stayed, Seoul would have paid $700 million last year. | $700 million | not_contradicted
2019-12-06 | Were the troops to double, Seoul would have to pay some 2.5 trillion won a year. | 2.5 trillion won | not_contradicted
2023-08-01 | Should the alliance end, Seoul would spend 3 trillion won a year on its own forces instead. | 3 trillion won | not_contradicted
2021-05-02 | Without the new deal, Seoul would have paid only 1.2 trillion won in 2020. | 1.2 trillion won | not_contradicted
2019-12-17 | A 10 percent rise would lift Seoul's share to about 1.14 trillion won next year. | 10 percent | not_contradicted
2019-12-17 | Such a hike could push the payment to 1.3 trillion won in 2020. | 1.3 trillion won | not_contradicted
2019-12-06 | Were the troops to double, Seoul would have to pay some 2.5 trillion won a year. | double | not_contradicted
2020-02-01 | If its payment tripled, Seoul would pay about 3.1 trillion won a year. | tripled | not_contradicted
# a change made stays a fact
2019-12-06 | Seoul paid 2.5 trillion won in 2019, double what it paid in 2018. | double | caught
2021-04-01 | A 13.9 percent rise lifted Seoul's share to 1.18 trillion won in 2021. | 13.9 percent | supported
2021-04-01 | A 30 percent rise lifted Seoul's share to 1.18 trillion won in 2021. | 30 percent | caught
# a candidate's "if I were there" sum is his demand on record; a deal's payment stays a payment
2024-10-16 | If I were there, they'd be paying us $10 billion a year, Trump said. | $10 billion | supported
2019-12-10 | Seoul would pay 1.04 trillion won this year under the deal. | 1.04 trillion won | supported
2019-12-10 | Seoul pays 2 trillion won this year under the deal. | 2 trillion won | caught
"""  # noqa: E501
)


#: A percent after an amount with its own year, counted "than in <earlier year>": the change spans the two years.
SPAN_BASE = table(
    r"""
published | text | exact | verdict
2021-03-10 | The deal covers six years; Seoul will pay 1.18 trillion won in 2021, 13.9 percent more than in 2019. | 13.9 percent | supported
2021-03-10 | Seoul will pay 1.18 trillion won in 2021, 13.9 percent more than in 2020. | 13.9 percent | supported
2019-03-10 | Seoul will pay 1.04 trillion won in 2019, 8.2 percent more than in 2018. | 8.2 percent | supported
2019-03-10 | Seoul will pay 1.04 trillion won in 2019, 9.3 percent more than in 2017. | 9.3 percent | supported
# wrong over the span and for the amount's own year: caught
2021-03-10 | Seoul will pay 1.18 trillion won in 2021, 40 percent more than in 2019. | 40 percent | caught
2019-03-10 | Seoul will pay 1.04 trillion won in 2019, 12.9 percent more than in 2017. | 12.9 percent | caught
"""  # noqa: E501
)


#: A year in another amount's own phrase is that amount's: no reading of a figure whose own phrase names its year.
OWN_YEAR = table(
    r"""
published | text | exact | verdict
2025-07-09 | Korea's contribution rose to 1.4 trillion won this year from 1.38 trillion won in 2021. | 1.38 trillion won | caught
2022-05-01 | Seoul's payment grew from 1.2 trillion won in 2019 to 1.25 trillion won this year. | 1.2 trillion won | caught
2026-03-01 | The payment climbed to 1.52 trillion won this year from 1.45 trillion won in 2022. | 1.45 trillion won | caught
# right figures, and a year word the figure may share with no other amount, stay un-contradicted
2025-07-09 | Korea's contribution rose to 1.4 trillion won this year from 1.18 trillion won in 2021. | 1.18 trillion won | supported
2022-05-01 | Seoul's payment grew from 1.04 trillion won in 2019 to 1.25 trillion won this year. | 1.04 trillion won | supported
2024-05-18 | In 2021, as in 2019, Seoul paid $1.03 billion. | $1.03 billion | not_contradicted
"""  # noqa: E501
)

#: A deal's terms with a relative clause between the deal and "calls for": the payment, not a demand.
DEAL_TERMS = table(
    r"""
published | text | exact | verdict
2019-12-03 | The current deal, which expires at the end of this month, calls for Seoul to pay about $924 million. | $924 million | supported
2021-06-01 | The agreement, signed in March after a year of talks, calls for Seoul to pay 1.18 trillion won this year. | 1.18 trillion won | supported
2021-06-01 | The agreement, signed in March after a year of talks, calls for Seoul to pay 2.18 trillion won this year. | 2.18 trillion won | caught
# an asker with a relative clause stays the asker
2019-12-03 | The Pentagon, which wants a bigger share, calls for Seoul to pay $4.7 billion. | $4.7 billion | supported
"""  # noqa: E501
)


#: A percent raised to / counted from, in a sentence whose other percent is a share of a whole: that share's level.
SHARE_LEVEL = table(
    r"""
published | text | exact | verdict
2025-08-25 | South Korea spends about 2.8 percent of its GDP on defense, and Trump wants it raised to 5 percent. | 5 percent | not_checkable
2025-07-01 | Washington wants allies to spend 5 percent of GDP on defense, up from 2.3 percent for Seoul. | 2.3 percent | not_checkable
2023-03-02 | Japan plans to lift military spending to 2 percent by 2027, from about 1 percent of output now. | 2 percent | not_checkable
2025-10-12 | Seoul devotes 2.6 percent of its economy to the military, against 3.5 percent asked of NATO members. | 3.5 percent | not_checkable
# a change of the payment in a sentence with a share stays a change
2021-03-15 | Seoul covers about 40 percent of the cost, and its payment rose 13.9 percent this year. | 13.9 percent | supported
2021-03-15 | Seoul covers about 40 percent of the cost, and its payment rose 30 percent this year. | 30 percent | caught
"""  # noqa: E501
)


#: A listed series of years ("in 2021 and 2022", "2020, 2021 and 2022"): the figure is of every year of it.
YEAR_SERIES = table(
    r"""
published | text | exact | verdict
2022-01-05 | Over 2021 and 2022 Seoul pays 2.43 trillion won in total. | 2.43 trillion won | supported
2022-01-05 | In 2021 and 2022 Seoul paid a combined 2.43 trillion won. | 2.43 trillion won | supported
2020-03-05 | Seoul paid a total of 2.08 trillion won in 2019 and 2020. | 2.08 trillion won | supported
2023-01-05 | For 2020, 2021 and 2022 together, Seoul paid 3.47 trillion won. | 3.47 trillion won | supported
2022-03-05 | In 2019 and 2020 Seoul paid 1.04 trillion won a year. | 1.04 trillion won | supported
# wrong as each year's and as the total: caught; a list matched by "respectively" keeps one year each
2022-03-05 | In 2019 and 2020 Seoul paid 1.5 trillion won a year. | 1.5 trillion won | caught
2022-01-05 | Over 2021 and 2022 Seoul pays 3.43 trillion won in total. | 3.43 trillion won | caught
2022-03-05 | Seoul paid 1.04 trillion won and 1.18 trillion won in 2020 and 2021, respectively. | 1.04 trillion won | supported
"""  # noqa: E501
)


#: A figure in a "<year>, when ..." clause is of that year, also after "since"/"until"; a change in a year the data
#: holds only in dollars (before 2005, paid partly in won) is not called false.
WHEN_YEAR = table(
    r"""
published | text | exact | verdict
2021-03-11 | The 13.9 percent rise is the largest since 2018, when the payment rose 1 percent. | 1 percent | supported
2022-03-11 | The deal was last renewed in 2019, when Seoul agreed to pay 1.04 trillion won. | 1.04 trillion won | supported
2021-03-11 | The 13.9 percent rise is the largest since 2002, when the payment rose 25.7 percent. | 25.7 percent | not_contradicted
# wrong for the year of the "when" clause: caught; a figure after the clause's comma keeps its own year
2021-03-11 | The 13.9 percent rise is the largest since 2018, when the payment rose 8.2 percent. | 8.2 percent | caught
2022-03-11 | The deal was last renewed in 2019, when Seoul agreed to pay 1.4 trillion won. | 1.4 trillion won | caught
2024-05-13 | Its share rose from 950 billion won in 2017, when he took office, to 1.25 trillion won in 2022. | 1.25 trillion won | supported
"""  # noqa: E501
)


def check_claims18_readings(published: str, text: str, exact: str, verdict: str) -> None:
    claim = claim_of(text, published, exact)
    assert verdict_fits(claim.verdict, verdict), (claim.verdict, claim.frame, claim.evidence)


@pytest.mark.parametrize("rows", merged(cases(BASE_FROM=BASE_FROM, POLL=POLL, COUNTERFACTUAL=COUNTERFACTUAL,
                                      SPAN_BASE=SPAN_BASE, OWN_YEAR=OWN_YEAR, DEAL_TERMS=DEAL_TERMS,
                                      SHARE_LEVEL=SHARE_LEVEL, YEAR_SERIES=YEAR_SERIES,
                                      WHEN_YEAR=WHEN_YEAR)))
def test_claims18_readings(rows: list[object]) -> None:
    run_rows(check_claims18_readings, rows)
