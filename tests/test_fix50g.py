"""Dates hunt50c read wrong (fix50g), on made-up sentences (invented places Kelmara, Brastow), each rule with
near-miss controls that keep main's reading:

- SET_OFF_PLAN: a set-off "originally/initially planned (scheduled, set, slated) for X" whose sentence's verb after
  the closing comma is past tells no future: X is read with no tense (`dates._set_off_plan_past`).
- NEXT_DECADE: "over/in the next decade" was the ten years from publication (`dates._next_decade_calendar`;
  hist58d: the ten calendar years after publication's).
- SEASON_YEAR: "<season> last/next year" is one item, that season of that year (`dates._season_rel2`).
- HALF_CODE: "H1 2023", "2H 2022", "3Q 2021" are that half or quarter (`dates._half_code`).
- LENGTH_FROM: "would cover five years from 2027", "met for four days from May 7": the length from its first year or
  day (`dates._years_lasting`, `dates._days_lasting`).
- PART_THIS_MONTH: a past "late/early this month" holding publication ends at publication (`dates._part_told_past`).
- REVIEW50G_CTRL: the review's 11 probes the first version read worse, kept at main's reading: a set-off plan whose
  sentence names a year or whose move is told on a weekday, or whose past reading lies > 120 days back; "the next
  decade" after a year told or before "the 2030s"; a half code near "fiscal"/"FY" or before "model".
"""

from __future__ import annotations

from conftest import case_tables, dates_test

test_fix50g = dates_test(**case_tables("test_fix50g"))
