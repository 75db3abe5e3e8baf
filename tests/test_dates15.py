"""Dates of news English as a whole (dates15, eighth session): a probe battery written from wire and newspaper copy
in general, not from the corpus's misses. One class a table, one case a row: the text, the publication day, a
date's exact words, then the inclusive range a careful reader gives (tests/corpus/README.md, "Conventions"). Most
rows are published on Wednesday 13 November 2019 (its week: Monday 11 to Sunday 17 November). Invented sentences,
names and figures."""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_dates, run_rows, table

WED = "2019-11-13"

# A bare weekday: past verb -> the last such day on or before publication; future (will, is due to, is set to,
# is expected to, would after a past report) -> the first on or after; "last"/"next" strictly before/after.
WEEKDAY = table(
    r"""
text | published | exact | start | end
The minister said on Tuesday that talks would resume. | 2019-11-13 | on Tuesday | 2019-11-12 | 2019-11-12
The two sides will meet on Thursday in Seoul. | 2019-11-13 | on Thursday | 2019-11-14 | 2019-11-14
The envoy is due to arrive Friday. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
The negotiators met last Friday in Hawaii. | 2019-11-13 | last Friday | 2019-11-08 | 2019-11-08
Negotiators will meet again next Tuesday. | 2019-11-13 | next Tuesday | 2019-11-19 | 2019-11-19
Kim told reporters Monday the gap remained wide. | 2019-11-13 | Monday | 2019-11-11 | 2019-11-11
The talks ended Sunday without a deal. | 2019-11-13 | Sunday | 2019-11-10 | 2019-11-10
A vote is scheduled for Monday. | 2019-11-13 | Monday | 2019-11-18 | 2019-11-18
The delegation left on Saturday and is expected to return on Monday. | 2019-11-13 | on Saturday | 2019-11-09 | 2019-11-09
The delegation left on Saturday and is expected to return on Monday. | 2019-11-13 | on Monday | 2019-11-18 | 2019-11-18
He said the two sides would meet again on Friday. | 2019-11-13 | on Friday | 2019-11-15 | 2019-11-15
Officials said Tuesday they would resume talks Thursday. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
Officials said Tuesday they would resume talks Thursday. | 2019-11-13 | Thursday | 2019-11-14 | 2019-11-14
The talks, which began Monday, are set to end on Friday. | 2019-11-13 | Monday | 2019-11-11 | 2019-11-11
The talks, which began Monday, are set to end on Friday. | 2019-11-13 | on Friday | 2019-11-15 | 2019-11-15
On Sunday, hundreds of protesters rallied outside the embassy. | 2019-11-13 | On Sunday | 2019-11-10 | 2019-11-10
The ministry plans to release the figures on Saturday. | 2019-11-13 | on Saturday | 2019-11-16 | 2019-11-16
The defense chiefs are to hold talks Friday in Seoul. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
Esper arrived in Seoul on Thursday for a two-day visit. | 2019-11-13 | on Thursday | 2019-11-07 | 2019-11-07
Lawmakers are scheduled to vote on the bill Thursday. | 2019-11-13 | Thursday | 2019-11-14 | 2019-11-14
The agency reported on Friday that exports fell. | 2019-11-13 | on Friday | 2019-11-08 | 2019-11-08
The president will travel to Tokyo on Sunday. | 2019-11-13 | on Sunday | 2019-11-17 | 2019-11-17
Talks that had been set for Monday were postponed. | 2019-11-13 | Monday | 2019-11-11 | 2019-11-11
"""  # noqa: E501
)

# The present of a trip or meeting after its subject, the present progressive, or "is" right before the day: a plan
# (the first such day on or after publication); controls: a noun in -s, the past progressive, an ongoing present
# whose own date is told by a past verb.
PRESENT_PLAN = table(
    r"""
text | published | exact | start | end
The president heads to Tokyo on Sunday. | 2019-11-13 | on Sunday | 2019-11-17 | 2019-11-17
Lee leaves for Washington on Saturday. | 2019-11-13 | on Saturday | 2019-11-16 | 2019-11-16
The ministry holds a briefing Friday. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
The two leaders meet in Osaka on Saturday. | 2019-11-13 | on Saturday | 2019-11-16 | 2019-11-16
The envoy flies to Washington on Sunday for talks. | 2019-11-13 | on Sunday | 2019-11-17 | 2019-11-17
The drills last until Sunday. | 2019-11-13 | Sunday | 2019-11-17 | 2019-11-17
Talks continue through Friday. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
The two sides are meeting on Friday. | 2019-11-13 | on Friday | 2019-11-15 | 2019-11-15
The minister is visiting Seoul through Friday. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
The summit is on Friday. | 2019-11-13 | on Friday | 2019-11-15 | 2019-11-15
The deadline is Friday. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
The sides meet again Friday, officials said. | 2019-11-13 | Friday | 2019-11-15 | 2019-11-15
Seoul hosts the next round in December. | 2019-11-13 | in December | 2019-12-01 | 2019-12-31
# controls
His visits on Monday and Tuesday were brief. | 2019-11-13 | on Monday and Tuesday | 2019-11-11 | 2019-11-12
Officials were meeting on Friday when the news broke. | 2019-11-13 | on Friday | 2019-11-08 | 2019-11-08
Prosecutors are investigating a fire that broke out on Sunday. | 2019-11-13 | on Sunday | 2019-11-10 | 2019-11-10
The talks on Friday ended without a deal. | 2019-11-13 | on Friday | 2019-11-08 | 2019-11-08
The envoy, who met Lee on Monday, leaves Seoul today. | 2019-11-13 | on Monday | 2019-11-11 | 2019-11-11
Kim said on Monday that the allies meet often. | 2019-11-13 | on Monday | 2019-11-11 | 2019-11-11
"""
)

# "this/last/next week/month/year", "earlier/later this ...", "the past year/decade": periods of publication.
PERIOD = table(
    r"""
text | published | exact | start | end
Talks resumed last week in Washington. | 2019-11-13 | last week | 2019-11-04 | 2019-11-10
The sides will meet again next week. | 2019-11-13 | next week | 2019-11-18 | 2019-11-24
The envoy visits Seoul this week. | 2019-11-13 | this week | 2019-11-11 | 2019-11-17
Exports fell 14 percent last month. | 2019-11-13 | last month | 2019-10-01 | 2019-10-31
A deal is expected next month. | 2019-11-13 | next month | 2019-12-01 | 2019-12-31
Costs rose sharply this month. | 2019-11-13 | this month | 2019-11-01 | 2019-11-30
Seoul paid 960 billion won last year. | 2019-11-13 | last year | 2018-01-01 | 2018-12-31
The current deal expires this year. | 2019-11-13 | this year | 2019-01-01 | 2019-12-31
Talks will continue next year. | 2019-11-13 | next year | 2020-01-01 | 2020-12-31
The two sides agreed earlier this year to a one-year deal. | 2019-11-13 | earlier this year | 2019-01-01 | 2019-11-12
The negotiators will meet again later this month. | 2019-11-13 | later this month | 2019-11-14 | 2019-11-30
A new round is expected later this year. | 2019-11-13 | later this year | 2019-11-14 | 2019-12-31
The envoy met his counterpart earlier this month. | 2019-11-13 | earlier this month | 2019-11-01 | 2019-11-12
Costs have doubled over the past decade. | 2019-11-13 | the past decade | 2009-11-14 | 2019-11-13
Prices rose 3 percent over the past year. | 2019-11-13 | the past year | 2018-11-14 | 2019-11-13
The deal was signed late last year. | 2019-11-13 | late last year | 2018-09-01 | 2018-12-31
Talks will resume early next year. | 2019-11-13 | early next year | 2020-01-01 | 2020-04-30
# "the last decade", "over the last year": the span up to publication, as "the past ..."; controls after
Seoul's share rose in the last decade. | 2019-11-13 | the last decade | 2009-11-14 | 2019-11-13
Costs rose 4 percent over the last year. | 2019-11-13 | the last year | 2018-11-14 | 2019-11-13
# (dates48: a month back from 13 Nov is 13 Oct, from the day after: the README rolling-span Convention; was 30 days)
Talks have dragged on throughout the last month. | 2019-11-13 | the last month | 2019-10-14 | 2019-11-13
Costs rose last decade. | 2019-11-13 | last decade | 2000-01-01 | 2009-12-31
Seoul froze the amount for the last year. | 2021-03-10 | the last year | 2020-01-01 | 2020-12-31
"""
)

# A period or day counted from a date told before it in the paragraph, or from an event the sentence dates.
ANCHORED = table(
    r"""
text | published | exact | start | end
The talks began on Nov. 5. The two sides met again the following week. | 2019-11-13 | the following week | 2019-11-11 | 2019-11-17
Seoul signed the deal on March 8, 2019, and parliament approved it the same day. | 2019-11-13 | the same day | 2019-03-08 | 2019-03-08
The ministry announced the plan on Oct. 2. The day before, the envoy had left Seoul. | 2019-11-13 | The day before | 2019-10-01 | 2019-10-01
Seoul paid 1.04 trillion won in 2019, up 8.2 percent from a year earlier. | 2019-11-13 | a year earlier | 2018-01-01 | 2018-12-31
Seoul paid more in 2018 than in the previous year. | 2019-11-13 | the previous year | 2017-01-01 | 2017-12-31
Talks stalled in 2018, and the following year a deal was signed. | 2019-11-13 | the following year | 2019-01-01 | 2019-12-31
Talks broke down in March 2019 and resumed two months later. | 2019-11-13 | two months later | 2019-05-01 | 2019-05-31
Two days after the Nov. 5 election, the premier called the president. | 2019-11-13 | Two days after | 2019-11-07 | 2019-11-07
In 2017, Seoul paid 950 billion won; the previous year it paid 940 billion won. | 2019-11-13 | the previous year | 2016-01-01 | 2016-12-31
# a count of months from a whole month is a whole month
The first round was held in September 2019. A second followed a month later. | 2019-11-13 | a month later | 2019-10-01 | 2019-10-31
Talks began in June. One month later, they collapsed. | 2019-11-13 | One month later | 2019-07-01 | 2019-07-31
The drills ended in January 2020, and a month later the deal lapsed. | 2020-06-01 | a month later | 2020-02-01 | 2020-02-29
The deal was signed on March 8, 2019; a month later it took effect. | 2019-11-13 | a month later | 2019-04-08 | 2019-04-08
The envoy arrived on Oct. 21 and met the minister the next day. | 2019-11-13 | the next day | 2019-10-22 | 2019-10-22
The deal lapsed on Dec. 31, 2018; three weeks later the workers were warned. | 2019-11-13 | three weeks later | 2019-01-21 | 2019-01-21
The accord was signed in 2014. Five years later it lapsed. | 2019-11-13 | Five years later | 2019-01-01 | 2019-12-31
"""  # noqa: E501
)

# "N units ago", the weekend, "the end of X", year-end: counted from publication.
FROM_PUBLICATION = table(
    r"""
text | published | exact | start | end
Seoul paid far less two years ago. | 2019-11-13 | two years ago | 2017-01-01 | 2017-12-31
The envoy arrived three days ago. | 2019-11-13 | three days ago | 2019-11-10 | 2019-11-10
The talks collapsed a month ago. | 2019-11-13 | a month ago | 2019-10-01 | 2019-10-31
Protesters gathered over the weekend outside the embassy. | 2019-11-13 | over the weekend | 2019-11-09 | 2019-11-10
The two sides will meet this weekend. | 2019-11-13 | this weekend | 2019-11-16 | 2019-11-17
The current deal expires at the end of the year. | 2019-11-13 | the end of the year | 2019-12-31 | 2019-12-31
Seoul hopes to reach a deal by year-end. | 2019-11-13 | year-end | 2019-12-31 | 2019-12-31
The plan will run until the end of next year. | 2019-11-13 | the end of next year | 2020-12-31 | 2020-12-31
Exports had recovered by the end of last month. | 2019-11-13 | the end of last month | 2019-10-31 | 2019-10-31
The report is due by the end of March. | 2019-11-13 | the end of March | 2020-03-31 | 2020-03-31
The troops left a week ago. | 2019-11-13 | a week ago | 2019-11-04 | 2019-11-10
Talks will resume in two weeks. | 2019-11-13 | in two weeks | 2019-11-27 | 2019-11-27
The ministry expects a decision within 10 days. | 2019-11-13 | within 10 days | 2019-11-13 | 2019-11-23
Officials met last weekend to review the deal. | 2019-11-13 | last weekend | 2019-11-09 | 2019-11-10
"""
)

# Halves, quarters, fiscal years: a year's parts, the year the text or the tense gives.
PART_OF_YEAR = table(
    r"""
text | published | exact | start | end
Exports rose 5 percent in the first half of the year. | 2019-11-13 | the first half of the year | 2019-01-01 | 2019-06-30
A deal is expected in the first half of next year. | 2019-11-13 | the first half of next year | 2020-01-01 | 2020-06-30
Growth slowed in the third quarter. | 2019-11-13 | the third quarter | 2019-07-01 | 2019-09-30
Profits fell in the fourth quarter of 2018. | 2019-11-13 | the fourth quarter of 2018 | 2018-10-01 | 2018-12-31
The plant will open in the first quarter of next year. | 2019-11-13 | the first quarter of next year | 2020-01-01 | 2020-03-31
Sales rose in the second half of last year. | 2019-11-13 | the second half of last year | 2018-07-01 | 2018-12-31
Congress approved the Pentagon budget for fiscal 2020. | 2019-11-13 | fiscal 2020 | 2019-10-01 | 2020-09-30
Seoul's defense budget for fiscal 2020 rose 7.4 percent. | 2019-11-13 | fiscal 2020 | 2020-01-01 | 2020-12-31
The Pentagon asked Congress for more in fiscal year 2021. | 2019-11-13 | fiscal year 2021 | 2020-10-01 | 2021-09-30
Prices will rise in the second quarter of 2020. | 2019-11-13 | the second quarter of 2020 | 2020-04-01 | 2020-06-30
# a quarter by its code, or by its months joined by a dash
Growth slowed in Q3 2019. | 2019-11-13 | Q3 2019 | 2019-07-01 | 2019-09-30
Output will recover by Q1 2020, the bank said. | 2019-11-13 | Q1 2020 | 2020-01-01 | 2020-03-31
Exports rose in the April-June quarter. | 2019-11-13 | April-June quarter | 2019-04-01 | 2019-06-30
Exports rose 4 percent in the April-June period from a year earlier. | 2019-11-13 | a year earlier | 2018-04-01 | 2018-06-30
Sales fell in the January-March quarter of 2019. | 2019-11-13 | January-March quarter of 2019 | 2019-01-01 | 2019-03-31
The data covers Jan-Mar 2018. | 2019-11-13 | Jan-Mar 2018 | 2018-01-01 | 2018-03-31
The July–September quarter was weak. | 2019-11-13 | July–September | 2019-07-01 | 2019-09-30
"""  # noqa: E501
)

# "early/mid/late <month>" (thirds), seasons, a bare month by the tense.
MONTH_PART = table(
    r"""
text | published | exact | start | end
The sides will meet again in early December. | 2019-11-13 | early December | 2019-12-01 | 2019-12-10
Talks stalled in mid-October. | 2019-11-13 | mid-October | 2019-10-11 | 2019-10-20
The minister will visit Washington in late January. | 2019-11-13 | late January | 2020-01-21 | 2020-01-31
Exports slumped late last month. | 2019-11-13 | late last month | 2019-10-21 | 2019-10-31
Prices rose in early 2019. | 2019-11-13 | early 2019 | 2019-01-01 | 2019-04-30
The talks began last summer. | 2019-11-13 | last summer | 2019-06-01 | 2019-08-31
The base will close next spring. | 2019-11-13 | next spring | 2020-03-01 | 2020-05-31
A new round is expected in the spring. | 2019-11-13 | the spring | 2020-03-01 | 2020-05-31
The drills were held in the summer of 2018. | 2019-11-13 | the summer of 2018 | 2018-06-01 | 2018-08-31
Seoul held talks in September. | 2019-11-13 | in September | 2019-09-01 | 2019-09-30
Seoul will hold talks in February. | 2019-11-13 | in February | 2020-02-01 | 2020-02-29
The drills were suspended in late August. | 2019-11-13 | late August | 2019-08-21 | 2019-08-31
The deal is to be signed by mid-December. | 2019-11-13 | mid-December | 2019-12-11 | 2019-12-20
The talks took place in the spring. | 2019-11-13 | the spring | 2019-03-01 | 2019-05-31
# "this <season>" told after it ended in publication's year, in a clause not about the future: that one
Talks were held this summer. | 2019-11-13 | this summer | 2019-06-01 | 2019-08-31
The two sides resumed talks this spring. | 2019-11-13 | this spring | 2019-03-01 | 2019-05-31
Seoul suffered record cold this winter. | 2020-03-10 | this winter | 2019-12-01 | 2020-02-29
Drills are planned for this winter. | 2019-11-13 | this winter | 2019-12-01 | 2020-02-29
The base will close this summer. | 2020-03-10 | this summer | 2020-06-01 | 2020-08-31
"""
)

# A month and day without a year near the year's turn: past tense the last such day, future the next.
YEAR_TURN = table(
    r"""
text | published | exact | start | end
The deal expired Dec. 31. | 2020-01-03 | Dec. 31 | 2019-12-31 | 2019-12-31
Talks will resume Jan. 14. | 2020-01-03 | Jan. 14 | 2020-01-14 | 2020-01-14
The two sides met on Dec. 17 in Washington. | 2020-01-03 | on Dec. 17 | 2019-12-17 | 2019-12-17
The new deal takes effect Jan. 1. | 2019-12-28 | Jan. 1 | 2020-01-01 | 2020-01-01
Negotiators will meet Jan. 8 in Seoul. | 2019-12-28 | Jan. 8 | 2020-01-08 | 2020-01-08
A deal was reached Dec. 20. | 2019-12-28 | Dec. 20 | 2019-12-20 | 2019-12-20
Talks will resume in January. | 2019-12-20 | in January | 2020-01-01 | 2020-01-31
Talks stalled in December. | 2020-01-10 | in December | 2019-12-01 | 2019-12-31
The sides are expected to meet in mid-January. | 2019-12-20 | mid-January | 2020-01-11 | 2020-01-20
Workers were furloughed on April 1. | 2020-05-02 | on April 1 | 2020-04-01 | 2020-04-01
Seoul will pay from Jan. 1 under the new deal. | 2019-12-10 | Jan. 1 | 2020-01-01 | 2020-01-01
# "the week of <day>": the Monday-Sunday week that holds it
The talks are scheduled for the week of Nov. 18. | 2019-11-13 | the week of Nov. 18 | 2019-11-18 | 2019-11-24
Officials met during the week of Oct. 7. | 2019-11-13 | the week of Oct. 7 | 2019-10-07 | 2019-10-13
# a deadline after "failed to", "were unable to": the time set has passed (controls: a plan told in the past)
The sides failed to agree by March. | 2019-11-13 | March | 2019-03-01 | 2019-03-31
The sides were unable to agree by March. | 2019-11-13 | March | 2019-03-01 | 2019-03-31
Seoul agreed to pay more by March. | 2019-11-13 | March | 2020-03-01 | 2020-03-31
The sides aimed to agree by March. | 2019-11-13 | March | 2020-03-01 | 2020-03-31
"""
)

# Months listed after one preposition ("in January and February"): each a month, read by the tense of the list.
MONTH_LIST = table(
    r"""
text | published | exact | start | end
Exports fell in January and February. | 2020-03-25 | February | 2020-02-01 | 2020-02-29
Talks were held in January, February and March. | 2020-03-25 | March | 2020-03-01 | 2020-03-31
Talks were held in January, February and March. | 2020-03-25 | February | 2020-02-01 | 2020-02-29
Talks will be held in May and June. | 2020-03-25 | June | 2020-06-01 | 2020-06-30
The envoy may visit in May or June. | 2020-03-25 | June | 2020-06-01 | 2020-06-30
Talks were held in May and June. | 2020-03-25 | June | 2019-06-01 | 2019-06-30
# controls: the first month, and a month named as a person
Exports fell in January and February. | 2020-03-25 | in January | 2020-01-01 | 2020-01-31
"""
)
MONTH_LIST_NONE = ["Talks ended in January and May said no.", "In January, April Kim left."]

# A month after a bound or an approximation ("as early as March", "no later than June", "around May"): the whole
# month, by the tense; control: "in early March" stays its first third.
MONTH_BOUND = table(
    r"""
text | published | exact | start | end
A deal could come as early as March. | 2019-11-13 | as early as March | 2020-03-01 | 2020-03-31
Seoul must pay no later than March. | 2019-11-13 | no later than March | 2020-03-01 | 2020-03-31
The vote could come earlier than March. | 2019-11-13 | earlier than March | 2020-03-01 | 2020-03-31
The envoy will visit around March. | 2019-11-13 | around March | 2020-03-01 | 2020-03-31
The vote was held as late as October. | 2019-11-13 | as late as October | 2019-10-01 | 2019-10-31
A deal could come as early as March 2020. | 2019-11-13 | as early as March 2020 | 2020-03-01 | 2020-03-31
Prices rose in early March. | 2019-11-13 | in early March | 2019-03-01 | 2019-03-10
"""
)

# A term told by its count and last year: "the six years through 2025" is 2020-2025.
YEARS_THROUGH = table(
    r"""
text | published | exact | start | end
Seoul will pay more in the six years through 2025. | 2020-03-25 | the six years through 2025 | 2020-01-01 | 2025-12-31
Seoul agreed to a six-year deal through 2025. | 2020-03-25 | six-year deal through 2025 | 2020-01-01 | 2025-12-31
The deal covers the five years to 2024. | 2020-03-25 | five years to 2024 | 2020-01-01 | 2024-12-31
Seoul paid more each year for five years to 2018. | 2020-03-25 | five years to 2018 | 2014-01-01 | 2018-12-31
# control: no count, a year alone
The tally rose over the years to 2019. | 2020-03-25 | 2019 | 2019-01-01 | 2019-12-31
"""
)

# Days of the month as translated Korean copy writes them ("on the 20th (local time)", "from the 1st of next month"),
# and a year's "latter half".
DAY_OF_MONTH = table(
    r"""
text | published | exact | start | end
On the 20th (local time), the minister said talks would resume. | 2020-03-25 | On the 20th | 2020-03-20 | 2020-03-20
The talks were held from the 17th to the 19th in Los Angeles. | 2020-03-25 | from the 17th to the 19th | 2020-03-17 | 2020-03-19
The delegation met on the afternoon of the 19th. | 2020-03-25 | the 19th | 2020-03-19 | 2020-03-19
Talks were held in Washington from the 23rd to 24th of last month. | 2020-03-25 | 23rd to 24th of last month | 2020-02-23 | 2020-02-24
Workers will be put on leave from the 1st of next month. | 2020-03-25 | the 1st of next month | 2020-04-01 | 2020-04-01
From the 1st, about 4,000 workers will be furloughed. | 2020-03-25 | the 1st | 2020-04-01 | 2020-04-01
Workers were paid until the 15th. | 2020-03-25 | the 15th | 2020-03-15 | 2020-03-15
In the latter half of the year, talks will resume. | 2020-03-25 | the latter half of the year | 2020-07-01 | 2020-12-31
"""  # noqa: E501
)

# Quotations: a date in quoted past speech read from the day the words were said.
QUOTED = table(
    r"""
text | published | exact | start | end
"We will meet again next week," Kim said on Friday. | 2019-12-03 | next week | 2019-12-02 | 2019-12-08
"The talks were productive," the envoy said Tuesday. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
"We hope to conclude a deal this year," the minister said. | 2019-11-13 | this year | 2019-01-01 | 2019-12-31
"Talks will resume next month," Lee told reporters on Monday. | 2019-11-13 | next month | 2019-12-01 | 2019-12-31
"We paid too much last year," Park said in a speech on Jan. 3. | 2020-02-10 | last year | 2019-01-01 | 2019-12-31
"""
)

# Terms, "since taking office", deal terms, decades.
TERMS = table(
    r"""
text | published | exact | start | end
# "since taking office" with two holders named: the subject's term (the first named)
Moon has met Trump three times since taking office. | 2019-11-13 | taking office | 2017-05-10 | 2017-05-10
Trump has pressed Moon for more money since taking office. | 2019-11-13 | taking office | 2017-01-20 | 2017-01-20
Trump has pressed allies since taking office. | 2019-11-13 | taking office | 2017-01-20 | 2017-01-20
Seoul agreed to a five-year deal from 2026. | 2025-11-14 | a five-year deal from 2026 | 2026-01-01 | 2030-12-31
The accord will cover the five years from 2021. | 2020-03-01 | the five years from 2021 | 2021-01-01 | 2025-12-31
Seoul will pay more for five years from 2026. | 2025-11-14 | for five years from 2026 | 2026-01-01 | 2030-12-31
The deal covers 2014 to 2018. | 2019-11-13 | 2014 to 2018 | 2014-01-01 | 2018-12-31
Costs tripled from 1991 through 2000. | 2019-11-13 | from 1991 through 2000 | 1991-01-01 | 2000-12-31
Troops were cut in the early 2000s. | 2019-11-13 | the early 2000s | 2000-01-01 | 2003-12-31
The Korean War ended in 1953. | 2019-11-13 | in 1953 | 1953-01-01 | 1953-12-31
"""
)

# A wire dateline's date, and a year with a month.
DATELINE = table(
    r"""
text | published | exact | start | end
SEOUL, Nov. 13 (Yonhap) -- South Korea and the U.S. began talks. | 2019-11-13 | Nov. 13 | 2019-11-13 | 2019-11-13
WASHINGTON, Nov. 12 (Yonhap) -- The envoy said on Tuesday that talks would go on. | 2019-11-13 | Nov. 12 | 2019-11-12 | 2019-11-12
WASHINGTON, Nov. 12 (Yonhap) -- The envoy said on Tuesday that talks would go on. | 2019-11-13 | on Tuesday | 2019-11-12 | 2019-11-12
The first deal was signed in June 1991. | 2019-11-13 | June 1991 | 1991-06-01 | 1991-06-30
The deal was signed on Feb. 10, 2019, in Seoul. | 2019-11-13 | Feb. 10, 2019 | 2019-02-10 | 2019-02-10
"""  # noqa: E501
)


def _overlaps(a: str, b: str) -> bool:
    """Return whether one date's exact words hold the other's ("in early December", "early December")."""
    return a in b or b in a


def check_news_dates_as_a_reader_reads_them(sentence: str, pub: str, exact: str, start: str, end: str) -> None:
    got = read_dates(sentence, pub)
    assert any(_overlaps(x, exact) and (a, b) == (start, end) for x, a, b in got), got


@pytest.mark.parametrize("rows", merged(cases(
    WEEKDAY=WEEKDAY, PRESENT_PLAN=PRESENT_PLAN, PERIOD=PERIOD, ANCHORED=ANCHORED,
    FROM_PUBLICATION=FROM_PUBLICATION, PART_OF_YEAR=PART_OF_YEAR,
    MONTH_PART=MONTH_PART, MONTH_LIST=MONTH_LIST, MONTH_BOUND=MONTH_BOUND,
    YEARS_THROUGH=YEARS_THROUGH,
    YEAR_TURN=YEAR_TURN, DAY_OF_MONTH=DAY_OF_MONTH, QUOTED=QUOTED, TERMS=TERMS, DATELINE=DATELINE)))
def test_news_dates_as_a_reader_reads_them(rows: list[object]) -> None:
    run_rows(check_news_dates_as_a_reader_reads_them, rows)


# Controls: numbers, names and labels that are not dates of anything.
NOT_A_DATE = table(
    r"""
text | word
The U.S. keeps 28,500 troops in South Korea. | 28,500
Article 5 of the treaty binds the allies. | 5
UN Security Council Resolution 2094 tightened sanctions. | 2094
Seoul may pay more, the official said. | may
Protesters plan to march to the embassy. | march
Lee told the Sunday Times that talks were stuck. | Sunday
The fee rose to $2,020 per worker. | 2,020
North Korea defied resolutions 2087 and 2094. | 20
Flight 2019 from Seoul landed in Hawaii. | 2019
The Mail on Sunday reported the talks. | Sunday
The envoy appeared on Saturday Night Live. | Saturday
"""
)


@pytest.mark.parametrize("sentence, word", cases(NOT_A_DATE=NOT_A_DATE))
def test_no_date_where_none_is_told(sentence: str, word: str) -> None:
    assert [d for d in read_dates(sentence, WED) if word.lower() in d[0].lower()] == []


# controls of the labels and titles above: the same words beside a real date
STILL_A_DATE = table(
    r"""
text | published | exact | start | end
Resolution 2397 was adopted in 2017. | 2019-11-13 | in 2017 | 2017-01-01 | 2017-12-31
Lee told the Times on Sunday that talks were stuck. | 2019-11-13 | on Sunday | 2019-11-10 | 2019-11-10
He said Tuesday North Korea would respond. | 2019-11-13 | Tuesday | 2019-11-12 | 2019-11-12
The Washington Post reported Sunday that talks were stuck. | 2019-11-13 | Sunday | 2019-11-10 | 2019-11-10
"""
)


@pytest.mark.parametrize("sentence, pub, exact, start, end", cases(STILL_A_DATE=STILL_A_DATE))
def test_a_date_beside_a_label_stays(sentence: str, pub: str, exact: str, start: str, end: str) -> None:
    assert (exact, start, end) in read_dates(sentence, pub)


@pytest.mark.parametrize("sentence", cases(MONTH_LIST_NONE=MONTH_LIST_NONE))
def test_a_month_that_is_a_name_stays_no_date(sentence: str) -> None:
    assert [x for x, *_ in read_dates(sentence, "2020-03-25") if x in ("May", "April")] == []
