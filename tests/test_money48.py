"""Money written in words, as careless or non-native writers and headlines write it (money48, fourteenth session): rows
of my own (made-up people and places: Porvik, Tamsk, Han), written before the rule.

The case table is tests/cases/test_money48.csv: ``text`` (a written "\\n" is a line break), ``exact`` (the words of
the amount, first occurrence), ``amount`` (in currency units; empty on a control: words that are no amount),
``currency`` (ISO code, or "None": the text names none for it), ``xfail`` (the reason of a row still wrong, a strict
xfail) and ``note``. Classes: COMPOUND (number words with "thousand"/"hundred" before a scale, hyphenated or not,
with "and" or without, upper case), TRILLION ("thousand billion", "million million"), FRACTION ("one and a half", "a
quarter of a", "point"), BARE (no currency in the amount: its currency is the one its own sentence names or the one
of the figure it restates, else null, as the dev expected files label them), RANGE (a bare first number of a range,
"between 1 and 3 trillion won", "4-6 trillion won": the second's unit; lead, seventeenth session) and CONTROL
(counts, years, "one of the billion-dollar deals", "thousands of billions", percentages: no amount). A row passes
when an amount ``find_money`` reads overlaps the words with the value wanted (within 0.5 %, currency or inferred
currency as ``evaluate`` compares them); a control when none overlaps them.
"""

from __future__ import annotations

from conftest import table_test

from analysis.extract.amounts import find_money


def overlapping(text: str, exact: str) -> list[tuple[float | None, str | None]]:
    """Return (amount, currency or inferred currency) of each amount read in ``text`` overlapping the first ``exact``.

    >>> overlapping("Seoul paid $5 billion.", "5 billion")
    [(5000000000.0, 'USD')]
    """
    at = text.index(exact)
    return [(v["amount"], v["currency"] or v["currency_inferred"]) for s, e, _, v in find_money(text)
            if s < at + len(exact) and e > at]


def check_money48_amounts(text: str, exact: str, amount: str, currency: str) -> None:
    found = overlapping(text.replace("\\n", "\n"), exact)
    if not amount:
        assert not found
    else:
        want, cur = float(amount), None if currency == "None" else currency
        assert any(a is not None and abs(a - want) <= 0.005 * want and c == cur for a, c in found), found


test_money48_amounts = table_test("test_money48", check_money48_amounts)
