"""Quote attributions a prober found missing on text of its own (thirty-eighth session's probeq38: 179 quote-speaker
probes beyond "X said", /work/wt/probeq38). Each table holds the prober's rows, variants in other words, and
near-misses that must not change. A speaker is checked as the corpus evaluation reads it (``evaluate.speaker_name``:
the full name, the gazetteer's name, or the words the text gives a role), by a word of it in lower case; ``None``
wants no speaker at all.

- INVERTED_RETORT: a quote then a verb of retort or temper ("shot back", "fired back", "snapped", "fumed"), which
  ``quotes._VERBS`` lacked, so a short or imperative quote (no clause the fallback reads) went to nobody.
- HEADLINE: a headline's label before its colon that the body names in full behind an affiliation with "for" or "on"
  ("Daniel Whitcombe of the Center for Pacific Security said": the name was no person, ``names.sentence_subject``);
  a quote, a colon, then a person and a present verb ("‘They're ripping us off’: Trump renews attack",
  ``quotes._clause_label_subject``); a trailing ", ministry says" in lower case (``quotes._TAIL_SAYS``).
- GROUPS: a bare plural of a group's people or of bodies before a speech verb ("Base workers said they hoped",
  "Twenty civic groups said in a joint statement"), which ``quotes._bare_people`` read only for officialdom's plurals
  ("officials", "analysts"); a document the sentence's subject issues ("passed a resolution saying", "signed a letter
  saying") is the subject's, as the Conventions read a document whose issuer the sentence names
  (``quotes._issuer_of_document``).
- NOUN_PHRASE: reported speech in a noun phrase: "Bo's remarks, that ..." with a comma (``quotes._REPORT_THAT``),
  "The remark by Rep. Bo that ..." (``quotes._report_by``), and "quoted Ambassador Bo as warning" with a title before
  the name (``quotes._quoted_as_saying``).
- HEADLINE_SURNAME: a headline's surname that two gazetteer people share, when the body names one of them in full
  ("Yoon says talks 'stalled'" ¶ "Yoon Sang-hyun, who chairs ..."), is that one, as the Conventions read a headline's
  surname (``entities._Resolver.gazetteer``); before, it stayed ambiguous and its quote had no speaker.
- ADDRESSEE: "showed Esper telling Jeong: “...”": the name after a verb of addressing is the one spoken to, no label
  before the colon (``quotes._label_before``, ``quotes._addressed_before``); the teller right before the verb speaks.
"""

from __future__ import annotations

import pytest

from analysis.evaluate import speaker_name
from analysis.extract import annotate
from analysis.extract.entities import load_gazetteer

INVERTED_RETORT = [
    ('"Read the treaty," Kwon Dae-ho shot back.', "Read the treaty", "kwon"),
    ('"Read the fine print," Sen. Karen Aldridge fired back.', "Read the fine print", "aldridge"),
    ('"Nonsense," snapped Rep. Kwon Dae-ho.', "Nonsense", "kwon"),
    # variants in other words
    ('"Pay up," Lee Jae-sung hit back on Friday.', "Pay up", "lee"),
    ('"Absurd," fumed Sen. Ross Tolliver.', "Absurd", "tolliver"),
    ('"Rubbish," scoffed Park Min-ho, a lawmaker.', "Rubbish", "park"),
    ('"Go ahead and try," the minister shot back.', "Go ahead and try", "minister"),
    # near-misses: a verb of firing or shooting that reports no speech
    ('The troops fired back at the "enemy" positions.', "enemy", None),
]


HEADLINE = [
    ("Whitcombe: Seoul 'holds the cards'\n\nDaniel Whitcombe of the Center for Pacific Security said Seoul had "
     "leverage.", "holds the cards", "whitcombe"),
    ("'They're ripping us off': Trump renews attack on allies\n\nTrump said South Korea and Japan were ripping the "
     "US off.", "They're ripping us off", "trump"),
    ("'No retreat': Moon vows to hold line on troop costs\n\nPresident Moon Jae-in said Seoul would not retreat.",
     "No retreat", "moon"),
    ("Seoul 'disappointed' by Trump remarks, ministry says\n\nThe Foreign Ministry said it was disappointed.",
     "disappointed", "ministry"),
    # variants in other words
    ("Quill: Tokyo 'will pay last'\n\nMara Quill of the Council on Foreign Relations said Japan would wait.",
     "will pay last", "quill"),
    ("'We will not be rushed': Esper defends timeline\n\nEsper spoke in Seoul on Friday.", "We will not be rushed",
     "esper"),
    ("Allies 'far apart' on troop costs, embassy says\n\nThe US Embassy said the gap was wide.", "far apart",
     "embassy"),
    ("Body text\n\nMara Quill of the Council on Foreign Relations said Seoul had \"leverage.\"", "leverage", "quill"),
    # near-misses: a role that opens the clause, and a pronoun tail, are no new label
    ("'Not for sale': envoy rejects link\n\nThe talks went on.", "Not for sale", None),
    ("Talks 'stalled', he says\n\nBo Lee, a lawmaker, spoke.", "stalled", "he"),
]


GROUPS = [
    ('Korean workers at US bases said they feared "being used as bargaining chips."', "bargaining chips", "workers"),
    ('Base workers said they hoped the talks would "end the uncertainty soon."', "uncertainty", "base workers"),
    ('Twenty civic groups said in a joint statement that Seoul should "refuse to pay a single won more."',
     "refuse to pay", "civic groups"),
    ('The National Assembly passed a resolution saying Seoul must "not yield to unreasonable pressure."', "not yield",
     "national assembly"),
    ('Dozens of lawmakers signed a letter saying the demand was "an insult."', "an insult", "lawmakers"),
    # variants in other words
    ('Hospital employees said they worried the cuts would "hollow out" the clinics.', "hollow out", "employees"),
    ('Several student groups said on Monday that the deal was "a sellout."', "sellout", "student groups"),
    ('The city council adopted a resolution saying the base must "stay open."', "stay open", "council"),
    ('Three senators sent a letter saying the ask was "unreasonable."', "unreasonable", "senators"),
    # near-misses: a document nobody issues in the sentence, or one the subject receives or rejects, keeps its words
    ('A resolution saying Seoul must "not yield" was tabled.', "not yield", "resolution"),
    ('The committee rejected a resolution saying Seoul must "not yield."', "not yield", "resolution"),
    ('Officials said they feared "a long stalemate."', "long stalemate", "officials"),
]


NOUN_PHRASE = [
    ('Choi Hyun-woo\'s remarks, that Seoul "will not be bullied," drew fire from conservative lawmakers.',
     "will not be bullied", "choi"),
    ('The remark by Rep. Kwon Dae-ho that the US was acting "like a landlord" prompted an apology.', "like a landlord",
     "kwon"),
    ('A leaked cable quoted Ambassador Harry Harris as warning that the demand was "souring public opinion."',
     "souring public opinion", "harris"),
    # variants in other words
    ('The warning by Sen. Ross Tolliver that Seoul could "walk away" went unheeded.', "walk away", "tolliver"),
    ('Park Min-ho\'s claim, that the deal was "dead on arrival," angered Washington.', "dead on arrival", "park"),
    ('Yonhap quoted Defense Minister Jeong Kyeong-doo as saying the talks were "on track."', "on track", "jeong"),
    # near-misses: a remark's maker whose sentence goes on to another's words
    ('The remark by Rep. Kwon Dae-ho drew fire, and Seoul was called "a landlord" by others.', "a landlord", None),
]


HEADLINE_SURNAME = [
    ("Yoon says talks 'stalled'\n\nYoon Sang-hyun, who chairs the foreign affairs committee, said the talks had "
     "stalled.", "stalled", "yoon sang-hyun"),
    ("'No deal is better than a bad deal' – Yoon\n\nYoon Sang-hyun spoke at the National Assembly on Monday.",
     "No deal is better", "yoon sang-hyun"),
    # variants in other words
    ("Yoon: allies 'far apart'\n\nYoon Sang-hyun, a lawmaker, spoke on Friday.", "far apart", "yoon sang-hyun"),
    # near-miss: a body that names neither in full leaves the surname as printed
    ("Yoon says talks 'stalled'\n\nThe lawmaker said the talks had stalled.", "stalled", "yoon"),
]


ADDRESSEE = [
    ('A transcript of the meeting showed Esper telling Jeong: "We need a number by December."', "We need a number",
     "esper"),
    # variants in other words
    ('A recording caught Kang Kyung-wha asking DeHart: "Where does the number come from?"', "Where does", "kang"),
    ('The memo shows officials telling Jeong: "We need a number."', "We need a number", "officials"),
    # near-misses: a plain label, and "told X:" as before
    ('Esper: "We need a number by December."', "We need a number", "esper"),
    ('Trump told Moon: "You have to pay more."', "You have to pay more", "trump"),
]


def _speaker(text: str, quote: str, published: str = "2019-11-20") -> str | None:
    """Return the speaker the evaluation reads for the shortest quote span holding ``quote``."""
    spans = [s for s in annotate(text, published).of_kind("quote") if quote in s.exact]
    assert spans, (text, quote)
    return speaker_name(min(spans, key=lambda s: len(s.exact)).value, load_gazetteer().names)


def _check(text: str, quote: str, want: str | None) -> None:
    got = _speaker(text, quote)
    if want is None:
        assert got is None, (text, got)
    else:
        assert got is not None and want in got.lower(), (text, got)


#: Each table with the headline its rows are set under (None: the row is the whole text, headline included).
TABLES = {"INVERTED_RETORT": ("Retort", INVERTED_RETORT), "HEADLINE": (None, HEADLINE), "GROUPS": ("Groups", GROUPS),
          "NOUN_PHRASE": ("Remarks", NOUN_PHRASE), "HEADLINE_SURNAME": (None, HEADLINE_SURNAME),
          "ADDRESSEE": ("Transcript", ADDRESSEE)}


@pytest.mark.parametrize(("headline", "text", "quote", "want"),
                         [pytest.param(h, *row, id=f"{name}-{k}") for name, (h, rows) in TABLES.items()
                          for k, row in enumerate(rows)])
def test_qfix38_speaker(headline: str | None, text: str, quote: str, want: str | None) -> None:
    """Each class's quote goes to its speaker: a quote then a verb of retort is its subject's; a headline's quote is
    the speaker its label, clause or tail names, and a shared surname the person the body names in full; a group or
    a document's issuer speaks; reported speech in a noun phrase is its maker's; the one spoken to is not the
    speaker."""
    _check(text if headline is None else f"{headline}\n\n{text}", quote, want)
