"""Money, claim verdicts and wrong figures learned from fresh text (fresh80v, the third fresh round of the
twenty-fourth session; issue #10: never call a right figure wrong).

The seventy-fourth and seventy-fifth batches (16 articles held out until this session) became ``dev``; two right
figures among them were called contradicted. Each cause other articles will share got a rule resting on the grammar
of broadcast transcripts or general news wording, tried here on sentences of my own (made-up names; payments
data/sma_contributions.csv's, troop levels data/troops.csv's), with controls the rule must not move:

- ``HUNDRED_DIGITS`` (amounts): "nine-hundred-26 million U.S. dollars": a transcript spells the hundreds and gives the
  rest in digits, joined by hyphens; read whole ($926 M), not as its last "26 million" (``amounts._HUNDREDS``).
- ``THOUSAND_AND`` (counts): "28-thousand and 500 troops": three digits after "thousand and" are its rest (28,500),
  not a range's upper end (``counts._SCALED``).
- ``OWN_PAYER``: "eight billion dollars from Japan and five billion dollars from South Korea": the payer named right
  after a figure is its own, whatever country stands between the ask's cue and it (``frames.asked_of_other``).
- ``LOSS_VERB``: "Washington was losing five billion dollars for its military bases": a loss verb frames a figure as a
  cost, so it does not take an earlier ask of the same value (``frames._LOSS_BEFORE``).
- ``LOWERED_ASK``: "requested 5 billion U.S. dollars, but lowered that to 4 billion": a pronoun's sum moved to an amount
  whose sentence asked the amount before it is the same ask at its new level (``frames.lowered_ask``).
- ``US_WORKED_OUT``: "the State Department came up with $1.3 billion": a figure the US side works out is its ask
  (``frames.us_came_up_with``); the paying side or a name of no side coming up with a sum is read as before.
- ``RELATIVE_ARE``: "a five-fold increase in Seoul's share of the costs, which are the equivalent of roughly $1 billion
  per year": a relative clause with "are" or "the equivalent of" tells the noun's value, not the ask
  (``frames._RELATIVE_IS``).
- ``MARKING_ASIDE``: "Korea agreeing to pay 1.18 trillion won, marking the third-largest annual increase since the pact
  began in 1991": a date in a ", marking ..." comment on a figure is no year of the figure (``frames._CONSEQUENCE``).
- ``HYPHEN_TIMES`` (amounts): "four-times more than": a transcript's hyphen before "times" (``amounts._MULT``).
- ``REFUSAL_NOUN``: "met with fierce resistance from Seoul to an exorbitant five-fold increase": Seoul's refusal told
  as a noun ("resistance", "opposition", "objections" from or by the Korean side to a multiple) makes the multiple the
  US ask it refuses (``frames._REFUSED_BY_KOREA``).
- ``RISE_BASE``: "almost four times the increase South Korea offered": a multiple whose base right after it is a rise
  is a multiple of a rise's size, which no payment in the data is the base of (``frames.rise_base``): not a ratio of
  the payment, so never contradicted by one.

Rows: tests/cases/test_fresh80v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check;
CONTROL rows (cell ``control|...``) are figures in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

from conftest import table_test
from test_frames64 import check_frames64_claims as check_fresh80v_claims

from analysis.extract.amounts import find_money, find_multipliers
from analysis.extract.counts import find_counts

#: Each row of tests/cases/test_fresh80v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh80v_claims = table_test("test_fresh80v", check_fresh80v_claims)


def test_hundred_digits_amounts() -> None:
    """A transcript's "nine-hundred-26 million" is one amount; digits after a blank, or a year, are not its rest."""
    got = [(f.exact, f.value["amount"]) for f in find_money(
        "It paid nine-hundred-26 million dollars. It paid two-hundred-and-5 billion won.")]
    assert got == [("nine-hundred-26 million dollars", 926e6), ("two-hundred-and-5 billion won", 205e9)]
    assert [f.exact for f in find_money("It paid nine hundred 26 million dollars.")] == ["26 million dollars"]
    assert [f.exact for f in find_money("It paid two-hundred-2019 million dollars.")] == ["2019 million dollars"]


def test_thousand_and_counts() -> None:
    """"28-thousand and 500 troops" is 28,500; "28 thousand and 5000 troops" (four digits) stays a range."""
    one = find_counts("There are 28-thousand and 500 troops there.")[0].value
    assert (one["count"], one["count_to"]) == (28500, None)
    two = find_counts("There are 28 thousand and 5000 troops there.")[0].value
    assert (two["count"], two["count_to"]) == (28000, 5000)


def test_hyphen_times() -> None:
    """"four-times more" is a multiple; "a two-times champion" (no comparison after it) is not."""
    assert [f.exact for f in find_multipliers("It was four-times more than that; a two-times champion.")] == [
        "four-times"]


def test_fresh80v_counts() -> None:
    """Each "28-thousand and 500 troops" of a long run is one count of 28,500 (speed is measured by benchmarks/, and
    linearity by tests/test_patterns_linear.py and tests/test_adversarial.py, without a clock)."""
    found = find_counts("28-thousand and 500 troops " * 1_000)
    assert len(found) == 1_000 and {f.value["count"] for f in found} == {28500}
