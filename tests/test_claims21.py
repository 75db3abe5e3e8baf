"""A probe battery (claims21): the figures of data/ stated rightly, wrongly and loosely in the frames news copy uses.

The rows are written for these tests from data/ alone (no article read); each states one figure of the data — an
SMA payment by year in won or dollars, a demand, an offer, an exchange-rate conversion — or another quantity the
data does not hold, in one of the ways news English states such figures. Each row says the verdict a careful
checker gives with data/ and whether the figure is right (``right``: yes, no, or ``-`` when the data cannot say).
A wrong figure is a wrong year's figure, one off by a third or more, a unit slip (million / billion / trillion) or a
wrong percent rise; a loose one is "about", "nearly", "more than", "under" or rounded. Verdicts: a verdict, or
"caught" (contradicted or misleading), or "not_contradicted" (anything else: a forecast or a sum the data cannot
settle is never called false). A row whose figure is read as no claim at all counts as ``not_checkable``.

Tables (one class of news English each; the rows after "# controls" must keep their verdict):

- ``PAYMENT_YEAR``: a payment by year ("Seoul paid X last year", "this year's contribution of X", "X, up P% from a
  year earlier").
- ``LOOSE``: a payment given as a floor, a ceiling or a round figure.
- ``CHANGE_AMOUNT``: a rise given as a sum ("rose by X won"): the change, not the payment.
- ``SINCE``: a change or a multiple counted from an earlier year ("has risen 35 percent since 2020").
- ``INDEXED``: the payment's change with the index of later rises named after it ("and in line with defence
  spending"): the payment's, not the index's.
- ``ANAPHOR``: a sentence opening on "That is" / "That figure is" says its figure of the amount before.
- ``AVERAGE``: an average yearly change over an agreement ("over the 9th SMA") or a range of years.
- ``DEAL``: multi-year deals and totals ("the five-year deal", "a total of X over two years").
- ``DEMAND``: the US side's demands, who made them and when ("Trump demanded X", "Washington initially sought X").
- ``OFFER``: Seoul's offers and counter-offers.
- ``FORECAST``: forecasts and hypotheticals ("could rise to", "if Seoul agreed").
- ``RATIO``: multiples ("a fivefold increase", "five times what Seoul pays").
- ``CONVERSION``: a sum restated in the other currency, in parentheses or after a comma with a hedge ("X, roughly
  Y").
- ``OTHER``: other quantities (defence budget, workers' wages, tariffs, troops, arms purchases, the cost of the
  troops, shares of the cost): not checkable.
- ``QUOTATION``: the figures in quotation marks.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_claims, run_rows, table, verdict_fits

#: A payment by year.
PAYMENT_YEAR = table(
    r"""
published | text | exact | verdict | right
2019-12-01 | Seoul paid 960 billion won last year for the upkeep of U.S. troops. | 960 billion won | supported | yes
2019-12-01 | Seoul paid 1.2 trillion won last year for the upkeep of U.S. troops. | 1.2 trillion won | caught | no
2019-06-01 | This year's contribution of 1.04 trillion won is up 8.2 percent from a year earlier. | 1.04 trillion won | supported | yes
2019-06-01 | This year's contribution of 1.04 trillion won is up 8.2 percent from a year earlier. | 8.2 percent | supported | yes
2019-06-01 | This year's contribution of 1.04 trillion won is up 12 percent from a year earlier. | 12 percent | caught | no
2019-06-01 | South Korea will pay 1.04 billion won this year, up 8.2 percent from a year earlier. | 1.04 billion won | caught | no
2021-06-01 | Seoul's share this year is 1.18 trillion won, a 13.9 percent increase. | 1.18 trillion won | supported | yes
2021-06-01 | Seoul's share this year is 1.18 trillion won, a 13.9 percent increase. | 13.9 percent | supported | yes
2021-06-01 | Seoul's share this year is 1.18 trillion won, a 19.3 percent increase. | 19.3 percent | caught | no
2021-06-01 | Seoul pays 1.04 trillion won this year under the new deal. | 1.04 trillion won | caught | no
2025-08-01 | South Korea pays about 1.4 trillion won this year for the U.S. troops. | 1.4 trillion won | supported | yes
2025-08-01 | South Korea pays about $1 billion this year for the U.S. troops. | $1 billion | supported | yes
2025-08-01 | South Korea pays about $1.4 billion this year for the U.S. troops. | $1.4 billion | caught | no
2019-03-10 | Seoul paid about $870 million in 2018. | $870 million | supported | yes
2019-03-10 | Seoul paid $1.3 billion in 2018 for the American troops. | $1.3 billion | caught | no
2022-05-01 | Seoul pays 1.25 trillion won this year. | 1.25 trillion won | supported | yes
2022-05-01 | Seoul pays 1.52 trillion won this year. | 1.52 trillion won | caught | no
2016-05-01 | South Korea paid 944.1 billion won this year. | 944.1 billion won | supported | yes
2015-05-01 | In 2014, Seoul paid 920 billion won, up 5.8 percent. | 5.8 percent | supported | yes
2015-05-01 | In 2014, Seoul paid 920 billion won, up 15.8 percent. | 15.8 percent | caught | no
2014-05-01 | Last year Seoul paid 869.5 billion won for the U.S. forces. | 869.5 billion won | supported | yes
2014-05-01 | Last year Seoul paid 1.2 trillion won for the U.S. forces. | 1.2 trillion won | caught | no
2019-12-01 | Seoul's contribution rose to 1.04 trillion won this year from 960 billion won in 2018. | 960 billion won | supported | yes
2019-12-01 | Seoul's contribution rose to 1.04 trillion won this year from 660 billion won in 2018. | 660 billion won | caught | no
2023-02-01 | Seoul paid 1.25 trillion won in 2022, up 5.4 percent from 2021. | 5.4 percent | supported | yes
2023-02-01 | Seoul paid 1.25 trillion won in 2022, up 15.4 percent from 2021. | 15.4 percent | caught | no
2019-06-01 | South Korea will shoulder KRW 1.24 trillion this year. | KRW 1.24 trillion | caught | no
2019-06-01 | South Korea's cost-sharing payment this year is US$891 million. | US$891 million | supported | yes
2019-06-01 | The cost-sharing payment was 1.2 trillion won in 2018 and 1.04 trillion won in 2019. | 1.2 trillion won | caught | no
2022-03-10 | The 2021 contribution was 1.18 billion won. | 1.18 billion won | caught | no
2026-01-10 | Last year Seoul paid 1.4 trillion won. | 1.4 trillion won | supported | yes
2026-01-10 | Last year Seoul paid 1.04 trillion won. | 1.04 trillion won | caught | no
2019-06-01 | Seoul's bill for this year is W1.04 trillion, up 8.2 percent. | W1.04 trillion | supported | yes
2019-06-01 | Seoul's bill for this year is W1.4 trillion, up 8.2 percent. | W1.4 trillion | caught | no
2019-06-01 | Seoul footed a bill of $891 million this year. | $891 million | supported | yes
2019-06-01 | Seoul footed a bill of $1.89 billion this year. | $1.89 billion | caught | no
2019-03-08 | Seoul to pay 1.04 tril. won for USFK this year | 1.04 tril. won | supported | yes
2019-03-08 | Seoul to pay 1.4 tril. won for USFK this year | 1.4 tril. won | caught | no
2019-03-08 | This year 1.44 trillion won will be paid by Seoul for the U.S. troops. | 1.44 trillion won | caught | no
2019-03-08 | Seoul agreed to pay about US$1.89 billion this year. | US$1.89 billion | caught | no
2019-03-08 | The 10th SMA, which takes effect this year, raises the payment to 1.24 trillion won. | 1.24 trillion won | caught | no
2021-03-12 | In 2020, with no deal in place, Seoul paid the same 1.04 trillion won as in 2019. | 1.04 trillion won | supported | yes
2021-03-12 | In 2020, with no deal in place, Seoul paid 1.2 trillion won. | 1.2 trillion won | caught | no
2025-03-01 | Seoul will pay 1.9 trillion won this year, its last under the 11th SMA. | 1.9 trillion won | caught | no
# controls: a bill that is not the payment
2019-12-04 | Parliament passed a bill raising the defence budget to 50.15 trillion won. | 50.15 trillion won | not_checkable | -
2019-06-01 | Seoul faces a bill of $2 billion for the new fighter jets. | $2 billion | not_checkable | -
"""  # noqa: E501
)

#: A payment as a floor, a ceiling or a round figure.
LOOSE = table(
    r"""
published | text | exact | verdict | right
2019-12-01 | Seoul paid roughly 1 trillion won this year. | 1 trillion won | supported | yes
2019-12-01 | Seoul paid more than 1 trillion won this year. | 1 trillion won | supported | yes
2019-12-01 | Seoul paid less than 1 trillion won this year. | 1 trillion won | caught | no
2021-06-01 | This year Seoul pays almost 1.2 trillion won. | 1.2 trillion won | supported | yes
2025-06-01 | This year Seoul pays over 1.4 trillion won. | 1.4 trillion won | supported | yes
2025-06-01 | This year Seoul pays more than 1.8 trillion won. | 1.8 trillion won | caught | no
2019-12-01 | Seoul paid under $900 million this year. | $900 million | supported | yes
2019-12-01 | Seoul paid at least $1.2 billion this year. | $1.2 billion | caught | no
2019-03-10 | Seoul paid nearly $900 million in 2018. | $900 million | supported | yes
2019-03-10 | Seoul paid well over $1.5 billion in 2018. | $1.5 billion | caught | no
"""
)

#: A rise or fall given as a sum ("rose by X"): the change, not the payment.
CHANGE_AMOUNT = table(
    r"""
published | text | exact | verdict | right
2019-06-01 | The amount Seoul pays rose by 78.7 billion won this year. | 78.7 billion won | supported | yes
2019-06-01 | The amount Seoul pays rose by 178.7 billion won this year. | 178.7 billion won | caught | no
2019-06-01 | Seoul's payment this year rose 78.7 billion won over the previous year. | 78.7 billion won | supported | yes
2021-03-15 | Seoul's payment rose by 144.4 billion won this year. | 144.4 billion won | supported | yes
2021-03-15 | Seoul's payment rose by 244.4 billion won this year. | 244.4 billion won | caught | no
2021-03-15 | Seoul's contribution climbed 144 billion won from last year. | 144 billion won | supported | yes
# controls: the payment a rise brings it to, and the payment a rise starts from, stay payments
2021-03-15 | Seoul's payment rose by 13.9 percent to 1.18 trillion won this year. | 1.18 trillion won | supported | yes
2021-03-15 | Seoul's payment rose by 13.9 percent to 1.48 trillion won this year. | 1.48 trillion won | caught | no
2019-06-01 | Seoul's payment rose by an increase of 78.7 billion won from last year's 960.2 billion won. | 960.2 billion won | supported | yes
"""  # noqa: E501
)

#: A change or a multiple counted from an earlier year ("since 2020").
SINCE = table(
    r"""
published | text | exact | verdict | right
2025-03-01 | Seoul's payment has risen by about 35 percent since 2020. | 35 percent | supported | yes
2025-03-01 | Seoul's payment has risen by about 85 percent since 2020. | 85 percent | caught | no
2025-03-01 | Seoul's payment has risen by half since 2014. | half | not_contradicted | -
2025-03-01 | Seoul's payment has more than tripled since 2014. | tripled | caught | no
2025-03-01 | Seoul's payment has nearly doubled since 2014. | doubled | caught | no
2025-03-01 | Seoul's payment is now 1.5 times what it was in 2014. | 1.5 times | not_contradicted | yes
# controls: a fraction is no multiple; a change on the year before is the year's own; "the biggest rise since"
2021-03-12 | Seoul's payment rose 13.9 percent this year, the biggest rise since 2002. | 13.9 percent | supported | yes
2020-01-10 | Seoul's payment has risen 8.2 percent since 2018. | 8.2 percent | supported | yes
"""
)

#: The payment's change with what later rises are indexed to named after it ("and in line with defence spending").
INDEXED = table(
    r"""
published | text | exact | verdict | right
2021-03-12 | Seoul's share will rise 13.9 percent this year and in line with defence spending until 2025. | 13.9 percent | supported | yes
2021-03-12 | Seoul's share will rise 23.9 percent this year and in line with defence spending until 2025. | 23.9 percent | caught | no
2021-03-12 | Seoul's share will rise 13.9 percent this year, tied to defence spending growth after that. | 13.9 percent | supported | yes
# controls: the index's own figure stays the defence budget's
2021-03-12 | Seoul's payment will rise in line with defence spending, which grew 5.4 percent this year. | 5.4 percent | not_checkable | -
2021-03-12 | Defence spending rose 5.4 percent this year, and Seoul's payment is tied to it. | 5.4 percent | not_checkable | -
"""  # noqa: E501
)

#: A sentence opening on "That is" / "The figure was", standing for the amount of the sentence before.
ANAPHOR = table(
    r"""
published | text | exact | verdict | right
2019-12-01 | Seoul pays 1.04 trillion won this year. That is up 8.2 percent from last year. | 8.2 percent | supported | yes
2019-12-01 | Seoul pays 1.04 trillion won this year. That is up 18.2 percent from last year. | 18.2 percent | caught | no
2019-12-01 | Seoul pays 1.04 trillion won this year. That figure is about $890 million. | $890 million | supported | yes
2019-12-01 | Seoul pays 1.04 trillion won this year. That figure is about $1.89 billion. | $1.89 billion | caught | no
2019-12-01 | The U.S. wants $5 billion. That is more than five times what Seoul pays now. | five times | supported | yes
2019-12-01 | The U.S. wants $5 billion. That is more than ten times what Seoul pays now. | ten times | caught | no
# controls: a difference from a demand, or a sentence before with no payment, names no payment
2019-12-01 | Seoul pays 1.04 trillion won. That is 80 percent less than the U.S. demand. | 80 percent | not_contradicted | -
2019-12-01 | The talks were on cost-sharing. The sum was $2 billion. | $2 billion | not_contradicted | -
2019-12-01 | Seoul pays 960 billion won. This is $4 billion less than what Trump wants. | $4 billion | not_contradicted | -
"""  # noqa: E501
)

#: An average yearly change over an agreement or a range of years.
AVERAGE = table(
    r"""
published | text | exact | verdict | right
2021-03-10 | Seoul's contribution rose an average of 2 percent a year under the 9th SMA. | 2 percent | supported | yes
2021-03-10 | Seoul's contribution rose at an average annual rate of 2 percent over the 9th SMA. | 2 percent | supported | yes
2021-03-10 | Seoul's contribution rose at an average annual rate of 6 percent over the 9th SMA. | 6 percent | caught | no
2021-03-10 | Seoul's payment rose 2 percent a year on average between 2013 and 2018. | 2 percent | supported | yes
2021-03-10 | Seoul's payment rose 1.1 percent a year on average between 2014 and 2018. | 1.1 percent | supported | yes
2021-03-10 | Seoul's payment rose 4 percent a year on average between 2014 and 2018. | 4 percent | caught | no
2024-10-05 | The payment rose 6.2 percent a year on average under the 11th SMA. | 6.2 percent | supported | yes
# a range fronted with a comma is one span since gen47d (fourteenth session) and binds as any range: the wrong average
# is caught (it was left a guess before); control: a year's own change stays that year's
2021-03-10 | From 2014 to 2018, the payment grew by an average of 7.1 percent annually. | 7.1 percent | caught | no
2019-03-10 | Seoul's payment rose 8.2 percent in 2019. | 8.2 percent | supported | yes
"""  # noqa: E501
)

#: Multi-year deals and totals.
DEAL = table(
    r"""
published | text | exact | verdict | right
2021-03-12 | The six-year deal raises Seoul's payment by 13.9 percent this year to 1.18 trillion won. | 13.9 percent | supported | yes
2021-03-12 | The six-year deal raises Seoul's payment by 13.9 percent this year to 1.18 trillion won. | 1.18 trillion won | supported | yes
2021-03-12 | The six-year deal raises Seoul's payment by 23.9 percent this year to 1.18 trillion won. | 23.9 percent | caught | no
2024-10-05 | Under the five-year deal, Seoul will pay 1.52 trillion won in 2026, up 8.3 percent. | 1.52 trillion won | supported | yes
2024-10-05 | Under the five-year deal, Seoul will pay 1.52 trillion won in 2026, up 8.3 percent. | 8.3 percent | supported | yes
2024-10-05 | Under the five-year deal, Seoul will pay 2.52 trillion won in 2026, up 8.3 percent. | 2.52 trillion won | caught | no
2019-02-11 | The one-year deal sets Seoul's contribution at 1.04 trillion won for 2019. | 1.04 trillion won | supported | yes
2019-02-11 | The one-year deal sets Seoul's contribution at 1.4 trillion won for 2019. | 1.4 trillion won | caught | no
2014-01-13 | The five-year deal sets Seoul's share at 920 billion won this year, up 5.8 percent. | 920 billion won | supported | yes
2019-12-01 | Seoul paid a total of about 2 trillion won over 2018 and 2019. | 2 trillion won | supported | yes
2019-12-01 | Seoul paid a total of about 3 trillion won over 2018 and 2019. | 3 trillion won | caught | no
2021-03-12 | Over the six years of the deal, Seoul will pay a total of more than $7 billion. | $7 billion | not_contradicted | -
2021-03-12 | South Korea will pay about 7.4 trillion won in total over the six-year deal. | 7.4 trillion won | not_contradicted | -
2021-03-12 | South Korea will pay more than $7 billion in total over the six years. | $7 billion | not_contradicted | -
2026-01-10 | Seoul paid about 2.2 trillion won in total over 2018 and 2019. | 2.2 trillion won | caught | no
# controls: the level a span of years brought the payment to, or a yearly sum over it, is no total
2019-12-01 | Over the past two years, Seoul's contribution rose to 1.04 trillion won. | 1.04 trillion won | supported | yes
2019-12-01 | Over the past two years, Seoul's contribution rose to 1.4 trillion won. | 1.4 trillion won | caught | no
2019-12-01 | Over the past five years, Seoul has paid about 1 trillion won a year. | 1 trillion won | supported | yes
"""  # noqa: E501
)

#: Demands, who made them and when.
DEMAND = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | Trump demanded $5 billion a year from Seoul. | $5 billion | supported | yes
2019-11-20 | Trump demanded $50 billion a year from Seoul. | $50 billion | unverifiable | -
2019-11-20 | Washington initially sought $4.7 billion for 2020. | $4.7 billion | supported | yes
2019-11-20 | Washington initially sought $4.7 million for 2020. | $4.7 million | caught | no
2019-11-20 | The U.S. demanded a fivefold increase, to about $5 billion. | $5 billion | supported | yes
2020-05-20 | Trump now wants $1.3 billion a year, nearly 50 percent more than last year. | $1.3 billion | supported | yes
2020-05-20 | Trump now wants $1.3 billion a year, nearly 50 percent more than last year. | 50 percent | supported | yes
2020-05-20 | Trump now wants $1.3 billion a year, 80 percent more than last year. | 80 percent | caught | no
2025-07-10 | Trump said Seoul should pay $10 billion a year. | $10 billion | supported | yes
2019-11-20 | Washington wants Seoul to pay 5.5 trillion won next year. | 5.5 trillion won | supported | yes
2019-11-20 | Washington wants Seoul to pay 5.5 billion won next year. | 5.5 billion won | caught | no
2019-11-20 | U.S. negotiators asked Seoul for about $5 billion for 2020, more than five times this year's payment. | $5 billion | supported | yes
2019-11-20 | Trump's demand of $5 billion a year for 2020 has angered Seoul. | $5 billion | supported | yes
2019-11-20 | Trump's demand of $5 million a year for 2020 has angered Seoul. | $5 million | caught | no
2020-05-20 | Washington lowered its demand to $1.3 billion this year. | $1.3 billion | supported | yes
2020-05-20 | Washington lowered its demand to $1.3 million this year. | $1.3 million | caught | no
2020-05-20 | Washington lowered its demand to $1.3 billion, 50 percent above the 2019 level. | 50 percent | supported | yes
2020-05-20 | Washington lowered its demand to $1.3 billion, 20 percent above the 2019 level. | 20 percent | caught | no
2020-05-20 | Washington lowered its demand to $1.3 billion, a 150 percent rise. | 150 percent | caught | no
2019-11-20 | The U.S. wants a 400 percent increase. | 400 percent | supported | yes
# controls: a demand figure no record fits, without a slip, is not proof either way; nor a slip no asker is bound to
2019-11-20 | A demand of $5 million a year for 2020 has angered Seoul, Trump's envoy said. | $5 million | unverifiable | no
2019-11-20 | The U.S. wants a 40 percent increase. | 40 percent | unverifiable | -
2020-05-20 | Washington lowered its demand to $2 billion this year. | $2 billion | unverifiable | -
"""  # noqa: E501
)

#: Seoul's offers and counter-offers.
OFFER = table(
    r"""
published | text | exact | verdict | right
2020-04-15 | Seoul offered to raise its contribution by 13 percent. | 13 percent | supported | yes
2020-04-15 | Trump rejected Seoul's offer of a 13 percent increase. | 13 percent | supported | yes
2020-04-22 | Seoul's counter-offer of 1.17 trillion won for 2020 was rejected. | 1.17 trillion won | supported | yes
2020-04-22 | Seoul's offer of about $1 billion for 2020 was rejected. | $1 billion | supported | yes
# an offer the data does not hold may be another offer: never supported
2020-04-15 | Seoul offered to raise its contribution by 30 percent. | 30 percent | unverifiable | -
2020-04-22 | Seoul's counter-offer of 11.7 trillion won for 2020 was rejected. | 11.7 trillion won | unverifiable | -
"""
)

#: Forecasts and hypotheticals.
FORECAST = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | Seoul's payment could rise to $5 billion if Seoul agreed to the U.S. demand. | $5 billion | not_contradicted | -
2019-11-20 | If Seoul agreed, its payment would jump to 5.5 trillion won next year. | 5.5 trillion won | not_contradicted | -
2021-03-12 | Seoul's contribution could rise to 1.5 trillion won by 2025. | 1.5 trillion won | not_contradicted | -
2024-10-05 | Seoul's payment will rise to 1.52 trillion won in 2026. | 1.52 trillion won | supported | yes
2024-10-05 | Seoul's payment will rise to 2.5 trillion won in 2026 under the deal signed this week. | 2.5 trillion won | caught | no
2019-11-20 | Seoul's payment could quadruple if Washington gets its way. | quadruple | not_contradicted | -
"""  # noqa: E501
)

#: Multiples.
RATIO = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | The $5 billion demand is a fivefold rise from what Seoul pays this year. | fivefold | supported | yes
2019-11-20 | The $5 billion demand is a tenfold rise from what Seoul pays this year. | tenfold | caught | no
2019-11-20 | The U.S. demanded a fivefold increase in Seoul's payment. | fivefold | supported | yes
2019-11-20 | The U.S. demanded a twofold increase in Seoul's payment, to $5 billion. | twofold | caught | no
2019-11-20 | The demand is more than five times what Seoul pays this year. | five times | supported | yes
2019-11-20 | Trump's $5 billion demand is five times Seoul's current payment. | five times | supported | yes
2019-11-20 | Trump's $5 billion demand is ten times Seoul's current payment. | ten times | caught | no
2019-11-20 | The U.S. has asked for $4.7 billion, about nine times this year's payment. | nine times | caught | no
2019-11-20 | The $4.7 billion request is a ninefold jump from this year's payment. | ninefold | caught | no
2019-11-20 | The $4.7 billion request is a fivefold jump from this year's payment. | fivefold | supported | yes
# controls: a multiple a demand asks for is what is wanted
2019-11-20 | Washington's $4.7 billion request would be a fivefold jump. | fivefold | not_contradicted | -
# caught50: a multiple far above every ask on record by then (about 5.6x in 2019) was not asked: caught, as
# rules.above_record calls an amount far above the record (claims30); this row was a not_contradicted control
2019-11-20 | Washington wants Seoul's payment to rise tenfold. | tenfold | caught | no
"""
)

#: A sum restated in the other currency.
CONVERSION = table(
    r"""
published | text | exact | verdict | right
2019-06-01 | Seoul pays 1.04 trillion won ($890 million) this year. | $890 million | supported | yes
2019-06-01 | Seoul pays 1.04 trillion won ($8.9 billion) this year. | $8.9 billion | caught | no
2019-11-20 | Washington demanded $5 billion (about 5.8 trillion won) a year. | 5.8 trillion won | supported | yes
2019-11-20 | Washington demanded $5 billion (about 58 trillion won) a year. | 58 trillion won | caught | no
2021-03-12 | Seoul pays 1.18 trillion won ($1 billion) this year. | $1 billion | supported | yes
2021-03-12 | Seoul pays 1.18 trillion won ($1.8 billion) this year. | $1.8 billion | caught | no
2020-01-15 | South Korea contributed 1.04 trillion won ($890 million) last year. | $890 million | supported | yes
2020-01-15 | South Korea contributed 1.04 trillion won ($1.9 billion) last year. | $1.9 billion | caught | no
2019-11-20 | The U.S. is demanding $5 billion, roughly 5.8 trillion won. | 5.8 trillion won | supported | yes
2019-11-20 | The U.S. is demanding $5 billion, roughly 8.5 trillion won. | 8.5 trillion won | caught | no
2019-11-20 | Seoul pays 1.04 trillion won, about $890 million at current rates. | $890 million | supported | yes
2019-11-20 | Seoul pays 1.04 trillion won, about $1.4 billion at current rates. | $1.4 billion | caught | no
# controls: a comma before an amount of the same currency, or with no hedge, is no restatement
2019-11-20 | Seoul paid $870 million in 2018, about $20 million more than a year earlier. | $870 million | supported | yes
2019-11-20 | The U.S. wants $5 billion, $4 billion more than Seoul pays. | $5 billion | supported | yes
"""  # noqa: E501
)

#: Other quantities.
OTHER = table(
    r"""
published | text | exact | verdict | right
2019-12-04 | South Korea's defence budget rose 7.4 percent to 50.15 trillion won. | 50.15 trillion won | not_checkable | -
2019-12-04 | South Korea's defence budget rose 7.4 percent to 50.15 trillion won. | 7.4 percent | not_checkable | -
2020-04-01 | Some 4,000 Korean workers at U.S. bases were furloughed; their wages total about 300 billion won a year. | 300 billion won | not_checkable | -
2025-08-01 | Washington imposed a 25 percent tariff on Korean goods. | 25 percent | not_checkable | -
# the troop count: judged since the troops Convention (thirteenth session), as the corpus labels it
2025-08-01 | About 28,500 U.S. troops are stationed in South Korea. | 28,500 | supported | yes
2025-08-01 | Seoul agreed to buy $25 billion of U.S. weapons by 2030. | $25 billion | not_checkable | -
2019-08-10 | Keeping troops in Korea costs the United States about $4.5 billion a year. | $4.5 billion | not_checkable | -
2025-08-01 | South Korea will invest $350 billion in the United States. | $350 billion | not_checkable | -
2019-11-20 | Korean workers' wages account for 40 percent of Seoul's contribution. | 40 percent | not_checkable | -
2020-04-01 | Seoul's payment covers about 40 percent of the cost of stationing U.S. troops. | 40 percent | not_checkable | -
2019-11-20 | Camp Humphreys cost $10.8 billion to build, and Seoul paid 90 percent of it. | $10.8 billion | not_checkable | -
2019-11-20 | Seoul bought $13 billion of U.S. arms over the past decade. | $13 billion | not_checkable | -
"""  # noqa: E501
)

#: Figures in quotation marks.
QUOTATION = table(
    r"""
published | text | exact | verdict | right
2019-11-20 | "We want them to pay $5 billion a year," Trump said. | $5 billion | supported | yes
2019-11-20 | "South Korea pays about $900 million this year," an official said. | $900 million | supported | yes
2019-11-20 | "They paid $1.5 billion last year for our troops," Trump said of South Korea. | $1.5 billion | caught | no
2025-07-10 | "I told them they should pay $10 billion a year," Trump said. | $10 billion | caught | no
2019-11-20 | “Seoul paid 960 billion won last year,” the ministry said. | 960 billion won | supported | yes
2019-11-20 | “Seoul paid 1.6 trillion won last year,” the ministry said. | 1.6 trillion won | caught | no
"""
)

TABLES = {"PAYMENT_YEAR": PAYMENT_YEAR, "LOOSE": LOOSE, "CHANGE_AMOUNT": CHANGE_AMOUNT, "SINCE": SINCE,
          "INDEXED": INDEXED, "ANAPHOR": ANAPHOR, "AVERAGE": AVERAGE, "DEAL": DEAL, "DEMAND": DEMAND, "OFFER": OFFER,
          "FORECAST": FORECAST, "RATIO": RATIO, "CONVERSION": CONVERSION, "OTHER": OTHER, "QUOTATION": QUOTATION}


def verdict_in(text: str, published: str, exact: str) -> str:
    """Return the verdict on the claim of ``text`` whose words hold ``exact``, "not_checkable" when none does (a
    figure read as no claim is not checked).

    >>> verdict_in("Washington imposed a 25 percent tariff on Korean goods.", "2025-08-01", "25 percent")
    'not_checkable'
    >>> verdict_in("The bill covers 28,500 soldiers.", "2025-08-01", "nothing of the kind")
    'not_checkable'
    """
    return next((c.verdict for words, c in read_claims(text, published).items() if exact in words), "not_checkable")


def check_claims21_battery(published: str, text: str, exact: str, verdict: str, right: str) -> None:
    got = verdict_in(text, published, exact)
    assert verdict_fits(got, verdict), got
    if right == "yes":  # never a right figure called false
        assert not verdict_fits(got, "caught"), got


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_claims21_battery(rows: list[object]) -> None:
    run_rows(check_claims21_battery, rows)
