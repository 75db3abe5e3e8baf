"""Ways of writing an amount that news on the cost-sharing talks uses and the amount finder missed or misread
(money53, session 45): rows of my own (made-up people and places: Porvik, Tamsk, Han), written before each rule.

The case table is tests/cases/test_money53.csv: ``text``, ``exact`` (the words of the amount, first occurrence),
``amount`` (in currency units; empty on a control that is no amount), ``currency`` (ISO code, or "None": the
text names none for it), ``xfail`` and ``note``. Classes: SIGN (full-width signs "￦", "＄"; "USD$"; "Won" glued
to its figure, as the FT writes it), RANGE (a suffixed second of a range after a sign, "$4.7–5bn"; a tilde
joining a range, "5~6 trillion won"; a sign, "to" and a worded second, "$4.7 to 5 billion dollars"), CONVERSION
(a bare amount in brackets after a priced one converts it: it takes no currency from it), WORDS ("one dollar",
"half-a-billion", "a quarter-billion"), SCALE ("KRW 1.07 tln": "tln" spaced from its figure), SCALED_FIRST (a
bare first figure with its own scale in a range whose second names the currency: "from 960 billion to 1.04
trillion won"), SPELLING (plural or misspelt scale words: "5 billions dollars", "$5 billon"), SIGN_AFTER (a sign
after a scaled figure: "4.7 billion US$", "4.7bn$"), HANGUL (Korean units with 원 or "won": "1조389억원", "5,000억
won"), BARE_BRACKET (a bare amount before a bracketed conversion: "1 trillion (about $870 million)") and CONTROL
(a family name, "won" the verb, years, troops, a phone number, a count, a banknote: no amount, or the amount
unchanged). A row passes when an amount ``find_money`` reads overlaps the words with the value wanted (within
0.5 %, currency or inferred currency as ``evaluate`` compares them); a control with no amount when none overlaps
them.
"""

from __future__ import annotations

from conftest import table_test
from test_money48 import check_money48_amounts

test_money53_amounts = table_test("test_money53", check_money48_amounts)
