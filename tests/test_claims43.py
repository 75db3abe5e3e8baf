"""Claim verdicts of right figures made wrong, and of a payment's figure told of another quantity (claims43, twelfth
session).

Two new families of the metamorphic test (tests/claims41_variants.py) take right dev claims and change them in ways
whose verdict is known without a new label:

- WRONG-FIGURE (``WRONG_GENERATORS``): the payment's scale word slipped (billion for million), the payment told in the
  other currency at 1,000 won to the dollar, the payment given for the year before or after its own, a rise's percent
  computed from the wrong base or rounded the wrong way, a demand put three years early: each copy must be caught
  (``contradicted``/``misleading``) or withheld (``unverifiable``), never ``supported``;
- OUT-OF-FRAME (``OUT_GENERATORS``): the payment's sentence replaced by one of another quantity with the same figure
  and year (Japan's host-nation support, an arms purchase, workers' wages, a tariff, the defence budget, Germany's
  basing costs): no copy may be read as a quantity of the deal.

Their failures on the dev corpus fell into the classes below; each has generic rows of made-up wording (figures
from data/) with controls that must not change:

- SLIP_YEARLESS: a payment written a thousand times too large ("$920 billion a year") whose year the text does not
  name was read as another quantity (``far_above``) because the slip was sought only in the publication year, while
  the payment itself is judged against the year before publication too; and a slip of a bound or of a figure a
  little off ("more than $800 billion" for $891 million) is a slip as well (``near_rel``, as for the figure itself).

Probe texts of my own (tests/claims43_probes/: Japan's host-nation support, NATO's spending goal, the US pull-out
from Germany, a Korean tariff deal; labelled before the tool was run) gave these classes:

- FOREIGN_CONVERSION: a dollar restatement of an amount in a currency the data has no rate of ("1.05 trillion yen
  ($9.2 billion)", "1 billion euros ($1.1 billion)") is a conversion of a quantity the data does not cover:
  ``not_checkable``, as the amount itself (it was ``unverifiable``);
- LEVEL_OF_OTHER: in a story about the deal, a percent after "from the", "against the", "double the" that is the
  level of a rate or share another percent of its sentence names ("a 15 percent tariff on cars, down from the 25
  percent Washington had threatened"; "5 percent of GDP, more than double the 2 percent target") is that rate or
  share at another time, not a change of the payment (it was read as one: ``unverifiable``, or ``contradicted`` on a
  right figure, "up from the 2 percent goal of 2014" against 2014's 5.8 % rise); and a multiple set right against
  such a percent ("more than double the 2 percent target") is of that share, not of the payment.

And the open class of tests/test_review41.py (strict xfails there, now passing rows):

- OR_RESTATED: a dollar amount restated after ", or" with a hedge of its own and closed by a comma ("1.0389
  trillion won, or about $2 billion, this year"), or set between dashes with a named rate ("— about $2 billion at
  this year's rate —"), is the won amount converted, right or wrong: a wrong one is caught as a wrong conversion
  (it was read as a clause of its own, ``not_checkable``); an "or" amount that goes on ("or $4.7 billion less than
  Washington wants") still opens a clause of its own.

The WRONG-FIGURE family's wrong-actor copies (Trump's demand told as Biden's) gave one more class:

- OUT_OF_OFFICE: a demand told as made by a person who held no office when every demand on record of that sum was
  made ("During his term, Biden demanded $5 billion a year": the asks of 2019) was matched against the demands of
  his side, so the wrong asker was ``supported``; a person's demands are now the side's demands made while the
  data says the person held office (entities.csv ``role_start``/``role_end``), so none is left: withheld.

And tests/test_review40.py's finding 12 (PAST_WANTED_YEAR, a strict xfail there, now a passing row):

- OPENER_REACHES: a date opening the sentence ("Back in 2019, Seoul wanted to keep paying X, but Trump wanted Y")
  fixes the period of a clause coordinated after it (", but", ", and", ", while") whose verb is past and which names
  no time of its own: Y is of 2019, not of the publication year; a coordinated clause in the present ("but Trump now
  wants Y", "but Trump wants Y") keeps its own time.

The forty-first and forty-second batches (dev, merged at 04:56) gave, in my area:

- TIMES_THE_BASE: an amount right after "N times the" ("That's five times the roughly $800 million amount South
  Korea is currently paying") is the multiple's base, not its result, as after "than" or "what": the result is the
  amount of the sentence before when the sentence opens on "That's"/"That is" (``anaphoric_amount``, which now reads
  the contraction too). It was read as the result ($800 million is 0.9 times the payment): a right "five times"
  ``contradicted``;
- NORM_PERCENT: a percent heading a noun of a norm ("NATO's current 2 percent guideline", "the 2 percent target",
  "a 3.5 percent benchmark") is that norm's rate, not a change, an offer or a demand of the payment (a "proposal" in
  the sentence made it an offer: ``unverifiable``);
- KEEP_WORKERS: a sum "to keep (those) employees working" / "to keep the workers on the job" is the Korean workers'
  pay, a quantity the data does not hold (the 2020 stop-gap labour funding; it was judged as the payment:
  ``unverifiable``, or ``contradicted`` on a right figure);
- ASKED_QUESTION: "Asked about X, she said ..." / "asked whether ..." is a question put to a speaker, not a demand:
  a payment in the answer ("we pay 1.4 trillion won") stays a payment (it was read as a demand: ``unverifiable``);
- REQUIRED_TO_PAY: an amount named by a relative clause of obligation ("the $870 million it was required to pay
  under last year's deal", "the sum Seoul had to pay") is the payment, as "the X Seoul paid" is (it was read as the
  offer of its sentence: ``unverifiable``);
- GERUND_PAYING: "paying" after "to", "of", "for" or "toward" is a gerund naming what a sum is for ("increase their
  yearly contribution to paying for US troops ... to $5 billion"), not a clause reporting a payment: a demand word
  before it still governs the sum (it was read as the payment: ``unverifiable``);
- KOREA_BORE_COST: "South Korea has (long) borne / shouldered / covered the cost of U.S. troops, which stood at X"
  names Korea as the bearer of that cost: X is its payment, as after "has paid the cost of" (it was read as the US
  side's own cost: ``not_checkable``); the cost of the troops with the US side as bearer stays the other side's.

A ninth probe (an opinion column, tests/claims43_probes/i_opinion.txt) gave:

- DOLLAR_ROW: a dollar figure of a year the data give in won and in dollars but with no exchange rate ("about $150
  million in 1991": 107.3 bn won and the White Paper's $150 million) was ``unverifiable`` ("no average exchange rate
  for 1991"); it is judged against the sourced dollar figure, as a year sourced in dollars only already is;
- RESULT_BEFORE_BASE: a multiple whose base follows it ("a fivefold hike from the 1.04 trillion won Seoul agreed to
  pay") and whose result is an amount earlier in its sentence ("The figure on the table, reportedly $4.7 billion,
  would be ...") is that amount over the base year's payment (it was "no amount to compare": ``unverifiable``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DEAL_LEAD, cases, merged, read_claims, run_rows, verdict_fits

SLIP_YEARLESS = [
    ("2021-03-07", "Seoul currently pays Washington about $920 billion a year.", "about $920 billion a year",
     "caught"),
    ("2021-04-20", "The South Korean government now pays roughly $900 billion annually for the troops.",
     "roughly $900 billion annually", "caught"),
    ("2019-12-03", "Seoul raised its share of the troop costs by 8.2 percent to more than $800 billion.",
     "more than $800 billion", "caught"),
    ("2021-03-09", "Trump had demanded $5 billion a year, more than five times the $870 billion Seoul paid under "
     "the last deal.", "$870 billion", "caught"),
    # controls: the right figure; a pledge far above any slip; the US defence budget; a slip with its year named
    ("2021-03-07", "Seoul currently pays Washington about $920 million a year.", "about $920 million a year",
     "supported"),
    ("2025-09-01", "Seoul pledged to invest $350 billion in the United States this year.", "$350 billion",
     "not_checkable"),
    ("2021-03-07", "The United States spends about $740 billion a year on its military.",
     "about $740 billion a year", "not_checkable"),
    ("2021-09-01", "Seoul pays $1.03 trillion this year.", "$1.03 trillion", "caught"),
]


FOREIGN_CONVERSION = [
    ("2021-12-22", "Tokyo agreed to pay 1.05 trillion yen ($9.2 billion) over five years.", "$9.2 billion",
     "not_checkable"),
    ("2020-07-30", "Berlin pays about 1 billion euros ($1.1 billion) a year for the bases.", "$1.1 billion",
     "not_checkable"),
    ("2020-07-30", "Manila spent 20 billion pesos ($400 million) on new barracks.", "$400 million", "not_checkable"),
    # controls: won conversions, right and wrong
    ("2019-12-01", "Seoul paid 1.0389 trillion won ($891 million) in 2019.", "$891 million", "supported"),
    ("2019-12-01", "Seoul paid 1.0389 trillion won ($2 billion) in 2019.", "$2 billion", "contradicted"),
]


_TARIFF = "Seoul and Washington set a 15 percent tariff on Korean cars, down from the {B} Washington had threatened."
_GOAL = "Leaders backed spending 5 percent of GDP on defense, {M} the 2 percent {N} set in 2014."
LEVEL_OF_OTHER = [
    ("2025-07-31", DEAL_LEAD + _TARIFF.format(B="25 percent"), "25 percent", "not_checkable"),
    ("2025-07-31", DEAL_LEAD + _TARIFF.format(B="roughly 25 percent"), "roughly 25 percent", "not_checkable"),
    ("2025-08-01", DEAL_LEAD + "Tokyo won a 15% duty on its cars, against the 27.5% it had faced.", "27.5%",
     "not_checkable"),
    ("2025-06-26", DEAL_LEAD + _GOAL.format(M="more than double", N="target"), "2 percent", "not_checkable"),
    ("2025-06-26", DEAL_LEAD + _GOAL.format(M="more than double", N="target"), "more than double", "not_checkable"),
    ("2025-06-26", DEAL_LEAD + _GOAL.format(M="up from", N="goal"), "2 percent", "not_checkable"),
    ("2025-06-26", DEAL_LEAD + "Allies agreed to spend 3.5 percent of GDP on core defense, up from the 2 percent "
     "goal of 2014.", "2 percent", "not_checkable"),
    # controls: the rate itself; a rise set against an earlier rise; a multiple of the payment's rise
    ("2025-07-31", DEAL_LEAD + _TARIFF.format(B="25 percent"), "15 percent", "not_checkable"),
    ("2021-03-10", DEAL_LEAD + "Seoul will pay 13.9 percent more in 2021, up from the 8.2 percent rise of 2019.",
     "8.2 percent rise", "supported"),
    ("2021-03-10", DEAL_LEAD + "Seoul's 13.9 percent rise in 2021 was far above the 8.2 percent rise of 2019.",
     "8.2 percent rise", "supported"),
    ("2021-03-10", DEAL_LEAD + "Seoul's 13.9 percent rise in 2021 was nearly double the 8.2 percent rise of 2019.",
     "nearly double", "not_contradicted"),
]


OR_RESTATED = [
    ("2020-06-01", "Seoul paid 1.0389 trillion won, or roughly $2.1 billion, in 2019.", "roughly $2.1 billion",
     "contradicted"),
    ("2020-06-01", "The allies agreed on 1.0389 trillion won, or some $500 million, for the troops in 2019.",
     "some $500 million", "contradicted"),
    ("2020-06-01", "Seoul paid 1.0389 trillion won – roughly $2.1 billion at the going rate – in 2019.",
     "roughly $2.1 billion", "contradicted"),
    # controls: right conversions; an "or" amount that goes on; an unhedged alternative
    ("2020-06-01", "Seoul paid 1.0389 trillion won, or roughly $890 million, in 2019.", "roughly $890 million",
     "supported"),
    ("2020-06-01", "Seoul paid 1.0389 trillion won – roughly $890 million at the going rate – in 2019.",
     "roughly $890 million", "supported"),
    ("2020-06-01", "Seoul paid 1.0389 trillion won, or $4 billion less than the U.S. wanted, in 2019.",
     "$4 billion", "not_contradicted"),
    ("2020-06-01", "Seoul could pay 1.0389 trillion won, or $5 billion, as the U.S. wanted.", "$5 billion",
     "not_contradicted"),
]


OUT_OF_OFFICE = [
    ("2024-10-20", "During his term, Joe Biden demanded that Seoul pay $5 billion a year.", "$5 billion a year",
     "!supported"),
    ("2020-01-10", "Joe Biden has demanded that South Korea pay $5 billion for 2020.", "$5 billion", "!supported"),
    ("2025-03-01", "Former President Joe Biden had pressed Seoul for $4.7 billion a year in 2019.",
     "$4.7 billion a year", "!supported"),
    # controls: the asker in office; an envoy in office; the side named
    ("2024-10-20", "During his first term, Donald Trump demanded that Seoul pay $5 billion a year.",
     "$5 billion a year", "supported"),
    ("2019-11-20", "Defense Secretary Mark Esper pressed Seoul to pay $5 billion a year.", "$5 billion a year",
     "supported"),
    ("2020-01-10", "Washington has demanded that South Korea pay $5 billion for 2020.", "$5 billion", "supported"),
]


_OPENED = "{O}, Seoul offered to pay 1.0389 trillion won{C} Washington {V} $5 billion."
#: (published, text, exact, years wanted)
OPENER_REACHES = [
    ("2024-10-20", _OPENED.format(O="Back in 2019", C=", but", V="wanted"), "$5 billion", "2019"),
    ("2024-10-20", _OPENED.format(O="In 2019", C=", while", V="sought"), "$5 billion", "2019"),
    ("2024-10-20", _OPENED.format(O="In 2019", C=", and", V="demanded"), "$5 billion", "2019"),
    # controls: the coordinated clause in the present or with a time of its own; no opener
    ("2024-10-20", _OPENED.format(O="Back in 2019", C=", but", V="now wants"), "$5 billion", "2024"),
    ("2024-10-20", _OPENED.format(O="Back in 2019", C=", but", V="wants"), "$5 billion", "2024"),
    ("2024-10-20", _OPENED.format(O="Back in 2019", C=", but in 2020", V="wanted"), "$5 billion", "2020"),
    ("2024-10-20", "Seoul offered to pay 1.0389 trillion won, but Washington wanted $5 billion.", "$5 billion",
     "2024"),
]


NORM_PERCENT = [
    ("2025-06-20", DEAL_LEAD + "The proposal far exceeds NATO's current 2 percent guideline.", "2 percent",
     "not_checkable"),
    ("2025-06-20", DEAL_LEAD + "The offer tops the alliance's old 2 percent benchmark.", "2 percent", "not_checkable"),
    ("2025-06-20", DEAL_LEAD + "Washington demanded that Seoul meet a 3.5 percent threshold.", "3.5 percent",
     "not_checkable"),
    # controls: a rise and an offer of a rise
    ("2021-03-10", DEAL_LEAD + "Seoul agreed to a 13.9 percent increase this year.", "13.9 percent increase",
     "supported"),
    ("2020-04-12", DEAL_LEAD + "Seoul offered a 13 percent rise for 2020, officials said.", "13 percent rise",
     "supported"),
]
_KEEP = "{S} provided $200 million {P} through 2020."
KEEP_WORKERS = [
    ("2020-06-20", DEAL_LEAD + _KEEP.format(S="The Korean government in June", P="to keep those employees working"),
     "$200 million", "not_checkable"),
    ("2020-06-20", DEAL_LEAD + _KEEP.format(S="Seoul", P="to keep the Korean workers on the job"), "$200 million",
     "not_checkable"),
    ("2020-06-20", DEAL_LEAD + _KEEP.format(S="Seoul", P="to keep its base workers employed"), "$200 million",
     "not_checkable"),
    # controls: the payment for the troops; a sum to keep the troops
    ("2019-12-20", DEAL_LEAD + "Seoul paid 1.0389 trillion won in 2019 to keep the U.S. troops in Korea.",
     "1.0389 trillion won", "supported"),
    ("2019-12-20", DEAL_LEAD + "Seoul paid $200 million in 2019 to keep the U.S. troops in Korea.",
     "$200 million", "caught"),
]
_ANSWER = "the minister said, \"It is a fact that we pay 1.4 trillion won.\""
ASKED_QUESTION = [
    ("2025-07-10", DEAL_LEAD + "Asked about Trump's remarks, " + _ANSWER, "1.4 trillion won", "supported"),
    ("2025-07-10", DEAL_LEAD + "Asked whether Seoul would pay more, " + _ANSWER, "1.4 trillion won", "supported"),
    ("2025-07-10", DEAL_LEAD + "When asked by reporters, " + _ANSWER, "1.4 trillion won", "supported"),
    # controls: a demand told with "asked"; no question
    ("2019-11-20", DEAL_LEAD + "Washington asked Seoul to pay $5 billion a year.", "$5 billion a year", "supported"),
    ("2019-11-20", DEAL_LEAD + "Washington asked for $5 billion a year.", "$5 billion a year", "supported"),
    ("2025-07-10", DEAL_LEAD + "The minister said, \"It is a fact that we pay 1.4 trillion won.\"", "1.4 trillion won",
     "supported"),
]
REQUIRED_TO_PAY = [
    ("2020-03-19", DEAL_LEAD + "Seoul offered a 10 percent increase on the $870 million it was required to pay under "
     "last year's deal.", "$870 million", "supported"),
    ("2020-03-19", DEAL_LEAD + "Seoul offered a rise on the $870 million that it had to pay in 2019.", "$870 million",
     "supported"),
    ("2020-03-19", DEAL_LEAD + "Seoul offered 10 percent more than the $500 million it was obliged to pay in 2019.",
     "$500 million", "caught"),
    # controls: the offer itself; a sum Seoul was asked to pay
    ("2020-04-12", DEAL_LEAD + "Seoul offered a 13 percent rise for 2020.", "13 percent rise", "supported"),
    ("2019-11-20", DEAL_LEAD + "Washington wants the $5 billion it asked Seoul to pay.", "$5 billion", "supported"),
]
GERUND_PAYING = [
    ("2019-11-20", DEAL_LEAD + "Trump demanded that South Korea increase its yearly contribution to paying for U.S. "
     "troops from $1 billion to $5 billion.", "$5 billion", "supported"),
    ("2019-11-20", DEAL_LEAD + "Washington asked Seoul to raise its share of the cost of paying for the troops to $5 "
     "billion.", "$5 billion", "supported"),
    # controls: a reported payment in a relative clause after the demand word; a payment told with "paying"
    ("2019-11-20", DEAL_LEAD + "Trump demanded a sharp rise from the $900 million Seoul is paying.", "$900 million",
     "supported"),
    ("2019-11-20", DEAL_LEAD + "Seoul is paying $900 million this year.", "$900 million", "supported"),
]
_BORE = "{S} has long {V} the cost of U.S. troops on the peninsula, which stood at about {X} in 2005."
KOREA_BORE_COST = [
    ("2019-01-22", DEAL_LEAD + _BORE.format(S="South Korea", V="borne", X="$660 million"), "about $660 million",
     "supported"),
    ("2019-01-22", DEAL_LEAD + _BORE.format(S="Seoul", V="shouldered", X="$660 million"), "about $660 million",
     "supported"),
    ("2019-01-22", DEAL_LEAD + _BORE.format(S="South Korea", V="borne", X="$500 million"), "about $500 million",
     "caught"),
    # controls: Korea paid it (already read); the US side bears it
    ("2019-01-22", DEAL_LEAD + _BORE.format(S="South Korea", V="paid", X="$660 million"), "about $660 million",
     "supported"),
    ("2019-01-22", DEAL_LEAD + _BORE.format(S="The Pentagon", V="borne", X="$3 billion"), "about $3 billion",
     "not_checkable"),
]
DOLLAR_ROW = [
    ("2019-11-25", "Seoul paid about $150 million in 1991, the first year of the deal.", "about $150 million",
     "supported"),
    ("2019-11-25", "Seoul paid $300 million in 1991, the first year of the deal.", "$300 million", "caught"),
    # controls: the won row of that year; a year sourced in dollars only; a year with a rate
    ("2019-11-25", "Seoul paid 107.3 billion won in 1991.", "107.3 billion won", "supported"),
    ("2019-11-25", "Seoul paid $390 million in 1998.", "$390 million", "supported"),
    ("2019-11-25", "Seoul paid $890 million in 2019.", "$890 million", "supported"),
]
_TABLE = "The figure on the table, reportedly {R}, would be a {M} hike from the 1.04 trillion won Seoul agreed to pay."
RESULT_BEFORE_BASE = [
    ("2019-11-25", DEAL_LEAD + _TABLE.format(R="$4.7 billion", M="fivefold"), "fivefold", "supported"),
    ("2019-11-25", DEAL_LEAD + _TABLE.format(R="$4.7 billion", M="tenfold"), "tenfold", "caught"),
    # controls: the result after the multiple; a base after it with no result in the sentence
    ("2019-11-25", DEAL_LEAD + "The U.S. asked for a fivefold hike, to $4.7 billion.", "fivefold", "supported"),
    ("2019-11-25", DEAL_LEAD + "It would be a fivefold hike from the 1.04 trillion won Seoul agreed to pay.",
     "fivefold", "unverifiable"),
]
_ASK = "U.S. negotiators have asked Seoul to pay roughly $5 billion a year. "
TIMES_THE_BASE = [
    ("2019-12-08", _ASK + "That's five times the roughly $800 million amount Seoul is paying.", "five times",
     "supported"),
    ("2019-12-08", _ASK + "That’s five times the $900 million Seoul pays now.", "five times", "supported"),
    ("2019-12-08", _ASK + "That is about five times the $900 million Seoul pays.", "about five times", "supported"),
    ("2019-12-08", _ASK + "That is ten times the $900 million Seoul pays.", "ten times", "caught"),
    # controls: the result after "to"; the base after "what"; a multiple with no amount before
    ("2019-12-08", "Washington wants Seoul's payment raised five times, to $5 billion.", "five times", "supported"),
    ("2019-12-08", _ASK + "That's five times what Seoul pays.", "five times", "supported"),
    ("2019-12-08", _ASK + "That is ten times what Seoul pays.", "ten times", "caught"),
]


def check_claims43_years(published: str, text: str, exact: str, years: str) -> None:
    assert ",".join(map(str, read_claims(text, published)[exact].frame.years)) == years


@pytest.mark.parametrize("rows", merged(cases(OPENER_REACHES=OPENER_REACHES)))
def test_claims43_years(rows: list[object]) -> None:
    run_rows(check_claims43_years, rows)


def check_claims43_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    if want == "!supported":  # a wrong figure: caught or withheld, never supported
        assert claim.verdict in ("contradicted", "misleading", "unverifiable"), (claim.verdict, claim.evidence)
        return
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)


VERDICTS = cases(SLIP_YEARLESS=SLIP_YEARLESS, FOREIGN_CONVERSION=FOREIGN_CONVERSION,
                 LEVEL_OF_OTHER=LEVEL_OF_OTHER, OR_RESTATED=OR_RESTATED, OUT_OF_OFFICE=OUT_OF_OFFICE,
                 TIMES_THE_BASE=TIMES_THE_BASE, NORM_PERCENT=NORM_PERCENT, KEEP_WORKERS=KEEP_WORKERS,
                 ASKED_QUESTION=ASKED_QUESTION, REQUIRED_TO_PAY=REQUIRED_TO_PAY,
                 GERUND_PAYING=GERUND_PAYING, KOREA_BORE_COST=KOREA_BORE_COST, DOLLAR_ROW=DOLLAR_ROW,
                 RESULT_BEFORE_BASE=RESULT_BEFORE_BASE)


@pytest.mark.parametrize("rows", merged(VERDICTS))
def test_claims43_verdicts(rows: list[object]) -> None:
    run_rows(check_claims43_verdicts, rows)


# ----- the metamorphic families: deterministic samples of the WRONG-FIGURE and OUT-OF-FRAME copies, and ratchets --

FLOOR = Path(__file__).with_name("claims43_floor.json")


@pytest.mark.parametrize("family", ["wrong", "out"])
def test_dev_claims_made_wrong_or_moved_out_of_frame(family: str) -> None:
    """The sample of dev payments made wrong (never ``supported``) or told of another quantity (never read as one of
    the deal's quantities) keeps the ratchet of tests/claims43_floor.json: at least ``copies`` copies, at most
    ``fail`` failing. Lower ``fail`` when a fix lands; never raise it."""
    import claims41_variants as cv

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[family]
    gens = cv.WRONG_GENERATORS if family == "wrong" else cv.OUT_GENERATORS
    outs = cv.run(list(cv.dev_ids()), lambda vs: cv.sampled(vs, floor["every"]), gens)
    fails = [f"{o.variant.id} got {list(o.got)} {list(o.quantities)}" for o in outs if not o.ok]
    assert len(outs) >= floor["copies"], len(outs)
    assert len(fails) <= floor["fail"], fails


# ----- probe texts: four wire stories of my own on neighbouring subjects, labelled before the tool was run -----

PROBES = Path(__file__).with_name("claims43_probes")
#: Probe labels still missed (file, key): "some 50 percent more" has the ask of the sentence before ("That") as its
#: subject, a reference across sentences no rule reads; it is read as 2020's payment rise (unverifiable). In the
#: opinion column, "The figure on the table, reportedly $4.7 billion" is read as a payment (unverifiable: it is the
#: ask, which "on the table" alone does not say), and "That is a sixfold increase" points back at a "from X to Y"
#: sentence whose two amounts are both payments (no anaphoric amount: unverifiable).
PROBES_LEFT = {("c_germany.txt", "some 50 percent more"), ("i_opinion.txt", "$4.7 billion"),
               ("i_opinion.txt", "sixfold increase")}


def probe_misses(name: str, labels: dict[str, str]) -> set[tuple[str, str]]:
    """Return the (file, key) of each label of one probe text whose claims' verdicts do not fit it."""
    import re

    from analysis.check import check_path

    path = PROBES / name
    text = path.read_text(encoding="utf-8")
    claims = check_path(path).claims
    missed = set()
    for key, want in labels.items():
        exact, _, n = key.partition("#")
        found = [m.start() for m in re.finditer(r"(?<![\w.$])" + re.escape(exact) + r"(?!\w)", text)]
        at = found[int(n or 1) - 1]
        got = [c.verdict for c in claims if c.start < at + len(exact) and at < c.end]
        judged = [v for v in got if v != "not_checkable"]
        ok = not judged if want == "not_checkable" else any(verdict_fits(v, want) for v in got)
        if not ok:
            missed.add((name, key))
    return missed


def probe_labels() -> dict[str, dict[str, str]]:
    """Return {file: {exact key: verdict}} of tests/claims43_probes/labels.tsv (lines "file<TAB>key<TAB>verdict")."""
    labels: dict[str, dict[str, str]] = {}
    for line in (PROBES / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, key, verdict = line.split("\t")
            labels.setdefault(name, {})[key] = verdict
    return labels


def test_probe_texts() -> None:
    """Every label of the probe texts fits, but those left (:data:`PROBES_LEFT`, which must stay missed)."""
    missed = set().union(*(probe_misses(name, lab) for name, lab in probe_labels().items()))
    assert missed == PROBES_LEFT, sorted(missed ^ PROBES_LEFT)
