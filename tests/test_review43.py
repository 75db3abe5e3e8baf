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

from conftest import read_claims, table_test, verdict_fits

#: The rows by class, worst first (published, text, exact, want: a verdict, "caught", "not_contradicted" or
#: "!supported"), each note saying what its rows show and the rule that fixed them; a row still wrong is a strict xfail
#: whose reason (column ``xfail``) names the rule at fault: tests/cases/test_review43.csv. OPENER_REACHES: an opening
#: date carried into a coordinated clause that moves on in time (frames._MOVED_ON); TIMES_THE_BASE: a multiple of a
#: named ask (frames.asked_base); ASKED_QUESTION: "asked whether/by ... to pay" is still an ask; REQUIRED_TO_PAY: an
#: obligation after a demand word (frames._OBLIGED_FORM); KOREA_BORE_COST: Korea covering part of the troops' cost;
#: NORM_PERCENT: a norm noun naming a rise's aim (frames.headed_other); ASKED_RELATIVE: a percent named by a relative
#: clause of asking (frames.asked_relative); DOLLAR_ROW: controls.


def check_review43(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    wrong_kept_out = claim.verdict in ("contradicted", "misleading", "unverifiable")  # caught or withheld
    assert wrong_kept_out if want == "!supported" else verdict_fits(claim.verdict, want), (claim.verdict,
                                                                                          claim.evidence)


test_review43 = table_test("test_review43", check_review43)
