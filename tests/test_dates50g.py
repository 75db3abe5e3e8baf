"""Dates the guard49 battery (review49d) found misread, in made-up copy of my own wording (helper dates50 of session
50; the file is named ``dates50g`` because ``test_dates50`` is an earlier session's). Names and places are invented
(Karvo, Tolvan, Minna Sato, Rell); every table's rows failed on main, every ``_CTRL`` table's rows keep main's
reading (near misses of the rule).

- LAUNCH: "launches"/"reopens" in the present, after its subject and right before its date, with no object ("The
  ferry launches on Friday", "The museum reopens in March"): a schedule ahead, as "opens" is (`_launch_ahead`).
  "launches" only with no verb, form of "be", preposition, number or (past the clause's first word) determiner
  before it in its clause (`_verb_before`) and its date ending the sentence (`_noun_verb_last`). LAUNCH_CTRL: with
  an object (a press release's news: "launches a campaign"), the past, the noun "launches" (a possessive, a verb,
  "after/amid" or a number before it, words after the date; review50d's probes).
- SOLD_OUT: "is/are sold out" right after the date and closing its sentence ("Seats for the concert on Saturday are
  sold out."): a present state of an event still ahead (`_sold_out_now`). SOLD_OUT_CTRL: "was/were sold out", "sold
  out its bonds", the date after "are sold out", "sold out of masks".
- FED: "fed" written in lower case after its subject is a past verb ("Sato fed the crowd on Friday"), which the
  clause's own tense is before a joined future clause (`_written_fed`). FED_CTRL: "the Fed", "fed up", "Well-fed".
- HABIT_OPEN (read unresolved): an adverb of habit between a plural subject ("who"/"which" too) and a timetable verb
  in the present ("Audits usually begin in March"): a habit names no one month, as a season in a habitual clause is
  none (lead decision, session 50; `_habit_month`); main read the past year told before. HABIT_CTRL: the past, a
  verb of no timetable ("rise"), a singular subject, no habit adverb ("Audits begin in March": the next March, main).
- WANT: "want"/"seek" after a plural subject, with a short object and no preposition before the date ("Farmers want
  a new deal in March"): ahead, as "Seoul wants a deal in March" is (`_wanting_base`). WANT_CTRL: "wanted",
  "sought", the noun "wants", a preposition in the object ("want answers about losses in March").
- NARRATIVE: a past clause that goes on from a past date told in the sentence right before ("The pact was signed on
  Jan. 4, 2016. It took effect on the 20th."): its day of the month (on or after the told day), "the end of the
  month" ("at the end of": its last third) and "the end of the week" (a Sunday) are the told date's
  (`_narrative_told`). NARRATIVE_CTRL: a future or present clause, no past date before, a day before the told one,
  a year told before a day of the month or a month's end, a month told before a week's end, a sentence between; the
  told date inside a comma-set "who" clause; two dates told and a past perfect or the earlier date's day
  (`_told_aside`; review50d's probes).
- NARRATIVE_OPEN (read unresolved): a past "the next three years" after a past year told before runs from it or
  the year after, which the text does not say (`_next_years_after`; main read it from publication: the row failed);
  a day of the month inside a quotation, as on main (a control).

Rows: tests/cases/test_dates50g.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import case_tables, dates_test, read_dates, rows_test

TABLES = case_tables("test_dates50g")
OPEN = TABLES.pop("NARRATIVE_OPEN")
HABIT_OPEN = TABLES.pop("HABIT_OPEN")
test_dates50g = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"


def check_dates50g_open(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that ``exact`` is read unresolved (``start`` and ``end`` are "null" in the row)."""
    assert (start, end) == ("null", "null"), "an OPEN row wants no value"
    got = read_dates(text, published)
    assert (exact, None, None) in got, got


test_dates50g_open = rows_test(check_dates50g_open, NARRATIVE_OPEN=OPEN, HABIT_OPEN=HABIT_OPEN)
