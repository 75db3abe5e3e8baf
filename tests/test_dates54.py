"""Weekdays the held-out articles read wrong (dates54, issue 9): made-up sentences (Minister Tarven, Oskel, Hanul,
Park), labelled by tests/corpus/README.md's date Conventions before the code was run.

- CLOCK: a clock time right before a weekday ("will meet at 10 a.m. on Friday", "at 3 p.m. Thursday", "at 15:00 on
  Tuesday") is no clause's end: the weekday takes the tense of the clause it goes on (``_clock_before``; a colon
  between digits is no boundary in ``_TOKEN``). CLOCK_CTRL: past clauses with a clock time, a capital "On" after
  "a.m." (a new sentence), a future and a Monday told on a Monday with no clock.
- SPEECH: a weekday told in the past in indirect speech dated only to a month or a year more than a week before
  publication ("told lawmakers in 2021 that he met Park on Friday") is finer than the speech's time: unresolved with
  the reason (README, indirect speech dated to a past time; ``_past_speech_hit(told_past=True)``,
  ``_year_dated_report``). SPEECH_CTRL: speech dated to a day, speech of the story's present, the narrator's joined
  clause, a quotation of an older speech (its own rule), a weekday with its date, no speech.
- ASIDE: an aside between commas between a plural subject and a timetable's base verb ("The talks, which began
  Monday, run through Friday", "The drills, held near the border, end on Thursday") is skipped: the main clause's
  present reads ahead (``_clause_skipping_aside``). ASIDE_CTRL: the aside's own weekday, a past main verb, a plural
  noun that is a past verb's object, "last met", no aside.
- EVENT: a day of an event told before it in its paragraph: "on the second (opening, final) day of the talks", "at
  the end (start, close) of the talks" (``_event_day``), and "the eve of" a span is the day before its first day
  (``_day_of``). EVENT_CTRL: a date right after the words, "the end of the year", the eve of one day, a count of one.
- PREV: "the previous year" whose sentence names no date before it but a year after it in the same clause ("rose 5
  percent from the previous year to 1.1 trillion won in 2023") is the year before that one (``_own_year_after``).
  PREV_CTRL: a date before it in its sentence, another clause's year, "the following year", a quotation.
- TERM: "his last term" is the latest term ended by publication, as "his previous term" and "the last Trump
  administration" are (``_TERM_OF_OFFICE``). TERM_CTRL: the administration and "previous" readings.

``start`` "null": the date at ``exact`` is read and left unresolved, with a reason.

Rows: tests/cases/test_dates54.csv (``note`` says what a row shows).
"""

from __future__ import annotations

import datetime as dt

from conftest import case_tables, rows_test


def check_date(text: str, published: str, exact: str, start: str, end: str) -> None:
    """The date ``find_dates`` reads at the words ``exact`` of ``text`` resolves to ``start``..``end``, or, when
    ``start`` is "null", is read unresolved with a reason.

    >>> check_date("Kim met Lee on Friday.", "2024-11-13", "on Friday", "2024-11-08", "2024-11-08")
    """
    from analysis.extract.dates import find_dates

    got = [v for *_, x, v in find_dates(text, dt.date.fromisoformat(published)) if x == exact]
    assert got, (exact, text)
    if start == "null":
        assert got[0]["start"] is None and got[0]["end"] is None and got[0].get("unresolved"), got
    else:
        assert (got[0]["start"], got[0]["end"]) == (start, end), got


test_dates54 = rows_test(check_date, **case_tables("test_dates54"))
