"""Classes of misreadings a prober found in sentences of their own (thirty-third session's probe34: 245 one-paragraph
probes written from data/ and how news copy phrases figures, without reading the corpus or the code; issue #10).

Four right or other figures were called ``contradicted``, and a title-case line in the body read "$2 Billion" as $2:

- SINCE: a change counted "since <year>" where that year opens the sentence ("Since 2021 the payment has risen 28
  percent") was judged as the last year's own change (``frames.since_fronted``); a yearly rate "since <year>" ("about
  5 percent a year") is the average over those years (``frames.since_yearly_years``, ``rules.average_over_years``).
- DOLLARS: a change its sentence puts "in dollar terms" was judged in won (``rules.change_in_dollars``).
- PART: "About 40 percent of the contribution, or 400 billion won, funds construction": the part's sum read as the
  payment (``frames.percent_part``).
- UNIT: "The Eighth Army's roughly 19,000 soldiers": one command's troops read as the level (``frames._PART``).
- CAPS: "$2 Billion A Year" in a title-case line of the body: the scale word and "a year" were read in lower case
  only (``amounts._SCALE_WORD``, ``amounts._PER``); "UP 13.9 PCT" in capitals was not read at all (probe35:
  ``amounts._T_PERCENT``).

- HEDGED_SINCE (a second prober, probe35): "about 50 percent since 2005" for +52.7 % was judged by the points bands of a
  year's change and called contradicted; a hedged change over years is told rounded, as an amount is
  (``rules.hedged_span_verdict``).

The *_NEAR rows keep their reading. Rows: tests/cases/test_probe34.csv (the prober's sentences and near misses of the
lead's), each one paragraph under the headline "T".
"""

from __future__ import annotations

import pytest
from conftest import case_tables

from analysis import check

ROWS = case_tables("test_probe34")  # tests/cases/test_probe34.csv


def verdict_of(published: str, text: str, figure: str) -> str | None:
    """Return the verdict of the claim holding ``figure`` in ``text`` (one paragraph under the headline "T"), None
    when no claim holds it."""
    claims = check.check_text(f"T\n\n{text}", published).claims
    return next((c.verdict for c in claims if figure in c.exact or c.exact in figure), None)


def misses(rows: list[tuple[str, ...]]) -> list[str]:
    """Return the rows (published, text, figure, verdict wanted) whose figure gets another verdict, each as
    "figure: verdict got" (a figure of no quantity the data covers may also go unread)."""
    return [f"{figure!r}: {got}" for published, text, figure, want in rows
            if (got := verdict_of(published, text, figure)) != want and not (want == "not_checkable" and got is None)]


@pytest.mark.parametrize("table", sorted(ROWS))
def test_probe34_class(table: str) -> None:
    """Every row of one class gets its verdict."""
    bad = misses(ROWS[table])
    assert not bad, "\n".join(bad)
