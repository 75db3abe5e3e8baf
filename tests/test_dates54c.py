"""Tense words the probes of dates54c (issue 9) found read wrong: made-up sentences (Oskel, Hanul, Tarven, Park),
labelled by tests/corpus/README.md's date Conventions before the code was run.

- NAMING: a verb of naming ("called", "named", "dubbed", "labeled", "termed") right after a capitalised word that is
  no determiner nor adverb is that name's past verb ("Trump called Lee on Tuesday and will call him again"), not a
  participle that names a thing (``_name_naming``); so the date after it is past, and a count from an undated event
  in its clause stays unresolved. NAMING_CTRL: "the deal called the SMA", "Also called ...", other verbs, and
  "called for" with a date right after it ("Polls called for April will ...": a reduced relative, ``_called_for_date``).
- ADVERB: a short adverb between "be" and a plan's participle ("is now expected", "is still expected", "is also
  expected") is skipped as an "-ly" adverb is (``_AUX_ADVERBS`` in ``_aux_before``): the plan lies ahead.
  ADVERB_CTRL: "was also expected" (a plan told as past), "-ly" adverbs, "again" after a past verb.
- MANDATE: a verb of demanding, "that" and a clause with no tense word ("demanded that Seoul sign the deal by
  January", "insisted that Seoul increase its share in February") is a mandate's subjunctive: what is asked for lies
  ahead, as after "urged Seoul to sign" (``_mandate_before``), also with a few untensed words between the verb and
  "that" ("asked in September that": ``_mandate_verb_before``), and a passive subjunctive ("that the grants be
  refunded by April"). MANDATE_CTRL: a tensed "that" clause ("had paid"), a verb of saying, a modal, a year opening
  the sentence, a participle right after a noun ("the grants given in May": a reduced relative, ``_noun_participle``).

- HEADLINE: a headline's present of a trip's or meeting's schedule verb ("Envoy arrives in Seoul Thursday", "Fifth
  round resumes Tuesday", "departs", "convenes") with no "to"/"will" reports news, the latest such weekday on or before
  publication, as "visits" does (``_TRIP_SCHEDULED`` in ``_headline_present``); rows read in the article format (line 1
  the headline). HEADLINE_CTRL: a deal's schedule ("expires"), "to arrive".

- FISCAL: a bare year joined by "and", "or" or a comma to a fiscal year that the plural "fiscal years" names
  ("fiscal years 2026 and 2027", "fiscal years 2025, 2026 and 2027") is that government's fiscal year too
  (``_fiscal_joined``), "Fiscal Years" capitalised too. FISCAL_CTRL: a singular "fiscal year 2026 and 2027", calendar
  years, a plural whose government the text does not name (the calendar year, as the Conventions say).

- DELAYED: the weekday of a set-off plan ("originally set for Monday") that a delay moves (", was delayed to
  Thursday", ", has been postponed to next week") is read a week earlier when it fell on or after the new date's first
  day: a plan delayed lies before its new date (``_moved_later``), also a plan that opens its sentence ("Originally
  scheduled for Monday, the hearing was delayed until Thursday": ``_fronted_delay``). DELAYED_CTRL: a plan moved up,
  an old day already before the new one, a new month after both readings, a clause mark before the delay.

- PAST_PAIR: two weekdays told together in a past clause with no word naming their week ("held talks Thursday
  through Saturday", "met on Thursday and Saturday") end on or before publication: told on a Friday, the week before
  (``_past_pair``), when the past verb is the span's own event (``_own_event_past``). PAST_PAIR_CTRL: the future, a
  past span already before publication, "last Thursday and Saturday", a past verb of planning or agreeing
  ("scheduled hearings", "agreed to meetings") or "for"/"to" between the verb and the span ("flew in for talks").

- TAG_THEN: a trailing speech tag dated to a time gone by ("..., lawyers said at the time", "said then") backshifts
  no present: a plan told with "was" is that time's plan, past (``_said_back_then`` in ``_trailing_tag``).
  TAG_THEN_CTRL: a bare tag ("..., lawyers said": the plan keeps its future), "was still expected ... at the time".

- TITLE_QUOTE: a short title in quote marks inside a clause ('racing to sign the "Joint Levy Pact" with Hanul before
  November') does not cut the clause that the goal's infinitive opens (``_across_title`` in ``_forward``).
  TITLE_QUOTE_CTRL: a past act across a title, a quotation of speech opening the sentence.

- THIS_WRITTEN: "this <weekday>" read in publication's Monday-Sunday week yields to a date the text writes in full
  for the same weekday a week off ("this Monday issue" told on a Sunday, "printed for Monday, March 9": the 9th;
  ``_this_weekday_written``), unless the clause's tense points the other way. THIS_WRITTEN_CTRL: a past clause, no
  written date.

- FISCAL (mend54d): a possessive in the place of "the" before "<year> fiscal year" ("the Senate's 2027 fiscal year
  act") names that government's fiscal year, as "the 2027 fiscal year" does. FISCAL_CTRL: a possessive before a bare
  year.

- SEQUENCE: a bare weekday read before an earlier weekday of its sentence that lies ahead, joined by "and", "then" or
  "before" in a clause that is not past, comes a week on ("will land on Friday and fly on to Oskel on Sunday" told on
  a Sunday: the Sunday after that Friday; ``_sequence_forward``). SEQUENCE_CTRL: "after" between them, a past clause,
  another sentence.

``start`` "null": the date at ``exact`` is read and left unresolved, with a reason.

Rows: tests/cases/test_dates54c.csv (``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import article_dates_test, case_tables, rows_test
from test_dates54 import check_date

_TABLES = case_tables("test_dates54c")
test_dates54c = rows_test(check_date, **{k: v for k, v in _TABLES.items() if not k.startswith("HEADLINE")})
test_dates54c_headline = article_dates_test(**{k: v for k, v in _TABLES.items() if k.startswith("HEADLINE")})
