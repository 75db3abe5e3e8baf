"""A weekday in a clause told in the present read ahead (issue 9; helper fix51d4 of session 51). Names and places
are invented (Varnel, Orsk, Tolvan, Karsk); every ``ACT``/``POSSESSIVE`` row failed on main, every ``_CTRL`` row keeps
main's reading.

- ACT: a subject of one to four words opening its clause (a sentence, the clause after a semicolon, a lead after a
  dateline's dash), a present verb of an act ("-s" after a singular noun, or a base form after a plural one before a
  determiner, only a closed list of schedule verbs), an object of one to four words and the weekday closing the
  sentence ("The ministry briefs senators Friday."): a schedule ahead (`_weekday_present_act`). ACT_CTRL: pasts
  after a plural subject ("sold", "tore", "shut", "split", "beat"), an indefinite subject (a caption's scene), a
  sentence after one in the present of narration ("Lee recalls the day."), the past, the present perfect, "says", a
  habit adverb, a present of state or remark, words after the weekday, a base verb with no determiner after it, a verb
  relating a thing to an event ("follows"), an event noun closing the object ("examines the blast Friday": the blast's
  day), an "-s" word after a name with no determiner after it ("Tolvan stocks gain ground": a noun).
- POSSESSIVE: a possessive weekday opening its sentence, owning a scheduled event that "is/are the last/final/
  next ..." ("Thursday's hearing is the last before the recess"): ahead (`_weekday_possessive_ahead`).
  POSSESSIVE_CTRL: "the first/second/third ..." (said after the event too), "was", the present perfect, a deed
  ("launch"), "is a ...", the weekday inside a report.
- Headlines (line 1 of an article) keep main's reading: their present reports news (`_headline_present`).

Rows: tests/cases/test_fix51d4.csv (``note`` says what a row shows).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, dates_test, read_article_dates

test_fix51d4 = dates_test(**case_tables("test_fix51d4"))  # "``exact`` reads ``start``..``end``"


@pytest.mark.parametrize(
    ("text", "exact", "day"),
    [
        ("Ministry briefs senators Friday\nVARNEL (Reuters) -- The ministry briefed senators.", "Friday", "2024-03-08"),
        ("Thursday's hearing is the last before recess\nVARNEL -- Officials met.", "Thursday", "2024-03-07"),
    ],
)
def test_fix51d4_headline_kept(text: str, exact: str, day: str) -> None:
    """A headline's present keeps main's reading (news of the day before)."""
    assert (exact, day, day) in read_article_dates(text, "2024-03-13")
