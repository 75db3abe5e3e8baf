"""Rows for mut27 (issue #10: every wrong figure caught, with the right figure in the evidence).

A figure whose period the text leaves open may be read in more than one period; the checks support a right figure by
whichever reading fits. A wrong figure fits none, and its evidence used to give only the one reading it was judged in,
so a reader (and ``analysis.mutants``) did not see the right figure of the reading the writer may have meant:

- a won-dollar conversion wrong at the rate of every year it may be at names each year's rate and dollar figure
  (``rules.other_rates_named``);
- a payment with no year of its own, wrong for the publication year and for the year before, names the year before's
  payment too (``rules.earlier_year_named``);
- a change with no year of its own, wrong for every year it may be of, names each reading tried
  (``rules.readings_named``).

Made-up sentences; each has a near-miss control: a right figure keeps its one reading (``supported``, its row alone),
and a figure whose year is fixed keeps the rows of that year alone.
"""

from __future__ import annotations

from conftest import rows_test

from analysis.check import check_text

LEAD = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "

#: (text, published, exact, verdict, rows the claim must hold, rows it must not hold)
ROWS = [
    # a conversion: the year of its amount (2018) and of its writing (2019) are both read
    ("Seoul paid 960 billion won ($584 million) in 2018.", "2019-02-10", "$584 million", "contradicted",
     ["exchange_rates:2018", "exchange_rates:2019"], []),
    ("Seoul paid 960 billion won ($1.2 billion) in 2018.", "2019-02-10", "$1.2 billion", "contradicted",
     ["exchange_rates:2018", "exchange_rates:2019"], []),
    # a payment with no year, told early in a year: the year before's payment is read too
    ("Seoul pays $870 billion a year for the troops.", "2021-03-20", "$870 billion a year", "contradicted",
     ["sma_contributions:2020", "sma_contributions:2021"], []),
    ("Seoul pays $870 billion a year for the troops.", "2021-01-20", "$870 billion a year", "misleading",
     ["sma_contributions:2020"], []),
    # a rise told as agreed, with no year: each agreement's first rise is read
    ("Seoul agreed to raise its share by 27.8%.", "2024-10-04", "27.8%", "contradicted",
     ["sma_contributions:2026", "sma_contributions:2021"], []),
    ("Seoul agreed to raise its share by 3.8 percent.", "2024-10-04", "3.8 percent", "contradicted",
     ["sma_contributions:2026", "sma_contributions:2021", "sma_contributions:2019"], []),
    # controls: a right figure keeps the one reading that fits; a year fixed in the phrase keeps its rows alone
    ("Seoul paid 960 billion won ($854 million) in 2018.", "2019-02-10", "$854 million", "supported",
     ["exchange_rates:2018"], ["exchange_rates:2019"]),
    ("Seoul pays 1.04 trillion won ($584 million) in 2019.", "2019-06-10", "$584 million", "contradicted",
     ["exchange_rates:2019"], ["exchange_rates:2018"]),
    ("Seoul pays $870 million a year for the troops.", "2021-03-20", "$870 million a year", "supported",
     ["sma_contributions:2020"], ["sma_contributions:2021"]),
    ("Seoul paid $1.6 billion for the troops in 2019.", "2021-03-20", "$1.6 billion", "contradicted",
     ["sma_contributions:2019"], ["sma_contributions:2020", "sma_contributions:2018"]),
    ("Seoul agreed to raise its share by 13.9%.", "2024-10-04", "13.9%", "supported",
     ["sma_contributions:2021"], ["sma_contributions:2026"]),
    ("Seoul raised its share by 27.8% in 2021.", "2024-10-04", "27.8%", "contradicted",
     ["sma_contributions:2021"], ["sma_contributions:2026", "sma_contributions:2019"]),
    # review94 L1: a forecast is not read as the year before's payment
    ("Analysts expect a $1.2 billion, one-year deal.", "2019-12-06", "$1.2 billion", "unverifiable", [],
     ["sma_contributions:2018"]),
]


def check_rows(text: str, published: str, exact: str, verdict: str, held: list[str], not_held: list[str]) -> None:
    """Assert that the one claim whose words are ``exact`` gets ``verdict`` and that its rows hold ``held`` and none of
    ``not_held``."""
    report = check_text(LEAD + text, published=published)
    got = [c for c in report.claims if c.exact == exact]
    assert [c.verdict for c in got] == [verdict], [(c.verdict, c.evidence) for c in got]
    rows = set(got[0].rows)
    assert set(held) <= rows and not set(not_held) & rows, (rows, got[0].evidence)


test_mut27 = rows_test(check_rows, READINGS=ROWS)
