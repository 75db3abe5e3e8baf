"""Over-reach in frames68's rules mended (mendf69, twenty-first session; review69 findings 2, 1, 6, 7, 8-10).

Rows: tests/cases/test_mendf69.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences in my own words, no corpus
article read):

- ``PURPOSE_LOCAL``: a purpose infinitive whose object is a local project's feud, tension or gap ("to ease tensions
  with villagers", "to end a feud with a landowner", "to close the funding gap at a base school") is another purpose:
  a right sum stays `unverifiable`, never a `contradicted` unit slip (rules._TALKS_STATE now wants a definite noun
  closing the clause, or a word of the talks: rules._TALKS_WORD); ``PURPOSE_TALKS``: the talks' own state keeps the
  slip.
- ``TIMES_MULTIPLE``: "N times" after a verb of saying or meeting is a multiple of the payment when a payment or
  cost-sharing word stands between them or "by" (or a verb of change: boost, hike, lift, go up, expand) comes right
  before the count ("said Seoul must increase its contribution by five times", "said Korea should boost its payment
  five times": frames.done_times); ``TIMES_COUNT``: a count of meetings, visits or sayings stays `not_checkable`.
- ``BASE_PAYMENT``: a base right after a multiple that hands the money over ("five times the sum it gave in 2018",
  "the money it handed over") is the payment, and the base stops at despite/amid/as/while/from, whose broad words
  (economy, approval, votes, sales) no longer make it another quantity (frames.other_base: _BASE_RIGHT, _GAVE,
  _RIGHT_BASE_CUES); ``BASE_OTHER``: a defence budget, tariffs or an investment right after the multiple stay
  another quantity.
- ``SUBJECT_ASIDE``: a defence budget inside a relative aside that a comma closes before the multiple ("the money it
  gives U.S. forces, which comes out of its defense budget, fivefold") is no subject of the multiple
  (frames.quantity_subject, _ASIDE_OPEN); ``SUBJECT_QUANTITY``: a defence budget or tariffs as the subject, before
  an aside or with none, stay another quantity.
"""

from __future__ import annotations

import pytest
import test_frames64
from conftest import case_tables, cases, merged, run_rows

ROWS = case_tables("test_mendf69")  # tests/cases/test_mendf69.csv


def check_mendf69_row(row: tuple[str, ...]) -> None:
    """A row (cell, published, text, exact, quantity, want, evidence) holds as tests/test_frames64.py's test wants:
    quantity, verdict, the right figure in a caught one's evidence, the actor and modality its cell names."""
    test_frames64.check_frames64_claims(*row)


@pytest.mark.parametrize("rows", merged([pytest.param(p.values, id=p.id, marks=p.marks) for p in cases(**ROWS)]))
def test_mendf69_row(rows: list[object]) -> None:
    run_rows(check_mendf69_row, rows)


@pytest.mark.parametrize("verb", ["boost", "boosted", "hike", "hiked", "lift", "lifted", "go up", "went up", "expand",
                                  "expanded", "by"])
def test_multiple_before(verb: str) -> None:
    """A verb of change (or "by") right before "N times", past a hedge, makes it a multiple (review69 findings 1, 8)."""
    from analysis import frames

    assert frames._MULTIPLE_BEFORE.search(f"said the payment should {verb} about ")
    assert frames._MULTIPLE_BEFORE.search(f"said the share would {verb} ")


def test_named_limits() -> None:
    """The new patterns' numeric limits are named constants (review69 finding 9), and the verbs of saying or meeting
    are one list for both readings of a count of times (finding 10)."""
    from analysis import frames, rules
    from analysis.extract import windows

    assert f"{{0,{windows.TIMES_TAIL_AHEAD}}}+" in frames._TIMES_TAIL.pattern
    assert f"{{1,{windows.BASE_RIGHT_AHEAD}}}+" in frames._BASE_RIGHT.pattern
    assert f"{{0,{rules.STATE_OBJECT_MODIFIERS}}}?" in rules._OTHER_PURPOSE.pattern
    assert frames._SAID_MET in frames._TIMES_VERB.pattern and frames._SAID_MET in frames._DONE_VERB.pattern
