"""Amounts with no payment noun beside them, read as the year's payment when a known shape says so (fix51v4, session
51; issue #10: every number checked against sourced data).

Rows of my own (tests/cases/test_fix51v4.csv, columns published, text, exact, want, xfail, note; each text one
paragraph after a lead sentence on the talks), with the data's real figures (payments of 932.0 bn won in 2015, 944.1
in 2016, 950.7 in 2017, 960.2 in 2018, 1,038.9 in 2019 and 2020, 1,183.3 in 2021, 1,247.1 in 2022, 1,519.2 in 2026).
Each finding table's rows failed on main (read as "other": a wrong figure missed, a right one not checkable); its
``_CTRL`` table holds near misses that keep main's answer:

- ``DEAL`` (:func:`analysis.frames.deal_set_year`): "the (new|current|11th ...) deal/agreement/accord" with a word
  of the cost-sharing in its sentence, or a subject named as the cost-sharing's ("the SMA", "the Special Measures
  Agreement", "the cost-sharing deal"), with a verb that fixes an amount (keeps, freezes, sets, lifts, raises, caps,
  fixes), a year as its object and "at"/"to" the amount is that year's payment; "keeps 2020 at the 2019 level, X" is
  judged against 2020, the frozen year's own row; so is the same verb coordinated right after an amount the deal set.
  Never "it", never a trade or tariff accord; withheld (main's reading) when the agreement holding the year was
  concluded after the article (:func:`analysis.frames.set_after`). Controls (mend after review51v4): "it" after a
  sentence naming a deal, a tentative or rejected deal, a trade accord, a deal with no cost-sharing word, another
  subject, a noun after the year, no amount, another quantity's cue, rows right on main already.
- ``LIST`` (the double hyphen in :data:`analysis.frames._ITEM_YEAR_LEAD`, :func:`analysis.frames.dashed_not_payment`):
  "Seoul's payments: 2017 -- X; 2018 -- Y" (or one item a line): each amount after "<year> --" in a list opened by
  Seoul's payment noun is that year's payment. Controls: lists of defence budgets, US spending, another payer's
  payments, troop costs and asks (a "--" list whose head is not Seoul's payment keeps main's reading), "<year>:"
  items (right on main).
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict
from test_fix51v3 import read_fix51v3 as read_fix51v4

test_fix51v4_claims = table_test("test_fix51v4", check_fix51v3_claims)


def test_frozen_year_is_judged_against_its_own_row() -> None:
    """'keeps 2020 at the 2019 level, X': X is what 2020 pays, so the evidence names the 2020 payment."""
    _, evidence = read_fix51v4("2021-03-11", "The cost-sharing accord freezes 2020 at the 2019 level, 1.4389 trillion "
                               "won.", "1.4389")
    assert "2020 payment" in evidence, evidence


def test_items_of_a_list_of_lines_take_their_own_year() -> None:
    """A right figure in a list of lines is judged against its own year (main judged it against 2019)."""
    text = "Seoul's payments:\n2017 -- 950.7 billion won\n2018 -- 960.2 billion won"
    verdict, evidence = read_fix51v4("2019-11-20", text, "950.7")
    assert verdict == "supported" and "2017 payment" in evidence, evidence
