"""Three classes widened from one article's words (gen61q, seventeenth session, issue #9; review60's finding that
rules written from one sentence failed on near-variants): made-up sentences written and labelled by the Conventions
of tests/corpus/README.md before the rules, controls beside. Made-up people and places: Kim Lee, Porvik, Tarnia,
Hanul, Jo Mirae, Rhea Vance (real presidents only where the term data is needed).

- SUCCESSOR (dates): "during his presidency" with the holder's successor named in the sentence or the next one
  ("his successor, X", "the next (U.S.) president, X", "X, who succeeded him", "His successor, X, ..." opening the
  next sentence) picks the term that ended when the successor took office. Controls: someone else's successor
  ("Kim's successor, X"), a future or unnamed successor, "who succeeded him" after a name with no terms, a
  successor two sentences on: the running term.
- JOINT_DOC (quotes): "A joint summary/readout/declaration/communique/communiqué/press release ... states" read as
  "A joint note ... states" is (the pair named before). Controls: a summary not joint; a named speaker.
- AIM (quotes): a partial quote after "aiming at/for a", "in hopes of a", "hoping for a", "in pursuit of a",
  "working toward(s) a" read as after "to reach a" (the sentence's plural subject). Controls: labels.

Rows: tests/cases/test_gen61q.csv (``table``, ``text``, ``published``, ``exact``, ``start``, ``end``, ``speakers``:
"/" between the names evaluate accepts, "None" for nobody's words; ``xfail``: a strict xfail's reason; ``note``).
A SUCCESSOR row fills the date columns, a quote row ``text`` (the body), ``exact`` (the quoted words) and
``speakers``.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, read_dates, run_rows
from test_quotes48 import check_quotes48_speakers as speakers_fit  # the same check: a speaker, or "no span"

TABLES = case_tables("test_gen61q")
DATES = {name: TABLES.pop(name) for name in ["SUCCESSOR"]}


@pytest.mark.parametrize(("text", "pub", "exact", "start", "end", "_speakers"), cases(**DATES))
def test_gen61q_dates(text: str, pub: str, exact: str, start: str, end: str, _speakers: str) -> None:
    """The date words read as the row's range."""
    assert (exact, start, end) in read_dates(text, pub)


def check_gen61q_speakers(body: str, _pub: str, words: str, _start: str, _end: str, speakers: str) -> None:
    """The quoted words' speaker is one the row accepts (or nobody, "None")."""
    speakers_fit("", body, words, speakers)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_gen61q_speakers(rows: list[object]) -> None:
    run_rows(check_gen61q_speakers, rows)
