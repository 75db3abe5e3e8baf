"""Quote speakers of partial quotes whose speaker the quote's own sentence names (speak54, forty-sixth session, issue
#9): each row a sentence of my own (made-up senator Nola Brandt, envoy Ikaika Renner), labelled before the tool ran
on it. None read from the held-out corpus.

Rows are in tests/cases/test_speak54.csv (``speakers`` "/" between the names accepted, "None" for words nobody
speaks; ``xfail`` the reason of a row still read wrong). One test item per table: it lists every row read wrong, and
every row marked ``xfail`` that now passes. Tables:

- JUDGING: a verb of praise or blame in any tense, a phrasal verb ("took aim at", "railed against", "pointed to"),
  an adjective ("critical of", "vocal about") or a noun of feeling ("frustration over") before "the" and a quoted
  modifier: the judge's word, not the writer's label;
- OCCASION: a phrase of occasion between the subject and its verb ("Bo in a floor speech called for");
- PROPOSAL: "floated the idea of a", "raised the prospect of a": the proposer's words;
- POSSESSIVE: "Bo's repeated calls for a", "Bo's push for a";
- FOR_TO: "for Bo to tout/hail";
- AS_LATER: "a “...” nation, as Bo put it" (the as-clause after the quote's noun);
- QUOTING: "the ministry said in a statement quoting Bo": Bo's words;
- REPORTED: "An aide said Bo expressed hope for a “...”": a verb of stance of the reported subject;
- AGENT: "was rejected by Bo as “...”";
- CRITIC: "Bo, a longtime critic of the “...” formula, ...";
- RELAYED: "Bo told Al the offer was “...,” an aide said": Bo's words, which the aide reports;
- INSTITUTION: "The South Korean foreign ministry welcomed the “...”", "Seoul's foreign ministry voiced hope for a";
- AFTER: the owner named after the quote's noun ("the “...” demand by Bo", "the “...” ally Bo keeps talking about");
- CONTROL: near misses that keep their reading (scare quotes, a name after a judging verb, titles, "as the saying
  goes", "citing" is not "quoting", a phrase of occasion before a verb of no saying, "A said B had called it", a tag
  with no named sayer before it, a place's possessive before no body).

Fifty-fourth session (speak54 again, issue #9; tables in this module, rows of my own wording, made-up people and
bodies, read through :func:`test_quotes40.spoken` and ``accepted``: "/" between aliases, ";" between quotes, "None"
for nobody's words). Classes (each failed on main, which gave a confident wrong speaker or none):

- BODIES_OF_PEOPLE: a body of or for people before a speech verb ("the union representing base workers said"):
  the body speaks, not the people it is of (main gave "workers", "Korean employees"): ``quotes._body_of_people``,
  also before a verb of naming ("called", "dubbed": ``quotes._body_for_people`` in ``_subject_before_verb``);
- PLACED_PEOPLE: a group's people with where they are ("residents near the base", "workers at the command",
  "protesters outside the embassy"): the people speak, not the place or body (main gave none, or "the embassy"):
  ``quotes._near_place`` in ``_before_place``, ``_HOLDER_PLURALS``/``_HOLDER_PREPS`` of ``_postmodified_holder``;
- TRADE_TITLES: a capitalised noun of a trade before a two-word name opening a sentence ("Columnist Lena Vos
  called ...", "Historian Lena Vos noted ..."): a title, not part of the name (main read no name, or the title in
  it): ``names._role_noun`` in ``title_before``;
- ROLE_BACK: "the nominee" that points back to the one person the text called a nominee: the person (main gave
  none: "nominee" was no noun of an unnamed person's description in ``entities._DESCRIPTOR_BODY``; it joins
  ``quotes._BACK_NOUNS``);
- PASSIVE_AS: a passive participle of praising, blaming or naming and "as" before the quote, its agent after "by"
  ("The plan was hailed as “historic” by Minister Arun Pathi"): the agent (main read only its speech verbs' participles
  there, "described as", "called", not "hailed", "slammed", "decried", "derided"): ``quotes._passive_as``;
- OPENER_OFFICES: an office told by what it heads or is named for ("the nominee for defense secretary", "the head of
  the union") after a sentence's opening adverbial and its comma ("On Monday, ...", "During the hearing, ...",
  "Earlier, ..."): the office (main read it only as all of the sentence before its verb, and gave none):
  ``quotes._past_opener`` in ``_office_subject``;
- CONTROLS: near misses that pass on main and must not change (a body alone, a coalition of groups, officials at a
  ministry, a known title, a report on people, scare quotes, titles and labels nobody says, a quote of another
  person inside reported speech).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cases, merged, run_rows, table
from test_attrib69 import misread, table_rows
from test_extract_quotes import quotes
from test_quotes40 import accepted, spoken

TABLES = table_rows(Path(__file__).parent / "cases" / "test_speak54.csv")


@pytest.mark.parametrize("name", list(TABLES))
def test_speak54_speakers(name: str) -> None:
    bad = misread(TABLES[name])
    assert not bad, "\n".join(bad)


BODIES_OF_PEOPLE = table(
    r"""
body | speakers
The union representing base workers said the furloughs were "a cruel tactic." | The union representing base workers
"The furloughs are cruel," the union representing port workers said. | the union representing port workers
The association of Korean employees said the notices were "deeply unfair." | The association of Korean employees
A group representing retired officers said the cuts were "reckless." | A group representing retired officers
The federation of base workers said on Monday that the pay offer was "an insult." | The federation of base workers
# with a verb of naming, not of saying ("called", "dubbed"): main read a group's noun only before a verb of saying
The union representing base workers called the furloughs "a cruel tactic." | The union representing base workers
A federation of farm workers dubbed the plan "a land grab." | A federation of farm workers
"""
)

PLACED_PEOPLE = table(
    r"""
body | speakers
Residents near the base said the noise was "constant." | Residents near the base/Residents
Farmers near the range said the drills were "endless." | Farmers near the range/Farmers
Residents outside the embassy said the noise was "constant." | Residents outside the embassy/Residents
Protesters outside the embassy said the drills were "a provocation." | Protesters outside the embassy/Protesters
Workers at the command said the notices were "a shock." | Workers at the command/Workers
"""
)

TRADE_TITLES = table(
    r"""
body | speakers
Columnist Lena Vos called the deal "a bad bargain." | Lena Vos
Economist Ari Blum described the figure as "implausible." | Ari Blum
Historian Lena Vos noted that such rows were "nothing new." | Lena Vos
Pollster Dara Quill said support was "falling fast." | Dara Quill
Commentator Ari Blum dubbed the plan "a ransom note." | Ari Blum
The talks resumed on Friday. Columnist Tove Rask branded the offer "a stunt." | Tove Rask
"""
)

ROLE_BACK = table(
    r"""
body | speakers
Dana Kroll, the Democratic nominee, spoke in Ohio.\n\nThe nominee said the demand was "reckless." | Dana Kroll
Dana Kroll, a defense secretary nominee, met senators.\n\nThe nominee told them allies must pay "a fair share." | Dana Kroll
"""  # noqa: E501
)

PASSIVE_AS = table(
    r"""
body | speakers
The plan was hailed as "historic" by Minister Arun Pathi. | Arun Pathi
The offer was slammed as "an insult" by Senator Mira Dole on Tuesday. | Mira Dole
The cuts were decried as "reckless" by Governor Ines Vark. | Ines Vark
The plan, derided as "a fantasy" by Professor Olu Brandt, was shelved. | Olu Brandt
"""
)

OPENER_OFFICES = table(
    r"""
body | speakers
During his confirmation hearing, the nominee for defense secretary said allies were "not paying enough." | the nominee for defense secretary/nominee for defense secretary
On Monday, the candidate for foreign minister said the talks were "overdue." | the candidate for foreign minister/candidate for foreign minister
Earlier, the chair of the budget committee said the figure was "a guess." | the chair of the budget committee/chair of the budget committee
In Seoul, the governor of the province said the base was "a burden." | the governor of the province/governor of the province
"""  # noqa: E501
)

CONTROLS = table(
    r"""
body | speakers
The union said the furloughs were "a cruel tactic." | union/The union
A coalition of business groups said the tariffs were "a blow." | A coalition of business groups
Officials at the ministry said the notices were "deeply unfair." | Officials at the ministry
Lawmakers from the ruling party called the notices "deeply unfair." | Lawmakers from the ruling party
Analyst Noor Haddad said the demand was "an opening bid." | Noor Haddad
Veteran negotiator Sung Ho-rim lamented the "lost years" of stalled talks. | Sung Ho-rim
# a role no one named before, or two people it may fit: the role, no name
A nominee for the post said the demand was "reckless." | nominee for the post/A nominee for the post
Tam Orrin, the nominee for defense secretary, met senators on Monday.\n\n"Allies must do more," the nominee said. | Tam Orrin
The report on residents near the base said the noise was "constant." | report/The report
Residents complained about "constant helicopter noise" at the town meeting. | Residents
# after the quote, and a body of people that is no body noun of the list: main read them already
A council of village elders said the drills were "too close to homes." | A council of village elders
"The noise never stops," residents near the air base said. | residents near the air base/residents
"We want our jobs back," workers at the depot said. | workers at the depot/workers
# a passive whose agent is no speaker the text names, an active verb with "as", a passive read on main already
The plan was hailed as "historic" by some. | None
Minister Arun Pathi hailed the plan as "historic" by any measure. | Arun Pathi
The plan was described as "unrealistic" by Minister Arun Pathi. | Arun Pathi
# an office that is all of the sentence before its verb, or after a participle's clause: main read them already
The governor of the province said the base was "a burden." | The governor of the province/governor of the province
Earlier, the head of the dockworkers' union said the offer was "an insult." | the head of the dockworkers' union/head of the dockworkers' union
Asked about it, the head of the union said the offer was "an insult." | the head of the union/head of the union
A report on base workers called the furloughs "a cruel tactic." | A report/report
# a surname that is also a noun of kin, before a given name of two words: the person's name, not a title
The talks ended. Son Kyung Sik said the offer was "too low." | Son Kyung Sik
# scare quotes, titles and labels nobody says
The so-called "burden-sharing" debate has dragged on for years. | None
The word "alliance" appears eleven times in the statement. | None
She read the novel "Winter Harbour" on the flight. | None
Minister Bora Linde said Senator Ruth Allander had once called Seoul "a free rider." | Ruth Allander
Professor Hanna Ostrow characterised the deal as "a reasonable middle ground" in her column. | Hanna Ostrow
"""  # noqa: E501
)


def check_speak54_groups(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


@pytest.mark.parametrize("rows", merged(cases(
    BODIES_OF_PEOPLE=BODIES_OF_PEOPLE, PLACED_PEOPLE=PLACED_PEOPLE, TRADE_TITLES=TRADE_TITLES, ROLE_BACK=ROLE_BACK,
    PASSIVE_AS=PASSIVE_AS, OPENER_OFFICES=OPENER_OFFICES, CONTROLS=CONTROLS)))
def test_speak54_groups(rows: list[object]) -> None:
    run_rows(check_speak54_groups, rows)


# mend54s (review54s of this branch): the three rules narrowed or widened as the review proposed, rows of my own
# wording (made-up people and bodies), each labelled before the tool ran on it.
# - NOMINEE_CALLED: "the nominee" is only someone the text called a nominee (quotes._CALLED_ONLY): with two so called
#   in reach, even in different paragraphs, neither (main gave the nearer); near misses: a person who met or praised
#   the nominee is no nominee (the branch before the mend gave that person), and two in one paragraph (as main).
# - BODY_TOLD_OF: a body of people that is the object of "for", "of", "with" or "at" after a spokesperson or a noun
#   that is no holder's head is no subject (quotes._body_told_of): the spokesperson or the organizer speaks (main
#   gave "workers", the branch before the mend the body); after a holder's head the whole phrase, as before.
# - APPOSED_AGENT: a passive agent that is an unnamed office with the name in commas after it ("by the opposition
#   leader, Ines Halloran"): the name (quotes._agent_after_by with _named_after_office; main gave none or the office).
NOMINEE_CALLED = table(
    r"""
body | speakers
Wen Adair, the Labour nominee, opened a field office.\n\nPiet Sorel, the Liberal nominee, toured a shipyard.\n\nThe nominee said the levy was "a tax on work." | None/The nominee/the nominee
Mara Quint, the Green nominee, spoke at the docks.\n\nOlsen Tarr, the Liberal nominee, spoke in the hills.\n\n"Ports first," the nominee told reporters. | None/The nominee/the nominee
"""  # noqa: E501
)

BODY_TOLD_OF = table(
    r"""
body | speakers
A spokeswoman for the federation of farm workers said the quota was "a betrayal." | A spokeswoman for the federation of farm workers/spokeswoman
"It is a betrayal," a spokeswoman for the federation of farm workers said. | a spokeswoman for the federation of farm workers/spokeswoman
An organizer with the coalition representing tenant farmers said the rent rise was "theft." | An organizer with the coalition representing tenant farmers/organizer
Members of the league of shipyard workers said the offer was "a start." | Members of the league of shipyard workers/Members
"""  # noqa: E501
)

APPOSED_AGENT = table(
    r"""
body | speakers
The levy was lambasted as "a tax on work" by the opposition leader, Ines Halloran. | Ines Halloran
The levy was described as "a tax on work" by the finance minister, Ines Halloran, on Friday. | Ines Halloran
"""
)

# - RECEIVED_AS (extra): a passive participle of receiving or attacking with "as" before the quote ("welcomed as",
#   "greeted as", "attacked as"), its agent after "by": the agent (quotes._RECEIVED_AS in _passive_as; main none).
# - PARTICIPLE_TAIL (extra): a participle of saying after the quote ('“...,” adding the two sides plan to ...') takes
#   no subject after it: the clause it reports is no speaker (quotes._subject_after; main gave the clause's words).
RECEIVED_AS = table(
    r"""
body | speakers
The deal was welcomed as "a fair outcome" by the Foreign Ministry. | Foreign Ministry/the Foreign Ministry
The deal was greeted as "a fair outcome" by the Hanul Ministry of Trade. | Hanul Ministry of Trade/the Hanul Ministry of Trade
The plan was attacked as "reckless" by Senator Pell Orwin. | Pell Orwin
"""  # noqa: E501
)

PARTICIPLE_TAIL = table(
    r"""
body | speakers
The agency said the two countries agreed to handle the dispute in a "calm and fair way," adding the two sides plan to settle the details in the talks. | The agency/agency
The union said the rules were drafted in a "careless manner," adding the ministry expects a new draft soon. | union/The union
"""  # noqa: E501
)

# - NAMED_NEXT_PARAGRAPH (extra): a paragraph that is a quote alone, and the next paragraph opens "That was how Bo
#   summed up ...", "That was what Bo told ...", "Those were the words of Bo": Bo (quote_fallback's
#   named_next_paragraph; main read these words only in the quote's own paragraph); after "how"/"what" the name's verb
#   must be one of saying ("That is what Bo fears most" names no speaker, in either paragraph: main gave Bo there).
NAMED_NEXT_PARAGRAPH = table(
    r"""
body | speakers
"No ally rides for free, and none ever did."\n\nThat was how Defense Minister Ilse Varga summed up her week of talks. | Ilse Varga
"The fund is nearly empty."\n\nThose were the words of Finance Minister Odo Rask after the vote. | Odo Rask
"We will leave the base."\n\nThat was what Mayor Dita Fenn told reporters on Monday. | Dita Fenn
"We will leave the base." That is what Mayor Dita Fenn fears most. | None
"""  # noqa: E501
)

# - PASSIVE_JOINED (extra): a quote in a clause joined by ", and" whose subject is an article's noun phrase with a
#   passive verb ("..., and a possible tariff cut is viewed as part of that push for “...”"): no one before it says
#   the words (quotes._passive_joined in _unless_spoken_of; main gave the first clause's subject).
PASSIVE_JOINED = table(
    r"""
body | speakers
The Orvan cabinet is trying to trim farm subsidies, and a possible tariff cut is viewed as part of that push for "market balance." | None
"""  # noqa: E501
)

MEND_CONTROLS = table(
    r"""
body | speakers
# someone who met, lunched with or praised the nominee is no nominee: the role, no name
Joss Verey interviewed the nominee for envoy on Friday.\n\nThe nominee said the alliance was "in good health." | None/The nominee/the nominee
Joss Verey had lunch with the nominee.\n\nThe nominee told the press the offer was "generous." | None/The nominee/the nominee
Joss Verey praised the nominee for envoy.\n\n"It is generous," the nominee said. | None/The nominee/the nominee
Wen Adair, the Labour nominee, and Piet Sorel, the Liberal nominee, shook hands.\n\nThe nominee said the levy was "a tax on work." | None/The nominee/the nominee
Wen Adair, the Labour nominee, opened a field office.\n\nThe nominee said the levy was "a tax on work." | Wen Adair
# a report is no person; the head of a body speaks, as on main
A report for the union representing port workers called the deal "a start." | A report/report
The head of the league of shipyard workers said the offer was "a start." | The head of the league of shipyard workers/head of the league of shipyard workers
# no agent after "by", an active verb, a "by" of another verb, and participles of saying that report a clause
The deal was welcomed as "a fair outcome" when it was signed by Senator Pell Orwin. | None
Senator Pell Orwin welcomed the deal as "a fair outcome" on Monday. | Pell Orwin
"We will pay," the minister said, adding that the offer was "final." | the minister;the minister
"It is an insult," the union said, adding the workers plan to strike on Monday. | union/the union
# a quote that is no sentence, a next paragraph that names no one's saying
"We will leave the base,"\n\nThose were the words of Colonel Ari Lusk. | None
"We will leave the base."\n\nThat is what Mayor Dita Fenn fears most. | None
"We will leave the base."\n\nThat was how the talks ended, and the mayor left. | None
# a joined clause whose subject is a pronoun, or that comes after the quote, or an active verb: as before
Governor Lila Brandt is courting new investors, and she called the harbor "the heart of the plan." | Lila Brandt
Governor Lila Brandt called the harbor "the heart of the plan," and the vote was delayed. | Lila Brandt
Governor Lila Brandt is courting new investors, and the harbor expansion is considered the heart of her "blue port" plan. | Lila Brandt
# no name in commas after the agent's office: the office or none, no other name
The levy was lambasted as "a tax on work" by the opposition leader, who spoke in Kell. | None/the opposition leader
The levy was lambasted as "a tax on work" by the opposition leader. | None/the opposition leader
"""  # noqa: E501
)


@pytest.mark.parametrize("rows", merged(cases(
    NOMINEE_CALLED=NOMINEE_CALLED, BODY_TOLD_OF=BODY_TOLD_OF, APPOSED_AGENT=APPOSED_AGENT, RECEIVED_AS=RECEIVED_AS,
    PARTICIPLE_TAIL=PARTICIPLE_TAIL, NAMED_NEXT_PARAGRAPH=NAMED_NEXT_PARAGRAPH, PASSIVE_JOINED=PASSIVE_JOINED,
    MEND_CONTROLS=MEND_CONTROLS)))
def test_mend54s_narrowed(rows: list[object]) -> None:
    run_rows(check_speak54_groups, rows)


# - HEADLINE_BITE (extra, mend54s): a headline's quote whose words a bracketed sound bite in the body gives, its label
#   inline ("[Kell Darrow / Torvian defense minister: ...]"), ties with a paragraph of the reporter's own that shares
#   as many words: the bite's speaker (quote_fallback's label_of reads the bracket's label; transcribed prefers the
#   labelled paragraph of a tie); main read a label only on its own line. Controls: a narrative paragraph that shares
#   more words, or no bite at all: no speaker, as on main.
HEADLINE_BITE = table(
    r"""
head | body | speakers
"Lunch free never" Torvia presses allies on pay | Minister Kell Darrow says allies should not get a free lunch.\n\n[Kell Darrow / Torvian defense minister: No ally gets a free lunch in a shared defense.] | Kell Darrow
"Lunch free never" Torvia presses allies on pay | Minister Kell Darrow spoke on Monday.\n\n[Kell Darrow / Torvian defense minister: No ally gets a free lunch in a shared defense.] | Kell Darrow
# controls
"Lunch free never" Torvia presses allies on pay | Minister Kell Darrow wants allies to never expect a free lunch.\n\n[Kell Darrow / Torvian defense minister: No ally gets a free lunch in a shared defense.] | None
"Lunch free never" Torvia presses allies on pay | Minister Kell Darrow wants allies to never expect a free lunch.\n\nAna Sillo said more talks would come. | None
"""  # noqa: E501
)


def check_headline_bite(head: str, body: str, want: str) -> None:
    lines = head + "\nBy A. Reporter\nNovember 16, 2019\n\n"  # the headline, a byline and a date line
    got = [q["speaker_name"] or q["speaker_text"] for q in quotes(body, lines)]
    assert accepted(got[:1], want), got


@pytest.mark.parametrize("rows", merged(cases(HEADLINE_BITE=HEADLINE_BITE)))
def test_mend54s_headline_bite(rows: list[object]) -> None:
    run_rows(check_headline_bite, rows)
