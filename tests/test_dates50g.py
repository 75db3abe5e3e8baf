"""Dates the guard49 battery (review49d) found misread, in made-up copy of my own wording (helper dates50 of session
50; the file is named ``dates50g`` because ``test_dates50`` is an earlier session's). Names and places are invented
(Karvo, Tolvan, Minna Sato, Rell); every table's rows failed on main, every ``_CTRL`` table's rows keep main's
reading (near misses of the rule).

- LAUNCH: "launches"/"reopens" in the present, after its subject and right before its date, with no object ("The
  ferry launches on Friday", "The museum reopens in March"): a schedule ahead, as "opens" is (`_launch_ahead`).
  "launches" only with no verb before it in its clause (`_verb_before`) and its date ending the sentence
  (`_noun_verb_last`). LAUNCH_CTRL: with an object (a press release's news: "launches a campaign"), the past, the
  noun "launches" (a possessive before it, a verb before it, words after the date).
- SOLD_OUT: "is/are sold out" right after the date and closing its sentence ("Seats for the concert on Saturday are
  sold out."): a present state of an event still ahead (`_sold_out_now`). SOLD_OUT_CTRL: "was/were sold out", "sold
  out its bonds", the date after "are sold out", "sold out of masks".
- FED: "fed" written in lower case after its subject is a past verb ("Sato fed the crowd on Friday"), which the
  clause's own tense is before a joined future clause (`_written_fed`). FED_CTRL: "the Fed", "fed up", "Well-fed".
- HABIT: an adverb of habit between a plural subject and a timetable verb ("Audits usually begin in March"): the next
  time, as "Audits begin in March" is, not the past year told before (`_habit_plural`). HABIT_CTRL: the past, a verb
  of no timetable ("rise"), a singular subject.
- WANT: "want"/"seek" after a plural subject, with a short object and no preposition before the date ("Farmers want
  a new deal in March"): ahead, as "Seoul wants a deal in March" is (`_wanting_base`). WANT_CTRL: "wanted",
  "sought", the noun "wants", a preposition in the object ("want answers about losses in March").
- NARRATIVE: a past clause that goes on from a past date told in the sentence right before ("The pact was signed on
  Jan. 4, 2016. It took effect on the 20th."): its day of the month (on or after the told day), "the end of the
  month" ("at the end of": its last third) and "the end of the week" (a Sunday) are the told date's
  (`_narrative_told`). NARRATIVE_CTRL: a future or present clause, no past date before, a day before the told one,
  a year told before a day of the month or a month's end, a month told before a week's end, a sentence between.
- NARRATIVE_OPEN (read unresolved): a past "the next three years" after a past year told before runs from it or
  the year after, which the text does not say (`_next_years_after`; main read it from publication: the row failed);
  a day of the month inside a quotation, as on main (a control).

Rows: tests/cases/test_dates50g.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test, read_dates, rows_test

TABLES = case_tables("test_dates50g")
OPEN = TABLES.pop("NARRATIVE_OPEN")
test_dates50g = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


def check_dates50g_open(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that ``exact`` is read unresolved (``start`` and ``end`` are "null" in the row)."""
    assert (start, end) == ("null", "null"), "an OPEN row wants no value"
    got = read_dates(text, published)
    assert (exact, None, None) in got, got


test_dates50g_open = rows_test(check_dates50g_open, NARRATIVE_OPEN=OPEN)
