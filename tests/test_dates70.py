"""Two classes of wrong ranges the lead decided (mendd70, twenty-second session, issue #9): made-up sentences (Mira
Tolven, Casimir Dray, Norveth, Sarlund, Velmar, the Ardent pact), each labelled by the Conventions' arithmetic
(tests/corpus/README.md and the lead's decisions; a generator computed the dates, not the tool).

- INDIRECT: indirect speech dated to a past time ("said in 2019 that", "told reporters last March that", "In 2019, X
  said ...") reads its relative words from that time in a clause of any tense, as a quotation of past speech does;
  near misses: undated speech, speech of the story's present ("said on Monday that"), the narrator's clause after a
  dated quote, a relative clause, a comma or a second speech verb, a term ("five more years"), "this year".
- PASTDAY: a month-day with no year in a past clause that lies after the story's day is last year's (the lead's rule;
  its code was reverted, so those rows are strict xfails); controls: a future, a plan, a day set or moved, a future
  in the past, a present perfect, a start or bound, a day naming a noun, a headline present, and re-run copy (a dated
  dateline a day after the printed date, East Asian copy).

Rows: tests/cases/test_dates70.csv. Each table's passing rows run as one item whose message lists every failing row;
a row with an ``xfail`` reason is a strict xfail of its own. ``reader`` "article": the text is read as an article
(line 1 its headline).
"""

from __future__ import annotations

import csv

import pytest
from conftest import CASES
from test_dates69 import miss as miss69

ROWS = list(csv.DictReader((CASES / "test_dates70.csv").open(encoding="utf-8", newline="")))


def miss(row: dict[str, str]) -> str | None:
    """Return why ``row`` is read wrong (the dates read), or None when it is read as its columns say: test_dates69's
    reading, the text read as an article (line 1 its headline) when its ``reader`` says so.

    >>> miss({"table": "X", "text": "They met on Friday.", "published": "2019-11-16", "exact": "on Friday",
    ...       "start": "2019-11-15", "end": "2019-11-15", "reader": ""}) is None
    True
    """
    return miss69({**row, "table": "HEADLINE" if row["reader"] == "article" else row["table"]})


# one item per table (its rows without an xfail reason, every failure listed), and one strict xfail per xfail row
ITEMS = [pytest.param(t, None, id=t) for t in sorted({r["table"] for r in ROWS})] + [
    pytest.param(None, r, id=f"{r['table']}-{i}", marks=pytest.mark.xfail(strict=True, reason=r["xfail"]))
    for i, r in enumerate(ROWS, 2) if r["xfail"]]


@pytest.mark.parametrize(("table", "row"), ITEMS)
def test_dates70(table: str | None, row: dict[str, str] | None) -> None:
    """A table's rows (or one xfail row, its id its CSV line number) are read as their columns say."""
    rows = [row] if row is not None else [r for r in ROWS if r["table"] == table and not r["xfail"]]
    bad = [m for r in rows if (m := miss(r))]
    assert not bad, f"{len(bad)} rows read wrong:\n" + "\n".join(bad)
