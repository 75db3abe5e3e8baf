"""Over-reaches review90 found in the rules of fresh90v and verd90v, mended (mend90v); the reviewer's sentences and
near misses of my own, each with the reading it must get (issue #10: never call a right figure wrong).

1. ``SHARE_POSSESSIVE`` (``frames.SHARE_NOUN`` in ``frames._OTHER_PAYER``): "the allies' share more than doubled":
   with the possessive mark "share" is the noun, the other allies' money (``other``, ``not_checkable``), never
   Seoul's payment; "the allies share more of the burden" stays the verb.
2. ``GAPPED_OWN_VERB`` (``frames.gapped_conjunct``): ", and Seoul for years has paid X": "for" opens a time or
   adverbial phrase, or the conjunct has its own verb: no gapped ask; "..., and Manila for a 20 percent increase, from
   X to Y": the gapped addressee is another host, its target not Seoul's ask.
3. ``ASIDE_AFTER_ACCEPT`` (``frames.change_aside_start``): "Despite the U.S. demand for far more, Seoul accepted only
   a modest increase -- from X to Y": the rise is the object of a verb of accepting, not of the ask: Y is paid.
4. ``PREMIUM_COST`` (``frames.premium_goal``): a "plus N percent" is the "cost plus N" premium only with a cost or
   reimbursement in its clause, and the wish word counts only in that clause (not past ";" or "but").
5. ``CUT_NOT_BASE`` (``frames.cut_below``): "After Trump cut the force", "at a lower level", "did not cut": a past
   form or an adjective is no cut not yet made; the threshold reading needs "to" or a modal before the verb.
6. ``TARGET_YEAR`` (``frames.asked_rise_from``): "a 49 percent increase for 2021 from what Seoul paid in 2019": the
   year the text fixes stands; the year after the base only when the clause names no target year.
9. ``STATED_BASE`` (``rules.unrecorded_ask``): "double its share to $1.6 billion, up from $800 million in 2017": the
   text states the base and the data confirm it: the multiple holds on both, supported.

A. ``REFUSED_TARGET`` (aside): "Seoul refused to double its payment to $1.8 billion, as Washington had demanded": the
   target refused is no payment made.
"""

from __future__ import annotations

import pytest
from conftest import assert_check_linear

from analysis.check import check_text

HEAD = "Allies haggle over costs\n\n"

#: (finding, published, text, the claim's words, what it must read: verdict and any of quantity, modality, years).
ROWS = [
    # 1. the possessive "allies' share" is the noun
    ("1", "2019-12-01", "Other allies' share more than doubled last year to $2 billion in cost-sharing payments.",
     "$2 billion", {"verdict": "not_checkable", "quantity": "other"}),
    ("1", "2019-12-01", "Other allies' share more than doubled last year to $2 billion in cost-sharing payments.",
     "more than doubled", {"verdict": "not_checkable"}),
    ("1", "2019-12-01", "Under the cost-sharing deals, the allies' share more than tripled to $3 billion in 2018.",
     "$3 billion", {"verdict": "not_checkable", "quantity": "other"}),
    ("1", "2019-12-01", "Other allies\u2019 share a year ago came to $2 billion in cost-sharing payments.",
     "$2 billion", {"verdict": "not_checkable", "quantity": "other"}),
    ("1 control", "2019-12-01", "As the allies share more of the burden, Washington demands Seoul pay $5 billion a "
     "year.", "$5 billion a year", {"verdict": "supported", "quantity": "demand"}),
    # 2. a conjunct with its own verb, or "for" opening an adverbial phrase, is no gapped ask
    ("2", "2019-12-13", "Washington asked Tokyo for $8 billion a year, and Seoul for years has paid about $900 "
     "million.", "about $900 million", {"verdict": "supported", "quantity": "sma_payment"}),
    ("2", "2020-01-13", "The U.S. pressed Japan for a bigger share of $2 billion in costs, and South Korea for the "
     "first time agreed to pay 1.0389 trillion won in 2019, an 8.2 percent rise.", "1.0389 trillion won",
     {"verdict": "supported", "quantity": "sma_payment"}),
    ("2", "2020-01-13", "The U.S. pressed Japan for a bigger share of $2 billion in costs, and South Korea for the "
     "first time agreed to pay 1.0389 trillion won in 2019, an 8.2 percent rise.", "8.2 percent rise",
     {"verdict": "supported", "quantity": "sma_change"}),
    ("2", "2020-01-13", "Trump pushed Japan for a deal on $2 billion in costs, and Korea for its part paid 8.2 "
     "percent more in 2019.", "8.2 percent more", {"verdict": "supported", "quantity": "sma_change"}),
    ("2", "2020-01-13", "The U.S. asked Japan for $8 billion a year, and Korea for all that agreed to pay 1.0389 "
     "trillion won in 2019.", "1.0389 trillion won", {"verdict": "supported", "quantity": "sma_payment"}),
    ("2", "2019-11-18", "Envoy Dalvin asked Tokyo for a 300 percent increase in its yearly payment, from $2 billion "
     "to $8 billion, and Manila for a 20 percent increase, from $300 million to $360 million.", "$360 million",
     {"verdict": "not_checkable", "quantity": "other"}),
    ("2", "2019-11-18", "Envoy Dalvin asked Tokyo for a 300 percent increase in its yearly payment, from $2 billion "
     "to $8 billion, and Seoul for a 400 percent increase, from $1 billion to $5 billion, and Manila for a 20 percent "
     "increase, from $300 million to $360 million.", "$360 million", {"verdict": "not_checkable", "quantity": "other"}),
    ("2 control", "2019-11-18", "Envoy Dalvin asked Tokyo for a 300 percent increase in its yearly payment, from $2 "
     "billion to $8 billion, and Seoul for a 400 percent increase, from $1 billion to $5 billion.", "$5 billion",
     {"verdict": "supported", "quantity": "demand"}),
    # 3. a rise accepted after an ask is paid, not asked
    ("3", "2020-01-13", "Despite the U.S. demand for far more, Seoul accepted only a modest increase -- from 960 "
     "billion won to 1.0389 trillion won in 2019.", "1.0389 trillion won",
     {"verdict": "supported", "quantity": "sma_payment"}),
    ("3", "2020-01-13", "After Trump pressed for more, Seoul agreed to an increase in its share -- from 960 billion "
     "won in 2018 to 1.0389 trillion won in 2019 -- under the new deal.", "1.0389 trillion won",
     {"verdict": "supported", "quantity": "sma_payment"}),
    ("3 control", "2020-02-21", "The administration kept pressing Seoul to agree to a huge increase -- from about "
     "$900 million to $5 billion annually -- to offset costs.", "$5 billion annually",
     {"verdict": "supported", "quantity": "demand"}),
    # 4. "plus N percent" is a premium only over a cost, and wished in its own clause
    ("4", "2021-03-10", "Seoul aims to finish ratification soon; under the deal its payment rises to 1.18 trillion "
     "won this year, the 2020 level plus 13.9 percent.", "13.9 percent",
     {"verdict": "supported", "quantity": "sma_change"}),
    ("4", "2019-03-10", "Trump would like Seoul to pay much more, but so far it has paid only 8.2 percent more, plus "
     "a 5 percent rise the year before.", "5 percent rise", {"verdict": "contradicted", "quantity": "sma_change"}),
    ("4 control", "2019-03-10", "Porvik would like the allies to pay full reimbursement plus 50 percent.",
     "50 percent", {"verdict": "not_checkable", "quantity": "other"}),
    # 5. a past or negated cut, or the adjective "lower", is no threshold of a cut to come
    ("5", "2019-12-13", "After Trump cut the force last year, U.S. troops in Korea numbered under 20,000 in 2019.",
     "under 20,000", {"verdict": "contradicted"}),
    ("5", "2019-12-13", "Washington has kept its troops in South Korea at a lower level, under 28,500, for a decade.",
     "under 28,500", {"verdict": "supported"}),
    ("5", "2019-12-13", "Washington did not cut its force in Korea, which stays under 28,500 troops.",
     "under 28,500 troops", {"verdict": "supported"}),
    ("5 control", "2019-12-13", "Lawmakers say the Pentagon can't cut the force in Korea below 28,500 troops.",
     "below 28,500 troops", {"verdict": "not_checkable"}),
    ("5 control", "2019-12-13", "The bill says the Pentagon may not lower the force in Korea below 28,500 troops.",
     "below 28,500 troops", {"verdict": "not_checkable"}),
    # 6. a target year the text names stands
    ("6", "2020-05-25", "Trump demanded a 49 percent increase for 2021 from what Seoul paid in 2019.",
     "49 percent increase", {"verdict": "unverifiable", "years": [2021]}),
    ("6", "2020-05-25", "Washington wants Seoul to pay $1.3 billion in 2021, a 25 percent increase from what it paid "
     "in 2019.", "25 percent increase", {"verdict": "misleading"}),
    ("6 control", "2020-05-25", "Porvik is pressing Seoul to pay about $1.3 billion for a year, a 49 percent increase "
     "from what Seoul paid last year.", "49 percent increase", {"verdict": "supported", "years": [2020]}),
    # 9. a stated base the data confirm
    ("9", "2019-12-01", "Washington demanded that Seoul double its share to $1.6 billion, up from $800 million in "
     "2017.", "double", {"verdict": "supported"}),
    ("9 control", "2019-12-01", "Washington demanded that Seoul double its share to $1.6 billion, up from $500 million "
     "in 2017.", "double", {"verdict": "unverifiable"}),
    ("9 control", "2021-03-08", "President Dale Voss demanded that Seoul double its contribution to $1.6 billion in "
     "2019.", "double", {"verdict": "unverifiable"}),
    # A. the level a refused rise was to reach is asked, not paid
    ("A", "2019-12-01", "Seoul refused to double its payment to $1.8 billion, as Washington had demanded.",
     "$1.8 billion", {"verdict": "unverifiable", "quantity": "demand"}),
    ("A control", "2019-12-01", "South Korea refuses to pay $5 billion to cover the cost of U.S. troops.",
     "$5 billion", {"verdict": "supported", "quantity": "demand"}),
    ("A control", "2019-12-01", "Seoul refused to pay more than $1 billion.", "more than $1 billion",
     {"verdict": "unverifiable", "quantity": "offer"}),
]


def _claim(published: str, text: str, exact: str) -> dict:
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    return next(c for c in claims if c["exact"] == exact)


@pytest.mark.parametrize(("finding", "published", "text", "exact", "want"), ROWS)
def test_mend90v(finding: str, published: str, text: str, exact: str, want: dict) -> None:
    """Each row's claim reads as it wants (review90's finding named in the row)."""
    claim = _claim(published, text, exact)
    got = {"verdict": claim["verdict"], **claim["frame"]}
    assert {k: got.get(k) for k in want} == want, (finding, got)


#: One paragraph holding every mended shape once, repeated for the linearity test.
SHAPE = ("Other allies' share more than doubled to $2 billion. Washington asked Tokyo for $8 billion a year, and Seoul "
         "for years has paid about $900 million. After Trump pressed for more, Seoul agreed to an increase -- from "
         "960 billion won to 1.0389 trillion won. Seoul aims to sign; its payment is the 2020 level plus 13.9 percent. "
         "After Trump cut the force, troops numbered under 20,000. Trump demanded a 49 percent increase for 2021 from "
         "what Seoul paid in 2019. Washington demanded Seoul double its share to $1.6 billion, up from $800 million. "
         "Seoul refused to double its payment to $1.8 billion. ")


def test_linear() -> None:
    """The mended patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``)."""
    assert_check_linear(SHAPE, "2019-12-01")
