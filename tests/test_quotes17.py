"""Attribution classes of news English found by quotes17 (sixth session) on the thirteenth and fourteenth batches
and the dev misses left, each written as generic sentences before its rule: a collective speaker a later "they"
points back to ("Hundreds of union members rallied ... “...,” they chanted"); an unnamed official "at/of/from" an
organisation, who is the speaker rather than the organisation ("An official at the Blue House said"); a headline
that credits the outlet after a colon ("Leader says ... ‘…’: Lumen Daily"), where the outlet reported and the
headline's subject spoke; a partial quote inside one speaker's reported speech that an outlet "reported"; a
publication that "published an article ... highlighting how “...”". Every name and place is made up; each row is
a generic sentence, not an article's. Controls keep the cases where the text names nobody.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# "they" + a speech verb after (or before) a quote: the group a sentence opened with, in this paragraph or the two
# before, named like an organisation (without a leading "The"), else the two people last named together ("A and
# B"); neither (a person met is no pair): nobody.
THEY = table(
    r"""
body | speaker_names
Hundreds of union members rallied outside the base on Sunday.\n\n"No more cuts," they chanted. | Hundreds of union members
The protesters gathered near the embassy.\n\n"Go home," they shouted, before police moved them away. | protesters
Both delegations met in Seoul on Monday. "We made progress," they said in a joint statement. | Both delegations
The two lawmakers wrote to the minister on Friday.\n\nThe cost was not raised.\n\n"The burden is too heavy," they wrote. | two lawmakers
Dozens of student activists climbed the wall of the compound.\n\nThey said: "Troops out now." | Dozens of student activists
The group, which calls itself a student coalition, posted a video.\n\nThe two countries are in talks.\n\n"Stop interfering," they shouted, followed by other chants "Get out" and "Go home". | group;group;group
The talks resumed on Monday in Seoul.\n\n"We are close," they said. | None
Prices rose again.\n\n"It is too much," they said. | None
Defense Minister Jo Tallan and Foreign Minister Ana Volk met in Seoul.\n\n"We made progress," they said. | Jo Tallan and Ana Volk
Defense Minister Jo Tallan met Bo Rimmer in Seoul.\n\n"We made progress," they said. | None
"""  # noqa: E501
)

# '<Name> said ... “…,” <outlet> reported': the outlet relays what the speaker of the sentence said; with no
# speaker before the quote the outlet's report is the source (control).
RELAYED = table(
    r"""
body | speaker_names
Defense Minister Ana Volk said allies must pay their "fair share," Reuters reported. | Ana Volk
Jo Tallan told lawmakers the deal was "a good one for both sides," Yonhap reported on Monday. | Jo Tallan
Envoy Bo Rimmer warned that talks could "collapse at any moment," the newspaper reported. | Bo Rimmer
Seoul will pay "a lot more," Yonhap reported. | Yonhap
"""
)

# '<Publication> published/ran an article ... <participle> (that/how) “…”': the publication's words.
PUBLISHED = table(
    r"""
body | speaker_names
Lumen Daily published an article on the 19th highlighting how "many allies are struggling with the tariffs." | Lumen Daily
The Varia Herald ran an editorial on Monday arguing that "allies should pay more." | Varia Herald
Reuters ran a story on Tuesday noting that "talks have stalled again." | Reuters
"""  # noqa: E501
)

# A group opening a sentence (or its clause after a fronted phrase) with a verb of showing or voicing ("carried
# signs reading “...”"), or whose quote is "their" words ("held a forum to present their “...”"): the group's
# words; a group a verb does something to ("were furloughed under the “...” rule") or one that only undergoes it
# ("face “...” furloughs") says nothing.
GROUP_ACTS = table(
    r"""
body | speaker_names
Protesters carried signs reading "Troops out" outside the base. | Protesters
In June, the group held a forum to present their "research findings" on the leader. | group
Hundreds of veterans waved banners that said "Alliance forever" near the square. | Hundreds of veterans
On Friday, the activists chanted "No more money" for an hour. | the activists
Hundreds of workers were furloughed under the "no pay, no work" rule. | None
Workers at the base face "indefinite" furloughs. | None
The students held a rally after the "special measures" talks. | None
"""
)

# A paragraph of quote alone after a paragraph whose last sentence tells of a named person speaking without a
# reporting verb ("spoke to reporters", "at a briefing"): that person's words; a person only met, or who only
# "spoke", is not (controls).
SET_UP = table(
    r"""
body | speaker_names
Defense Minister Ana Volk spoke to reporters on Monday about the cost talks.\n\n"We will not accept an unreasonable demand." | Ana Volk
Envoy Jo Tallan gave a briefing in Seoul after the sixth round.\n\n"Both sides narrowed their differences." | Jo Tallan
Jo Tallan testified before the committee on Tuesday.\n\n"The troops are not a bargaining chip." | Jo Tallan
Jo Tallan met Ana Volk on Monday.\n\n"The troops are not a bargaining chip." | None
Jo Tallan spoke on Monday.\n\n"In case of Varia, which has paid a fair amount". | None
"""  # noqa: E501
)

# A list after a colon: items that open with a bullet mark ("- ", "• ") read as quotes opening their paragraphs, and
# a paragraph ending with a colon after a named subject introduces the quotes that follow even with no speech verb
# ("Jo Tallan listed three demands:"); a colon after no one names nobody (controls).
LISTS = table(
    r"""
body | speaker_names
Jo Tallan said:\n\n- "We will pay what is fair."\n\n- "We will not pay more." | Jo Tallan;Jo Tallan
Envoy Ana Volk told reporters:\n\n• "Talks will go on."\n\n• "No deal is near." | Ana Volk;Ana Volk
Jo Tallan listed three demands:\n\n"Pay more."\n\n"Buy our weapons."\n\n"Host more troops." | Jo Tallan;Jo Tallan;Jo Tallan
Defense Minister Bo Rimmer had a simple message for the allies:\n\n"We are not leaving." | Bo Rimmer
The deal covers three areas:\n\n"Pay more."\n\n"Buy weapons." | None;None
Jo Tallan met Ana Volk on Monday. The agenda had three items:\n\n"Cost sharing for the troops." | None
"""  # noqa: E501
)

# A clause ending with a colon that names whose words follow: the owner of a noun of speech after a titled name
# ("The message from Envoy Jo Tallan was clear:") or after "His"/"Her" and a modifier or two ("His parting words:");
# a possessive before a noun that is not speech names nobody (control).
COLON_WORDS = table(
    r"""
body | speaker_names
The message from Envoy Jo Tallan was clear: "We are close to a deal." | Jo Tallan
The answer from Defense Minister Ana Volk was blunt: "We will not pay any more." | Ana Volk
Envoy Jo Tallan left Seoul on Monday.\n\nHis parting words: "We are close to a deal." | Jo Tallan
Defense Minister Ana Volk spoke on Monday.\n\nHer final answer was short: "We will not pay any more." | Ana Volk
Envoy Jo Tallan left Seoul on Monday.\n\nHis plan was simple: "Pay more for the troops." | None
"""
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes17_shapes = speakers_test(THEY=THEY, RELAYED=RELAYED, PUBLISHED=PUBLISHED, GROUP_ACTS=GROUP_ACTS,
                                                 SET_UP=SET_UP, LISTS=LISTS, COLON_WORDS=COLON_WORDS)


# A headline that credits an outlet after a colon or a dash, when its own words before the quote say who spoke
# ("Leader says ..."): the outlet reported it; the body's speaker of those words speaks. A headline with no speech
# verb before the quote names its speaker in the label (controls).
@pytest.mark.parametrize(
    ("head", "body", "speaker"),
    [
        ("Hanul leader says talks can end in 'friendly way': Lumen Daily\n\nMarch 3, 2020\n\n",
         'Hanul President Jo Tallan said the talks with Varia can end in a "friendly way," according to the newspaper '
         "Lumen Daily.", "Jo Tallan"),
        ("Minister says allies must pay 'fair share' - Reuters\n\nMarch 3, 2020\n\n",
         'Defense Minister Ana Volk said allies must pay their "fair share," Reuters reported.', "Ana Volk"),
        ("Envoy vows 'no retreat' on costs: report\n\nMarch 3, 2020\n\n",
         'Envoy Bo Rimmer said there would be "no retreat" on costs, according to a report on Monday.', "Bo Rimmer"),
        ("'We will not pay more': Jo Tallan\n\nMarch 3, 2020\n\n", "Hanul President Jo Tallan spoke on Monday.",
         "Jo Tallan"),
        ("Seoul 'can pay more': US envoy\n\nMarch 3, 2020\n\n", "Jo Bell, the U.S. envoy, spoke on Monday.",
         "Jo Bell"),
    ],
)
def test_a_headline_outlet_credit_is_not_the_speaker(head, body, speaker):
    assert quotes("", head + body)[0]["speaker_name"] == speaker
