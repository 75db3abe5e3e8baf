"""Probe stories of dates45 (thirteenth session): two short wire-style stories of my own on subjects next to the
cost-sharing talks (NATO's 5 % goal, a Korea-US tariff row), made-up officials where a name is not needed, with
relative dates of many kinds (a count of one before and after an event, a count over one, "by X", "since X", an
election and a taking of office named as the anchor, "last week", a weekend, the end of the year), labelled per the
corpus Conventions (tests/corpus/README.md) BEFORE the tool was run on them (corrections after the run, if any, are
noted at their line). Format as tests/dates42_probes.py: a story is its text in the project's article format and its
labels, one a line: exact | occurrence | start | end. Spans that are no date are listed in ``NOT_DATES``.
"""

from __future__ import annotations

from dates42_probes import story

NATO = story(
    """
NATO allies back 5% goal, eye review before next US election
By Lena Vorhaug
June 27, 2025

THE HAGUE, June 26 (Reuters) -- NATO allies on Wednesday endorsed a goal of spending 5% of economic output on defence by 2035, a day after leaders gathered in The Hague for a two-day summit.

Secretary-General Oskar Brenn said on Thursday that the allies would review progress in 2029, before the U.S. presidential election.

The summit opened on June 24. Two days later, Brenn flew to Kyiv.

Allied spending has risen every year since Russia's full-scale invasion of Ukraine in February 2022.

Spain, which secured an exemption last week, said it would meet its commitments without reaching the 5% figure.

Washington has pressed allies since Trump returned to the White House in January.

Defence ministers are due to meet in October, the alliance said in a statement on Tuesday.
""",  # noqa: E501
    """
# the next federal election after June 2025: the midterms of Tue 3 Nov 2026 ("next" names the one to come)
before next US election | 1 | 2026-11-03 | 2026-11-03
June 26 | 1 | 2025-06-26 | 2025-06-26
on Wednesday | 1 | 2025-06-25 | 2025-06-25
by 2035 | 1 | 2035-01-01 | 2035-12-31
# a count of one after an event: the event's own day, the day before the Wednesday
a day after | 1 | 2025-06-24 | 2025-06-24
on Thursday | 1 | 2025-06-26 | 2025-06-26
in 2029 | 1 | 2029-01-01 | 2029-12-31
# "before X" is X: the US presidential election after 2029's review is that of Tue 7 Nov 2028 (the nearest on the
# clause's side, told ahead with "would")
before the U.S. presidential election | 1 | 2028-11-07 | 2028-11-07
on June 24 | 1 | 2025-06-24 | 2025-06-24
Two days later | 1 | 2025-06-26 | 2025-06-26
in February 2022 | 1 | 2022-02-01 | 2022-02-28
# told on Friday 27 June: the Monday-Sunday week before publication's
last week | 1 | 2025-06-16 | 2025-06-22
since Trump returned to the White House | 1 | 2025-01-20 | 2025-01-20
in October | 1 | 2025-10-01 | 2025-10-31
on Tuesday | 1 | 2025-06-24 | 2025-06-24
""",
)

TARIFF = story(
    """
Seoul, Washington strike tariff deal ahead of deadline
By Daro Kesh
August 1, 2025

SEOUL, Aug. 1 (Yonhap) -- South Korea and the United States reached a trade deal on Thursday that sets a 15 percent tariff on Korean goods, a day before steeper duties were due to take effect.

Trade Minister Jeon Harim had flown to Washington last week for talks that ran through the weekend.

Under the deal, Seoul will invest $350 billion in U.S. projects, Jeon told reporters on Friday.

The agreement comes nine days after Japan struck a similar deal on July 22.

Before taking office, Lee Jae-myung had pledged to protect exporters.

Seoul hopes to finalise the details before the U.S. midterm elections, officials said.

The two sides first discussed tariffs in April, weeks after Washington announced its reciprocal duties on April 2.

Duties on Korean cars, 25 percent since April 3, will fall to 15 percent from next month.

The deal must still be approved by parliament by the end of the year.
""",  # noqa: E501
    """
Aug. 1 | 1 | 2025-08-01 | 2025-08-01
on Thursday | 1 | 2025-07-31 | 2025-07-31
# a count of one before an event: the event's own day, the duties' Friday 1 August
a day before | 1 | 2025-08-01 | 2025-08-01
# told on Friday 1 August: the Monday-Sunday week before publication's; the weekend that week ends
last week | 1 | 2025-07-21 | 2025-07-27
the weekend | 1 | 2025-07-26 | 2025-07-27
on Friday | 1 | 2025-08-01 | 2025-08-01
# a count over one: the day it comes to from the event's own date
nine days after | 1 | 2025-07-31 | 2025-07-31
on July 22 | 1 | 2025-07-22 | 2025-07-22
# "before X" is X: Lee Jae-myung's term began 4 June 2025 (data/entities.csv)
Before taking office | 1 | 2025-06-04 | 2025-06-04
before the U.S. midterm elections | 1 | 2026-11-03 | 2026-11-03
in April | 1 | 2025-04-01 | 2025-04-30
on April 2 | 1 | 2025-04-02 | 2025-04-02
since April 3 | 1 | 2025-04-03 | 2025-04-03
from next month | 1 | 2025-09-01 | 2025-09-30
the end of the year | 1 | 2025-12-31 | 2025-12-31
""",
)

STORIES = {"nato": NATO, "tariff": TARIFF}
NOT_DATES = {"nato": ["two-day", "5%"], "tariff": ["15 percent", "25 percent", "$350 billion", "weeks after"]}
