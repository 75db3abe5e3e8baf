"""Attribution classes of news English found by quotes19 (seventh session) on the eighteenth batch (b18, moved to dev
after no rule writer had read it), each written as generic sentences before its rule: a plural body ("the Hanul
authorities") as the subject of the clause that mentions the words ("while talking about “...”"); a passive
participle of saying or praising after the quote that names its sayer ("the “golden age” touted by Jo Tallan"); a
possessive after a verb of criticism, which names the target of the charge, not its speaker ("Bo Rimmer slams Jo
Tallan's “arrogance”"). Every name and place is made up; each row is a generic sentence, not an article's. Controls
keep the cases where the text names nobody, or where the possessive is the speaker.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# "the <modifiers> authorities <verb> ..., while talking about / referring to “...”": the plural body that is the
# clause's subject mentions the words; a body that only suffers something (control) or no body names nobody.
BODY_PLURAL = table(
    r"""
body | speaker_names
What matters is that the Hanul authorities are leaning toward the demand, while talking about a "fair standard" for it. | the Hanul authorities
The problem is that the Varian authorities gave in at the meeting, while referring to the "new method" of payment. | the Varian authorities
The Hanul authorities keep mentioning the "special bond" with Varia whenever they can. | The Hanul authorities
The local authorities have since called the plan "a disgrace" in a letter. | The local authorities
Port authorities in Tarsa said the ship was "unsafe" to enter. | Port authorities
The Hanul authorities face a "hiring freeze" this year. | None
The Hanul authorities are in trouble under the pressure from Varia for more "defence funds" this year. | None
A "price freeze" was announced on Monday. | None
"""  # noqa: E501
)

# "the “...” (much) touted / hailed / praised / trumpeted by <speaker>": a passive participle of saying or praising
# after the quote names who says the words; "by" after a participle that is not one of saying (control) names nobody.
TOUTED_BY = table(
    r"""
body | speaker_names
The "golden age" touted by President Jo Tallan never came. | Jo Tallan
The reality shows that "blood brotherhood" and "sound partnership" with Varia much touted by Senator Ana Volk are a trap. | Ana Volk;Ana Volk
The "new deal," hailed by Defense Minister Bo Rimmer last week, is already in doubt. | Bo Rimmer
The "iron alliance" long trumpeted by Envoy Ana Volk looks weaker now. | Ana Volk
The "smart" bombs made by the Hanul arms firm were sold abroad. | None
The "Freedom Gate" built by Varian engineers is closed. | None
"""  # noqa: E501
)

# "<subject> slams / criticizes / rejects <Name>'s “...”": the charge is the subject's, the possessive names its
# target; a possessive after a neutral verb or a remark's noun stays the owner's words (controls).
CHARGE_AGAINST = table(
    r"""
body | speaker_names
Senator Bo Rimmer slams President Jo Tallan's "arrogance" over the troop demand. | Bo Rimmer
Lawmaker Ana Volk criticized Envoy Jo Tallan's "contempt" for the allies on Monday. | Ana Volk
Defense Minister Bo Rimmer blasted Senator Ana Volk's "reckless" plan at a briefing. | Bo Rimmer
Envoy Jo Tallan rejected Minister Bo Rimmer's "unfair" offer on Friday. | Jo Tallan
Governor Ana Volk mocked President Jo Tallan's "grand bargain" in a speech. | Ana Volk
Critics recalled Senator Jo Tallan's remark that "allies pay too little" during the talks. | Jo Tallan
Minister Ana Volk defended her "tough love" approach on Monday. | Ana Volk
Reporters asked about President Bo Rimmer's "no free lunch" pledge. | Bo Rimmer
"""
)


# "<subject> is preparing for / bracing for / singing “...”": the quote a participle of getting ready or performing
# takes names an event, a plan or a song, not words the subject says; a participle of saying after it (control)
# keeps the subject.
READYING_FOR = table(
    r"""
body | speaker_names
President Ana Volk is preparing for "chip diplomacy" with the new leader. | None
The navy is bracing for a "long winter" at sea, officers believe. | None
Minister Bo Rimmer has been gearing up for "round two" of the talks. | None
Jo Tallan drew applause at the dinner by singing 'blue harbor nights' in Hanul. | None
Envoy Bo Rimmer, preparing for the talks, called the offer "an insult." | Bo Rimmer
Senator Ana Volk spent the day preparing, saying the deal was "close." | Ana Volk
"""
)


# "State media / Official media / Local media <verb>" with no article: the media as one role speaker (the country is
# the sentence before's, the words the text gives are "state media"); "the media" after an outlet is read elsewhere.
BARE_MEDIA = table(
    r"""
body | speaker_names
Varia, however, is not convinced. State media blasted Hanul for the drills, warning that both would "pay a dear price." | State media
State media said the drills were "a rehearsal for war." | State media
Official media called the talks "a farce" on Monday. | Official media
State-run media warned of "grave consequences" if the drills go on. | State-run media
Local media reported that the base would "close soon." | Local media
The talks drew wide media coverage as "the deal of the decade." | None
"""  # noqa: E501
)


# "the union / the association said" long after the body was introduced, with a government body named in between:
# the union itself, never the assembly or ministry nearest the quote; "the ministry said" still finds its ministry.
CIVIC_BODY = table(
    r"""
body | speaker_names
The labor union of Hanul workers at Varian bases thanked the cabinet on Tuesday.\n\nSome 4,000 workers were sent home in April.\n\nThe pay gap is wide.\n\nThe stalemate goes on.\n\nThe National Assembly passed a relief law last month.\n\n"Workers are no longer hostage," the labor union said. | labor union
The Hanul Farmers Association met on Monday.\n\nPrices fell again.\n\nExports slowed.\n\nRain was scarce.\n\nThe Agriculture Ministry promised aid.\n\n"Aid is too late," the association said in a statement. | association
The Defense Ministry of Hanul met on Monday.\n\nThe talks went on.\n\n"We are close," the ministry said. | Defense Ministry
"""  # noqa: E501
)


# A possessive before the quote in a sentence its closing tag credits to a reporter ("..., the agency reported"):
# the reporter's words, not the owner's; with no closing tag (control) the owner's phrase stays the owner's. A
# "the" of the clause before the tag's comma does not open the tag's name ("the offer, Tarsa Daily said").
TAG_OVER_POSSESSIVE = table(
    r"""
body | speaker_names
President Jo Tallan, known for his "hard bargaining" style, may ask for more, Hanul News reported. | Hanul News
Ana Volk, famous for her "big stick" approach, could raise the bill, the agency reported. | the agency
Senator Bo Rimmer, with his "America always" stance, may block the deal, Varian Daily said. | Varian Daily
Senator Bo Rimmer, with his "America always" stance, may block the deal. | Bo Rimmer
Envoy Ana Volk, with her "no free lunch" views, may reject the offer, Tarsa Daily said. | Tarsa Daily
"""
)


# "the president said" after two presidents named in the lead, one of them named inside the quote ("... an insult to
# President Rimmer"): a speaker does not name themselves, so the other holder of the office; the pronoun that goes on
# follows. With neither named in the quote and both named in one sentence, the role stays (attr68, twenty-first
# session: relabelled from the nearer, Jo Tallan, as tests/cases/test_quotes49.csv BACKROLE reads the same shape and
# a wrong name is worse than none; two holders in different paragraphs still give the nearer, test_quotes40).
NAMED_IN_QUOTE = table(
    r"""
body | speaker_names
Hanul President Jo Tallan on Friday dismissed reports that Varian President Bo Rimmer had named a price.\n\n"Not just President Rimmer but no leader would speak in such a manner," the president was quoted as saying.\n\n"Such reports can be an insult to President Rimmer," he added. | Jo Tallan;Jo Tallan
Varian Prime Minister Jo Tallan met Prime Minister Ana Volk on Monday.\n\n"Prime Minister Volk and I agreed on the plan," the prime minister said. | Jo Tallan
President Bo Rimmer met President Jo Tallan on Monday.\n\n"We made progress," the president said. | the president
"""  # noqa: E501
)


# A participle of mentioning words ("talking about", "referring to", "citing") in an aside after a name or opening
# the sentence: the name uses the words it quotes; a participle of no speech ("sitting near") names nobody (controls).
MENTION_ASIDE = table(
    r"""
body | speaker_names
Senator Ana Volk, talking about the "fair share" of allies, left the room. | Ana Volk
Defense Minister Bo Rimmer, referring to the "ironclad" bond, signed the deal. | Bo Rimmer
Talking about a "new era," President Bo Rimmer raised his glass. | Bo Rimmer
Citing the "spirit of the treaty," Envoy Jo Tallan asked for patience. | Jo Tallan
Senator Ana Volk, sitting near the "Freedom Gate," smiled. | None
Facing a "hiring freeze," Envoy Jo Tallan cut staff. | None
"""
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes19_shapes = speakers_test(BODY_PLURAL=BODY_PLURAL, TOUTED_BY=TOUTED_BY,
                                                 CHARGE_AGAINST=CHARGE_AGAINST, READYING_FOR=READYING_FOR,
                                                 BARE_MEDIA=BARE_MEDIA, CIVIC_BODY=CIVIC_BODY,
                                                 TAG_OVER_POSSESSIVE=TAG_OVER_POSSESSIVE, NAMED_IN_QUOTE=NAMED_IN_QUOTE,
                                                 MENTION_ASIDE=MENTION_ASIDE)


# A headline "<role> slams / warns ... '...'" whose body credits its first role quote to "a/an <role>": the headline's
# quote is that speaker's, named or not (the charge is the lawmaker's, not the target's after the possessive); a
# headline with no role before a verb (control) names nobody.
@pytest.mark.parametrize(
    ("head", "body", "speaker"),
    [
        ("Opposition lawmaker slams minister's 'arrogance' over troop deal\n\nMarch 3, 2020\n\n",
         'An opposition lawmaker criticized Defense Minister Bo Rimmer for his "arrogant" stance.',
         "An opposition lawmaker"),
        ("Senior diplomat warns of 'long winter' in cost talks\n\nMarch 3, 2020\n\n",
         'The talks face "a long winter," a senior Varian diplomat said on Monday.', "a senior Varian diplomat"),
        ("Minister's 'arrogance' angers allies\n\nMarch 3, 2020\n\n",
         'An opposition lawmaker criticized Defense Minister Bo Rimmer for his "arrogant" stance.', None),
    ],
)
def test_a_headline_role_that_charges_is_the_body_role_speaker(head, body, speaker):
    got = quotes("", head + body)[0]
    assert (got["speaker_name"] or got["speaker_text"]) == speaker
