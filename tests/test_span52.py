"""A change over years told in dollars or in won (span52, session 52): rows of my own wording (the payments and
rates are data; Camp Tolvig is made up), each table's rows failing on main, its ``_CTRL`` table the near misses
that keep main's answer.

- ``CCY_YEARS``: "in" and a currency right after a range of years ("between 2006 and 2013 in won terms", "in
  dollars", "in yen") is the sums' currency, no count of won or dollars: the range stays (``dates._measured_in``,
  beside ``dates._counts_after``). ``CCY_YEARS_CTRL``: real counts after a pair of numbers ("Between 2000 and 3000
  won changed hands", soldiers, "local workers", "dollars in fees"), a capitalised word before the noun, "in dollar
  terms" after "from ... to" (main's answers).
- ``DOLLAR_SPAN``: a change told in dollars ("in dollar terms", "in dollars" after its years, "In dollar terms,"
  opening its sentence, "The dollar payment") over years set in won (after 2004) is judged on each year's won
  payment at that year's own average rate, a year of 1991-2004 on its sourced dollar row
  (``rules.converted_dollar_pair``), the whole change and a yearly average ("a year" before the years:
  ``rules._DOLLAR_TRAILING``), rises and falls, right and wrong; withheld (*unverifiable*) when a year lacks its own
  rate. A third year opening the sentence ("In 2018, ... between 2007 and 2018 in won terms") leaves the span its
  own. A yearly average over a span equal to one year's change inside it stays *contradicted*
  (``rules.yearly_average_of_span``), also with an aside before its lone span (``rules.average_over_lone_span``).
  ``DOLLAR_SPAN_CTRL``: the won readings ("in won terms", no currency, dollars in an aside about the payer), the
  1991-2004 dollar rows, a year with no won payment, a whole change with no average (main's answers).

Rows: tests/cases/test_span52.csv (``want``: a verdict or "none" for the first claim whose words hold ``exact``; for
``CCY_YEARS`` the range ``start..end`` read at ``exact``, or "none").
"""

from __future__ import annotations

import datetime as dt

from conftest import case_tables, rows_test

TABLES = case_tables("test_span52")
LEAD = "Seoul covers part of the upkeep of the American forces in Korea under a cost-sharing deal. "


def check_span52(published: str, text: str, exact: str, want: str) -> None:
    """The first claim whose words hold ``exact``, in a paragraph after a lead on the cost-sharing deal, has the
    verdict ``want`` ("none": no such claim).

    >>> check_span52("2019-03-01", "Seoul's share grew 32 percent between 2007 and 2018.", "32 percent", "supported")
    """
    from analysis.check import check_text

    claims = check_text("T\n\n" + LEAD + text, published).claims
    got = [c.verdict for c in claims if exact in c.exact]
    assert (got[0] if got else "none") == want, (got, text)


def check_span52_date(published: str, text: str, exact: str, want: str) -> None:
    """The date ``find_dates`` reads at the words ``exact`` resolves to ``want`` ("start..end"; "none": no date).

    >>> check_span52_date("2020-02-01", "It rose between 2006 and 2013 in won terms.", "between 2006 and 2013",
    ...                   "2006-01-01..2013-12-31")
    """
    from analysis.extract.dates import find_dates

    got = [f"{v['start']}..{v['end']}" for *_, x, v in find_dates(text, dt.date.fromisoformat(published)) if x == exact]
    assert (got[0] if got else "none") == want, (got, text)


test_span52_claims = rows_test(check_span52, **{k: v for k, v in TABLES.items() if k.startswith("DOLLAR")})
test_span52_dates = rows_test(check_span52_date, **{k: v for k, v in TABLES.items() if k.startswith("CCY")})
