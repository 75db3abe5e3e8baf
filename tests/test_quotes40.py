"""Descriptor and organisation attributions of wire English, and re-attributions of real dev quote sentences
(quotes40, eleventh session). Made-up names and sentences of my own; none read from the held-out corpus.

The Conventions (tests/corpus/README.md): a speaker named only by a role is the role as the text gives it; a
definite role that refers back ("the minister", "the ministry") is the person or body it refers to; an organisation
can speak. Each row gives the names evaluate accepts for each quote ("/" between aliases, ";" between quotes), read
as ``evaluate`` reads a predicted speaker (:func:`analysis.evaluate.speaker_name`, :func:`analysis.evaluate.norm_name`).

Classes:

- WIRE: Reuters, AP, AFP, Yonhap, Korea Herald and NYT shapes of an unnamed official, a spokesman, a source, a body
  "in a statement", a definite role after its holder, across a paragraph break, before, after and around the quote
  (all passed before quotes40: the ground the classes below must keep);
- INDEFINITE: an indefinite unnamed person whose modifiers are open-ended (a body's name, "Seoul-based", "Senate",
  "security"), in seven positions (after the quote, inverted, before with a colon, "according to", before a partial
  quote, after a partial quote, "told reporters"): ``_indefinite_phrase`` reads "a"/"an"/"one", at most five
  modifiers and a role noun, wherever the closed list of the entity finder's descriptions has no entry;
- CONTROLS: a titled name after the same phrases stays the person; a report, poll or statement stays what it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import quotes

from analysis.evaluate import norm_name

FLOOR = Path(__file__).with_name("quotes40_floor.json")


def spoken(body: str) -> list[str | None]:
    """Each quote's speaker as evaluate reads it: the name, else the antecedent's or the speaker's words."""
    return [q["speaker_name"] or (q.get("antecedent") or {}).get("exact") or q["speaker_text"] for q in quotes(body)]


def accepted(got: list[str | None], want: str | None) -> bool:
    """Return whether each speaker is one of its row's names ("None": no speaker, alone or as one of the names), as
    evaluate compares them."""
    wants = (want or "None").split(";")
    if len(got) != len(wants):
        return False
    for g, w in zip(got, wants, strict=True):
        names = w.split("/")
        if g is None:
            if "None" not in names:  # "None" alone, or among the names ("Bo/None": either reading is right)
                return False
        elif norm_name(g) not in {norm_name(x) for x in names if x != "None"}:
            return False
    return True


WIRE = table(
    r"""
body | speakers
A senior South Korean official said, "We are close to a deal." | a senior South Korean official/senior South Korean official
South Korea's Foreign Ministry announced the date on Monday.\n\nThe ministry said in a statement: "The talks will resume next week." | Foreign Ministry/South Korea's Foreign Ministry/the ministry
Officials familiar with the talks said the two sides were "very close" to a deal. | officials familiar with the talks/officials
"We are not there yet," a senior official said. | a senior official/senior official
"We are not there yet," said a senior official. | a senior official/senior official
"We are not there yet," said a spokesman for the ministry. | a spokesman for the ministry/a spokesman/spokesman
"We are not there yet," one diplomatic source told Yonhap. | one diplomatic source/diplomatic source
"We are not there yet," the official said on condition of anonymity because he was not authorized to speak to the media. | the official/official
"We are not there yet," said the official, who asked not to be named. | the official/official
"We are not there yet," a State Department spokesperson said in an email. | a State Department spokesperson/State Department spokesperson
"We are not there yet," the Pentagon said in a statement. | Pentagon
South Korea's Defense Ministry issued a statement.\n\n"We are not there yet," the ministry said. | Defense Ministry/South Korea's Defense Ministry/the ministry
The JoongAng Ilbo reported the offer on Monday.\n\n"We are not there yet," the newspaper said, citing unnamed officials. | JoongAng Ilbo/the newspaper
"We are not there yet," the agency quoted a government official as saying. | a government official/government official
"We are not there yet," Yonhap quoted an unnamed official as saying. | an unnamed official/unnamed official
"We are not there yet," a senior official said, "but we are close." | a senior official/senior official;a senior official/senior official
Foreign Minister Jo Tallan met Lee on Monday.\n\n"We are close," the minister told reporters. | Jo Tallan
U.S. Ambassador Ray Colter spoke at a forum in Seoul.\n\n"Alliances are not free," the ambassador said. | Ray Colter
Ana Volk, a spokeswoman for the State Department, spoke on Tuesday.\n\n"We continue to negotiate," the spokeswoman said. | Ana Volk
A senior official briefed reporters on Monday.\n\n"We are close," the official said. | a senior official/senior official/the official
"We are close," a senior official said.\n\n"The gap has narrowed a lot." | a senior official/senior official;a senior official/senior official
The Foreign Ministry said in a statement that the two sides "narrowed differences." | Foreign Ministry
Seoul's Foreign Ministry said the talks were "productive." | Seoul's Foreign Ministry/Foreign Ministry
The Blue House said in a statement that it "welcomed" the deal. | Blue House
U.S. Forces Korea said in a statement that "the furlough is regrettable." | U.S. Forces Korea
"The furlough is regrettable," USFK said in a statement. | USFK
"We urge Seoul to pay more," a White House spokesman told AFP. | a White House spokesman/White House spokesman
"We urge Seoul to pay more," a U.S. official told Reuters on condition of anonymity. | a U.S. official/U.S. official
Two people familiar with the negotiations said the U.S. side sought a "substantial" increase. | two people familiar with the negotiations/people familiar with the negotiations
According to a senior government official, the deal is "almost done." | a senior government official/senior government official
The deal is "almost done," according to a senior government official. | a senior government official/senior government official
The Foreign Ministry briefed reporters.\n\nThe deal is "almost done," according to the ministry. | Foreign Ministry/the ministry
A senior official at the presidential office told reporters, "We will not accept an unreasonable demand." | a senior official at the presidential office/a senior official/senior official
"We will not accept an unreasonable demand," a senior presidential official told reporters on condition of anonymity. | a senior presidential official/senior presidential official
A spokesperson for the Pentagon, Lt. Col. Dale Pruitt, said: "We are committed." | Dale Pruitt
"We are committed," said Pentagon spokesman Lt. Col. Dale Pruitt. | Dale Pruitt
The ministry's spokesman, Kim Ji-ho, told a briefing that the talks were "constructive." | Kim Ji-ho
"The talks were constructive," ministry spokesman Kim Ji-ho told a regular briefing. | Kim Ji-ho
South Korea's chief negotiator, Jo Tallan, met his U.S. counterpart on Tuesday.\n\n"We will meet again," the negotiator said. | Jo Tallan
A Korean official said talks would go on.\n\n"We hope for a deal soon," the Korean official added. | a Korean official/Korean official/the Korean official
"We are not there yet," said one senior administration official, who spoke on the condition of anonymity to discuss internal deliberations. | one senior administration official/senior administration official
A senior official said talks were close. The official spoke on condition of anonymity because he was not authorized to speak publicly.\n\n"We are close," he said. | a senior official/senior official/the official
In a statement, the ministry said: "We regret the decision." | the ministry/ministry
"We regret the decision," the South Korean Defense Ministry said in a text message to reporters. | South Korean Defense Ministry/Defense Ministry
Officials said the deal would "strengthen the alliance." | officials
"We regret the decision," a ministry official said, asking not to be named. | a ministry official/ministry official
The Korea Herald, citing an unnamed government official, reported that Seoul "will not budge." | Korea Herald/an unnamed government official
"We will continue consultations," an official at the foreign ministry said. | an official at the foreign ministry/official/an official
"We will continue consultations," a foreign ministry official said over the phone. | a foreign ministry official/foreign ministry official
The Korea Herald reported, citing a government source, that Seoul would offer "a reasonable increase." | Korea Herald/a government source
The newspaper, citing two officials, said Washington wanted "a big increase." | the newspaper/newspaper
"We will not budge," the official told The Korea Herald. | the official/official
"We will not budge," said a senior official at Seoul's foreign ministry. | a senior official at Seoul's foreign ministry/a senior official/senior official
The U.S. State Department said on Monday it was "disappointed." | U.S. State Department/State Department
"We are disappointed," a State Department spokesperson told Yonhap News Agency in an emailed response. | a State Department spokesperson/State Department spokesperson
A presidential spokesman told reporters, "The President made clear our position." | a presidential spokesman/presidential spokesman
The presidential office said in a written briefing that the leaders "agreed to work closely." | presidential office
"The talks were useful," the State Department said in a statement after the round. | State Department
The White House said in a statement that Seoul "must do more." | White House
Ministry spokesman Kim Ji-ho held a briefing on Monday.\n\nThe talks were useful, he said.\n\n"We will meet again soon," the spokesman said. | Kim Ji-ho
A defense ministry official, who requested anonymity, said, "The gap is wide." | a defense ministry official/defense ministry official
"The gap is wide," a senior official said Monday, speaking on condition of anonymity. | a senior official/senior official
"The gap is wide," the official, who declined to be identified, said. | the official/official
"The gap is wide," an official from Seoul's foreign ministry said. | an official from Seoul's foreign ministry/official
"The gap is wide," one South Korean official involved in the talks said. | one South Korean official involved in the talks/one South Korean official/South Korean official
"The gap is wide," a U.S. defense official told reporters. | a U.S. defense official/U.S. defense official
"The gap is wide," a source at the presidential office said. | a source at the presidential office/a source/source
"The gap is wide," a government official said, requesting anonymity. | a government official/government official
"The gap is wide," said a government official who asked not to be identified. | a government official/government official
Officials in Seoul said the gap was "wide." | officials in Seoul/officials
"The gap is wide," a source told Yonhap. | a source/source
"The gap is wide," the Pentagon's top spokesman, Ana Volk, said. | Ana Volk
"The gap is wide," the ministry's deputy spokesman Kim Ji-ho told reporters. | Kim Ji-ho
South Korea's Foreign Ministry issued a statement on Friday.\n\n"The gap is wide," the statement said. | Foreign Ministry/South Korea's Foreign Ministry/statement
"The gap is wide," said the official, speaking on condition of anonymity. | the official/official
"The gap is wide," a senior official told AFP, declining to be named. | a senior official/senior official
South Korea's Foreign Ministry said talks would resume. The U.S. State Department did not comment.\n\n"We regret the delay," the ministry said. | Foreign Ministry/South Korea's Foreign Ministry
The State Department announced the round on Monday.\n\n"We regret the delay," the department said. | State Department
U.S. Forces Korea announced the furlough on Tuesday.\n\n"We regret the furlough," the command said in a statement. | U.S. Forces Korea
The U.S. Embassy in Seoul posted a notice on Tuesday.\n\n"We regret the delay," the embassy said. | U.S. Embassy/U.S. Embassy in Seoul
The presidential office held a meeting on Tuesday.\n\n"We regret the delay," the office said. | presidential office
Spokesman Ned Price spoke on Tuesday.\n\n"We regret the delay," the spokesman said. | Ned Price
Rep. Kim Ji-ho spoke on Tuesday.\n\n"We regret the delay," the lawmaker said. | Kim Ji-ho
Former U.S. official Ray Colter spoke at a forum.\n\n"Seoul pays a lot," the former official said. | Ray Colter
Gen. Dale Pruitt spoke at a forum.\n\n"Seoul pays a lot," the general said. | Dale Pruitt
USFK Commander Gen. Dale Pruitt spoke at a forum.\n\n"Seoul pays a lot," the commander said. | Dale Pruitt
Envoy Jo Tallan arrived in Washington on Monday.\n\n"Seoul pays a lot," the envoy said. | Jo Tallan
Ana Volk, an analyst at the Korea Institute for Defense Analyses, spoke on Monday.\n\n"Seoul pays a lot," the analyst said. | Ana Volk
Ana Volk, a professor at Seoul National University, spoke on Monday.\n\n"Seoul pays a lot," the professor said. | Ana Volk
Ana Volk, a professor at Seoul National University, spoke on Monday.\n\n"Seoul pays a lot," said the professor. | Ana Volk
The Korea Herald cited a source on Monday.\n\n"Seoul pays a lot," the newspaper quoted the source as saying. | the source/source
"Seoul pays a lot," the Yonhap news agency quoted a senior official as saying. | a senior official/senior official
"Seoul pays a lot," a senior official was quoted as saying by Yonhap. | a senior official/senior official
A senior official was quoted by Yonhap as saying Seoul "pays a lot." | a senior official/senior official
"Seoul pays a lot," a foreign ministry spokesperson told a regular press briefing. | a foreign ministry spokesperson/foreign ministry spokesperson
The ministry's spokesperson said Seoul "pays a lot." | the ministry's spokesperson/ministry's spokesperson/spokesperson
"Seoul pays a lot," said a senior administration official, who spoke on the condition of anonymity. | a senior administration official/senior administration official
The joint statement said the allies "reaffirmed their commitment." | joint statement/statement/the joint statement
The two countries issued a joint statement on Friday.\n\nThe allies "reaffirmed their commitment," the statement said. | joint statement/statement/the joint statement/two countries
"Seoul pays a lot," a diplomatic source said on condition of anonymity.\n\nThe source added that talks would "continue next month." | a diplomatic source/diplomatic source/the source;a diplomatic source/diplomatic source/the source
"Seoul pays a lot," a South Korean government official told The Associated Press. | a South Korean government official/South Korean government official
"Seoul pays a lot," a spokesperson for the U.S. Defense Department said. | a spokesperson for the U.S. Defense Department/U.S. Defense Department/Defense Department
"South Korea should pay for everything," according to Zhu Qin, an analyst. | Zhu Qin
"The furloughs begin on April 1 as planned," according to a USFK official. | a USFK official/USFK official
"The furloughs begin as planned," according to a USFK official. | a USFK official/USFK official
The furloughs begin "as planned," according to a USFK official. | a USFK official/USFK official
"The furloughs begin as planned," according to a senior official. | a senior official
"The furloughs begin as planned," the U.S. military said. | U.S. military
"The furloughs begin as planned," said a senior official on Monday. | a senior official
"The furloughs begin as planned," Seoul said in a statement. | Seoul
"""  # noqa: E501
)

UNNAMED = ("a USFK official", "a Pentagon official", "a Defense Department spokesman", "a NATO diplomat",
           "a Japanese government source", "a Korean government official", "a high-ranking military officer",
           "a retired general", "a former diplomat", "a security expert", "a Seoul-based analyst",
           "an Asan Institute researcher", "a ruling party lawmaker", "an opposition lawmaker",
           "a Democratic Party lawmaker", "a USFK spokesman", "a senior Treasury official", "a Cheong Wa Dae official",
           "a presidential office official", "a defense ministry spokesperson", "a senior U.S. defense official",
           "a senior administration official", "a Trump administration official", "a congressional aide",
           "a Senate aide", "a U.S. military official", "a Korean diplomat", "an unidentified official",
           "a U.S. Embassy spokesperson", "a People Power Party lawmaker", "a KIDA researcher", "a union official",
           "a Foreign Ministry spokesman", "a White House official", "one Blue House source")
POSITIONS = ('"We will not pay more," {d} said.', '"We will not pay more," said {d}.',
             '{D} said, "We will not pay more."', '"We will not pay more," according to {d}.',
             '{D} said Seoul would "not pay more."', 'Seoul will "not pay more," {d} said.',
             '"We will not pay more," {d} told reporters.')


def unnamed_rows() -> list[tuple[str, str]]:
    """Every unnamed person in every position, with the phrase as its speaker (with or without its article)."""
    return [(p.format(d=d, D=d[:1].upper() + d[1:]), f"{d}/{d.split(' ', 1)[1]}") for d in UNNAMED for p in POSITIONS]


CONTROLS = table(
    r"""
body | speakers
"We will not pay more," said a Pentagon spokesman, Jo Bell. | Jo Bell
"We will not pay more," said Pentagon spokesman Jo Bell. | Jo Bell
"We will not pay more," a Pentagon spokesman, Jo Bell, said. | Jo Bell
"We will not pay more," according to Jo Bell, a Pentagon spokesman. | Jo Bell
"We will not pay more," said a USFK official, Jo Bell. | Jo Bell
"We will not pay more," Jo Bell said, a Pentagon official. | Jo Bell
Seoul will "not pay more," according to a report by the Hanul Daily. | Hanul Daily
The deal is "a good one for both," according to a new poll. | None
The deal is "a good one for both," said a statement from the ministry. | a statement from the ministry
"We will not pay more," said one of the officials. | the officials
Seoul called it a "fair deal" after a Senate aide leaked it. | Seoul
"""
)


# After an inverted "said" or "according to" (a full quote's credit line), the speaker's phrase ends before how or
# when it spoke ("in a statement", "on Sunday"), keeps the initials of "the U.S. military", and may be a capital
# standing for its government or a body's titled head; before quotes40 each row was wrong (none or a longer phrase).
CREDITED = table(
    r"""
body | speakers
"The furloughs begin as planned," said the ministry in a statement. | the ministry
"The furloughs begin as planned," said the Defense Ministry in a text message on Monday. | Defense Ministry
"The furloughs begin as planned," according to the Korean Ministry of Foreign Affairs on Sunday. | Korean Ministry of Foreign Affairs
"The furloughs begin as planned," according to the union in a statement. | the union/union
"The furloughs begin as planned," according to the U.S. military. | U.S. military
"The furloughs begin as planned," said the U.S. military in a statement. | U.S. military
"The furloughs begin as planned," said the U.S. military. | U.S. military
"The furloughs begin as planned," according to USFK head Gen. Robert Abrams. | Robert Abrams
"The furloughs begin as planned," according to Seoul. | Seoul
"The furloughs begin as planned," said Seoul in a statement. | Seoul
"The furloughs begin as planned," Seoul told reporters in a statement. | Seoul
"The furloughs begin as planned," according to Washington. | Washington
"""  # noqa: E501
)
# Controls: a place in the quote's clause that is a reported subject or a location stays no speaker, and a body's
# name that holds "in"/"at" with no article or time after it keeps it.
CREDITED_CONTROLS = table(
    r"""
body | speakers
Jo Bell said Seoul would "pay its share." | Jo Bell
"We pay our share," said an official at the ministry in Seoul. | an official/an official at the ministry in Seoul
The deal was signed "in good faith" in Seoul, according to the ministry. | the ministry/ministry
"We pay our share," the Foreign Ministry in Seoul said. | Foreign Ministry/the Foreign Ministry in Seoul
"""
)


# A definite role after a person named by another word for the same office: a negotiator or an ambassador is "the
# diplomat" or "the envoy", a researcher, fellow or economist "the expert" or "the analyst", a senator "the lawmaker"
# (_OFFICE_SYNONYMS); each row was wrong before quotes40 (the role's words, not the person). Controls: the holder, not
# a nearer person of another office; a title's office as before; an office no one holds stays as printed.
SYNONYM_ROLES = table(
    r"""
body | speakers
Jo Tallan, South Korea's top negotiator, arrived in Washington on Monday.\n\n"Seoul pays a lot," the diplomat said. | Jo Tallan
Chief negotiator Jo Tallan arrived in Washington on Monday.\n\n"Seoul pays a lot," the veteran diplomat said. | Jo Tallan
Jo Tallan, South Korea's top negotiator, arrived in Washington on Monday.\n\n"Seoul pays a lot," the envoy said. | Jo Tallan
Ana Volk, a researcher at the Hanul Institute, spoke on Monday.\n\n"Seoul pays a lot," the expert said. | Ana Volk
Ana Volk, a senior fellow at the Hanul Institute, spoke on Monday.\n\n"Seoul pays a lot," the analyst said. | Ana Volk
Ana Volk, an economist at Hanul University, spoke on Monday.\n\n"Seoul pays a lot," the expert said. | Ana Volk
Dale Hoskins, a Democratic senator, spoke on Monday.\n\n"Seoul pays a lot," the lawmaker said. | Dale Hoskins
Dale Hoskins, the U.S. ambassador, spoke on Monday.\n\n"Seoul pays a lot," the diplomat said. | Dale Hoskins
Dale Hoskins, the U.S. ambassador, spoke on Monday.\n\n"Seoul pays a lot," the envoy said. | Dale Hoskins
Kim Ji-ho, a lawmaker of the ruling party, spoke on Monday.\n\n"Seoul pays a lot," the legislator said. | Kim Ji-ho
"""  # noqa: E501
)
SYNONYM_CONTROLS = table(
    r"""
body | speakers
Ana Volk, a researcher at the Hanul Institute, met Foreign Minister Dale Hoskins.\n\n"Seoul pays a lot," the expert said. | Ana Volk
Rep. Dale Hoskins spoke on Monday.\n\n"Seoul pays a lot," the congressman said. | Dale Hoskins
Chief negotiator Jo Tallan met Ana Volk on Monday.\n\n"Seoul pays a lot," the minister said. | the minister
"""  # noqa: E501
)


# A sentence that presents whose words follow ("The latest comments came from X", "The warning was delivered by X"):
# a later "he"/"she" goes on with X, though "from"/"by" governs the name (_words_from; the fortieth batch's form).
# Each row was wrong before quotes40 (the person named before). Controls: an object of "by"/"from" in a sentence about
# something else stays passed over for the earlier subject.
SPEECH_SOURCE = table(
    r"""
body | speakers
Dale Hoskins met Seoul's envoy.\n\nThe latest comments came from Ana Volk, who served as adviser from 2019 to 2021. She said Seoul should make a "big contribution" to the costs. | Ana Volk
Dale Hoskins met Seoul's envoy.\n\nThe sharpest criticism came from Ana Volk, a former adviser. "Seoul must pay," she said. | Ana Volk
Dale Hoskins met Seoul's envoy.\n\nThe warning was delivered by Ana Volk on Monday. "Seoul must pay," she said. | Ana Volk
"""  # noqa: E501
)
SPEECH_SOURCE_CONTROLS = table(
    r"""
body | speakers
Dale Hoskins spoke on Monday. The team is led by Ana Volk.\n\n"Seoul must pay," he said. | Dale Hoskins
Dale Hoskins spoke on Monday. The plan was drafted by Orrin Pell.\n\n"Seoul must pay," he said. | Dale Hoskins
Dale Hoskins spoke on Monday. The plan came from Orrin Pell.\n\n"Seoul must pay," he said. | Dale Hoskins
"""
)


# A verb that reports a clause's content ("stipulated that", "indicated that", "hinted that", "proposed that",
# "alleged that", "signaled that"): its subject's words, as after "said that" (the fortieth batch's "It has
# stipulated that ... “global standard”"). The first two rows were wrong before quotes40 (no speaker); the others were
# read by the subject rule before and by the verb now. Controls: a participle "proposed by", a document's "specified".
REPORTING_VERBS = table(
    r"""
body | speakers
The Trump administration has been pressing allies. It has stipulated that Seoul should meet the new "global standard" of spending. | Trump administration
The ministry indicated that the talks were "at an impasse." | the ministry
Dale Hoskins hinted that Seoul would pay "a lot more" next year. | Dale Hoskins
Ana Volk proposed that the allies sign "a one-year deal." | Ana Volk
Dale Hoskins alleged that Seoul had been "free-riding." | Dale Hoskins
Jo Tallan signaled that Seoul was ready to accept "a reasonable increase." | Jo Tallan
"""  # noqa: E501
)
REPORTING_CONTROLS = table(
    r"""
body | speakers
The plan, proposed by Jo Tallan last year, called for "a fair share." | Jo Tallan
The deal specified "a 13.9 percent increase" in 2021. | None
"""
)


# More wire shapes of unnamed and described speakers (quotes40's second battery). Wrong before quotes40: "said two
# people familiar with the talks" (none: a count opens the phrase) and "according to a person familiar with the matter"
# ("a person": the knowing phrase was read only after "said"); the rest passed and must keep passing.
WIRE_MORE = table(
    r"""
body | speakers
"We are close," the official said, adding that talks would go on. | the official
"We are close," a senior official told Yonhap on condition of anonymity, citing the sensitivity of the issue. | a senior official/senior official
"We are close," the presidential office said in a text message to reporters. | presidential office/the presidential office
The ministry's spokesman said at a briefing: "We are close." | the ministry's spokesman/ministry's spokesman/spokesman
A spokesperson for the Pentagon told The Korea Times that "talks are close." | Pentagon/a spokesperson for the Pentagon/spokesperson
"We are close," one South Korean official said of the talks. | one South Korean official/South Korean official
"We are close," said one official who attended the meeting. | one official/official
"We are close," the official, who asked not to be named, told reporters. | the official/official
"We are close," an official said on background. | an official/official
A senior official said talks went well.\n\nThe official added: "We are close." | a senior official/senior official/the official
The deal, one official said, is "almost done." | one official/official
"We are close," the official said. "But the gap remains." | the official/official;the official/official
"We are close," U.S. officials said. | U.S. officials/officials
"We are close," the two sides said in a joint statement. | the two sides/two sides
"We are close," the allies said in a joint statement. | the allies/allies
Seoul's foreign ministry said in a statement that "talks are close." | Seoul's foreign ministry/foreign ministry
The U.S. Embassy in Seoul declined to comment, but a spokesperson said the talks were "close." | a spokesperson/spokesperson/U.S. Embassy
"We are close," ministry spokesperson Kim Ji-ho said. | Kim Ji-ho
"We are close," said Kim Ji-ho, a spokesperson for the ministry. | Kim Ji-ho
"We are close," Kim Ji-ho, who leads the delegation, said. | Kim Ji-ho
A senior U.S. official, speaking to reporters on condition of anonymity, said: "We are close." | a senior U.S. official/senior U.S. official
"We are close," said the senior official, who briefed reporters on condition of anonymity. | the senior official/senior official
"We are close," a person familiar with the matter said. | a person familiar with the matter/person familiar with the matter
"We are close," according to a person familiar with the matter. | a person familiar with the matter/person familiar with the matter
"We are close," said a person familiar with the matter. | a person familiar with the matter/person familiar with the matter
"We are close," said two people familiar with the talks. | two people familiar with the talks/people familiar with the talks
"We are close," said a diplomatic source in Seoul. | a diplomatic source/diplomatic source/a diplomatic source in Seoul
"We are close," a government source in Seoul said. | a government source/government source/a government source in Seoul
"We are close," said a source close to the negotiations. | a source close to the negotiations/source close to the negotiations
"We are close," Cheong Wa Dae spokesman Kim Ji-ho told reporters. | Kim Ji-ho
"We are close," a Cheong Wa Dae official said on condition of anonymity. | a Cheong Wa Dae official/Cheong Wa Dae official
"We are close," one insider said. | one insider/insider
"""  # noqa: E501
)


# A definite outlet or civic body that refers back: "the newspaper", "the daily", "the paper", "the broadcaster" is
# the outlet the text last had report, write, quote or cite (_earlier_outlet; no government body), "the union" the
# union named before, its name up to six words (_earlier_body). Wrong before quotes40: every row but the Hanul Workers
# Union and the control with no outlet named (which stays "the newspaper").
OUTLETS = table(
    r"""
body | speakers
The Hanul Times first reported the plan on Tuesday.\n\n"Washington wants more," the newspaper said. | Hanul Times
The Hanul Times reported the plan on Tuesday, citing officials.\n\n"Washington wants more," the paper said, citing a source. | Hanul Times
The Chosun Ilbo first reported the plan on Tuesday.\n\n"Washington wants more," the daily said. | Chosun Ilbo
South Korea's Hanul Broadcasting System reported the plan.\n\n"Washington wants more," the broadcaster said. | Hanul Broadcasting System/South Korea's Hanul Broadcasting System
The Hanul Workers Union held a rally on Tuesday.\n\n"We are not bargaining chips," the union said. | Hanul Workers Union
The USFK Korean Employees Union held a rally on Tuesday.\n\n"We are not bargaining chips," the union said. | USFK Korean Employees Union
Talks stalled on Tuesday.\n\n"Washington wants more," the newspaper said. | the newspaper
The Hanul Times reported the plan on Tuesday. Jo Bell told Hanul Daily News it was false.\n\n"Washington wants more," the newspaper said. | Hanul Times
"""  # noqa: E501
)


# A lone family name after "according to" ("according to Cho." after "Cho Hyun"; "according to Zhu." after "Zhu
# Qin"): the one person named in full whose name holds it (_named_by_one_word; found by the metamorphic test on a dev
# and a fortieth-batch sentence). Wrong before quotes40: the first three rows (no speaker). The last rows: no one named
# (lead, eighteenth session, attr64): a bare surname that fits no several people the text or the gazetteer knows is
# its own speaker, as written ("Cho": the gazetteer holds no Cho; this row read None before); one that fits two
# people named in full is nobody's (the gazetteer's several Kims keep their candidates: tests/test_attrib64.py).
ONE_WORD = table(
    r"""
body | speakers
Analyst Zhu Qin spoke on Monday.\n\n"South Korea should pay for everything," according to Zhu. | Zhu Qin
Foreign minister nominee Cho Hyun spoke on Tuesday. Cho made the comments in a statement.\n\n"There have not been any issues discussed at all," according to Cho. | Cho Hyun
Foreign minister nominee Cho Hyun spoke on Tuesday.\n\nThe talks have "not begun," according to Cho. | Cho Hyun
"There have not been any issues," according to Cho. | Cho
"""  # noqa: E501
)


# A country-owned definite role ("the South Korean minister") after two holders, the nearer one with no country
# written: a Korean name the gazetteer does not know implies South Korea (_name_country), so the nearer minister is
# who the role means (review31's strict xfail, now passing); a Korean-named envoy is still no "U.S. envoy" (quotes31's
# reading kept). Wrong before quotes40: the first row.
COUNTRY_ROLES = table(
    r"""
body | speakers
South Korean Foreign Minister Han Do-yun met U.S. Secretary of State Ray Colter in Seoul on Wednesday.\n\nDefense Minister Oh Jin-seok met Dale Pruitt, the Pentagon chief.\n\n"We welcome the talks," the South Korean minister said. | Oh Jin-seok
U.S. envoy Dale Pruitt arrived in Seoul on Monday.\n\nHe met envoy Tak Joonchan on Tuesday.\n\n"We will meet again," the U.S. envoy said. | Dale Pruitt
South Korean envoy Tak Joonchan arrived in Washington on Monday.\n\nHe met envoy Dale Pruitt on Tuesday.\n\n"We will meet again," the South Korean envoy said. | Tak Joonchan
South Korean envoy Tak Joonchan arrived on Monday.\n\nHe met Ambassador Dale Pruitt on Tuesday.\n\n"We will meet again," the U.S. ambassador said. | Dale Pruitt
"""  # noqa: E501
)


# An indefinite person by what they do, no office ("said a South Korean protester at the rally", "one Korean employee
# of the U.S. base", "two Korean employees"), and a place after an unnamed person kept in the phrase ("a worker at Camp
# Bo said"). Wrong before quotes40: the first three (none). Controls: a vague person's "who" clause stays whole.
PEOPLE_NOUNS = table(
    r"""
body | speakers
"We are not an ATM," said a South Korean protester at the rally. | South Korean protester/a South Korean protester
"We are not an ATM," said one Korean employee of the U.S. base. | Korean employee/one Korean employee
"We are not an ATM," said two Korean employees of the U.S. base. | Korean employees/two Korean employees
"We are not an ATM," a worker at Camp Humphreys said. | worker at Camp Humphreys/a worker at Camp Humphreys
"We are not an ATM," said a person who attended the meeting. | a person who attended the meeting
"We are not an ATM," said a person familiar with the talks. | a person familiar with the talks
"""
)


# "The official" after a person who holds a government office by another name (a chief negotiator, a deputy assistant
# secretary, the head of a delegation: _OFFICIALS), and "the researcher"/"the adviser" as descriptions the entity
# finder reads; an unnamed holder told after them ("A U.S. State Department official said", modifiers of any case:
# _indefinite_office) is still who the role means. Wrong before quotes40: rows 1, 4, 6 and 8 (the role's words).
OFFICIALS = table(
    r"""
body | speakers
Jo Tallan, South Korea's chief negotiator, met reporters on Monday.\n\n"We are close," the official said. | Jo Tallan
Kim Ji-ho, the ministry's deputy spokesman, met reporters on Monday.\n\n"We are close," the spokesman said. | Kim Ji-ho
Dale Pruitt, the U.S. ambassador to Seoul, met reporters on Monday.\n\n"We are close," the senior diplomat said. | Dale Pruitt
Dale Pruitt, head of the U.S. delegation, met reporters on Monday.\n\n"We are close," the U.S. official said. | Dale Pruitt
Kim Ji-ho, a senior official at the Foreign Ministry, met reporters on Monday.\n\n"We are close," the official said. | Kim Ji-ho
Dale Pruitt, deputy assistant secretary of state, met reporters on Monday.\n\n"We are close," the official said. | Dale Pruitt
Jo Tallan, who leads the South Korean delegation, met reporters on Monday.\n\n"We are close," the South Korean negotiator said. | Jo Tallan
Kim Ji-ho, a senior researcher at the Hanul Institute, said the deal was fair.\n\n"We are close," the researcher added. | Kim Ji-ho
Chief negotiator Jo Tallan met reporters on Monday.\n\nA U.S. State Department official said talks went well.\n\n"We are close," the official said. | a U.S. State Department official/U.S. State Department official/the official
Chief negotiator Jo Tallan met reporters on Monday.\n\nA senior official said talks went well.\n\n"We are close," the official said. | a senior official/senior official/the official
"""  # noqa: E501
)


ALL = cases(WIRE=WIRE, INDEFINITE=unnamed_rows(), CONTROLS=CONTROLS, CREDITED=CREDITED,
            CREDITED_CONTROLS=CREDITED_CONTROLS, SYNONYM_ROLES=SYNONYM_ROLES, SYNONYM_CONTROLS=SYNONYM_CONTROLS,
            SPEECH_SOURCE=SPEECH_SOURCE, SPEECH_SOURCE_CONTROLS=SPEECH_SOURCE_CONTROLS, REPORTING=REPORTING_VERBS,
            REPORTING_CONTROLS=REPORTING_CONTROLS, WIRE_MORE=WIRE_MORE, OUTLETS=OUTLETS, ONE_WORD=ONE_WORD,
            COUNTRY_ROLES=COUNTRY_ROLES, PEOPLE_NOUNS=PEOPLE_NOUNS,
            OFFICIALS=OFFICIALS)


def check_speakers_of_the_classes(body: str, want: str) -> None:
    """Each row's quotes have one of its speakers, read as evaluate reads them."""
    got = spoken(body)
    assert accepted(got, want), got


@pytest.mark.parametrize("rows", merged(ALL))
def test_speakers_of_the_classes(rows: list[object]) -> None:
    run_rows(check_speakers_of_the_classes, rows)


# ----- the metamorphic ratchet: real dev sentences re-attributed in equivalent forms (tests/quotes40_variants.py) -----


def test_dev_quote_sentences_keep_their_speaker_when_reworded() -> None:
    """Dev sentences whose speaker the tool gets right keep it in every equivalent form (the floor may only rise)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import quotes40_variants as qv

    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    outs = qv.run(floor["per_article"], floor["seed"])
    wrong = [f"{o.variant.form} {o.variant.source.article_id}: got {o.got!r} in {o.variant.sentence[-90:]!r}"
             for o in outs if not o.ok]
    assert len(outs) >= floor["variants_at_least"], len(outs)
    assert len(wrong) <= floor["wrong_at_most"], wrong
