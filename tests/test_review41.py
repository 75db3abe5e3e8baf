"""review41 (eleventh session): adversarial rows on the claims42 and fix40c rules (spans of N years, conversions
that must agree with a rate, origin asides, deal bases, "demand for X, up from Y", pronoun askers). Made-up wording;
figures from data/ (sma_contributions.csv, demands.csv, exchange_rates.csv). A row that is still wrong is a strict
xfail with its reason."""

import pytest
from conftest import DEAL_LEAD, cases, read_claims

_LEAD = DEAL_LEAD

#: Finding 1 (a right figure `contradicted`): "in two years of talks" counts years of something else, not the span of
#: the change; 2022's 5.4 percent rise (1,183.3 → 1,247.1 billion won) was checked against 2020 → 2022 (20 %).
#: Fixed: frames._OVER_YEARS refuses a count of years followed by "of" or an apostrophe ("two years' time").
SPAN_OF = [
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent in two years of talks.",
     "up 5.4 percent", "!contradicted"),
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent in two years of negotiation.",
     "up 5.4 percent", "!contradicted"),
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent in two years' time after a freeze.",
     "up 5.4 percent", "!contradicted"),
    # controls: a span of the change itself is still counted, right and wrong
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 20 percent in two years.", "up 20 percent",
     "supported"),
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 40 percent over the past two years.",
     "up 40 percent", "contradicted"),
    ("2022-06-01", _LEAD + "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent, after two years of talks.",
     "up 5.4 percent", "supported"),
]


#: Finding 2 (a wrong figure withheld): a dollar amount told as converted at a named rate ("($2 billion at the
#: current rate)") that no year's rate joins to the won amount was read as a clause of its own (`not_checkable`), so a
#: wrong conversion went uncaught. Fixed: frames.rate_named — an amount followed by "at ... rate" is a conversion.
RATE_NAMED = [
    ("2019-12-01", "Seoul pays 1.0389 trillion won ($2 billion at the current rate) this year.", "$2 billion",
     "contradicted"),
    ("2019-12-01", "Seoul pays 1.0389 trillion won ($2 billion, at this year's rate) this year.", "$2 billion",
     "contradicted"),
    # controls: a right conversion at a named rate; an unclosed amount naming no rate stays a clause of its own
    ("2019-12-01", "Seoul pays 1.0389 trillion won ($890 million at the current rate) this year.", "$890 million",
     "supported"),
    ("2020-12-01", "Seoul paid 1.0389 trillion won ($5 billion is the US ask) last year.", "$5 billion",
     "!contradicted"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(SPAN_OF=SPAN_OF, RATE_NAMED=RATE_NAMED))
def test_review41_verdict(published: str, text: str, exact: str, verdict: str) -> None:
    got = read_claims(text, published)[exact].verdict
    assert got != verdict[1:] if verdict.startswith("!") else got == verdict


#: Left as strict xfails in review41: a wrong dollar amount restated after "or" and closed by a comma, or set between
#: dashes with a named rate, was read as a clause of its own (`not_checkable`): a wrong conversion withheld. Fixed by
#: claims43: frames.hedged_or_aside (", or about $Y,") and restating_gap's named rate after a dash.
LEFT = [
    ("2019-12-01", "Seoul pays 1.0389 trillion won, or about $2 billion, this year.", "about $2 billion",
     "contradicted"),
    ("2019-12-01", "Seoul pays 1.0389 trillion won, or roughly $600 million, for the U.S. troops.",
     "roughly $600 million", "contradicted"),
    ("2019-12-01", "Seoul pays 1.0389 trillion won — about $2 billion at this year's rate — for the troops.",
     "about $2 billion", "contradicted"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(LEFT=LEFT))
def test_review41_left(published: str, text: str, exact: str, verdict: str) -> None:
    assert read_claims(text, published)[exact].verdict == verdict


#: fix41: a ranking that names no change ("its highest in two years", "the largest in a decade") may rank the payment
#: itself, not its rise; 2022's payment (1,247.1 bn won) is the highest the data has, though its 5.4 % rise is below
#: 2021's 13.9 %. Such a ranking is withheld when one reading holds and the other fails; judged when both settle alike.
RANK_LEVEL = [
    ("2022-11-16", "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent, its highest in two years.",
     "highest in two years", "unverifiable"),
    ("2022-11-16", "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent, the largest in a decade.",
     "the largest in a decade", "unverifiable"),
    ("2022-11-16", "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent, its highest ever.",
     "highest ever", "!contradicted"),
    # controls: a ranking naming the rise is still judged, right and wrong
    ("2022-11-16", "Seoul paid 1.2471 trillion won in 2022, up 5.4 percent, the biggest rise in two years.",
     "the biggest rise in two years", "contradicted"),
    ("2021-03-10", "Seoul pays 13.9% more in 2021, the biggest annual rise in nearly two decades.",
     "the biggest annual rise in nearly two decades", "supported"),
    ("2021-03-10", "Seoul pays 1.1833 trillion won in 2021, up 13.9 percent, its highest since 2003.",
     "highest since 2003", "supported"),
    # a ranking both readings refute: 2005's payment fell 8.9 %, below 2004's level and rise
    ("2005-06-01", "Seoul paid 680.4 billion won in 2005, down 8.9 percent, its highest in two years.",
     "highest in two years", "contradicted"),
]


@pytest.mark.parametrize(("published", "text", "exact", "verdict"), cases(RANK_LEVEL=RANK_LEVEL))
def test_review41_rank_level(published: str, text: str, exact: str, verdict: str) -> None:
    got = read_claims(text, published)[exact].verdict
    assert got != verdict[1:] if verdict.startswith("!") else got == verdict
