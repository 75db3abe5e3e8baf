"""Claim verdicts on text nobody wrote a rule from (years47, fourteenth session; issue #10).

Rows of my own, written as a fact-checker writes news English before the tool was run (made-up officials; right
figures from data/*.csv and wrong ones: unit slips, a wrong year, a demand given as a payment, a rounded figure, a
conversion at a wrong rate), each with its verdict per the Conventions of tests/corpus/README.md, and controls beside
each. The rows are data in tests/cases/test_years47.csv (columns published, text, exact, want, xfail; a text with a
blank line in it is a headline and its body, any other is one paragraph after a lead sentence on the talks). Wants:
a verdict, "caught" (contradicted or misleading), "!supported" (caught or withheld), "not_contradicted", and
"not_checkable" (also when no claim holds the words).

Classes fixed here:

- ``YEAR_LENT``: a figure with no year of its own does not take the year of another figure's phrase. A count is
  blocked by another count as an amount by another amount ("had 37,500 troops in Korea in 2004 and now has 28,500":
  28,500 was judged as 2004's and ``contradicted``; frames.counts_beside); a payment its own stretch tells "now" or
  "today" is not read as of another amount's year (rules.others_own_years through frames.present_own), nor as last
  year's payment when an agreement concluded by publication sets this year's and the sentence names an earlier year
  (rules.present_agreed); "the new deal raises that by N percent" after a payment of 2019 is no rise of an agreement
  whose first rise came by 2019 (rules.deal_newer_than).
- ``THAN_YEAR``: a percent "more than (Seoul paid) in <year>" is counted from that year (frames.than_year): "the 2026
  figure is 8.3 percent more than Seoul paid in 2021" was read as 2026 on 2025 and ``supported``.
- ``PAID_THEN``: "Seoul now pays twice what it paid in 2009" is the present payment over 2009's
  (frames.paid_then_year); it was bound to 2009 with no amount to compare (``unverifiable``).

A second batch, written after those fixes and before running the tool again (``YEAR_LENT_PCT``, ``HEDGE``,
``SLIP``, ``MORE_PHRASES``), found no verdict that a small rule of mine fixes: its misses are strict xfails.

- ``CONTRAST`` (a third batch, before its run): "Seoul paid X in 2019, whereas it currently pays Y" with Y equal
  to 2019's payment was withheld as "probably right, read in the wrong frame"; the present its own stretch tells fixes
  its period as "in 2025" would (frames.present_fixed in rules.elsewhere), so it is ``contradicted``.

- ``ACROSS`` (a fourth batch, before its run): "Seoul paid X in 2019. It now pays Y." — the earlier year may be in
  the sentence before, in the same paragraph (frames.with_sentence_before in rules.present_agreed).

- ``ASK_BY_TIME`` (a fifth batch, before its run): "The $1.3 billion ask is nearly 50 percent more than Seoul paid
  in 2019" (published 2020) was judged against the demands made in 2019 (unverifiable): a date after "than" is the
  base's (frames.than_base), so the demanded rise is judged against the demands made by publication, as it is after
  "from last year".

- ``CLAIMS_OF_RISE`` / ``RISE_AMOUNT`` (a sixth batch): "Seoul's payment rises by about 144 billion won this year"
  was read as the payment and ``contradicted`` (a right figure): the present "rises", "grows", "falls" join the verbs
  of change before an amount (frames._CHANGE_BEFORE); and a year's rise in money that a figure read as the payment
  equals now withholds the verdict as another reading does (the rise shares the payment's data row, so it was
  dropped as "weighed already": rules.Row.step in rules.elsewhere).

- ``ASK_MULTIPLE`` (an eighth batch): in "the $5 billion ask is five times the $1.9 billion Seoul pays this year"
  the base was withheld (a demand word governs its clause); a relative clause in the present ("the X Seoul pays",
  "the X it now pays") states a payment as fact, as "the X Seoul paid" did (frames._PAID_RELATIVE).

- ``LISTS`` (a ninth batch): the third amount of "Seoul paid X, Y and Z in 2019, 2021 and 2022, respectively" was
  read as no quantity the data covers (not_checkable): the list's other members stood between it and "paid"; members
  of its own "respectively" list no longer block a cue (frames._own_cues).

- ``QUOTE_OPENER`` (from the forty-fifth batch's misses, after the merge; rows of my own first): a figure inside a
  quotation that names no date ("In early 2019, Trump called for allies to pay 'cost plus 50 percent'") never took
  the date opening its sentence (dates outside a quote do not bind a quoted figure), so it was read as of the
  publication year and matched 2020's ask; the fronted date of its sentence, within one year, now binds it
  (frames.quote_opener in frames.bind_years).

The other tables (payments for a year or a range, percents, demands, offers, forecasts, hypotheticals, quotes,
headlines, comparisons, conversions, several figures in one sentence, quantities that stay not_checkable, troops)
hold rows the tool already judged right and the rows left as strict xfails with their reason.
"""

from __future__ import annotations

from conftest import table_test
from test_review45 import LEAD, fits


def read_verdict(published: str, text: str, needle: str) -> tuple[str | None, str | None]:
    """Return the verdict and evidence of the first claim holding ``needle`` (None, None when none does): a text with a
    blank line is a headline and its body, any other one paragraph after :data:`LEAD`.

    >>> read_verdict("2019-12-01", "Seoul paid 1.0389 trillion won in 2019.", "1.0389 trillion won")[0]
    'supported'
    """
    from analysis import check

    full = text if "\n\n" in text else "T\n\n" + LEAD + text
    claims = [c for c in check.check_text(full, published).claims if needle in c.exact]
    return (claims[0].verdict, claims[0].evidence) if claims else (None, None)


def check_years47_claims(published: str, text: str, needle: str, want: str) -> None:
    verdict, evidence = read_verdict(published, text, needle)
    assert fits(verdict, want), (verdict, evidence)


test_years47_claims = table_test("test_years47", check_years47_claims)
