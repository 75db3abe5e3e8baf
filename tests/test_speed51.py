"""speed51: two exact speed-ups of ``analysis.extract.dates`` (issue 12), checked for identity, not for time.

- the election handlers (``_us_day``, ``_election_day``, ``_at_election``, ``_day_by_election``) keep their answers
  for the text while ``_date_told`` reads a stretch (``_kept_looking_back``): the answers must equal the unwrapped
  handlers' on texts of event words;
- ``_candidates`` reads the matches in the order the hits are kept (leftmost-longest, the first row's first) and
  reads no match inside a kept hit: its hits must equal those of the old loop (every match read, then sorted and
  filtered), written out here.
"""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from analysis.extract import date_rules, dates
from analysis.extract.scan import literal_places, scan
from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import adversarial

WRAPPED = ("_us_day", "_election_day", "_at_election", "_day_by_election")

# invented wording: event words with and without dates told, near and far from a US vote, with stops and without
TEXTS = [
    "Talks on the Varno accord stalled before Election Day. Ministers met on Oct. 3 before Election Day, and again "
    "since Election Day the aides have met twice.",
    "The Delsa council voted on June 3. Since the election, the council has met every Tuesday; a day before the "
    "election it had met in Orvik.",
    "Voters in Tamsk went to the polls on May 12. On Election Day Monday, the count began. The week after the US "
    "election, Harlan resigned.",
    "before Election Day " * 30,
    "a day before the election " * 20,
    "election day " * 40 + "It ended on March 4, 2024.",
    "Election Day Monday " * 25,
    "He left after the presidential election. She will return before the next US election, not before Election Day.",
]
DAYS = [dt.date(2025, 9, 1), dt.date(2024, 11, 1), dt.date(2020, 10, 20), dt.date(2023, 5, 9)]


def _annotations(text: str, day: dt.date) -> list[tuple[int, int, str, dict[str, str]]]:
    dates._TOLD.clear()  # read afresh: no answer kept from a run before
    date_rules._WALKS.clear()
    date_rules._KEPT_BACK.clear()
    return [(s, e, x, dict(v)) for s, e, x, v in dates.find_dates(text, day)]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("text", TEXTS)
def test_kept_answers_equal_the_handlers(text: str, day: dt.date) -> None:
    """Each answer kept while a stretch was read is the unwrapped handler's for that match, read afresh."""
    _annotations(text, day)
    assert date_rules._KEPT_BACK.text is text or not date_rules._KEPT_BACK.value
    dates._LOOKING_BACK[0] = True
    try:
        for (handler, rx, (s, e), groups, pub, future), answer in (date_rules._KEPT_BACK.value or {}).items():
            m = rx.match(text, s, e)
            assert m is not None and m.span() == (s, e) and m.groups() == groups
            assert repr(handler(m, pub, future)) == repr(answer)  # (a partial is equal only to itself: its repr)
    finally:
        dates._LOOKING_BACK[0] = False


def test_kept_only_while_looking_back() -> None:
    t = "Talks stalled before Election Day."
    m, day = dates._US_DAY.search(t), dt.date(2025, 9, 1)
    date_rules._KEPT_BACK.clear()
    assert repr(dates._us_day(m, day, False)) == repr(dates._us_day.__wrapped__(m, day, False))
    assert date_rules._KEPT_BACK.text is None  # outside a told-date read each call is the handler's own: nothing kept
    dates._LOOKING_BACK[0] = True
    try:
        assert dates._us_day(m, day, False) is dates._us_day(m, day, False)  # kept for the text
    finally:
        dates._LOOKING_BACK[0] = False
    assert date_rules._KEPT_BACK.text is t and len(date_rules._KEPT_BACK.value) >= 1


def _old_candidates(text: str, pub: dt.date, start: int, end: int) -> list[dates._Hit]:
    """The loop of ``_candidates`` before speed51: every match read, the hits sorted and the overlapped dropped."""
    places, present = literal_places(text, start, end, dates._ALL_LITERALS)
    local = dates._local_day(text, start, pub, None)
    tokens = dates._Tokens(text, start, end)
    found = []
    for (rx, handler, trigger, back, ahead), need in dates._rows_with(present):
        if dates._unmatched_whole(rx, text, start, end, ahead) or not trigger.spans(text, start, end, places).starts:
            continue
        for m in scan(rx, trigger, text, start, end, back, ahead, places, need):
            if dates._not_a_date(text, m, handler, start):
                continue
            h = dates._hit_read(text, m, handler, (dates._span_start(text, m), pub, local), tokens, False)
            if h is not None:
                found.append(h)
    found.sort(key=lambda h: (h.start, -h.end))
    out, last_end = [], -1
    for h in found:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out


def _first_pass(monkeypatch: pytest.MonkeyPatch) -> list[list[dates._Hit]]:
    """Return the hits each outermost ``_candidates`` kept before its later passes (handed to ``_restated_weekdays``
    first), not those of the stretches its handlers read."""
    seen: list[list[dates._Hit]] = []
    depth = [0]
    candidates, restated = dates._candidates, dates._restated_weekdays

    def outer(*args: object, **kw: object) -> list[dates._Hit]:
        depth[0] += 1
        try:
            return candidates(*args, **kw)
        finally:
            depth[0] -= 1

    def spy(text: str, hits: list[dates._Hit]) -> list[dates._Hit]:
        if depth[0] == 1:
            seen.append(list(hits))
        return restated(text, hits)

    monkeypatch.setattr(dates, "_candidates", outer)
    monkeypatch.setattr(dates, "_restated_weekdays", spy)
    return seen


def _key(hits: list[dates._Hit]) -> list[tuple[object, ...]]:
    return [(h.start, h.end, h.handler.__name__, h.future, repr(h.value), h.plan) for h in hits]


CANDIDATE_TEXTS = [*TEXTS[:3],
                   "From March 4 to March 9, 2024, the Harlan board met on Monday, the day after the vote, and in "
                   "early April; by the end of the year it will have met since last week's talks in Orvik.",
                   adversarial.make("trigger-before Election Day ", 1_500),
                   adversarial.make("trigger-a day before the election ", 1_500)]


@pytest.mark.parametrize("day", DAYS[:2])
@pytest.mark.parametrize("text", CANDIDATE_TEXTS)
def test_candidates_keep_the_old_loops_hits(text: str, day: dt.date, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _first_pass(monkeypatch)
    dates._candidates(text, day, 0, len(text))
    assert len(seen) == 1
    assert _key(seen[0]) == _key(_old_candidates(text, day, 0, len(text)))
