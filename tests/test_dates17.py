"""Dates of the classes the twenty-second and twenty-third batches' dev misses belong to (dates17, eighth session).
One class a table, one case a row: the text, the publication day, a date's exact words, then the inclusive range a
careful reader gives (tests/corpus/README.md, "Conventions"). Invented sentences, names and figures; the holders of
terms are people of the gazetteer (data/entities.csv), whose terms are data."""

from __future__ import annotations

import pytest
from conftest import cases, dates_test, read_dates, table

# "the first term of the <Name> government (administration)": the term of the holder the government is named after,
# as "the first term of <Name>" is.
TERM_OF_THE_GOVERNMENT = table(
    r"""
text | published | exact | start | end
Even during the first term of the Trump government, Seoul paid more, the analyst said. | 2024-11-05 | during the first term of the Trump government | 2017-01-20 | 2021-01-20
In the second term of the Trump administration, Seoul will pay more. | 2025-03-02 | In the second term of the Trump administration | 2025-01-20 | 2029-01-20
The first term of the Moon Jae-in government saw two deals. | 2023-06-01 | The first term of the Moon Jae-in government | 2017-05-10 | 2022-05-09
# controls: the holder named bare keeps its rows
In the first term of Trump, Seoul paid more. | 2024-11-05 | In the first term of Trump | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

# "previous year" with no article (non-native English: "more than they did previous year"): as "the previous year"
BARE_PREVIOUS_YEAR = table(
    r"""
text | published | exact | start | end
In 2021 Seoul agreed to pay $40 million more than it did previous year. | 2021-03-10 | previous year | 2020-01-01 | 2020-12-31
The 2019 budget rose 8 percent compared with preceding year. | 2019-03-10 | preceding year | 2018-01-01 | 2018-12-31
# control: the article's own row stays
In 2021 Seoul agreed to pay $40 million more than it did the previous year. | 2021-03-10 | the previous year | 2020-01-01 | 2020-12-31
"""  # noqa: E501
)

# "for three days through Thursday", "two days ending Friday": a count of days that ends on the weekday named is
# the whole span, the weekday its last day
DAYS_THROUGH_WEEKDAY = table(
    r"""
text | published | exact | start | end
Negotiators met in Busan for three days through Thursday to discuss the deal. | 2024-05-23 | three days through Thursday | 2024-05-21 | 2024-05-23
The envoys held talks for two days until Wednesday. | 2024-05-23 | two days until Wednesday | 2024-05-21 | 2024-05-22
Delegates met for 4 days ending Friday in Hawaii. | 2024-05-25 | 4 days ending Friday | 2024-05-21 | 2024-05-24
# controls: a weekday alone, and weeks (not days) before it
Negotiators met in Busan on Thursday. | 2024-05-23 | on Thursday | 2024-05-23 | 2024-05-23
Talks ran for three weeks through Thursday. | 2024-05-23 | Thursday | 2024-05-23 | 2024-05-23
"""  # noqa: E501
)

# "since his election": a US president's election day, the Tuesday after the first Monday of November before the
# term it opened (the latest held by publication), as "since taking office" is that term's first day (the span without
# "since", as for "since taking office")
SINCE_ELECTION = table(
    r"""
text | published | exact | start | end
President Trump has pressed allies to pay more since his election, aides say. | 2019-08-07 | his election | 2016-11-08 | 2016-11-08
Trump has repeated the demand since his election, and Seoul is bracing. | 2024-12-10 | his election | 2024-11-05 | 2024-11-05
# control: "since taking office" keeps its row
Trump has pressed allies since taking office. | 2019-08-07 | taking office | 2017-01-20 | 2017-01-20
"""  # noqa: E501
)

test_dates17 = dates_test(
    TERM_OF_THE_GOVERNMENT=TERM_OF_THE_GOVERNMENT, BARE_PREVIOUS_YEAR=BARE_PREVIOUS_YEAR,
    DAYS_THROUGH_WEEKDAY=DAYS_THROUGH_WEEKDAY, SINCE_ELECTION=SINCE_ELECTION,
)

# no date where none is told: "previous years" (plural, no one year), "the alliance's first term of talks",
# "the first term of the government" with no holder named
NOT_A_DATE = table(
    r"""
text | word
Seoul paid more than in previous years. | previous year
The first term of the government ended badly. | first term
Officials spoke of the first term of the Trade Committee. | first term
Trump has backed the plan since his election to the club board. | since his election
Kang has backed the plan since his election. | since his election
"""
)


@pytest.mark.parametrize("sentence, word", cases(NOT_A_DATE=NOT_A_DATE))
def test_no_date_where_none_is_told(sentence: str, word: str) -> None:
    assert [d for d in read_dates(sentence, "2024-11-05") if word.lower() in d[0].lower()] == []
