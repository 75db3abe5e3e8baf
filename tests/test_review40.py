"""Review of this session's rule rounds quotes40, dates40, claims40 and claims41 (review40, eleventh session).

Every row is a sentence of my own (made-up names; figures from data/sma_contributions.csv, data/demands.csv and
data/exchange_rates.csv), not taken from the corpus. A finding the code gets wrong is a strict xfail whose reason
names the rule at fault; the rows beside it are behaviours confirmed (controls that must keep passing). See the
"review40" section of tests/corpus/REVIEW.md.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, merged, read_claims, read_dates, rows_test, run_rows
from test_quotes40 import spoken


def _row(row: tuple, reason: str) -> object:
    """A finding: the row as a strict xfail whose reason names the rule at fault."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def cases(**tables: list) -> list:
    """Rows of named tables as pytest params with ids "<table>-<n>", keeping a finding's xfail mark."""
    out = []
    for name, rows in tables.items():
        for i, row in enumerate(rows, 1):
            values, marks = (row.values, row.marks) if hasattr(row, "marks") else (row, ())
            out.append(pytest.param(*values, marks=marks, id=f"{name}-{i}"))
    return out


# --- claims: a right figure must never be `contradicted` -----------------------------------------------------------

DASH = ("claims41 DASH_CONVERSION (frames._DASH_CLOSED takes a comma as the close of a dash-opened amount): the amount "
        "after the dash is the subject of a new clause, not a conversion; the right ask is contradicted")
TIE = ("claims40 rules.tie_fixes_frame: the tied payment fixes the rise's year but not its base; a rise told over a "
       "span ('up 20 percent in two years', 'over two years') is lifted from unverifiable to contradicted, though "
       "right against 2020")
RESTATE = ("pre-existing (frames._RESTATE_GAP): an amount after '(' or ', or' that opens a clause of its own ('($4.7 "
           "billion is what Washington wants)', ', or $4.7 billion less than Washington wants') is read as a "
           "conversion and the right ask contradicted; the same class as DASH")
SPAN = ("pre-existing: a rise told over a count of years ('over seven years', 'in seven years') is judged as the "
        "last year's change; the cumulative rise since 2019 is right")
PRONOUN = ("claims40 rules.pronoun_asker: any he/his before a demand figure in its sentence makes a unit slip "
           "misleading, though the asker is another actor and the sum is for something else")
CEILING_YEAR = ("claims41 ceiling_apposition / frame year: 'up to' the new payment after a rise's base is judged "
                "as the base year's payment (2018), supported only because 960.2 bn is below the bound")
PAST_WANTED_YEAR = ("claims41 _PAST_DEMAND_VERB: 'wanted' in a clause after 'Back in 2019' is framed as the "
                    "publication year's demand (2024); supported only because the same sum was recalled in 2024")

#: (published, text, exact, verdict wanted; a verdict starting "!" means any verdict but that one)
RIGHT_FIGURES = [
    ("2019-12-01", "Seoul pays 1.0389 trillion won — $4.7 billion, Washington says, is what it should pay.",
          "$4.7 billion", "!contradicted"),  # fix40c
    ("2019-12-01", "Seoul now pays 1.0389 trillion won – $4.7 billion, the US says, is the fair price.",
          "$4.7 billion", "!contradicted"),  # fix40c
    ("2019-12-01", "Seoul pays 1.0389 trillion won ($4.7 billion is what Washington wants) for the U.S. troops.",
          "$4.7 billion", "!contradicted"),  # fix40c
    ("2019-12-01", "Seoul pays 1.0389 trillion won, or $4.7 billion less than Washington wants.",
          "$4.7 billion", "!contradicted"),  # fix40c
    ("2026-03-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. Seoul will pay "
          "1.5192 trillion won in 2026, an increase of 46 percent over seven years.",
          "an increase of 46 percent", "!contradicted"),  # fix40c
    ("2026-03-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. Seoul will pay "
          "1.5192 trillion won in 2026, a rise of 46 percent over the past seven years.",
          "a rise of 46 percent", "!contradicted"),  # fix40c
    ("2022-06-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. The figure was "
          "1.2471 trillion won in 2022, up 20 percent in two years.", "up 20 percent", "!contradicted"),  # fix40c
    ("2022-06-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. The figure was "
          "1.2471 trillion won in 2022, up 20 percent over two years.", "up 20 percent", "!contradicted"),  # fix40c
    ("2022-06-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. In 2022 the "
          "figure was 1.2471 trillion won, a 20 percent increase over two years.", "20 percent increase",
          "!contradicted"),  # fix40c
    ("2022-06-01", "The cost-sharing payment for the U.S. troops was 1.2471 trillion won in 2022, up 20 percent "
          "in two years.", "up 20 percent", "!contradicted"),  # fix40c
    # controls: the dash conversion claims41 meant, a dash closed by the sentence's end, the cumulative rise with its
    # base year, "called for" and "contribute" of a deal's terms, the ceiling and the bound at the year's rate
    ("2019-12-01", "South Korea pays 1.0389 trillion won — roughly $890 million — for the U.S. troops this year.",
     "roughly $890 million", "supported"),
    ("2019-12-01", "Seoul pays 1.0389 trillion won; Washington wants 5.8 trillion won — $5 billion.",
     "$5 billion", "supported"),
    ("2026-03-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. Seoul will pay "
     "1.5192 trillion won in 2026, up 46 percent since 2019.", "up 46 percent", "supported"),
    ("2026-03-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. The share rose 46 "
     "percent from 2019 to 1.5192 trillion won in 2026.", "rose 46 percent", "supported"),
    ("2022-06-01", "Seoul and Washington signed a cost-sharing deal for the U.S. troops in Korea. The figure was "
     "1.2471 trillion won in 2022, which is 20 percent more than two years ago.", "20 percent more", "supported"),
    ("2022-06-01", "The cost-sharing payment for the U.S. troops was 1.2471 trillion won in 2022, up 20 percent from "
     "two years earlier.", "up 20 percent", "supported"),
    ("2024-10-20", "The 2019 deal called for South Korea to pay 1.0389 trillion won.", "1.0389 trillion won",
     "supported"),
    ("2024-10-20", "Officials said the 2021 deal called for South Korea to contribute 1.1833 trillion won in 2021.",
     "1.1833 trillion won", "supported"),
    ("2019-12-01", "Under the deal, South Korea must contribute 1.0389 trillion won this year.",
     "1.0389 trillion won", "!contradicted"),
    ("2019-12-01", "The deal forces Seoul to contribute 1.0389 trillion won this year.", "1.0389 trillion won",
     "supported"),
    ("2019-12-01", "Seoul agreed to pay 8.2 percent more than what it paid the year before, up to 1.0389 trillion won "
     "for 2019.", "up to 1.0389 trillion won", "supported"),
    ("2019-12-01", "Washington wants an annual $1.3 billion, an increase of more than 40 percent.",
     "an increase of more than 40 percent", "supported"),
    ("2024-10-20", "In 2020, the U.S. called for a 50 percent increase to $1.3 billion.", "$1.3 billion", "supported"),
    ("2021-06-01", "Seoul agreed to pay 1.1833 trillion won this year, Foreign Minister Chung Eui-yong and Secretary "
     "of State Antony Blinken announced in March 2021, after it paid 1.0389 trillion won in 2020.",
     "1.0389 trillion won", "supported"),
]

#: (published, text, exact, verdict wanted): a verdict of its own the new rules give a figure the data does not cover
OTHER_VERDICTS = [
    ("2019-12-01", "Senator Dale Hoskins spoke on Monday. He said the U.S. Army wants $5 million to repair one "
          "barracks.", "$5 million", "unverifiable"),  # fix40c
    ("2019-12-01", "Senator Dale Hoskins spoke on Monday. He said the talks would fail, and his aides demanded $5 "
          "million for a study.", "$5 million", "unverifiable"),  # fix40c
    # control: the pronoun that asks (claims40's row)
    ("2019-12-10", "Senator Dale Hoskins spoke. Then he tried to demand $5 million.", "$5 million", "misleading"),
]

#: (published, text, exact, years wanted): the frame's year behind a supported verdict
FRAME_YEARS = [
    _row(("2019-12-01", "In 2019 Seoul agreed to pay 8.2 percent more than what it paid in 2018, up to 1.0389 trillion "
          "won.", "up to 1.0389 trillion won", "2019"), CEILING_YEAR),
    # PAST_WANTED_YEAR, fixed by claims43 (frames.opener_reaches: the opener reaches a coordinated past clause)
    ("2024-10-20", "Back in 2019, Seoul wanted to keep paying 1.0389 trillion won, but Trump wanted $5 billion.",
     "$5 billion", "2019"),
    # control
    ("2024-10-20", "He said the U.S. wanted South Korea to pay $1.3 billion in 2020.", "$1.3 billion", "2020"),
]


def check_verdict(published: str, text: str, exact: str, verdict: str) -> None:
    got = read_claims(text, published)[exact].verdict
    assert got != verdict[1:] if verdict.startswith("!") else got == verdict


@pytest.mark.parametrize("rows", merged(cases(RIGHT_FIGURES=RIGHT_FIGURES, OTHER_VERDICTS=OTHER_VERDICTS)))
def test_verdict(rows: list[object]) -> None:
    run_rows(check_verdict, rows)


@pytest.mark.parametrize(("published", "text", "exact", "years"), cases(FRAME_YEARS=FRAME_YEARS))
def test_frame_year(published: str, text: str, exact: str, years: str) -> None:
    assert ",".join(map(str, read_claims(text, published)[exact].frame.years)) == years


# --- speakers ------------------------------------------------------------------------------------------------------

WORDS_FROM = ("quotes40 quotes._words_from: any passive 'by' after a speech noun makes its object whose words follow "
              "('The remarks were welcomed/criticised by X' names the responder); 'he' goes on with the earlier "
              "subject")
CRITICISM = ("pre-existing: a bare 'Criticism came from X' sentence makes the noun 'Criticism' the speaker of a "
             "later 'he said'")
PEOPLE = ("quotes40 _PEOPLE_NOUNS is a closed list: 'a Korean farmer', 'a shop owner near the base', 'a Korean taxi "
          "driver' get no speaker while 'a protester', 'a veteran' do")
ADVISER = ("quotes40 made 'adviser'/'aide' description nouns (entities._DESCRIPTOR_BODY) but 'the adviser'/'the aide' "
           "after 'X, a senior adviser ...' is not resolved to X (quotes._OFFICE_SYNONYMS / _held), as 'the "
           "researcher', 'the economist' are")

#: (body, speaker wanted; "None": no speaker)
SPEAKERS = [
    ('John Hoskins spoke on Monday. The remarks were welcomed by Mary Volk. "Seoul must pay," he said.',
     "John Hoskins"),
    ('John Hoskins spoke on Monday. The remarks were criticised by Dale Volk. "Seoul must pay," he said.',
     "John Hoskins"),
    ('John Hoskins spoke on Monday. Criticism came from Mary Volk. "Seoul must pay," he said.', "John Hoskins"),
    ('"Seoul must pay," said a Korean farmer.', "Korean farmer"),
    ('Ana Volk, a senior adviser at the Hanul Institute, spoke on Monday.\n\n"Seoul pays too little," the '
     'adviser said.', "Ana Volk"),
    ('Ana Volk, a national security adviser, spoke on Monday.\n\n"Seoul pays too little," the adviser said.',
     "Ana Volk"),
    ('Ana Volk, a senior aide to the president, spoke on Monday.\n\n"Seoul pays too little," the aide said.',
     "Ana Volk"),
    ('Ana Volk, a senior economist at the Hanul Institute, spoke on Monday.\n\n"Seoul pays too little," the '
     'economist said.', "Ana Volk"),
    ('Ana Volk, an economist at Hanul University, spoke on Monday.\n\n"Seoul pays too little," The Economist said.',
     "Economist"),
    ('"Seoul must pay," said a shop owner near the base.', "shop owner"),
    # controls: quotes40's forms and near misses it keeps
    ('John Hoskins spoke on Monday. The statement was rejected by Mary Volk. "Seoul must pay," he said.',
     "John Hoskins"),
    ('Mary Volk spoke on Monday. The latest comments came from John Hoskins. "Seoul must pay," she said.',
     "Mary Volk"),
    ('Dale Hoskins met Seoul\'s envoy.\n\nThe sharpest criticism came from Ana Volk, a former adviser. "Seoul must '
     'pay," she said.', "Ana Volk"),
    ('"Seoul must pay more," said Washington in a statement on Monday.', "Washington"),
    ('"We will not pay," Seoul told reporters.', "Seoul"),
    ('"Seoul must pay," said a retired soldier.', "retired soldier"),
    ("Jo Tallan, South Korea's top negotiator, met Ana Volk, a U.S. diplomat, on Monday.\n\n\"Seoul pays a lot,\" "
     "the diplomat said.", "Ana Volk"),
]


@pytest.mark.parametrize(("body", "speaker"), cases(SPEAKERS=SPEAKERS))
def test_speaker(body: str, speaker: str | None) -> None:
    assert spoken(body) == [speaker]


# --- dates ---------------------------------------------------------------------------------------------------------

OTHER_DEAL = ("dates40 dates._from_expiry: 'the agreement' qualified as another pair's ('between Japan and the US') "
              "is read as the cost-sharing agreement's end from data/sma_contributions.csv")

HOPE = ("dates40 dates._end_told_past: a hope told in reported speech ('said they were hoping for a deal before the "
        "end of the year', published in March) is backshifted, not past: the coming end, as a promise's ('said it "
        "would pay by the end of the year') is kept")

#: (published, text, exact, start, end) of the one date wanted ("None": no date read there)
DATES = [
    ("2019-12-10", "The two sides met a month after the expiration of the agreement between Japan and the US.",
     "a month after", None, None),
    ("2020-03-10", "Negotiators said they were hoping for a deal before the end of the year.",
     "the end of the year", "2020-12-31", "2020-12-31"),
    # controls: the forms dates40 meant, and another kind of agreement left alone
    ("2019-12-10", "Talks resumed six weeks after the previous accord expired.",
     "six weeks after the previous accord expired", "2019-02-11", "2019-02-11"),
    ("2019-12-10", "Talks resumed two months after the expiration of the agreement.",
     "two months after the expiration of the agreement", "2019-02-28", "2019-02-28"),
    ("2019-12-10", "Talks resumed a month after the expiration of the free trade agreement.", "a month after", None,
     None),
    ("2019-12-10", "Ford's workers struck six weeks after the previous contract expired.", "six weeks after", None,
     None),
    ("2020-03-10", "The sides failed to reach a deal by the end of the year.", "the end of the year", "2019-12-31",
     "2019-12-31"),
    ("2020-03-10", "Seoul said it would pay by the end of the year.", "the end of the year", "2020-12-31",
     "2020-12-31"),
    ("2019-12-10", "Officials signed the deal early Thursday Seoul time.", "early Thursday", "2019-12-05",
     "2019-12-05"),
    ("2019-12-10", "Officials will sign the deal early Thursday Seoul time.", "early Thursday", "2019-12-12",
     "2019-12-12"),
]


@pytest.mark.parametrize(("published", "text", "exact", "start", "end"), cases(DATES=DATES))
def test_date(published: str, text: str, exact: str, start: str | None, end: str | None) -> None:
    assert read_dates(text, published) == [(exact, start, end)]


# --- fix40c: rows of my own for each class fixed (made-up wording; figures from data/) ------------------------------

#: The tables (published, text, exact, verdict wanted; "!v" for any verdict but v), with what each class and
#: control shows in its note: tests/cases/test_review40.csv. FIX40C_SPAN: a rise told over a count of years is
#: counted from Y - N (frames.span_year); FIX40C_CONVERSION: an amount after a bracket, dash or "or" that disagrees
#: with every year's rate and is not closed right after opens a clause of its own (frames.converts); FIX40C_PRONOUN:
#: the pronoun must be the demand verb's subject, and a purpose after the figure makes it a sum for something else
#: (rules.pronoun_asks).
FIX40C = case_tables("test_review40")


def check_fix40c_verdict(published: str, text: str, exact: str, verdict: str) -> None:
    got = read_claims(text, published)[exact].verdict
    assert got != verdict[1:] if verdict.startswith("!") else got == verdict


test_fix40c_verdict = rows_test(check_fix40c_verdict, **FIX40C)
