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

from conftest import rows_test

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


NAMED = [
    ("", '"We will not pay more," Hanul Berrin, the chief negotiator, said in a statement.', "We will not pay more",
     "Hanul Berrin"),
    ("", 'Hanul Berrin said in a statement: "We will not pay more."', "We will not pay more", "Hanul Berrin"),
    ("", '"The talks were productive," according to Oskel Tamm, a spokesman for the ministry.', "The talks were",
     "Oskel Tamm"),
    ("", 'According to Oskel Tamm, the talks were "productive and frank."', "productive and frank", "Oskel Tamm"),
    ("", 'Lida Marsh, who led the delegation for two years, said the offer was "a good start."', "a good start",
     "Lida Marsh"),
    ("", 'Lida Marsh spoke after the meeting.' + P + '"We hope to conclude soon," Marsh added.', "We hope to",
     "Lida Marsh"),
    ("", 'Joren Vask told reporters in Seoul: "The gap remains wide."', "The gap remains wide", "Joren Vask"),
    ("", '"The gap remains wide," Joren Vask told reporters after the meeting.', "The gap remains", "Joren Vask"),
    ("", 'In an interview with the Daily Torvia, Pella Quinn said the demand was "unreasonable."', "unreasonable",
     "Pella Quinn"),
    ("", 'Pella Quinn was quoted as saying, "We cannot accept this."', "We cannot accept this", "Pella Quinn"),
    ("", '"This deal is fair," Ansel Rook wrote on social media.', "This deal is fair", "Ansel Rook"),
    ("", 'Ansel Rook wrote on X: "This deal is fair and balanced."', "This deal is fair", "Ansel Rook"),
    ("", '"Seoul should pay its share," said Mara Dellin, the top Republican on the committee.', "Seoul should",
     "Mara Dellin"),
    ("", '"Seoul should pay its share," said Senator Mara Dellin.', "Seoul should pay", "Mara Dellin"),
    ("", 'The offer was "far too low," Deputy Minister Tarven Ostrow said Tuesday.', "far too low", "Tarven Ostrow"),
    ("", 'Tarven Ostrow, speaking at a briefing on Monday, said: "We are close."', "We are close", "Tarven Ostrow"),
    ("", 'Defense Minister Hanul Berrin put it bluntly:' + P + '"We will not be rushed into a bad deal."',
     "We will not be rushed", "Hanul Berrin"),
    ("", 'The demand was described as "excessive" by Lida Marsh, a senior lawmaker.', "excessive", "Lida Marsh"),
    ("", 'Joren Vask has repeatedly said that Seoul is a "free rider."', "free rider", "Joren Vask"),
    ("", 'Speaking to reporters, Joren Vask called the plan "a dead end."', "a dead end", "Joren Vask"),
    ("", '"It is a fair outcome," Pella Quinn, 54, a former envoy, said.', "It is a fair outcome", "Pella Quinn"),
    ("", '"We are ready," the envoy, Ansel Rook, said.', "We are ready", "Ansel Rook"),
    ("", 'Pella Quinn arrived in Seoul on Monday. She met her counterpart for three hours. "The mood was good," she '
     'said.', "The mood was good", "Pella Quinn"),
    ("", 'Pella Quinn arrived in Seoul on Monday.' + P + '"We will see," Quinn told the Daily Torvia in an interview.',
     "We will see", "Pella Quinn"),
    ("", 'In a post on Facebook, Ansel Rook called the deal "a betrayal."', "a betrayal", "Ansel Rook"),
    ("", 'Ansel Rook posted on social media that the deal was "a betrayal of our allies."', "a betrayal of",
     "Ansel Rook"),
    ("", '"No country should be asked to pay that much," Mara Dellin wrote in an op-ed for the Daily Torvia.',
     "No country should", "Mara Dellin"),
    ("", 'Mara Dellin, in a letter to the minister, wrote that the cut was "reckless."', "reckless", "Mara Dellin"),
    ("", 'Hanul Berrin told lawmakers on Tuesday that the talks were "at a critical stage."', "at a critical stage",
     "Hanul Berrin"),
    ("", '"The door is open," Hanul Berrin said in a radio interview on Tuesday.', "The door is open", "Hanul Berrin"),
    ("", 'Hanul Berrin, asked about the demand, said: "It is not realistic."', "It is not realistic", "Hanul Berrin"),
    ("", 'Asked whether Seoul would pay more, Hanul Berrin said, "We will see."', "We will see", "Hanul Berrin"),
    ("", 'Lida Marsh said on Twitter that Seoul was a "great ally."', "great ally", "Lida Marsh"),
    ("", 'In a speech on Monday, Lida Marsh warned against "a hasty withdrawal."', "a hasty withdrawal", "Lida Marsh"),
    ("", 'Lida Marsh struck a cautious note. "Nothing is agreed until everything is agreed," she told the briefing.',
     "Nothing is agreed", "Lida Marsh"),
    ("", 'Hanul Berrin said Monday the talks had stalled. "We have made no progress at all."', "We have made no",
     "Hanul Berrin"),
    ("", 'Hanul Berrin said Monday the talks had stalled.' + P + '"We have made no progress at all. The gap is wide."',
     "We have made no", "Hanul Berrin"),
    ("", 'Hanul Berrin, in a statement, said the offer was "a step back."', "a step back", "Hanul Berrin"),
    ("", 'Hanul Berrin said, in a statement released late Monday, that the offer was "a step back."', "a step back",
     "Hanul Berrin"),
    ("", 'The statement quoted Hanul Berrin as saying the offer was "a step back."', "a step back", "Hanul Berrin"),
    ("", 'Hanul Berrin said Seoul would "never accept" the demand and that the talks "must continue."',
     "must continue", "Hanul Berrin"),
    ("", '"We have done our part," said Park Ji-won, a researcher at the Torvia Institute for Policy Studies in '
     'Seoul.', "We have done our part", "Park Ji-won"),
    ("", '"We have done our part," said Rep. Park Ji-won of the Democratic Party.', "We have done our part",
     "Park Ji-won"),
    ("", 'Hanul Berrin, a professor at Torvia University who advises the government on the talks, said the demand '
     'was "unprecedented."', "unprecedented", "Hanul Berrin"),
    ("", '"The demand is unprecedented" — Hanul Berrin, professor', "The demand is", "Hanul Berrin"),
    ("", 'Kim Ha-neul, the chief negotiator, briefed reporters after the session.' + P + '"The two sides still '
     'disagree on the total," Kim said. "But we narrowed the gap."', "But we narrowed", "Kim Ha-neul"),
    ("", 'Kim Ha-neul, the chief negotiator, briefed reporters after the session. The two sides still disagreed on '
     'the total, he said, adding: "But we narrowed the gap."', "But we narrowed", "Kim Ha-neul"),
    ("", 'Kim Ha-neul, the chief negotiator, briefed reporters after the session.' + P + 'The two sides still '
     'disagree on the total, he said. "But we narrowed the gap."', "But we narrowed", "Kim Ha-neul"),
    ("", 'Asked about the figure, Kim Ha-neul replied that it was "not on the table."', "not on the table",
     "Kim Ha-neul"),
    ("", 'In his remarks, Kim Ha-neul called the proposal "a serious one."', "a serious one", "Kim Ha-neul"),
    ("", 'Kim Ha-neul\'s remarks, in which he called the proposal "a serious one," drew criticism.', "a serious one",
     "Kim Ha-neul"),
    ("", 'Lida Marsh, the U.S. negotiator, met Kim Ha-neul on Monday. Afterwards, Marsh said the meeting had been '
     '"very productive."', "very productive", "Lida Marsh"),
    ("", 'Lida Marsh, for her part, said the meeting had been "very productive."', "very productive", "Lida Marsh"),
    ("", 'Lida Marsh went further, saying Seoul should "pay its fair share."', "pay its fair share", "Lida Marsh"),
    ("", 'Lida Marsh was blunt: "Seoul must pay its fair share."', "Seoul must pay", "Lida Marsh"),
    ("", 'Lida Marsh said via a spokesman that the deal was "close."', "close", "Lida Marsh"),
    ("", 'Lida Marsh\'s office said in a statement that the deal was "close."', "close",
     "Lida Marsh/Lida Marsh's office"),
    ("", '"The deal is close," Lida Marsh\'s office said.', "The deal is close", "Lida Marsh/Lida Marsh's office"),
    ("", 'The two leaders said in a joint statement that the alliance was "stronger than ever."', "stronger than",
     "None/the two leaders"),
    ("", 'Lida Marsh told the Torvia Herald newspaper that the offer was "insulting."', "insulting", "Lida Marsh"),
    ("", 'Lida Marsh, who served as ambassador from 2017 to 2020 and now teaches at Torvia University, told the '
     'Torvia Herald: "The offer is insulting."', "The offer is insulting", "Lida Marsh"),
    ("", '"The offer is insulting," Lida Marsh, who served as ambassador from 2017 to 2020 and now teaches at Torvia '
     'University, told the Torvia Herald.', "The offer is insulting", "Lida Marsh"),
    ("", '"The offer," Lida Marsh said, "is insulting."', "is insulting", "Lida Marsh"),
    ("", 'In a televised address, President Oskel Tamm vowed that Torvia would "never bow to pressure."',
     "never bow to pressure", "Oskel Tamm"),
    ("", 'Speaking at the National Assembly on Tuesday, Defense Minister Oskel Tamm said the ministry would "respond '
     'calmly."', "respond calmly", "Oskel Tamm"),
    ("", 'Oskel Tamm also took aim at the press. "They do not understand the talks," he said.', "They do not",
     "Oskel Tamm"),
    ("", 'Oskel Tamm, 62, is a veteran negotiator. He has led three rounds of talks.' + P + '"I have seen worse," he '
     'told the Torvia Herald.', "I have seen worse", "Oskel Tamm"),
    ("", 'Hanul Berrin said on Monday that the two sides had "reached a consensus."' + P + 'He did not give details.'
     + P + '"We will announce the figure soon," he added.', "We will announce", "Hanul Berrin"),
    ("", 'According to a statement from his office, Hanul Berrin described the talks as "frank."', "frank",
     "Hanul Berrin"),
    ("", 'Hanul Berrin told lawmakers: "We will not pay a dollar more.' + P + '"The alliance is not for sale."',
     "The alliance is not", "Hanul Berrin"),
    ("", '"I think it was a productive meeting," Deputy Foreign Minister Hanul Berrin told reporters Tuesday upon '
     'arriving at Incheon airport.', "I think it was", "Hanul Berrin"),
    ("", 'Hanul Berrin has called the demand "excessive" and "unfair."', "unfair", "Hanul Berrin"),
    ("", 'Hanul Berrin accused Washington of "extortion."', "extortion", "Hanul Berrin"),
    ("", 'Hanul Berrin voiced concern over what he described as "unilateral" demands.', "unilateral", "Hanul Berrin"),
    ("", 'Hanul Berrin reaffirmed the U.S. commitment to the "ironclad" alliance.', "ironclad", "Hanul Berrin"),
    ("", 'Hanul Berrin pointed to what he called a "wide gap" between the two sides.', "wide gap", "Hanul Berrin"),
    ("", 'Berrin: "We will not pay more"', "We will not pay more", "Berrin"),  # attr76: _name_label
    ("", '"Never," was the reply of Oskel Tamm when asked about the demand.', "Never", "Oskel Tamm"),  # _copula_source
]

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

HEADLINE = [
    ('Berrin: "We will not pay more"', B, "We will not pay more", "Hanul Berrin"),
    ('Berrin: Seoul "will not pay more"', B, "will not pay more", "Hanul Berrin"),
    ('Seoul "will not pay more": Berrin', B, "will not pay more", "Hanul Berrin"),
    ('Seoul "will not pay more," says FM', B, "will not pay more", "Hanul Berrin/FM"),
    ('Seoul will not pay "excessive" demand: minister', B, "excessive", "Hanul Berrin/minister"),
    ('Seoul will not pay "excessive" demand, minister says', B, "excessive", "Hanul Berrin/minister"),
    ('"Excessive" demand will not be met, says Berrin', B, "Excessive", "Hanul Berrin"),
    ('FM Berrin calls U.S. demand "excessive"', B, "excessive", "Hanul Berrin"),
    ('U.S. demand "excessive," Berrin says', B, "excessive", "Hanul Berrin"),
    ('U.S. demand "excessive" -- Berrin', B, "excessive", "Hanul Berrin"),
    ('Talks at "impasse," says top negotiator', "Torvia's top negotiator said on Monday that the talks were at an "
     "impasse.", "impasse", "negotiator/Torvia's top negotiator/top negotiator"),
    ('(LEAD) Berrin says U.S. demand "excessive"', B, "excessive", "Hanul Berrin"),
    ('Berrin slams "excessive" U.S. demand', B, "excessive", "Hanul Berrin"),
    ("Berrin: 'We will not pay more'", B, "We will not pay more", "Hanul Berrin"),
    ("Talks 'productive' – Berrin", "The talks were productive, Foreign Minister Hanul Berrin said.", "productive",
     "Hanul Berrin"),
    ('Minister Berrin says Seoul "will not pay more"', B, "will not pay more", "Hanul Berrin"),  # attr76
    ("Seoul 'will not pay more': FM Berrin", B, "will not pay more", "Hanul Berrin"),
]

DESCRIPTOR = [
    ("", 'Foreign Ministry spokesman Oskel Tamm said, "The talks will resume."', "The talks will", "Oskel Tamm"),
    ("", '"The talks will resume," the Foreign Ministry\'s spokesman, Oskel Tamm, said.', "The talks will",
     "Oskel Tamm"),
    ("", '"The talks will resume," said Oskel Tamm, a spokesman for the Foreign Ministry.', "The talks will",
     "Oskel Tamm"),
    ("", 'A State Department official, Lida Marsh, said the plan was "on track."', "on track", "Lida Marsh"),
    ("", '"We are on track," said a State Department spokesperson, Lida Marsh.', "We are on track", "Lida Marsh"),
    ("", 'The Foreign Ministry summoned the envoy on Monday.' + P + '"The talks will resume," the ministry said in a '
     'statement.', "The talks will resume", "Foreign Ministry/the ministry"),
    ("", 'Officials said the plan was "on track."', "on track", "None/officials"),
    ("", 'The official, Joren Vask, told reporters the offer was "final."', "final", "Joren Vask"),
    ("", 'Joren Vask, a senior official at the Defense Ministry, said the offer was "final."', "final", "Joren Vask"),
    ("", '"The offer is final," said Joren Vask of the Defense Ministry.', "The offer is final", "Joren Vask"),
    ("", 'The Defense Ministry\'s Joren Vask said the offer was "final."', "final", "Joren Vask"),
    ("", 'Lida Marsh, the ministry\'s spokeswoman, told a briefing: "Nothing is agreed."', "Nothing is agreed",
     "Lida Marsh"),
    ("", 'Presidential spokesperson Pella Quinn said in a briefing that the figure was "not acceptable."',
     "not acceptable", "Pella Quinn"),
    ("", 'An official who asked not to be named said the deal was "close."', "close", "None/an official/official"),
    ("", '"It is close," an official said, adding that Lida Marsh would sign it.', "It is close",
     "None/an official/official"),
    ("", 'Pella Quinn, the minister, spoke on Monday.' + P + '"We are not there yet," the minister said.',
     "We are not there yet", "Pella Quinn"),
    ("", 'The Foreign Ministry said Lida Marsh had called the offer "serious."', "serious", "Lida Marsh"),
    ("", '"We want a deal," said Oskel Tamm, deputy spokesman of the Defense Ministry, at a briefing.',
     "We want a deal", "Oskel Tamm"),
    ("", 'The ministry\'s spokesman, Oskel Tamm, said: "The door is open."', "The door is open", "Oskel Tamm"),
    ("", 'A spokesman for the ministry, Oskel Tamm, said the door was "still open."', "still open", "Oskel Tamm"),
    ("", 'State Department spokeswoman Lida Marsh told reporters that Washington wanted "a fair deal."',
     "a fair deal", "Lida Marsh"),
    ("", '"We want a fair deal," U.S. Ambassador Ansel Rook told the forum.', "We want a fair deal", "Ansel Rook"),
    ("", 'Pentagon spokesman Joren Vask said the review was "ongoing."', "ongoing", "Joren Vask"),
    ("", 'Lida Marsh, the U.S. envoy, met Torvian Foreign Minister Oskel Tamm on Monday.' + P + '"We had a frank '
     'exchange," the envoy said.', "We had a frank", "Lida Marsh"),
    ("", 'Lida Marsh, the U.S. envoy, met Torvian Foreign Minister Oskel Tamm on Monday.' + P + '"We had a frank '
     'exchange," the minister said.', "We had a frank", "Oskel Tamm"),
    ("", 'Lida Marsh, the U.S. envoy, met Torvian Foreign Minister Oskel Tamm on Monday.' + P + '"We had a frank '
     'exchange," the U.S. embassy said in a statement.', "We had a frank", "U.S. embassy"),
    ("", Q + 'Seoul disagrees. Oskel Tamm, a senior official, said the demand was unfair.' + P + '"We cannot go '
     'further than that," another official said.', "We cannot go further", "None/another official/official"),
    ("", Q + 'The remark angered Torvian lawmakers.' + P + '"This is extortion," one lawmaker said.',
     "This is extortion", "None/one lawmaker/lawmaker"),
    ("", Q + 'Oskel Tamm\'s reply came hours later.' + P + '"This is extortion," the Torvian minister said.',
     "This is extortion", "Oskel Tamm/Torvian minister"),
]

FALLBACK = [
    # The earlier decision (tests/cases/test_quotes49.csv PRIOR, test_attrib68 FALLBACK, test_extract_quotes WIRE): a
    # paragraph of quote alone after a paragraph that only tells of a person stays unattributed, unless its last
    # sentence reports speech or sets it up with a word of _SET_UP ("was blunt"). attr75 tried a rule 5e (any
    # state or stance verb: "was unimpressed", "has a different view") and reverted it: it broke that decision's rows.
    ("", Q + 'Hanul Berrin, a senior lawmaker, was unimpressed.' + P + '"This is extortion."', "This is extortion",
     "None"),
    ("", Q + 'Oskel Tamm, her Torvian counterpart, has a different view.' + P + '"The figure is absurd."',
     "The figure is absurd", "None"),
    ("", Q + 'On Monday, Defense Minister Oskel Tamm was blunt.' + P + '"We are close to a deal."', "We are close",
     "Oskel Tamm"),
    ("", 'Lida Marsh said the talks were hard.' + P + 'Oskel Tamm, the Torvian envoy, disagreed. "We made progress," '
     'he said.', "We made progress", "Oskel Tamm"),
    ("", Q + 'Oskel Tamm replied that Seoul had already paid enough. "We will not pay more," he said.',
     "We will not pay more", "Oskel Tamm"),
    ("", Q + 'The Foreign Ministry said in a statement that the offer was "final."', "final", "Foreign Ministry"),
    ("", Q + '"Seoul already pays enough," said the Foreign Ministry.', "Seoul already pays", "Foreign Ministry"),
    ("", Q + 'Analysts called the demand "unrealistic."', "unrealistic", "None/analysts"),
    ("", Q + 'The demand has been called "extortion" by critics.', "extortion", "None/critics"),
    ("", 'Lida Marsh met Oskel Tamm on Monday. "We made progress," Tamm said afterwards.' + P + '"There is more to '
     'do, but we are close."', "There is more to do", "Oskel Tamm"),
    ("", Q + 'On Tuesday, Oskel Tamm, the chief negotiator, struck a different tone.' + P + '"We made progress," he '
     'said.', "We made progress", "Oskel Tamm"),
    ("", '"We want more," Lida Marsh said. Her counterpart, Oskel Tamm, said the talks had been "useful."', "useful",
     "Oskel Tamm"),
    ("", Q + 'In response, the Foreign Ministry said: "The demand is unreasonable."', "The demand is",
     "Foreign Ministry"),
    ("", Q + '"And we will get it."', "And we will get it", "Lida Marsh"),
    ("", Q + 'She added: "We will get it."', "We will get it", "Lida Marsh"),
    ("", Q + 'The Torvian side rejected that. Its chief negotiator, Oskel Tamm, said the figure was "absurd."',
     "absurd", "Oskel Tamm"),
    ("", Q + 'The next day, Oskel Tamm told a radio station: "The figure is absurd."', "The figure is absurd",
     "Oskel Tamm"),
    ("", Q + 'Torvian lawmakers were unimpressed. "This is extortion," said Hanul Berrin, a senior lawmaker.',
     "This is extortion", "Hanul Berrin"),
    ("", Q + 'The Foreign Ministry declined to comment.' + P + '"Seoul has paid its share for decades," said Hanul '
     'Berrin, a lawmaker.', "Seoul has paid", "Hanul Berrin"),
    ("", Q + 'Oskel Tamm, the Torvian negotiator, said Seoul had already offered a rise.' + P + '"We cannot go '
     'further than that."', "We cannot go further", "Oskel Tamm"),
    ("", Q + 'Torvia rejected the figure. Oskel Tamm, its negotiator, told reporters that Seoul had offered enough.'
     + P + '"We cannot go further than that," he said.', "We cannot go further", "Oskel Tamm"),
    ("", Q + 'The Foreign Ministry rejected the figure on Tuesday.' + P + '"We cannot go further than that," the '
     'ministry said.', "We cannot go further", "Foreign Ministry"),
    ("", Q + 'The Foreign Ministry rejected the figure on Tuesday.' + P + '"We cannot go further than that," it '
     'said.', "We cannot go further", "Foreign Ministry"),
    ("", Q + 'Seoul disagrees. Oskel Tamm, a senior official, said the demand was unfair.' + P + '"We cannot go '
     'further than that," the official said.', "We cannot go further", "Oskel Tamm"),
    ("", Q + 'Experts say the gap is wide.' + P + '"Neither side can afford a collapse," said Hanul Berrin, a '
     'professor at Torvia University.', "Neither side", "Hanul Berrin"),
    ("", Q + 'Oskel Tamm, her Torvian counterpart, has a different view.' + P + '"The figure is absurd," he said on '
     'Monday.', "The figure is absurd", "Oskel Tamm"),
    ("", Q + 'Oskel Tamm, her Torvian counterpart, sees it differently: "The figure is absurd."', "The figure is",
     "Oskel Tamm"),
    ("", Q + 'Oskel Tamm responded hours later.' + P + '"This is extortion," he wrote on Facebook.',
     "This is extortion", "Oskel Tamm"),
    ("", Q + 'Oskel Tamm responded hours later on Facebook.' + P + '"This is extortion. We will not pay."',
     "This is extortion", "Oskel Tamm"),
    ("", 'Torvian Foreign Minister Oskel Tamm met Lida Marsh on Monday.' + P + Q + '"This is extortion," the '
     'Torvian minister said.', "This is extortion", "Oskel Tamm"),
    ("", Q + 'The Foreign Ministry rejected the figure on Tuesday, saying Seoul had offered enough.' + P +  # attr76
     '"We cannot go further than that."', "We cannot go further", "Foreign Ministry"),
    ("", Q + 'She spoke after meeting Oskel Tamm, who has called the figure "absurd."' + P + '"We will keep '
     'talking," she said.', "We will keep talking", "Lida Marsh"),
    ("", Q + 'But for Oskel Tamm, her Torvian counterpart, "the figure is absurd."', "the figure is absurd",
     "Oskel Tamm"),
    # the README's pronoun: "resolved to the nearest fitting person"; the sentence has no person subject to prefer
    ("", Q + 'The remark angered Torvian lawmakers, including Hanul Berrin.' + P + '"This is extortion," he said.',
     "This is extortion", "Hanul Berrin"),
]

CONTROL = [
    ("", 'Lida Marsh\'s book, "The Long Alliance," was published in May.', "The Long Alliance", "None"),
    ("", 'Lida Marsh said the talks were hard.' + P + 'The accord, known as the "cost-sharing deal," expires this '
     'year.', "cost-sharing deal", "None"),
    ("", 'The deal was signed by Lida Marsh, who called it "historic."', "historic", "Lida Marsh"),
    ("", 'Oskel Tamm told Lida Marsh that the offer was "final."', "final", "Oskel Tamm"),
    ("", 'Critics of Lida Marsh said her plan was "naive."', "naive", "None/critics/Critics of Lida Marsh"),
    ("", '"Lida Marsh has no mandate," the Foreign Ministry said.', "Lida Marsh has no", "Foreign Ministry"),
    ("", '"Oskel Tamm is wrong," Lida Marsh said.', "Oskel Tamm is wrong", "Lida Marsh"),
    ("", 'Lida Marsh praised Oskel Tamm. "He is a tough negotiator," she said.', "He is a tough", "Lida Marsh"),
    ("", 'Oskel Tamm was criticised by Lida Marsh, who said he was "naive."', "naive", "Lida Marsh"),
    ("", 'The plan, Oskel Tamm argued, was "a mistake."', "a mistake", "Oskel Tamm"),
    ("", Q + 'Marsh spoke after meeting Oskel Tamm, who called the talks "useful."', "useful", "Oskel Tamm"),
    ("", Q + 'Experts say the gap is wide.' + P + '"Neither side can afford a collapse."', "Neither side",
     "None/Experts"),
    ("", 'Hanul Berrin is known for his view that allies are "free riders."', "free riders", "None/Hanul Berrin"),
    ("", '"We were cheated. Bo Lund signed it when I came in."' + P + '"You know what he did."', "You know what",
     "None"),
    ("", 'Critics of Oskel Tamm were unimpressed.' + P + '"This is extortion."', "This is extortion",
     "None/Critics of Oskel Tamm/critics"),
    ("", 'Lida Marsh was accused by Oskel Tamm of "bad faith."', "bad faith", "Oskel Tamm"),  # attr76: _agent_before
    ("", 'Lida Marsh, whom Oskel Tamm called "a friend," left the talks.', "a friend", "Oskel Tamm"),
]

# attr76: controls of the rules that turned the thirteen xfails above into passing rows (each near-miss must stay
# as it was), and a few more rows of the same rules.
ATTR76 = [
    # stance and forecast verbs: only where they govern a quote; a paragraph that only tells of a stance stays the
    # earlier decision's (a quote alone after it is nobody's)
    ("", 'Hanul Berrin forecast that the figure would be "too high for Seoul."', "too high", "Hanul Berrin"),
    ("", Q + 'Hanul Berrin believes in the alliance.' + P + '"This is extortion."', "This is extortion", "None"),
    ("", Q + 'Hanul Berrin expects a deal by March.' + P + '"This is extortion."', "This is extortion", "None"),
    ("", '"The figure is too high," Lida Marsh said, though Hanul Berrin believes otherwise.', "The figure is",
     "Lida Marsh"),
    # a bare name and a colon opening a body paragraph (_name_label); a writer's label word or a place is none
    ("", 'Hanul Berrin: "We will not pay more"', "We will not pay more", "Hanul Berrin"),
    ("", 'Kim Ha-neul: "We will not pay more"', "We will not pay more", "Kim Ha-neul"),
    ("", 'Note: "We will not pay more"', "We will not pay more", "None"),
    ("", 'Seoul: "We will not pay more"', "We will not pay more", "None"),
    # "was the reply of X": a noun of speech only
    ("", '"Never," were the words of Oskel Tamm.', "Never", "Oskel Tamm"),
    ("", '"Never," was the response from Foreign Minister Oskel Tamm.', "Never", "Oskel Tamm"),
    ("", '"Never," was the motto of Oskel Tamm.', "Never", "None"),
    ("", '"Never," was the reply to Oskel Tamm.', "Never", "None"),
    # a headline's titled surname and label; an abbreviated title; two people of the surname: no full name
    ("Seoul 'will not pay more': Foreign Minister Berrin", B, "will not pay more", "Hanul Berrin"),
    ('Minister Berrin says Seoul "will not pay more"', 'Foreign Minister Hanul Berrin and Tae Berrin, his brother, '
     'spoke on Monday.', "will not pay more", "Berrin"),
    ("", 'FM Hanul Berrin told reporters: "We will not pay more."', "We will not pay more", "Hanul Berrin"),
    ("", 'The talks were aired on FM radio, Lida Marsh said, calling them "productive."', "productive",
     "Lida Marsh"),
    # ", saying" after another verb: its subject reports; a paragraph telling a deed only stays nobody's
    ("", Q + 'Oskel Tamm rejected the figure on Tuesday, saying Seoul had offered enough.' + P + '"We cannot go '
     'further than that."', "We cannot go further", "Oskel Tamm"),
    ("", Q + 'The Foreign Ministry rejected the figure on Tuesday.' + P + '"We cannot go further than that."',
     "We cannot go further", "None"),
    ("", Q + 'Critics of Oskel Tamm rejected the figure, saying it was too high.' + P + '"We cannot go further '
     'than that."', "We cannot go further", "None/Critics of Oskel Tamm/critics"),
    # a pronoun: the sentence's pronoun subject over the object who spoke last, only for the same pronoun
    ("", Q + 'She met Oskel Tamm, who called the figure "absurd." "We will keep talking," he said.',
     "We will keep talking", "Oskel Tamm"),
    # "(But) for X," straight before the quote; not when "for X" stands inside another's sentence
    ("", 'Lida Marsh said that for Oskel Tamm, her counterpart, "the figure is absurd."', "absurd", "Lida Marsh"),
    # "including X": X is a person; a subject in the sentence still beats the object
    ("", 'Oskel Tamm met Torvian lawmakers, including Hanul Berrin.' + P + '"We made progress," he said.',
     "We made progress", "Oskel Tamm"),
    ("", Q + 'The remark angered Torvian lawmakers such as Hanul Berrin.' + P + '"This is extortion," he said.',
     "This is extortion", "Hanul Berrin"),
    # a passive agent before the quote; a clause in commas on the subject keeps the main clause's speaker
    ("", 'Lida Marsh was praised by Defense Minister Oskel Tamm as "a true partner."', "a true partner",
     "Oskel Tamm"),
    ("", 'Lida Marsh was accused by critics of "bad faith."', "bad faith", "None/critics"),
    ("", 'Lida Marsh, whom Oskel Tamm met on Monday, later said the offer was "fair."', "fair", "Lida Marsh"),
    ("", 'Lida Marsh, whom Oskel Tamm called a friend, said the offer was "fair."', "fair", "Lida Marsh"),
    ("", 'Lida Marsh, when Oskel Tamm met her on Monday, later said the offer was "fair."', "fair", "Lida Marsh"),
]

test_attr75_speakers = rows_test(check_attr75_speakers, NAMED=NAMED, VERBS=VERBS, HEADLINE=HEADLINE,
                                 DESCRIPTOR=DESCRIPTOR, FALLBACK=FALLBACK, CONTROL=CONTROL, ATTR76=ATTR76)
