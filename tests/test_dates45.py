"""Dates of event-named anchors (dates45, thirteenth session).

Classes of news English found by the forty-third batch's date misses (no rule was written from them before), each
diagnosed by its class, with rows of my own (made-up names: Bo Harlan, Jeon Harim, Parl Vinter, Hanul, Oskel) and
controls, written before its rule; then probe stories of my own on neighbouring subjects (tests/dates45_probes.py).
Assumption where the Conventions are silent (which election, when the text names none), read from the dev files
(README "before X"/"after X" resolve to X; dev 'after the presidential election' told in 2021, 'the November
election', 'day before election'): a US election word ("U.S.", "American", "midterm") names the US federal election;
a bare "presidential election" is the US one when it is nearer publication than any South Korean presidential
election (the one the news of the two allies would mean), else none is read; a bare "election" only within two weeks
of a US election day (the rule dates42 already keeps for "a day before the election").
"""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# "before/after/ahead of/since/following the (U.S.) (presidential) election(s)" with no count: README "before X",
# "after X" resolve to X itself, the election's day (the Tuesday after the first Monday of November); which one by the
# tense of the clause (past: the last held; future: the next), else the one nearest publication. Found by the 43rd
# batch's ROK Drop (headline "Before Presidential Election", "signed before the election", "ahead of the U.S.
# elections") and dev Stripes ("after the presidential election"). Controls below (ELECTION_NONE).
ELECTION_ANCHOR = table(
    r"""
text | published | exact | start | end
Allies Sign Cost-Sharing Pact Before Presidential Election | 2024-11-05 | Presidential Election | 2024-11-05 | 2024-11-05
Hanul and Oskel Seal Troop Deal Ahead of US Election | 2024-11-04 | Ahead of US Election | 2024-11-05 | 2024-11-05
The two sides wanted the deal signed before the election. | 2024-11-01 | the election | 2024-11-05 | 2024-11-05
The allies formally signed the pact Monday ahead of the U.S. elections. | 2024-11-05 | ahead of the U.S. elections | 2024-11-05 | 2024-11-05
Bo Harlan was considering leaving his post after the presidential election, a report said. | 2021-01-13 | the presidential election | 2020-11-03 | 2020-11-03
Hanul hopes to close the talks before the US presidential election. | 2024-06-10 | the US presidential election | 2024-11-05 | 2024-11-05
Talks stalled after the U.S. presidential election. | 2021-02-01 | the U.S. presidential election | 2020-11-03 | 2020-11-03
Talks have stalled since the presidential election. | 2020-12-15 | the presidential election | 2020-11-03 | 2020-11-03
Negotiators will meet again following the U.S. presidential election. | 2020-09-01 | following the U.S. presidential election | 2020-11-03 | 2020-11-03
Oskel said Washington would not sign before the US election. | 2020-03-01 | the US election | 2020-11-03 | 2020-11-03
The envoys met twice before the U.S. midterm elections. | 2019-01-10 | the U.S. midterm elections | 2018-11-06 | 2018-11-06
Jeon Harim said the deal would be signed after the American election. | 2024-08-20 | the American election | 2024-11-05 | 2024-11-05
"""  # noqa: E501
)

test_dates45_election_anchor = dates_test(ELECTION_ANCHOR=ELECTION_ANCHOR)

# controls: no election day read — a bare election far from a US election day (it may be any), a presidential
# election with a Korean one nearer publication, an election the words name otherwise ("of", "in South Korea",
# "Korean"), an election's campaign; the count forms keep their readings (dates42, dates43).
ELECTION_NONE = table(
    r"""
text | published | exact
Seoul wants a deal before the election. | 2024-06-10 | before the election
The ruling party lost ground after the general election. | 2024-04-20 | after the general election
Talks stalled after the presidential election. | 2022-04-01 | after the presidential election
Bo Harlan resigned after the presidential election in South Korea. | 2025-07-01 | after the presidential election
The envoys met before the election of a new speaker. | 2024-11-01 | before the election
Parl Vinter voted before the South Korean presidential election. | 2022-02-01 | before the South Korean presidential election
Hanul will wait until after the U.S. election campaign ends. | 2024-06-01 | after the U.S. election
The deal was struck before the election results came in. | 2024-11-10 | before the election
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "pub", "exact"), ELECTION_NONE)
def test_dates45_election_none(text: str, pub: str, exact: str) -> None:
    assert not [d for d in read_dates(text, pub) if d[0] == exact or "elect" in d[0].lower()]


ELECTION_KEPT = table(
    r"""
text | published | exact | start | end
Allies sign deal day before election | 2024-11-04 | day before election | 2024-11-04 | 2024-11-04
The deal comes just one month ahead of the US presidential election. | 2024-10-04 | one month ahead of the US presidential election | 2024-11-05 | 2024-11-05
It came before the 2020 U.S. election. | 2021-03-01 | the 2020 U.S. election | 2020-11-03 | 2020-11-03
Seoul wants a deal in case Trump returns after the November election. | 2024-05-24 | the November election | 2024-11-01 | 2024-11-30
Lee spoke a day before the election. | 2024-04-12 | a day before | None | None
"""  # noqa: E501
)

test_dates45_election_kept = dates_test(ELECTION_KEPT=ELECTION_KEPT)


# "After (upon, before) taking office", "after returning to the White House": a participle whose subject is the
# holder the sentence names (one person with terms in data/entities.csv): README "after X" resolves to X, the first day
# of the holder's latest term begun by publication (as "after Biden took office", "since taking office" already).
# Found by the 43rd batch's Global Times ("After taking office, US President Donald Trump has repeatedly said").
OFFICE_PARTICIPLE = table(
    r"""
text | published | exact | start | end
After taking office, US President Donald Trump has repeatedly said that Seoul should bear more of the cost. | 2019-01-29 | taking office | 2017-01-20 | 2017-01-20
Upon taking office, Biden restored the working-level talks. | 2021-06-01 | Upon taking office | 2021-01-20 | 2021-01-20
Soon after taking office, Trump raised tariffs on Hanul. | 2025-05-01 | taking office | 2025-01-20 | 2025-01-20
Trump demanded far more money shortly after taking office. | 2018-03-01 | taking office | 2017-01-20 | 2017-01-20
Shortly after returning to the White House, Trump pressed Seoul again. | 2025-03-01 | returning to the White House | 2025-01-20 | 2025-01-20
Before taking office, Trump called the alliance unfair. | 2017-06-01 | taking office | 2017-01-20 | 2017-01-20
# two holders named: the subject (after a fronted participle, the first named after it; else the first before it)
Jeon Harim spoke first. After taking office, Trump met Moon in Seoul. | 2019-01-29 | taking office | 2017-01-20 | 2017-01-20
Moon met Trump twice after taking office. | 2019-01-29 | taking office | 2017-05-10 | 2017-05-10
# controls: the "since" form keeps its reading
Trump has pressed allies since taking office, the Pentagon said. | 2025-05-01 | taking office | 2025-01-20 | 2025-01-20
"""  # noqa: E501
)

test_dates45_office_participle = dates_test(OFFICE_PARTICIPLE=OFFICE_PARTICIPLE)

# controls: no holder with terms named (a minister, a made-up name), or two named with none the subject: no item
OFFICE_NONE = table(
    r"""
text | published | exact
After taking office, the new minister will review the deal. | 2024-05-01 | taking office
After taking office, Bo Harlan cut the budget. | 2024-05-01 | taking office
After taking office as defense minister, Jeon Harim met the envoys. | 2024-05-01 | taking office
"""
)


@pytest.mark.parametrize(("text", "pub", "exact"), OFFICE_NONE)
def test_dates45_office_none(text: str, pub: str, exact: str) -> None:
    assert not [d for d in read_dates(text, pub) if exact in d[0]]


# A count told roughly after an event ("less than two weeks after X") whose main clause is dated by a span ("made
# the remarks earlier this month") that holds the single day the paragraphs before told of it ("said on Tuesday"):
# the main clause's time (README: a count over one is the day it comes to), read to the day the text gives it.
# Found by the 43rd batch's Cailian Press ("less than two weeks after" read as the span 1-15 October). Controls: no
# day told before (the span stays); a day told before outside the span (the span stays); an exact count.
ROUGH_COUNT = table(
    r"""
text | published | exact | start | end
Bo Harlan said on Tuesday that Seoul must pay more.\n\nHe made the remarks earlier this month, less than two weeks after the allies reached a deal. | 2024-10-16 | two weeks after | 2024-10-15 | 2024-10-15
Jeon Harim spoke on Monday in Hanul.\n\nShe spoke earlier this month, nearly three weeks after the envoys met. | 2024-10-22 | three weeks after | 2024-10-21 | 2024-10-21
# controls
He made the remarks earlier this month, less than two weeks after the allies reached a deal. | 2024-10-16 | two weeks after | 2024-10-01 | 2024-10-15
Bo Harlan spoke on Sept. 20.\n\nHe made the remarks earlier this month, less than two weeks after the allies reached a deal. | 2024-10-16 | two weeks after | 2024-10-01 | 2024-10-15
"""  # noqa: E501
)

test_dates45_rough_count = dates_test(ROUGH_COUNT=ROUGH_COUNT)


# An election named with "next" ("last", "previous", "upcoming") as the anchor, in a headline with no article too:
# the first US federal election on or after publication ("last": the latest before it); "presidential" keeps to the
# presidential years. Found by my NATO probe story ("eye review before next US election"). Controls: "next" with no
# US word far from a US election day stays unread (it may be Seoul's); the bare form keeps its reading.
ELECTION_NEXT = table(
    r"""
text | published | exact | start | end
NATO allies back 5% goal, eye review before next US election | 2025-06-27 | next US election | 2026-11-03 | 2026-11-03
Hanul hopes to close the talks before the next U.S. presidential election. | 2025-06-27 | the next U.S. presidential election | 2028-11-07 | 2028-11-07
Seoul paid more after the last US presidential election, Jeon Harim said. | 2022-02-01 | the last US presidential election | 2020-11-03 | 2020-11-03
Talks will resume after the upcoming U.S. election. | 2024-09-01 | the upcoming U.S. election | 2024-11-05 | 2024-11-05
"""  # noqa: E501
)

test_dates45_election_next = dates_test(ELECTION_NEXT=ELECTION_NEXT)

ELECTION_NEXT_NONE = table(
    r"""
text | published | exact
Seoul wants a deal before the next election. | 2025-06-10 | before the next election
"""
)


@pytest.mark.parametrize(("text", "pub", "exact"), ELECTION_NEXT_NONE)
def test_dates45_election_next_none(text: str, pub: str, exact: str) -> None:
    assert not [d for d in read_dates(text, pub) if "elect" in d[0].lower()]


# A count of days (weeks) after or before an event whose sentence's last date before it is a long span ("endorsed on
# Wednesday a goal of spending 5% by 2035, a day after leaders gathered"): a count of days cannot move from a year
# (the goal's deadline, no time of the act), so it counts from the date before that in its sentence, the main
# clause's (a count over one: that day, README). Found by my NATO probe story ("a day after" unresolved); row 2
# relabelled after its first run (I had counted back from Monday). Controls: no shorter date in the sentence
# (unresolved as before); a count of years from the year keeps it.
DAYS_PAST_SPAN = table(
    r"""
text | published | exact | start | end
NATO allies on Wednesday endorsed a goal of spending 5% on defence by 2035, a day after leaders gathered in Oskel. | 2025-06-27 | a day after | 2025-06-24 | 2025-06-24
Hanul on Monday pledged to cut its troop costs in 2026, two days after Bo Harlan arrived in Seoul. | 2025-06-27 | two days after | 2025-06-23 | 2025-06-23
# controls
The allies set a goal of 5% by 2035, a day after leaders gathered in Oskel. | 2025-06-27 | a day after | None | None
"""  # noqa: E501
)

test_dates45_days_past_span = dates_test(DAYS_PAST_SPAN=DAYS_PAST_SPAN)


# A count with no number before the anchor ("just days before the election", "weeks after taking office") is no item
# (README: "within weeks" is none; dates42 'just days before the U.S. presidential election').
VAGUE_COUNT = table(
    r"""
text | published
Bo Harlan spoke just days before the U.S. presidential election. | 2024-11-04
Trump raised tariffs on Hanul weeks after taking office. | 2025-05-01
Seoul moved months ahead of the US election. | 2024-06-01
# relabelled from ELECTION_ANCHOR after the first run: 'in the weeks before X' is a count with no number (README)
Seoul moved fast in the weeks before the U.S. presidential election, officials said. | 2024-12-02
"""
)


@pytest.mark.parametrize(("text", "pub"), VAGUE_COUNT)
def test_dates45_vague_count(text: str, pub: str) -> None:
    assert read_dates(text, pub) == []


# Probe stories (tests/dates45_probes.py), labelled before the tool ran: every label read with its range, and no span
# that is no date read as one. Title and body are read apart, as the extractor reads them. The two misses of the first
# run ("before next US election", "a day after" past "by 2035") gave ELECTION_NEXT and DAYS_PAST_SPAN above.
@pytest.mark.parametrize("name", ["nato", "tariff"])
def test_dates45_probe_stories(name: str) -> None:
    import dates45_probes as probes
    from dates42_probes import ranges_over, read_story

    text, got = read_story(probes.STORIES[name][0])
    labels = probes.STORIES[name][1]
    misses = {x: ranges_over(text, got, x, n) for x, n, a, b in labels if (a, b) not in ranges_over(text, got, x, n)}
    false = {x for x in probes.NOT_DATES[name] if ranges_over(text, got, x, 1)}
    assert (misses, false) == ({}, set())
