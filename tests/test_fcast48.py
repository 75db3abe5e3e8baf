"""Figures the data do not cover, read as ``unverifiable`` (fcast48, issue #10: the largest class of verdict misses,
"want not_checkable, got unverifiable").

Rows of my own (made-up sentences and things; payments are the data's figures), in tests/cases/test_fcast48.csv
(columns published, text, exact, want, xfail, note; ``want`` as tests/test_review45.py's ``fits``; a text with a blank
line is a headline and body, any other follows the lead sentence of tests/test_years47.py):

- ``UNNAMED_OTHER``: an amount framed as Seoul's payment whose clause names no payment, and whose own words or size
  make it another quantity: a singular "dollar" (an adjective: "a two-billion-dollar system"), or under a hundredth
  of the payment it is judged by with no unit slip of one (a budget line, cents): not judged (``not_checkable``,
  guards.unnamed_other via rules.withheld); ``UNNAMED_CTRL``: a sum of the payment's size told loosely ("The sum was
  $2 billion", "At stake: $3 billion"), and a thousandth-of-the-payment unit slip, stay ``unverifiable`` (as
  tests/test_frames.py's GATED rows and tests/test_weakev70.py's CAP rows settle); a wrong payment its clause names is
  still caught.
- ``FORECAST_UNTIED``: a forecast (or a quoted forecast) the rules soften to ``unverifiable`` ("not refuted by what
  happened later") whose clause ties it neither to the payment nor to an ask of it (a runway's, a harbor's cost): not
  judged (guards.forecast_untied); ``FORECAST_CTRL``: forecasts tied by a payment word, Seoul handing the sum over,
  a pronoun for the payment just told, an amount of the payment's size, an ask: still ``unverifiable``.
- ``YEARLY_TOTAL``: a one-year "total" its own words make yearly ("X ($Y) every year over the next five years") is
  that year's payment (rules.total_stated); the control, a sum over the term, is unchanged.
"""

from __future__ import annotations

import test_years47
from conftest import table_test
from test_review45 import fits

#: Words of the evidence of a figure these rules withhold as another quantity.
WHY = ("sizes a thing", "of the payment it was judged by and no unit slip", "may be of another quantity",
       "only a figure that is surely the quantity the data cover gets a verdict")  # verd55


def check_fcast48(published: str, text: str, exact: str, want: str) -> None:
    """Each row's claim gets its verdict; one withheld as another quantity says why."""
    verdict, evidence = test_years47.read_verdict(published, text, exact)
    assert fits(verdict, want), (verdict, evidence)
    if want == "not_checkable" and verdict is not None:
        assert any(w in evidence for w in WHY), evidence


test_fcast48 = table_test("test_fcast48", check_fcast48)
