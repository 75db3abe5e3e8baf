"""Rows for the mends of review80's findings on the rules of this session (mend80q): each a made-up sentence of the
review (and one near variant) that a new rule over-reached on, with what it must read, plus the dev shapes the rules
were written for (controls that must keep reading as before). None read from the held-out corpus.

- FISCAL_KOREA: "In fiscal 2019 the US spent ..., while in 2018 Seoul paid ...": a Korean side that is no mere place
  between the bare year and its sentence's end keeps the calendar year (dates._fiscal_ellipsis); control: no Korean
  side, or Korea only a place ("troops in Korea").
- GOVT_LONE: "The Joe Biden administration signed the deal. The president called it ...": a name as a government's
  modifier is the lowest-graded holder of a later "the president", still the holder when no other is named
  (quotes._Context._grade_for); control: another president named (tests/cases/test_fresh79q.csv GOVT).
- WROTE: "Asked about the talks, “...,” Moon wrote on Facebook": a writer after a fronted clause with a speech verb
  (the quote right after its comma) writes their own words; "writes"/"wrote" then relay only a quote after its
  sentence's first one (quotes._relayed_saying); controls: 'Bo said they were “rude” and were “...,” Al writes', 'Bo
  said the plan was “...,” Al wrote' (tests/cases/test_fresh79q.csv RELAY), "..., Yonhap reported".
- ON_TOPIC: "Trump commented on “America First” on CNN": a title after "commented on", "spoke on" is a topic, the
  subject's words; a broadcaster only after a verb of saying or appearing before the first "on"
  (quotes._broadcaster_after); controls: "she said on “...” on HBN", "appeared on “...” on HBN".
- ED_OBJECT: "focused on the 11th negotiated deal": an "-ed" word after "on the 11th" reads it as a day of the month
  only with an object after it (dates._AFTER_DAY_OF_MONTH); controls: "on the 24th addressed the ...", "on the 3rd
  visited Seoul" (ABSENT rows: no date).
- DAY_THAT: "Bo said on the day that he took office that ...": a second "that" in the sentence makes the first the
  day's own relative clause, no wire's "that day" (dates._on_the_day); control: "Kyodo reported on the day that talks
  ended" (ABSENT rows: no date).
- SPELLED: "Park Ji-won met ... Park Ji-woo met ... Park said": two names, a bare "Park" is ambiguous; two spellings
  of one name change only a vowel for a vowel in one syllable (findings._spelled_alike); controls: "Kim Jong Un" and
  "Kim Jung Un", "Lee Jae-hyun" and "Lee Jae-hyon".
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, read_claims, rows_test

FISCAL_KOREA = [
    ("In fiscal 2019 the US spent $4.4 billion on its troops in Korea, while in 2018 Seoul paid 960 billion won.",
     "2022-06-01", "in 2018", "2018-01-01", "2018-12-31"),
    ("In fiscal 2020 the Pentagon spent $4.5 billion, while in 2019 South Korea paid 1.04 trillion won.",
     "2022-06-01", "in 2019", "2019-01-01", "2019-12-31"),
    # controls: the elided US fiscal year (no Korean side; Korea only a place)
    ("The Pentagon spent $4.43 billion in fiscal 2019, while in 2018, it spent $4.32 billion.",
     "2019-11-28", "in 2018", "2017-10-01", "2018-09-30"),
    ("The Pentagon spent $4.43 billion in fiscal 2019, while in 2018 it spent $4.32 billion on troops in Korea.",
     "2019-11-28", "in 2018", "2017-10-01", "2018-09-30"),
]

ED_OBJECT = [
    ("Lee, the president, on the 24th addressed the Donald Trump administration.", "2025-07-30", "on the 24th",
     "2025-07-24", "2025-07-24"),
    ("The envoy on the 3rd visited Seoul for talks.", "2025-07-30", "on the 3rd", "2025-07-03", "2025-07-03"),
]

DAY_THAT = [
    ("Lee spoke on Thursday.\n\nKyodo reported on the day that talks ended.", "2021-03-05", "on the day",
     "2021-03-04", "2021-03-04"),
]

test_mend80q_dates = dates_test(FISCAL_KOREA=FISCAL_KOREA, ED_OBJECT=ED_OBJECT, DAY_THAT=DAY_THAT)

# rows: tests/cases/test_mend80q_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_mend80q_absent = rows_test(assert_no_date, **case_tables("test_mend80q_absent"))

# (text, publication day, a claim's exact words, its verdict)
VERDICTS = [
    ("In fiscal 2019 the US spent $4.4 billion on its troops in Korea, while in 2018 Seoul paid 960 billion won.",
     "2022-06-01", "960 billion won", "supported"),
]


def check_mend80q_verdict(text: str, pub: str, exact: str, verdict: str) -> None:
    assert read_claims(text, pub)[exact].verdict == verdict


test_mend80q_verdicts = rows_test(check_mend80q_verdict, VERDICTS=VERDICTS)

# speaker rows: (body, the quote's words, the speakers accepted: "/" between names, "None" for nobody)
GOVT_LONE = [
    ("The Joe Biden administration signed the deal. The president called it “fair.”", "fair", "Joe Biden/Biden"),
    ("The Donald Trump administration rejected the offer. The president called it “too little.”", "too little",
     "Donald Trump/Trump"),
    # control: another president named; the modifier yields to them
    ("Yoon Suk-yeol, the president, on Tuesday criticized the Joe Biden administration over its plan.\n\n"
     "On this day, the president said, “We will pay our share.”", "We will pay", "Yoon Suk-yeol/Yoon"),
]

WROTE = [
    ("Asked about the talks, “We have been clear,” Moon wrote on Facebook.", "We have been", "Moon Jae-in/Moon"),
    ("When reporters said the deal was dead, “It is not,” Esper wrote in a tweet.", "It is not", "Mark Esper/Esper"),
    ("Asked about the talks, “We have been clear,” Lida Marsh writes on Facebook.", "We have been",
     "Lida Marsh/Marsh"),
    # controls: a quote after its sentence's first, a speech verb before that; an outlet reporting a said quote
    ("Bo Kessan said they were “rude” and were “ripping us off,” Al Roe writes.", "ripping us off",
     "Bo Kessan/Kessan"),
    ("Bo Kessan said the plan was “a mess,” Al Roe wrote in his memoir.", "a mess", "Bo Kessan/Kessan"),
    ("Bo Kessan said the talks were “rude,” Yonhap reported.", "rude", "Bo Kessan/Kessan"),
]

ON_TOPIC = [
    ("Trump commented on “America First” on CNN.", "America First", "Donald Trump/Trump"),
    ("Esper spoke on “Alliance Day” on KBS.", "Alliance Day", "Mark Esper/Esper"),
    # controls: a verb of saying or appearing before "on"
    ("Lida Marsh spoke in Hanul.\n\n“We will pay,” she said on “Face Time” on HBN.", "Face Time", "HBN"),
    ("Lida Marsh appeared on “Face Time” on HBN.", "Face Time", "HBN"),
]

test_mend80q_speakers = rows_test(assert_speaker, GOVT_LONE=GOVT_LONE, WROTE=WROTE, ON_TOPIC=ON_TOPIC)

# (text, publication day, whether a bare surname gets an ambiguous_reference)
SPELLED = [
    ("Park Ji-won met Esper. Park Ji-woo met Moon. Park said talks were good.", "2020-01-01", True),
    ("Lee Jae-hun met Esper. Lee Jae-hul met Moon. Lee said talks were good.", "2020-01-01", True),
    # controls: a vowel for a vowel, one name spelled two ways
    ("Kim Jong Un met Moon. Kim Jung Un fired a missile. Kim said talks were good.", "2020-01-01", False),
    ("Lee Jae-hyun met Esper. Lee Jae-hyon met Moon. Lee said talks were good.", "2020-01-01", False),
]


def check_mend80q_spelled(text: str, pub: str, ambiguous: bool) -> None:
    from analysis import check

    kinds = [f["kind"] for f in check.check_text("T\n\n" + text, pub).findings]
    assert ("ambiguous_reference" in kinds) == ambiguous, kinds


test_mend80q_spelled = rows_test(check_mend80q_spelled, SPELLED=SPELLED)
