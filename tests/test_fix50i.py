"""Claim verdicts of a demanded percent or multiple whose clause names the ask's amount or the payment's (fix50i).

Rows of my own (invented officials, figures from data/*.csv) in tests/cases/test_fix50i.csv, read as
tests/test_years47.py's ``check_years47_claims`` reads its rows (wants: a verdict, "caught", "!supported", ...).

- ``ASK_PCT``: "The $1.3 billion request is 90 percent above what Seoul paid last year" was judged against the
  other asks on record and withheld; the ask's own amount, named as the subject with the payment named as the
  base, or as the target of the rise ("an increase of 75 percent to $1.3 billion"), is what the percent is of
  (frames.ask_of_percent), and who asked does not change that arithmetic (rules.own_ask_percent).
- ``ASK_TIMES``: "the U.S. ask is nearly ten times Seoul's current payment of about $890 million" read $890 million
  as the multiple's result ("grew the payment to ...", withheld); the payer's payment "of" an amount is the base
  (frames.payment_of_base), as after "than". Catching a round "nearly ten times" far above every multiple asked
  (rules.approx_above_record) was removed after review50i (it caught right or hypothetical wording), so these rows
  are strict xfails: main withholds them.
- ``REVIEW50I_CTRL``: review50i's probes the first version got wrong (a fall "down 74 percent from", a base "level
  of" another quantity, "nearly ten times" of another year, payer, forecast or ceiling): they keep main's answer.

The ``_CTRL`` tables are near misses that keep main's answer (no amount, another base or quantity, a forecast, a
ceiling) and right figures that stay supported.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fix50i_claims = table_test("test_fix50i", check_years47_claims)
