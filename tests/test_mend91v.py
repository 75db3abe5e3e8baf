"""Over-reaches review91 found in new claim rules, mended (mend91v), with near misses each mend must leave alone.

Each row is a sentence after the review's lead (a made-up sentence of the cost-sharing story) checked end to end with
``check_text``: the (verdict, quantity, modality) of the claims whose words are the row's figure, ``[]`` for no claim.
Troop levels are data/troops.csv's, asks data/demands.csv's. Tables, by review91 finding:

- ``CURRENT_APPOSITION`` (findings 1, 2): an appositive "the current level" names a count the level now only when it
  ends there or tells where the troops are ("the current level stationed there"); "the current level set by
  Congress", "its present level under the act", "the current number in the Army's plan" name a floor or a plan's
  level, which stays unjudged (``frames.current_apposition``).
- ``FORMER_TROOPS`` (finding 3): a count of former soldiers ("20,000 GIs who served in the war", "former GIs") is no
  level there (``frames.troops_former``).
- ``CURRENT_ASK`` (finding 11): "from the present $4.7 billion U.S. ask" is an ask counted from, not the payment
  (``frames.from_current_sum``).
- ``DEMANDED_LABEL`` (finding 12): a premium after a verb of asking ("Trump demanded cost plus 50%: he wants ...") is
  the ask, not a label of a wish (``frames.labelled_goal``).
- ``QUOTED_IF`` (review91's under-reach): a condition that opens a quotation after its speech tag ("Trump said, “If
  Seoul paid us X a year, then it's a fine deal.”") is hypothetical (``frames.if_clause_figure``).
"""

from __future__ import annotations

import pytest

from analysis.check import check_text

#: The review's lead: a sentence that puts a row in the cost-sharing story without a figure of its own.
LEAD = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "
NC = "not_checkable"


def readings(text: str, published: str, exact: str) -> list[tuple[str, str, str]]:
    """Return (verdict, quantity, modality) of each claim whose words are ``exact`` in ``text`` as of ``published``."""
    report = check_text("T\n\n" + LEAD + text, published=published)
    return [(c.verdict, c.frame.quantity, c.frame.modality) for c in report.claims if c.exact == exact]


#: (text, published, figure, its readings).
CURRENT_APPOSITION = [
    ("The FY2019 defense act barred reducing U.S. troops in South Korea below 22,000, the current level set by "
     "Congress.", "2019-06-10", "below 22,000", [(NC, "troops", "reported")]),
    ("The FY2019 defense act barred reducing U.S. troops in South Korea below 22,000, its present level under the "
     "act.", "2019-06-10", "below 22,000", [(NC, "troops", "reported")]),
    ("Trump wants to cut the U.S. troops in Korea to 15,000, the current number in the Army's plan.", "2020-06-10",
     "15,000", [(NC, "troops", "reported")]),
    # near misses: an appositive that ends the clause, or tells where the troops are, names the level now
    ("A bill bars reducing U.S. troops in Korea below 28,500, the current level.", "2019-12-13", "below 28,500",
     [("supported", "troops", "reported")]),
    ("A bill bars reducing U.S. troops in Korea below 40,000 personnel, the current level in South Korea.",
     "2019-12-13", "below 40,000 personnel", [("contradicted", "troops", "reported")]),
    ("A bill bars reducing U.S. troops in Korea below 28,500 personnel, the current level stationed on the "
     "peninsula, lawmakers said.", "2019-12-13", "below 28,500 personnel", [("supported", "troops", "reported")]),
]

FORMER_TROOPS = [
    ("Some 20,000 GIs who served in the war have revisited Korea since 2010.", "2019-06-10", "Some 20,000 GIs",
     [(NC, "troops", "reported")]),
    ("Thousands of former GIs, some 20,000 GIs in all, rallied in Seoul.", "2019-06-10", "some 20,000 GIs",
     [(NC, "troops", "reported")]),
    ("Some 30,000 servicemen who fought in Korea marched in Seoul.", "2019-06-10", "Some 30,000 servicemen",
     [(NC, "troops", "reported")]),
    # near misses: a former president's count of today's GIs, and GIs who serve there now, are the level
    ("The former president said 45,000 GIs are in Korea.", "2019-06-10", "45,000 GIs",
     [("contradicted", "troops", "reported")]),
    ("Some 28,500 GIs who serve in Korea face furloughs.", "2019-06-10", "Some 28,500 GIs",
     [("supported", "troops", "reported")]),
]

CURRENT_ASK = [
    ("Trump wants to raise Seoul's payment to $5 billion from the present $4.7 billion U.S. ask.", "2019-11-20",
     "$4.7 billion", [("supported", "demand", "demand")]),
    ("Trump wants to raise Seoul's payment to $5 billion from the present $4.7 billion demand.", "2019-11-20",
     "$4.7 billion", [("supported", "demand", "demand")]),
    # near misses: the amount alone, or a payment's noun after it, is the payment now
    ("Trump wants to raise Seoul's payment to $5 billion from the present $891 million.", "2019-11-20",
     "$891 million", [("supported", "sma_payment", "reported")]),
    ("Trump wants to raise Seoul's payment to $5 billion from the present $891 million payment.", "2019-11-20",
     "$891 million", [("supported", "sma_payment", "reported")]),
]

DEMANDED_LABEL = [
    ("Trump demanded cost plus 50%: he wants Seoul to pay the full cost of the troops and half again.", "2019-03-08",
     "50%", [("unverifiable", "demand", "demand")]),
    # near miss: the formula as the label opening its sentence stays a goal
    ("'Cost plus 50%:' Trump wants Seoul to pay the full cost of the troops and half again.", "2019-03-08", "50%",
     [(NC, "other", "hypothetical")]),
]

QUOTED_IF = [
    ("Trump said, “If Seoul paid us $40 billion a year, then it's a fine deal.”", "2019-11-20", "$40 billion a year",
     [(NC, "sma_payment", "hypothetical")]),
    ("Trump said: \"If Seoul paid us $40 billion a year, then it's a fine deal.\"", "2019-11-20",
     "$40 billion a year", [(NC, "sma_payment", "hypothetical")]),
    # near misses: the quote-first form (fresh92's) and a condition after its main clause in the quotation
    ("“If Seoul paid us $40 billion a year, then it's a fine deal,” Trump said.", "2019-11-20", "$40 billion a year",
     [(NC, "sma_payment", "hypothetical")]),
    ("Trump said, “Seoul paid us $40 billion a year, if you believe the papers.”", "2019-11-20",
     "$40 billion a year", [("contradicted", "sma_payment", "quotation")]),
]


@pytest.mark.parametrize(("text", "published", "exact", "want"),
                         CURRENT_APPOSITION + FORMER_TROOPS + CURRENT_ASK + DEMANDED_LABEL + QUOTED_IF)
def test_readings(text: str, published: str, exact: str, want: list[tuple[str, str, str]]) -> None:
    """Each figure gets the readings its row says (none: no claim made of it)."""
    assert readings(text, published, exact) == want
