"""Classes of date misreadings a prober found in 60 whole stories of its own (probed43: /work/wt/probes/probed43; rows
written anew, in other words, years and names), each mended by a rule about the shape of the language, with near
misses that keep their reading:

- EVENT_COUNT: counts from an event anchored wrongly. "N months after they began" (a pronoun or a bare plural and a
  verb the clause before tells, a verb of beginning for "starting in March 2018") counts from that clause's date
  (``dates._subject_event_told``); "N months to the day after X" is the count's own phrase, not "the day after"
  (``dates._COUNTED``); "a week after the Tokyo talks" takes the date of the clause that names the talks, not a later
  clause's date in that sentence (``dates._event_clause_hit``; a capitalised modifier before the noun names it too,
  ``dates._event_nouns``); "a week after Thanksgiving", "three weeks before Christmas": a count from a holiday, the
  holiday's own day for a count of one (``dates._count_by_holiday``); "for (almost) a year after X" is a duration,
  no item (``dates._for_duration``). Near misses: a main clause's day counted back ("left on Friday, a day after he
  wrote"), "a year after the vote in May", "the Monday after Thanksgiving", "the day after X", a count from a noun named
  in the sentence before.
- SCHEDULE: present-tense schedules read as past. "the anniversary falls on Oct. 1" (``dates._SCHEDULED``),
  "elections are held Wednesday" (a present passive, ``dates._PRESENT_PASSIVE``), "with Christmas falling on Friday"
  (``dates._CALENDAR_ING``), "groups plan a march in the fall", "the federation plans a strike in November"
  (``dates._plans_object``; "plan to" and "laid plans" read as before): ahead. Near misses: "held", "were held",
  "fell" stay past; "the plans in March" is a noun; "Both holidays fall on Monday" was read ahead already.
- FISCAL: US fiscal years (tests/corpus/README.md, "A fiscal year"). "the Defense Department" and "the Department of
  Defense" name the US government (``dates._FISCAL_MARKS``), so "fiscal year 2024" beside "in Korea" (a place) is
  October to September; "between fiscal 2018 and fiscal 2020" is one range. Near misses: Korea's ministry keeps the
  calendar year; two fiscal years told apart stay two items; "from fiscal year 2017 to fiscal year 2019" stays one.
- BOUNDARY: phrase boundaries. "was sworn in the next day", "stepped in the next day": the "in" is the verb's
  particle, the phrase "the next day" from the date told before (``dates._particle_in``), not the day from
  publication; "the first half of this year's share" halves the share, so "this year" is the whole year
  (``dates._PART_OF_YEAR``). Near misses: "is expected in the next day"; "in the first half of this year".
- CLAUSE: tense taken from another clause. A date opening a clause joined by ", and"/", but" with a pronoun subject
  and its verb after it ("said in 2021 that Japan would pay more next year, and on Tuesday he went further") takes
  that verb's tense (``dates._opens_coordinate``), past or future ("and on Tuesday they will meet"). Near misses: one
  clause with no comma; a date inside the new clause. Not mended this round: "Seoul's decision in August to end its
  pact ... takes effect Nov. 23" (a month inside a noun phrase takes the main verb's schedule); no rows.

Rows: tests/cases/test_dfix43.csv, read as tests/test_dfix38.py reads its rows (``start`` "none": no date overlaps the
words; "null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix43_rows = table_test("test_dfix43", check_dfix38)
