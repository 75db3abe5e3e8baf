"""Classes of news English read on the fifty-second batch's misses (b52d, seventeenth session, issue #9): made-up
sentences written before the rules, each row labelled per the Conventions of tests/corpus/README.md. Made-up people
and places: Kim, Lee, Varn, Sorr, Kell, Porvik, Tamsk.

- FRONT_ACTOR: a fronted "One day before <title> <Name> visited, <main clause>" whose main clause is dated only by a
  span longer than a month ("raised spending next year": that dates the spending, no day of the visit): the event's
  day is the one day another sentence naming its actor gives ("Tomorrow (9th), Secretary Varn."), a count of one
  being the event's own day (README); with none, unresolved (NOITEM_FRONT), not a year moved by a day. Controls: a
  main clause dated to a day, counts in months, weeks counted from a month, another person's day, two days.
- YEAR_ELECTION: "since/after/following last (this, next) year's [US] presidential/midterm election" is that
  election's day ("since X" is X, README), the one the year holds: the US federal day (presidential years every
  fourth, midterms between) or South Korea's presidential vote in data/events.csv when no US word is written.
  Controls: "since last year" (no election), no preposition, a parliamentary election, "... election campaign", a
  year with both (2012), "before next year's presidential election" and "ahead of this year's ..." (the dev JoongAng
  2019-10-01 file reads "before next year's presidential election" as the year 2020).
- PRESENT_STRESS: a quote after a subject and a present -s form of a verb of stressing whose past form the speech
  verbs hold ("the government emphasizes 'rational and fair sharing'", "reiterates", "reaffirms", "emphasises"):
  the subject speaks, as with "emphasized". Controls: a named person, a noun of stressing ("the government's
  emphasis on '...'"), the past form. These rows share the date columns: ``text`` the body, ``published`` the
  headline, ``exact`` the quoted words, ``start`` the speakers ("/" between the names evaluate accepts, "None" for
  words nobody speaks), ``end`` empty; run through tests/test_quotes48.py's check.
- NAMED_TERM: a short quote in the body after "the" and before a preposition ("approaches the 'cost-sharing' for
  the troops"): a term named, which nobody speaks, though a later quote repeats its words (the "repeated" rule gave
  it that quote's speaker). Controls (same columns): a headline's scare quote, a noun after the quote, no
  preposition after it, an indefinite article.

Rows: tests/cases/test_read60.csv (``table``, ``text``, ``published``, ``exact``, ``start``, ``end``, ``xfail``: a
strict xfail's reason, ``note``). Rows with a range run through ``conftest.dates_test``; the NOITEM_* rows ("none":
no date overlaps the words; "null": one left unresolved) through the overlap test of tests/test_gen47d.py.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, dates_test, merged, run_rows
from test_gen47d import check_gen47d_dates as _overlapping_has
from test_quotes48 import check_quotes48_speakers as speakers_fit  # a speaker, or "no span"

TABLES = case_tables("test_read60")
SPEAKERS = {name: TABLES.pop(name) for name in ["PRESENT_STRESS", "NAMED_TERM"]}
NO_ITEM = {name: TABLES.pop(name) for name in [n for n in TABLES if n.startswith("NOITEM")]}

test_read60 = dates_test(**TABLES)


@pytest.mark.parametrize(("text", "published", "exact", "start", "end"), cases(**NO_ITEM))
def test_read60_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date overlaps ``exact`` (``none``), or one is left unresolved (``null``)."""
    _overlapping_has(published, text, exact, start, end)


def check_read60_speakers(body: str, headline: str, words: str, speakers: str, unused: str) -> None:
    """The speaker of ``words`` is one of ``speakers`` (or nobody: "None")."""
    speakers_fit(headline, body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**SPEAKERS)))
def test_read60_speakers(rows: list[object]) -> None:
    run_rows(check_read60_speakers, rows)
