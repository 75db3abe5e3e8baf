"""How a careful reader chooses the speaker among several people named before a quote (quotes13): a "he" or "she"
goes on with the subject of the sentence that names the nearest person, not with a person a verb governs there (an
object, "Jo Tallan said he had asked Al Roe to help", or a reported clause's subject, "Jo Tallan said Al Roe would
come"); a sentence opened by "he" is followed back to whom that "he" means; a person named as the last quote's
speaker keeps the pronoun ('"...," Jo Tallan quoted Al Roe as saying. "...," he added').
Every person's name is made up.
"""

from __future__ import annotations

from conftest import table
from test_extract_quotes import speakers_test

# A "he" or "she" goes on with the subject of the sentence that names the nearest person, not with a person a verb
# governs there.
SPEAKERS = table(
    r"""
body | speaker_names
Jo Tallan also said he had asked Prime Minister Ana Volk to help.\n\n"You are rich," he told reporters. | Jo Tallan
Jo Tallan also said he had asked Prime Minister Al Roe to help. "You are rich," he told reporters. | Jo Tallan
Jo Tallan met Al Roe on Monday.\n\n"We are close," he said. | Jo Tallan
Jo Tallan thanked Defense Minister Al Roe for his help. "We are close," he said. | Jo Tallan
Jo Tallan said Al Roe would visit soon. "We are close," he said. | Jo Tallan
Jo Tallan told Al Roe that the talks were close. "We will sign," he said. | Jo Tallan
Jo Tallan urged Al Roe to sign the deal.\n\n"It is a good deal," he said. | Jo Tallan
Late last month, Jo Tallan called Al Roe about the deal. "It is a good deal," he said. | Jo Tallan
On Monday, Jo Tallan praised President Al Roe. "It is a good deal," he said. | Jo Tallan
Jo Tallan, who met Al Roe on Monday, spoke later. "We will sign," he said. | Jo Tallan
Ana Volk said she had asked Al Roe to help. "He agreed," she said. | Ana Volk
Jo Tallan spoke on Monday. He later met Al Roe in Hanul.\n\n"We will sign," he said. | Jo Tallan
Reporters asked Al Roe about the deal. "It is good," he said. | Al Roe
The deal was praised by Al Roe. "It is good," he said. | Al Roe
Jo Tallan spoke on Monday. Al Roe disagreed.\n\n"It is bad," he said. | Al Roe
Jo Tallan said he had invited Ms. Ana Volk to Hanul. "She will come," he said. | Jo Tallan
"You must pay," Jo Tallan quoted Al Roe as telling him. "We are rich," he added. | Al Roe;Al Roe
The minister, Jo Tallan, thanked Al Roe.\n\n"It is fair," he said. | Jo Tallan
"We will sign," Jo Tallan told Al Roe on Monday.\n\n"It is fair," he said. | Jo Tallan;Jo Tallan
"""
)

# A quote after a sentence in which someone other than the earlier quote's speaker speaks or takes a stance is that
# person's: within the paragraph, and for a paragraph of quote alone after a paragraph that ends so.
NEWER = table(
    r"""
body | speaker_names
"We will sign," Jo Tallan said. Al Roe said the talks were hard.\n\n"We will get there." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Al Roe told reporters the talks were hard.\n\n"We will get there." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Al Roe, the envoy, said the talks were hard.\n\n"We will get there." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Al Roe disagreed. "We are far apart." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Al Roe, the envoy, was less upbeat. "We are far apart." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Al Roe said the talks were hard. "We are far apart." | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Tallan said the talks were hard.\n\n"We will get there." | Jo Tallan;Jo Tallan
"We will sign," Jo Tallan said after meeting Al Roe. "We are close." | Jo Tallan;Jo Tallan
"We will sign," Jo Tallan said. Al Roe wants Hanul to pay a "fair and equal share" of it. | Jo Tallan;Al Roe
"We will sign," Jo Tallan said. Tallan wants Hanul to pay a "fair and equal share" of it. | Jo Tallan;Jo Tallan
"We will sign," Jo Tallan said. Al Roe said the talks were hard, and "far apart."\n\n"We will get there." | Jo Tallan;Al Roe;Al Roe
"""  # noqa: E501
)

# "the minister" is the person the text called so, by a title, an appositive or "is the ...", not the nearest.
HOLDERS = table(
    r"""
body | speaker_names
Al Roe, who is the defense minister, met Jo Tallan.\n\n"We will sign," the minister said. | Al Roe
Jo Tallan is the U.S. envoy. He met Al Roe on Monday.\n\n"We will sign," the envoy said. | Jo Tallan
Al Roe, now the Japanese negotiator, met Jo Tallan.\n\n"We will sign," the negotiator said. | Al Roe
Jo Tallan, the U.S. envoy, met Al Roe.\n\n"We will sign," the envoy said. | Jo Tallan
Defense Minister Al Roe met President Jo Tallan on Monday.\n\n"We will sign," the president said. | Jo Tallan
"""
)

# "Bo's suggestion that ... “...”": the words of the clause a noun of saying opens are its owner's.
OWNED_WORDS = table(
    r"""
body | speaker_names
Jo Tallan spoke on Monday. Tallan's suggestion that Hanul pay a "fair share" angered Al Roe. | Jo Tallan
President Jo Tallan's remark that the deal was "a steal" surprised many. | Jo Tallan
Jo Tallan spoke on Monday. His warning that talks could "fall apart" worried Al Roe. | Jo Tallan
Al Roe met Jo Tallan. Tallan's pledge that Hanul would "pay its share" was welcomed. | Jo Tallan
"""
)

# '"...," <outlet> quoted <someone> as saying': the one quoted, also when no name spans them.
CITED = table(
    r"""
body | speaker_names
"We will pay on time," the Hanul news agency quoted an unnamed USFK official as saying. | an unnamed USFK official
"We pay. It is normal", the Hanul news agency quoted a senior USFK officer as saying. | a senior USFK officer
"We will pay on time," the Hanul Times quoted Jo Tallan as saying. | Jo Tallan
"""
)

# "Bo was more cautious." then a paragraph of quote alone: Bo's words, not the earlier quote's speaker's.
SET_UP = table(
    r"""
body | speaker_names
"We will sign," Jo Tallan said.\n\nAl Roe, speaking in Tokyo, was more cautious.\n\n"We are not there yet." | Jo Tallan;Al Roe
Jo Tallan spoke on Monday. Al Roe was more upbeat.\n\n"We are nearly there." | Al Roe
Ana Volk was blunt about the talks.\n\n"They failed." | Ana Volk
"""  # noqa: E501
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_the_speaker_a_careful_reader_chooses_among_several_people = speakers_test(SPEAKERS=SPEAKERS, NEWER=NEWER,
                                                                               HOLDERS=HOLDERS, OWNED_WORDS=OWNED_WORDS,
                                                                               CITED=CITED, SET_UP=SET_UP)
