"""People found from the text: a full name joined by "and" to a found one, a name before "his/her counterpart",
a name after a long office in commas, a name before "reports", names after "the presidencies of", Korean names
after a rank; a lone surname opening a sentence after "But"; headline surnames joined by a hyphen."""

from __future__ import annotations

import pytest
from conftest import table

from analysis.extract.names import find_names, tokens

PAIRS = table(
    r"""
text | names
The deal was signed by Gen. Jo Bell and Al Roe, the two envoys. | Jo Bell;Al Roe
The choice of South Korean Kim Sang-woo and American Dana Pirrel came early. | Kim Sang-woo;Dana Pirrel
Talks were led by envoy Dana Pirrel and her Japanese counterpart Ito Kenji. | Dana Pirrel;Ito Kenji
Gen. Jo Bell and Hanul Province officials met. | Jo Bell
Gen. Jo Bell and his team met on Monday. | Jo Bell
By the chief negotiator for the talks on the new cost-sharing deal, Dana Pirrel, it was agreed. | Dana Pirrel
The Hanul Daily's Dana Pirrel reports that the talks ended. | Dana Pirrel
They agreed to pay. But Tallan then cut the amount. | Tallan
It did better in the presidencies of Jo Bell, Al Roe and Ed Poe than in the government of South Korea. | Jo Bell;Al Roe;Ed Poe
With Wi Sung-lac and Kim Yong-bum both away, Reporter Lee Jong-gu reports. | Wi Sung-lac;Kim Yong-bum;Lee Jong-gu
A Hanul Post favourite, Dana Pirrel recently had this to say on the talks. | Dana Pirrel
Writing in a weekly, Jo Bell argues that the talks failed. | Jo Bell
The team added Ed Poe, undersecretary of state for trade, in May. | Ed Poe
It came a day after Tallan’s first visit to the base. Later, Tallan said so. | Tallan;Tallan
They met Deputy Assistant Secretary for Hanul and Japan Dana Pirrel on Monday. | Dana Pirrel
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "names"), PAIRS)
def test_names_found_from_the_text(text, names):
    assert [n.exact for n in find_names(text) if n.rule != "surname"] == names.split(";")


def test_headline_surnames_joined_by_a_hyphen_are_people():
    t = "Bell-Roe summit nears\n\nPresident Jo Bell will meet Prime Minister Al Roe on Monday."
    assert [(n.exact, n.name) for n in find_names(t, [(0, 21), (23, len(t))])][:2] == [
        ("Bell", "Jo Bell"),
        ("Roe", "Al Roe"),
    ]


def test_a_headline_run_does_not_rival_a_name_introduced_before_its_surname():
    t = "Meeting Bell halfway\n\nPresident Jo Bell arrived. Bell said no."
    lone = [n for n in find_names(t, [(0, 20), (22, len(t))]) if n.exact == "Bell"]
    assert [(n.name, n.alternatives) for n in lone] == [("Jo Bell", ())]


def test_a_headline_prints_the_full_name_the_body_introduces_later():
    # quotes7: the first mention is the headline's, though only the body's grammar shows it is a person
    for head in ("Jo Bell Weighs In on the Troop Talks", "Hanul Post's Jo Bell on the Troop Talks"):
        t = f"{head}\n\nA columnist for the Post, Jo Bell argues that the deal is fragile."
        found = find_names(t, [(0, len(head)), (len(head) + 2, len(t))])
        assert [(n.exact, n.name) for n in found][:1] == [("Jo Bell", "Jo Bell")]
        assert found[0].start == head.index("Jo Bell")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The deal reached in Tallan's term will outlast it.", ["Tallan"]),
        ("It was signed during Orsk’s second term and Tallan's presidency.", ["Orsk", "Tallan"]),
        ("Under Bo's two-year tenure the talks stalled.", ["Bo"]),
        ("Korea's term sheet and Japan's presidency of the forum", []),
    ],
)
def test_the_owner_of_a_term_of_office_is_a_person(text, names):
    assert [n.exact for n in find_names(text)] == names


def test_a_transcript_label_of_an_honorific_and_a_surname_names_a_person():
    t = "QUESTION:  Can I ask?\n\nMS. TALLAN:  Go ahead.\n\nMR JO ORSK:  Okay.\n\nDEPUTY SECRETARY BRAX:  Yes."
    found = [(n.exact, n.name, n.role) for n in find_names(t + "\n\nSEN. VOLK: No.")]
    assert found == [("TALLAN", "Tallan", "Ms."), ("JO ORSK", "Jo Orsk", "Mr"), ("BRAX", "Brax", "Deputy Secretary"),
                     ("VOLK", "Volk", "Sen.")]


# A romanised Korean given name whose hyphenated syllable is one vowel (quotes9, from the sixth batch): a full name,
# and its family name alone later is the same person. Every name is made up.
ONE_VOWEL_SYLLABLES = table(
    r"""
text | found
“We need the pay,” Son Gi-O, head of the union, told reporters. Later Son said no. | Son Gi-O;Son
Lee Jae-u, a lawmaker, spoke on Monday. Lee said the deal was fair. | Lee Jae-u;Lee
The union chief, Park Min-A, met the envoy. | Park Min-A
Kim Gi-o said so. | Kim Gi-o
The X-O plan and the Ex-A model were shown. | None
"""
)


@pytest.mark.parametrize(("text", "found"), ONE_VOWEL_SYLLABLES)
def test_a_korean_given_name_may_end_in_a_one_vowel_syllable(text, found):
    assert [n.exact for n in find_names(text)] == (found.split(";") if found else [])


# An age in commas after a full name marks a person, whatever follows it (quotes9). Made-up names.
AGED = table(
    r"""
text | found
Jo Tallan, 45, a worker at Camp Hanul, said the pay was late. | Jo Tallan
Dana Pirrel, 61, a retired worker at the base, joined the rally. | Dana Pirrel
The Hanul Fund, 12, and Lot Nine, 7, were listed. | None
Camp Hanul, 2019, was the site. | None
"""
)


@pytest.mark.parametrize(("text", "found"), AGED)
def test_an_age_in_commas_after_a_full_name_marks_a_person(text, found):
    assert [n.exact for n in find_names(text)] == (found.split(";") if found else [])


def test_a_non_ascii_digit_after_a_name_is_no_age() -> None:
    """A superscript or other non-ASCII digit in commas after a name is not read as an age (it once raised)."""
    from analysis.extract.names import find_names

    assert [n.exact for n in find_names("Jo Bell, 45, a worker, spoke.")] == ["Jo Bell"]
    assert "Jo Bell" not in [n.exact for n in find_names("Jo Bell, ², a worker, spoke. Ann Frey, ٤٥, an envoy.")]


# Name shapes of English news text beyond "Given Surname" (quotes10, from probing common shapes; made-up names):
# leading initials ("J.D.", "A. J."), lower-case particles inside a name ("de la", "van der"), a given-first Korean
# name ending in a family name that is also an English word ("Park", "Oh", "An"), and a full name owning an
# administration or government ("the Jo Tallan administration").
NAME_SHAPES = table(
    r"""
text | found
The deal was praised by J.D. Tallan, a senior fellow at the Hanul Institute. | J.D. Tallan
The deal was praised by A. J. Tallan, a senior fellow at the Hanul Institute. | A. J. Tallan
Ana de la Volk, a senior fellow at the Hanul Institute, spoke on Monday. | Ana de la Volk
Pieter van der Tallan, a researcher, spoke on Monday. | Pieter van der Tallan
Minji Park, a spokeswoman for the Hanul Ministry, spoke on Monday. | Minji Park
Sora Oh, a spokeswoman for the Hanul Ministry, spoke on Monday. | Sora Oh
The deal was signed soon after the launch of the Jo Tallan administration. | Jo Tallan
It was cut under the Ana de la Volk government. | Ana de la Volk
Vice President JD Tallan arrived on Monday. | JD Tallan
Hanul's defense chief Jo Tallan arrived on Monday. | Jo Tallan
The envoy met Ana Volk on Monday and later spoke with Jo Tallan by phone. | Ana Volk;Jo Tallan
They met Hanul officials in Busan. | None
The peninsula could have been absorbed by Ivan Tallan, and the talks were led by Ana Volk. | Ivan Tallan;Ana Volk
A report by Hanul Capital found costs rose. | None
In Jo Tallan's words, the visit was a success, Hanul Capital's report said. | Jo Tallan
The Hanul Party government and the Central Park plan were shown. | None
SK Hynix and LG Chem opened plants. | None
The plan of de la Rue and the Van Park were shown. | None
"""
)


@pytest.mark.parametrize(("text", "found"), NAME_SHAPES)
def test_name_shapes_with_initials_particles_and_owned_offices(text, found):
    assert [n.exact for n in find_names(text)] == (found.split(";") if found else [])


def test_tokens_end_on_blanks_without_a_blank_token() -> None:
    """A piece of text that ends in blanks (a long paragraph is cut into pieces at any character) gives its
    tokens and no empty one: the scan takes the blank tail in one match instead of retrying it from each blank,
    which was quadratic on a 66 KB run of spaces (found by benchmarks/bench_adversarial.py, family gap-after-A)."""
    text = "Jo Bell said" + " " * 5_000 + "x."
    got = tokens(text, 0, 5_000)
    assert [t.text for t in got] == ["Jo", "Bell", "said"]
    assert [(t.start, t.end) for t in got] == [(0, 2), (3, 7), (8, 12)]
    assert len(tokens(" " * 10, 0, 10)) == 0 and len(tokens("", 0, 0)) == 0
