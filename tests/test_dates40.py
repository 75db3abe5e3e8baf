"""Dates of wire English (dates40, eleventh session).

1. A battery of the relative and absolute day forms of AP and Reuters copy, across tenses (past, "will", "is set to",
   "plans to", reported speech, a headline's present), with the range the corpus Conventions give
   (tests/corpus/README.md): bare and "on" weekdays, "Dec. 5" / "Dec 5" / "5 December" / "December 5th" / "the 5th",
   parts of periods (thirds of a month, of a year), counted spans, anchors on dated events, seasons and quarters,
   and controls that are no date. Invented sentences; each range is worked out by hand from the publication day.
2. Classes of news English the dev misses and the known-answer variations showed, each with rows and controls
   before its rule (see the tables below).
3. The known-answer variations of the dev corpus (tests/dates40_corpus.py): every dev date the tool resolves right,
   written in an equivalent form ("Dec. 5" ↔ "5 December", "on Tuesday" ↔ "Tuesday", a weekday ↔ its date, "in
   2019" ↔ "last year"), must keep its range; a ratchet (tests/dates40_floor.json) holds the count kept per kind,
   a floor that may only rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import dates_test, read_dates, table

# publication: Wednesday 11 December 2019 unless a row says otherwise
BATTERY = table(
    r"""
text | published | exact | start | end
# AP and Reuters weekdays, with and without "on", by the tense of their clause
The envoys met Tuesday in Seoul. | 2019-12-11 | Tuesday | 2019-12-10 | 2019-12-10
The envoys met on Tuesday in Seoul. | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
The ministry said Wednesday that talks would go on. | 2019-12-11 | Wednesday | 2019-12-11 | 2019-12-11
The envoys will meet Tuesday in Seoul. | 2019-12-11 | Tuesday | 2019-12-17 | 2019-12-17
The envoys are set to meet on Friday in Seoul. | 2019-12-11 | on Friday | 2019-12-13 | 2019-12-13
Kim plans to visit Washington on Monday. | 2019-12-11 | on Monday | 2019-12-16 | 2019-12-16
Trump says Tuesday Seoul must pay more | 2019-12-11 | Tuesday | 2019-12-10 | 2019-12-10
Esper heads to Seoul Friday for cost talks | 2019-12-11 | Friday | 2019-12-13 | 2019-12-13
Kim said Tuesday that the envoys had met on Monday. | 2019-12-11 | on Monday | 2019-12-09 | 2019-12-09
Kim said Tuesday that the envoys would meet on Monday. | 2019-12-11 | on Monday | 2019-12-16 | 2019-12-16
The envoys met last Thursday. | 2019-12-11 | last Thursday | 2019-12-05 | 2019-12-05
# month-days: AP's abbreviation, Reuters' bare abbreviation, the day first, an ordinal, the day of this month
The talks ended Dec. 5 in Honolulu. | 2019-12-11 | Dec. 5 | 2019-12-05 | 2019-12-05
The talks ended Dec 5 in Honolulu. | 2019-12-11 | Dec 5 | 2019-12-05 | 2019-12-05
The talks ended 5 December in Honolulu. | 2019-12-11 | 5 December | 2019-12-05 | 2019-12-05
The talks ended December 5th in Honolulu. | 2019-12-11 | December 5th | 2019-12-05 | 2019-12-05
The talks ended on the 5th, officials said. | 2019-12-11 | on the 5th | 2019-12-05 | 2019-12-05
Negotiators will meet again on the 17th, officials said. | 2019-12-11 | on the 17th | 2019-12-17 | 2019-12-17
The deal expired Sept. 30. | 2019-12-11 | Sept. 30 | 2019-09-30 | 2019-09-30
The talks will resume Jan. 14 in Washington. | 2019-12-11 | Jan. 14 | 2020-01-14 | 2020-01-14
Kim said the talks would resume on Jan. 14. | 2019-12-11 | on Jan. 14 | 2020-01-14 | 2020-01-14
The envoys met on 29 November 2019. | 2019-12-11 | on 29 November 2019 | 2019-11-29 | 2019-11-29
# parts of periods: thirds of a month, the week so far, weekends, a period's end or start
The envoys met earlier this week. | 2019-12-11 | earlier this week | 2019-12-09 | 2019-12-10
The envoys met late last month. | 2019-12-11 | late last month | 2019-11-21 | 2019-11-30
The envoys will meet in mid-December. | 2019-12-11 | in mid-December | 2019-12-11 | 2019-12-20
The envoys met in early December. | 2019-12-11 | in early December | 2019-12-01 | 2019-12-10
The talks are slated for later this month. | 2019-12-11 | later this month | 2019-12-12 | 2019-12-31
The envoys plan to meet early next year. | 2019-12-11 | early next year | 2020-01-01 | 2020-04-30
The deal is set to be signed by year's end. | 2019-12-11 | year's end | 2019-12-31 | 2019-12-31
The deal is set to be signed by the end of the year. | 2019-12-11 | the end of the year | 2019-12-31 | 2019-12-31
The envoys will meet at the start of next month. | 2019-12-11 | the start of next month | 2020-01-01 | 2020-01-01
The talks ended at the end of last month. | 2019-12-11 | the end of last month | 2019-11-30 | 2019-11-30
The envoys met this past weekend. | 2019-12-11 | this past weekend | 2019-12-07 | 2019-12-08
The envoys met over the weekend. | 2019-12-11 | over the weekend | 2019-12-07 | 2019-12-08
The envoys will meet over the weekend. | 2019-12-11 | over the weekend | 2019-12-14 | 2019-12-15
The envoys met over the weekend. | 2020-03-30 | over the weekend | 2020-03-28 | 2020-03-29
The envoys met last week. | 2024-11-10 | last week | 2024-11-04 | 2024-11-10
The envoys met last week. | 2024-11-11 | last week | 2024-11-04 | 2024-11-10
# counted spans: ago, later, the following day, within
The envoys met two weeks ago. | 2019-12-11 | two weeks ago | 2019-11-25 | 2019-12-01
The talks began three months ago. | 2019-12-11 | three months ago | 2019-09-01 | 2019-09-30
The envoys met in Seoul on Dec. 3. The following day, they met again. | 2019-12-11 | The following day | 2019-12-04 | 2019-12-04
The envoys met in Seoul on Dec. 3. Two weeks later, they met again. | 2019-12-11 | Two weeks later | 2019-12-17 | 2019-12-17
The deal is expected within two weeks. | 2019-12-11 | within two weeks | 2019-12-11 | 2019-12-25
# anchors on dated events: a count of one is the event's own date, a count over one the day it comes to
The envoys met a day after the talks on Dec. 3. | 2019-12-11 | a day after | 2019-12-03 | 2019-12-03
Kim met the envoy three days before his visit on Nov. 15. | 2019-12-11 | three days before | 2019-11-12 | 2019-11-12
Kim met the envoy days before his visit on Nov. 15. | 2019-12-11 | on Nov. 15 | 2019-11-15 | 2019-11-15
# seasons and quarters
The talks will resume in the spring. | 2019-12-11 | in the spring | 2020-03-01 | 2020-05-31
The talks resumed last spring. | 2019-12-11 | last spring | 2019-03-01 | 2019-05-31
The deal was signed in the second quarter of 2019. | 2019-12-11 | the second quarter of 2019 | 2019-04-01 | 2019-06-30
Exports fell in the third quarter. | 2019-12-11 | the third quarter | 2019-07-01 | 2019-09-30
The envoys met in the second half of 2018. | 2019-12-11 | the second half of 2018 | 2018-07-01 | 2018-12-31
# years and months, absolute and relative, across the turn of a year
The talks began last year. | 2020-03-30 | last year | 2019-01-01 | 2019-12-31
The talks began in 2019. | 2020-03-30 | in 2019 | 2019-01-01 | 2019-12-31
The envoys met in November. | 2019-12-11 | in November | 2019-11-01 | 2019-11-30
The envoys will meet in January. | 2019-12-11 | in January | 2020-01-01 | 2020-01-31
Kim said last week that the talks would end next month. | 2019-12-11 | next month | 2020-01-01 | 2020-01-31
The talks resumed in March last year. | 2020-03-30 | in March last year | 2019-03-01 | 2019-03-31
"""  # noqa: E501
)

test_dates40_battery = dates_test(*BATTERY)

# controls: forms of wire English that are no date (a count with no number, a modal, a paper's title, a unit)
NO_DATE = table(
    r"""
text | published
The deal is expected within days. | 2019-12-11
The envoys will meet in the coming days. | 2019-12-11
Seoul may pay more, the envoy said. | 2019-12-11
The Sunday Times reported the demand. | 2019-12-11
Troops of the 1st Cavalry Division left. | 2019-12-11
"""
)


@pytest.mark.parametrize(("text", "pub"), NO_DATE)
def test_dates40_no_date(text: str, pub: str) -> None:
    assert read_dates(text, pub) == []


FLOOR = Path(__file__).with_name("dates40_floor.json")


def test_dev_date_variations_keep_their_floor() -> None:
    """Every known-answer variation of the dev dates (tests/dates40_corpus.py) keeps its range, at least as many of
    each kind as the floor records (a floor that may only rise)."""
    import dates40_corpus as dc

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    got = dc.totals(dc.run())
    for kind, (right, total) in got.items():
        assert right >= floor[kind], (kind, right, total, [o.case.id for o in dc.run() if not o.ok][:10])


# A month-day with no year in a clause told in the past, published late in a year about a day early in it: the day
# of publication's year, not the next year's (the nearest reading jumped a year ahead for a day over 300 days back).
# Found by the battery ("The deal took effect on Jan. 1" told in December). Controls: the future and a clause with no
# tense word keep the day ahead; a past clause about a day a few weeks on keeps it (a misread tense is likelier).
PAST_DAY_EARLY_IN_YEAR = table(
    r"""
text | published | exact | start | end
The deal took effect on Jan. 1. | 2019-12-11 | on Jan. 1 | 2019-01-01 | 2019-01-01
Envoy Parl Vinter met his counterpart in Seoul on Jan. 14, officials said. | 2019-12-11 | on Jan. 14 | 2019-01-14 | 2019-01-14
The two sides signed the accord Feb. 10 after months of talks. | 2019-12-20 | Feb. 10 | 2019-02-10 | 2019-02-10
The previous deal expired Jan. 5. | 2024-11-20 | Jan. 5 | 2024-01-05 | 2024-01-05
Talks have stalled since Jan. 9, when the envoys last met. | 2020-12-01 | Jan. 9 | 2020-01-09 | 2020-01-09
The envoys met on Jan. 14 and 15 in Hanul. | 2019-12-11 | on Jan. 14 and 15 | 2019-01-14 | 2019-01-15
# controls
Envoy Parl Vinter will meet his counterpart on Jan. 14. | 2019-12-11 | on Jan. 14 | 2020-01-14 | 2020-01-14
Workers face unpaid leave on Jan. 14. | 2019-12-11 | on Jan. 14 | 2020-01-14 | 2020-01-14
Workers were told they would be furloughed on Jan. 14. | 2019-12-11 | on Jan. 14 | 2020-01-14 | 2020-01-14
The talks ended on Dec. 20, 2019. | 2019-12-11 | on Dec. 20, 2019 | 2019-12-20 | 2019-12-20
Envoy Parl Vinter met his counterpart on Nov. 5. | 2019-12-11 | on Nov. 5 | 2019-11-05 | 2019-11-05
"""  # noqa: E501
)

test_dates40_classes = dates_test(PAST_DAY_EARLY_IN_YEAR=PAST_DAY_EARLY_IN_YEAR)


# A holder's term named by a possessive after a noun and "of" ("the policies of President Biden's term"): the term, as
# "in Biden's term" is (the Conventions' presidential term). Found by a dev miss. Controls: a part of the term ("the
# end of Biden's term") is no whole term; a term sheet is no term of office; "during" keeps its reading.
TERM_AFTER_OF = table(
    r"""
text | published | exact | start | end
Seoul expects a shift from the policies of President Biden's term. | 2024-11-08 | President Biden's term | 2021-01-20 | 2025-01-20
The diplomacy of Trump's first term unsettled Seoul. | 2025-03-02 | Trump's first term | 2017-01-20 | 2021-01-20
Officials recalled the turmoil of Trump’s presidency, the envoy said. | 2022-05-02 | Trump’s presidency | 2017-01-20 | 2021-01-20
# controls
The deal came during Biden's term. | 2024-11-08 | during Biden's term | 2021-01-20 | 2025-01-20
"""  # noqa: E501
)
TERM_AFTER_OF_NONE = table(
    r"""
text | published
The end of Biden's term is near. | 2024-11-08
A copy of Biden's term sheet leaked. | 2024-11-08
Biden's term was short, an aide said. | 2024-11-08
"""
)

test_dates40_term_after_of = dates_test(TERM_AFTER_OF=TERM_AFTER_OF)


@pytest.mark.parametrize(("text", "pub"), TERM_AFTER_OF_NONE)
def test_dates40_term_after_of_none(text: str, pub: str) -> None:
    assert read_dates(text, pub) == []


# A count of days or weeks told as nearly reached ("nearly two weeks from now", "almost six weeks after X"): the day
# before the day it comes to (toward the event), as the corpus reads it. Found by two dev misses. Controls: the count
# alone; a count of months (too wide for a day less); a count of one; a rough count that is no "nearly" ("less than",
# "about") keeps the main clause's time.
NEARLY_A_COUNT = table(
    r"""
text | published | exact | start | end
Envoy Parl Vinter visits Hanul nearly two weeks from now. | 2025-08-12 | two weeks from now | 2025-08-25 | 2025-08-25
Envoy Parl Vinter visits Hanul almost 10 days from now. | 2025-08-12 | 10 days from now | 2025-08-21 | 2025-08-21
The pact was signed almost three weeks after the talks on June 1. | 2025-08-12 | three weeks after | 2025-06-21 | 2025-06-21
The pact was signed nearly six weeks after the talks began on June 1. | 2025-08-12 | six weeks after | 2025-07-12 | 2025-07-12
The envoys met almost two weeks before the vote on June 20. | 2025-08-12 | two weeks before | 2025-06-07 | 2025-06-07
# controls
Envoy Parl Vinter visits Hanul two weeks from now. | 2025-08-12 | two weeks from now | 2025-08-26 | 2025-08-26
Envoy Parl Vinter visits Hanul nearly two months from now. | 2025-08-12 | two months from now | 2025-10-01 | 2025-10-31
The pact was signed three weeks after the talks on June 1. | 2025-08-12 | three weeks after | 2025-06-22 | 2025-06-22
The pact was signed less than three weeks after the talks on June 1. | 2025-08-12 | three weeks after | None | None
The round comes less than two months after the sides named envoys in early March. | 2024-04-22 | two months after | 2024-04-22 | 2024-04-22
"""  # noqa: E501
)

# A count from the end of a cost-sharing agreement's term ("six weeks after the previous five-year accord expired",
# "a month after the expiration of the agreement", "two months after the current deal expires"): 31 December of the
# term's last year (data/sma_contributions.csv), the latest ended by publication (the next, for "expires"), moved by
# a count over one. Found by a dev miss ("almost six weeks after the previous five-year accord expired" was
# unresolved). Controls: a date the text gives itself is read as before; a deal of another kind stays unresolved.
COUNT_FROM_EXPIRY = table(
    r"""
text | published | exact | start | end
The contract was inked six weeks after the previous accord expired. | 2019-02-13 | six weeks after the previous accord expired | 2019-02-11 | 2019-02-11
The contract was inked almost six weeks after the previous five-year accord expired. | 2019-02-13 | six weeks after the previous five-year accord expired | 2019-02-10 | 2019-02-10
Nearly a month after the expiration of the agreement, talks resumed in Hanul. | 2020-01-31 | a month after the expiration of the agreement | 2019-12-31 | 2019-12-31
Nearly a month after the expiration of the agreement, talks resumed in Hanul. | 2019-02-13 | a month after the expiration of the agreement | 2018-12-31 | 2018-12-31
Workers will be furloughed two months after the current deal expires. | 2019-02-13 | two months after the current deal expires | 2020-02-29 | 2020-02-29
The envoys met a day after the cost-sharing deal lapsed, officials said. | 2026-02-02 | a day after the cost-sharing deal lapsed | 2025-12-31 | 2025-12-31
# controls
The contract was inked six weeks after the deal expired on Dec. 31. | 2019-02-13 | six weeks after | 2019-02-11 | 2019-02-11
The contract was inked six weeks after the deal expired on Dec. 31. | 2019-02-13 | on Dec. 31 | 2018-12-31 | 2018-12-31
The trade talks resumed a week after the trade deal expired. | 2019-02-13 | a week after | None | None
"""  # noqa: E501
)

test_dates40_counts = dates_test(NEARLY_A_COUNT=NEARLY_A_COUNT, COUNT_FROM_EXPIRY=COUNT_FROM_EXPIRY)


# (the count from an agreement's end, continued) the agreement running at publication when the text says "current"
# or "expires"; a rough count over one that is no "nearly" ("more than three months after") is the main clause's time
COUNT_FROM_EXPIRY_MORE = table(
    r"""
text | published | exact | start | end
It is unusual to begin talks two years before the expiration of the current agreement. | 2024-02-29 | two years before the expiration of the current agreement | 2023-12-31 | 2023-12-31
The assembly ratified the deal on Friday, more than three months after the previous pact expired. | 2019-04-05 | three months after | 2019-04-05 | 2019-04-05
"""  # noqa: E501
)

test_dates40_counts_more = dates_test(COUNT_FROM_EXPIRY_MORE=COUNT_FROM_EXPIRY_MORE)

COUNT_FROM_EXPIRY_TENSE = table(
    r"""
text | published | exact | start | end
Nearly a month after the expiration of the agreement, there is growing frustration among workers. | 2020-01-31 | a month after the expiration of the agreement | 2019-12-31 | 2019-12-31
Talks will resume a month after the expiration of the agreement. | 2019-02-13 | a month after the expiration of the agreement | 2019-12-31 | 2019-12-31
"""  # noqa: E501
)

test_dates40_counts_tense = dates_test(COUNT_FROM_EXPIRY_TENSE=COUNT_FROM_EXPIRY_TENSE)


# "The end of the year" (month; no "this") in a clause told in the past whose end lies after publication: the end of
# the last one before (a past verb cannot tell a time still ahead). Found by a dev miss ("The Pentagon came up with
# broad ideas by the end of the year", told in July). Controls: a plan or promise told in the past ("agreed to
# finish by the end of the year"), the future, "this year", and an end already past keep their reading. "At the end of
# the month" as the time a thing happened is the month's last third (README, twenty-first session; fresh69).
END_TOLD_PAST = table(
    r"""
text | published | exact | start | end
The ministry drew up broad options by the end of the year, the paper said. | 2020-07-19 | the end of the year | 2019-12-31 | 2019-12-31
The deal was signed at the end of the year. | 2020-07-19 | the end of the year | 2019-12-31 | 2019-12-31
The envoys met again at the end of the month. | 2020-07-19 | the end of the month | 2020-06-21 | 2020-06-30
# controls
The two sides agreed to conclude the talks by the end of the year. | 2020-07-19 | the end of the year | 2020-12-31 | 2020-12-31
The two sides vowed to reach a deal by the end of the year. | 2020-07-19 | the end of the year | 2020-12-31 | 2020-12-31
Seoul hoped to sign the deal by the end of the year. | 2020-07-19 | the end of the year | 2020-12-31 | 2020-12-31
The ministry will draw up options by the end of the year. | 2020-07-19 | the end of the year | 2020-12-31 | 2020-12-31
The ministry said it would draw up options by the end of the year. | 2020-07-19 | the end of the year | 2020-12-31 | 2020-12-31
"""  # noqa: E501
)

test_dates40_end_told_past = dates_test(END_TOLD_PAST=END_TOLD_PAST)

END_TOLD_PAST_LATE = table(
    r"""
text | published | exact | start | end
Exports slowed toward the end of the month, the ministry said. | 2021-08-30 | the end of the month | 2021-08-31 | 2021-08-31
"It is crucial that we concluded talks before the end of the year," the envoy said. | 2019-07-16 | the end of the year | 2019-12-31 | 2019-12-31
The deal was signed at the end of the year, officials said. | 2019-11-16 | the end of the year | 2019-12-31 | 2019-12-31
"""  # noqa: E501
)

test_dates40_end_told_past_late = dates_test(END_TOLD_PAST_LATE=END_TOLD_PAST_LATE)


# A past weekday marked with an East Asian time zone ("early Thursday Seoul time", "on Friday (KST)"), told on the day
# before: the day after publication, the day it already is there (as under an East Asian dateline). Found by the
# battery. Controls: no zone; a zone and the day of publication; the future keeps its reading.
EAST_ASIA_TIME = table(
    r"""
text | published | exact | start | end
Minister Jeon Harim spoke early Thursday Seoul time. | 2019-12-11 | early Thursday | 2019-12-12 | 2019-12-12
Minister Jeon Harim spoke on Thursday (KST), aides said. | 2019-12-11 | on Thursday | 2019-12-12 | 2019-12-12
Minister Jeon Harim spoke Thursday, Korea time, before leaving. | 2019-12-11 | Thursday | 2019-12-12 | 2019-12-12
# controls
Minister Jeon Harim spoke Thursday in Hanul. | 2019-12-11 | Thursday | 2019-12-05 | 2019-12-05
Minister Jeon Harim spoke on Wednesday (Korea time). | 2019-12-11 | on Wednesday | 2019-12-11 | 2019-12-11
Minister Jeon Harim spoke on Tuesday (Korea time). | 2019-12-11 | on Tuesday | 2019-12-10 | 2019-12-10
Minister Jeon Harim will speak on Thursday (Korea time). | 2019-12-11 | on Thursday | 2019-12-12 | 2019-12-12
"""
)

test_dates40_east_asia_time = dates_test(EAST_ASIA_TIME=EAST_ASIA_TIME)


# "On the verge of" / "on the brink of" after a present "be": what is on the verge is ahead ("workers are on the
# verge of being furloughed on Wednesday", told on Monday: that Wednesday). Found by the known-answer variations (a
# dev "Apr. 1" read right, its weekday read as past). Controls: the past "be"; no "be"; a month-day already right.
ON_THE_VERGE = table(
    r"""
text | published | exact | start | end
Four thousand workers are on the verge of being put on unpaid leave, on Wednesday, officials said. | 2020-03-30 | on Wednesday | 2020-04-01 | 2020-04-01
The talks are on the brink of collapse before the deadline on Friday. | 2020-03-30 | on Friday | 2020-04-03 | 2020-04-03
# controls
The talks were on the brink of collapse on Friday. | 2020-03-30 | on Friday | 2020-03-27 | 2020-03-27
Four thousand workers are on the verge of being put on unpaid leave on April 1. | 2020-03-30 | on April 1 | 2020-04-01 | 2020-04-01
"""  # noqa: E501
)

test_dates40_on_the_verge = dates_test(ON_THE_VERGE=ON_THE_VERGE)


# "Last" before a past verb is the adverb ("the two sides last met", "last reached"), not the verb "last" of a plural
# subject ("the talks last three days": a schedule, ahead). Found by the known-answer variations: a dev "... last
# reached an agreement in February" read right, its date fronted ("In February, the two sides last reached ...") read
# as next February. Controls: the verb "last" keeps pointing ahead; the date at the end as before.
LAST_BEFORE_A_PAST_VERB = table(
    r"""
text | published | exact | start | end
In February, the two sides last reached an agreement. | 2019-12-03 | In February | 2019-02-01 | 2019-02-28
In March, envoys of the allies last met in Hanul. | 2019-12-03 | In March | 2019-03-01 | 2019-03-31
# controls
The two sides last reached an agreement in February. | 2019-12-03 | in February | 2019-02-01 | 2019-02-28
In March, the talks last three days. | 2019-12-03 | In March | 2020-03-01 | 2020-03-31
"""
)

test_dates40_last_before_a_past_verb = dates_test(LAST_BEFORE_A_PAST_VERB=LAST_BEFORE_A_PAST_VERB)


# A photo caption (a paragraph closed by a credit in capitals in brackets: "[AFP/YONHAP]", "[JOINT PRESS CORPS]")
# tells when the photo was taken, in the present tense: a bare weekday in it is past. Found by the known-answer
# variations (a dev caption's "on April 9" read right, its weekday read as next week's). Controls: the same sentence
# with no credit (a present plan: ahead); a credit in a later paragraph; the future tense with a credit.
CAPTION = table(
    r"""
text | published | exact | start | end
President Bo Harlan prepares to sign an order in the Oval Office on Wednesday. [AFP/YONHAP] | 2025-04-10 | on Wednesday | 2025-04-09 | 2025-04-09
Minister Jeon Harim meets envoy Parl Vinter in Hanul on Tuesday. [JOINT PRESS CORPS] | 2025-04-10 | on Tuesday | 2025-04-08 | 2025-04-08
Minister Jeon Harim meets envoy Parl Vinter in Hanul, Tuesday. [MINISTRY OF FOREIGN AFFAIRS] | 2025-04-10 | Tuesday | 2025-04-08 | 2025-04-08
# controls
Minister Jeon Harim meets envoy Parl Vinter in Hanul on Tuesday. | 2025-04-10 | on Tuesday | 2025-04-15 | 2025-04-15
Minister Jeon Harim meets envoy Parl Vinter in Hanul on Tuesday.\n\nThe talks ended. [YONHAP] | 2025-04-10 | on Tuesday | 2025-04-15 | 2025-04-15
Minister Jeon Harim will meet envoy Parl Vinter on Tuesday, aides said [YONHAP] | 2025-04-10 | on Tuesday | 2025-04-15 | 2025-04-15
"""  # noqa: E501
)

test_dates40_caption = dates_test(CAPTION=CAPTION)


# Classes of the fortieth batch's dev misses (forms no rule was written from), each with controls:
# - a reduced "due to <verb>" ("struck in February and due to expire on Dec. 31"): a schedule, ahead; "due to" before
#   a noun is a cause ("delayed due to the storm on Dec. 31"), read by the tense as before;
# - "during his time in office" (a presidential term, as "during his tenure"); "when former President Trump was in
#   office" (a served term with its holder named, as "when he was in office");
# - a present "be" and a state running to a day ("the convention is underway through Thursday"): that day ahead;
# - a holder's leaving office after a word of time ("before he has to vacate the White House", "before he leaves
#   office"): the last day of the term running at publication; "after Trump left office": the last one ended;
# - "for the next year" with no date before it in its paragraph ("a rise in defense funding for the next year"): the
#   year after publication's, as "next year".
BATCH40 = table(
    r"""
text | published | exact | start | end
Under this year's deal, struck in February and due to expire on Dec. 31, Hanul agreed to pay more. | 2019-09-23 | on Dec. 31 | 2019-12-31 | 2019-12-31
Trump said that when he first asked for $5 billion during his time in office, Seoul balked. | 2024-10-16 | during his time in office | 2017-01-20 | 2021-01-20
When former President Trump was in office, he demanded $5 billion from Seoul. | 2024-10-16 | When former President Trump was in office | 2017-01-20 | 2021-01-20
While Joe Biden was president, Seoul paid more. | 2025-07-09 | While Joe Biden was president | 2021-01-20 | 2025-01-20
Envoy Parl Vinter spoke in Milwaukee, where the party convention is underway through Thursday. | 2024-07-17 | Thursday | 2024-07-18 | 2024-07-18
In the weeks before he has to vacate the White House, Trump could order troops home. | 2020-12-01 | before he has to vacate the White House | 2021-01-20 | 2021-01-20
Trump could pull troops before he leaves office, analysts said. | 2020-12-01 | before he leaves office | 2021-01-20 | 2021-01-20
Seoul paid more after Trump left office. | 2024-10-17 | after Trump left office | 2021-01-20 | 2021-01-20
President Jeon Harim urged lawmakers to approve an 8.2% rise in defense funding for the next year. | 2025-11-04 | the next year | 2026-01-01 | 2026-12-31
# controls
The flight was delayed due to the storm on Dec. 31. | 2019-09-23 | on Dec. 31 | 2018-12-31 | 2018-12-31
The party convention was underway through Thursday. | 2024-07-17 | Thursday | 2024-07-11 | 2024-07-11
In 2019, Seoul paid more. It set funding for the next year. | 2025-11-04 | the next year | 2020-01-01 | 2020-12-31
The envoy said Seoul would pay less the next year. | 2025-11-04 | the next year | None | None
"""  # noqa: E501
)
BATCH40_NONE = table(
    r"""
text | published
Bo Harlan said that when he first asked for $5 billion during his time in office, Seoul balked. | 2024-10-16
His time in office was short, an aide said. | 2024-10-16
When Minister Jeon was in office, talks stalled. | 2024-10-16
Seoul paid more after Trump left office. | 2020-12-01
He left the White House on Friday for talks. | 2020-12-01
"""
)

test_dates40_batch40 = dates_test(BATCH40=BATCH40)


@pytest.mark.parametrize(("text", "pub"), BATCH40_NONE)
def test_dates40_batch40_none(text: str, pub: str) -> None:
    assert [d for d in read_dates(text, pub) if "office" in d[0] or "White House" in d[0]] == []

# "the following year" after a term of office (a span of years that is no run of whole years) names no one year;
# after a run of whole years ("from 2014 to 2018") it is read as before
AFTER_A_TERM = table(
    r"""
text | published | exact | start | end
Trump said he asked for $5 billion during his time in office and asked again the following year. | 2024-10-16 | the following year | None | None
Seoul paid more from 2014 to 2018 and less the following year. | 2024-10-16 | the following year | 2019-01-01 | 2019-12-31
"""  # noqa: E501
)

test_dates40_after_a_term = dates_test(AFTER_A_TERM=AFTER_A_TERM)


# Two tense forms the weekday variations found (a dev "April 1" read right, its weekday "Wednesday" read as last
# week's): an act an infinitive of prevention means to stop ("in an effort to keep workers from being furloughed on
# Wednesday") is ahead; a modal of obligation ("would have to furlough ... on Wednesday") is ahead, as "would" is, not
# the past of "would have furloughed". Controls: a prevention told as done; "would have" with a participle.
PREVENTED_AND_OBLIGED = table(
    r"""
text | published | exact | start | end
The ministers headed to the White House in an effort to keep thousands of workers who serve the base from being furloughed on Wednesday. | 2020-03-31 | on Wednesday | 2020-04-01 | 2020-04-01
The command announced it would have to furlough about 9,000 workers on Wednesday. | 2020-03-31 | on Wednesday | 2020-04-01 | 2020-04-01
Hanul may have to pay more in June. | 2020-03-31 | in June | 2020-06-01 | 2020-06-30
# controls
Workers were spared from being furloughed on Wednesday. | 2020-03-31 | on Wednesday | 2020-03-25 | 2020-03-25
The command said it would have furloughed workers on Wednesday had talks failed. | 2020-03-31 | on Wednesday | 2020-03-25 | 2020-03-25
"""  # noqa: E501
)

test_dates40_prevented_and_obliged = dates_test(PREVENTED_AND_OBLIGED=PREVENTED_AND_OBLIGED)


# A present progressive passive ("they're being placed on unpaid leave as of Wednesday", "the talks are being held on
# Friday"): an arrangement under way, its date ahead, as the active "are meeting on Friday" is. Found by the weekday
# variations (a dev "as of Apr. 1" read right, its weekday read as last week's). Controls: the past progressive; a
# date after "since".
PROGRESSIVE_PASSIVE = table(
    r"""
text | published | exact | start | end
On Mar. 25, the command began sending notices that they're being placed on unpaid leave as of Wednesday. | 2020-03-26 | Wednesday | 2020-04-01 | 2020-04-01
The talks are being held in Hanul on Friday. | 2020-03-26 | on Friday | 2020-03-27 | 2020-03-27
# controls
The talks were being held in Hanul on Friday. | 2020-03-26 | on Friday | 2020-03-20 | 2020-03-20
The deal is being reviewed since Monday. | 2020-03-26 | Monday | 2020-03-23 | 2020-03-23
"""  # noqa: E501
)

test_dates40_progressive_passive = dates_test(PROGRESSIVE_PASSIVE=PROGRESSIVE_PASSIVE)
