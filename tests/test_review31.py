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


# A change of office or an election of a president with two terms, told in a sentence that writes the year of one
# of them: that term's, not the latest by publication (dates30 read the latest).
OFFICE_ROWS = [
    ("Costs were frozen in 2017 after Trump took office.", "2026-02-01", "after Trump took office", "2017-01-20"),
    ("After Trump won the election in 2016, Seoul paid more.", "2026-02-01", "After Trump won the election",
     "2016-11-08"),
    ("In 2017, talks stalled until Trump took office.", "2026-02-01", "until Trump took office", "2017-01-20"),
]
# Controls: no year written, or a year that is no term's: the latest by publication, as before.
OFFICE_CONTROLS = [
    ("Talks stalled until Trump took office.", "2026-02-01", "until Trump took office", "2025-01-20"),
    ("Seoul feared a new demand after Trump won the election.", "2025-03-01", "after Trump won the election",
     "2024-11-05"),
    ("Seoul paid more in 2025 after Trump took office.", "2026-02-01", "after Trump took office", "2025-01-20"),
    ("Talks stalled in 2019 after Trump took office.", "2020-02-01", "after Trump took office", "2017-01-20"),
    ("The payment was frozen after Biden won the election.", "2021-03-10", "after Biden won the election",
     "2020-11-03"),
]


@pytest.mark.parametrize(("text", "pub", "exact", "day"), OFFICE_ROWS + OFFICE_CONTROLS)
def test_a_year_in_the_sentence_picks_the_term(text: str, pub: str, exact: str, day: str) -> None:
    from conftest import read_dates

    got = {x: s for x, s, _ in read_dates(text, pub)}
    assert got.get(exact) == day, got


# quotes31 (fixed by quotes40: a country the text does not state no longer ranks a holder below a farther one whose
# country is written). "the South Korean minister" after two ministers, the nearest one named with no country: a
# reader takes the nearest minister (before quotes31 the tool did too).
_MINISTERS = ("T\n\nSouth Korean Foreign Minister Han Do-yun met U.S. Secretary of State Ray "
              "Colter in Seoul on Wednesday.\n\nDefense Minister Oh Jin-seok met Dale Pruitt, the Pentagon chief."
              "\n\n\"We welcome the talks,\" the South Korean minister said.")


def test_the_nearest_minister_speaks_when_his_country_is_not_written() -> None:
    from analysis.extract import annotate

    quotes = [s for s in annotate(_MINISTERS, "2021-03-10").spans if s.kind == "quote"]
    assert [q.value["speaker_text"] for q in quotes] == ["the South Korean minister"]
    assert quotes[0].value.get("speaker_name") == "Oh Jin-seok"
