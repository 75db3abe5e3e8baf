"""A change under an agreement named by an ordinal in words and a plain noun (fix50d, session 50).

Rows of my own (tests/cases/test_fix50d.csv, judged as :func:`test_years47.check_years47_claims` judges them).

- ``WORD_DEAL``: "The seventh pact lifted Korea's contribution N percent" (a percent with no year of its own, its
  clause naming one agreement as "the <ordinal in words> deal/agreement/accord/pact") is the agreement's first-year
  change, as "the 7th deal" and "the seventh SMA" already were (frames._DEAL_OR_PLAIN in frames.deal_term_years);
  main read it as the publication year's change. ``WORD_DEAL_CTRL``: a change with its own year, a round of talks,
  a year of the deal named, two deals, an ordinal counted within something else ("of the Moon era", "since 2010"),
  a payment (not a change) and a deal governing another clause keep main's answer. ``REVIEW50O_CTRL``: review50o's
  16 probes the first rule made worse ("The first deal under Moon ...", "The eighth deal by Kang's count ..."): the
  plain noun is read only for fifth..thirteenth and only before a comma/semicolon or a change verb.
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fix50d_claims = table_test("test_fix50d", check_years47_claims)
