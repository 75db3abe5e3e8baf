"""Speakers an owner or a clause's shape gives (quotes7): the owner of a view or argument "that" a clause with a
partial quote states; an organisation that issues the statement ("put out a statement that it “...”"); an owner
whose quoted label follows an amount ("Bo’s 25 percent “fair” tariffs") or "such as:"; the main clause's subject
after a fronted subordinate clause or a fronted slogan ("Under the banner of “...,” the Bo administration"); a
paragraph of quote alone after a sentence whose speech verb follows an initialism ("U.S. dollars") or after a
sentence that sets up a person's words without a speech verb ("was blunt when asked"); a country that
opens the sentence and "promised to “...”" later in it; no speaker for a quote that is only an agreement's name."""

from __future__ import annotations

import pytest
from conftest import cases, merged, run_rows, table
from test_extract_quotes import listed, speakers

OWNERS = table(
    r"""
body | speaker_names
President Jo Tallan spoke. At issue is Tallan’s belief that old allies are a “bad bargain” for voters. | Jo Tallan
President Jo Tallan spoke. At issue is Tallan's view that the ally is a "free rider" in the pact. | Jo Tallan
President Jo Tallan spoke. Critics fault his view that allies are a “bad bargain” for voters. | Jo Tallan
President Jo Tallan spoke. At issue is Tallan’s long-held view that allies are a “bad bargain” for voters. | Jo Tallan
President Jo Tallan spoke. The trouble is Tallan's oft-repeated claim that Seoul is a "free rider." | Jo Tallan
Though Seoul balked, President Jo Tallan called the plan “fair” on Monday. | Jo Tallan
President Jo Tallan spoke. The talks, in Tallan’s words, were “a disaster.” | Jo Tallan
President Jo Tallan spoke on Monday. In his own words, the deal was "a steal" for Seoul. | Jo Tallan
President Jo Tallan spoke. The trouble was Tallan’s argument that Seoul should pay “far more.” | Jo Tallan
Referring to the talks, the Foreign Ministry issued a statement saying it “hopes for a fair deal soon.” | Foreign Ministry
The Pentagon released a statement saying "the talks go on." | Pentagon
Referring to the lapse, the Foreign Ministry put out a statement that it “regrets the delay in talks.” | Foreign Ministry
The Foreign Ministry met on Monday. The ministry, for its part, insisted the deal was "balanced and fair." | Foreign Ministry
The Pentagon issued a statement that it "welcomes the decision to pay the workers." | Pentagon
The Pentagon issued its statement saying it "welcomes the decision to pay the workers." | Pentagon
The Foreign Ministry released their statement saying it "regrets the delay in talks." | Foreign Ministry
The Foreign Ministry sent a letter that it "will keep paying the workers." | Foreign Ministry
President Jo Tallan spoke. The call came before Tallan’s 25 percent “mutual” tariffs began. | Jo Tallan
President Jo Tallan spoke. It came before Tallan’s latest “mutual” tariffs began. | Jo Tallan
President Jo Tallan spoke. The call came before Tallan's $5 billion "fair share" demand was made. | Jo Tallan
Critic Ann Frey finds that President Jo Tallan’s remarks such as: “We pay too much. It costs a lot.” hurt ties. | Jo Tallan
President Jo Tallan spoke. While the sum was lower than Seoul had sought, the Tallan administration then dropped its insistence on a cap as a “red line” for voters. | Tallan
Although Ann Frey objected, President Jo Tallan called the pact a "good deal" for both. | Jo Tallan
President Jo Tallan spoke. Under the banner of “Hanul first,” the Tallan administration has cut aid. | Tallan
President Jo Tallan spoke. Under the slogan of "Hanul first," the Tallan government cut aid. | Tallan
Prime Minister Ana Volk spoke. Under the motto “Volk first,” the Volk cabinet has raised spending. | Volk
The US held talks with Japan and pledged to "keep troops there." | US
Seoul, in turn, promised to “study the plan” by May. | Seoul
Japan rejected the offer.\n\nMeanwhile, Japan set up more hotlines with China and vowed to “foster trade ties” soon. | Japan
Gen. Ruth Kessler was blunt when asked about the furloughs.\n\n"It is regrettable." | Ruth Kessler
In an interview with the Hanul Times, Gen. Ruth Kessler laid out her view of the talks.\n\n“We need a fair deal.” | Ruth Kessler
At the base on Monday, Jo Tallan stated that Seoul paid too little, some 9 billion U.S. dollars.\n\n"You know, we have many troops there." | Jo Tallan
"""  # noqa: E501
)

# Words no owner or slogan gives have no speaker.
NOT_OWNED = table(
    r"""
body | speaker_names
President Jo Tallan spoke. The trouble was Tallan's plan for Seoul to "match" the sum. | None
Under the roof of the "Hanul Hall," the delegates met. | None
The ministry said the allies reached a new six-year “Status of Forces Agreement” on Monday. | None
Jo Tallan, a lawmaker, said the two sides signed the "Mutual Defense Treaty" decades ago. | None
Gen. Ruth Kessler met the envoys in Busan on Friday.\n\n"It is regrettable." | None
"""
)


def check_the_owner_or_the_main_clause_speaks(body, speaker_names):
    assert speakers(body, words_too=False) == listed(speaker_names)


@pytest.mark.parametrize("rows", merged(cases(OWNERS=OWNERS, NOT_OWNED=NOT_OWNED)))
def test_the_owner_or_the_main_clause_speaks(rows: list[object]) -> None:
    run_rows(check_the_owner_or_the_main_clause_speaks, rows)
