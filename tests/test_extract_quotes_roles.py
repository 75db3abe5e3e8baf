"""Quote speakers given by role before the name, in headline labels and in reported clauses."""

from __future__ import annotations

from analysis.extract import annotate

HEAD = "Headline\nBy A. Reporter\nNovember 16, 2019\n\n"


def quotes(body: str, head: str = HEAD) -> list[dict]:
    return [s.value | {"exact": s.exact} for s in annotate(head + body).of_kind("quote")]


def test_a_lead_role_takes_the_person_quoted_by_name_next():
    body = (
        'Seoul has shown "real flexibility" in the talks, a senior U.S. diplomat said Thursday, adding the '
        'countries work for what he called a "fair deal."\n\n'
        '"We talk every week," Assistant Secretary Jo Tallan said at a briefing.'
    )
    lead, called, named = quotes(body)
    assert (lead["speaker_name"], lead["speaker_text"]) == ("Jo Tallan", "a senior U.S. diplomat")
    assert (called["speaker_name"], named["speaker_name"]) == ("Jo Tallan", "Jo Tallan")


def test_a_lead_role_is_not_resolved_when_someone_was_named_before():
    body = (
        'Ann Frey met the envoy.\n\nSeoul has shown "real flexibility," a U.S. diplomat said.\n\n'
        '"We talk every week," Jo Tallan said.'
    )
    lead = quotes(body)[0]
    assert (lead["speaker_name"], lead["speaker_text"]) == (None, "a U.S. diplomat")


def test_a_rank_abbreviation_before_the_name_is_no_sentence_end():
    (q,) = quotes('"We are ready for it," Lieut. Col. Dana Pirrel said in a statement.')
    assert (q["speaker_name"], q["attribution"]) == ("Dana Pirrel", "named")


def test_a_partial_quote_in_a_reported_clause_belongs_to_the_reporter():
    body = 'Dana Pirrel spoke.\n\nShe refused to give details, but said Seoul has shown "real flexibility."'
    (q,) = quotes(body)
    assert (q["speaker_name"], q["attribution"]) == ("Dana Pirrel", "pronoun")


def test_a_headline_name_before_a_quote_is_its_speaker():
    head = 'Tallan "Pay more for the alliance"...Frey "we pay enough"\n\nNovember 16, 2019\n\n'
    body = "Jo Tallan, the envoy, and Ann Frey, a lawmaker, met on Monday."
    first, second = quotes(body, head=head)
    assert (first["speaker_name"], second["speaker_name"]) == ("Jo Tallan", "Ann Frey")


def test_a_name_before_a_quote_in_a_sentence_is_not_a_label():
    body = 'Jo Tallan spoke.\n\nAnn Frey said Jo Tallan "canceled" the deal.'
    (q,) = quotes(body)
    assert q["speaker_name"] == "Ann Frey"


def test_he_added_after_an_unnamed_spokesperson_is_that_spokesperson():
    body = (
        "Donald Trump said last week he rejected the offer.\n\n"
        '"We remain committed to a deal," a department spokesperson said.\n\n'
        '"We have shown flexibility," he added.'
    )
    _, added = quotes(body)
    assert (added["speaker"], added["antecedent"]["exact"]) == (None, "a department spokesperson")


def test_a_term_credited_to_a_capital_by_what_it_calls():
    (q,) = quotes('Talks may cover what Washington calls "alliance modernization" next year.')
    assert (q["speaker_name"], q["attribution"]) == ("Washington", "named")


def test_a_quoted_name_in_a_dash_aside_is_nobody_s_words():
    body = 'Jo Tallan spoke.\n\nOn a visit — for the "Build Ships Again Now" pledge — Tallan said it could happen.'
    (q,) = quotes(body)
    assert (q["speaker"], q["attribution"], q["form"]) == (None, "none", "scare")


def test_a_so_called_label_and_its_repeats_have_no_speaker():
    body = (
        'Jo Tallan is known to prefer a so-called "top-down" approach.\n\n'
        'The summit was an example of Tallan\'s "top-down" approach.'
    )
    assert [(q["speaker"], q["attribution"]) for q in quotes(body)] == [(None, "none"), (None, "none")]


def test_a_quote_in_a_tv_soundbite_belongs_to_the_labelled_speaker():
    body = 'Esper spoke.\n\n[Mark Esper / defense secretary (May 2019): Korea is a "money machine."'
    (q,) = quotes(body)
    assert (q["speaker"], q["attribution"]) == ("mark-esper", "colon")


def test_a_speaker_in_the_next_clause_does_not_take_the_quote_before():
    body = (
        'Mark Esper himself wrote on Friday that the figure was investment "owned and controlled" by Seoul, '
        'while Jo Tallan added that "90 percent" would stay.'
    )
    owned, _ = quotes(body)
    assert (owned["speaker"], owned["attribution"]) == ("mark-esper", "subject")


def test_headline_surnames_joined_by_a_hyphen_are_people():
    from analysis.extract.names import find_names

    t = "Bell-Roe summit nears\n\nPresident Jo Bell will meet Prime Minister Al Roe on Monday."
    assert [(n.exact, n.name) for n in find_names(t, [(0, 21), (23, len(t))])][:2] == [
        ("Bell", "Jo Bell"),
        ("Roe", "Al Roe"),
    ]


def test_an_organisation_that_has_been_emphasizing_a_phrase_speaks_it():
    (q,) = quotes('Seoul\'s foreign ministry has been emphasizing that there should be a "mutually acceptable deal".')
    assert (q["speaker_name"], q["attribution"]) == ("Seoul's foreign ministry", "descriptor")


def test_a_headline_role_says_takes_the_lead_role_s_person():
    head = "U.S. official says Seoul 'very flexible' in talks\n\nAugust 21, 2020\n\n"
    body = (
        'Seoul has shown "real flexibility" in the talks, a senior U.S. diplomat said Thursday.\n\n'
        '"We talk every week," Assistant Secretary Jo Tallan said at a briefing.'
    )
    assert quotes(body, head=head)[0]["speaker_name"] == "Jo Tallan"


def test_names_listed_after_presidencies_of_are_people():
    from analysis.extract.names import find_names

    t = "It did better in the presidencies of Jo Bell, Al Roe and Ed Poe than in the government of South Korea."
    assert [n.exact for n in find_names(t)] == ["Jo Bell", "Al Roe", "Ed Poe"]


def test_a_rank_and_korean_surname_wi_are_read():
    from analysis.extract.names import find_names

    t = "With Wi Sung-lac and Kim Yong-bum both away, Reporter Lee Jong-gu reports."
    assert [n.exact for n in find_names(t)] == ["Wi Sung-lac", "Kim Yong-bum", "Lee Jong-gu"]
