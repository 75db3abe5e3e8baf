"""Dates the held-out articles read wrong that dates54 left open (dates54b, issue 9): made-up sentences (Oskel,
Hanul, Tarven, Park; real presidents where a term's days come from data/entities.csv), labelled by
tests/corpus/README.md's date Conventions before the code was run.

- YEAR_BACK: a count of one year back ("a year earlier", "a year before", "the year before") whose sentence names no
  date before it but a year after it in its clause ("rose from a year earlier to X in 2023") is the year before that
  one, as "the previous year" is (``_own_year_after``, ``_ONE_YEAR_BACK``); "to" after "before" opens a stretch's
  end, no event (``_OBJECT``); a year set right after it as an apposition ("A year earlier, in 2019, ...") is that
  year. YEAR_BACK_CTRL: a date before it in its sentence, another clause's year, a count of two, an event after
  "before".
- OFFICE: "while (still) in office" with no verb is the term its subject served, the latest ended by publication, as
  "while he was in office" is (``_SERVED_TERM``, ``_served_term``). OFFICE_CTRL: a holder in office at publication (no
  tense tells which term: no item), the full clause.
- INAUG: "after his second inauguration", "before Trump's second swearing-in": the first day of the term the ordinal
  names (``_OFFICE_TAKEN``, ``_office_taken``). INAUG_CTRL: no ordinal (the event reading, the latest), a term the
  data do not hold.
- EVENT_SPAN: a day of an event ("on the opening day of the talks") counts from the span of days told before it when
  the single day told after that span is dated before its first day (an arrival, no day of the event;
  ``_event_span_anchor``). EVENT_SPAN_CTRL: a single day dated after the span (a new event), the span told last.
- YEAR_NOUN (mend54d): a year after "the previous year" / "a year earlier" that is set before a noun ("under a 2012
  accord", "its 2020 budget plan") is no time of its clause and fixes nothing: a date of the sentence before anchors
  it, as before dates54 (``_clause_time_year``). YEAR_NOUN_CTRL: a year opened by a preposition of time ("by 2020",
  "for 2024", "during 2022") still counts; no year after it.

``start`` "null": the date at ``exact`` is read and left unresolved, with a reason; empty: no date with a start is
read at ``exact``.

Rows: tests/cases/test_dates54b.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, read_dates, rows_test
from test_dates54 import check_date as check_read


def check_date(text: str, published: str, exact: str, start: str, end: str) -> None:
    """The date ``find_dates`` reads at the words ``exact`` of ``text`` resolves to ``start``..``end``, or is read
    unresolved with a reason when ``start`` is "null" (tests/test_dates54.py's check); when ``start`` is empty, no
    date with a start is read there.

    >>> check_date("Kim met Lee on Friday.", "2024-11-13", "on Friday", "2024-11-08", "2024-11-08")
    >>> check_date("Kim met Lee.", "2024-11-13", "on Friday", "", "")
    """
    if start:
        check_read(text, published, exact, start, end)
    else:
        assert not any(s for x, s, _ in read_dates(text, published) if x == exact), (exact, text)


test_dates54b = rows_test(check_date, **case_tables("test_dates54b"))
