"""Rows for the lead's mends of review92's two worst findings (twenty-sixth session).

- A "-member" count before the command's name followed by a body of people's name is no troop count ("the 25,000-member
  U.S. Forces Korea Veterans Association": review92 finding 1, fresh95's ``counts._MEMBER_FORCE``).
- A former soldier speaking of the count ("..., former GIs told the rally", "Retired soldiers noted that ...") leaves
  the count the level there (review92 finding 3, mend91v's ``frames.troops_former``).
- A cut verb after "to" and an adverb ("to ever cut", "to further reduce") still makes its "below N" a floor, not the
  level (review92 finding 6, mend90v's ``frames._cut_lead``).
Made-up sentences; the controls keep the readings the rules were written for.
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test

from analysis.check import check_text

LEAD = "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. "

#: (text, published, exact, verdicts of the claims whose words are ``exact``)
ROWS = [
    ("The 25,000-member U.S. Forces Korea Veterans Association held a rally in Seoul.", "2019-12-13",
     "25,000-member", []),
    ("Seoul's 20,000-member forces union met on Monday.", "2019-12-13", "20,000-member", []),
    ("Nobody in Seoul wants Washington to ever cut the force below 22,000 troops.", "2019-12-13",
     "below 22,000 troops", ["not_checkable"]),
    ("The law bars the Pentagon from trying to further reduce the force below 22,000 troops.", "2019-12-13",
     "below 22,000 troops", ["not_checkable"]),
    ("About 28,500 U.S. troops are stationed in South Korea, former GIs told the rally.", "2019-12-13",
     "About 28,500 U.S. troops", ["supported"]),
    ("Retired U.S. soldiers noted that 40,000 American troops are now based in South Korea.", "2019-12-13",
     "40,000 American troops", ["contradicted"]),
    ("The former U.S. troops commander said 40,000 U.S. troops are in South Korea.", "2019-12-13",
     "40,000 U.S. troops", ["contradicted"]),
    # controls: the command's own name ends the phrase; a past cut is the level; former soldiers counted
    ("The 28,500-member U.S. Forces Korea held drills.", "2019-12-13", "28,500-member", ["supported"]),
    ("After Trump cut the force last year, U.S. troops in Korea numbered under 20,000 in 2019.", "2019-12-13",
     "under 20,000", ["contradicted"]),
    ("Thousands of former GIs, some 20,000 GIs in all, rallied in Seoul.", "2019-12-13", "some 20,000 GIs",
     ["not_checkable"]),
]


def check_count(text: str, published: str, exact: str, want: list[str]) -> None:
    """Assert that the claims whose words are ``exact`` get the verdicts ``want`` (the Conventions')."""
    report = check_text(LEAD + text, published=published)
    assert [c.verdict for c in report.claims if c.exact == exact] == want


#: (body, words, speakers): an agreement's name capitalised throughout is nobody's words (review92 finding 4,
#: mend91q's ``quotes._judging_word`` read "Fair" and "Best" as opinions); an opinion in lower case stays the speaker's.
NAMES = [
    ("Dana Orel said the previous “Best Efforts Agreement” lapsed in 2019.", "Best Efforts", "None"),
    ("Dana Orel said the current “Fair Share Agreement” lapses in 2025.", "Fair Share", "None"),
    ("Dana Orel said the previous “horrible agreement” cost Hanul billions.", "horrible", "Dana Orel/Orel"),
]


test_review92 = rows_test(check_count, COUNTS=ROWS)
test_review92_names = rows_test(assert_speaker, NAMES=NAMES)
