"""findings12: readings of English and news style under which a flagged line is no defect, each with the nearby
line that still is one (invented sentences; issue 9, false findings on unseen articles)."""

from __future__ import annotations

import pytest
from conftest import cases

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def kinds(body: str, head: str = HEAD) -> list[tuple[str, str]]:
    return [(f.kind, f.exact) for f in annotate(head + body).findings]


def late(body: str) -> list[str]:
    """The dates after publication (20 August 2024) flagged in ``body``."""
    return [f.exact for f in annotate(f"T\n\nAugust 20, 2024\n\n{body}").findings if f.kind == "date_after_publication"]


# A preposition left at the end of a relative clause or a passive ("costs that allies pay a share of", "it was
# dealt with") ends the sentence; one ending a main clause, or a clause after "said that", is a cut.
STRANDED = [
    "Seoul sees the troops as costs that allies should pay a bigger share of.",
    "It is the kind of demand that Hanul has long been wary of.",
    "Nobody knows what the new fund is made of.",
    "The bill for the drills was taken care of.",
    "The shortfall in wages has been dealt with.",
    "The envoys named the costs which the two sides want to get rid of.",
    "The deal is one both sides can live with.",
    "Seoul and Hanul have long disagreed on the sum the funds should come from.",
]
CUT_ON_A_PREPOSITION = [
    "Seoul rejected a demand for a bigger share of.",
    "The ministry said that the deal would cover a bigger share of.",
    "The deal, which expires in December, covers a share of.",
    "Officials who met in Busan asked for a larger share of.",
    "Seoul is wary of.",
    "Seoul raised the pay of.",
]


@pytest.mark.parametrize("body", STRANDED)
def test_a_stranded_preposition_ends_a_sentence(body):
    assert [k for k, _ in kinds(body) if k == "truncated_sentence"] == []


@pytest.mark.parametrize("body", CUT_ON_A_PREPOSITION)
def test_a_preposition_ending_a_main_clause_is_still_a_cut(body):
    assert "truncated_sentence" in [k for k, _ in kinds(body)]


# The present progressive with a time ahead is an arrangement ("we are leaving on Friday"), not a past event.
@pytest.mark.parametrize(
    "body",
    [
        "Workers were told on Monday that they're being placed on leave as of Sept. 2.",
        "The envoys said they are meeting again in Busan on Sept. 2.",
        "Lee is visiting Washington on Sept. 2, aides said.",
    ],
)
def test_a_day_ahead_in_the_present_progressive_is_no_date_after_publication(body):
    assert late(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The envoys, whose meeting is becoming a ritual, met on Sept. 2.",  # the progressive is in another clause
        "Kim signed what is something of a truce on Sept. 2.",  # "is something" is no progressive
        "Bo said they were leaving for Busan on Sept. 2.",  # the past progressive is past
    ],
)
def test_a_day_ahead_in_the_past_is_still_flagged(body):
    assert late(body) == ["on Sept. 2"]


# A headline or deck names a person by surname before the story names them in full: the one person of that
# surname the text names in full is meant. Two of them named leave the surname open.
NAMED_IN_FULL_ONCE = [
    ("Trump wants to meet Kim this year\n\nJune 3, 2019\n\n", "Trump said he wanted to meet Kim Jong Un."),
    (HEAD, "Kim said no.\n\nLater Kim Sol-bi left the talks in Busan."),
    (HEAD, "Kim has ignored the calls.\n\nNorth Korean leader Kim Jong Un did not answer."),
]


@pytest.mark.parametrize(
    "body",
    [
        "Kim and Biegun met.",
        "Kim met Esper. Kim Jong Un and Kim Myong Gil were absent.",
        "Kim said no. Later Kim Sol-bi and Kim Ha-jun left.",
    ],
)
def test_a_surname_stays_ambiguous_when_the_text_names_none_or_two(body):
    assert ("ambiguous_reference", "Kim") in kinds(body)


# A headline quotes words the story attributes; a quote with a verb of saying right beside it is attributed by
# the text even when its speaker is a bare description ("says US president").
QUOTED_IN_HEADLINE_OR_SAID = [
    ('"Seoul must pay more" vs "Talks go on"\n\nJune 3, 2019\n\n', "Bo said Seoul must pay more for troops."),
    (HEAD, "'We are asking them to pay a big share of the cost,' says US president\n\nTrump spoke in Busan."),
    (HEAD, 'The envoys met.\n\nA ministry spokesman added: "We will never accept a demand like this."'),
    (HEAD, 'The envoys met.\n\nTamsin Oyelaran was blunt: "We will never accept a demand like this."'),
    (HEAD, 'The envoys met.\n\n"We will never accept a demand like this," the envoy cautioned.'),
    (HEAD, 'The envoys met.\n\nThe notice read in part: "We will never accept a demand like this."'),
    (HEAD, 'The envoys met.\n\nThe ministry\'s statement: "We will never accept a demand like this."'),
    (HEAD, 'The envoys met.\n\nQ: "Will you ever accept a demand like this?"\n\nA: "Never."'),
]


@pytest.mark.parametrize(
    ("head", "body", "kind"),
    cases(
        NAMED_IN_FULL_ONCE=[(head, body, "ambiguous_reference") for head, body in NAMED_IN_FULL_ONCE],
        QUOTED_IN_HEADLINE_OR_SAID=[(head, body, "unattributed_quote") for head, body in QUOTED_IN_HEADLINE_OR_SAID],
    ),
)
def test_a_surname_named_in_full_once_or_a_quote_in_a_headline_or_said_is_no_finding(head, body, kind):
    """The one person of a surname named in full is meant; a headline quote or one beside a verb of saying is
    attributed."""
    assert kind not in [k for k, _ in kinds(body, head)]


@pytest.mark.parametrize(
    "body",
    [
        'The envoys met.\n\nThe drill began.\n\n"We will never accept a demand of this kind from anyone."',
        'The envoys met.\n\n"We will never accept a demand of this kind from anyone." The drill began.',
        'The talks said little.\n\n"We will never accept a demand of this kind from anyone" was the mood.',
        'Tamsin Oyelaran left.\n\nThe mood was grim: "We will never accept a demand of this kind from anyone."',
    ],
)
def test_a_quote_with_no_speaker_and_no_verb_of_saying_is_still_unattributed(body):
    assert "unattributed_quote" in [k for k, _ in kinds(body)]


# "It" that stands for a deal named before, or a dummy subject ("It is estimated that", "It was in 2019 that"),
# has its referent; "it" measuring a sum after a sentence about something else has none.
@pytest.mark.parametrize(
    "body",
    [
        "The envoys signed a new deal on Friday. It is worth $1 billion a year.",
        "The envoys met in Busan. It is estimated that Seoul paid $920 million.",
        "The envoys met in Busan. It was in 2019 that Seoul paid $920 million.",
        "The envoys met in Busan. It is unclear whether Seoul will pay $1 billion.",
    ],
)
def test_it_with_a_referent_or_a_dummy_it_is_no_lost_referent(body):
    assert "lost_referent" not in [k for k, _ in kinds(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Esper declined to detail the drills. This year it was just less than a billion dollars.",
        "The envoys met in Busan. It was $920 million, up 8 percent.",
    ],
)
def test_it_measuring_a_sum_named_nowhere_is_still_lost(body):
    assert "lost_referent" in [k for k, _ in kinds(body)]


# "He" or "She" after paragraphs about the talks points back to the one person the story has named; with two
# people named, or none, the pronoun has no clear referent.
def test_he_after_paragraphs_naming_only_one_person_has_a_referent():
    body = (
        "Ambassador Tamsin Oyelaran met reporters.\n\nThe talks have dragged on for a year.\n\n"
        "Seoul has offered a 13 percent rise.\n\nHe said both sides were close."
    )
    assert "lost_referent" not in [k for k, _ in kinds(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Tamsin Oyelaran met Colm Ferriter.\n\nThe talks dragged on.\n\nSeoul offered more.\n\nHe said no.",
        "The talks dragged on.\n\nSeoul offered more.\n\nHe said no.",
    ],
)
def test_he_with_two_people_or_none_named_before_is_still_lost(body):
    assert ("lost_referent", "He") in kinds(body)


# A title before a bare surname or an appositive after it that names the role of only one person of that surname
# in the gazetteer says which one is meant ("North Korean leader Kim"); a kin word ("his sister Kim") does not.
@pytest.mark.parametrize(
    "body", ["North Korean leader Kim said the talks were over.", "Kim, the North Korean leader, said no."]
)
def test_a_surname_with_a_title_or_appositive_of_one_role_is_no_ambiguous_reference(body):
    assert "ambiguous_reference" not in [k for k, _ in kinds(body)]


@pytest.mark.parametrize("body", ["His sister Kim said the talks were over.", "Kim, who spoke first, said no."])
def test_a_surname_with_no_role_of_one_person_stays_ambiguous(body):
    assert ("ambiguous_reference", "Kim") in kinds(body)


# A sentence-final initialism after a preposition, a verb or a comma is the place itself, not a modifier; "as
# such" ends a phrase; a note on a column's writer is no sentence.
PARAGRAPH = "The envoys met in Busan.\n\n"
# Places, idioms and writer notes (the last paragraph) and the lines just like them that are cut.
NO_CUT_PLACES_AND_NOTES = [
    "The talks were held in Washington, D.C.",
    "South Korea pays far less than U.S.",
    "The drills were held near the border, the official told N.K.",
    "The deal is a good one and was welcomed as such.",
    "The writer is a professor at Hanul University",
    "The views expressed are the author's own",
    "Tamsin Oyelaran is a senior fellow at the Hanul Institute",
]
CUT_MODIFIERS_AND_BODY_LINES = [
    "Seoul protested against such U.S.",
    "It followed anger at planned U.S.",
    "South Korea is a key member of the alliance and",
    "South Korea is a key member of the alliance with Hanul that is now ten years old",
]
# Lines a page leaves in the copy without an end mark: a data row in won, a wire headline with its slug or source
# tag, a date stamp (whose date is the page's, not an event's); and body lines cut near those shapes.
NO_CUT_DATA_ROWS_AND_WIRE_HEADLINES = [
    "10th SMA (2019): 1,038.9 billion won, up 8.2%",
    "UPDATE 2-Seoul, Hanul agree troop cost deal",
    "EXCLUSIVE-Hanul weighs troop cuts in Busan",
    "Seoul pays more for troops under new deal - ministry",
]
CUT_NEAR_THOSE_SHAPES = [
    "The envoys said Seoul won the vote in the end and",
    "The envoys said the deal - which",
    "Seoul won the vote in the assembly after the long talks",
]


def cuts(body: str) -> list[str]:
    """The cut sentences (``truncated_sentence``) flagged in ``body``."""
    return [exact for kind, exact in kinds(body) if kind == "truncated_sentence"]


@pytest.mark.parametrize(
    "body",
    cases(
        NO_CUT_PLACES_AND_NOTES=[PARAGRAPH + line for line in NO_CUT_PLACES_AND_NOTES],
        NO_CUT_DATA_ROWS_AND_WIRE_HEADLINES=[PARAGRAPH + line + "\n\nThey left."
                                             for line in NO_CUT_DATA_ROWS_AND_WIRE_HEADLINES],
    ),
)
def test_places_notes_data_rows_and_wire_headlines_are_no_cut_sentences(body):
    assert cuts(body) == []


@pytest.mark.parametrize("line", cases(CUT_MODIFIERS=CUT_MODIFIERS_AND_BODY_LINES, CUT_NEAR=CUT_NEAR_THOSE_SHAPES))
def test_modifiers_and_body_lines_cut_near_those_shapes_are_still_cut(line):
    assert cuts(PARAGRAPH + line + "\n\nThey left.") != []


# A day written without its year, over a month after publication in a past-tense sentence, is last year's: the writer
# left the year to the reader. With its year written, or within a month of publication, it is still flagged.
def test_a_day_without_its_year_weeks_ahead_is_last_years():
    assert late("Workers were furloughed on Nov. 1, the ministry said.") == []


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        ("Workers were furloughed on Nov. 1, 2024, the ministry said.", "on Nov. 1, 2024"),
        ("Workers were furloughed on Aug. 22, the ministry said.", "on Aug. 22"),
    ],
)
def test_a_day_with_its_year_or_days_ahead_is_still_flagged(body, exact):
    assert late(body) == [exact]


# "the minister said" with no minister named or introduced before: the reader cannot tell who spoke.
def test_a_role_never_introduced_as_a_quotes_speaker_is_a_lost_referent():
    body = '"We had a candid talk on the methods needed," the minister said after a lunch in Busan.'
    assert ("lost_referent", "the minister") in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        'Trade Minister Tamsin Oyelaran met envoys.\n\n"We had a candid talk," the minister said after lunch.',
        '"We had a candid talk on the methods needed," the minister of trade said after a lunch in Busan.',
    ],
)
def test_a_role_introduced_before_or_qualified_is_no_lost_referent(body):
    assert "lost_referent" not in [k for k, _ in kinds(body)]


def test_a_pages_update_stamp_is_no_date_after_publication():
    assert late("The envoys met in Busan.\n\nLast updated on Sept. 3, 2024\n\nThey left.") == []
