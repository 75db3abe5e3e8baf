"""Rows of the read-only reviews of the day's claim rules (reviewers' inputs, mended by the lead).

audit53 (fifteenth session):
a bare "national defense" is no defence-budget cue; "price tag" and "tab" are a demand only as the demanding side's,
and a passive "eyed" is none; a support noun before a payment noun of its own, or after "leaving aside", does not
claim the amount; "a X won base contribution" is a payment, not a base's price; a pegged change's budget cue does not
depend on where a search window ends; a range with years the data lack is never `supported`.

audit58 (sixteenth session): a country's name is a host of a troop count only as a place or a host ("in Jordan",
"Japan hosts"), not as a person's first name or a country named for another reason; a payment told as today's is not
the next deal's first year; the rate of the year before publication excuses no conversion of the year's own figure;
"first year-on-year" names no first year; a cover verb does not depend on where its search window ends.

review60 (seventeenth session): a count placed in Korea beside another force's words is no level of US troops; a
poll's preferred level is neither a fact told ("kept paying") nor an amount with its own year; "to support" is the
verb, not a sum of support; "It was X" takes no year from a sentence with a figure of its own; a won ask's evidence
names the dollar ask's own period.

The rows are data in tests/cases/test_audit53.csv, tests/cases/test_audit58.csv and tests/cases/test_review60.csv
(columns published, text, exact, want), judged as tests/test_years47.py judges its rows.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = {**case_tables("test_audit53"), **case_tables("test_audit58"), **case_tables("test_review60")}

#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_audit53_claims = claims_test(test_years47.check_years47_claims, **ROWS)


def test_cover_verb_does_not_depend_on_where_its_window_ends() -> None:
    """A cover verb cut by the search window ("goes to|ward") is none: the month's name, which moves where the window
    ends, does not change what the amount is read as covering."""
    from analysis.frames import Reader, annotate_text, covered_from

    def cue(month: str) -> bool:
        text = (f"The 1.4 trillion won Seoul pays this year under the deal signed in {month} after talks goes toward "
                "wages for Korean workers.")
        r = Reader(annotate_text(text))
        fig = next(iter(r.figures_in(0, len(text))))
        return covered_from(r, fig) < r.local(fig)[1]  # a cover verb found before the phrase's end

    assert cue("June") is cue("March") is False
