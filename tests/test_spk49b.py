"""Quote speakers a text gives in no "said" clause (spk49b, session 49): quotes the annotator left with no speaker
though their own clause names one, each row a sentence of my own (made-up people Ardo Vesk, Lina Corvel, Pell Orrin;
places Kelland, Marsovia, Torvia), labelled by the Conventions of tests/corpus/README.md before the tool ran on it.
None read from the held-out corpus (its misses are known to this session only as counts by rule).

Tables of tests/cases/test_spk49b.csv (a row: headline, body with "\\n\\n" between paragraphs, the quote's words, the
speakers accepted, "/" between them, "None" for nobody):

- PASSIVE: the agent of a passive verb of naming, voicing or judging ('branded “reckless” by Bo', '“blood alliance”
  much touted by the government', 'the “X First” slogan coined by Bo', 'dubbed by Bo a “shield”');
- PASSIVE_CONTROL: names of things and verbs of doing that keep nobody ('the “Iron Shield” drills touted by the
  navy', '“Troop Protection Act” sponsored by', '“special measures” deal signed by', a title praised by critics);
- SLOGAN: the owner of a capitalised slogan or program ('Bo campaigned on a “X First” platform', 'the “X First”
  policy of the Bo administration', 'embraced by X in the name of “...”');
- SLOGAN_CONTROL: an exercise's, a law's, a place's name, a slogan its subject attacks, two people and no adopting;
- DOCUMENT: "It ..." or "Its passage ..." for the document the sentence before issued ('The ministry released a
  report. It urges allies to “...”'): the issuer;
- DOCUMENT_CONTROL: the document's title, a sentence before that issues nothing;
- STANCE: the holder of a view the quote's sentence names ('X's view is that ... “...”', 'X's remarks are
  interpreted as a message that', 'X, which calls the base “...”', an aside ', in X's telling,', 'X's verdict:
  “...”', '“...” was the word X used');
- STANCE_CONTROL: "For years,", "In March,", a quote that is the sentence's subject, a passive with no agent, a
  name or a role that is nobody's view;
- WANTING: a country, a capital or a body that wants, seeks or voices what the quote words ('Tokyo wants Seoul to
  pay a “fairer share”', 'Japan had sought a “grand bargain”', 'keeps clamoring for “burden sharing”');
- WANTING_CONTROL: no verb of wanting, an exercise's name, a verb of wanting after the quote, "talks" as a noun;
- LEDE: a headline's words (two to eight) the lede prints unquoted in a clause that names its teller ('Army may
  put staff “on leave”' over 'The army said it will put staff on leave'), or a headline's clause (four words or
  more) the lede tells in words of its own ('Experts “Vesk may demand more”' over 'Experts said Vesk may demand more
  money');
- LEDE_CONTROL: a headline quote that modifies a noun (a deal's or a meeting's name), a capitalised name, one word,
  a lede with no teller;
- REVIEW_CONTROL (mend49b, from review49c's findings, each as main has it): a clause naming another owner ("what
  critics call", "in the eyes of", "a pledge by X", "a phrase X coined"), the next sentence's first name, a body
  before "they", verbs of opposing, "For X,"/"To X," openings (the writer's words, quotes._view_for rule 3d),
  "so-called", a quote modifying a noun, a bare onlooker's plural or the media as a passive's agent, a headline's
  topic term after a preposition. spk49b's "For X," openings, next-sentence makers and body pronouns were removed,
  not tuned.

Every row of a table whose name has no _CONTROL failed on main before spk49b; every control passed there and
still does.
"""

from __future__ import annotations

from conftest import table_test
from test_attr75 import check_attr75_speakers

test_spk49b_speakers = table_test("test_spk49b", check_attr75_speakers)
