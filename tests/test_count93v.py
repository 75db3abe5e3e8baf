"""Troop counts, figures and dates left unjudged on dev (count93v, after fresh90v).

Each row is a made-up sentence (invented names and places; troop levels data/troops.csv's, asks data/demands.csv's,
offers data/offers.csv's) checked end to end with ``check_text``: the verdict the figure must get, or ``None`` when
no claim may be made of it. Controls are the near misses each rule must leave alone.

- ``TROOP_NOUNS``: "servicemen", "servicewomen" and "GIs" count troops of their own (``counts._NOUNS``, trigger
  literals in ``counts._TROOP_WORDS``).
- ``NAMED_NUMERAL``: a bare number a relative clause follows ("the number 42,000 which earlier brought criticism") is
  found (``counts._BARE``), and a numeral named as such is no number to move (``frames.named_numeral``).
- ``LABELLED_GOAL``: a "cost plus N" premium that labels a wish after a colon ("'Cost Plus 50%:' Vell Wants Hosts to
  Pay a Premium") is the formula as a goal, ``other``/``hypothetical``, and a headline so told keeps that frame over
  the body's ask (``frames.labelled_goal``, ``frames.headline_frames``).
- ``TAGGED_PRESENT``: a date in a present clause that a trailing speech tag reports ("face furloughs as of May 1, the
  union said in a notice issued on Monday") keeps its forward reading: the tag's past is the telling's
  (``dates._tag_tells_only``, date90d's rule, which count93v had written a second time); a fronted phrase before a
  main clause, and a past clause, stay past.
- ``CURRENT_APPOSITION``: a floor's count that an appositive names the level now ("below 28,500 personnel, the current
  level stationed there") is judged as the level (``frames.current_apposition``); a bare floor stays unjudged.
"""

from __future__ import annotations

import pytest
from conftest import dates_test

from analysis.check import check_text

#: A sentence that puts a row in the cost-sharing story without a figure of its own.
LEAD = "Seoul and Washington are in talks on sharing the cost of the U.S. military presence in Korea. "


def verdicts(text: str, published: str, exact: str) -> list[str]:
    """Return the verdicts of the claims whose words are ``exact`` in ``text`` checked as of ``published``."""
    report = check_text("T\n\n" + LEAD + text, published=published)
    return [c.verdict for c in report.claims if c.exact == exact]


#: (text, published, figure, the verdicts it must get: [] for no claim).
TROOP_NOUNS = [
    ("Hanul hosts more than 27,000 American servicemen, Dalvin said.", "2020-01-17",
     "more than 27,000 American servicemen", ["supported"]),
    ("Hanul pays part of the upkeep of the 28,000 GIs stationed there.", "2019-04-02", "28,000 GIs", ["supported"]),
    ("Dalvin said Hanul hosts 28,500 U.S. servicewomen and men.", "2019-04-02", "28,500 U.S. servicewomen",
     ["supported"]),
    ("Dalvin told a rally Hanul hosts 45,000 GIs.", "2019-04-02", "45,000 GIs", ["contradicted"]),
    # controls: a number to move, and a count of another country's troops stay unjudged
    ("Porvik may withdraw 4,000 GIs from Hanul.", "2019-04-02", "4,000 GIs", ["not_checkable"]),
    ("Japan hosts 54,000 American servicemen.", "2019-04-02", "54,000 American servicemen", ["not_checkable"]),
]

NAMED_NUMERAL = [
    ('Dalvin spoke of stationing "41,000" U.S. Forces Korea troops, again using the number 41,000 which earlier '
     "brought criticism.", "2019-07-02", "41,000", ["contradicted", "contradicted"]),
    ("Of U.S. troops in Korea, Dalvin used the figure 45,000 that critics doubt.", "2019-07-02", "45,000",
     ["contradicted"]),
    # controls: a count with its own noun that a relative clause moves stays a number to move; a number of money
    # near troops is no count
    ("Porvik has 4,500 troops which were brought home from Hanul.", "2019-07-02", "4,500 troops", ["not_checkable"]),
    ("For the U.S. troops, Hanul paid $41,000 which covered fuel.", "2019-07-02", "41,000", []),
]

CURRENT_APPOSITION = [
    ("A bill bars reducing U.S. troops in Korea below 28,500 personnel, the current level stationed there.",
     "2019-12-13", "below 28,500 personnel", ["supported"]),
    ("A bill bars reducing U.S. troops in Korea below 40,000 personnel, the current level stationed there.",
     "2019-12-13", "below 40,000 personnel", ["contradicted"]),
    # controls: a floor with no appositive, or one that names it a floor, stays unjudged
    ("A bill bars reducing U.S. troops in Korea below 28,500 personnel.", "2019-12-13", "below 28,500 personnel",
     ["not_checkable"]),
    ("A law bars cutting U.S. troops in Korea below 22,000 personnel, a floor set two years ago.", "2019-12-13",
     "below 22,000 personnel", ["not_checkable"]),
]


#: (article text with its headline, published, figure, its verdicts): the headline's premium.
LABELLED_GOAL = [
    ("'Cost Plus 50%:' Vell Wants Hosts of Troops to Pay a Premium\n\nVell insists on the full cost plus another "
     "50% from Hanul.", "2019-03-08", "50%", ["not_checkable", "unverifiable"]),
    # controls: a headline premium told as a demand, and a premium insisted on with no label, stay asks
    ("'Cost Plus 50%:' Vell Demands It of Hanul\n\nVell insists on the full cost plus another 50% from Hanul.",
     "2019-03-08", "50%", ["unverifiable", "unverifiable"]),
]


@pytest.mark.parametrize(("text", "published", "exact", "want"), LABELLED_GOAL)
def test_labelled_goal(text: str, published: str, exact: str, want: list[str]) -> None:
    """A premium labelling a wish is a goal (not checkable); one labelling a demand stays an ask."""
    report = check_text(text, published=published)
    assert [c.verdict for c in report.claims if c.exact == exact] == want


#: (text, published, a date's exact words, its start, its end): a date's year in a clause a speech tag reports.
TAGGED_PRESENT = [
    ("Porvik's notices inform Hanul workers that they face furloughs as of May 1, the union said in a notice issued "
     "on Monday.",
     "2020-01-30", "May 1", "2020-05-01", "2020-05-01"),
    ("Hanul workers potentially face leave from May 1, the union said.", "2020-01-30", "May 1", "2020-05-01",
     "2020-05-01"),
    # controls: a past clause, and a fronted phrase before the main clause, stay past
    ("Hanul workers were furloughed on May 1, the union said in a notice issued on Monday.", "2020-01-30",
     "on May 1", "2019-05-01", "2019-05-01"),
    ('In a notice on May 1, the union stated, "We will strike."', "2020-01-30", "on May 1", "2019-05-01",
     "2019-05-01"),
]

#: A trailing speech tag's past does not make the clause it reports past.
test_tagged_present = dates_test(TAGGED_PRESENT=TAGGED_PRESENT)


@pytest.mark.parametrize(("text", "published", "exact", "want"), TROOP_NOUNS + NAMED_NUMERAL + CURRENT_APPOSITION)
def test_verdicts(text: str, published: str, exact: str, want: list[str]) -> None:
    """Each made-up figure gets the verdicts its row says (none: no claim made of it)."""
    assert verdicts(text, published, exact) == want
