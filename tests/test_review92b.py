"""Rows for mend92b's mends of review92's findings the lead left (twenty-seventh session); made-up sentences, each
with near-miss controls that keep the readings the rules were written for.

- 3. A year told as the time an amount is paid ("the sum to be paid in 2020", "payable in 2020") names the year of
  the payment a demanded rise is of, not a target year the sentence fixes apart from its base the way "for 2021" is
  (mend90v's ``frames.target_year``): the ask stays the year after its base.
- 4. An amount called "current" or "present" with an offer's noun after it ("from the current $923 million offer") is
  the paying side's present offer, not the asking side's demand (mend91v's ``frames._ASK_NOUN_AFTER``).
- 6. A figure inside a question put to the one who answers ("Asked whether allies should pay cost plus 50%, Trump
  said ...", "was asked about making allies pay ...") is neither an ask nor a payment: `other`, `hypothetical`,
  `not_checkable`; a question about a demand told as one ("asked about the demand for ...") keeps the demand, and a
  question the asking side puts ("negotiators asked whether Seoul would pay X") stays its ask (review43).
- 5. A count named in an appositive "the current level of the force" ("of US troops", "of U.S. Forces Korea") is the
  level now, judged as one whatever floor the sentence tells, as "the current level stationed there" is (count93v);
  mend91v's ``frames._CURRENT_APPOSITION`` had read any words after the level noun as a floor's or a plan's level.
- 7. A day word in single quote marks said at an event the text dates ("At Monday's hearing he said: 'today we
  ...'") takes that event's day, as in double marks (the Conventions: the text dates the words); the date finder had
  read only double marks as quotations, so single-quoted words were the narrator's and "today" publication's.
- 8. "The next N years" of a plan or budget told as already running ("its current plan to buy more over the next
  three years", "its ongoing plan", "the existing budget for ...") is the rolling span from publication: the plan's
  own calendar years began before, so its next years are not the N calendar years after publication's (fresh95's
  ``dates._plan_years`` reads a plan's years so only for a plan not told as running).
- 2. A fronted "In the afternoon," opening a future clause after a day told before it that is already past takes the
  story's own day, as with no day before it; a future clause never takes a past day's date (fresh95's
  ``dates._fronted_day_part``).
"""

from __future__ import annotations

from conftest import case_tables, read_dates, rows_test

from analysis.check import check_text

HEAD = "Allies haggle over costs\n\n"
#: The claim rows (tests/cases/test_review92b.csv: published, text, exact, verdict, quantity and years ";"-joined,
#: each "" when the row does not say; a row's note says which finding or control it is).
CLAIMS = case_tables("test_review92b")



def check_claim(published: str, text: str, exact: str, verdict: str, quantity: str, years: str) -> None:
    """Assert that the first claim whose words are ``exact`` gets ``verdict``, and the ``quantity`` and ``years`` the
    row gives."""
    claims = check_text(HEAD + text + "\n", published).to_dict()["claims"]
    claim = next(c for c in claims if c["exact"] == exact)
    got = (claim["verdict"], claim["frame"]["quantity"] if quantity else "", claim["frame"]["years"] if years else "")
    assert got == (verdict, quantity, [int(y) for y in years.split(";")] if years else ""), claim


test_review92b = rows_test(check_claim, **CLAIMS)


OPENED = "Talks opened on Monday, May 3, 2021. "
#: (text, published, the date's words, start, end: None for an unresolved date)
DAY_PART = [
    (OPENED + "In the afternoon, Bo will meet the envoy.", "2021-05-07", "In the afternoon", "2021-05-07",
     "2021-05-07"),
    ("Talks opened on Monday. In the evening, Bo will brief lawmakers.", "2021-05-07", "In the evening", "2021-05-07",
     "2021-05-07"),
    # controls: a past clause takes the day told (fresh95); a coming day told before is the future clause's; with no
    # day before it a future clause tells the story's day and a past one is unresolved
    (OPENED + "In the afternoon, Bo left.", "2021-05-07", "In the afternoon", "2021-05-03", "2021-05-03"),
    ("Talks open on Monday, May 10, 2021. In the afternoon, Bo will meet the envoy.", "2021-05-07",
     "In the afternoon", "2021-05-10", "2021-05-10"),
    ("In the morning, Bo will meet the envoy.", "2021-05-07", "In the morning", "2021-05-07", "2021-05-07"),
    ("In the evening, Bo left.", "2021-05-07", "In the evening", None, None),
]


HEARING = "At Monday's hearing he said: "
#: (as DAY_PART) 7. a quotation in single marks is read as one in double marks
SINGLE = [
    (HEARING + "'today we ask Seoul to pay more.'", "2019-11-21", "today", "2019-11-18", "2019-11-18"),
    (HEARING + "‘Today we ask Seoul to pay more.’", "2019-11-21", "Today", "2019-11-18", "2019-11-18"),
    ("At Monday's hearing, Bo said Seoul's share was 'far too low today.'", "2019-11-21", "today", "2019-11-18",
     "2019-11-18"),
    # controls: double marks; indirect speech reads from publication (the Conventions); undated words are the day's
    # news; an apostrophe opens no quotation
    (HEARING + '"today we ask Seoul to pay more."', "2019-11-21", "today", "2019-11-18", "2019-11-18"),
    ("At Monday's hearing he said today we ask Seoul to pay more.", "2019-11-21", "today", "2019-11-21", "2019-11-21"),
    ("He said: 'today we ask Seoul to pay more.'", "2019-11-21", "today", "2019-11-21", "2019-11-21"),
    ("At Monday's hearing, the allies' envoys met today's press.", "2019-11-21", "today", "2019-11-21",
     "2019-11-21"),
]


BRIEFED = "Bo briefed Al on its "
#: (as DAY_PART) 8. a running plan's next years roll from publication
RUNNING = [
    (BRIEFED + "current plan to buy more arms over the next three years.", "2019-09-23", "the next three years",
     "2019-09-23", "2022-09-23"),
    (BRIEFED + "ongoing plan to buy more arms in the next three years.", "2019-09-23", "the next three years",
     "2019-09-23", "2022-09-23"),
    (BRIEFED + "existing budget for the next three years.", "2019-09-23", "the next three years", "2019-09-23",
     "2022-09-23"),
    # controls: a plan not told as running, or a new one, names calendar years (fresh95); a plan in another phrase rolls
    (BRIEFED + "plan to buy more arms over the next three years.", "2019-09-23", "the next three years", "2020-01-01",
     "2022-12-31"),
    (BRIEFED + "new plan to buy more arms in the next three years.", "2019-09-23", "the next three years",
     "2020-01-01", "2022-12-31"),
    ("Under the current plan, Bo will buy more arms in the next three years.", "2019-09-23", "the next three years",
     "2019-09-23", "2022-09-23"),
]


def check_date(text: str, published: str, exact: str, start: str | None, end: str | None) -> None:
    """Assert that the date whose words are ``exact`` reads ``start``-``end``."""
    got = read_dates(text, published)
    assert next((x for x in got if x[0] == exact), None) == (exact, start, end), got


test_review92b_dates = rows_test(check_date, DAY_PART=DAY_PART, SINGLE=SINGLE, RUNNING=RUNNING)
