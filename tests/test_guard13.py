"""A right figure of another quantity or another actor in a cost-sharing story is never called false (guard13).

Every sentence is invented (generic news English, no corpus text). Each row puts a right figure of something other
than Seoul's SMA payment — a US defence bill or budget, what the US spends on its forces in Korea, an ally's
host-nation payment, Seoul's own defence budget, arms purchases, trade and investment pledges, wage bills, figures
in another currency, ranges and "nearly/about" forms — next to words of the payment, and says which verdicts it may
get: such a figure is ``not_checkable`` or ``unverifiable``, never ``contradicted`` or ``misleading``. True unit slips
of the payment (billion for million, trillion for billion) and right payments sit beside them and must keep their
verdicts, so a guard that simply silences large figures fails here.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows
from regex_lint import overlapping_repeats

from analysis import check, guards

#: a right figure of another quantity or actor: never called false or misleading
OTHER = ("not_checkable", "unverifiable")
#: a wrong payment figure: caught
CAUGHT = ("contradicted",)
#: a right payment figure
RIGHT = ("supported",)

#: (published, text, exact figure, allowed verdicts)
CASES = [
    # what the US spends on its forces in Korea, said in many ways
    ("2019-11-20", "The United States spends about $4.5 billion a year to keep its troops in South Korea, far more "
     "than Seoul's $923 million share.", "about $4.5 billion a year", OTHER),
    ("2020-03-01", "Keeping 28,500 American troops in Korea costs Washington roughly $13 billion annually, U.S. "
     "officials say, while Seoul pays about 1 trillion won.", "roughly $13 billion annually", OTHER),
    ("2019-11-20", "The annual cost of stationing U.S. forces on the peninsula is estimated at $4.4 billion, according "
     "to a congressional report.", "$4.4 billion", OTHER),
    ("2021-03-10", "U.S. spending on its Korea garrison reached $3.4 billion in 2020, the Pentagon said, as the allies "
     "finalized the cost-sharing accord.", "$3.4 billion", OTHER),
    ("2019-11-20", "The Pentagon says the stationing cost of U.S. forces in Korea, about $3.5 billion, is far above "
     "what Seoul pays.", "about $3.5 billion", OTHER),
    ("2021-03-10", "The cost of U.S. forces in Korea, which Washington puts at $3.4 billion a year, dwarfs Seoul's "
     "1.04 trillion won contribution.", "$3.4 billion a year", OTHER),
    ("2019-11-20", "Washington pays $4.5 billion a year for the troops in Korea, while Seoul covers less than $1 "
     "billion.", "$4.5 billion a year", OTHER),
    ("2019-11-20", "USFK's annual operating budget of $3 billion is paid partly by Seoul under the cost-sharing deal.",
     "$3 billion", OTHER),
    ("2019-11-20", "Seoul pays $923 million a year, compared with the $4.5 billion the U.S. spends on its forces in "
     "Korea.", "$4.5 billion", OTHER),
    ("2020-06-01", "U.S. forces in Korea cost between $2 billion and $3 billion a year to maintain, beyond Seoul's "
     "contribution.", "$2 billion", OTHER),
    ("2019-11-20", "The U.S. spends 5 trillion won a year on its forces in Korea, a Seoul think tank estimates, "
     "against Seoul's 1.04 trillion won share.", "5 trillion won a year", OTHER),
    ("2019-11-20", "The Pentagon spends nearly $4 billion a year on its Korea garrison, while Seoul pays just under $1 "
     "billion.", "nearly $4 billion a year", OTHER),
    ("2019-11-20", "Washington's $13 billion cost of stationing troops in Korea dwarfs Seoul's payment.",
     "$13 billion", OTHER),
    ("2019-11-20", "The U.S. contributes $3 billion a year to its forces in Korea, while Seoul pays about $900 "
     "million.", "$3 billion a year", OTHER),
    ("2019-11-20", "Washington estimates the annual cost of USFK at $4.5 billion, while Seoul pays 1.04 trillion won.",
     "$4.5 billion", OTHER),
    ("2019-11-20", "It costs the United States about $4.5 billion a year to keep troops in Korea, on top of Seoul's "
     "payment.", "about $4.5 billion a year", OTHER),
    ("2019-11-20", "American taxpayers spend $4.5 billion a year on the troops in Korea, Trump said as he demanded "
     "more from Seoul.", "$4.5 billion a year", OTHER),
    ("2019-11-20", "Seoul pays $923 million; the remaining $3.5 billion is paid by the United States.",
     "$3.5 billion", OTHER),
    ("2019-11-20", "Trump said: \"We spend $4.5 billion a year to protect South Korea, and they pay us very little.\"",
     "$4.5 billion a year", OTHER),
    ("2019-11-20", "Washington's share of the costs is about $3.5 billion a year, against Seoul's $900 million.",
     "about $3.5 billion a year", OTHER),
    # US defence bills and budgets, some about 1,000 times a payment of about a billion dollars
    ("2025-09-01", "America funds a $1 trillion war machine, while Seoul's payment for the troops is about $1 "
     "billion this year.", "$1 trillion", OTHER),
    ("2025-09-01", "\"We spend $1 trillion a year on our military,\" Trump said, demanding that Seoul pay more for "
     "the troops.", "$1 trillion a year", OTHER),
    ("2025-09-01", "The United States, the world's top military spender, spends nearly $1 trillion a year, and wants "
     "Seoul to pay more for the troops.", "nearly $1 trillion a year", OTHER),
    ("2025-09-01", "Trump, who signed off on $1 trillion for the military this year, says Seoul pays too little for "
     "the troops.", "$1 trillion", OTHER),
    ("2025-09-01", "Washington set aside nearly $1 trillion for defense this year, while Seoul's cost-sharing payment "
     "rose.", "nearly $1 trillion", OTHER),
    ("2025-09-01", "Seoul pays about $1 billion for the troops, a tiny sum next to the Pentagon's $1 trillion budget.",
     "$1 trillion", OTHER),
    ("2019-12-20", "Congress passed a $738 billion defense bill this week that bars cutting U.S. troops in South Korea "
     "below 28,500, as cost-sharing talks stall.", "$738 billion", OTHER),
    ("2024-12-20", "The $895 billion National Defense Authorization Act requires keeping 28,500 troops in Korea, a "
     "week after Seoul's cost-sharing deal was ratified.", "$895 billion", OTHER),
    ("2019-11-20", "Seoul's cost-sharing share is small next to the $686 billion the U.S. spends on defense.",
     "$686 billion", OTHER),
    ("2025-10-01", "Trump said America pays $1 trillion a year to defend its allies, and that Seoul should pay far "
     "more for the troops.", "$1 trillion a year", OTHER),
    ("2025-10-01", "Seoul's cost-sharing payment is a rounding error next to the $1 trillion the Pentagon spends each "
     "year.", "$1 trillion", OTHER),
    ("2025-09-01", "The $1 trillion budget Trump signed this year dwarfs Seoul's cost-sharing payment.",
     "$1 trillion", OTHER),
    ("2025-09-01", "Next to Seoul's contribution, the $1 trillion appropriation for the Pentagon this year is vast.",
     "$1 trillion", OTHER),
    ("2025-09-01", "At $1 trillion this year, the U.S. budget for defense is a thousand times Seoul's payment.",
     "$1 trillion", OTHER),
    ("2025-09-01", "Seoul pays for the troops this year, and the budget totals $1 trillion.", "$1 trillion", OTHER),
    ("2026-02-01", "Washington will spend $1.01 trillion on defense this year, while Seoul's cost-sharing payment "
     "rises to 1.5192 trillion won.", "$1.01 trillion", OTHER),
    ("2025-03-01", "The U.S. military budget of nearly $900 billion dwarfs the roughly 1.4 trillion won Seoul pays.",
     "nearly $900 billion", OTHER),
    ("2023-01-05", "Washington spent about $900 billion on its military in 2022, while Seoul paid 1.2471 trillion won "
     "for the troops.", "about $900 billion", OTHER),
    ("2025-09-01", "Seoul's payment is small compared with the $1 trillion for the U.S. military this year.",
     "$1 trillion", OTHER),
    ("2025-09-01", "The Department of War spends nearly $1 trillion a year, and Seoul pays 1.4 trillion won for the "
     "troops.", "nearly $1 trillion a year", OTHER),
    ("2025-09-01", "The figure pales next to the roughly 1,400 trillion won ($1 trillion) the United States spends on "
     "defense.", "roughly 1,400 trillion won", OTHER),
    ("2025-09-01", "The U.S. defense budget is about 1,400 trillion won, a thousand times Seoul's payment this year.",
     "about 1,400 trillion won", OTHER),
    ("2025-09-01", "The Pentagon's budget request went to Congress on Monday. It totals $1.01 trillion for this year, "
     "as Seoul pays more for the troops.", "$1.01 trillion", OTHER),
    ("2025-09-01", "Congress passed the annual defense bill in 2025. It provides $1 trillion in 2025, and Seoul pays "
     "1.4 trillion won for the troops in 2025.", "$1 trillion", OTHER),
    ("2025-09-01", "Trump signed the $1 trillion package this year, then turned to Seoul's payment for the troops.",
     "$1 trillion", OTHER),
    ("2025-09-01", "\"We are paying almost a trillion dollars,\" Trump said of protecting allies such as South Korea.",
     "almost a trillion dollars", OTHER),
    # allies' payments, in dollars and in their own currencies
    ("2019-11-20", "Japan pays about $2 billion a year to host U.S. forces, more than double Seoul's share.",
     "about $2 billion a year", OTHER),
    ("2019-11-20", "Japan's share, about $1.9 billion a year, dwarfs what Seoul pays for the American troops.",
     "about $1.9 billion a year", OTHER),
    ("2022-01-07", "Tokyo agreed to pay 1.055 trillion yen over five years for hosting U.S. troops.",
     "1.055 trillion yen", OTHER),
    ("2020-06-10", "Germany spends about $1 billion a year supporting American bases on its soil, officials said, as "
     "Seoul's cost-sharing talks dragged on.", "about $1 billion a year", OTHER),
    ("2021-03-10", "Germany pays about 1 billion euros a year toward U.S. bases, compared with Seoul's 1.18 trillion "
     "won.", "about 1 billion euros a year", OTHER),
    ("2019-12-03", "NATO allies have raised their defense spending by $130 billion since 2016, Trump said, turning to "
     "Seoul's cost-sharing payment.", "$130 billion", OTHER),
    ("2022-01-07", "Japan agreed to raise its host-nation support by 5.4 percent, just as Seoul's payment rose.",
     "5.4 percent", OTHER),
    # Seoul's own defence budget, arms purchases, trade, investment, wages
    ("2020-01-01", "South Korea's defense budget for 2020 is 50.2 trillion won, up 7.4 percent, while its cost-sharing "
     "payment is under negotiation.", "50.2 trillion won", OTHER),
    ("2019-01-10", "South Korea's defense budget rose 8.2 percent to 46.7 trillion won in 2019, while talks on its "
     "troop payment stalled.", "46.7 trillion won", OTHER),
    ("2019-11-20", "Seoul spends about $40 billion a year on its own military, on top of the $923 million it pays for "
     "U.S. troops.", "about $40 billion a year", OTHER),
    ("2021-01-10", "Seoul bought about $1 billion of U.S. weapons in 2020, while its payment for the troops was "
     "frozen.", "about $1 billion", OTHER),
    ("2025-07-31", "Seoul pledged $350 billion in investment in the United States to avoid higher tariffs, and "
     "Washington still wants more for the troops.", "$350 billion", OTHER),
    ("2025-07-31", "South Korea ran a $66 billion trade surplus with the United States last year, a figure Trump "
     "cites when he demands more for the troops.", "$66 billion", OTHER),
    ("2025-04-03", "Trump imposed a 25 percent tariff on South Korean goods and renewed his demand that Seoul pay more "
     "for U.S. troops.", "25 percent", OTHER),
    ("2020-04-01", "About 4,000 Korean workers at U.S. bases, whose wages cost about $200 million a year, were put on "
     "unpaid leave.", "about $200 million a year", OTHER),
    ("2020-07-20", "The Pentagon offered options to cut the 28,500 troops in Korea, saving about $1 billion a year.",
     "about $1 billion a year", OTHER),
    # true unit slips of the payment: still caught
    ("2019-11-20", "Seoul pays $923 billion this year for the U.S. troops.", "$923 billion", CAUGHT),
    ("2019-11-20", "Seoul will pay $923 billion in 2019 under the deal.", "$923 billion", CAUGHT),
    ("2021-06-01", "Seoul paid 1,038.9 trillion won in 2020 for the American troops.", "1,038.9 trillion won", CAUGHT),
    ("2019-11-20", "South Korea's contribution for 2019 is 1,038.9 trillion won.", "1,038.9 trillion won", CAUGHT),
    ("2022-06-01", "Seoul's contribution rose to 1,183.3 trillion won in 2021.", "1,183.3 trillion won", CAUGHT),
    ("2019-11-20", "Seoul will pay 1,038.9 million won this year under the cost-sharing deal.", "1,038.9 million won",
     CAUGHT),
    ("2025-06-01", "Seoul pays $1.03 trillion this year for the U.S. troops.", "$1.03 trillion", CAUGHT),
    ("2025-09-01", "Seoul agreed to the cost-sharing deal last year. It pays $1.03 trillion this year for the troops.",
     "$1.03 trillion", CAUGHT),
    ("2019-11-20", "\"We pay $923 billion for the American troops this year,\" a Seoul official said.",
     "$923 billion", CAUGHT),
    # right payments next to the figures above: still supported
    ("2019-11-20", "The U.S. keeps 28,500 troops in South Korea, and Seoul pays about $923 million a year for them.",
     "about $923 million a year", RIGHT),
    ("2019-11-20", "The Pentagon spends nearly $4 billion a year on its Korea garrison, while Seoul pays just under $1 "
     "billion.", "just under $1 billion", RIGHT),
    ("2019-11-20", "Toward the cost of U.S. troops, Seoul pays $923 million this year.", "$923 million", RIGHT),
    ("2025-03-01", "Seoul pays roughly 1.4 trillion won for the troops in 2025.", "roughly 1.4 trillion won", RIGHT),
    ("2021-03-10", "With the Korea-US defense cost share talks concluded, the amount Seoul bears this year is 1.1833 "
     "trillion won.", "1.1833 trillion won", RIGHT),
    ("2025-09-01", "Seoul will pay 1.4028 trillion won for defense cost-sharing this year.", "1.4028 trillion won",
     RIGHT),
    ("2019-11-20", "Seoul's share of the cost of stationing U.S. troops will be $923 million this year.",
     "$923 million", RIGHT),
]


def _claim(published: str, text: str, exact: str) -> check.Claim:
    claims = {c.exact: c for c in check.check_text("T\n\n" + text, published).claims}
    assert exact in claims, sorted(claims)
    return claims[exact]


def check_a_figure_of_another_quantity_or_actor_is_never_called_false(published, text, exact, allowed):
    claim = _claim(published, text, exact)
    assert claim.verdict in allowed, (claim.frame, claim.evidence)


@pytest.mark.parametrize("rows", merged(cases(CASES=CASES)))
def test_a_figure_of_another_quantity_or_actor_is_never_called_false(rows: list[object]) -> None:
    run_rows(check_a_figure_of_another_quantity_or_actor_is_never_called_false, rows)


def test_the_table_covers_both_sides():
    kinds = [allowed for *_, allowed in CASES]
    assert len(CASES) >= 40 and kinds.count(CAUGHT) >= 5 and kinds.count(RIGHT) >= 3


@pytest.mark.parametrize(("published", "text", "exact", "right"), [
    ("2019-11-20", "Seoul pays $923 billion this year for the U.S. troops.", "$923 billion", "$891 M"),
    ("2021-06-01", "Seoul paid 1,038.9 trillion won in 2020 for the American troops.", "1,038.9 trillion won",
     "1,038.9 bn won"),
])
def test_a_unit_slip_names_the_right_figure(published, text, exact, right):
    claim = _claim(published, text, exact)
    assert "unit slip" in claim.evidence and right in claim.evidence


def test_a_slip_sized_budget_is_withheld_with_the_reason():
    claim = _claim("2025-09-01", "Trump signed $1 trillion this year for defense, dwarfing Seoul's cost-sharing "
                   "payment.",
                   "$1 trillion")
    assert claim.verdict == "unverifiable"
    assert "names a budget" in claim.evidence


def test_a_budget_in_the_figures_own_phrase_is_another_quantity():
    """weakev71: "the $1 trillion budget" names its quantity in its own phrase, so it is no payment at all."""
    claim = _claim("2025-09-01", "The $1 trillion budget Trump signed this year dwarfs Seoul's cost-sharing payment.",
                   "$1 trillion")
    assert claim.verdict == "not_checkable"


def test_another_sides_cost_gets_another_quantity_in_the_frame():
    claim = _claim("2021-03-10", "U.S. spending on its Korea garrison reached $3.4 billion in 2020, the Pentagon "
                   "said, as the allies finalized the cost-sharing accord.", "$3.4 billion")
    assert claim.frame.quantity == "other"


def test_the_guards_patterns_do_not_backtrack():
    patterns = {k: v for k, v in vars(guards).items() if hasattr(v, "pattern") and hasattr(v, "finditer")}
    assert len(patterns) >= 8
    assert {k: overlapping_repeats(p.pattern) for k, p in patterns.items() if overlapping_repeats(p.pattern)} == {}
