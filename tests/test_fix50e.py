"""A payment told as fact for a period its text fixes, and a possessive year standing for the payment (fix50e,
session 50).

Rows of my own (tests/cases/test_fix50e.csv, judged as :func:`test_years47.check_years47_claims` judges them).

- ``PAID_FIXED``: "Seoul paid some $1.3 billion for the garrison last year", "South Korea currently pays $10 billion
  annually" — a wrong payment whose own text fixes its period (a year, last/this year, now/currently) and whose verb
  states it as fact was withheld because it equals a demand row; the Convention "A period the text fixes" judges it
  against that period, so it would be ``contradicted``. The rule that did so (rules.paid_over_ask) was removed after
  review50e2 (hedging is an open class: "supposedly", "It is a myth that ...", "..., or so the rumour goes"): these
  rows are strict xfails, main's hold-back kept. ``PAID_FIXED_CTRL``: an ask ("wants ... to pay", "was told to pay",
  "refused to pay"), a modal, a condition, a negation, a claim or saying attributed, "reportedly", a payment with no
  fixed period and right figures in the same wording keep main's answer.
- ``POSSESSIVE_YEAR``: "The payment rises 8.2 percent this year, while last year's rose 3.5 percent" — a clause
  opening on a possessive year and a verb of change after a clause whose percent is the payment's: the elided noun
  is the payment, so its clause names it (rules.possessive_change in rules.sure_quantity); the wrong figure was
  withheld ("nothing in its clause names the payment") while the right one was supported. ``POSSESSIVE_YEAR_CTRL``:
  the right figure, a clause before about another quantity (defence spending, wages) and a noun after the possessive
  ("last year's inflation") keep main's answer.
- ``REVIEW50E_CTRL``: review50e's probes the first version got wrong (a headline, a question, a supposition, a line,
  belief or falsehood of a person or body named; a percent of another quantity before the possessive year) keep
  main's answer (possessive_change reads the percent's own clause and no other noun).
- ``REVIEW50E2_CTRL``: review50e2's probes the branch got wrong: 24 figures the writer does not assert ("Seoul
  supposedly pays ...", "It is a myth that ...", "Perhaps ...", "..., or so the rumour goes") keep main's
  ``unverifiable`` now that paid_over_ask and payment_doubted are gone; one possessive-year probe with a source and a
  gloss after the percent ("... in the Pentagon's books, a figure including rent") is a strict xfail
  (possessive_change, kept).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims


def check_fix50e_claims(published: str, text: str, needle: str, want: str) -> None:
    """Judge a row as :func:`test_years47.check_years47_claims` does, a "\\n" in its text a line break (a headline
    and its body: REVIEW50E_CTRL)."""
    check_years47_claims(published, text.replace("\\n", "\n"), needle, want)


test_fix50e_claims = table_test("test_fix50e", check_fix50e_claims)
