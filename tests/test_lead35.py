"""A won figure given for a year is another year's payment only to its last digit (lead, thirty-fifth session, at
cfix39's report): "Seoul paid 750 billion won in 2009" was ``contradicted`` as 2004's 746.9 bn won, 0.4 % off it,
though 2009's 760.0 is 1.3 % off and within the band; the other year's row must now be the figure as far as its
numeral is precise (``rules.stated_rounding``, capped at ``Tolerances.exact_rel``), as "725.5" is 2007's 725.5.
"""

from __future__ import annotations

import pytest

from analysis.check import check_text

ROWS = [
    ("2010-03-01", "Seoul paid 750 billion won in 2009.", "supported"),
    ("2010-03-01", "Seoul paid about 750 billion won in 2009.", "supported"),
    ("2012-03-01", "Seoul paid 810 billion won in 2011.", "supported"),  # 2011: 812.5; no row is 810 to the digit
    # near misses: the other year's figure to its last digit stays contradicted
    ("2009-01-16", "South Korea paid 725.5 billion won in 2008.", "contradicted"),  # 2007's 725.5
    ("2010-03-01", "Seoul paid 746.9 billion won in 2009.", "contradicted"),  # 2004's 746.9
    ("2025-07-09", "Seoul will pay 1.52 trillion won in 2025.", "contradicted"),  # 2026's 1,519.2
]


@pytest.mark.parametrize(("published", "text", "want"), ROWS)
def test_another_years_payment_only_to_the_last_digit(published: str, text: str, want: str) -> None:
    """The verdict on the one figure of each row."""
    (claim,) = check_text("T\n\n" + text, published=published).claims
    assert claim.verdict == want, claim.evidence
