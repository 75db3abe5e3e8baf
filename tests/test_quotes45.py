"""Quote speakers of news English no rule was written from (quotes45, thirteenth session).

Made-up names and sentences of my own; none read from the held-out corpus. Rows give the names evaluate accepts for
each quote ("/" between aliases, ";" between quotes), as in tests/test_quotes40.py. Classes (rows failing before the
rule, then controls that must not change):

- CREDIT_LINE: a block quote that fills its paragraph, credited by the line under it: a dash (—, – or --), a name,
  a body or an unnamed role, then where and when ("— Jo Bell, in a Cabinet meeting, Feb. 12, 2019"), as a column
  lists someone's sayings; a nested quote inside the block is the same speaker's;
- SINGLE_AMOUNT: a partial quote in straight single marks that opens on an amount ('$5 billion worth of
  protection'): a quote span, with its speaker; apostrophes before amounts are no marks;
- GROUP_SLOGANS: a slogan a group chants, shouts or carries, with a count or modifiers before the group's noun
  ("About 30 protesters", "Some 200 union members", "Union members chanted,") or voiced by a participle after
  another verb ("rallied near the base, chanting slogans like “...”", "held placards that read “...”");
- BODIES: "the group", "the coalition", "the organization" as bodies that speak (as "the union" already was), and
  an untagged body that issues a statement ("The embassy issued a statement calling ..."): the body, not "a
  statement";
- POSTMODIFIED: an indefinite role or a group noun with a postmodifier as a speech verb's subject ("A member of the
  negotiating team said", "A coalition of civic groups said", "Protesters outside the venue chanted");
- PLURAL_PEOPLE: "residents", "economists", "scholars" ... with no article before a speech verb, as "analysts"
  already were;
- PROPER_OUTLET: "The Hanul Daily reported" after another body was named: the daily itself, not that body;
- TITLE_MAKER: a title in quote marks credited by its maker's possessive ("on CBS News’s “Face the Nation,”", "the
  broadcaster's “Morning Forum” program"): the maker, not the sentence's speaker (a person's possessive is left to
  the other rules);
- WIRE_DESCRIPTORS: controls, the descriptor forms of wire English the tool already reads (a source told an agency,
  a spokesman for a ministry, officials familiar with the talks, a ministry's statement, "the official" after an
  official, a newspaper citing a source);
- PROBES: two stories of my own on neighbouring subjects (a column on Japan's host-nation support, a tariff row),
  labelled before the tool ran (tests/quotes45_probes.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import cases, merged, run_rows, table
from test_quotes40 import accepted, spoken

from analysis.extract import annotate

CREDIT_LINE = table(
    r"""
body | speakers
“We defend them and lose a lot of money. It is very expensive.”\n\n— Jo Bell, in a Cabinet meeting, Feb. 12, 2019 | Jo Bell
Jo Bell is the minister.\n\n“We defend them and lose a lot of money.”\n\n— Bell, at a rally, Feb. 11, 2019 | Jo Bell/Bell
"We defend them and lose a lot of money."\n\n—Jo Bell, interview with the Hanul Times | Jo Bell
“We defend them and lose a lot of money.”\n\n-- Jo Bell, March 2019 | Jo Bell
“We defend them and lose a lot of money.”\n\n– Jo Bell, at a rally in Dover | Jo Bell
“We defend them and lose a lot of money.”\n\n— the Defense Ministry, in a statement, March 4, 2019 | the Defense Ministry/Defense Ministry
“We defend them. I said, ‘Why didn’t you do this before?’ They said, ‘Nobody asked.’”\n\n— Jo Bell, in a Cabinet meeting | Jo Bell
Foreign Minister Cho Hyun met his counterpart.\n\n“There were no issues discussed at all.”\n\n— Cho | Cho Hyun/Cho
“The furloughs begin on April 1 as planned.”\n\n— A USFK official | A USFK official/USFK official
# controls: a dash line that goes on as a sentence; a quote that does not fill its paragraph; a quote already
# credited in its own paragraph; a lower-case line; a lone unknown surname
“We defend them and lose a lot of money.”\n\n— Jo Bell said so on Monday. | None
“We defend them.” Then the talks ended.\n\n— Jo Bell, at a rally | None
“We defend them,” Al Roe said.\n\n— Jo Bell, at a rally | Al Roe
“We defend them and lose a lot of money.”\n\n— and then the talks collapsed | None
“We defend them and lose a lot of money.”\n\n— Bell, at a campaign rally in Dover, Feb. 11, 2019 | None
"""  # noqa: E501
)

SINGLE_AMOUNT = table(
    r"""
body | speakers
At a meeting on Monday, Jo Bell said the U.S. spends '$5 billion worth of protection' for Korea. | Jo Bell
Jo Bell said Seoul should pay '€2 billion a year' at least. | Jo Bell
# controls: single marks the tool already reads; apostrophes before amounts are no marks
Jo Bell said the allies' share was 'far too small' and must rise. | Jo Bell
Jo Bell called the deal 'a fair outcome' for both. | Jo Bell
Jo Bell said Seoul's $5 billion offer and the allies' $3 billion were 'a fair share' of the cost. | Jo Bell
"""
)

GROUP_SLOGANS = table(
    r"""
body | speakers
About 30 protesters rallied near the base, chanting slogans like "No more money for troops". | protesters/About 30 protesters/30 protesters
About 30 protesters rallied near the base, chanting "No more money for troops". | protesters/About 30 protesters/30 protesters
Some 200 union members marched to the embassy, shouting "Pay us now!" | union members/200 union members/Some 200 union members
Demonstrators held placards that read "Stop the extortion" in front of the embassy. | Demonstrators/demonstrators
Demonstrators held placards reading "Stop the extortion" in front of the embassy. | Demonstrators/demonstrators
Union members chanted, "Pay us now!" | Union members/union members
Workers at the base staged a rally, holding signs that said "We want our jobs back." | Workers at the base/Workers/workers
# controls: groups the tool already reads; a named speaker; another clause's words
Hundreds of activists chanted "Yankee go home" outside the embassy. | activists/hundreds of activists/Hundreds of activists
The protesters carried banners reading "No to the hike" through the streets. | the protesters/protesters
The students shouted "Go home" as the motorcade passed. | The students/students
Jo Bell said the protesters were "a small minority." | Jo Bell
About 30 protesters rallied near the base on Sunday. "We will not pay," Jo Bell said. | Jo Bell
About 30 protesters rallied near the base as Jo Bell called the plan "a good start." | Jo Bell
"""  # noqa: E501
)

BODIES = table(
    r"""
body | speakers
The civic group said the deal was "humiliating." | The civic group/civic group
The coalition said the deal was "humiliating." | The coalition/coalition
The group said in a press release that the deal was "humiliating." | The group/group
The embassy issued a statement calling the report "groundless." | The embassy/embassy
The ministry released a statement saying the report was "groundless." | The ministry/ministry
# controls: a union as before; a group named before; a named person issuing a statement; a body's statement "said"
The Hanul Peace Group held a rally on Monday.\n\n"We will fight," the group said. | Hanul Peace Group/the group
The union said in a press release that the deal was "humiliating." | The union/union
Foreign Minister Jo Bell issued a statement calling the report "groundless." | Jo Bell
The embassy said in a statement that the report was "groundless." | The embassy/embassy
"""
)

POSTMODIFIED = table(
    r"""
body | speakers
A member of the team said the deal was "bad." | A member of the team/member of the team
A member of the negotiating team said the gap was "still wide." | A member of the negotiating team/member of the negotiating team
A coalition of civic groups said the deal was "humiliating." | A coalition of civic groups/coalition of civic groups
Protesters outside the venue chanted "No more money!" | Protesters outside the venue/protesters outside the venue
Protesters outside the venue said the deal was "bad." | Protesters outside the venue/protesters outside the venue
# controls: the forms the tool already reads; no person, group or role at the head
A member of the delegation said the deal was "humiliating." | A member of the delegation/member of the delegation
An aide to the minister said the deal was "bad." | An aide to the minister/aide to the minister
"It is bad," a member of the team said. | a member of the team/member of the team
A deal of the year was said to be "bad." | None
"""  # noqa: E501
)

PLURAL_PEOPLE = table(
    r"""
body | speakers
Residents said the noise was "unbearable." | Residents/residents
Local residents said the noise was "unbearable." | Local residents/residents
# controls: plurals the tool already reads; an article before them; a named speaker among them
Economists said the figure was "unrealistic." | Economists/economists
Analysts said the figure was "unrealistic." | Analysts/analysts
"It is unrealistic," said analysts at the Hanul Institute. | analysts at the Hanul Institute/analysts
"We want the troops to stay," a resident said. | a resident/resident
Jo Bell, a lawmaker, told residents the noise was "temporary." | Jo Bell
"""
)

PROPER_OUTLET = table(
    r"""
body | speakers
A spokeswoman for the Commerce Ministry spoke on Monday.\n\nThe Hanul Daily reported that Seoul had offered to "cap steel exports." | Hanul Daily/The Hanul Daily
# controls: a common noun refers back to the body named before; the outlet alone
The Commerce Ministry spoke on Monday.\n\nThe ministry said Seoul had offered to "cap steel exports." | Commerce Ministry/the ministry
The Hanul Daily reported that Seoul had offered to "cap steel exports." | Hanul Daily/The Hanul Daily
"""  # noqa: E501
)

TITLE_MAKER = table(
    r"""
body | speakers
Jo Bell said so in an interview on CBS News’s “Face the Nation,” on Sunday. | CBS News
Foreign Minister Dara Kest told the broadcaster's "Morning Forum" program that talks were close. | the broadcaster/broadcaster
Jo Bell wrote in the Hanul Times’s “Global View” column that the talks were close. | Hanul Times/the Hanul Times
# controls: a lower-case label after a person's possessive; a person's own title-case slogan; a day's possessive
# names no maker (as before)
Foreign Minister Jo Bell praised Al Roe’s “top-down” approach. | Jo Bell
Foreign Minister Jo Bell defended her “Peace First” policy. | Jo Bell
Foreign Minister Jo Bell said on Sunday’s “Morning Forum” that talks were close. | None
"""  # noqa: E501
)

WIRE_DESCRIPTORS = table(
    r"""
body | speakers
"We are not there yet," a senior official at the ministry said. | a senior official at the ministry/senior official at the ministry/a senior official/senior official
"We cannot accept the demand," the Defense Ministry said in a statement. | the Defense Ministry/Defense Ministry
The Defense Ministry said in a statement that it "cannot accept the demand." | the Defense Ministry/Defense Ministry
"We cannot accept the demand," said a spokeswoman for the Hanul party. | a spokeswoman for the Hanul party/spokeswoman for the Hanul party/a spokeswoman/spokeswoman
"The gap remains wide," officials familiar with the talks said. | officials familiar with the talks/officials
"The gap remains wide," said officials familiar with the talks. | officials familiar with the talks/officials
"The gap remains wide," a source told Yonhap. | a source/source
"The gap remains wide," a diplomatic source told the Hanul Times on Monday. | a diplomatic source/diplomatic source
The newspaper quoted an unnamed official as saying the offer was "final." | an unnamed official/unnamed official
"The offer is final," the newspaper quoted a senior official as saying. | a senior official/senior official
A senior official said the talks went well. The official added that Seoul was "flexible." | A senior official/senior official/the official/official
The Hanul Daily reported, citing a government source, that the sides were "very close." | a government source/government source/the Hanul Daily/Hanul Daily
"We regret the decision," said a spokesman for the ministry, who declined to be named. | a spokesman for the ministry/spokesman for the ministry/a spokesman/spokesman/ministry
"Washington has softened," two officials familiar with the talks said. | two officials familiar with the talks/officials/two officials
"Washington has softened," said a diplomat who took part in the talks. | a diplomat who took part in the talks/a diplomat/diplomat
The Pentagon, in a statement, called the deal "a fair outcome." | the Pentagon/Pentagon
"This is a fair outcome," the two governments said in a joint statement. | the two governments/two governments
"""  # noqa: E501
)


def check_quotes45_speakers(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


@pytest.mark.parametrize("rows", merged(cases(
    CREDIT_LINE=CREDIT_LINE, SINGLE_AMOUNT=SINGLE_AMOUNT, GROUP_SLOGANS=GROUP_SLOGANS, BODIES=BODIES,
    POSTMODIFIED=POSTMODIFIED, PLURAL_PEOPLE=PLURAL_PEOPLE, PROPER_OUTLET=PROPER_OUTLET, TITLE_MAKER=TITLE_MAKER,
    WIRE_DESCRIPTORS=WIRE_DESCRIPTORS)))
def test_quotes45_speakers(rows: list[object]) -> None:
    run_rows(check_quotes45_speakers, rows)


def _probe_misses(name: str) -> list[str]:
    """The labelled quotes of one probe story whose speaker the tool misses ("no span": not found as a quote)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import quotes45_probes as probes

    said = [(s.exact, ev_name(s.value)) for s in annotate(getattr(probes, name)).of_kind("quote")]
    got = {snippet: next((who for exact, who in said if snippet in exact), "no span")
           for snippet, _ in getattr(probes, name + "_WANT")}
    return [f"{snippet}: got {got[snippet]!r}" for snippet, want in getattr(probes, name + "_WANT")
            if not accepted([got[snippet]], want)]


def ev_name(value: dict) -> str | None:
    """A quote's speaker as the case tables read it: the name, else the antecedent's or the speaker's words."""
    return value["speaker_name"] or (value.get("antecedent") or {}).get("exact") or value["speaker_text"]


# Labelled before the tool ran; main before quotes45 missed 4 of 5 and 4 of 8. A ratchet: a story's misses may only
# fall. JAPAN_COLUMN keeps one: 'Officials in Tokyo privately call the request a “wish list”' (a present-tense "call"
# after a plural: adding "call" to the speech verbs took a dev quote's speaker from "could call on", left alone).
# TARIFF_ROW's one miss before TITLE_MAKER (a programme's title after "the broadcaster's" went to the sentence's
# speaker) is gone.
PROBE_MISSES = {"JAPAN_COLUMN": 1, "TARIFF_ROW": 0}


@pytest.mark.parametrize("name", sorted(PROBE_MISSES))
def test_quotes45_probe_stories(name: str) -> None:
    misses = _probe_misses(name)
    assert len(misses) <= PROBE_MISSES[name], misses


def test_dev_quote_sentences_keep_their_speaker_on_a_credit_line_and_as_a_role() -> None:
    """The quotes45 families of tests/quotes40_variants.py: dev sentences whose speaker the tool gets right keep it
    as a block quote credited by the line under it, and turned into an unnamed role (a ratchet: the floor in
    tests/quotes40_floor.json may only rise)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import quotes40_variants as qv

    qv.meets_floor("families45", qv.run45)
