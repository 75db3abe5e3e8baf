"""Right-date battery of session 60 (datebat60, issue #9): 437 made-up passages in 37 framings not tried before.

The cases and how each expected range is computed (from the publication day and tests/corpus/README.md's
Conventions, with :mod:`datetime`) are in tests/datebat60_battery.py. Main read every one right when the battery was
written (437 of 437), so the floor is the whole battery: a change to the date rules may not make any of them wrong.
"""

from __future__ import annotations

import datetime as dt

from datebat60_battery import CASES

from analysis.extract.dates import find_dates

#: Right dates main read when the battery was written; may not fall.
FLOOR = 437


def right(published: str, text: str, exact: str, start: str, end: str) -> bool:
    """Whether a date read overlapping the first ``exact`` in ``text`` has the range ``start``..``end``.

    >>> right("2019-11-16", "They met on Friday.", "Friday", "2019-11-15", "2019-11-15")
    True
    """
    at = text.index(exact)
    return any(
        (v["start"], v["end"]) == (start, end)
        for s, e, _, v in find_dates(text, dt.date.fromisoformat(published))
        if s < at + len(exact) and e > at
    )


def test_battery_floor() -> None:
    """At least :data:`FLOOR` cases read right; the wrong ones are named by framing."""
    wrong = [(fr, pub, exact) for fr, pub, text, exact, s, e in CASES if not right(pub, text, exact, s, e)]
    assert len(CASES) - len(wrong) >= FLOOR, wrong


def test_battery_size() -> None:
    """The battery holds at least 150 passages, each one date's exact words present in its text."""
    assert len(CASES) >= 150
    assert all(exact in text for _, _, text, exact, _, _ in CASES)
