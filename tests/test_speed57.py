"""speed57 (session 57): ``dates._date_told`` keeps its answers by ``dates._told_key`` (the text ``_TOLD_REACH``
characters each side of the stretch, the offsets in it, the line it lies in, the text's edges, the day, ``last``), not
by place: a run of one event word ("Election Day Monday ...", "a day before the election ...") reads stretches whose
surroundings are alike, and reads each kind once, not once an event word.

Checked for identity and by counting reads, never by time: each kept answer equals the one read afresh (hostile runs,
invented near misses, every corpus article: dev and held-out texts are only run and compared, never shown), and the
answers are those of the stretch alone (the text outside it blanked), which the key's reach bounds.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from analysis.article import read_article
from analysis.extract import dates

CORPUS = Path(__file__).resolve().parent / "corpus"
PUB = dt.date(2025, 9, 1)

# invented wording: runs of one event word with a date after it, a run whose weekday changes midway, event words
# between sentences and lines
HOSTILE = [
    "Election Day Monday " * 400,
    "a day before the election " * 300,
    "Election Day Monday " * 150 + "Election Day Friday " * 150,
    "since the talks on March 3, " * 200,
    ("Voters in Tarvo waited before the election on Nov. 4. After the summit, aides met on Friday.\n"
     "Since the summit, on Oct. 2, Belun talks stalled; before the talks Tuesday they met.\n") * 40,
]
# near misses: alike stretches whose surroundings differ within the reach must each get their own answer
NEAR = [
    "Election Day Monday " * 30 + "Seoul will vote. " + "Election Day Monday " * 30,
    "After the talks on May 2, Orla left. " * 20 + "\n" + "After the talks on May 2, Orla left. " * 20,
    "a day before the election " * 40 + "The vote came in 2020. " + "a day before the election " * 40,
]


def _looks(text: str, pub: dt.date = PUB) -> int:
    """How many stretches ``_date_told`` read afresh (``find_dates`` while ``_LOOKING_BACK``) for ``text``."""
    count = [0]
    real = dates.find_dates

    def counting(*args: object, **kw: object) -> list[dates.Found]:
        count[0] += dates._LOOKING_BACK[0]
        return real(*args, **kw)

    dates.find_dates = counting
    dates._TOLD.clear()  # no answer kept from an earlier read of the same text
    try:
        real(text, pub)
    finally:
        dates.find_dates = real
    return count[0]


@pytest.mark.parametrize("unit", ["Election Day Monday ", "a day before the election "])
def test_run_of_event_words_reads_few_stretches(unit: str) -> None:
    # fails before speed57: one fresh read an event word (500 at 10 KB, 1,000 at 20 KB); now the stretches near the
    # text's ends (within the reach) and one kind in the middle, however long the run
    short, long = (_looks(unit * (n // len(unit))) for n in (10_000, 20_000))
    assert long == short < 250


@contextmanager
def _checked() -> Iterator[list[int]]:
    """Check each answer ``_date_told`` gives against one read afresh (nothing kept); yield [answers, mismatches]."""
    real, tally = dates._date_told, [0, 0]

    def checked(text: str, pub: dt.date, start: int, end: int, at: int, last: bool = False) -> object:
        got = real(text, pub, start, end, at, last)
        kept, dates._TOLD = dates._TOLD, dates._PerText()
        try:
            fresh = real(text, pub, start, end, at, last)
        finally:
            dates._TOLD = kept
        tally[0] += 1
        tally[1] += got != fresh
        return got

    dates._date_told = checked
    try:
        yield tally
    finally:
        dates._date_told = real


@pytest.mark.parametrize("text", HOSTILE + NEAR)
def test_kept_answers_are_fresh_answers(text: str) -> None:
    with _checked() as tally:
        dates.find_dates(text, PUB)
    assert tally[0] > 0 and tally[1] == 0


@pytest.mark.parametrize("text", [t[:3000] for t in HOSTILE[:3]] + NEAR)
def test_answers_read_the_stretch_alone(text: str) -> None:
    # the premise of the key: the answer is the same with every character outside the stretch blanked (a letter,
    # a space, a line break), so the reach of _told_key (1,000 each side) is more than enough
    real, seen = dates._date_told, []

    def blanked(t: str, pub: dt.date, start: int, end: int, at: int, last: bool = False) -> object:
        got = real(t, pub, start, end, at, last)
        for fill in ("x", " ", "\n"):
            other = fill * start + t[start:end] + fill * (len(t) - end)
            seen.append(real(other, pub, start, end, at, last) == got)
        return got

    dates._date_told = blanked
    try:
        dates.find_dates(text, PUB)
    finally:
        dates._date_told = real
    assert seen and all(seen)


def _corpus() -> list[Path]:
    with open(CORPUS / "index.csv", encoding="utf-8", newline="") as f:
        return [CORPUS / "articles" / f"{row['article_id']}.txt" for row in csv.DictReader(f)]


def test_kept_answers_on_every_corpus_article() -> None:
    # dev and held-out texts are run and compared only: the assertion shows counts, no text
    with _checked() as tally:
        for path in _corpus():
            article = read_article(path)
            dates.find_dates(article.text, article.published)
    assert tally[0] > 100 and tally[1] == 0, tally


def test_key_names_the_line_beyond_the_reach() -> None:
    # a whole line is read by one rule ("on Election Day"'s paragraph): stretches of two long lines alike within the
    # reach have two keys; two stretches of one line, one
    line = "Election Day Monday " * 120
    t = f"{line}\n{line}"
    key = [dates._told_key(t, PUB, s, s + 7, s, False) for s in (1212, 1232, len(line) + 1 + 1212)]
    assert key[0] == key[1] != key[2] and key[0][0] == key[2][0] and key[0][2:] == key[2][2:]


def test_said_word_lookahead_finds_what_the_plain_alternation_finds() -> None:
    # the first-letter lookahead of _SAID_WORD (inside the case-insensitive group: the same folding, a long "ſ") keeps
    # every match of the plain alternation, and adds none
    plain = re.compile(rf"\b(?i:{'|'.join(sorted(dates._SAID))})\b")
    text = ("Orla said, ſaid, SAID and Saids; Bem TOLD us, retold it, vowed, avowed, warned-off, noted2, Wrote. "
            "Kessel added that Tamsk announced, insisted and tweeted; a statement stated; İndicated x. ") * 20
    assert [m.span() for m in dates._SAID_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(dates._SAID_WORD.findall(text)) == 13 * 20


def test_stretches_that_may_read_further_keep_their_place() -> None:
    # near misses: a year before told in the stretch ("the previous year": its comparison reads back three paragraphs)
    # is read once an event word, as before; a window blank on one side (a walk over blanks reads on) is kept by place
    unit = "before the election pay rose over the previous year "
    text = unit * 100
    with _checked() as tally:
        dates.find_dates(text, PUB)
    assert tally[1] == 0 and _looks(text) >= 100
    blank = " ." * 1_500 + "Election Day Monday " * 100
    s = blank.index("Day Monday") + 3  # its window from 1,000 back: blank to 400 before it
    assert dates._told_key(blank, PUB, s, s + 200, s, False) == (PUB, s, s + 200, s, False)
    assert len(dates._told_key(blank, PUB, s + 600, s + 800, s + 600, False)) == 9  # a first word within the walk


# review57speed's shape, own wording: two lines alike for more than the reach each side of an "on Election Day"
# stretch, whose ends name a South Korean president or a US one (or none) past the window: _korean_us_day reads the
# capitals of the whole line, so the line's end is in the key
_CLERKS = "Clerks in Tavor counted the ballots and sealed the boxes for the archive. " * 17  # 1,275 characters
_EVENTS = ["Shortly after the vote on Election Day, Vesna Kurt left.",
           "Just after the summit on Inauguration Day, guards rested."]
_ENDS = [("Park Geun-hye met the press.", "Barack Obama met the press."),
         ("Park Geun-hye met the press.", "Aides met the press.")]


def _two_lines(event: str, first: str, second: str) -> str:
    """Two lines after a line ending in ``first``: filler, ``event``, filler past the reach, then ``first``
    (``second``) at the line's end; each event's window holds the line before it, the same for both."""
    head = _CLERKS[:525]
    return f"{_CLERKS}{first}\n\n{head}{event} {_CLERKS}{first}\n\n{head}{event} {_CLERKS}{second}\n\nThe end."


FAR_ENDS = [_two_lines(e, a, b) for e in _EVENTS for pair in _ENDS for a, b in (pair, pair[::-1])]


@pytest.mark.parametrize("text", FAR_ENDS)
def test_key_names_the_line_end_past_the_reach(text: str) -> None:
    # fails with the line's start only in the key (review57speed): the two stretches' windows are alike, their
    # answers are not (the paragraph's South Korean president: its day not told; a US one or none: the US day)
    pub = dt.date(2024, 3, 15)
    event = next(e for e in _EVENTS if e in text)
    spans = [(s, s + len(event)) for s in (text.index(event), text.rindex(event))]
    assert text[spans[0][0] - 1000 : spans[0][1] + 1000] == text[spans[1][0] - 1000 : spans[1][1] + 1000]
    fresh = []
    for s, e in spans:
        dates._TOLD.clear()
        fresh.append(dates._date_told(text, pub, s, e, s, True))
    assert (fresh[0] is None) != (fresh[1] is None)
    keys = {dates._told_key(text, pub, s, e, s, True) for s, e in spans}
    assert len(keys) == 2
    with _checked() as tally:
        dates.find_dates(text, pub)
    assert tally[0] > 0 and tally[1] == 0


def test_stretches_of_one_long_line_share_their_keys() -> None:
    # near miss: the stretches of one line longer than the reach have the line's ends in common, so a run of them
    # still shares its reads (fewer fresh reads than events) and each kept answer is the fresh one
    event = _EVENTS[0] + " "
    text = event * 60 + _ENDS[0][1] + "\n\nThe end."
    s = text.index(event, 2_000)
    n = len(event)
    assert dates._told_key(text, PUB, s, s + n, s, True) == dates._told_key(text, PUB, s + n, s + 2 * n, s + n, True)
    with _checked() as tally:
        dates.find_dates(text, PUB)
    assert tally[0] > 60 and tally[1] == 0 and _looks(text) < 60
