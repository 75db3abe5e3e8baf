"""Over-reach mended in this session's claim and date rules (mendfd72, twenty-second session, at review72's findings
1, 8, 4, 5 and 6): made-up sentences (Tolvig, Velmar, the Ardent pact) with the review's sentences as rows, labelled
by the Conventions of tests/corpus/README.md before the tool ran on them.

- ``MULTIPLE_AFTER``: a multiple of one year's payment ("1.14 times its 2019 payment") is of a year named after its
  base in its clause, a source tail included ("in 2021", "last year", ", the ministry said in 2021", "according to a
  2021 report"); ``MULTIPLE_PERIOD``: a period that is no year there ("that year", "in the first year of the deal")
  leaves it `unverifiable`, never judged on the publication's year; ``MULTIPLE_NEAR``: controls (no time named, a
  year before it, a year in another clause, a day of the story's present) (frames.multiple_time_after).
- ``RISE_COST_SHARE``: a multiple's rise of a noun that a relative clause makes the cost share ("a fivefold increase
  in the defense budget Seoul pays for U.S. troops", "..., which Seoul pays for U.S. troops", "the money paid by Seoul
  for the U.S. troops") stays the ask's multiple of the payment; ``RISE_OTHER_NEAR``: the bare defence budget, one
  Seoul spends on its own army or passed, USFK's own budget, tariffs Seoul pays, a coordinated clause stay another
  quantity (frames.paid_for_troops).
- ``PAST_FORM``: an irregular past form that is its participle too, after a determiner ("the bought weapons arrive",
  "a kept promise"), is an adjective; a plan noun's "for"/"of" phrase running to a date ("have laid plans for talks
  in March", "upheld the plan for talks in March", "made plans for a summit in March") dates the planned event,
  so the verb before it tells the date no tense (dates._PAST_ADJECTIVES, dates._plan_cut); ``PAST_NEAR``: date69's
  past verbs, an adjective in a past clause, a plan dated by its own verb, a relative clause, no "for" phrase.
- ``SPEECH_NARRATOR``: a dated speech's time reaches only its reported clause, not the narrator's clause joined by
  "and"/"but" with a subject and a present or past verb of its own ("... and the ministry expects a deal next
  year": the writer's); near misses "and that", a joined subject or verb, a joined clause with "will"
  (dates._narrator_joined); ``SPEECH_ONE_TIME``: a reported clause that holds the writer's "this year/week/month"
  reads all its relative words from publication (dates._writers_report; README Convention); ``SPEECH_MONTH``: a
  week or weekday read from a speech dated to a month is unresolved, as a quotation's is; month- and year-wide
  words, a speech of the story's present or of one day keep their readings (dates._year_dated_report).

Rows: tests/cases/test_mendfd72.csv. A claim row (``quantity`` set) wants tests/test_frames62.py's reading and, when
``years`` is set, the frame's years ("/" between them, "none" for no year); a date row (``start`` set) wants
tests/test_dates70.py's. Each table's rows run as one item whose message lists every failing row; a row with an
``xfail`` reason is a strict xfail of its own (its id its CSV line number).
"""

from __future__ import annotations

import csv
from typing import Any

import pytest
import test_frames62
from conftest import CASES, read_claims
from test_dates70 import miss as date_miss
from test_review45 import LEAD

ROWS = list(csv.DictReader((CASES / "test_mendfd72.csv").open(encoding="utf-8", newline="")))


def claim_miss(row: dict[str, str]) -> str | None:
    """Return why a claim row is read wrong (the claim's quantity, verdict, evidence or years), or None.

    >>> claim_miss({"cell": "x", "published": "2026-02-10", "text": "Seoul now pays 1.46 times its 2019 payment.",
    ...             "exact": "1.46 times", "quantity": "ratio", "want": "supported", "evidence": "", "years": "2026"})
    """
    args = [row[k] for k in ("cell", "published", "text", "exact", "quantity", "want", "evidence")]
    try:
        test_frames62.check_frames62_claims(*args)
    except (AssertionError, StopIteration) as exc:
        return f"{row['cell']}: {exc}"
    if not row["years"]:
        return None
    claim = next(c for words, c in read_claims(LEAD + row["text"], row["published"]).items() if row["exact"] in words)
    got = "/".join(map(str, claim.frame.years)) or "none"
    return None if got == row["years"] else f"{row['cell']}: years {got}, want {row['years']}"


def miss(row: dict[str, str]) -> str | None:
    """Return why ``row`` is read wrong, or None: a claim row by :func:`claim_miss`, a date row by test_dates70's."""
    return claim_miss(row) if row["quantity"] else date_miss(row)


def items() -> list[Any]:
    """Return the test items: one per table (its rows without an xfail reason), and one strict xfail per row with
    one (its id its CSV line number)."""
    names = dict.fromkeys(r["table"] for r in ROWS)
    tables = [pytest.param([r for r in ROWS if r["table"] == t and not r["xfail"]], id=t) for t in names]
    return tables + [pytest.param([r], id=f"{r['table']}-{i}", marks=pytest.mark.xfail(strict=True, reason=r["xfail"]))
                     for i, r in enumerate(ROWS, 2) if r["xfail"]]


@pytest.mark.parametrize("rows", items())
def test_mendfd72(rows: list[dict[str, str]]) -> None:
    """The rows of a table (or one open row) are read as their columns say; the message lists every failing row."""
    wrong = [m for r in rows if (m := miss(r))]
    assert not wrong, f"{len(wrong)} rows read wrong:\n" + "\n".join(wrong)
