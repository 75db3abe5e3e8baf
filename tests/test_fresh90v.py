"""Claim frames learned from fresh text (fresh90v, the fresh round after the eighty-eighth batch; issue #10: never call
a right figure wrong).

The eighty-sixth to eighty-eighth batches' sixteen articles became ``dev``; their misses in claim verdicts show shapes
no rule was written from. Each cause other articles will share got a rule resting on grammar, tried here on sentences
of my own (made-up names; payments data/sma_contributions.csv's, asks data/demands.csv's), with controls the rule must
not move:

- ``SHARE_VERB``: "how the allies should share the costs": "share" with an object after it is the verb, not the
  allies' share (``frames.SHARE_NOUN`` in ``frames._OTHER_PAYER``); "the allies' share of the costs" stays the noun.
- ``GAPPED_ASK``: "asked Tokyo for a 300 percent increase in its yearly payment, from X to Y, and Seoul for a 400
  percent increase, from Z to W": the second conjunct's verb (and its "payment") are left out; W is asked of Seoul, Z
  is the payment (``frames.gapped_conjunct``, ``frames.gapped_ask``, ``frames.gapped_payment``).
- ``DASH_RISE``: "pressing Seoul for a huge increase -- from X to Y --": a dashed aside spelling out the asked rise
  binds as a comma aside does, for the level it reaches, not its base (``frames.change_aside_start``).
- ``PREMIUM_GOAL``: "would like hosts to pay the full cost, plus another 50%", "wants to add a premium of some 50
  percent", "the 'cost plus 50 percent' base plan": the premium of the "cost plus N" formula told as a wish or plan is
  ``other``/``hypothetical`` (``frames.premium_goal``); insisted on, it stays an ask.
- ``ASKED_RISE_FROM`` (frames, below): "to pay X for a year, a 49 percent increase from what Korea paid last year":
  the base after "from what <payer> paid" is the year before the ask (``frames.FROM_WHAT_PAID``,
  ``frames.asked_rise_from``).

Rows: tests/cases/test_fresh90v.csv, in tests/test_frames62.py's format and read by tests/test_frames64.py's check;
CONTROL rows (cell ``control|...``) are figures in the same shapes that must keep their verdicts.
"""

from __future__ import annotations

import pytest
from conftest import assert_check_linear, table_test
from test_frames64 import check_frames64_claims as check_fresh90v_claims

from analysis.frames import annotate_text, build_figures

#: Each row of tests/cases/test_fresh90v.csv reads as it wants (tests/test_frames64.py's check).
test_fresh90v_claims = table_test("test_fresh90v", check_fresh90v_claims)

#: (text, published, figure, its years): the year of an ask counted from a dated base, and controls.
ASKED_RISE_FROM = [
    ("Porvik is pressing Hanul to pay about $1.3 billion for a year, a 49 percent increase from what Hanul paid last "
     "year.", "2020-05-25", "about $1.3 billion", [2020]),
    ("Porvik is pressing Hanul to pay about $1.3 billion for a year, a 49 percent increase from what Hanul paid last "
     "year.", "2020-05-25", "49 percent increase", [2020]),
    ("Porvik is pressing Hanul to pay $1.3 billion, a 49 percent increase from the 2019 level.", "2020-05-25",
     "49 percent increase", [2020]),
    # controls: a payment's own rise keeps its year; a base with no date leaves the year of publication
    ("Hanul paid 1.0389 trillion won in 2019, an 8.2 percent increase from what Hanul paid the year before.",
     "2020-05-25", "8.2 percent increase", [2019]),
    ("Porvik wants Hanul to pay $1.3 billion, a 49 percent increase from what it pays.", "2020-05-25",
     "49 percent increase", [2020]),
]


@pytest.mark.parametrize(("text", "published", "exact", "years"), ASKED_RISE_FROM)
def test_asked_rise_from(text: str, published: str, exact: str, years: list[int]) -> None:
    """An ask counted from a dated payment is of the year after that payment, as a rise of the payment is."""
    frames = {f.span.exact: f.frame.to_dict() for f in build_figures(annotate_text(text, published))}
    assert frames[exact]["years"] == years, frames


#: One paragraph holding every new shape once (each rule's trigger), repeated for the linearity test.
SHAPE = ("As the allies share the burden, Porvik pressed Hanul to pay $1.3 billion, a 49 percent increase from what "
         "Hanul paid last year. Dalvin asked Tokyo for a 300 percent increase in its payment, from $2 billion to $8 "
         "billion, and Seoul for a 400 percent increase, from $1 billion to $5 billion. They pressed Seoul for a huge "
         "increase -- from about $900 million to $5 billion annually -- to offset costs. Porvik would like hosts to "
         "pay the full cost, plus another 50% above that. ")


def test_linear() -> None:
    """The new patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``)."""
    assert_check_linear(SHAPE, "2019-12-01")
