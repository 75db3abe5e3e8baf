"""No exception from ``check`` on plausible news text (crash80).

A real article crashed ``check`` with a ValueError in frames.joined_figures ("about 50,000 and 28,500 U.S. troops
in Japan and Korea respectively"); the property tests never built that shape. tests/crash80_texts.py makes
articles of the shapes news prints from the dev corpus's own sentences (lists and ranges of figures,
"respectively", swapped and edge figures, spliced quotations, headlines of body sentences); a hunt over about
35,000 of them found five more causes of crashes (nine places that raised), each fixed where it was:

- a sum or a multiple of zero ("pays $0", "0 times what Seoul pays", "nearly $0.0") divided by in
  ``rules.compare``, ``_matches``, ``bound_at_rate`` and ``multiple_verdict`` (ZeroDivisionError): now
  ``rules.zero_figure`` leaves it unverifiable before any rule runs, and ``compare`` reads a zero without a ratio;
- a conversion with a side of zero ("$0 (1 trillion won)", "1.389 trillion won, or 0 million", "$0 ($854 million)")
  divided by in ``converted_at`` and ``unit_missing_conversion`` (ZeroDivisionError): ``conversion_stated`` finds
  no rate in it;
- a payment whose frame binds no year read its first year in ``rules.not_yet_agreed`` (IndexError);
- "between FY2020 and 2014" after "U.S." (a fiscal year, no calendar year) had its first year read from none in
  ``frames.between_years`` (IndexError);
- a day-first pair of days not in order ("12 and 12 December") asked the pattern for a second month it does not
  have in ``dates._day_span`` (IndexError).

:func:`test_sample_of_plausible_texts_raises_nothing` runs a fixed sample (the first seeds, and the seeds whose
texts crashed main's code) through ``check_text``; the rows keep each minimal text's reading, with near misses
that must not change.
"""

from __future__ import annotations

import pytest
from conftest import case_tables
from crash80_texts import crash, make_text

from analysis.check import check_text

#: The first seeds of the generator, and the seeds whose texts crashed main's code before crash80.
SEEDS = [*range(200), 20076, 21353, 30020, 30195, 30286, 31011, 31716, 43358, 102519, 114679]


def test_sample_of_plausible_texts_raises_nothing():
    crashes = {}
    for seed in SEEDS:
        text, published = make_text(seed)
        signature = crash(text, published)
        if signature is not None:
            crashes[seed] = signature
    assert crashes == {}


#: The rows of tests/cases/test_crash80.csv, each with its note: (publication day, minimal text, the claims after the
#: fix as "exact=verdict" joined by ";"). Near misses (a non-zero sum, a multiple, a full pair) keep main's verdicts.
ROWS = case_tables("test_crash80")["ROWS"]


@pytest.mark.parametrize(("published", "text", "claims"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_minimal_text_is_checked(published, text, claims):
    report = check_text(f"Title of the story\n\n{text}", published)
    assert ";".join(f"{c.exact}={c.verdict}" for c in report.claims) == claims


#: (publication day, text, the dates read (exact, first day)): a day-first pair out of order is one day; near miss:
#: days in order.
DATE_ROWS = [
    ("2019-12-20", "They met 12 and 12 December.", [("12 December", "2019-12-12")]),
    ("2019-12-20", "They met 12 and 13 December.", [("12 and 13 December", "2019-12-12")]),
]


@pytest.mark.parametrize(("published", "text", "dates"), DATE_ROWS, ids=[r[1] for r in DATE_ROWS])
def test_day_first_pair_is_read(published, text, dates):
    report = check_text(f"Title of the story\n\n{text}", published)
    assert [(s.exact, s.value["start"]) for s in report.annotation.spans if s.kind == "date"] == dates
