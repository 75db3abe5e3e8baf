"""People the rules must find without knowing the name (rename30, tenth session).

The dev corpus renamed (every person a made-up name of the same shape, tests/rename30_corpus.py) lost people and
speakers the rules had found only because the gazetteer knew the name. The classes, each with generic rows of made-up
names and controls that must not change:

- a glued Korean given name romanised with "oo" ("Tak Joonchan", "Pyo Woogyeol");
- a Korean three-part name whose syllables are long ("Bae Rae Ryeong", "Jeong Kyeong Doo");
- a lone Korean family name never given in full, in a person's place: after a lower-case role noun before a speech
  verb ("negotiator Yeom said"), after a research body's possessive after an inverted "said" ("said Hanul
  Institute’s Chae."), as whom a summit or talks are with ("his summit with Hwang");
- a full name after an office "to"/"for" a place written in lower case ("special representative to North Korea Jo
  Bell also said") or "to the" an abbreviation ("Ambassador to the ROK Jo Bell");
- a full name after "my colleague" in commas ("my colleague Jo Bell, is");
- a full name in commas after a capitalised office and its phrase ("the US Special Representative for Korean
  Peninsula Peace and Security Affairs, Jo Bell,"), and a headline's titled name a possessive closes ("Senior Advisor
  Jo Bell’s Remarks to the Press") when the text prints the surname again;
- a full name after a town hall, an interview or a summit "with" ("FNC Townhall with Jo Bell"), as after "talked
  with" (before, only a gazetteer given name made "Harris Faulkner" a name there);
- a full name in a caption "[Jo Bell / Spokesman of ...]";
- a headline's lone surname of a person the body names only after a title ("Bo Considers Withdrawing Troops" over
  "President Bo said"), as a headline's surname of a body's full name already is;
- a lone surname the gazetteer knows ("Yoon") before the text's only full name of that surname, the gazetteer's own
  person never named in full: the text's person, not the gazetteer's namesake (entities).

Last, the metamorphic ratchet: the renamed dev corpus (a fixed sample, fixed seeds) keeps speakers and people at
least at the floor recorded in tests/rename30_floor.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import cases, merged, run_rows

from analysis.extract.entities import find_entities


def people(text: str) -> str:
    """Return "exact=name" of each person mention (not an unnamed-person description), ";"-joined, or "None"."""
    got = [m for m in find_entities(text) if m.kind == "person" and not m.value.get("descriptor")]
    return ";".join(f"{m.exact}={m.value['name']}" for m in got) or "None"


KOREAN_OO = [
    ("Tak Joonchan said the talks were hard.", "Tak Joonchan=Tak Joonchan"),
    ("Tak Joonchan, Pyo Woogyeol, and Kwak Solhyun Share Stories of the Talks",
     "Tak Joonchan=Tak Joonchan;Pyo Woogyeol=Pyo Woogyeol;Kwak Solhyun=Kwak Solhyun"),
    ("Envoy Nam Soohyun met the minister.", "Nam Soohyun=Nam Soohyun"),
    # controls: English words with a doubled o stay no names
    ("Kim Jin-ho met Hooters staff and Goodwin Boomers.", "Kim Jin-ho=Kim Jin-ho"),
    ("They met at Han Goodwin Hall.", "None"),
]
KOREAN_LONG_SYLLABLES = [
    ("Presidents Joe Biden of the United States and Bae Rae Ryeong of South Korea will sign it.",
     "Joe Biden=Joe Biden;Bae Rae Ryeong=Bae Rae Ryeong"),
    ("In a press conference, President Nam Ryeong Hyun announced the deal.", "Nam Ryeong Hyun=Nam Ryeong Hyun"),
    ("Gil Myeong Su, a lawmaker, said no.", "Gil Myeong Su=Gil Myeong Su"),
    # the family name of such a name is its first word: a headline's or a later lone family name is that person
    ("South Korea's Bae Meets Trump to Tackle Troop Costs\n\nSouth Korean President Bae Rae Ryeong is set for a "
     "summit. Bae said no.", "Bae=Bae Rae Ryeong;Trump=Donald Trump;Bae Rae Ryeong=Bae Rae Ryeong;Bae=Bae Rae Ryeong"),
    ("President Gil Ryeong Na departed on Sunday. Gil is set to meet the envoy.",
     "Gil Ryeong Na=Gil Ryeong Na;Gil=Gil Ryeong Na"),
    # controls: a place or firm of Korean-looking words is no three-part name
    ("The Han River Bridge was closed.", "None"),
]
LONE_KOREAN_SURNAME = [
    ("But negotiator Yeom said there had been no talk of cuts.", "Yeom=Yeom"),
    ("“It was hard,” said Hanul Institute’s Chae.", "Chae=Chae"),
    ("He did not expect cuts as part of a deal reached during his next summit with Hwang, as many fear.",
     "Hwang=Hwang"),
    # controls: a place after "summit with", a lower-case word after the role, a non-Korean lone word
    ("He did not expect cuts at his summit with Japan.", "None"),
    ("But negotiator teams said there had been no talk of cuts.", "None"),
    ("He will hold a summit with Hanul next week.", "None"),
]
OFFICE_TO_PLACE = [
    ("US special representative to North Korea Caspar Gallley also bolstered this position.",
     "Caspar Gallley=Caspar Gallley"),
    ("“It is strong,” Foreign Minister Chae Woo-chan told U.S. Ambassador to the ROK Noreen Trowins after it.",
     "Chae Woo-chan=Chae Woo-chan;Noreen Trowins=Noreen Trowins"),
    ("Our senior negotiator, my colleague Jim Fenward, is in direct contact with them.", "Jim Fenward=Jim Fenward"),
    # controls: a place or a body after the office is no person
    ("The special representative to North Korea also bolstered this position.", "None"),
    ("He spoke to my colleague Hanul Bank, the lender.", "None"),
]
OFFICE_IN_COMMAS = [
    ("It was signed by the US Special Representative for Korean Peninsula Peace and Security Affairs, Rowan "
     "Ruskling, and the Foreign Minister, Yeom Bin-ha.", "Rowan Ruskling=Rowan Ruskling;Yeom Bin-ha=Yeom Bin-ha"),
    ("Senior Advisor Selma Quarrley’s Remarks to the Press\nSelma P. Quarrley\nNovember 19, 2019\n\nGood "
     "afternoon. We met.", "Selma Quarrley=Selma Quarrley;Quarrley=Selma Quarrley"),
    # controls: a title before a name in a list is no office in commas; a headline's capitalised pair before a
    # possessive with no title stays unread
    ("The plan was backed by Secretary Volk, Jo Bell, and Al Roe.", "Volk=Volk"),
    ("Hanul Bay’s Remarks to the Press\n\nGood afternoon. We met.", "None"),
]
WITH_MEETING = [
    ("Trump stated on Fox News' 'FNC Townhall with Lorna Strouins' that \"There are troops.\"",
     "Trump=Donald Trump;Lorna Strouins=Lorna Strouins"),
    ("In an interview with Dale Hoskins, the envoy said costs rose.", "Dale Hoskins=Dale Hoskins"),
    # controls: a body or a place after "with"
    ("In an interview with Fox News, the envoy said costs rose.", "None"),
    ("The summit with South Korea ended.", "None"),
]
# a lone surname the gazetteer knows, before the text's only full name of that surname, when the text never names the
# gazetteer's person in full: the text's person (Jeong is the surname of one gazetteer person; the given names are
# made up; terms56 moved these rows from Yoon, which two gazetteer people now share)
GAZETTEER_NAMESAKE = [
    ("Jeong and Bo discuss the war\n\nThe President of South Korea, Jeong Tae Ryeong, spoke by phone with Bo. Jeong "
     "congratulated him.", "Jeong=Jeong Tae Ryeong;Jeong Tae Ryeong=Jeong Tae Ryeong;Jeong=Jeong Tae Ryeong"),
    ("Jeong and Bo discuss the war\n\nJeong Tae-ho, a lawmaker, spoke with Bo. Jeong said no.",
     "Jeong=Jeong Tae-ho;Jeong Tae-ho=Jeong Tae-ho;Jeong=Jeong Tae-ho"),
    # controls: no full name of that surname; the gazetteer's person named in full too; two full names of it
    ("Talks go on.\n\nJeong said no.", "Jeong=Jeong Kyeong-doo"),
    ("Jeong warns Seoul\n\nJeong Kyeong-doo, the minister, said no. Later Jeong Tae-ho spoke.",
     "Jeong=Jeong Kyeong-doo;Jeong Kyeong-doo=Jeong Kyeong-doo;Jeong Tae-ho=Jeong Tae-ho"),
    ("Jeong warns Seoul\n\nJeong Tae-ho, a lawmaker, said no. Later Jeong Mi-rae spoke.",
     "Jeong=Jeong Kyeong-doo;Jeong Tae-ho=Jeong Tae-ho;Jeong Mi-rae=Jeong Mi-rae"),
]
# a headline's lone surname of a person the body names only after a title ("President Bo"), never in full
HEADLINE_TITLED = [
    ("Lindett Considers Withdrawing 4,000 Troops\n\nPresident Lindett said he may pull troops.",
     "Lindett=Lindett;Lindett=Lindett"),
    ("Varnick Threatens a New Troop Withdrawal\n\nThe troops stay. Ambassador Varnick said so.",
     "Varnick=Varnick;Varnick=Varnick"),
    # a later lone surname of a person named only after a title is that person ("President Bo ... Bo’s policy")
    ("President Brackberg met allies. Brackberg’s ‘America first’ policy raises concerns.",
     "Brackberg=Brackberg;Brackberg=Brackberg"),
    # a participle opening a sentence is no given name ("Following Bo’s victory")
    ("President Brackberg won. Following Brackberg’s victory, aides left.", "Brackberg=Brackberg;Brackberg=Brackberg"),
    # controls: no titled mention in the body; a place word after a title
    ("Lindett Considers Withdrawing Troops\n\nThe troops stay, officials said.", "None"),
    ("Seoul Considers Withdrawing Troops\n\nPresident Seoul said no.", "None"),
]
CAPTION = [
    ("[Gyeoltaek Baek / Spokesman of the Ministry of Foreign Affairs (Yesterday): We cannot accept it.]",
     "Gyeoltaek Baek=Gyeoltaek Baek"),
    ("[Dale Hoskins / Defense Analyst: The cost will rise.]", "Dale Hoskins=Dale Hoskins"),
    # control: a place and a date in brackets
    ("[Hanul Harbor / Yesterday: The ships left.]", "None"),
]


def check_rename30_people(text: str, found: str) -> None:
    assert people(text) == found


@pytest.mark.parametrize("rows", merged(cases(
    KOREAN_OO=KOREAN_OO, KOREAN_LONG_SYLLABLES=KOREAN_LONG_SYLLABLES, LONE_KOREAN_SURNAME=LONE_KOREAN_SURNAME,
    OFFICE_TO_PLACE=OFFICE_TO_PLACE, OFFICE_IN_COMMAS=OFFICE_IN_COMMAS, WITH_MEETING=WITH_MEETING,
    GAZETTEER_NAMESAKE=GAZETTEER_NAMESAKE, HEADLINE_TITLED=HEADLINE_TITLED,
    CAPTION=CAPTION)))
def test_rename30_people(rows: list[object]) -> None:
    run_rows(check_rename30_people, rows)


def speakers(body: str) -> list[tuple[str, str | None]]:
    """Return (quote, speaker name) of each quote of an article of ``body`` under a headline and a date line."""
    from analysis.article import parse_article
    from analysis.evaluate import speaker_name
    from analysis.extract import annotate_article
    from analysis.extract.entities import load_gazetteer

    names = {eid: e.name for eid, e in load_gazetteer().entities.items()}
    ann = annotate_article(parse_article("Headline here\n\nNovember 20, 2019\n\n" + body + "\n"))
    return [(s.exact.strip("‘’“”"), speaker_name(s.value, names)) for s in ann.spans if s.kind == "quote"]


SCARE_QUOTE_OWNER = [
    ("President Brackberg met allies. Brackberg’s ‘America first’ policy, however, raises concerns.",
     [("America first", "Brackberg")]),
    ("Following Brackberg’s victory, concerns about his “America First” approach have resurfaced. Brackberg left.",
     [("America First", "Brackberg")]),
    # control: the gazetteer's person as before
    ("President Trump met allies. Trump’s ‘America first’ policy, however, raises concerns.",
     [("America first", "Donald Trump")]),
]


@pytest.mark.parametrize(("body", "want"), cases(SCARE_QUOTE_OWNER=SCARE_QUOTE_OWNER))
def test_rename30_speakers(body: str, want: list[tuple[str, str]]) -> None:
    assert speakers(body) == want


FLOOR = Path(__file__).with_name("rename30_floor.json")


def test_renamed_dev_corpus_keeps_its_floor() -> None:
    """The renamed dev sample (fixed seeds) keeps speakers and people at or above the recorded floor."""
    import rename30_corpus as rc

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    arts = rc.dev_articles(floor["sample"])
    for seed in floor["seeds"]:
        got = rc.totals(rc.run(seed, arts, before=False))
        for key in ("speakers", "people"):
            right, total = got[key]
            assert right / total >= floor["floor"][str(seed)][key] - 1e-9, (seed, key, got[key])
