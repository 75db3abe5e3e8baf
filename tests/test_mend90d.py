"""review90's findings 7 and 8 and aside B, mended (mend90d): the reviewer's inputs and near misses of our own, each
with the reading it must have. Made-up sentences (the reviewer's probes and variants; places and people as they wrote
them, or Varna, Rome, Tamsk).

- WARNED_PAST (finding 7): a start word after a warning that is the object of the past act itself ("issued 60-day
  notices to its employees beginning on Jan. 29", "mailed the warnings to workers starting Jan. 29"), a threat carried
  out ("made good on its threat of tariffs starting in May"), an ultimatum with no "of": the act's own time, the past
  date. A start warned of that ended at most a quarter of a year before publication is the one just passed.
- WARNED_AHEAD (controls, date90d's rule kept): a noun of warning with "of", a participle with its object, a start
  over a quarter of a year back: the coming one.
- QUOTED_EVENT (finding 8): a quoted "today" / "this afternoon" whose tag ties the words to an event ("told reporters
  before the session") is no day a later "the previous day" / "the same day" counts from: the writer's last day does.
- QUOTED_TODAY (controls, date90d's rule kept): a tag with no event, a time phrase in the next sentence.
- ABOVE_BASE (aside B): "N percent above what <payer> paid in <year>" counts from that year (a payer of a few words
  before "paid in"), as "N percent more than" does. Control: the year before (the year's own change).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, dates_test, read_claims

# rows: tests/cases/test_mend90d.csv (table, text, published, a date's exact words, its start, its end, note)
test_mend90d_dates = dates_test(**case_tables("test_mend90d"))

ABOVE_BASE = [
    ("The 2019 payment was 9.3 percent above what the Moon government paid in 2017.", "9.3 percent above",
     "supported", 2017),
    ("The 2019 payment was 9.3 percent above the 2017 payment.", "9.3 percent above", "supported", 2017),
    ("The 2019 payment was 9.3 percent above what Seoul paid in 2017.", "9.3 percent above", "supported", 2017),
    ("The 2019 payment was 20 percent above what the Moon government paid in 2017.", "20 percent above",
     "contradicted", 2017),
    # control: the year before (the year's own change, no base year)
    ("The 2019 payment was 8.2 percent above what the Moon government paid in 2018.", "8.2 percent above",
     "supported", None),
]


@pytest.mark.parametrize(("sentence", "exact", "verdict", "since"), ABOVE_BASE)
def test_above_base_year(sentence: str, exact: str, verdict: str, since: int | None) -> None:
    claim = read_claims(sentence, "2020-03-01")[exact]
    assert claim.frame.quantity == "sma_change" and claim.frame.years == (2019,)
    assert claim.frame.since == since and claim.verdict in (
        (verdict,) if verdict != "contradicted" else ("contradicted", "misleading")), claim
