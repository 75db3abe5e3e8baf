"""Attribution classes of news English found by quotes18 (seventh session) on the seventeenth batch and the dev
misses left, each written as generic sentences before its rule: a person's words named by a possessive and a noun of
speech as a clause's subject ("Jo Tallan's posts on social media hinted at “...”"); "the two officials" after two
people named together; an appositive "the man who ..." after a name, whose relative clause holds the quote; a fronted
participle of saying whose subject is the main clause's ("Calling the demand “extortion,” Ana Volk left"); an
unnamed source of several modifiers, or "its delegation for the talks", after a long reported clause. Every name and
place is made up; each row is a generic sentence, not an article's. Controls keep the cases where the text names
nobody.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

# "<Name>'s <noun of speech> <phrase> <verb> ... “...”": the possessive's owner, not a body named in the phrase
# between ("letter to the committee"); a possessive before a noun that is no speech names nobody (controls).
POSSESSIVE_WORDS = table(
    r"""
body | speaker_names
Envoy Jo Tallan's posts on social media in May hinted at "a much bigger bill" for the allies. | Jo Tallan
Defense Minister Ana Volk's letter to the committee called the demand "excessive." | Ana Volk
Senator Bo Rimmer's remarks on Monday described the deal as "a fair compromise." | Bo Rimmer
Jo Tallan's speech in Busan last week promised "a new chapter" for the alliance. | Jo Tallan
Ana Volk's tweets over the weekend mocked the "free riders" abroad. | Ana Volk
Jo Tallan's office in Seoul faces a "hiring freeze" this year. | None
Ana Volk's car was parked near the "Freedom Gate" of the base. | None
Jo Tallan observes that Senator Bo Rimmer's comments such as: "We may leave someday." point to friction. | Bo Rimmer
"""
)

# "the two officials/ministers/leaders/men said" after two people named together ("A and B", "A met B"): both, the
# first named first; with no two people named before, the words themselves (control).
TWO_OF_THEM = table(
    r"""
body | speaker_names
Jo Tallan and Ana Volk wrote a joint column on Friday.\n\n"Allies must pay more," the two officials said. | Jo Tallan and Ana Volk
Foreign Minister Jo Tallan and Defense Minister Ana Volk met in Seoul.\n\n"We are close to a deal," the two ministers said. | Jo Tallan and Ana Volk
President Bo Rimmer and Prime Minister Jo Tallan spoke by phone on Monday. "The alliance is strong," the two leaders said in a joint statement. | Bo Rimmer and Jo Tallan
Envoy Ana Volk and Senator Bo Rimmer wrote a column on Monday.\n\n"Seoul can pay more," the two men wrote. | Ana Volk and Bo Rimmer
The talks resumed in Seoul on Monday.\n\n"We made progress," the two delegations said. | two delegations
"""  # noqa: E501
)

# "<Name>, the/a <noun> who ... “...”": an appositive whose relative clause holds the quote is the name's; a name whose
# appositive holds no speech (control) names nobody.
APPOSED_RELATIVE = table(
    r"""
body | speaker_names
Yet here was President Jo Tallan, the man who had once called the ally a "free rider," asking for help. | Jo Tallan
It was Ana Volk, the envoy who had dubbed the talks "a circus," who signed the deal. | Ana Volk
The deal was signed by Bo Rimmer, the minister who last year vowed "not a single won more." | Bo Rimmer
Voters turned to Ana Volk, a senator who has long called the bases "a bargain." | Ana Volk
Jo Tallan, the man in charge of the base, lives near the "Freedom Gate." | None
"""
)

# A fronted participle of saying or naming before the main clause ("Calling the demand “extortion,” Ana Volk left"):
# the main clause's subject said it; a participle of no speech ("Facing a “hiring freeze,”") names nobody (controls).
FRONTED_SAYING = table(
    r"""
body | speaker_names
Calling the demand "extortion," Foreign Minister Ana Volk left the room. | Ana Volk
Saying the talks were "on track," Envoy Jo Tallan left Seoul on Monday. | Jo Tallan
Claiming that Hanul does not pay "much" for the troops, Senator Bo Rimmer hinted that he would raise the bill. | Bo Rimmer
Describing the ally as "a rich country," Jo Tallan pressed for more money. | Jo Tallan
Arguing that the bases are "a bargain," Ana Volk voted against the cut. | Ana Volk
Facing a "hiring freeze," Jo Tallan cut staff at the base. | None
Reading the "special measures" deal closely, Ana Volk found a flaw. | None
"""  # noqa: E501
)

# A partial quote in reported speech whose tag closes the sentence after a long clause: an unnamed source of several
# modifiers ("a senior Hanul security official") or a possessive determiner and a complement ("its delegation for
# the talks"), or a document "released by" a body ending a full quote.
TRAILING_TAG = table(
    r"""
body | speaker_names
The alliance's "nuclear umbrella" might weaken under a new leader, a senior Hanul security official said Tuesday. | a senior Hanul security official
The base's "special measures" fund could dry up, a senior South Korean defense ministry official said. | a senior South Korean defense ministry official
Varia is working with Hanul to reach a "mutually acceptable" agreement, the delegation for the talks said Friday. | the delegation
"Both sides held productive talks, as we work toward a deal," the statement released by the Varian Embassy in Seoul read. | Varian Embassy
The "phased increase" will go on next month, the ministry said. | the ministry
"""  # noqa: E501
)


# An organisation named without "the" before its speech verb: a capitalised name ending in a body's noun ("Hanul
# Workers Union said", "Varian Forces Command said") or an acronym ("VFC said") opening the sentence or its clause
# after a fronted phrase; a capitalised word that is no body ("Officials said") is read by the other rules (control).
ORG_NO_THE = table(
    r"""
body | speaker_names
Varian Forces Command said the furloughs were "a last resort." | Varian Forces Command
VFC said the furloughs were "a last resort." | VFC
Hanul Workers Union said the cuts were "unacceptable." | Hanul Workers Union
On Monday, Hanul Employers Association warned that costs would be "crippling." | Hanul Employers Association
Varian Teachers Council said on Friday that the offer was "reasonable." | Varian Teachers Council
Officials said the furloughs were "a last resort." | Officials
Wages rose as costs were called "crippling." | None
FM said the talks were "on track." | None
"""
)

# "the union/association/federation said" after the body was named: that body (a union is an organisation that
# speaks, as a ministry or an institute is).
BODY_BACK = table(
    r"""
body | speaker_names
The Hanul Workers Union held a rally on Monday.\n\nThe union said the cuts were "unacceptable." | Hanul Workers Union
The Varian Employers Association met in Busan. The association called the plan "a betrayal." | Varian Employers Association
The Hanul Teachers Federation wrote to the minister. "We will strike," the federation said. | Hanul Teachers Federation
"""  # noqa: E501
)


# "<owner>'s <modifiers> <office> said" with no name: one unnamed person of that owner, by the words ("South Korea's
# chief negotiator", "the country's top diplomat"), as "a senior official" or "its top diplomat" is; an owner's
# office that is no speaker before a verb of no speech names nobody (control).
OWNER_OFFICE = table(
    r"""
body | speaker_names
Hanul's chief negotiator told lawmakers the gap was "narrowing." | Hanul's chief negotiator
South Korea's top envoy said the talks were "constructive." | South Korea's top envoy
"The gap is narrowing," Japan's chief negotiator told reporters. | Japan's chief negotiator
The country's top diplomat said the offer was "reasonable." | The country's top diplomat
Varia's defense minister warned that the troops were "not for sale." | Varia's defense minister
Hanul's defense minister on Tuesday called the demand "excessive," as talks stalled. | Hanul's defense minister
Hanul's chief negotiator arrived in a "hopeful" mood. | None
"""
)

# A subject, an aside in commas of up to ten words opened by a preposition ("in a statement released on Monday"),
# and the verb: the subject speaks.
LONG_ASIDE = table(
    r"""
body | speaker_names
The ministry, in a statement released on Monday, called the move "regrettable." | The ministry
The embassy, in a statement posted on its website late Friday, said the talks were "productive." | The embassy
Envoy Jo Tallan, in an interview with a local radio station, called the offer "an insult." | Jo Tallan
"""
)


# A speech verb in the present, as features and opinion pieces write them, before or after its subject ("argues Bo
# Rimmer, a senior fellow", "Jo Tallan contends"): the subject speaks.
PRESENT_VERBS = table(
    r"""
body | speaker_names
The bases are "a bargain for Varia," argues Bo Rimmer, a senior fellow at the Varian Institute. | Bo Rimmer
"Nobody wins a trade war," explains Envoy Ana Volk. | Ana Volk
Senator Jo Tallan contends that the troops are "not a bargaining chip." | Jo Tallan
"The cost is too high," concedes Professor Bo Rimmer of Hanul University. | Bo Rimmer
Envoy Ana Volk recalls that the first round was "a disaster." | Ana Volk
The report's "key finding" explains the gap. | None
Analysts in Seoul argue the deal is "a bargain." | Analysts
Officials in Hanul insist the offer is "final." | Officials
Critics contend that the deal is "a giveaway." | Critics
"""
)

# "<Name> was quoted as saying" after the quote, with or without the outlet: the name speaks.
QUOTED_AFTER = table(
    r"""
body | speaker_names
The talks were "productive," Envoy Ana Volk was quoted as saying by Yonhap. | Ana Volk
"We are close to a deal," Senator Bo Rimmer was quoted as saying. | Bo Rimmer
The deal was "within reach," Jo Tallan was quoted by Lumen Daily as saying. | Jo Tallan
"""
)

# "<owner>'s response/reaction/answer was <adjective>:" then the words: the owner's (a body's noun by its words); a
# possessive before a noun that is no speech names nobody (control).
RESPONSE_COLON = table(
    r"""
body | speaker_names
The ministry's response was swift: "The demand is unacceptable." | The ministry
Envoy Ana Volk's reaction was blunt: "We will not pay more." | Ana Volk
The embassy's answer was short: "We have no comment at this stage." | The embassy
The ministry's plan was simple: "Pay more." | None
"""
)


# Whose view a sentence gives: "in his/her view (opinion, assessment, telling)", "in <Name>'s view", "in the words
# of <title> <Name>": that person's words; "in the end", "in Seoul's case" give no one's view (controls).
VIEWPOINT = table(
    r"""
body | speaker_names
Envoy Ana Volk spoke on Monday. In her view, the talks could drag on for "months." | Ana Volk
Senator Bo Rimmer spoke on Monday. The deal, in his opinion, is "a bad bargain." | Bo Rimmer
In Envoy Ana Volk's view, the talks could drag on for "months." | Ana Volk
In the words of Envoy Ana Volk, the increase was "fair and balanced." | Ana Volk
In Senator Bo Rimmer's assessment, the bases are "a bargain." | Bo Rimmer
Envoy Ana Volk spoke on Monday. In the end, the talks went on for "months." | None
In Hanul's case, the bases are "a bargain." | None
"""
)


# Unnamed sources in the plural, with the phrase that says how they know or where they are from ("people familiar
# with the matter said", "sources close to the talks said", "negotiators from both sides said"): those people, by the
# whole phrase (not the body they are from); a phrase of no knowing after people who do not speak (control) names
# nobody.
PLURAL_SOURCES = table(
    r"""
body | speaker_names
The two sides are "close" to a deal, people familiar with the matter said. | people familiar with the matter
"A deal is near," sources close to the talks said on Monday. | sources close to the talks
"A deal is near," people briefed on the talks said. | people briefed on the talks
A deal is "near," two people familiar with the matter told Reuters. | two people familiar with the matter
Several sources involved in the talks said the gap was "narrowing." | Several sources involved in the talks
People close to the base watched the "Freedom" parade. | None
Negotiators from both sides said on Monday that the remaining gaps were "narrow." | Negotiators from both sides
"The gap is narrow," officials from the two countries said. | officials from the two countries
Lawmakers from the ruling party called the deal "humiliating." | Lawmakers from the ruling party
"""
)


# A quote that ends its sentence, then a sentence that names whose words they were ("That was how Envoy Ana Volk
# described the talks", "So said ...", "Those were the words of ..."); a next sentence of no speaker (control).
NAMED_NEXT = table(
    r"""
body | speaker_names
"We are close. We will meet again next week." That was how Envoy Ana Volk described the talks on Monday. | Ana Volk
"We are close. We will meet again next week." So said Envoy Ana Volk on Monday. | Ana Volk
"We will not pay a won more." Those were the words of Defense Minister Jo Tallan on Friday. | Jo Tallan
"We are close. We will meet again." That was the mood in Seoul on Monday. | None
"""
)


# "a statement/letter posted on ..." describes the document: not a verb whose subject speaks; the clause's speaker
# does ("the ministry said in a statement posted ..., adding ..."); a body that posts is a subject (control).
DOCUMENT_POSTED = table(
    r"""
body | speaker_names
"Talks will go on," the ministry said in a statement posted on its website late Monday, adding that both sides had narrowed "most of their differences." | the ministry;the ministry
Envoy Ana Volk said in a letter posted online on Friday that the offer was "final." | Ana Volk
The ministry posted on its website that the offer was "final." | The ministry
"""  # noqa: E501
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_quotes18_shapes = speakers_test(POSSESSIVE_WORDS=POSSESSIVE_WORDS, TWO_OF_THEM=TWO_OF_THEM,
                                                 APPOSED_RELATIVE=APPOSED_RELATIVE, FRONTED_SAYING=FRONTED_SAYING,
                                                 TRAILING_TAG=TRAILING_TAG, ORG_NO_THE=ORG_NO_THE, BODY_BACK=BODY_BACK,
                                                 OWNER_OFFICE=OWNER_OFFICE, LONG_ASIDE=LONG_ASIDE,
                                                 PRESENT_VERBS=PRESENT_VERBS, QUOTED_AFTER=QUOTED_AFTER,
                                                 RESPONSE_COLON=RESPONSE_COLON, VIEWPOINT=VIEWPOINT,
                                                 PLURAL_SOURCES=PLURAL_SOURCES, NAMED_NEXT=NAMED_NEXT,
                                                 DOCUMENT_POSTED=DOCUMENT_POSTED)


# A headline whose words after the quote's colon are a clause ("'Not for sale': envoy rejects troop link"), not a
# label: the clause's subject spoke, and the body's speaker of the same words is named (the repeated words); a label
# that is a name or an office alone names the speaker itself (controls).
HEADLINE_CLAUSE = table(
    r"""
head | body | speaker
'Not for sale': envoy rejects troop cut link\n\nMarch 3, 2020\n\n | Envoy Ana Volk said on Monday that the troops were "not for sale" and rejected any link. | Ana Volk
'A fair deal is near': minister hints at breakthrough\n\nMarch 3, 2020\n\n | Defense Minister Jo Tallan told lawmakers that "a fair deal is near" after the sixth round. | Jo Tallan
'Talks are over' - union vows strike at bases\n\nMarch 3, 2020\n\n | Union leader Bo Rimmer said "talks are over" and called a strike. | Bo Rimmer
'Not for sale': Hanul envoy\n\nMarch 3, 2020\n\n | Envoy Ana Volk said on Monday that the troops were "not for sale." | Ana Volk
'Not for sale': ministry officials\n\nMarch 3, 2020\n\n | The talks went on for hours on Monday. | None
'We are not leaving': Varian general\n\nMarch 3, 2020\n\n | Gen. Bo Rimmer, the commander of Varian forces, said on Monday that "we are not leaving." | Bo Rimmer
"""  # noqa: E501
)


@pytest.mark.parametrize(("head", "body", "speaker"), HEADLINE_CLAUSE)
def test_a_headline_clause_after_the_quote_is_no_label(head, body, speaker):
    assert quotes("", head + body)[0]["speaker_name"] == speaker
