"""Relative dates on articles the project has never seen (date75, twenty-third session): made-up wire sentences
(Minister Tarven, Hanul, Oskel, Park) published on every weekday across 2021-2026, each labelled by
tests/corpus/README.md's date Conventions before the code was run.

- WEEKDAY: bare weekdays in past, perfect, progressive, future and planned clauses ("is due to", "is scheduled for",
  "is expected", "is slated for"), Korean wire's "(local time)", "the 20th", a month-day ahead, a weekday span.
- RELATIVE: "last/this/next week (month, year)", "earlier this month", "later this year", "this weekend", "over the
  weekend", "early next month", "mid-January", "the second half of next year", "a year ago", "last December", a bare
  month by its clause's tense, "since last year", "the previous round in <month>", "by the end of the month".
- ANCHOR: "the following day", "the day before", "two days later", "a year earlier", "a month later".
- INDIRECT: indirect speech dated in the past ("told lawmakers in March 2022 that talks would resume next month",
  "said in 2023 that the deal would be signed in December": a bare month read ahead from a speech over 400 days back
  is fixed when every day of the speech's time reads it alike, `_fixed_by_speech`).
- PLAN: a plan told as past ("were due to start Monday" is past, as "were scheduled to" is) unless a past speech
  verb before it reports it ("said the talks were scheduled to resume Friday": the backshift of a plan still ahead,
  `_reported_plan`), with controls. date76: "were due to start Monday" is past too, while a count after a plan told as
  past ("was scheduled to expire in a year") is the plan's future (`_plan_told_past`, `_past_plan_before`); a trailing
  tag ("..., officials said.") reports a was/were plan as a leading speech verb does (`_trailing_tag`); the period of
  "Feb." before its day ends no clause (`_MONTH_DOT`).
- OBJECT (date76): an "-ed" adjective opening the object of a base verb ("could face renewed pressure in March") is no
  past verb (`_object_adjective`), with controls.
- MEND77 (mendd77, at review77's findings): a past outcome after the date ("... Monday but collapsed", "..., and he
  did arrive") cancels the backshift of a reported plan, leading verb or trailing tag (`_outcome_after`, `_backshift`);
  the speech verb needs a subject before it ("the reported talks": an adjective) and its complement one of its own
  ("which Kim said were": a relative clause about the plan; `_reported_plan`, `_has_subject`); an "-ed" word after a
  bare "to" is an adjective only when a finite verb stands before the "to" ("Workers hoping to return filed
  complaints": the verb; `_finite_before`), with controls; review77's ambiguous "was set to expire at the end of
  December, officials said" told on 7 January follows the Conventions (undated speech reads from publication, its
  backshifted plan is ahead: the coming December).
- KOREAN, HEADLINE (read as articles: line 1 the headline), NOITEM (no date overlaps ``exact``: "none"; one
  overlapping it is unresolved: "null").

Rows: tests/cases/test_dates75.csv (``xfail`` is a strict xfail's reason; ``note`` says what a row shows).
"""

from __future__ import annotations

from conftest import article_dates_test, case_tables, dates_test, read_dates, rows_test

TABLES = case_tables("test_dates75")
HEADLINE = TABLES.pop("HEADLINE")
NOITEM = TABLES.pop("NOITEM")


def check_no_item(text: str, published: str, exact: str, start: str, end: str) -> None:
    """No date read in ``text`` overlaps the words ``exact`` (``start`` "none"), or one that does is left unresolved
    (``start`` "null").

    >>> check_no_item("Protesters will march on.", "2024-11-13", "march", "none", "none")
    """
    at = text.index(exact)
    found = [(s, e) for x, s, e in read_dates(text, published) if x and _overlaps(text, x, at, at + len(exact))]
    assert not found if start == "none" else (None, None) in found, found


def _overlaps(text: str, words: str, lo: int, hi: int) -> bool:
    """Return whether some occurrence of ``words`` in ``text`` overlaps ``text[lo:hi]``.

    >>> _overlaps("in the coming weeks", "the coming weeks", 0, 2), _overlaps("a b", "b", 0, 1)
    (False, False)
    """
    at = text.find(words)
    while at >= 0:
        if at < hi and lo < at + len(words):
            return True
        at = text.find(words, at + 1)
    return False


test_dates75 = dates_test(**TABLES)  # "``exact`` reads ``start``..``end``"
test_dates75_headline = article_dates_test(HEADLINE=HEADLINE)
test_dates75_no_item = rows_test(check_no_item, NOITEM=NOITEM)
