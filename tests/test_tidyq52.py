"""Two date classes of issue 9 left by the last session (tidyq52), rows of my own wording (made-up people Oskel Tamm
and Lida Marsh, the places Hanul and Torvia), labelled by the Conventions before the tool ran on them:

- RANGE: "from X until (till, through, up until) (the end of) Y", told as one stretch, is ONE range from X's start to
  Y's end, as "from X to Y" is (the lead's Convention, session 44): months ("from March until the end of June", read
  as "from March to June" is, ``dates._MONTH_SPAN``) and "up until" between two dates (``dates._TO``). Years
  ("from 2026 until the end of 2029") were one range already (rows kept). Near misses kept: no date after "until"
  ("from 2026, until the end of the talks"); the stop of a sentence between; a verb that moves a date ("postponed
  from March until the end of June": the old date and the new); another noun's month ("the end of talks in June").
- SAME_DAY: "the same day" opening a paragraph counts from the last single day told in the paragraph before, read
  as :func:`dates._same_day_anchor` reads within a paragraph: in a past clause a day told ahead there is passed over
  ("Torvia said on Feb. 24 that the cut takes effect on April 1.\\n\\nOn the same day, Hanul protested": Feb. 24;
  ``dates._same_day_told``; the shape of the dev Asia Economy 2020-01-29 miss). Near misses kept: a future clause
  keeps the day told ahead; a single past day told last; no day before the one told ahead (unresolved, as before).
  Left: a day the tool does not read as told ahead ("said on March 2 that pay stops from April 1": a present, no
  "would") is still the anchor, within a paragraph as across one; "The next day" after a day told ahead (a count,
  not this class) stays unresolved.

Every row of a class table fails on the starting code (0fe18b79) and passes now; the ``_NEAR`` rows (note "kept")
read as they did. A row gives the date spans overlapping its words: (exact, start, end), "null" unresolved.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate

Row = tuple[str, str, str, list[tuple[str, str | None, str | None]]]


def spans_over(published: str, text: str, words: str) -> list[tuple[str, str | None, str | None]]:
    """Return (exact, start, end) of each date span of story ``text`` (line 1 its headline) over ``words``.

    >>> spans_over("2026-03-04", "T\\n\\nThey met from March until the end of June.", "March")
    [('from March until the end of June', '2026-03-01', '2026-06-30')]
    """
    at = text.index(words)
    return [(s.exact, s.value["start"], s.value["end"]) for s in annotate(text, published).of_kind("date")
            if s.start < at + len(words) and s.end > at]


_H = "Cost talks\n\n"

RANGE: list[Row] = [
    ("2026-03-18", _H + "Hanul pays more from March until the end of June.", "from March",
     [("from March until the end of June", "2026-03-01", "2026-06-30")]),
    ("2026-03-18", _H + "Hanul will pay more between May and the end of August.", "between May",
     [("between May and the end of August", "2026-05-01", "2026-08-31")]),
    ("2026-03-18", _H + "Hanul will raise its share from 2027 up until the end of 2030.", "from 2027",
     [("from 2027 up until the end of 2030", "2027-01-01", "2030-12-31")]),
    ("2026-03-18", _H + "Torvia will keep the rate from 2027 up till 2029.", "from 2027",
     [("from 2027 up till 2029", "2027-01-01", "2029-12-31")]),
    ("2026-03-18", _H + "Oskel Tamm said the freeze runs from May up until September.", "from May",
     [("from May up until September", "2026-05-01", "2026-09-30")]),
]

RANGE_NEAR: list[Row] = [
    ("2026-03-18", _H + "Hanul paid more from November through the end of February.", "from November",
     [("from November through the end of February", "2025-11-01", "2026-02-28")]),  # kept: joined as two dates
    ("2026-03-18", _H + "Torvia will cover the wages from April till the end of June.", "from April",
     [("from April till the end of June", "2026-04-01", "2026-06-30")]),  # kept: joined as two dates
    ("2026-03-18", _H + "Hanul will raise its share from 2027 until the end of 2030.", "from 2027",
     [("from 2027 until the end of 2030", "2027-01-01", "2030-12-31")]),  # kept: several years
    ("2026-03-18", _H + "Torvia pays more from 2026 through 2029, Lida Marsh said.", "from 2026",
     [("from 2026 through 2029", "2026-01-01", "2029-12-31")]),  # kept: "through"
    ("2026-03-18", _H + "Torvia pays more from 2026 till 2029.", "from 2026",
     [("from 2026 till 2029", "2026-01-01", "2029-12-31")]),  # kept: "till"
    ("2026-03-18", _H + "The deal applies from March 2026 until the end of 2028.", "from March",
     [("from March 2026 until the end of 2028", "2026-03-01", "2028-12-31")]),  # kept: a month to a year's end
    ("2026-03-18", _H + "Hanul pays more from 2027, until the end of the talks.", "from 2027",
     [("2027", "2027-01-01", "2027-12-31")]),  # kept: no date after "until"
    ("2026-03-18", _H + "Hanul pays more from 2027 until the end of the talks.", "from 2027",
     [("2027", "2027-01-01", "2027-12-31")]),  # kept: no date after "until"
    ("2026-03-18", _H + "Hanul paid more from 2024. Until the end of 2029, it will pay less.", "2024",
     [("2024", "2024-01-01", "2024-12-31")]),  # kept: a sentence's stop between
    ("2026-03-18", _H + "The vote was postponed from March until the end of June.", "March",
     [("March", "2026-03-01", "2026-03-31")]),  # kept: a date moved, the old date and the new
    ("2026-03-18", _H + "Hanul will pay more from May until the end of talks in June.", "from May",
     [("May", "2026-05-01", "2026-05-31")]),  # kept: the end of talks, no month's end
]

SAME_DAY: list[Row] = [
    ("2026-03-04", _H + "Torvia said on Feb. 24 that the cut takes effect on April 1.\n\nOn the same day, Hanul "
     "protested.", "the same day", [("the same day", "2026-02-24", "2026-02-24")]),
    ("2026-04-10", _H + "Oskel Tamm announced on the 9th that the base would close on May 1.\n\nIn a letter on the "
     "same day, Lida Marsh objected.", "the same day", [("the same day", "2026-04-09", "2026-04-09")]),
    ("2026-03-04", _H + "Hanul said on March 2 that pay would stop from April 1. Talks had run on Feb. 24-25.\n\n"
     "On the same day, Torvia replied.", "the same day", [("the same day", "2026-03-02", "2026-03-02")]),
    ("2026-03-04", _H + "Hanul said on March 2 that talks resume on March 3.\n\nOn the same day, Torvia replied.",
     "the same day", [("the same day", "2026-03-02", "2026-03-02")]),  # told ahead, before publication
]

SAME_DAY_NEAR: list[Row] = [
    ("2026-03-04", _H + "Torvia said on Feb. 24 that the cut takes effect on April 1.\n\nOn the same day, Hanul will "
     "close two bases.", "the same day", [("the same day", "2026-04-01", "2026-04-01")]),  # kept: a future clause
    ("2026-03-04", _H + "Talks opened on Feb. 24.\n\nOn the same day, Hanul protested.", "the same day",
     [("the same day", "2026-02-24", "2026-02-24")]),  # kept: a single past day told last
    ("2026-03-04", _H + "Torvia said the cut takes effect on April 1.\n\nOn the same day, Hanul protested.",
     "the same day", [("the same day", None, None)]),  # kept: no day before the one told ahead
    ("2026-03-04", _H + "Hanul spoke on March 2, and talks resumed on March 3.\n\nOn the same day, Torvia replied.",
     "the same day", [("the same day", "2026-03-03", "2026-03-03")]),  # kept: the last day is told in the past
]


@pytest.mark.parametrize(("published", "text", "words", "want"), RANGE + RANGE_NEAR + SAME_DAY + SAME_DAY_NEAR)
def test_tidyq52_rows(published: str, text: str, words: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert spans_over(published, text, words) == want
