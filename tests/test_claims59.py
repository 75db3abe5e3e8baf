"""Verdicts of the fifty-first batch's classes (b51v, seventeenth session; issue #10).

The fifty-first batch (6 dev articles) was scored once at merge before anyone read its misses: a right figure called
``contradicted`` and its one wrong figure not caught. The rows are sentences of my own in the news English of the
subject (made-up officials), right figures from data/sma_contributions.csv, data/demands.csv and
data/exchange_rates.csv and wrong ones, with controls; data in tests/cases/test_claims59.csv (columns published, text,
exact, want, xfail, note; wants as in tests/test_years47.py), written before the rules.

- ``SUPPORT_SUM``: an amount its clause calls "support" ("full support to US forces for X", "total support worth
  X") with no cost-sharing word, no period, and many times any annual payment (``Tolerances.support_factor``) with no
  unit or currency slip of a figure on record is a total of Seoul's support, ``not_checkable``
  (check.support_sum); a won-as-dollars slip of the payment is still caught.
- ``POLL_CAP``: an amount after a share of people polled holding a view ("60 percent want the cost to remain below
  X") or the people polled ("respondents said Seoul should pay at most X"), with a word of a preferred level between,
  is a poll's preference, ``not_checkable`` (check.poll_preference); its conversion is still checked, and a payment
  in the poll's sentence with no such word is not touched.
- ``PAID_PROVIDES``: "a major increase from the approximately $1 billion per year Seoul currently provides" is the
  payment stated as fact (frames.provided_relative beside frames.paid_relative), not the US demand its clause is
  about.
- ``WON_OF_ASK``: a demand told in won that a reported dollar demand of its actor and time comes to at the average
  rate of the year it was made ("should pay 13 trillion won a year" for the $10 billion of October 2024) is
  ``supported`` (rules.converted_demand); a won figure far from any converted ask, or told before the ask, stays
  ``unverifiable``.
- ``IT_BEFORE``: "South Korea and the U.S. agreed to contribute to South Korea's defense costs in 2026.\n\nIt is
  worth 1.5 trillion won" (a broadcast transcript, one sentence a paragraph): a payment in a sentence opening "It is
  (worth)" or "That is" with no year of its own is of the one year the sentence before names after its payment word,
  when that sentence has no amount of its own (frames.it_year_before in frames.bind_years).
- ``SUGGEST_ASK``: "He claimed South Korea should cover more costs for U.S. troops, suggesting a $10 billion annual
  contribution" was read as Seoul's offer: "suggest" after the payer is told in its clause it should pay more is the
  paid side's ask (frames.suggested_ask in frames._read_money); Seoul's own suggestion stays an offer.
- ``TITLE_TWO``: "Trump claimed ..., a deal later nullified by his successor, Joe Biden. The former president
  suggested South Korea should contribute $10 billion annually" bound the ask to Biden (the last person the title
  fits): a title opening its sentence that fits two people named in the sentence before binds no one
  (frames.title_ambiguous in frames.president_named), so the ask is judged against the asks of its time; one person
  named keeps the title his.

Rows the rules leave wrong are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

#: The classes and how many rows each holds, controls and strict xfails included.
ROWS = case_tables("test_claims59")  # tests/cases/test_claims59.csv
#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims59_claims = claims_test(test_years47.check_years47_claims, **ROWS)
