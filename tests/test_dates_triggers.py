"""The narrowed triggers of analysis.extract.dates (speed26d): each pattern's scan yields the same matches with its
narrowed trigger as with the plain trigger it narrows (a narrowing only spares the windows no match can cover).

Sentences of each shape a narrowed pattern reads, with made-up names and figures, and near misses beside them
(capitalised words that are no hit, a hyphen for a space, a word before that the pattern does not take).
"""

from __future__ import annotations

import re

import pytest

from analysis.extract import date_rules, dates
from analysis.extract.scan import Trigger, scan

SENTENCES = [
    "The First Week of this year was calm. In the Last Day of March next year they met.",
    "It was the first week of March the following year, the final day of last year and the second week of Jan. 2020.",
    "THE FIRST TWO MONTHS OF this year were slow, the first two Months of this year too, the last three months of 2019",
    "Pay was flat in the same three-month period a year earlier. Over that four-year period of the previous year.",
    "That two-year span the last year, and that five-year stretch one year before.",
    "Talks ended last year in mid-March, next year in early-June, this year in late April and last year in  June.",
    "Output in the April-June quarter, Jan.-Mar. 2019 and January–March rose.",
    "Before the 2020 U.S. election and the US 2020 election campaign, the 2024 American presidential election.",
    "By 2019-end, by end-2020, until end-March and by March-end the fund closes.",
    "June is the target. Officials see November as a hard deadline. May was not a goal.",
    "Their April summit last year and the June election next year and the March talks of next year.",
    "That Friday, they met. On that Thursday they left. He said that Monday was fine.",
    "In the 12 months to September, the year ending in March 2018, the six months ended in June.",
    "Three days after the summit, two weeks before Brandt's summit, a day before the Tarnow summit, ten days ahead of "
    "the inauguration, five days after the Extraordinarilylongname summit.",
    "From January to March, between November 2019 and January 2020, from May until July next year.",
    "The November election, the April general election, the November U.S. midterm elections of next year.",
    "From last year to next year, from 2019 to next year, from this year through next year.",
    "Within the year, Within the Year, within the  month to March, within the week.",
    "On the 5th of next month, the 3rd of this month, and 16 November, the 3rd March.",
    "For five years from 2020, a five-year deal starting in 2021, the three years beginning 2019.",
    "The six years through 2025, a five-year plan to 2024, a four-year pact ending in 2027.",
    "Two days later, in three weeks, in two-three years, the next day, on this day, that week, upon this day.",
    "The day before, the year after next, the same day, later that week, the following three years.",
    "Costs rose 8-10 March and from 8 to 10 March 2021, on the 8th of March, by March the fifth, On February tenth.",
    "They met again the following May and that March, by mid-year and until mid-month.",
    "Over that four-year period, costs rose, for the next three years starting in 2020.",
    "They met the following Monday and the previous Tuesday, that summer and the following spring.",  # gen47d
    "The first in about four and a half years, after about a month, for the rest of the year.",  # dates48
    "Costs rose over the past two decades, the last three Decades, the last two decades of the war.",  # date59
    "It covers five years starting in 2026, 4 years beginning from 2027 and five-years starting 2028.",  # date59
    "The ministry said on the day that talks would go on.",  # fresh78q
    "Hanul will pay throughout the year, throughout the Month, but not throughout the year's end.",  # fresh81q
]


def _root(trigger: Trigger) -> Trigger:
    while isinstance(trigger, (dates._Narrowed, dates._Either)):
        trigger = trigger.base if isinstance(trigger, dates._Narrowed) else trigger.parts[0].base
    return trigger


NARROWED = [(i, p) for i, p in enumerate(dates._PATTERNS) if _root(p[2]) is not p[2]]


@pytest.mark.parametrize(("i", "pattern"), NARROWED, ids=[p[1].__name__ + str(i) for i, p in NARROWED])
def test_narrowed_trigger_yields_the_same_matches(i: int, pattern: tuple) -> None:
    rx, _, trigger, back, ahead = pattern
    text = "\n\n".join(SENTENCES)
    plain = [m.span() for m in scan(rx, _root(trigger), text, 0, len(text), back, ahead, {})]
    assert [m.span() for m in scan(rx, trigger, text, 0, len(text), back, ahead, {})] == plain


def test_the_sentences_hold_matches_of_most_narrowed_patterns() -> None:
    text = "\n\n".join(SENTENCES)
    matched = {i for i, (rx, _, t, b, a) in NARROWED if any(scan(rx, _root(t), text, 0, len(text), b, a, {}))}
    assert len(matched) >= len(NARROWED) - 1, sorted({i for i, _ in NARROWED} - matched)


@pytest.mark.parametrize(
    ("word", "text", "start"),
    [("the|that", "in that", 3), ("the|that", "bathe", 2), ("the|that", "this", -1), (r"\d\d|Jan\.", "on Jan.", 3),
     (r"\d\d\d|\d\d|\d", "in 2019", 4), ("the|this", "  This", 2)],
)
def test_a_word_before_reads_as_its_search(word: str, text: str, start: int) -> None:
    test = date_rules._word_before(word)
    search = re.compile(rf"(?:{word})\Z", re.IGNORECASE).search(text)
    assert test.start(text, len(text), 0) == start == (-1 if search is None else search.start())
