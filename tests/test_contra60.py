"""Right figures never called wrong, session 60 (contra60, issue #10): the battery of tests/contra60_battery.py (right
figures in framings the earlier rounds did not try, each with a wrong twin) and the rows of the two classes fixed.
Every figure is read from data/*.csv (through the battery's helpers), never typed; every sentence is mine.

- APPOSED_YEAR: a noun phrase set after a bare comma right after a year ("Seoul paid X in 2018, the year before the
  tenth deal raised the sum", "in 2025, a year before the new deal took effect") tells the same year again, in
  apposition; it is no second member of a list of years (``frames.last_of_series``, ``frames._APPOSED_DATE``), so X
  is judged as 2018's alone. Was ``misleading`` (judged also as the next year's). Near misses kept: the same framing
  with a wrong figure (caught), real lists ("in 2018 and 2019", "In 2019, 2020 and 2021", "Over 2019, 2020, 2021"),
  a year coordinated by "and" ("in 2018 and the year before"), an appositive of no date ("the last year of ...").
- UNREAD_FALL: a percent whose direction nothing read (a headline's bare-noun object: "Seoul cuts troop cost share by
  8.9%") whose size fits a fall on record is ``unverifiable`` with the reason, not a rise that contradicts the data
  (``rules.unread_fall``). Near misses kept: a direction read either way ("raised its share by", "rose by": caught;
  "fell": supported), a wrong size in the same framing (caught), a rise on record.
- TROOP_MONTH: a troop level judged at publication's year and found off is supported when it is the level of the
  year a date of part of a year gives it ("In October 1992, the U.S. kept 37,400 troops", "in late 1991":
  ``frames.month_year``, ``rules.month_level``: a level is a count at a time, so a month dates it as a year does);
  was called contradicted. Only a reading that holds is added: a count off that year's levels too is judged at
  publication's year as before. Near misses kept: a wrong level in the same framing (caught), a date of several
  years ("Under the president's second term": the level now), "Last month", a month of the publication's year with
  a wrong level (caught).
- REPORTED_NOW: "this year" in words reported by a verb of saying that the sentence dates in another year ("In March
  2019, the minister said Seoul pays X this year", told in 2022; "told lawmakers in March 2019 that ...") may be the
  year of the saying as well as the writer's: a figure that holds for the year of the saying is withheld
  (``guards.reported_this_year``: unverifiable), was misleading or contradicted. Near misses kept: a figure wrong for
  both years (caught), the same words quoted (supported), no date of the saying, a "this year" in a clause of its own
  after ", and" (the writer's: still caught).
- APPOSED_BASE: an amount set off by commas between the subject and its verb of change ("Seoul's share, then X, rose
  13.9 percent in 2021", "which was X at the time,") may be the level before the change: one that holds for the year
  before is withheld (``guards.level_before_change``: unverifiable), was misleading. Near misses kept: one wrong for
  both years (caught), the amount after the change ("rose ... to X", caught when wrong).
- mend60d (the final reader's findings 1-3): a phrasal verb of rising ("ramps up", "ratchets up") or one far before
  the percent ("hikes its share of the bill for ... by X%") tells the rise, so a rise that fits a fall on record is
  caught again; a date after a determiner or possessive ("said Monday the 2019 accord had run out") dates a noun, not
  the saying; a figure is withheld as the year of the saying's or the level before a change only when it fits that
  year's payment to its own rounding, not merely within the band (966.2 billion won for 1,038.9 stays caught).
  Near misses kept: a phrasal verb of falling ("scales down"), the same framings with the year's own figure.
"""

from __future__ import annotations

import collections

import pytest
from contra60_battery import Passage, battery, change, level_of, near_misses, pay, values, won, wrong_values
from test_review45 import LEAD

from analysis import check

WRONG = ("contradicted", "misleading")
#: Wrong twins the branch catches (contradicted or misleading): a floor, never to fall.
CAUGHT_FLOOR = 201


def verdict(published: str, text: str, needle: str) -> str | None:
    """Return the verdict of the first claim holding ``needle``; a text with a blank line is a headline and body."""
    full = text if "\n\n" in text else "T\n\n" + LEAD + text
    claims = [c for c in check.check_text(full, published).claims if needle in c.exact]
    return claims[0].verdict if claims else None


#: Passages of the battery no claim holds the figure of (framing, the text's start): a figure the annotator reads as
#: none of its kinds ("less than half" is a ratio word, not a figure; "the force stood at X" names no troops). Listed,
#: so that no other passage counts as passed for want of a verdict (mend60d).
UNJUDGED = (("ratio", "Seoul's 1991 contribution was "), ("troops_dated", "By October 1992 the force stood at "))


def unjudged(p: Passage) -> bool:
    """Return whether a passage is one of :data:`UNJUDGED`."""
    return any(p.framing == framing and p.text.startswith(start) for framing, start in UNJUDGED)


@pytest.fixture(scope="module")
def judged() -> list[tuple[Passage, str | None]]:
    return [(p, verdict(p.published, p.text, p.needle)) for p in battery() + near_misses()]


@pytest.fixture(scope="module")
def verdicts(judged: list[tuple[Passage, str | None]]) -> list[tuple[str, bool, str | None]]:
    return [(p.framing, p.right, v) for p, v in judged]


def test_battery_every_figure_judged(judged: list[tuple[Passage, str | None]]) -> None:
    """A passage with no verdict is no pass: only those of UNJUDGED have none, and each of them has none."""
    assert [p.text for p, v in judged if (v is None) != unjudged(p)] == []


def test_battery_no_right_figure_wrong(verdicts: list[tuple[str, bool, str | None]]) -> None:
    wrong = [(f, v) for f, right, v in verdicts if right and v in WRONG]
    assert not wrong, wrong


def test_battery_wrong_twins_caught(verdicts: list[tuple[str, bool, str | None]]) -> None:
    caught = collections.Counter(f for f, right, v in verdicts if not right and v in WRONG)
    assert sum(caught.values()) >= CAUGHT_FLOOR, caught


def _rows() -> list[tuple[str, str, str, str]]:
    """(published, text, needle, verdict wanted) of the two classes and their near misses."""
    v, w = values(), wrong_values()
    fall = abs(change(2005))
    combined = won(sum(pay()[y] for y in (2019, 2020, 2021)))
    l91, l92, w92 = f"{level_of(1991):,}", f"{level_of(1992):,}", f"{round(level_of(1992) * 1.3):,}"
    return [
        # APPOSED_YEAR: fail on main (misleading), pass here
        ("2019-03-02", f"Seoul paid {v['pay2018']} in 2018, the year before the tenth deal raised the sum.",
         v["pay2018"], "supported"),
        ("2014-03-02", f"Seoul paid {v['pay2013']} in 2013, the year before the ninth deal.", v["pay2013"],
         "supported"),
        ("2026-03-02", f"Seoul paid {v['pay2025']} in 2025, a year before the new deal took effect.", v["pay2025"],
         "supported"),
        ("2012-03-02", f"In 2008, the year before the eighth accord began, Seoul paid {v['pay2008']}.", v["pay2008"],
         "supported"),
        # APPOSED_YEAR near misses
        ("2019-03-02", f"Seoul paid {w['pay2018']} in 2018, the year before the tenth deal raised the sum.",
         w["pay2018"], "contradicted"),
        ("2026-03-02", f"Seoul paid {w['pay2025']} in 2025, a year before the new deal took effect.", w["pay2025"],
         "contradicted"),
        ("2019-06-06", f"Seoul paid {v['pay2018']} and {v['pay2019']} in 2018 and 2019.", v["pay2018"], "supported"),
        ("2022-06-06", f"In 2019, 2020 and 2021 Seoul paid a combined {combined}.", combined, "supported"),
        ("2022-06-06", f"Over 2019, 2020, 2021 Seoul paid {combined} in all.", combined, "supported"),
        ("2019-03-02", f"Seoul paid {v['pay2018']} in 2018 and the year before.", v["pay2018"], "misleading"),
        ("2019-03-02", f"Seoul paid {v['pay2018']} in 2018, the last year of the ninth deal.", v["pay2018"],
         "supported"),
        # UNREAD_FALL: fail on main (contradicted), pass here
        ("2005-04-01", f"Seoul cuts troop cost share by {fall:g}%\n\nThe sixth accord was initialled on Friday.\n",
         f"{fall:g}%", "unverifiable"),
        ("2005-04-01", f"Seoul cuts troop cost share by {fall:g}% this year.", f"{fall:g}%", "unverifiable"),
        # UNREAD_FALL near misses
        ("2005-04-01", f"Seoul cuts troop cost share by {fall + 6:g}% this year.", f"{fall + 6:g}%", "contradicted"),
        ("2005-04-01", f"Seoul raised its share by {fall:g} percent this year.", f"{fall:g} percent", "contradicted"),
        ("2005-04-01", f"Seoul's share rose by {fall:g} percent this year.", f"{fall:g} percent", "contradicted"),
        ("2005-04-01", f"Seoul's share fell {fall:g} percent this year.", f"{fall:g} percent", "supported"),
        ("2019-02-10", f"Seoul raises troop cost share by {v['chgp2019']}\n\nThe deal was initialled on Sunday.\n",
         v["chgp2019"], "supported"),
        # UNREAD_FALL near misses (mend60c): a headline verb of rising before a bare object tells the direction
        ("2005-04-01", f"Busan hikes troop cost share by {fall:g}% in 2005.", f"{fall:g}%", "contradicted"),
        ("2005-04-01", f"Cabinet boosts defence cost share {fall:g}% for 2005.", f"{fall:g}%", "contradicted"),
        ("2005-04-01", f"Allies lift troop cost share {fall:g}% in 2005.", f"{fall:g}%", "contradicted"),
        ("2005-04-01", f"Korea agrees to raise share {fall:g}% in 2005.", f"{fall:g}%", "contradicted"),
        ("2005-04-01", f"Seoul to increase base upkeep share {fall:g}% this year.", f"{fall:g}%", "contradicted"),
        ("2005-04-01", f"Busan cuts troop cost share by {fall:g}% in 2005.", f"{fall:g}%", "unverifiable"),
        # TROOP_MONTH: fail on main (contradicted), pass here
        ("2019-06-06", f"In October 1992, the U.S. kept {l92} troops in Korea.", l92, "supported"),
        ("2020-01-10", f"In November 1991, the U.S. had {l91} troops in Korea.", l91, "supported"),
        ("2020-01-10", f"The U.S. had {l91} troops in Korea in late 1991.", l91, "supported"),
        # TROOP_MONTH near misses
        ("2019-06-06", f"In October 1992, the U.S. kept {w92} troops in Korea.", w92, "contradicted"),
        ("2025-07-20", f"Under the president's second term, Washington may shrink the {v['troops']}-strong force in "
         "Korea.", v["troops"], "supported"),
        ("2025-07-20", f"Under the president's second term, Washington may shrink the {w['troops']}-strong force in "
         "Korea.", w["troops"], "contradicted"),
        ("2019-06-06", f"Last month the U.S. had {v['troops']} troops in Korea.", v["troops"], "supported"),
        ("2019-06-06", f"In January 2019 the U.S. had {w['troops']} troops in Korea.", w["troops"], "contradicted"),
        # TROOP_MONTH near misses (mend60c): a month's date of a modifier, or a level told in the present
        ("2019-06-06", f"Washington keeps {l92} soldiers in the South, a ceiling set in October 1992, aides said.", l92,
         "contradicted"),
        ("2019-06-06", f"Under an order signed in October 1992, the Pentagon keeps {l92} troops in Korea.", l92,
         "contradicted"),
        ("2019-06-06", f"Since October 1992 the Pentagon has kept {l92} troops in Korea.", l92, "contradicted"),
        ("2019-06-06", f"The Pentagon kept {l92} troops in Korea in October 1992.", l92, "supported"),
        # REPORTED_NOW: fail on main (misleading, contradicted), pass here
        ("2022-06-06", f"In March 2019, the minister said Seoul pays {v['pay2019']} this year.", v["pay2019"],
         "unverifiable"),
        ("2022-06-06", f"The minister told lawmakers in March 2019 that the payment rises {v['chg2019']} this year.",
         v["chg2019"], "unverifiable"),
        # REPORTED_NOW near misses
        ("2022-06-06", f"In March 2019, the minister said Seoul pays {w['pay2019']} this year.", w["pay2019"],
         "misleading"),
        ("2022-06-06", f"The minister told lawmakers in March 2019 that the payment rises {w['chg2019']} this year.",
         w["chg2019"], "contradicted"),
        ("2022-06-06", f'In March 2019, the minister said: "We pay {v["pay2019"]} this year."', v["pay2019"],
         "supported"),
        ("2022-06-06", f"The minister said Seoul pays {v['pay2019']} this year.", v["pay2019"], "misleading"),
        ("2022-06-06", f"In March 2019, the minister said Seoul pays a lot, and this year it pays {v['pay2019']}.",
         v["pay2019"], "misleading"),
        # REPORTED_NOW near misses (mend60c): a date of a modifier or of another clause does not date the saying
        ("2022-06-06", f"Park, who became envoy in 2019, said the payment rises {v['chg2019']} this year.",
         v["chg2019"], "contradicted"),
        ("2022-06-06", f"After the 2019 accord ran out, the cabinet said the payment rises {v['chg2019']} this year.",
         v["chg2019"], "contradicted"),
        ("2022-06-06", f"The envoy said Friday that, unlike in 2019, the payment rises {v['chg2019']} this year.",
         v["chg2019"], "contradicted"),
        ("2022-06-06", f"Aides said on Monday that the 2019 rise was steep and that the payment rises {v['chg2019']} "
         "this year.", v["chg2019"], "contradicted"),
        # REPORTED_NOW (mend60c): dates that do date the saying
        ("2022-06-06", f"Speaking in 2019, Park told reporters the payment rises {v['chg2019']} this year.",
         v["chg2019"], "unverifiable"),
        ("2022-06-06", f"In a 2019 interview the envoy said the payment rises {v['chg2019']} this year.",
         v["chg2019"], "unverifiable"),
        # APPOSED_BASE: fail on main (misleading), pass here
        ("2022-06-06", f"Seoul's share, then {v['pay2020']}, rose {v['chg2021']} in 2021.", v["pay2020"],
         "unverifiable"),
        ("2022-06-06", f"Seoul's share, which was {v['pay2020']} at the time, rose {v['chg2021']} in 2021.",
         v["pay2020"], "unverifiable"),
        # APPOSED_BASE near misses
        ("2022-06-06", f"Seoul's share, then {w['pay2020']}, rose {v['chg2021']} in 2021.", w["pay2020"],
         "contradicted"),
        ("2022-06-06", f"Seoul's share rose {v['chg2021']} in 2021 to {v['pay2020']}.", v["pay2020"], "misleading"),
        ("2022-06-06", f"Seoul's share, {v['pay2021']}, rose {v['chg2021']} in 2021.", v["pay2021"], "supported"),
        # APPOSED_BASE near misses (mend60c): the noun carries its own date, or no word of the past marks the level
        ("2022-06-06", f"Korea's contribution for 2021, {v['pay2020']}, climbed {v['chg2021']} from a year earlier.",
         v["pay2020"], "misleading"),
        ("2022-06-06", f"Korea's 2021 contribution, {v['pay2020']}, climbed {v['chg2021']}.", v["pay2020"],
         "misleading"),
        ("2022-06-06", f"Korea's contribution in 2021, {v['pay2020']}, grew {v['chg2021']} on 2020.", v["pay2020"],
         "misleading"),
        ("2021-06-06", f"Korea's contribution this year, {v['pay2020']}, increased {v['chg2021']}.", v["pay2020"],
         "misleading"),
        ("2022-06-06", f"Korea's contribution for 2021, then {v['pay2020']}, climbed {v['chg2021']}.", v["pay2020"],
         "misleading"),
        # APPOSED_BASE (mend60c): a date of another phrase before the noun is no date of the noun
        ("2022-06-06", f"In 2021, Korea's contribution, then {v['pay2020']}, was raised by {v['chg2021']}.",
         v["pay2020"], "unverifiable"),
        *_mend60d_rows(),
    ]


def _mend60d_rows() -> list[tuple[str, str, str, str]]:
    """(published, text, needle, verdict wanted) of the final reader's findings 1-3 (mend60d): the first of each
    group fail on main (unverifiable), the near misses pass on both."""
    v = values()
    fall = f"{abs(change(2005)):g}%"
    near19, near20 = won(round(pay()[2019] * 0.93, 1)), won(round(pay()[2020] * 0.93, 1))  # within the band, not close
    bill = "its share of the bill for keeping American soldiers and their bases on Korean soil by"
    return [
        # UNREAD_FALL: a phrasal verb of rising, or one far before the percent, tells the rise
        ("2005-04-01", f"Incheon ramps up troop upkeep share {fall} in 2005.", fall, "contradicted"),
        ("2005-04-01", f"Ministry ratchets up its troop cost share {fall} for 2005.", fall, "contradicted"),
        ("2005-04-01", f"Seoul hikes {bill} {fall} in 2005.", fall, "contradicted"),
        # near misses: a phrasal verb of falling, a verb of falling after a clause of rising, a wrong size
        ("2005-04-01", f"Ministry scales down defense cost share {fall} for 2005.", fall, "unverifiable"),
        ("2005-04-01", f"Seoul scales down {bill} {fall} in 2005.", fall, "unverifiable"),
        ("2005-04-01", f"Allies set up a fund, cut troop cost share {fall} in 2005.", fall, "unverifiable"),
        ("2005-04-01", f"Ministry ramps up troop cost share {abs(change(2005)) + 6:g}% for 2005.",
         f"{abs(change(2005)) + 6:g}%", "contradicted"),
        # REPORTED_NOW: a date after a determiner or possessive dates a noun, not the saying
        ("2022-06-06", f"Kim said Monday the 2019 accord had run out and Seoul's share rises {v['chg2019']} this "
         "year.", v["chg2019"], "contradicted"),
        ("2022-06-06", f"The envoy told aides their 2019 plan had stalled and Seoul's share rises {v['chg2019']} this "
         "year.", v["chg2019"], "contradicted"),
        # near misses: dates of the saying
        ("2022-06-06", f"Kim said in May 2019 that Seoul's share rises {v['chg2019']} this year.", v["chg2019"],
         "unverifiable"),
        ("2022-06-06", f"Kim said Monday in 2019 that Seoul's share rises {v['chg2019']} this year.", v["chg2019"],
         "unverifiable"),
        # REPORTED_NOW, APPOSED_BASE: within the band of the other year but not its figure: caught
        ("2022-06-06", f"In May 2019, the envoy said Seoul pays {near19} this year.", near19, "misleading"),
        ("2022-06-06", f"The envoy told lawmakers in May 2019 that Seoul pays {near19} this year.", near19,
         "misleading"),
        ("2022-06-06", f"Seoul's share, then {near20}, climbed {v['chg2021']} in 2021.", near20, "misleading"),
        # near misses: the other year's own figure
        ("2022-06-06", f"In May 2019, the envoy said Seoul pays {v['pay2019']} this year.", v["pay2019"],
         "unverifiable"),
        ("2022-06-06", f"Seoul's share, then {v['pay2020']}, climbed {v['chg2021']} in 2021.", v["pay2020"],
         "unverifiable"),
    ]


@pytest.mark.parametrize(("published", "text", "needle", "want"), _rows())
def test_contra60_rows(published: str, text: str, needle: str, want: str) -> None:
    assert verdict(published, text, needle) == want
