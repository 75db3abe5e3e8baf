"""Adversarial review of the claims43 verdict rules (review43, twelfth session).

Sentences of my own (made-up wording; figures from data/sma_contributions.csv, demands.csv, exchange_rates.csv) that
a careful checker reads one way and a claims43 rule may read another: near-misses of a rule's trigger, other tenses
and orders, two figures in one sentence. A row the tool gets wrong is a strict xfail whose reason names the rule at
fault; a row it gets right stays as a control. Worst first: a right figure caught (``contradicted``/``misleading``),
then a wrong figure ``supported`` or no longer caught, then a right figure withheld or read as another quantity.

Figures used: payments 2014 920.0, 2018 960.2, 2019 1,038.9, 2021 1,183.3, 2025 1,402.8, 2026 1,519.2 bn won
(2019 = $891 M at 1,165.8 won/$); asks $5 billion (2019), $4.7 billion (2019), $1.3 billion (2020), $10 billion
(2024, 2025).
"""

from __future__ import annotations

import pytest
from conftest import DEAL_LEAD, read_claims, verdict_fits


def _xfail(*row: str, reason: str) -> object:
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


_OPENER = ("OPENER_REACHES (frames.opener_reaches): the opening date is carried into a coordinated clause that moves "
           "on in time ('later', 'afterwards', 'after X', 'the 11th deal', 'the new deal'); ")
_ASKED = "ASKED_QUESTION (frames._NOT_A_QUESTION): "
_REQUIRED = "REQUIRED_TO_PAY (frames._PAID_RELATIVE, _OBLIGED_FORM): "
_BORE = "KOREA_BORE_COST (guards._KOREA_BORE): "

#: (published, text, exact, want): want is a verdict, "caught", "not_contradicted" or "!supported".
ROWS = [
    # --- OPENER_REACHES: a right later payment was judged as the opener's year -> misleading (a right figure caught);
    # fixed by frames._MOVED_ON (a coordinated clause that moves on in time keeps its own period)
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won for the U.S. troops, but its cost-sharing payment "
     "later rose to 1.1833 trillion won.", "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, and it later paid 1.1833 trillion won.",
     "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but its payment afterwards rose to 1.1833 trillion won.",
     "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but it paid 1.1833 trillion won after the 11th deal was "
     "signed.", "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but the 11th deal raised its payment to 1.1833 trillion "
     "won.", "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but its payment rose to 1.1833 trillion won under the "
     "next deal.", "1.1833 trillion won", "not_contradicted"),
    # a wrong rise of the new deal was judged as the opener's year's (unverifiable; contradicted before claims43): fixed
    ("2026-03-01", "In 2025, Seoul paid 1.4028 trillion won, but the new deal raised its payment by 3 percent.",
     "3 percent", "caught"),
    # fixed (fix44c): rules.payment_reported takes no year-before fallback for a clause that moves on from that year
    # (frames.moved_on_from)
    ("2026-03-01", "In 2025, Seoul paid 1.4028 trillion won, but the new deal raised its payment to 1.3 trillion "
     "won.", "1.3 trillion won", "!supported"),
    # controls (fix44c): the new deal's right figure; the fallback with no opener left as it was
    ("2026-03-01", "In 2025, Seoul paid 1.4028 trillion won, but the new deal raised its payment to 1.5192 trillion "
     "won.", "1.5192 trillion won", "supported"),
    ("2026-01-10", DEAL_LEAD + "Seoul pays 1.4028 trillion won for the U.S. troops.", "1.4028 trillion won",
     "supported"),
    # controls: the opener's own period (claims43 rows), a clause with a time of its own, "has since"
    ("2024-10-20", "Back in 2019, Seoul offered to pay 1.0389 trillion won, but Washington wanted $5 billion.",
     "$5 billion", "supported"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but it agreed two years later to pay 1.1833 trillion "
     "won.", "1.1833 trillion won", "supported"),
    ("2024-10-20", "In 2019, Seoul paid 1.0389 trillion won, but its payment has since risen to 1.1833 trillion "
     "won.", "1.1833 trillion won", "not_contradicted"),
    ("2024-10-20", "In 2019, Trump demanded $5 billion, but Seoul's payment rose just 13.9 percent in 2021.",
     "13.9 percent", "supported"),

    # --- TIMES_THE_BASE: a multiple of a named ask was divided by the payment -> contradicted on a right figure;
    # fixed by frames.asked_base (a base framed as a demand or offer: the payment is not the base, no target)
    ("2025-07-10", DEAL_LEAD + "Trump now says Seoul should pay $10 billion a year. That's twice the $5 billion he "
     "demanded in 2019.", "twice", "not_contradicted"),
    ("2025-07-10", DEAL_LEAD + "Trump now says Seoul should pay $10 billion a year. That is double the $5 billion he "
     "sought in 2019.", "double", "not_contradicted"),
    ("2020-07-21", DEAL_LEAD + "Trump first demanded $5 billion a year. That's nearly four times the $1.3 billion he "
     "now seeks.", "nearly four times", "not_contradicted"),
    ("2019-12-08", DEAL_LEAD + "U.S. negotiators asked Seoul for $4.7 billion. That's five times the $900 million it "
     "paid in 2019, and twice the $2.4 billion Seoul offered.", "twice", "not_contradicted"),
    # a wrong multiple of an ask is withheld, not supported
    ("2025-07-10", DEAL_LEAD + "Trump now says Seoul should pay $10 billion a year. That's five times the $5 billion "
     "he demanded in 2019.", "five times", "!supported"),
    # fixed (fix44c): frames.past_other_multiple -- an amount past another multiple is that multiple's, not the result
    ("2019-12-08", DEAL_LEAD + "U.S. negotiators asked Seoul for $4.7 billion. That's five times the $900 million it "
     "paid in 2019, and twice the $2.4 billion Seoul offered.", "five times", "not_contradicted"),
    # control (fix44c): a wrong first multiple in the same shape is still caught
    ("2019-12-08", DEAL_LEAD + "U.S. negotiators asked Seoul for $4.7 billion. That's ten times the $900 million it "
     "paid in 2019, and twice the $2.4 billion Seoul offered.", "ten times", "caught"),
    # controls: the base is the payment (claims43 rows)
    ("2019-12-08", DEAL_LEAD + "U.S. negotiators have asked Seoul to pay roughly $5 billion a year. That's five times "
     "the $900 million Seoul pays now.", "five times", "supported"),
    ("2025-07-10", DEAL_LEAD + "Trump says Seoul should pay $10 billion a year. That's roughly ten times the $1 "
     "billion it pays.", "roughly ten times", "supported"),
    ("2025-07-10", DEAL_LEAD + "Trump says Seoul should pay $10 billion a year. That's about seven times the 1.4 "
     "trillion won Seoul pays this year.", "about seven times", "caught"),

    # --- ASKED_QUESTION: "asked whether/by ... to pay" is still an ask
    _xfail("2019-11-20", DEAL_LEAD + "U.S. negotiators asked whether Seoul would pay $5 billion a year.",
           "$5 billion a year", "supported",
           reason=_ASKED + "'asked whether Seoul would pay X' is an ask put to Seoul; read as the payment "
           "(unverifiable; supported as a demand before claims43)"),
    _xfail("2019-11-20", DEAL_LEAD + "Seoul was asked by U.S. officials for $5 billion a year.", "$5 billion a year",
           "supported", reason=_ASKED + "a passive ask ('was asked by U.S. officials for X') read as the payment "
           "(supported as a demand before claims43)"),
    _xfail("2019-11-20", DEAL_LEAD + "South Korea was asked by the Trump administration to pay $5 billion a year.",
           "$5 billion a year", "supported",
           reason=_ASKED + "a passive ask ('was asked by X to pay') read as the payment (an offer before)"),
    # controls
    ("2019-11-20", DEAL_LEAD + "Washington asked if Seoul could pay $5 billion a year.", "$5 billion a year",
     "supported"),
    ("2025-07-10", DEAL_LEAD + "Asked about Trump's remarks, the minister said, \"It is a fact that we pay 1.4 "
     "trillion won.\"", "1.4 trillion won", "supported"),

    # --- REQUIRED_TO_PAY: an obligation between a demand word and the amount ended the demand's reach (the amount
    # read as the payment; supported as a demand before claims43); fixed by frames._OBLIGED_FORM (after the amount)
    ("2019-11-20", DEAL_LEAD + "Trump insisted that it had to pay $5 billion a year.", "$5 billion a year",
     "supported"),
    ("2019-11-20", DEAL_LEAD + "Under the U.S. proposal, Seoul is required to pay $5 billion a year.",
     "$5 billion a year", "supported"),
    # fixed (fix44c): frames._TOLD_TO_PAY -- "told X (that) it had to / must pay Y" is a demand
    ("2019-11-20", DEAL_LEAD + "Trump told Seoul it had to pay $5 billion a year.", "$5 billion a year", "supported"),
    ("2019-11-20", DEAL_LEAD + "The envoy told his hosts that Seoul must pay $5 billion a year.", "$5 billion a year",
     "supported"),
    # controls (fix44c): "told" with no obligation, and an obligation with no "told", stay the payment
    ("2020-01-10", DEAL_LEAD + "The minister told lawmakers that Seoul paid 1.0389 trillion won in 2019.",
     "1.0389 trillion won", "supported"),
    ("2020-01-10", DEAL_LEAD + "The minister told lawmakers that Seoul paid 1.5 trillion won in 2019.",
     "1.5 trillion won", "caught"),
    ("2020-01-10", DEAL_LEAD + "In 2019, Seoul had to pay 1.0389 trillion won.", "1.0389 trillion won", "supported"),
    _xfail("2020-03-19", DEAL_LEAD + "Seoul rejected the $5 billion that it had to pay under Trump's plan.",
           "$5 billion", "supported", reason=_REQUIRED + "'the X that it had to pay under Trump's plan' is the "
           "ask; read as the payment"),
    # controls: the claims43 row; an obligation under a proposal with "would be"
    ("2020-03-19", DEAL_LEAD + "Seoul offered a 10 percent increase on the $870 million it was required to pay "
     "under last year's deal.", "$870 million", "supported"),
    ("2019-11-20", DEAL_LEAD + "Seoul would be required to pay $5 billion a year under the U.S. demand.",
     "$5 billion a year", "supported"),
    ("2020-03-19", DEAL_LEAD + "Seoul balked at the $5 billion it was required to pay under the U.S. proposal.",
     "$5 billion", "supported"),

    # --- KOREA_BORE_COST: Korea covering part of the troops' cost does not make the total its payment
    # fixed (fix44c): guards.korea_bore_all -- bearing "part of / half of" the cost does not make it Korea's payment
    ("2019-01-22", DEAL_LEAD + "South Korea has covered part of the cost of U.S. troops, which stood at about "
     "$3.5 billion in 2018.", "about $3.5 billion", "not_checkable"),
    # fixed (fix44c): guards.estimated_by_other_side -- "which Washington puts at X" is that side's estimate of the cost
    ("2019-01-22", DEAL_LEAD + "South Korea has long funded the cost of U.S. troops here, which Washington puts at "
     "$4.5 billion a year.", "$4.5 billion a year", "not_checkable"),
    # control (fix44c): the payer's own estimate stays its payment
    ("2020-01-10", DEAL_LEAD + "South Korea has long funded the cost of U.S. troops here, which Seoul puts at "
     "1.0389 trillion won in 2019.", "1.0389 trillion won", "supported"),
    # controls
    ("2019-01-22", DEAL_LEAD + "Korea has never borne the cost of U.S. troops, which stood at $3.5 billion in 2018.",
     "$3.5 billion", "not_checkable"),
    ("2019-01-22", DEAL_LEAD + "South Korea has long borne the cost of U.S. troops on the peninsula, which stood at "
     "about $660 million in 2005.", "about $660 million", "supported"),

    # --- NORM_PERCENT: a norm noun that names a rise's aim ("an 8.3 percent increase target", "a 13.9 percent target
    # for the rise") made the rise not_checkable (supported before claims43); fixed in frames.headed_other
    ("2025-06-20", DEAL_LEAD + "Seoul agreed to an 8.3 percent increase target for 2026.", "8.3 percent increase",
     "supported"),
    ("2021-03-10", DEAL_LEAD + "Seoul met Washington's 13.9 percent target for the rise.", "13.9 percent",
     "supported"),
    ("2021-03-10", DEAL_LEAD + "Seoul met Washington's 20 percent target for the rise.", "20 percent", "!supported"),
    # control (the claims43 norms stay in tests/test_claims43.py): a norm with no rise named
    ("2021-03-10", DEAL_LEAD + "Seoul's 13.9 percent rise beat the alliance's 10 percent benchmark.", "10 percent",
     "not_checkable"),
    # --- (not claims43) a percent named by a relative clause of asking is the ask, not the payment's rise
    # fixed (fix44c): frames.asked_relative -- a percent after "the" that a relative clause of asking names is the ask
    ("2021-03-10", DEAL_LEAD + "Seoul's payment will rise 13.9 percent to 1.1833 trillion won, against the 50 percent "
     "Washington sought.", "50 percent", "not_contradicted"),
    # controls (fix44c): a percent apposed to the amount is its change; a relative clause with no asking verb
    ("2021-03-10", DEAL_LEAD + "Seoul will pay 1.1833 trillion won this year, up 13.9 percent.", "up 13.9 percent",
     "supported"),
    ("2021-03-10", DEAL_LEAD + "Seoul will pay 1.1833 trillion won this year, up 20 percent.", "up 20 percent",
     "caught"),
    ("2021-03-10", DEAL_LEAD + "Seoul will pay 1.1833 trillion won this year, the 13.9 percent the deal set.",
     "13.9 percent", "supported"),

    # --- DOLLAR_ROW, RESULT_BEFORE_BASE: controls (right readings)
    ("2019-12-08", DEAL_LEAD + "Despite Washington's $5 billion demand, Seoul's payment in 2019 was a sixfold "
     "increase from the $150 million it paid in 1991.", "$150 million", "supported"),
    ("2019-12-08", DEAL_LEAD + "Seoul paid 1.0389 trillion won this year; Washington wants a fivefold rise from the "
     "$870 million it paid in 2018.", "fivefold", "not_contradicted"),
]


@pytest.mark.parametrize(("published", "text", "exact", "want"), ROWS)
def test_review43(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    wrong_kept_out = claim.verdict in ("contradicted", "misleading", "unverifiable")  # caught or withheld
    assert wrong_kept_out if want == "!supported" else verdict_fits(claim.verdict, want), (claim.verdict,
                                                                                          claim.evidence)
