"""Classes of date misreadings a prober found on text of its own (thirty-third session's probed36: 188 date probes
written without reading the corpus or the code; /work/wt/probed36/REPORT.md), mended in dfix37:

- RANGE (class A): two endpoints joined by "to", "through" or "until" with no "from"/"between" are one span, as
  "from X to Y" gives: "in 2021 through 2025" ("in" had taken the first year alone), "March 2020 to March 2021",
  "Jan. 1 through March 31" (both months named, within one year, longer than the 62 days a span of days had been
  kept to), "five years through 2025" (a term's count with no word before it: ``dates._YEARS_THROUGH``). The *_NEAR
  rows are not ranges: the second year a possessive or before a noun of measure ("to 2025's level", "2021 levels"),
  the goal of a verb of moving or changing ("postponed in March to June", ``dates._no_bare_pair``), "and" with no
  "between", a count after "by", and a duration before "until" (README: "until X" is X).
  The open-ended rows of the class ("through 2030", "since 2019") are no failures: README resolves "since X",
  "until X", "by X" to X itself.
- QUOTED (class E): a date that a quotation opened after a word of the writer's clause starts ('would speak again
  "in two days."') was not found: the opening mark ended its clause, so it had no tense; the clause now goes on
  before the mark (``dates._opened_before``), unless a comma or a speech verb opens the quotation (the speaker's own
  clause).
- CONVENTION (classes D and B, left as questions to the lead): "earlier this month/week" under a dated dateline ends
  on the dateline's day, as the written convention's own example and the dev file 2020-08-21 yonhap-cooper have it
  (the prober wanted the day before); speech dated only to a month reads its month-wide and year-wide words from
  that month ("next month" said in December 2019: January 2020; lead, fifty-first session, fix51d2), as speech dated
  only to a year resolves "this year" (tests/corpus/README.md); finer words stay unresolved.

Rows: tests/cases/test_dfix37.csv, each one paragraph under the headline "T" (read by ``annotate``, as the prober's
articles were); ``start`` "none" means no date's words hold ``exact``, "null" a date left unresolved.
"""

from __future__ import annotations

from conftest import case_tables, read_article_dates, rows_test

ROWS = case_tables("test_dfix37")  # tests/cases/test_dfix37.csv


def check_dfix37(text: str, published: str, exact: str, start: str, end: str) -> None:
    """Assert that the article "T" + ``text`` published on ``published`` reads ``exact`` as ``start``..``end``, or,
    when ``start`` is "none", that no date's words hold ``exact``, and when it is "null", that ``exact`` is left
    unresolved.

    >>> check_dfix37("They met on Friday.", "2019-11-16", "on Friday", "2019-11-15", "2019-11-15")
    >>> check_dfix37("They met on Friday.", "2019-11-16", "met on", "none", "")
    """
    got = read_article_dates(f"T\n\n{text}", published)
    if start == "none":
        assert not [d for d in got if exact in d[0]], got
    elif start == "null":
        assert (exact, None, None) in got, got
    else:
        assert (exact, start, end) in got, got


test_dfix37 = rows_test(check_dfix37, **ROWS)
