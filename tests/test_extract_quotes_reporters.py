"""Who a quote's "it said" / "it added" is, and unnamed sources named by a capital (quotes9, from the first half of
the sixth batch): "it" as the subject of a speech verb goes on with the last reporting subject when that is an
organisation, not with an organisation or country named in between as an object; "the Seoul source" and "a
Washington official" are unnamed people of a country, as "a U.S. official" is. Every name below is made up."""

from __future__ import annotations

import pytest
from conftest import cases, table
from test_extract_quotes import attributed, quotes, speakers

IT_SAID = table(
    r"""
body | speaker_names
The Hanul Institute said the talks would resume.\n\n"We hope for a fair deal," it said. | Hanul Institute
"We will pay a fair share," the Foo Agency said in a statement.\n\n"The talks should go on," it added. | Foo Agency;Foo Agency
"We will pay a fair share," the Foo Agency said in a statement to the U.S. side.\n\n"The talks should go on," it added. | Foo Agency;Foo Agency
"We will pay a fair share," the Foo Agency said in a statement, referring to South Korea by name.\n\n"The talks should go on," it added. | Foo Agency;Foo Agency
The Hanul Institute said the talks would resume, in a joint letter with South Korea.\n\n"Both sides will work hard," it said. | Hanul Institute
The Hanul Institute said so in a joint letter with South Korea. It added, "Both sides will work hard." | Hanul Institute
The Hanul Institute noted the talks would resume, in a joint letter with South Korea’s Foo Agency.\n\n“Both sides will work hard,” it said. | Hanul Institute
"""  # noqa: E501
)

# ... after a person or no report, "it" keeps the nearest organisation
NOT_THE_REPORTER = table(
    r"""
body | speaker_names
Jo Tallan said the talks with the Pentagon would resume.\n\n"We hope for a fair deal," it said. | Pentagon
The Pentagon sent USFK a letter on the talks.\n\n"We hope for a fair deal," it said. | USFK
"""
)

# An unnamed source named by a capital speaks, by its words.
CAPITAL_SOURCES = table(
    r"""
body | speaker_text | attribution
"We will pay the wages first," the Seoul source said. | the Seoul source | descriptor
"We will pay the wages first," a senior Washington official said. | a senior Washington official | descriptor
“The offer stands,” the Tokyo diplomat told reporters. | the Tokyo diplomat | descriptor
A Beijing analyst said, "The offer stands." | A Beijing analyst | descriptor
"The offer stands," said a Pyongyang official. | a Pyongyang official | descriptor
"""
)


# A full quotation no rule attributes whose speech verb's subject is a plain noun phrase the entity rules do not tag
# (quotes9): the phrase speaks, by its words ("the civic group"), in the fallback.
PHRASE_SUBJECTS = table(
    r"""
body | speaker_text | attribution
"We will not work without pay," the union said. | the union | descriptor
"We will not work without pay," the civic group said in a statement. | the civic group | descriptor
“We will not work without pay,” the group has said. | the group | descriptor
The union said in a statement: "We will not work without pay." | The union | descriptor
"We will not work without pay," the two leaders said in a joint statement. | the two leaders | fallback
"""
)


PHRASE_NOBODY = table(
    r"""
body
The plan was said to be "a very good plan for all of us."
"We will not work without pay," the group, in turn, said.
Critics call it "a bad deal," the group said.
"""
)


@pytest.mark.parametrize("body", [row[0] for row in PHRASE_NOBODY])
def test_no_plain_phrase_no_phrase_speaker(body):
    assert [q["attribution"] for q in quotes(body) if q["attribution"] == "fallback"] == []


# A person familiar with the matter is an unnamed source. The phrase saying how they know is part of its words, as for
# plural sources (quotes21: "a person" alone says nothing, as quotes20 held of "a person who ...").
WIRE_SOURCES = table(
    r"""
body | speaker_text | attribution
"We will pay more," a person familiar with the matter told the Hanul Daily. | a person familiar with the matter | descriptor
"We will pay more," one person close to the talks said. | one person close to the talks | descriptor
"We will pay more," said a person briefed on the talks. | a person briefed on the talks | descriptor
"""  # noqa: E501
)


# A name in commas after an office that ends its sentence ('", said the spokesman, Jo Tallan.') is found as a
# person, and speaks (quotes9). Left: an office the entity rules do not tag as an unnamed person ("the union
# leader", "the ministry's spokeswoman") still hides the name after it from the quote rules.
OFFICE_THEN_NAME = table(
    r"""
body | speaker_names
"We will pay more," said the spokesman, Jo Tallan. | Jo Tallan
"We will pay more," said the negotiator, Dana Pirrel. | Dana Pirrel
"We will pay more," said a spokeswoman, Dana Pirrel. | Dana Pirrel
“We will pay more,” said the senior official, Dana Pirrel. | Dana Pirrel
"We will pay more," said the spokesman, Jo Tallan, on Monday. | Jo Tallan
"""
)


@pytest.mark.parametrize(("body", "speaker_names"), cases(IT_SAID=IT_SAID, NOT_THE_REPORTER=NOT_THE_REPORTER,
                                                          OFFICE_THEN_NAME=OFFICE_THEN_NAME))
def test_it_said_goes_on_with_the_last_reporting_organisation(body, speaker_names):
    assert speakers(body, words_too=False) == speaker_names.split(";")


@pytest.mark.parametrize(("body", "speaker_text", "attribution"), cases(CAPITAL_SOURCES=CAPITAL_SOURCES,
                                                                        PHRASE_SUBJECTS=PHRASE_SUBJECTS,
                                                                        WIRE_SOURCES=WIRE_SOURCES))
def test_an_unnamed_source_speaks_by_its_words(body, speaker_text, attribution):
    assert attributed(body) == (speaker_text, attribution)
