"""Right figures of many kinds, made up by the lead in the words news copy uses, are never called wrong (thirty-third
session; issue #10: never call a right figure wrong, on text no rule was written from).

The held-out batches showed right figures called ``contradicted`` when they were not the SMA payment: a weapon's price,
an exercise's cost, another host's troops or payment, a defence budget's growth. Before reading any new batch's
misses, the lead wrote sentences of those kinds from how wire copy phrases them (not from any corpus article) and
checked each: 83 sentences, four kinds (tests/cases/test_probe33.csv):

- PCT: percents that are not the payment's change (a defence budget's growth, a share of GDP, workers' pay rises, a
  poll, tariffs, a currency's fall, inflation) beside SMA figures, and right changes of the payment;
- MONEY: sums that are not Seoul's payment (THAAD's price, the drills' cost, Camp Humphreys, Japan's and Germany's
  payments, arms purchases, investment pledges, the US's own spending, workers paid outside the SMA);
- TROOPS: counts that are not the level in Korea (Korean troops, Germany's, Japan's, a planned cut, a drill's, workers)
  and two wrong levels Trump gave (``wrong``: the one figure each row wants called wrong);
- PAY: right payments and changes of 1991-2026 bound to their years in several grammars.

Three were wrong before the session's probe33 changes: "a pay rise of 2.6 percent" for Korean workers and "the won
fell 10 percent against the dollar" judged as changes of the payment, and "Japan hosts about 54,000 U.S. troops,
nearly twice the number in South Korea" judged as the level in Korea (the Korea named after the count was the base of
a comparison).
"""

from __future__ import annotations

import pytest
from conftest import case_tables

from analysis import check

ROWS = case_tables("test_probe33")  # tests/cases/test_probe33.csv


def called_wrong(published: str, text: str) -> list[str]:
    """Return the words of every claim of ``text`` (one paragraph under the headline "T") called contradicted or
    misleading."""
    return [c.exact for c in check.check_text(f"T\n\n{text}", published).claims
            if c.verdict in ("contradicted", "misleading")]  # fmt: skip


@pytest.mark.parametrize("table", sorted(ROWS))
def test_probe_class(table: str) -> None:
    """In each row only the figure it names as wrong (none in most rows) is called wrong; failing rows listed."""
    bad = [f"{text[:70]!r}: {got}" for published, text, wrong in ROWS[table]
           if (got := called_wrong(published, text)) != ([wrong] if wrong else [])]
    assert not bad, "\n".join(bad)
