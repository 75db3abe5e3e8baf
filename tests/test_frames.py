"""Claim frames on invented sentences (claims7): the year, quantity and modality a figure is judged in, and the
verdict the data then gives. No sentence comes from a corpus article; each row is a shape a new article would use."""

from __future__ import annotations

import pytest
from conftest import cases, merged, read_claims, run_rows, table

from analysis import check, frame_reader, frames


def _years(years: str) -> tuple[int, ...]:
    """The years a case table's field lists, separated by spaces."""
    return tuple(int(y) for y in years.split())


#: (published, text, exact, quantity, years, verdict)
FRAMED = table(
    r"""
published | text | exact | quantity | years | verdict
# a date opening the sentence fixes the period of the clause after it (lead's convention 1): a first-term
# demand given at the later $10 bn is contradicted by the first-term demands on record ($4.7-5 bn)
2024-11-06 | During his first term, Trump demanded $10 billion from South Korea. | $10 billion | demand | 2017 2018 2019 2020 2021 | contradicted
2024-11-06 | During his first term, Trump demanded $5 billion from South Korea. | $5 billion | demand | 2017 2018 2019 2020 2021 | supported
2023-06-01 | In 2019, the U.S. asked for $5 billion from Seoul. | $5 billion | demand | 2019 | supported
# ... and a date inside a relative clause on the subject does not: the clause's year dates no demand
2024-11-06 | Trump, who spoke again in 2019, wants $10 billion from South Korea. | $10 billion | demand | 2019 | supported
# a payment whose year the text fixes stays contradicted though it equals another year's row (1,402.8 bn won
# is the 2025 payment; 2020's was 1,038.9 bn)
2025-06-01 | Seoul paid 1.4028 trillion won in 2020. | 1.4028 trillion won | sma_payment | 2020 | contradicted
2025-06-01 | Last year, Seoul paid 1.0389 trillion won for the troops. | 1.0389 trillion won | sma_payment | 2024 | unverifiable
# an amount in a relative clause takes the year of the noun it restates ("the share in 2019, which was X")
2021-03-08 | Seoul agreed to a rise over its share in 2019, which stood at 1.389 trillion won. | 1.389 trillion won | sma_payment | 2019 | contradicted
2021-03-08 | Seoul agreed to a rise over its share in 2019, which was 1.0389 trillion won. | 1.0389 trillion won | sma_payment | 2019 | supported
# a percent "more than" a base is a multiple; its base after "than the previous agreement of" is a payment, of
# the year before publication, and a rise the relative clause gives it is that payment's rise (2019: +8.2 %)
2020-06-22 | The president wants his ally to pay more than 400 percent more than the previous agreement of $920 million per year, which represented an 8 percent increase over prior years. | $920 million per year | sma_payment | 2019 | supported
2020-06-22 | The president wants his ally to pay more than 400 percent more than the previous agreement of $920 million per year, which represented an 8 percent increase over prior years. | 8 percent increase | sma_change | 2019 | supported
# ... an inferred year is never enough to contradict
2020-06-22 | The president wants his ally to pay 400 percent more than the old deal of $2 billion. | $2 billion | sma_payment | 2019 | unverifiable
# the base a figure is compared with is no part of the offer or demand before the comparison
2020-04-14 | Seoul's 13 percent cost-sharing rise was its best offer, compared with the 8.2 percent hike in 2019. | 8.2 percent hike | sma_change | 2019 | supported
2020-04-14 | Seoul's 13 percent cost-sharing rise was its best offer, compared with the 15.5 percent hike in 2019. | 15.5 percent hike | sma_change | 2019 | contradicted
# "pushing to secure" asks; "from X, the current level, to a reported Y": X is paid, Y asked
2019-11-17 | Washington is pushing to secure a $5 billion contribution from Seoul. | $5 billion | demand | 2019 | supported
2019-11-24 | Envoys sought a larger contribution, from $923 million per year, the current level, to a reported $5 billion. | $923 million per year | sma_payment | 2019 | supported
2019-11-24 | Envoys sought a larger contribution, from $923 million per year, the current level, to a reported $5 billion. | $5 billion | demand | 2019 | supported
# an amount set off by dashes after "what <someone> demanded" is that demand (none in won is on record by then)
2019-02-07 | Seoul pays less than what the U.S. side demanded — 1.4 trillion won — this year. | 1.4 trillion won | demand | 2019 | unverifiable
# money of another kind named right after the amount, or paying a count of workers, is not the payment
2025-11-14 | Seoul would provide $33 billion in “comprehensive support” for the troops. | $33 billion | other | 2025 | not_checkable
2025-11-14 | Seoul pledged $20 billion in arms purchases and its cost-sharing payment. | $20 billion | weapons | 2025 | not_checkable
2020-06-03 | The allies reached a temporary $200 million cost-sharing arrangement for Seoul to pay for more than 4,000 Koreans who work for the U.S. forces. | $200 million | wages | 2020 | not_checkable
2020-06-03 | The allies reached a $200 million deal to pay 4,000 Korean employees of the bases. | $200 million | wages | 2020 | not_checkable
# an amount restating a share of a whole is the part paid; with no row for its year, no verdict
2022-05-02 | Seoul has long paid about 40%, or over $800 million annually, of the total costs of the troops. | over $800 million annually | sma_payment | 2022 | supported
2023-04-26 | Seoul has long paid about 40%, or over $800 million annually, of the total costs of the troops. | over $800 million annually | sma_payment | 2023 | unverifiable
# an amount after ", or" restates the phrase before it, whose quantity it takes (even with a misspelt percent)
2019-01-11 | Seoul pays its SMA share. Its defense budget rose by 9.9 pecent, or $40 billion. | $40 billion | defence_budget | 2019 | not_checkable
# a fixed yearly rise of a deal is judged on each year after its first rise (2022: +5.4 %)
2021-03-08 | Seoul reportedly agreed to an annual 5 percent increase. | 5 percent increase | sma_change | 2021 | supported
2021-03-08 | Seoul reportedly agreed to an annual 9 percent increase. | 9 percent increase | sma_change | 2021 | contradicted
# "N times the amount of X, which was Y": Y is the base, so with no result named the multiple is not judged
2021-03-08 | Seoul agreed to pay 1.5 times the amount of its share in 2019, which stood at 1.389 trillion won. | 1.5 times | ratio | 2019 | unverifiable
# "raise ... up to five times by threatening": a demanded multiple of the payment, against the demands on record
2024-02-20 | Trump demanded that Seoul raise its share of the defense costs up to five times by threatening a pullout. | five times | ratio | 2024 | supported
# "record highs" is a superlative over every year on record: 13.9 % is beaten only by dollar-era rises
2021-03-13 | Seoul's cost-sharing payment rose 13.9% in 2021, and the rate reached record highs. | record highs | sma_change | 2021 | unverifiable
# "an all-time high" after a rise may rank the payment itself (2019's was the highest on record): withheld, not
# contradicted (fix41); a ranking that names the rise is judged on the rises
2019-03-01 | Seoul's cost-sharing payment rose 8.2% in 2019, an all-time high. | an all-time high | sma_change | 2019 | unverifiable
2019-03-01 | Seoul's cost-sharing payment rose 8.2% in 2019, the largest increase ever. | the largest increase ever | sma_change | 2019 | contradicted
# what a demand is compared with is the payment; a cue of a second, coordinated change is that change's
2019-11-20 | Washington is pressing Seoul to pay $5 billion in cost-sharing, compared with $923 million this year. | $923 million | sma_payment | 2019 | supported
2019-11-20 | Washington is pressing Seoul to pay $5 billion in cost-sharing, compared with Japan's $2 billion. | $2 billion | other | 2019 | not_checkable
2021-03-10 | Seoul agreed to a 13.9 percent rise this year and an annual increase tied to its defense budget growth. | 13.9 percent rise | sma_change | 2021 | supported
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "years", "verdict"), FRAMED)
def test_a_figure_is_judged_in_the_frame_its_sentence_gives(published, text, exact, quantity, years, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, tuple(claim.frame.years), claim.verdict) == (quantity, _years(years), verdict), \
        claim.evidence


def test_a_fixed_period_keeps_the_right_figure_in_the_evidence():
    claims = read_claims("During his first term, Trump demanded $10 billion from South Korea.", "2024-11-06")
    claim = claims["$10 billion"]
    assert "5 billion" in claim.evidence


def test_a_conversion_of_a_wrong_won_figure_is_judged_as_a_conversion():
    claims = read_claims("Seoul's share in 2019 stood at 1.389 trillion won ($1.2 billion).", "2021-03-08")
    assert (claims["$1.2 billion"].frame.quantity, claims["$1.2 billion"].verdict) == ("conversion", "supported")
    assert claims["1.389 trillion won"].verdict == "contradicted"


#: (published, text, exact, verdict, why) — claims8: a figure is called false (or misleading) only on a sure
#: frame; where the frame rests on a default or a guess the verdict is unverifiable and the evidence says why.
#: Each doubtful shape sits beside a sure one of the same figure.
GATED = table(
    r"""
published | text | exact | verdict | why
# a modal of obligation or wish before a payment or an offer: what someone wants, not what is paid
2019-10-15 | Seoul has to pay $3 billion this year. | $3 billion | unverifiable | modal (has to)
2019-10-15 | Seoul needs to raise its cost-sharing payment to $3 billion. | $3 billion | unverifiable | modal (needs to)
2021-03-09 | Last year the two sides agreed that Seoul should offer $1.3 billion in the fifth year. | $1.3 billion | unverifiable | modal (should)
2019-10-15 | Seoul paid $3 billion for the troops in 2019. | $3 billion | contradicted | None
# a year counted in a deal's term is no calendar year: false only if false in every nearby year
2021-03-09 | Under the deal Seoul pays 1.3 trillion won in the fifth year. | 1.3 trillion won | supported | None
2021-03-09 | Under the deal Seoul pays $3 billion in the first year. | $3 billion | contradicted | None
# the payment of a year agreed only after publication: the writer could report talks or proposals only
2020-06-01 | Seoul will pay 1.389 trillion won for 2020 under the deal being discussed. | 1.389 trillion won | unverifiable | set only by agreement 11
2020-05-20 | Seoul is to pay 1.3 trillion won this year for the troops, a person close to the talks said. | 1.3 trillion won | unverifiable | after publication
2022-06-01 | Seoul paid 1.389 trillion won in 2020 for the troops. | 1.389 trillion won | contradicted | None
# nothing in the figure's clause names the payment: read from what the article is about, a guess, so not judged
# (verd55: a doubt of the quantity is not_checkable)
2019-12-01 | The talks were on cost-sharing. The sum was $2 billion. | $2 billion | not_checkable | names the cost-sharing payment
2019-12-01 | Cost-sharing talks resumed. At stake: $2 billion. | $2 billion | not_checkable | None
# a multiple someone wants is no multiple reported: it is judged against the demands of its time (claims13:
# "now seeks" takes only demands of the year before publication)
2025-08-01 | Seoul pays about 1.4 trillion won a year, and Washington wants ten times that. | ten times | supported | Demanded 10×
2025-08-01 | Seoul pays about 1.4 trillion won a year, and Washington now seeks five times that amount. | five times | unverifiable | None matches
# "since YEAR ... from X to Y": X is YEAR's, judged there (1991: 107.3 bn won), not against the publication year
2019-09-01 | Since 1991 its contribution has grown from 150 billion won to 1.04 trillion won. | 150 billion won | contradicted | 1991
2019-09-01 | Since 1991, Seoul's share has risen from 107.3 billion won to 1.04 trillion won this year. | 107.3 billion won | supported | 1991
# a change counted from an earlier year whose amount the sentence names, to the amount after "to" (2018:
# 960.2 bn won; 2025: 1,402.8 bn won, +46.1 %); without the amount it rose to, a year on the year before
2025-04-09 | In 2018, Seoul's cost-sharing payment was 960.2 billion won, whereas this year it has increased by 46.1% to 1.4 trillion won. | increased by 46.1% | supported | 2025 vs 2018
2025-04-09 | Seoul paid 960.2 billion won in 2018; this year its payment has risen 46 percent to 1.4 trillion won. | 46 percent | supported | 2025 vs 2018
2025-04-09 | Seoul paid 960.2 billion won in 2018, and this year the payment jumped by 60 percent to 1.4 trillion won. | jumped by 60 percent | contradicted | +46.1%
2021-03-10 | Seoul paid 1.0389 trillion won in 2020, and this year the payment rose 13.9 percent to 1.1833 trillion won. | rose 13.9 percent | supported | 2021 vs 2020
2025-04-09 | Seoul paid 960.2 billion won in 2018, while this year its share rose 3 percent. | rose 3 percent | unverifiable | None
# the paying side's aim to hold its payment down is its position in the talks (an offer), not a payment
2019-01-23 | South Korea, for its part, intends to keep the payment under 1 trillion won, the agency reported. | under 1 trillion won | unverifiable | offer
2019-01-23 | Seoul aims to hold its contribution below 1 trillion won this year. | below 1 trillion won | unverifiable | offer
2019-01-23 | Seoul kept the payment under 1 trillion won last year. | under 1 trillion won | supported | None
# "should/must/ought to raise ... to X" with a US-side speaker: a demand of that speaker
2019-10-15 | The United States says Seoul should increase its contribution to $4.8 billion. | $4.8 billion | supported | Demand of $4.8 billion
2019-10-15 | U.S. officials argue that Seoul must raise its share of the costs to $4.8 billion. | $4.8 billion | supported | Demand of
2019-11-20 | U.S. officials argue that Seoul must raise its share of the costs to $5 billion. | $5 billion | supported | demand
# a clause that denies the figure does not claim it (a right denial of a wrong figure is no false claim)
2019-11-20 | South Korea has never paid $2 billion a year for the troops. | $2 billion a year | unverifiable | denies it ('never')
2019-11-20 | Seoul is not paying 5 trillion won this year. | 5 trillion won | unverifiable | denies it
2019-11-20 | It is false that Seoul pays $4 billion a year. | $4 billion a year | unverifiable | denies it
2019-11-20 | Seoul pays $4 billion a year. | $4 billion a year | contradicted | None
2019-11-20 | Though the terms are not public, Seoul paid $4 billion in 2019. | $4 billion | contradicted | None
"""  # noqa: E501
)


#: (published, text, exact, verdict): a part of the payment, or a rate per head or per month, is another quantity
#: (claims9); the data hold whole yearly payments, so such a figure is not checkable, never contradicted. The last
#: rows keep whole payments judged (an "out of" that is no part of a payment; a list of yearly payments).
PARTS = table(
    r"""
published | text | exact | verdict
2021-05-01 | Contributions left unused by the U.S. command reached 30 billion won in 2019. | 30 billion won | not_checkable
2021-05-01 | About 50 billion won out of Seoul's cost-sharing payments since 2015 sits unspent. | About 50 billion won | not_checkable
2021-05-01 | The command has not spent 12 billion won of the 2019 contribution. | 12 billion won | not_checkable
2021-05-01 | Unspent funds came to 9 billion won in 2018, 11 billion won in 2019 and 6 billion won in 2020. | 6 billion won | not_checkable
2021-05-01 | Per capita, South Korea's cost-sharing payment is 20 dollars. | 20 dollars | not_checkable
2021-05-01 | Seoul's share comes to roughly $75 million a month. | roughly $75 million a month | not_checkable
2021-05-01 | Of the 2019 contribution, 40 billion won was carried over to 2020. | 40 billion won | not_checkable
2021-05-01 | Seoul paid 1.0389 trillion won in 2019 and 1.0389 trillion won in 2020. | 1.0389 trillion won | supported
2021-05-01 | Out of the blue, Seoul paid 2 trillion won in 2019. | 2 trillion won | contradicted
"""  # noqa: E501
)


#: (published, text, exact, verdict): a change "from <year>" whose clause names no year of its own may be counted
#: over several years (claims9 `counted_over`; claims13 `counted_to_later`): supported when counted from that year to
#: a later one up to publication the data hold it; still contradicted when no such reading holds or the clause names
#: its year.
#: Spoken decimals in digits and words ("13-point-nine percent", "one-point-05 billion") are read whole.
COUNTED = table(
    r"""
published | text | exact | verdict
2021-04-08 | Last month they agreed to raise Seoul's payment by 13.9 percent from 2019. | 13.9 percent | supported
2021-04-08 | They agreed to raise Seoul's payment by 40 percent from 2019. | 40 percent | contradicted
2021-04-08 | In 2020 they raised Seoul's payment by 13.9 percent from 2019. | 13.9 percent | contradicted
2021-04-08 | They agreed to raise Seoul's payment by 13-point-nine percent from 2019. | 13-point-nine percent | supported
2021-04-08 | Seoul is to pay one-point-05 billion dollars this year. | one-point-05 billion dollars | supported
"""  # noqa: E501
)


#: (published, text, exact, verdict): an amount in the object a multiple or percent raises ("increase its payment of
#: X by five-fold") is the base that was paid, not the result (claims9 `raised_object`, `raised_base`).
RAISED = table(
    r"""
published | text | exact | verdict
2019-12-11 | Washington is pressing Seoul to increase its yearly contribution of $900 million by five-fold. | $900 million | supported
2019-12-11 | Washington is pressing Seoul to increase its yearly contribution of $900 million by five-fold. | five-fold | supported
# a wrong base under a demand word is read as the payment but left to the gate (the demand word governs it)
2019-12-11 | The U.S. wants Seoul to raise its payment of $2 billion by five-fold. | $2 billion | unverifiable
# a demanded multiple above every ask on record by then is caught (caught50, rules.multiple_above_record; was withheld)
2019-12-11 | The U.S. demanded Seoul raise its cost-sharing payment of $900 million by ten times. | ten times | contradicted
"""  # noqa: E501
)


#: (published, text, exact, quantity, years): a date in a clause of consequence after a figure ("X, which means
#: ... next year") is not the figure's year (claims9 `_CONSEQUENCE`); a date in the figure's own clause still is.
CONSEQUENCE = table(
    r"""
published | text | exact | quantity | years
2019-03-12 | Seoul settled for a payment of $925 million, which means the formula could return next year. | $925 million | sma_payment | 2019
2019-03-12 | Seoul agreed to pay $925 million, meaning a new round opens in 2020. | $925 million | sma_payment | 2019
2021-03-12 | Seoul paid $1 billion in 2020, which means it covered most costs. | $1 billion | sma_payment | 2020
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "years"), CONSEQUENCE)
def test_a_date_in_a_clause_of_consequence_is_not_the_figures(published, text, exact, quantity, years):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, tuple(claim.frame.years)) == (quantity, _years(years))


#: (published, text, exact, verdict): what allies in general pay is another quantity (claims9 `_OTHER_PAYER`); a
#: Seoul payment in a sentence that only compares with allies is still judged.
ALLIES = table(
    r"""
published | text | exact | verdict
2020-03-12 | In some cases, allied government payments could increase 500 percent. | increase 500 percent | not_checkable
2020-03-12 | Other allies' contributions rose 8 percent in 2019. | rose 8 percent | not_checkable
2020-03-12 | Spending by NATO members grew 5 percent in 2019. | grew 5 percent | not_checkable
2020-03-12 | Payments from allied nations reached $2 billion in 2019. | $2 billion | not_checkable
2020-03-12 | Seoul, like other allies, paid 1.0389 trillion won in 2019. | 1.0389 trillion won | supported
2020-03-12 | Seoul paid 2 trillion won in 2019, more than allies pay. | 2 trillion won | contradicted
"""  # noqa: E501
)


#: (published, text, exact, verdict): a payment owned by another country, named or not in the gazetteer, is another
#: quantity (claims9 `owner_country` on the payment noun, `_unlisted_owner`); Korea's own stays judged.
OWNERS = table(
    r"""
published | text | exact | verdict
2020-03-12 | Germany's host-nation contribution rose 10 percent in 2019. | rose 10 percent | not_checkable
2020-03-12 | Japan's share of the costs grew 5 percent in 2019. | grew 5 percent | not_checkable
2020-03-12 | Italy’s payment reached $900 million in 2019. | $900 million | not_checkable
2020-03-12 | South Korea's contribution rose 8.2 percent in 2019. | rose 8.2 percent | supported
2020-03-12 | Korea's share reached 1.0389 trillion won in 2019. | 1.0389 trillion won | supported
"""
)


@pytest.mark.parametrize("text, pays_people", [
    ("Seoul will pay for more than 4,000 Hanulians who work for the bases", True),
    ("to pay 300 people that work on the base", True),
    ("to pay 90 workers", True),
    ("Seoul will pay 1.5 trillion won", False),
])
def test_an_amount_that_pays_a_count_of_people(text: str, pays_people: bool) -> None:
    """Any plural demonym or "people" who work makes the amount a wage bill, not a phrase of one article."""
    from analysis.frames import _PAYS_PEOPLE

    assert bool(_PAYS_PEOPLE.search(text)) is pays_people


#: (published, text, exact, quantity, verdict) — claims10, the payer of a figure as the sentence assigns it: a list
#: of figures matched "respectively" to a list of payers gives each figure its own payer (another country's is not
#: Seoul's payment), and a multiple asked of another country multiplies that country's payment.
PAYERS = table(
    r"""
published | text | exact | quantity | verdict
2022-06-01 | Germany and South Korea paid $2 billion and 1.1833 trillion won, respectively, in 2021. | $2 billion | other | not_checkable
2022-06-01 | Germany and South Korea paid $2 billion and 1.1833 trillion won, respectively, in 2021. | 1.1833 trillion won | sma_payment | supported
2022-06-01 | South Korea and Japan paid $3 billion and $1 billion, respectively, last year. | $1 billion | other | not_checkable
2022-06-01 | The governments of Norway and South Korea provided $2 billion and $4 billion, respectively, in 2021. | $2 billion | other | not_checkable
2022-06-01 | The U.S. and South Korea spent $12 billion and $1 billion, respectively, on the alliance in 2021. | $12 billion | other | not_checkable
2022-06-01 | Seoul and Tokyo raised their contributions by 13.9 percent and 5 percent, respectively, in 2021. | 5 percent | other | not_checkable
2022-06-01 | Seoul and Tokyo raised their contributions by 13.9 percent and 5 percent, respectively, in 2021. | 13.9 percent | sma_change | supported
# a multiple of another country's payment, and of Seoul's beside a named third country
2022-06-01 | In 2019 the US asked Tokyo to triple the amount it pays for US troops. | triple | other | not_checkable
2022-06-01 | In 2019 the US asked Seoul to quintuple the amount it pays for US troops. | quintuple | ratio | supported
2022-06-01 | Unlike Tokyo, Seoul was asked by the US in 2019 to pay five times as much. | five times | ratio | supported
"""  # noqa: E501
)


#: (published, text, exact, verdict, why) — claims10, a period the text does not fix for the figure: a year naming a
#: deal ("under a 2021 deal") dates the agreement, whose term spans years; a sentence with no date of its own after
#: one that sets another period may go on with that period ("also provided X"). Then a figure that some nearby
#: year's row supports is not called false; a figure no reading supports still is.
LOOSE = table(
    r"""
published | text | exact | verdict | why
2025-04-20 | Seoul pays 1.5192 trillion won under a 2021 deal, an 8.3 percent increase. | 8.3 percent increase | supported | first year of agreement 12
2025-04-20 | Seoul pays 1.5192 trillion won under a 2021 deal, an 8.3 percent increase. | 1.5192 trillion won | unverifiable | 2026 payment
2025-04-20 | Seoul contributes $1.47 billion annually under a 2021 deal. | $1.47 billion annually | contradicted | None
2022-05-01 | Seoul paid 1.1833 trillion won in 2021 under the deal. | 1.1833 trillion won | supported | None
2022-05-01 | Seoul paid $2 billion in 2021 under the deal. | $2 billion | contradicted | None
2022-06-01 | From 2015 through 2018, the US spent $10 billion on its bases in Korea. South Korea also provided $4 billion to support them. | $4 billion | unverifiable | sentence before
2022-06-01 | From 2015 through 2018, the US spent $10 billion on its bases in Korea. On Monday South Korea provided $4 billion to support them. | $4 billion | contradicted | None
2022-06-01 | From 2015 through 2018, the US spent $10 billion on its bases in Korea.\n\nSouth Korea provided $4 billion to support them. | $4 billion | contradicted | None
2022-06-01 | The bases were built from 2015 to 2018. Seoul now pays $2 billion a year for the troops. | $2 billion a year | contradicted | None
2022-06-01 | In 2015 the bases opened. South Korea also provided $4 billion to support them. | $4 billion | contradicted | None
"""  # noqa: E501
)


#: (published, text, exact, quantity, years, verdict, why) — claims10, how a change's span and bound are written:
#: "from <year> to <amount> for <year>" makes the first year the change's start, not the amount's year; a bound word
#: before the article of a multiple ("more than a fivefold rise") bounds it; a figure close to its frame year's row
#: is not misleading when another year its sentence names supports it.
SPANS = table(
    r"""
published | text | exact | quantity | years | verdict | why
2024-05-18 | South Korea agreed to raise the payment by 13.9 percent from 2019 to $1.03 billion for 2021. | $1.03 billion | sma_payment | 2021 | supported | None
2024-05-18 | South Korea agreed to raise the payment by 13.9 percent from 2019 to $1.03 billion for 2021. | 13.9 percent | sma_change | 2021 | supported | 2021 vs 2019
2024-05-18 | South Korea agreed to raise the payment by 20 percent from 2019 to $1.03 billion for 2021. | 20 percent | sma_change | 2021 | contradicted | 2021 vs 2019
2024-05-18 | South Korea agreed to raise the payment by 8.2 percent from 2018 to $1 billion for 2019. | 8.2 percent | sma_change | 2019 | supported | None
2019-12-01 | Washington had demanded more than a tenfold increase in Seoul's payment to $5 billion. | tenfold | ratio | 2019 | contradicted | more than 10× does not hold
2019-12-01 | Washington had demanded no more than a twofold increase in Seoul's payment to $5 billion. | twofold | ratio | 2019 | contradicted | at most 2× does not hold
2024-05-18 | In 2021, as in 2019, Seoul paid $1.03 billion. | $1.03 billion | sma_payment | 2019 | unverifiable | which its sentence names
2024-05-18 | In 2019 Seoul paid $1.03 billion. | $1.03 billion | sma_payment | 2019 | misleading | None
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "years", "verdict", "why"), SPANS)
def test_a_change_span_and_a_bound_are_read_as_written(published, text, exact, quantity, years, verdict, why):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, tuple(claim.frame.years), claim.verdict) == (quantity, _years(years), verdict), \
        claim.evidence
    assert why is None or why in claim.evidence


#: (published, text, exact, quantity, verdict) — claims10: a cost noun as the subject of the verb that gives the
#: amount is the whole cost of a thing (the US presence, the troops), not what Seoul pays; a share of that cost, or a
#: cost named by a payment word, stays a payment.
COSTS = table(
    r"""
published | text | exact | quantity | verdict
2019-11-01 | The total cost of the US military presence in Korea amounted to about $4 billion a year. | about $4 billion a year | other | not_checkable
2019-11-01 | The cost of keeping U.S. troops in Korea was estimated at $3.5 billion. | $3.5 billion | other | not_checkable
2019-11-01 | Seoul's share of the cost of keeping the troops was $900 million in 2019. | $900 million | sma_payment | supported
2019-11-01 | The cost of the SMA for Seoul was $2 billion in 2019. | $2 billion | sma_payment | contradicted
"""  # noqa: E501
)


#: (published, text, exact, quantity, modality) — claims11, a demand cue after the figure in a clause of its own:
#: "X rose to $Y, and he wants more" — the wish is about a further change, not Y; a cue in the figure's own phrase
#: ("the $5 billion Trump demanded", "$5 billion, which Trump demanded") still makes Y the demand.
LATER_CLAUSE = table(
    r"""
published | text | exact | quantity | modality
2019-12-10 | She said she had persuaded Seoul to raise its payment to $900 million and that she wants to raise it further. | $900 million | sma_payment | reported
2019-12-10 | Seoul raised its payment to $900 million this year, but Washington wants more. | $900 million | sma_payment | reported
2019-12-10 | Seoul raised its payment to $900 million and he wants it raised again. | $900 million | sma_payment | reported
2019-12-10 | Talks stalled over the $5 billion Trump demanded. | $5 billion | demand | demand
2019-12-10 | Talks stalled over the $5 billion that Trump and Esper demanded. | $5 billion | demand | demand
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity", "modality"), LATER_CLAUSE)
def test_a_demand_in_a_later_clause_does_not_govern_the_figure(published, text, exact, quantity, modality):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.frame.modality) == (quantity, modality), claim.evidence


#: (published, text, exact, quantity) — claims11, an amount whose purpose right after it is a count of workers ("to
#: fund 3,000 Korean workers", "(about 240 billion won) for 3,000 employees") is a wage bill, not the SMA payment;
#: the payment itself, or an amount for troops, stays the payment.
FOR_PEOPLE = table(
    r"""
published | text | exact | quantity
2021-05-01 | Seoul agreed to pay $150 million to fund 3,000 Dutch workers through the end of 2020. | $150 million | wages
2021-05-01 | Under the deal Seoul will bear $150 million (about 180 billion won) for 3,000 employees this year. | $150 million | wages
2021-05-01 | Seoul will pay $900 million for 28,500 American troops this year. | $900 million | sma_payment
2021-05-01 | Seoul will pay $900 million this year, and 3,000 workers went back to work. | $900 million | sma_payment
"""  # noqa: E501
)


@pytest.mark.parametrize(("published", "text", "exact", "quantity"), FOR_PEOPLE)
def test_an_amount_for_a_count_of_workers_is_a_wage_bill(published, text, exact, quantity):
    assert read_claims(text, published)[exact].frame.quantity == quantity


#: (published, text, exact, quantity, verdict) — claims11, a multiple set against another quantity or another
#: country ("three times the 15% growth of GDP", "twice as much as Japan"): the data hold neither, so it is not
#: checkable; a multiple set against Seoul's payment stays a ratio.
OTHER_BASE = table(
    r"""
published | text | exact | quantity | verdict
2021-05-01 | Compared to the 15% GDP growth rate in 2017, this rise in the payment is about three times higher. | about three times | other | not_checkable
2021-05-01 | Seoul spends 2.5 percent of its economy on defence, more than twice as much as Japan. | more than twice | other | not_checkable
2021-05-01 | Trump demanded in 2019 that Seoul pay five times as much as its payment of that year. | five times | ratio | supported
2019-11-20 | Trump wants Seoul to pay $4.5 billion — five times more than the current sum — after calling South Korea rich. | five times | ratio | supported
2019-11-20 | Trump demanded in 2019 that Seoul pay five times as much as under Clinton. | five times | ratio | supported
"""  # noqa: E501
)


#: (published, text, exact, quantity, verdict) — claims11, a figure after a closed relative clause is said of the
#: noun before that clause ("the growth rate, which had held at X, could fall to Y"): an economic rate is not the
#: payment; a payment as that noun stays the payment.
RELATIVE_SUBJECT = table(
    r"""
published | text | exact | quantity | verdict
2019-11-01 | Economists say the economic growth rate, which had held at a 3 percent level, could fall to a 2 percent level this year. | 2 percent | other | not_checkable
2019-11-01 | Seoul's payment, which had held at 960 billion won, rose 8.2 percent this year. | rose 8.2 percent | sma_change | supported
"""  # noqa: E501
)


#: (published, text, exact, quantity, verdict) — claims11, a figure restated and then said to be a part ("X, or P
#: percent, of last year's unspent contributions"): the part named after the restatement is the figure's
#: quantity, which the data do not hold; a share of the whole payment is not a part of this kind.
PART_AFTER = table(
    r"""
published | text | exact | quantity | verdict
2021-05-01 | Housing took 3.1 billion won, or 60 percent, of last year's unspent contributions from Seoul. | 60 percent | other | not_checkable
2021-05-01 | Housing took 3.1 billion won, or 60 percent, of last year's unspent contributions from Seoul. | 3.1 billion won | other | not_checkable
"""  # noqa: E501
)


#: (published, text, [(exact, years, verdict)] in text order) — claims12, "respectively" pairing a list of n figures
#: with a list of n years: the k-th figure is of the k-th year, whether "respectively" closes the years or the figures.
RESPECTIVE_YEARS = [
    ("2021-04-01", "Under the cost-sharing deals for U.S. troops, Seoul paid 1.0389 trillion won and 1.1833 trillion "
     "won in 2019 and 2021, respectively.",
     [("1.0389 trillion won", (2019,), "supported"), ("1.1833 trillion won", (2021,), "supported")]),
    ("2021-04-01", "Seoul paid 1.0389 trillion won and 1.1833 trillion won, respectively, in 2019 and 2021.",
     [("1.0389 trillion won", (2019,), "supported"), ("1.1833 trillion won", (2021,), "supported")]),
    # a figure of the list that the data contradict is still caught in its own year
    ("2022-06-01", "Seoul paid 1.9 trillion won and 1.1833 trillion won in 2019 and 2021, respectively.",
     [("1.9 trillion won", (2019,), "contradicted"), ("1.1833 trillion won", (2021,), "supported")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), RESPECTIVE_YEARS)
def test_respectively_pairs_each_figure_with_its_year(published, text, expected):
    claims = read_claims(text, published)
    for exact, years, verdict in expected:
        claim = claims[exact]
        assert (claim.frame.years, claim.frame.bound, claim.verdict) == (years, "phrase", verdict), claim.evidence


def test_respectively_pairs_three_figures_with_three_years():
    text = ("Seoul paid 960 billion won, 1.0389 trillion won and 1.1833 trillion won for 2018, 2019 and 2021, "
            "respectively.")
    claims = read_claims(text, "2022-06-01")
    assert [(c.frame.years, c.frame.bound) for c in claims.values()] == [((2018,), "phrase"), ((2019,), "phrase"),
                                                                          ((2021,), "phrase")]


#: Lists "respectively" does not pair: counts that differ, a range of years (one date, not a list), no "respectively".
UNPAIRED_YEARS = [
    "Seoul paid 1.0389 trillion won and 1.1833 trillion won in 2019, 2020 and 2021, respectively.",
    "Seoul paid 1.0389 trillion won and 1.1833 trillion won in 2019-2021, respectively.",
    "Seoul paid 1.0389 trillion won and 1.1833 trillion won in 2019 and 2021.",
]


@pytest.mark.parametrize("text", UNPAIRED_YEARS)
def test_respectively_leaves_unmatched_year_lists_alone(text):
    r = frames.Reader(frames.annotate_text(text, "2022-06-01"))
    figures = r.figures_in(0, len(r.text))
    assert len(figures) == 2
    assert [frames.respective_years(r, f) for f in figures] == [(), ()]
    assert frames.listed_years(r, figures) == []


def test_respectively_pairs_payers_and_years_together():
    text = "Japan and Seoul paid $2 billion and 1.1833 trillion won in 2020 and 2021, respectively."
    claims = read_claims(text, "2022-06-01")
    japan, seoul = claims["$2 billion"], claims["1.1833 trillion won"]
    assert (japan.frame.quantity, japan.frame.years, japan.verdict) == ("other", (2020,), "not_checkable")
    assert (seoul.frame.quantity, seoul.frame.years, seoul.verdict) == ("sma_payment", (2021,), "supported")


# --- the tables above, by what they assert (the table's name in each case's id) --------------------------------------


def check_a_figure_is_called_false_only_on_a_sure_frame(published, text, exact, verdict, why):
    """... and a period the text does not fix never makes a right figure false; ``why``: what the evidence says."""
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence
    assert why is None or why in claim.evidence


@pytest.mark.parametrize("rows", merged(cases(GATED=GATED, LOOSE=LOOSE)))
def test_a_figure_is_called_false_only_on_a_sure_frame(rows: list[object]) -> None:
    run_rows(check_a_figure_is_called_false_only_on_a_sure_frame, rows)


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(
    PARTS=PARTS, COUNTED=COUNTED, RAISED=RAISED, ALLIES=ALLIES, OWNERS=OWNERS))
def test_a_part_a_span_a_base_or_another_payers_figure_gets_its_own_verdict(published, text, exact, verdict):
    claim = read_claims(text, published)[exact]
    assert claim.verdict == verdict, claim.evidence


def check_a_figure_is_of_the_quantity_and_payer_its_sentence_assigns(published, text, exact, quantity, verdict):
    claim = read_claims(text, published)[exact]
    assert (claim.frame.quantity, claim.verdict) == (quantity, verdict), claim.evidence


@pytest.mark.parametrize("rows", merged(cases(
    PAYERS=PAYERS, COSTS=COSTS, OTHER_BASE=OTHER_BASE, RELATIVE_SUBJECT=RELATIVE_SUBJECT, PART_AFTER=PART_AFTER)))
def test_a_figure_is_of_the_quantity_and_payer_its_sentence_assigns(rows: list[object]) -> None:
    run_rows(check_a_figure_is_of_the_quantity_and_payer_its_sentence_assigns, rows)


def test_how_far_an_amounts_own_words_reach_is_a_tolerance():
    from analysis.extract import annotate

    text = "T\n\nThe total cost for US military presence in Korea amounted to about $4.4 billion."
    fig = frames.Reader(annotate(text, "2019-12-01")).figures_in(0, len(text))[0]
    near = frames.Reader(annotate(text, "2019-12-01"), check.Tolerances(own_words_chars=20))
    assert frame_reader.cost_is_subject(frames.Reader(annotate(text, "2019-12-01")), fig)
    assert not frame_reader.cost_is_subject(near, fig)  # "The total cost" lies beyond 20 characters before the amount
