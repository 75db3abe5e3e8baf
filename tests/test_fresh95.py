"""Dates, speakers and troop counts the two batches added to dev last (freshdev3) were missed on (fresh95): each
class diagnosed from the miss, then rows of my own (made-up people Oskel Tamm, Lida Marsh, Hanul Berrin; the places
Torvia, Hanul and Varna), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on
them, with near-miss controls the rules must not fire on. None read from the held-out corpus.

Dates, a row: (text, publication day, exact, start, end). Tables:

- FRONTED_PART: "In the afternoon," opening a sentence: the day told before it in its paragraph, else, in a future
  clause, the story's own day (``dates._fronted_day_part``); controls in ABSENT and UNRESOLVED: a clock time ("at
  three in the morning"), a part of the day with no comma after it, a past clause with no day before it;
- PLAN_YEARS: "the next N years" as the period of a plan's or a budget's own phrase ("its plan to buy more in the
  next three years", "a budget for the next two years"): the N calendar years after publication's
  (``dates._plan_years``); controls: a plan named in another phrase or clause, "plans" as a verb, no plan, months;
- TITLE_INFINITIVE: a title-case line's "to Conclude" is an infinitive, pointing forward (``dates._title_cased``);
  controls: a sentence's "to Seoul" (a name), a past verb;
- RELATIVE_FUTURE: a served term ("during his administration") after a comma that ends a relative clause's modal
  ("changes that could hurt talks, in light of ...") stays the term (``dates._future_of_relative``); controls: the
  main clause's future, a relative clause holding the term.

Speakers (SPEAKERS: body, the quote's words, the speakers accepted): a body's noun after a preposition of time ("had
during his presidency accused ...") is no subject of the verb (``quotes._time_object``); controls: the body as the
subject.

Troop counts (TROOPS: text, publication day, figure, verdicts): "-member" before the command's own name ("the
28-thousand-500-member U.S. Forces Korea", ``counts._MEMBER_FORCE``); controls: a forum, a band.
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, read_dates, rows_test, table

from analysis.check import check_text

FRONTED_PART = table(
    r"""
text | published | exact | start | end
In the afternoon, Oskel Tamm will meet the Varna envoy. | 2021-05-07 | In the afternoon | 2021-05-07 | 2021-05-07
Lida Marsh lands today.\n\nIn the evening, she is to meet Hanul Berrin. | 2021-05-07 | In the evening | 2021-05-07 | 2021-05-07
Talks opened on Monday, May 3, 2021. In the morning, Oskel Tamm spoke. | 2021-05-07 | In the morning | 2021-05-03 | 2021-05-03
# the story's own day is a dated dateline's (README)
VARNA, May 6 (Wire) -- Talks open.\n\nIn the afternoon, Lida Marsh will sign. | 2021-05-07 | In the afternoon | 2021-05-06 | 2021-05-06
"""  # noqa: E501
)

PLAN_YEARS = table(
    r"""
text | published | exact | start | end
Oskel Tamm briefed Lida Marsh on Torvia's plan to buy more arms in the next three years. | 2019-09-23 | the next three years | 2020-01-01 | 2022-12-31
Hanul passed a budget for the next two years. | 2024-05-10 | the next two years | 2025-01-01 | 2026-12-31
The ministry's spending plan to raise wages over the next four years was approved. | 2021-03-10 | the next four years | 2022-01-01 | 2025-12-31
# controls: the plan in another phrase or clause, "plans" a verb, no plan, a count of months (the rolling span)
Under the plan, Torvia will buy more arms in the next three years. | 2019-09-23 | the next three years | 2019-09-23 | 2022-09-23
The plan is done. Torvia will pay more over the next three years. | 2019-09-23 | the next three years | 2019-09-23 | 2022-09-23
Torvia has a plan that it will follow in the next three years. | 2019-09-23 | the next three years | 2019-09-23 | 2022-09-23
Oskel Tamm plans to spend more over the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
Torvia will pay more over the next four years. | 2021-03-10 | the next four years | 2021-03-10 | 2025-03-10
Hanul's plan to cut costs in the next three months is set. | 2019-09-23 | the next three months | 2019-09-23 | 2019-12-23
"""  # noqa: E501
)

TITLE_INFINITIVE = table(
    r"""
text | published | exact | start | end
Intention to Conclude Talks Before November Torvia Election | 2024-01-16 | November | 2024-11-01 | 2024-11-30
Plan to Finish Negotiations Before March Vote | 2024-05-16 | March | 2025-03-01 | 2025-03-31
# controls: a past verb in a title-case line; a sentence's capital after "to" is a name (the nearest November)
Envoy Flew to Varna Before November Talks | 2024-01-16 | November | 2023-11-01 | 2023-11-30
Talks before November Torvia Election | 2024-01-16 | November | 2023-11-01 | 2023-11-30
"""
)

RELATIVE_FUTURE = table(
    r"""
text | published | exact | start | end
Hanul fears changes that could hurt talks, in light of former President Donald Trump's stance during his administration. | 2024-04-22 | during his administration | 2017-01-20 | 2021-01-20
Seoul eyes shifts which may sway the talks, mindful of Donald Trump's demands during his presidency. | 2024-04-22 | during his presidency | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

test_fresh95_dates = dates_test(FRONTED_PART=FRONTED_PART, PLAN_YEARS=PLAN_YEARS, TITLE_INFINITIVE=TITLE_INFINITIVE,
                                RELATIVE_FUTURE=RELATIVE_FUTURE)

# rows: tests/cases/test_fresh95_absent.csv (table, text, published, the words no date may be read as, note),
# each checked by conftest.assert_no_date
test_fresh95_absent = rows_test(assert_no_date, **case_tables("test_fresh95_absent"))


def assert_unresolved(text: str, pub: str, words: str) -> None:
    """Assert that the date holding ``words`` is read with no range (a past part of the day with no day before it)."""
    got = [d for d in read_dates(text, pub) if words in d[0]]
    assert got and all(d[1] is None and d[2] is None for d in got), got


UNRESOLVED = [
    ("In the evening, Oskel Tamm left Varna.", "2021-05-07", "In the evening"),
    ("In the morning, Lida Marsh met the envoy, aides said.", "2021-05-07", "In the morning"),
]

test_fresh95_unresolved = rows_test(assert_unresolved, UNRESOLVED=UNRESOLVED)

SPEAKERS = [
    ("Talks began.\n\nOskel Tamm had during his presidency accused Torvia of “free-riding” on Varna's might.",
     "free-riding", "Oskel Tamm/Tamm"),
    ("Varna Wire reported the talks.\n\nOskel Tamm, who leads the race for the nomination, had during his presidency "
     "accused Torvia of “free-riding” on Varna's might.", "free-riding", "Oskel Tamm/Tamm"),
    ("The Hanul Ministry met.\n\nLida Marsh has since the administration's start called it “a bad deal.”",
     "a bad deal", "Lida Marsh/Marsh"),
    # controls: the body is the subject of the verb (after an adverb, or opening the sentence)
    ("The Hanul Ministry spoke.\n\nSince then the ministry has accused Torvia of “free-riding” on Varna's might.",
     "free-riding", "Hanul Ministry/the ministry"),
    ("Talks began.\n\nThe presidency, in a statement on Monday, accused Torvia of “free-riding.”", "free-riding",
     "The presidency/presidency"),
]

test_fresh95_speakers = rows_test(assert_speaker, SPEAKERS=SPEAKERS)

#: A sentence that puts a row in the cost-sharing story without a figure of its own.
LEAD = "Seoul and Washington are in talks on sharing the cost of the U.S. military presence in Korea. "


def assert_verdicts(text: str, published: str, exact: str, want: list[str]) -> None:
    """Assert the verdicts of the claims whose words are ``exact`` in ``text`` checked as of ``published``."""
    report = check_text("T\n\n" + LEAD + text, published=published)
    assert [c.verdict for c in report.claims if c.exact == exact] == want


TROOPS = [
    ("Hanul will pay more to maintain the 28-thousand-500-member U.S. Forces Korea.", "2019-04-05",
     "28-thousand-500-member", ["supported"]),
    ("Hanul pays for the 28,500-member USFK.", "2019-04-05", "28,500-member", ["supported"]),
    ("The 45,000-member US Forces Korea is there, Oskel Tamm said.", "2019-04-05", "45,000-member", ["contradicted"]),
    # controls: a forum's and a band's members are no troops
    ("The 9,000-member Korea Forum met in Varna.", "2019-04-05", "9,000-member", []),
    ("A 28,500-member US band toured Hanul.", "2019-04-05", "28,500-member", []),
]

test_fresh95_troops = rows_test(assert_verdicts, TROOPS=TROOPS)
