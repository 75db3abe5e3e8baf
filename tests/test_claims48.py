"""Claim verdicts of the forty-fifth to forty-seventh batches' classes (claims48, fourteenth session).

The three newest dev batches were scored at merge on text no rule was written from; their claim misses are learnt
from here as classes, each with rows of made-up wording (figures from data/*.csv) and controls, written before the
rule. The rows are data in tests/cases/test_claims48.csv (columns published, text, exact, want, xfail; a text with a
blank line is a headline and its body, any other one paragraph after a lead sentence on the talks; wants as in
tests/test_years47.py).

- ``DASH_RATIO``: a ratio in an aside set off by dashes after a demanded or offered sum ("demanded that Seoul pay
  $4.7 billion next year -- or 400 percent more than what it currently pays -- for ...", "—", "–", spaced or not)
  binds to that sum as one set off by commas does (frames.dashed_aside_start in frames._intent); it was judged as the
  SMA payment's change and a right figure was ``contradicted``. ``DASH_CLAUSE``: controls, a dash that opens a new
  clause keeps its figure's own reading.
- ``TENTATIVE_SUM``: the sum of a tentative, proposed or rejected agreement is an offer (judged against
  data/offers.csv), never the payment, when the figure is in that deal's own phrase (frames._UNSIGNED_DEAL among
  the offer cues, frames.unsigned_outside); a signed agreement's sum is the payment.
- ``WORKERS_PAY``: a sum paid so that the Korean base workers "return to work" ("to allow thousands of USFK
  employees to return to work") is their pay outside the SMA (``wages``, not_checkable), a cue of frames._OTHER_CUES.
- ``ASK_AS_RISE``: an ask told as a rise by a noun after the amount ("a $5 billion increase over the $900 million
  Seoul pays") is judged as the size of the demanded rise (rules.rise_noun_after in rules.demanded_increase):
  misleading when it is the whole ask, supported when a demand on record exceeds the payment by it.
- ``SHARE_CHANGE`` and ``COST_PLUS``: rows of the forty-sixth and forty-fifth batches' other classes; the misses left
  are strict xfails with their reason.
"""

from __future__ import annotations

import test_years47
from conftest import case_tables, claims_test

ROWS = case_tables("test_claims48")  # tests/cases/test_claims48.csv


#: Each row's claim gets its verdict, as tests/test_years47.py checks its rows.
test_claims48_claims = claims_test(test_years47.check_years47_claims, **ROWS)
