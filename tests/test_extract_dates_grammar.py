"""Dates read by the grammar around them: tense words that are not verbs, the source of a report, "since",
passives, parts of decades and months named with "this past", present progressives, deadlines before an event.
Invented sentences (publication: Saturday 2019-11-16 unless the row says otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import table

from analysis.extract.dates import find_dates


def _read(text: str, pub: str) -> list[tuple[str, str | None, str | None]]:
    """(exact, start, end) of each date ``find_dates`` reads in ``text`` published on ``pub`` (ISO)."""
    return [(x, v["start"], v["end"]) for *_, x, v in find_dates(text, dt.date.fromisoformat(pub))]


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
    assert _read(sentence, pub) == [(exact, start, end)]


def test_a_step_from_one_year_before_an_annual_rule_is_that_years_neighbour():
    got = _read("Seoul will pay 5% more this year than the previous year, and annual rises of 4% later.", "2019-11-16")
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
    got = _read(text.replace("\\n", "\n"), "2019-11-16")
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
    got = " ".join(f"{x} {s} {e}" for x, s, e in _read(text, "2024-10-16"))
    assert got == ("" if want == "-" else want)


def test_an_event_ahead_of_which_a_dated_clause_came_is_read_from_that_date():
    got = _read("On Monday, Lee spoke ahead of the vote on Wednesday.", "2019-11-16")
    assert got == [("On Monday", "2019-11-11", "2019-11-11"), ("on Wednesday", "2019-11-13", "2019-11-13")]


@pytest.mark.parametrize(
    ("byline", "want"),
    [("By A. Reporter | Aug 22, 2025", [("Aug 22, 2025", "2025-08-22")]), ("By June Park", [])],
)
def test_a_date_with_its_year_in_the_byline_is_a_date_a_name_is_not(byline, want):
    from analysis.extract import annotate

    a = annotate(f"Envoys meet\n{byline}\nAugust 22, 2025\n\nThey met.")
    got = [(s.exact, s.value["start"]) for s in a.of_kind("date") if s.exact != "August 22, 2025"]
    assert got == want
