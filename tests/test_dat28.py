"""Dates and money on text no rule was written from (dat28, at the misses of the 80 articles moved from held-out to
dev): made-up sentences (Moon, Trump and Tokyo as public holders and governments; no article's words).

- FISCAL: a US mark right before the name of its forces ("spend ¥58 billion on U.S. forces in fiscal 2021") owns no
  fiscal year, as a country named as a place does not (`dates._not_owner`); controls: a US government named
  ("the Pentagon", "Congress"), and US forces as the only mark.
- TERM: a fronted term ("During his previous term in office, Trump ... then-President Moon") is the holder's the
  subject after its comma names (`dates._holder`); "his first-term" hyphenated (`dates._TERM_OF_OFFICE`); "since he
  took office" with a pronoun, the holder named before (`dates._holders_named`).
- ADJECTIVE: an "-ed" word between a preposition and a lower-case noun ("fears about prolonged tensions") is an
  adjective, no past verb (`dates._after_preposition`), with controls.
- NOITEM (tests/cases/test_dat28n.csv): controls where no date may overlap ``exact``.
- RINGGIT (tests/cases/test_dat28m.csv): the Malaysian ringgit prefix "RM" before a number is MYR
  (`amounts._CUR_PREFIX`) when the figure reads as money (a scale, a thousands group, decimals); a model name, a
  route code, a bill number and a US dollar amount as controls (review97).
- CONVERSION (tests/cases/test_dat28v.csv): a restatement in a currency the data has no rate of, of a figure judged
  not_checkable, is not_checkable too (`check._unchecked_conversions`, review97); a payment's stays unverifiable.
- review104 (mend104): "since he took office" takes no holder from the sentence before when its own sentence opens
  with a possessive or a holder's name (`dates._pronoun_holder`); a fronted term's subject followed by a lower-case
  plural ("Moon Jae-in critics") is a modifier (`dates._plural_noun`); "RM" with decimals is money only with two
  decimals or a scale ("RM1.50", "RM3.7bn"; not "RM2.0 software").
"""

from __future__ import annotations

from conftest import case_tables, dates_test, rows_test
from test_dates75 import check_no_item
from test_money48 import check_money48_amounts
from test_review92b import check_claim

test_dat28 = dates_test(**case_tables("test_dat28"))
test_dat28_no_item = rows_test(check_no_item, **case_tables("test_dat28n"))
test_dat28_money = rows_test(check_money48_amounts, **case_tables("test_dat28m"))
test_dat28_verdicts = rows_test(check_claim, **case_tables("test_dat28v"))
