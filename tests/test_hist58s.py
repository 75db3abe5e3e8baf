"""Quote speakers at first contact (hist58s, issue #9): the classes of speaker misses old main commits made on dev
articles added after them, probed with sentences of my own (made-up people and wording; none read from the corpus),
and the rules that fix a class by its principle. Rows of each ``<CLASS>`` table fail on main and pass here; rows of
``<CLASS>_NEAR`` look alike and must not change.

Classes fixed (each a rule of :mod:`analysis.extract.quotes`, :mod:`analysis.extract.quote_fallback` or
:mod:`analysis.extract.entities`):

- AGENT (``_ACCORDING``, ``_AS_BY_PARTICIPLES``): "as <participle of saying> by X" after a quote names X as "according
  to X" does ("..., as stated by the ministry"); a participle of doing ("as approved by") names no speaker;
- APPOSED (``_apposed_governor`` in ``_sentence_subject``): a name set off by a comma after its office phrase ("met
  the prime minister, Al Roe") is an object as a bare name is: a later "he" goes on with the sentence's subject;
- WOMAN (``_woman_titled`` in ``_gender_fits``, ``_person_genders``): a title in "-woman" right before a name gives
  "she" as "Ms." does (a title in "-man" gives none: a woman may be a "Chairman");
- COMPATRIOT (``_Context._compatriot_official``, ``_of_country`` in ``_stated_country``): "the <nationality>
  official" is the one official of that country named in reach (a minister, an envoy, a counterpart; no head of
  state or government, and not for "the former ... official"); "President Jo Bell of Chile" states her country;
- TENURE (``_DESCRIPTOR_BODY``): a tenure or stance modifier ("the two-term governor", "the longtime senator")
  opens a definite descriptor that points back, as "the veteran governor" did;
- PREDICATE (``_quoted_predicate``): a quote that opens with its clause's verb right after the subject ("Bo “voiced
  hope that ...”", "Tokyo and Beijing “voiced doubt ...”") is the subject's, unless a verb of saying follows
  the quote in its sentence; mend58s: nor when the quote is a label (a verb glued to a hyphen, "“needs-based”"; one
  word inside the marks; a noun after the quote going on to its own finite verb, "“balanced budget” rules apply").

People (:mod:`analysis.extract.names`):

- PARTY (``party_tagged``): a party-and-state tag set off by commas right after a name ("Jo Bell, D-Ore., and Al
  Roe, R-Utah,") makes it a person as the bracketed tag does; the state as AP style writes it, not any capitalised
  word ("the Lodge, D-Block,"); mend58s: only a US state's AP abbreviation, postal code or written-out short name
  ("the Tigers, D-Div.," "Eagle Battalion, D-Co.," are no people), and a tag ending its sentence ("R-Utah.") counts.

``PROBES`` keeps every probe of the round (rows that were right on main too, and rows still wrong, each marked), so
that the next session can re-run it against its code.
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
from conftest import table
from test_extract_quotes import quotes
from test_quotes40 import accepted

from analysis.extract.entities import find_entities


def spoken(body: str) -> list[str | None]:
    """The speakers of the quotes of ``body``: the name, else the antecedent's words, else the speaker's words."""
    return [q["speaker_name"] or (q.get("antecedent") or {}).get("exact") or q["speaker_text"] for q in quotes(body)]


AGENT = table(r"""body | want
The port is a supply stop built to “feed the island garrisons,” as stated by the ministry. | the ministry
The fund was set up to “reward loyal partners,” as described by the ministry. | the ministry
The treaty was meant to “bind both allies for decades,” as described by Senator Vera Quist in a letter. | Vera Quist
""")
AGENT_NEAR = table(r"""body | want
Funds go to a “rapid response unit,” as approved by the assembly last May. | None
Funds go to a “rapid response unit,” as requested by the council last year. | None
Funds go to a “rapid response unit,” as stated in the treaty. | None
The unit exists to “deter any raid,” as the navy put it. | None/navy
""")
APPOSED = table(r"""body | want
Ivo Brandt met the prime minister, Noor Haddad. “We need answers,” he said. | Ivo Brandt
Ivo Brandt met the prime minister, Noor Haddad, on Monday. “We need answers,” he said. | Ivo Brandt
Ivo Brandt met with his counterpart, Noor Haddad, on Monday. “We need answers,” he said. | Ivo Brandt
""")
APPOSED_NEAR = table(r"""body | want
Ivo Brandt met Noor Haddad, the prime minister. “We need answers,” he said. | Ivo Brandt
The prime minister, Noor Haddad, met Ivo Brandt. “We need answers,” she said. | Noor Haddad
Ivo Brandt met the prime minister, Ms. Noor Haddad, on Monday. “We need answers,” she said. | Noor Haddad
""")
WOMAN = table(r"""body | want
Congresswoman Noor Haddad met Ivo Brandt on Monday. “We need answers,” he said. | Ivo Brandt
Chairwoman Noor Haddad met Ivo Brandt on Monday. “We need answers,” he said. | Ivo Brandt
""")
WOMAN_NEAR = table(r"""body | want
Congresswoman Noor Haddad met Ivo Brandt on Monday. “We need answers,” she said. | Noor Haddad
Chairman Noor Haddad met Ivo Brandt on Monday. “We need answers,” he said. | Noor Haddad
""")
COMPATRIOT = table(r"""body | want
German Chancellor Otto Weiss met Brazilian Foreign Minister Ana Duarte on Monday.\n\nThe Brazilian official said trade was “the first item” on the list. | Ana Duarte
Prime Minister Lars Berg hosted President Ana Duarte of Brazil and Chancellor Otto Weiss.\n\nThe Brazilian leader said trade was “the first item” on her list. | Ana Duarte
""")
COMPATRIOT_NEAR = table(r"""body | want
German Chancellor Otto Weiss met Brazilian President Ana Duarte on Monday.\n\nThe Brazilian official said trade was “the first item” on the list. | The Brazilian official
Brazilian Foreign Minister Ana Duarte met Brazilian envoy Rui Costa on Monday.\n\nThe Brazilian official said trade was “the first item” on the list. | The Brazilian official
German Chancellor Otto Weiss met Brazilian Foreign Minister Ana Duarte on Monday.\n\nThe former Brazilian official said trade was “the first item” on the list. | The former Brazilian official/None
""")
TENURE = table(r"""body | want
Governor Paul Okafor wants a new deal.\n\n“They owe us,” the two-term governor told reporters. | Paul Okafor
Governor Paul Okafor met Mayor Ines Ortega.\n\n“They owe us,” the hard-line governor told reporters. | Paul Okafor
Senator Paul Okafor met Governor Ines Ortega.\n\n“They owe us,” the outgoing governor told reporters. | Ines Ortega
""")
TENURE_NEAR = table(r"""body | want
Paul Okafor met Ines Ortega.\n\n“They owe us,” the two-term senator told reporters. | the two-term senator/None
Governor Paul Okafor wants a new deal.\n\n“They owe us,” the veteran governor told reporters. | Paul Okafor
""")
PREDICATE = table(r"""body | want
On Monday, Senator Vera Quist “expressed deep regret” over the vote. | Vera Quist
Senator Vera Quist “voiced hope that the strike ends soon.” She also met Ivo Brandt. | Vera Quist
In their statement, Tokyo and Beijing "voiced doubt that the dam will open on time." It warned of delays. | Tokyo and Beijing
""")
PREDICATE_NEAR = table(r"""body | want
Governor Vera Quist “will not sign” the bill, aides said. | None/aides
Vera Quist “voiced hope that the strike ends soon,” the union said. | union
Tokyo “has 4,000 sailors” there. | None
The so-called “peace dividend” never came. | None
Governor Vera Quist “needs-based” formula drew wide praise. | None
Envoy Ivo Brandt “had-it” moment came early. | None
Envoy Ivo Brandt “is” the word critics chose. | None
After the vote, Senator Vera Quist “united front” pledges fell flat. | None
In the memo, Envoy Ivo Brandt “fixed costs” rules were set out. | None
""")
# mend58s near-miss rows: a predicate quote going on to its object is still the subject's (read on main too)
PREDICATE_KEPT = table(r"""body | want
Envoy Ivo Brandt “has repeatedly rejected” offers from Tokyo. | Ivo Brandt
Envoy Ivo Brandt “flatly rejected” proposals from both parties. | Ivo Brandt
""")

FIXED = AGENT + APPOSED + WOMAN + COMPATRIOT + TENURE + PREDICATE + PREDICATE_KEPT
NEAR = AGENT_NEAR + APPOSED_NEAR + WOMAN_NEAR + COMPATRIOT_NEAR + TENURE_NEAR + PREDICATE_NEAR


@pytest.mark.parametrize(("body", "want"), FIXED + NEAR)
def test_hist58s_rows(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


PARTY = table(r"""body | people
Reps. Ann Cole, D-Minn., and Bo Frey, R-Ohio, wrote the bill. | Ann Cole;Bo Frey
Sens. Carl Dunmore, D-Ore., and Jim Patek, R-Kan., the chairman and ranking member, wrote the bill. | Carl Dunmore;Jim Patek
The letter came from Gil Moreau, D-N.Y., and two aides. | Gil Moreau
""")
# each near row's name is a person when the tag's state is not read (checked: party_tagged on any comma tag)
PARTY_NEAR = table(r"""body | not_people
The Hanul Lodge, D-Block, was shut. | Hanul Lodge
Nurses of the Alder Clinic, R-Wing, left early. | Alder Clinic
Crews of Falcon Squadron, D-Co., and Osprey Squadron, C-Co., flew. | Falcon Squadron
The Harbor Hawks, D-Div., met the Ridge Foxes, R-Div., at home. | Ridge Foxes
""")
# mend58s: a tag that ends its sentence ("R-Texas.") still makes the name a person
PARTY_END = table(r"""body | people
The bill was backed by Lena Farr, D-Mass., and Otto Vick, R-Utah. | Lena Farr;Otto Vick
""")


@pytest.mark.parametrize(("body", "people"), PARTY + PARTY_END)
def test_hist58s_party(body: str, people: str) -> None:
    found = {e.exact for e in find_entities(body) if e.kind == "person"}
    assert set(people.split(";")) <= found, found


@pytest.mark.parametrize(("body", "not_people"), PARTY_NEAR)
def test_hist58s_party_near(body: str, not_people: str) -> None:
    found = {e.exact for e in find_entities(body) if e.kind == "person"}
    assert not_people not in found, found


# Every probe of the round by class, with how main (17c454ce) and this branch read it: "right" or "wrong". Rows still
# wrong here are strict xfails: a later rule that fixes one makes the test say so.
PROBES = table(r"""class | body | want | main | branch
# ROLE: a role-noun back-reference with two or three people in play
ROLE | Defense Secretary Mark Holloway met Japanese Foreign Minister Keiko Tanabe in Tokyo on Monday.\n\nThe Japanese minister said her government would give “serious thought” to the request. | Keiko Tanabe | right | right
ROLE | Defense Secretary Mark Holloway met Japanese Foreign Minister Keiko Tanabe in Tokyo on Monday.\n\nThe American official said Washington would “stay the course” in Asia. | Mark Holloway | right | right
ROLE | Defense Secretary Mark Holloway met Japanese Foreign Minister Keiko Tanabe in Tokyo on Monday.\n\n“We will think it over,” the foreign minister said. | Keiko Tanabe | right | right
ROLE | Senator Ruth Adler questioned Army General Paul Okafor at the hearing on Tuesday.\n\n“Our troops need better housing,” the general said. | Paul Okafor | right | right
ROLE | Senator Ruth Adler questioned Army General Paul Okafor at the hearing on Tuesday.\n\n“Our troops need better housing,” the senator said. | Ruth Adler | right | right
ROLE | Prime Minister Lars Berg hosted President Ana Duarte of Brazil and Chancellor Otto Weiss.\n\nThe German leader said trade was “the first item” on his list. | Otto Weiss | right | right
ROLE | Prime Minister Lars Berg hosted President Ana Duarte of Brazil and Chancellor Otto Weiss.\n\nThe Brazilian leader said trade was “the first item” on her list. | Ana Duarte | wrong | right
ROLE | German Chancellor Otto Weiss met Brazilian Foreign Minister Ana Duarte on Monday.\n\nThe Brazilian official said trade was “the first item” on the list. | Ana Duarte | wrong | right
# PRONOUN: "he"/"she" with two or three people in play (the code reads gender from titles and "his"/"her", never a given name)
PRONOUN | Senator Ruth Adler questioned General Paul Okafor at the hearing on Tuesday.\n\n“Our troops need better housing,” she said. | Ruth Adler | right | right
PRONOUN | General Paul Okafor was questioned by Senator Ruth Adler at the hearing.\n\n“Our troops need better housing,” he said. | Paul Okafor | right | right
PRONOUN | Ruth Adler, a senator from Ohio, said she spoke with General Paul Okafor on Monday. “He agreed with me,” she said. | Ruth Adler | right | right
PRONOUN | Ms. Noor Haddad questioned Mr. Ivo Brandt at the hearing. “We need answers,” he said. | Ivo Brandt | right | right
PRONOUN | Noor Haddad, a spokeswoman for the ministry, met Ivo Brandt on Monday. “We need answers,” she said. | Noor Haddad | right | right
PRONOUN | Ivo Brandt met Noor Haddad and her aides in Oslo. “We need answers,” he said. | Ivo Brandt | right | right
PRONOUN | Ivo Brandt met the prime minister, Noor Haddad. “We need answers,” he said. | Ivo Brandt | wrong | right
PRONOUN | Congresswoman Noor Haddad met Ivo Brandt on Monday. “We need answers,” he said. | Ivo Brandt | wrong | right
PRONOUN | Senator Ruth Adler questioned General Paul Okafor at the hearing on Tuesday.\n\n“Our troops need better housing,” he said. | Paul Okafor | wrong | wrong
PRONOUN | General Paul Okafor was questioned by Senator Ruth Adler at the hearing.\n\n“Our troops need better housing,” she said. | Ruth Adler | wrong | wrong
PRONOUN | Mayor Jane Holt met Governor Tom Reyes and his deputy, Lisa Marr, on Friday. “It was a good start,” he said. | Tom Reyes | wrong | wrong
PRONOUN | Ivo Brandt said his team would stay. Noor Haddad disagreed.\n\n“We need answers,” he said. | Ivo Brandt | wrong | wrong
PRONOUN | Noor Haddad spoke after her party lost. Ivo Brandt, the mayor, also spoke.\n\n“We need answers,” she said. | Noor Haddad | wrong | wrong
PRONOUN | Ivo Brandt met Prime Minister Noor Haddad on Monday. She told him: “We need answers.” | Noor Haddad | wrong | wrong
# FRAME: "X said (that) ... «partial quote»": the framer speaks despite a nearer clause subject
FRAME | On Tuesday, the agency said Oslo plans to enter the talks with the view that its share should stay within a “fair range.” | the agency | right | right
FRAME | Senator Ruth Adler said that under the bill, the Pentagon and the States would share costs in a “balanced manner.” | Ruth Adler | right | right
FRAME | A second Danish diplomat also noted that Copenhagen had kept its “calm” through the spring. | A second Danish diplomat | right | right
FRAME | The ministry said that, during Mark Holloway's trip to Lisbon last week... Portugal and the U.S. agreed to handle the matter in a "calm and orderly way"... adding that talks would follow. | The ministry | wrong | wrong
# AGENT, EPITHET, PREDICATE: see the tables above
AGENT | The canal is a trade route kept open to “serve the inland towns,” as described by the agency. | the agency | wrong | right
EPITHET | Governor Paul Okafor wants a new deal.\n\n“They owe us,” the two-term governor told reporters. | Paul Okafor | wrong | right
EPITHET | Senator Ruth Adler has often said that allies pay too little.\n\n“Rich partners must carry their share,” the Democratic front-runner said on a radio show. | Ruth Adler | wrong | wrong
EPITHET | Paul Okafor wants a new deal with the union.\n\n“They owe us,” the 61-year-old told reporters. | Paul Okafor | wrong | wrong
PREDICATE | In a statement, Tokyo and Beijing “voiced hope that the talks resume soon.” | Tokyo and Beijing | wrong | right
HEADLINE | Okafor said to have branded farmers 'idle' during a dinner\n\nGovernor Ines Ortega said Paul Okafor insulted the farmers at a dinner in May. | Paul Okafor | right | right
HEADLINE | 'We will not pay,' says Okafor\n\nPaul Okafor, the finance minister, rejected the bill. | Paul Okafor | right | right
""")


def _probe_row(row: tuple[str | None, ...]) -> object:
    """A probe row as a pytest param: a strict xfail when the branch still reads it wrong."""
    cls, body, want, _main, branch = row
    marks = [pytest.mark.xfail(strict=True, reason=f"{cls}: still read wrong")] if branch == "wrong" else []
    return pytest.param(body, want, marks=marks)


@pytest.mark.parametrize(("body", "want"), [_probe_row(r) for r in PROBES])
def test_hist58s_probes(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got[-1:], want), got
