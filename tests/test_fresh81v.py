"""Money, claim verdicts and wrong figures learned from fresh text (fresh81v, the fresh round after the eightieth
batch; issue #10: never call a right figure wrong).

The seventy-eighth to eightieth batches' sixteen articles (tests b7880) became ``dev``; their misses in claim verdicts
and wrong figures caught show how the rules fail on wording no rule was written from. Each cause other articles will
share got a rule resting on grammar or general news wording, tried here on sentences of my own (made-up names;
payments data/sma_contributions.csv's, asks data/demands.csv's, troop levels data/troops.csv's), with controls the
rule must not move:

- ``INCREASING``: "a deal increasing Seoul's annual bill by 6.75 percent": the participles "increasing" and "rising"
  tell a change (``frames._CHANGE``); the adverb "increasingly" does not.
- ``SUGGESTED_FACT``: "comments that suggested Seoul had agreed to pay X more": "suggest" before a clause of fact (its
  subject, then had/has/was/is/did) means imply, no offer (``frames._SUGGESTS_FACT``); "suggested a deal with X",
  "suggested it was willing to pay X" stay offers.
- ``OVER_DEAL``: "an 8.2 percent increase over the previous agreement": a rise counted over the previous deal is one
  change, not the average of its term (``frames.rise_over_deal``); "N percent a year over" and "under" stay averages.
- ``CITED_AGAIN``: "when asked about Porvik's $500 million figure", "the "500 million dollars" President Porvik
  mentioned": a figure named again as one someone gave takes its first mention's frame (``frames.cited_again`` in
  ``frames.repeated_frames``) and its payment cue (``frames._said_before``).
- ``RELATIVE_ASK``: "settled at $1.4 billion, which was Washington's initial request": a relative clause naming the
  amount an ask or offer (``frames.relative_ask``); not a comparison ("which was below Washington's request").
- ``CURRENT_LEVEL``: "increase its burden by X from the current level of about Y a year": Y is the payment now
  (``frames.from_current_level``).
- ``INCREASED_BY``: "wants South Korea to increase its burden by X": an ask told as a rise, judged as "an increase of
  X" is (``rules.increased_by`` in ``rules.demanded_increase``).
- ``US_NO_STOP`` (counts): "28,500 U.S troops": the last stop of "U.S." dropped (``counts._US_WORDS``).

Rows: tests/cases/test_fresh81v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check;
CONTROL rows (cell ``control|...``) are figures in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

from conftest import assert_check_linear, table_test
from test_frames64 import check_frames64_claims as check_fresh81v_claims

from analysis.extract.counts import find_counts

#: Each row of tests/cases/test_fresh81v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh81v_claims = table_test("test_fresh81v", check_fresh81v_claims)


def test_us_no_stop_counts() -> None:
    """Each "28,500 U.S troops" of a long run is one count; "U.Sx" is no word for the US."""
    found = find_counts("28,500 U.S troops; " * 1_000)
    assert len(found) == 1_000 and {f.value["count"] for f in found} == {28500}
    assert [f.exact for f in find_counts("28,500 U.Sx troops")] == []


#: One paragraph holding every new shape once (each rule's trigger), repeated for the linearity test.
SHAPE = ("His comments suggested that Seoul had agreed to pay $500 million more. Aides doubted Porvik's $500 million "
         "figure, and the \"$500 million\" President Porvik mentioned. Talks settled at $1.4 billion, which was "
         "Washington's initial request. The US wants Seoul to increase its burden by $300 million from the current "
         "level of about $900 million a year. The figure is an 8.2 percent increase over the previous agreement, a "
         "cost-sharing deal increasing Seoul's bill by 6.75 percent for 28,500 U.S troops. ")
def test_linear() -> None:
    """The new patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``): the work of ``check_text`` on the shapes repeated to 50 KB is at most 1.5 times
    ten times its work on 5 KB (a figure named again reads back a bounded window, ``frames.CITED_WINDOW``, not the
    whole text)."""
    assert_check_linear(SHAPE, "2019-12-01")
