"""A change verb's direction carried to its "by <amount>" across a date phrase, a comma or a passive (fix50a,
session 50).

Right figures were called ``contradicted`` because a cut was read as a rise when a date phrase, a comma or a
passive stood between the verb and "by N" ("Seoul first cut its payment in 2005, by 8.9 percent", "the payment was
cut in 2005 by 8.9 percent"), or a "by <money>" after "lowered its payment in 2005" was read as the payment itself.
:func:`analysis.extract.amounts.verb_by_direction` reads the verb across its object, one date phrase ("in/during
<year>", "in March", "last year") and at most one comma, or a passive "was/were/has been <verb>"; find_percents asks
it when nothing else gave a direction (also behind a bound after "by": "by nearly 9 percent"), and frames.fell_by
asks it for money, which makes such an amount a fall, never the payment.

Rows of my own (invented wording; figures from data/sma_contributions.csv: 2005's cut of 8.9 percent or 66.5 billion
won, 1999's fall of about 15 percent in dollars) in tests/cases/test_fix50a.csv, read as tests/test_years47.py reads
a sentence; ``GAP_CTRL`` rows are near misses that keep main's verdict.
"""

from __future__ import annotations

from conftest import table_test
from test_review45 import fits
from test_years47 import read_verdict


def check_fix50a_claims(published: str, text: str, needle: str, want: str) -> None:
    verdict, evidence = read_verdict(published, text, needle)
    assert fits(verdict, want), (verdict, evidence)


test_fix50a_claims = table_test("test_fix50a", check_fix50a_claims)
