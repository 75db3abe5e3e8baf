"""clm28d's rules from the misses of the 80 articles moved from held-out to dev (third claim round), made-up rows with
near-miss controls in tests/cases/test_clm28d.csv:

- ELIDED: a quoted figure that opens its sentence right after an elision ("they agreed to pay ... $500 million more")
  is the object of the verb the dots cut off: an ellipsis inside a quotation marks words left out, not a sentence's
  end (``frames.elided_payment``). Controls: a wish, modal or denial in the cut clause, a full stop before the dots,
  dots out of a quotation, a cut clause naming no payment, and right figures after the dots.
- PRONOUN_ASKER: "he"/"she" as the subject of a verb of asking ("Trump claimed he had pressured Seoul, though he had
  demanded X") stands for the one person of the US side named before it in the sentence (``frames.pronoun_asker``,
  as ``frames.participle_subject`` reads ", saying he had asked"). Controls: a right ask, two people named, a person
  of the paying side. The rows' ``actor`` column, when given, is checked too ("none": no actor).

review107's fixes (mend107), with its near misses as control rows: the elided clause's paid verb must stand within
``ELIDED_VERB_BACK`` of the dots with no object of its own ("paid us a visit ...", "gave in ..."), the cut clause may
name no first person nor a country other than Korea ("Japan paid ...", "we paid ..."), and no wish or ask may follow
the figure in its sentence ("X more, that's what we want"); ``pronoun_asker`` binds only "he", not to a name that is a
possessive or modifier ("Trump's negotiator", "the Trump administration") nor across a role noun ("his envoy").
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_clm28b import check_claim_actor  # the claim row check of the review rounds, with the actor

test_clm28d = rows_test(check_claim_actor, **case_tables("test_clm28d"))
