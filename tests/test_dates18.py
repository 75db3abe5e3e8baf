"""Dates of the class "his (her, my) term" whose holder a careful reader takes from the sentence's grammar, not
from every name in it (dates18, eighth session): the subject of its own clause ("Trump said that during his first
term Seoul paid more, but Biden cancelled it": Trump's), a subject pronoun ("He said ... during his term, but
the Biden administration ...": the one named before), a subject named by office ("The US leader said that during
his previous term ..."), and "my" in a quotation: its speaker, never a name inside the quotation. Invented
sentences; the holders are people of the gazetteer (data/entities.csv), whose terms are data."""

from __future__ import annotations

import pytest
from conftest import cases, dates_test, read_dates, table

# the subject of the clause holds the term, not a name later in the sentence
TERM_OF_THE_SUBJECT = table(
    r"""
text | published | exact | start | end
Trump said Seoul agreed to pay more during his first term, but his successor Biden dropped the plan. | 2025-07-08 | during his first term | 2017-01-20 | 2021-01-20
Trump said that during his previous term, Seoul paid more, but the Biden administration reversed it. | 2025-07-09 | during his previous term | 2017-01-20 | 2021-01-20
Trump claimed that Biden cut the payments after Seoul agreed to pay more during his first term. | 2025-07-09 | during his first term | 2017-01-20 | 2021-01-20
Biden said that during his presidency, the allies grew closer than under Trump. | 2024-05-01 | during his presidency | 2021-01-20 | 2025-01-20
# controls: one holder named, a possessive, a term before its subject
The talks stalled in Biden's term. | 2024-10-17 | in Biden's term | 2021-01-20 | 2025-01-20
During his presidency, Trump demanded more. | 2024-02-20 | During his presidency | 2017-01-20 | 2021-01-20
Trump met Kim twice during his first term in office. | 2025-01-21 | during his first term in office | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

# a subject pronoun ("He said ...") or office ("The US leader said ...") is the one named before (or in office),
# not a name later in the sentence
TERM_OF_A_SUBJECT_PRONOUN = table(
    r"""
text | published | exact | start | end
Trump spoke on Monday. He said Seoul paid more during his first term, but the Biden administration ended it. | 2025-04-09 | during his first term | 2017-01-20 | 2021-01-20
Trump spoke on Monday. He said he had won more during his presidency but that talks stalled under Biden. | 2024-10-17 | during his presidency | 2017-01-20 | 2021-01-20
The talks went on. The US leader said that during his previous term Seoul paid more, but that Biden reversed it. | 2025-08-26 | during his previous term | 2017-01-20 | 2021-01-20
# control: the pronoun's sentence names its own holder as subject
Trump spoke on Monday. Biden said that during his presidency, Seoul paid its share. | 2024-05-01 | during his presidency | 2021-01-20 | 2025-01-20
"""  # noqa: E501
)

# "my term" in a quotation: its speaker, named outside the quotation, never a name inside it; a pronoun in the
# writer's narration refers to someone the narration names, not to a name inside a quotation
TERM_OF_THE_SPEAKER = table(
    r"""
text | published | exact | start | end
Trump then added this: “They began paying during my first term, but Biden ended the deal.” | 2025-04-09 | during my first term | 2017-01-20 | 2021-01-20
“The alliance was closer during my presidency than under Trump,” Biden said. | 2025-06-01 | during my presidency | 2021-01-20 | 2025-01-20
Trump spoke on Monday. “Biden then cut it back,” he said. His remarks echo those he made during his presidency. | 2024-10-16 | during his presidency | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

test_dates18 = dates_test(
    TERM_OF_THE_SUBJECT=TERM_OF_THE_SUBJECT, TERM_OF_A_SUBJECT_PRONOUN=TERM_OF_A_SUBJECT_PRONOUN,
    TERM_OF_THE_SPEAKER=TERM_OF_THE_SPEAKER,
)

# no date: two holders as subjects ("Trump and Biden said ... during his term"), "my term" in the writer's words
NOT_A_DATE = table(
    r"""
text | word
Trump and Biden both said Seoul paid more during his term. | during his term
During my term, I saw Trump and Biden differ. | during my term
"""
)


@pytest.mark.parametrize("sentence, word", cases(NOT_A_DATE=NOT_A_DATE))
def test_no_date_where_none_is_told(sentence: str, word: str) -> None:
    assert [d for d in read_dates(sentence, "2024-11-05") if word.lower() in d[0].lower()] == []
