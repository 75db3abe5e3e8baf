"""Claim misses of the 126th dev batch (thirty-fourth session: 2005-2017 stories on the 8th and 9th SMA, Trump's 2016
claims, THAAD and Camp Humphreys), each a class these rows hold in sentences of my own (dev126; issues #9, #10).
Claim rows: tests/cases/test_dev126.csv (columns as tests/test_devv63.py's; wants as in tests/test_years47.py).

- ``TERM``: a sum "for the next (following, preceding) five years through 2013" was read as the year before its
  clause's date ("reached in 2008"), and a right total called ``contradicted``: the term's last year fixes the term
  whatever word counts it (``dates._YEARS_THROUGH``), so the figure is bound to 2009-2013 and read as their total (a
  yearly word keeps it yearly). "for the next six years until 2025" stays a duration and "until X" (README).
- ``KEEP``: an offer "to keep its payment share at X", "to keep the current yearly payment level -- some X" names
  what is paid now: ``sma_payment`` of the year (README, adjud126's answer 1; ``frames.kept_level``); it was an offer
  with no row (unverifiable) or no quantity. A wrong kept level is withheld, as an offer word governs its clause.
- ``STRONG``: a troop count whose hyphen is printed with a space beside it ("its 28,500- strong forces", "a 28,500
  -strong garrison", "the 28,000- soldier force") was not read: the count takes one space on either side of the hyphen
  (``counts._COUNT``, a trigger literal "- strong"); a range with spaces round its dash ("4,000 - 5,000 troops") and a
  hyphen between two spaces stay as they were.
- ``STRANDED`` (a false finding): "..., a position he said he had informed the South Korean government of." was found
  ``truncated_sentence``: a relative clause with no "that" whose verb of saying reports a clause of its own ("he said
  he had informed ... of") leaves its preposition stranded as a plain one does (``findings._reported_subject`` in
  ``findings._contact_relative``); a clause with no subject after the verb of saying, or a second main verb, is still
  cut.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, read_dates, table_test
from test_claims62 import check_claims62

ROWS = case_tables("test_dev126")  # tests/cases/test_dev126.csv

test_dev126_claims = table_test("test_dev126", check_claims62)

TERM_DATES = [
    ("2013-12-10", "Seoul agreed to pay 4.07 trillion won for the next five years through 2013.",
     "the next five years through 2013", "2009-01-01", "2013-12-31"),
    ("2019-03-01", "Seoul was to pay about 4.7 trillion won for the following five years through 2018.",
     "the following five years through 2018", "2014-01-01", "2018-12-31"),
    ("2026-01-05", "Seoul will pay more over the coming five years to 2030.", "the coming five years to 2030",
     "2026-01-01", "2030-12-31"),
    # near misses: a duration and "until X" is X (README, fresh77q); "the next five years" alone counts from publication
    ("2021-04-08", "It is effective for the next six years until 2025.", "2025", "2025-01-01", "2025-12-31"),
    ("2019-12-10", "Seoul will pay more over the next five years.", "the next five years", "2019-12-10", "2024-12-10"),
]


@pytest.mark.parametrize(("published", "text", "words", "start", "end"), TERM_DATES)
def test_a_term_told_by_its_last_year(published: str, text: str, words: str, start: str, end: str) -> None:
    """The term "the next N years through Y" is the N years ending with Y."""
    assert (words, start, end) in read_dates(text, published), read_dates(text, published)


BROKEN_HYPHEN = [
    ("its 28,500- strong forces", [("28,500- strong", 28500, None)]),
    ("a 28,500 -strong garrison", [("28,500 -strong", 28500, None)]),
    # near misses: a range with spaces round its dash; a dash between two spaces is no compound
    ("withdraw 4,000 - 5,000 troops", [("4,000 - 5,000 troops", 4000, 5000)]),
    ("the 28,500 - strong USFK", []),
]


@pytest.mark.parametrize(("text", "want"), BROKEN_HYPHEN)
def test_a_count_with_a_broken_hyphen(text: str, want: list[tuple[str, int, int | None]]) -> None:
    """A count's hyphen may have one space beside it."""
    from analysis.extract.counts import find_counts

    assert [(e, v["count"], v["count_to"]) for _, _, e, v in find_counts(text)] == want


STRANDED = [
    ("US President Donald Trump said Seoul would have to pay US$1 billion, a position he said he had informed the "
     "South Korean government of.", False),
    ("Seoul rejected the bill, an idea Kim said Seoul had never warned its allies of.", False),
    ("The envoy left early, a move she said that they had informed the ministry of.", False),
    # near misses: no subject after the verb of saying; a second main verb; a reported clause that is the main one
    ("Bo pressed the point, a claim he said was part of.", True),
    ("Bo pressed the point, a plan he said he wanted to make a share of.", True),
    ("Bo pressed the point, officials said Seoul has paid a share of.", True),
]


@pytest.mark.parametrize(("sentence", "cut"), STRANDED)
def test_a_preposition_stranded_in_a_reported_relative_clause(sentence: str, cut: bool) -> None:
    """A relative clause's reported clause may leave its preposition at the end; the sentence is whole."""
    from analysis import check

    found = [f for f in check.check_text(f"T\n\n{sentence}", "2017-04-27").findings
             if f["kind"] == "truncated_sentence"]
    assert bool(found) == cut, found
