"""Review48's findings 1 and 2 on contra48's gates, mended (mendc48): a troop count whose subject names the US force in
Korea is the level however its year is found, and a percent rise whose phrase names the payment by any word of paying
(``frames.payment_words``: "funding", "provides", "stationing") is tied to it.

Rows of my own in tests/cases/test_mendc48.csv (columns as tests/test_contra48.py's):

- ``FORCE_NAMED``: "U.S. Forces Korea had some 41,000 troops last year", "USFK numbered", "troop strength in South
  Korea stood at", "the American garrison on the Korean Peninsula": still caught (rules.korea_force_before);
  ``FORCE_NAMED_CTRL``: a count of others the force joined, a count at drills: not judged.
- ``FUNDING_RISE``: a wrong rise of "its funding for the U.S. troops", of "what Seoul provides": caught
  (guards.change_untied reads frames.payment_words); ``FUNDING_RISE_CTRL``: a bare rise stays unjudged.
"""

from __future__ import annotations

from conftest import table_test
from test_contra48 import check_contra48

test_mendc48 = table_test("test_mendc48", check_contra48)
