"""The over-reach review78 found in fresh77v's frame rules, mended (mendv78, twenty-third session; issue #10: catch
every wrong figure, never call a right one wrong).

Each table holds review78's sentence of one finding (the wrong reading it named now read right), sentences of my own
in its shape, and CONTROL rows: the sentences the rule was written for (tests/cases/test_fresh77v.csv), which must
still read as before.

- ``SUPERLATIVE_OWNER``: a superlative whose "of / for X" names another country or side ("the largest increase for
  Japan in 16 years", "for Washington") is not Seoul's: no claim (``frames.superlative_owner``); "for Seoul", "for
  Korea" and a slot that names no one ("of its kind") stay Seoul's;
- ``MANDATIVE_TERMS``: "that Seoul pay X" is a demand only when the US side asks (``frames.mandative_pay``): not when
  the Korea side holds the word before "that" ("Trump rejected Seoul's condition that", "Seoul's proposal that"), nor
  after a verb of terms with a phrase between ("It was stipulated in the annex that", "specified that") or a noun of
  terms no US side holds ("the deal's terms state that", "under the condition that": ``frames._TERMS_THAT``, its own
  window ``TERMS_THAT_BACK``); "Washington's condition that" stays an ask;
- ``SUMMED_HEAD``: "totaling / set at X" after a coordination ("the upkeep of the troops and the wages of Korean
  workers, totaling X") or an adverbial ("despite", "in line with", "after") sums the clause, not the noun before the
  comma (``frames._SUMMED_HEAD`` in ``frames.reduced_relative_head``); a sum of a defence budget's order keeps the
  budget's head;
- ``UNEXECUTED_SUBJECT``: money "not (yet) executed / disbursed" is a part only with the amount as its subject after
  it (``frames.unexecuted_part``): not the deal's ("The deal, which has not yet been executed, sets Seoul's payment at
  X"), not "Seoul's payment of X has not yet been executed" (the whole payment).

fresh77v's ``_AT_REQUEST`` lookahead for a capitalised possessive did nothing under ``re.I``; it is case-bound now
(a doctest of ``frames.at_request``).

Rows: tests/cases/test_mendv78.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check
(each text one paragraph after the lead sentence of tests/test_review45.py; payments and rises are the data's,
data/sma_contributions.csv, the $5 billion ask data/demands.csv's).
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_mendv78_claims

#: Each row of tests/cases/test_mendv78.csv reads as it wants (tests/test_frames64.py's check).
test_mendv78_claims = table_test("test_mendv78", check_mendv78_claims)
