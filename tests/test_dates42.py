"""Dates of wire English (dates42, twelfth session).

Classes of news English found by new known-answer families of the dev dates (tests/dates40_corpus.py: the future,
reported "would", "N days ago", publication a year later, "later") and by four probe stories of my own on neighbouring
subjects (tests/dates42_probes.py: Japan's host-nation support, NATO's targets, a US–Philippines basing row, a Korean
tariff deal), each with rows of my own (made-up names: Bo Harlan, Jeon Harim, Hanul, Oskel, Parl Vinter) and controls,
written before its rule.
"""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# A weekday or a month in a "would" clause of speech reported on a past day or month ("Bo Harlan said on Monday that
# the envoys would meet on Tuesday", told on Wednesday): the first such day (month) on or after the day it was said,
# as the reader counts it, not the first after publication. Found by the reported_would family (3 of 3 moved).
# Controls: "will" in the reported clause (still ahead of publication); the quotation's own words; a "would" clause
# with no dated speech; a said-day whose next such weekday is after publication (unchanged).
WOULD_AFTER_SAID = table(
    r"""
text | published | exact | start | end
Bo Harlan said on Monday that the envoys would meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
Bo Harlan said Saturday the envoys would meet Sunday. | 2019-12-11 | Sunday | 2019-12-08 | 2019-12-08
Bo Harlan said on Monday the deal would be signed on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
On Monday, Bo Harlan said the envoys would meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
Jeon Harim told reporters on Friday that the two sides would sign the deal on Sunday in Hanul. | 2019-02-13 | on Sunday | 2019-02-10 | 2019-02-10
Jeon Harim announced last Friday that talks would resume on Monday. | 2019-12-11 | on Monday | 2019-12-09 | 2019-12-09
Bo Harlan said in October that the envoys would meet in November. | 2019-12-11 | in November | 2019-11-01 | 2019-11-30
# controls
Bo Harlan said on Monday that the envoys will meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said on Monday that the envoys would meet on Friday. | 2019-12-11 | on Friday | 2019-12-13 | 2019-12-13
"The envoys would meet on Tuesday," Bo Harlan said on Monday. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
Bo Harlan said the envoys would meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said on Monday that the envoys would meet next Tuesday. | 2019-12-11 | next Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said in October that the envoys would meet in September. | 2019-12-11 | in September | 2020-09-01 | 2020-09-30
"""  # noqa: E501
)

test_dates42_would_after_said = dates_test(WOULD_AFTER_SAID=WOULD_AFTER_SAID)


# A participle after the object of a present verb of wanting ("Tokyo wants the deal concluded before the election in
# July", "Seoul needs the budget approved in June"): a result still wished for, whose date is ahead, not a past verb.
# Found by the Japan probe story. Controls: the past "wanted" (a wish told as past: the participle's reading as
# before); a participle with no verb of wanting; "want" with an infinitive.
DESIRED_RESULT = table(
    r"""
text | published | exact | start | end
The Hanul side wants the deal concluded before the election in July. | 2026-03-12 | in July | 2026-07-01 | 2026-07-31
Seoul wants the talks finished in July. | 2026-03-12 | in July | 2026-07-01 | 2026-07-31
The minister needs the budget approved by the assembly in June. | 2026-03-12 | in June | 2026-06-01 | 2026-06-30
Envoy Parl Vinter wants the agreement ratified in July, aides said. | 2026-03-12 | in July | 2026-07-01 | 2026-07-31
# controls
Hanul wanted the deal signed in July. | 2026-03-12 | in July | 2025-07-01 | 2025-07-31
The deal was concluded in July. | 2026-03-12 | in July | 2025-07-01 | 2025-07-31
Seoul wants to finish the talks in July. | 2026-03-12 | in July | 2026-07-01 | 2026-07-31
"""
)

test_dates42_desired_result = dates_test(DESIRED_RESULT=DESIRED_RESULT)


# "N units ahead of schedule" / "behind schedule" / "ahead of time": a lead or lag against a plan, no event and so no
# date (a date item would be a false span). Found by the Japan probe story ("two years ahead of schedule" read as
# 2029). Controls: a count ahead of a named event keeps its reading; the year before it stays a date.
AHEAD_OF_SCHEDULE_NONE = table(
    r"""
text | published
The runway was finished three months ahead of schedule. | 2026-03-12
The project is running six months behind schedule. | 2026-03-12
Oskel delivered the jets two weeks ahead of time. | 2026-03-12
The base was handed over a year ahead of the schedule. | 2026-03-12
"""
)
AHEAD_OF_SCHEDULE = table(
    r"""
text | published | exact | start | end
Tokyo would raise spending to 2 percent by 2027, two years ahead of schedule. | 2026-03-12 | 2027 | 2027-01-01 | 2027-12-31
# controls
The deal was signed a week ahead of the summit in Hanul on March 20. | 2026-03-12 | a week ahead of the summit | 2026-03-13 | 2026-03-13
"""  # noqa: E501
)

test_dates42_ahead_of_schedule = dates_test(AHEAD_OF_SCHEDULE=AHEAD_OF_SCHEDULE)


@pytest.mark.parametrize(("text", "pub"), AHEAD_OF_SCHEDULE_NONE)
def test_dates42_ahead_of_schedule_none(text: str, pub: str) -> None:
    assert read_dates(text, pub) == []


def test_dates42_ahead_of_schedule_year_only() -> None:
    got = read_dates("Tokyo would raise spending to 2 percent by 2027, two years ahead of schedule.", "2026-03-12")
    assert [x for x, *_ in got] == ["2027"]


