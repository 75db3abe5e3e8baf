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
from conftest import CASES, read_article_dates, read_dates
from test_gen47d import overlapping

ROWS = list(csv.DictReader((CASES / "test_dates70.csv").open(encoding="utf-8", newline="")))


def miss(row: dict[str, str]) -> str | None:
    """Return why ``row`` is read wrong (the dates read), or None when it is read as its columns say.

    >>> miss({"text": "They met on Friday.", "published": "2019-11-16", "exact": "on Friday", "start": "2019-11-15",
    ...       "end": "2019-11-15", "reader": ""}) is None
    True
    """
    text, pub, exact, start = row["text"].replace("\\n", "\n"), row["published"], row["exact"], row["start"]
    if start in ("none", "null"):
        found = overlapping(text, pub, exact)
        ok = not found if start == "none" else (None, None) in found
        return None if ok else f"{row['text']!r} ({pub}) {exact!r}: want {start}, got {found}"
    got = (read_article_dates if row["reader"] == "article" else read_dates)(text, pub)
    ok = (exact, start, row["end"]) in got
    return None if ok else f"{row['text']!r} ({pub}) {exact!r}: want {start}..{row['end']}, got {got}"


TABLES = sorted({r["table"] for r in ROWS})
XFAILS = [pytest.param(r, id=f"{r['table']}-{i}", marks=pytest.mark.xfail(strict=True, reason=r["xfail"]))
          for i, r in enumerate(ROWS, 2) if r["xfail"]]


@pytest.mark.parametrize("table", TABLES)
def test_dates70_table(table: str) -> None:
    """Every row of ``table`` without an xfail reason is read as its columns say (all failures listed)."""
    bad = [m for r in ROWS if r["table"] == table and not r["xfail"] and (m := miss(r))]
    assert not bad, f"{len(bad)} rows read wrong:\n" + "\n".join(bad)


@pytest.mark.parametrize("row", XFAILS)
def test_dates70_xfail(row: dict[str, str]) -> None:
    """A row still read wrong (its id is its CSV line number), a strict xfail with the reason in its ``xfail``."""
    assert miss(row) is None, miss(row)
