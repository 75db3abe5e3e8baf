"""Dates read the way a news reader reads them (issue 9, seventh dates session): a day written in words after a
month opens a sentence as well as it follows "on" inside one ("On February tenth, ..."); "during his term" (or
tenure, presidency) with no ordinal, in a sentence that names no one, is the term of the office holder the sentences
before named, as "his first term" already was. Invented sentences, one case a row (a date's exact words, then its
range)."""

from __future__ import annotations

import pytest
from conftest import cases, dates_test, read_dates, table

# A day in words after the month: "on" opening a sentence is capitalised and still says the day.
DAY_IN_WORDS = table(
    r"""
sentence | pub | exact | start | end
On February tenth, the two allies initialed the deal. | 2019-03-08 | On February tenth | 2019-02-10 | 2019-02-10
On March twenty-first, the envoys met again. | 2019-04-02 | On March twenty-first | 2019-03-21 | 2019-03-21
By June the fifth, both sides will have signed. | 2019-04-02 | June the fifth | 2019-06-05 | 2019-06-05
Since January first, the talks have stalled. | 2019-04-02 | January first | 2019-01-01 | 2019-01-01
# inside a sentence, as before
The envoys met on March twenty-first in Seoul. | 2019-04-02 | on March twenty-first | 2019-03-21 | 2019-03-21
"""
)

# "during his term": the holder named in the sentences before, when the sentence itself names no one.
PRONOUN_TERM = table(
    r"""
sentence | pub | exact | start | end
Trump spoke. He said that during his term, Seoul paid more. | 2024-05-01 | during his term | 2017-01-20 | 2021-01-20
Trump spoke. During his tenure, he threatened to leave. | 2024-05-01 | During his tenure | 2017-01-20 | 2021-01-20
Trump spoke. He won gains throughout his presidency. | 2024-10-17 | throughout his presidency | 2017-01-20 | 2021-01-20
# the sentence's own name still comes first
Trump spoke. During his term, Moon Jae-in met Kim thrice. | 2023-01-05 | During his term | 2017-05-10 | 2022-05-09
"""
)

# No preposition, or no one named before: no time.
NOT_A_TERM = [
    "Trump spoke at a rally. His term was short, he said.",
    "The envoy spoke on Tuesday. He said that during his term, Seoul agreed to pay more.",
]


# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(DAY_IN_WORDS=DAY_IN_WORDS, PRONOUN_TERM=PRONOUN_TERM)


@pytest.mark.parametrize("sentence", cases(NOT_A_TERM=NOT_A_TERM))
def test_a_term_with_no_holder_is_no_time(sentence: str) -> None:
    assert [d for d in read_dates(sentence, "2024-05-01") if "term" in d[0]] == []
