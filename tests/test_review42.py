"""review42 (twelfth session): adversarial rows on the quotes42 and dates42 rules, on text they were not written from.

Made-up names (Jo Bell, Ana Volk, Al Roe, Bo Tam, Bo Harlan, Yoon Ha-jin) and sentences of my own: near-misses of
each rule's trigger, the same form in another order or tense, two candidates of one role. A row still wrong is a
strict xfail whose reason names the rule at fault; rows confirmed right are controls. Speaker rows give the names
evaluate accepts ("/" between aliases, "None": no speaker), as in tests/test_quotes42.py."""

from __future__ import annotations

import pytest
from conftest import read_dates, table
from test_extract_quotes import quotes
from test_quotes40 import accepted, spoken


def _left(reason: str, *rows: tuple[str, ...]) -> list:
    """Rows a rule still reads wrong: strict xfails naming the rule at fault."""
    return [pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason=reason)) for r in rows]


def _rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(r) for r in table(text)]  # type: ignore[arg-type]


# TITLED_SURNAME (entities `_Resolver.alias`): "<Title> <surname>" after a text's full name of that surname went to the
# text's person whatever the title; a title that does not fit the text's person either ("President Yoon" after "Trade
# Minister Yoon Ha-jin") is someone else. Fixed: the text's person only when the title fits its role. (terms56 moved
# the first two rows to Jeong, a gazetteer minister: the gazetteer now holds a President Yoon, whom "President Yoon"
# rightly names.)
TITLED = _rows(
    r"""
body | speakers
Trade Minister Jeong Ha-jin spoke on Monday.\n\nPresident Jeong said, "The cost is a matter for the security authorities." | Jeong
Trade Minister Jeong Ha-jin spoke on Monday.\n\nFormer President Jeong said, "The cost is a matter for the security authorities." | Jeong
# controls: a title that fits the text's person; a courtesy title; a gazetteer president by surname
Trade Minister Yoon Ha-jin spoke on Monday.\n\nMinister Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
Trade Minister Yoon Ha-jin spoke on Monday.\n\nMr. Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
Trade Minister Moon Ha-jin spoke on Monday.\n\nPresident Moon said, "The cost is a matter for the security authorities." | Moon Jae-in
Trade Minister Lee Ha-jin spoke on Monday.\n\nMinister Lee said, "The cost is a matter for the security authorities." | Lee Ha-jin
# a text role of no known kind keeps the text's person (dev: watchingamerica's "Representative DeHart" after "chief
# U.S. negotiator James DeHart", as quotes42 made it)
Chief U.S. negotiator Yoon Ha-jin spoke on Monday.\n\nAmbassador Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
"""  # noqa: E501
)
# fix44qd (`entities._portfolio`): a title of another portfolio ("Defense Minister Yoon" after "Trade Minister
# Yoon Ha-jin") is someone else; controls: the same portfolio, with a status word before it
TITLED_LEFT = _rows(
    r"""
body | speakers
Trade Minister Yoon Ha-jin spoke on Monday.\n\nDefense Minister Yoon said, "The cost is a matter for the security authorities." | Yoon
Trade Minister Yoon Ha-jin spoke on Monday.\n\nTrade Minister Yoon said, "The cost is a matter for the security authorities." | Yoon Ha-jin
Defense Minister Yoon Ha-jin spoke on Monday.\n\nFormer Defense Minister Yoon said, "The cost is a matter." | Yoon Ha-jin
"""  # noqa: E501
)

# RELAYED_AFTER (quotes `_relayed` in `_after_quote`): "“…,” <outlet> reported that <name> was told" made the name the
# speaker: the name is the one told, not the one telling. Fixed: a name followed by a passive verb of telling is
# no relayed speaker.
RELAYED = _rows(
    r"""
body | speakers
"We need more time," the Hanul Daily reported that Jo Bell was told. | the Hanul Daily/Hanul Daily
"We need more time," Yonhap reported that Jo Bell had been told by aides. | Yonhap
# controls: the rule's own form; a passive of being quoted names the speaker
"We need more time," Yonhap reported that Jo Bell said at the airport. | Jo Bell
"We need more time," Yonhap reported that Jo Bell was quoted as saying. | Jo Bell
"""
)
RELAYED_LEFT = _left(
    "RELAYED_AFTER (quotes _relayed): a relayed speaker that is a role, a possessive's head or two names is "
    "not read; the outlet stays the speaker",
    ('"We need more time," Yonhap reported that the minister said.', "the minister/minister"),
    ('"We need more time," Yonhap reported that Jo Bell and Al Roe said.', "Jo Bell/Al Roe"),
)

# WITH_ABSOLUTE (quotes `_with_subject`): "with <X> calling ..." after a main clause whose subject is a person: the
# rule reads a lone named person or an unnamed phrase; a named person with an adverb after the name (fixed), two
# names, a body or plural people (left) fall back to the main clause's subject (a quote given to the wrong person).
WITH_RIGHT = _rows(
    r"""
body | speakers
Jo Bell met the envoy on Monday, with Ana Volk calling the demands "far beyond reason." | Ana Volk
Jo Bell said the cost was "too high," with Ana Volk calling the talks "productive." | Jo Bell;Ana Volk
# fixed (`_adverbs_only`): an adverb between the person and the participle (was: the main clause's subject)
Jo Bell was furious, with her aide Ana Volk later saying the demand was "absurd." | Ana Volk
Jo Bell was furious, with Defence Minister Ana Volk also saying the demand was "absurd." | Ana Volk
# controls: "with" governed by a verb, with or without an adverb after the person; "by calling"
Seoul agreed to the deal with Ana Volk, calling it "a fair start." | Seoul
Jo Bell spoke with Ana Volk again, calling the deal "a fair start." | Jo Bell
Jo Bell ended the call with Ana Volk by calling the deal "a fair start." | Jo Bell
"""
)
WITH_LEFT = _left(
    "WITH_ABSOLUTE (quotes _with_subject): two names, a body or plural people in the phrase, or an untitled name "
    "before an adverb ('with Ana Volk later calling': names finds no person there) are not read;"
    " the main clause's subject gets the quote",
    ('Jo Bell left Seoul, with Ana Volk and Al Roe calling the demands "far beyond reason."', "Ana Volk/Al Roe"),
    ('Jo Bell agreed, with Washington calling the deal "a fair start."', "Washington"),
    ('Jo Bell was furious, with Ana Volk later calling the demand "absurd."', "Ana Volk"),
    ('Jo Bell met Tokyo\'s envoy, with reporters calling it "a cold meeting."', "reporters"),
)

# BUT_SAID (quotes `_postmodifier_end` in `_clause_subject`): a name inside the first clause's object was read as the
# subject of the coordinated "said".
BUT_RIGHT = _rows(
    r"""
body | speakers
Jo Bell declined to comment on the ministry's plan but said the talks were "productive." | Jo Bell
Jo Bell declined to comment but Ana Volk said the talks were "productive." | Ana Volk
"""
)
# fix44qd (`quotes._object_of_preposition` reads "on what <Name>" as the preposition's object): controls keep a
# name after "what" that opens the sentence's clause of its own
BUT_LEFT = _rows(
    r"""
body | speakers
Jo Bell declined to comment on what Ana Volk said but said the talks were "productive." | Jo Bell
Jo Bell declined to comment on the plan, but Ana Volk said the talks were "productive." | Ana Volk
"""
)

# DEFINITE_BACK (quotes `_definite_back`): "the official" after two indefinite officials in one sentence went to the
# nearer one; the text does not say which.
DEFINITE_RIGHT = _rows(
    r"""
body | speakers
Reporters asked whether a White House official had leaked the plan. "We never leak," the official said. | White House official/a White House official
A White House official denied the report. The official, Jo Bell, said, "We never leak." | Jo Bell
A Pentagon spokesman said the talks stalled. "We are patient," the official said. | the official/official
"""  # noqa: E501
)
DEFINITE_LEFT = _left(
    "DEFINITE_BACK (quotes _definite_back): 'the official' after two indefinite officials named together ('A White "
    "House official and a Seoul official met') is given to the nearer one; the text does not say which",
    ('A White House official and a Seoul official met. "They pay late," the official said.', "the official/official"),
)

# PAST_AND_PLURALS `_OWNED` and DOCUMENT_WORDS `_DOCUMENTS`: "<owner>'s response to <X> was “…”" (fixed) and a
# document as the object of a person's verb before a participle's comma (left).
OWNED_RIGHT = _rows(
    r"""
body | speakers
# an owner's answer with its addressee ("Seoul's response to Washington was"): the owner's, not the clause before's
# subject (Trump, before the fix: `_without_addressee` in `_possessor`)
Trump demanded more money, and Seoul's response to Washington was "no way." | Seoul
Minister Jo Bell met Al Roe. Roe's response to Bell was "no way." | Al Roe
# controls: an addressee's possessive owns the words after it (dev: Korea Herald's "a response to Washington's
# “reciprocal” tariffs"); the owner's answer with no addressee
Seoul is scrambling to find a response to Washington's "reciprocal" tariffs. | Washington
Seoul is scrambling, and Seoul's response to Washington's "reciprocal" tariffs is slow. | Washington
Minister Jo Bell spoke. Asked about Trump's message, Bell's response was "we will see." | Jo Bell
Jo Bell criticized Trump's response, which was "pay up or leave." | Jo Bell
"""
)
OWNED_LEFT = _left(
    "PAST_AND_PLURALS (quotes _OWNED, _without_addressee): an owner's answer to a lower-case addressee ('Seoul's "
    "response to the plan was') is still not read as the owner's; the clause before's subject gets the quote",
    ('Trump demanded more money, and Seoul\'s response to the plan was "no way."', "Seoul"),
)
# fix44qd (`quotes._written_document`): a document after a verb of writing before the quote is its object; controls:
# an inverted document after the quote, a writer with a document object (the aide who wrote the memo is its writer,
# as Jo Bell is of the letter: lead, eighteenth session, when attr63's descriptors gave it; was None)
DOCUMENT_LEFT = _rows(
    r"""
body | speakers
Minister Jo Bell spoke.\n\nBell's aide wrote a memo, calling the plan "a fair start." | Bell's aide/aide
Minister Jo Bell spoke.\n\n"It is a fair start," wrote a memo from the ministry. | a memo from the ministry/memo from the ministry
Jo Bell wrote a letter, calling the plan "a fair start." | Jo Bell
"""  # noqa: E501
)

# STATEMENT_ISSUER (quotes `_issuing_body`): "the statement read" after "The U.S. Embassy said in a statement" went to
# a body named earlier in the story (the wrong body; fixed), as does "The embassy said in a statement" (left).
STATEMENT_RIGHT = _rows(
    r"""
body | speakers
# fixed (`_issuing_body`): a body named with a capitalised modifier issues its statement (was: the body of the first
# paragraph, nearer the word "statement")
The Hanul Ministry of Defense said it reached a deal.\n\nThe U.S. Embassy said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | U.S. Embassy
The Hanul Ministry of Defense said it reached a deal.\n\nThe Hanul Workers Union said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | Hanul Workers Union
# controls: the bare noun's body named earlier, as quotes42 made it
The Hanul Ministry of Defense said it reached a deal.\n\nThe ministry said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | Hanul Ministry of Defense/Ministry of Defense
The Hanul Ministry of Defense met the Hanul Agency.\n\nThe agency said in a statement that the deal was good.\n\n"We are glad to help," the statement read. | Hanul Agency
"""  # noqa: E501
)
STATEMENT_LEFT = _left(
    "STATEMENT_ISSUER (quotes _org_reference/_issuing_body): the body that 'said in a statement' in the paragraph "
    "before as a bare 'The embassy' (no embassy named earlier) loses to a body named in the story's first paragraph",
    ("The Hanul Ministry of Defense said it reached a deal.\n\nThe embassy said in a statement that the deal was "
     "good.\n\n\"We are glad to help,\" the statement read.", "the embassy/embassy"),
)

# IT_SUBJECT (quotes `_opening_org`): controls only; every near-miss I wrote reads as a careful reader would.
IT_RIGHT = _rows(
    r"""
body | speakers
Washington called on Seoul to pay more.\n\nIt said the demand was "fair." | Washington
The Pentagon sent a letter to the ministry. It said the demand was "fair." | Pentagon
Seoul rejected the demand from Washington. It said the offer was "unfair." | Seoul
The ministry received a report from the Hanul Institute. It said the cost was "too high." | Hanul Institute
Washington called on Seoul to pay more. "It is fair," Jo Bell said. | Jo Bell
"""
)


@pytest.mark.parametrize(("body", "want"), [
    *TITLED, *TITLED_LEFT, *RELAYED, *RELAYED_LEFT, *WITH_RIGHT, *WITH_LEFT, *BUT_RIGHT, *BUT_LEFT, *DEFINITE_RIGHT,
    *DEFINITE_LEFT, *OWNED_RIGHT, *OWNED_LEFT, *DOCUMENT_LEFT, *STATEMENT_RIGHT, *STATEMENT_LEFT, *IT_RIGHT])
def test_review42_speakers(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


# HEADLINE_ROLE / MARK_STYLES in headlines (quotes `_in_sentence`, `_proper_subject`, `_headline_verb_subject`; a
# single-quoted headline phrase opened on a figure is now a quote): rows "headline || body".
HEADLINE_RIGHT = _rows(
    r"""
text | speakers
Seoul will not pay 'more,' minister says || Foreign Minister Jo Bell met U.S. envoy Al Roe on Monday. | Jo Bell
Seoul will not pay 'more,' U.S. envoy says || Foreign Minister Jo Bell met U.S. envoy Al Roe on Monday. | Al Roe
Envoy rejects 'unreasonable' demand || South Korean envoy Jo Bell met Prime Minister Al Roe. | Jo Bell
'No deal,' ex-minister says || Foreign Minister Jo Bell met former minister Al Roe on Monday. | None
Tam Mentions '10 Billion Dollar Defense Cost' || President Bo Tam spoke on Monday about the cost. | Bo Tam
# fixed (`_headline_body`): a title-case run ending on the headline's verb is no name (was: "Tam Critic Slams")
Tam Critic Slams '10 Billion Dollar Cost' || President Bo Tam spoke on Monday about the cost. | None
Hanul Union Blasts '10 Billion Dollar Cost' || President Bo Tam spoke on Monday about the cost. | None
"""
)
# fix44qd: a name before a capitalised role noun is its modifier (`quotes._role_next`: "Tam Aide Says", "Tam's Aide
# Says"); a name after a verb of asking followed by its topic is the object (`quotes._topic_after`: "Asks Tam About");
# controls: the name as the subject of its verb, before and after a role-less word
HEADLINE_LEFT = _rows(
    r"""
text | speakers
Tam Aide Says '10 Billion Dollar Cost' Is Fair || President Bo Tam spoke on Monday about the cost. | None
Tam's Aide Says '10 Billion Dollar Cost' Is Fair || President Bo Tam spoke on Monday about the cost. | None
Reporter Asks Tam About '10 Billion Dollar Cost' || President Bo Tam spoke on Monday about the cost. | None
Tam Says '10 Billion Dollar Cost' Is Fair || President Bo Tam spoke on Monday about the cost. | Bo Tam
Tam Asks Seoul About '10 Billion Dollar Cost' || President Bo Tam spoke on Monday about the cost. | Bo Tam
"""
)


@pytest.mark.parametrize(("text", "want"), [*HEADLINE_RIGHT, *HEADLINE_LEFT])
def test_review42_headlines(text: str, want: str | None) -> None:
    head, _, body = text.partition(" || ")
    found = quotes(body, head=f"{head}\nBy A. Reporter\nMay 4, 2025\n\n")
    got = [q["speaker_name"] or q["speaker_text"] for q in found]
    assert accepted(got, want), got


# dates42's rules (dates.py is dates43's until 06:25: findings left as strict xfails). Rows: published, text, the
# date's words, start, end (None: no date read).
DATES_RIGHT = [
    ("2019-11-17", "Bo Harlan said this week's talks ended without a deal.", "this week", "2019-11-11", "2019-11-17"),
    ("2019-11-20", "Talks resumed in March 2018. At that time, the US asked for more.", "At that time", "2018-03-01",
     "2018-03-31"),
    ("2019-11-20", "Talks resumed in March 2018 and will end in June. By that time, the US will have asked for more.",
     "By that time", "2020-06-01", "2020-06-30"),
    ("2019-11-20", "Bo Harlan said on Monday that Seoul would pay more, and on Tuesday the talks ended.", "on Tuesday",
     "2019-11-19", "2019-11-19"),
    ("2019-11-20", "In an interview on Monday, Bo Harlan said Seoul would decide on Friday.", "on Friday",
     "2019-11-22", "2019-11-22"),
    ("2019-11-20", "Related talks are scheduled for Monday.", "Monday", "2019-11-25", "2019-11-25"),
    ("2019-11-20", "Japan's budget for fiscal 2020 passed.", "fiscal 2020", "2020-04-01", "2021-03-31"),
    ("2019-11-20", "The talks were delayed to March.", "March", "2020-03-01", "2020-03-31"),
    ("2019-11-20", "The talks were delayed in March to allow more time.", "in March", "2019-03-01", "2019-03-31"),
]
DATES_LEFT = [
    # fixed by the lead: a "this" period in a would-clause is the writer's (dates._read_from_speech)
    ("2019-11-20", "Bo Harlan said last week that the talks would resume this week.", "this week", "2019-11-18",
     "2019-11-24"),
    ("2019-11-20", "Bo Harlan said last month that the talks would resume this month.", "this month", "2019-11-01",
     "2019-11-30"),
    # fix44qd (dates._would_after_said): a would-clause's weekday counts from the day said past a date inside the
    # same speech; control: a sentence boundary ends the speech (the weekday after publication)
    ("2019-11-20", "Bo Harlan said on Monday the team had met on Friday and would meet again on Tuesday.",
     "on Tuesday", "2019-11-19", "2019-11-19"),
    ("2019-11-20", "Bo Harlan said on Monday. The team met on Friday and would meet again on Tuesday.", "on Tuesday",
     "2019-11-26", "2019-11-26"),
    # dates42 'at that time': the event's time the sentence gave, past the day of its speech tag (a strict xfail
    # until xd59: dates._that_time_anchor passes over a date right after a verb of saying)
    ("2019-11-20", "Talks resumed in March 2018, Bo Harlan said on Monday. At that time, the US asked for more.",
     "At that time", "2018-03-01", "2018-03-31"),
    # fix44qd: a law's name owned by another government is that government's (dates._fiscal_owner); a deferral
    # verb "moved" governs "to <day>" (dates._DEFERRAL); controls: a law's name alone, "moved on <day>"
    ("2019-11-20", "Japan's Appropriations Act for fiscal 2020 passed.", "fiscal 2020", "2020-04-01", "2021-03-31"),
    ("2019-11-20", "The Senate passed the Appropriations Act for fiscal 2020, which Seoul watched.", "fiscal 2020",
     "2019-10-01", "2020-09-30"),
    ("2019-11-20", "The talks were moved to March 5.", "March 5", "2020-03-05", "2020-03-05"),
    ("2019-11-20", "The talks were moved on March 5.", "on March 5", "2019-03-05", "2019-03-05"),
]


@pytest.mark.parametrize(("pub", "text", "exact", "start", "end"), [*DATES_RIGHT, *DATES_LEFT])
def test_review42_dates(pub: str, text: str, exact: str, start: str | None, end: str | None) -> None:
    got = {e: (s, t) for e, s, t in read_dates(text, pub)}
    assert got.get(exact) == (start, end), got


# The lead's findings rule (tests/test_lead42.py): an initialism right after a spaced dash is a split at the
# abbreviation, not a cut sentence. It also clears a paragraph that ENDS on "<dash> U.S." with nothing after the
# initialism, which no split explains (flagged before the rule).
_LEAD_HEAD = "Envoy visits Seoul\n\nJanuary 26, 2026\n\n"
LEAD_RIGHT = [
    ("SEOUL – U.S. Forces Korea said the drill would go ahead.\n\nThey left.", 0),
    ("SEOUL – U.S. Forces Korea said the\n\nThey left.", 1),
    # fixed by the lead: the dash clears the initialism only when text follows it in its paragraph (last_in_para)
    ("The North brands such – U.S.\n\nThey left.", 1),
    ("Seoul, South Korea – U.S.\n\nThey left.", 1),
]
LEAD_LEFT: list = []


@pytest.mark.parametrize(("body", "want"), [*LEAD_RIGHT, *LEAD_LEFT])
def test_review42_lead_dash_initialism(body: str, want: int) -> None:
    from conftest import findings_of

    assert len(findings_of(_LEAD_HEAD + body, "truncated_sentence")) == want
