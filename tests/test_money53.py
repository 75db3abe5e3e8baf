"""Ways of writing an amount that news on the cost-sharing talks uses and the amount finder missed or misread
(money53, session 45): rows of my own (made-up people and places: Porvik, Tamsk, Han), written before each rule.

The case table is tests/cases/test_money53.csv: ``text``, ``exact`` (the words of the amount, first occurrence),
``amount`` (in currency units; empty on a control that is no amount), ``currency`` (ISO code, or "None": the text names
none for it), ``xfail`` and ``note``. Classes: SIGN (full-width signs "￦", "＄"; "USD$"; "Won" glued to its figure, as
the FT writes it), RANGE (a suffixed second of a range after a sign, "$4.7–5bn"; a tilde joining a range, "5~6 trillion
won"; a sign, "to" and a worded second, "$4.7 to 5 billion dollars"), CONVERSION (a bare amount in brackets after a
priced one converts it: it takes no currency from it), WORDS ("one dollar", "half-a-billion", "a quarter-billion"),
SCALE ("KRW 1.07 tln": "tln" spaced from its figure), SCALED_FIRST (a bare first figure with its own scale in a range
whose second names the currency: "from 960 billion to 1.04 trillion won"), SPELLING (plural or misspelt scale words: "5
billions dollars", "$5 billon"), SIGN_AFTER (a sign after a scaled figure: "4.7 billion US$", "4.7bn$"), HANGUL (Korean
units with 원 or "won": "1조389억원", "5,000억 won") and CONTROL (a family name, "won" the verb, years, troops, a phone
number, a count, a banknote: no amount, or the amount unchanged). A row passes when an amount ``find_money`` reads
overlaps the words with the value wanted (within 0.5 %, currency or inferred currency as ``evaluate`` compares them); a
control with no amount when none overlaps them.
"""

from __future__ import annotations

from conftest import table_test

from analysis.extract.amounts import find_money


def overlapping(text: str, exact: str) -> list[tuple[float | None, str | None]]:
    """Return (amount, currency or inferred currency) of each amount read in ``text`` overlapping the first ``exact``.

    >>> overlapping("Seoul paid ₩1 trillion.", "1 trillion")
    [(1000000000000.0, 'KRW')]
    """
    at = text.index(exact)
    return [(v["amount"], v["currency"] or v["currency_inferred"]) for s, e, _, v in find_money(text)
            if s < at + len(exact) and e > at]


def check_money53_amounts(text: str, exact: str, amount: str, currency: str) -> None:
    found = overlapping(text.replace("\\n", "\n"), exact)
    if not amount:
        assert not found
    else:
        want, cur = float(amount), None if currency == "None" else currency
        assert any(a is not None and abs(a - want) <= 0.005 * want and c == cur for a, c in found), found


test_money53_amounts = table_test("test_money53", check_money53_amounts)
