"""Attribution classes of news English found by quotes15 (fifth session) while diagnosing dev speaker misses and
probing the shapes unseen text names speakers in: the holder named in commas after the office phrase an inverted
speech verb is followed by; a name coordinated with a governed word is governed too (a later "he" goes on with the
sentence's subject); "quoting/citing X as saying"; an office a title's abbreviation gives ("Gen.", "Rep."); "the
analyst/expert/official" only for one the text called so; "the former president" for the one called former; a
nickname quoted inside a name. Every name and place is made up; each row is a generic sentence, not an article's.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# '", said <office phrase>, <Name>': the name in apposition holds the office and speaks.
APPOSED = table(
    r"""
body | speaker_names
"It is unthinkable," said the commander, General Jo Tallan, in a message. | Jo Tallan
"It is unthinkable," said the commander, Gen. Jo Tallan. | Jo Tallan
"It is unthinkable," said Japan's commander in chief, General Jo Tallan, in a filmed message. | Jo Tallan
"It is unthinkable," said South Korea's envoy to the talks, Jo Tallan. | Jo Tallan
"It is unthinkable," said South Korea's top nuclear envoy, Jo Tallan. | Jo Tallan
"It is unthinkable," said the chief negotiator for South Korea, Jo Tallan. | Jo Tallan
"It is unthinkable," said the head of the Japanese delegation, Jo Tallan. | Jo Tallan
"It is unthinkable," said the envoy to the talks, Jo Tallan. | Jo Tallan
"It is unthinkable," said the union's leader, Jo Tallan. | Jo Tallan
"It is unthinkable," said one of the negotiators, Jo Tallan. | Jo Tallan
"It is unthinkable," said a spokesman for the ministry, Jo Tallan. | Jo Tallan
"We pay a fair share," said Hanul's envoy, Jo Tallan. | Jo Tallan
"""
)

# What the appositive rule must not read: the name is not in apposition to an office, or the words are not a phrase.
APPOSED_NOT = table(
    r"""
body | speaker_names
"It is unthinkable," said Jo Tallan, the union's leader. | Jo Tallan
"It is unthinkable," said South Korea's chief negotiator, Jo Tallan. | Jo Tallan
"It is unthinkable," said the ministry, Jo Tallan's office. | the ministry
"It is unthinkable," said the envoy, adding that Seoul would pay. | the envoy
"""
)

# A pronoun after a sentence whose nearest name is governed (an object, or coordinated with one) goes to its subject;
# a name in apposition after a comma is governed by nothing before the comma ("in South Korea, General Jo Tallan").
PRONOUNS = table(
    r"""
body | speaker_names
Speaking at a briefing, Jo Tallan said Hanul is negotiating with Ana Volk and President Bo Rimmer to help.\n\n"We are defending a wonderful nation," he said. | Jo Tallan
Jo Tallan said Hanul is negotiating with South Korea and President Bo Rimmer.\n\n"We are defending a wonderful nation," he said. | Jo Tallan
Jo Tallan and Bo Rimmer met on Monday.\n\n"We are defending a wonderful nation," he said. | Bo Rimmer
Ana Volk met Bo Rimmer on Monday. The head of the troops in South Korea, General Jo Tallan, spoke when he remarked, "We stay." | Jo Tallan
"""  # noqa: E501
)

# "<outlet> ..., quoting <source> as saying:": the source's words.
QUOTING = table(
    r"""
body | speaker_names
Hanul TV aired the report, quoting a government source as saying: "The president believes we pay too little." | a government source
Ana Volk spoke on Monday. Hanul TV aired the report, quoting Jo Tallan, the envoy, as saying: "We pay too little." | Jo Tallan
Hanul TV aired the report, citing a ministry official as saying the deal was "fair." | a ministry official
"""  # noqa: E501
)

# "the <office> said": the person the text gave that office by title, abbreviation, appositive or copula.
OFFICES = table(
    r"""
body | speaker_names
Gen. Jo Tallan met Ana Volk on Monday.\n\n"We need more money," the general said. | Jo Tallan
Rep. Jo Tallan met President Ana Volk on Monday.\n\n"We need more money," the lawmaker said. | Jo Tallan
Former President Jo Tallan met President Ana Volk on Monday.\n\n"We need more money," the former president said. | Jo Tallan
Jo Tallan, an analyst at the Hanul Institute, wrote on Monday that Ana Volk was wrong.\n\n"We need more money," the analyst said. | Jo Tallan
Jo Tallan is an analyst at the Hanul Institute.\n\n"We need more money," the analyst said. | Jo Tallan
Jo Tallan, a senior official at the ministry, met Ana Volk.\n\n"We need more money," the official said. | Jo Tallan
"""  # noqa: E501
)

# Shapes probing found named plainly but read as nobody's: a lower-case office before a name after an inverted verb;
# an irregular past verb before a participle's comma; "who has" before the verb of a relative clause; a dash credit;
# a name right after a past verb is its object, not the clause's subject ("assessed President Bo Rimmer as").
PLAIN = table(
    r"""
body | speaker_names
Envoy Jo Tallan arrived in Seoul.\n\n"The sum is far too high," said the union leader Jo Tallan. | Jo Tallan
Envoy Jo Tallan arrived in Seoul.\n\n"The sum is far too high," said former defense minister Jo Tallan. | Jo Tallan
Envoy Jo Tallan arrived in Seoul.\n\nJo Tallan spoke at a forum on Monday, saying the deal was "fair." | Jo Tallan
Envoy Jo Tallan arrived in Seoul.\n\nJo Tallan gave a speech on Monday, saying the deal was "fair." | Jo Tallan
Envoy Jo Tallan arrived in Seoul.\n\nJo Tallan, who has called the alliance "a bad deal," arrived on Monday. | Jo Tallan
Envoy Jo Tallan arrived in Seoul.\n\n"The sum is far too high." — Jo Tallan, the envoy | Jo Tallan
General Jo Tallan, who served as envoy, assessed President Bo Rimmer as "random and impulsive." | Jo Tallan
"""
)


# No speaker where the text names none: an unnamed analyst stays unnamed; a nickname is part of a name.
NOBODYS = table(
    r"""
body | speaker_names
Jo Tallan met Ana Volk on Monday.\n\n"We need more money," the analyst said. | the analyst
"""
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes15_shapes = speakers_test(APPOSED=APPOSED, APPOSED_NOT=APPOSED_NOT, PRONOUNS=PRONOUNS,
                                                 QUOTING=QUOTING, OFFICES=OFFICES, PLAIN=PLAIN, NOBODYS=NOBODYS)


@pytest.mark.parametrize("body", ['"It is unthinkable," said General Jo "Bull" Tallan in a message.',
                                  'Adm. Ana "Sky" Volk spoke on Monday. "We pay," she said.'])
def test_a_nickname_quoted_inside_a_name_is_nobodys(body):
    (nick,) = [q for q in quotes(body) if q["exact"][1:-1] in {"Bull", "Sky"}]
    assert nick["attribution"] == "none" and nick["speaker_name"] is None
