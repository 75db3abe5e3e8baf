"""Quote speakers named at a headline's end, in a participle clause after the verb, and quoted names of things."""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import HEAD, quotes, said

from analysis.extract import annotate

# head (None: a plain headline) | body | each quote's "speaker name@attribution", joined by ";"
CASES = table(
    r"""
head | body | said
None | Talks ended on Friday, Jo Tallan said, describing them as "useful." | Jo Tallan@named
Seoul, Washington reach 'fair' deal on troops: U.S. envoy\n\nNovember 16, 2019\n\n | Jo Tallan, the U.S. envoy, spoke on Monday. | Jo Tallan@colon
Leader wants more money from ally\n\nNovember 16, 2019\n\n | Aides told to “ask for more” of the money, President tells rally Friday\n\nPresident Jo Tallan spoke at a rally on Friday. | Jo Tallan@colon
None | The "Alliance Dialogue" would make room for talks, according to Yonhap.\n\nJo Tallan said on Fox News' 'Town Hall with Ann Frey' that "we pay." | None@none;None@none;Jo Tallan@named
Frey's "Tough Talk" ahead of the talks\n\nNovember 16, 2019\n\n | Ann Frey, the adviser, spoke on Monday. | Ann Frey@named
Seoul, Washington agree on ‘Reasonable, Fair’ sharing\n\nNovember 16, 2019\n\n | The allies agreed on a "reasonable and fair" deal, Jo Tallan said. | Jo Tallan@repeated;Jo Tallan@named
None | It is "quite possible," said Moon Chung In, a professor.\n\n"We will see," Moon said. | Moon Chung In@named;Moon Chung In@named
Seoul to pay 'more': ministry spokesman\n\nMay 2, 2022\n\n | Seoul will pay more, a spokesman for the ministry said.\n\n"We agreed," ministry spokesman Jo Tallan said. | Jo Tallan@colon;Jo Tallan@named
None | Talks resumed in Seoul.\n\n"It was truly an outrageous proposal."\n\nJo Tallan, the chief of policy, recalled on Friday that he had this reaction to the offer. | Jo Tallan@named
"""  # noqa: E501
)


@pytest.mark.parametrize(("head", "body", "expected"), CASES)
def test_speakers(head, body, expected):
    assert said(body, head) == expected


def test_a_partial_quote_after_said_and_a_participle_belongs_to_the_verb_s_subject():
    body = 'Seoul and Washington ended talks on Friday, the chief U.S. negotiator said, calling them "useful."'
    (q,) = quotes(body)
    assert (q["speaker_text"], q["attribution"]) == ("the chief U.S. negotiator", "descriptor")


def test_a_korean_name_with_a_one_word_given_name_is_a_person_its_surname_points_back_to():
    body = 'Kang Hunsik, Kim Yongbeom and Wi Sunglak spoke.\n\nKim said, "Ah, this was hard."'
    assert said(body) == "Kim Yongbeom@named"
    people = [s.exact for s in annotate(HEAD + body).of_kind("person")]
    assert people[:3] == ["Kang Hunsik", "Kim Yongbeom", "Wi Sunglak"]
