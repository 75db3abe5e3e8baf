"""Claim verdicts that must not change when another quantity or another year stands next to a claim (claims42,
eleventh session).

The known-answer family DISTRACTORS (tests/claims41_variants.py, ``distractor_variants`` and ``moved_variants``)
puts beside each right dev claim a sentence of another quantity and year, a clause naming another year, or moves the
article's date line some years later with the claim's relative year told as its absolute year. Its failures on the
dev corpus fell into the classes below; each has generic rows of made-up wording (figures from data/) with controls
that must not change:

- ORIGIN_ASIDE: an aside set off by commas that tells when a standing thing began ("under the new SMA, first signed
  in 1991, from X", "the pact, which dates back to 1966,"): its year dates the thing, not the figure outside it;
- CONTEXT_PAST_ASIDE: a sentence of no figure, in one paragraph, between a payment and the sentence that says what
  it pays for ("One topic is the cost of keeping the troops. The alliance dates to 1953. Seoul already chips in over
  $1 billion a year"): the context the payment is read in reaches past it, as it does when nothing stands between
  (not across a paragraph break: tests/test_review9.py's other hosts);
- DEMAND_UP_FROM (the fortieth batch): the base after ", up from" of a demanded sum at least twice it ("His demand
  for $5 billion, up from $927 million last year") is the payment; "raised its demand to X, up from Y" (an earlier
  ask) and a base close to the ask stay as they were;
- COUNTED_SUBJECT (the fortieth batch): a multiple of a count ("The number of guards more than tripled") is of no
  quantity the data hold; "a number of aides said the payment tripled" stays a ratio of the payment;
- DEAL_BASE (the fortieth batch): a payment's rise counted "from the 2019 agreement" names a deal, whose term may
  span years: the deal's year is not the payment's year before it ("from 2018" still is).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cases, read_claims, verdict_fits

_RAISE = "Washington demanded that Seoul raise its payment to $5 billion under the new SMA{A} from $870 million."
_TIMES = ("Officials backed off the demand that Seoul pay about $5 billion a year, more than five times the $900 "
          "million in a one-year agreement{A} that expired on Dec. 31.")
ORIGIN_ASIDE = [
    ("2021-03-10", _RAISE.format(A=", first signed in 1991,"), "$870 million", "supported"),
    ("2021-03-10", _RAISE.format(A=", which dates back to 1991,"), "$870 million", "supported"),
    ("2021-03-10", _RAISE.format(A=" (originally struck in 1991)"), "$870 million", "supported"),
    ("2020-02-24", _TIMES.format(A=", first signed in 1991,"), "more than five times", "supported"),
    ("2020-02-24", _TIMES.format(A=", a pact established in 1991,"), "more than five times", "supported"),
    # controls: no aside; a date that is the figure's own, in an aside or not
    ("2021-03-10", _RAISE.format(A=""), "$870 million", "supported"),
    ("2020-02-24", _TIMES.format(A=""), "more than five times", "supported"),
    ("2021-03-10", "Under the deal, signed in 2019, Seoul paid 1.0389 trillion won.", "1.0389 trillion won",
     "supported"),
    ("2021-03-10", "Seoul, which first paid 1.0389 trillion won in 2019, now pays more.", "1.0389 trillion won",
     "supported"),
]

_TOPIC = "One big topic is the cost of keeping U.S. troops in Korea, a holdover from the war."
_CHIPS = "Seoul already chips in over $1 billion a year and built a new base."
CONTEXT_PAST_ASIDE = [
    ("2025-08-22", f"{_TOPIC} The alliance dates to 1953. {_CHIPS}", "over $1 billion a year", "supported"),
    ("2025-08-22", f"{_TOPIC} About 28,500 troops are stationed there. {_CHIPS}", "over $1 billion a year",
     "supported"),
    ("2025-08-22", f"{_TOPIC} Talks resume next week in Hanul. {_CHIPS}", "over $1 billion a year", "supported"),
    # controls: nothing between; no topic; two sentences between
    ("2025-08-22", f"{_TOPIC} {_CHIPS}", "over $1 billion a year", "supported"),
    ("2025-08-22", _CHIPS, "over $1 billion a year", "not_checkable"),
    ("2025-08-22", f"{_TOPIC} The alliance dates to 1953. Talks resume next week. {_CHIPS}", "over $1 billion a year",
     "not_checkable"),
    ("2025-08-22", f"{_TOPIC}\n\nThe alliance dates to 1953. {_CHIPS}", "over $1 billion a year", "not_checkable"),
]

DEMAND_UP_FROM = [
    ("2020-12-01", "Her demand for $5 billion, up from $927 million last year, was a bold ploy.", "$927 million",
     "supported"),
    ("2020-12-01", "Mr. Hale demanded $5 billion, up from about $920 million in 2019.", "about $920 million",
     "supported"),
    ("2020-12-01", "The envoy was seeking $5 billion, up from $2 billion last year.", "$2 billion", "not_supported"),
    # controls: the ask told as changed; a base close to the ask; the base told with its payer
    ("2020-12-01", "Washington raised its demand to $5 billion, up from $4.7 billion.", "$4.7 billion",
     "not_supported"),
    ("2020-12-01", "Her demand for $5 billion, up from $4.7 billion, was a bold ploy.", "$4.7 billion",
     "not_supported"),
    ("2020-12-01", "Her demand for $5 billion, up from the $927 million Seoul paid last year, was a ploy.",
     "$927 million", "supported"),
]

COUNTED_SUBJECT = [
    ("2019-10-19", "The number of guards more than tripled, to 110, the police said.", "more than tripled",
     "not_checkable"),
    ("2019-10-19", "The total number of drills doubled last year.", "doubled", "not_checkable"),
    ("2019-10-19", "Since then the number of visiting envoys has tripled.", "tripled", "not_checkable"),
    # controls: "a number of" people said; the payment as the subject
    ("2019-10-19", "A number of aides said Seoul's payment more than tripled, to $3 billion.", "more than tripled",
     "supported"),
    ("2019-10-19", "Seoul's payment more than tripled, to $3 billion, the police said.", "more than tripled",
     "supported"),
]

_RESOLVED = ("Talks ended in March 2021, with Seoul agreeing to pay 1.18 trillion won, marking a 13.9 percent "
             "increase from {B}.")
DEAL_BASE = [
    ("2024-07-17", _RESOLVED.format(B="the 2019 agreement"), "1.18 trillion won", "supported"),
    ("2024-07-17", "Seoul agreed to pay 1.18 trillion won, a 13.9 percent rise from the 2019 deal.",
     "1.18 trillion won", "supported"),
    # controls: a year that is the payment's; a year that is the base's
    ("2024-07-17", _RESOLVED.format(B="2020"), "1.18 trillion won", "supported"),
    ("2019-03-12", "Seoul agreed to pay 1.0389 trillion won, an 8.2 percent increase from 2018.", "1.0389 trillion won",
     "supported"),
]


@pytest.mark.parametrize(("published", "text", "exact", "want"),
                         cases(ORIGIN_ASIDE=ORIGIN_ASIDE, CONTEXT_PAST_ASIDE=CONTEXT_PAST_ASIDE,
                               DEMAND_UP_FROM=DEMAND_UP_FROM, COUNTED_SUBJECT=COUNTED_SUBJECT,
                               DEAL_BASE=DEAL_BASE))
def test_claims42_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    if want == "not_supported":  # a sum that is not the payment: any verdict but "supported" or "contradicted"
        assert claim.verdict not in ("supported", "contradicted"), (claim.verdict, claim.evidence)
        return
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)


# ----- the metamorphic test: a deterministic sample of the DISTRACTORS copies, and its ratchet -----

FLOOR = Path(__file__).with_name("claims42_floor.json")


def test_distracted_dev_claims_keep_their_verdicts() -> None:
    """The sample of dev claims with a distractor beside them or their date line moved (tests/claims41_variants.py,
    ``DISTRACTOR_GENERATORS``) keeps the ratchet of tests/claims42_floor.json: at least ``copies`` copies, at most
    ``fail`` with another verdict than the corpus's, at most ``wrong_contradicted`` with ``contradicted`` on a right
    figure. Lower the maxima when a fix lands; never raise them."""
    import claims41_variants as cv

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    outs = cv.run(list(cv.dev_ids()), lambda vs: cv.sampled(vs, floor["every"]), cv.DISTRACTOR_GENERATORS)
    fails = [f"{o.variant.id} want {o.variant.target.item['verdict']} got {list(o.got)}" for o in outs if not o.ok]
    assert len(outs) >= floor["copies"], len(outs)
    assert len(fails) <= floor["fail"], fails
    assert sum(o.wrong_contradicted for o in outs) <= floor["wrong_contradicted"], fails
