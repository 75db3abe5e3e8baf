"""Quote speakers (quotes23, eighth session), classes read from the dev misses of the twenty-second and
twenty-third batches, each written as generic sentences with made-up names, with controls that must not change.

- STOP_OUTSIDE: a quote closed before its sentence's full stop (British punctuation, 'the pact was “rock hard”.'),
  in a sentence whose own speech verb names its speaker, then a new sentence with another speaker's verb ('Later, Gen
  Rimmer called the treaty “very firm”.'): the quote keeps its own sentence's speaker, not the next sentence's, as a
  quote whose stop is inside its marks already did. Controls: the stop inside the marks; a comma after the marks
  ('“rock hard”, Gen Rimmer said') still reads the speaker after the quote.
- INSTITUTION_OWNS: a surname alone after the possessive of a research body, school or foundation, as the subject of
  a speech verb ("Hanul Institute for Policy Studies’ Tallan said"): the person is found at that first mention.
  Controls: a country's or a person's possessive before the word; no speech verb after it; a plural word.
- CITED_AUTHORS: the reporters a bibliographic citation line names before the cited story's title ("Jo Tallan, Ana
  Volk and Bo Rimmer, “Title,” Outlet, May 4, 2019"): each is a person. Controls: a name not at the line's start;
  outlets, not people, before the title.
"""

from __future__ import annotations

import pytest
from conftest import cases
from test_extract_quotes import speakers_test
from test_quotes22 import people

STOP_OUTSIDE = [
    ("Ana Volk visited with Bo Rimmer, chairman of the joint chiefs. Ms Volk said she had told her counterpart that"
     " the pact was “rock hard”. Later, Gen Rimmer called the treaty “very firm”.", "Ana Volk;Bo Rimmer"),
    ("Ana Volk visited with Bo Rimmer, head of the navy. Ms Volk said the pact was “rock hard”. In Hanul this week,"
     " Gen Rimmer called the treaty “very firm”.", "Ana Volk;Bo Rimmer"),
    ("Jo Tallan met Ana Volk, the envoy, on Monday. Tallan said the offer was “final”! Then Volk told reporters the"
     " talks would go on.", "Jo Tallan"),
    # controls: the stop inside the marks; a comma after the marks
    ("Ana Volk visited with Bo Rimmer, chairman of the joint chiefs. Ms Volk said she had told her counterpart that"
     " the pact was “rock hard.” Later, Gen Rimmer called the treaty “very firm.”", "Ana Volk;Bo Rimmer"),
    ("Ana Volk visited with Bo Rimmer, chairman of the joint chiefs. “The pact is rock hard”, Gen Rimmer said.",
     "Bo Rimmer"),
]  # fmt: skip

test_quotes23_speakers = speakers_test(STOP_OUTSIDE=STOP_OUTSIDE)


INSTITUTION_OWNS = [
    ("Hanul Institute for Policy Studies’ Tallan said the deal could change.", "Tallan=Tallan"),
    ("Hanul Institute’s Tallan said the deal could change.", "Tallan=Tallan"),
    ("The Varia University's Tallan noted that the offer was low.", "Tallan=Tallan"),
    ("Hanul Foundation’s Tallan told reporters the talks would go on.", "Tallan=Tallan"),
    # controls: a country's or a person's possessive; no speech verb; a plural word
    ("Varia’s Tallan said the deal could change.", "None"),
    ("Hanul Institute’s Tallan Street is closed.", "None"),
    ("Hanul Institute’s Researchers said the deal could change.", "None"),
]


@pytest.mark.parametrize(("text", "found"), cases(INSTITUTION_OWNS=INSTITUTION_OWNS))
def test_quotes23_people(text, found):
    assert people(text) == found


CITED_AUTHORS = [
    ("Intro.\nJo Tallan, Ana Volk and Bo Rimmer, “Varia and Hanul reach a deal,” Hanul News, May 4, 2019",
     "Jo Tallan=Jo Tallan;Ana Volk=Ana Volk;Bo Rimmer=Bo Rimmer"),
    ("Jo Tallan and Ana Volk, “Varia and Hanul reach a deal,” Hanul News, May 4, 2019",
     "Jo Tallan=Jo Tallan;Ana Volk=Ana Volk"),
    ("Jo Tallan, “Varia and Hanul reach a deal,” Hanul News, May 4, 2019", "Jo Tallan=Jo Tallan"),
    # controls: not at the line's start; other words between the names and the title
    ("Read it in Hanul News Daily, “Varia and Hanul reach a deal,” May 4.", "None"),
    ("Hanul News and Varia Daily, “Varia and Hanul reach a deal,” May 4.", "None"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), cases(CITED_AUTHORS=CITED_AUTHORS))
def test_quotes23_cited_authors(text, found):
    assert people(text) == found
