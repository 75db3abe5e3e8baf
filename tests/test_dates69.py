"""Wire copy's commonest relative dates crossed with the clauses that decide them (date69, twenty-second session,
issue #9): made-up sentences (Runa Halvik, Jorin Pask, Vossland, Eldmark, Kestrun, the Tarrow accord) published on
every weekday across 2019-2026, most around New Year and month ends, each labelled by tests/corpus/README.md's
Conventions before the code was run (a generator wrote the rows from the Conventions' arithmetic, not the tool's).

- WEEKDAY: a bare weekday in a simple past, a present perfect ("since"), a future "will", a plan ("is set to", "is due
  to", "plans to", "is expected to"), reported speech ("said Monday that"), a relative clause about another event,
  "next Friday".
- RELATIVE: "last/this/next week|month|year" by clause (told on a Sunday, on 1 January, on 31 December).
- PARTS: "earlier this month/year", "late last year", "early next year", "the end of the year/month", "the beginning
  of the month" as a start and as the time a thing happened.
- ANCHOR: "the previous year", "the following/next day", "N days/weeks/months later|earlier" after a date.
- AGO: "N days/weeks/months/years ago".
- MONTHDAY: month-days with no year by clause kind.  WEEKEND: "over the weekend", "this weekend".
- QUOTE: a quotation of past speech dated to a year or to a day.  HEADLINE (the article format: line 1 the
  headline) and DATELINE (a dated dateline is the story's day).
- PASTVERB: irregular past forms ("withheld", "laid off", "oversaw", "bought", "upheld") before a bare month, beside
  the same verbs after "will (be)", "to (be)" or a plan (ahead).
- FOUND: items of the Conventions the finder must find ("this past week", "within two weeks", "a fortnight ago", "the
  closing days of April", "by mid-month", "the third quarter", "this past summer", "after Memorial Day", ...).
- NOITEM: near misses ("none": no date overlaps the words; "null": one overlapping them is left unresolved).

Rows: tests/cases/test_dates69.csv. Each table's passing rows run as one item whose message lists every failing row;
a row with an ``xfail`` reason is a strict xfail of its own.
"""

from __future__ import annotations

import csv

import pytest
from conftest import CASES, read_article_dates, read_dates
from test_gen47d import overlapping

ROWS = list(csv.DictReader((CASES / "test_dates69.csv").open(encoding="utf-8", newline="")))


def miss(row: dict[str, str]) -> str | None:
    """Return why ``row`` is read wrong (the dates read), or None when it is read as its columns say.

    >>> miss({"table": "X", "text": "They met on Friday.", "published": "2019-11-16", "exact": "on Friday",
    ...       "start": "2019-11-15", "end": "2019-11-15"}) is None
    True
    """
    text, pub, exact, start = row["text"].replace("\\n", "\n"), row["published"], row["exact"], row["start"]
    if start in ("none", "null"):
        found = overlapping(text, pub, exact)
        ok = not found if start == "none" else (None, None) in found
        return None if ok else f"{row['text']!r} ({pub}) {exact!r}: want {start}, got {found}"
    read = read_article_dates if row["table"] == "HEADLINE" else read_dates
    got = read(text, pub)
    ok = (exact, start, row["end"]) in got
    return None if ok else f"{row['text']!r} ({pub}) {exact!r}: want {start}..{row['end']}, got {got}"


TABLES = sorted({r["table"] for r in ROWS})
XFAILS = [pytest.param(r, id=f"{r['table']}-{i}", marks=pytest.mark.xfail(strict=True, reason=r["xfail"]))
          for i, r in enumerate(ROWS, 2) if r["xfail"]]


@pytest.mark.parametrize("table", TABLES)
def test_dates69_table(table: str) -> None:
    """Every row of ``table`` without an xfail reason is read as its columns say (all failures listed)."""
    bad = [m for r in ROWS if r["table"] == table and not r["xfail"] and (m := miss(r))]
    assert not bad, f"{len(bad)} rows read wrong:\n" + "\n".join(bad)


@pytest.mark.parametrize("row", XFAILS)
def test_dates69_xfail(row: dict[str, str]) -> None:
    """A row still read wrong (its id is its CSV line number), a strict xfail with the reason in its ``xfail``."""
    assert miss(row) is None, miss(row)
