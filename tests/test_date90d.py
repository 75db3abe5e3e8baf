"""Date shapes of date90d (issue: the dev dates missed on unseen articles): made-up sentences, made-up people and places
(Kim, Lee, Varna, Oskel, Dovran, Tamsk). Each table has rows that must fire and near misses beside them, each read as
it must be read.

- TAG: a trailing speech tag set off by a comma after a date (", the command said") tells when the words were said,
  not the tense of the clause it reports ("Crews face leave as of May 1, the command said": the nearest May 1).
  Controls: a fronted phrase whose main clause the "tag" is, a past verb before the date, a tag of another verb.
- PROSPECT: a date in the phrase of "the possibility of" / "the prospect of" is still ahead even in a clause with no
  tense word. Control: a clause with no such noun (the nearest month).
- WARNED: "starting <date>" in the object of a warning or threat ("a letter warning of levies starting in August")
  starts what is warned of, ahead of the past act. Controls: no warning word, a past verb between.
- TODAY: a quotation's "this afternoon" / "today" is the day a later paragraph's "the previous afternoon" counts
  from. Control: a quotation with no day word (the writer's last day counts).
"""

from __future__ import annotations

from conftest import case_tables, dates_test

# rows: tests/cases/test_date90d.csv (table, text, published, a date's exact words, its start, its end, note)
test_date90d = dates_test(**case_tables("test_date90d"))
