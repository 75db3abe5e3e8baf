"""Quote speakers named at a headline's end, in a participle clause after the verb, and quoted names of things."""

from __future__ import annotations

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def quotes(body: str, head: str = HEAD) -> list[dict]:
    return [s.value | {"exact": s.exact} for s in annotate(head + body).of_kind("quote")]


def test_a_partial_quote_after_said_and_a_participle_belongs_to_the_verb_s_subject():
    body = 'Seoul and Washington ended talks on Friday, the chief U.S. negotiator said, calling them "useful."'
    (q,) = quotes(body)
    assert (q["speaker_text"], q["attribution"]) == ("the chief U.S. negotiator", "descriptor")


def test_a_named_speaker_before_a_participle_takes_the_partial_quote():
    body = 'Talks ended on Friday, Jo Tallan said, describing them as "useful."'
    (q,) = quotes(body)
    assert q["speaker_name"] == "Jo Tallan"


def test_a_headline_that_names_its_speaker_after_a_colon_at_its_end():
    head = "Seoul, Washington reach 'fair' deal on troops: U.S. envoy\n\nNovember 16, 2019\n\n"
    (q,) = quotes("Jo Tallan, the U.S. envoy, spoke on Monday.", head=head)
    assert q["speaker_name"] == "Jo Tallan"


def test_a_subhead_ending_title_tells_rally_takes_that_title_s_holder():
    head = "Leader wants more money from ally\n\nNovember 16, 2019\n\n"
    body = (
        "Aides told to “ask for more” of the money, President tells rally Friday\n\n"
        "President Jo Tallan spoke at a rally on Friday."
    )
    (q,) = quotes(body, head=head)
    assert q["speaker_name"] == "Jo Tallan"


def test_a_capitalised_name_after_the_or_an_outlet_s_possessive_is_nobody_s_words():
    body = (
        'The "Alliance Dialogue" would make room for talks, according to Yonhap.\n\n'
        "Jo Tallan said on Fox News' 'Town Hall with Ann Frey' that \"we pay.\""
    )
    forum, show, words = quotes(body)
    assert (forum["attribution"], forum["speaker_name"]) == ("none", None)
    assert (show["attribution"], show["speaker_name"]) == ("none", None)
    assert words["speaker_name"] == "Jo Tallan"


def test_a_capitalised_phrase_after_its_speaker_s_possessive_stays_his():
    head = 'Frey\'s "Tough Talk" ahead of the talks\n\nNovember 16, 2019\n\n'
    (q,) = quotes("Ann Frey, the adviser, spoke on Monday.", head=head)
    assert q["speaker_name"] == "Ann Frey"


def test_a_headline_pair_of_words_matches_a_body_quote_joined_by_and():
    head = "Seoul, Washington agree on ‘Reasonable, Fair’ sharing\n\nNovember 16, 2019\n\n"
    body = 'The allies agreed on a "reasonable and fair" deal, Jo Tallan said.'
    headline, lead = quotes(body, head=head)
    assert headline["speaker_name"] == lead["speaker_name"] == "Jo Tallan"


def test_a_korean_name_ending_in_the_syllable_in_is_read_whole():
    body = 'It is "quite possible," said Moon Chung In, a professor.\n\n"We will see," Moon said.'
    first, second = quotes(body)
    assert first["speaker_name"] == second["speaker_name"] == "Moon Chung In"


def test_a_quote_paragraph_takes_the_speaker_who_opens_the_next_paragraph():
    body = (
        "Talks resumed in Seoul.\n\n"
        '"It was truly an outrageous proposal."\n\n'
        "Jo Tallan, the chief of policy, recalled on Friday that he had this reaction to the offer."
    )
    (q,) = quotes(body)
    assert q["speaker_name"] == "Jo Tallan"


def test_a_korean_name_with_a_one_word_given_name_is_a_person_its_surname_points_back_to():
    body = 'Kang Hunsik, Kim Yongbeom and Wi Sunglak spoke.\n\nKim said, "Ah, this was hard."'
    (q,) = quotes(body)
    assert q["speaker_name"] == "Kim Yongbeom"
    people = [s.exact for s in annotate(HEAD + body).of_kind("person")]
    assert people[:3] == ["Kang Hunsik", "Kim Yongbeom", "Wi Sunglak"]
