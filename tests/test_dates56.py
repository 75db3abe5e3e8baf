"""Dates of a second generated battery (dates56): speech told at past times, anchors on a month or a year, ranges,
parts of periods, headline tense and datelines of several forms, over boundary publication days.

tests/dates56_probes.py builds the battery with a calendar oracle of its own (nothing from ``analysis``); this module
runs a fixed sample of it, plus hand rows of my own for each rule its misses on main led to, each with near misses
that must keep their reading. Main (70fdeef6): 1,166 of 4,488 rows wrong; branch: 0 (and dates55's battery: 23 of
79,420 rows wrong on main, 0 here). Classes found, largest first:

1. Speech told at a past time the text gives but does not date ("Ravik said years ago", "told reporters in the
   past", "long ago", "decades ago"; "Years ago, Ravik said:"): main read the
   speech's "next year", "last month", "next week" from publication; now unresolved with the reason, in a quotation
   (``_said_at_untold_time``, beside "once said") and in indirect speech (``_reported_at_untold_time``: only inside
   the reported clause, as a dated past speech's words are read). Not a time in a clause of the speaker's ("said
   Ravik, who left years ago"), nor a clause of its own between the verb and the time ("said talks began years
   ago"), nor "at the time", "back then" (they point to a time told before: "Hanul paid more in 2017. At the time,
   officials said they want a vote in June"), nor a date past the reported clause (a comma, another verb of saying, a
   clause of the narrator's); the
   time may open the sentence before the verb ("Years ago, Ravik said the envoys would ...").
2. A step or count of weeks, months or years opening a paragraph ("The following month,", "Two months later,", "A
   year earlier,", "A week later,") after a paragraph that dates a month, a year or a day: main left it unresolved
   (only a year step or "that month" crossed the paragraph); now it counts from the last date of the paragraph
   before, as "The previous year" did. Not such a count inside the paragraph's first sentence ("... be renegotiated
   a year later"), which keeps its own reading, nor after a last date that closes a comparison ("compared with ...
   in 2015", "up 8 percent from 2015": ``_carried_count_fits``; test_guard49's rows), which stays unresolved.
3. (dates55's 23 open rows) The end of a quarter or half with no year closing a participle clause that opens its
   sentence ("Before leaving Seoul by the end of the quarter, Ravik will meet ..."): main found no date (the words
   before it hold no tense); now the main clause's tense after the comma reads it (``_participle_ahead``). A past
   main clause keeps no date ("After leaving Seoul at the end of the third quarter, Ravik met ...").
"""

from __future__ import annotations

import re

import pytest
from conftest import read_dates, table
from dates56_probes import CASES
from test_dates55 import _wrong

# --- hand rows: FIXED fail on main and pass here; NEAR pass on both -------------------------------------------------

UNTOLD_SPEECH = table(
    r"""
text | published | exact
“The drills end next month,” Orla Brenn said decades ago. | 2022-05-09 | next month
“We paid too much last year,” the minister told lawmakers in the past. | 2022-05-09 | last year
Years ago, Orla Brenn said: “The base closes next year.” | 2022-05-09 | next year
Orla Brenn said long ago that the base would close next year. | 2022-05-09 | next year
The minister told reporters in the past that the levy would rise next month. | 2022-05-09 | next month
Orla Brenn had said long ago that Hanul would pay more next year. | 2022-05-09 | next year
Years ago, Orla Brenn said the base would close next year. | 2022-05-09 | next year
In the past, the minister told lawmakers that the levy would rise next month. | 2022-05-09 | next month
"""
)
UNTOLD_SPEECH_NEAR = table(
    r"""
text | published | exact | start | end
“The base closes next year,” said Orla Brenn, who left the army years ago. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Orla Brenn said talks began years ago and would end next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Orla Brenn said years ago that the base would close, and the minister expects a vote next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Orla Brenn, who joined the panel decades ago, says the base will close next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Orla Brenn said in 2015 that the base would close next year. | 2022-05-09 | next year | 2016-01-01 | 2016-12-31
“The base closes next year,” Orla Brenn said. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
At the time, the base was open, and it will close next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
Hanul paid more in 2017. At the time, officials said they want a vote in June. | 2022-05-09 | in June | 2017-06-01 | 2017-06-30
Hanul paid more in 2017. Back then, an aide said the levy would rise the next year. | 2022-05-09 | the next year | 2018-01-01 | 2018-12-31
Years ago, the base was open; Orla Brenn said it would close next year. | 2022-05-09 | next year | 2023-01-01 | 2023-12-31
In 2015, Orla Brenn said the base would close next year. | 2022-05-09 | next year | 2016-01-01 | 2016-12-31
"""  # noqa: E501
)

PARTICIPLE = table(
    r"""
text | published | exact | start | end
Before closing the base by the end of the quarter, the army will move its staff. | 2022-05-09 | by the end of the quarter | 2022-06-30 | 2022-06-30
After signing the levy at the end of the second half, Hanul will cut the rate. | 2022-05-09 | at the end of the second half | 2022-12-31 | 2022-12-31
While touring Busan at the end of the first quarter, Orla Brenn will meet the envoys. | 2022-05-09 | at the end of the first quarter | 2023-03-31 | 2023-03-31
"""  # noqa: E501
)
PARTICIPLE_NEAR = table(
    r"""
text | published | exact | start | end
Before closing the base on Friday, the army will move its staff by the end of the quarter. | 2022-05-09 | by the end of the quarter | 2022-06-30 | 2022-06-30
The army will move its staff by the end of the quarter. | 2022-05-09 | by the end of the quarter | 2022-06-30 | 2022-06-30
"""  # noqa: E501
)
PARTICIPLE_NONE = table(
    r"""
text | published
After closing the base at the end of the third quarter, the army moved its staff. | 2022-05-09
Before scoring at the end of the first half, the Hawks trailed by nine. | 2022-05-09
Before closing the base by the end of the quarter the army moved its staff. | 2022-05-09
"""
)

PARA_COUNT = table(
    r"""
text | published | exact | start | end
The levy rose in October 2017.\n\nThe following month, the panel cut it. | 2022-05-09 | The following month | 2017-11-01 | 2017-11-30
The levy rose in October 2017.\n\nThree months later, the panel cut it. | 2022-05-09 | Three months later | 2018-01-01 | 2018-01-31
The levy rose in 2016.\n\nA year earlier, the panel had cut it. | 2022-05-09 | A year earlier | 2015-01-01 | 2015-12-31
The levy rose in 2016.\n\nBut four years later, the panel cut it. | 2022-05-09 | four years later | 2020-01-01 | 2020-12-31
The levy rose on Oct. 9, 2017.\n\nA week later, the panel cut it. | 2022-05-09 | A week later | 2017-10-16 | 2017-10-16
"""  # noqa: E501
)
PARA_COUNT_NEAR = table(
    r"""
text | published | exact | start | end
The levy rose in October 2017.\n\nThe following year, the panel cut it. | 2022-05-09 | The following year | 2018-01-01 | 2018-12-31
The levy rose in October 2017. Two months later, the panel cut it. | 2022-05-09 | Two months later | 2017-12-01 | 2017-12-31
The panel will meet next week.\n\nThe levy may be cut two years later. | 2022-05-09 | two years later | None | None
The levy rose in 2016.\n\nThe envoys asked that the deal be reviewed a year later. | 2022-05-09 | a year later | None | None
Hanul paid 9 million won in 2016, compared with 8 million won in 2015.\n\nA year later, it paid more. | 2022-05-09 | A year later | None | None
"""  # noqa: E501
)


def _read(text: str, pub: str) -> list[tuple[str, str | None, str | None]]:
    return read_dates(text.replace("\\n", "\n"), pub)


@pytest.mark.parametrize(("text", "pub", "exact"), UNTOLD_SPEECH)
def test_dates56_untold_speech(text: str, pub: str, exact: str) -> None:
    assert [(e, s, n) for e, s, n in _read(text, pub) if e == exact] == [(exact, None, None)]


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), UNTOLD_SPEECH_NEAR + PARA_COUNT + PARA_COUNT_NEAR)
def test_dates56_rows(text: str, pub: str, exact: str, start: str, end: str) -> None:
    want = (exact, None if start == "None" else start, None if end == "None" else end)
    assert want in _read(text, pub)


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end"), PARTICIPLE + PARTICIPLE_NEAR)
def test_dates56_participle(text: str, pub: str, exact: str, start: str, end: str) -> None:
    assert (exact, start, end) in _read(text, pub)


@pytest.mark.parametrize(("text", "pub"), PARTICIPLE_NONE)
def test_dates56_participle_none(text: str, pub: str) -> None:
    assert not [e for e, *_ in _read(text, pub) if "quarter" in e or "half" in e]


# --- the generated battery: every 3rd row and every row of the classes the rules above read -------------------------

_RULE_CLASSES = re.compile(r"^(?:speech-undated|anchor-(?:month|year|day)-para)")
_SAMPLE = list({id(c): c for c in [*CASES[::3], *(c for c in CASES if _RULE_CLASSES.match(c[4]))]}.values())
_CHUNK = 800


@pytest.mark.parametrize("first", range(0, len(_SAMPLE), _CHUNK))
def test_dates56_battery(first: int) -> None:
    wrong = [w for c in _SAMPLE[first : first + _CHUNK] if (w := _wrong(c)) is not None]
    assert not wrong, "\n".join(wrong[:20])


# --- hostile text built from the new triggers: the date finder stays linear (the rules add no regex) --------------

HOSTILE = ("Kim said years ago that next year ", "Before leaving Seoul by the end of the quarter, ",
           "“Next year,” Kim told the panel in the past. ", "Years ago, Kim said: “next month” ",
           "in March 2018.\n\nA year later, ", "said long ago ")


@pytest.mark.parametrize("shape", HOSTILE)
def test_dates56_hostile_linear(shape: str) -> None:
    """Counted without a clock (the house rule: no timed assertion): the work of ``find_dates`` (every function call,
    as cProfile counts them, plus the characters handed to the regex engine) on four times the text is at most about
    four times its work (after a warm-up call)."""
    import cProfile
    import datetime as dt

    from test_adversarial import counting

    from analysis.extract.dates import find_dates

    pub = dt.date(2022, 5, 9)
    texts = [shape * (size // len(shape) + 1) for size in (5_000, 20_000)]
    find_dates(texts[0], pub)

    def work(text: str, chars: list[int]) -> int:
        chars[0] = 0
        profile = cProfile.Profile(subcalls=False)
        profile.runcall(find_dates, text, pub)
        return sum(entry.callcount for entry in profile.getstats()) + chars[0]

    with counting() as chars:
        took = [work(text, chars) for text in texts]
    assert took[1] <= 4 * took[0] * 1.6, took  # four times the text: at most about four times the work
