"""Claim-frame classes the prober probec44 found (forty-fourth session: 100 outsider stories,
/work/wt/probes/probec44/results.md) and the right figures dev batch articles had `contradicted`, mended by shape;
rows in my own words, with near misses that keep their reading (tests/cases/test_cfix44.csv; columns as
tests/test_cfix43.py's):

- ``DOLLAR_CLAUSE`` (probe 1, two figures of one sentence): "in dollar terms" in one clause put a percent of another
  clause in dollars ("The 13.9 percent rise ... since 2003, when the payment rose about 17 percent in dollar terms"),
  and a dollar change of a year the data give in dollars was worked out from its won sum converted; the dollar words
  reach a figure only with no turn to another clause between (``rules.dollars_reach``), and a dollar change uses the
  data's own dollar figure where they hold one (``rules.Context.dollar_payment``). Near misses: the dollar words in
  the figure's own clause, right and wrong.
- ``SINCE_TOTAL`` (probe 1, headline): "paid $X since <year>" was read as one year's payment and contradicted, and
  "has paid X since <year>" named no range; the total adds up that year to the one before publication, or to the
  year of writing when only that sum holds (``frames.since_total_years`` in ``frames.total_term_years``; a past
  "paid X since <year>" in ``frames.paid_since``); one far off is withheld, never contradicted (a sum since a year
  may take in costs beyond the SMA). Near misses: a yearly sum since a year, a payment of a year.
- ``COST_SPLIT`` (dev 2009-04-18 Hankyoreh, the pair of right figures contradicted; cfix43's strict xfail, now a
  plain row): Seoul's part of a cost the American side shares with a sum of its own in a later clause ("Seoul would
  bear X of the costs, while the U.S. would bear Y") was read as the payment and contradicted; it is a project's
  split (``frames.split_with_us``). Near misses: the other clause with no American sum, right and wrong.
- ``TOTAL_BEFORE`` (probe 1): a won total whose years the sentence before gives ('... paid "$2.83 trillion" from 2005
  through 2008. The right total is 2.83 trillion won.') was judged as the year's payment and contradicted; a total
  named as the amount's subject in a sentence with no year takes the one range of the sentence before
  (``frames.total_years_before``). Near misses: a sentence before with no range, a year in the total's sentence.
- ``TOTAL_WRONG`` (probe 2): a wrong total over a range of years ("paid 4.07 trillion won under the 9th SMA, from
  2014 to 2018", 4,707 bn) was judged as each year's payment and withheld (unverifiable); an amount at least twice
  the largest payment of those years is no year's sum, so the total's verdict stands (``rules.total_beyond_years``
  in ``rules.total_or_yearly``). Near misses: a right total, a yearly word, an amount of a year's size.
- ``FORECAST_CLOSE`` (probe 2 and 6): "By 2025, the sum would top X, the ministry forecast" was judged as the 2025
  payment; an amount after "would" in a sentence closing on its source's forecasting verb is a forecast
  (``frames.forecast_attributed``), never contradicted. Near misses: a payment with a verb of saying, a forecasting
  verb at the close with no "would". Left: "top"/"exceed" as a floor (the bound is the amount extractor's).
- ``DEFINITE_CHANGE`` (probe 2): "A Korean-language daily put the rise at 9.3 percent" after a sentence telling the
  payment's change was withheld (frame not certain); a percent after a bare definite change noun ("put the rise at",
  "gave the increase as") is the change the sentence before told of the payment (``frames.definite_change`` in
  ``rules.sure_quantity``). Near misses: the right change, another quantity's change before.
- ``BASE_YEAR`` (probe 3): "Seoul's 2025 payment ... is up 12.5 percent from the 2022 payment" was judged as the
  year's change on the year before (unverifiable, or contradicted where that row exists); a base date more than a
  year before the change's own year, whatever gave it that year, is the year counted from (``frames.base_year``).
  Near misses: a base year as before, the year before, a wrong change from the base year.
- ``MULTIPLE_FROM`` (probe 3): "rose from $150 million in 1991 to about $890 million this year, almost sixfold" was
  withheld ("the year it counts from is not named"); a base told "from <amount> in <year> to" right before the level
  names that year (``rules.from_amount_year`` in ``rules.amount_is_level``), and when the sentence tells both ends in
  dollars the multiple is counted in dollars (``rules.span_currency`` in ``rules.multiple_since``). Near miss: "since
  <year>" with no amount.
- ``ASK_HEAD`` (probe 1, headline): "Seoul and the $X ask" was read as Seoul's offer and contradicted; a figure
  modifying a demand noun ("ask", "demand") is the demand whoever the subject is (``frames.named_demand``). Near
  miss: an offer noun.
- ``QUOTED_SINCE`` (probe 2): 'A blog said it rose "twentyfold" since ...' was withheld (no amount); "since <year>"
  after the multiple's closing quote names the year it counts from (``frames.since_year``), right or wrong. Near
  miss: the unquoted one.
- ``UNMENDED`` (strict xfail, out of time): a troop level with no troop noun ("The USFK is X strong"), a list item's
  percent ("2021: X, up P%"), an amount the text calls another year's figure within 10 % of the named year's.
"""

from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix44.csv
test_cfix44 = table_test("test_cfix44", check_claims62)
