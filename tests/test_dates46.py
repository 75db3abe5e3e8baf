"""US fiscal years and administrations told as a time (dates46, thirteenth session).

Classes of news English found by the forty-fourth batch's date misses (no rule was written from them before), each
with rows of my own (made-up bills and places: the Harbor Act, Oskel, Hanul; real US presidents only where the term
data is needed) and controls, written before its rule.
Assumptions where the Conventions are silent: a US fiscal year runs from 1 October of the year before the one it
is named by to 30 September (the corpus' precedent "fiscal 2020"); a range of fiscal years ("fiscal years
2019-2021") is one range from the first's 1 October to the last's 30 September; "the upcoming (next, coming)
fiscal year" of the US is the one named by the calendar year after publication (in October–December that is the
budget year Congress is still legislating, already begun; earlier in the year it is the next to begin).
"""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# US fiscal years named in other word orders and as ranges: "the 2026 fiscal year", "fiscal years 2019-2021",
# "the upcoming fiscal year", and a fiscal year with no government in its own sentence but the US Congress's
# chambers ("as agreed upon by the House and Senate").
FISCAL = table(
    r"""
text | published | exact | start | end
The Senate passed the Harbor Act for the 2026 fiscal year. | 2025-12-17 | the 2026 fiscal year | 2025-10-01 | 2026-09-30
Congress cut the Oskel program in the 2021 fiscal year. | 2022-03-01 | the 2021 fiscal year | 2020-10-01 | 2021-09-30
The clause was in the NDAA bills for fiscal year 2019-2021. | 2025-12-11 | fiscal year 2019-2021 | 2018-10-01 | 2021-09-30
Congress kept the cap in fiscal years 2022–2024. | 2025-01-10 | fiscal years 2022–2024 | 2021-10-01 | 2024-09-30
The budget for fiscal year 2026 as agreed upon by the House and Senate is large. | 2025-12-11 | fiscal year 2026 | 2025-10-01 | 2026-09-30
The US Senate bill authorizes $9 billion for the upcoming fiscal year. | 2025-12-18 | the upcoming fiscal year | 2025-10-01 | 2026-09-30
The Pentagon asked Congress for more in the next fiscal year. | 2025-03-02 | the next fiscal year | 2025-10-01 | 2026-09-30
"""  # noqa: E501
)

# controls: a fiscal year of another government keeps its own months, a Korean one is the calendar year, and the
# words "fiscal year" with no year named ("the fiscal year ending in March") are no US budget year.
FISCAL_OTHER = table(
    r"""
text | published | exact | start | end
Japan's budget for the 2021 fiscal year grew. | 2022-03-01 | the 2021 fiscal year | 2021-04-01 | 2022-03-31
Seoul's defense budget for the 2021 fiscal year grew. | 2022-03-01 | the 2021 fiscal year | 2021-01-01 | 2021-12-31
The Korean government will raise spending in the next fiscal year. | 2025-03-02 | the next fiscal year | 2026-01-01 | 2026-12-31
"""  # noqa: E501
)

FISCAL_NONE = table(
    r"""
text | published | word
Tokyo closes the fiscal year ending in March. | 2022-03-01 | fiscal
The Oskel board reviewed its fiscal year results. | 2022-03-01 | fiscal
"""
)


# an administration named by its holder and told as a time ("during the first Trump administration", "under the
# Joe Biden administration"): README's term Convention, the whole term served.
ADMINISTRATION = table(
    r"""
text | published | exact | start | end
The clause was added during the first Trump administration. | 2025-12-18 | during the first Trump administration | 2017-01-20 | 2021-01-20
It was dropped during the Joe Biden administration. | 2025-12-11 | during the Joe Biden administration | 2021-01-20 | 2025-01-20
Under the Biden administration, Hanul and Oskel signed two deals. | 2025-06-01 | Under the Biden administration | 2021-01-20 | 2025-01-20
Talks stalled throughout the first Trump administration. | 2024-02-01 | throughout the first Trump administration | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

# controls: an administration as an actor or a thing, a possessive, a hypothetical one to come
ADMINISTRATION_NONE = table(
    r"""
text | published | word
The Trump administration said it wants more money. | 2025-12-18 | administration
The first Trump administration demanded $5 billion. | 2025-12-18 | administration
Officials criticised the Biden administration's plan. | 2025-06-01 | administration
Hanul fears cuts under a second Trump administration. | 2024-02-01 | administration
The administration said the talks will resume. | 2025-06-01 | administration
"""
)


# a fiscal year whose sentence names no government: the one named last before it; "U.S. Forces Korea" is the US
# command, no Korean mark
FISCAL_BEFORE = table(
    r"""
text | published | exact | start | end
The Senate passed the Harbor Act. It funds Oskel for the upcoming fiscal year. | 2025-12-18 | the upcoming fiscal year | 2025-10-01 | 2026-09-30
Seoul set its budget. The ministry will spend more in the next fiscal year. | 2025-03-02 | the next fiscal year | 2026-01-01 | 2026-12-31
The curb on cutting U.S. Forces Korea was in the fiscal year 2019-2021 bills. | 2025-12-11 | fiscal year 2019-2021 | 2018-10-01 | 2021-09-30
"""  # noqa: E501
)


# a span of months each with its year, joined by a dash ("October 2025-September 2026", the fiscal year spelled
# out): one range, as "April-June 2019" is; controls: the two months with no dash stay two dates
MONTH_YEAR_DASH = table(
    r"""
text | published | exact | start | end
The Harbor Act covers October 2025-September 2026. | 2025-12-11 | October 2025-September 2026 | 2025-10-01 | 2026-09-30
Oskel's plan runs April 2024–March 2025, officials said. | 2024-05-01 | April 2024–March 2025 | 2024-04-01 | 2025-03-31
Exports rose in the April-June quarter. | 2019-11-13 | April-June quarter | 2019-04-01 | 2019-06-30
Hanul met in October 2025 and again in September 2026. | 2026-10-01 | in October 2025 | 2025-10-01 | 2025-10-31
"""
)


# "in less than N units" as "within N units" (README span counted from publication): told in the past, the N units
# up to publication ("the fourth pair fired in less than two weeks"); ahead, publication to N units on
IN_LESS_THAN = table(
    r"""
text | published | exact | start | end
Oskel fired two rockets, the fourth pair fired in less than two weeks. | 2019-08-07 | in less than two weeks | 2019-07-24 | 2019-08-07
It was the third strike in under three days, Hanul said. | 2019-08-07 | in under three days | 2019-08-04 | 2019-08-07
The envoys will sign the deal in less than two weeks. | 2019-08-01 | in less than two weeks | 2019-08-01 | 2019-08-15
"""  # noqa: E501
)

# controls: no "in" (a length, not a time), a count of something else
IN_LESS_NONE = table(
    r"""
text | published | word
The Harbor deal lasted less than two years. | 2019-08-07 | less than
Hanul cut the wait to less than two weeks in most cases. | 2019-08-07 | less than
Oskel paid in less than two installments. | 2019-08-07 | less than
"""
)


# a count from a president's taking office ("46 days after Trump's successor Joe Biden took office"): the
# inauguration's day (data/events.csv) moved by the count, as "46 days after the inauguration" (README)
AFTER_TOOK_OFFICE = table(
    r"""
text | published | exact | start | end
Hanul and Oskel closed the talks just 46 days after Joe Biden took office. | 2021-03-09 | 46 days after | 2021-03-07 | 2021-03-07
The deal came 46 days after Trump's successor Joe Biden took office as president. | 2021-03-09 | 46 days after | 2021-03-07 | 2021-03-07
Talks stalled three weeks after President Donald Trump took office. | 2017-03-01 | three weeks after | 2017-02-10 | 2017-02-10
"""  # noqa: E501
)

# controls: a holder no inauguration row names gets no day (the count keeps no made-up date); "took effect" is no
# taking of office
AFTER_OFFICE_NONE = table(
    r"""
text | published | exact
The port reopened a week after Oskel's new mayor Bo Harlan took office. | 2021-03-09 | a week after
The curbs began 46 days after the Harbor Act took effect. | 2021-03-09 | 46 days after
"""
)


@pytest.mark.parametrize(("text", "pub", "exact"), AFTER_OFFICE_NONE)
def test_dates46_after_office_none(text: str, pub: str, exact: str) -> None:
    assert all(d[1] is None for d in read_dates(text, pub) if d[0] == exact)


test_dates46_fiscal = dates_test(FISCAL=FISCAL, FISCAL_OTHER=FISCAL_OTHER, FISCAL_BEFORE=FISCAL_BEFORE)
test_dates46_times = dates_test(ADMINISTRATION=ADMINISTRATION, MONTH_YEAR_DASH=MONTH_YEAR_DASH)
test_dates46_counts = dates_test(IN_LESS_THAN=IN_LESS_THAN, AFTER_TOOK_OFFICE=AFTER_TOOK_OFFICE)


@pytest.mark.parametrize(("text", "pub", "word"), [*FISCAL_NONE, *ADMINISTRATION_NONE, *IN_LESS_NONE])
def test_dates46_none(text: str, pub: str, word: str) -> None:
    assert not [d for d in read_dates(text, pub) if word in d[0].lower()]


# a month-day named as a vote's day ("in the election on November 5") in a clause not told in the past: the coming
# one (a vote is told ahead until it is held), not the nearest; controls: told in the past, or no vote named
VOTE_DAY = table(
    r"""
text | published | exact | start | end
Bo Harlan is a candidate running in the election on November 5. | 2024-01-17 | on November 5 | 2024-11-05 | 2024-11-05
Hanul faces a vote on October 2 over the Harbor Act. | 2024-01-17 | on October 2 | 2024-10-02 | 2024-10-02
Bo Harlan won the election on November 5. | 2025-01-17 | on November 5 | 2024-11-05 | 2024-11-05
Bo Harlan met Oskel's envoy on November 5. | 2024-01-17 | on November 5 | 2023-11-05 | 2023-11-05
"""
)

test_dates46_vote_day = dates_test(VOTE_DAY=VOTE_DAY)
