"""Mends of review67's findings 7, 2, 3, 9, 8 and 1 on mendf65's and mendf66's rules (mendf67, twentieth session).

Rows: tests/cases/test_mendf67.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's test (each
text one paragraph after the lead sentence of tests/test_review45.py; made-up sentences, no corpus article read):

- ``DEAL_WINDOW`` (finding 7): "now/currently pays" looks for a deal or an agreeing only within a named window before
  the figure (frames.DEAL_TOLD_BACK) and after it up to its clause's end (frames.DEAL_TOLD_AHEAD), so that a long
  sentence is not re-read for each figure; the deal named near the figure still binds it.
- ``MULTIPLE_PARTNER`` (finding 2): a side named as the recipient or the partner of a multiple's payer ("what it paid
  to the U.S.", "a deal with Washington", "a pact from Tokyo") is no payer: Seoul's multiple keeps its check
  (frames.payer_sides, frames._korea_pays in other_payer_multiple); ``MULTIPLE_PARTNER_NEAR``: a payer named as agent
  ("paid by Japan") or subject, an unknown payer, or only a partner named, stays another's.
- ``HEAD_KOREA_AFTER`` (finding 3): a list's head gives its items Seoul's payment when Korea is named anywhere in its
  subject as payer ("Payments by Seoul", "Contributions from South Korea", "What the South paid") or as the payment
  word's adjective ("Korean payments"; frames.head_payer_korea); ``HEAD_KOREA_AFTER_NEAR``: another payer, Korea
  with another, Korea as recipient, or "Korean" of another noun stays other.
- Finding 9 (code): the subject search before a multiple is one function (frames.year_payment_subject) for
  payment_subject_year and other_payer_multiple; its window and modifier count are public named constants
  (frames.YEAR_PAYMENT_BACK, frames.PAYMENT_MODIFIERS). tests/test_mendf66.py's MULTIPLE_PAYER and YEAR_SUBJECT rows
  are its guard.
- Finding 8 (code): the purpose infinitive's thresholds are named constants (rules.STAY_VERB_TAIL,
  rules.PURPOSE_VERB_LETTERS, rules.PURPOSE_OBJECT_AHEAD) and an unranked verdict ranks as unverifiable
  (rules._UNRANKED); the same pattern as before (:func:`test_purpose_constants`).
- ``PURPOSE_NO_OBJECT`` (finding 1, in part): a purpose infinitive with no object ("to start,", "to begin with") or
  with an amount after it ("to well over $5 million") names nothing bought: the unit-slip check stays
  (rules._OTHER_PURPOSE); ``PURPOSE_NO_OBJECT_NEAR``: a thing repaired or modernized is still another purpose. An
  abstract object ("to end the standoff") is not mended.
"""

from __future__ import annotations

from conftest import table_test
from test_adversarial import MAX_GROWTH, counting
from test_frames64 import check_frames64_claims as check_mendf67_claims

from analysis.frames import Reader, annotate_text, told_in_force

#: Each row of tests/cases/test_mendf67.csv reads as it wants (tests/test_frames64.py's check).
test_mendf67_claims = table_test("test_mendf67", check_mendf67_claims)


def _told_work(counter: list[int], kb: int) -> int:
    """Return the characters the patterns search while :func:`told_in_force` reads every figure of a sentence of
    "now pays" figures with no full stop, ``kb`` kilobytes long (the work, counted, not timed)."""
    shape = "Seoul now pays 1.04 trillion won, "
    r = Reader(annotate_text(shape * (kb * 1024 // len(shape)), "2019-02-20"))
    figures = r.figures_in(0, len(r.text))
    counter[0] = 0
    for fig in figures:
        told_in_force(r, fig)
    return counter[0]


def test_deal_window_linear() -> None:
    """review67 finding 7: the deal search over a long sentence grows with its length, not with its square."""
    with counting() as work:
        small, large = _told_work(work, 10), _told_work(work, 100)
    assert small > 0 and large <= MAX_GROWTH * 10 * small, (small, large)


def test_purpose_constants() -> None:
    """review67 finding 8: the purpose infinitive's pattern is built from its named constants."""
    from analysis import rules

    pattern = rules._OTHER_PURPOSE.pattern
    assert f"{{0,{rules.PURPOSE_OBJECT_AHEAD}}}?" in pattern and f"{{0,{rules.STAY_VERB_TAIL}}}+" in pattern
    low, high = rules.PURPOSE_VERB_LETTERS
    assert f"[a-z]{{{low},{high}}}+" in pattern
    assert rules._VERDICT_RANK[rules._UNRANKED] == "unverifiable"
