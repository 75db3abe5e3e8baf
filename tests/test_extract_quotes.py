"""Quotations and their speakers, in wire style."""

from __future__ import annotations

import pytest

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def quotes(body: str) -> list[dict]:
    return [s.value | {"exact": s.exact} for s in annotate(HEAD + body).of_kind("quote")]


CASES = [
    # (body, speaker, speaker_text, attribution)
    ('"We will not accept it," Esper said.', "mark-esper", "Esper", "named"),
    ('"We will not accept it," said Esper.', "mark-esper", "Esper", "named"),
    ('Esper said the South is a "wealthy country and could and should pay more".', "mark-esper", "Esper", "named"),
    ('Mark Esper said: "We will see what happens next."', "mark-esper", "Mark Esper", "named"),
    ('"The talks are over," KCNA said in a statement.', "kcna", "KCNA", "named"),
    ('"Seoul must pay more," Trump told reporters on Friday.', "donald-trump", "Trump", "named"),
    ('"We have no plans," a South Korean lawmaker said.', None, "a South Korean lawmaker", "descriptor"),
    ('"Seoul will decide," Seoul said on Friday.', "rok-government", "Seoul", "named"),
    ('Kim Myong Gil spoke.\n\n"We are disappointed," he said.', "kim-myong-gil", "he", "pronoun"),
    ('"We are not a piggy bank," Kang Kyung-wha told lawmakers.', "kang-kyung-wha", "Kang Kyung-wha", "named"),
]


@pytest.mark.parametrize(("body", "speaker", "speaker_text", "attribution"), CASES)
def test_speakers(body, speaker, speaker_text, attribution):
    (q,) = quotes(body)
    assert (q["speaker"], q["speaker_text"], q["attribution"]) == (speaker, speaker_text, attribution)


def test_unattributed_quote_has_no_speaker():
    (q,) = quotes('Esper spoke.\n\n"In case of South Korea, which has provided a fair amount of support".')
    assert (q["speaker"], q["attribution"], q["form"]) == (None, "none", "full")


def test_colon_paragraph_attributes_the_next_quote():
    (q,) = quotes('Esper told reporters:\n\n"We will conclude the SMA this year."')
    assert (q["speaker"], q["attribution"]) == ("mark-esper", "colon")


def test_multi_paragraph_quote_continues():
    qs = quotes('"We are done with this," Esper said. "And more\n\n"We will see."')
    assert qs[-1]["attribution"] == "continuation" and qs[-1]["speaker"] == "mark-esper"


def test_scare_quote_form():
    (q,) = quotes('The North called it a "sinister aim".')
    assert q["form"] == "scare"


def test_curly_quotes():
    (q,) = quotes("“We will not accept it,” Esper said.")
    assert q["speaker"] == "mark-esper"


def test_pronoun_whose_quote_speaks_for_another_country_is_doubted():
    body = (
        "North Korean negotiator Kim Myong Gil spoke.\n\n"
        "A South Korean lawmaker said last week that officials demanded more.\n\n"
        '"If the U.S. still seeks to appease us, as during the DPRK-U.S. talks, we will walk away", he said.'
    )
    (q,) = quotes(body)
    assert q["speaker"] is None and q["voice"] == "KP"
    assert q["antecedent"]["exact"] == "A South Korean lawmaker"
    assert q["candidates"] == ["yoon-sang-hyun", "kim-myong-gil"]
