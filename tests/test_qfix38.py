"""Quote attributions a prober found missing on text of its own (thirty-eighth session's probeq38: 179 quote-speaker
probes beyond "X said", /work/wt/probeq38). Each table holds the prober's rows, variants in other words, and
near-misses that must not change. A speaker is checked as the corpus evaluation reads it (``evaluate.speaker_name``:
the full name, the gazetteer's name, or the words the text gives a role), by a word of it in lower case; ``None``
wants no speaker at all. Rows: tests/cases/test_qfix38.csv (``headline`` empty: the row's text holds its own headline;
``want`` "None": no speaker).

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

from conftest import table_test

from analysis.evaluate import speaker_name
from analysis.extract import annotate
from analysis.extract.entities import load_gazetteer


def _speaker(text: str, quote: str, published: str = "2019-11-20") -> str | None:
    """Return the speaker the evaluation reads for the shortest quote span holding ``quote``."""
    spans = [s for s in annotate(text, published).of_kind("quote") if quote in s.exact]
    assert spans, (text, quote)
    return speaker_name(min(spans, key=lambda s: len(s.exact)).value, load_gazetteer().names)


def check_qfix38(headline: str, text: str, quote: str, want: str) -> None:
    """Each class's quote goes to its speaker: a quote then a verb of retort is its subject's; a headline's quote is
    the speaker its label, clause or tail names, and a shared surname the person the body names in full; a group or
    a document's issuer speaks; reported speech in a noun phrase is its maker's; the one spoken to is not the
    speaker."""
    got = _speaker(f"{headline}\n\n{text}" if headline else text, quote)
    if want == "None":
        assert got is None, (text, got)
    else:
        assert got is not None and want in got.lower(), (text, got)


test_qfix38_speaker = table_test("test_qfix38", check_qfix38)
