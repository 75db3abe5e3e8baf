"""Quote speakers on the shapes of the dev misses of the 147th and 148th batches (real52q): each class diagnosed
from a miss, then rows of my own (made-up people Oren Vask, Tilde Marrow, Ada Brill; the places Quenlor and Drava),
labelled before the tool ran on them, with near-miss controls that keep main's answer. A row: (body, words of the
quote, the speakers accepted: "/" between names, "None" for nobody), checked by conftest.assert_speaker.

- LIKEWISE: "likewise" between a subject and its verb of saying ("Another Japanese official likewise said that ...
  “...”") is an adverb like "also": the subject; controls: "likewise" elsewhere in the sentence;
- INNER_TAG: a quotation that is a sentence of its own and closes on a narrator's tag inside its marks ('“We will
  not pay, the envoy said.”'): quoted narration, the words of the writer quoted just before in the paragraph; when
  the words open with a single mark ('"‘They never pay, Oren Vask complained.’"'), a quotation nested in the
  writer's, the person the tag names; controls: a tag outside the marks, no quote before, a clause that is no tag;
- BEEN_CLEAR: a person in a reported clause who "has been clear (explicit, adamant) that “...”" (officials relaying
  what he made plain): the person's words; controls: "clear about", an adjective of feeling, no person;
- UNSAID: a hearsay passive of a state ("the envoy is said to have some “deep doubts”": others' words about him)
  and a term whose definition a writer's "as" clause after a closing tag tells of ('..., lawmakers said Monday, as
  the allies differ over the definition of “...”'): nobody; controls: a verb of saying after the passive, the
  subject's own verb, a pronoun subject in the "as" clause;
- AIM_OWNER: a quoted aim a possessive owns ("in line with Washington’s push to “modernize” the alliance"): the
  owner (a speaker the text names: person, body, a capital read as its government); controls: the speaker's own
  verb of saying or stance right before the owner, "push for", a pronoun owner. A place the text does not read as
  its government ("Seoul’s effort to “...”" with no verb of its own) is left as main reads it;
- DESCRIBED_MAKER: a work a description's possessive makes ("the U.S. leader’s book “...”"): the one person the
  text names who holds that country's top office then (gazetteer people, the date line's day); controls: no holder
  named, a description of another office, a description that speaks rather than makes a work.
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table

LIKEWISE = table(
    r"""
body | words | speakers
Another Japanese official likewise said that Tokyo has shown “patience” in recent weeks. | patience | Another Japanese official/Japanese official
A senior aide likewise told reporters the offer from Quenlor was “generous.” | generous | A senior aide/senior aide
Two officials likewise said the deal with Drava was “unfair.” | unfair | Two officials/officials
Oren Vask likewise said the deal with Drava was “fair.” | fair | Oren Vask/Vask
Likewise Oren Vask said the deal was “unfair.” | unfair | Oren Vask/Vask
Likewise Tilde Marrow told reporters the offer was “thin.” | thin | Tilde Marrow/Marrow
# controls: "likewise" not between the subject and its verb
The official said the offer was likewise “generous.” | generous | The official/official
Likewise, the offer from Quenlor was “generous,” the official said. | generous | The official/official
Likewise, Tilde Marrow told reporters the offer was “thin.” | thin | Tilde Marrow/Marrow
"""  # noqa: E501
)

INNER_TAG = table(
    r"""
body | words | speakers
Drava Foreign Minister Tilde Marrow met Oren Vask in May.\n\n“Marrow answered that the deal was dead,” Ada Brill writes in her diary. “There is nothing left to discuss, the Drava minister replied.” | There is nothing left | Ada Brill/Brill
Envoy Tilde Marrow flew to Quenlor in June.\n\n“Marrow warned that the troops would leave,” Ada Brill recalled in her book. “You have one week, the envoy said.” | You have one week | Ada Brill/Brill
“It was a tense dinner,” Tilde Marrow wrote. “‘We are done with them, Oren Vask complained.’” | We are done with them | Oren Vask/Vask
"It was a tense dinner," Tilde Marrow wrote. "'Drava has to pay more, Oren Vask said.'" | Drava has to pay more | Oren Vask/Vask
# controls: the tag outside the marks; a clause that is no tag; no quote before it in the paragraph
“Tilde Marrow left,” Oren Vask wrote. “We will not pay,” Ada Brill said. | We will not pay | Ada Brill/Brill
“Tilde Marrow left,” Oren Vask wrote. “We will pay, and the envoy agreed.” | We will pay | Oren Vask/Vask
“Tilde Marrow left,” Oren Vask wrote. “We will pay, the envoy said we must.” | We will pay | Oren Vask/Vask
# controls (mend52q): a sentence between the writer's quote and the narration keeps main's answer; the last two
# (lead): a writer's passage quoted with the narrator's tag inside its marks is the writer's words, though main
# named the person the tag names (tests/corpus/README.md, fifty-second session)
“We will leave,” Oren Vask said. Tilde Marrow disagreed. “We stay, the Drava minister replied.” | We stay | Tilde Marrow/Marrow
“Vask hung up on her,” Ada Brill wrote. Oren Vask disputes that account. “I never hung up, Vask insisted.” | I never hung up | Oren Vask/Vask
“We will pay,” Tilde Marrow said on Monday. Oren Vask was unmoved. “It is too little, the Quenlor president said.” | It is too little | Oren Vask/Vask
“We will go,” Ada Brill said. Oren Vask objected. “We stay, the Quenlor president replied.” | We stay | Oren Vask/Vask
“Talks are over,” Ada Brill wrote on Sunday. Tilde Marrow rejects that version. “The talks go on, Marrow said.” | The talks go on | Tilde Marrow/Marrow
Quenlor President Oren Vask called Tilde Marrow on Monday, Ada Brill wrote.\n\n“Vask replied that the talks were over,” according to the book. “We want to work with you, the Quenlor president said.” | We want to work with you | Ada Brill/Brill
Oren Vask called Tilde Marrow on Monday, Ada Brill wrote in her memoir.\n\n“Marrow said that the money was short,” according to the memoir. “We cannot give more, the minister added.” | We cannot give more | Ada Brill/Brill
"""  # noqa: E501
)

BEEN_CLEAR = table(
    r"""
body | words | speakers
Officials in Drava denied the reports, saying talks are ongoing and that President Oren Vask has been clear that “Our partners can and should pay more.” | Our partners | Oren Vask/Vask
Officials said Oren Vask has been clear that “our partners must pay more.” | our partners must | Oren Vask/Vask
Aides said Tilde Marrow had been very adamant that “the base will stay.” | the base will stay | Tilde Marrow/Marrow
The ministry said Ada Brill has been explicit that “no troops will leave.” | no troops will leave | Ada Brill/Brill
# controls: another word after the adjective; an adjective of feeling, no stance on what one says; no person
Officials said Oren Vask has been clear about “fair burden sharing.” | fair burden sharing | Officials
Officials said Oren Vask has been happy that “the talks went well.” | the talks went well | Officials
Officials said the plan has been clear that “the troops stay.” | the troops stay | Officials
"""  # noqa: E501
)

UNSAID = table(
    r"""
body | words | speakers
Tilde Marrow is said to have “serious concerns” about the deal. | serious concerns | None
Tilde Marrow is reported to have “serious concerns” about the deal with Drava. | serious concerns | None
Ambassador Oren Vask arrived in Drava on Monday. The envoy is said to have some “deep doubts” about President Ada Brill. | deep doubts | None
Oren Vask was believed to be “furious” with the offer from Quenlor. | furious | None
This is a poor state of affairs, analysts and lawmakers said Monday, as the two allies already disagree over the definition of “fair and equal costs.” | fair and equal costs | None
The gap is wide, officials said Tuesday, as the two sides still differ on the meaning of “burden sharing.” | burden sharing | None
The rift is deep, Tilde Marrow said Friday, as the two camps differ over the meaning of “shared burden.” | shared burden | None
# controls: a verb of saying after the passive; the subject's own clause; the subject's own verb before the term; a
# pronoun subject in the "as" clause (his own questioning)
Tilde Marrow is said to have called the deal “a scam.” | a scam | Tilde Marrow/Marrow
Tilde Marrow said she has “serious concerns” about the deal. | serious concerns | Tilde Marrow/Marrow
Tilde Marrow questioned the definition of “fair costs.” | fair costs | Tilde Marrow/Marrow
Oren Vask said the definition of “fair costs” was clear. | fair costs | Oren Vask/Vask
The gap is wide, Oren Vask said Tuesday, as he questioned the meaning of “burden sharing.” | burden sharing | Oren Vask/Vask
# controls (mend52q): the sentence names the term's coiner; parties named, not a plain dispute of lower-case words
The gap is wide, Oren Vask said Monday, as Drava and Quenlor differ over the meaning of “fair costs,” a phrase Vask coined. | fair costs | Oren Vask/Vask
The rift is deep, Tilde Marrow said Friday, as the two camps differ over the meaning of “shared burden,” a term Marrow coined. | shared burden | Tilde Marrow/Marrow
"""  # noqa: E501
)

AIM_OWNER = table(
    r"""
body | words | speakers
Oren Vask said he would raise spending, in line with Washington’s push to “modernize” the alliance. | modernize | Washington
Oren Vask met Tilde Marrow on Monday. The talks came amid Tilde Marrow’s drive to “reset” ties. | reset | Tilde Marrow/Marrow
Oren Vask agreed to spend more, amid the Pentagon’s plan to “rebalance” forces. | rebalance | Pentagon/the Pentagon
Oren Vask backed the deal, in line with the State Department’s campaign to “reassure” allies. | reassure | State Department/the State Department
Oren Vask met Tilde Marrow on Monday. Ada Brill spoke as part of Tilde Marrow’s drive to “reset” ties. | reset | Tilde Marrow/Marrow
# controls: the speaker's own verb of saying or stance takes the aim; "for" (no aim "to"); a pronoun owner
Oren Vask met Tilde Marrow on Monday. Oren Vask said Tilde Marrow’s plan to “reset” ties would fail. | reset | Oren Vask/Vask
Oren Vask met Tilde Marrow on Monday. Oren Vask welcomed Tilde Marrow’s bid to “reset” ties. | reset | Oren Vask/Vask
Oren Vask rejected Washington’s push for “modernization” of the alliance. | modernization | Oren Vask/Vask
Oren Vask defended his push to “modernize” the alliance. | modernize | Oren Vask/Vask
# controls (mend52q): the owner is the object of the speaker's verb, no frame of circumstance
Oren Vask opposed Washington’s push to “modernize” the alliance. | modernize | Oren Vask/Vask
Oren Vask said he opposed Washington’s push to “modernize” the alliance. | modernize | Oren Vask/Vask
Oren Vask met Tilde Marrow on Monday. Ada Brill criticised Tilde Marrow’s drive to “reset” ties. | reset | Ada Brill/Brill
"""  # noqa: E501
)

DESCRIBED_MAKER = table(
    r"""
body | words | speakers
Moon Jae-in read the U.S. president’s memoir “Promises to Keep” before meeting Joe Biden. | Promises to Keep | Joe Biden/Biden
Aides said the South Korean leader’s book “Destiny” sold well. Moon Jae-in signed copies in Seoul. | Destiny | Moon Jae-in/Moon
Joe Biden quoted the South Korean president’s essay “A Path to Peace” at a dinner with Moon Jae-in. | A Path to Peace | Moon Jae-in/Moon
Lawmakers in Seoul read the U.S. leader’s book “The Long Road” on Monday. Joe Biden did not comment. | The Long Road | Joe Biden/Biden
Moon Jae-in read the U.S. leader’s book, “Promises to Keep,” and then met Joe Biden. | Promises to Keep | Joe Biden/Biden
# controls: no holder of the office named; a description of no top office; a description that speaks (no work)
Aides read the U.S. leader’s book “Promises to Keep” on Monday. | Promises to Keep | the U.S. leader
Moon Jae-in read the U.S. envoy’s book “Open Doors” before meeting Joe Biden. | Open Doors | the U.S. envoy
The U.S. leader called the deal “fair.” Joe Biden met Moon Jae-in on Monday. | fair | The U.S. leader
# controls (mend52q): a description of another time ("former", a year, "before ... took office", "after ... left office")
Yoon Suk Yeol read the former U.S. leader’s book “The Art of the Deal” before meeting Joe Biden. | The Art of the Deal | the former U.S. leader
Moon Jae-in read the U.S. leader’s book “The Art of the Deal” in 2019. Joe Biden took office in January. | The Art of the Deal | the U.S. leader
Moon Jae-in recalled the U.S. leader’s memoir “Crippled America,” written before Donald Trump took office in 2017. Joe Biden did not comment. | Crippled America | the U.S. leader
Moon Jae-in quoted the U.S. leader’s book “Hard Lessons,” penned after he left office, at a dinner with Joe Biden. | Hard Lessons | the U.S. leader
Moon Jae-in quoted the U.S. leader’s book “Hard Lessons” from 2004 at a dinner with Joe Biden. | Hard Lessons | the U.S. leader
"""  # noqa: E501
)


def check_speaker(body: str, words: str, speakers: str | None) -> None:
    """:func:`conftest.assert_speaker`, a table's None (nobody) given as "None"."""
    assert_speaker(body, words, speakers or "None")


test_real52q_speakers = rows_test(check_speaker, LIKEWISE=LIKEWISE, INNER_TAG=INNER_TAG, BEEN_CLEAR=BEEN_CLEAR,
                                  UNSAID=UNSAID, AIM_OWNER=AIM_OWNER,
                                  DESCRIBED_MAKER=DESCRIBED_MAKER)
