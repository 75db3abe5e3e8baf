"""Review48c's findings on this session's claim gates, mended by the lead (mend48c): a rise of host-nation funding or
of funding for the American military presence is tied to the payment (``guards.paying_tie``), while a forecast's wide
ties (tie words, Korea handing a sum over, the US forces as its purpose, a retold "the outlay") do not count for a sum
that prices a thing ("a $5 billion arms package": ``guards.priced_thing``), for a clause naming another country
("host-nation support in Japan", "American troops in Germany": ``guards.other_country_named``), nor for a thing built
(a base, barracks, a port project: its price, whoever pays it); a singular "dollar" before a hyphenated or number-led
noun sizes the thing (``guards._NOUN_NEXT``).

Rows of my own in tests/cases/test_mend48c.csv (columns as tests/test_mendf48.py's; each text follows its lead):
``TIED_RISE`` (contradicted), ``ELSEWHERE`` (not_checkable), ``MEND48C_CTRL`` (as before).
"""

from __future__ import annotations

from conftest import table_test
from test_mendf48 import check_mendf48

test_mend48c = table_test("test_mend48c", check_mendf48)
