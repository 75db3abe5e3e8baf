"""mend55v: the mend of verd55 after review55v (my own sentences, names and figures).

- ``TIED``: a rate word ("each family pays X") or a part of the payment ("the logistics portion of ... fell P") makes
  the figure another quantity only as the amount's own subject and verb (``frames.rate_or_part_subject``), so "every
  voter helps pay for Seoul's contribution of X" stays the payment and is caught (review55v z10, z17);
- ``PRONOUN``: a pronoun opening a sentence or a clause after a semicolon, a short opener of time before it ("Since
  then it", "This year it"), carries the payment the sentence before names (``rules.told_of_payment_before``,
  ``rules._PAYMENT_SUBJECT``): its doubt is not of the quantity, so a wrong figure stays `unverifiable` as on main;
- ``ASK``: a sum its clause frames as an ask ("the $X the president first floated") stays `unverifiable`
  (``rules.misprinted_record``, ``rules._ASK_WORD``);
- ``PAYER``: a payer with a pay verb ("Seoul will foot X"), or "pressed Seoul to pay more, and got X", names the
  payment (``rules.korea_gives``): `unverifiable`, as on main (tests/cases/test_mendf77.csv GOT_INTENT 9);
- ``PREMIUM``: a premium named after its percent ("an extra N% premium") in a plan being prepared or weighed is the
  "cost plus N" formula as a plan, not_checkable (``frames.premium_goal``);
- ``OTHER``: a plural possessive before "pay" ("legislators' pay") is wages; an armed service's own budget is a
  budget (``frames._OTHER_CUES``).
Verdict classes: C caught (contradicted/misleading), U unverifiable, NC not_checkable, NOTC anything but caught.
"""
# ruff: noqa: E501
from __future__ import annotations

import datetime as dt

import pytest
from conftest import table

from analysis import check

LEAD = "Negotiators from Seoul and Washington met again this week on the cost-sharing agreement for U.S. troops."

ROWS = table(
    r"""
table | published | text | exact | want
# TIED: fail on main (rate/part), and near misses that stay caught
TIED | 2019-11-20 | Each family in Gwangju pays roughly 45,000 won a year toward the troops. | 45,000 won | NC
TIED | 2019-11-20 | The logistics portion of Seoul's contribution fell 9 percent this year. | 9 percent | NC
TIED | 2019-11-20 | Every Korean voter helps pay for Seoul's contribution of 1.6 trillion won this year. | 1.6 trillion | C
TIED | 2019-11-20 | Seoul's contribution of 1.6 trillion won this year is a load each household bears. | 1.6 trillion | C
TIED | 2019-11-20 | Seoul pays 1.6 trillion won this year, about 30,000 won for each household. | 1.6 trillion | C
# PRONOUN: wrong payments carried by a pronoun stay unverifiable (main's); another payer's is not caught
PRONOUN | 2019-11-20 | Seoul's cost-sharing contribution is 1.6 trillion won this year. It grew 25 percent. | 25 percent | U
PRONOUN | 2019-11-20 | Seoul's contribution was 880 billion won in 2013. Since then it has grown 60 percent. | 60 percent | U
PRONOUN | 2019-11-20 | Seoul's contribution is fixed by the accord. This year it comes to 1.6 trillion won. | 1.6 trillion | U
PRONOUN | 2019-11-20 | Seoul's contribution rises each year; this year it grew 25 percent. | 25 percent | U
PRONOUN | 2019-11-20 | Tokyo's contribution is fixed by law. This year it comes to 1.6 trillion won. | 1.6 trillion | NC
PRONOUN | 2019-11-20 | Tokyo's contribution rises each year; this year it grew 25 percent. | 25 percent | NOTC
# ASK
ASK | 2020-06-01 | Officials called the sum fair, far below the $40 billion the president first floated. | $40 billion | U
# PAYER
PAYER | 2019-11-20 | Seoul will foot 1.6 trillion won of the bill this year. | 1.6 trillion | U
PAYER | 2019-11-20 | Seoul will foot 1.04 trillion won of the bill this year. | 1.04 trillion | S
# PREMIUM: fails on main; near misses: a demand of it, a premium over last year's sum
PREMIUM | 2019-11-20 | The administration is weighing a proposal that would make hosts pay the full cost and an extra 40% premium. | 40% | NC
PREMIUM | 2019-11-20 | Washington demanded that Seoul pay the full cost and an extra 40% premium. | 40% | NOTC
PREMIUM | 2019-11-20 | Seoul paid a 40% premium over last year's sum. | 40% | NOTC
# OTHER: fail on main; near misses stay caught
OTHER | 2019-11-20 | Legislators' pay rose 3.4 percent this year. | 3.4 percent | NC
OTHER | 2019-11-20 | The U.S. Navy's budget for the region grew 7 percent this year. | 7 percent | NC
OTHER | 2019-11-20 | Seoul's cost-sharing budget grew 6 percent this year. | 6 percent | C
OTHER | 2019-11-20 | Seoul's payment rose 6 percent this year, the members' panel said. | 6 percent | C
OTHER | 2019-11-20 | Seoul's payment rose 6 percent this year, while legislators' pay rose 2 percent. | 6 percent | C
"""
)

_FITS = {"C": ("contradicted", "misleading"), "U": ("unverifiable",), "NC": ("not_checkable", None),
         "S": ("supported",)}


def verdict_of(published: str, text: str, needle: str) -> str | None:
    """Return the verdict of the first claim whose span holds ``needle`` in a short article of ``text``."""
    day = dt.date.fromisoformat(published)
    article = f"Talks on troop costs\nBy A Reporter\n{day:%B} {day.day}, {day.year}\n\n{LEAD}\n\n{text}\n"
    claims = [c for c in check.check_text(article, published).claims if needle in c.exact]
    return claims[0].verdict if claims else None


@pytest.mark.parametrize(("table", "published", "text", "needle", "want"), ROWS)
def test_mend55v(table: str, published: str, text: str, needle: str, want: str) -> None:
    verdict = verdict_of(published, text, needle)
    if want == "NOTC":
        assert verdict not in _FITS["C"], (table, text, verdict)
    else:
        assert verdict in _FITS[want], (table, text, verdict)
