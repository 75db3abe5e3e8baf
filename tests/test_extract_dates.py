"""Dates resolved against the publication date (the seed: Saturday 2019-11-16)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import table
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.date_tense import _clause_of
from analysis.extract.dates import _TOKEN, _Tokens, find_dates

PUB = dt.date(2019, 11, 16)  # a Saturday

DATES = table(
    r"""
sentence | exact | start | end | form
Published November 16, 2019. | November 16, 2019 | 2019-11-16 | 2019-11-16 | absolute
Esper urged Friday, calling on Seoul | Friday | 2019-11-15 | 2019-11-15 | weekday
Esper said on Wednesday he was open | on Wednesday | 2019-11-13 | 2019-11-13 | weekday
Esper's remarks on Monday weren't well received | on Monday | 2019-11-11 | 2019-11-11 | weekday
The talks resume next Monday. | next Monday | 2019-11-18 | 2019-11-18 | weekday
They met last Saturday. | last Saturday | 2019-11-09 | 2019-11-09 | weekday
The rally is on Saturday. | on Saturday | 2019-11-16 | 2019-11-16 | weekday
He spoke Tuesday morning. | Tuesday morning | 2019-11-12 | 2019-11-12 | weekday
Kim and Biegun met last month in Stockholm | last month | 2019-10-01 | 2019-10-31 | relative
A lawmaker said last week that | last week | 2019-11-04 | 2019-11-10 | relative
what Seoul agreed to pay this year | this year | 2019-01-01 | 2019-12-31 | relative
Trump ordered scaled back past year. | past year | 2018-11-17 | 2019-11-16 | relative
The deal expired last year. | last year | 2018-01-01 | 2018-12-31 | relative
A new deal is due next year. | next year | 2020-01-01 | 2020-12-31 | relative
The talks are this week. | this week | 2019-11-11 | 2019-11-17 | relative
They will meet next month. | next month | 2019-12-01 | 2019-12-31 | relative
agreed in June to re-open negotiations | in June | 2019-06-01 | 2019-06-30 | month
a failed summit in Vietnam in February. | in February | 2019-02-01 | 2019-02-28 | month
talks in Sweden early in October, we | early in October | 2019-10-01 | 2019-10-10 | month
The deal lapsed early January. | early January | 2019-01-01 | 2019-01-10 | month
It was signed in late March. | in late March | 2019-03-21 | 2019-03-31 | month
Talks stalled in mid-September. | in mid-September | 2019-09-11 | 2019-09-20 | month
It ends in November. | in November | 2019-11-01 | 2019-11-30 | month
The deal runs out next March. | next March | 2020-03-01 | 2020-03-31 | month
They met in March 2018. | in March 2018 | 2018-03-01 | 2018-03-31 | absolute
to pass the time limit - the end of this year - easily | the end of this year | 2019-12-31 | 2019-12-31 | relative
conclude the SMA before the end of the year | the end of the year | 2019-12-31 | 2019-12-31 | relative
by the end of next year | the end of next year | 2020-12-31 | 2020-12-31 | relative
The 11th SMA runs to the end of 2019. | the end of 2019 | 2019-12-31 | 2019-12-31 | absolute
The deal will run in 2026. | in 2026 | 2026-01-01 | 2026-12-31 | absolute
Payments rose from 2014 to 2018. | from 2014 to 2018 | 2014-01-01 | 2018-12-31 | range
between 2014 and 2018 the share | between 2014 and 2018 | 2014-01-01 | 2018-12-31 | range
The 2014-18 deal | 2014-18 | 2014-01-01 | 2018-12-31 | range
signed on Nov. 20, 2019, in Seoul | on Nov. 20, 2019 | 2019-11-20 | 2019-11-20 | absolute
signed on 5 March 2019 in Seoul | on 5 March 2019 | 2019-03-05 | 2019-03-05 | absolute
dated 2019-03-08 | 2019-03-08 | 2019-03-08 | 2019-03-08 | absolute
Seoul said on Feb. 10 that | on Feb. 10 | 2019-02-10 | 2019-02-10 | month
earlier this year, Seoul | earlier this year | 2019-01-01 | 2019-11-15 | relative
late last year, Seoul | late last year | 2018-09-01 | 2018-12-31 | relative
Yesterday, Seoul said | Yesterday | 2019-11-15 | 2019-11-15 | relative
two years ago, Seoul | two years ago | 2017-01-01 | 2017-12-31 | relative
the 1990s alliance | the 1990s | 1990-01-01 | 1999-12-31 | absolute
by mid-2019 the deal | mid-2019 | 2019-05-01 | 2019-08-31 | absolute
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end", "form"), DATES)
def test_dates(sentence, exact, start, end, form):
    found = find_dates(sentence, PUB)
    assert [(f[2], f[3]["start"], f[3]["end"], f[3]["form"]) for f in found] == [(exact, start, end, form)]
    s, e, x, _ = found[0]
    assert sentence[s:e] == x


def test_trigger_words_are_outside_the_span():
    (f,) = find_dates("The rule applies until 1991.", PUB)
    assert f[2] == "1991"


SINCE = table(
    r"""
sentence | exact | start | end
It is the largest rise since 2004. | 2004 | 2004-01-01 | 2004-12-31
Talks have stalled since June. | June | 2019-06-01 | 2019-06-30
Talks have stalled since Monday. | Monday | 2019-11-11 | 2019-11-11
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end"), SINCE)
def test_since_gives_the_starting_date(sentence, exact, start, end):
    assert _read(sentence) == [(exact, start, end)]


NO_DATES = table(
    r"""
sentence
It may rain.
We march on.
Black Friday sales rose.
Some 28,500 troops are based there.
The bill was $2019 in all.
It grew 2019 percent.
"""
)


@pytest.mark.parametrize(("sentence",), NO_DATES)
def test_no_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_weekday_resolves_against_other_publication_dates():
    (f,) = find_dates("on Friday", dt.date(2019, 11, 20))  # a Wednesday
    assert f[3]["start"] == "2019-11-15"
    (f,) = find_dates("last month", dt.date(2020, 1, 5))
    assert (f[3]["start"], f[3]["end"]) == ("2019-12-01", "2019-12-31")


def _read(text, pub=PUB):
    """(exact, start, end) for each date; an unresolved one gives (exact, None, reason). ``pub``: a date or ISO text."""
    pub = dt.date.fromisoformat(pub) if isinstance(pub, str) else pub
    return [(x, v["start"], v["end"] if v["start"] else v["unresolved"]) for _, _, x, v in find_dates(text, pub)]


WED = dt.date(2019, 11, 20)  # a Wednesday

# The tense of the clause points a bare date forward or back. "on Wednesday" published on a Wednesday is the
# publication day itself; "Nov. 10", days back, is this year's.
TENSE = table(
    r"""
sentence | pub | exact | start
The minister will visit Tokyo from Friday. | 2019-11-16 | Friday | 2019-11-22
The minister will visit Tokyo from Friday. | 2019-11-20 | Friday | 2019-11-22
The minister visited Tokyo on Friday. | 2019-11-20 | on Friday | 2019-11-15
On Friday, the two envoys will meet in Geneva. | 2019-11-20 | On Friday | 2019-11-22
On Friday, the two envoys met in Geneva. | 2019-11-20 | On Friday | 2019-11-15
Negotiators are set to meet again on Tuesday. | 2019-11-16 | on Tuesday | 2019-11-19
The vote is scheduled to take place on Thursday. | 2019-11-16 | on Thursday | 2019-11-21
The delegation plans to arrive on Monday. | 2019-11-16 | on Monday | 2019-11-18
The agreement is expected to be signed in March. | 2019-11-16 | in March | 2020-03-01
The talks are due to resume in January. | 2019-11-16 | in January | 2020-01-01
The upcoming round on Tuesday may be the last. | 2019-11-16 | on Tuesday | 2019-11-19
The agreement will be signed in March. | 2019-11-16 | in March | 2020-03-01
The agreement was signed in March. | 2019-11-16 | in March | 2019-03-01
Lee will travel to the United States on Friday. | 2019-11-20 | on Friday | 2019-11-22
The talks will run until Thursday. | 2019-11-20 | Thursday | 2019-11-21
The ministers will meet on Wednesday. | 2019-11-20 | on Wednesday | 2019-11-20
Talks will resume in November. | 2019-11-16 | in November | 2019-11-01
The president, who takes office in January, wants more. | 2019-11-16 | in January | 2020-01-01
The deal expires in March. | 2019-11-16 | in March | 2020-03-01
The envoy will arrive on Nov. 2. | 2019-11-16 | on Nov. 2 | 2020-11-02
The envoy arrived on Nov. 2. | 2019-11-16 | on Nov. 2 | 2019-11-02
Talks are to resume after the Nov. 10 vote. | 2019-11-16 | Nov. 10 | 2019-11-10
The talks were delayed due to protests on Tuesday. | 2019-11-16 | on Tuesday | 2019-11-12
Officials said Monday they would decide soon. | 2019-11-16 | Monday | 2019-11-11
The envoys were scheduled to meet on Monday and Tuesday. | 2019-11-20 | on Monday and Tuesday | 2019-11-18
The vote was expected to take place on Thursday. | 2019-11-16 | on Thursday | 2019-11-14
The aide said that the leaders would meet in late February. | 2019-01-19 | in late February | 2019-02-21
Officials said the deal would be signed in March. | 2019-11-16 | in March | 2020-03-01
Officials said the deal would have been signed in March. | 2019-11-16 | in March | 2019-03-01
Nearly 9,000 workers face a furlough in April. | 2020-02-19 | in April | 2020-04-01
Nearly 9,000 workers face a furlough in June. | 2020-02-19 | in June | 2019-06-01
Workers faced a furlough in April. | 2020-02-19 | in April | 2019-04-01
The aim was a deal before any November election. | 2024-04-23 | November | 2024-11-01
The deal came before the November election. | 2024-04-23 | the November election | 2023-11-01
The report was published since Monday, when it will be updated. | 2019-11-16 | Monday | 2019-11-11
Next Friday the talks resume. | 2019-11-16 | Next Friday | 2019-11-22
Last Friday the talks stalled. | 2019-11-16 | Last Friday | 2019-11-15
This coming Friday the talks resume. | 2019-11-16 | This coming Friday | 2019-11-22
"""
)

# A headline's infinitive is its future: "<subject> to <verb>"; "return to talks" has no verb after "to".
HEADLINE_TENSE = table(
    r"""
sentence | pub | exact | start
Esper to visit Seoul Friday | 2019-11-20 | Friday | 2019-11-22
US, South Korea to resume cost talks in December | 2019-11-16 | in December | 2019-12-01
Washington wants Seoul to pay more by Friday | 2019-11-20 | Friday | 2019-11-22
Negotiators return to talks on Tuesday | 2019-11-20 | on Tuesday | 2019-11-19
"""
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start"), TENSE + HEADLINE_TENSE)
def test_tense(sentence, pub, exact, start):
    ((x, s, _),) = _read(sentence, pub)
    assert (x, s) == (exact, start)


def test_two_clauses_two_tenses():
    got = _read("Lee met Park on Friday and will meet Kang on Sunday.", WED)
    assert got == [("on Friday", "2019-11-15", "2019-11-15"), ("on Sunday", "2019-11-24", "2019-11-24")]


def test_fronted_date_and_later_clause():
    got = _read("The talks, which will resume in March, stalled in February.")
    assert got == [("in March", "2020-03-01", "2020-03-31"), ("in February", "2019-02-01", "2019-02-28")]


# one span for a month, or a part of one, with a year counted from publication
MONTH_AND_YEAR = table(
    r"""
sentence | exact | start | end
Talks are expected to resume in January next year. | in January next year | 2020-01-01 | 2020-01-31
Seoul paid more in March last year. | in March last year | 2018-03-01 | 2018-03-31
The deal lapsed in early January this year. | in early January this year | 2019-01-01 | 2019-01-10
It takes effect in January of next year. | in January of next year | 2020-01-01 | 2020-01-31
It takes effect January 1 next year. | January 1 next year | 2020-01-01 | 2020-01-01
The ministers meet again early next month. | early next month | 2019-12-01 | 2019-12-10
A deal is due by the end of next year. | the end of next year | 2020-12-31 | 2020-12-31
The ministers meet later this month. | later this month | 2019-11-17 | 2019-11-30
Prices rose in late May last year. | in late May last year | 2018-05-21 | 2018-05-31
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end"), MONTH_AND_YEAR)
def test_month_with_relative_year(sentence, exact, start, end):
    assert _read(sentence) == [(exact, start, end)]


# The anchored expression (exact), counted from the date before it. "the day after the vote" and "a day after Park
# left" name the vote and Park leaving (the corpus convention for a count of one); a count over one names the day it
# comes to (dates5): "two years after the previous one expired in 2017" is 2019, "on Tuesday, two days before the
# vote" Tuesday. An unresolved one gives None and the reason in place of the end.
ANCHORED = table(
    r"""
paragraph | exact | start | end
In 2018, the payment rose 5 percent from the previous year. | the previous year | 2017-01-01 | 2017-12-31
Talks collapsed in 2016. The following year, a deal was struck. | The following year | 2017-01-01 | 2017-12-31
The first deal was signed in 1991; the year before, talks had begun. | the year before | 1990-01-01 | 1990-12-31
Talks began in 2014 and ended that year. | that year | 2014-01-01 | 2014-12-31
Lee met Park on Tuesday. A day later, Park flew home. | A day later | 2019-11-13 | 2019-11-13
Lee met Park on Tuesday. Two days later, Park flew home. | Two days later | 2019-11-14 | 2019-11-14
Lee landed on Friday; three days earlier he had left. | three days earlier | 2019-11-12 | 2019-11-12
Lee landed on Friday and left the next day. | the next day | 2019-11-16 | 2019-11-16
Lee landed on Friday, the day after the vote. | the day after | 2019-11-14 | 2019-11-14
The vote was on Tuesday. Lee landed the day after. | the day after | 2019-11-13 | 2019-11-13
In March 2017 the deal lapsed. The previous month, talks had stalled. | The previous month | 2017-02-01 | 2017-02-28
The vote was held in March 2017. A week later, the result was known. | A week later | 2017-03-08 | 2017-04-07
The vote was held in 2017. A week later, the result was known. | A week later | None | counts in weeks from 'in 2017', which is longer than a month
The deal expired in 2014; a year later a new one was signed. | a year later | 2015-01-01 | 2015-12-31
Lee arrived a day after Park left on Wednesday. | a day after | 2019-11-13 | 2019-11-13
Lee spoke on Tuesday, a day after saying he would resign. | a day after | 2019-11-11 | 2019-11-11
Lee spoke on Tuesday, two days before the vote. | two days before | 2019-11-12 | 2019-11-12
The report comes a day ahead of a visit by the minister. | a day ahead of | 2019-11-17 | 2019-11-17
A new deal was signed in March 2019, two years after the previous one expired in 2017. | two years after | 2019-01-01 | 2019-12-31
The deal was signed in 2019, and in March the following year it lapsed. | in March the following year | 2020-03-01 | 2020-03-31
"""  # noqa: E501
)


@pytest.mark.parametrize(("paragraph", "exact", "start", "end"), ANCHORED)
def test_anchored(paragraph, exact, start, end):
    got = {x: (s, e) for x, s, e in _read(paragraph)}
    assert got[exact] == (start, end)


def test_after_an_event_is_the_date_of_the_event():
    got = dict((x, s) for x, s, _ in _read("The deal was signed in 2010. It lapsed a year after a vote."))
    assert got["a year after"] == "2009-01-01"  # the vote: a year before 2010
    got = dict((x, s) for x, s, _ in _read("The deal was signed in 2010. It lapsed two years after a vote."))
    assert got["two years after"] == "2010-01-01"  # a count over one: the day it comes to, the lapse
    ((_, start, why),) = _read("The deal lapsed two years after a vote.")
    assert start is None and "no earlier date" in why  # past tense, nothing to count from


def test_adverbial_after_counts_forward():
    got = dict((x, s) for x, s, _ in _read("The vote was in 2010. Two years after, the deal lapsed."))
    assert got["Two years after"] == "2012-01-01"


UNANCHORED = table(
    r"""
paragraph
Park flew home the next day.
The payment rose 5 percent from the previous year.
Three days earlier, the envoy had left.
"""
)


@pytest.mark.parametrize(("paragraph",), UNANCHORED)
def test_anchored_without_a_date_before_is_unresolved(paragraph):
    ((_, start, why),) = _read(paragraph)
    assert start is None and "no earlier date" in why


def test_a_day_count_crosses_paragraphs_from_the_last_day():
    ((x, start, _),) = _read("Lee met Park on Tuesday.\n\nA day later, Park flew home.")[1:]
    assert (x, start) == ("A day later", "2019-11-13")


def test_anchored_value_keeps_the_contract():
    (*_, v) = find_dates("Park flew home the next day.", PUB)[0]
    assert set(v) == {"start", "end", "form", "unresolved"} and v["form"] == "relative"


WEEKENDS = table(
    r"""
sentence | pub | exact | start | end
Officials met at the weekend. | 2019-11-20 | at the weekend | 2019-11-16 | 2019-11-17
Officials will meet over the weekend. | 2019-11-20 | over the weekend | 2019-11-23 | 2019-11-24
Officials met over the weekend. | 2019-11-18 | over the weekend | 2019-11-16 | 2019-11-17
Officials will meet at the weekend. | 2019-11-16 | at the weekend | 2019-11-16 | 2019-11-17
Earlier this week, officials met. | 2019-11-20 | Earlier this week | 2019-11-18 | 2019-11-19
Officials meet again later this week. | 2019-11-20 | later this week | 2019-11-21 | 2019-11-24
Officials meet this week. | 2019-11-20 | this week | 2019-11-18 | 2019-11-24
The trade figures this month were weak. | 2019-11-20 | this month | 2019-11-01 | 2019-11-30
"""
)


LATER = dt.date(2024, 5, 4)  # a Saturday, years after the words quoted below were said

# The date in the quotation (exact), and its start: from the day the words were said when the text gives
# that day, None when it dates them less precisely and that changes the reading; a year said reads "next year" alike
# on each of its days: the year after it, fix49d per the README's `dates` bullet, lead, fourteenth session, where
# these two rows wanted None under the old rule)
# ("yesterday" is read from the Tuesday the words were said; "back in 1991" is a year in passing, not the
# paragraph's time)
QUOTED = table(
    r"""
paragraph | exact | start
In 2019, the minister said: "We will sign a deal next year." | next year | 2020-01-01
"We will sign a deal next year," the minister said in 2019. | next year | 2020-01-01
"Talks resume in June," the minister said last year. | in June | None
“Our deadline is the end of this year,” the envoy told reporters on Nov. 3, 2019. | the end of this year | 2019-12-31
Talks collapsed in 2019. "We meet again on Monday," the envoy said. | on Monday | None
"We will sign a deal next year," the minister said on Friday. | next year | 2025-01-01
"They agreed yesterday," the minister said on Tuesday. | yesterday | 2024-04-29
"Talks end this week," the minister said on Nov. 6, 2019. | this week | 2019-11-04
"We will sign a deal next year," the minister said. | next year | 2025-01-01
"We will sign a deal next year," the minister said last month. | next year | 2025-01-01
"The 2019 deal expired in 2020," the minister said in 2023. | in 2020 | 2020-01-01
The minister said in 2019 the deal would be "fair" and ready next year. | next year | 2025-01-01
The deal, which the two allies first signed back in 1991, lapses soon. “We want one this year,” Lee said. | this year | 2024-01-01
"We will meet next year," the minister said, adding that talks will start in 2030. | next year | 2025-01-01
"""  # noqa: E501
)


@pytest.mark.parametrize(("paragraph", "exact", "start"), QUOTED)
def test_quotation_of_earlier_words(paragraph, exact, start):
    got = {x: (s, why) for x, s, why in _read(paragraph, LATER)}
    s, why = got[exact]
    assert s == start
    if start is None:
        assert why.startswith("inside a quotation of words said before publication")


def test_quotation_leaves_the_speech_date_itself_resolved():
    got = _read('"We will sign a deal next year," the minister said in 2019.', LATER)
    assert got[1] == ("in 2019", "2019-01-01", "2019-12-31")


def test_quotation_rule_stays_inside_its_paragraph():
    got = _read('The talks collapsed in 2019.\n\n"We will sign a deal next year," the minister said.', LATER)
    assert got[1] == ("next year", "2025-01-01", "2025-12-31")


def test_anchored_date_counted_from_an_unresolved_one_is_unresolved():
    got = _read('"The talks end next month and resume two weeks later," the minister said in 2019.', LATER)
    assert [(x, s) for x, s, _ in got] == [("next month", None), ("two weeks later", None), ("in 2019", "2019-01-01")]
    assert "not resolved" in got[1][2]


NOT_ANCHORED = table(
    r"""
sentence
He spent a day on the talks.
A few days later, it rained.
"""
)


@pytest.mark.parametrize(("sentence",), NOT_ANCHORED)
def test_not_anchored_dates(sentence):
    assert [x for x, _, _ in _read(sentence) if "day" in x or "year before" in x] == []


def test_the_year_before_last_is_two_years_back_not_an_anchored_year_before():
    assert _read("The year before last, costs rose.", "2019-11-16") == [
        ("The year before last", "2017-01-01", "2017-12-31")
    ]


# shapes met in real reporting, with sentences written for these tests
# ("this week" published on a Sunday is the week that starts tomorrow)
CORPUS_SHAPES = table(
    r"""
sentence | pub | exact | start | end
The envoy arrived on Sunday for talks this week. | 2019-11-17 | this week | 2019-11-18 | 2019-11-24
Earlier this week, the envoy arrived. | 2019-11-17 | Earlier this week | 2019-11-11 | 2019-11-16
Earlier this month, the envoy arrived. | 2019-11-16 | Earlier this month | 2019-11-01 | 2019-11-15
On Monday and Tuesday, the envoys will meet in Seoul. | 2019-11-17 | On Monday and Tuesday | 2019-11-18 | 2019-11-19
The talks took place Tuesday and Wednesday. | 2019-11-16 | Tuesday and Wednesday | 2019-11-12 | 2019-11-13
The minister spoke on December second. | 2019-12-03 | on December second | 2019-12-02 | 2019-12-02
Workers will be furloughed from April first. | 2020-02-02 | April first | 2020-04-01 | 2020-04-01
Workers could be furloughed starting in April. | 2020-03-19 | in April | 2020-04-01 | 2020-04-30
A deal would hold off a possible walkout in November. | 2024-10-04 | in November | 2024-11-01 | 2024-11-30
Workers could have been furloughed in April. | 2020-03-19 | in April | 2019-04-01 | 2019-04-30
Earlier in the day, a newspaper reported the figure. | 2019-11-16 | Earlier in the day | 2019-11-16 | 2019-11-16
The vote was on Tuesday. Later that day, the result came. | 2019-11-16 | Later that day | 2019-11-12 | 2019-11-12
The talks began in March 2018. Later that year, they stalled. | 2019-11-16 | Later that year | 2018-04-01 | 2018-12-31
Later in the week, the envoys met again. | 2019-11-20 | Later in the week | 2019-11-21 | 2019-11-24
The deal covers 2021~2025. | 2019-11-16 | 2021~2025 | 2021-01-01 | 2025-12-31
"They agreed yesterday," Mr. Lee said at a meeting on Tuesday. | 2019-11-16 | yesterday | 2019-11-11 | 2019-11-11
Talks will go on, Mr. Lee said on Friday. | 2019-11-20 | on Friday | 2019-11-15 | 2019-11-15
Lee will meet Mr. Park on Friday. | 2019-11-20 | on Friday | 2019-11-22 | 2019-11-22
"""
)


SPANS_OF_YEARS = table(
    r"""
sentence | pub | exact | start | end
It applies from last year to 2025. | 2021-03-10 | from last year to 2025 | 2020-01-01 | 2025-12-31
It ran from 2019 through next year. | 2021-03-10 | from 2019 through next year | 2019-01-01 | 2022-12-31
Seoul pays more in 2021 and in each of the following four years. | 2021-03-10 | the following four years | 2022-01-01 | 2025-12-31
Costs rose in 2021 after falling in the previous two years. | 2021-03-10 | the previous two years | 2019-01-01 | 2020-12-31
Costs rose over the past two years. | 2021-03-10 | the past two years | 2019-03-10 | 2021-03-10
Costs will rise over the next three years. | 2021-03-10 | the next three years | 2021-03-10 | 2024-03-10
"""  # noqa: E501
)


SEASONS_AND_PARTS = table(
    r"""
sentence | pub | exact | start | end
Talks stalled last summer. | 2020-01-10 | last summer | 2019-06-01 | 2019-08-31
Talks resume this spring. | 2020-01-10 | this spring | 2020-03-01 | 2020-05-31
It is cold this winter. | 2020-01-10 | this winter | 2019-12-01 | 2020-02-29
Talks will resume in the fall. | 2020-01-10 | in the fall | 2020-09-01 | 2020-11-30
Talks stalled in the fall. | 2020-01-10 | in the fall | 2019-09-01 | 2019-11-30
Talks began in the spring of 2019. | 2020-01-10 | in the spring of 2019 | 2019-03-01 | 2019-05-31
The deal was signed in spring 2019. | 2020-01-10 | spring 2019 | 2019-03-01 | 2019-05-31
A deal is due in the first half of next year. | 2019-11-16 | the first half of next year | 2020-01-01 | 2020-06-30
Payments rose in the third quarter of 2018. | 2019-11-16 | the third quarter of 2018 | 2018-07-01 | 2018-09-30
Payments rose in the second half of the year. | 2019-11-16 | the second half of the year | 2019-07-01 | 2019-12-31
The envoys met Nov. 5-6. | 2019-11-16 | Nov. 5-6 | 2019-11-05 | 2019-11-06
The envoys met this past weekend. | 2019-11-20 | this past weekend | 2019-11-16 | 2019-11-17
"""
)


FALL_NOT_A_SEASON = table(
    r"""
sentence
The fall of the won hurt exporters.
The fall in exports was sharp.
Prices fall in spring.
"""
)


@pytest.mark.parametrize(("sentence",), FALL_NOT_A_SEASON)
def test_fall_as_a_noun_or_verb_is_no_season(sentence):
    assert _read(sentence) == []


THU = dt.date(2019, 11, 14)  # a Thursday


# Copy published on a Thursday (THU) in the US: a Seoul dateline with no date is already Friday there; a dateline
# with its own date ("SEOUL, Nov. 14") is dated on the spot.
DATELINES = table(
    r"""
text | start
SEOUL, South Korea — The minister spoke at a news conference Friday. | 2019-11-15
TOKYO (Wire) - The minister spoke on Wednesday. | 2019-11-13
SEOUL, Nov. 14 (Wire) -- The minister spoke Friday. | 2019-11-08
WASHINGTON — The minister spoke Friday. | 2019-11-08
SEOUL, South Korea — The minister spoke last Thursday. | 2019-11-07
"""
)


@pytest.mark.parametrize(("text", "start"), DATELINES)
def test_east_asian_dateline_on_us_dated_copy(text, start):
    *_, (_, _, _, value) = find_dates(text, THU)  # the last date (a dateline may hold one too)
    assert value["start"] == start


def test_title_is_annotated_like_the_body():
    from analysis.extract import annotate

    head = "Seoul Agrees to Pay $10 Billion a Year, Up 8 Percent, From Next March"
    a = annotate(head + "\nBy A. Writer\nNovember 16, 2019\n\nThe deal was signed on Friday.")
    title = [(s.kind, s.exact) for s in a.spans if s.end <= len(a.article.title)]
    assert ("money", "$10 Billion a Year") in title and ("date", "Next March") in title
    assert ("percent", "Up 8 Percent") in title or ("percent", "8 Percent") in title
    money = next(s for s in a.spans if s.kind == "money")
    assert money.value["amount"] == 1e10 and money.value["per"] == "year"
    march = next(s for s in a.spans if s.exact == "Next March")
    assert march.value["start"] == "2020-03-01"


@pytest.mark.parametrize(
    ("sentence", "pub", "exact", "start", "end"), WEEKENDS + CORPUS_SHAPES + SPANS_OF_YEARS + SEASONS_AND_PARTS
)
def test_date_in_its_sentence(sentence, pub, exact, start, end):
    got = {x: (s, e) for x, s, e in _read(sentence, pub)}
    assert got[exact] == (start, end)


# Counts from a named event: the event's date (beside it, or from data/events.csv) moved by a count over one; a count of
# one is the event's own date (the corpus Convention; count50).
EVENT_COUNTS = table(
    r"""
sentence | pub | exact | start | end
The pact was sealed on May 2, 2022, 30 days after the inauguration of Joe Biden. | 2023-01-05 | 30 days after the inauguration | 2021-02-19 | 2021-02-19
Talks resumed two weeks after Trump's inauguration, officials said. | 2019-06-01 | two weeks after Trump's inauguration | 2017-02-03 | 2017-02-03
Talks resumed two weeks after Trump's inauguration, officials said. | 2025-06-01 | two weeks after Trump's inauguration | 2025-02-03 | 2025-02-03
A deal came three months after the inauguration of President Yoon Suk Yeol. | 2023-01-05 | three months after the inauguration | 2022-08-10 | 2022-08-10
The envoys met a week before the summit on March 10. | 2024-04-01 | a week before the summit | 2024-03-10 | 2024-03-10
The envoys met two weeks before the summit on March 10. | 2024-04-01 | two weeks before the summit | 2024-02-25 | 2024-02-25
"""  # noqa: E501
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start", "end"), EVENT_COUNTS)
def test_count_from_a_named_event(sentence, pub, exact, start, end):
    got = {x: (s, e) for x, s, e in _read(sentence, pub)}
    assert got[exact] == (start, end)


# Which summit, or whose inauguration, is not said; Kim Min-jun is a president data/events.csv does not know.
UNDATED_EVENTS = table(
    r"""
sentence
The offer came a month after the summit, aides said.
It came a week after the inauguration.
Aides spoke two days after the inauguration of Kim Min-jun.
"""
)


@pytest.mark.parametrize(("sentence",), UNDATED_EVENTS)
def test_count_from_an_undated_event_is_unresolved(sentence):
    (value,) = [v for *_, v in find_dates(sentence, dt.date(2024, 5, 1))]
    assert value["start"] is None and "is not said" in value["unresolved"]


# "the previous year" in a rule for every year is unresolved (True); in a closed period it has one value (False).
RULES_FOR_EVERY_YEAR = table(
    r"""
sentence | unresolved
Starting next year, each payment will rise by the growth of prices in the previous year. | True
From 2027 the fee follows inflation of the previous year. | True
In 2024 the levy rose 5%, and it rises annually by the wage growth of the previous year. | True
From 2020 to 2022 the fee rose 3% over the previous year. | False
In 2023 the fee rose 4% over the previous year. | False
From 2027 to 2030, the rise will follow prices in the previous year, with an annual cap. | True
From 2027 to 2030, the fee will follow prices of the year before the previous year, with an annual cap. | True
In 2023 the fee rose 4% over the previous year, the largest annual rise. | False
In 2023 the fee rose by the prices of the year before the previous year. | False
"""
)


@pytest.mark.parametrize(("sentence", "unresolved"), RULES_FOR_EVERY_YEAR)
def test_previous_year_in_a_rule_for_every_year(sentence, unresolved):
    (value,) = [v for _, _, x, v in find_dates(sentence, dt.date(2024, 5, 1)) if x.endswith("the previous year")]
    assert (value["start"] is None) is (unresolved == "True")


BEYOND_PARTICIPLES = table(
    r"""
sentence | exact | start | end
Staff face unpaid leave starting Thursday, as talks stall. | Thursday | 2024-05-02 | 2024-05-02
Staff went on unpaid leave starting Thursday. | Thursday | 2024-04-25 | 2024-04-25
Envoys will meet on the accord, known as the SMA, on Friday. | on Friday | 2024-05-03 | 2024-05-03
The army will send nurses employed by the base to the clinic Monday. | Monday | 2024-05-06 | 2024-05-06
Aides said the two sides will hold the talks over the new deal, called the Special Measures Agreement, from Monday through Wednesday. | Monday through Wednesday | 2024-05-06 | 2024-05-08
This pact comes a month after both sides agreed on it. | a month after | 2024-04-01 | 2024-04-01
"""  # noqa: E501
)

# A month before an event noun ("the March vote"), read by the tense or "ahead of".
EVENT_NOUNS = table(
    r"""
sentence | exact | start | end
Aides expect little change ahead of the October referendum. | October | 2024-10-01 | 2024-10-31
The June summit failed to bridge the gap. | June | 2023-06-01 | 2023-06-30
Lee hailed the March 1st Movement. | March 1st | 2024-03-01 | 2024-03-01
"""
)

# A deadline or start of a plan told in the past points ahead.
PLANS = table(
    r"""
sentence | exact | start | end
The cabinet resolved in April to close two bases by August. | August | 2024-08-01 | 2024-08-31
Kim vowed to levy a new fee starting June 3, aides said. | June 3 | 2024-06-03 | 2024-06-03
The base closed by August, aides said. | August | 2023-08-01 | 2023-08-31
The fee applies from July 1. | July 1 | 2024-07-01 | 2024-07-01
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end"), BEYOND_PARTICIPLES + EVENT_NOUNS + PLANS)
def test_tense_beyond_participles_events_and_plans(sentence, exact, start, end):
    got = {x: (s, e) for x, s, e in _read(sentence, dt.date(2024, 5, 1))}  # a Wednesday
    assert got[exact] == (start, end)


DAY_RANGES = table(
    r"""
sentence | exact | start | end
Envoys met in Hanoi from Feb. 3 to Feb. 5. | from Feb. 3 to Feb. 5 | 2019-02-03 | 2019-02-05
Drills ran Oct. 30-Nov. 2 off the coast. | Oct. 30-Nov. 2 | 2019-10-30 | 2019-11-02
Talks were held between March 4 and 6. | between March 4 and 6 | 2019-03-04 | 2019-03-06
They will meet from Jan. 8 through Jan. 9. | from Jan. 8 through Jan. 9 | 2020-01-08 | 2020-01-09
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end"), DAY_RANGES)
def test_a_range_of_days_is_one_span(sentence, exact, start, end):
    assert (exact, start, end) in _read(sentence)


DAYS_AND_FIGURES = table(
    r"""
sentence
Prices rose on March 4 and 6 percent later.
Sales grew Jan. 5 to 7 percent.
"""
)


@pytest.mark.parametrize(("sentence",), DAYS_AND_FIGURES)
def test_days_and_a_figure_are_no_range(sentence):
    assert all(e == s for _, s, e in _read(sentence) if s)


FIRST_DAYS_IN_OFFICE = table(
    r"""
sentence | pub | exact | start | end
On his first day in office, President Donald Trump signed orders. | 2025-03-01 | On his first day in office | 2025-01-20 | 2025-01-20
On his first day in office, President Donald Trump signed orders. | 2018-03-01 | On his first day in office | 2017-01-20 | 2017-01-20
In Biden's first week in office, aides vowed to settle the dispute by March. | 2021-02-10 | In Biden's first week in office | 2021-01-20 | 2021-01-26
During her first year in office, President Yoon Suk Yeol met envoys on May 21. | 2023-06-01 | During her first year in office | 2022-05-10 | 2023-05-09
"""  # noqa: E501
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start", "end"), FIRST_DAYS_IN_OFFICE)
def test_first_day_in_office_is_the_inauguration(sentence, pub, exact, start, end):
    assert (exact, start, end) in _read(sentence, pub)


def test_first_day_in_office_of_an_unnamed_president_is_unresolved():
    ((x, start, why),) = _read("On his first day in office, he signed orders.", dt.date(2025, 3, 1))
    assert (x, start) == ("On his first day in office", None) and "inauguration" in why


# An event told in the past counts from the date of the paragraph before ...
PAST_EVENTS = table(
    r"""
text | start
The envoy arrived in Seoul on Thursday.\n\nHis visit came a day after the premier resigned. | 2019-11-13
The envoy arrived in Seoul on Thursday.\n\nHis visit came two days after the premier resigned. | 2019-11-14
"""
)

# ... but not across a paragraph with no date, nor from a quoted date.
PAST_EVENTS_UNCOUNTED = table(
    r"""
text | start
The envoy arrived in Seoul on Thursday.\n\nAides were silent.\n\nHis visit came a day after she quit. | None
Lee said, "We meet on Thursday."\n\nHis visit came a day after she quit. | None
"""
)


@pytest.mark.parametrize(("text", "start"), PAST_EVENTS + PAST_EVENTS_UNCOUNTED)
def test_event_in_the_past_counts_from_the_paragraph_before(text, start):
    assert _read(text)[-1][1] == start


# A year in a leading "While/Although" clause is the aside's time; the main clause counts from its own ...
ASIDES = table(
    r"""
sentence | start
Although the levy was cut in 2016, the board wants a 9 percent rise over the previous year. | 2020-01-01
While talks stalled in 2018, the fee is now up 4% from the previous year. | 2020-01-01
"""
)

# ... but a main clause in the past, or no aside, counts from the year before it.
NO_ASIDES = table(
    r"""
sentence | start
While talks stalled in 2018, the fee rose 4% from the previous year. | 2017-01-01
Talks stalled in 2018, and the fee is up 4% from the previous year. | 2017-01-01
"""
)


@pytest.mark.parametrize(("sentence", "start"), ASIDES + NO_ASIDES)
def test_previous_year_after_an_aside(sentence, start):
    (value,) = [v for _, _, x, v in find_dates(sentence, dt.date(2021, 6, 1)) if x.endswith("the previous year")]
    assert value["start"] == start


# The deadline of a plan told in the past is read ahead from the plan's own date ...
DEADLINES = table(
    r"""
sentence | exact | start
In February, the ministry resolved to shut the depot by October. | October | 2019-10-01
The ministry resolved in February to shut the depot by October. | October | 2019-10-01
"""
)

# ... and, with no date for the plan, ahead from publication.
UNDATED_DEADLINES = table(
    r"""
sentence | exact | start
The ministry resolved to shut the depot by March. | March | 2020-03-01
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start"), DEADLINES + UNDATED_DEADLINES)
def test_deadline_of_a_plan_counts_from_the_plan(sentence, exact, start):
    got = {x: s for x, s, _ in _read(sentence)}
    assert got[exact] == start


_TOKEN_TEXT = st.text(alphabet="ab'’. ;\"“”\nA!?M r", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_clause_tokens_cut_from_one_index_read_as_a_window(text: str, a: int, b: int, back: bool) -> None:
    """The tokens found once and cut by window are what the window read alone gives (edges included)."""
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    tokens = _Tokens(text, 0, len(text))
    tokens._index()
    assert tokens.clause(a, b, back) == _clause_of(_TOKEN.findall(text, a, b), back)


# "On the 4th": a day of the month with no month named, read by the tense like a bare month-day.
DAY_OF_MONTH = table(
    r"""
sentence | pub | exact | start
On the 4th, the ministry announced the deal. | 2024-10-04 | On the 4th | 2024-10-04
The ministry announced the deal on the 2nd. | 2024-10-04 | on the 2nd | 2024-10-02
The ministry announced the deal on the 30th. | 2024-10-04 | on the 30th | 2024-09-30
The ministry announced the deal on the 31st. | 2024-10-04 | on the 31st | 2024-08-31
The envoys will meet on the 21st. | 2024-10-04 | on the 21st | 2024-10-21
The envoys will meet on the 1st. | 2024-10-04 | on the 1st | 2024-11-01
"""
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start"), DAY_OF_MONTH)
def test_day_of_the_month(sentence, pub, exact, start):
    ((x, s, _),) = _read(sentence, pub)
    assert (x, s) == (exact, start)


@pytest.mark.parametrize("sentence", ["They met on the 4th floor.", "It came on the 11th round of talks."])
def test_an_ordinal_before_a_noun_is_not_a_day(sentence):
    assert _read(sentence, "2024-10-04") == []


# "in two weeks": told in the past, the span from publication minus two weeks through it (lead, after dates40); in
# the future, the day that far ahead; no tense: no date ("two days of talks", "a two-week visit"
# are not counts from now).
IN_A_COUNT = table(
    r"""
sentence | pub | exact | start | end
It was the fourth test by the North in two weeks. | 2019-08-07 | in two weeks | 2019-07-24 | 2019-08-07
Prices rose 5% in a year. | 2019-08-07 | in a year | 2018-08-07 | 2019-08-07
The envoys will meet again in two weeks. | 2019-08-07 | in two weeks | 2019-08-21 | 2019-08-21
The deal is scheduled to expire within a year. | 2019-08-07 | within a year | 2019-08-07 | 2020-08-07
Talks resume in two weeks. | 2019-08-07 | in two weeks | 2019-08-21 | 2019-08-21
"""
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start", "end"), IN_A_COUNT)
def test_in_a_count_of_units(sentence, pub, exact, start, end):
    assert _read(sentence, pub) == [(exact, start, end)]


@pytest.mark.parametrize("sentence", ["They met in two days of talks.", "It was agreed in two-week talks."])
def test_in_a_count_with_no_tense_or_a_noun_after_is_no_date(sentence):
    assert _read(sentence, "2019-08-07") == []


# "from 2026 onwards": bounded by the one term its sentence states; with none (or two) only the year is read.
ONWARDS = table(
    r"""
sentence | exact | start | end
The deal runs for five years, but from 2026 onwards it follows prices. | from 2026 onwards | 2026-01-01 | 2030-12-31
Under the three-year pact, starting in 2027 onward the fee rises. | starting in 2027 onward | 2027-01-01 | 2029-12-31
From 2026 onwards the fee follows prices. | 2026 | 2026-01-01 | 2026-12-31
"""
)


@pytest.mark.parametrize(("sentence", "exact", "start", "end"), ONWARDS)
def test_onwards_bounded_by_a_stated_term(sentence, exact, start, end):
    assert _read(sentence, "2024-10-04") == [(exact, start, end)]


# Korean-style days of the month: "(local time)" after the ordinal, and "the 5th of next month".
NAMED_DAYS = table(
    r"""
sentence | pub | exact | start | end
Trump stated on the 15th (local time) that Seoul should pay. | 2024-10-16 | on the 15th | 2024-10-15 | 2024-10-15
On the 16th (local time), Trump said so. | 2024-10-17 | On the 16th | 2024-10-16 | 2024-10-16
The vote comes on the 5th of next month. | 2024-10-16 | on the 5th of next month | 2024-11-05 | 2024-11-05
It was signed the 2nd of last month. | 2024-10-16 | the 2nd of last month | 2024-09-02 | 2024-09-02
The talks are slated for January. | 2019-12-19 | January | 2020-01-01 | 2020-01-31
Talks ran from last September to this March. | 2020-07-30 | from last September to this March | 2019-09-01 | 2020-03-31
Earlier in the month, the envoys met. | 2020-08-21 | Earlier in the month | 2020-08-01 | 2020-08-20
"""
)


@pytest.mark.parametrize(("sentence", "pub", "exact", "start", "end"), NAMED_DAYS)
def test_named_days_months_and_spans(sentence, pub, exact, start, end):
    assert _read(sentence, pub) == [(exact, start, end)]


def test_the_31st_of_a_short_month_is_only_the_month():
    assert _read("It ends on the 31st of next month.", "2024-10-16") == [("next month", "2024-11-01", "2024-11-30")]


# A count from an earlier paragraph: days from the last single day told before; a year step that opens its
# paragraph from the last date of the paragraph before; a count told in a dated past report from that date.
EARLIER_ANCHORS = [
    ("Trump spoke on the 15th (local time).\n\nAt a rally on the same day, he said it again.", "2024-10-16",
     [("on the 15th", "2024-10-15", "2024-10-15"), ("the same day", "2024-10-15", "2024-10-15")]),
    ("On the 16th (local time), Trump spoke.\n\nIt was a show.\n\nHis remarks on this day were wrong, and "
     "until 2030 too.\n\nHe said so the day before.", "2024-10-17",
     [("On the 16th", "2024-10-16", "2024-10-16"), ("this day", "2024-10-16", "2024-10-16"),
      ("2030", "2030-01-01", "2030-12-31"), ("the day before", "2024-10-15", "2024-10-15")]),
    ("Seoul will pay 1.04 trillion won this year.\n\nIt was 8.2 percent more than the previous year.", "2019-02-10",
     [("this year", "2019-01-01", "2019-12-31"), ("the previous year", "2018-01-01", "2018-12-31")]),
    ("In late February, USFK notified workers that they may be furloughed in 30 days.", "2020-04-01",
     [("In late February", "2020-02-21", "2020-02-29"), ("in 30 days", "2020-03-22", "2020-03-30")]),
    ("Officials signed a deal in February.\n\nThe deal was due to expire in a year.", "2019-08-07",
     [("in February", "2019-02-01", "2019-02-28"), ("in a year", "2020-02-01", "2020-02-29")]),
    ("On Monday, Lee said the talks would end in two weeks.", "2019-11-16",
     [("On Monday", "2019-11-11", "2019-11-11"), ("in two weeks", "2019-11-25", "2019-11-25")]),
]


@pytest.mark.parametrize(("text", "pub", "want"), EARLIER_ANCHORS)
def test_counts_from_an_earlier_paragraph_or_report(text, pub, want):
    assert _read(text, pub) == want


@pytest.mark.parametrize("text", [
    "Seoul paid more in 2019.\n\nTalks went on. Prices rose over the previous year.",  # not its first sentence
    "The deal was signed in 2019.\n\nThe day before, talks ended.",  # a day cannot count from a year
    "Lee met Park in 2019.\n\nA week later, Park flew home.",  # only days count from an earlier paragraph
    "Published April 1, 2020.\n\nTalks ended. Two days later, Park flew home.",  # past: not after publication
])
def test_no_anchor_across_paragraphs_is_unresolved(text):
    assert _read(text, "2020-04-01")[-1][1] is None


# A date's tense must not depend on how many dates of the same text were read before it: the words of its clause
# are the same whether the stretch's tokens were found window by window or once for all (``_Tokens._index``).
ORDER_FREE = ["Kim hoped to visit. Friday is a holiday.", "Park plans to come home. On Friday, the office is shut."]


@pytest.mark.parametrize("sentence", ORDER_FREE)
def test_a_date_reads_the_same_alone_and_after_many_dates(sentence):
    """An infinitive in the sentence before ("hoped to visit.") does not reach across the full stop."""
    alone = find_dates(sentence, PUB)[-1]
    late = find_dates("Lee met Kim on Monday. " * 40 + sentence, PUB)[-1]
    assert (alone[2], alone[3]) == (late[2], late[3])
    assert alone[3]["start"] == "2019-11-15"  # the bare "Friday" of an untensed clause: the one just past


@pytest.mark.parametrize(("a", "b", "back"), [(0, 30, True), (0, 9, False), (4, 40, True), (10, 40, False)])
def test_clause_words_are_the_same_before_and_after_the_index(a, b, back):
    text = "Lee left. He will go to Seoul on Friday."
    fresh, indexed = _Tokens(text, 0, len(text)), _Tokens(text, 0, len(text))
    indexed._index()
    assert fresh.clause(a, b, back) == indexed.clause(a, b, back) == _clause_of(_TOKEN.findall(text, a, b), back)


def test_clause_cuts_at_the_last_boundary_before_the_index_exists():
    text = "Lee left. He will go to Seoul on Friday."
    assert _Tokens(text, 0, len(text)).clause(0, 30, back=True) == [".", "He", "will", "go", "to", "Seoul"]
