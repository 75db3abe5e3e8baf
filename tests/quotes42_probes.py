# ruff: noqa: E501
"""# Probe stories, labelled before running (quotes42)."""
JAPAN = """TOKYO, March 4 (Reuters) - Japan and the United States opened talks on Tuesday on how much Tokyo should pay to host American troops, with a senior Japanese official warning that Washington's demands were "far beyond what the public will accept."

The current five-year agreement, known in Japan as the "sympathy budget," expires in March next year.

"We will explain our position carefully, and we expect a serious discussion," Foreign Minister Haruto Kisaragi told reporters in Tokyo.

U.S. officials have not publicly named a figure. But two people familiar with the negotiations said the U.S. side had floated an increase of "several times" the current level.

"Nobody on our side thinks that number is realistic," one of the people said, speaking on condition of anonymity because the talks are private.

The Defense Ministry said in a statement that the talks would cover "training relocation, utilities and labor costs" and that Japan remained "fully committed" to the alliance.

A spokesman for the U.S. Embassy in Tokyo declined to comment on the figures but said Washington wanted "a fair share from every ally."

The Asahi newspaper reported on Monday, citing government sources, that Tokyo was prepared to offer a modest rise. "A modest increase is the ceiling," the paper quoted one source as saying.

Opposition lawmaker Mei Tachibana said the government should "stand firm."

"If we give in now, we will pay more every time," she said."""
JAPAN_WANT = [
    ("far beyond", "a senior Japanese official/senior Japanese official"),
    ("sympathy budget", "None"),
    ("We will explain", "Haruto Kisaragi"),
    ("several times", "two people familiar with the negotiations/people familiar with the negotiations"),
    ("Nobody on our side", "one of the people/two people familiar with the negotiations/people familiar with the negotiations"),
    ("training relocation", "Defense Ministry/Japan's Defense Ministry/Japanese Defense Ministry"),
    ("fully committed", "Defense Ministry/Japan's Defense Ministry/Japanese Defense Ministry"),
    ("a fair share", "a spokesman for the U.S. Embassy in Tokyo/spokesman for the U.S. Embassy in Tokyo/a spokesman for the U.S. Embassy/U.S. Embassy in Tokyo/U.S. Embassy"),
    ("A modest increase", "one source/source/government sources"),
    ("stand firm", "Mei Tachibana"),
    ("If we give in", "Mei Tachibana"),
]
NATO = """BRUSSELS (AP) — NATO allies edged closer Thursday to a new target of spending 5% of their economic output on defense, though several governments warned the goal was "not achievable" by the end of the decade.

Secretary-General Anders Vollen said he was confident of agreement at the summit. "Every ally understands the moment we are in," Vollen said.

A senior NATO diplomat, who asked not to be named because the talks were confidential, said Spain and Belgium remained "the two hardest cases."

"The money is there. The will is the question," the diplomat said.

Spain's government said in a statement that it would meet its commitments "in a realistic way" but would not sign up to a figure "that puts our welfare state at risk."

Washington has pushed hard. U.S. Ambassador to NATO Tom Belcroft told reporters that allies who fell short "will have to explain themselves to the American people."

German officials were more upbeat. "We are already on the path," a German defense ministry spokeswoman said.

Analysts were skeptical. "Five percent is a political number, not a military one," said Lena Markov, a defense analyst at the Baltic Policy Institute in Tallinn.

The alliance's current 2% guideline, agreed in 2014, was met by 23 of 32 allies last year, according to NATO figures."""
NATO_WANT = [
    ("not achievable", "several governments/governments"),
    ("Every ally", "Anders Vollen"),
    ("two hardest", "a senior NATO diplomat/senior NATO diplomat"),
    ("The money is there", "a senior NATO diplomat/senior NATO diplomat/the diplomat"),
    ("in a realistic way", "Spain's government/Spanish government/Spain"),
    ("welfare state", "Spain's government/Spanish government/Spain"),
    ("explain themselves", "Tom Belcroft"),
    ("already on the path", "a German defense ministry spokeswoman/German defense ministry spokeswoman"),
    ("Five percent", "Lena Markov"),
]
GERMANY = """US troop cut ‘a slap in the face’, says German minister

Berlin has reacted angrily to Washington's decision to withdraw 9,500 troops from Germany, with the defence minister, Katrin Oswald, calling the move ‘a slap in the face’ for a loyal ally.

‘We were not consulted, not even informed in advance,’ Oswald told the broadcaster ZDF on Sunday.

A White House official said the decision reflected Germany's failure to meet its spending obligations. ‘They have been delinquent for years,’ the official said.

The mayor of Vilseck, where thousands of US soldiers are stationed, said the town would lose ‘the heart of our economy’.

Local business owners echoed that. ‘Half my customers are Americans,’ said one restaurant owner, who gave only her first name, Anja.

The German foreign ministry said it regretted the decision, which it described as ‘not in the interest of either side’.

Chancellor Felix Amberg’s spokesman, Jonas Reuter, said on Monday the government would ‘remain calm’ and continue talks."""
GERMANY_WANT = [
    ("a slap in the face", "Katrin Oswald/German minister"),
    ("a slap in the face", "Katrin Oswald"),
    ("We were not consulted", "Katrin Oswald"),
    ("delinquent", "a White House official/White House official"),
    ("heart of our economy", "mayor of Vilseck/The mayor of Vilseck"),
    ("Half my customers", "one restaurant owner/restaurant owner/Anja"),
    ("not in the interest", "German foreign ministry/The German foreign ministry"),
    ("remain calm", "Jonas Reuter"),
]
KOREA = """SEOUL, July 21 (Yonhap) -- South Korea will propose a package of investment and purchase commitments in its tariff talks with the United States this week, a government official said Monday, as the Aug. 1 deadline approaches.

"We are preparing a proposal that addresses Washington's concerns while protecting our key industries," the official told Yonhap News Agency on condition of anonymity.

Trade Minister Yoon Ha-jin is set to fly to Washington on Wednesday. The trade ministry said in a statement that Yoon would seek "a mutually beneficial outcome" with U.S. Commerce Secretary Dale Prewitt.

Industry officials fear a 25 percent tariff on autos. "A 25 percent tariff would wipe out our margins in the U.S. market," said an official at a major automaker, who declined to be named.

The JoongAng Ilbo reported Sunday, citing multiple government sources, that Seoul was considering a shipbuilding cooperation fund worth up to $100 billion. The presidential office declined to confirm the report, saying only that "nothing has been decided."

Experts said Seoul's leverage was limited. "Korea needs the U.S. market more than the U.S. needs Korea's," said Park Seo-yeon, a trade professor at Korea University.

She added that the security relationship, including the cost-sharing deal for U.S. troops, could be drawn into the talks.

"The Americans have made it clear they see everything as one package. Defense costs, tariffs, investment -- it is all on the table.

"We should be prepared for that," she said.

A source close to the negotiations told Yonhap that the two sides had narrowed their differences on agriculture but remained "far apart" on autos."""
KOREA_WANT = [
    ("We are preparing", "a government official/government official/the official"),
    ("mutually beneficial", "trade ministry/The trade ministry/South Korea's trade ministry"),
    ("wipe out", "an official at a major automaker/official at a major automaker"),
    ("nothing has been decided", "presidential office/The presidential office"),
    ("Korea needs", "Park Seo-yeon"),
    ("one package", "Park Seo-yeon"),
    ("prepared for that", "Park Seo-yeon"),
    ("far apart", "A source close to the negotiations/source close to the negotiations/source"),
]
PHILIPPINES = """MANILA, Philippines (AFP) — The Philippines on Wednesday rejected a US request to host additional troops at two northern bases, with Defense Secretary Ramon Alcaraz calling the proposal "premature" while negotiations on cost-sharing continue.

"We welcome our partners, but we decide the terms," Alcaraz told reporters at Camp Aguinaldo.

The US embassy in Manila said in a statement posted on its website that Washington remained "committed to the defense of the Philippines."

"The alliance is ironclad," the embassy said.

A Philippine navy spokesman, Rear Admiral Tomas Villareal, said the two sides would hold "technical talks" next month.

Senator Lourdes Manalo, who chairs the Senate defense committee, said the government should demand "real compensation" for the use of the bases.

"Our people bear the risk. They deserve more than promises," she said.

According to a draft seen by AFP, Washington has offered to fund "infrastructure upgrades" at the sites. The draft states that the US would cover "all construction costs."

Analysts in Manila were divided. "This is a negotiating tactic, nothing more," said Carlo Bautista, a security analyst at the University of the Philippines.

"Manila is trying to get a better price. It knows Washington needs these bases.

"In the end, a deal will be done," Bautista said."""
PHILIPPINES_WANT = [
    ("premature", "Ramon Alcaraz"),
    ("We welcome our partners", "Ramon Alcaraz"),
    ("committed to the defense", "US embassy in Manila/US embassy/The US embassy in Manila/embassy"),
    ("The alliance is ironclad", "US embassy in Manila/US embassy/The US embassy in Manila/embassy"),
    ("technical talks", "Tomas Villareal"),
    ("real compensation", "Lourdes Manalo"),
    ("Our people bear the risk", "Lourdes Manalo"),
    ("infrastructure upgrades", "draft/a draft/a draft seen by AFP"),
    ("all construction costs", "draft/a draft/The draft"),
    ("This is a negotiating tactic", "Carlo Bautista"),
    ("Manila is trying", "Carlo Bautista"),
    ("In the end", "Carlo Bautista"),
]
KOREAN_OUTLET = """Yoon Ha-jin: ‘Tariff Talks Will Not Touch Troop Costs’

Trade Minister Yoon Ha-jin said on the 21st that the tariff negotiations with the United States “will not include the defense cost-sharing issue.”

Speaking to reporters at the government complex in Sejong, Minister Yoon said, ‘The defense cost is a matter for the security authorities, and we have drawn a clear line.’

He added, ”We expect a reasonable outcome before the deadline.”

A senior official at the presidential office also told reporters, “There has been no request from the U.S. side to link the two issues.”

The official said the government would “respond calmly” to any such request.

Meanwhile, the opposition People Power Party criticized the government, saying it had “no strategy at all.”

Rep. Choi Min-seo of the People Power Party said, “The government must disclose what it has offered.”

Experts were cautious. Professor Lim Ji-won of Hanul University said, “Washington sees tariffs and troops as one bill. Seoul cannot separate them forever.”"""
KOREAN_OUTLET_WANT = [
    ("Tariff Talks Will Not Touch", "Yoon Ha-jin"),
    ("will not include the defense", "Yoon Ha-jin"),
    ("The defense cost is a matter", "Yoon Ha-jin"),
    ("We expect a reasonable outcome", "Yoon Ha-jin"),
    ("There has been no request", "a senior official at the presidential office/senior official at the presidential office/presidential office official/presidential office"),
    ("respond calmly", "a senior official at the presidential office/senior official at the presidential office/presidential office official/presidential office/the official"),
    ("no strategy at all", "People Power Party/the opposition People Power Party"),
    ("must disclose", "Choi Min-seo"),
    ("Washington sees tariffs", "Lim Ji-won"),
]
