"""Quote speakers given by role before the name, in headline labels and in reported clauses."""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import quotes, said

# head (None: a plain headline) | body | each quote's "speaker name@attribution", joined by ";"
CASES = table(
    r"""
head | body | said
None | Seoul has shown "real flexibility" in the talks, a senior U.S. diplomat said Thursday, adding the countries work for what he called a "fair deal."\n\n"We talk every week," Assistant Secretary Jo Tallan said at a briefing. | Jo Tallan@descriptor;Jo Tallan@pronoun;Jo Tallan@named
None | Ann Frey met the envoy.\n\nSeoul has shown "real flexibility," a U.S. diplomat said.\n\n"We talk every week," Jo Tallan said. | None@descriptor;Jo Tallan@named
None | "We are ready for it," Lieut. Col. Dana Pirrel said in a statement. | Dana Pirrel@named
None | Dana Pirrel spoke.\n\nShe refused to give details, but said Seoul has shown "real flexibility." | Dana Pirrel@pronoun
Tallan "Pay more for the alliance"...Frey "we pay enough"\n\nNovember 16, 2019\n\n | Jo Tallan, the envoy, and Ann Frey, a lawmaker, met on Monday. | Jo Tallan@named;Ann Frey@named
None | Jo Tallan spoke.\n\nAnn Frey said Jo Tallan "canceled" the deal. | Ann Frey@named
None | Talks may cover what Washington calls "alliance modernization" next year. | Washington@named
None | Jo Tallan is known to prefer a so-called "top-down" approach.\n\nThe summit was an example of Tallan's "top-down" approach. | None@none;None@none
None | Esper spoke.\n\n[Mark Esper / defense secretary (May 2019): Korea is a "money machine." | Mark Esper@colon
None | Mark Esper himself wrote on Friday that the figure was investment "owned and controlled" by Seoul, while Jo Tallan added that "90 percent" would stay. | Mark Esper@subject;Jo Tallan@named
None | Seoul's foreign ministry has been emphasizing that there should be a "mutually acceptable deal". | Seoul's foreign ministry@descriptor
U.S. official says Seoul 'very flexible' in talks\n\nAugust 21, 2020\n\n | Seoul has shown "real flexibility" in the talks, a senior U.S. diplomat said Thursday.\n\n"We talk every week," Assistant Secretary Jo Tallan said at a briefing. | Jo Tallan@repeated;Jo Tallan@descriptor;Jo Tallan@named
"""  # noqa: E501
)


@pytest.mark.parametrize(("head", "body", "expected"), CASES)
def test_speakers(head, body, expected):
    assert said(body, head) == expected


def test_a_lead_role_keeps_its_own_words_as_the_speaker_text():
    body = 'Seoul has shown "real flexibility," a senior U.S. diplomat said.\n\n"We talk," Jo Tallan said.'
    assert quotes(body)[0]["speaker_text"] == "a senior U.S. diplomat"


def test_he_added_after_an_unnamed_spokesperson_is_that_spokesperson():
    body = (
        "Donald Trump said last week he rejected the offer.\n\n"
        '"We remain committed to a deal," a department spokesperson said.\n\n'
        '"We have shown flexibility," he added.'
    )
    _, added = quotes(body)
    assert (added["speaker"], added["antecedent"]["exact"]) == (None, "a department spokesperson")


def test_a_quoted_name_in_a_dash_aside_is_nobody_s_words():
    body = 'Jo Tallan spoke.\n\nOn a visit — for the "Build Ships Again Now" pledge — Tallan said it could happen.'
    (q,) = quotes(body)
    assert (q["speaker"], q["attribution"], q["form"]) == (None, "none", "scare")
