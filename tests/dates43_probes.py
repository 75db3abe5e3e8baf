"""Probe stories of dates43 (twelfth session): three short wire-style stories of my own on subjects next to the
cost-sharing talks (Japan's host-nation support talks, NATO's 5 % target, a Korean tariff negotiation), made-up
officials, labelled per the corpus Conventions (tests/corpus/README.md) BEFORE the tool was run on them (corrections
after the run are noted at their line). Format as tests/dates42_probes.py: a story is its text in the project's
article format and its labels, one a line: exact | occurrence | start | end. Spans that are no date ("two-day",
"15%") are listed in ``NOT_DATES``.
"""

from __future__ import annotations

from dates42_probes import story

JAPAN = story(
    """
Japan, US wrap up second round of host-nation support talks
By Mika Toyoda
March 12, 2026

WASHINGTON, March 11 (Kyodo) -- Japan and the United States ended a second round of talks on Tokyo's share of the cost of hosting American troops on Wednesday, with both sides saying gaps remain over how much Japan should pay from April 2027.

The two-day meeting in Washington, led by Foreign Ministry official Kenta Oyama and State Department envoy Rhea Castellan, was to be followed by a joint statement later Wednesday, officials said.

The round opened 20 days after the first one was held in Tokyo from Feb. 16 to 18.

Under the current special measures agreement, which took effect in April 2022, Japan pays an average of 211 billion yen a year.

Oyama told reporters on Wednesday that the two sides would meet again in Tokyo in May.

Talks on the current deal were concluded in December 2021 under President Joe Biden, whose administration sought a quick agreement.

Japan's cabinet approved the budget for the next fiscal year in late December.

The current pact runs through March 2027.

A third round will be held in Tokyo from the 20th to the 22nd of next month, the ministry said in a statement released on Thursday.

In 2021 the two governments needed eight months to reach a deal.
""",  # noqa: E501
    """
March 11 | 1 | 2026-03-11 | 2026-03-11
on Wednesday | 1 | 2026-03-11 | 2026-03-11
from April 2027 | 1 | 2027-04-01 | 2027-04-30
later Wednesday | 1 | 2026-03-11 | 2026-03-11
20 days after | 1 | 2026-03-10 | 2026-03-10
from Feb. 16 to 18 | 1 | 2026-02-16 | 2026-02-18
in April 2022 | 1 | 2022-04-01 | 2022-04-30
on Wednesday | 2 | 2026-03-11 | 2026-03-11
in May | 1 | 2026-05-01 | 2026-05-31
in December 2021 | 1 | 2021-12-01 | 2021-12-31
under President Joe Biden | 1 | 2021-01-20 | 2025-01-20
in late December | 1 | 2025-12-21 | 2025-12-31
through March 2027 | 1 | 2027-03-01 | 2027-03-31
from the 20th to the 22nd of next month | 1 | 2026-04-20 | 2026-04-22
on Thursday | 1 | 2026-03-12 | 2026-03-12
In 2021 | 1 | 2021-01-01 | 2021-12-31
""",
)

NATO = story(
    """
NATO allies set to back 5% goal as summit opens
By Lena Vos
June 24, 2025

THE HAGUE, June 24 (Reuters) -- NATO leaders gathered in The Hague on Tuesday for a two-day summit at which they are expected to endorse a target of spending 5% of GDP on defense by 2035, a goal President Donald Trump has pushed for since January.

Secretary General Maarten Ellery was due to greet leaders at the venue later Tuesday, and a formal declaration is expected Wednesday.

The summit comes 18 days after defense ministers met in Brussels from June 5 to 6.

Spain said on Sunday that it would not meet the new goal.

Allies agreed in 2014 to move toward spending 2% of GDP on defense by 2024, a pledge 23 members met last year.

Under former President Joe Biden, Washington had urged allies to spend more but did not set a new figure.

“We will leave here with a stronger alliance today,” Ellery told reporters on Tuesday.

Germany plans to reach 3.5% by 2029, Berlin's finance ministry said last week.

The next summit will be held in Turkey in July next year.

Trump arrived in the Dutch city late Monday after attending a meeting in Washington earlier in the day.
""",  # noqa: E501
    """
June 24 | 2 | 2025-06-24 | 2025-06-24
# (corrected after the run: the first "June 24" of the text is the date line's; the label is the dateline's)
on Tuesday | 1 | 2025-06-24 | 2025-06-24
by 2035 | 1 | 2035-01-01 | 2035-12-31
since January | 1 | 2025-01-01 | 2025-01-31
later Tuesday | 1 | 2025-06-24 | 2025-06-24
Wednesday | 1 | 2025-06-25 | 2025-06-25
# (corrected after the run: "Wednesday" occurs once; I had counted "later Tuesday"'s line)
18 days after | 1 | 2025-06-24 | 2025-06-24
from June 5 to 6 | 1 | 2025-06-05 | 2025-06-06
on Sunday | 1 | 2025-06-22 | 2025-06-22
in 2014 | 1 | 2014-01-01 | 2014-12-31
by 2024 | 1 | 2024-01-01 | 2024-12-31
last year | 1 | 2024-01-01 | 2024-12-31
Under former President Joe Biden | 1 | 2021-01-20 | 2025-01-20
today | 1 | 2025-06-24 | 2025-06-24
on Tuesday | 2 | 2025-06-24 | 2025-06-24
by 2029 | 1 | 2029-01-01 | 2029-12-31
last week | 1 | 2025-06-16 | 2025-06-22
in July next year | 1 | 2026-07-01 | 2026-07-31
late Monday | 1 | 2025-06-23 | 2025-06-23
earlier in the day | 1 | 2025-06-23 | 2025-06-23
""",
)

TARIFF = story(
    """
S. Korea, US to hold tariff talks in Washington from 18th to 20th
By Choi Min-ji
August 14, 2025

SEOUL, Aug. 14 (Yonhap) -- South Korea and the United States will hold working-level talks on the details of their tariff deal in Washington from the 18th to the 20th, the trade ministry said Thursday.

The meeting will take place 15 days after Trade Minister Kwon Dae-sik visited Washington from July 31 to Aug. 3.

Under the deal struck on July 30, Seoul agreed to invest $350 billion in the United States in return for a 15% tariff on its goods, down from the 25% rate Washington had threatened to impose from Aug. 1.

The ministry's delegation, led by Deputy Minister Han Seo-yeon, will seek written assurances on the treatment of Korean automobiles, steel and semiconductors shipped to the American market under the new arrangement on the 19th.

Han said on Wednesday that the two sides would also discuss a currency clause on Tuesday.

Kwon met Commerce Department official Dale Renner in Washington on Aug. 1. Kwon told reporters that “we made real progress today.”

Tariffs on Korean cars rose to 25% in April.

The two sides last held such talks in May, and plan to meet again in October.

Exports to the United States fell 5.8% in July from a year earlier, customs data showed on Aug. 1.
""",  # noqa: E501
    """
from 18th to 20th | 1 | 2025-08-18 | 2025-08-20
Aug. 14 | 1 | 2025-08-14 | 2025-08-14
from the 18th to the 20th | 1 | 2025-08-18 | 2025-08-20
Thursday | 1 | 2025-08-14 | 2025-08-14
15 days after | 1 | 2025-08-18 | 2025-08-18
from July 31 to Aug. 3 | 1 | 2025-07-31 | 2025-08-03
on July 30 | 1 | 2025-07-30 | 2025-07-30
from Aug. 1 | 1 | 2025-08-01 | 2025-08-01
on the 19th | 1 | 2025-08-19 | 2025-08-19
on Wednesday | 1 | 2025-08-13 | 2025-08-13
on Tuesday | 1 | 2025-08-19 | 2025-08-19
on Aug. 1 | 1 | 2025-08-01 | 2025-08-01
today | 1 | 2025-08-01 | 2025-08-01
in April | 1 | 2025-04-01 | 2025-04-30
in May | 1 | 2025-05-01 | 2025-05-31
in October | 1 | 2025-10-01 | 2025-10-31
in July | 1 | 2025-07-01 | 2025-07-31
a year earlier | 1 | 2024-07-01 | 2024-07-31
on Aug. 1 | 2 | 2025-08-01 | 2025-08-01
""",
)

STORIES = {"japan": JAPAN, "nato": NATO, "tariff": TARIFF}
NOT_DATES = {"japan": ["two-day", "eight months"], "nato": ["two-day", "5%"], "tariff": ["15%", "25% rate"]}
