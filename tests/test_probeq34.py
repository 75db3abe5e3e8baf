"""A quote inside a report of a report is the inner speaker's when that speaker "had made clear", "had complained",
"had pledged" ... (thirty-third session's probeq34: 180 attribution probes a prober wrote without reading the corpus
or the code; issue #9). The inner speaker's perfect of saying took only a few verbs ("had said", "had warned",
"had called"), so "Esper said Trump had made clear that Seoul “can and should pay more”" went to Esper, the reporter
(``quotes._says_after_auxiliary``, ``quotes._SAYING``). The controls keep the reporter's words his own.

A second prober (probeq36, 169 short stories) found a possessive in the object of a verb of naming taken for the
speaker: "Park Ji-hoon called Kim Min-su's demand “daylight robbery”" went to Kim (``quotes._named_object``); and a
quote paragraph whose source the next paragraph names ("That was the message from X", "So said X", "The warning came
from X") went to nobody (``quotes._SOURCE_OPENER``).
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate

CASES = [
    ('Esper said Trump had made clear that Seoul "can and should pay more."', "trump"),
    ('Esper said Trump had made it clear that allies must "pay their share."', "trump"),
    ('Kim said Trump had complained that Seoul was "not paying its fair share."', "trump"),
    ('Kim said Moon had pledged to reach a "fair and reasonable" deal.', "moon"),
    # controls: no inner saying, the reporter's words
    ('Esper said the talks had made progress, calling them "productive."', "esper"),
    ('Kim said Trump had made a "big mistake" on the troops.', "kim"),
    # probeq36: a possessive in the object of a verb of naming is not the speaker
    ('Park Ji-hoon called Kim Min-su\'s demand "daylight robbery" on Tuesday.', "park"),
    ('Lee Sang-min, a lawmaker, called Trump\'s plan "a surrender."', "lee"),
    # probeq36: a quote paragraph whose source the next paragraph opens with ("That was the message from X")
    ('"We are ready to stay at the table."\n\nThat was the message from Cho Hyun-seok, a vice minister, on Tuesday.',
     "cho"),
    ('"Five billion dollars is not a negotiating position."\n\nSo said Robert Hadley, a former US envoy.', "hadley"),
    ('"Five billion dollars is a ransom note."\n\nThe warning came from Robert Hadley, a former US envoy.', "hadley"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_inner_speaker(text: str, speaker: str) -> None:
    """The quote goes to the speaker a careful reader gives (a word of the name; the words the text uses for an
    unknown one, as the corpus evaluation reads them)."""
    value = annotate(f"T\n\n{text}", "2019-11-20").of_kind("quote")[0].value
    got = value.get("speaker_name") or value.get("speaker") or value.get("speaker_text") or ""
    assert speaker in got.lower(), (text, value)
