"""Claim verdicts that must not change when a right claim is told another way (claims41, eleventh session).

The metamorphic test (tests/claims41_variants.py) re-tells real dev claim sentences in equivalent forms (the amount
written another way, the year told another way, a demand reported with another verb, the time phrase moved, the
hedge or percent sign changed, a government named another way) and requires the verdict the corpus expects. Its
failures on the whole dev corpus fell into the classes below; each has generic rows of made-up wording (figures from
data/) with controls that must not change:

- PAST_DEMAND_VERB: a speaker's account of a demand made in an earlier year, told with any demand verb of the past
  tense ("pressed for", "pushed for", "called for", "wanted", as "demanded", "sought"): far above the record, it
  is contradicted;
- RECALLED_BELOW (left, strict xfails): such an account (or "he had told them ...") of a sum *below* the asks on
  record. The corpus calls a 2019 ask of "some $1.6 billion" told with "last year" unverifiable (the data hold each
  round's highest asks, as :func:`analysis.rules.above_record` reads a demand reported at its time); told with "in
  2019" the same sentence goes to :func:`analysis.rules.demand_recalled`, which calls any ask off the record
  contradicted, and tests/test_claims26.py's "dated" rows require that (a dated ask 40 % low is caught). The two
  readings conflict; a rule for one breaks the other, so the lead decides (tests/corpus/REVIEW.md, claims41);
- LONG_PAYER: a threat's condition or a forcing verb whose payer is named in more words ("if the South Korean
  government did not pay X", "force South Korea to pay X"): a demand, as with "Seoul";
- NAME_IN_GAP: a name between a figure and the date its year is bound to counts as one word, however many words it
  is spelt in: "during his first term ... the South Korean government should pay X" binds X's years as "... Seoul
  should pay X" does (the gap past which a year is loose, ``year_gap_chars``, was counted in characters);
- PAY_VERB: a verb of paying other than "pay" ("contribute", "shoulder", "provide") in the frames that read "pay":
  "should contribute X" and "would contribute X" (a demand, a campaign promise of the asker), "agreeing to
  contribute X" and "at the request of ..., Seoul shouldered X" (what was paid, not the request);
- CEILING_AFTER_BASE: a sum bounded above ("up to X") set off by a comma after a multiple's or a rise's base that
  names a payment ("400 percent more over the amount it had agreed to pay, up to X"): the sum asked, not the base
  (found when the PAY_VERB rule made "agreed to contribute" read as "agreed to pay" in a dev sentence);
- PRICE_RISES: inflation told as "price rises" ("so long as price rises stay around 2 percent"): a percent of no
  quantity the data hold, as "inflation" already is (a dev verdict miss of this class);
- DASH_CONVERSION (the fortieth batch): a sum in another currency set off by dashes ("about 1 trillion won — $880
  million — toward ...") restates the first, as in brackets; a dash before an amount that goes on ("— $5 billion
  more than ...") does not;
- DEFENCE_FUNDING (the fortieth batch): the defence budget told as "defense funding" / "military funding".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cases, merged, read_claims, run_rows, table, verdict_fits

PAST_DEMAND_VERB = [
    ("2025-07-09", "He said the U.S. pressed for $10 billion from Korea in 2019.", "$10 billion", "contradicted"),
    ("2025-07-09", "He said Washington wanted $10 billion from Korea in 2019.", "$10 billion", "contradicted"),
    ("2025-07-09", "She said the U.S. pushed for $10 billion from Korea in 2019.", "$10 billion", "contradicted"),
    ("2025-07-09", "He said the U.S. called for $10 billion from Korea in 2019.", "$10 billion", "contradicted"),
    ("2024-11-06", "During his first term, Trump pressed for $10 billion from South Korea.", "$10 billion",
     "contradicted"),
    # controls: the ask on record, told with the same verbs; a demand of now
    ("2025-07-09", "He said the U.S. pressed for $5 billion from Korea in 2019.", "$5 billion", "supported"),
    ("2025-07-09", "He said Washington wanted $5 billion from Korea in 2019.", "$5 billion", "supported"),
    ("2025-07-09", "The U.S. now wants $10 billion a year from Korea.", "$10 billion", "supported"),
]
_CONFLICT = pytest.mark.xfail(strict=True, reason="a recalled ask below the record: the corpus's 'last year' reading "
                                                    "against claims26's dated rows (see the module)")
#: The rows of RECALLED_BELOW left (strict xfails: see the module).
LEFT = ("RECALLED_BELOW-1", "RECALLED_BELOW-2", "RECALLED_BELOW-3")
RECALLED_BELOW = [
    ("2020-06-03", "The U.S. sought in 2019 to press South Korea to pay some $1.6 billion toward the cost.",
     "some $1.6 billion", "unverifiable"),
    ("2025-07-09", "He said the US demanded $2 billion from Korea in 2019.", "$2 billion", "unverifiable"),
    ("2025-07-09", "Trump said he had told them they should pay $3 billion a year.", "$3 billion a year",
     "unverifiable"),
    # controls: far above the record (caught), at the record (supported)
    ("2025-07-09", "He said the US demanded $10 billion from Korea in 2019.", "$10 billion", "contradicted"),
    ("2025-07-09", "Trump said he had told them they should pay $10 billion a year.", "$10 billion a year",
     "contradicted"),
    ("2025-07-09", "He said the US demanded $5 billion from Korea in 2019.", "$5 billion", "supported"),
]
LONG_PAYER = [
    ("2020-06-22", "Trump threatened to pull troops if the South Korean government did not pay $5 billion, a former "
                   "aide said.", "$5 billion", "supported"),
    ("2020-06-22", "Trump threatened to pull troops if the Republic of Korea did not pay $5 billion.", "$5 billion",
     "supported"),
    ("2019-12-27", "The U.S. side claimed it would force South Korea to pay $5 billion.", "$5 billion", "supported"),
    ("2019-12-27", "Washington tried to compel the South Korean government to pay $5 billion.", "$5 billion",
     "supported"),
    ("2019-12-27", 'The U.S. side has claimed it would "force" the South Korean government to pay $5 billion.',
     "$5 billion", "supported"),
    ("2019-12-27", 'The U.S. side has claimed it would "force" Seoul to contribute $5 billion.', "$5 billion",
     "supported"),
    # controls: a plain condition (no threat), a denial, a decision to pay, the short payer as before
    ("2019-12-27", "If the South Korean government pays $5 billion, the talks end.", "$5 billion", "not_contradicted"),
    ("2019-12-27", "Seoul will make its own decision to pay $1 billion.", "$1 billion", "misleading"),
    ("2019-12-27", "The U.S. side claimed it would force Seoul to pay $5 billion.", "$5 billion", "supported"),
]


_TERM = ("Trump said his ally was underpaying, recalling talks during his first term where he demanded that {P} "
         "should pay {A} a year.")
NAME_IN_GAP = [
    ("2025-07-09", _TERM.format(P="the South Korean government", A="$10 billion"), "$10 billion a year",
     "contradicted"),
    ("2025-07-09", _TERM.format(P="the Republic of Korea", A="$10 billion"), "$10 billion a year", "contradicted"),
    # controls: the short name as before; the ask on record; a long gap of words, not of a name, stays loose
    ("2025-07-09", _TERM.format(P="Seoul", A="$10 billion"), "$10 billion a year", "contradicted"),
    ("2025-07-09", _TERM.format(P="the South Korean government", A="$5 billion"), "$5 billion a year", "supported"),
    ("2025-07-09", _TERM.format(P="the people of that small and distant land", A="$10 billion"),
     "$10 billion a year", "not_contradicted"),
]


PAY_VERB = table(
    r"""
published | text | exact | want
2025-07-09 | In the campaign, he claimed Seoul should contribute 10 billion dollars. | 10 billion dollars | supported
2025-07-09 | Trump stated that South Korea should shoulder $10 billion annually. | $10 billion annually | supported
2024-10-17 | Trump said South Korea would contribute $10 billion a year if he wins. | $10 billion a year | supported
2019-08-07 | Last year, at the request of the president, Seoul shouldered $990 million. | $990 million | misleading
# controls: "pay" as before; a payment reported with the other verbs stays a payment
2025-07-09 | In the campaign, he claimed Seoul should pay 10 billion dollars. | 10 billion dollars | supported
2019-08-07 | Last year, at the request of the president, Seoul paid $990 million. | $990 million | misleading
2019-12-01 | Seoul contributed 1.04 trillion won in 2019. | 1.04 trillion won | supported
2019-12-01 | Seoul shouldered 1.04 trillion won in 2019. | 1.04 trillion won | supported
"""
)
#: An agreement to pay told with another verb of paying (too long for a table line).
PAY_AGREEING = [
    ("2019-11-15", "Under pressure, Seoul agreed to a rise, with South Korea agreeing to contribute $924 million "
                   "annually.", "$924 million annually", "supported"),
]

_ASKED = "The talks stalled after Washington asked Seoul to pay {M} {W} it had agreed to pay, {A} annually."
CEILING_AFTER_BASE = [
    ("2020-04-01", _ASKED.format(M="400 percent more", W="over the amount", A="up to $5 billion"),
     "up to $5 billion annually", "supported"),
    ("2020-04-01", _ASKED.format(M="five times", W="what", A="up to $5 billion"), "up to $5 billion annually",
     "supported"),
    # controls: a hedged base restated after the comma stays the payment; a dated base as before
    ("2020-04-01", _ASKED.format(M="400 percent more", W="than what", A="about $900 million"),
     "about $900 million annually", "supported"),
    ("2020-04-01", "He demands five times what Seoul paid in 2019, $900 million.", "$900 million", "supported"),
]

_LINKED = ("The new deal will raise the contribution by 8.3 percent with further rises every year, so long as {P} "
           "annually.")
PRICE_RISES = [
    ("2024-10-04", _LINKED.format(P="price rises there stay around 2 percent"), "around 2 percent", "not_checkable"),
    ("2024-10-04", _LINKED.format(P="price increases stay near 3 percent"), "3 percent", "not_checkable"),
    ("2024-10-04", _LINKED.format(P="price growth stays at 2 percent"), "2 percent", "not_checkable"),
    # controls: inflation as before; the deal's own rise beside it; a rise of the payment
    ("2024-10-04", _LINKED.format(P="inflation stays around 2 percent"), "around 2 percent", "not_checkable"),
    ("2024-10-04", _LINKED.format(P="price rises there stay around 2 percent"), "8.3 percent", "supported"),
    ("2021-03-10", "Seoul's contribution will rise 13.9 percent this year.", "rise 13.9 percent", "supported"),
]

_AGREED = ("In February, Seoul agreed it would contribute about 1 trillion won {O}$880 million{C} toward the troops "
           "for 2019.")
DASH_CONVERSION = [
    ("2019-10-19", _AGREED.format(O="— ", C=" —"), "$880 million", "supported"),
    ("2019-10-19", _AGREED.format(O="-- ", C=" --"), "$880 million", "supported"),
    ("2019-10-19", _AGREED.format(O="– ", C=","), "$880 million", "supported"),
    # controls: brackets as before; an amount after a dash that goes on is no conversion
    ("2019-10-19", _AGREED.format(O="(", C=")"), "$880 million", "supported"),
    ("2019-11-20", "Washington demanded 5.8 trillion won — $5 billion more than Seoul paid.", "$5 billion",
     "not_supported"),
]
DEFENCE_FUNDING = [
    ("2025-11-04", "In a speech, President Hanul Jeon urged lawmakers to approve an 8.2% rise in defense funding for "
                   "the next year.", "8.2% rise", "not_checkable"),
    ("2025-11-04", "The minister sought a 7% increase in military funding for 2026.", "7% increase", "not_checkable"),
    # control: the payment's rise beside a funding word of the troops
    ("2021-03-10", "Seoul's contribution for the funding of U.S. troops will rise 13.9 percent this year.",
     "rise 13.9 percent", "supported"),
]


def marked(params: list) -> list:
    """Return the case params with the rows of ``LEFT`` marked as strict xfails."""
    return [pytest.param(*p.values, id=p.id, marks=_CONFLICT) if p.id in LEFT else p for p in params]


def check_claims41_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    if want == "not_supported":  # a control whose reading is not a restatement: any verdict but "supported"
        assert claim.verdict != "supported", (claim.verdict, claim.evidence)
        return
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)


@pytest.mark.parametrize("rows", merged(marked(cases(
    PAST_DEMAND_VERB=PAST_DEMAND_VERB, RECALLED_BELOW=RECALLED_BELOW, LONG_PAYER=LONG_PAYER, NAME_IN_GAP=NAME_IN_GAP,
    PAY_VERB=PAY_VERB, PAY_AGREEING=PAY_AGREEING, CEILING_AFTER_BASE=CEILING_AFTER_BASE, PRICE_RISES=PRICE_RISES,
    DASH_CONVERSION=DASH_CONVERSION, DEFENCE_FUNDING=DEFENCE_FUNDING))))
def test_claims41_verdicts(rows: list[object]) -> None:
    run_rows(check_claims41_verdicts, rows)


# ----- the metamorphic test: a deterministic sample of the copies, and its ratchet -----

FLOOR = Path(__file__).with_name("claims41_floor.json")


def test_retold_dev_claims_keep_their_verdicts() -> None:
    """The sample of re-told dev claims (tests/claims41_variants.py) keeps the ratchet of tests/claims41_floor.json:
    at least ``copies`` copies, at most ``fail`` of them with another verdict than the corpus's, at most
    ``wrong_contradicted`` with ``contradicted`` on a right figure. Lower the maxima when a fix lands; never raise
    them."""
    import claims41_variants as cv

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    outs = cv.run(list(cv.dev_ids()), lambda vs: cv.sampled(vs, floor["every"]))
    fails = [f"{o.variant.id} want {o.variant.target.item['verdict']} got {list(o.got)}" for o in outs if not o.ok]
    assert len(outs) >= floor["copies"], len(outs)
    assert len(fails) <= floor["fail"], fails
    assert sum(o.wrong_contradicted for o in outs) <= floor["wrong_contradicted"], fails
