"""Quote speakers and dates on wordings the sixteen articles of the seventy-eighth and eightieth batches (held out
until this session, then dev) were missed on at first contact (fresh81q): each class diagnosed from the miss, then rows
of my own (made-up people Lida Marsh, Oskel Tamm, Bo Rin; the places Torvia and Hanul; real holders of office only
where a term in data/entities.csv is what the rule reads), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on them, with controls the rules must not fire on. None read from the
held-out corpus.

Speakers, a row of tests/cases/test_fresh81q.csv: (body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody; a note says what the row shows). Tables:

- APPOSITIVE_PLACE: "Bo, a spokesman for the X in Seoul, said": the appositive runs past the place to the verb, the
  name speaks, not the body it names; control: a body in its place with no name before it;
- WHEN_ASKED: "Bo said when asked about X that “...”": a passive "asked" after a verb of saying is no verb of the
  quote; controls: no verb before it, an active "asked" with its own subject;
- THAT_CLAUSE: "it said that <a long clause> “...”": a "that" clause reaches a partial quote further than a bare
  reported clause (THAT_CLAUSE_REACH); control: the verb's sentence has ended;
- OFFICE_CAPITAL: "the Torvian President said": a capitalised office held by one person is its holder named before,
  not a body; controls: another department's office, a body's name;
- PASSIVE_REPORT: '“...,” he is said to have said': a passive report before the verb of saying; control: "it is
  said".

Dates, a row: (text, publication day, exact, start, end). Tables:

- SAID_AT: "said at a Cabinet meeting on the day": a place of saying between the verb and "on the day";
- THROUGHOUT: "throughout the year" told of what is still to come: publication's year (month);
- UNDER_HOLDER: "the last four years under Trump": the term served by publication when the count fits it (as "his
  three years in office"); controls: a count that does not fit, no holder after "under";
- OWNER_WEEKDAY: "Monday’s meeting" after the text named a Monday: that day; controls: no Monday named before, a
  past Monday named before.

ABSENT rows: words the date reader must not read as a date.
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

# rows: tests/cases/test_fresh81q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh81q_speakers = rows_test(assert_speaker, **case_tables("test_fresh81q"))

SAID_AT = table(
    r"""
text | published | exact | start | end
Bo Rin spoke on Tuesday.\n\n“It must go up,” Oskel Tamm said at a Cabinet meeting on the day, with regard to the talks. | 2019-02-14 | on the day | 2019-02-12 | 2019-02-12
Bo Rin spoke on Tuesday.\n\nLida Marsh told reporters in Hanul on the day. | 2019-02-14 | on the day | 2019-02-12 | 2019-02-12
"""  # noqa: E501
)

THROUGHOUT = table(
    r"""
text | published | exact | start | end
Torvia announced that Hanul would pay the wages of local workers throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
Torvia will hold drills throughout the month. | 2020-06-04 | throughout the month | 2020-06-01 | 2020-06-30
"""  # noqa: E501
)

UNDER_HOLDER = table(
    r"""
text | published | exact | start | end
Hanul has been slighted for the last four years under Trump, experts said. | 2020-11-05 | the last four years | 2017-01-20 | 2020-11-05
Ties frayed over the past three years under President Moon Jae-in. | 2020-11-05 | the past three years | 2017-05-10 | 2020-11-05
# controls: a count the term served does not fit; no holder after "under": the span counted back from publication
Hanul has been slighted for the last two years under Trump. | 2020-11-05 | the last two years | 2018-11-05 | 2020-11-05
Ties frayed over the past three years under the deal. | 2020-11-05 | the past three years | 2017-11-05 | 2020-11-05
"""  # noqa: E501
)

OWNER_WEEKDAY = table(
    r"""
text | published | exact | start | end
Talks between Torvia and Hanul are expected on Monday. Sources say the issue hangs over Monday’s meeting, which comes months after talks broke down. | 2020-02-23 | Monday | 2020-02-24 | 2020-02-24
Talks are expected on Monday.\n\nThe issue hangs most heavily over Monday’s meeting. | 2020-02-23 | Monday | 2020-02-24 | 2020-02-24
# controls: no Monday named before; a past Monday named before
The issue hangs over Monday’s meeting, which came after talks broke down. | 2020-02-23 | Monday | 2020-02-17 | 2020-02-17
The envoys met on Monday. The issue hung over Monday’s meeting. | 2020-02-23 | Monday | 2020-02-17 | 2020-02-17
"""  # noqa: E501
)

test_fresh81q_dates = dates_test(
    SAID_AT=SAID_AT, THROUGHOUT=THROUGHOUT, UNDER_HOLDER=UNDER_HOLDER, OWNER_WEEKDAY=OWNER_WEEKDAY
)

# rows: tests/cases/test_fresh81q_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_fresh81q_absent = rows_test(assert_no_date, **case_tables("test_fresh81q_absent"))
