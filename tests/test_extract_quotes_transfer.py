"""Attribution classes of English news text that no earlier rule read (quotes10, from the seventh batch's read half
and from probing common shapes): the subject of a clause that introduces a quote with a colon, whatever its verb;
"as <source> put it / said / suggests" beside the quote; a quoted title of a work its author is named with; a
headline's "<speaker> “words”"; a paragraph of quote alone before one whose quote its speaker "added"; an untagged
capitalised name or acronym as a speech verb's subject; name shapes with initials or a suffix. Every name is made up.
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, speakers_test

SPEAKERS = table(
    r"""
body | speaker_names
Ana Volk disagreed: "The sum is far too high for us to accept." | Ana Volk
Jo Tallan put it bluntly on Monday: "Nobody pays that much for a base." | Jo Tallan
Ana Volk spoke at noon.\n\nShe went on: "We have paid enough for the troops." | Ana Volk
Ana Volk spoke to reporters on Monday. She said:\n\n"We have paid enough for the troops." | Ana Volk
As Ana Volk put it, "Nobody pays that much for a base." | Ana Volk
"Nobody pays that much for a base," as Jo Tallan said on Monday. | Jo Tallan
Is the pact in "grave danger," as one Hanul Daily column suggests? | one Hanul Daily column
Jo Tallan, the envoy, spoke on Monday.\n\n"The sum is far too high for us."\n\n"We will not pay it," he added. | Jo Tallan;Jo Tallan
"We will keep the base open for now," HAO said on Monday. | HAO
Costs rose by a third, HAO said in the report, "Allies and Money in the Pacific." | HAO
"The sum is far too high," said J.D. Tallan, a senior fellow at the Hanul Institute. | J.D. Tallan
"The sum is far too high," Ana Volk Jr. said. | Ana Volk Jr.
Minji Park, a spokeswoman for the Hanul Ministry, said, "The sum is far too high." | Minji Park
According to a statement from the Hanul Ministry, "The base stays open for now." | Hanul Ministry
"The base stays open for now," said the Hanul Workers Union. "We will fight on." | Hanul Workers Union;Hanul Workers Union
The Hanul Workers Union, which represents base staff, said: "The base stays open for now." | Hanul Workers Union
"Hanul pays us very little money," Jo Tallan griped. | Jo Tallan
"Hanul pays us very little money," scoffed Jo Tallan, a former envoy. | Jo Tallan
Jo Tallan spoke on Monday.\n\n"Hanul pays us very little money," he mused. | Jo Tallan
Jo Tallan spoke at a rally on Monday.\n\nThe rally drew thousands.\n\nCosts rose by a third.\n\nTalks resumed in March.\n\n"They pay us very little money," he said. | Jo Tallan
[Sound bite: Jo Tallan, Hanul President (English)] "Hanul pays us very little money." | Jo Tallan
(Jo Tallan, Hanul President): "Hanul pays us very little money." | Jo Tallan
Jo Tallan (translated): "Hanul pays us very little money." | Jo Tallan
Jo Tallan / Hanul President\n\n"Hanul pays us very little money." | Jo Tallan
The Hanul Workers Union said on Monday that the pay was late.\n\n"We will strike on Friday," it added. | Hanul Workers Union
"They must pay more," Jo Tallan said.\n\nAna Volk, the envoy, disagreed. "We pay a great deal already." | Jo Tallan;Ana Volk
The senior official puts the cost at $7 billion, and said it was "a fair and meaningful step." | The senior official
"""  # noqa: E501
)

# No speaker where the text names none.
NOBODYS = table(
    r"""
body | speaker_names
The reasons are simple: "pay more or lose the base for good." | None
"Nobody pays that much for a base," as the old saying goes. | None
"We pay a fair share and then some more," which Jo Tallan denied. | None
(Hanul News) "We pay a fair share and then some more." | None
Jo Tallan arrived.\n\nThe report, titled "Allies And Money In The Pacific", came out on Monday. | None
"""
)


# One case a row: the speakers of the quotes of its body (test_extract_quotes.speakers_test).
test_speakers_of_common_attribution_shapes = speakers_test(SPEAKERS=SPEAKERS, NOBODYS=NOBODYS)


HEADLINES = table(
    r"""
head | speaker
Hanul Ministry "Welcomes Deal on Base Workers" | Hanul Ministry
Hanul Ministry Said to Weigh Offer, "Talks Are Still Underway" | Hanul Ministry
Why "Fair Share" Talks Failed | None
Ministry of Hanul Affairs "Welcomes the Decision to End Unpaid Leave for Base Workers" | Ministry of Hanul Affairs
HNA “Hanul Pays a Fair Share… Stressing the Value of the Alliance” (Update) | HNA
"""
)


@pytest.mark.parametrize(("head", "speaker"), HEADLINES)
def test_a_headline_names_its_quotes_speaker_before_the_words(head, speaker):
    (q,) = quotes("The talks went on.", head + "\n\nNovember 16, 2019\n\n")
    assert (q["speaker_name"] or q["speaker_text"]) == speaker
