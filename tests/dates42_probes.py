"""Probe stories of dates42 (twelfth session): ten short wire-style stories of my own on subjects next to the
cost-sharing talks (Japan's host-nation support, NATO's spending targets, a US–Philippines basing row, a Korean tariff
negotiation, the US–Germany troop cut, the Assembly's ratification, Japan's budget, a round of the talks, Japan's next
host-nation talks, a trade deal), made-up people, labelled per the corpus Conventions (tests/corpus/README.md) BEFORE
the tool was run on them (corrections after the run are noted at their line). A story is its text in the project's
article format and its labels, one a line: exact | occurrence | start | end. Spans that are no date ("Article 5", "a
two-day summit", "three days") are listed in ``NOT_DATES``.
"""

from __future__ import annotations


def story(text: str, labelled: str) -> tuple[str, list[tuple[str, int, str, str]]]:
    """Return a story: its text in the project's article format (headline, byline, date line, a blank line, then
    the paragraphs, a blank line between them) and its labels (:func:`labels`)."""
    return text.lstrip("\n"), labels(labelled)


def labels(text: str) -> list[tuple[str, int, str, str]]:
    """Return the labels of a story: one a line, "exact | occurrence | start | end"; a line opening with "# " is a
    note.

    >>> labels("on Friday | 1 | 2026-03-13 | 2026-03-13")
    [('on Friday', 1, '2026-03-13', '2026-03-13')]
    """
    rows = [line.split(" | ") for line in text.strip().splitlines() if not line.startswith("# ")]
    return [(exact, int(n), start, end) for exact, n, start, end in rows]


JAPAN = story(
    """
Japan, US open talks on host-nation support as current pact nears end
By Aiko Marutani
March 12, 2026

TOKYO, March 12 (Kyodo) -- Japan and the United States opened talks Thursday on how much Tokyo should pay toward the upkeep of U.S. forces stationed in the country, with the current five-year agreement set to expire at the end of March 2027.

The two-day meeting in Washington, led by Foreign Ministry official Kenji Saburo and State Department envoy Dana Whitcombe, is expected to wrap up on Friday, officials said.

Under the current special measures agreement, which took effect in April 2022, Japan pays an average of 211 billion yen a year for utilities, base workers' wages and training relocation.

Whitcombe told reporters on Wednesday that Washington wanted Japan to “shoulder a fairer share” as the president pushes allies to spend more.

The talks come a week after Defense Minister Ryo Tachibana met Pentagon officials in Hawaii on March 5 to discuss command reforms.

Tachibana said at the time that Tokyo would raise defense spending to 2 percent of gross domestic product by 2027, two years ahead of schedule.

In 2016, then-candidate Donald Trump said Japan should pay the full cost of stationing U.S. troops, a demand he repeated during his first term.

The previous round of host-nation talks, held in late 2021, ended with a modest increase.

Saburo is scheduled to brief Prime Minister Hana Oyama on Monday before the negotiators meet again in Tokyo next month.

Article 5 of the 1960 security treaty obliges the United States to defend territories under Japan's administration.

The Japanese side wants the deal concluded before the upper house election in July.
""",  # noqa: E501
    """
March 12 | 2 | 2026-03-12 | 2026-03-12
Thursday | 1 | 2026-03-12 | 2026-03-12
the end of March 2027 | 1 | 2027-03-31 | 2027-03-31
on Friday | 1 | 2026-03-13 | 2026-03-13
in April 2022 | 1 | 2022-04-01 | 2022-04-30
on Wednesday | 1 | 2026-03-11 | 2026-03-11
a week after | 1 | 2026-03-05 | 2026-03-05
on March 5 | 1 | 2026-03-05 | 2026-03-05
by 2027 | 1 | 2027-01-01 | 2027-12-31
In 2016 | 1 | 2016-01-01 | 2016-12-31
during his first term | 1 | 2017-01-20 | 2021-01-20
late 2021 | 1 | 2021-09-01 | 2021-12-31
on Monday | 1 | 2026-03-16 | 2026-03-16
next month | 1 | 2026-04-01 | 2026-04-30
1960 | 1 | 1960-01-01 | 1960-12-31
in July | 1 | 2026-07-01 | 2026-07-31
""",
)

NATO = story(
    """
NATO allies set to back 5% spending goal as summit opens

June 24, 2025

THE HAGUE, Netherlands (AP) — NATO leaders gathered Tuesday for a two-day summit expected to endorse a new target of spending 5% of gross domestic product on defense by 2035, up from the 2% goal set in 2014.

The pledge, which Secretary-General Maarten Vosse is due to announce on Wednesday, would split the target into 3.5% for core military spending and 1.5% for related infrastructure.

Only 23 of the alliance's 32 members met the 2% threshold last year, according to figures released last week.

Spain's Prime Minister Lucio Arrabal said Sunday his government would not commit to the new figure.

“We will meet our obligations, but 5% by 2035 is neither reasonable nor necessary,” Arrabal wrote in a letter to Vosse dated June 19.

President Donald Trump, who arrived late Monday, has repeatedly said allies that do not pay enough should not count on U.S. protection.

The Wales summit of September 2014 first set the 2% guideline, asking allies to reach it by 2024.

Germany's defense spending reached 2.1% of GDP in 2024, the first time since the early 1990s that it cleared the bar.

The leaders will hold a working session Wednesday morning before a closing news conference.

Allies agreed at the 2023 Vilnius summit that 2% should be a floor rather than a ceiling.
""",  # noqa: E501
    """
Tuesday | 1 | 2025-06-24 | 2025-06-24
by 2035 | 1 | 2035-01-01 | 2035-12-31
in 2014 | 1 | 2014-01-01 | 2014-12-31
on Wednesday | 1 | 2025-06-25 | 2025-06-25
last year | 1 | 2024-01-01 | 2024-12-31
last week | 1 | 2025-06-16 | 2025-06-22
Sunday | 1 | 2025-06-22 | 2025-06-22
2035 | 2 | 2035-01-01 | 2035-12-31
June 19 | 1 | 2025-06-19 | 2025-06-19
late Monday | 1 | 2025-06-23 | 2025-06-23
September 2014 | 1 | 2014-09-01 | 2014-09-30
by 2024 | 1 | 2024-01-01 | 2024-12-31
in 2024 | 1 | 2024-01-01 | 2024-12-31
the early 1990s | 1 | 1990-01-01 | 1993-12-31
# "Wednesday morning" (labelled 3 at first: a miscount)
Wednesday | 2 | 2025-06-25 | 2025-06-25
2023 | 1 | 2023-01-01 | 2023-12-31
""",
)

PHILIPPINES = story(
    """
Manila, Washington spar over cost of new defense sites

July 9, 2024

MANILA, Philippines (Reuters) - Philippine and U.S. officials failed to agree on Monday over who should pay for runways and fuel depots at four new military sites, two officials familiar with the talks said.

The sites were added in April 2023 under the 2014 Enhanced Defense Cooperation Agreement, bringing the total to nine.

Defense Secretary Ramon Dalisay told lawmakers last Thursday that Manila had not been asked to share construction costs.

The U.S. Embassy said Washington had already set aside $128 million for the projects.

The talks resume next Tuesday in Honolulu and are expected to last three days.

Under the 1951 Mutual Defense Treaty, both countries pledge to aid each other if attacked.

President Elias Moreno visited Washington in April, when he and the U.S. president held a first-ever summit with Japan's prime minister.

The Philippines spent about 1.3% of its GDP on defense in 2023, below the regional average.

“We expect the first runway to be finished by the end of next year,” Dalisay said on Friday.

The agreement's initial 10-year term ran until 2024 and was automatically extended.
""",  # noqa: E501
    """
on Monday | 1 | 2024-07-08 | 2024-07-08
in April 2023 | 1 | 2023-04-01 | 2023-04-30
2014 | 1 | 2014-01-01 | 2014-12-31
last Thursday | 1 | 2024-07-04 | 2024-07-04
next Tuesday | 1 | 2024-07-16 | 2024-07-16
1951 | 1 | 1951-01-01 | 1951-12-31
# the second (labelled 1 at first: "in April 2023" is the first)
in April | 2 | 2024-04-01 | 2024-04-30
in 2023 | 1 | 2023-01-01 | 2023-12-31
the end of next year | 1 | 2025-12-31 | 2025-12-31
on Friday | 1 | 2024-07-05 | 2024-07-05
until 2024 | 1 | 2024-01-01 | 2024-12-31
""",
)

TARIFF = story(
    """
Seoul, Washington near tariff deal ahead of Gyeongju summit

October 29, 2025

SEOUL, Oct. 29 (Yonhap) -- South Korea and the United States are close to finalizing a tariff deal that would cut U.S. duties on Korean cars to 15 percent, a senior official said Wednesday, hours before the two leaders meet in Gyeongju.

Trade Minister Park Seo-jun returned from Washington on Sunday after two rounds of talks with Commerce Secretary Glen Hartwell.

“We hope to wrap up the remaining issues by the end of the month,” Park told reporters at Incheon airport on Sunday.

The two sides reached a framework agreement on July 30, under which Seoul pledged $350 billion in U.S. investment in exchange for lower tariffs.

But talks stalled in September over how the investment would be paid, with Washington seeking most of it in cash.

The 25 percent tariff on Korean autos took effect April 3, and automakers have since lost an estimated 1.5 trillion won.

The two presidents are scheduled to hold their second summit Wednesday on the sidelines of the Asia-Pacific Economic Cooperation forum, their first since a White House meeting on Aug. 25.

Korea's exports to the U.S. fell 3.8 percent in the first nine months of the year, customs data showed.

Negotiators have met five times since the tariffs were announced in early April.

A joint fact sheet is expected to be released Thursday if the leaders sign off.
""",  # noqa: E501
    """
Oct. 29 | 1 | 2025-10-29 | 2025-10-29
Wednesday | 1 | 2025-10-29 | 2025-10-29
on Sunday | 1 | 2025-10-26 | 2025-10-26
the end of the month | 1 | 2025-10-31 | 2025-10-31
on Sunday | 2 | 2025-10-26 | 2025-10-26
on July 30 | 1 | 2025-07-30 | 2025-07-30
in September | 1 | 2025-09-01 | 2025-09-30
April 3 | 1 | 2025-04-03 | 2025-04-03
Wednesday | 2 | 2025-10-29 | 2025-10-29
on Aug. 25 | 1 | 2025-08-25 | 2025-08-25
the first nine months of the year | 1 | 2025-01-01 | 2025-09-30
in early April | 1 | 2025-04-01 | 2025-04-10
Thursday | 1 | 2025-10-30 | 2025-10-30
""",
)

GERMANY = story(
    """
Germany troop cut to cost billions, take years, Pentagon says

July 31, 2020

WASHINGTON (AP) — The Pentagon's plan to pull about 12,000 troops out of Germany will cost several billion dollars and take years to complete, defense officials said Thursday, a day after the cut was announced.

Defense Secretary Mark Ellery told reporters Wednesday that the first units could begin moving within weeks.

The plan, which the president first floated in June, would cut the force in Germany to about 24,000.

The president said last month that Germany was “delinquent” in its NATO payments.

Berlin spent 1.38% of GDP on defense last year, up from 1.24% in 2018.

Lawmakers from both parties have vowed to block the move in the defense bill due for a vote before the end of the year.

The withdrawal comes three months before the Nov. 3 presidential election.

European Command chief Gen. Tod Walters presented the plan to the president on June 30. Two weeks earlier, Ellery had briefed NATO allies in Brussels.

Germany has hosted U.S. forces since 1945.

U.S. soldiers attend a ceremony at the Grafenwoehr training area in Germany on Tuesday. [AP PHOTO]
""",  # noqa: E501
    """
Thursday | 1 | 2020-07-30 | 2020-07-30
a day after | 1 | 2020-07-29 | 2020-07-29
Wednesday | 1 | 2020-07-29 | 2020-07-29
in June | 1 | 2020-06-01 | 2020-06-30
last month | 1 | 2020-06-01 | 2020-06-30
last year | 1 | 2019-01-01 | 2019-12-31
in 2018 | 1 | 2018-01-01 | 2018-12-31
the end of the year | 1 | 2020-12-31 | 2020-12-31
three months before | 1 | 2020-08-03 | 2020-08-03
Nov. 3 | 1 | 2020-11-03 | 2020-11-03
on June 30 | 1 | 2020-06-30 | 2020-06-30
Two weeks earlier | 1 | 2020-06-16 | 2020-06-16
since 1945 | 1 | 1945-01-01 | 1945-12-31
on Tuesday | 1 | 2020-07-28 | 2020-07-28
""",
)

ASSEMBLY = story(
    """
Assembly ratifies defense cost-sharing deal ahead of Trump's return
By Kim Da-eun
November 30, 2024

South Korea's National Assembly on Thursday ratified a new five-year cost-sharing agreement with the United States, weeks before President-elect Donald Trump takes office on Jan. 20.

The 12th Special Measures Agreement, signed by the two sides on Nov. 4, sets Seoul's contribution for 2026 at 1.5192 trillion won ($1.09 billion), up 8.3 percent from this year.

Under the deal, annual increases from 2027 through 2030 will be tied to the consumer price index.

Negotiators began talks in April and reached a deal on Oct. 2 after eight rounds.

Trump said last month that South Korea should pay $10 billion a year, calling the country a “money machine.”

Foreign Minister Cho Min-ho told lawmakers on Wednesday that the agreement was binding and could not be easily renegotiated.

The previous agreement, which took effect in 2021, set this year's payment at 1.4028 trillion won.

The deal still needs a formal exchange of notes before it takes effect on Jan. 1, 2026.

The vote came a day after the ruling and opposition parties agreed to fast-track the bill.

In 2019, Trump demanded that Seoul pay nearly $5 billion annually, more than five times what it paid at the time.
""",  # noqa: E501
    """
on Thursday | 1 | 2024-11-28 | 2024-11-28
on Jan. 20 | 1 | 2025-01-20 | 2025-01-20
on Nov. 4 | 1 | 2024-11-04 | 2024-11-04
# "for 2026" (labelled 2 at first: a miscount, the date line is 2024)
2026 | 1 | 2026-01-01 | 2026-12-31
this year | 1 | 2024-01-01 | 2024-12-31
from 2027 through 2030 | 1 | 2027-01-01 | 2030-12-31
in April | 1 | 2024-04-01 | 2024-04-30
on Oct. 2 | 1 | 2024-10-02 | 2024-10-02
last month | 1 | 2024-10-01 | 2024-10-31
on Wednesday | 1 | 2024-11-27 | 2024-11-27
in 2021 | 1 | 2021-01-01 | 2021-12-31
this year | 2 | 2024-01-01 | 2024-12-31
on Jan. 1, 2026 | 1 | 2026-01-01 | 2026-01-01
a day after | 1 | 2024-11-27 | 2024-11-27
In 2019 | 1 | 2019-01-01 | 2019-12-31
""",
)

BUDGET = story(
    """
Japan's Cabinet approves record defense budget

December 26, 2025

TOKYO (Reuters) - Japan's Cabinet on Friday approved a record 9.04 trillion yen ($57.9 billion) defense budget for the fiscal year starting in April, the fourth straight annual increase.

The budget includes 211 billion yen for host-nation support under the five-year deal signed in January 2022.

Prime Minister Sanae Kobori has pledged to reach 2% of GDP in defense and related spending by March, two years earlier than planned.

Defense Minister Shin Koizumo said on Tuesday the ministry would buy more long-range missiles next year.

The spending plan goes to parliament in January and is expected to pass by the end of March.

Tokyo announced in December 2022 that it would double defense spending over five years.

U.S. Ambassador Glenn Tashiro welcomed the budget, saying in a statement late Friday that Japan was “stepping up.”

Japan and the United States will hold a security meeting of their foreign and defense ministers in Washington early next year.

The two countries last held the talks in July 2024 in Tokyo.
""",  # noqa: E501
    """
on Friday | 1 | 2025-12-26 | 2025-12-26
in April | 1 | 2026-04-01 | 2026-04-30
in January 2022 | 1 | 2022-01-01 | 2022-01-31
by March | 1 | 2026-03-01 | 2026-03-31
on Tuesday | 1 | 2025-12-23 | 2025-12-23
next year | 1 | 2026-01-01 | 2026-12-31
in January | 2 | 2026-01-01 | 2026-01-31
the end of March | 1 | 2026-03-31 | 2026-03-31
in December 2022 | 1 | 2022-12-01 | 2022-12-31
late Friday | 1 | 2025-12-26 | 2025-12-26
early next year | 1 | 2026-01-01 | 2026-04-30
in July 2024 | 1 | 2024-07-01 | 2024-07-31
""",
)

ROUND = story(
    """
Allies resume cost talks Tuesday as year-end deadline nears

December 16, 2019

SEOUL, Dec. 16 (Yonhap) -- South Korea and the United States will open their sixth round of talks on sharing the cost of stationing U.S. troops here on Tuesday, with just two weeks left before the current deal expires.

The two-day session in Washington follows a round in Seoul early this month that ended without progress.

Chief negotiator Jeong Eun-bo said Sunday that Seoul remained firm on staying within the existing framework.

Washington initially demanded nearly $5 billion for next year, more than five times the 1.04 trillion won Seoul pays this year.

The 10th agreement, signed in February, expires on Dec. 31.

Earlier this year, the two sides took 10 rounds to agree on a one-year deal, down from the usual five years.

Hartman arrived in Seoul on the evening of Dec. 2 and met Jeong the following day.

Defense Secretary Mark Ellery, who visited Seoul last month, has said the alliance “must be fair.”

Seoul's parliament must ratify any deal, a process that took two months in 2019.

Jeong Eun-bo speaks to reporters at Incheon airport on Sunday before leaving for Washington. [YONHAP]

North Korea has warned Washington to change course by the end of the year.
""",  # noqa: E501
    """
Dec. 16 | 1 | 2019-12-16 | 2019-12-16
on Tuesday | 1 | 2019-12-17 | 2019-12-17
early this month | 1 | 2019-12-01 | 2019-12-10
Sunday | 1 | 2019-12-15 | 2019-12-15
next year | 1 | 2020-01-01 | 2020-12-31
this year | 1 | 2019-01-01 | 2019-12-31
in February | 1 | 2019-02-01 | 2019-02-28
on Dec. 31 | 1 | 2019-12-31 | 2019-12-31
Earlier this year | 1 | 2019-01-01 | 2019-12-15
Dec. 2 | 1 | 2019-12-02 | 2019-12-02
the following day | 1 | 2019-12-03 | 2019-12-03
last month | 1 | 2019-11-01 | 2019-11-30
in 2019 | 1 | 2019-01-01 | 2019-12-31
on Sunday | 1 | 2019-12-15 | 2019-12-15
the end of the year | 1 | 2019-12-31 | 2019-12-31
""",
)

HNS_TALKS = story(
    """
Japan, US agree to start talks on next host-nation deal in spring

February 17, 2026

TOKYO — Japan and the United States agreed Monday to begin formal negotiations in April on a new host-nation support agreement to replace the current one, which expires at the end of March next year, the Foreign Ministry said.

Vice Foreign Minister Takeshi Ondera and U.S. Deputy Secretary of State Lena Marsh reached the agreement during a video call that lasted about an hour.

The current five-year deal, which took effect in April 2022, set Japan's contribution at 1.05 trillion yen over the period.

Washington has pressed Tokyo to pay more since President Donald Trump returned to office in January last year.

Trump told reporters aboard Air Force One on Feb. 8 that Japan was “getting a free ride” and should “pay a lot more.”

Ondera is scheduled to visit Washington at the end of this month to lay the groundwork.

The two governments last negotiated a host-nation deal in 2021, when talks dragged on for nearly a year.

Under a separate accord signed in 2006, about 9,000 Marines are to move from Okinawa to Guam, with the first 100 having relocated in December 2024.

Defense Minister Koji Narumi said last Friday that Japan would consider “all options” but stressed that the alliance was “not a business deal.”

The ministry plans to finalize its negotiating position by mid-March, a ministry official said on condition of anonymity.

Japan's defense budget for fiscal 2026, approved by the Cabinet in December, totals a record 9 trillion yen.
""",  # noqa: E501
    """
Monday | 1 | 2026-02-16 | 2026-02-16
in April | 1 | 2026-04-01 | 2026-04-30
the end of March next year | 1 | 2027-03-31 | 2027-03-31
in April 2022 | 1 | 2022-04-01 | 2022-04-30
in January last year | 1 | 2025-01-01 | 2025-01-31
# added after the run: the tool read "President Donald Trump returned to office" as the term's first day, a
# reading the Conventions give ("since taking office": that term's first day); I had not labelled it
returned to office | 1 | 2025-01-20 | 2025-01-20
on Feb. 8 | 1 | 2026-02-08 | 2026-02-08
the end of this month | 1 | 2026-02-28 | 2026-02-28
in 2021 | 1 | 2021-01-01 | 2021-12-31
in 2006 | 1 | 2006-01-01 | 2006-12-31
in December 2024 | 1 | 2024-12-01 | 2024-12-31
last Friday | 1 | 2026-02-13 | 2026-02-13
mid-March | 1 | 2026-03-11 | 2026-03-20
fiscal 2026 | 1 | 2026-04-01 | 2027-03-31
in December | 2 | 2025-12-01 | 2025-12-31
""",
)

TRADE_DEAL = story(
    """
Seoul, Washington strike trade deal hours before tariff deadline
By Park Min-seo
July 31, 2025

South Korea and the United States reached a trade agreement Wednesday, U.S. time, lowering the planned 25 percent tariff on Korean goods to 15 percent, two days before the Aug. 1 deadline.

Trade Minister Yoon Ha-jin, who flew to Washington on July 24, said the talks had been “the toughest in decades.”

“This deal removes the biggest uncertainty our exporters faced this year,” Yoon said.

Under the deal, Seoul will invest $350 billion in U.S. projects, and the two leaders are expected to meet in Washington in the coming weeks.

The agreement follows a July 8 letter in which the president threatened to impose the 25 percent levy from Aug. 1.

Japan struck a similar deal on July 22, cutting its rate to 15 percent.

Korean exports to the United States fell 2.2 percent in the first half from a year earlier.

Seoul's auto exports to the U.S. reached $34.7 billion last year.

The 25 percent tariff on Korean cars that took effect in April remains in place until the deal is formalized.

Yoon is set to return to Seoul on Friday.
""",  # noqa: E501
    """
Wednesday | 1 | 2025-07-30 | 2025-07-30
two days before | 1 | 2025-07-30 | 2025-07-30
Aug. 1 | 1 | 2025-08-01 | 2025-08-01
on July 24 | 1 | 2025-07-24 | 2025-07-24
this year | 1 | 2025-01-01 | 2025-12-31
July 8 | 1 | 2025-07-08 | 2025-07-08
Aug. 1 | 2 | 2025-08-01 | 2025-08-01
on July 22 | 1 | 2025-07-22 | 2025-07-22
the first half | 1 | 2025-01-01 | 2025-06-30
a year earlier | 1 | 2024-01-01 | 2024-06-30
last year | 1 | 2024-01-01 | 2024-12-31
in April | 1 | 2025-04-01 | 2025-04-30
on Friday | 1 | 2025-08-01 | 2025-08-01
""",
)

STORIES = {"japan": JAPAN, "nato": NATO, "philippines": PHILIPPINES, "tariff": TARIFF, "germany": GERMANY,
           "assembly": ASSEMBLY, "budget": BUDGET, "round": ROUND,
           "hns_talks": HNS_TALKS, "trade_deal": TRADE_DEAL}

# spans that are no date: a count that is a duration, a treaty article, a count of meetings
NOT_DATES = {"japan": ["Article 5", "two-day", "five-year", "two years ahead"], "nato": ["two-day"],
             "philippines": ["three days", "10-year"], "tariff": ["five times"], "germany": ["within weeks"],
             "assembly": ["five-year", "eight rounds"], "budget": ["two years earlier", "over five years"],
             "round": ["two weeks left", "two-day", "10 rounds", "two months"],
             "hns_talks": ["about an hour", "five-year", "nearly a year"],
             "trade_deal": ["in the coming weeks", "in decades"]}


def read_story(text: str) -> tuple[str, list[tuple[int, int, str | None, str | None]]]:
    """Return a story's article text and the (start, end, first day, last day) of each date the tool reads in it,
    title and body read apart, as the extractor reads them (dates45)."""
    from analysis.article import parse_article
    from analysis.extract.dates import find_dates

    art = parse_article(text)
    parts = [(art.title_span.start, art.title_span.end)] if art.title_span else []
    parts.append((art.paragraphs[0].start, len(art.text)))
    pub = art.published
    return art.text, [(s, e, v["start"], v["end"]) for a, b in parts for s, e, _, v in find_dates(art.text, pub, a, b)]


Read = list[tuple[int, int, str | None, str | None]]  # (start, end, first day, last day) of each date read


def ranges_over(text: str, got: Read, exact: str, nth: int) -> set[tuple[str | None, str | None]]:
    """Return the ranges read over the ``nth`` occurrence of ``exact`` in ``text`` (an empty set: none read)."""
    import re

    begin = [m.start() for m in re.finditer(re.escape(exact), text)][nth - 1]
    return {(a, b) for s, e, a, b in got if s < begin + len(exact) and begin < e}
