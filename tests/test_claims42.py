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
from conftest import case_tables, cases, merged, read_claims, run_rows, verdict_fits

#: The tables (published, text, exact, verdict wanted), with a note on each control: tests/cases/test_claims42.csv.
TABLES = case_tables("test_claims42")


def check_claims42_verdicts(published: str, text: str, exact: str, want: str) -> None:
    claim = read_claims(text, published)[exact]
    if want == "not_supported":  # a sum that is not the payment: any verdict but "supported" or "contradicted"
        assert claim.verdict not in ("supported", "contradicted"), (claim.verdict, claim.evidence)
        return
    assert verdict_fits(claim.verdict, want), (claim.verdict, claim.evidence)


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_claims42_verdicts(rows: list[object]) -> None:
    run_rows(check_claims42_verdicts, rows)


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
