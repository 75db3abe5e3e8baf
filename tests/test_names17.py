"""People and organisations the names rules did not see (names17, sixth session): a full name with no title
whose evidence is a verb after a fronted time ("Bo Rimmer on Monday called"), "how <name> put it", a possessive
of speech ("Jo Tallan's message"), or a coordination of two full names before a verb ("Jo Tallan and Ana Volk
met"); "the prime minister" as an unnamed person; an organisation's name of capitalised words ending in a body's
noun ("the Hanul Employees Union"). Controls: capitalised runs with no such evidence (places, bases, months,
headline words, sentence openers) stay what they were. Every name is made up; each row is a generic sentence.
"""

from __future__ import annotations

import pytest
from conftest import cases, rows_test
from test_extract_quotes import speakers
from test_names16 import check_names16_names as check_names17_people

from analysis.extract.entities import find_entities

# (text, the names found as "exact=name" joined by ";", "None" for none)
FRONTED_TIME = [
    ("Bo Rimmer on Monday called the offer unfair.", "Bo Rimmer=Bo Rimmer"),
    ("Kim Sang-woo on Tuesday rejected the plan.", "Kim Sang-woo=Kim Sang-woo"),
    ("Lee Jae Sung on Friday urged calm.", "Lee Jae Sung=Lee Jae Sung"),
    ("Jo A. Tallan on Wednesday signed the letter.", "Jo A. Tallan=Jo A. Tallan"),
    ("Ana Volk last week criticised the plan.", "Ana Volk=Ana Volk"),
    ("Camp Humphreys on Monday hosted the drill.", "None"),
    ("Hanul Bay on Sunday looked calm.", "None"),
]
PUT_IT = [
    ("That was how Jo Tallan put it: the deal is dead.", "Jo Tallan=Jo Tallan"),
    ("As Park Min-ji put it, the talks were a mess.", "Park Min-ji=Park Min-ji"),
    ("As Ana Volk puts it, nobody wins.", "Ana Volk=Ana Volk"),
    ("That is how White House aides put it.", "None"),
    ("As Hanul Bay put it on the map, nothing changed.", "None"),
]
SPEECH_POSSESSIVE = [
    ("Jo Tallan's message was clear: pay more.", "Jo Tallan=Jo Tallan"),
    ("Choi Eun Hee's reply came a day later.", "Choi Eun Hee=Choi Eun Hee"),
    ("Bo Rimmer's message to Seoul was blunt.", "Bo Rimmer=Bo Rimmer"),
    ("Hanul Capital's report was clear.", "None"),
    ("The White House's message was clear.", "None"),
]
# a full name found with a word before it ("Sleepy Jo Tallan", in someone's words) and then plainly: one person,
# whom a headline's bare surname and a later bare surname are
EPITHET = [
    ("Tallan ‘lied’ on pay\n\nBo said Sleepy Jo Tallan, for some reason, left. Envoy Jo Tallan denied it. Tallan left.",
     "Tallan=Jo Tallan;Bo=Bo;Sleepy Jo Tallan=Sleepy Jo Tallan;Jo Tallan=Jo Tallan;Tallan=Jo Tallan"),
]
COORDINATED = [
    ("Jo Tallan and Ana Volk met in Hanul on Monday.", "Jo Tallan=Jo Tallan;Ana Volk=Ana Volk"),
    ("Kim Min-soo and Bo Rimmer signed the deal.", "Kim Min-soo=Kim Min-soo;Bo Rimmer=Bo Rimmer"),
    ("Park Ji Hoon and Ana Volk agreed on a figure.", "Park Ji Hoon=Park Ji Hoon;Ana Volk=Ana Volk"),
    # a pair whose second name is owned by a country ("and the United States' <name>")
    ("The talks paired Seoul's Lee Tae-woo and the United States' Ana Volk.",
     "Lee Tae-woo=Lee Tae-woo;Ana Volk=Ana Volk"),
    ("Envoy Jo Tallan and Japan's Bo Rimmer met.", "Jo Tallan=Jo Tallan;Bo Rimmer=Bo Rimmer"),
    ("Envoy Jo Tallan and Japan's Foreign Ministry met.", "Jo Tallan=Jo Tallan"),
    ("Camp Humphreys and Osan Air Base are large.", "None"),
    ("Hanul Bay and Camp Humphreys lie south of the capital.", "None"),
    ("In March South Korea and Japan met.", "None"),
]

#: Each row: the names found in the text, as test_names16's rows.
test_names17_people = rows_test(check_names17_people, FRONTED_TIME=FRONTED_TIME, PUT_IT=PUT_IT,
                                SPEECH_POSSESSIVE=SPEECH_POSSESSIVE, COORDINATED=COORDINATED, EPITHET=EPITHET)


# (text, the mentions found as "exact:kind" joined by ";" for those of interest: kind org, or unnamed people)
ORGANISATIONS = [
    ("Members of the Hanul Employees Union rallied. The union said pay was late.", "Hanul Employees Union:org"),
    ("The Korean Veterans Association backed the deal.", "Korean Veterans Association:org"),
    ("A report by the Hanul Policy Institute said costs rose.", "Hanul Policy Institute:org"),
    ("the Federation of Hanul Trade Unions called a strike.", "Federation of Hanul Trade Unions:org"),
    ("She spoke to the Hanul City Council on Monday.", "Hanul City Council:org"),
    ("The Korean Confederation of Trade Unions said no.", "Korean Confederation of Trade Unions:org"),
    ("the Hanul Workers\nUnion met.", "Hanul Workers\nUnion:org"),  # a line wrapped inside a paragraph
    ("the Hanul Workers\n\nUnion met.", ""),
    ("the Union was formed in March.", ""),
    ("The talks at Camp Humphreys were long.", ""),
    ("Workers at the union said no.", ""),
    ("Rep. Bo Lee, a member of the Hanul Defense Committee, said no.", ""),  # a person's seat, not a body speaking
    ("Bo Lee, who sits on the Armed Services Committee, said no.", ""),
    ("Bo Lee, chairman of the Hanul Policy Institute, spoke.", ""),
]
DESCRIPTORS = [
    ("The prime minister said no.", "The prime minister:person"),
    ("the foreign minister said no.", "the foreign minister:person"),
    ("A former prime minister said yes.", "A former prime minister:person"),
    # the office's holder, as with "the foreign minister's office"
    ("The prime minister's office said no.", "The prime minister:person"),
]


def _mentions(text: str) -> str:
    got = [m for m in find_entities(text) if m.kind == "org" or m.value.get("descriptor")]
    return ";".join(f"{m.exact}:{m.kind}" for m in got)


@pytest.mark.parametrize(("text", "found"), cases(ORGANISATIONS=ORGANISATIONS, DESCRIPTORS=DESCRIPTORS))
def test_names17_mentions(text, found):
    assert _mentions(text) == found


# (text, the quote's speaker): "the institute said" points back to the body the text named before ("union" waits
# for quotes.py's nouns of a body; see REVIEW.md, names17).
BODY_SPEAKS = [
    ("The Hanul Policy Institute released a report on Monday.\n\n“Costs rose sharply,” the institute said.",
     "Hanul Policy Institute"),
    ("The Hanul Workers Council met on Monday.\n\n“We want our pay,” the council said.", "Hanul Workers Council"),
]


@pytest.mark.parametrize(("text", "speaker"), cases(BODY_SPEAKS=BODY_SPEAKS))
def test_names17_body_speaks(text, speaker):
    assert speakers(text) == [speaker]
