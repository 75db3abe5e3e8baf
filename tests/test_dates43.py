"""Dates of wire English (dates43, twelfth session).

Classes of news English found by the forty-second batch's date misses (no rule was written from them before), each
diagnosed by its class, with rows of my own (made-up names: Bo Harlan, Jeon Harim, Parl Vinter, Hanul, Oskel) and
controls, written before its rule; then probe stories of my own on neighbouring subjects (tests/dates43_probes.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import dates_test, read_dates, table

# "later <weekday>" / "earlier <weekday>": wire English for a time on the news day itself (or the day next to it),
# never a week off: the weekday nearest the day the story happens, whatever the tense of its clause ("expected to
# wrap up later Wednesday" told on Thursday under a Wednesday dateline is that Wednesday). Found by the 42nd batch's
# Yonhap ("later Wednesday" read a week ahead). Controls: a bare weekday ahead keeps the next one; "later this week";
# "two days later" then a weekday.
LATER_WEEKDAY = table(
    r"""
text | published | exact | start | end
The two-day talks are expected to wrap up later Wednesday. | 2020-03-19 | later Wednesday | 2020-03-18 | 2020-03-18
TOKYO, June 3 (Kyodo) -- The envoys will meet again later Wednesday, Bo Harlan said. | 2026-06-04 | later Wednesday | 2026-06-03 | 2026-06-03
Jeon Harim will brief reporters later Thursday. | 2019-11-20 | later Thursday | 2019-11-21 | 2019-11-21
The envoys met earlier Friday in Hanul. | 2019-11-23 | earlier Friday | 2019-11-22 | 2019-11-22
The ministry is due to respond later Monday. | 2019-11-18 | later Monday | 2019-11-18 | 2019-11-18
Parl Vinter is set to sign the deal later Tuesday, officials said. | 2019-11-20 | later Tuesday | 2019-11-19 | 2019-11-19
# controls
The two-day talks are expected to wrap up Wednesday. | 2020-03-19 | Wednesday | 2020-03-25 | 2020-03-25
The envoys met Friday in Hanul. | 2019-11-23 | Friday | 2019-11-22 | 2019-11-22
The talks will resume later this week. | 2019-11-20 | later this week | 2019-11-21 | 2019-11-24
"""  # noqa: E501
)

test_dates43_later_weekday = dates_test(LATER_WEEKDAY=LATER_WEEKDAY)


# A count of days (weeks) after an event held over several days ("27 days after the last round was held from Aug. 27
# to 29"): the day it comes to counted from the event's last day (before it: from its first), one day as any count
# over one resolves (README), not a range. Found by the 42nd batch's Newsis ("27 days after" read as 23-25 Sep).
# Controls: a one-day event; a count of one (the event's own dates, README); a month; the event's own range stays.
AFTER_SEVERAL_DAYS = table(
    r"""
text | published | exact | start | end
The round will open 27 days after the last one was held from Aug. 27 to 29. | 2024-09-23 | 27 days after | 2024-09-25 | 2024-09-25
The talks resumed 10 days after a summit held from March 3 to 5. | 2024-09-23 | 10 days after | 2024-03-15 | 2024-03-15
The vote came three days before the summit held from May 10 to 12. | 2024-09-23 | three days before the summit | 2024-05-07 | 2024-05-07
Oskel will hold the next round two weeks after the envoys met from the 3rd to the 5th of last month. | 2024-09-23 | two weeks after | 2024-08-19 | 2024-08-19
# controls
The vote came a day after the talks held from May 10 to 12. | 2024-09-23 | a day after | 2024-05-10 | 2024-05-12
Bo Harlan quit 11 months after talks began in March 2018. | 2024-09-23 | 11 months after | 2019-02-01 | 2019-02-28
The talks resumed 10 days after the summit on March 5. | 2024-09-23 | 10 days after the summit | 2024-03-15 | 2024-03-15
The round will open 27 days after the last one was held from Aug. 27 to 29. | 2024-09-23 | from Aug. 27 to 29 | 2024-08-27 | 2024-08-29
"""  # noqa: E501
)

test_dates43_after_several_days = dates_test(AFTER_SEVERAL_DAYS=AFTER_SEVERAL_DAYS)


# A count of months (or a plural count of days, weeks) before or after a US election ("one month ahead of the US
# presidential election", "two weeks before the presidential election"): the election is the event counted from, as
# for "a day (week) before the election" already; a count of one is the election's own day (README), a count over
# one the day it comes to. Found by the 42nd batch's Korea Herald ("one month ahead of" read as a month from
# publication, the day before the election). Controls: a count before another event; the day/week forms; a bare
# "presidential election" more than two weeks off (it may be Seoul's: the rule's guard, unchanged; the reading
# left is the one before, not a claim that it is right).
ELECTION_COUNT = table(
    r"""
text | published | exact | start | end
The deal comes just one month ahead of the US presidential election. | 2024-10-04 | one month ahead of the US presidential election | 2024-11-05 | 2024-11-05
Hanul signed the pact a month before the U.S. presidential election. | 2024-10-10 | a month before the U.S. presidential election | 2024-11-05 | 2024-11-05
The deal comes two weeks before the US presidential election. | 2020-10-16 | two weeks before the US presidential election | 2020-10-20 | 2020-10-20
The pact comes one month ahead of the U.S. presidential election, in which Bo Harlan, who earlier demanded more, is running. | 2024-10-04 | one month ahead of the U.S. presidential election | 2024-11-05 | 2024-11-05
Bo Harlan resigned three months after the US presidential election. | 2021-03-08 | three months after the US presidential election | 2021-02-03 | 2021-02-03
# controls
The deal comes two weeks before the presidential election. | 2020-10-16 | two weeks before | 2020-10-16 | 2020-10-16
The deal comes one week ahead of the US presidential election. | 2020-10-27 | one week ahead of the US presidential election | 2020-11-03 | 2020-11-03
The deal comes one month ahead of the deadline. | 2024-10-04 | one month ahead of | 2024-11-04 | 2024-11-04
"""  # noqa: E501
)

test_dates43_election_count = dates_test(ELECTION_COUNT=ELECTION_COUNT)


def test_dates43_election_count_no_count() -> None:
    # "just days before the election" has no count: no date (dev leaves it unlabelled; dates42)
    assert read_dates("Bo Harlan spoke just days before the U.S. presidential election.", "2024-11-04") == []


# "under (former) President X" as a time adverbial: the term X served (the README's "under the presidency of Donald
# Trump" with the holder named instead of the office; adjud42 ruling 2), the latest ended by publication after
# "former". Found by the 42nd batch's Axios. Controls: "under pressure from President X", "under a deal President X
# signed" (no term told).
UNDER_PRESIDENT = table(
    r"""
text | published | exact | start | end
Relations had become strained under former President Trump, who wanted Hanul to pay more. | 2021-03-08 | under former President Trump | 2017-01-20 | 2021-01-20
The alliance drifted under former President Donald Trump. | 2022-05-02 | under former President Donald Trump | 2017-01-20 | 2021-01-20
Ties with Tokyo improved under former President Moon Jae-in, Jeon Harim said. | 2023-03-08 | under former President Moon Jae-in | 2017-05-10 | 2022-05-09
Cost-sharing talks stalled under President Biden. | 2023-03-08 | under President Biden | 2021-01-20 | 2025-01-20
"""  # noqa: E501
)

test_dates43_under_president = dates_test(UNDER_PRESIDENT=UNDER_PRESIDENT)


def test_dates43_under_president_controls() -> None:
    for text in ("Hanul acted under pressure from President Trump.", "The deal signed under a plan President Biden set"
                 " out covers five years.", "Bo Harlan served under the president for two years.",
                 "Hanul paid more under President Moon Jae-in's plan.",
                 "Hanul paid more under President Trump's deal."):
        assert read_dates(text, "2023-03-08") == []


# A clause whose verb stands more than 120 characters before its date (a verb, then a long object: "will hold the
# 8th meeting for the conclusion of the 12th ... Agreement on Defense Cost Sharing in Seoul for three days from the
# 25th to the 27th"): the clause's tense still decides, read further back (`_long_clause_tense`), not the past a
# bare day falls to when no tense word is seen. Found by the 42nd batch's Newsis ("from the 25th to the 27th" put in
# the month before). Controls: the same clause in the past; a long stretch with no tense word after a full stop; a
# date inside a phrase of its own ("after a breakdown in talks in November", found by the month_named family).
LONG_CLAUSE = table(
    r"""
text | published | exact | start | end
Hanul and Oskel will hold the eighth meeting for the conclusion of the twelfth new pact on the cost of the bases and the troops of the allies in Seoul for three days from the 25th to the 27th. | 2024-09-23 | from the 25th to the 27th | 2024-09-25 | 2024-09-27
Bo Harlan will present the revised proposal on the sharing of the cost of the upkeep of the garrison and of the wages of the local staff at the ministry in Hanul on Friday. | 2024-09-23 | on Friday | 2024-09-27 | 2024-09-27
Jeon Harim is to open the eighth meeting for the conclusion of the twelfth new pact on the cost of the bases and the troops of the allies in Seoul for three days on the 26th. | 2024-09-23 | on the 26th | 2024-09-26 | 2024-09-26
# controls
Hanul and Oskel held the seventh meeting for the conclusion of the twelfth new pact on the cost of the bases and the troops of the allies in Seoul for three days from the 25th to the 27th. | 2024-09-23 | from the 25th to the 27th | 2024-08-25 | 2024-08-27
Hanul and Oskel will begin their fourth round of negotiations over the sharing of the cost of the bases in the capital on Tuesday after a breakdown in talks in November. | 2019-12-03 | in November | 2019-11-01 | 2019-11-30
The envoys will meet. The eighth meeting for the conclusion of the twelfth new pact on the cost of the bases and the troops of the allies in Seoul for three days ran from the 25th to the 27th. | 2024-09-23 | from the 25th to the 27th | 2024-08-25 | 2024-08-27
"""  # noqa: E501
)

test_dates43_long_clause = dates_test(LONG_CLAUSE=LONG_CLAUSE)


# A relative day inside a quotation whose own sentence gives no date, spoken by someone the sentence right before it
# (same paragraph) names as acting on a single past day: the comment on that act, read from its day ("On the 19th,
# envoy Bo Harlan walked out ... Harlan said that “we cut short the talks today”"), not from publication. Found by
# the 42nd batch's Watching America. Controls: the quotation's own date; a quotation of the future; another
# speaker; an event with no person (the seed's "The deal lapsed on Tuesday. “We talk today,” Lee said.").
SAID_AFTER_ACT = table(
    r"""
text | published | exact | start | end
On Nov. 19, envoy Bo Harlan walked out of a meeting after 80 minutes. Harlan said that “we cut short our part in the talks today.” | 2019-12-04 | today | 2019-11-19 | 2019-11-19
On the 19th, Bo Harlan left the talks in Hanul. Envoy Harlan said that “we ended our part in the talks today.” | 2019-12-04 | today | 2019-11-19 | 2019-11-19
Jeon Harim left the talks in Hanul on Tuesday. “We ended the meeting early today,” Jeon said. | 2019-11-22 | today | 2019-11-19 | 2019-11-19
Jeon Harim left the talks in Hanul on Tuesday. “We ended the meeting early yesterday,” Jeon said. | 2019-11-22 | yesterday | 2019-11-18 | 2019-11-18
# controls
Jeon Harim left the talks in Hanul on Tuesday. “We ended the meeting today,” Jeon said on Thursday. | 2019-11-22 | today | 2019-11-21 | 2019-11-21
On Nov. 19, envoy Bo Harlan walked out of a meeting. “We will return today,” Harlan said. | 2019-12-04 | today | 2019-12-04 | 2019-12-04
Jeon Harim left the talks in Hanul on Tuesday. “We end the meeting today,” Parl Vinter said. | 2019-11-22 | today | 2019-11-22 | 2019-11-22
The deal lapsed on Tuesday. “We talk today,” Lee said. | 2019-11-22 | today | 2019-11-22 | 2019-11-22
"""  # noqa: E501
)

test_dates43_said_after_act = dates_test(SAID_AFTER_ACT=SAID_AFTER_ACT)


# Probe stories (tests/dates43_probes.py), labelled before the tool ran: every label read with its range but the
# ones left (below, with the reason), and no span that is no date read as one. Title and body are read apart, as
# the extractor reads them (analysis/extract/__init__.py).
PROBE_LEFT = {
    # "will seek written assurances on ... semiconductors shipped to the American market under the new arrangement on
    # the 19th": the participle "shipped" read as the clause's past verb. A rule taking a regular "-ed" form after a
    # future verb in one clause as a participle moved three dev items wrong ("submarines docked ... for the first time
    # in 40 years", "might withdraw ..., reported the American news magazine Time on the 30th"): left.
    ("tariff", "on the 19th"),
}


def _probe_reading(name: str) -> tuple[str, list[tuple[int, int, str | None, str | None]]]:
    import dates43_probes as probes

    from analysis.article import parse_article
    from analysis.extract.dates import find_dates

    art = parse_article(probes.STORIES[name][0])
    stretches = [(art.title_span.start, art.title_span.end)] if art.title_span else []
    stretches.append((art.paragraphs[0].start, len(art.text)))
    pub = art.published
    got = [(s, e, v["start"], v["end"]) for a, b in stretches for s, e, _, v in find_dates(art.text, pub, a, b)]
    return art.text, got


def _readings_at(text: str, got: list[tuple[int, int, str | None, str | None]], exact: str, nth: int) -> set[Any]:
    """Return the ranges read over the ``nth`` occurrence of ``exact`` in ``text`` (an empty set: none read)."""
    begin = [m.start() for m in re.finditer(re.escape(exact), text)][nth - 1]
    return {(a, b) for s, e, a, b in got if s < begin + len(exact) and begin < e}


@pytest.mark.parametrize("name", ["japan", "nato", "tariff"])
def test_dates43_probe_stories(name: str) -> None:
    import dates43_probes as probes

    text, got = _probe_reading(name)
    labels = probes.STORIES[name][1]
    misses = {x: _readings_at(text, got, x, n) for x, n, a, b in labels if (a, b) not in _readings_at(text, got, x, n)}
    misses = {x: r for x, r in misses.items() if (name, x) not in PROBE_LEFT}
    false = {x for x in probes.NOT_DATES[name] if _readings_at(text, got, x, 1)}
    assert (misses, false) == ({}, set())


# "the next (coming) fiscal year", "the coming year" after a past verb: a calendar period named as the object ("for
# the next fiscal year"), no event still ahead, so a date after it keeps the past verb's time (`_names_period`; the
# adjective "next" otherwise tells a time ahead: "the next round in December"). Found by the Japan probe story
# ("approved the budget for the next fiscal year in late December" read as the December ahead). Rows written after
# the rule, checked failing on main. Controls: the next round (an event); "upcoming talks"; a future verb.
NEXT_PERIOD = table(
    r"""
text | published | exact | start | end
The cabinet approved the budget for the next fiscal year in late December. | 2026-03-12 | in late December | 2025-12-21 | 2025-12-31
Hanul's parliament passed the spending plan for the coming year in December. | 2026-03-12 | in December | 2025-12-01 | 2025-12-31
Lawmakers approved funding for the next fiscal year on Friday. | 2026-03-11 | on Friday | 2026-03-06 | 2026-03-06
# controls
The envoys agreed to the next round in December. | 2026-03-12 | in December | 2026-12-01 | 2026-12-31
Oskel approved the plan ahead of the upcoming talks in April. | 2026-03-12 | in April | 2026-04-01 | 2026-04-30
The cabinet will approve the budget for the next fiscal year in December. | 2026-03-12 | in December | 2026-12-01 | 2026-12-31
"""  # noqa: E501
)

test_dates43_next_period = dates_test(NEXT_PERIOD=NEXT_PERIOD)


# "from 25th to 27th" ending a headline (translated Korean wire copy drops "the"): days of a month, read as "from
# the 25th to the 27th" is (`_BARE_DAYS_OF_MONTH`). Found by the 42nd batch's Newsis headline and the tariff probe.
# Controls: a rank's change ("falls from 25th to 27th", also in a sentence); mid-sentence ordinals of a list.
BARE_DAYS = table(
    r"""
text | published | exact | start | end
Hanul, Oskel to hold 8th round of cost talks in Seoul from 25th to 27th | 2024-09-23 | from 25th to 27th | 2024-09-25 | 2024-09-27
Envoys held talks in Hanul from 15th to 17th | 2024-09-23 | from 15th to 17th | 2024-09-15 | 2024-09-17
"""  # noqa: E501
)

test_dates43_bare_days = dates_test(BARE_DAYS=BARE_DAYS)


def test_dates43_bare_days_controls() -> None:
    for text in ("Hanul falls from 25th to 27th", "Oskel's ranking slips from 25th to 27th",
                 "Hanul fell from 25th to 27th in the ranking.", "The team moved up from 5th to 3rd place."):
        assert read_dates(text, "2024-09-23") == []
