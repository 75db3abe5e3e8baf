"""How a careful reader knows a quote's speaker where the text says it by structure, not by a verb beside the quote
(quotes11, from the seventh batch's second half): a broadcast label on its own line before the sound bite; a name
after an office with its complement ("the envoy to Japan Jo Tallan ..., saying that he ..."); a person "of the
U.S. <organisation>"; a document as the subject of the sentence that quotes it ("The joint statement from X
stresses ... “...”"); and a country, which speaks only through a verb of saying or stance, not by having troops or
reaching a deal; unnamed people after an organisation's name ("State Department officials"); a partial quote deep in
a long reported clause; a person whose appositive ends with an organisation; a quote "read" from a document; a
participle after a comma ("denied the report, calling it “...”"), whose subject is the sentence's; a pronoun's
antecedent: not a name that a subordinate clause opens with ("after Ana Volk left"), and a name that opens its
sentence after a weekday's full stop is its subject; "Bo disagreed, saying ..." (a past verb before the comma);
a quote ending a sentence that has its own speech verb before it is not the next sentence's speaker's; the owner
of a noun of speech before a colon ("His message was clear: “...”"); "the spokeswoman" pointing back to the one
the text called so; an appositive whose office follows a country's possessive ("Jo Tallan, Japan's ambassador,") or
set off by dashes.
Every person's name is made up.
"""

from __future__ import annotations

from conftest import table
from test_extract_quotes import speakers_test

SPEAKERS = table(
    r"""
body | speaker_names
[Sound bite: Hanul President Jo Tallan]\n\n"We pay a great deal for the troops already." | Jo Tallan
[Soundbite: Jo Tallan, Hanul President]\n\n"We pay a great deal for the troops already." | Jo Tallan
(Interview: Ana Volk, envoy)\n\n"We pay a great deal for the troops already." | Ana Volk
[Sound bite: Jo Tallan]\n\n"We pay a great deal for the troops already."\n\n"And we will not pay more than that." | Jo Tallan;Jo Tallan
U.S. envoy to Japan Jo Tallan backed the plan, saying that he wants the base open but that "nobody rides free." | Jo Tallan
Ambassador to Germany Ana Volk spoke on Monday, saying that she hopes "the talks end soon." | Ana Volk
The special representative for Japan Jo Tallan agreed, saying he would "keep the door open." | Jo Tallan
The joint statement from the two ministries stresses a plan that will "bring the allies closer." | the two ministries
A statement by the Hanul Ministry of Defense welcomes a deal that will "bring the allies closer." | Hanul Ministry of Defense
The joint communique stresses a plan that will "bring the allies closer to each other." | The joint communique
Japan confirmed on Monday that it would pay "a fair and meaningful share." | Japan
"We are done here," Jo Tallan of the U.S. State Department told local media. | Jo Tallan
Ana Volk of the South Korean Foreign Ministry said: "We are done here." | Ana Volk
"We are done here," State Department officials said. | State Department officials
State Department officials said the deal was good. "We act on it at once." | State Department officials
HANUL, Jan. 16 (UPI) -- U.S. Ambassador to Japan Jo Tallan said Thursday the gap between the United States and Japan in defense cost-sharing negotiations is "narrowing," but Tokyo "can do more" to pay. | Jo Tallan;Jo Tallan
Rep. Ana Volk of the Hanul Party, a member of the Assembly's Defense Committee, stated regarding the call with the ministers, "We already pay a great deal." | Ana Volk
"We will not pay more," read a statement from the U.S. Embassy in Tokyo. | U.S. Embassy
"We will not pay more," reads the joint statement released after the talks. | joint statement
Jo Tallan denied the report, calling it "groundless and false." | Jo Tallan
Jo Tallan criticized the Hanul government, saying it was "far too slow." | Jo Tallan
Jo Tallan spoke after Ana Volk left.\n\n"We are close to a deal now," he said. | Jo Tallan
Jo Tallan spoke on Monday.\n\nAna Volk, however, disagreed.\n\n"We are not close at all," she said. | Ana Volk
Ana Volk disagreed, saying they were "stuck." | Ana Volk
Jo Tallan said the talks were "close." Ana Volk said they were "stuck." | Jo Tallan;Ana Volk
Jo Tallan spoke on Monday. The message from Tallan was clear: "We will not pay more." | Jo Tallan
Jo Tallan spoke on Monday. His message was clear: "We will not pay more." | Jo Tallan
Ana Volk, a spokeswoman for the ministry, spoke on Monday.\n\n"The talks are stuck for now," the spokeswoman said. | Ana Volk
Jo Tallan, Japan's ambassador to the U.S., said: "We will pay our share." | Jo Tallan
Ambassador Jo Tallan – a former general – said: "We will pay our share." | Jo Tallan
"We will pay our share," Ambassador Jo Tallan – the Japanese envoy – said. | Jo Tallan
Japan has agreed to pay "a fair and meaningful share" of the cost. | Japan
Japan stated on Monday that it would pay "a fair and meaningful share." | Japan
"""  # noqa: E501
)

# No named speaker where a country only acts or no one was named (an unnamed speaker is named by its words).
NOBODYS = table(
    r"""
body | speaker_names
Japan has around 9,000 troops based in Germany "to guard it against the north." | None
The US has accepted a plan for the Japanese government to pay the "prior costs" of the staff. | None
The United States and Japan reached a deal on Monday, which will bring a "meaningful rise" in pay. | None
The report on the base came out on Monday, a day before the "big vote" in Hanul. | None
# "the spokeswoman" refers back to "A ministry spokeswoman" and is named by its words (quotes42; was "the spokeswoman")
Jo Tallan spoke on Monday. A ministry spokeswoman disagreed.\n\n"The talks are stuck for now," the spokeswoman said. | ministry spokeswoman
Japan has not yet reached a deal that will bring a "meaningful rise" in pay. | None
Japan has a deal with the United States that will bring a "meaningful rise" in pay. | None
Japan has troops in a state of "high alert" near the border. | None
Japan signed a deal on new terms that will bring a "meaningful rise" in pay. | None
"""  # noqa: E501
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_a_reader_knows_from_structure = speakers_test(SPEAKERS=SPEAKERS, NOBODYS=NOBODYS)
