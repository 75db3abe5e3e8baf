"""Seoul's payment in other words: spent on, put toward, handed over or picked up for the US troops; the whole payment
told with its uses; years listed in a payment noun; a "then" step of a dated sequence (verd50b, session 50; issue #10).

Rows of my own (tests/cases/test_verd50b.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks). Each table's
rows failed on main (a right figure withheld, a wrong one not caught); its ``_CTRL`` table holds near misses that keep
main's answer: a US outlay, the defence budget, arms, another host, a part paid to the workers.

- ``OUTLAY``: "Seoul spent X on the U.S. troops", "will put X toward", "handed over X for", "picked up X of the cost
  of" with Korea named before the verb and the US forces right after the sum (frames.korea_outlay_for_us_forces).
- ``USES``: "the X Seoul paid in 2019 went to wages", "Seoul's payment this year is X, most of it spent on labor"
  (frames.whole_payment_told).
- ``LIST``: "Korea's payments for 2018 and 2019 were X and Y" (frames.subject_years).
- ``THEN``: "Korea paid X in 2013, then Y in 2014" (frames.then_dated).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_verd50b_claims = table_test("test_verd50b", check_years47_claims)
