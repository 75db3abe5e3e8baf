"""Classes of date misreadings a prober found in short wire stories of its own (probed38: 216 whole-story probes
written without reading the corpus or the code; /work/wt/probed38), each mended by a rule about the shape of the
language and shown on rows written in other words, with near misses that keep their reading:

- ANCHORED: a relative phrase counted from the date told before it: "The Monday after," (a weekday beside that date,
  as "the following Monday"), "on the eve of his visit" (the day before it), "Forty-eight hours later", "Hours later"
  (a count of hours: the day it comes to).
- WEEKDAY_OR: "Thursday night U.S. time, or Friday morning in Seoul": the second weekday, told as the same moment in
  another zone, is the day after the first, not the one before it.
- HEADLINE_POSS: a headline's possessive weekday before a present-tense verb ("Tuesday's talks end in walkout")
  reports news, as "Talks end Tuesday in walkout" does: the latest such weekday on or before publication.
- MONTH_ANCHOR: "The next day" after a date told only to its month is no day (left unresolved), and "that year" after
  "since <year>" is that year.
- FORMS: "for the first quarter" at a clause's end, "on the 19th" before a word, the dotted date "2019.11.20".
- AGO: "N units ago" as tests/corpus/README.md's Conventions read it (the day for days, the Monday-Sunday week for
  weeks, the month for months, the year for years); "N years ago this month" is that month of that year.
- HOLIDAY: a holiday in a present-tense clause with a plural subject reads forward ("Both sides want a deal before
  Christmas, officials said" told on 2 December); "last Christmas" (the latest before publication) and "this
  Thanksgiving" (the one of its year) are read; a lunar holiday (Chuseok, Lunar New Year) was left unresolved while
  data/ held no sourced table of its dates; since dfix39 it reads data/lunar_holidays.csv (tests/test_dfix39.py).

Rows: tests/cases/test_dfix38.csv (``start`` "none": no date overlaps the words; "null": one overlapping them is left
unresolved). Each row is one story whose line 1 is its headline, read by ``annotate``; the longest date span
overlapping the first occurrence of ``words`` is the one compared, as the prober's runner did.
"""

from __future__ import annotations

from conftest import table_test

from analysis.extract import annotate


def read_words(published: str, text: str, words: str) -> tuple[str | None, str | None] | None:
    """Return (start, end) of the longest date span of the story ``text`` (line 1 its headline; "\\n" written as
    backslash-n) that overlaps the first ``words``, None when none does.

    >>> read_words("2019-11-16", "T\\\\n\\\\nThey met on Friday.", "Friday")
    ('2019-11-15', '2019-11-15')
    """
    text = text.replace("\\n", "\n")
    at = text.index(words)
    spans = [s for s in annotate(text, published).of_kind("date") if s.start < at + len(words) and s.end > at]
    if not spans:
        return None
    best = max(spans, key=lambda s: s.end - s.start)
    return best.value["start"], best.value["end"]


def check_dfix38(published: str, text: str, words: str, start: str, end: str) -> None:
    """Assert one row: its words read as ``start``..``end`` ("none": no date; "null": left unresolved)."""
    got = read_words(published, text, words)
    if start == "none":
        assert got is None, got
    elif start == "null":
        assert got == (None, None), got
    else:
        assert got == (start, end), got


test_dfix38_rows = table_test("test_dfix38", check_dfix38)
