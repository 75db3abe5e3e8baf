"""speed52c (file named speed52d: ``tests/test_speed52c.py`` is speed52b's): an exact speed-up of
``analysis.extract.dates`` (issue 12), checked for identity, not for time.

``_speech_of`` keeps the answers of ``_dates_speech`` for the text (``_dates_speech_kept``), by the speech hit's
start and end and the next hit's start: every kept answer must equal ``_dates_speech`` read afresh.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from analysis.extract import date_rules, dates

# invented wording: weekdays after dated speech, fronted phrases, runs with and without stops
TEXTS = [
    "Voting Day Tuesday " * 30,
    "Election Day Monday " * 25,
    "Orvik said on Friday that the envoys met on Saturday. On Monday, Delsa said talks ended Thursday.",
    "During a visit to Tamsk on Monday, Harlan said the aides met Sunday, and on Tuesday they left Friday.",
    "Varno officials said Wednesday the drills ended Tuesday " * 6,
    "a day before the election " * 20,
]
DAYS = [dt.date(2025, 9, 1), dt.date(2024, 11, 1), dt.date(2020, 10, 20)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("text", TEXTS)
def test_kept_speech_answers_equal_fresh(text: str, day: dt.date) -> None:
    """Each kept answer is ``_dates_speech`` of its key read afresh (the words between read from the text)."""
    dates._TOLD.clear()
    date_rules._WALKS.clear()
    date_rules._KEPT_BACK.clear()
    dates._SPEECH_KEPT.clear()
    dates.find_dates(text, day)
    assert dates._SPEECH_KEPT.text is text or not dates._SPEECH_KEPT.value
    for (s_start, s_end, h_start), answer in (dates._SPEECH_KEPT.value or {}).items():
        between = dates._TOKEN.findall(text, s_end, h_start)
        s = SimpleNamespace(start=s_start, end=s_end)
        assert dates._dates_speech(text, s, between, len(between)) is answer


def test_kept_speech_is_per_text() -> None:
    """A new text (even an equal one) starts a new store: nothing is reused by identity of a dropped text."""
    t = "On Monday, Lee said Kim left Friday"
    dates._SPEECH_KEPT.clear()
    hits = dates._candidates(t, dt.date(2019, 12, 11), 0, len(t))
    assert dates._speech_of(t, hits, 1) is hits[0]
    assert dates._SPEECH_KEPT.text is t and len(dates._SPEECH_KEPT.value) == 1
    u = "".join(list(t))  # an equal text, another object
    dates._speech_of(u, dates._candidates(u, dt.date(2019, 12, 11), 0, len(u)), 1)
    assert dates._SPEECH_KEPT.text is u and len(dates._SPEECH_KEPT.value) == 1

