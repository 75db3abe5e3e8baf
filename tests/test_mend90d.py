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
from conftest import dates_test, read_claims

WARNED_PAST = [
    ("USFK issued 60-day notices to its Korean employees beginning on Jan. 29.", "2020-04-03", "on Jan. 29",
     "2020-01-29", "2020-01-29"),
    ("USFK mailed the warnings to workers starting Jan. 29, a spokesman said.", "2020-04-03", "Jan. 29", "2020-01-29",
     "2020-01-29"),
    ("Washington made good on its threat of tariffs starting in May, imposing them on schedule.", "2020-06-20",
     "in May", "2020-05-01", "2020-05-31"),
    ("Trump issued an ultimatum to Seoul effective March 1, and the deadline passed.", "2020-06-20", "March 1",
     "2020-03-01", "2020-03-01"),
    # near misses of our own: a carried-out threat months back, a warning to someone, a start just passed
    ("Varna carried out its threat of levies on Dovran steel starting in January.", "2020-06-20", "in January",
     "2020-01-01", "2020-01-31"),
    ("Rome sent a warning to Tamsk starting in February.", "2020-06-20", "in February", "2020-02-01", "2020-02-29"),
    ("Rome sent a letter warning of levies on Tamsk steel starting in May.", "2020-06-20", "in May", "2020-05-01",
     "2020-05-31"),
]

WARNED_AHEAD = [
    ("Lee spoke a day after Varna sent a letter warning of 25% levies on Dovran imports starting in August.",
     "2025-07-09", "in August", "2025-08-01", "2025-08-31"),
    ("Varna issued a threat of levies on Dovran steel beginning in September.", "2025-07-09", "in September",
     "2025-09-01", "2025-09-30"),
    ("Varna sent a letter warning Tamsk of levies starting in January.", "2020-06-20", "in January", "2021-01-01",
     "2021-01-31"),
    ("Rome issued notices of furloughs beginning on April 1.", "2020-03-20", "on April 1", "2020-04-01", "2020-04-01"),
]

QUOTED_EVENT = [
    ('Talks resumed in Seoul on Tuesday.\n\n"We hope to narrow the gap today," Jeong told reporters before the '
     "session.\n\nThe previous day, the U.S. delegation arrived at Osan.", "2019-11-21", "The previous day",
     "2019-11-18", "2019-11-18"),
    ('The fourth round opened in Honolulu on Monday.\n\n"This afternoon we will table a new proposal," an aide said '
     "before the talks.\n\nThe same day, the U.S. delegation arrived at Osan.", "2019-11-21", "The same day",
     "2019-11-18", "2019-11-18"),
    # near miss of our own: the tie before the quotation
    ('Talks began on the 24th.\n\nAhead of the meeting, an aide said: "We sign today."\n\n'
     "In a call the previous afternoon, Lee spoke.", "2020-04-01", "the previous afternoon", "2020-03-23",
     "2020-03-23"),
]

QUOTED_TODAY = [
    ('Talks began on the 24th.\n\n"We wait until this afternoon," an aide said.\n\n'
     "In a call the previous afternoon, Lee spoke.", "2020-04-01", "the previous afternoon", "2020-03-31",
     "2020-03-31"),
    ('Talks began on the 24th.\n\n"We sign today," an aide said. Before the meeting, Lee left.\n\n'
     "In a call the previous afternoon, Lee spoke.", "2020-04-01", "the previous afternoon", "2020-03-31",
     "2020-03-31"),
    ('Talks began on the 24th.\n\nA source said of the results, "We will have to wait until this afternoon."\n\n'
     "In a briefing the previous afternoon, Lee spoke.", "2020-04-01", "the previous afternoon", "2020-03-31",
     "2020-03-31"),
]

test_mend90d_dates = dates_test(WARNED_PAST=WARNED_PAST, WARNED_AHEAD=WARNED_AHEAD, QUOTED_EVENT=QUOTED_EVENT,
                                QUOTED_TODAY=QUOTED_TODAY)

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
