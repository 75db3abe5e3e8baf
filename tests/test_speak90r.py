"""Quote speakers on shapes the dev misses of the twenty-ninth session left (speak90r): each class diagnosed from a
miss, then rows of my own (made-up people Oren Vask, Tilde Marrow; the places Quenlor and Drava; the parties the
Tamers and the Lusks; the paper Drava Herald and the agency LUMEN), written and labelled by the Conventions of
tests/corpus/README.md before the tool ran on them, with controls the rules must not fire on. A row: (body, words
of the quote, the speakers accepted: "/" between names, "None" for nobody), checked by conftest.assert_speaker.

- VOICED: a group voicing a noun of feeling or statement ("Four top Tamers are raising “serious concerns”", "the
  Tamers expressed their “dismay ...”"): the group; controls: a modal (words not yet said), a verb that takes
  another object, a thing as the subject;
- OPENING_REPORTER: a role with its postmodifier opening a sentence whose reported clause runs long ("An official
  with the ministry said ... a “fair level”"), and a paper after a place's possessive ("Japan's Drava Herald
  reported ... that ... it was confirmed that ... “...”"): the reporter; control: another verb of saying in the
  clause (its subject's words);
- CLOSING_REPORTER: a sentence closed by ", the trade ministry in Drava announced on Friday": the ministry, not the
  clause's subject; control: a clause whose subject says the words himself ("Vask called it “...”");
- PUBLISHED_CLAUSE: "LUMEN published an article stating that Vask “suggests” ...": the publication; control: a
  verb of saying in the clause ("stating that Vask said “...”");
- THEY_GROUP: "“...,” the senators wrote ... ¶ “<a long quote>,” they said": the senators, however long the quote;
  control: a "they" after a named person's quote (no group);
- RELEASED_TITLE: "the Quenlor Defense Ministry’s release of its “Force Review”": the ministry, the title's maker;
  control: another noun before "of its" (a review of it, not its release).
"""

from __future__ import annotations

from conftest import assert_speaker, rows_test, table

VOICED = table(
    r"""
body | words | speakers
Four top Tamers are raising “serious concerns” about the stalled talks with Quenlor. | serious concerns | Four top Tamers/Tamers
In a letter to the minister on Monday, the Lusks expressed their “dismay that the talks have failed again.” | dismay that the talks have failed again | Lusks/the Lusks
Several senior lawmakers have voiced “deep regret” over the deal with Drava. | deep regret | Several senior lawmakers/senior lawmakers/lawmakers
# controls: a modal (words not yet said); a verb that takes another object; a thing as the subject
Four top Tamers will raise “serious concerns” about the talks, aides predicted at a forum in Drava. | serious concerns | None/aides
Four top Tamers are raising funds for “Project Harbor” in Drava. | Project Harbor | None
The new tariffs raised “serious concerns” in Drava. | serious concerns | None
"""  # noqa: E501
)

OPENING_REPORTER = table(
    r"""
body | words | speakers
An official with the ministry said Quenlor will insist that its share of the costs, set aside to support the joint posture and to build a home for the stable stay of the forces in Drava, should stay at a "fair level." | fair level | An official with the ministry/official with the ministry
Japan's Drava Herald reported on May 3 that after the return of the envoy from the capital of the country, it was confirmed by the staff that the summit between the two leaders of the allied states of the region "has not yet been set for a date." | has not yet been set for a date | Drava Herald
# control: another verb of saying in the long clause (the words are its subject's)
An official with the ministry said Oren Vask, who leads the team sent to the long talks in the port city of Drava this week, told reporters the gap was "still wide." | still wide | Oren Vask/Vask
"""  # noqa: E501
)

CLOSING_REPORTER = table(
    r"""
body | words | speakers
Quenlor agreed to an “exceptional” rise in its share of the costs of the forces in the country and will pay 9.9% more this year than in the year before, the trade ministry in Drava announced on Friday. | exceptional | trade ministry/the trade ministry/trade ministry in Drava
# control: the clause's subject says the words himself (the closing reporter relays his saying)
Oren Vask called it an “exceptional” rise in its share of the costs of the forces in the country, a sum the state will pay out of the budget for this year and for the year after it, the trade ministry in Drava announced on Friday. | exceptional | Oren Vask/Vask
"""  # noqa: E501
)

PUBLISHED_CLAUSE = table(
    r"""
body | words | speakers
LUMEN published an article stating that Oren Vask “suggests” the fleet could leave Drava. | suggests | LUMEN
# control: a verb of saying in the clause (the words are Vask's)
LUMEN published an article stating that Oren Vask said the fleet would leave “within weeks.” | within weeks | Oren Vask/Vask
"""  # noqa: E501
)

THEY_GROUP = table(
    r"""
body | words | speakers
"A fair deal is vital to the alliance," the senators wrote in the letter dated Monday, using the formal name of Drava.\n\n"The fixation on its notion of sharing the costs shows a deep misreading of the worth of our alliance with Drava and of our place in the wider region, and is almost bound to fail in the end, as every such push has failed before in the long years of the talks," they said. | The fixation on its notion | senators/the senators
# control: a "they" after a named person's quote: no group is made up (the reader's fallback keeps the writer)
"A fair deal is vital to the alliance," Oren Vask wrote in the letter dated Monday.\n\n"The fixation on its notion of sharing the costs is almost bound to fail," they said. | The fixation on its notion | Oren Vask/Vask
"""  # noqa: E501
)

RELEASED_TITLE = table(
    r"""
body | words | speakers
Oren Vask met Tilde Marrow amid talk of the Quenlor Defense Ministry’s release of its “Force Review,” which will set the size of the fleet. | Force Review | Quenlor Defense Ministry/Defense Ministry
# control: another noun before "of its" (the words are no title the ministry makes)
Oren Vask met Tilde Marrow to discuss the Quenlor Defense Ministry’s review of its “Force Review,” which will set the size of the fleet. | Force Review | Oren Vask/Vask/None
"""  # noqa: E501
)


def check_speaker(body: str, words: str, speakers: str | None) -> None:
    """:func:`conftest.assert_speaker`, a table's None (nobody) given as "None"."""
    assert_speaker(body, words, speakers or "None")


test_speak90r_speakers = rows_test(
    check_speaker, VOICED=VOICED, OPENING_REPORTER=OPENING_REPORTER, CLOSING_REPORTER=CLOSING_REPORTER,
    PUBLISHED_CLAUSE=PUBLISHED_CLAUSE, THEY_GROUP=THEY_GROUP, RELEASED_TITLE=RELEASED_TITLE,
)
