"""Pronoun antecedents the rules must find without knowing the name (quotes41, eleventh session).

Made-up names and sentences of my own; none read from the held-out corpus. Each row gives the names evaluate accepts
for each quote ("/" between aliases, ";" between quotes), as in tests/test_quotes40.py. Classes:

- GOVERNMENT_IT: "it" after "the <leader> administration/government" of a leader the gazetteer does not know: the
  government the leader's name stands in (before, only a gazetteer alias "Trump administration" made it an
  organisation "it" could point back to; the renamed dev corpus lost it);
- GENDER_OF_PERSON: "he"/"she" skips a person whose gender another mention of the same person gives ("Mr. Al Roe
  ... Roe said ... “...,” she said": not Roe), as it skips a person whose own mention has the title;
- COLON_LEAD_IN: a paragraph of a titled name and "said:" (or "said on Monday:") that leads into a quote opening the
  next paragraph, whose words are mostly capitalised ("Deputy Minister Jo Bell said:"): a sentence, not a headline,
  so its name is read as in any sentence (before, the name went unread and the quote had no speaker);
- LONE_AUX_SUBJECT: a lone capitalised word opening a clause before an auxiliary or a modal, when a "he"/"his"/"she"/
  "her" follows in the same clause ("Pyo did not begin to give up his program", "Marrling could shock Seoul as he
  did Kabul"): a person named by surname only (before, only a past-tense or speech verb made it one, or the
  gazetteer's name);
- PAIR_LEAD_IN: "The two officials said:" (or "Both ministers said on Monday:") ending a paragraph before the quote's
  paragraph: the two people named together before, as when the quote stands in the same sentence (found by the
  quotes41 break-colon family on a dev sentence; rows my own);
- HELD_CONTROLS: pronoun, paragraph-break, appositive and split-quote shapes the tool already reads (the ground the
  classes above must keep).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import cases, merged, run_rows
from test_quotes40 import accepted, spoken
from test_rename30 import people

GOVERNMENT_IT = [
    ("In line with this goal, the Gallworth administration has been raising its demands. It has stipulated that "
     "allies should meet the new “global standard” of spending.", "Gallworth administration"),
    ("The Varnock government cut the budget last year. It said the cut was “a necessary step” for growth.",
     "Varnock government"),
    ("Reports say the USFK role may change.\n\nThe Brisley administration has pressed allies to pay more. It "
     "called the old deal “a bad bargain” for taxpayers.", "Brisley administration"),
    # controls: a gazetteer alias as before; an "it" with no government before; a leader's era is no body
    ("The Trump administration has pressed allies to pay more. It called the old deal “a bad bargain” for "
     "taxpayers.", "Trump administration"),
    ("The Hanul Institute published a report. It called the old deal “a bad bargain” for taxpayers.",
     "Hanul Institute"),
]
GENDER_OF_PERSON = [
    ("Mr. Al Roe spoke. Ms. Jo Bell said the talks stalled.\n\nRoe said later that the cost was fair. “We cannot "
     "pay that much,” she said.", "Jo Bell"),
    ("Ms. Jo Bell spoke. Mr. Al Roe said the talks stalled.\n\nBell said later that the cost was high. “The cost is "
     "fair,” he said.", "Al Roe"),
    ("Al Roe, who leads his team, spoke. Jo Bell said the talks stalled.\n\nRoe said later that the cost was fair. "
     "“We cannot pay that much,” she said.", "Jo Bell"),
    # controls: the same person's gender fits; no gender given anywhere (the nearest person)
    ("Mr. Al Roe spoke. Ms. Jo Bell said the talks stalled.\n\nRoe said later that the cost was fair. “We will "
     "pay,” he said.", "Al Roe"),
    ("Al Roe spoke. Jo Bell said the talks stalled.\n\nRoe said later that the cost was fair. “We will pay,” she "
     "said.", "Al Roe"),
]
COLON_LEAD_IN = [
    ("Deputy Minister Jo Bell said:\n\n“We cannot pay that much.”", "Jo Bell"),
    ("The talks stalled.\n\nDeputy Minister Jo Bell said on Monday:\n\n“We cannot pay that much.”", "Jo Bell"),
    ("South Korean Deputy Minister Jo Bell said:\n\n“We cannot pay that much.”", "Jo Bell"),
    # controls: a lower-case lead-in as before; a headline with a colon inside it stays a headline
    ("Minister Jo Bell said:\n\n“We cannot pay that much.”", "Jo Bell"),
    ("Esper: Seoul ‘Could and Should Pay More’\n\nThe talks stalled on Monday.", "Mark Esper"),
]
PAIR_LEAD_IN = [
    ("Jo Bell and Al Roe wrote a column.\n\nThe two officials said:\n\n“We can pay more.”", "Jo Bell and Al Roe"),
    ("Jo Bell and Al Roe met on Monday.\n\nBoth ministers said on Monday:\n\n“We can pay more.”",
     "Jo Bell and Al Roe"),
    # controls: the same sentence as before; one official; two reports are no people
    ("Jo Bell and Al Roe wrote a column.\n\nThe two officials said: “We can pay more.”", "Jo Bell and Al Roe"),
    ("Jo Bell wrote a column.\n\nThe official said:\n\n“We can pay more.”", "The official/Jo Bell"),
    ("Jo Bell and Al Roe wrote a column.\n\nThe two reports said:\n\n“We can pay more.”", "None"),
]
HELD_CONTROLS = [
    ("The talks stalled on Monday, and Deputy Minister Jo Bell said he was unhappy with the pace.\n\n“We cannot pay "
     "that much. The number is too high.”", "Jo Bell"),
    ("Jo Bell, the deputy minister, spoke to reporters on Monday.\n\n“We cannot pay that much,” he said.", "Jo Bell"),
    ("“We cannot pay that much,” Jo Bell said.\n\n“The number is too high, and we will not move on it.”",
     "Jo Bell;Jo Bell"),
    ("Jo Bell said the talks stalled. “We cannot pay that much,” she added.", "Jo Bell"),
    ("Ms. Jo Bell said the talks stalled. Mr. Al Roe, the US envoy, left early. “We cannot pay that much,” she "
     "added.", "Jo Bell"),
    ("Darnell Quibbs, a senior fellow at the Hanul Institute, studies the alliance. “The cost will rise,” Quibbs "
     "said.", "Darnell Quibbs"),
    ("“The cost will rise,” Jo Bell said on Monday. “We cannot pay that much, and we will not.”", "Jo Bell;Jo Bell"),
]


LONE_AUX_SUBJECT = [
    ("The fact that Pyo did not begin to give up his nuclear program leaves the way clear.", "Pyo=Pyo"),
    ("In the weeks before he leaves, Marrling could shock Seoul as he did Kabul.", "Marrling=Marrling"),
    ("Quennet would not say whether she will run again.", "Quennet=Quennet"),
    # controls: no gendered pronoun in the clause; a pronoun past a comma; an "its"; a plural word
    ("Marrling would still hope to bully Seoul into a deal.", "None"),
    ("Hanul did not give up, he said.", "None"),
    ("Hanul could raise its bid for the firm.", "None"),
    ("Negotiators could not say when he would return.", "None"),
]


@pytest.mark.parametrize(("text", "found"), cases(LONE_AUX_SUBJECT=LONE_AUX_SUBJECT))
def test_quotes41_people(text: str, found: str) -> None:
    assert people(text) == found


def check_quotes41_speakers(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got


@pytest.mark.parametrize("rows", merged(cases(
    GOVERNMENT_IT=GOVERNMENT_IT, GENDER_OF_PERSON=GENDER_OF_PERSON, COLON_LEAD_IN=COLON_LEAD_IN,
    PAIR_LEAD_IN=PAIR_LEAD_IN, HELD_CONTROLS=HELD_CONTROLS)))
def test_quotes41_speakers(rows: list[object]) -> None:
    run_rows(check_quotes41_speakers, rows)


def test_dev_quote_sentences_keep_their_speaker_across_paragraphs_pronouns_and_surnames() -> None:
    """The quotes41 families of tests/quotes40_variants.py: dev sentences whose speaker the tool gets right keep it
    when the attribution crosses a paragraph break, the quote is split around it or continued in the next paragraph,
    a pronoun (with a person of the other gender between) or a surname after an appositive names the speaker."""
    sys.path.insert(0, str(Path(__file__).parent))
    import quotes40_variants as qv

    floor = json.loads(Path(__file__).with_name("quotes40_floor.json").read_text(encoding="utf-8"))["families41"]
    outs = qv.run41(floor["per_article"], floor["seed"])
    wrong = [f"{o.variant.form} {o.variant.source.article_id}: got {o.got!r} in {o.variant.sentence[-90:]!r}"
             for o in outs if not o.ok]
    assert len(outs) >= floor["pieces_at_least"], len(outs)
    assert len(wrong) <= floor["wrong_at_most"], wrong
