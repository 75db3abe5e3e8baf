"""A generated claim battery of session 56 (verd56, issue #10): short articles built from templates, each with one
figure to judge. The quantity is the SMA payment of a year, its percent change, a US demand, a Korean offer, a forecast,
or another quantity told near words of paying (Korea's defence budget and its growth, US spending on its forces in
Korea, the whole stationing cost, workers' pay and its rise, tariffs, investment pledges, arms purchases, troop
numbers, Japan's or Germany's payments, NATO shares of GDP, polls, inflation, a cost-plus premium); the wording puts a
payment word in the figure's clause, elsewhere in its sentence or only in the sentence before, in several tenses,
reported or quoted; the figure is right per data/*.csv, 15-30 % off or a factor of 1,000 off.

Every sentence is mine (invented people, wording of my own; no corpus sentence). The right figures are read here from
data/*.csv with the standard library; tests/test_verd56.py sets each probe's expected verdict with an oracle of its
own, from the same files and the corpus Conventions (tests/corpus/README.md), never from this module's labels.

Each probe is a :class:`Probe`: the publication day, the whole article (headline, byline, date line, paragraphs), the
figure's words, its class (what the figure is of), the year it is told of and its value (billion won for a payment,
percent for a change or an offer, dollars for a demand, a count for troops; None for other quantities).
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent.parent / "data"


class Probe(NamedTuple):
    published: str
    text: str
    needle: str
    klass: str
    year: int | None
    value: float | None
    wording: str


def payments() -> dict[int, float]:
    """Return Seoul's SMA payment per year in billion won, where data/sma_contributions.csv gives the won amount."""
    with open(DATA / "sma_contributions.csv", newline="", encoding="utf-8") as f:
        return {int(r["year"]): float(r["krw_billion"]) for r in csv.DictReader(f) if r["krw_billion"]}


def article(published: str, *paragraphs: str) -> str:
    """Return an article: a headline, a byline, the date line and the paragraphs."""
    day = dt.date.fromisoformat(published)
    return "\n\n".join([f"Allies haggle over troop costs\nBy Mira Calloway\n{day:%B} {day.day}, {day.year}",
                        "Seoul and Washington met again this week on how the cost of the U.S. troops is shared.",
                        *paragraphs]) + "\n"


def won(billion: float) -> str:
    """Return a won amount as news copy writes it ("1.0389 trillion won", "960.2 billion won")."""
    if billion >= 1000:
        return f"{billion / 1000:.4f}".rstrip("0").rstrip(".") + " trillion won"
    return f"{billion:,.1f}".removesuffix(".0") + " billion won"


#: Seoul's payment told in its own clause ({x}: the amount, {y}: the year); (template, published offset in years).
PAYMENT_FORMS = (
    ("Under the deal, South Korea will pay {x} in {y} toward the upkeep of the American troops.", 0, "clause-future"),
    ("Seoul paid {x} in {y} to help keep the U.S. forces on the peninsula, the ministry said.", 2, "clause-past"),
    ("South Korea's contribution for {y} was set at {x}, up from the year before.", 1, "clause-passive"),
    ('"Our share for {y} comes to {x}," a Foreign Ministry official, Han Do-yun, told reporters.', 0, "quoted"),
    ("Seoul's share of the cost in {y} reached {x}, according to the agreement.", 3, "clause-reached"),
)

#: Seoul's payment change told in its own clause ({p}: the percent, {y}: the year).
CHANGE_FORMS = (
    ("Seoul's payment for {y} rose {p} percent from the previous year.", 1, "clause-past"),
    ("South Korea agreed to raise its contribution by {p} percent in {y}.", 0, "clause-agreed"),
    ("The {y} contribution of Seoul marks a {p} percent increase over a year earlier.", 2, "clause-noun"),
    ('"Our payment goes up {p} percent in {y}," negotiator Pak Sun-mi said.', 0, "quoted"),
)


def _off(value: float, others: list[float], factors: tuple[float, ...]) -> float:
    """Return ``value`` times the first factor whose result is more than 5 % from every other year's value."""
    for factor in factors:
        cand = value * factor
        if all(abs(cand - o) > 0.05 * o for o in others):
            return cand
    return value * factors[0]


def payment_probes() -> list[Probe]:
    """Return the payment probes: each year with a won amount, each form, right, 15-30 % off and 1,000 times off."""
    pay, out = payments(), []
    for year in (2014, 2016, 2018, 2019, 2021, 2022, 2025, 2026):
        others = [v for y, v in pay.items() if y != year]
        for i, (form, later, wording) in enumerate(PAYMENT_FORMS):
            published = f"{year + later}-0{4 + i}-1{i}"
            right = pay[year]
            for value, text in ((right, won(right)),
                                (off := _off(right, others, (1.3, 0.78, 1.2, 0.85) if i % 2 else (0.8, 1.25, 0.72)),
                                 won(round(off, 1))),
                                (right * 1000, won(right * 1000)) if i in (0, 2) else (right, "")):
                if text:
                    sent = form.format(x=text, y=year)
                    out.append(Probe(published, article(published, sent), text, "payment", year, value, wording))
    return out


def change_probes() -> list[Probe]:
    """Return the change probes: each year whose change the data give, each form, right and off by 4 points or more."""
    pay, out = payments(), []
    changes = {y: (pay[y] / pay[y - 1] - 1) * 100 for y in pay if y - 1 in pay}
    for year in (2014, 2019, 2021, 2022, 2026):
        right = round(changes[year], 1)
        others = [round(v, 1) for y, v in changes.items() if y != year]
        wrong = next(w for w in (right + 4, right * 2, right + 7) if all(abs(w - o) > 1 for o in others))
        for i, (form, later, wording) in enumerate(CHANGE_FORMS):
            published = f"{year + later}-0{3 + i}-2{i}"
            for value in (right, round(wrong, 1)):
                p = f"{value:g}"
                out.append(Probe(published, article(published, form.format(p=p, y=year)), f"{p} percent", "change",
                                 year, value, wording))
    return out


#: Asks of the US side (published, sentence, words, dollars asked, the year asked for or None).
DEMAND_FORMS = (
    ("2019-11-20", "Washington has demanded {x} from Seoul for next year, officials said.", "reported"),
    ("2019-11-20", "President Trump wants South Korea to pay {x} a year for the troops.", "wants"),
    ("2019-11-20", '"They asked us for {x}," a member of the Korean team, Ryu Ha-jin, said.', "quoted"),
    ("2019-11-20", "The {x} the Americans are seeking is more than five times what Seoul pays now.", "relative"),
    ("2024-10-17", "Trump said Seoul would pay {x} a year if he were president, calling it a money machine.",
     "hypothetical"),
)


def demand_probes() -> list[Probe]:
    """Return asks of the US side, right per data/demands.csv and off, and offers and forecasts of Seoul's payment."""
    out = []
    for published, form, wording in DEMAND_FORMS:
        right = 10e9 if published.startswith("2024") else 5e9
        for value in (right, right * 1.3):
            x = f"${value / 1e9:g} billion"
            out.append(Probe(published, article(published, form.format(x=x)), x, "demand", int(published[:4]) + 1,
                             value, wording))
    offers = ("Seoul offered to raise its contribution by {p} percent, but Trump rejected it.",
              "South Korea proposed a {p} percent increase in its share, a ministry source said.",
              '"We put a {p} percent rise on the table," a Korean negotiator said.')
    for form in offers:
        for p in (13, 20):
            out.append(Probe("2020-04-24", article("2020-04-24", form.format(p=p)), f"{p} percent", "offer", 2020,
                             p, "offer"))
    forecasts = (("2020-06-02", "Seoul's payment is expected to reach {x} in 2022, analysts say.", 2022),
                 ("2021-03-11", "By 2025 the contribution will rise to {x}, the ministry projected.", 2025),
                 ("2024-10-05", "Seoul will pay {x} in 2029 under the new agreement, officials estimate.", 2029),
                 ("2019-02-12", "Analysts expect Seoul's share to top {x} in 2021.", 2021))
    pay = payments()
    for published, form, year in forecasts:
        for value in (pay.get(year, 1700.0) * 1.25, pay.get(year, 1700.0)):
            x = won(round(value, 1))
            out.append(Probe(published, article(published, form.format(x=x)), x, "forecast", year, value, "forecast"))
    return out


#: Other quantities told near the payment: (class, published, phrase with the figure, the figure's words); the phrase
#: is a clause that can follow "Under the cost-sharing deal," or open a sentence.
OTHER_PHRASES = (
    ("defence_budget", "2020-12-10", "South Korea's defense budget grew 7.4 percent in 2020", "7.4 percent"),
    ("defence_budget", "2021-12-10", "Seoul's military spending rises 5.4 percent this year", "5.4 percent"),
    ("defence_budget", "2019-12-10", "the defense budget will reach 50.2 trillion won next year", "50.2 trillion won"),
    ("defence_budget", "2022-06-10", "the government raised defense outlays by 9 percent", "9 percent"),
    ("us_spending", "2019-11-20", "the United States spends about $4.5 billion a year on its forces in Korea",
     "$4.5 billion"),
    ("us_spending", "2021-03-15", "the Pentagon's outlays for the Korea garrison rose 11 percent last year",
     "11 percent"),
    ("stationing_cost", "2019-11-20", "the whole cost of stationing the troops comes to some 3.2 trillion won a year",
     "3.2 trillion won"),
    ("stationing_cost", "2025-07-09", "keeping the soldiers there costs about $2.7 billion a year in all",
     "$2.7 billion"),
    ("wages", "2021-03-15", "the pay of Korean workers at the bases rose 6.5 percent", "6.5 percent"),
    ("wages", "2020-04-20", "the 4,000 furloughed Korean employees will get 1.2 trillion won in back wages",
     "1.2 trillion won"),
    ("wages", "2019-11-20", "wages for the bases' Korean staff will rise 10 percent next year", "10 percent"),
    ("tariffs", "2025-07-09", "Washington slapped a 25 percent tariff on Korean goods", "25 percent"),
    ("tariffs", "2025-08-01", "the tariff on Korean cars was cut to 15 percent", "15 percent"),
    ("investment", "2025-08-01", "Seoul pledged $350 billion of investment in American industry", "$350 billion"),
    ("investment", "2025-08-01", "Korean firms promised to invest $1.5 billion in U.S. shipyards", "$1.5 billion"),
    ("weapons", "2019-11-20", "Seoul has bought American arms worth 1.3 trillion won this year", "1.3 trillion won"),
    ("weapons", "2021-03-15", "purchases of U.S. weapons rose 30 percent last year", "30 percent"),
    ("troops_other", "2025-05-23", "the Pentagon may pull 4,500 troops out of Korea", "4,500 troops"),
    ("troops", "2019-11-20", "the United States keeps 28,500 troops in South Korea", "28,500 troops"),
    ("other_host", "2021-03-15", "Japan pays about $1.8 billion a year for the U.S. forces it hosts", "$1.8 billion"),
    ("other_host", "2021-03-15", "Tokyo's host-nation payment rose 1.2 percent this year", "1.2 percent"),
    ("other_host", "2020-07-20", "Germany contributes about $1 billion a year to U.S. basing costs", "$1 billion"),
    ("nato", "2025-06-26", "NATO members agreed to spend 5 percent of GDP on defense by 2035", "5 percent"),
    ("nato", "2019-11-20", "allies in Europe were told to spend 2 percent of their GDP on defense", "2 percent"),
    ("poll", "2019-11-20", "96 percent of South Koreans oppose paying more, a poll found", "96 percent"),
    ("poll", "2021-03-15", "a survey showed 58 percent of Americans back the alliance", "58 percent"),
    ("inflation", "2019-11-20", "consumer prices rose 0.4 percent this year", "0.4 percent"),
    ("inflation", "2026-02-10", "Korean inflation ran at 2.1 percent last year", "2.1 percent"),
    ("cost_plus", "2020-03-09", "Trump wants allies to pay the full cost of U.S. troops plus 50 percent", "50 percent"),
    ("cost_plus", "2019-11-20", "hosts would pay an extra 50 percent on top of the cost of the troops", "50 percent"),
    ("cost_plus", "2020-03-09", "the 'cost plus 50' formula would charge allies 150 percent of the bill",
     "150 percent"),
)

#: Where the payment word stands: in the figure's clause, in its sentence, only in the sentence before, quoted.
PLACEMENTS = (
    ("clause", "Under the cost-sharing deal for the U.S. troops, {q}."),
    ("sentence", "{Q}, even as Seoul's payment for the troops was being renegotiated."),
    ("before", "Seoul's cost-sharing payment for the U.S. troops is at stake in the talks. {Q}."),
    ("quoted", '"As we talk about what Seoul pays for the troops, {q}," a senior official, Dana Kessler, said.'),
)


def other_probes() -> list[Probe]:
    """Return the other quantities in each placement of the payment word."""
    out = []
    for klass, published, phrase, needle in OTHER_PHRASES:
        for wording, form in PLACEMENTS:
            sent = form.format(q=phrase, Q=phrase[0].upper() + phrase[1:])
            value = 28500.0 if klass == "troops" else None
            out.append(Probe(published, article(published, sent), needle, klass, int(published[:4]), value, wording))
    return out


#: A figure of another quantity told in the very sentence that gives the payment (a percent of another quantity
#: beside the payment's own words): (published, sentence, the other figure's words, its class).
BESIDE_PAYMENT = (
    ("2021-03-11", "Seoul will pay 1.1833 trillion won this year, a rise pegged to the 7.4 percent growth of its "
     "defense budget.", "7.4 percent", "defence_budget"),
    ("2021-03-11", "The payment rises 13.9 percent this year, made up of 7.4 percent defense-budget growth and a "
     "6.5 percent rise in workers' pay.", "6.5 percent", "wages"),
    ("2022-02-11", "Seoul's 2022 payment goes up 5.4 percent, tracking its defense spending, which rose 4.9 percent.",
     "4.9 percent", "defence_budget"),
    ("2019-02-12", "Seoul agreed to pay 1.0389 trillion won this year, while its defense budget grew 8.2 percent.",
     "8.2 percent", "defence_budget"),
    ("2026-01-15", "Seoul pays 1.5192 trillion won this year, though prices rose only 2.1 percent.", "2.1 percent",
     "inflation"),
    ("2019-11-20", "Seoul pays about $900 million, and Washington wants the cost plus 50 percent.", "50 percent",
     "cost_plus"),
    ("2020-03-09", "On top of the cost, Trump wants a 50 percent premium from Seoul, whose payment is 1.0389 trillion "
     "won.", "50 percent", "cost_plus"),
    ("2025-08-01", "Seoul pays 1.4 trillion won for the troops, and its exports face a 15 percent tariff.",
     "15 percent", "tariffs"),
    ("2021-03-11", "Seoul's contribution grows 13.9 percent to 1.1833 trillion won, while Japan's rose 1.2 percent.",
     "1.2 percent", "other_host"),
    ("2019-11-20", "Seoul pays roughly $900 million, about a fifth of the $4.5 billion the U.S. spends there.",
     "$4.5 billion", "us_spending"),
    ("2025-07-09", "Seoul's payment rose 8.3 percent, though the defense budget climbed 7.5 percent.", "7.5 percent",
     "defence_budget"),
    ("2019-11-20", "Korea's payment is about 1 trillion won, roughly 2 percent of its defense budget.", "2 percent",
     "share_of_budget"),
)


def beside_probes() -> list[Probe]:
    """Return figures of other quantities told in a sentence that gives the payment."""
    return [Probe(p, article(p, s), needle, klass, int(p[:4]), None, "beside") for p, s, needle, klass in
            BESIDE_PAYMENT]


#: More figures told in a sentence about the payment that are not its amount nor its change, and asks, offers and
#: premiums worded as payments: (published, sentence, the figure's words, its class).
WORDED_AS_PAYMENT = (
    ("2019-11-20", "Washington wants a $5 billion payment from Seoul next year.", "$5 billion", "demand"),
    ("2019-11-20", "The $5 billion payment the Americans demand would be a fivefold rise.", "$5 billion", "demand"),
    ("2019-11-20", "Seoul is being asked to pay $5 billion, up from what it pays now.", "$5 billion", "demand"),
    ("2020-04-24", "Seoul offered to pay 1.17 trillion won this year, but the White House said no.",
     "1.17 trillion won", "offer_amount"),
    ("2020-04-24", "Seoul's offer of 1.17 trillion won for this year was turned down by Trump.", "1.17 trillion won",
     "offer_amount"),
    ("2020-04-24", "The rejected offer would have had Seoul pay 1.3 trillion won this year.", "1.3 trillion won",
     "offer_amount"),
    ("2020-03-09", "Under the 'cost plus 50' formula, Seoul's payment would rise by 50 percent on top of the cost.",
     "50 percent", "cost_plus"),
    ("2020-03-09", "Allies would pay the cost of the troops and an extra 50 percent on top of the cost.", "50 percent",
     "cost_plus"),
    ("2020-03-09", "Seoul's share would jump if it had to pay the cost plus 50 percent, analysts said.", "50 percent",
     "cost_plus"),
    ("2019-11-20", "The plan would make hosts pay the full cost plus a 50 percent premium.", "50 percent", "cost_plus"),
    ("2019-11-20", "Seoul's payment covers about 40 percent of the non-personnel cost of the troops.", "40 percent",
     "share_of_cost"),
    ("2019-11-20", "The payment of 1.0389 trillion won equals about 2.2 percent of Seoul's defense budget.",
     "2.2 percent", "share_of_budget"),
    ("2021-03-11", "The 13.9 percent rise in Seoul's payment includes a 6.5 percent increase for the wages of Korean "
     "workers.", "6.5 percent", "wages"),
    ("2021-03-11", "Seoul's payment will then grow each year in line with its defense budget, which rose 5.4 percent "
     "this year.", "5.4 percent", "defence_budget"),
    ("2021-03-11", "Future rises in Seoul's payment are tied to defense budget growth, forecast at 6.1 percent a year.",
     "6.1 percent", "defence_budget"),
    ("2025-07-09", "Seoul paid 1.4 trillion won this year while Washington imposed a 25 percent tariff on its cars.",
     "25 percent", "tariffs"),
    ("2019-11-20", "Seoul's payment rose 8.2 percent this year, while the U.S. army's costs there grew 12 percent.",
     "12 percent", "us_spending"),
    ("2019-11-20", "Seoul pays 1.0389 trillion won this year, and it has bought $13 billion of U.S. arms since 2008.",
     "$13 billion", "weapons"),
    ("2021-03-11", "The deal raises Seoul's payment by 13.9 percent; inflation was 0.5 percent last year.",
     "0.5 percent", "inflation"),
    ("2019-11-20", "Seoul's payment, about $900 million, is less than a third of the $3 billion Japan pays.",
     "$3 billion", "other_host"),
    ("2025-07-09", "The payment rose 8.3 percent for 2026, and Seoul's investment pledge grew 20 percent.",
     "20 percent", "investment"),
    ("2019-11-20", "Under the deal, the number of Korean workers paid from Seoul's payment fell 10 percent.",
     "10 percent", "wages"),
)


def worded_probes() -> list[Probe]:
    """Return asks, offers, premiums and shares worded as the payment."""
    return [Probe(p, article(p, s), needle, klass, int(p[:4]), None, "worded") for p, s, needle, klass in
            WORDED_AS_PAYMENT]


#: The payment told with its payment word only in the sentence before: (form, published offset in years).
CONTEXT_FORMS = (
    "The two sides signed the cost-sharing deal for {y}. The sum came to {x}, officials said.",
    "Seoul's cost-sharing payment was settled for {y}. It was {x}, up from a year earlier.",
)


def context_probes() -> list[Probe]:
    """Return payments (right and 25 % off) whose payment word is only in the sentence before."""
    pay, out = payments(), []
    for year in (2016, 2019, 2021, 2025):
        for i, form in enumerate(CONTEXT_FORMS):
            published = f"{year + 1}-0{5 + i}-0{3 + i}"
            for value in (pay[year], round(pay[year] * (0.75 if year != 2025 else 0.7), 1)):
                out.append(Probe(published, article(published, form.format(x=won(value), y=year)), won(value),
                                 "payment_context", year, value, "before"))
    return out


#: Forecasts of the payment, told before its year ({x}: the amount, {y}: the year it is of).
FORECAST_FORMS = (
    "By {y} the contribution will rise to {x}, the ministry projected.",
    "Seoul's payment is projected to reach {x} by {y}.",
    "Under the formula, the payment could climb to {x} in {y}, a think tank estimated.",
    "Seoul would be paying {x} in {y} if the budget keeps growing, analysts said.",
    "In {y}, the contribution is expected to hit {x}.",
    '"By {y} we will be paying {x}," lawmaker Ok Ji-won warned.',
)


def forecast_probes() -> list[Probe]:
    """Return forecasts of a year's payment made years before it, right and 20-25 % off."""
    pay, out = payments(), []
    for year, published in ((2025, "2021-03-12"), (2022, "2020-07-01"), (2019, "2018-05-02")):
        for form in FORECAST_FORMS:
            for value in (pay[year], round(pay[year] * 1.22, 1), round(pay[year] * 0.8, 1)):
                out.append(Probe(published, article(published, form.format(x=won(value), y=year)), won(value),
                                 "forecast", year, value, "forecast"))
    return out


#: Offers and forecasts of the payment's change, judged only against the offers on record, never by what happened.
CHANGE_PLANS = (
    ("2020-04-24", "South Korea had offered to lift its payment 13 percent for 2020.", "13 percent"),
    ("2020-04-24", "Seoul proposed raising its contribution 10 percent this year, a figure Washington rejected.",
     "10 percent"),
    ("2020-12-01", "Seoul's payment will rise about 8 percent next year, officials expect.", "8 percent"),
    ("2024-05-01", "The next deal should lift Seoul's payment some 10 percent in 2026, analysts predict.",
     "10 percent"),
    ("2020-12-01", "The payment could go up 20 percent in 2021 if Washington gets its way.", "20 percent"),
    ("2019-01-10", "Washington sought a 50 percent rise in Seoul's payment for this year.", "50 percent"),
    ("2019-11-20", "The U.S. side is asking Seoul to raise its payment by 400 percent.", "400 percent"),
    ("2019-11-20", "Seoul's payment would rise 50 percent under the 'cost plus 50' idea.", "50 percent"),
)


#: Other quantities whose clause holds a payment word ("Seoul's payment to the workers", "paid for the jets").
OTHER_WITH_PAY_WORD = (
    ("2021-03-15", "Seoul's payment to the Korean workers at the bases rose 6 percent this year.", "6 percent",
     "wages"),
    ("2019-11-20", "Seoul paid $10.7 billion for the building of Camp Humphreys.", "$10.7 billion", "stationing_cost"),
    ("2019-11-20", "South Korea paid about $7 billion for American weapons last year.", "$7 billion", "weapons"),
    ("2019-11-20", "The cost of the U.S. troops in Korea rose 10 percent this year, the Pentagon said.", "10 percent",
     "us_spending"),
    ("2019-11-20", "The bill for keeping the troops, about 3.5 trillion won, is paid mostly by Washington.",
     "3.5 trillion won", "stationing_cost"),
    ("2021-03-15", "Tokyo will pay 1.05 trillion yen over the five years of its deal.", "1.05 trillion yen",
     "other_host"),
    ("2019-11-20", "Seoul pays about $3 billion a year in indirect support for the troops.", "$3 billion",
     "stationing_cost"),
    ("2020-07-20", "Berlin pays less than a billion dollars a year, Trump said, and he will cut 9,500 troops.",
     "9,500 troops", "troops_other"),
    ("2025-08-01", "Seoul will pay a 15 percent tariff on its exports under the trade deal.", "15 percent", "tariffs"),
    ("2019-11-20", "Seoul's payment for the THAAD site's land was about 90 billion won.", "90 billion won",
     "stationing_cost"),
    ("2019-11-20", "Korea's contribution to its own defense, 46.7 trillion won this year, keeps growing.",
     "46.7 trillion won", "defence_budget"),
    ("2025-07-09", "Seoul's contribution in investment pledges reaches $350 billion.", "$350 billion", "investment"),
)


def plan_probes() -> list[Probe]:
    """Return offers and forecasts of the change, and other quantities whose clause holds a payment word."""
    out = [Probe(p, article(p, s), needle, "change_plan", int(p[:4]), None, "plan") for p, s, needle in CHANGE_PLANS]
    return out + [Probe(p, article(p, s), needle, klass, int(p[:4]), None, "pay-word") for p, s, needle, klass in
                  OTHER_WITH_PAY_WORD]


#: Percents and sums of other quantities joined to a sentence about the payment: (class, clause, the figure's words).
JOINED_OTHERS = (
    ("defence_budget", "its defense budget grew 7.1 percent", "7.1 percent"),
    ("inflation", "consumer prices rose 2.6 percent", "2.6 percent"),
    ("other", "the won fell 6 percent against the dollar", "6 percent"),
    ("us_spending", "the U.S. Army's costs in Korea rose 12 percent", "12 percent"),
    ("wages", "the base workers' wages rose 6.5 percent", "6.5 percent"),
    ("tariffs", "U.S. tariffs on its steel went up 25 percent", "25 percent"),
    ("other_host", "Japan's host-nation payment rose 1.4 percent", "1.4 percent"),
    ("poll", "support for the alliance fell 11 percent in polls", "11 percent"),
    ("troops_other", "the U.S. garrison shrank by 4,500 troops", "4,500 troops"),
    ("us_spending", "Washington spent $4.1 billion on the garrison", "$4.1 billion"),
)
#: How the other clause is joined to the payment's: after a comma and a conjunction, a semicolon, a dash.
JOINS = (", while {q}", ", as {q}", "; meanwhile {q}", ", even though {q}", ", and {q}", " \u2014 at a time when {q}")
#: The payment's own clause that opens the sentence: (published, clause).
PAYMENT_MAINS = (("2019-03-12", "Seoul's payment rose 8.2 percent this year"),
                 ("2019-03-12", "South Korea will pay 1.0389 trillion won this year"),
                 ("2021-03-11", "Seoul agreed to raise its contribution 13.9 percent this year"))


def joined_probes() -> list[Probe]:
    """Return figures of other quantities in a clause joined to one that tells the payment."""
    out = []
    for published, main in PAYMENT_MAINS:
        for klass, clause, needle in JOINED_OTHERS:
            for join in JOINS:
                sent = main + join.format(q=clause) + "."
                out.append(Probe(published, article(published, sent), needle, klass, int(published[:4]), None,
                                 "joined"))
    return out


#: Noun phrases of other quantities a participle or preposition attaches to the payment's clause: (class, phrase,
#: the figure's words).
ATTACHED_NPS = (
    ("defence_budget", "the 7.1 percent growth of its defense budget", "7.1 percent"),
    ("inflation", "inflation of 0.4 percent", "0.4 percent"),
    ("wages", "a 6.5 percent rise in workers' wages", "6.5 percent"),
    ("us_spending", "the 12 percent rise in U.S. costs there", "12 percent"),
    ("other_host", "Japan's 1.4 percent rise", "1.4 percent"),
    ("tariffs", "a 25 percent tariff on its cars", "25 percent"),
    ("other", "economic growth of 2.7 percent", "2.7 percent"),
    ("nato", "NATO's goal of 2 percent of GDP", "2 percent"),
)
ATTACHMENTS = (", reflecting {np}", ", in line with {np}", ", pegged to {np}", ", outpacing {np}",
               ", well above {np}", ", compared with {np}", ", against {np}", " despite {np}")


def attached_probes() -> list[Probe]:
    """Return figures of other quantities in a phrase attached to the payment's clause."""
    out = []
    for published, main in PAYMENT_MAINS:
        for klass, np_, needle in ATTACHED_NPS:
            for form in ATTACHMENTS:
                sent = main + form.format(np=np_) + "."
                out.append(Probe(published, article(published, sent), needle, klass, int(published[:4]), None,
                                 "attached"))
    return out


#: Changes of other quantities told as changes, in several tenses and numeral styles: (class, subject, the percent).
CHANGE_SUBJECTS = (
    ("defence_budget", "South Korea's defense budget", "7.4"),
    ("defence_budget", "Seoul's military spending", "5.4"),
    ("wages", "the pay of Korean base workers", "6.5"),
    ("wages", "USFK's Korean employees' salaries", "2.8"),
    ("tariffs", "the U.S. tariff on Korean steel", "25"),
    ("troops_other", "the number of U.S. troops in Korea", "10"),
    ("weapons", "Seoul's purchases of American weapons", "30"),
    ("weapons", "arms imports from the United States", "18"),
    ("us_spending", "the Pentagon's Korea budget", "9"),
    ("other_host", "Tokyo's payment for U.S. forces in Japan", "1.2"),
)
CHANGE_VERBS = ("rose {p} percent", "will rise {p}%", "has risen by {p} percent", "is expected to grow {p} percent",
                "climbed {p} per cent", "jumps {p} percent")
#: Payment words around the change: in the clause, in the sentence, only before.
CHANGE_FRAMES = ("In the cost-sharing talks, {c}.", "{C}, a figure Seoul's negotiators cite as they set its payment.",
                 "The allies are haggling over how much Seoul pays for the U.S. troops. {C}.")


def other_change_probes() -> list[Probe]:
    """Return changes of other quantities in several tenses, numeral styles and placements of the payment words."""
    out = []
    for i, (klass, subject, p) in enumerate(CHANGE_SUBJECTS):
        for j, verb in enumerate(CHANGE_VERBS):
            clause = f"{subject} {verb.format(p=p)} this year"
            form = CHANGE_FRAMES[(i + j) % len(CHANGE_FRAMES)]
            sent = form.format(c=clause, C=clause[0].upper() + clause[1:])
            published = ("2019-11-20", "2021-03-15", "2025-07-09")[(i + j) % 3]
            needle = f"{p}%" if "%" in verb else f"{p} per cent" if "per cent" in verb else f"{p} percent"
            out.append(Probe(published, article(published, sent), needle, klass, int(published[:4]), None,
                             "change-" + str(j)))
    return out


#: A premium over the full cost told as a change of the payment, or as what Seoul would pay (Conventions: a "cost plus
#: N" formula reported as asked is a demand, as a plan a hypothetical; never judged by the payments on record).
PREMIUMS = (
    "Seoul's payment would have to rise by 50 percent above the cost under Trump's formula.",
    "Trump wants Seoul to pay 150 percent of what the troops cost.",
    "Seoul could be asked to pay the cost plus 50 percent, a 50 percent premium.",
    "Under 'cost plus 50', Seoul would pay an extra 50 percent on top of the cost.",
    "Washington floated charging allies the full cost of its troops plus 50 percent.",
    "The cost-plus-50 idea means Seoul pays 50 percent more than the cost of the troops.",
    "Seoul's bill would jump by half again, or 50 percent over cost, if Trump had his way.",
    "Trump's aides drafted a formula of full cost plus a 50 percent premium for hosts like Seoul.",
)


def premium_probes() -> list[Probe]:
    """Return premiums over the full cost, each read as of 2019 and of 2020."""
    return [Probe(p, article(p, s), "150 percent" if "150 percent" in s else "50 percent", "cost_plus", int(p[:4]),
                  None, "premium") for s in PREMIUMS for p in ("2019-03-12", "2020-03-09")]


PROBES = (other_change_probes() + premium_probes() + attached_probes() + joined_probes() + forecast_probes()
          + plan_probes() + worded_probes() + context_probes() + payment_probes() + change_probes() + demand_probes()
          + other_probes() + beside_probes())
