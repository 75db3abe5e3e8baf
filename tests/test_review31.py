"""review31: probes of the tenth session's merges (dates30, rename30, claims32, quotes31, the lead's change verbs).

Each class: failing rows first (made-up names, figures computed from data/), then controls that must not change.
"""

from __future__ import annotations

import pytest
from conftest import read_claims

from analysis.rules import default_tables

CAUGHT = ("contradicted", "misleading")
_T = default_tables()
_KRW = _T.sma.set_index("year").krw_billion


def _term_pct(first: int, last: int) -> str:
    """The change of the won payment over a deal's term (last year against first), one decimal."""
    return f"{(float(_KRW[last]) / float(_KRW[first]) - 1) * 100:.1f}"


# A change told by a deal's years may be the change over the deal's whole term: a right figure of that reading is
# not contradicted (claims32 read only the first-year rise and called it contradicted).
TERM_ROWS = [
    ("The {a}-{b} deal raised Seoul's payment {p} percent over its five years.", 2009, 2013),
    ("Under the {a}-{b} agreement, Seoul's payment rose {p} percent in total.", 2014, 2018),
    ("Seoul's payment rose {p} percent during the {a}-{b} deal.", 2009, 2013),
    ("Seoul's payment grew {p} percent under the {a}-{b} accord.", 2014, 2018),
]


@pytest.mark.parametrize(("text", "first", "last"), TERM_ROWS)
def test_a_deals_change_over_its_term_is_not_contradicted(text: str, first: int, last: int) -> None:
    p = _term_pct(first, last)
    claims = read_claims(text.format(a=first, b=last, p=p), f"{last + 1}-03-10")
    got = [c for exact, c in claims.items() if p in exact]
    assert len(got) == 1 and got[0].verdict == "supported", claims


# Controls: the first-year rise still supported; a figure neither the first-year rise nor the term change caught.
def test_a_deals_first_year_rise_stays_supported() -> None:
    claims = read_claims("The 2014-2018 deal raised Seoul's payment 5.8 percent.", "2019-03-10")
    assert claims["5.8 percent"].verdict == "supported"


@pytest.mark.parametrize("wrong", ["25.0", "40.0"])
def test_a_wrong_figure_told_by_a_deals_years_is_still_caught(wrong: str) -> None:
    claims = read_claims(f"The 2009-2013 deal raised Seoul's payment {wrong} percent.", "2014-03-10")
    assert claims[f"{wrong} percent"].verdict in CAUGHT
