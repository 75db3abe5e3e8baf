"""Adversarial review of the troop numbers and of claims45, quotes45 and dates45 (review45, thirteenth session).

Sentences of my own (made-up people, wire style), labelled before the tool ran, per the Conventions of
tests/corpus/README.md (the last bullet: US troop numbers in South Korea, judged against data/troops.csv: 28,500 in
2025, 37,000-38,500 in 2004, 30,000 in 2005-2006, 28,000-28,500 in 2008, 24,189 counted and 28,500 stated in 2016).
Worst first: a right figure caught (``contradicted``), then a wrong figure not caught, then a right figure withheld.

- Troop tables (``TROOPS_*``, tests/cases/test_review45.csv, each sentence after :data:`LEAD`): right numbers in many
  forms; wrong ones said, quoted, denied; numbers that must stay unjudged (other hosts, moves, plans, floors, other
  armies, casualties, exercises, family members); past levels with and without a year. Fixed here: the troops of an
  exercise ("drills involving some 40,000 troops": frames.troops_exercise), a level of a time told roughly or not at
  all ("two decades ago", "at the time": frames.troops_rough_year), a move's target ("reducing the force to 24,000
  troops", "reducing ... to 25,000 by 2008": frames.troops_moved), the Gulf as a host (frames.HOST_NAMES), a denied
  number before "as"/"by" ("not 40,000 as the president claimed": counts._BARE), "<n>-troop"/"<n>-soldier" forces
  (counts._COUNT) and a quoted number's noun after its mark ('"about 45,000" troops': frames.bare_doubt).
- ``CLAIMS45``: near misses of claims45's rules (a budget under the deal, averages of other things or of the future,
  a figureless run of a third country, a Korean pronoun subject of "saying").
- :data:`DATES` (dates45): a participle of office with "first term" right before it in its phrase or "for the first
  time" right after it is the first term (dates._first_term_named); a first term named as a contrast elsewhere in
  the sentence is not (a first version read the whole sentence and took "after Trump took office, unlike during his
  first term" to 2017); elections named otherwise stay unread.
- :data:`SPEAKERS` (quotes45): a picture's credit under a quote ("— AP Photo/Jo Bell") is no speaker
  (quotes._credit_line); reporting credits, slogans, bodies as controls.

A row still wrong is a strict xfail whose reason names the rule at fault (column ``xfail``; ``pytest.param`` below).
"""

from __future__ import annotations

import pytest
from conftest import case_tables, read_claims, read_dates, rows_test, verdict_fits
from test_quotes40 import accepted, spoken

#: The sentence before each troop row: the story is about the cost of the US troops in Korea.
LEAD = "Seoul and Washington are in talks on sharing the cost of the U.S. military presence in Korea. "
ROWS = case_tables("test_review45")


def fits(verdict: str | None, want: str) -> bool:
    """Return whether a claim's verdict (None: no claim holds the words) is what a row wants: a verdict,
    "caught", "not_contradicted", "!supported" (caught or withheld); "not_checkable" and "not_contradicted" also hold
    when no claim is read.

    >>> fits(None, "not_checkable"), fits(None, "not_contradicted"), fits(None, "supported")
    (True, True, False)
    """
    if verdict is None or want == "not_checkable":
        return verdict in (None, "not_checkable") and want in ("not_checkable", "not_contradicted")
    if want == "!supported":
        return verdict in ("contradicted", "misleading", "unverifiable")
    return verdict_fits(verdict, want)


def check_review45_claims(published: str, text: str, needle: str, want: str) -> None:
    lead = "" if text.startswith(("Seoul and Washington", "Trump spoke")) else LEAD
    claims = [c for c in read_claims(lead + text, published).values() if needle in c.exact]
    verdict = claims[0].verdict if claims else None
    assert fits(verdict, want), (verdict, claims[0].evidence if claims else None)


test_review45_claims = rows_test(check_review45_claims, **ROWS)


def _left(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


#: (text, published, the start every election or office date must have; None: no such date).
DATES = [
    ("Trump, after taking office in 2017, demanded that Seoul pay far more.", "2025-06-01", "2017-01-20"),
    ("After taking office for the first time in 2017, Trump called the alliance a bad deal.", "2025-06-01",
     "2017-01-20"),
    ("During his first term, shortly after taking office, Trump demanded $5 billion.", "2025-06-01", "2017-01-20"),
    ("After taking office for the first time, Trump met Moon in Seoul.", "2025-06-01", "2017-01-20"),
    ("Trump won the election, and after taking office he raised tariffs on Seoul.", "2025-06-01", "2025-01-20"),
    ("After taking office, Trump met Lee for the first time.", "2025-09-01", "2025-01-20"),
    # controls: a first term named as a contrast elsewhere in the sentence is not the term taken
    ("Trump, who demanded $5 billion in his first term, raised tariffs after he took office in January.", "2025-06-01",
     "2025-01-20"),
    ("Seoul paid more after Trump took office, unlike during his first term.", "2025-06-01", "2025-01-20"),
    ("In his first term Trump demanded $5 billion; after taking office again, he asked for $10 billion.",
     "2025-06-01", "2025-01-20"),
    ("After taking office, Trump revived the demands of his first term.", "2025-06-01", "2025-01-20"),
    ("The deal was signed after the April general election.", "2024-05-20", "2024-04-01"),
    ("Lee Jae-myung pledged to review the deal before the election.", "2025-05-20", None),
    ("The accord must be ratified before the National Assembly election.", "2024-02-01", None),
    ("After taking office as secretary of state, Rubio visited Seoul.", "2025-06-01", None),
    ("Jeon Harim, who will lead the team after taking office next month, met the envoys.", "2025-06-01", None),
    ("After the election of a new union leader, the workers resumed talks.", "2024-11-20", None),
    pytest.param("Before the 2016 election, Trump called the allies freeloaders.", "2019-06-01", "2016-11-08",
                 marks=_left("dates45: 'the 2016 election' with no 'U.S.' is not read (Korea voted in April 2016 "
                             "too): withheld; left alone")),
    pytest.param("After losing the election, Trump left Washington for Florida.", "2021-03-01", "2020-11-03",
                 marks=_left("dates45: 'after losing the election' is not an election anchor: withheld; left alone")),
]


@pytest.mark.parametrize(("text", "pub", "start"), DATES)
def test_review45_dates(text: str, pub: str, start: str | None) -> None:
    got = [d for d in read_dates(text, pub) if "elect" in d[0].lower() or "office" in d[0].lower()]
    assert (not got) if start is None else (got and all(d[1] == start for d in got)), got


#: (body, speakers as tests/test_quotes40.accepted reads them).
SPEAKERS = [
    ("“We will not pay more for their troops.”\n\n— AP Photo/Jo Bell", "None"),
    ("“We will not pay more for their troops.”\n\n— Yonhap/Getty Images", "None"),
    ("“We defend them and lose a lot of money.”\n\n— Reporting by Jo Bell; Editing by Al Roe", "None"),
    ("“We defend them and lose a lot of money.”\n\n— Jo Bell contributed reporting from Seoul.", "None"),
    ("“We defend them and lose a lot of money.”\n\n— Jo Bell, at a rally in Dover", "Jo Bell"),
    ('Police said about 300 union workers gathered outside the base. They chanted "Jobs, not furloughs!"',
     "union workers/300 union workers/about 300 union workers/They"),
    ('The signs, written in English, read "Pay your own way."', "None"),
    ('The group\'s leader, Jo Bell, said the deal was "humiliating."', "Jo Bell"),
    ('The ministry denied the report, calling it "groundless."', "The ministry/ministry"),
    ('Lawmakers of the ruling party said the deal was "humiliating."',
     "Lawmakers of the ruling party/Lawmakers/lawmakers"),
    ('The agreement calls the payment a "fair share" of the cost.', "None"),
    pytest.param('The report said the deal was "lopsided" and drew protests.', "None",
                 marks=_left("quotes45 BODIES: 'The report' is read as a speaking body; whether a document speaks "
                             "has no Convention: left to the lead")),
    pytest.param('Residents near Camp Humphreys say the noise is "unbearable."',
                 "Residents near Camp Humphreys/Residents/residents",
                 marks=_left("quotes45 PLURAL_PEOPLE: a present-tense 'say' after a plural with a place is not read "
                             "(as quotes45 left 'call'): withheld; left alone")),
]


@pytest.mark.parametrize(("body", "want"), SPEAKERS)
def test_review45_speakers(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got
