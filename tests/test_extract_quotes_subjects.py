"""Speakers in ordinary news sentences: a partial quote's clause subject past a time phrase, an appositive or an
earlier quotation; "stated" before its subject; an unknown organisation named without its "the"; a quotation running
over paragraphs, closed by two single marks; "he went on to say"; the person a writer "quoted ... as telling"; the
issuer of the statement "the statement noted" refers to; 'he said, "...," Bo wrote' (his words, Bo's report);
"he said" for the last speaker when the paragraph before opens with him, though it names another person later;
"the ministry's officials said" for the ministry; a partial quote in a clause reported twice
('Bo said that Al had demanded that Seoul “...”') for the outer reporter, also after a participle ("by claiming that
Seoul has agreed to “...”"); the subject of "for <name> to describe ... “...”"; a country or capital as the agent
of a passive speech verb ('“declared” by Washington')."""

from __future__ import annotations

import pytest
from conftest import cases, table
from test_extract_quotes import attributed, speakers

SUBJECTS = table(
    r"""
body | speaker_names
At a forum in Dallas on Monday, Jo Tallan referred to the ally as “a piggy bank” and left. | Jo Tallan
Jo Tallan, the former governor and party nominee, referred to the ally as a "Cash Cow" on Monday. | Jo Tallan
Jo Tallan on Monday said Seoul must do more, asserting that the ally pays "next to nothing" for it. | Jo Tallan
Jo Tallan, the party's nominee, had accused the ally of "freeloading" on defense. | Jo Tallan
Jo Tallan said, “If I had won, Ann Frey would have paid,” adding, “They are a rich country.” | Jo Tallan;Jo Tallan
“Our stance is that we will keep the deal,” stated Jo Tallan. | Jo Tallan
In a reply, the Hanul Workers Union said it “welcomes the decision.” | Hanul Workers Union
“We will pay.\n\n“We will pay more than before,’’ Jo Tallan said on Monday. | Jo Tallan;Jo Tallan
Jo Tallan spoke at a rally.\n\nHe went on to say, "We are spending a lot of money." | Jo Tallan
"You should not have let them go," Jo Tallan quoted Ann Frey as telling him. | Ann Frey
Jo Tallan asked when the drills end.\n\nThen he said, "End them in two days," Ann Frey wrote. | Jo Tallan
"No," Jo Tallan said.\n\nTallan was referring to us. Ann Frey used it.\n\n"Yes," he said. | Jo Tallan;Jo Tallan
"No," Jo Tallan said.\n\nAnn Frey was referring to us. Ann Frey used it.\n\n"Yes," he said. | Jo Tallan;Ann Frey
Ann Frey said after the talks that Jo Tallan had demanded that Seoul “pay far more” for troops. | Ann Frey
Ann Frey said Jo Tallan told her, “We pay.” | Jo Tallan
The offer was described as “fair” by Seoul on Monday. | Seoul
The sum was lower than the $1 billion “declared” by Washington as the minimum. | Washington
Jo Tallan wrote that it was investment "owned and controlled" by Seoul. | Jo Tallan
Seoul's Foreign Ministry met.\n\n"We talked," the ministry's officials said. | Foreign Ministry
In a statement, the Pentagon said it "agreed."\n\nUSFK met.\n\n"It helps," the statement noted. | Pentagon;Pentagon
Jo Tallan renewed his push by claiming that Seoul has agreed to pay "big money" for it. | Jo Tallan
It is wrong for President Jo Tallan to describe the ally as a "free rider" in the pact. | Jo Tallan
Jo Tallan issued a warning, saying he would let Moscow punish NATO members labeled as “late” payers. | Jo Tallan
"""
)


@pytest.mark.parametrize(("body", "speaker_names"), SUBJECTS)
def test_a_partial_quote_belongs_to_its_clause_s_subject(body, speaker_names):
    assert speakers(body, words_too=False) == speaker_names.split(";")


# Unnamed people or organisations opening the sentence speak its quote (by their words); a scare quote with no speaker
# of its own has none.
UNNAMED = table(
    r"""
body | speaker_text | attribution
Navy base commanders reassured staff that there would be “no cuts” in care. | Navy base commanders | descriptor
U.S. negotiators reportedly walked out, accusing Seoul of rejecting a “fair deal.” | U.S. negotiators | descriptor
The Hanul Department of the Navy told the USFK workers, saying, "You are on leave." | The Hanul Department of the Navy | descriptor
"""  # noqa: E501
)
NO_SPEAKER = table(
    r"""
body | speaker_text | attribution
Talks with the officials broke down over a “fair deal.” | None | none
Threats rose from an “enraged” Hanul and a rift that aides and experts say was caused by the talks. | None | none
"""
)


@pytest.mark.parametrize(("body", "speaker_text", "attribution"), cases(UNNAMED=UNNAMED, NO_SPEAKER=NO_SPEAKER))
def test_unnamed_people_or_organisations_opening_the_sentence_speak_its_quote(body, speaker_text, attribution):
    assert attributed(body) == (speaker_text, attribution)
