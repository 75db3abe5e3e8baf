"""Seoul's payment in other words: spent on, put toward, handed over or picked up for the US troops; the whole payment
told with its uses; years listed in a payment noun; a "then" step of a dated sequence (verd50b, session 50; issue #10).

Rows of my own (tests/cases/test_verd50b.csv, columns published, text, exact, want, xfail, note; judged as
:func:`test_years47.check_years47_claims` judges them: one paragraph after a lead sentence on the talks). Each table's
rows failed on main (a right figure withheld, a wrong one not caught); its ``_CTRL`` table holds near misses that keep
main's answer: a US outlay, the defence budget, arms, another host, a part paid to the workers.

- ``OUTLAY``: "Seoul spent X on the U.S. troops", "will put X toward", "handed over X for", "picked up X of the cost
  of": strict xfails (main's answer); the rule was removed after review50b2 (it read a province's, a city's, Japan's or
  Korea's own troops' spending as the payment); its controls and review50b2's worse probes stay.
- ``USES``: "the X Seoul paid in 2019 went to wages", "Seoul's payment this year is X, most of it spent on labor"
  (frames.whole_payment_told; the workers named as base, USFK, Korean or civilian ones, and no soldiers, troops,
  military or army in the clause: mend50b2).
- ``LIST``: "Korea's payments for 2018 and 2019 were X and Y" (frames.subject_years).
- ``THEN``: "Korea paid X in 2013, then Y in 2014": strict xfails (main's answer); the rule was removed after
  review50b2 (it read the defence budget, F-35s or a city's payment after "then" as the payment).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_verd50b_claims = table_test("test_verd50b", check_years47_claims)
