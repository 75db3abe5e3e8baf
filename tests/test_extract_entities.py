"""People, organisations, places and agreements from the gazetteer, with ambiguity and metonymy."""

from __future__ import annotations

import pytest

from analysis.errors import DataError
from analysis.extract.entities import find_entities, load_gazetteer

REQUIRED_IDS = (
    "mark-esper",
    "donald-trump",
    "kim-jong-un",
    "kim-myong-gil",
    "kim-yong-chol",
    "stephen-biegun",
    "jeong-kyeong-doo",
    "harry-harris",
    "yoon-sang-hyun",
    "james-dehart",
    "moon-jae-in",
    "kang-kyung-wha",
    "kcna",
    "us-government",
    "rok-government",
    "dprk-government",
    "japan-government",
    "usfk",
    "rok-students",
    "rok-national-assembly",
    "stockholm",
    "hanoi",
    "seoul",
    "pyongyang",
    "washington",
    "tokyo",
    "panmunjom",
    "sma",
    "gsomia",
    "yonhap",
    "reuters",
)


def test_gazetteer_has_the_ids_events_use():
    g = load_gazetteer()
    assert set(REQUIRED_IDS) <= set(g.entities)
    assert g.entities["seoul"].metonym_for == "rok-government"


def ids(text: str) -> list[tuple[str, str, str | None]]:
    return [(x, k, v["id"]) for _, _, x, k, v in find_entities(text)]


ENTITIES = [
    ("Washington's Defense Secretary Mark Esper urged Friday.", ("Mark Esper", "person", "mark-esper")),
    ("Esper said on Wednesday he was open to changes.", ("Esper", "person", "mark-esper")),
    ("Kim and Biegun met last month in the Swedish capital.", ("the Swedish capital", "place", "stockholm")),
    ("to maintain a military intelligence-sharing pact", ("military intelligence-sharing pact", "agreement", "gsomia")),
    ("to conclude the SMA with increased burden sharing", ("the SMA", "agreement", "sma")),
    ("The Special Measures Agreement expires.", ("Special Measures Agreement", "agreement", "sma")),
    ("Seoul decided to end GSOMIA in August.", ("GSOMIA", "agreement", "gsomia")),
    ("A report from the Korean Central News Agency said", ("Korean Central News Agency", "org", "kcna")),
    ("KCNA said the talks failed.", ("KCNA", "org", "kcna")),
    ("the Trump administration is seeking more", ("Trump administration", "org", "us-government")),
    ("U.S. Forces Korea declined to comment.", ("U.S. Forces Korea", "org", "usfk")),
    ("university students broke into the residence", ("university students", "org", "rok-students")),
    ("The National Assembly must ratify it.", ("The National Assembly", "org", "rok-national-assembly")),
    ("after a summit in Hanoi collapsed", ("Hanoi", "place", "hanoi")),
    ("Trump met Kim Jong Un at Panmunjom.", ("Panmunjom", "place", "panmunjom")),
    ("Foreign Minister Kang Kyung-wha said", ("Kang Kyung-wha", "person", "kang-kyung-wha")),
    ("US negotiator James DeHart arrived.", ("James DeHart", "person", "james-dehart")),
    ("Ambassador Harry Harris left.", ("Harry Harris", "person", "harry-harris")),
    ("President Moon Jae-in said", ("Moon Jae-in", "person", "moon-jae-in")),
    ("Yonhap reported the figure.", ("Yonhap", "org", "yonhap")),
]


@pytest.mark.parametrize(("sentence", "expected"), ENTITIES)
def test_entities(sentence, expected):
    assert expected in ids(sentence)


def test_full_name_then_surname_is_one_person():
    found = ids("Washington's Defense Secretary Mark Esper urged Friday. Later Esper said more.")
    assert [i for x, k, i in found if k == "person"] == ["mark-esper", "mark-esper"]


def test_bare_kim_before_any_full_name_is_ambiguous():
    text = "Kim and Biegun met. Trump and Kim Jong Un agreed. Negotiator Kim Myong Gil spoke."
    first = find_entities(text)[0]
    assert first[2] == "Kim" and first[4]["id"] is None
    assert first[4]["candidates"][:2] == ["kim-jong-un", "kim-myong-gil"]
    assert "kim-yong-chol" in first[4]["candidates"]


def test_kim_after_one_full_name_resolves_and_after_two_is_ambiguous():
    one = find_entities("Kim Myong Gil spoke. Kim said no.")
    assert one[1][4]["id"] == "kim-myong-gil"
    two = find_entities("Kim Jong Un and Kim Myong Gil met. Kim said no.")
    assert two[2][4]["id"] is None and set(two[2][4]["candidates"]) >= {"kim-jong-un", "kim-myong-gil"}


@pytest.mark.parametrize(
    ("sentence", "exact", "metonym"),
    [
        ("to protest Washington's demand for more cash", "Washington", "us-government"),
        ("calling on Seoul to reverse its decision", "Seoul", "rok-government"),
        ("which Seoul decided not to extend", "Seoul", "rok-government"),
        ("If the U.S. still seeks a sinister aim", "the U.S.", "us-government"),
        ("The envoy flew to Seoul on Monday.", "Seoul", None),
        ("Protesters gathered in Washington.", "Washington", None),
    ],
)
def test_capitals_as_governments(sentence, exact, metonym):
    (hit,) = [v for _, _, x, k, v in find_entities(sentence) if x == exact]
    assert hit["metonym_for"] == metonym


@pytest.mark.parametrize(
    "sentence",
    ["US allies South Korea and Japan", "U.S. President Donald Trump", "Seoul National University said"],
)
def test_modifiers_and_longer_names_are_not_places(sentence):
    places = [x for _, _, x, k, _ in find_entities(sentence) if k == "place" and x in {"US", "U.S.", "Seoul"}]
    assert places == []


def test_unnamed_person_gets_role_candidates():
    (hit,) = [v for *_, k, v in find_entities("A South Korean lawmaker said last week that") if k == "person"]
    assert hit["descriptor"] is True and hit["id"] is None
    assert hit["country"] == "KR" and hit["candidates"] == ["yoon-sang-hyun"]


def test_adjective_official_is_not_a_person():
    assert [k for *_, k, _ in find_entities("referring to the official name of South Korea")] == ["place"]


def test_bad_gazetteer_names_file_row_and_column(tmp_path):
    bad = tmp_path / "entities.csv"
    bad.write_text("entity_id,kind,name,aliases,role,country,source_ids\nx,planet,X,,,,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"row 2, column kind"):
        load_gazetteer(bad)
