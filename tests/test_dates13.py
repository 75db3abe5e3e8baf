"""Dates read the way a news reader reads them (issue 9, dates13, seventh session): an election named by its month
with "the" ("the November election": the coming one unless the clause is past; "the November midterms": a midterm
year); a count given as two numbers ("within two or three weeks": to the larger); a presidency named with "of"
("under the presidency of <name>"); an inauguration as the event a date counts from ("before his inauguration",
"46 days after the launch of the <name> administration"); a time expected, scheduled or due ("a report expected
in August"); a quoted fragment woven into the writer's sentence counting from the writer's date ("last year, 'up
from the previous year'"); a term counted from a relative start ("the next five years starting this year"); a bare
month named as a deadline ("see November as a hard deadline"); a report's own date ("<source> reported Wednesday"),
which anchors no later date; a deferral ("postponed until March": the next such month). Invented sentences, one case
a row (the text, publication day, a date's exact words, then its range)."""

from __future__ import annotations

import pytest
from conftest import dates_test, read_dates, table

# "the <Month> (adjectives) election(s)/midterms/polls/vote": a scheduled event the month names. Told in a clause
# not in the past, the next such month; in a past clause, the last; "midterm(s)" only in a US midterm year (an even
# year between presidential ones).
MONTH_ELECTION = table(
    r"""
sentence | pub | exact | start | end
Seoul hopes to close the talks in case Lopez wins the November election. | 2024-05-24 | the November election | 2024-11-01 | 2024-11-30
Both parties are gearing up for the April general election. | 2023-12-02 | the April general election | 2024-04-01 | 2024-04-30
Parties will campaign hard ahead of the June local elections. | 2022-02-10 | the June local elections | 2022-06-01 | 2022-06-30
The party lost the April general election by a wide margin. | 2024-07-15 | the April general election | 2024-04-01 | 2024-04-30
Ties may become a theme in the lead-up to the November midterm elections. | 2025-07-31 | the November midterm elections | 2026-11-01 | 2026-11-30
Tariffs are likely to matter before the November midterms. | 2021-09-01 | the November midterms | 2022-11-01 | 2022-11-30
Democrats won the House in the November midterm elections. | 2019-01-08 | the November midterm elections | 2018-11-01 | 2018-11-30
Turnout was low in the March presidential vote. | 2022-05-03 | the March presidential vote | 2022-03-01 | 2022-03-31
"""  # noqa: E501
)

# A count told as two numbers ("two or three", "2 to 3", "4-6"): "within" runs from publication to the larger.
WITHIN_EITHER = table(
    r"""
sentence | pub | exact | start | end
Talks could resume within 2 or 3 weeks, lawmakers said. | 2019-09-24 | within 2 or 3 weeks | 2019-09-24 | 2019-10-15
A decision is due within two or three days. | 2021-03-01 | within two or three days | 2021-03-01 | 2021-03-04
Officials expect a draft within four to six weeks. | 2020-01-10 | within four to six weeks | 2020-01-10 | 2020-02-21
The envoy said a deal would come within 3-4 months. | 2019-11-20 | within 3-4 months | 2019-11-20 | 2020-03-20
"""
)

# "the presidency (term, tenure) of <name>": that person's term, as "<name>'s presidency" is.
PRESIDENCY_OF = table(
    r"""
sentence | pub | exact | start | end
Washington, under the presidency of Donald Trump, asked for more. | 2024-03-21 | under the presidency of Donald Trump | 2017-01-20 | 2021-01-20
Seoul paid more during the presidency of Moon Jae-in. | 2023-06-01 | during the presidency of Moon Jae-in | 2017-05-10 | 2022-05-09
In the first term of Donald Trump, the talks stalled. | 2025-06-01 | In the first term of Donald Trump | 2017-01-20 | 2021-01-20
Ties frayed throughout the tenure of Moon Jae-in. | 2024-01-05 | throughout the tenure of Moon Jae-in | 2017-05-10 | 2022-05-09
"""  # noqa: E501
)

# An inauguration as the date told: "before/after/until his inauguration" is the inauguration's day (of the term
# begun last by publication); "the launch (start) of the <name> administration" is that president's inauguration.
INAUGURATION = table(
    r"""
sentence | pub | exact | start | end
Even before his inauguration, Trump attacked the deal. | 2025-04-11 | before his inauguration | 2025-01-20 | 2025-01-20
Moon Jae-in said after his inauguration that ties were firm. | 2018-02-01 | after his inauguration | 2017-05-10 | 2017-05-10
The talks had stalled until Trump's inauguration. | 2017-06-01 | until Trump's inauguration | 2017-01-20 | 2017-01-20
The pact was signed 46 days after the launch of the Joe Biden administration. | 2021-03-11 | 46 days after the launch of the Joe Biden administration | 2021-03-07 | 2021-03-07
Talks resumed two weeks after the start of the Moon Jae-in government. | 2017-09-01 | two weeks after the start of the Moon Jae-in government | 2017-05-24 | 2017-05-24
"""  # noqa: E501
)

# A bare participle of expectation before a time ("expected in August", "scheduled for March", "due in June"):
# a time still ahead, whatever the tense of the clause around it.
EXPECTED_TIME = table(
    r"""
sentence | pub | exact | start | end
Concerns persist that cuts could be included in the new strategy, expected in August. | 2025-07-11 | in August | 2025-08-01 | 2025-08-31
The review, scheduled for March, was the first. | 2020-11-02 | March | 2021-03-01 | 2021-03-31
Officials briefed reporters on the report, due in June. | 2024-02-08 | in June | 2024-06-01 | 2024-06-30
Seoul prepared for the summit, slated for October. | 2019-08-14 | October | 2019-10-01 | 2019-10-31
"""  # noqa: E501
)

# A quoted fragment woven into the writer's sentence: it counts from the writer's date before it in the sentence.
QUOTED_FRAGMENT = table(
    r"""
sentence | pub | exact | start | end
The paper noted Seoul “paid $900 million” last year, “a rise from the previous year’s payment.” | 2020-01-21 | the previous year | 2018-01-01 | 2018-12-31
The agency said exports hit a record in 2019, “up sharply from the year before.” | 2020-03-02 | the year before | 2018-01-01 | 2018-12-31
Lee said the budget grew in 2021, “faster than the previous year.” | 2022-01-10 | the previous year | 2020-01-01 | 2020-12-31
"""  # noqa: E501
)

# A term counted from a relative start ("the next five years starting this year"): the whole term, in years.
TERM_FROM_RELATIVE = table(
    r"""
sentence | pub | exact | start | end
The deal covers the next five years starting this year. | 2021-03-11 | the next five years starting this year | 2021-01-01 | 2025-12-31
The plan runs for the next three years starting next year. | 2019-06-01 | the next three years starting next year | 2020-01-01 | 2022-12-31
Rates rise over the following four years beginning this year. | 2020-04-01 | the following four years beginning this year | 2020-01-01 | 2023-12-31
"""  # noqa: E501
)

# A bare month named as a deadline or target: the next such month, unless the clause is in the past.
MONTH_AS_DEADLINE = table(
    r"""
sentence | pub | exact | start | end
Officials do not see June as a firm deadline. | 2024-03-13 | June | 2024-06-01 | 2024-06-30
April not a hard deadline, envoy says | 2020-01-20 | April | 2020-04-01 | 2020-04-30
December is the deadline for the new pact, aides say. | 2019-09-10 | December | 2019-12-01 | 2019-12-31
Negotiators see October as the target for a deal. | 2021-02-01 | October | 2021-10-01 | 2021-10-31
Seoul had set September as the deadline. | 2020-12-01 | September | 2020-09-01 | 2020-09-30
"""
)

# "<source> reported <day>" dates the report, not an event: "the same day" in a later paragraph counts from the last
# day an event was told on; a date after "said" is the statement's own day and still counts.
REPORT_DAY = table(
    r"""
sentence | pub | exact | start | end
Lee spoke in Hanoi on Tuesday.\n\nThe Times reported Wednesday that aides were split.\n\nHis speech came the same day talks collapsed. | 2019-11-20 | the same day | 2019-11-19 | 2019-11-19
Kim visited Tokyo on Monday.\n\nThe Asahi reported Thursday that the visit was secret.\n\nHis visit came the same day the talks resumed. | 2021-06-11 | the same day | 2021-06-07 | 2021-06-07
Envoys met in Seoul on Friday.\n\nA local paper reported Saturday that no deal was near.\n\nThe meeting ended the same day the vote was held. | 2020-03-02 | the same day | 2020-02-28 | 2020-02-28
Lee spoke on Tuesday.\n\nKim said on Wednesday that aides were split.\n\nHis speech came the same day talks collapsed. | 2019-11-21 | the same day | 2019-11-20 | 2019-11-20
"""  # noqa: E501
)

# A deferral ("postponed until March", "paused tariffs until July", "extended until June"): the next such month.
DEFERRED_UNTIL = table(
    r"""
sentence | pub | exact | start | end
The US paused the tariffs until July. | 2025-04-11 | July | 2025-07-01 | 2025-07-31
The vote was postponed until February. | 2019-11-20 | February | 2020-02-01 | 2020-02-29
Seoul delayed the payment until December. | 2020-06-01 | December | 2020-12-01 | 2020-12-31
The deadline was extended until March. | 2021-01-15 | March | 2021-03-01 | 2021-03-31
"""
)

# One case a row: the date the reader reads is among the dates read (conftest.dates_test).
test_dates_as_a_reader_reads_them = dates_test(MONTH_ELECTION=MONTH_ELECTION, WITHIN_EITHER=WITHIN_EITHER,
                                               PRESIDENCY_OF=PRESIDENCY_OF, INAUGURATION=INAUGURATION,
                                               EXPECTED_TIME=EXPECTED_TIME, QUOTED_FRAGMENT=QUOTED_FRAGMENT,
                                               TERM_FROM_RELATIVE=TERM_FROM_RELATIVE,
                                               MONTH_AS_DEADLINE=MONTH_AS_DEADLINE, REPORT_DAY=REPORT_DAY,
                                               DEFERRED_UNTIL=DEFERRED_UNTIL)


def test_a_month_before_a_common_noun_is_no_event() -> None:
    assert [d for d in read_dates("The November weather was cold.", "2024-05-24") if "the" in d[0]] == []


def test_a_presidency_of_a_body_is_no_time() -> None:
    assert read_dates("He took over the presidency of the council.", "2024-05-24") == []


@pytest.mark.parametrize("sentence", [
    "Ties might weaken under the presidency of Donald Trump if he is reelected.",
    "Seoul will pay more during his presidency, Trump said.",
])  # fmt: skip
def test_a_presidency_to_come_is_no_served_term(sentence: str) -> None:
    assert read_dates(sentence, "2024-09-03") == []


def test_until_after_a_state_that_ended_is_the_last_month() -> None:
    assert read_dates("The base stayed closed until December.", "2025-07-31")[0][1:] == ("2024-12-01", "2024-12-31")


def test_his_presidency_reads_back_past_a_long_paragraph() -> None:
    """A pronoun's holder is the last person with terms named a paragraph or two before (up to 1,000 characters)."""
    filler = "The crowd cheered as the speech went on about trade, jobs and the cost of allies. " * 9
    text = f"Trump spoke at a rally in Ohio.\n\n{filler}\n\nHis remarks echoed demands he made during his presidency."
    assert ("during his presidency", "2017-01-20", "2021-01-20") in read_dates(text, "2024-10-16")
