"""Quote speakers named somewhere a plain "X said" rule does not look (issue 9, qintro53): the lead's count of held-out
quotes left with no speaker (no text read) found 42 with no person or body in the quote's own sentence and no earlier
attributed quote within reach. These rows, of my own wording in wire-copy style, build three general reading rules
with near misses that must stay as they are. Made-up people (Tala Venn, Oren Kask), real bodies; no held-out text was
read. Rows: ROWS below (headline, body, the quote's words, the speakers accepted, "/" between them; "None": nobody).
Every row of a table without _NEAR failed on the base commit c31cb5e4; every _NEAR row reads the same before and after.

- INTRO_NEXT / INTRO_SAME: a sentence that introduces someone's words without quoting them, by the act ("made the
  remarks", "issued a statement", "held a press conference", "delivered a speech", "took to social media", "spoke at",
  "appeared on", "addressed") or a fronted occasion ("In a post on X, Bo ...", "Speaking at a press conference, Bo
  ..."), then a quote with no speaker of its own: in the next paragraph (``quotes._set_up_or_introduced``, after the
  set-up rule 5d), in the same paragraph (``quotes._reported_or_introduced``, after rule 5c), or a quote whose
  paragraph goes on without naming anyone (``quotes._named_after_quotes``). The introduction is the paragraph's last
  sentence, or the one before it when the last names nobody ("The forum was held in Seoul."); it must name one speaker
  only (``quotes._introduction``).
- INTRO_NEAR: an introduction that names a second speaker ("..., but Oren Kask rejected them", "Tala Venn met Oren
  Kask"), a later paragraph naming another, a relative clause's act ("Oren Kask, who spoke at a forum, left"), a
  headline (no full stop), a scare quote, a work's title in marks: nobody's words, or as before.
- STANCE: a verb of a stance right after its subject ("pressed Seoul to pay more", "on Friday rejected the
  proposal") introduces nobody's words: qintro53 credited the quote after it to that subject; the lead took it back
  at merge, as tests/test_attr75.py's ATTR76-18 settles ("The Foreign Ministry rejected the figure on Tuesday." then a
  quote paragraph: nobody's). Near misses: a later speech verb's subject (rule 5c's, as before).
- REMARKS: "His remarks came at a cabinet meeting." (a sentence telling of words without naming a speaker) then a
  quote: the last attributed quote's speaker of the two paragraphs before (``quotes._remarks_back``). Near misses: the
  sentence names another speaker ("as Oren Kask arrived"), or tells of no words ("The meeting came ...").
- HEADLINE_DASH: a headline opened by its quote that names the speaker after a dash ('"..." - Venn', "'...' -- defense
  minister"): the label as the colon's label is read (``quotes._headline_dash_label``). Near misses: a clause after
  the dash, a second quote.
- HEADLINE_BARE: a headline or subhead line whose quote follows a bare label, no verb or colon, at the line's start
  or after an ellipsis (Korean copy: 'Pentagon "..."', 'Defense chief "..."', 'Talks resume…Defense Ministry "..."'):
  the label's name, or the one holder of its role (``quotes._headline_bare_label``). Near misses: a title-case clause
  ("Talks Stall Over 'Fair Share' Demand", "Venn Rejects 'Unfair Share' Demand": the quote is a title), a section
  word ("Exclusive").
- AFTER: a sentence after the quote that names its speaker by the act with no speech verb ("Tala Venn made the remark
  on Monday", "The remark came from Defense Minister Tala Venn": ``quotes._named_after``). Near misses: an act of
  another occasion ("made a speech": a new one), two people named, a quote already tagged.
"""

from __future__ import annotations

import re

from conftest import assert_check_linear, rows_test, table
from test_attr75 import check_attr75_speakers

# Words the rows below stand for: Q the quote (its words W), V a body naming the headline's speaker in full, FM a
# body's first sentence naming the ministry, T a sentence quoting Trump, P a paragraph break ("\n\n")
Q = '"The alliance is not a business, and we will not treat it as one."'
W = "The alliance is not a business"
SHORT = {
    "V": "Defense Minister Tala Venn said on Monday that Seoul would pay more.",
    "FM": "South Korea's Foreign Ministry rejected the demand on Thursday.",
    "T": 'U.S. President Donald Trump on Monday called South Korea "a very wealthy country."',
}
FM = "Foreign Ministry/South Korea's Foreign Ministry"

# table | headline | body (with the words above) | the speakers accepted (FM: the ministry's names)
ROWS = """table | headline | body | speakers
INTRO_NEXT | None | Defense Minister Oren Kask made the remarks at a forum in Seoul on Tuesday. P Q | Oren Kask
INTRO_NEXT | None | Oren Kask made the comments during a parliamentary hearing on Tuesday. P Q | Oren Kask
INTRO_NEXT | None | Oren Kask, the defense minister, made the remarks during a visit to Busan. P Q | Oren Kask
INTRO_NEXT | None | FM The ministry issued a statement on Friday. P Q | FM
INTRO_NEXT | None | Defense Minister Tala Venn arrived in Seoul. He made the remarks at a forum. P Q | Tala Venn
INTRO_NEXT | None | Defense Minister Tala Venn spoke on Monday. Venn's remarks came at a forum. P Q | Tala Venn
INTRO_NEXT | None | A ministry spokesman made the remarks at a briefing on Tuesday. P Q | A ministry spokesman
INTRO_NEXT | None | The Pentagon released a statement late Monday. P Q | Pentagon
INTRO_NEXT | None | The Blue House issued a statement after the meeting. P Q | Blue House
INTRO_NEXT | None | Tala Venn held a press conference in Seoul on Monday. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn appeared on Fox News on Sunday. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn took to social media on Monday. P Q | Tala Venn
INTRO_NEXT | None | Oren Kask delivered a speech at the Heritage Foundation on Monday. P Q | Oren Kask
INTRO_NEXT | None | Speaking at a press conference in Seoul, Tala Venn rejected the demand. P Q | Tala Venn
INTRO_NEXT | None | In a post on X, Tala Venn criticized the plan. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn spoke at a think tank event in Washington on Monday. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn addressed the National Assembly on Monday. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn made the remarks at a forum on Tuesday. The forum was held in Seoul. P Q | Tala Venn
INTRO_NEXT | None | Tala Venn spoke at a forum on Tuesday. P Q The comments drew fire from lawmakers. | Tala Venn
INTRO_SAME | None | The talks stalled. The Blue House held a briefing on Friday. The briefing was short. Q | Blue House
INTRO_SAME | None | FM The ministry issued a statement on Friday. Q | FM
INTRO_SAME | None | The talks stalled. Seoul's Foreign Ministry put out a statement on Friday. Q | Foreign Ministry
STANCE | None | Tala Venn pressed Seoul to pay more on Friday. P Q | None
STANCE | None | The Pentagon on Friday rejected the proposal. P Q | None
STANCE | None | Tala Venn, the defense minister, sharply criticized the plan. P Q | None
STANCE_NEAR | None | Tala Venn rejected the proposal after Oren Kask warned against it. P Q | Oren Kask
STANCE_NEAR | None | Tala Venn arrived in Seoul and the talks rejected nothing. P Q | None
REMARKS | None | T P His remarks came at a cabinet meeting. P Q | Donald Trump
REMARKS_NEAR | None | T P The remarks came as Oren Kask arrived in Seoul. P Q | None
REMARKS_NEAR | None | T P The meeting came as talks stalled. P Q | None
INTRO_NEAR | None | Tala Venn made the remarks at a forum on Tuesday, but Oren Kask rejected them. P Q | None
INTRO_NEAR | None | Tala Venn made the remarks at a forum on Tuesday. P Oren Kask disagreed. P Q | None
INTRO_NEAR | None | Tala Venn made the remarks at a forum on Tuesday. Oren Kask disagreed. Q | Oren Kask
INTRO_NEAR | None | Tala Venn met Oren Kask at a forum in Seoul on Tuesday. P Q | None
INTRO_NEAR | None | Oren Kask, who spoke at a forum on Tuesday, left for Tokyo. P Q | None
INTRO_NEAR | Tala Venn holds press conference on talks | Q | None
INTRO_NEAR | None | Tala Venn held a press conference on Monday. P "Allies and Money" | None
INTRO_NEAR | None | Tala Venn made the remarks at a forum. P The so-called "fair share" plan drew criticism. | None
INTRO_NEAR | None | The Pentagon released a report on Friday titled "Allies and Money." | None
HEADLINE_DASH | "We will pay a fair share" - Venn | V | Tala Venn
HEADLINE_DASH | 'We will pay a fair share' -- defense minister | V | Tala Venn
HEADLINE_DASH | "We will pay a fair share" — defense minister | V | Tala Venn
HEADLINE_DASH | 'We will pay a fair share' - Venn | Talks resumed on Monday in Seoul between the allies. | Venn
HEADLINE_DASH_NEAR | "We will pay a fair share" - Seoul and Washington resume talks | Talks resumed on Monday. | None
HEADLINE_DASH_NEAR | "Fair share" - Venn calls "unreasonable" demand | Talks resumed on Monday. | None
HEADLINE_BARE | Pentagon "Seoul will pay a fair share" | Talks resumed on Monday. | Pentagon
HEADLINE_BARE | Defense chief "We will pay a fair share" | V | Tala Venn
HEADLINE_BARE | Venn, "We will pay a fair share" | V | Tala Venn
HEADLINE_BARE | Venn on cost talks "We will pay a fair share" | V | Tala Venn
HEADLINE_BARE | Talks resume…Defense Ministry "Seoul will pay more" | Talks went on. | Defense Ministry
HEADLINE_BARE | Cost talks | Defense Ministry "Seoul will pay a fair share" P Talks went on. | Defense Ministry
HEADLINE_BARE_NEAR | Talks Stall Over 'Fair Share' Demand | V | None
HEADLINE_BARE_NEAR | Exclusive "We will pay a fair share" | Talks resumed on Monday. | None
HEADLINE_BARE_NEAR | Venn Rejects 'Unfair Share' Demand | V | None
AFTER | None | Talks resumed on Monday. P Q Defense Minister Tala Venn made the remark on Monday at a forum. | Tala Venn
AFTER | None | Talks resumed on Monday. P Q The remark came from Defense Minister Tala Venn on Monday. | Tala Venn
AFTER | None | Talks resumed on Monday. P Q The Blue House issued the statement on Friday. | Blue House
AFTER | None | Defense Minister Tala Venn arrived. Talks resumed. P Q P Venn made the remarks at a forum. | Tala Venn
AFTER | None | Talks resumed. P Q P Defense Minister Tala Venn's remarks came a day after the talks ended. | Tala Venn
AFTER_NEAR | None | Talks resumed on Monday. P Q Tala Venn made a speech on Monday. | None
AFTER_NEAR | None | Talks resumed on Monday. P Q Tala Venn made the remarks after Oren Kask spoke. | None
AFTER_NEAR | None | Talks resumed on Monday. P Q Oren Kask said. Tala Venn made the remarks on Monday. | Oren Kask
"""
_BREAK = re.compile(r" ?\bP\b ?")
_SHORT_WORD = re.compile(r"\b(?:Q|V|FM|T)\b")


def _expanded(body: str) -> str:
    """Return a row's body with its short words written out (a paragraph break takes the spaces beside it).

    >>> _expanded("FM P Q Bo spoke.") == SHORT["FM"] + chr(10) * 2 + Q + " Bo spoke."
    True
    """
    body = _BREAK.sub("\n\n", body)
    return _SHORT_WORD.sub(lambda m: Q if m.group() == "Q" else SHORT[m.group()], body)


def tables() -> dict[str, list[tuple[str, ...]]]:
    """Return the rows of ROWS by table, each as check_attr75_speakers takes it: (headline, body, the quote's words,
    the speakers accepted).

    >>> tables()["AFTER"][0][1].splitlines()[-1].endswith("made the remark on Monday at a forum.")
    True
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, headline, body, speakers in table(ROWS):
        words = W if "Q" in body.split() else _first_quoted(headline or "", body)
        who = FM if speakers == "FM" else speakers or "None"
        out.setdefault(name, []).append((headline or "", _expanded(body), words, who))
    return out


def _first_quoted(headline: str, body: str) -> str:
    """Return the words of the first quote of ``headline`` or ``body`` (between its first two marks of one kind).

    >>> _first_quoted("'We pay' - Bo", ""), _first_quoted("", 'The "fair share" plan')
    ('We pay', 'fair share')
    """
    text = headline if any(c in headline for c in "\"'") else body
    mark = next(c for c in text if c in "\"'")
    return text.split(mark)[1].rstrip(".,")


test_qintro53_speakers = rows_test(check_attr75_speakers, **tables())


#: Paragraphs holding every new rule's trigger once (introductions, a named act after a quote, a headline-like dash
#: line), repeated for the linearity test.
SHAPE = ("Tala Venn made the remarks at a forum on Tuesday. The forum was held in Seoul.\n\n" + Q + "\n\n"
         "In a post on X, Oren Kask criticized the plan. " + Q + " Oren Kask's remarks came a day later.\n\n"
         "The ministry issued a statement on Friday.\n\n" + Q + " Venn made the remarks after Kask spoke.\n\n"
         '"We will pay a fair share" - defense minister\n\n')


def test_linear() -> None:
    """The new patterns and the rules that read them stay linear, counted without a clock
    (``conftest.assert_check_linear``)."""
    assert_check_linear(SHAPE, "2019-12-01")
