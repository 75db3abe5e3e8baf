"""A headline's quote whose speaker only the body names (quotes32, tenth session): made-up articles, none read from
the corpus. A careful reader gives the headline quote the speaker the body gives the same words -- the body quote
that holds the headline's quoted words, ignoring case, curly or straight marks and an ellipsis -- whether the body
names that speaker, gives a role, or a pronoun for a person named earlier.

Controls that must not change: a headline quote whose words the body never quotes stays unattributed; scare quotes
in a headline ("'Rich' ally") whose word the body uses only outside quotes stay unattributed. When two body quotes
by different speakers hold the words, nobody: a wrong name is worse than none (the lead's decision, twenty-second
session, mendq71; until then the first won).
"""

from __future__ import annotations

import pytest
from conftest import table
from test_extract_quotes import said

DATE = "\nBy Sam Ortega\nNovember 16, 2019\n\n"

# headline | body | each quote's "speaker name@attribution", joined by ";" (headline quote first)
CASES = table(
    r"""
head | body | said
'We will not accept it': minister rejects demand | Seoul turned down the demand on Friday.\n\n"We will not accept it," Foreign Minister Jo Tallan said. | Jo Tallan@repeated;Jo Tallan@named
“We will not accept it”: Seoul rejects demand | Seoul turned down the demand on Friday.\n\n“We will not accept it. Not now,” Jo Tallan, the minister, said. | Jo Tallan@repeated;Jo Tallan@named
'Wealthy country' must pay more | The talks ended on Friday.\n\n“Seoul is a wealthy country and should pay more,” Kim Ji-ho, the minister, said. | Kim Ji-ho@repeated;Kim Ji-ho@named
'We will not accept...' | Seoul turned down the demand on Friday.\n\n"We will not accept it," Kim Ji-ho, the minister, said. | Kim Ji-ho@repeated;Kim Ji-ho@named
'We Will Not Accept It' | Seoul turned down the demand on Friday.\n\n"We will not accept it," Kim Ji-ho said. | Kim Ji-ho@repeated;Kim Ji-ho@named
'Not accept... such a demand' | Seoul turned down the demand on Friday.\n\n"We will not accept it, and never such a demand," Kim Ji-ho said. | Kim Ji-ho@repeated;Kim Ji-ho@named
'No deal this year,' talks end | Foreign Minister Jo Tallan spoke on Friday.\n\n"There will be no deal this year," the minister said. | Jo Tallan@repeated;Jo Tallan@descriptor
'No deal this year,' talks end | Jo Tallan met reporters on Friday.\n\n"There will be no deal this year," she said. | Jo Tallan@repeated;Jo Tallan@pronoun
'It is not fair' | Talks ended on Friday.\n\n"It is not fair to us," Jo Tallan told reporters. | Jo Tallan@repeated;Jo Tallan@named
'We Are Not An ATM,' Seoul Says | Talks ended on Friday.\n\n“We are not an ATM,” Kim Ji-ho, the minister, said. | Kim Ji-ho@repeated;Kim Ji-ho@named
'It is... up to you' | Ana Volk met reporters on Friday.\n\n"It is, as I said, up to you now," she said. | Ana Volk@repeated;Ana Volk@pronoun
'It is not up to us' | Defense Minister Ana Volk spoke on Friday.\n\n"It is not up to us alone," the minister said. | Ana Volk@repeated;Ana Volk@descriptor
"""  # noqa: E501
)

CONTROLS = table(
    r"""
head | body | said
'We will not accept it': minister rejects demand | Seoul turned down the demand on Friday, Jo Tallan said. | None@none
'Rich' ally must pay more | Jo Tallan said the rich ally must pay more. | None@none
'Rich' ally must pay more | Jo Tallan said the ally must pay "a great deal more." | None@none;Jo Tallan@named
'No deal this year,' talks end | "There will be no deal this year," Kim Ji-ho said.\n\n"No deal this year, no," Jo Tallan said. | None@none;Kim Ji-ho@named;Jo Tallan@named
'It is not fair' | "It is not fair to us," Kim Ji-ho said.\n\n"It is not fair," Jo Tallan said. | None@none;Kim Ji-ho@named;Jo Tallan@named
'It is not fair' | "It is fair to us, not to them," Kim Ji-ho said. | None@none;Kim Ji-ho@named
'We did not... pay' | "We pay, we did not," Kim Ji-ho said. | None@none;Kim Ji-ho@named
"""  # noqa: E501
)


@pytest.mark.parametrize(("head", "body", "expected"), CASES + CONTROLS)
def test_headline_quote_takes_the_body_speaker(head, body, expected):
    assert said(body, head + DATE) == expected



# A deck (the first paragraph after the date line: a short line with no closing full stop) quoting the body's words
# takes their speaker, as a headline's quote does; a first paragraph that ends its sentence is no deck.
DECK_HEAD = "Leader back from Washington" + DATE
LATER = 'Ana Volk returned on Friday.\n\nShe said, "We are also raising those in line with other allies and partners."'
DECKS = [
    ('"We are raising them in line with other allies"', "Ana Volk@repeated;Ana Volk@pronoun"),
    ('"We are raising them in line with other allies."', "None@none;Ana Volk@pronoun"),
    ('Talks go on "in line with other allies," officials said.', "None@descriptor;Ana Volk@pronoun"),
]


@pytest.mark.parametrize(("deck", "expected"), DECKS)
def test_a_deck_quote_takes_the_body_speaker(deck, expected):
    assert said(deck + "\n\n" + LATER, DECK_HEAD) == expected
