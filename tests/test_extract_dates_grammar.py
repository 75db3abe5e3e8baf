"""Dates read by the grammar around them: tense words that are not verbs, the source of a report, "since",
passives, parts of decades and months named with "this past", present progressives, deadlines before an event.
Invented sentences (publication: Saturday 2019-11-16 unless the row says otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dates_test, read_dates, table

from analysis.extract.dates import find_dates

GRAMMAR = table(
    r"""
sentence | pub | exact | start | end
The next round will be held in Busan in March. | 2019-11-16 | in March | 2020-03-01 | 2020-03-31
The next round was held in Busan in March. | 2019-11-16 | in March | 2019-03-01 | 2019-03-31
Lee's speech to the assembly on Tuesday | 2019-11-16 | on Tuesday | 2019-11-12 | 2019-11-12
Lee to address the assembly on Tuesday | 2019-11-16 | on Tuesday | 2019-11-19 | 2019-11-19
Lee will lead the team, according to a ministry announcement on Tuesday. | 2019-11-16 | on Tuesday | 2019-11-12 | 2019-11-12
Troops may leave, according to officials, as first reported by a daily on Thursday. | 2019-11-16 | on Thursday | 2019-11-14 | 2019-11-14
Lee will lead the team, the ministry said, and will fly out on Tuesday. | 2019-11-16 | on Tuesday | 2019-11-19 | 2019-11-19
According to the plan, the talks on Tuesday will go ahead. | 2019-11-16 | on Tuesday | 2019-11-19 | 2019-11-19
Workers who have been furloughed since Oct. 1 will return to work. | 2019-11-16 | Oct. 1 | 2019-10-01 | 2019-10-01
They met this past August. | 2019-11-16 | this past August | 2019-08-01 | 2019-08-31
They meet again this coming March. | 2019-11-16 | this coming March | 2020-03-01 | 2020-03-31
The result came out this afternoon. | 2019-11-16 | this afternoon | 2019-11-16 | 2019-11-16
Talks on the bases began in the late 1980s. | 2019-11-16 | the late 1980s | 1987-01-01 | 1989-12-31
Prices fell in the mid-1990s. | 2019-11-16 | the mid-1990s | 1994-01-01 | 1996-12-31
The envoy, who is stepping down in three months, spoke. | 2019-11-16 | in three months | 2020-02-01 | 2020-02-29
Lee prepares to sign the bill on Nov. 14. | 2019-11-16 | on Nov. 14 | 2019-11-14 | 2019-11-14
Lee prepares to sign the bill on Nov. 7. | 2019-11-16 | on Nov. 7 | 2020-11-07 | 2020-11-07
Lee will sign the bill on Nov. 18. | 2019-11-16 | on Nov. 18 | 2019-11-18 | 2019-11-18
The sides began early in a bid to close the deal before the general election in April. | 2019-11-16 | in April | 2020-04-01 | 2020-04-30
The sides met before the general election in April. | 2019-11-16 | in April | 2019-04-01 | 2019-04-30
His remark came ahead of the minister's visit to Busan on Friday. | 2019-11-16 | on Friday | 2019-11-22 | 2019-11-22
His remark came before the minister's visit to Busan on Friday. | 2019-11-16 | on Friday | 2019-11-15 | 2019-11-15
The summit will follow an April accord on tariffs. | 2019-11-16 | April | 2019-04-01 | 2019-04-30
The summit will follow an accord in April. | 2019-11-16 | in April | 2020-04-01 | 2020-04-30
Seoul hurried the talks to brace for the possibility of a new government being elected in April. | 2019-11-16 | in April | 2020-04-01 | 2020-04-30
Seoul hurried the talks, and a new government was elected in April. | 2019-11-16 | in April | 2019-04-01 | 2019-04-30
Lee, the front-runner in March's vote, had criticised the deal. | 2019-11-16 | in March | 2020-03-01 | 2020-03-31
Analysts weighed the prospect of a deal in January. | 2019-11-16 | in January | 2020-01-01 | 2020-01-31
The chance came and went in January. | 2019-11-16 | in January | 2019-01-01 | 2019-01-31
The ministry said on the 12th that talks had ended. | 2019-11-16 | on the 12th | 2019-11-12 | 2019-11-12
Lee spoke at a rally on the 14th local time. | 2019-11-16 | on the 14th | 2019-11-14 | 2019-11-14
The envoys met the day before yesterday. | 2019-11-16 | the day before yesterday | 2019-11-14 | 2019-11-14
They meet again the day after tomorrow. | 2019-11-16 | the day after tomorrow | 2019-11-18 | 2019-11-18
The deal lapsed the year before last. | 2019-11-16 | the year before last | 2017-01-01 | 2017-12-31
Talks resume the week after next. | 2019-11-16 | the week after next | 2019-11-25 | 2019-12-01
"""  # noqa: E501
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start", "end"), GRAMMAR)
def test_dates_read_by_their_grammar(sentence, pub, exact, start, end):
    assert read_dates(sentence, pub) == [(exact, start, end)]


def test_a_step_from_one_year_before_an_annual_rule_is_that_years_neighbour():
    text = "Seoul will pay 5% more this year than the previous year, and annual rises of 4% later."
    got = read_dates(text, "2019-11-16")
    assert got == [("this year", "2019-01-01", "2019-12-31"), ("the previous year", "2018-01-01", "2018-12-31")]


def test_a_step_from_a_range_before_an_annual_rule_stays_a_rule():
    text = "From 2027 to 2030 the fee will follow the previous year, with an annual cap."
    got = find_dates(text, dt.date(2024, 1, 1))
    assert got[-1][3]["start"] is None and "every year" in got[-1][3]["unresolved"]


# A quotation no date beside it dates is read from the single day the paragraph right before ends on, when that
# day's sentence tells of speech (a statement, remarks, "said"); the day of an event is not the day of the words.
SAID_THE_DAY_BEFORE = table(
    r"""
text | exact | start | end
In a statement released on Nov. 12, the ministry said it agreed.\n\n"Today's deal is fair," the statement said. | Today | 2019-11-12 | 2019-11-12
Lee told reporters on Tuesday that talks went well.\n\n"We spoke yesterday," Lee said. | yesterday | 2019-11-11 | 2019-11-11
The deal lapsed on Tuesday.\n\n"We spoke yesterday," Lee said. | yesterday | 2019-11-15 | 2019-11-15
Lee met Park in 2018.\n\n"We spoke yesterday," Lee said. | yesterday | 2019-11-15 | 2019-11-15
The vote is set for Nov. 20.\n\n"We meet today," Lee said. | today | 2019-11-16 | 2019-11-16
Lee met Park on Tuesday.\n\nThey left.\n\n"We spoke yesterday," Lee said. | yesterday | 2019-11-15 | 2019-11-15
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "exact", "start", "end"), SAID_THE_DAY_BEFORE)
def test_a_quotation_is_read_from_the_day_of_the_paragraph_before(text, exact, start, end):
    got = read_dates(text.replace("\\n", "\n"), "2019-11-16")
    assert (exact, start, end) in got


# "his first term", "during his presidency": the term's days from data/entities.csv, of the one person with terms the
# sentence names (before or after the phrase); no ordinal: the latest term begun by publication, only after a
# preposition of time; a term still running ends when the law ends it (four years for a US president).
TERMS = table(
    r"""
text | want
The deal was struck during Donald Trump's first term. | during Donald Trump's first term 2017-01-20 2021-01-20
President Trump, in his first term in office, met Kim twice. | in his first term in office 2017-01-20 2021-01-20
The deal was struck during his first term. | -
Trump's second term has no end in the data yet. | Trump's second term 2025-01-20 2029-01-20
Moon Jae-in never had a second term. | -
During his presidency, Trump raised tariffs. | During his presidency 2017-01-20 2021-01-20
In his term, Moon Jae-in met Kim three times. | In his term 2017-05-10 2022-05-09
Her tenure was short, Trump said of the envoy. | -
In his term, Moon Jae-in met Trump. | -
Officials doubt a deal in his second term, Trump's aides say. | in his second term 2025-01-20 2029-01-20
Since he took office, Moon Jae-in has met Kim three times. | he took office 2017-05-10 2017-05-10
Trump has pressed Seoul since taking office. | taking office 2017-01-20 2017-01-20
Since taking office, Trump and Moon Jae-in met twice. | -
Prices rose since Lee took office. | -
Since his return to the White House, Trump has pressed allies. | his return to the White House 2017-01-20 2017-01-20
Trump has pressed Seoul since his inauguration. | his inauguration 2017-01-20 2017-01-20
"""
)


@pytest.mark.parametrize(("text", "want"), TERMS)
def test_a_term_of_office_is_read_from_the_roles_data(text, want):
    got = " ".join(f"{x} {s} {e}" for x, s, e in read_dates(text, "2024-10-16"))
    assert got == ("" if want == "-" else want)


def test_an_event_ahead_of_which_a_dated_clause_came_is_read_from_that_date():
    got = read_dates("On Monday, Lee spoke ahead of the vote on Wednesday.", "2019-11-16")
    assert got == [("On Monday", "2019-11-11", "2019-11-11"), ("on Wednesday", "2019-11-13", "2019-11-13")]


@pytest.mark.parametrize(
    ("byline", "want"),
    [("By A. Reporter | Aug 22, 2025", [("Aug 22, 2025", "2025-08-22")]), ("By June Park", []),
     ("Desk | Updated: 22-08-2025 14:09 IST", [("22-08-2025", "2025-08-22")])],  # a stamp in numbers (dates5)
)
def test_a_date_with_its_year_in_the_byline_is_a_date_a_name_is_not(byline, want):
    from analysis.extract import annotate

    a = annotate(f"Envoys meet\n{byline}\nAugust 22, 2025\n\nThey met.")
    got = [(s.exact, s.value["start"]) for s in a.of_kind("date") if s.exact != "August 22, 2025"]
    assert got == want


# dates5: forms a new article uses, one class a block (invented sentences; "None" for an unresolved range). A month
# "of" its year; "since" before a season, a season "of next year"; a year or month joined to "end"; a title-case
# headline's "Next Week"; two days in a row joined by "and"; days written with their weekdays and commas around "to";
# a term counted "from" a year; a date in numbers, either way round; a printed range that ends before it starts.
FORMS = table(
    r"""
sentence | pub | exact | start | end
The host-nation pact expires March of 2021, aides said. | 2020-03-06 | March of 2021 | 2021-03-01 | 2021-03-31
The levy was first paid in June of 2019. | 2020-03-06 | in June of 2019 | 2019-06-01 | 2019-06-30
No full drill has been held since the summer of 2018. | 2021-03-08 | since the summer of 2018 | 2018-06-01 | 2018-08-31
Prices have climbed since the winter of 2019. | 2021-03-08 | since the winter of 2019 | 2019-12-01 | 2020-02-29
Envoys want a deal by 2019-end, Bo told a briefing. | 2019-11-15 | 2019-end | 2019-12-31 | 2019-12-31
The current pact runs until end-2020. | 2019-11-15 | end-2020 | 2020-12-31 | 2020-12-31
A deal must be struck by March-end, aides said. | 2019-11-15 | March-end | 2020-03-31 | 2020-03-31
The old pact lapsed at end-June. | 2019-11-15 | end-June | 2019-06-30 | 2019-06-30
The old pact ran to end-June 2018. | 2019-11-15 | end-June 2018 | 2018-06-30 | 2018-06-30
Talks resume in the spring of next year. | 2019-11-15 | in the spring of next year | 2020-03-01 | 2020-05-31
Envoys Will Meet Again Next Month | 2024-06-09 | Next Month | 2024-07-01 | 2024-07-31
Levy Rose Sharply Last Year, Data Show | 2024-06-09 | Last Year | 2023-01-01 | 2023-12-31
A summit set for March 4 and 5 may be delayed. | 2019-02-07 | March 4 and 5 | 2019-03-04 | 2019-03-05
Talks ran Feb. 28 and March 1 in Hanul. | 2019-03-07 | Feb. 28 and March 1 | 2019-02-28 | 2019-03-01
Envoys will meet from Tuesday, June 11, to Thursday, June 13, in Hanul. | 2024-06-09 | from Tuesday, June 11, to Thursday, June 13 | 2024-06-11 | 2024-06-13
They met from Monday, May 6, through Wednesday, May 8. | 2024-06-09 | from Monday, May 6, through Wednesday, May 8 | 2024-05-06 | 2024-05-08
The two sides set the rules for five years from 2026. | 2024-11-06 | five years from 2026 | 2026-01-01 | 2030-12-31
Seoul signed a six-year deal starting in 2021. | 2024-11-06 | six-year deal starting in 2021 | 2021-01-01 | 2026-12-31
The levy will rise over three years beginning in 2025. | 2024-11-06 | over three years beginning in 2025 | 2025-01-01 | 2027-12-31
Desk, updated: 09-07-2025 14:09 IST | 2025-07-09 | 09-07-2025 | 2025-07-09 | 2025-07-09
The notice was filed 7/30/2025. | 2025-08-09 | 7/30/2025 | 2025-07-30 | 2025-07-30
The pact ran out on 31.12.2024. | 2025-08-09 | 31.12.2024 | 2024-12-31 | 2024-12-31
The fee will rise each year from 2030 to 2026 by inflation. | 2024-10-17 | from 2030 to 2026 | None | None
The rate was flat between 2022 and 2020. | 2024-10-17 | between 2022 and 2020 | None | None
"""  # noqa: E501
)


# One case a row: the date is among the dates read (conftest.dates_test).
test_forms_of_written_dates = dates_test(*FORMS)


# ... and what the same words are not: a lone capital is a name, two days apart are two days, "N years from <year>"
# without "for"/"over"/"the" is a point, not a term, a number with a version's dots before it is no date.
NOT_THESE_FORMS = table(
    r"""
sentence | pub | want
A new column, next Week, starts. | 2024-06-09 | -
They met on May 3 and 10. | 2019-06-07 | on May 3 2019-05-03 2019-05-03
Five years from 2019, the levy doubled. | 2024-11-06 | 2019 2019-01-01 2019-12-31
The two sides set rules for five years from 2026 to 2030. | 2024-11-06 | from 2026 to 2030 2026-01-01 2030-12-31
"""
)


@pytest.mark.parametrize(("sentence", "pub", "want"), NOT_THESE_FORMS)
def test_what_those_forms_are_not(sentence, pub, want):
    got = " ".join(f"{x} {s} {e}" for x, s, e in read_dates(sentence, pub))
    assert got == ("" if want == "-" else want)


# dates5: the grammar around a date. A count over one after or before an event names the day it comes to (the
# event's own date moved by it, unless the count is rough, else the main clause's time); a count of one names the
# event (the corpus convention, tests/corpus/README.md). The event's own date may end a long clause, but not after
# "starting"/"by" (that dates what the event names), nor after ", and" (a new clause). A fronted "Just a day after
# X," counts from the main clause's date. A present verb after "if", "unless", "once", "when", "whoever", "no matter
# who" tells of the future. "This past week" told on a weekend is the week that weekend ends.
GRAMMAR5 = table(
    r"""
text | pub | exact | start | end
The accord came 11 months after the sides began talks in March 2018. | 2019-02-11 | 11 months after | 2019-02-01 | 2019-02-28
The envoy quit three weeks after she arrived on May 1. | 2019-11-16 | three weeks after | 2019-05-22 | 2019-05-22
Bo resigned on Friday, two days after the vote. | 2019-11-16 | two days after | 2019-11-15 | 2019-11-15
The pact comes two weeks after the vote. | 2019-11-16 | two weeks after | 2019-11-16 | 2019-11-16
Two weeks before the vote on June 20, the envoy left. | 2019-11-16 | Two weeks before | 2019-06-06 | 2019-06-06
Bo quit two weeks after the vote. | 2019-11-16 | two weeks after | None | None
The round comes less than two months after the sides named envoys in early March. | 2024-04-22 | two months after | 2024-04-22 | 2024-04-22
The talks will start nearly 20 months before the pact expires in 2025. | 2024-04-22 | 20 months before | 2024-04-22 | 2024-04-22
The call came a day before the levies on steel, imposed on most goods from its allies, took effect on Wednesday. | 2025-04-10 | a day before | 2025-04-09 | 2025-04-09
On July 8 Bo spoke.\n\nHis remarks came a day after he sent a letter threatening levies on cars and chips starting Aug. 1. | 2025-07-10 | a day after | 2025-07-07 | 2025-07-07
Bo left a day after the vote, and met Jo on Friday. | 2019-11-16 | a day after | None | None
Just a day after Bo wrote the letter, he spoke on Friday. | 2019-11-16 | a day after | 2019-11-14 | 2019-11-14
Only a week after the talks, the envoys met again on Monday. | 2019-11-16 | a week after | 2019-11-04 | 2019-11-04
Seoul will respond no matter who wins the vote on Tuesday, though analysts doubted it. | 2024-11-04 | on Tuesday | 2024-11-05 | 2024-11-05
Bo said he would cut aid, which he calls “a gift,” if he returns to office after the election in November. | 2024-05-02 | in November | 2024-11-01 | 2024-11-30
If she wins the race in March, talks resume. | 2024-05-02 | in March | 2025-03-01 | 2025-03-31
If she won the race in March, nobody noticed. | 2024-05-02 | in March | 2024-03-01 | 2024-03-31
When the envoy arrives on Friday, talks start. | 2024-05-02 | on Friday | 2024-05-03 | 2024-05-03
When the envoy arrived on Friday, talks started. | 2024-05-02 | on Friday | 2024-04-26 | 2024-04-26
Bo left when the talks on Friday collapsed. | 2024-05-02 | on Friday | 2024-04-26 | 2024-04-26
Once the assembly approves it on Monday, the levy applies. | 2024-05-02 | on Monday | 2024-05-06 | 2024-05-06
Whoever takes the post in March will face the talks. | 2024-05-02 | in March | 2025-03-01 | 2025-03-31
The levy lapses unless the assembly ratifies it in June. | 2024-07-02 | in June | 2025-06-01 | 2025-06-30
This past week, envoys met in Hanul. | 2019-11-24 | This past week | 2019-11-18 | 2019-11-24
This past week, envoys met in Hanul. | 2019-11-23 | This past week | 2019-11-18 | 2019-11-24
This past week, envoys met in Hanul. | 2019-11-20 | This past week | 2019-11-11 | 2019-11-17
"""  # noqa: E501
)


# One case a row: the date is among the dates read (conftest.dates_test).
test_dates_read_by_the_grammar_around_them = dates_test(*GRAMMAR5)


# dates6: a month-day after a capitalised "On" opening the sentence is one date ("On Nov. 21, three ..."); a start
# told as retroactive ("was to retroactively take effect from Jan. 1") is already past, whatever tense follows it;
# "after <month>" follows the tense of its clause as "in <month>" does (a modal "could" after "has said that" points
# forward); a named subject ("if former President Bo Jo is reelected") does not use up the words in which a
# present verb after "if" is looked for; "by mid-month"/"until midyear" is the middle of the publication's month or
# year; "last week" told on a Sunday is the week that Sunday ends; a holiday of fixed rule after a preposition
# ("by Thanksgiving") is the first one on or after the date before it in its paragraph.
GRAMMAR6 = table(
    r"""
text | pub | exact | start | end
On Nov. 21, three leaders met the envoy. | 2019-11-29 | On Nov. 21 | 2019-11-21 | 2019-11-21
On Sept. 3 the envoys met. | 2019-11-29 | On Sept. 3 | 2019-09-03 | 2019-09-03
On Dec. 2, the envoys will meet again. | 2019-11-29 | On Dec. 2 | 2019-12-02 | 2019-12-02
In Nov. 2018 the envoys met. | 2019-11-29 | In Nov. 2018 | 2018-11-01 | 2018-11-30
The pact was to retroactively take effect from Jan. 1 and will remain in force until Dec. 31. | 2019-04-05 | Jan. 1 | 2019-01-01 | 2019-01-01
The pact was to retroactively take effect from Jan. 1 and will remain in force until Dec. 31. | 2019-04-05 | Dec. 31 | 2019-12-31 | 2019-12-31
The raise will apply retroactively from Feb. 1. | 2019-04-05 | Feb. 1 | 2019-02-01 | 2019-02-01
The raise, retroactive to Jan. 1, was approved on Friday. | 2019-04-05 | Jan. 1 | 2019-01-01 | 2019-01-01
Pay was backdated to March 1. | 2019-04-05 | March 1 | 2019-03-01 | 2019-03-01
The raise will take effect from Jan. 1. | 2019-04-05 | Jan. 1 | 2020-01-01 | 2020-01-01
The union has said that the workers could continue working after April without pay. | 2020-02-17 | April | 2020-04-01 | 2020-04-30
Workers will stay on the job after April. | 2020-02-17 | April | 2020-04-01 | 2020-04-30
Talks are expected to resume after March. | 2020-02-17 | March | 2020-03-01 | 2020-03-31
Talks stalled after April. | 2020-02-17 | April | 2019-04-01 | 2019-04-30
Talks resumed after April's election. | 2020-02-17 | April | 2019-04-01 | 2019-04-30
The workers have been idle since April. | 2020-02-17 | April | 2019-04-01 | 2019-04-30
Seoul hurried to avoid tough talks if former President Bo Jo is reelected in November. | 2024-05-18 | in November | 2024-11-01 | 2024-11-30
Seoul hurried, fearing what happens if Senate Majority Leader Ma Ro Jun takes over in January. | 2024-05-18 | in January | 2025-01-01 | 2025-01-31
If former President Bo Jo won the race in March, nobody noticed. | 2024-05-18 | in March | 2024-03-01 | 2024-03-31
Workers on leave return by mid-month. | 2020-06-03 | by mid-month | 2020-06-11 | 2020-06-20
Workers on leave returned by mid-month. | 2020-06-03 | by mid-month | 2020-06-11 | 2020-06-20
The review is due until mid-year. | 2020-06-03 | until mid-year | 2020-05-01 | 2020-08-31
The pact lapses around midyear. | 2020-06-03 | around midyear | 2020-05-01 | 2020-08-31
Talks were renewed last week, as Bo rejected the offer. | 2020-04-26 | last week | 2020-04-20 | 2020-04-26
Talks were renewed last week, as Bo rejected the offer. | 2020-04-25 | last week | 2020-04-13 | 2020-04-19
Talks were renewed last week. | 2020-04-27 | last week | 2020-04-20 | 2020-04-26
Talks resume this week. | 2020-04-26 | this week | 2020-04-27 | 2020-05-03
Troops landed on June 25, 1950. By Thanksgiving, victory seemed near. | 2020-03-12 | By Thanksgiving | 1950-11-23 | 1950-11-23
On Nov. 20, Bo said the talks would end before Christmas. | 2019-11-20 | before Christmas | 2019-12-25 | 2019-12-25
In 2018, talks ended on New Year's Eve, and resumed after New Year's Day. | 2019-11-20 | on New Year's Eve | 2018-12-31 | 2018-12-31
In 2018, talks ended on New Year's Eve, and resumed after New Year's Day. | 2019-11-20 | after New Year's Day | 2019-01-01 | 2019-01-01
On Dec. 1, 2018, the sides met; by Christmas Day they had a deal. | 2019-11-20 | by Christmas Day | 2018-12-25 | 2018-12-25
Bo said the talks would end before Christmas. | 2019-11-20 | before Christmas | 2019-12-25 | 2019-12-25
"""  # noqa: E501
)


# One case a row: the date is among the dates read (conftest.dates_test).
test_dates6_grammar = dates_test(*GRAMMAR6)


@pytest.mark.parametrize(
    "text",
    ["A mid-month payroll ran.", "Midyear reviews are due.", "Christmas Island is far away.",
     "He sent a Christmas card.", "They flew to Christmas Island."],
)
def test_dates6_no_date_in(text):
    assert read_dates(text, "2020-06-03") == []


# dates7: classes of how news text tells time that the rules missed on the seventh batch's first half
# (invented sentences; "2024-04-24" is a Wednesday).
GRAMMAR7 = table(
    r"""
text | pub | exact | start | end
The envoys will meet on March 11 and 12 in Geneva. | 2021-03-01 | on March 11 and 12 | 2021-03-11 | 2021-03-12
The envoys met on Sept. 8 and 9 in Oslo. | 2020-10-01 | on Sept. 8 and 9 | 2020-09-08 | 2020-09-09
The envoys met on May 3 and 10. | 2020-10-01 | on May 3 | 2020-05-03 | 2020-05-03
The trip will be her first abroad since taking office in May. | 2022-08-01 | in May | 2022-05-01 | 2022-05-31
It will be his first visit since being sworn in as minister in January. | 2022-08-01 | in January | 2022-01-01 | 2022-01-31
Since the talks will resume in May, the envoy will wait. | 2022-03-01 | in May | 2022-05-01 | 2022-05-31
Pressure will mount ahead of November elections. | 2022-04-01 | November | 2022-11-01 | 2022-11-30
The party regrouped after March elections. | 2022-04-01 | March | 2022-03-01 | 2022-03-31
Both envoys prepare for October talks. | 2022-09-20 | October | 2022-10-01 | 2022-10-31
The pact was signed before the 2020 US election. | 2021-03-01 | the 2020 US election | 2020-11-03 | 2020-11-03
Talks stalled ahead of the 2018 U.S. midterm elections. | 2019-03-01 | the 2018 U.S. midterm elections | 2018-11-06 | 2018-11-06
Seoul hopes for a deal before the 2028 American presidential election. | 2026-03-01 | the 2028 American presidential election | 2028-11-07 | 2028-11-07
Seoul voted in the 2024 Korean election. | 2025-03-01 | 2024 | 2024-01-01 | 2024-12-31
Congress required the report in the fiscal 2020 U.S. defense bill. | 2021-03-01 | fiscal 2020 | 2019-10-01 | 2020-09-30
The Pentagon asked for more money in its FY2022 budget. | 2021-06-01 | FY2022 | 2021-10-01 | 2022-09-30
Japan's host-nation budget for fiscal year 2022 rose. | 2022-06-01 | fiscal year 2022 | 2022-04-01 | 2023-03-31
The fiscal 2022 budget rose. | 2022-06-01 | fiscal 2022 | 2022-01-01 | 2022-12-31
The talks will open in Geneva Tuesday (local time) and run for three days. | 2024-04-24 | Tuesday | 2024-04-23 | 2024-04-23
The talks will open in Geneva Tuesday and run for three days. | 2024-04-24 | Tuesday | 2024-04-30 | 2024-04-30
The talks will open in Geneva Wednesday (local time). | 2024-04-24 | Wednesday | 2024-04-24 | 2024-04-24
The talks opened in Geneva Thursday (local time). | 2024-04-24 | Thursday | 2024-04-18 | 2024-04-18
Seoul paid $5 billion between 2015 and 2018. Tokyo paid more over that four-year period. | 2021-03-01 | that four-year period | 2015-01-01 | 2018-12-31
From 2010 to 2012 costs rose.\n\nIn the same three-year period, pay fell. | 2021-03-01 | the same three-year period | 2010-01-01 | 2012-12-31
Seoul paid $5 billion between 2015 and 2018 and rose in March. Over that four-year period, it paid more. | 2021-03-01 | that four-year period | 2015-01-01 | 2018-12-31
Seoul paid $5 billion between 2015 and 2018. Tokyo paid more over that five-year period. | 2021-03-01 | that five-year period | None | None
Talks ran from January to March. | 2020-03-18 | from January to March | 2020-01-01 | 2020-03-31
Talks ran between November and January. | 2020-03-18 | between November and January | 2019-11-01 | 2020-01-31
Talks will run from April to June. | 2020-03-18 | from April to June | 2020-04-01 | 2020-06-30
Talks ran between November 2019 and January 2020. | 2020-03-18 | between November 2019 and January 2020 | 2019-11-01 | 2020-01-31
The pact ran from October to December 2018. | 2020-03-18 | from October to December 2018 | 2018-10-01 | 2018-12-31
The envoys met in the last week of February. | 2020-03-18 | the last week of February | 2020-02-23 | 2020-02-29
Talks will resume in the first week of April. | 2020-03-18 | the first week of April | 2020-04-01 | 2020-04-07
The envoys met in the second week of last month. | 2020-03-18 | the second week of last month | 2020-02-08 | 2020-02-14
The envoys met last week. | 2020-03-18 | last week | 2020-03-09 | 2020-03-15
Talks will resume in the last week of the year. | 2020-03-18 | the last week of the year | 2020-12-25 | 2020-12-31
The workers went unpaid for the first two months of this year. | 2020-03-18 | the first two months of this year | 2020-01-01 | 2020-02-29
Costs rose in the last three months of 2019. | 2020-03-18 | the last three months of 2019 | 2019-10-01 | 2019-12-31
Talks had been expected to end in January. | 2020-03-18 | in January | 2020-01-01 | 2020-01-31
The envoys had been scheduled to meet on Friday. | 2020-03-18 | on Friday | 2020-03-13 | 2020-03-13
Talks are expected to end in January. | 2020-03-18 | in January | 2021-01-01 | 2021-01-31
The talks were originally scheduled to be held in March. | 2020-04-20 | in March | 2020-03-01 | 2020-03-31
The envoys were initially expected to meet on Friday. | 2020-04-22 | on Friday | 2020-04-17 | 2020-04-17
The talks are currently scheduled to resume in March. | 2020-04-20 | in March | 2021-03-01 | 2021-03-31
Talks had originally been expected to end in January. | 2020-04-20 | in January | 2020-01-01 | 2020-01-31
Workers have gone unpaid since Jan. 1. | 2020-12-20 | Jan. 1 | 2020-01-01 | 2020-01-01
Workers have been idle since April 1. | 2020-03-18 | April 1 | 2019-04-01 | 2019-04-01
Workers have been idle since March 2. | 2020-03-18 | March 2 | 2020-03-02 | 2020-03-02
Workers will be idle from Jan. 1. | 2020-12-20 | Jan. 1 | 2021-01-01 | 2021-01-01
The envoys met on Tuesday last week. | 2020-03-18 | on Tuesday last week | 2020-03-10 | 2020-03-10
The sides met from Tuesday to Thursday last week. | 2020-03-18 | Tuesday to Thursday last week | 2020-03-10 | 2020-03-12
The envoys will meet on Friday next week. | 2020-03-18 | on Friday next week | 2020-03-27 | 2020-03-27
The envoys met on Monday of this week. | 2020-03-18 | on Monday of this week | 2020-03-16 | 2020-03-16
The envoys met on Tuesday, and last week they spoke. | 2020-03-18 | on Tuesday | 2020-03-17 | 2020-03-17
The talks will end on the last day of March. | 2020-03-18 | the last day of March | 2020-03-31 | 2020-03-31
Furloughs began on the first day of next month. | 2020-03-18 | the first day of next month | 2020-04-01 | 2020-04-01
The pact lapsed on the last day of 2019. | 2020-03-18 | the last day of 2019 | 2019-12-31 | 2019-12-31
Costs rose in FY 2019-20. | 2020-03-18 | 2019-20 | 2019-01-01 | 2020-12-31
Talks began in September 2019. By the end of that year, they had stalled. | 2020-03-18 | the end of that year | 2019-12-31 | 2019-12-31
The deal was signed in 2014 and lapsed at the end of the following year. | 2020-03-18 | the end of the following year | 2015-12-31 | 2015-12-31
Talks began in March 2019; at the start of the next month, they stalled. | 2020-03-18 | the start of the next month | 2019-04-01 | 2019-04-01
In 2018, talks began; by the following March, a deal was signed. | 2020-03-18 | the following March | 2019-03-01 | 2019-03-31
The deal lapsed in June 2020, as talks had stalled the previous March. | 2020-08-18 | the previous March | 2020-03-01 | 2020-03-31
Talks stalled in November 2019. That March, a deal had been signed. | 2020-08-18 | That March | 2019-03-01 | 2019-03-31
Talks resume the following March. | 2020-08-18 | the following March | None | None
"""  # noqa: E501
)


# One case a row: the date is among the dates read (conftest.dates_test).
test_dates7_grammar = dates_test(*GRAMMAR7)


@pytest.mark.parametrize(
    ("text", "want"),
    [("June was hot.", []), ("April showers bring May flowers.", []),
     ("They lost the 2023 US election.", [("2023", "2023-01-01", "2023-12-31")]),
     ("Costs rose over that four-year period.", [("that four-year period", None, None)])],
)
def test_dates7_what_is_no_new_date(text, want):
    assert read_dates(text, "2025-03-01") == want


# review7: edges of the dates7 rules (invented sentences; "2020-03-18" is a Wednesday)
REVIEW7 = table(
    r"""
text | pub | exact | start | end
Talks began in 2018. Later that March, they stalled. | 2019-06-10 | that March | 2018-03-01 | 2018-03-31
Talks began in 2018. They stalled that March. | 2019-06-10 | that March | 2018-03-01 | 2018-03-31
Seoul said on Monday last week's talks failed. | 2020-03-18 | on Monday | 2020-03-16 | 2020-03-16
The envoys met on Monday last week. | 2020-03-18 | on Monday last week | 2020-03-09 | 2020-03-09
Seoul braced for the 2024 US election campaign. | 2021-03-01 | 2024 | 2024-01-01 | 2024-12-31
Both sides waited out the 2020 U.S. election cycle. | 2021-03-01 | 2020 | 2020-01-01 | 2020-12-31
Turnout rose in the 2020 US election. | 2021-03-01 | the 2020 US election | 2020-11-03 | 2020-11-03
Costs rose in the first quarter of 2020. Pay was flat in the same three-month period a year earlier. | 2021-03-01 | a year earlier | 2019-01-01 | 2019-03-31
"""  # noqa: E501
)


# One case a row: the date is among the dates read (conftest.dates_test).
test_review7_edges = dates_test(*REVIEW7)


@pytest.mark.parametrize(
    ("text", "pub", "exact"),
    [("Talks stalled in 2019. Officials hope that May deals can be signed.", "2020-08-18", "that May"),
     ("Talks stalled in 2019. He warned that March would be hard.", "2020-08-18", "that March"),
     ("Costs rose in the first quarter of 2020. Pay was flat in the same three-month period a year earlier.",
      "2021-03-01", "the same three-month period")],
)
def test_review7_not_read_as(text, pub, exact):
    assert exact not in [x for x, *_ in read_dates(text, pub)]


@pytest.mark.parametrize(
    "text", ["Officials said that March talks would resume.", "Talks began in 2018. Officials said that March talks "
             "would resume.", "He warned that June elections would be close."]
)
def test_review7_that_opening_a_clause_changes_no_month(text):
    """A "that" opening a clause before a month is read as if it were not there (the month alone, as before)."""
    without = text.replace("that ", "")
    assert [v for *_, v in read_dates(text, "2019-01-10")] == [v for *_, v in read_dates(without, "2019-01-10")]


def test_review7_told_periods_cost_linear_work(monkeypatch):
    """A paragraph of many "that four-year period": each looks back a bounded number of spans, not all before it."""
    from analysis.extract import dates

    calls = [0]
    real = dates._whole_units

    def counted(v, unit):
        calls[0] += 1
        return real(v, unit)

    monkeypatch.setattr(dates, "_whole_units", counted)
    work = []
    for n in (50, 500):
        calls[0] = 0
        find_dates("Pay rose over that four-year period. " * n, dt.date(2021, 3, 1))
        work.append(calls[0])
    assert work[1] <= 15 * work[0]
