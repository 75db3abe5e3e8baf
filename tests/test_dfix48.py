"""A date counted from the story's own news (dfix48; rows written anew, in my own words, names and years):

- THING_CAME: "<thing> came (comes) a day after <event>" in a paragraph with no date of its own, where the last single
  day told is the story's own day (publication, or a dated dateline): the thing is the story's news of that day, so
  the count moves from it (``dates._thing_came`` in ``dates._words_came``), as a count of one from an event is the
  event's own day (tests/corpus/README.md, Conventions). Near misses kept: the day told last is another day; a
  person who came ("He came a day after ...") is an arrival, not the news.

Rows: tests/cases/test_dfix48.csv, read as tests/test_dfix38.py reads its rows.
"""

from __future__ import annotations

from conftest import table_test
from test_dfix38 import check_dfix38

test_dfix48_rows = table_test("test_dfix48", check_dfix38)
