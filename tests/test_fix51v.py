"""The length told of one named cost-sharing agreement, checked against its term (fix51v, session 51; issue #10).

Rows of my own (tests/cases/test_fix51v.csv, columns published, text, exact, want, xfail, note; each text one paragraph
after a lead sentence on the talks), checked with ``Tolerances.deal_terms`` (:mod:`analysis.terms`; on by default
since mend51v, the lead's decision of the fifty-first session). Each table's rows failed on main (no claim held a
length); its ``_CTRL`` table holds near misses that keep main's answer (no claim). Every length needs a cost-sharing
word in its sentence (mend51v):

- ``ORDINAL``: the agreement named by its number, in the length's phrase ("the six-year 11th SMA") or right before it
  ("the 10th SMA, a one-year deal", "was a two-year deal"); concluded by publication.
- ``YEARS``: named by its years ("the five-year 2014-2018 deal": the range is its term; "the 2014 deal": the one
  agreement begun or concluded that year).
- ``SIGNED``: named by when it was concluded, the act right before or after the length ("signed a six-year deal ...
  in April", "the one-year contract signed in March"), and no other agreement concluded in the sentence's dates.
- ``MEND`` (mend51v, at review51v's probes): the act's own date (the first in its clause after it, or one opening the
  sentence before its subject), "May" the month, a negation only before the length. ``MEND_CTRL``: the review's
  probes that the branch called wrongly ``contradicted`` (another signer, another clause's date, an aside running on,
  an ordinal of a generic noun, a negation, "first ... since", an expiry); ``RULE_CTRL``: the same with a cost-sharing
  word, so that each mended rule alone keeps main's answer."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import table_test
from test_review45 import LEAD, fits

from analysis.check import TOLERANCES, check_text

ON = dataclasses.replace(TOLERANCES, deal_terms=True)
OFF = dataclasses.replace(TOLERANCES, deal_terms=False)


def read_term(published: str, text: str, needle: str, on: bool = True) -> tuple[str | None, str | None]:
    """Return the verdict and evidence of the first claim holding ``needle`` (None, None when none does), the term
    check on or off.

    >>> read_term("2020-02-01", "The 10th SMA, a one-year deal, lapsed on Dec. 31.", "one-year")[0]
    'supported'
    >>> read_term("2020-02-01", "The 10th SMA, a one-year deal, lapsed on Dec. 31.", "one-year", on=False)
    (None, None)
    """
    report = check_text("T\n\n" + LEAD + text, published, tolerances=ON if on else OFF)
    claims = [c for c in report.claims if needle in c.exact]
    return (claims[0].verdict, claims[0].evidence) if claims else (None, None)


def check_fix51v_claims(published: str, text: str, needle: str, want: str) -> None:
    verdict, evidence = read_term(published, text, needle)
    assert fits(verdict, want), (verdict, evidence)


test_fix51v_claims = table_test("test_fix51v", check_fix51v_claims)


@pytest.mark.parametrize(("published", "text", "needle", "want"), [
    ("2021-06-01", "Lawmakers debated the 11th SMA, a five-year accord, for two hours.", "five-year", "contradicted"),
    ("2025-03-01", "Seoul and Washington struck a six-year cost-sharing deal in October 2024.", "six-year",
     "contradicted"),
])
def test_on_by_default(published: str, text: str, needle: str, want: str) -> None:
    """With the default tolerances a length is a claim (mend51v: on by default); turned off, none is."""
    report = check_text("T\n\n" + LEAD + text, published)
    assert [c.verdict for c in report.claims if needle in c.exact] == [want]
    assert read_term(published, text, needle, on=False) == (None, None)


def test_evidence_gives_the_term() -> None:
    verdict, evidence = read_term("2021-06-01", "Lawmakers debated the 11th SMA, a five-year accord, for two hours.",
                                  "five-year")
    assert verdict == "contradicted" and "2020-2025: 6 years" in (evidence or ""), evidence
