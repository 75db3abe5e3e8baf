"""Quote speakers of wire English no rule was written from (quotes42, twelfth session).

Made-up names and sentences of my own; none read from the held-out corpus. Rows give the names evaluate accepts for
each quote ("/" between aliases, ";" between quotes), as in tests/test_quotes40.py. Classes:

- MARK_STYLES: quotations in marks of other typographies (German „…“, French «…» with or without inner spaces,
  CJK 「…」, double primes ″…″, a curly mark typed the wrong way round ”…” or “…“, a single-quoted headline word
  closed after a colon 'Heartbreaking:' or opening on a digit '10 Billion Dollar Cost'): one quote span each, with
  its speaker; controls: a decade ('90s), a plural possessive (allies'), an unmarked quote after a colon (no quote);
- WITH_ABSOLUTE: "with <person> calling/saying ... “…”" (an absolute phrase after the main clause): the person of
  the phrase is the speaker, as the unnamed one already was;
- BUT_SAID: "<subject> declined to comment but said ... “…”": the subject of the coordinated "said";
- ASIDE_SUBJECT: "<role> of <place>, who/where ..., said ... “…”": the role with its postmodifier, past the aside;
- POSTMODIFIED_ROLE: "an official at a major automaker", "a spokesman for the U.S. Embassy in Tokyo": the role keeps
  its "at/for/from/with <body>" postmodifier (not "of": tests/test_quotes40.py keeps "one employee of the base"
  the employee);
- SAYING_AFTER: "<body> declined to confirm the report, saying (only) that “…”": the clause's subject;
- QUANTIFIED_PLURAL: "several/many/most/few <people or bodies> said ...": the plural phrase;
- KNOWING_PEOPLE: "a person briefed on the talks", "a person with knowledge of the talks", "said people familiar
  with the matter": the unnamed person or people with how they know, in every position "familiar with" already had;
- DEFINITE_BACK: "the official"/"the spokesman" after "a <modifiers> official" said: the indefinite phrase it
  refers back to;
- DOCUMENT_WORDS: a draft, a memorandum or a document as the subject of a quote's sentence or named by "according to"
  ("According to a draft seen by AFP, ..."), as a statement or a report already was;
- RELAYED_AFTER: "“...,” Yonhap reported that Jo Bell said": the person whose saying the outlet reports;
- PAST_AND_PLURALS: a subject whose verb is an irregular past ("Bell threw her support ..., calling on Seoul to
  play a “...”"), "MPs", "senators", "politicians" with a nationality or party adjective ("British MPs"), and an
  owner's response, reply or answer ("and Seoul's response was “...”");
- IT_SUBJECT: a sentence-opening "It" goes on with the body that opened the sentence before as its subject
  ("Washington called on Seoul to ... It also announced that ... “...”": Washington, not Seoul);
- TITLED_SURNAME: "Minister Yoon" after "Trade Minister Yoon Ha-jin" when the gazetteer's "Yoon" is a president
  the title does not fit: the text's Yoon Ha-jin (entities: the title's mismatch kept the bare surname);
- STATEMENT_ISSUER: "the statement read" after "The ministry said in a statement": the body "the ministry" names;
- HEADLINE_ROLE: a headline quote credited to a role ("minister says", "envoy rejects", "Seoul's envoy:") that one
  person of the body holds ("Foreign Minister Jo Bell"): that person; a headline's name right before its verb of
  saying ("Tam Mentions '10 Billion Dollar Cost'"): that person, not the words "Tam Mentions";
- PROBES: six wire-style stories of my own on neighbouring subjects (Japan's host-nation support, NATO's 5 %
  target, a US–Germany basing row with British single quotes, a Korean tariff negotiation, a US–Philippines basing
  row, a Korean outlet's tariff story with mixed and mis-curled quote marks), labelled before the tool ran
  (tests/quotes42_probes.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import quotes
from test_quotes40 import accepted, spoken

from analysis.evaluate import norm_name

MARK_STYLES = table(
    r"""
body | speakers
„We cannot pay that much,“ said Jo Bell, the minister. | Jo Bell
«We cannot pay that much», said Jo Bell, the minister. | Jo Bell
« We cannot pay that much », said Jo Bell, the minister. | Jo Bell
Jo Bell, the minister, said Seoul would «never pay that much». | Jo Bell
Jo Bell, the minister, said Seoul would „never pay that much“. | Jo Bell
「We cannot pay that much」, said Jo Bell, the minister. | Jo Bell
″We cannot pay that much,″ said Jo Bell, the minister. | Jo Bell
Jo Bell said the deal was ”fair” to both sides. | Jo Bell
Jo Bell said the deal was “fair“ to both sides. | Jo Bell
'Heartbreaking:' General Decries Furlough of Base Workers\n\nThe general spoke on Monday. | None
# controls: the marks the tool already reads; decades and plural possessives are no marks; no marks, no quote
'We cannot pay that much,' said Jo Bell, the minister. | Jo Bell
‘We cannot pay that much,’ said Jo Bell, the minister. | Jo Bell
Jo Bell said the deal was "fair" to both sides. | Jo Bell
Jo Bell said the deal was “fair” to both sides. | Jo Bell
"""
)
MARK_SPANS = table(
    r"""
body | quoted
„We cannot pay that much,“ said Jo Bell, the minister. | We cannot pay that much,
«We cannot pay that much», said Jo Bell, the minister. | We cannot pay that much
« We cannot pay that much », said Jo Bell, the minister. | We cannot pay that much
「We cannot pay that much」, said Jo Bell, the minister. | We cannot pay that much
″We cannot pay that much,″ said Jo Bell, the minister. | We cannot pay that much,
Jo Bell said the deal was ”fair” to both sides. | fair
Jo Bell said the deal was “fair“ to both sides. | fair
'Heartbreaking:' General Decries Furlough of Base Workers\n\nThe general spoke on Monday. | Heartbreaking:
Bo Tam Mentions '10 Billion Dollar Cost'; Ministry Says Nothing\n\nThe talks ended. | 10 Billion Dollar Cost
# controls: a decade and a plural possessive are no marks; no marks, no quote; a quote open to the paragraph's end
In the '90s, the allies' share rose, Jo Bell said. | None
In the '90s, Seoul's share rose 10 percent in the '00s, Jo Bell said. | None
Jo Bell, the minister, said: We cannot pay that much. | None
Jo Bell said: “We cannot pay that much. The gap is wide.\n\nThe talks ended. | We cannot pay that much. The gap is wide.
"""
)
WITH_ABSOLUTE = table(
    r"""
body | speakers
Berlin reacted angrily, with the defence minister, Ana Volk, calling the move "a slap in the face" for an ally. | Ana Volk
Berlin reacted angrily, with Defence Minister Ana Volk calling the move "a slap in the face" for an ally. | Ana Volk
Berlin reacted angrily, with Ana Volk calling the move "a slap in the face" for an ally. | Ana Volk
Seoul and Tokyo met on Monday, with Ana Volk saying the demands were "far beyond reason." | Ana Volk
Seoul and Tokyo met on Monday, with Foreign Minister Jo Bell warning that the cost was "too high." | Jo Bell
# controls: an unnamed person in the phrase; "with" that is no absolute phrase
Seoul and Tokyo met on Monday, with a senior official saying the demands were "far beyond reason." | a senior official
Seoul and Tokyo met on Monday, with officials saying the demands were "far beyond reason." | officials
Jo Bell met Ana Volk on Monday and called the demands "far beyond reason." | Jo Bell
Jo Bell spoke with Ana Volk on Monday, calling the demands "far beyond reason." | Jo Bell
Jo Bell reported a call with Defence Minister Ana Volk, stating that both "agreed to talk more." | Jo Bell
"""  # noqa: E501
)
BUT_SAID = table(
    r"""
body | speakers
A spokesman for the U.S. Embassy declined to comment on the figures but said Washington wanted "a fair share." | a spokesman for the U.S. Embassy/spokesman for the U.S. Embassy/U.S. Embassy
The Defense Ministry declined to give details but said the talks were "productive." | Defense Ministry
Jo Bell declined to give details but said the talks were "productive." | Jo Bell
A senior official refused to name a figure but said the gap was "narrowing." | a senior official/senior official
# controls: the plain sentence; a "but" clause with its own subject
The Defense Ministry said the talks were "productive." | Defense Ministry
Jo Bell declined to comment, but Ana Volk said the talks were "productive." | Ana Volk
"""  # noqa: E501
)
ASIDE_SUBJECT = table(
    r"""
body | speakers
The mayor of Vilseck, where thousands of soldiers live, said the town would lose "the heart of our economy." | mayor of Vilseck/the mayor of Vilseck
The governor of Okinawa, who opposes the base, said the plan was "unacceptable." | governor of Okinawa/the governor of Okinawa
The head of the union, who has led it since 2019, said the furlough was "cruel." | head of the union/the head of the union
# controls: the role without the aside; a named person with an aside
The mayor of Vilseck said the town would lose "the heart of our economy." | mayor of Vilseck/the mayor of Vilseck
Jo Bell, who opposes the base, said the plan was "unacceptable." | Jo Bell
"""  # noqa: E501
)
POSTMODIFIED_ROLE = table(
    r"""
body | speakers
"Tariffs would wipe us out," said an official at a major automaker, who declined to be named. | an official at a major automaker/official at a major automaker
"Tariffs would wipe us out," said an official at a major automaker. | an official at a major automaker/official at a major automaker
"Tariffs would wipe us out," an official at a major automaker said. | an official at a major automaker/official at a major automaker
"Tariffs would wipe us out," said a spokesman for Hanul Motors, who declined to be named. | a spokesman for Hanul Motors/spokesman for Hanul Motors/Hanul Motors
A spokesman for the U.S. Embassy in Tokyo said Washington wanted "a fair share." | a spokesman for the U.S. Embassy in Tokyo/spokesman for the U.S. Embassy in Tokyo/U.S. Embassy in Tokyo/U.S. Embassy
A researcher at a state think tank said the offer was "modest." | a researcher at a state think tank/researcher at a state think tank
# controls: an official "in" a place keeps as before; a titled name after the role
"Tariffs would wipe us out," said an official at the ministry in Seoul. | an official/an official at the ministry in Seoul
"Tariffs would wipe us out," said a spokesman for Hanul Motors, Jo Bell. | Jo Bell
"""  # noqa: E501
)
SAYING_AFTER = table(
    r"""
body | speakers
The presidential office declined to confirm the report, saying only that "nothing has been decided." | presidential office/the presidential office
The presidential office declined to confirm the report, saying that "nothing has been decided." | presidential office/the presidential office
The ministry declined to comment, saying only that "talks are ongoing." | the ministry/ministry
The Defense Ministry declined to comment, saying "talks are ongoing." | Defense Ministry
# controls: a person as before; "saying" of a thing is no speech
Jo Bell declined to confirm the report, saying only that "nothing has been decided." | Jo Bell
The ministry issued a report on Monday saying the cost was "too high." | the ministry/ministry/a report
"""  # noqa: E501
)
QUANTIFIED_PLURAL = table(
    r"""
body | speakers
NATO allies edged closer to a target, though several governments warned the goal was "not achievable." | several governments/governments
NATO allies edged closer to a target. Several governments warned the goal was "not achievable." | several governments/governments
NATO allies met. Many diplomats said the goal was "not achievable." | many diplomats/diplomats
NATO allies met. A few members said the goal was "not achievable." | a few members/few members/members
# controls: the quantified phrases the tool already reads; a counted definite phrase after "said" is a reported subject
The ministry issued a statement.\n\nThe statement said the two countries reaffirmed a "stable" alliance. | the statement/statement/ministry
NATO allies met. Some members said the goal was "not achievable." | some members/members
NATO allies met on Monday, but many lawmakers said the goal was "not achievable." | many lawmakers/lawmakers
"""  # noqa: E501
)
DEFINITE_BACK = table(
    r"""
body | speakers
A White House official said the decision was bad. "They pay late," the official said. | a White House official/White House official
A White House official said the decision was bad.\n\n"They pay late," the official said. | a White House official/White House official
A senior official said Monday that talks would resume. "We pay late," the official told reporters. | a senior official/senior official
A Pentagon spokesman said the talks stalled. "We are patient," the spokesman said. | a Pentagon spokesman/Pentagon spokesman
A senior official at the presidential office spoke to reporters.\n\nThe official said the government would "respond calmly." | senior official at the presidential office/a senior official at the presidential office
# controls: a named official; a definite role with no antecedent stays as printed
Jo Bell, a White House official, said the decision was bad. "They pay late," the official said. | Jo Bell
The talks stalled. "They pay late," the official said. | the official/official
"""  # noqa: E501
)

KNOWING_PEOPLE = table(
    r"""
body | speakers
"We want much more," a person briefed on the talks said. | a person briefed on the talks/person briefed on the talks
"We want much more," said a person with knowledge of the talks. | a person with knowledge of the talks/person with knowledge of the talks
"We want much more," said people briefed on the talks. | people briefed on the talks
"We want much more," said people familiar with the matter. | people familiar with the matter
# controls: the knowing phrases the tool already reads; "people" alone after "said" is no speaker's phrase
"We want much more," a person familiar with the matter said. | a person familiar with the matter/person familiar with the matter
"We want much more," said a source with knowledge of the talks. | a source with knowledge of the talks/source with knowledge of the talks
"We want much more," people familiar with the matter said. | people familiar with the matter
"""  # noqa: E501
)

# A headline quote credited to a role ("minister says", "envoy rejects", "Seoul's envoy:") and the one person of the
# body who holds it: rows "headline || body".
HEADLINE_ROLE = table(
    r"""
text | speakers
'We will not pay more': Seoul's envoy rejects demand || SEOUL -- South Korean envoy Jo Bell on Monday rejected the U.S. demand. | Jo Bell
Envoy rejects 'unreasonable' demand || SEOUL -- South Korean envoy Jo Bell on Monday rejected the U.S. demand. | Jo Bell
Seoul will not pay 'a single won more,' minister says || SEOUL -- Foreign Minister Jo Bell on Monday rejected the U.S. demand. | Jo Bell
Minister says Seoul will not pay 'a single won more' || SEOUL -- Foreign Minister Jo Bell on Monday rejected the U.S. demand. | Jo Bell
Seoul's envoy: 'We will not pay more' || SEOUL -- South Korean envoy Jo Bell on Monday rejected the U.S. demand. | Jo Bell
'We will not pay more,' says Seoul's envoy || SEOUL -- South Korean envoy Jo Bell on Monday rejected the U.S. demand. | Jo Bell
Tam Mentions '10 Billion Dollar Cost'; Ministry Says Nothing || President Bo Tam spoke on Monday about the cost. | Bo Tam
# controls: two holders of the role; no role; the role's holder not named; a name in the headline as before
Seoul will not pay 'more,' minister says || Foreign Minister Jo Bell and Defense Minister Al Roe spoke on Monday. | None
'Alliance' talks resume in Seoul || South Korean envoy Jo Bell arrived on Monday. | None
Seoul's envoy: 'We will not pay more' || The talks ended on Monday. | None
Bell: Seoul will not pay 'a single won more' || SEOUL -- Foreign Minister Jo Bell on Monday rejected the U.S. demand. | Jo Bell
"""  # noqa: E501
)


@pytest.mark.parametrize(("text", "want"), cases(HEADLINE_ROLE=HEADLINE_ROLE))
def test_quotes42_headline_roles(text: str, want: str | None) -> None:
    head, _, body = text.partition(" || ")
    lines = f"{head}\nBy A. Reporter\nMay 4, 2025\n\n"
    got = [q["speaker_name"] or q["speaker_text"] for q in quotes(body, head=lines)]
    assert accepted(got, want), got

DOCUMENT_WORDS = table(
    r"""
body | speakers
The draft states that the US would cover "all construction costs." | draft/the draft
The draft said that the US would cover "all construction costs." | draft/the draft
According to a draft seen by AFP, Washington has offered to fund "infrastructure upgrades" at the sites. | a draft/draft
The memorandum said the sides would hold "technical talks." | memorandum/the memorandum
# controls: a report and a statement as before; "according to" a person or a body as before
The report notes that the US would cover "all construction costs." | the report/report
According to Jo Bell, Seoul has offered to fund "infrastructure upgrades" at the sites. | Jo Bell
According to the ministry, Seoul has offered to fund "infrastructure upgrades" at the sites. | the ministry/ministry
"""
)

# "“...,” <outlet> reported that <name> said": the name's words, the outlet relays them (found on a fresh dev article
# of the forty-second batch; rows my own).
RELAYED_AFTER = table(
    r"""
body | speakers
"We need to narrow our differences," Yonhap reported that Jo Bell said at the airport. | Jo Bell
"We need to narrow our differences," the Hanul Daily reported that Jo Bell told reporters. | Jo Bell
# controls: the outlet's own words; a country in the relayed clause says nothing; the name then the outlet
"We need to narrow our differences," Yonhap reported on Monday. | Yonhap
"We need to narrow our differences," Yonhap reported that the U.S. wanted. | Yonhap
"We need to narrow our differences," Jo Bell said, Yonhap reported. | Jo Bell
"""
)

# A subject whose verb is an irregular past ("threw", "withdrew", "upheld") before a participle's comma, and unnamed
# people as "MPs", "senators", "politicians" with a nationality or party adjective ("British MPs"): found on fresh
# dev articles of the forty-second batch; rows my own.
PAST_AND_PLURALS = table(
    r"""
body | speakers
Minister Jo Bell spoke.\n\nBell threw her support behind the plan, calling on Seoul to play a "peacemaker role." | Jo Bell
Minister Jo Bell spoke.\n\nBell withdrew her objection, calling the plan "a fair start." | Jo Bell
Minister Jo Bell spoke.\n\nBell upheld the decision, calling it "a fair start." | Jo Bell
South Korean MPs say they cannot afford to cave to "the Trumpian way" of demands. | South Korean MPs
British MPs said the demand was "absurd." | British MPs
Philippine senators said the demand was "absurd." | Philippine senators
Trump demanded more money last week, and Seoul's response was "screw you". | Seoul
Minister Jo Bell spoke. Trump demanded more money last week. Bell's response was "no way." | Jo Bell
# controls: a regular past as before; a weekday is no nationality; plural people the tool already read
Minister Jo Bell spoke.\n\nBell rejected the plan, calling it "a bad start." | Jo Bell
On Monday officials said the demand was "absurd." | officials
Senators warned the cut would be "a gift to Beijing." | Senators
"""  # noqa: E501
)

# A sentence-opening "It" goes on with the body that opened the sentence before as its subject (past a fronted
# "According to ..." phrase), not a body named as its object (found on a fresh forty-second-batch dev article).
IT_SUBJECT = table(
    r"""
body | speakers
Washington called on Seoul to assume a "primary role" in deterrence. It also announced that support would be "crucial but limited." | Washington;Washington
According to the new strategy, Washington called on Seoul to assume a larger role. It also announced that support would be "crucial but limited." | Washington
# controls: an "it" after a body that did the saying, as before
The Hanul Agency wrote to Tokyo on Monday.\n\nIt said the talks were "constructive." | Hanul Agency
"""  # noqa: E501
)

# "<Title> <surname>" after the full name, when the surname is also a gazetteer alias of someone the title does not fit
# ("Minister Yoon" after "Trade Minister Yoon Ha-jin"; the gazetteer's Yoon is a president): the text's person.
TITLED_SURNAME = table(
    r"""
body | speakers
Trade Minister Yoon Ha-jin spoke on Monday.\n\nMinister Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
Trade Minister Yoon Ha-jin spoke on Monday.\n\nSpeaking to reporters, Minister Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
# controls: the bare surname as before; a surname no gazetteer person has
Trade Minister Yoon Ha-jin spoke on Monday.\n\nYoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
Trade Minister Jo Bell spoke on Monday.\n\nMinister Bell said, "The cost is a matter for the security authorities." | Jo Bell
"""  # noqa: E501
)

# "the statement" after "The <body noun> said in a statement": the body an earlier phrase named, not a body named near
# the statement's words (found on a fresh forty-second-batch dev article; rows my own).
STATEMENT_ISSUER = table(
    r"""
body | speakers
The Hanul Ministry of Defense said it reached a deal for workers of the Hanul Agency.\n\nThe ministry said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | Hanul Ministry of Defense/Ministry of Defense
# controls: a named body issuing the statement as before
The Hanul Agency said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | Hanul Agency
"""  # noqa: E501
)


def spans(body: str) -> str | None:
    """The quoted words of each quote span, marks stripped, joined by ";" (None: no quote)."""
    got = [q["exact"][1:-1] if q["exact"][-1] in "\"”»“″」'’" else q["exact"][1:] for q in quotes(body)]
    return ";".join(w.strip() for w in got) or None


@pytest.mark.parametrize(("body", "want"), cases(MARK_SPANS=MARK_SPANS))
def test_quotes42_spans(body: str, want: str | None) -> None:
    assert spans(body) == want


def check_quotes42_speakers(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


@pytest.mark.parametrize("rows", merged(cases(
    MARK_STYLES=MARK_STYLES, WITH_ABSOLUTE=WITH_ABSOLUTE, BUT_SAID=BUT_SAID, ASIDE_SUBJECT=ASIDE_SUBJECT,
    POSTMODIFIED_ROLE=POSTMODIFIED_ROLE, SAYING_AFTER=SAYING_AFTER, QUANTIFIED_PLURAL=QUANTIFIED_PLURAL,
    DEFINITE_BACK=DEFINITE_BACK, KNOWING_PEOPLE=KNOWING_PEOPLE, DOCUMENT_WORDS=DOCUMENT_WORDS,
    RELAYED_AFTER=RELAYED_AFTER, PAST_AND_PLURALS=PAST_AND_PLURALS, IT_SUBJECT=IT_SUBJECT,
    TITLED_SURNAME=TITLED_SURNAME, STATEMENT_ISSUER=STATEMENT_ISSUER)))
def test_quotes42_speakers(rows: list[object]) -> None:
    run_rows(check_quotes42_speakers, rows)


def _probe_misses(name: str) -> list[str]:
    """The labelled quotes of one probe story whose speaker the tool misses (or whose span it does not find)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import quotes42_probes as probes

    found = quotes(getattr(probes, name))
    used: set[int] = set()
    misses = []
    for snippet, want in getattr(probes, name + "_WANT"):
        hit = next((i for i, q in enumerate(found) if snippet in q["exact"] and i not in used), None)
        if hit is None:
            misses.append(f"no span: {snippet}")
            continue
        used.add(hit)
        q = found[hit]
        got = q["speaker_name"] or (q.get("antecedent") or {}).get("exact") or q["speaker_text"]
        ok = got is None if want == "None" else norm_name(got) in {norm_name(w) for w in want.split("/")}
        if not ok:
            misses.append(f"{snippet}: got {got!r}")
    return misses


# Labelled before the tool ran; the misses each named a class above. A ratchet: a story's misses may only fall.
# JAPAN keeps one: a lead's "a senior Japanese official" is read as the minister quoted by name two paragraphs on
# (_named_later, a class of its own whose dev rows want it; the story does not say they are one person).
PROBE_MISSES = {"JAPAN": 1, "NATO": 0, "GERMANY": 0, "KOREA": 0, "PHILIPPINES": 0, "KOREAN_OUTLET": 0}


@pytest.mark.parametrize("name", sorted(PROBE_MISSES))
def test_quotes42_probe_stories(name: str) -> None:
    misses = _probe_misses(name)
    assert len(misses) <= PROBE_MISSES[name], misses


def test_dev_quote_sentences_keep_their_speaker_in_other_quote_marks_and_roles_that_refer_back() -> None:
    """The quotes42 families of tests/quotes40_variants.py: dev sentences whose speaker the tool gets right keep it
    in the quote marks of other typographies and when a role refers back to the speaker (a ratchet: the floor in
    tests/quotes40_floor.json may only rise)."""
    import json

    sys.path.insert(0, str(Path(__file__).parent))
    import quotes40_variants as qv

    floor = json.loads(Path(__file__).with_name("quotes40_floor.json").read_text(encoding="utf-8"))["families42"]
    outs = qv.run42(floor["per_article"], floor["seed"])
    wrong = [(o.variant.form, o.variant.source.article_id, o.got) for o in outs if not o.ok]
    assert len(outs) >= floor["pieces_at_least"], len(outs)
    assert len(wrong) <= floor["wrong_at_most"], wrong
