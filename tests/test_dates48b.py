"""Relative dates in made-up copy on defence talks (dates48b, forty-eighth session; issue 9): rows of my own wording
(Varo, Kessel, Dravo, Ostrava), labelled by tests/corpus/README.md's date Conventions before the rule was written.

- PHRASE: a plural subject with a short phrase after it, opened by a preposition, before a timetable verb in the
  present ("Talks on the new deal begin in March", "The drills with the navy begin Monday"): a plan ahead, as "Talks
  begin Monday" is (`_modified_subject`); every row failed on main (read back as a past).
- PHRASE_CTRL: near misses that keep their reading: past verbs, a noun "vote", a participle closing the phrase, no
  plural noun before the phrase.
- QUOTE_MONTH: a year-wide word ("last year", "next year", "this year") in a quotation whose speech the text dates to
  a month ("told parliament in March 2021"): read from that month's year, which every day of it reads alike, as a
  quotation dated to a year is (`_year_word_told`); every row was unresolved on main. QUOTE_MONTH_CTRL: speech dated
  to a year or a day, or undated, as before. QUOTE_MONTH_OPEN: a finer word (a weekday) or a bare month name in such
  a quotation stays unresolved ("null"); its month-wide words ("next month") read from the month since the lead's
  decision of the fifty-first session (fix51d2: the row moved to QUOTE_MONTH).
- EXPECTED_AT: "is/are expected" with a place before the date ("is expected in Dravo on Tuesday", "expected back
  in"): a plan ahead, as "is expected in March" is (`_plan_tense`, `_EXPECTED_PLACE`); every row failed on main.
  EXPECTED_AT_CTRL: "was expected", "as expected", the date right after "expected".
- PRESENT_EVENT: the present of a step its subject takes ("Kessel retires in March", "steps down", "resigns",
  "chairs the forum", "presides over") and "is up for renewal": ahead, as "The president heads to Tokyo on Sunday" is
  (`_PLANNED_PRESENT`, `_tense_of`); every row failed on main. PRESENT_EVENT_CTRL: past forms, a noun "chairs".
- DATELINE (read as articles: line 1 the headline): dated datelines in the forms of other wires, an agency named
  bare before the dash ("TOKYO, Sept. 13 Kyodo -"), TASS's "HANUL, September 13. /TASS/.", and the day before the
  month ("HANUL, 13 September (AFP) -"): the dateline's day is the story's (`_DATED_DATELINE`,
  `_DAY_FIRST_DATELINE`); every row failed on main. DATELINE_CTRL: a slip over a week off, the bracketed agency,
  no dateline at the paragraph's opening.
- WEEKDAY_DATE: "last/next/this <weekday>, <month-day>" ("last Wednesday, Sept. 6"): the date the text writes, as
  "on Tuesday, Sept. 12" is (the month-day row reads the modifier too); every row failed on main (the weekday's own
  reading won and the date was lost). WEEKDAY_DATE_CTRL: no date written, the plain form, a date of its own.
- ACT_PRESENT: the present of an act before its object ("Dravo signs the deal in March", "the assembly ratifies
  the pact", "Kessel becomes minister"): a plan ahead (`_ACT_PRESENT`, `_act_ahead`; "assembly" is no adverb in
  "-ly" for `_aux_before`, `_LY_NOUNS`); every row failed on main. ACT_PRESENT_CTRL: past, plural nouns ("positive
  signs", "mixed reviews"), a press release's present of its news, an adverb in "-ly" still skipped.
- TOLD_BEFORE: a bare month in the sentence after a dated one whose words before it say its event came first ("The
  previous round in December", "an earlier round, in November"): the latest such month before the date told, not
  the first after it (`_told_as_before` in `_in_year_told`); every row failed on main. TOLD_BEFORE_CTRL: no such
  word (the story goes on in its year), the word in the sentence before.
- YEAR_END_PAST: "year-end", "month-end" told in the past after that end passed ("The year-end deadline passed" told
  in January): the end of the last one, as "the end of the year" is (`_end_told_past` for `_year_end` too); every row
  failed on main. YEAR_END_PAST_CTRL: "would", a hope, the end at hand, no past.
- REPORTED_SUBJECT: a date naming the time of the subject of a reported clause, right after the speech verb
  ("Kessel said Monday's talks would be decisive", "said the October talks would"): that clause's verb after it tells
  its time (`_reported_subject` in `clause_tense`); every row failed on main. REPORTED_SUBJECT_CTRL: the reported
  clause past, a date of the speech itself ("said on Monday").

Rows: tests/cases/test_dates48b.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import article_dates_test, case_tables, dates_test, rows_test
from test_dates75 import check_no_item

TABLES = case_tables("test_dates48b")
OPEN = TABLES.pop("QUOTE_MONTH_OPEN")
ARTICLES = {name: TABLES.pop(name) for name in ("DATELINE", "DATELINE_CTRL")}

test_dates48b = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
test_dates48b_open = rows_test(check_no_item, QUOTE_MONTH_OPEN=OPEN)  # "null": read, left unresolved
test_dates48b_articles = article_dates_test(**ARTICLES)  # line 1 the headline
