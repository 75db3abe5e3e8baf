"""Attribution classes of news English found by quotes20 (seventh session, last round) on the eleventh batch (b11,
held out since the fourth session, moved to dev when this round began), each written as generic sentences before its
rule: a "they" inside a clause ("against what they said was “...”") pointing back to the group named earlier in the
same sentence, not only at a sentence's start. Every name and place is made up; controls keep the cases where the
text names nobody.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# "<clause>, <modifiers> groups / protesters / activists <verb> ... against what they said was “...”": the "they" of a
# later clause in the same sentence is the group that sentence named as its subject, even when the group does not open
# the sentence (a fronted phrase, a clause joined by "and"); a "they" with no group in its sentence or before it
# (control) names nobody.
THEY_IN_SENTENCE = table(
    r"""
body | speaker_names
Reports of the plan were greeted with anger, and on Monday, student groups protested at the venue against what they said was "highway robbery" by landlords. | student groups
On Monday, civic groups rallied outside the embassy against what they called "extortion" by Varia. | civic groups
The rent rose again in May, and angry residents marched to city hall, where they said the hike was "theft." | angry residents
After the vote, hundreds of farmers gathered in Tarsa to denounce what they described as a "sellout" of their land. | hundreds of farmers
The talks broke down on Friday, and they said the offer was "final." | None
Nobody knew what they meant by the "new normal" in the talks. | None
The talks resumed. Police said the student groups were "violent." "We are calm," they said. | None;None
"""  # noqa: E501
)

# '“...,” said a person / someone / one individual who <clause>': a speaker the text leaves unnamed is described by the
# relative clause after the vague noun (the clause is the description, "a person" alone says nothing); an office noun
# ("an official who asked not to be named") or a name before "who" (controls) stays as it was.
PERSON_WHO = table(
    r"""
body | speaker_names
"His metier is budget," said a person who had worked with Bo Rimmer, declining to be identified. | a person who had worked with Bo Rimmer
"It is over," said someone who attended the meeting. | someone who attended the meeting
"They will sign," said one person who took part in the talks. | one person who took part in the talks
"The deal is done," said an individual who saw the draft, asking not to be named. | an individual who saw the draft
"They are close," said an official who asked not to be named. | an official
"It is over," said Ana Volk, who attended the meeting. | Ana Volk
"""  # noqa: E501
)

# "the two <people> / both <sides> <verb of saying or agreeing> that ... “...”" in reported speech: the pair the text
# named together before ("the two leaders" after "between President A and President B"), or the sides themselves (two
# countries, governments or sides are no pair of people); a "both" that is no subject of such a verb (controls) names
# nobody.
PAIR_REPORTS = table(
    r"""
body | speaker_names
The fact sheet comes two weeks after the summit between President Ana Volk and President Jo Tallan in Tarsa, where the two leaders indicated that the deal had been "finalized." | Ana Volk and Jo Tallan
President Ana Volk and President Jo Tallan met in Tarsa. The two leaders said the deal was "fair." | Ana Volk and Jo Tallan
Both sides agreed to set up a working group, adding that if no deal is reached, "the old deal can be extended." | Both sides
The two governments announced on Monday that the plan was "on track." | The two governments
Both sides of the "Old River" flooded in May. | None
The two countries have kept the "iron bond" for decades. | None
"""  # noqa: E501
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes20_shapes = speakers_test(THEY_IN_SENTENCE=THEY_IN_SENTENCE, PERSON_WHO=PERSON_WHO,
                                                 PAIR_REPORTS=PAIR_REPORTS)


# A headline quote whose tail names the words as "<Name>'s <adjectives> claim / remark / lie": the possessive owns
# the words (the headline labels them as that person's); a tail with no owner or whose owner is no person who
# speaks, or whose noun is no word of speech (controls), names nobody.
OWNED_CLAIM = table(
    r"""
head | body | speaker
"Allies Pay Nothing for Defense"…Rimmer's Another False Claim\n\nMarch 3, 2020\n\n | Senator Bo Rimmer spoke on Monday in Tarsa. | Bo Rimmer
'Korea is rich': Volk's latest remark\n\nMarch 3, 2020\n\n | Senator Ana Volk spoke on Monday in Tarsa. | Ana Volk
'We pay too much' - Tallan's false claim\n\nMarch 3, 2020\n\n | President Jo Tallan spoke on Monday in Tarsa. | Jo Tallan
'Korea is rich'…Volk's critics respond\n\nMarch 3, 2020\n\n | Senator Ana Volk spoke on Monday in Tarsa. | None
'Korea is rich'…Volk's troop plan\n\nMarch 3, 2020\n\n | Senator Ana Volk spoke on Monday in Tarsa. | None
"""  # noqa: E501
)


@pytest.mark.parametrize(("head", "body", "speaker"), OWNED_CLAIM)
def test_headline_quote_owned_by_a_possessive_claim(head, body, speaker):
    (q,) = quotes(body, head)
    assert (q["speaker_name"] or q["speaker_text"]) == speaker
