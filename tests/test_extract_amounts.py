"""Money, multipliers and percentages: table-driven, in wire style."""

from __future__ import annotations

import pytest

from analysis.extract.amounts import find_money, find_multipliers, find_percents

B, M, T = 1e9, 1e6, 1e12

MONEY = [
    # (sentence, exact, amount, currency, per, bound)
    (
        "seeking a five-fold increase, to $4.7 billion dollars per year.",
        "$4.7 billion dollars per year",
        4.7 * B,
        "USD",
        "year",
        None,
    ),
    ("US officials demanded up to $5 billion a year.", "up to $5 billion a year", 5 * B, "USD", "year", "up_to"),
    ("The cost was nearly $1 billion.", "nearly $1 billion", 1 * B, "USD", None, "less_than"),
    ("Seoul agreed to pay 1.0389 trillion won this year.", "1.0389 trillion won", 1.0389 * T, "KRW", None, None),
    ("The budget is 5.5 trillion won.", "5.5 trillion won", 5.5 * T, "KRW", None, None),
    ("Seoul paid US$924m in 2019.", "US$924m", 924 * M, "USD", None, None),
    ("It agreed to ₩1,038,900,000,000 for 2019.", "₩1,038,900,000,000", 1.0389 * T, "KRW", None, None),
    ("Trump wants $10 billion annually.", "$10 billion annually", 10 * B, "USD", "year", None),
    ("The deal is worth $4.7bn, officials said.", "$4.7bn", 4.7 * B, "USD", None, None),
    ("A $4.7-billion-a-year demand angered Seoul.", "$4.7-billion-a-year", 4.7 * B, "USD", "year", None),
    ("Seoul pays KRW 1.04 trillion.", "KRW 1.04 trillion", 1.04 * T, "KRW", None, None),
    ("Japan pays about 197 billion yen a year.", "about 197 billion yen a year", 197 * B, "JPY", "year", "approx"),
    ("Tokyo pays around ¥197 billion.", "around ¥197 billion", 197 * B, "JPY", None, "approx"),
    ("It would cost five billion dollars.", "five billion dollars", 5 * B, "USD", None, None),
    ("Washington spent more than $13 billion on the base.", "more than $13 billion", 13 * B, "USD", None, "more_than"),
    ("The bill rose to some $923 million.", "some $923 million", 923 * M, "USD", None, "approx"),
    ("The fund holds $850,000.", "$850,000", 850_000.0, "USD", None, None),
    ("It paid USD 870 million.", "USD 870 million", 870 * M, "USD", None, None),
    ("The troops cost at least $2 billion.", "at least $2 billion", 2 * B, "USD", None, "more_than"),
    (
        "The alliance costs as much as $5 billion each year.",
        "as much as $5 billion each year",
        5 * B,
        "USD",
        "year",
        "up_to",
    ),
    ("Seoul paid under $900 million.", "under $900 million", 900 * M, "USD", None, "less_than"),
    ("The plan costs a billion dollars.", "a billion dollars", 1 * B, "USD", None, None),
    ("The pact costs 1.2 trillion Korean won.", "1.2 trillion Korean won", 1.2 * T, "KRW", None, None),
    ("Brussels pays €2 billion.", "€2 billion", 2 * B, "EUR", None, None),
    ("The sum reached $1.5 trillion.", "$1.5 trillion", 1.5 * T, "USD", None, None),
    ("The sum reached 4.7 billion U.S. dollars.", "4.7 billion U.S. dollars", 4.7 * B, "USD", None, None),
    ("It costs $2 million a month.", "$2 million a month", 2 * M, "USD", "month", None),
    ("Seoul spent roughly $850 million per annum.", "roughly $850 million per annum", 850 * M, "USD", "year", "approx"),
    ("It paid $5B.", "$5B", 5 * B, "USD", None, None),
    ("It paid an estimated $1.1 billion.", "an estimated $1.1 billion", 1.1 * B, "USD", None, "approx"),
    # "over" as a verb's particle is no bound: "hand over", "forked over"
    ("Seoul would hand over $5 billion.", "$5 billion", 5 * B, "USD", None, None),
    ("The ally forked over $900 million.", "$900 million", 900 * M, "USD", None, None),
    ("The ally paid over $900 million.", "over $900 million", 900 * M, "USD", None, "more_than"),
]


@pytest.mark.parametrize(("sentence", "exact", "amount", "currency", "per", "bound"), MONEY)
def test_money(sentence, exact, amount, currency, per, bound):
    found = find_money(sentence)
    assert [f[2] for f in found] == [exact]
    s, e, x, v = found[0]
    assert sentence[s:e] == x
    assert v["amount"] == pytest.approx(amount)
    assert (v["currency"], v["per"], v["bound"]) == (currency, per, bound)


# Spelled-out numbers, cents, a currency word after a dollar sign, a bracketed scale: one sentence per rule.
MONEY_FORMS = [
    # (sentence, exact, amount, currency)
    ("Officials put it at roughly two-point-five trillion won.", "roughly two-point-five trillion won", 2.5 * T, "KRW"),
    ("The base cost one point zero five billion dollars.", "one point zero five billion dollars", 1.05 * B, "USD"),
    ("Congress approved twenty-five billion dollars.", "twenty-five billion dollars", 25 * B, "USD"),
    ("Seoul offered two hundred and fifty million dollars.", "two hundred and fifty million dollars", 250 * M, "USD"),
    ("Six-hundred million euros were pledged.", "Six-hundred million euros", 600 * M, "EUR"),
    ("Each ticket rose by 45 cents.", "45 cents", 0.45, "USD"),
    ("Tokyo capped it at $2 trillion yen last year.", "$2 trillion yen", 2 * T, "JPY"),
    ("Seoul wanted $1.1 trillion won, not more.", "$1.1 trillion won", 1.1 * T, "KRW"),
    ("The navy spent $3 million dollars.", "$3 million dollars", 3 * M, "USD"),
    ("Seoul to fund W2.3 tril. in upkeep", "W2.3 tril", 2.3 * T, "KRW"),  # Korean-press headline style
    ("It pledged W870 billion for housing.", "W870 billion", 870 * B, "KRW"),
    ("The city set aside 2.3 tril. won for it.", "2.3 tril. won", 2.3 * T, "KRW"),
    ("A 1,204.7-billion-won budget passed.", "1,204.7-billion-won", 1204.7 * B, "KRW"),
    ("The levy reached 640 billion Won in May.", "640 billion Won", 640 * B, "KRW"),
    ("Canberra spent $US2.2 billion.", "$US2.2 billion", 2.2 * B, "USD"),
    ("The grant was $7 mil. dollars", "$7 mil. dollars", 7 * M, "USD"),
]


@pytest.mark.parametrize(("sentence", "exact", "amount", "currency"), MONEY_FORMS)
def test_money_forms(sentence, exact, amount, currency):
    ((s, e, x, v),) = find_money(sentence)
    assert (sentence[s:e], x, v["currency"]) == (exact, exact, currency)
    assert v["amount"] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "exact", "amount"),
    [
        ("It cost $4 billion. 'We got four (billion) in a day,' she said.", "four (billion)", 4 * B),
        ("It cost $4 billion. 'We got 4 [billion] that day,' she said.", "4 [billion]", 4 * B),
        ("He paid $9 million. Nine-hundred million, he claimed later.", "Nine-hundred million", 900 * M),
    ],
)
def test_bare_spelled_or_bracketed_amount_in_a_text_with_a_currency(text, exact, amount):
    found = find_money(text)
    (v,) = [v for _, _, x, v in found if x == exact]
    assert v["amount"] == pytest.approx(amount)
    assert (v["currency"], v["currency_inferred"]) == (None, "USD")


@pytest.mark.parametrize(
    ("sentence", "exact"),
    [
        ("The firm's $2 billion won approval in May.", "$2 billion"),  # "won" the verb, with an object
        ("The $5 billion bid won the tender.", "$5 billion"),
        ("Her two cents won her friends, after $3 billion.", "$3 billion"),  # a spelled-out "two cents" is an idiom
        ("It rose 13 per cent, or $4 billion.", "$4 billion"),
        ("He came one-point-three seconds ahead, for $1 million.", "$1 million"),
        ("The W3 model sold for $2 million.", "$2 million"),  # "W" is won only before a number with a scale
        ("Kim Won-ho saw 3 billion stars. Won later said $1 million.", "$1 million"),
    ],
)
def test_forms_that_are_not_a_new_amount(sentence, exact):
    assert [x for _, _, x, _ in find_money(sentence)] == [exact]


def test_conversion_gives_two_linked_spans():
    text = "Seoul agreed to pay 960 billion won ($850 million) in 2018."
    (a, b) = find_money(text)
    assert (a[2], b[2]) == ("960 billion won", "$850 million")
    assert b[3]["equivalent_of"] == ("ref", "money", a[0], a[1])
    assert a[3]["equivalent_of"] is None


@pytest.mark.parametrize(
    ("sentence", "bare", "expected"),
    [
        ("This year it was just less than a billion.", True, ("just less than a billion", 1 * B, "less_than")),
        ("It was about 1.2 billion, officials said.", True, ("about 1.2 billion", 1.2 * B, "approx")),
        ("This year it was just less than a billion.", False, None),
        ("China has 1.4 billion people.", True, None),  # followed by a noun: not money
    ],
)
def test_bare_amount_needs_a_currency_in_the_text(sentence, bare, expected):
    found = find_money(sentence, bare=bare)
    if expected is None:
        assert found == []
    else:
        ((_, _, x, v),) = found
        assert (x, v["amount"], v["bound"]) == expected
        assert v["currency"] is None


def test_bare_amount_infers_currency_from_same_paragraph_only():
    text = "Seoul paid $924 million. Next year it may be nearly a billion.\n\nLast year it was a billion."
    vals = [v for *_, v in find_money(text)]
    assert [v["currency_inferred"] for v in vals] == [None, "USD", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The party won 180 seats.",
        "Two won the vote, one lost.",
        "The report ran 400 pages.",
        "He was born in 1953.",
        "It was a year ago today.",
        "A billion people watched.",
        "Seoul's 28,500 troops are there.",
    ],
)
def test_no_money(sentence):
    assert find_money(sentence) == []


MULTIPLIERS = [
    ("a whopping five-fold increase", "five-fold", 5.0, None),
    ("a fivefold increase", "fivefold", 5.0, None),
    ("a 5-fold rise", "5-fold", 5.0, None),
    ("more than five times what Seoul agreed to pay", "more than five times", 5.0, "more_than"),
    ("five times the current amount", "five times", 5.0, None),
    ("nearly six times as much", "nearly six times", 6.0, "less_than"),
    ("Trump wants Seoul to double its payment", "double", 2.0, None),
    ("the cost doubled in a decade", "doubled", 2.0, None),
    ("a demand to triple the sum", "triple", 3.0, None),
    ("Seoul refused to quadruple it", "quadruple", 4.0, None),
    ("Seoul pays twice as much as Tokyo", "twice", 2.0, None),
    ("the share was cut by half", "by half", 0.5, None),
    ("the share was halved", "halved", 0.5, None),
    ("a tenfold jump", "tenfold", 10.0, None),
]


@pytest.mark.parametrize(("sentence", "exact", "factor", "bound"), MULTIPLIERS)
def test_multipliers(sentence, exact, factor, bound):
    found = find_multipliers(sentence)
    assert [(f[2], f[3]["factor"], f[3]["bound"]) for f in found] == [(exact, factor, bound)]


@pytest.mark.parametrize(
    "sentence",
    ["They met five times.", "a double standard", "double-digit growth", "half of the troops", "twice, in 2018"],
)
def test_no_multiplier(sentence):
    assert find_multipliers(sentence) == []


PERCENTS = [
    ("Seoul's share rose, up 8.2 percent from last year.", "up 8.2 percent", 8.2, "up", None),
    ("a demand 400% more than the current deal", "400% more", 400.0, "up", None),
    ("the deal's 13.9% increase", "13.9% increase", 13.9, "up", None),
    ("annual payments capped at 5 percent", "capped at 5 percent", 5.0, None, "up_to"),
    ("annual rises capped at 5 percent", "rises capped at 5 percent", 5.0, "up", "up_to"),
    ("the budget fell 3.5 per cent", "fell 3.5 per cent", 3.5, "down", None),
    ("an increase of 8.2 percent", "an increase of 8.2 percent", 8.2, "up", None),
    ("a 10 percent cut", "10 percent cut", 10.0, "down", None),
    ("about 50% of the cost", "about 50%", 50.0, None, "approx"),
    ("rose by 3.5 percentage points", "rose by 3.5 percentage points", 3.5, "up", None),
    ("five percent of the budget", "five percent", 5.0, None, None),
    ("more than 90 pct of it", "more than 90 pct", 90.0, None, "more_than"),
]


@pytest.mark.parametrize(("sentence", "exact", "pct", "direction", "bound"), PERCENTS)
def test_percents(sentence, exact, pct, direction, bound):
    found = find_percents(sentence)
    assert [(f[2], f[3]["percent"], f[3]["direction"], f[3]["bound"]) for f in found] == [
        (exact, pct, direction, bound)
    ]


def test_percentage_points_unit():
    (f,) = find_percents("rose by 3.5 percentage points")
    assert f[3]["unit"] == "points"
