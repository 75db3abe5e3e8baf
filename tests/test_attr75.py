"""Quote speakers on the wordings of news prose the tool had never been tried on (attr75, twenty-third session): the
three classes the held-out misses fall in (a quote left to nobody though the text names its speaker; a descriptor
where a named person was right, or the reverse; a fall back to the wrong earlier speaker), each row a sentence or a
few paragraphs of my own (made-up people Hanul Berrin, Oskel Tamm, Lida Marsh, Joren Vask, Pella Quinn, Ansel Rook,
Mara Dellin, Tarven Ostrow, Kim Ha-neul, Park Ji-won; the place Torvia; the Daily Torvia, the Torvia Herald),
labelled by the Conventions of tests/corpus/README.md before the tool ran on it, with controls the rules must not
fire on (a name that is the object or the topic of the quote, a person mentioned but not speaking). None read from
the held-out corpus (its misses are known to this session only as counts by class).

A row: (headline, body, the quote's words, the speakers accepted: "/" between names, "None" for nobody). "" as the
headline is a plain one; a body's paragraphs are joined by a blank line. Tables:

- NAMED: a speaker named beside many wordings (before or after, "in a statement", "according to", "X, who ...,
  said", "X added", a colon across a paragraph, "was quoted as saying", "wrote on social media", "told reporters",
  "in an interview with Y", passive, reported speech, a speaker named sentences or a paragraph earlier);
- VERBS: forty speech and stance verbs after the quote ('"...," X forecast') and before it ('X forecast that ...');
- HEADLINE: a headline quote the body gives to a named minister ("Berrin:", "says FM", "-- Berrin");
- DESCRIPTOR: a named person inside or beside a descriptor ("Foreign Ministry spokesman X", "X of the Defense
  Ministry", "a spokesman for the ministry, X"), and anonymous descriptors that stay descriptors;
- FALLBACK: paragraphs of quote alone or quotes after a new person is told of ('X, a senior lawmaker, was
  unimpressed.' then '"This is extortion."': nobody, by the earlier decision the rows' comment cites), a new speaker
  after an earlier quote;
- CONTROL: a name that is the object or topic of a quote, a title, a passive agent, a relative clause's namer.

Rows still read wrong are strict xfails with the reason. attr76 (twenty-third session) turned all thirteen into
passing rows with general rules and added ATTR76, the controls of those rules.
"""

from __future__ import annotations

from conftest import rows_test, table_test

from analysis.evaluate import norm_name
from analysis.extract import annotate

P = "\n\n"
Q = '"We want more," Lida Marsh said.' + P  # an earlier speaker the later quotes must not fall back to
B = ("Foreign Minister Hanul Berrin said on Monday that Seoul would not pay more for the troops, calling the demand "
     "excessive.")


def speaker_of(headline: str, body: str, words: str) -> str | None:
    """Return the speaker the tool gives the first quote holding ``words`` in an article of ``headline`` and ``body``
    (its name, else what its pronoun or role points back to, else the words naming it), or "no span".

    >>> speaker_of("", 'Jo Bell said, "We pay."', "We pay")
    'Jo Bell'
    """
    text = f"{headline or 'Headline'}\nBy A. Reporter\nNovember 16, 2019\n\n{body}"
    for q in annotate(text).of_kind("quote"):
        if words in q.exact:
            v = q.value
            return v["speaker_name"] or (v.get("antecedent") or {}).get("exact") or v["speaker_text"]
    return "no span"


def check_attr75_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    got = speaker_of(headline, body, words)
    names = speakers.split("/")
    ok = ("None" in names) if got is None else got != "no span" and norm_name(got) in {norm_name(n) for n in names}
    assert ok, f"got {got!r}, want {speakers!r}"


_VERBS = [
    "confirmed", "denied", "slammed", "hailed", "praised", "welcomed", "decried", "pointed out", "underscored",
    "expressed", "disclosed", "revealed", "affirmed", "agreed", "dismissed", "estimated", "conceded", "explained",
    "clarified", "maintained", "wrote", "posted", "tweeted", "testified", "told", "commented", "described",
    "complained", "questioned", "speculated", "recalled", "concluded", "retorted", "scoffed", "joked", "announced",
    "boasted", "pledged", "cautioned", "proposed", "demanded", "pleaded", "argued"
]
VERBS = [
    *[("", f'"The figure is too high," Hanul Berrin {v}.', "The figure is too high", "Hanul Berrin")
      for v in _VERBS],
    *[("", f'Hanul Berrin {v} that the figure was "too high for Seoul."', "too high for Seoul", "Hanul Berrin")
      for v in _VERBS],
    ("", '"The figure is too high," Hanul Berrin forecast.', "The figure is too high", "Hanul Berrin"),  # attr76
    ("", '"The figure is too high," Hanul Berrin believes.', "The figure is too high", "Hanul Berrin"),
    ("", 'Hanul Berrin expects that the figure will be "too high for Seoul."', "too high for Seoul", "Hanul Berrin"),
]


# The tables of tests/cases/test_attr75.csv (NAMED, HEADLINE, DESCRIPTOR, FALLBACK, CONTROL, ATTR76: one row a
# headline, a body with "\n\n" between paragraphs, the quote's words, the speakers accepted; the note what it shows),
# and VERBS above, made from the verb list.
test_attr75_speakers = table_test("test_attr75", check_attr75_speakers)
test_attr75_verbs = rows_test(check_attr75_speakers, VERBS=VERBS)
