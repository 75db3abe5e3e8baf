"""Attribution classes of news English found by quotes16 (fifth session) on the tenth batch's second half and the
dev misses left: a body's proper name read whole through "of (the)" ("the U.S. Department of the Navy", not "the
Navy"); "he"/"she" never a publication's one-word name ("the news magazine Vantage ... Vantage read it as Jo Tallan
hinting"); an office's holder is who holds its head noun, not its complement ("an adviser to the president" is no
president); "the president" after a run of one speaker's quotes goes on with that speaker, not a president named
only as a preposition's object; a headline's or deck's office with no article after an inverted verb ("says US
president"); a sentence opened by "A/An ... who" has that unnamed person as its subject, whom its later "he" is;
a lead's "the commander" no one named before holds is the person the next paragraphs quote with that office.
Every name and place is made up; each row is a generic sentence, not an article's.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# "the <Name> of (the) <Name>" before a speech verb: one body's name, whose head is its first noun.
BODIES = table(
    r"""
body | speaker_names
In the letter, the U.S. Department of the Navy said that "the reasons remain valid." | U.S. Department of the Navy
The Hanul Ministry of National Defense said on Monday that the plan was "final." | Ministry of National Defense
In a statement, the Office of the Hanul President said that the plan was "final." | Office of the Hanul President
"""
)

# A publication or broadcaster named after its noun is an "it": "he" goes to the person the sentence reads about.
PUBLICATIONS = table(
    r"""
body | speaker_names
Jo Tallan spoke to the news magazine Vantage on Monday.\n\nVantage interpreted this statement as Jo Tallan hinting at a pullout.\n\n"We pay too much," he said. | Jo Tallan
In an interview with the magazine Vantage published that day, Jo Tallan said, "We pay."\n\nVantage interpreted this statement as Tallan hinting at a pullout.\n\nIn the interview, he said, "We pay too much." | Jo Tallan;Jo Tallan
Jo Tallan gave an interview to the broadcaster Lumen.\n\nLumen interpreted this as Tallan hinting at a pullout.\n\n"We pay too much," he said. | Jo Tallan
Jo Tallan gave an interview to the broadcaster Lumen.\n\nLumen said so.\n\n"We pay too much," he said. | Jo Tallan
"""  # noqa: E501
)

# "the <office> said": the holder of the office's head noun; "an adviser to the president" holds "adviser".
OFFICE_HEADS = table(
    r"""
body | speaker_names
President Bo Rimmer spoke on Monday. Jo Tallan met Ana Volk, an adviser to the president.\n\n"We pay too much," the president said. | Bo Rimmer
Minister Jo Tallan spoke on Monday. Bo Rimmer, a spokesman for the minister, met him.\n\n"We pay too much," the minister said. | Jo Tallan
Envoy Jo Tallan spoke on Monday. Ana Volk, the deputy to the envoy, met him.\n\n"We pay too much," the envoy said. | Jo Tallan
"""  # noqa: E501
)

# After one president's quotes, "the president said" is still him when the other president is only an object; a
# president who opens a sentence of his own is the nearer holder (control).
LAST_SPEAKER = table(
    r"""
body | speaker_names
President Jo Tallan spoke on Monday.\n\n"We are a wealthy ally," he said.\n\nHe said he is negotiating with President Bo Rimmer on the cost.\n\n"They offered a sum and I rejected it," the president said. | Jo Tallan;Jo Tallan
President Jo Tallan spoke on Monday.\n\n"We are a wealthy ally," he said.\n\nPresident Bo Rimmer met him later.\n\n"They offered a sum and I rejected it," the president said. | Jo Tallan;Bo Rimmer
"""  # noqa: E501
)

# "A/An <words> who ..., said he ... but said, “...”": the unnamed person the sentence opens with speaks.
INDEFINITE = table(
    r"""
body | speaker_names
Jo Tallan, a union leader, spoke.\n\nAn American officer who served at the base said she agreed but added that it was "a bad deal." | American officer
Jo Tallan, a union leader, spoke.\n\nA Korean base employee who asked not to be named said he was calm but said, nevertheless, "we cannot focus." | A Korean base employee
Jo Tallan, a union leader, spoke.\n\nA deal that nobody likes was signed, he said, calling it "a bad deal." | Jo Tallan
"""  # noqa: E501
)


# A lead's definite office ("what the commander ... called “...”") with nobody holding it named before: the person
# the next paragraphs quote by name with that office in commas or as a title; a holder of another office is not him.
NAMED_NEXT = table(
    r"""
body | speaker_names
The talks ended on Monday in what the commander of the troops called a "heartbreaking" result.\n\n"It is unthinkable," Gen. Jo Tallan, commander of the troops, said. | Jo Tallan;Jo Tallan
The talks ended on Monday, the chief negotiator said, calling them "productive."\n\nAna Volk, the chief negotiator for the talks, met Bo Rimmer.\n\n"We made progress," Volk said. | Ana Volk;Ana Volk
The talks ended on Monday in what the commander of the troops called a "heartbreaking" result.\n\n"It is unthinkable," Jo Tallan, a lawmaker, said. | the commander;Jo Tallan
"""  # noqa: E501
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes16_shapes = speakers_test(BODIES=BODIES, PUBLICATIONS=PUBLICATIONS, OFFICE_HEADS=OFFICE_HEADS,
                                                 LAST_SPEAKER=LAST_SPEAKER, INDEFINITE=INDEFINITE,
                                                 NAMED_NEXT=NAMED_NEXT)


HEAD = "Hanul Balks at Cost Deal\n\nMarch 3, 2020\n\n"


# A deck line under the headline: '"...," says <office>' with no article is the office's words; in a body sentence
# that goes on, the words after the verb are read by the other rules (controls).
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("'We will not pay more,' says Hanul president\n\nHanul President Jo Tallan said he would not pay.",
         "Hanul president"),
        ('"We will not pay more," says US defense chief\n\nDefense Secretary Jo Tallan said he would not pay.',
         "US defense chief"),
        ('"We will not pay more," said US envoy Jo Tallan on Monday.', "Jo Tallan"),
    ],
)
def test_a_headline_office_without_article_speaks(body, speaker):
    assert quotes(body, HEAD)[0]["speaker_name"] == speaker


def test_a_publication_keeps_its_own_quotes():
    """Only a pronoun skips a publication's name: the publication named as a verb's subject still speaks."""
    body = 'Jo Tallan spoke to the news magazine Vantage.\n\nVantage said the deal was "a bad one."'
    assert quotes(body)[0]["speaker_name"] == "Vantage"
