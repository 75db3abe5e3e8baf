"""Rows for mend93's mends of review93's findings (over-reach of the mend92b round); made-up sentences, each with the
review's controls and near misses that keep the readings the round's rules were written for
(tests/test_review92b.py keeps the round's own targets).

- 1, 2, 11. An amount called "current" with an offer's noun after it is the paying side's standing offer
  (``frames.current_offer``) only when the offer is not the asking side's ("the current $1.3 billion U.S.
  counteroffer", "American offer": its lowered ask, as before the round), and the noun is read in the amount's own
  sentence and phrase ("... $923 million Seoul pays. Offers to split the difference ...", "$923 million despite
  Seoul's offers": the payment).
- 3. A year told as the time a sum is paid drops out of the ask's target years (``frames.told_paid_in``) only when it
  is the year after the base, the asked rise's own year; "a sum to be paid in 2021" after a 2019 base is a target
  like "for 2021".
- 4, 5, 10. A question put to the one who answers (``frames.put_as_question``) makes only the proposition asked about
  hypothetical: a figure the question states as fact ("the $X Seoul paid", "the 13 percent increase Seoul offered",
  the base of "from X to Y") keeps its own reading, and a demand named as one inside it ("his $5 billion demand", "the
  $4.7 billion Washington demanded", "as Trump has demanded"), as does a sum the one asked is told as being charged
  ("When asked about being charged $5 billion a year").
- 6, 7, 8. Single-quote pairs are read as quotations by the date finder (``dates._quotations``) only for what the
  round wrote it for: a day word inside the words, said at an event the sentence dates by a day beside the speech,
  not in a relative clause. A year or month in the sentence that belongs to another event, a year inside a quoted
  label, and apostrophes ('til, 'n', the allies') read as they did before the round. The same sentences with double
  marks keep their older readings (a relative clause's year dates the words, a label's year anchors nothing): that
  weakness predates the round and is left as it is.
"""

from __future__ import annotations

from conftest import case_tables, rows_test
from test_review92b import check_claim, check_date  # the same row checks as the round this one reviews

from analysis.extract import annotate

HEAD = "Allies haggle over costs\n\n"
#: The claim rows (tests/cases/test_review93.csv, columns as tests/cases/test_review92b.csv) and the date rows
#: (tests/cases/test_review93_dates.csv: text, published, the date's words, start, end); a note says which
#: finding or control a row is.
CLAIMS = case_tables("test_review93")
DATES = case_tables("test_review93_dates")


test_review93 = rows_test(check_claim, **CLAIMS)
def check_date_row(text: str, published: str, exact: str, start: str, end: str) -> None:
    """:func:`check_date` on a CSV row, where an unresolved date's start and end are empty."""
    check_date(text, published, exact, start or None, end or None)


test_review93_dates = rows_test(check_date_row, **DATES)


#: The quotation rows (tests/cases/test_review93_quoted.csv: text, the quotations the quote finder reads,
#: "|"-joined): 8. an apostrophe opens no quotation, so it makes no unattributed quote either.
QUOTED = case_tables("test_review93_quoted")


def check_quoted(text: str, quoted: str) -> None:
    """Assert that the quotations found in ``text`` are ``quoted`` ("|"-joined), with no unattributed quote finding
    when there are none."""
    got = annotate(HEAD + text + "\n", "2021-03-10").to_dict()
    spans = "|".join(a["exact"] for a in got["annotations"] if a["kind"] == "quote")
    assert (spans, quoted or [f["kind"] for f in got["findings"]]) == (quoted, quoted or []), got


test_review93_quoted = rows_test(check_quoted, **QUOTED)
