"""Presidential terms and eras told as a time, for any holder with terms in the data (terms56, sixteenth session,
issue #9): rows of my own, written before the rules, with made-up sentences about the real holders (their terms are
data: data/entities.csv, sourced in data/sources.csv), labelled per the term Convention of tests/corpus/README.md:

- HOLDER_DATA: the shapes already read ("<holder>'s first term", "during the <holder> administration", "under former
  President X") for the presidents added to the data; a surname two holders share (Bush, Roh, Kim, Lee) names one
  only when the phrase or the text before names that one in full; a reading with no ordinal ("presidency",
  "administration") spans the whole run of consecutive terms.
- ERA: "during (in, over, throughout) the <holder> years/era".
- PRESIDENCY: "during (under) the <holder> presidency".
- PREVIOUS: "during (under) the previous/former <holder> administration (government)".
- CONTROL: an administration as an actor, an era as a thing, "Obama-era" (no dev file lists it), "under <name>"
  with no title (the Conventions read only "under (former) President X"), "in the X administration" (membership),
  an era of no holder, a shared surname with no full name.

Rows: tests/cases/test_terms56.csv, in the columns of tests/cases/test_dates50.csv (``xfail``: a strict xfail).
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_gen47d import check_gen47d_dates as check_terms56

TABLES = case_tables("test_terms56")

#: Each row: the date overlapping ``exact`` has the range ("none": no date there), test_gen47d's check.
test_terms56 = rows_test(check_terms56, **TABLES)
