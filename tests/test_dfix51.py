"""Date classes of issue #9 read wrong on wordings the rules were not written from (dfix51): each class found from a
dev miss or from probe rows of my own (made-up people Oskel Tamm and Lida Marsh, the places Hanul and Torvia, years
moved), labelled by the Conventions of tests/corpus/README.md before the tool ran on them, mended by a rule about
the shape of the language, with near misses that keep their reading:

- TERM_YEARS: "the next N years" whose sentence names a deal ("a deal to share the costs over the next five years",
  "the pact covers the next three years") is the deal's term, whole calendar years from its first year: a year of
  publication or later named right before the deal's noun ("the 2026 deal"), else the year the sentence before
  writes ("Hanul will pay X in 2027. Officials struck a deal ..."), not the five years from publication
  (``dates._deal_term_year``; dev DW 2014-01-12). A year in a line before the paragraph (the date line) starts no
  series of :func:`dates._deal_year_before` any more. Near misses kept: no deal; a year that ends the deal; a deal
  a sentence away; a year with no deal. Rows left strict xfail: a deal named by a past year ("Under the 2014 deal
  ... over the next five years", told in 2018) reads right by the same rule, but on the dev Korea Herald 2018-02-21
  file it turns the right claim "around 1 trillion won every year" contradicted under the claims' tolerance
  (rules.py, another helper's): the branch is held back until that tolerance is looked at.
- WITHIN_REPORT: "within (in less than) N units" in a report dated before publication ("said on Tuesday that Hanul
  would answer within two weeks", "warned in late June ... in less than three weeks") bounds a span from the
  report's day through the day the count comes to, as it does from publication (README, "A span counted from
  publication"), not the one day counted to (``dates._count_from_told``). Near misses kept: "in N weeks" (the day
  counted to); undated speech (from publication).
- PRES_TERM: a holder's term named "White House term", "time (years) in the White House", "years in office" and
  told as a time ("during Trump's White House term", "during his years in the White House", "my years in the White
  House" in a quotation) is the whole term, as "during his time in office" is (README, presidential-term Convention;
  ``dates._TERM_OF_OFFICE``; dev Asia Times 2024-05-01). Near misses kept: the White House as a place; the term as a
  subject with no preposition; no holder ("the White House term sheet"); "his first years in office" is no term.
- SPEECH_FRONT: a date in the phrase that opens its sentence before the main clause's comma, a phrase with no verb
  or clause of its own ("In a 2019 interview, Tamm said ...", "During a visit to Hanul in 2019, Tamm told reporters
  ...", "Testifying before lawmakers in 2019, ...", "Back in 2019, ..."), dates the speech the main clause reports, as
  "In 2019, Tamm said" does: its relative words read from the speech's time (README, "Indirect speech dated to a past
  time"; ``dates._fronted_phrase``). Near misses kept: a circumstance of its own ("With the deal expiring on April
  1, ... warned"; found on the dev Stripes 2014-04-17 file while writing the rule); a year naming a deal ("Under the
  2019 deal,"); a clause with its own verb ("After talks collapsed in 2019,"); "Since 2019, ... has said"; speech of
  the story's present; no date.
- HAS_UNTIL: "has (have, now has, has time) until <date>" is a present of having time up to a deadline, which lies
  ahead: "Hanul has until Friday to answer" is the coming Friday, also in reported speech and before "officials said"
  (``dates._has_until`` in ``clause_tense``). Near misses kept: "had until Friday ... missed" (past); "has stayed
  until" (a perfect); "has until now" (no date).
- FISCAL_RANGE: "fiscal years 2019 through (to) 2021" and "the 2019-2021 fiscal years" are one range of fiscal years,
  as "fiscal year 2019-2021" is (README, "A fiscal year"). Near miss kept: a Korean ministry's fiscal years are
  calendar years.
- SAME_DAY: "the same day" is the last single day told before it on its side of the quote marks: spans of days
  ("talks on Feb. 16-17", a month) are passed over, and in a past clause so are days told ahead ("said on Feb. 24
  that the cut takes effect on April 1. On the same day, Hanul protested": Feb. 24) (``dates._same_day_anchor``; the
  shape of the dev Asia Economy 2020-01-29 miss). Near misses kept: one day before; a counted day before ("The next
  day"); a future clause keeps the day told ahead. "The same day" opening the paragraph after one whose last date is a
  span was left strict xfail here (the paragraph's last single day, ``dates._last_told``, may be a day told ahead, as
  on the dev file itself); tidyq52 made it pass (``dates._same_day_told``, tests/test_tidyq52.py) and took the mark.

Every row of a class table fails on the starting code (3e89d2e8) and passes now, but the strict xfail ones; a
``_NEAR`` table holds the near misses and the variants of the class the tool already read right (note "kept"), which
must keep their reading. Probe rows dropped after the run as my own label slips (the Conventions decide otherwise):
"fiscal years 2026-2027" of a bill whose government the text does not name (calendar years), "the past decade" (from
the day after, as "the past year"), a headline present of a trip ("Minister heads to Torvia Sunday": the latest
Sunday); and "the rest of the year" in narrative, which tests/cases/test_dates48.csv reads from the day after.

Rows: tests/cases/test_dfix51.csv, read as tests/test_dfix38.py reads its rows ("none": no date overlaps the words;
"null": one overlapping them is left unresolved).
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix51_rows = table_test("test_dfix51", check_dfix38)
