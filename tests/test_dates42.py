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
# as the reader counts it, not the first after publication; a deictic period ("next week", "later this week") is
# read from that day too, as inside a quotation. Found by the reported_would family (3 of 3 moved) and probes.
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
Bo Harlan said on Monday that the talks would resume later this week. | 2023-04-14 | later this week | 2023-04-11 | 2023-04-16
Bo Harlan said on April 3 that the talks would resume next week. | 2023-04-14 | next week | 2023-04-10 | 2023-04-16
Bo Harlan said on March 30 that the talks would resume next month. | 2023-04-14 | next month | 2023-04-01 | 2023-04-30
Jeon Harim said in December that Hanul would pay more next year. | 2024-02-14 | next year | 2024-01-01 | 2024-12-31
Parl Vinter, speaking on Monday, said the talks would resume on Wednesday. | 2023-04-14 | on Wednesday | 2023-04-12 | 2023-04-12
In an interview on Monday, Parl Vinter said the talks would resume on Wednesday. | 2023-04-14 | on Wednesday | 2023-04-12 | 2023-04-12
Parl Vinter said in an interview aired on Monday that the talks would resume on Wednesday. | 2023-04-14 | on Wednesday | 2023-04-12 | 2023-04-12
The ministry said Monday the envoys would meet Wednesday and Thursday. | 2023-04-14 | Wednesday and Thursday | 2023-04-12 | 2023-04-13
# controls
Bo Harlan said on Monday that the envoys will meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said on Monday that the envoys would meet on Friday. | 2019-12-11 | on Friday | 2019-12-13 | 2019-12-13
"The envoys would meet on Tuesday," Bo Harlan said on Monday. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
Bo Harlan said the envoys would meet on Tuesday. | 2019-12-11 | on Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said on Monday that the envoys would meet next Tuesday. | 2019-12-11 | next Tuesday | 2019-12-17 | 2019-12-17
Bo Harlan said in October that the envoys would meet in September. | 2019-12-11 | in September | 2020-09-01 | 2020-09-30
Bo Harlan said on Monday that the talks will resume next week. | 2023-04-14 | next week | 2023-04-17 | 2023-04-23
"The talks will resume next week," Bo Harlan said on April 3. | 2023-04-14 | next week | 2023-04-10 | 2023-04-16
The envoys met on Monday, and the talks would resume on Wednesday, Bo Harlan said. | 2023-04-14 | on Wednesday | 2023-04-19 | 2023-04-19
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
# 2029). Controls: a count ahead of a named event keeps its reading (a count of one: the event's own date, README;
# count50 relabelled the control from the day before it); the year before it stays a date.
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
The deal was signed a week ahead of the summit in Hanul on March 20. | 2026-03-12 | a week ahead of the summit | 2026-03-20 | 2026-03-20
"""  # noqa: E501
)

test_dates42_ahead_of_schedule = dates_test(AHEAD_OF_SCHEDULE=AHEAD_OF_SCHEDULE)


def test_dates42_ahead_of_schedule_year_only() -> None:
    got = read_dates("Tokyo would raise spending to 2 percent by 2027, two years ahead of schedule.", "2026-03-12")
    assert [x for x, *_ in got] == ["2027"]




# "N units earlier/later than planned (expected, scheduled)": a comparison with a plan, no date. Found by the
# Japanese budget probe ("two years earlier than planned" read as a March two years back). Controls: "two years
# earlier" after a date is the day it comes to.
EARLIER_THAN_NONE = table(
    r"""
text | published
Hanul will reach the target two years earlier than planned. | 2025-12-26
The jets arrived three weeks later than expected. | 2025-12-26
The talks ended a day earlier than scheduled. | 2025-12-26
"""
)
EARLIER_THAN = table(
    r"""
text | published | exact | start | end
# controls
The deal was signed on Dec. 3. Two years earlier, talks had stalled. | 2025-12-26 | Two years earlier | 2023-12-03 | 2023-12-03
"""  # noqa: E501
)

test_dates42_earlier_than = dates_test(EARLIER_THAN=EARLIER_THAN)




# A noun "plan" (or "aim", "hope", "wish") after a determiner, then "to" before a name or a noun phrase ("Walters
# presented the plan to the president on June 30", "gave the plan to Kim"): "to" is a preposition, not the
# infinitive of "plans to", so the clause keeps its past verb. Found by the US–Germany probe (read a year ahead).
# Controls: "the plan to withdraw troops in June" (an infinitive: ahead); "plans to" a verb; a past "showed".
PLAN_TO_SOMEONE = table(
    r"""
text | published | exact | start | end
Gen. Tod Walters presented the plan to the president on June 30. | 2020-07-31 | on June 30 | 2020-06-30 | 2020-06-30
Walters gave the plan to Kim on June 30. | 2020-07-31 | on June 30 | 2020-06-30 | 2020-06-30
Walters showed the plan to the minister on Tuesday. | 2020-07-31 | on Tuesday | 2020-07-28 | 2020-07-28
# controls
Walters unveiled the plan to withdraw troops in June. | 2020-07-31 | in June | 2021-06-01 | 2021-06-30
Walters plans to brief the minister on Tuesday. | 2020-07-31 | on Tuesday | 2020-08-04 | 2020-08-04
Walters presented the plan on June 30. | 2020-07-31 | on June 30 | 2020-06-30 | 2020-06-30
"""
)

test_dates42_plan_to_someone = dates_test(PLAN_TO_SOMEONE=PLAN_TO_SOMEONE)


# A month-day before an event noun after "before" ("comes before the Nov. 3 election", "three months before the
# election on Nov. 3") in a clause with no tense word: the event is after the clause's time (now), as after "ahead
# of". Found by the US–Germany probe (read a year back). Controls: a past verb keeps the past; "ahead of" as before.
BEFORE_EVENT_UNTENSED = table(
    r"""
text | published | exact | start | end
The withdrawal comes three months before the Nov. 3 presidential election. | 2020-07-31 | three months before | 2020-08-03 | 2020-08-03
The withdrawal comes before the Nov. 3 election. | 2020-07-31 | Nov. 3 | 2020-11-03 | 2020-11-03
The move comes two weeks before the Hanul vote on Sept. 20. | 2020-07-31 | on Sept. 20 | 2020-09-20 | 2020-09-20
# controls
The withdrawal came before the Nov. 3 election. | 2020-07-31 | Nov. 3 | 2019-11-03 | 2019-11-03
The withdrawal comes ahead of the Nov. 3 presidential election. | 2020-07-31 | Nov. 3 | 2020-11-03 | 2020-11-03
"""  # noqa: E501
)

test_dates42_before_event_untensed = dates_test(BEFORE_EVENT_UNTENSED=BEFORE_EVENT_UNTENSED)


# An adjective in -ed before a noun ("defense and related spending", "the armed forces", "an unprecedented rise") is
# no past verb: the clause's tense is told by its verb ("has pledged to reach 2% ... by March": a promise, ahead).
# Found by the Japanese budget probe. Controls: the same promise with no such adjective; a real past verb.
ED_ADJECTIVE = table(
    r"""
text | published | exact | start | end
Prime Minister Sanae Kobori has pledged to reach 2% of GDP in defense and related spending by March. | 2025-12-26 | March | 2026-03-01 | 2026-03-31
Minister Jeon Harim vowed to expand armed patrols by March. | 2025-12-26 | March | 2026-03-01 | 2026-03-31
# controls
Kobori has pledged to reach 2% of GDP by March. | 2025-12-26 | March | 2026-03-01 | 2026-03-31
Hanul raised spending and related costs in March. | 2025-12-26 | in March | 2025-03-01 | 2025-03-31
"""  # noqa: E501
)

test_dates42_ed_adjective = dates_test(ED_ADJECTIVE=ED_ADJECTIVE)


# A period named by its start ("the fiscal year starting in April", "the five-year term beginning in January"): the
# start of a period named after a noun of a period points forward, whatever the main verb's tense (a budget approved
# for it). Found by the Japanese budget probe. Controls: a relative clause in the past ("the fiscal year that started
# in April"); a verb "started".
PERIOD_STARTING = table(
    r"""
text | published | exact | start | end
Japan's Cabinet approved a budget for the fiscal year starting in April. | 2025-12-26 | in April | 2026-04-01 | 2026-04-30
Hanul approved a budget for the year beginning in April, officials said. | 2025-12-26 | in April | 2026-04-01 | 2026-04-30
# controls
The talks started in April. | 2025-12-26 | in April | 2025-04-01 | 2025-04-30
Japan cut spending in the fiscal year that started in April. | 2025-12-26 | in April | 2025-04-01 | 2025-04-30
"""  # noqa: E501
)

test_dates42_period_starting = dates_test(PERIOD_STARTING=PERIOD_STARTING)


# "This week" told on a Sunday in a clause in the past ("held a round of talks this week", "met ... in Hanul this
# week"): the Monday–Sunday week that Sunday ends, as "last week" and "this past week" told on a Sunday are (the
# corpus Conventions); ahead, with no tense word, or after a purpose's "for" ("arrived for talks this week"), still
# the week starting the next day. Found by the forty-first
# batch (VOA copy dated Sunday 8 December 2019). Controls: the future on a Sunday; a weekday's "this week".
THIS_WEEK_TOLD_SUNDAY = table(
    r"""
text | published | exact | start | end
Hanul and Oskel failed to reach a deal after holding a fourth round of talks this week. | 2019-12-08 | this week | 2019-12-02 | 2019-12-08
Envoy Jeon Harim met with Oskel officials for two days in Hanul this week. | 2019-12-08 | this week | 2019-12-02 | 2019-12-08
The talks this week ended without a deal, Bo Harlan said. | 2024-11-10 | this week | 2024-11-04 | 2024-11-10
# controls
Envoy Jeon Harim will meet Oskel officials this week. | 2019-12-08 | this week | 2019-12-09 | 2019-12-15
Envoy Jeon Harim arrived in Hanul on Sunday for a new round of talks this week. | 2019-12-08 | this week | 2019-12-09 | 2019-12-15
Talks resume in Hanul this week | 2019-12-08 | this week | 2019-12-09 | 2019-12-15
Envoy Jeon Harim met Oskel officials this week. | 2019-12-11 | this week | 2019-12-09 | 2019-12-15
"""  # noqa: E501
)

test_dates42_this_week_told_sunday = dates_test(THIS_WEEK_TOLD_SUNDAY=THIS_WEEK_TOLD_SUNDAY)


# "At that time", "since that time", "by that time", "until that time": the time told before it in its paragraph
# (a year, a month, a day), as "that year" is; "since X" resolves to X. Found by the forty-first batch ("as recently
# as 2005 ... since that time"; "In 2020, ... but at that time, Trump demanded"). Controls: with no date before it in
# its paragraph it is unresolved; "at the time" is no item (the corpus does not label it); "that time" in "that time
# frame" (a noun's modifier) is none.
THAT_TIME = table(
    r"""
text | published | exact | start | end
Costs stood at about $500 million as recently as 2005. They have risen 16 percent a year since that time. | 2019-01-22 | since that time | 2005-01-01 | 2005-12-31
In 2020, Hanul paid 1 trillion won, but at that time, Bo Harlan demanded more. | 2024-11-07 | at that time | 2020-01-01 | 2020-12-31
The envoys met on March 3. By that time, the deal had lapsed. | 2024-11-07 | By that time | 2024-03-03 | 2024-03-03
# controls
At that time, Bo Harlan demanded more. | 2024-11-07 | At that time | None | None
"""  # noqa: E501
)
THAT_TIME_NONE = table(
    r"""
text | published
In 2020, Hanul paid more, Bo Harlan said at the time. | 2024-11-07
In 2020, Hanul set that time frame for the talks. | 2024-11-07
"""
)

test_dates42_that_time = dates_test(THAT_TIME=THAT_TIME)


@pytest.mark.parametrize(("text", "pub"), THAT_TIME_NONE)
def test_dates42_that_time_none(text: str, pub: str) -> None:
    assert [x for x, *_ in read_dates(text, pub) if "time" in x] == []


# A count after or before an event named by a demonstrative ("two days after that meeting", "the day after those
# talks", "a week before the same session"): the event is the one dated just before, so a count of one is that date
# (the Conventions' count of one) and a count over one the day it comes to, as "two days after that" is. Found by
# probing the brief's "a dated event named then referred back to". Controls: an event with no demonstrative ("a day
# after the vote": the main clause's time is the date before); "two days after that" as before.
THAT_EVENT = table(
    r"""
text | published | exact | start | end
The envoys met in Hanul on Tuesday. Bo Harlan flew home the day after that meeting. | 2023-04-14 | the day after | 2023-04-11 | 2023-04-11
The envoys met in Hanul on Tuesday. Two days after that meeting, Bo Harlan flew home. | 2023-04-14 | Two days after | 2023-04-13 | 2023-04-13
The envoys met in Hanul on April 4. A week after those talks, Bo Harlan left for Oskel. | 2023-04-14 | A week after | 2023-04-04 | 2023-04-04
The envoys met in Hanul on April 4. Three days before that session, Vinter had flown in. | 2023-04-14 | Three days before | 2023-04-01 | 2023-04-01
# controls
Bo Harlan spoke on Tuesday, a day after the vote. | 2023-04-14 | a day after | 2023-04-10 | 2023-04-10
The envoys met in Hanul on Tuesday. Two days after that, Bo Harlan flew home. | 2023-04-14 | Two days after | 2023-04-13 | 2023-04-13
"""  # noqa: E501
)

test_dates42_that_event = dates_test(THAT_EVENT=THAT_EVENT)


# A headline's "fail(s) to <verb>" ("Envoys fail to narrow gaps in cost talks Thursday"): the present of an outcome
# already told, no plan, so its infinitive does not point forward and the bare weekday is the last one. Found by a
# probe of Yonhap-style headlines. Controls: "to" after a plan; the past "failed to"; "are unable to" (a present state
# about a time ahead).
FAIL_TO = table(
    r"""
text | published | exact | start | end
Envoys fail to narrow gaps in cost talks Thursday | 2023-04-08 | Thursday | 2023-04-06 | 2023-04-06
Hanul, Oskel fail to reach deal Thursday | 2023-04-08 | Thursday | 2023-04-06 | 2023-04-06
# controls
Envoys to resume cost talks Thursday | 2023-04-08 | Thursday | 2023-04-13 | 2023-04-13
Envoys failed to narrow gaps in cost talks on Thursday. | 2023-04-08 | on Thursday | 2023-04-06 | 2023-04-06
The envoys are unable to meet on Thursday. | 2023-04-08 | on Thursday | 2023-04-13 | 2023-04-13
"""
)

test_dates42_fail_to = dates_test(FAIL_TO=FAIL_TO)


# The probe stories (tests/dates42_probes.py), labelled before the tool was run on them: every label is read with
# its range but the ones left (below, with the reason), and no span that is no date is read as one.
PROBE_LEFT = {
    # "The vote came a day after the ruling and opposition parties agreed ...": "the vote" is the ratification told
    # in the lead ("on Thursday"), two paragraphs back; no rule links an event noun to an earlier verb
    ("assembly", "a day after"),
}


def _probe_reading(name: str) -> tuple[str, list[tuple[int, int, str | None, str | None]]]:
    import dates42_probes as probes

    from analysis.article import parse_article
    from analysis.extract.dates import find_dates

    art = parse_article(probes.STORIES[name][0])
    got = [(s, e, v["start"], v["end"]) for s, e, _, v in find_dates(art.text, art.published, 0, len(art.text))]
    return art.text, got


@pytest.mark.parametrize("name", ["japan", "nato", "philippines", "tariff", "germany", "assembly", "budget", "round",
                                  "hns_talks", "trade_deal"])
def test_dates42_probe_stories(name: str) -> None:
    import dates42_probes as probes

    text, got = _probe_reading(name)
    wrong = []
    for exact, occurrence, start, end in probes.STORIES[name][1]:
        at = -1
        for _ in range(occurrence):
            at = text.find(exact, at + 1)
        read = any(s < at + len(exact) and at < e and (a, b) == (start, end) for s, e, a, b in got)
        if not read and (name, exact) not in PROBE_LEFT:
            wrong.append(exact)
    spans = [(text.find(x), text.find(x) + len(x), x) for x in probes.NOT_DATES[name]]
    false = [x for a, b, x in spans if any(s < b and a < e for s, e, *_ in got)]
    assert (wrong, false) == ([], [])


# A US law's name ("the National Defense Authorization Act for Fiscal Year 2020", "the ... Appropriations Act for
# fiscal 2021") names the government whose fiscal year it is: October to September, as "Congress", "Pentagon" do.
# Found by probing spans that are law names with a year. Controls: a Korean budget's fiscal year (the calendar year);
# "Congress" as before.
FISCAL_LAW = table(
    r"""
text | published | exact | start | end
The National Defense Authorization Act for Fiscal Year 2020 bars cuts to the force. | 2023-04-10 | Fiscal Year 2020 | 2019-10-01 | 2020-09-30
The Consolidated Appropriations Act for fiscal 2021 funds the base. | 2023-04-10 | fiscal 2021 | 2020-10-01 | 2021-09-30
# controls
Hanul's budget for fiscal 2021 funds the base, the Korean ministry said. | 2023-04-10 | fiscal 2021 | 2021-01-01 | 2021-12-31
Congress passed the bill for Fiscal Year 2020. | 2023-04-10 | Fiscal Year 2020 | 2019-10-01 | 2020-09-30
"""  # noqa: E501
)

test_dates42_fiscal_law = dates_test(FISCAL_LAW=FISCAL_LAW)


# A past verb of deciding dated right after it, then an infinitive ("agreed Monday to begin talks in April", "decided
# last week to raise spending in July", "agreed Monday to meet again on Thursday"): the act has its own date, so the
# one after the infinitive is the plan's, the first such time after the act. Found by the Japan host-nation probe
# (read as last April). Controls: no date on the verb (the design leaves "agreed to extend the deal on Monday" to the
# act); a verb of meeting with a purpose ("met Monday to discuss the plan in March"); a date in another clause after
# the infinitive ("agreed in June to reopen talks that had stalled since a summit in February", the seed's sentence).
DATED_ACT_THEN_PLAN = table(
    r"""
text | published | exact | start | end
Hanul and Oskel agreed Monday to begin formal negotiations in April. | 2026-02-17 | in April | 2026-04-01 | 2026-04-30
Hanul and Oskel agreed on Monday to begin formal negotiations in April. | 2026-02-17 | in April | 2026-04-01 | 2026-04-30
Hanul decided last week to raise defense spending in July. | 2026-02-17 | in July | 2026-07-01 | 2026-07-31
The envoys agreed Monday to meet again on Thursday. | 2026-02-17 | on Thursday | 2026-02-19 | 2026-02-19
# controls
Hanul and Oskel agreed to begin formal negotiations in April. | 2026-02-17 | in April | 2025-04-01 | 2025-04-30
The envoys met Monday to discuss the plan in March. | 2026-02-17 | in March | 2025-03-01 | 2025-03-31
The envoys agreed on Feb. 2 to meet again on March 3. | 2026-02-17 | on March 3 | 2026-03-03 | 2026-03-03
Bo Harlan and Vinter agreed in June to reopen talks that had stalled since a summit in February. | 2019-11-16 | in February | 2019-02-01 | 2019-02-28
"""  # noqa: E501
)

test_dates42_dated_act_then_plan = dates_test(DATED_ACT_THEN_PLAN=DATED_ACT_THEN_PLAN)


# A month after "to" that a verb of deferral governs ("the talks were delayed to March", "postponed to April",
# "pushed back to June"): the time the act moved it to, after the act, read as "postponed until April" is. Found by a
# probe of plans told in the past. Controls: "from January to March" (a span); "to" before a month in a comparison
# ("from 2 percent in January to 5 percent in March"); a past perfect (an earlier state).
DEFERRED_TO = table(
    r"""
text | published | exact | start | end
The talks, which had been slated for January, were delayed to March. | 2026-02-17 | March | 2026-03-01 | 2026-03-31
The talks were postponed to April. | 2026-02-17 | April | 2026-04-01 | 2026-04-30
The vote was pushed back to June. | 2026-02-17 | June | 2026-06-01 | 2026-06-30
# controls
The talks ran from January to March. | 2026-02-17 | from January to March | 2026-01-01 | 2026-03-31
Exports rose from 2 percent in January to 5 percent in March. | 2026-02-17 | in March | 2025-03-01 | 2025-03-31
The talks had been postponed to April before the deal collapsed. | 2026-02-17 | April | 2025-04-01 | 2025-04-30
"""
)

test_dates42_deferred_to = dates_test(DEFERRED_TO=DEFERRED_TO)


# A month after "the first/final/last/opening (few) days (weeks) of" ("announced in the final days of July"): the
# month, left unnarrowed as the forty-first batch's reader left "the final months" of a year, read by the tense as "in
# July" is; it was no date at all. Since the lead's decisions on date59's questions (README), "the final (last,
# closing) days of" a month is its late part (the 21st to the end). Found by a probe of month forms. Controls: "the
# end of July" (its last day); "the last days of his life" (no month).
DAYS_OF_MONTH = table(
    r"""
text | published | exact | start | end
The deal was announced in the final days of July. | 2025-11-01 | the final days of July | 2025-07-21 | 2025-07-31
The talks will resume in the first weeks of January. | 2025-11-01 | the first weeks of January | 2026-01-01 | 2026-01-31
The ministers met during the last few days of September. | 2025-11-01 | the last few days of September | 2025-09-21 | 2025-09-30
# controls
The deal was announced at the end of July. | 2025-11-01 | at the end of July | 2025-07-21 | 2025-07-31
"""  # noqa: E501
)
DAYS_OF_MONTH_NONE = table(
    r"""
text | published
He spent the last days of his life in Hanul. | 2025-11-01
"""
)

test_dates42_days_of_month = dates_test(DAYS_OF_MONTH=DAYS_OF_MONTH)


@pytest.mark.parametrize(("text", "pub"), [*AHEAD_OF_SCHEDULE_NONE, *EARLIER_THAN_NONE, *DAYS_OF_MONTH_NONE])
def test_dates42_no_date(text: str, pub: str) -> None:
    assert read_dates(text, pub) == []
