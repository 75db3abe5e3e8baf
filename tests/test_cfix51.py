"""Claim verdicts of session 43 (cfix51, issue #10): a right figure is never called contradicted for being read as
the payment's year-on-year change, its yearly level or the troop level when its own words make it another base,
another quantity or a part. Classes of wording in my own words (made-up sentences with real figures from
data/sma_contributions.csv and data/troops.csv), labelled by the Conventions of tests/corpus/README.md before the tool
ran on them; rows as in tests/test_cfix50.py (publication day, text, the claim's words, the verdict wanted, words its
evidence must name); each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_cfix51.csv.

- OTHER_BASE: a percent judged as its year's change over the year before whose own phrase counts it from another base
  or period ("its cumulative increase since 2014 reaching 29 percent", "21 percent higher than in the first year of
  the previous deal", "Since the first SMA in 1991, ... more than 800 percent", "46 percent above 2019", "an average of
  3 percent per year" since 2005) is judged on the bases its sentence allows (``rules.counted_from_other``,
  ``rules.other_base_cue``, ``rules.base_years``): supported when one fits; against the previous deal's (or a deal's
  first year's) payment when every reading is on record ("30 percent more in 2022 than under the previous agreement":
  against 2019); else unverifiable. Near misses kept: a wrong rise over the year before ("from the previous year",
  "than in 2025", "than in the last year of the previous deal", dev's "more than it paid under the previous
  agreement"), "the biggest rise since 2014" (a rank, not a base), a base the frame already reads.
- ASK_BASE: a percent set right after its word of comparison against an ask or offer ("14 percent below the 1.2
  trillion won Washington had sought", "20 percent lower than the figure the Trump administration demanded":
  ``rules.ask_base``) is counted from that ask: unverifiable, not the year's change. Near misses kept: "as Washington
  had demanded", a comparison after a comma.
- SINCE_READING: a change counted from a base year, or over a span, called false is supported when from that base
  it holds to another year its sentence names or to the publication's ("28.6 percent over 2014" beside "the frozen
  2020 level", told in 2021), or, when a count of years set the span, from the year either side of its first ("10.4
  percent in the five years through 2018": 2013; ``rules.since_readings``). Near misses kept: a figure no reading
  fits; a span the text ends itself ("between 2014 and 2018") is not moved to another end year.
- OTHER_SUBJECT: a percent whose clause's subject is another quantity ("the number of Korean workers at US bases fell
  3 percent", a contribution to UN peacekeeping: ``frames.other_subject``; past an aside naming the payment: "The
  number of USFK's Korean workers, whose wages the payment covers, fell 4 percent": ``frames.change_subject``) or
  that restates a share after "or" ("less than half of the cost, or about 45 percent": ``frames.restated_share``) is
  not the payment's change: not_checkable; a share's level after "from about 40 percent in 2014 to" (a year is no
  range's first number: ``frames.share_level_named``) and a change in percentage points (``rules.points_change``)
  are withheld. Near misses kept: the payment as the subject (also before an aside), a contribution to the upkeep of
  the troops.
- TROOP_PART: a troop count off the level that names one service or one area ("soldiers of the US Army", "belong to
  the Army", "the Army has", "in the Pyeongtaek area"), one of two parts told together ("with another 3,500 on
  rotation") or those a move "would" touch ("would be affected": ``rules.force_part``) is a part of the force:
  not_checkable. Near misses kept: the level misstated, with or without a speaker, "another" in another clause.
- TOLD_TOTAL: "All told, Seoul has paid more than 20 trillion won since the first deal", "has paid ... to date": a sum
  paid up to now over years the text does not give (``rules.told_as_total``): unverifiable. Near misses kept: "a year"
  after "Since 2021, Seoul has paid", this year's payment.
- IN_KIND: "counting the land it provides for free" (``rules.counts_in_kind``): a wider sum, unverifiable. Near miss
  kept: "Not counting the land".
"""
from __future__ import annotations

from conftest import table_test
from test_claims62 import check_claims62

# rows: tests/cases/test_cfix51.csv
test_cfix51_claims = table_test("test_cfix51", check_claims62)
