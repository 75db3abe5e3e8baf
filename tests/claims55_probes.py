"""Claim probes of session 55 (verd55, issue #10): figures of other quantities told beside the cost-sharing payment,
and near misses that are the payment, its change or an ask. Every sentence is mine (invented wording, no corpus
sentence); each verdict was set by the corpus Conventions (tests/corpus/README.md) before any run: a figure of a
quantity the data do not cover (the US side's spending, a stationing cost, a defence budget, wages, land, taxes, trade,
tariffs, pledges, another host's payment, a poll, inflation) is ``not_checkable``; the payment, its change and an ask
are judged against data/*.csv (2018: 960.2 bn won; 2019: 1,038.9 bn, +8.2 %; 2021: 1,183.3 bn, +13.9 %; 2022:
1,247.1 bn, +5.4 %; 2025: 1,402.8 bn; 2026: 1,519.2 bn, +8.3 %; the $5 billion ask of 2019).

Each probe is (published, text, the claim's words, the verdict wanted), read by tests/test_years47.read_verdict (one
paragraph after its LEAD on the cost-sharing talks); wants as tests/test_review45.fits reads them ("caught":
contradicted or misleading; "not_checkable": no verdict at all, or none).
"""

# ruff: noqa: E501
from __future__ import annotations

from conftest import table

#: Figures of another quantity, told near words of paying or of the cost-sharing talks: never judged.
OTHER = table(
    r"""
published | text | exact | want
# the US side's own spending, the whole stationing cost
2019-11-20 | The United States spends about $13 billion a year to keep its forces in Korea, far more than Seoul's share. | $13 billion | not_checkable
2019-11-20 | The whole cost of stationing the troops runs to some $4.5 billion a year, and Seoul covers part of it. | $4.5 billion | not_checkable
2019-11-20 | Keeping the garrison costs Washington roughly $3.2 billion annually, a Pentagon estimate shows. | $3.2 billion | not_checkable
2019-11-20 | The Pentagon put its yearly outlay for the Korea mission at $2.1 billion, excluding salaries. | $2.1 billion | not_checkable
2019-11-20 | American taxpayers shoulder about $2.5 billion of the bill each year, Perlow said. | $2.5 billion | not_checkable
2019-11-20 | U.S. spending on the forces in Korea rose 12 percent this year, the report found. | 12 percent | not_checkable
2021-03-15 | The U.S. military's costs in Korea grew 6 percent last year, auditors said. | 6 percent | not_checkable
2019-11-20 | Washington's cost of basing the soldiers has doubled to $4 billion since 2010. | $4 billion | not_checkable
# Korea's defence budget and its growth
2019-11-20 | South Korea's defense budget rose 7.1 percent this year to 47 trillion won. | 7.1 percent | not_checkable
2019-11-20 | South Korea's defense budget rose 7.1 percent this year to 47 trillion won. | 47 trillion won | not_checkable
2021-03-15 | Seoul's military spending grew 5.4 percent this year, Defense Minister Ohn noted. | 5.4 percent | not_checkable
2022-06-01 | The government raised the defence budget by 3.4 percent for the year. | 3.4 percent | not_checkable
2025-07-09 | Seoul earmarked 61.2 trillion won for defence this year, up 3.6 percent. | 61.2 trillion won | not_checkable
2025-07-09 | Seoul earmarked 61.2 trillion won for defence this year, up 3.6 percent. | 3.6 percent | not_checkable
2019-11-20 | Korea spends about 2.5 percent of its GDP on its armed forces. | 2.5 percent | not_checkable
2021-03-15 | The defence ministry's outlays climbed 9 percent from a year earlier. | 9 percent | not_checkable
# arms purchases
2019-11-20 | Seoul has bought American weapons worth $13 billion over the past decade, officials noted. | $13 billion | not_checkable
2019-11-20 | Seoul agreed to buy 20 more F-35 jets for about 4 trillion won. | 4 trillion won | not_checkable
2021-03-15 | Its purchases of U.S. arms rose 30 percent last year, the ministry said. | 30 percent | not_checkable
2019-11-20 | A single Patriot battery costs about $1 billion, a Korean official said during the talks. | $1 billion | not_checkable
# land, taxes, in-kind support
2019-11-20 | Seoul also provides land for the bases worth about 10 trillion won, rent-free. | 10 trillion won | not_checkable
2019-11-20 | Tax exemptions for the U.S. forces are worth roughly 140 billion won a year. | 140 billion won | not_checkable
2019-11-20 | Indirect support such as waived utility fees adds up to about $400 million annually. | $400 million | not_checkable
2021-03-15 | Counting free land and tax breaks, Korea's total support reaches $3.4 billion a year. | $3.4 billion | not_checkable
# Korean workers' pay and its rise
2021-03-15 | The 8,700 Korean workers on the bases will see their pay rise 6 percent this year. | 6 percent | not_checkable
2021-03-15 | Wages of the Korean employees climbed 4.5 percent under the new terms. | 4.5 percent | not_checkable
2020-04-10 | Some 4,000 furloughed workers lost about 30 billion won in wages a month. | 30 billion won | not_checkable
2020-04-10 | The workers' union said its members' pay had risen only 2 percent in five years. | 2 percent | not_checkable
2021-03-15 | The labor cost portion of the budget covers salaries of about 500 billion won. | 500 billion won | not_checkable
# base relocation and construction apart from the SMA
2019-11-20 | Moving the garrison to Pyeongtaek cost $10.7 billion, most of it paid by Seoul. | $10.7 billion | not_checkable
2019-11-20 | Seoul paid about 90 percent of the $10.7 billion relocation bill. | 90 percent | not_checkable
2019-11-20 | The relocation project's budget rose 25 percent over the original plan. | 25 percent | not_checkable
2019-11-20 | The new base at Camp Humphreys cost some $11 billion to build. | $11 billion | not_checkable
# trade, tariffs and investment
2019-11-20 | Korea ran a $17.9 billion trade surplus with America last year, Trump complained while pushing Seoul to pay more. | $17.9 billion | not_checkable
2025-07-09 | Trump set a 25 percent tariff on Korean goods, raising the stakes of the cost-sharing talks. | 25 percent | not_checkable
2025-07-09 | The tariff on Korean cars was cut to 15 percent after Seoul agreed to pay more. | 15 percent | not_checkable
2025-11-10 | Korean firms pledged $350 billion of investment in the United States as part of the deal. | $350 billion | not_checkable
2025-11-10 | Seoul will invest $200 billion in cash over ten years, the White House said. | $200 billion | not_checkable
2025-07-09 | Exports to America fell 8 percent in June as the tariffs bit. | 8 percent | not_checkable
2019-11-20 | Korea's exports to the U.S. rose 10 percent, a fact Trump cited as he pushed for a bigger share. | 10 percent | not_checkable
# other hosts
2019-11-20 | Japan pays about $2 billion a year for the U.S. troops it hosts. | $2 billion | not_checkable
2019-11-20 | Tokyo contributes roughly 197 billion yen a year toward the troops on its soil. | 197 billion yen | not_checkable
2019-11-20 | Germany pays about 1 billion euros a year toward the U.S. bases there. | 1 billion euros | not_checkable
2021-03-15 | Japan's host-nation support rose 1.2 percent this year. | 1.2 percent | not_checkable
2019-11-20 | Japan covers about 75 percent of the cost of the U.S. forces there. | 75 percent | not_checkable
2025-07-09 | NATO allies agreed to spend 5 percent of GDP on defence, and Trump wants Seoul to follow. | 5 percent | not_checkable
2019-11-20 | Germany spends only 1.2 percent of its GDP on defense, Trump said. | 1.2 percent | not_checkable
2019-11-20 | The Philippines got $500 million in U.S. military aid last year. | $500 million | not_checkable
# exercises, aid to the North, inflation, polls
2019-11-20 | Each large joint drill costs about $14 million, Trump said of the exercises. | $14 million | not_checkable
2019-11-20 | Flying the bombers to the peninsula costs $100 million a sortie, Trump claimed. | $100 million | not_checkable
2019-11-20 | Seoul sent $8 million in food aid to North Korea the same year. | $8 million | not_checkable
2019-11-20 | Consumer prices rose 1.5 percent last year, and the payment is pegged to inflation. | 1.5 percent | not_checkable
2021-03-15 | Inflation ran at 0.5 percent in 2020, the central bank said. | 0.5 percent | not_checkable
2019-11-20 | A Gallup poll found 68 percent of South Koreans oppose paying more. | 68 percent | not_checkable
2019-11-20 | In a recent survey, 96 percent said Seoul should not raise its share. | 96 percent | not_checkable
2025-07-09 | About 70 percent of respondents backed keeping the troops, the poll showed. | 70 percent | not_checkable
2019-11-20 | Moon's approval rating fell to 39 percent amid the cost dispute. | 39 percent | not_checkable
# interest, unspent sums, misc costs
2019-11-20 | Some 1.3 trillion won of past contributions sits unspent in U.S. accounts, lawmakers said. | 1.3 trillion won | not_checkable
2019-11-20 | The unspent funds earned about 300 billion won in interest at a U.S. bank. | 300 billion won | not_checkable
2019-11-20 | THAAD's deployment cost about $1 billion, which Trump wanted Seoul to pay. | $1 billion | not_checkable
2019-11-20 | The U.S. spent $5 billion on the base-building spree across Asia last year. | $5 billion | not_checkable
2019-11-20 | Shipping costs for the rotation rose 40 percent, a logistics officer said. | 40 percent | not_checkable
2021-03-15 | The U.S. Army's pay raise for soldiers was 3 percent this year. | 3 percent | not_checkable
2021-03-15 | The deal lifted Seoul's defence spending goal by 6.1 percent a year. | 6.1 percent | not_checkable
2019-11-20 | Korea's economy grew 2 percent last year, slower than hoped. | 2 percent | not_checkable
2019-11-20 | The United States pays the salaries of its soldiers, about $2 billion a year. | $2 billion | not_checkable
2021-03-15 | Japan agreed to pay 1.05 trillion yen over five years for the U.S. forces it hosts. | 1.05 trillion yen | not_checkable
2019-11-20 | Kuwait pays 58 percent of the cost of U.S. forces there, Trump said. | 58 percent | not_checkable
2019-11-20 | Germany's military budget jumped 12 percent this year, officials in Berlin said. | 12 percent | not_checkable
2025-07-09 | Seoul's defence budget will reach 66 trillion won next year, the finance ministry said. | 66 trillion won | not_checkable
2019-11-20 | The Army's construction budget for the peninsula was $300 million last year. | $300 million | not_checkable
2019-11-20 | The won has lost 6 percent against the dollar this year, making the payment dearer. | 6 percent | not_checkable
"""
)

#: Figures of another quantity whose clause names a payer or a share but no payment (the doubts main withholds as
#: `unverifiable`): the data do not cover them either.
WITHHELD = table(
    r"""
published | text | exact | want
2019-11-20 | Seoul has also spent 3 trillion won on the new headquarters, officials said. | 3 trillion won | not_checkable
2019-11-20 | Counting indirect support, the total came to about 3 trillion won last year. | 3 trillion won | not_checkable
2019-11-20 | South Korea provided $2.3 billion in direct and indirect support in 2019. | $2.3 billion | not_checkable
2019-11-20 | Korea's support in kind, such as land, is worth about 1 trillion won a year. | 1 trillion won | not_checkable
2019-11-20 | The fund for the Korean workers' wages grew 20 percent this year. | 20 percent | not_checkable
2019-11-20 | Aid to North Korea rose 15 percent this year, the unification ministry said. | 15 percent | not_checkable
2019-11-20 | Spending on the garrison's housing rose 9 percent in 2019. | 9 percent | not_checkable
2019-11-20 | The Pentagon wants 7 percent more for its Korea operations next year. | 7 percent | not_checkable
2019-11-20 | Seoul has committed to buy $25 billion in U.S. arms by 2030. | $25 billion | not_checkable
2019-11-20 | The price of the fighter package rose 12 percent since the talks began. | 12 percent | not_checkable
2019-11-20 | Seoul gave about 500 billion won in utilities and tax waivers last year. | 500 billion won | not_checkable
2021-03-15 | The labor portion covers 75 percent of the base workers' pay. | 75 percent | not_checkable
2021-03-15 | The share of the payment spent on construction fell to 40 percent. | 40 percent | not_checkable
2021-03-15 | Korea's share of the total cost rose to 50 percent in 2021. | 50 percent | not_checkable
2021-03-15 | Japan raised its own share 5 percent this year, Tokyo said. | 5 percent | not_checkable
2019-11-20 | Seoul spent 4.4 trillion won on military helicopters last year. | 4.4 trillion won | not_checkable
2019-11-20 | The U.S. forces' budget for Korean workers is $500 million a year. | $500 million | not_checkable
2019-11-20 | The Navy's spending at the port rose 30 percent, a congressional report found. | 30 percent | not_checkable
2019-11-20 | Moving the 2nd Infantry Division cost Seoul about $4 billion, the ministry said. | $4 billion | not_checkable
2019-11-20 | Its cost for the missile shield reached $900 million, Tokyo said. | $900 million | not_checkable
2025-07-09 | The investment fund Seoul offered grew 10 percent in the latest round. | 10 percent | not_checkable
2019-11-20 | The figure Germany pays rose 4 percent this year. | 4 percent | not_checkable
"""
)

#: Figures of another quantity whose own clause does name the payment or its payer (a share of a whole, a part of the
#: payment, another side's payment beside Seoul's, a multiple of another base): still no claim the data cover.
NAMED = table(
    r"""
published | text | exact | want
2019-11-20 | Seoul's payment accounts for about 2.2 percent of its defense budget. | 2.2 percent | not_checkable
2019-11-20 | The contribution equals roughly 0.05 percent of South Korea's GDP. | 0.05 percent | not_checkable
2021-03-15 | About 75 percent of Seoul's contribution goes to the wages of Korean workers. | 75 percent | not_checkable
2019-11-20 | Seoul pays for about 40 percent of the non-personnel stationing costs. | 40 percent | not_checkable
2019-11-20 | Washington pays about 60 percent of the costs of the troops, Seoul the rest. | 60 percent | not_checkable
2019-11-20 | Seoul pays 1.0389 trillion won this year, while Washington pays about $3 billion. | $3 billion | not_checkable
2019-11-20 | Tokyo's payment is about $1.7 billion this year, almost twice Seoul's. | $1.7 billion | not_checkable
2019-11-20 | Japan's contribution rose 3 percent this year, Seoul's 8.2 percent. | 3 percent | not_checkable
2019-11-20 | Japan's contribution rose 3 percent this year, Seoul's 8.2 percent. | 8.2 percent | supported
2019-11-20 | The construction share of the payment fell 12 percent this year, the ministry said. | 12 percent | not_checkable
2019-11-20 | The labor share of Seoul's payment rose 6 percent this year, the union said. | 6 percent | not_checkable
2021-03-15 | Of the 1.1833 trillion won Seoul pays this year, 600 billion won goes to wages. | 600 billion won | not_checkable
2021-03-15 | Of the 1.1833 trillion won Seoul pays this year, 600 billion won goes to wages. | 1.1833 trillion won | supported
2019-11-20 | Seoul paid 30 percent more than Taipei for comparable support, a study estimated. | 30 percent | not_checkable
2019-11-20 | The payment per soldier works out to about $31,000 a year. | $31,000 | not_checkable
2019-11-20 | Each Korean household pays about 50,000 won a year toward the troops, by one estimate. | 50,000 won | not_checkable
2019-11-20 | The U.S. share of the cost fell 8 percent as Seoul paid more. | 8 percent | not_checkable
2019-11-20 | Germany's contribution, $1 billion, is far below Seoul's. | $1 billion | not_checkable
2019-11-20 | Seoul spends 2.5 percent of GDP on its military, and its SMA payment rose 8.2 percent. | 2.5 percent | not_checkable
2019-11-20 | Seoul spends 2.5 percent of GDP on its military, and its SMA payment rose 8.2 percent. | 8.2 percent | supported
2025-11-10 | Seoul's contribution under the new deal rises 8.3 percent, less than its 8.5 percent defence budget rise. | 8.5 percent | not_checkable
2025-11-10 | Seoul's contribution under the new deal rises 8.3 percent, less than its 8.5 percent defence budget rise. | 8.3 percent | supported
2019-11-20 | Seoul paid about 1 trillion won this year, and its arms purchases cost 4 trillion won. | 4 trillion won | not_checkable
2019-11-20 | Seoul's payment covers the pay of 8,700 Korean staff, about 510 billion won. | 510 billion won | not_checkable
"""
)

#: The payment, its change or an ask, right or wrong, told beside other quantities: judged as ever.
NEAR = table(
    r"""
published | text | exact | want
2019-11-20 | Seoul's contribution this year is 1.0389 trillion won, while Japan pays far more. | 1.0389 trillion won | supported
2019-11-20 | Seoul's contribution this year is 1.5 trillion won, while Japan pays far more. | 1.5 trillion won | caught
2019-11-20 | Seoul pays 1.04 trillion won this year under the cost-sharing deal. | 1.04 trillion won | supported
2019-11-20 | Seoul pays 1.4 trillion won this year under the cost-sharing deal. | 1.4 trillion won | caught
2019-11-20 | South Korea's payment rose 8.2 percent this year to 1.0389 trillion won. | 8.2 percent | supported
2019-11-20 | South Korea's payment rose 18 percent this year to 1.0389 trillion won. | 18 percent | caught
2021-03-15 | Seoul agreed to raise its contribution by 13.9 percent for 2021. | 13.9 percent | supported
2021-03-15 | Seoul agreed to raise its contribution by 19.9 percent for 2021. | 19.9 percent | caught
2021-03-15 | Under the deal, Seoul pays 1.1833 trillion won in 2021, a 13.9 percent increase. | 1.1833 trillion won | supported
2021-03-15 | Under the deal, Seoul pays 1.5833 trillion won in 2021, a 13.9 percent increase. | 1.5833 trillion won | caught
2022-06-01 | Seoul's share of the cost rose 5.4 percent this year to 1.2471 trillion won. | 5.4 percent | supported
2022-06-01 | Seoul's share of the cost rose 9.4 percent this year to 1.2471 trillion won. | 9.4 percent | caught
2019-11-20 | Washington has demanded $5 billion a year from Seoul, about five times what it pays now. | $5 billion | supported
2019-11-20 | Seoul paid 960.2 billion won last year, while Tokyo paid much more. | 960.2 billion won | supported
2019-11-20 | Seoul paid 860 billion won last year, while Tokyo paid much more. | 860 billion won | caught
2025-11-10 | Seoul will pay 1.5192 trillion won in 2026, up 8.3 percent, as its defence budget grows. | 1.5192 trillion won | supported
2025-11-10 | Seoul will pay 1.5192 trillion won in 2026, up 8.3 percent, as its defence budget grows. | 8.3 percent | supported
2025-11-10 | Seoul will pay 1.5192 trillion won in 2026, up 18.3 percent, as its defence budget grows. | 18.3 percent | caught
2019-11-20 | South Korea's contribution to the upkeep of U.S. troops was 1.0389 trillion won in 2019, and Japan's was larger. | 1.0389 trillion won | supported
2019-11-20 | South Korea's contribution to the upkeep of U.S. troops was 1.3389 trillion won in 2019, and Japan's was larger. | 1.3389 trillion won | caught
2019-11-20 | Seoul paid 1.0389 trillion won this year, while its defense budget rose 7 percent. | 1.0389 trillion won | supported
2019-11-20 | Seoul paid 1.0389 trillion won this year, while its defense budget rose 7 percent. | 7 percent | not_checkable
2019-11-20 | The cost-sharing payment rose 8.2 percent in 2019, while defense spending rose 8.2 percent too. | 8.2 percent | supported
2021-03-15 | South Korea will pay 13.9 percent more this year, and wages for base workers rise 6 percent. | 13.9 percent | supported
2021-03-15 | South Korea will pay 13.9 percent more this year, and wages for base workers rise 6 percent. | 6 percent | not_checkable
2021-03-15 | South Korea will pay 19.9 percent more this year, and wages for base workers rise 6 percent. | 19.9 percent | caught
2019-11-20 | Under the 10th SMA, Seoul pays 1.0389 trillion won for 2019. | 1.0389 trillion won | supported
2019-11-20 | Under the 10th SMA, Seoul pays 1.2389 trillion won for 2019. | 1.2389 trillion won | caught
2019-11-20 | Seoul's SMA contribution for 2018 was 960 billion won. | 960 billion won | supported
2019-11-20 | Seoul's SMA contribution for 2018 was 700 billion won. | 700 billion won | caught
2021-03-15 | The 11th SMA raised Seoul's payment 13.9 percent in its second year, to 1.18 trillion won. | 1.18 trillion won | supported
2022-06-01 | Seoul's payment under the SMA is 1.2471 trillion won this year, up 5.4 percent. | 1.2471 | supported
2022-06-01 | Seoul's payment under the SMA is 1.7471 trillion won this year, up 5.4 percent. | 1.7471 | caught
2019-11-20 | Seoul's cost-sharing bill is 1.0389 trillion won this year; Japan's host-nation support is about $2 billion. | $2 billion | not_checkable
2019-11-20 | Seoul's cost-sharing bill is 1.0389 trillion won this year; the U.S. spends about $4.5 billion. | $4.5 billion | not_checkable
2019-11-20 | Seoul contributes 1.0389 trillion won this year, about 8.2 percent more than in 2018. | 8.2 percent | supported
2019-11-20 | Seoul contributes 1.0389 trillion won this year, about 12.2 percent more than in 2018. | 12.2 percent | caught
2019-11-20 | South Korea paid $891 million this year for the U.S. troops. | $891 million | supported
2019-11-20 | South Korea paid $1.9 billion this year for the U.S. troops. | $1.9 billion | caught
2021-03-15 | Seoul's share will rise 13.9 percent this year to about $1 billion, the ministry said. | 13.9 percent | supported
2021-03-15 | Seoul's share will rise 23.9 percent this year to about $1 billion, the ministry said. | 23.9 percent | caught
2019-11-20 | South Korea's contribution rose 8.2 percent this year, less than its defense budget's 8.2 percent rise. | 8.2 percent | supported
2019-11-20 | Seoul paid 1.0389 trillion won in 2019, a sum that is 8.2 percent more than in 2018. | 8.2 percent | supported
2019-11-20 | Seoul paid 1.0389 trillion won in 2019, a sum that is 28.2 percent more than in 2018. | 28.2 percent | caught
2019-11-20 | Seoul contributed 960 billion won in 2018 toward the troops' upkeep. | 960 billion won | supported
2019-11-20 | Seoul contributed 1.96 trillion won in 2018 toward the troops' upkeep. | 1.96 trillion won | caught
2021-03-15 | The new deal lifts Seoul's contribution 13.9 percent to 1.1833 trillion won this year. | 1.1833 trillion won | supported
2021-03-15 | The new deal lifts Seoul's contribution 13.9 percent to 1.3833 trillion won this year. | 1.3833 trillion won | caught
2019-11-20 | Seoul's payment for the U.S. troops in 2019 is 1.0389 trillion won. | 1.0389 trillion won | supported
2019-11-20 | Seoul's payment for the U.S. troops in 2019 is 1.8389 trillion won. | 1.8389 trillion won | caught
"""
)

#: Every probe, in order.
PROBES = OTHER + WITHHELD + NAMED + NEAR
