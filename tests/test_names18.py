"""People found as the RIGHT person (names18, seventh session): headline words are not a name ("Pay More to
Appease <surname>", "<surname> Meets <surname>"), a gazetteer surname printed as part of another full name is
that other person ("a town hall with Harris <surname>", "Jaewon Kim", "Vice Chairman Kim <given>"), and a bare
surname that owns an administration ("the <surname> Administration", "<surname>'s administration") is a person.
Controls: names a headline prints and the body repeats stay names; a bare gazetteer surname stays the gazetteer's
person; two people of one surname leave a later bare surname open; agencies named "<subject> Administration" are no
person. Every name but the gazetteer's is made up; each row is a generic sentence.
"""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows

from analysis.extract.entities import find_entities


def people(text: str) -> str:
    """Return "exact=name" of each person mention (not an unnamed-person description), ";"-joined, or "None"."""
    got = [m for m in find_entities(text) if m.kind == "person" and not m.value.get("descriptor")]
    return ";".join(f"{m.exact}={m.value['name']}" for m in got) or "None"


NL2 = "\n\n"
# a title-case headline: every word capitalised, so a capitalised word beside a surname is no given name
HEADLINE_WORDS = [
    ("South Korea's Choi Meets Tallan to Tackle Troop Costs" + NL2 + "Choi Min-su met Jo Tallan on Monday.",
     "Choi=Choi Min-su;Tallan=Jo Tallan;Choi Min-su=Choi Min-su;Jo Tallan=Jo Tallan"),
    ("Why Seoul Will Not Appease Trump" + NL2 + "Trump said the allies must pay.",
     "Trump=Donald Trump;Trump=Donald Trump"),
    ("Voters Ready to Call Trump's Bluff" + NL2 + "The poll was taken in May. Trump said no.",
     "Trump=Donald Trump;Trump=Donald Trump"),
    ("President Tallan Hints That Seoul Must Pay More" + NL2 + "Jo Tallan said on Monday that costs rose.",
     "Tallan=Jo Tallan;Jo Tallan=Jo Tallan"),
    ("Park Ji Hoon Faces Rimmer Over Costs" + NL2 + "Park Ji Hoon, the envoy, met Bo Rimmer. Rimmer said no.",
     "Park Ji Hoon=Park Ji Hoon;Rimmer=Bo Rimmer;Park Ji Hoon=Park Ji Hoon;Bo Rimmer=Bo Rimmer;Rimmer=Bo Rimmer"),
    # controls: a headline's full name that the body repeats stays a name
    ("Kim Yong-su Meets Bo Rimmer in Hanul" + NL2 + "Kim Yong-su met Bo Rimmer on Monday.",
     "Kim Yong-su=Kim Yong-su;Bo Rimmer=Bo Rimmer;Kim Yong-su=Kim Yong-su;Bo Rimmer=Bo Rimmer"),
    ("Lee Jae Sung Visits Hanul" + NL2 + "Lee Jae Sung, a lawmaker, said costs rose.",
     "Lee Jae Sung=Lee Jae Sung;Lee Jae Sung=Lee Jae Sung"),
    # a sentence-case line: a capitalised pair is read as in the body
    ("Envoy Ana Volk praised Jo Tallan. Tallan said no.", "Ana Volk=Ana Volk;Jo Tallan=Jo Tallan;Tallan=Jo Tallan"),
]
# a gazetteer surname (Harris, Kim, Moon) inside another full name the text prints is that other person
OTHER_FULL_NAME = [
    ("Trump spoke at a town hall with Harris Faulkner on Monday.",
     "Trump=Donald Trump;Harris Faulkner=Harris Faulkner"),
    ("He told Harris Bellamy that the troops cost too much.", "Harris Bellamy=Harris Bellamy"),
    ("Kim Hye-jin spoke first. Then Jaewon Kim answered the question.",
     "Kim Hye-jin=Kim Hye-jin;Jaewon Kim=Jaewon Kim"),
    ("[Incheol Kim / Spokesman of the Ministry]: We cannot accept it.", "Incheol Kim=Incheol Kim"),
    ("Group Vice Chairman Kim Dong-su also joined the trip.", "Kim Dong-su=Kim Dong-su"),
    ("Executive Vice Chairman Moon Tae-ho will travel too.", "Moon Tae-ho=Moon Tae-ho"),
    # controls: the gazetteer's person when the surname stands alone or after a title
    ("Harris said the talks would go on.", "Harris=Harry Harris"),
    ("Chairman Kim said no to the offer.", "Chairman Kim=Kim Jong Un"),
    ("Chairman Kim Jong-un said no to the offer.", "Chairman Kim=Kim Jong Un"),
    ("Ambassador Harris met the Foreign Minister.", "Harris=Harry Harris"),
    ("Meanwhile Trump said no.", "Trump=Donald Trump"),
    ("Harris Says the Talks Go On. Aides said so.", "Harris=Harry Harris"),
    # controls: a noun naming a thing after the person is no surname ("the <surname> Doctrine", "a <surname> Poll")
    ("A Harris Poll found most back the alliance.", "Harris=Harry Harris"),
    ("The Esper Doctrine was dead by then.", "Esper=Mark Esper"),
    ("Kim Regime media said the talks failed.", "Kim=Kim"),
    # two people of one surname: a later bare surname stays open
    ("Jo Tallan met Ana Tallan in Hanul. Tallan left early.",
     "Jo Tallan=Jo Tallan;Ana Tallan=Ana Tallan;Tallan=Tallan"),
]
# a bare surname that owns an administration is a person ("the <surname> Administration", "<surname>'s administration")
OWNER = [
    ("Last month, the Rimmer Administration reached a deal with Seoul.", "Rimmer=Rimmer"),
    ("The dispute was resolved under Tallan's administration.", "Tallan=Tallan"),
    ("The deal was struck by the Volk administration in 2021.", "Volk=Volk"),
    # controls: an agency named by its subject, a place's administration
    ("The Small Business Administration said no.", "None"),
    ("Korea University's administration said no.", "None"),
    ("The Hanul Administration for Trade said no.", "None"),
    ("Seoul's administration said no.", "None"),
]


# two surnames joined by a hyphen anywhere ("the <surname>-<surname> summit"): each the one person of that surname the
# text names in full, before or after
JOINED = [
    ("The Tallan-Choi summit is set for Monday. Choi Min-su, the president, will attend.",
     "Choi=Choi Min-su;Choi Min-su=Choi Min-su"),
    ("Envoy Jo Tallan arrived. The Tallan-Rimmer talks, he said, would be long.",
     "Jo Tallan=Jo Tallan;Tallan=Jo Tallan"),
    # controls: places joined, and a surname two people share
    ("The Seoul-Hanul talks ended. Envoy Jo Tallan left.", "Jo Tallan=Jo Tallan"),
    ("The Tallan-Volk summit ended. Jo Tallan and Ana Tallan left.", "Jo Tallan=Jo Tallan;Ana Tallan=Ana Tallan"),
]


def check_names18_people(text, found):
    assert people(text) == found


@pytest.mark.parametrize("rows", merged(cases(HEADLINE_WORDS=HEADLINE_WORDS, OTHER_FULL_NAME=OTHER_FULL_NAME,
                                              OWNER=OWNER, JOINED=JOINED)))
def test_names18_people(rows: list[object]) -> None:
    run_rows(check_names18_people, rows)
