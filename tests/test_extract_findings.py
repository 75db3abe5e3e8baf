"""Findings: defects flagged, and no false alarms on ordinary sentences."""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def kinds(body: str) -> list[tuple[str, str]]:
    return [(f.kind, f.exact) for f in annotate(HEAD + body).findings]


FLAGGED = [
    ("The North brands such U.S.\n\nIt rained.", ("truncated_sentence", "The North brands such U.S.")),
    (
        "It followed statements expressing anger at planned U.S.",
        ("truncated_sentence", "It followed statements expressing anger at planned U.S."),
    ),
    (
        "The ministry said that the deal, which expires in December, would be extended and",
        ("truncated_sentence", "The ministry said that the deal, which expires in December, would be extended and"),
    ),
    ("Seoul rejected the demand for the.", ("truncated_sentence", "Seoul rejected the demand for the.")),
    (
        "Esper declined to detail the drills.  This year it was just less than a billion dollars.",
        ("lost_referent", "it"),
    ),
    (
        'Esper spoke.\n\n"In case of South Korea, which has provided a fair amount of support, it stays here".',
        ("unattributed_quote", '"In case of South Korea, which has provided a fair amount of support, it stays here"'),
    ),
    ("Kim and Biegun met.", ("ambiguous_reference", "Kim")),
    ("Seoul said on November 20, 2019 that it agreed.", ("date_after_publication", "on November 20, 2019")),
    (
        "The talks ended.\n\nReporting by Jo Min; editing by Al Roe",
        ("boilerplate", "Reporting by Jo Min; editing by Al Roe"),
    ),
    ("The talks ended.\n\nHe said more was needed.", ("lost_referent", "He")),
    # a line without a full stop is cut unless it is display type: later in the body, or a story of one line that
    # stops on a word that needs more (a complete last sentence that lacks only its stop is none: findings22)
    (
        "The envoys met in Busan.\n\nThe envoys agreed to meet again in Busan next month\n\nThey left.",
        ("truncated_sentence", "The envoys agreed to meet again in Busan next month"),
    ),
    ("The envoys agreed to meet again on", ("truncated_sentence", "The envoys agreed to meet again on")),
]

# two people of one surname make the bare surname ambiguous
SHARED_SURNAME = [("Kim Sol-bi and Kim Ha-jun met. Kim said no.", ("ambiguous_reference", "Kim"))]


ORDINARY = [
    "The deal was signed in the U.S.",
    "Seoul has long relied on the U.S. for its defence.",
    "Esper met Jeong Kyeong-doo in Seoul on Friday.",
    "Seoul paid 1.0389 trillion won this year, up 8.2 percent. It was the biggest rise in a decade.",
    '"We will not accept it," Esper said.',
    'Esper said the South is a "wealthy country".',
    "The talks resume next year, officials said.",
    "The agreement will expire on December 31, 2019.",
    "Gen. Robert Abrams, commander of U.S. Forces Korea, spoke in S. Korea on Monday.",
    "Mr. Kim Jong Un did not attend.",
    "Background",
    "Esper met his counterpart. He said the alliance was strong.",
]


ORDINARY += [
    # full names are never ambiguous, even where the gazetteer has several people of that surname
    "Kim Sol-bi, a lawmaker, said the talks went well.",
    "Kim Sol-bi spoke. Later Kim left.",
    # speakers the gazetteer does not know
    '"We will not pay more," said Rep. Tamsin Oyelaran.',
    '"It is fair," Hye Park-Lindqvist, a professor at Hanul University, said.',
    'Colm Ferriter replied:\n\n"We will never accept it."',
    '"We are done," said Rep. Tamsin Oyelaran.\n\n"The talks must end now."',
    "Tamsin Oyelaran spoke.\n\nHe said more was needed.",
    'The Foreign Ministry issued a statement.\n\n"We regret it," the ministry said.',
    # sentence ends that are complete
    "The delegation walked out at around 11:30 a.m.",
    "The talks ended in Seoul. AFP",
    "Troops stand at Camp Hanul on June 20 in Pyeongtaek. Getty Images",  # a caption's credit
    '"Furloughs may follow," the U.S. military said in a statement.',  # an organisation speaks
    "Seoul said the U.S. asked for $5 billion for 2021 to keep its troops.",
    # display type written without a full stop: a subhead in title case, a deck line opening the body
    "Envoys Weigh Troop Costs Ahead of a Summit in Busan\n\nThe envoys met in Busan.",
    "The envoys met in Busan.\n\nTension Rises Among the Delegations Ahead of the Final Round\n\nThe talks went on.",
    "Busan to host the next round as costs talks drag on\n\nThe envoys met in Busan.",
    "The envoys met in Busan.\n\nEnvoys Share Stories of Japan-U.S. Talks in Newly Released Video\n\nThey spoke.",
]


@pytest.mark.parametrize(
    "sentence",
    ['"' * 40, '"' * 37 + ".", 'He said "no".', "It is signed in the U.S.", "Why?", "x" * 500 + '")].', "."],
)
def test_last_word_scan_matches_the_old_pattern(sentence):
    import re

    from analysis.extract.findings import _last_word

    tail = sentence.rstrip()
    old = re.compile(r"""(\S+?)['"”’)\]]*\.\s*\Z""").search(tail, len(tail) - len(tail.rsplit(None, 1)[-1]))
    assert _last_word(tail) == (old.group(1) if old else None)


def test_a_body_of_quote_marks_is_annotated():
    # issue 11: 4,000 straight quote marks took 48 s (benchmarks/bench_adversarial_findings.py measures it now)
    # marks around nothing quote nothing; a mark around a letter does
    assert annotate(HEAD + '"' * 4000).of_kind("quote") == []
    assert len(annotate(HEAD + '"a"' * 2000).of_kind("quote")) == 2000


# A day after publication (August 20, 2024) that is no past event written wrong: a start or deadline ahead, a date
# named with a present-tense copula, a timetable in the simple present (findings11).
AHEAD = [
    "Kim threatened to impose new levies on imports starting Sept. 2, aides said.",
    "Tariffs on imports from Sept. 2.",
    "The envoys agreed to settle the terms by Sept. 2.",
]
PRESENT_COPULA = ["Sept. 2 is the date both sides are looking at.", "The cutoff is Sept. 2 for both.",
                  "The aim remains Sept. 2."]
PRESENT_TENSE = ["The envoys meet again on Sept. 2 in Busan.", "Lee leaves for Busan on Sept. 2.",
                 "Talks resume Sept. 2."]
#: ... and a past event on that day is still flagged, the date phrase whole
PAST_EVENT = ["Kim imposed new levies on imports on Sept. 2.", "The envoys met again on Sept. 2 in Busan."]


def dates_after_publication(body: str) -> list[str]:
    """The dates after publication flagged in ``body`` of an article published on August 20, 2024."""
    return [f.exact for f in annotate(f"T\n\nAugust 20, 2024\n\n{body}").findings if f.kind == "date_after_publication"]


@pytest.mark.parametrize("body", cases(AHEAD=AHEAD, PRESENT_COPULA=PRESENT_COPULA, PRESENT_TENSE=PRESENT_TENSE))
def test_a_day_ahead_that_is_no_past_event_is_no_date_after_publication(body):
    assert dates_after_publication(body) == []


@pytest.mark.parametrize("body", PAST_EVENT)
def test_a_past_event_after_publication_is_still_flagged(body):
    assert dates_after_publication(body) == ["on Sept. 2"]


# quotes7: page furniture written without an end mark, a deck the story repeats, "U.S." as the country itself
FURNITURE = [
    "The envoys met in Busan.\n\nFirst Published on Nov 16, 2019 9:05 pm",
    "The envoys met in Busan.\n\nUpdated 16 November 2019 at 10:12",
    "Envoys shake hands in Busan on May 2 | Photo: Hanul Ministry of Trade\n\nThe envoys met in Busan.",
    "Envoys shake hands in Busan on May 2 | Image: Hanul Ministry of Trade\n\nThe envoys met in Busan.",
    "Seoul can and must pay far more for the troops, Tallan told a briefing after meeting his Hanul counterpart in "
    "Busan\n\nTallan said the ally was rich. Seoul can and must pay more, Tallan told a briefing after meeting his "
    "Hanul counterpart in Busan.",
    "Although strained by the talks, ties were mended between Hanul and U.S.",
    "Camp Hanul is the largest base outside of the continental U.S.",
    "Troops flew to the mainland U.S. It took a day.",
    # findings11: a note on where the copy first ran
    "The envoys met in Busan.\n\nThis article was originally published by the Hanul Daily",
    "The envoys met in Busan.\n\nThe story first appeared in the Hanul Daily on Monday",
]


def test_a_long_first_paragraph_without_an_end_mark_the_story_does_not_repeat_is_cut():
    # longer than a standfirst (over 40 words, findings22): the line is cut
    body = ("Seoul can and must pay far more for the troops, Tallan told a briefing after meeting his Hanul counterpart"
            " in Busan on Monday, adding that the envoys would need to agree on the sum before the old deal lapsed at"
            " the end of the year and the workers went unpaid\n\nThe envoys met in Busan.")
    assert [k for k, _ in kinds(body)] == ["truncated_sentence"]


# findings11: what a careful reader sees as no cut sentence — a deck under a label line, a title-case subhead with
# short prepositions ("with", "from") in lower case, an agency credit after a dash, a closing quote mis-encoded
DISPLAY_AND_CREDITS = [
    "(COMMENTARY from the Hanul Daily on Nov. 16)\n\nEnvoys must move past the troop cost quarrel\n\nThe envoys met.",
    "[Analysis]\n\nBusan talks stall over troop cost demands\n\nThe envoys met in Busan.",
    "The envoys met in Busan.\n\nMinistry of Trade to Proceed with Support Plan as Drafted\n\nThey spoke.",
    "The envoys met in Busan.\n\nEnvoys Return from Busan Empty-Handed Over Troop Costs\n\nThey spoke.",
    "The envoys met in Busan.\n\nA look at the numbers behind the new troop cost deal\n\nThey spoke.",
    "The envoys met in Busan.\n\nAbout 800 troops are stationed in Busan, as a legacy of the war.– HNA-PRESS",
    "The envoys met in Busan.\n\nAbout 800 troops are stationed in Busan since the war. — AP",
    "The envoys met in Busan.\n\nHe said he would \u201clike to bring them home, not now.\u00e2\u20ac",
    "The envoys met in Busan.\n\nBo said he would \u201clike to bring them home, not now.\u00e2\u20ac\u009d It rained.",
]


STILL_CUT = [
    # a line ending without an end mark after the story has begun is cut, even a short one
    "The envoys met in Busan.\n\nThe envoys then agreed to meet again in Busan next month\n\nThey left.",
    # a label line then a body sentence that stops on a dangling word
    "(Hanul Daily)\n\nThe ministry said the deal would be extended and\n\nThe envoys met.",
    # a line with a verb, or with none but ending on a word that needs more
    "The envoys met in Busan.\n\nThe envoys then met their counterparts again in Busan last month\n\nThey left.",
    "The envoys met in Busan.\n\nA look at the new cost of keeping the troops in the\n\nThey left.",
    # a dash then lower-case words is the sentence going on, not a credit
    "The envoys met in Busan.\n\nThe troops stayed on.– and the envoys said the deal would be",
    # letters after the stop are no mis-encoded closing mark
    "The envoys met in Busan.\n\nThe troops stayed on.xyz and the envoys said the deal would be",
]


# findings11: list items and a reporter's contact line are written without a full stop
LIST_AND_CONTACT = [
    "The deal has three parts:\n\n• A rise of 8 percent in the first year\n\n• Wages paid by Seoul\n\nThey spoke.",
    "The deal has three parts:\n\n1. A rise of 8 percent in the first year\n\n2) Wages paid by Seoul during furloughs",
    "The envoys met in Busan.\n\nReporter Kim Sol-bi and staff writers of the Hanul Daily sol@hanul.example.com",
    "The envoys met in Busan.\n\nMore on the talks from our correspondents in Busan at https://hanul.example.com/x",
]

#: ... and a list item ending on a dangling word is still cut
DANGLING_ITEM = ["The deal has parts:\n\n• Wages paid by Seoul to the workers during the furloughs and\n\nThey left."]


@pytest.mark.parametrize("body", cases(DISPLAY_AND_CREDITS=DISPLAY_AND_CREDITS, LIST_AND_CONTACT=LIST_AND_CONTACT))
def test_display_lines_credits_lists_and_contact_lines_are_no_cut_sentences(body):
    assert "truncated_sentence" not in [k for k, _ in kinds(body)]


@pytest.mark.parametrize("body", cases(STILL_CUT=STILL_CUT, DANGLING_ITEM=DANGLING_ITEM))
def test_cut_sentences_near_display_lines_and_list_items_are_still_flagged(body):
    assert "truncated_sentence" in [k for k, _ in kinds(body)]


# findings11: a summit is a meeting of leaders, so a bare surname named as a summit partner means the leader
@pytest.mark.parametrize(
    "body", ["Trump said after his first summit with Kim in June that he was pleased.", "The Trump-Kim summit ended."]
)
def test_a_surname_named_as_a_summit_partner_is_the_leader(body):
    assert "ambiguous_reference" not in [k for k, _ in kinds(body)]


#: ... a surname met outside a summit stays ambiguous
OUTSIDE_SUMMIT = [
    ("Trump said after meeting Kim in June that he was pleased.", ("ambiguous_reference", "Kim")),
    ("At the summit, Kim said the talks went well.", ("ambiguous_reference", "Kim")),  # review8: at is no partner
    ("The summit Kim joined was short.", ("ambiguous_reference", "Kim")),
]

# findings11: a person named by office is a referent for "He"/"She"; the finding covers the whole pronoun
OFFICE_REFERENTS = [
    "The U.S. ambassador spoke on Monday.\n\nHe said the talks went well.",
    "Seoul's chief negotiator arrived in Busan.\n\nShe said the talks went well.",
]
LOST_SHE = [("The talks ended.\n\nShe said more was needed.", ("lost_referent", "She"))]


# findings11: a title or a name in quotation marks is no unattributed quote; an unattributed utterance still is
@pytest.mark.parametrize(
    "body",
    [
        'The envoys met.\n\nThe report, titled "Allies at a Crossroads," was released on Monday.',
        'The envoys met.\n\nThe drill, code-named "Freedom Shield for the Allies," began on Monday.',
        'The envoys met.\n\nA study entitled "Who Pays for the Troops" came out.',
    ],
)
def test_a_title_in_quotation_marks_is_no_unattributed_quote(body):
    assert "unattributed_quote" not in [k for k, _ in kinds(body)]


def test_an_utterance_with_no_speaker_is_still_unattributed():
    body = 'The envoys met.\n\nThe drill began.\n\n"We will never accept a demand of this kind from anyone."'
    assert "unattributed_quote" in [k for k, _ in kinds(body)]


# --- the tables above, by what they assert ---------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), cases(FLAGGED=FLAGGED, SHARED_SURNAME=SHARED_SURNAME,
                                                     OUTSIDE_SUMMIT=OUTSIDE_SUMMIT, LOST_SHE=LOST_SHE))
def test_flagged(body, expected):
    assert expected in kinds(body)


def check_no_false_alarms(body):
    """Ordinary sentences, page furniture and the country at a sentence end, a person named by office."""
    assert kinds(body) == []


@pytest.mark.parametrize("rows", merged(cases(ORDINARY=ORDINARY, FURNITURE=FURNITURE,
                                              OFFICE_REFERENTS=OFFICE_REFERENTS)))
def test_no_false_alarms(rows: list[object]) -> None:
    run_rows(check_no_false_alarms, rows)
