"""A right-figure battery of session 60 (contra60, issue #10): short passages in framings the earlier probe rounds did not
try, each holding one figure that is right by construction, and the same passage with that figure wrong.

Every value is read here from data/*.csv (the payment of a year in won, in dollars at the year's FRED rate, its percent
change, the troop level, an ask with its date, Seoul's offer, the defence budget); no figure under test is a literal.
Every sentence is mine (invented people, my own wording; no corpus sentence retold). A :class:`Passage` holds the day of
publication, the text, the figure's words (``needle``), the framing and whether the figure is right; :func:`battery`
returns the right passages and :func:`near_misses` the same passages with the figure 30 % off or a billion/million slip.

>>> len(battery()) >= 150
True
>>> all(p.needle in p.text for p in battery() + near_misses())
True
"""

# ruff: noqa: E501
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent.parent / "data"


class Passage(NamedTuple):
    published: str
    text: str
    needle: str
    framing: str
    right: bool


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@cache
def pay() -> dict[int, float]:
    """Seoul's payment per year in billion won."""
    return {int(r["year"]): float(r["krw_billion"]) for r in _rows("sma_contributions") if r["krw_billion"]}


@cache
def rate() -> dict[int, float]:
    """Won per dollar, the year's average."""
    return {int(r["year"]): float(r["krw_per_usd"]) for r in _rows("exchange_rates")}


@cache
def defence() -> dict[int, float]:
    """Korea's defence budget per year in trillion won."""
    return {int(r["year"]): float(r["krw_trillion"]) for r in _rows("defence_budget")}


def level(year: int) -> int:
    """The stated troop level of a year (the one stated level data/troops.csv gives for it)."""
    levels = {int(r["troops"]) for r in _rows("troops") if r["kind"] == "stated_level"
              and int(r["from_year"]) <= year <= int(r["to_year"])}
    assert len(levels) == 1, (year, levels)
    return levels.pop()


def level_of(year: int) -> int:
    """The stated troop level data/troops.csv gives for that one year alone (a row of one year, not a span)."""
    levels = {int(r["troops"]) for r in _rows("troops") if r["kind"] == "stated_level"
              and int(r["from_year"]) == year == int(r["to_year"])}
    assert len(levels) == 1, (year, levels)
    return levels.pop()


def ask(demand_id: str) -> float:
    """The amount of an ask in data/demands.csv."""
    return next(float(r["amount"]) for r in _rows("demands") if r["demand_id"] == demand_id)


def offer() -> tuple[float, float]:
    """Seoul's 2020 offer: its percent and its amount in billion won."""
    row = _rows("offers")[0]
    return float(row["percent"]), float(row["amount"]) / 1e9


def won(billion: float) -> str:
    """A won amount as copy writes it ("1.0389 trillion won", "960.2 billion won")."""
    if billion >= 1000:
        return f"{billion / 1000:.4f}".rstrip("0").rstrip(".") + " trillion won"
    return f"{billion:,.1f}".removesuffix(".0") + " billion won"


def dollars(amount: float) -> str:
    """A dollar amount ("$891 million", "$1.3 billion", "$5 billion")."""
    if amount >= 1e9:
        return f"${amount / 1e9:.2f}".rstrip("0").rstrip(".") + " billion"
    return f"${amount / 1e6:,.0f} million"


def usd(year: int) -> str:
    """The payment of a year in dollars at that year's average rate."""
    return dollars(pay()[year] * 1e9 / rate()[year])


def change(year: int) -> float:
    """The payment's percent change over the year before, to one decimal."""
    return round((pay()[year] / pay()[year - 1] - 1) * 100, 1)


def pct(value: float, unit: str = " percent") -> str:
    return f"{abs(value):g}{unit}"


def rounded(billion: float) -> str:
    """The payment rounded to two significant figures with the hedge that keeps it true."""
    r = float(f"{billion:.2g}") if billion < 1000 else round(billion / 1000, 2) * 1000
    hedge = "more than" if r < billion else "nearly" if r > billion else "about"
    return f"{hedge} {won(r)}"


def times(ratio: float) -> str:
    """A ratio as copy writes it, hedged to stay true."""
    if 1.4 <= ratio <= 1.6:
        return "one and a half times"
    if 0.4 <= ratio < 0.5:
        return "less than half"
    words = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times", 7: "seven times",
             8: "eight times", 9: "nine times", 10: "ten times", 14: "14 times"}
    n = round(ratio)
    hedge = "more than" if ratio > n + 0.05 else "nearly" if ratio < n - 0.05 else "about"
    return f"{hedge} {words.get(n, f'{n} times')}"


_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")


def said(value: float) -> str:
    """A percent as a broadcast script spells it ("eight-point-two percent", "thirteen-point-nine percent")."""
    whole, tenth = divmod(round(abs(value) * 10), 10)
    return f"{_WORDS[whole]}-point-{_WORDS[tenth]} percent" if tenth else f"{_WORDS[whole]} percent"


def styles(paid: dict[int, float]) -> dict[str, str]:
    """Korean-outlet and wire styles of a few payments: "W1.0389 trillion", "1,038.9 billion won", "KRW 1.1833
    trillion", "1.04 trillion won"."""
    return {"W2019": "W" + won(paid[2019]).removesuffix(" won"), "W2018": "W" + won(paid[2018]).removesuffix(" won"),
            "comma2019": f"{paid[2019]:,.1f} billion won", "KRW2021": "KRW " + won(paid[2021]).removesuffix(" won"),
            "rn2019": f"{paid[2019] / 1000:.2f} trillion won"}


def spoken(changes: dict[int, float], demand: float) -> dict[str, str]:
    """Broadcast-script spellings of two changes and an ask in billions ("five billion")."""
    return {"say2019": said(changes[2019]), "say2021": said(changes[2021]),
            "saydem": f"{_WORDS[round(demand / 1e9)]} billion"}


def values() -> dict[str, str]:
    """The named right values the templates use."""
    v: dict[str, str] = {}
    for y, b in pay().items():
        v[f"pay{y}"] = won(b)
        v[f"r{y}"] = rounded(b)
        if y in rate():
            v[f"usd{y}"] = usd(y)
        if y - 1 in pay():
            v[f"chg{y}"] = pct(change(y))
            v[f"chgp{y}"] = pct(change(y), "%")
    for y, t in defence().items():
        v[f"def{y}"] = f"{t:g} trillion won"
        if y - 1 in defence():
            v[f"defchg{y}"] = pct(round((t / defence()[y - 1] - 1) * 100, 1))
    v["troops"] = f"{level(2019):,}"
    v["lvl1991"], v["lvl1992"] = f"{level_of(1991):,}", f"{level_of(1992):,}"
    v.update(styles(pay()))
    v.update(spoken({y: change(y) for y in (2019, 2021)}, ask("kbs-diplomatic-source-5bn")))
    v["dem2019"] = dollars(ask("kbs-diplomatic-source-5bn"))
    v["dem47"] = dollars(ask("ap-4-7bn"))
    v["dem2020"] = dollars(ask("yonhap-official-1-3bn"))
    v["dem2024"] = dollars(ask("trump-10bn-2024"))
    v["dem55krw"] = won(ask("yoon-dehart-5-5tn-krw") / 1e9)
    percent, amount = offer()
    v["offer"] = pct(percent)
    v["offeramt"] = won(amount)
    v["sum9"] = "about " + won(round(sum(pay()[y] for y in range(2014, 2019)) / 100) * 100)
    v["sum8"] = won(round(sum(pay()[y] for y in range(2009, 2014)), 1))
    v["sum6"] = won(pay()[2005] + pay()[2006])
    v["sum1920"] = won(pay()[2019] + pay()[2020])
    usd19 = pay()[2019] * 1e9 / rate()[2019]
    v["x2019"] = times(ask("kbs-diplomatic-source-5bn") / usd19)
    v["x2025"] = times(ask("trump-10bn-2025") / (pay()[2025] * 1e9 / rate()[2025]))
    v["x1991"] = times(pay()[2026] / pay()[1991])
    v["x2005"] = times(pay()[2019] / pay()[2005])
    v["xhalf"] = times(pay()[1991] / pay()[1995])
    v["x2020"] = times(ask("yonhap-official-1-3bn") / (pay()[2020] * 1e9 / rate()[2020]))
    return v


def wrong_values() -> dict[str, str]:
    """The same names, each value wrong: 30 % off, or a billion/million slip for every fifth payment."""
    v: dict[str, str] = {}
    for i, (y, b) in enumerate(sorted(pay().items())):
        v[f"pay{y}"] = won(b / 1000) if i % 5 == 0 and b >= 1000 else won(round(b * 1.3, 1))
        v[f"r{y}"] = rounded(b * 1.3)
        if y in rate():
            v[f"usd{y}"] = dollars(pay()[y] * 1.3e9 / rate()[y])
        if y - 1 in pay():
            v[f"chg{y}"] = pct(round(change(y) + 6 if change(y) > 0 else change(y) - 6, 1))
            v[f"chgp{y}"] = pct(round(change(y) + 6 if change(y) > 0 else change(y) - 6, 1), "%")
    v["troops"] = f"{level(2019) + 6000:,}"
    v["lvl1991"], v["lvl1992"] = f"{round(level_of(1991) * 1.3):,}", f"{round(level_of(1992) * 1.3):,}"
    v.update(styles({y: b * 1.3 for y, b in pay().items()}))
    v.update(spoken({y: change(y) + 6 for y in (2019, 2021)}, ask("kbs-diplomatic-source-5bn") * 1.4))
    v["dem2019"] = dollars(ask("kbs-diplomatic-source-5bn") * 1.4)
    v["dem47"] = dollars(ask("ap-4-7bn") * 1.4)
    v["dem2020"] = dollars(ask("yonhap-official-1-3bn") * 1.6)
    v["dem2024"] = dollars(ask("trump-10bn-2024") * 1.5)
    v["dem55krw"] = won(ask("yoon-dehart-5-5tn-krw") / 1e9 * 1.4)
    percent, amount = offer()
    v["offer"] = pct(percent + 7)
    v["offeramt"] = won(amount * 1.4)
    v["sum9"] = "about " + won(round(sum(pay()[y] for y in range(2014, 2019)) * 1.3 / 100) * 100)
    v["sum8"] = won(round(sum(pay()[y] for y in range(2009, 2014)) * 1.3, 1))
    v["sum6"] = won((pay()[2005] + pay()[2006]) * 1.3)
    v["sum1920"] = won((pay()[2019] + pay()[2020]) * 1.3)
    return v


#: (framing, published, template, needle key). The needle's field is the figure judged; other fields stay right.
TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    # a percent beside another quantity in the same sentence, the SMA figure elsewhere
    ("beside", "2021-04-12", "Seoul's defence budget for 2020 grew {defchg2020}, and its share of the cost of the American troops that year stayed at {pay2020}.", "pay2020"),
    ("beside", "2019-06-03", "Wages at the bases rose 2.8 percent this year. Seoul's payment under the cost-sharing deal stands at {pay2019}.", "pay2019"),
    ("beside", "2022-09-14", "With consumer prices up 5.1 percent, the {pay2022} Seoul pays this year for the U.S. troops buys less than it did.", "pay2022"),
    ("beside", "2021-03-12", "The payment for 2021 rises {chg2021}, in step with the {defchg2020} growth of the 2020 defence budget.", "chg2021"),
    ("beside", "2025-08-02", "Tariffs of 25 percent on Korean cars loom, and Seoul's share of the troops' upkeep, {pay2025} this year, is on the table again.", "pay2025"),
    ("beside", "2025-12-05", "Next year the defence budget grows 7.5 percent to {def2026}, and the cost-sharing payment rises {chg2026}.", "chg2026"),
    ("beside", "2022-11-20", "The won has lost 15 percent against the dollar this year, shrinking the dollar value of the {pay2022} Seoul pays toward U.S. Forces Korea.", "pay2022"),
    ("beside", "2019-03-09", "Base workers won a 4 percent pay rise, while Seoul's contribution climbed {chg2019} under the one-year deal.", "chg2019"),
    ("beside", "2014-02-05", "Inflation of 1.3 percent last year was far below the {chg2014} rise in Seoul's 2014 share of the troop costs.", "chg2014"),
    ("beside", "2023-01-15", "The defence budget rose {defchg2023} this year; Seoul's payment for the American forces, last set at {pay2022} for 2022, grows with it.", "pay2022"),
    ("beside", "2026-02-10", "Korea's exports fell 7 percent in January, and the {chg2026} rise in what it pays for U.S. troops took effect.", "chg2026"),
    ("beside", "2019-12-04", "The 2020 defence budget of {def2020} is up {defchg2020}, and Seoul still pays {pay2019} a year toward the troops.", "pay2019"),
    # two years in one sentence
    ("two_years", "2019-03-02", "Seoul paid {pay2018} in 2018, the year before the tenth deal raised the sum.", "pay2018"),
    ("two_years", "2022-06-11", "The payment for 2019, which negotiators settled in February of that year after talks that began in 2018, was {pay2019}.", "pay2019"),
    ("two_years", "2016-08-20", "In 2014, when the ninth deal took effect, Seoul paid {pay2014}, a sum set to rise each year until 2018.", "pay2014"),
    ("two_years", "2023-05-07", "Under the accord signed in 2021, Seoul's contribution for 2022 was set at {pay2022}.", "pay2022"),
    ("two_years", "2025-03-04", "Seoul's payment in 2025, the last year of a deal that expires in December, is {pay2025}.", "pay2025"),
    ("two_years", "2025-01-10", "The 2026 payment of {pay2026} was agreed in October 2024, more than a year before it takes effect.", "pay2026"),
    ("two_years", "2019-09-26", "Talks must end by December on what Seoul pays in 2020; for 2019 it pays {pay2019}.", "pay2019"),
    ("two_years", "2022-04-01", "Seoul raised its share by {chg2021} in 2021, a year after talks collapsed in 2020.", "chg2021"),
    ("two_years", "2020-01-08", "The contribution rose {chg2019} in 2019 from the year before, when it was {pay2018}.", "chg2019"),
    ("two_years", "2012-10-15", "In 2009, the first year of a deal that ran through 2013, Seoul paid {pay2009}.", "pay2009"),
    ("two_years", "2013-07-02", "Seoul's payment for 2013, which must be renegotiated by the end of this year, is {pay2013}.", "pay2013"),
    ("two_years", "2019-01-20", "By 2018, the final year of the ninth accord signed in 2014, the payment had reached {pay2018}.", "pay2018"),
    ("two_years", "2008-04-12", "For 2008, Seoul pays {pay2008} under a two-year accord reached in late 2006 that expires at the end of this year.", "pay2008"),
    ("two_years", "2017-05-30", "Seoul paid {pay2016} in 2016, a figure both sides will revisit before the deal ends in 2018.", "pay2016"),
    ("two_years", "2011-03-03", "The 2010 contribution, {pay2010}, was the second payment of the deal that runs until 2013.", "pay2010"),
    # a quotation of a remark made years before the article
    ("old_quote", "2024-11-10", 'In March 2019 a senior official told lawmakers, "This year we pay {pay2019}, and they want five times as much."', "pay2019"),
    ("old_quote", "2025-06-01", 'Back in 2014, the defence minister, Bae Jun-ho, said: "We will pay {pay2014} this year."', "pay2014"),
    ("old_quote", "2024-02-08", 'Asked about the deal in 2021, negotiator Yeon Hae-ri said: "Our payment rises {chg2021} this year."', "chg2021"),
    ("old_quote", "2022-07-19", 'A ministry statement of March 2019 read: "The contribution for 2019 is set at {pay2019}."', "pay2019"),
    ("old_quote", "2024-04-25", '"There are {troops} American troops here," the ambassador, Colin Ashby, said in 2017.', "troops"),
    ("old_quote", "2015-09-09", 'Minister Ku Bon-seok recalled telling reporters in 2005: "The payment falls {chg2005} this year, the first cut ever."', "chg2005"),
    ("old_quote", "2023-10-02", 'In late 2019, lawmaker Tak Mi-yeon quoted an American envoy as saying, "We need {dem2019} next year."', "dem2019"),
    ("old_quote", "2021-11-30", 'Three years ago the vice minister, Oh Jae-sun, said: "Seoul pays {pay2018} in 2018 and will not go much higher."', "pay2018"),
    ("old_quote", "2026-03-05", 'Former negotiator Song Yu-ra wrote in a 2022 memoir: "We agreed to pay {pay2022} that year."', "pay2022"),
    ("old_quote", "2020-10-10", 'In a 2013 speech, General Harlan Voss said: "Korea contributes {pay2013} this year, and we are grateful."', "pay2013"),
    ("old_quote", "2025-09-01", '"The bill goes up {chgp2026} in 2026," a spokesman, Moon Ki-tae, said last October.', "chgp2026"),
    # offers
    ("offer", "2020-05-01", "Seoul offered in April to raise its contribution by {offer}, an offer the U.S. president turned down.", "offer"),
    ("offer", "2021-03-10", "South Korean negotiators had put a {offer} rise on the table before the April 2020 election.", "offer"),
    ("offer", "2020-04-22", "Seoul's offer of at least a {offer} increase for 2020, or {offeramt}, was rejected.", "offer"),
    ("offer", "2020-04-22", "Seoul's offer of a rise for 2020, worth {offeramt}, was turned down in Washington.", "offeramt"),
    ("offer", "2022-08-08", "The {offer} increase Seoul proposed in 2020 was rejected by Trump, and the talks stalled for a year.", "offer"),
    ("offer", "2020-06-03", '"We proposed {offer}, the most we have ever offered," a Korean diplomat, Pyo Jin-seo, told reporters.', "offer"),
    ("offer", "2020-04-14", "Seoul is offering a {offer} increase over last year's {pay2019}, officials said.", "offer"),
    ("offer", "2020-04-14", "Seoul is offering a rise over last year's {pay2019}, officials said.", "pay2019"),
    # forecasts
    ("forecast", "2025-12-01", "Seoul's payment is expected to reach {pay2026} next year under the new accord.", "pay2026"),
    ("forecast", "2024-10-05", "The payment will rise {chg2026} in 2026, to {pay2026}.", "chg2026"),
    ("forecast", "2021-03-11", "Seoul will pay {pay2022} in 2022, officials said.", "pay2022"),
    ("forecast", "2019-02-11", "The contribution is set to rise {chg2019} this year.", "chg2019"),
    ("forecast", "2025-04-15", "Analysts project next year's contribution at {pay2026} under the deal signed last autumn.", "pay2026"),
    ("forecast", "2013-12-27", "Seoul expects to pay {pay2014} next year, up {chg2014} from this year.", "pay2014"),
    ("forecast", "2021-03-11", "The 2021 payment is to climb {chg2021}, and the increases in later years will follow the defence budget.", "chg2021"),
    ("forecast", "2025-10-30", "Come January, Seoul's share of the troop costs will be {pay2026}, a rise of {chg2026}.", "chg2026"),
    ("forecast", "2018-12-12", "Next year's contribution is likely to top 1 trillion won for the first time, from {pay2018} this year.", "pay2018"),
    # hypotheticals
    ("hypothetical", "2020-03-01", "If Seoul paid {dem2019} a year, as Washington asked, its share would be many times the {pay2019} it paid in 2019.", "pay2019"),
    ("hypothetical", "2021-05-05", "Even had the talks failed, Seoul would have kept paying {pay2019}, its 2019 level, through 2020.", "pay2019"),
    ("hypothetical", "2025-07-20", "Should the accord lapse, the {pay2025} paid in 2025 would carry over into the next year.", "pay2025"),
    ("hypothetical", "2020-04-30", "Had Washington accepted the {offer} offer, Seoul would now be paying far more than in 2019.", "offer"),
    ("hypothetical", "2024-10-20", "If Seoul were to pay {dem2024} a year, as Trump says it would, it would be ten times this year's sum.", "dem2024"),
    ("hypothetical", "2019-11-22", "Paying {dem2019} would mean Seoul spending more than five times the {pay2019} it pays this year.", "pay2019"),
    ("hypothetical", "2026-01-12", "Were the troops, now {troops}, to be cut, the payment of {pay2026} would be reopened.", "pay2026"),
    ("hypothetical", "2026-01-12", "Were the troops, now {troops}, to be cut, the payment would be reopened.", "troops"),
    # negation
    ("negation", "2019-04-02", "Seoul's 2019 payment was not a round trillion won but {pay2019}.", "pay2019"),
    ("negation", "2021-03-15", "The rise for 2021 was not 13 percent, as first reported, but {chg2021}.", "chg2021"),
    ("negation", "2019-12-05", "Washington did not ask for $10 billion in 2019 but for {dem2019}.", "dem2019"),
    ("negation", "2020-02-12", "The troops number not 40,000, as the president said, but {troops}.", "troops"),
    ("negation", "2021-01-04", "Seoul's payment did not fall in 2020; it stayed at {pay2019}, the 2019 amount.", "pay2019"),
    ("negation", "2026-01-20", "The payment did not double this year: it rose {chg2026}, to {pay2026}.", "chg2026"),
    ("negation", "2014-03-01", "It was not a freeze: Seoul's 2014 share went up {chg2014}.", "chg2014"),
    ("negation", "2022-03-03", "Not 1.5 trillion won, as one lawmaker claimed, but {pay2022} is what Seoul pays this year.", "pay2022"),
    ("negation", "2006-02-10", "The payment was never raised in 2006; it held at {pay2006}.", "pay2006"),
    # comparison
    ("comparison", "2022-01-05", "Seoul will pay {pay2022} this year, up from {pay2021} last year.", "pay2021"),
    ("comparison", "2022-01-05", "Seoul will pay {pay2022} this year, up from {pay2021} last year.", "pay2022"),
    ("comparison", "2019-03-10", "The 2019 payment of {pay2019} is up from {pay2018} a year earlier.", "pay2018"),
    ("comparison", "2026-02-01", "This year's {pay2026} compares with {pay2025} last year.", "pay2025"),
    ("comparison", "2014-01-20", "Seoul pays {pay2014} this year, compared with {pay2013} in 2013.", "pay2013"),
    ("comparison", "2010-05-05", "The contribution reached {pay2010}, up from {pay2009} the year before.", "pay2009"),
    ("comparison", "2005-06-01", "Seoul pays {pay2005} this year, down from {pay2004} last year.", "pay2004"),
    ("comparison", "2005-06-01", "Seoul pays {pay2005} this year, down from {pay2004} last year.", "pay2005"),
    ("comparison", "2017-03-11", "At {pay2017}, this year's payment is higher than last year's {pay2016}.", "pay2016"),
    ("comparison", "2012-02-02", "Last year Seoul paid {pay2011}; this year it pays more.", "pay2011"),
    ("comparison", "2008-01-30", "The payment grew to {pay2008} this year from {pay2007} in 2007.", "pay2007"),
    ("comparison", "2021-12-01", "This year's {pay2021} is {chg2021} more than in 2020.", "chg2021"),
    # cumulative and multi-year sums
    ("cumulative", "2019-01-08", "Over the five years of the ninth accord, 2014 through 2018, Seoul paid a combined {sum9}.", "sum9"),
    ("cumulative", "2014-02-01", "From 2009 to 2013 Seoul paid {sum8} in all toward the American troops.", "sum8"),
    ("cumulative", "2007-01-10", "The two years of the sixth accord, 2005 and 2006, cost Seoul {sum6} altogether.", "sum6"),
    ("cumulative", "2021-02-15", "Seoul's payments for 2019 and 2020 together came to {sum1920}.", "sum1920"),
    ("cumulative", "2019-01-08", "Seoul paid {sum9} in total under the ninth deal, which covered 2014 to 2018.", "sum9"),
    ("cumulative", "2014-02-01", "In total, the five-year eighth accord cost Seoul {sum8}.", "sum8"),
    # per-year figure of a multi-year deal
    ("per_year", "2024-11-06", "The five-year accord sets Seoul's first-year payment at {pay2026}, with later rises tied to inflation.", "pay2026"),
    ("per_year", "2015-03-03", "Under the 2014-2018 accord, Seoul paid {pay2014} in its first year.", "pay2014"),
    ("per_year", "2021-03-10", "The six-year deal starts at {pay2021} in 2021 and grows with the defence budget.", "pay2021"),
    ("per_year", "2005-07-07", "The two-year sixth accord fixes Seoul's yearly payment at {pay2005}.", "pay2005"),
    ("per_year", "2009-02-02", "The eighth accord, a five-year deal, sets Seoul's share at {pay2009} for its first year.", "pay2009"),
    ("per_year", "2021-03-10", "Of the six-year deal's payments, the one for 2022 is {pay2022}.", "pay2022"),
    ("per_year", "2024-10-04", "The new multi-year accord raises the payment {chg2026} in its first year, 2026.", "chg2026"),
    ("per_year", "2014-01-13", "Seoul will pay {pay2014} a year to start under the five-year ninth deal.", "pay2014"),
    # rounded figures
    ("rounded", "2020-01-15", "Seoul paid {r2019} in 2019.", "r2019"),
    ("rounded", "2022-01-15", "Seoul's share in 2021 came to {r2021}.", "r2021"),
    ("rounded", "2026-01-05", "The payment this year is {r2026}.", "r2026"),
    ("rounded", "2019-01-05", "Last year Seoul paid {r2018} toward the troops.", "r2018"),
    ("rounded", "2014-06-01", "South Korea contributes {r2013}, its 2013 level, plus the rise agreed this year.", "r2013"),
    ("rounded", "2025-05-05", "Seoul is paying {r2025} this year under the expiring accord.", "r2025"),
    ("rounded", "2009-05-01", "Seoul's share this year is roughly {pay2009}.", "pay2009"),
    ("rounded", "2022-04-04", "The 2022 payment, some {pay2022}, was fixed a year ago.", "pay2022"),
    ("rounded", "2017-02-02", "In 2016 Seoul paid {r2016}.", "r2016"),
    ("rounded", "2012-02-02", "Seoul paid {r2011} in 2011.", "r2011"),
    # a figure in one currency with a conversion in brackets
    ("brackets", "2019-12-20", "Seoul paid {pay2019} ({usd2019}) this year.", "pay2019"),
    ("brackets", "2019-12-20", "Seoul paid {pay2019} ({usd2019}) this year.", "usd2019"),
    ("brackets", "2022-12-01", "The 2022 contribution is {pay2022} (about {usd2022}).", "pay2022"),
    ("brackets", "2022-12-01", "The 2022 contribution is {pay2022} (about {usd2022}).", "usd2022"),
    ("brackets", "2025-11-11", "Seoul's share this year, {pay2025} ({usd2025}), is the last under the old accord.", "usd2025"),
    ("brackets", "2018-10-10", "South Korea paid {usd2018} ({pay2018}) in 2018.", "pay2018"),
    ("brackets", "2018-10-10", "South Korea paid {usd2018} ({pay2018}) in 2018.", "usd2018"),
    ("brackets", "2021-09-09", "The 2021 payment of {pay2021} (roughly {usd2021}) ends a year without a deal.", "usd2021"),
    ("brackets", "2016-06-06", "Seoul pays {pay2016} (or {usd2016}) this year.", "usd2016"),
    ("brackets", "2019-11-20", "Washington wants {dem2019} ({dem55krw}) a year.", "dem2019"),
    # the US side vs the Korean side
    ("sides", "2019-12-02", "The State Department puts Seoul's 2019 contribution at {usd2019}, while the Foreign Ministry gives it as {pay2019}.", "usd2019"),
    ("sides", "2019-12-02", "The State Department puts Seoul's 2019 contribution at {usd2019}, while the Foreign Ministry gives it as {pay2019}.", "pay2019"),
    ("sides", "2019-04-04", "According to the Pentagon, South Korea paid {usd2018} in 2018.", "usd2018"),
    ("sides", "2021-03-12", "Seoul's Foreign Ministry said the 2021 share would rise {chg2021}; Washington called the rise meaningful.", "chg2021"),
    ("sides", "2024-11-05", "A U.S. negotiator, Dana Whitcomb, told reporters that Seoul would pay {pay2026} in 2026.", "pay2026"),
    ("sides", "2019-11-20", "Korean officials say Washington is asking for {dem2019}; the U.S. side has named no figure.", "dem2019"),
    ("sides", "2022-02-02", "U.S. Forces Korea says Seoul's {pay2022} this year covers most of its Korean workers' wages.", "pay2022"),
    ("sides", "2020-05-12", "American officials told Yonhap they now seek {dem2020} a year.", "dem2020"),
    ("sides", "2019-11-16", "Washington wants {dem47} for next year, South Korean reports say, a figure the Pentagon chief would not confirm.", "dem47"),
    # another country beside Korea
    ("other_country", "2020-01-09", "Japan pays about $1.7 billion a year for U.S. forces, while South Korea paid {pay2019} in 2019.", "pay2019"),
    ("other_country", "2020-07-01", "Germany, which hosts about 35,000 American troops, pays less than South Korea, which hosts {troops}.", "troops"),
    ("other_country", "2022-03-20", "Tokyo's host-nation support rose 5 percent this year; Seoul's rose {chg2022}.", "chg2022"),
    ("other_country", "2021-06-01", "Japan hosts about 54,000 U.S. troops, South Korea {troops}.", "troops"),
    ("other_country", "2014-04-04", "Unlike Germany, which froze its share, Seoul raised its payment {chg2014} this year.", "chg2014"),
    ("other_country", "2022-01-30", "Japan agreed to a 5 percent rise for five years, a day after Seoul's {pay2022} for 2022 was confirmed.", "pay2022"),
    ("other_country", "2019-08-08", "Berlin pays around $1 billion a year and Seoul {usd2019}, by the Pentagon's count.", "usd2019"),
    ("other_country", "2026-02-15", "Japan's share grew 3 percent and Korea's {chg2026} this year.", "chg2026"),
    # ratios
    ("ratio", "2019-12-01", "The {dem2019} Washington sought was {x2019} the {pay2019} Seoul paid in 2019.", "x2019"),
    ("ratio", "2025-07-10", "Trump's {dem2024} is {x2025} what Seoul pays this year.", "x2025"),
    ("ratio", "2026-01-15", "Seoul's payment this year is {x1991} its first payment, in 1991.", "x1991"),
    ("ratio", "2019-05-05", "The 2019 payment was {x2005} the {pay2005} paid in 2005.", "x2005"),
    ("ratio", "2000-01-01", "Seoul's 1991 contribution was {xhalf} its 1995 payment.", "xhalf"),
    ("ratio", "2020-05-10", "The {dem2020} now sought is {x2020} what Seoul paid last year.", "x2020"),
    ("ratio", "2019-11-25", "Washington's demand is {x2019} the current payment, Kwak Seo-jin, a lawmaker, said.", "x2019"),
    # demands
    ("demand", "2019-11-20", "Washington has pressed Seoul for {dem2019} a year, a lawmaker, Im Do-hee, said.", "dem2019"),
    ("demand", "2022-05-05", "In 2019 the Trump administration asked for {dem2019} a year, far above what Seoul paid.", "dem2019"),
    ("demand", "2024-10-20", "Trump said this week that Seoul should pay {dem2024} a year for the troops.", "dem2024"),
    ("demand", "2020-05-10", "The U.S. lowered its ask to {dem2020} for 2020, a senior official said.", "dem2020"),
    ("demand", "2019-11-16", "The American team is seeking {dem47} for 2020, up from the current 1 trillion won.", "dem47"),
    ("demand", "2021-06-06", "The {dem2019} demand of 2019 soured the talks for two years.", "dem2019"),
    ("demand", "2025-02-02", "Trump's {dem2024} demand of last October hangs over the new accord.", "dem2024"),
    ("demand", "2019-11-20", "The five-fold rise to {dem2019} that Washington seeks would strain the alliance.", "dem2019"),
    ("demand", "2019-11-08", "The U.S. wants {dem55krw} from Seoul next year, a lawmaker, Shin Eun-ho, said.", "dem55krw"),
    # troop levels
    ("troops", "2019-06-06", "The United States keeps about {troops} troops in South Korea.", "troops"),
    ("troops", "2021-08-08", "The defence bill bars cutting the {troops} troops stationed in the South.", "troops"),
    ("troops", "2022-10-10", "Some {troops} American service members are based in South Korea, most at Camp Humphreys.", "troops"),
    ("troops", "2024-03-03", "The {troops}-strong force has stayed at that size since 2008.", "troops"),
    ("troops", "2025-06-06", "Washington keeps {troops} troops in Korea, a number Congress wrote into law in 2019.", "troops"),
    ("troops", "2018-04-04", "Seoul pays toward the upkeep of the {troops} U.S. troops it hosts, and the 2018 sum is {pay2018}.", "troops"),
    ("troops", "2018-04-04", "Seoul pays toward the upkeep of the {troops} U.S. troops it hosts, and the 2018 sum is {pay2018}.", "pay2018"),
    ("troops", "2020-09-09", '"We have {troops} soldiers there," the president said in 2019, "and they pay very little."', "troops"),
    # the payment's change, reported, in wordings not tried before
    ("change", "2019-02-12", "Seoul's contribution rose {chg2019} to {pay2019} this year.", "chg2019"),
    ("change", "2021-03-12", "The {chg2021} hike, the biggest in 19 years, takes the payment to {pay2021}.", "chg2021"),
    ("change", "2014-01-14", "Under the deal, the 2014 payment goes up {chgp2014}.", "chgp2014"),
    ("change", "2005-04-05", "Seoul cut its share {chg2005} this year, to {pay2005}.", "chg2005"),
    ("change", "2026-01-02", "A {chg2026} raise in Seoul's share took effect on Jan. 1.", "chg2026"),
    ("change", "2022-12-12", "Seoul's payment grew {chg2022} in 2022, less than the defence budget's {defchg2022}.", "chg2022"),
    ("change", "2019-02-11", "South Korea agreed to an increase of {chg2019}, to {pay2019}, for this year alone.", "chg2019"),
    ("change", "2021-03-08", "The tentative deal raises the payment by {chg2021} for this year and by the defence budget's growth after that.", "chg2021"),
    ("change", "2010-02-02", "The 2010 payment was up {chg2010}, in line with consumer prices.", "chg2010"),
    ("change", "2008-02-02", "This year's share rose only {chg2008} after a {chg2007} rise last year.", "chg2008"),
    ("change", "2012-01-10", "The 2012 contribution, {pay2012}, is {chg2012} above last year's.", "chg2012"),
    ("change", "2026-01-02", "Seoul's 2026 share, up {chg2026}, was agreed before the tariff talks began.", "chg2026"),
    ("change", "2019-02-12", "An {chgp2019} jump in the payment follows years of rises of about 1 to 2 percent.", "chgp2019"),
    # the payment in quotations, reported without a date
    ("quoted", "2019-02-12", '"We will pay {pay2019} this year," Vice Minister Lim Ha-neul told lawmakers.', "pay2019"),
    ("quoted", "2021-03-12", '"It goes up {chg2021}, and that is fair," said Chae Yun-ho, a ruling party lawmaker.', "chg2021"),
    ("quoted", "2026-01-09", '"This year the figure is {pay2026}," a ministry spokeswoman, Ahn Da-eun, said.', "pay2026"),
    ("quoted", "2022-05-05", '"We pay {pay2022} this year, not a won more," the minister said.', "pay2022"),
    ("quoted", "2018-07-07", '"Korea already pays {pay2018}," the official said, "and the Americans know it."', "pay2018"),
    ("quoted", "2025-03-03", 'A lawmaker, Gwon Seo-a, asked: "Why should we pay more than the {pay2025} we pay now?"', "pay2025"),
    ("quoted", "2020-02-02", '"Last year we paid {pay2019}," the negotiator, Jeon Mi-rae, said.', "pay2019"),
    ("quoted", "2019-08-20", '"We paid {usd2018} last year," a Korean official said, using the year\'s average rate.', "usd2018"),
    # wave 2: wire and Korean-outlet styles of the payment and its change
    ("change", "2019-02-11", "The 2019 share, {chgp2019} higher at {pay2019}, covers a single year.", "pay2019"),
    ("change", "2019-02-11", "Seoul's contribution for this year rises {chg2019} over 2018's {pay2018}.", "chg2019"),
    ("change", "2021-03-10", "The payment jumps {chg2021} this year, combining the 2020 defence budget growth of {defchg2020} with a catch-up for the frozen year.", "chg2021"),
    ("change", "2021-03-10", "A rise of {chg2021} for 2021 follows a year, 2020, in which the payment was frozen at the 2019 level.", "chg2021"),
    ("change", "2014-01-12", "The ninth accord lifts the payment {chg2014} in 2014, with later rises capped at 4 percent a year through 2018.", "chg2014"),
    ("change", "2024-10-04", "The 2026 payment goes up {chg2026}, and from 2027 the yearly rise will be capped at 5 percent.", "chg2026"),
    ("change", "2005-04-02", "In 2005 Seoul's share fell {chg2005}, the first cut since payments began in 1991.", "chg2005"),
    ("change", "2026-01-02", "Seoul's share of the troop costs grew {chg2026} year on year to {pay2026}.", "chg2026"),
    ("change", "2022-01-03", "The payment for 2022 rose {chg2022}, matching the growth of the 2021 defence budget.", "chg2022"),
    ("change", "2019-02-12", "Seoul will pay {chg2019} more this year than last, at {pay2019}.", "chg2019"),
    ("change", "2013-12-20", "For 2013 the contribution grew {chg2013} on the year, to {pay2013}.", "chg2013"),
    ("change", "2021-03-10", "That is a {chgp2021} increase in the contribution from 2020, when it was held at {pay2020}.", "chgp2021"),
    ("change", "2019-03-08", "Seoul signed on Friday a deal that lifts its payment by {chg2019}, after months of haggling.", "chg2019"),
    ("change", "2019-02-10", "Under the one-year pact Seoul's share jumps {chg2019} to about {rn2019}, the first time it tops 1 trillion.", "chg2019"),
    ("change", "2021-03-08", "Seoul's share will rise {chg2021} in 2021 to {pay2021}, according to the Foreign Ministry in Seoul.", "chg2021"),
    ("change", "2014-01-12", "The 2014 contribution of {pay2014} marks a {chg2014} rise; the 2013 one was {pay2013}.", "chg2014"),
    ("change", "2016-01-05", "This year's contribution rose {chg2016} to {pay2016}, as prices barely moved.", "chg2016"),
    ("change", "2018-01-05", "Seoul's 2018 payment rose {chg2018}, to {pay2018}, while the 2018 defence budget rose 7 percent.", "chg2018"),
    ("change", "2022-01-03", "Seoul pays {chg2022} more in 2022 than in 2021, in line with its defence budget, which rose {defchg2022}.", "chg2022"),
    ("change", "2011-01-10", "The payment climbed {chg2011} to {pay2011} in 2011 under the formula of the eighth pact.", "chg2011"),
    ("change", "2019-11-20", "Seoul raised its payment {chg2019} this year, and Washington now wants five times more for 2020.", "chg2019"),
    # the payment reported in wire and Korean-outlet styles
    ("reported", "2019-03-08", "South Korea will pay {W2019} this year, up from {W2018}.", "W2018"),
    ("reported", "2019-03-08", "Seoul's share for 2019 was set at {comma2019}, the ministry said.", "comma2019"),
    ("reported", "2021-03-11", "Seoul agreed to pay {KRW2021} in 2021.", "KRW2021"),
    ("reported", "2019-12-12", "The payment, which covers about 70 percent of the Korean base workers' wages, is {pay2019} this year.", "pay2019"),
    ("reported", "2019-12-12", "About 90 percent of the {pay2019} Seoul pays this year goes back into the Korean economy.", "pay2019"),
    ("reported", "2022-07-07", "Seoul's {pay2022} contribution this year pays for labour, construction and logistics.", "pay2022"),
    ("reported", "2019-10-24", "The Korean share of the stationing costs is {pay2019} for 2019, about a third of the total.", "pay2019"),
    ("reported", "2020-06-06", "With no deal for 2020, Seoul has kept paying at last year's level, {pay2019}, and funded the workers' wages separately.", "pay2019"),
    ("reported", "2021-03-10", "The new accord sets the 2021 payment at {pay2021} and lets it grow with the defence budget until 2025.", "pay2021"),
    ("reported", "2025-01-20", "Seoul pays {pay2025} in 2025, the deal's last year, and {pay2026} in 2026.", "pay2025"),
    ("reported", "2025-01-20", "Seoul pays {pay2025} in 2025, the deal's last year, and {pay2026} in 2026.", "pay2026"),
    ("reported", "2017-06-06", "In 2017 Seoul contributed {pay2017}, under an accord whose annual increases were pegged to inflation but no more than 4 percent.", "pay2017"),
    ("reported", "2014-01-13", "Seoul agreed to pay {pay2014} for 2014, up {chg2014}, in a deal ending in 2018.", "pay2014"),
    ("reported", "2019-02-10", "The two sides initialled a one-year deal on Sunday under which Seoul pays {pay2019} for 2019.", "pay2019"),
    ("reported", "2026-03-03", "This year Seoul pays {pay2026}, {chg2026} more, under a deal with yearly rises of up to 5 percent.", "pay2026"),
    ("reported", "2021-04-08", "Seoul's 2021 share of {pay2021} was approved by the National Assembly, which also approved a {chg2022} rise for 2022.", "pay2021"),
    ("reported", "2022-03-03", "The {pay2022} for this year is {chg2022} more than last year's, the same rate as the defence budget.", "pay2022"),
    ("reported", "2010-03-03", "Seoul paid {pay2009} in 2009, the first year of the eighth deal, and {pay2010} in 2010.", "pay2009"),
    ("reported", "2019-09-24", "Seoul has paid {pay2019} this year, {chg2019} more than last year, under a deal that expires in December.", "pay2019"),
    ("reported", "2012-06-06", "The 2012 contribution of {pay2012} is paid partly in cash and partly in kind.", "pay2012"),
    ("reported", "2019-08-08", "Seoul's share for 2019, {rn2019}, was agreed in February after Washington sought far more.", "rn2019"),
    # quotations, wave 2
    ("quoted", "2021-03-11", '"The increase of {chg2021} reflects the defence budget," Lee Gun-woo, the ministry spokesman, said.', "chg2021"),
    ("quoted", "2019-02-11", '"We tried to keep the rise to a single digit, and it is {chg2019}," a negotiator, Han Ye-jin, said.', "chg2019"),
    ("quoted", "2019-11-21", '"Seoul paid {pay2019} this year; five billion dollars is not possible," said lawmaker Kim Soon-ae.', "pay2019"),
    ("quoted", "2024-10-05", '"Next year the sum will be {pay2026}, up {chg2026}," the foreign ministry said.', "chg2026"),
    ("quoted", "2020-04-01", '"We offered {offer} and they said no," a diplomat, Yang Ji-hoon, said of the talks.', "offer"),
    # ratios, wave 2
    ("ratio", "2019-11-20", "Washington's {dem2019} would be {x2019} the current payment.", "x2019"),
    ("ratio", "2019-11-20", "The ask of {dem2019} is a five-fold rise on the {pay2019} Seoul pays this year.", "pay2019"),
    ("ratio", "2026-01-15", "At {pay2026}, Seoul pays {x1991} what it paid in the first year of the first accord.", "x1991"),
    ("ratio", "2020-05-10", "Washington cut its ask to {dem2020}, still {x2020} the 2019 payment.", "x2020"),
    # demands, wave 2
    ("demand", "2019-11-20", "Washington wants Seoul to pay {dem2019} next year, five times more than this year, lawmakers said.", "dem2019"),
    ("demand", "2019-11-20", "The ask, {dem2019} for 2020 alone, stunned lawmakers.", "dem2019"),
    ("demand", "2020-05-20", "The Americans have come down to {dem2020}, about 50 percent more than Seoul paid in 2019.", "dem2020"),
    ("demand", "2024-10-16", "Trump said South Korea would pay {dem2024} a year if he were in the White House.", "dem2024"),
    # troops, wave 2
    ("troops", "2019-11-20", "The U.S. keeps {troops} troops in Korea at a cost Seoul covers in part: {pay2019} this year.", "troops"),
    ("troops", "2020-06-06", "The {troops} American troops in the South cost Washington more than $4 billion a year.", "troops"),
    ("troops", "2025-05-23", "A report said the Pentagon weighs moving about 4,500 of the {troops} troops in Korea.", "troops"),
    ("troops", "2024-12-12", "Congress again set a floor of {troops} troops in Korea in the 2025 defence act.", "troops"),
    # wave 3: the year told in another sentence, a date far from the year, several figures and years in one passage
    ("context_year", "2019-03-09", "The tenth accord was signed in Seoul on Friday. It raises the payment by {chg2019} to {pay2019}.", "chg2019"),
    ("context_year", "2019-03-09", "The tenth accord was signed in Seoul on Friday. It raises the payment by {chg2019} to {pay2019}.", "pay2019"),
    ("context_year", "2020-11-11", "Talks for 2020 have stalled. Last year Seoul's share rose {chg2019}, to {pay2019}.", "chg2019"),
    ("context_year", "2020-11-11", "Talks for 2020 have stalled. Last year Seoul's share rose {chg2019}, to {pay2019}.", "pay2019"),
    ("context_year", "2023-02-02", "The 11th accord runs from 2020 to 2025. In its first paid year the sum jumped {chg2021}.", "chg2021"),
    ("context_year", "2018-03-07", "Negotiators meet again in Hawaii next week. Seoul pays {pay2018} this year, up {chg2018}.", "chg2018"),
    ("context_year", "2018-03-07", "Negotiators meet again in Hawaii next week. Seoul pays {pay2018} this year, up {chg2018}.", "pay2018"),
    ("context_year", "2014-12-30", "It was a year of quiet talks. The payment, {pay2014}, had risen {chg2014} in January.", "chg2014"),
    ("context_year", "2022-12-28", "In 2021 the two allies ended a long fight over money. Seoul's payment that year rose {chg2021}, and this year {chg2022}.", "chg2022"),
    ("context_year", "2022-12-28", "In 2021 the two allies ended a long fight over money. Seoul's payment that year rose {chg2021}, and this year {chg2022}.", "chg2021"),
    ("context_year", "2026-05-05", "The 12th accord took effect in January. Under it, Seoul's share went up {chg2026}, to {pay2026}.", "chg2026"),
    ("context_year", "2019-12-18", "The 2019 deal expires this month. It raised Seoul's share {chg2019} from the year before.", "chg2019"),
    ("context_year", "2021-03-10", "For 2020 the payment stayed at {pay2020}. For 2021 it rises {chg2021}, to {pay2021}.", "chg2021"),
    ("context_year", "2021-03-10", "For 2020 the payment stayed at {pay2020}. For 2021 it rises {chg2021}, to {pay2021}.", "pay2020"),
    ("context_year", "2021-03-10", "For 2020 the payment stayed at {pay2020}. For 2021 it rises {chg2021}, to {pay2021}.", "pay2021"),
    ("context_year", "2016-02-02", "Seoul's share of the costs has grown each year since 2014. This year it rose {chg2016}.", "chg2016"),
    ("context_year", "2007-03-03", "The seventh accord covers 2007 and 2008. The first year's payment is {pay2007}, up {chg2007}.", "chg2007"),
    ("context_year", "2007-03-03", "The seventh accord covers 2007 and 2008. The first year's payment is {pay2007}, up {chg2007}.", "pay2007"),
    ("context_year", "2009-01-15", "A new five-year accord began this month. Seoul will pay {pay2009} this year, {chg2009} more than in 2008.", "chg2009"),
    ("context_year", "2013-06-20", "Talks on the ninth accord opened this week. Seoul now pays {pay2013}, up {chg2013} from last year.", "chg2013"),
    ("context_year", "2024-04-23", "Talks on the 12th accord began this week. Seoul's payment last rose {chg2022} in 2022, when it reached {pay2022}.", "chg2022"),
    ("context_year", "2024-04-23", "Talks on the 12th accord began this week. Seoul's payment last rose {chg2022} in 2022, when it reached {pay2022}.", "pay2022"),
    # a remark quoted far from its year, in the article's own voice after it
    ("old_quote", "2023-03-03", 'In February 2019 the negotiator said the deal was "fair." It lifted Seoul\'s payment {chg2019} that year.', "chg2019"),
    ("old_quote", "2025-10-10", 'Recalling the 2021 talks, a former official, Do Hyun-woo, said: "We got it down to a {chg2021} rise."', "chg2021"),
    ("old_quote", "2024-06-06", 'As then-minister Park Chan-il put it in 2014, "a {chg2014} increase is the most we can bear."', "chg2014"),
    ("old_quote", "2022-02-22", 'A 2019 ministry release said Seoul would pay "{pay2019} for this year alone."', "pay2019"),
    ("old_quote", "2023-09-09", 'The general told Congress in 2016: "Korea pays about {r2016} a year."', "r2016"),
    # a dollar conversion told in the sentence, or dollars only, for years without a dollar row
    ("dollars", "2021-03-12", "The 2021 payment, about {usd2021}, is up {chg2021}.", "usd2021"),
    ("dollars", "2022-01-05", "Seoul pays about {usd2022} this year for the U.S. troops.", "usd2022"),
    ("dollars", "2014-02-02", "South Korea pays roughly {usd2014} this year.", "usd2014"),
    ("dollars", "2026-01-09", "This year's {pay2026}, about {usd2025} at last year's rate, is due in instalments.", "pay2026"),
    ("dollars", "2019-07-07", "Seoul pays about {usd2019} this year toward the troops, up {chg2019}.", "chg2019"),
    ("dollars", "2017-02-20", "Last year South Korea paid {usd2016} toward U.S. troop costs.", "usd2016"),
    ("dollars", "2019-12-12", "South Korea paid {usd2019} in 2019, roughly half of the non-personnel cost.", "usd2019"),
    # another quantity's change in the same sentence as the payment's change, both right or non-data
    ("two_changes", "2021-03-11", "The defence budget grew {defchg2020} in 2020, and the payment grows {chg2021} in 2021.", "chg2021"),
    ("two_changes", "2021-03-11", "The payment grows {chg2021} in 2021 after the defence budget grew {defchg2020} in 2020.", "chg2021"),
    ("two_changes", "2022-12-05", "The defence budget rises {defchg2023} next year, after the payment rose {chg2022} this year.", "chg2022"),
    ("two_changes", "2019-02-12", "Seoul's payment rises {chg2019} this year, while its defence budget grows 8.2 percent.", "chg2019"),
    ("two_changes", "2014-01-13", "The payment rises {chg2014} this year, and no more than 4 percent a year after that.", "chg2014"),
    ("two_changes", "2026-01-05", "A {chg2026} rise this year will be followed by rises of up to 5 percent a year through 2030.", "chg2026"),
    ("two_changes", "2019-02-12", "Washington wanted a rise of about 50 percent; Seoul's payment rose {chg2019}.", "chg2019"),
    ("two_changes", "2021-03-11", "Seoul's payment rises {chg2021} this year, and Japan's rises 1.2 percent.", "chg2021"),
    ("two_changes", "2022-01-05", "Wages of Korean base workers rose 3 percent this year and Seoul's payment {chg2022}.", "chg2022"),
    ("two_changes", "2005-03-03", "Seoul's share falls {chg2005} this year even as its defence budget grows 9.9 percent.", "chg2005"),
    # wave 4: headlines, broadcast scripts, abbreviations
    ("headline", "2019-02-10", "S. Korea, US agree on {chgp2019} hike in cost-sharing\n\nSeoul and Washington initialled a one-year deal on Sunday.", "chgp2019"),
    ("headline", "2021-03-10", "Seoul to pay {chgp2021} more for USFK this year\n\nThe allies reached a six-year deal on Wednesday.", "chgp2021"),
    ("headline", "2024-10-04", "Korea's troop cost share to rise {chgp2026} in 2026\n\nThe allies concluded talks on the 12th accord.", "chgp2026"),
    ("headline", "2019-02-10", "Seoul to pay {W2019} for US troops this year\n\nThe sum is the first above 1 trillion won.", "W2019"),
    ("headline", "2021-03-10", "S. Korea's USFK cost share to rise {chgp2021} to {KRW2021}\n\nThe deal ends a 15-month gap.", "chgp2021"),
    ("headline", "2005-04-01", "Seoul cuts troop cost share by {chgp2005}\n\nThe sixth accord was initialled on Friday.", "chgp2005"),
    ("headline", "2014-01-12", "Seoul agrees to {chgp2014} rise in payments for US troops\n\nThe ninth accord runs five years.", "chgp2014"),
    ("headline", "2019-11-20", "US wants {dem2019} from Seoul, lawmaker says\n\nTalks broke off on Tuesday.", "dem2019"),
    ("headline", "2020-05-10", "Trump asks Seoul for {dem2020}\n\nThe talks remain deadlocked.", "dem2020"),
    ("headline", "2024-10-16", "Trump says Seoul would pay {dem2024} a year\n\nHe spoke at an event in Chicago.", "dem2024"),
    ("broadcast", "2019-02-11", "Seoul will pay {pay2019} this year, up {say2019} from last year.", "say2019"),
    ("broadcast", "2021-03-10", "The payment for this year rises {say2021} to {pay2021}.", "say2021"),
    ("broadcast", "2019-11-20", "Washington asked for {saydem} dollars, more than five times this year's payment.", "saydem"),
    ("abbrev", "2019-02-11", "Seoul's 2019 contribution: {chg2019} up, to {pay2019}, per MOFA.", "chg2019"),
    ("abbrev", "2021-03-10", "SMA share for 2021 up {chgp2021} y/y to {KRW2021}.", "chgp2021"),
    ("abbrev", "2026-01-02", "The 12th SMA's first-year payment, {pay2026}, is up {chg2026} on 2025.", "chg2026"),
    # wave 5: a troop level of a past year dated by its month
    ("troops_dated", "2019-06-06", "In October 1992, the U.S. kept {lvl1992} troops in Korea.", "lvl1992"),
    ("troops_dated", "2020-01-10", "In November 1991, the U.S. had {lvl1991} troops in Korea.", "lvl1991"),
    ("troops_dated", "2020-01-10", "The U.S. had {lvl1991} troops in Korea in late 1991.", "lvl1991"),
    ("troops_dated", "2021-02-02", "As of November 1991, some {lvl1991} American troops were stationed in the South.", "lvl1991"),
    ("troops_dated", "2018-08-08", "By October 1992 the force stood at {lvl1992} after a first round of cuts.", "lvl1992"),
    ("troops_dated", "2019-06-06", "In October 1992, the U.S. kept {lvl1992} troops in Korea; today it keeps {troops}.", "troops"),
    # wave 6: "this year" in speech reported from another year
    ("reported_now", "2022-06-06", "In March 2019, the minister said Seoul pays {pay2019} this year.", "pay2019"),
    ("reported_now", "2022-06-06", "The minister told lawmakers in March 2019 that the payment rises {chg2019} this year.", "chg2019"),
    ("reported_now", "2023-04-04", "In January 2014, a negotiator, Baek Min-ho, said Seoul's share is {pay2014} this year.", "pay2014"),
    ("reported_now", "2024-09-09", "Speaking in October 2016, the vice minister said Seoul contributes {pay2016} this year.", "pay2016"),
    ("reported_now", "2026-02-02", "A ministry spokesman said in March 2021 that the payment goes up {chg2021} this year.", "chg2021"),
    # wave 7: the level before a change, in apposition to the subject of the verb of change
    ("apposed_base", "2022-06-06", "Seoul's share, then {pay2020}, rose {chg2021} in 2021.", "pay2020"),
    ("apposed_base", "2022-06-06", "Seoul's share, which was {pay2020} at the time, rose {chg2021} in 2021.", "pay2020"),
    ("apposed_base", "2020-02-02", "The payment, then {pay2018}, jumped {chg2019} in 2019.", "pay2018"),
    ("apposed_base", "2015-02-02", "Seoul's contribution, then {pay2013}, was raised {chg2014} in 2014.", "pay2013"),
)


def _build(vals: dict[str, str], right: bool) -> list[Passage]:
    good = values()
    out = []
    for framing, published, template, key in TEMPLATES:
        if key not in vals:
            continue
        text = template.format(**{**good, key: vals[key]})
        out.append(Passage(published, text, vals[key], framing, right))
    return out


def battery() -> list[Passage]:
    """Return the right passages."""
    return _build(values(), True)


def near_misses() -> list[Passage]:
    """Return the passages with the judged figure wrong (ratios keep no wrong twin: their word is read, not typed)."""
    return _build(wrong_values(), False)
