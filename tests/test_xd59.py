"""Known date failures burnt down (xd59, session 59, issue #9): made-up sentences (Oren Vasko, Talia Brun, Quenmark,
Halvard, the Sorrel accord, the eVolt brand), written before the rule was run on them, each labelled by
tests/corpus/README.md's Conventions. The one real name is a place's: SEOUL as a wire dateline, its shape in
capitals. Each class has rows that main reads wrong and near misses that both read alike.

- HOLIDAY_YEAR: a holiday with a year right beside it ("Christmas Day 2024", "In 2023, Christmas ...") is that
  year's holiday; main took the holiday nearest the year's first day (a week before it, for the days of late
  December). Near misses: a day beside a holiday still picks the holiday nearest it; a holiday with no year keeps its
  reading by tense.
- DATELINE_ASIDE: a dateline-shaped opening ("Halvard, Oct. 7 —", "Quenmark, 12 June:") with no agency named and a
  lower-case word after its dash or colon is an aside or a timeline's entry, not the copy's dateline: relative words
  after it count from publication (main counted them from its day). Near misses: a capital after the separator, an
  agency named, a quoted or mid-paragraph shape keep their readings.
- BYLINE_LINE: a dateline on the line after a byline line ("By Talia Brun" alone on the paragraph's first line) is
  the copy's dateline (main tried only a paragraph's first line). Near misses: a line of story or a "By the way" line
  before it, a byline line with no dateline after it.
- AS_OF_STATE: a month-day after "as of" in a sentence whose verb is a present of state ("applies", "is", "remains",
  "stands") is the nearest such day, a state in force from it, not a start ahead (main read next year's). Near
  misses: a change ("rises as of"), a future, a weekday, a day still ahead, a past.
- THAT_TIME_TAG: "at that time" ("since that time", "by that time") refers to the time an event was told at, past
  the day of a speech tag right after it ("..., Oren Vasko said on Tuesday. At that time"); main took the tag's day.
  Near misses: a date after the verb of saying with words between ("said talks resumed in May"), a day of another
  act ("met Brun on Tuesday"), a tag's day alone.
- WEEKLY_THING: "the weekend" with no preposition before a thing of every weekend ("the weekend shift", "the weekend
  edition") and a weekday after "the" with one capitalised word before a paper's name ("the Sunday Quenmark Post")
  are no dates. Near misses: "over the weekend" before a noun, "the weekend" before a participle, a weekday after
  "on" before a capitalised word.
- QUARTER_CODE: a quarter's code with no year after a preposition ("in Q3", "by Q4") is read as "the third quarter"
  is: publication's year's, or the one the tense points to, or the year its sentence told. Near misses: a model's
  name ("a Halvard Q4"), a code with its year or "of", a span of codes.
- START_NTH: "starting (beginning, effective) the <Nth>" is a day of the month a start names, read forward as "from
  the <Nth>" is, or back in a past clause (main found nothing, or read it back). Near misses: "since" and "from the
  <Nth>", a noun after the ordinal.
- FED_PAST: a lower-case "fed" before a determiner ("fed the troops", "fed its workers") is the past of "feed": the
  clause's weekday is the one just gone, even beside a joined present of schedule. Near misses: "the Fed", "fed up",
  "kept allies fed with", "fed to refugees" after a future.

Mend (mend59d, after review xd59r): each rule's overreach the review found is held by near misses, the reviewer's
sentence and one of our own: a wire dateline (place in capitals) before a lower-case word; "at that time" after a
speech tag whose sentence tells no time; "the Sunday <Place> People's rally"; "will get fed the data"; a title-case
line "By <weekday> ..." before a dateline; "the weekend markets tumbled" (a plural thing before a past verb: a time);
"led by 10 in Q4" (a game's quarter). Two rows fail on main: a byline with letters beyond ASCII, "by 4% in Q2".

A row: (published, text, exact words of the date, start, end); "none" as start: no date overlaps the words; "null":
one overlapping them is left unresolved. A row passes when a date read overlapping the words has that range.
"""

from __future__ import annotations

import pytest
from test_gen47d import overlapping

# fmt: off
HOLIDAY_YEAR = [
    ("2025-03-06", "Oren Vasko spent Christmas Day 2023 with the troops in Halvard.", "Christmas Day 2023",
     "2023-12-25", "2023-12-25"),
    ("2026-05-02", "The envoys met on Christmas 2024 in Quenmark.", "Christmas 2024", "2024-12-25",
     "2024-12-25"),
    ("2024-07-19", "Talia Brun said the base was quiet on New Year's Eve 2022.", "New Year's Eve 2022", "2022-12-31",
     "2022-12-31"),
    ("2021-02-11", "In 2019, on Christmas Day, the envoys signed.", "on Christmas Day", "2019-12-25", "2019-12-25"),
    ("2023-10-04", "The Sorrel accord lapsed over Christmas 2020, officials said.", "Christmas 2020", "2020-12-25",
     "2020-12-25"),
    ("2022-01-20", "Quenmark's soldiers marked Christmas 2021 at the front.", "Christmas 2021", "2021-12-25",
     "2021-12-25"),
]
HOLIDAY_YEAR_NEAR = [
    ("2025-03-06", "In March 2024, on Christmas Eve the year before, they met.", "In March 2024", "2024-03-01",
     "2024-03-31"),  # the month-year itself is read as before
    ("2021-12-20", "Halvard marks Christmas on Saturday this year.", "Christmas", "2021-12-25", "2021-12-25"),
    ("2024-01-09", "The troops celebrated Christmas at the base.", "Christmas", "2023-12-25", "2023-12-25"),
    ("2025-03-06", "Talia Brun met him on Thanksgiving 2023.", "Thanksgiving 2023", "2023-11-23", "2023-11-23"),
    ("2020-06-03", "The envoys met on Christmas Eve 2019.", "Christmas Eve 2019", "2019-12-24", "2019-12-24"),
    ("2020-06-03", "They will meet after New Year's Day 2021.", "New Year's Day 2021", "2021-01-01", "2021-01-01"),
]
DATELINE_ASIDE = [
    ("2022-10-14", "Halvard, Oct. 7 — the night the pact fell apart — still haunts Quenmark. Vasko said yesterday he "
     "would try again.", "yesterday", "2022-10-13", "2022-10-13"),
    ("2021-06-16", "Quenmark, 12 June: the envoys walked out. Halvard, 13 June: the envoys came back. Talia Brun said "
     "on Monday that the Sorrel accord holds.", "on Monday", "2021-06-14", "2021-06-14"),
    ("2024-05-09", "Halvard, May 3 - a date few in Quenmark forget - opened the crisis. The talks resume tomorrow.",
     "tomorrow", "2024-05-10", "2024-05-10"),
    ("2019-02-08", "Quenmark, Feb. 1: talks opened. Oren Vasko arrived last week.", "last week", "2019-01-28",
     "2019-02-03"),
]
DATELINE_ASIDE_NEAR = [
    ("2022-10-14", "HALVARD, Oct. 13 — Vasko said yesterday he would try again.", "yesterday", "2022-10-12",
     "2022-10-12"),  # a capital after the dash: the dateline's day counts
    ("2022-10-14", "HALVARD, Oct. 13 (Quen Wire) -- the envoys left yesterday.", "yesterday", "2022-10-12",
     "2022-10-12"),  # an agency named: a dateline even before a lower-case word
    ("2021-06-16", "Quenmark, June 15: Talia Brun said on Monday that the accord holds.", "on Monday", "2021-06-14",
     "2021-06-14"),  # a capital after the colon: the dateline's day (a Tuesday)
    ("2024-05-09", "The envoys met. Halvard, May 3 - the envoys left - is far off. Talks resume tomorrow.",
     "tomorrow", "2024-05-10", "2024-05-10"),  # mid-paragraph: never a dateline
    ("2020-03-20", "SEOUL, March 18 — negotiators met again yesterday.", "yesterday", "2020-03-17", "2020-03-17"),
    ("2020-03-20", "SEOUL, March 18 -- eVolt sales and troop costs topped the agenda yesterday.", "yesterday",
     "2020-03-17", "2020-03-17"),  # mend59d: a place in capitals is a wire dateline, whatever word follows
    ("2022-10-14", "HALVARD, Oct. 13 — envoys from Quenmark left yesterday.", "yesterday", "2022-10-12", "2022-10-12"),
    ("2022-10-14", "NEW HALVARD, Oct. 13 -- eBay sellers in Quenmark protested yesterday.", "yesterday", "2022-10-12",
     "2022-10-12"),
]
BYLINE_LINE = [
    ("2023-04-07", "By Talia Brun\nHALVARD, April 5 (Quen Wire) -- The envoys left yesterday.", "yesterday",
     "2023-04-04", "2023-04-04"),
    ("2023-04-07", "By Talia Brun and Oren Vasko\nHALVARD, April 5 -- Talks resume tomorrow.", "tomorrow",
     "2023-04-06", "2023-04-06"),
    ("2020-01-02", "By Oren Vasko, Quen Wire\nQUENMARK, Dec. 31 -- The accord was signed today.", "today",
     "2019-12-31", "2019-12-31"),
    ("2023-04-07", "  By Talia Brun\r\nHALVARD, 5 April (Quen Wire) - The talks ended yesterday.", "yesterday",
     "2023-04-04", "2023-04-04"),
    ("2023-04-07", "Talks went on.\n\nBy Renée Østby\nHALVARD, April 5 -- The envoys left yesterday.", "yesterday",
     "2023-04-04", "2023-04-04"),  # mend59d: a name's letters beyond ASCII
]
BYLINE_LINE_NEAR = [
    ("2023-04-07", "Talks went on.\nHALVARD, April 5 -- The envoys left yesterday.", "yesterday", "2023-04-06",
     "2023-04-06"),  # a line of story before: a line break inside a paragraph, no dateline
    ("2023-04-07", "By the way\nHALVARD, April 5 -- The envoys left yesterday.", "yesterday", "2023-04-06",
     "2023-04-06"),  # no name after "By"
    ("2023-04-07", "By Talia Brun\nThe envoys left yesterday.", "yesterday", "2023-04-06", "2023-04-06"),  # no dateline
    ("2020-03-20", "Halvard paid more.\n\nBy Friday Halvard Had Paid\nSEOUL, March 18 -- They met yesterday.",
     "yesterday", "2020-03-19", "2020-03-19"),  # mend59d: a weekday after "By": a title-case line, no byline
    ("2023-04-07", "Talks went on.\n\nBy October Halvard Will Pay\nHALVARD, April 5 -- The envoys left yesterday.",
     "yesterday", "2023-04-06", "2023-04-06"),  # a month that is no given name after "By"
]
AS_OF_STATE = [
    ("2024-02-12", "The Sorrel accord applies as of Jan. 1.", "Jan. 1", "2024-01-01", "2024-01-01"),
    ("2024-02-12", "As of Feb. 1, Halvard's levy stands at 12 percent.", "Feb. 1", "2024-02-01", "2024-02-01"),
    ("2023-06-30", "The curfew remains in place as of June 5, Talia Brun said.", "June 5", "2023-06-05", "2023-06-05"),
    ("2021-09-14", "As of Aug. 20, the two bases are closed to visitors.", "Aug. 20", "2021-08-20", "2021-08-20"),
    ("2022-04-04", "Quenmark's ban is in force as of March 7.", "March 7", "2022-03-07", "2022-03-07"),
]
AS_OF_STATE_NEAR = [
    ("2024-02-12", "The Halvard levy rises as of Jan. 1.", "Jan. 1", "2025-01-01", "2025-01-01"),  # a change: ahead
    ("2024-02-12", "The Sorrel accord will apply as of Jan. 1.", "Jan. 1", "2025-01-01", "2025-01-01"),  # future
    ("2024-02-12", "The Sorrel accord applies as of March 1.", "March 1", "2024-03-01", "2024-03-01"),  # ahead, near
    ("2024-02-12", "The accord applied as of Jan. 1.", "Jan. 1", "2024-01-01", "2024-01-01"),  # past
    ("2025-11-20", "As of Monday, the base is closed.", "Monday", "2025-11-24", "2025-11-24"),  # a weekday: as main
    ("2024-02-12", "Workers face leave as of April 1.", "April 1", "2024-04-01", "2024-04-01"),  # no state verb
    # tidy59b: a state verb of a relative clause, or of a clause joined after the date, is not the clause's verb
    ("2024-02-12", "The levy, which is new, rises as of Jan. 1.", "Jan. 1", "2025-01-01", "2025-01-01"),
    ("2024-02-12", "The fee rises as of Jan. 1 and the cap is lifted.", "Jan. 1", "2025-01-01", "2025-01-01"),
    ("2024-02-12", "Halvard's toll goes up as of Jan. 1, when the bridge is open.", "Jan. 1", "2025-01-01",
     "2025-01-01"),
    ("2024-02-12", "The Quenmark tariff, which is steep, climbs as of Jan. 1.", "Jan. 1", "2025-01-01", "2025-01-01"),
]
THAT_TIME_TAG = [
    ("2021-05-06", "The Sorrel accord lapsed in June 2019, Oren Vasko said on Tuesday. At that time, Halvard paid "
     "nothing.", "At that time", "2019-06-01", "2019-06-30"),
    ("2021-05-06", "Quenmark cut its levy in 2016, the ministry said Monday. Since that time, prices have doubled.",
     "Since that time", "2016-01-01", "2016-12-31"),
    ("2021-05-06", "The base closed on Feb. 3, 2020, Talia Brun told reporters on Wednesday. By that time, the "
     "troops had left.", "By that time", "2020-02-03", "2020-02-03"),
    ("2021-05-06", "Halvard signed in April 2018, officials said last week. At that time, the deal looked solid.",
     "At that time", "2018-04-01", "2018-04-30"),
]
THAT_TIME_TAG_NEAR = [
    ("2021-05-06", "On Tuesday, Oren Vasko said talks resumed in May 2019. At that time, Halvard paid nothing.",
     "At that time", "2019-05-01", "2019-05-31"),  # the told time is last: as main
    ("2021-05-06", "Talks resumed in May 2019. Oren Vasko met Brun on Tuesday. At that time, Halvard paid nothing.",
     "At that time", "2021-05-04", "2021-05-04"),  # another act's day is the last time told: as main
    ("2021-05-06", "Oren Vasko said on Tuesday. At that time, Halvard paid nothing.", "At that time", "2021-05-04",
     "2021-05-04"),  # the tag's day alone: as main
    ("2020-03-20", "Talks collapsed in 2017. Vasko said on Monday that talks would resume soon. At that time, he also "
     "met Brun.", "At that time", "2020-03-16", "2020-03-16"),  # mend59d: the earlier date is another sentence's
    ("2021-05-06", "The Sorrel accord lapsed in 2018. Oren Vasko said on Tuesday that a deal was near. At that time, "
     "he met Brun.", "At that time", "2021-05-04", "2021-05-04"),
]
WEEKLY_THING = [
    ("2023-03-15", "Talia Brun edits the weekend edition of the Halvard daily.", "weekend", "none", "none"),
    ("2023-03-15", "Oren Vasko works the weekend shift at the Halvard base.", "weekend", "none", "none"),
    ("2023-03-15", "The leak ran in the Sunday Quenmark Post.", "Sunday", "none", "none"),
    ("2023-03-15", "Vasko spoke to the Saturday Halvard Times about the accord.", "Saturday", "none", "none"),
]
WEEKLY_THING_NEAR = [
    ("2023-03-15", "Over the weekend markets fell in Halvard.", "Over the weekend", "2023-03-11", "2023-03-12"),
    ("2023-03-15", "Oren Vasko spent the weekend talking to envoys.", "the weekend", "2023-03-11", "2023-03-12"),
    ("2023-03-15", "They met on Sunday Quenmark officials said.", "on Sunday", "2023-03-12", "2023-03-12"),
    ("2023-03-15", "Vasko told the Sunday Times of Quenmark.", "Sunday", "none", "none"),  # as main: a paper
    ("2020-03-18", "Vasko spoke at the Sunday Unity People's rally in Halvard.", "Sunday", "2020-03-15", "2020-03-15"),
    ("2023-03-15", "Vasko addressed the Saturday Halvard People's Front march.", "Saturday", "2023-03-11",
     "2023-03-11"),  # mend59d: "People" after a place is no paper
    ("2020-03-18", "The talks collapsed the weekend markets tumbled in Quenmark.", "weekend", "2020-03-14",
     "2020-03-15"),
    ("2023-03-15", "Quenmark's talks stalled the weekend markets reopened in Halvard.", "weekend", "2023-03-11",
     "2023-03-12"),  # mend59d: a plural thing before a past verb: the subject of "the weekend (that) ..."
]
QUARTER_CODE = [
    ("2024-08-20", "Halvard's exports fell 3 percent in Q2.", "Q2", "2024-04-01", "2024-06-30"),
    ("2024-08-20", "Quenmark expects the levy to rise by Q4.", "Q4", "2024-10-01", "2024-12-31"),
    ("2024-08-20", "The Sorrel accord stalled during Q4, officials said.", "Q4", "2023-10-01", "2023-12-31"),
    ("2024-08-20", "In 2021, Halvard's output slumped in Q3.", "Q3", "2021-07-01", "2021-09-30"),
    ("2024-08-20", "Oren Vasko said talks will resume in Q1.", "Q1", "2025-01-01", "2025-03-31"),
    ("2024-08-20", "Halvard's exports fell by 4% in Q2.", "Q2", "2024-04-01", "2024-06-30"),  # a unit: no score
]
QUARTER_CODE_NEAR = [
    ("2024-08-20", "Talia Brun drives a Halvard Q4 to work.", "Q4", "none", "none"),  # a model's name
    ("2024-08-20", "Exports fell in Q3 2022.", "Q3 2022", "2022-07-01", "2022-09-30"),  # its year: as main
    ("2024-08-20", "Exports fell in Q3 of next year.", "Q3", "none", "none"),  # "of": not read as a bare code
    ("2024-08-20", "Exports fell in Q1-Q3.", "Q1", "none", "none"),  # a span of codes: as main
    ("2022-06-08", "The Halvard Kites led by 10 in Q4 before losing.", "Q4", "none", "none"),  # mend59d: a game's
    ("2024-08-20", "Halvard's side trailed by 7 in Q3 but won.", "Q3", "none", "none"),
    ("2024-08-20", "Talia Brun scored 14 points in Q2.", "Q2", "none", "none"),
]
START_NTH = [
    ("2023-09-12", "Halvard's curfew applies starting the 1st.", "the 1st", "2023-10-01", "2023-10-01"),
    ("2023-09-12", "Starting the 5th, Quenmark charges a higher levy.", "the 5th", "2023-10-05", "2023-10-05"),
    ("2023-09-12", "Talia Brun's office is closed beginning the 20th.", "the 20th", "2023-09-20", "2023-09-20"),
    ("2023-09-12", "Workers face furloughs starting the 30th, Oren Vasko said.", "the 30th", "2023-09-30",
     "2023-09-30"),
    ("2023-09-12", "Halvard's curfew applied starting the 1st.", "the 1st", "2023-09-01", "2023-09-01"),  # past
]
START_NTH_NEAR = [
    ("2023-09-12", "Halvard's curfew has applied since the 1st.", "the 1st", "2023-09-01", "2023-09-01"),  # since
    ("2023-09-12", "Halvard's curfew applies from the 1st.", "the 1st", "2023-10-01", "2023-10-01"),  # as main
    ("2023-09-12", "The race is starting the 5th lap.", "the 5th", "none", "none"),  # a noun after the ordinal
]
FED_PAST = [
    ("2023-05-18", "Halvard fed its garrison on Tuesday, and the drills resume on Friday.", "on Tuesday", "2023-05-16",
     "2023-05-16"),
    ("2023-05-18", "Oren Vasko fed the envoys on Sunday, and talks open Monday.", "on Sunday", "2023-05-14",
     "2023-05-14"),
    ("2021-11-03", "Quenmark fed a thousand refugees on Monday, and the camp closes on Friday.", "on Monday",
     "2021-11-01", "2021-11-01"),
]
FED_PAST_NEAR = [
    ("2023-05-18", "The Fed meets on Tuesday and markets open on Friday.", "on Tuesday", "2023-05-23", "2023-05-23"),
    ("2023-05-18", "Quenmark will keep its allies fed with news on Friday, and talks start Monday.", "on Friday",
     "2023-05-19", "2023-05-19"),
    ("2023-05-18", "Aid will be flown in and fed to refugees on Friday, and the camp shuts on Monday.", "on Friday",
     "2023-05-19", "2023-05-19"),
    ("2020-03-18", "Vasko's team will get fed the data on Friday.", "Friday", "2020-03-20", "2020-03-20"),
    ("2023-05-18", "Quenmark's troops will get fed the rations on Sunday.", "on Sunday", "2023-05-21", "2023-05-21"),
    # mend59d: "get fed" is the passive of "feed", no past
]
# fmt: on


def check(published: str, text: str, exact: str, start: str, end: str) -> None:
    """Assert ``text`` published on ``published`` reads the date overlapping ``exact`` as the row says."""
    found = overlapping(text, published, exact)
    if start == "none":
        assert not found, found
    else:
        want = (None, None) if start == "null" else (start, end)
        assert want in found, found


#: Each class (its rows, then its near misses) with what it shows.
CLASSES = {
    "holiday_year": (HOLIDAY_YEAR + HOLIDAY_YEAR_NEAR, "a holiday beside a year is that year's"),
    "dateline_aside": (DATELINE_ASIDE + DATELINE_ASIDE_NEAR, "a dateline-shaped aside in prose is no dateline"),
    "byline_line": (BYLINE_LINE + BYLINE_LINE_NEAR, "a dateline on the line after a byline dates the story"),
    "as_of_state": (AS_OF_STATE + AS_OF_STATE_NEAR, "'as of <day>' in a present of state is the nearest such day"),
    "that_time_tag": (THAT_TIME_TAG + THAT_TIME_TAG_NEAR, "'at that time' passes over a speech tag's day"),
    "weekly_thing": (WEEKLY_THING + WEEKLY_THING_NEAR, "a weekend's or weekday's paper or shift is no date"),
    "quarter_code": (QUARTER_CODE + QUARTER_CODE_NEAR, "a bare quarter code after a preposition is that quarter"),
    "start_nth": (START_NTH + START_NTH_NEAR, "a day of the month after a word of start is read forward"),
    "fed_past": (FED_PAST + FED_PAST_NEAR, "a lower-case 'fed' before a determiner is a past verb"),
}


@pytest.mark.parametrize("row", [pytest.param(row, id=f"{name}-{i}") for name, (rows, _) in CLASSES.items()
                                 for i, row in enumerate(rows)])
def test_xd59(row: tuple[str, str, str, str, str]) -> None:
    """Each class's rows read as :data:`CLASSES` says; its near misses keep their reading."""
    check(*row)
