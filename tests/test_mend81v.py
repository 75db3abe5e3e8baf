"""Over-reaches of the twenty-fifth session's claim rules on made-up sentences (review81, mended by mend81v; issue
#10: never call a right figure wrong).

A read-only review (review81) wrote sentences of the shapes the new rules were written for, with a word changed; each
class below was a right figure called wrong, an ask or offer lost, or a sum of another kind judged as the payment.
Rows: the reviewer's sentences and some of my own of the same shape (made-up names; payments
data/sma_contributions.csv's, asks data/demands.csv's), and CONTROL rows (cell ``control|...``), the shapes each rule
was written for, which must keep their verdicts:

- ``DEAL_ORDINAL`` (review81 1a): an ordinal in words names an SMA only with its name or a cost-sharing qualifier
  ("the tenth Special Measures Agreement", "the first cost-sharing agreement"); "the first deal", "the second
  agreement of the Biden era" bind no term (``frames._DEAL_BY_NO``). Digits ("the 10th agreement") still do.
- ``DEAL_CLAUSE`` (review81 1b): a numbered agreement binds no figure past a word of the present ("and Seoul now
  pays X") or, when it is its clause's subject, past a coordinator before a new subject ("expired, so Seoul pays X";
  ``frames.another_clause``).
- ``CITED`` (review81 2): a figure is named again only by a noun of citing with "the" or a possessive before the
  amount ("Porvik's $70 million figure", not "a $500 million claim by a contractor") or by a relative of citing (not
  "gave"), and not when cited for the citer's own forces (``frames.cited_again``).
- ``RELATIVE_PAID`` (review81 6): ", which was Washington's final demand" after an amount a verb of paying or agreeing
  governs ("Seoul will pay X") tells whose ask it matched; the amount is paid (``frames.relative_ask``).
- ``CURRENT_OWN`` (review81 7): "from its current level of X" is the payment's level only when the payment is what
  changed ("raise its contribution from ..."), not "spending on its own army" (``frames.from_current_level``).
- ``SUGGESTED_OFFER`` (review81 8): "suggested a deal that is worth X" stays an offer: a relative pronoun is no
  subject of a clause of fact (``frames._SUGGESTS_FACT``).
- ``OWN_FORCES`` (review81, the brief's class): a sum its payer spends on its own army, forces, troops or soldiers
  ("The $500 million Seoul spends on its own army", "pays $700 million to maintain its own forces") is no SMA payment
  (``frames.own_forces``); an ask in the same words ("should pay $5 billion for its own defense") keeps its reading.

Rows: tests/cases/test_mend81v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check.
"""

from __future__ import annotations

from conftest import assert_check_linear, table_test
from test_frames64 import check_frames64_claims as check_mend81v_claims

#: Each row of tests/cases/test_mend81v.csv reads as it wants (tests/test_frames64.py's check).
test_mend81v_claims = table_test("test_mend81v", check_mend81v_claims)


#: One paragraph holding every mended shape once (each new pattern's trigger), repeated for the linearity test.
SHAPE = ("In the first deal, Seoul agreed to pay $923 million. The 9th SMA expired, so Seoul now pays 1.0389 trillion "
         "won and the allies set it at 1.04 trillion won. A $500 million claim by a contractor is separate. The $500 "
         "million Japan cited for its own bases is separate. Seoul will pay 1.0389 trillion won, which was "
         "Washington's final demand. The US wants Seoul to boost spending on its own army from its current level of "
         "$900 million. Seoul suggested a deal that is worth 1.1 trillion won. The $700 million Seoul spends on its "
         "own army is a separate sum; Seoul pays $700 million to maintain its own forces. ")


def test_linear() -> None:
    """The mended patterns stay linear, counted without a clock (``conftest.assert_check_linear``): the work of
    ``check_text`` on the shapes repeated to 50 KB is at most 1.5 times ten times its work on 5 KB."""
    assert_check_linear(SHAPE, "2019-12-01")


def test_hostile_runs() -> None:
    """Each new pattern scans 200 KB of its repeated trigger to the end (no clock: a pattern that backtracked
    without bound would not return; tests/test_patterns_linear.py checks their shape)."""
    from analysis import frame_reader, frames

    for pattern, trigger in ((frame_reader._DEAL_BY_NO, "the first cost-sharing "),
                             (frame_reader._NEW_SUBJECT, "and "), (frame_reader._NOW_WORD, "nowadays "),
                             (frame_reader._OWN_FORCES, " for its own "), (frames._CITED_OWNER, "the big "),
                             (frame_reader._PAY_GOVERNS, "agreed to "), (frame_reader._PAID_NOUN, "shares "),
                             (frames._CITED_RELATIVE, " that A ")):
        text = trigger * (200_000 // len(trigger))
        assert sum(1 for _ in pattern.finditer(text)) <= len(text) // len(trigger.strip()) + 1, pattern.pattern
