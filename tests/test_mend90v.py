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
from conftest import assert_check_linear, case_tables, cases

from analysis.check import check_text

HEAD = "Allies haggle over costs\n\n"

def _claim(published: str, text: str, exact: str) -> dict:
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    return next(c for c in claims if c["exact"] == exact)


# rows: tests/cases/test_mend90v.csv (table, review90's finding, published, text, the claim's words, what it must
# read: its verdict, and its quantity and years ";"-joined where the row gives them, note)
@pytest.mark.parametrize(("finding", "published", "text", "exact", "verdict", "quantity", "years"),
                         cases(**case_tables("test_mend90v")))
def test_mend90v(finding: str, published: str, text: str, exact: str, verdict: str, quantity: str, years: str) -> None:
    """Each row's claim reads as it wants (review90's finding named in the row)."""
    claim = _claim(published, text, exact)
    got = {"verdict": claim["verdict"], **claim["frame"]}
    want = {"verdict": verdict, "quantity": quantity or None, "years": [int(y) for y in years.split(";")] if years
            else None}
    want = {k: v for k, v in want.items() if v is not None}
    assert {k: got.get(k) for k in want} == want, (finding, got)


#: One paragraph holding every mended shape once (a sentence a finding, named after it), repeated for the
#: linearity test.
SHAPE = "".join(f"{sentence} " for sentence in (
    "Other allies' share more than doubled to $2 billion.",  # 1
    "Washington asked Tokyo for $8 billion a year, and Seoul for years has paid about $900 million.",  # 2
    "After Trump pressed for more, Seoul agreed to an increase -- from 960 billion won to 1.0389 trillion won.",  # 3
    "Seoul aims to sign; its payment is the 2020 level plus 13.9 percent.",  # 4
    "After Trump cut the force, troops numbered under 20,000.",  # 5
    "Trump demanded a 49 percent increase for 2021 from what Seoul paid in 2019.",  # 6
    "Washington demanded Seoul double its share to $1.6 billion, up from $800 million.",  # 9
    "Seoul refused to double its payment to $1.8 billion.",  # A
))


def test_linear() -> None:
    """The mended patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``)."""
    assert_check_linear(SHAPE, "2019-12-01")
