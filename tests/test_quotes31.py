"""A role followed back to the wrong holder (quotes31, tenth session): made-up multi-paragraph articles, none read
from the corpus, for the four classes review30 and rename30 found in quotes30's role-to-holder rule.

1. An unnamed holder of the office ("a minister in Tokyo", "Japan's foreign minister") told between the named holder
   and the role is who "the minister" is: the nearest mention of the office wins, named or not.
2. An office owned by a country ("Japan's chief negotiator", "Washington's chief negotiator") is only a holder of
   that country.
3. An office with a rank word ("the vice president", "the deputy minister") is not a holder of the bare office, and
   the bare office ("the president") prefers a holder of the bare office to a vice or deputy named nearer.
4. "The U.S. president" is only a holder whose stated country is the U.S. (or none stated), never a president the
   text gives another country ("South Korea's President Lee ...").

Each class has controls that must not change: the named holder nearest, the only holder, one holder two paragraphs
back, an office owned by the holder's own country. Scored as ``evaluate`` scores the corpus.
"""

from __future__ import annotations

import pytest
from test_quotes26 import _names

from analysis.evaluate import _speaker_ok, speaker_name
from analysis.extract import annotate

HEAD = "Allies stay apart on troop costs\nBy Sam Ortega\nNovember 16, 2019\n\n"
F = "The weather in the city stayed cold, with snow in the hills and ice on the roads."
F2 = "Talks between the two sides ended on Friday with no deal on the cost of the troops."
Q = '"Tariffs will rise next year,"'


def _speaker(paragraphs: list[str]) -> str | None:
    """The speaker name of the last quote of an article of ``paragraphs`` (as ``evaluate`` names it)."""
    quote = annotate(HEAD + "\n\n".join(paragraphs) + "\n").of_kind("quote")[-1]
    return speaker_name(quote.value, _names())


def _is(got: str | None, who: str) -> bool:
    return _speaker_ok(got, {"speaker": who, "aliases": [who.split()[-1]]})


# ----- 1. an unnamed holder of the office told nearer than the named one -----
UNNAMED = [
    (["Foreign Minister Ana Volk arrived on Sunday.", *[F] * 11,
      f"On the trade front, a minister in Tokyo weighed in. {Q} the minister said."], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", "In Tokyo, Japan's foreign minister also spoke.",
      f"{Q} the minister said."], "Ana Volk"),
    (["Defense Minister Rui Cano toured the base on Sunday.", F, "A Japanese defense minister visited the base later.",
      f"{Q} the minister said."], "Rui Cano"),
    (["Rena Ostrow, the chief negotiator, led the delegation into the meeting.", F, F2,
      "Another negotiator from Tokyo joined the talks on Monday.", f"{Q} the negotiator said."], "Rena Ostrow"),
    (["U.S. Ambassador Harry Lund hosted a dinner for the delegations.", "An ambassador from Japan also attended.",
      f"{Q} said the ambassador."], "Harry Lund"),
    (["Foreign Minister Ana Volk arrived on Sunday.", F, "Beijing's foreign minister met reporters on Monday.",
      f"The minister said: {Q[:-2]}.\""], "Ana Volk"),
]
#: controls: the named holder is the speaker (nearest after the unnamed one, the only one, two paragraphs back, an
#: unnamed mention that is the holder's own title or appositive, of another rank, former, or inside the quote).
UNNAMED_CONTROLS = [
    (["Foreign Minister Ana Volk arrived on Sunday.", F, f"{Q} the minister said."], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", *[F] * 11, f"{Q} the minister said."], "Ana Volk"),
    (["Ana Volk met a minister in Tokyo on Saturday.", "Foreign Minister Rui Cano arrived on Sunday.",
      f"{Q} the minister said."], "Rui Cano"),
    (["Lio Brandt, a deputy foreign minister, opened the meeting.", F, f"{Q} the deputy minister said."],
     "Lio Brandt"),
    (["Han Seung-woo, South Korea's chief negotiator, led the delegation.", F, f"{Q} the negotiator said."],
     "Han Seung-woo"),
    (["Japan's foreign minister, Ana Volk, arrived on Sunday.", F, f"{Q} the minister said."], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", "A former minister, now a professor, watched the talks.",
      f"{Q} the minister said."], "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", F, '"I met a minister in Tokyo," the minister said.'],
     "Ana Volk"),
    (["Foreign Minister Ana Volk arrived on Sunday.", "No minister has come so far in years.",
      f"{Q} the minister said."], "Ana Volk"),
]

# ----- 2. an office owned by a country: only a holder of that country -----
OWNED = [
    (["Park Min-jae, South Korea's top negotiator, arrived in Washington on Monday.", F2,
      f"{Q} Washington's top negotiator told reporters."], "Park Min-jae"),
    (["Park Min-jae, South Korea's top negotiator, arrived in Tokyo on Monday.",
      f"{Q} Japan's top negotiator said."], "Park Min-jae"),
    (["Lena Ford, the top U.S. negotiator, met Park Min-jae, South Korea's top negotiator, on Monday.",
      f"{Q} Washington's top negotiator said."], "Park Min-jae"),
    (["Park Min-jae, South Korea's top negotiator, arrived in Tokyo on Monday.", F,
      f"{Q} Tokyo's top negotiator said."], "Park Min-jae"),
    (["South Korea's top negotiator, Park Min-jae, arrived in Tokyo on Monday.", F2,
      f"{Q} said Japan's top negotiator."], "Park Min-jae"),
]
OWNED_CONTROLS = [
    (["Han Seung-woo, South Korea's chief negotiator, led the delegation on Sunday.",
      '"We are far apart," Seoul\'s chief negotiator said.'], "Han Seung-woo"),
    (["Jo Bell, the top U.S. negotiator, met Han Seung-woo, South Korea's chief negotiator.",
      '"We are close," Washington\'s chief negotiator said.'], "Jo Bell"),
    (["Jo Bell, the top U.S. negotiator, met Han Seung-woo, South Korea's chief negotiator.", F,
      '"We are close," Seoul\'s chief negotiator said.'], "Han Seung-woo"),
]

# ----- 3. a rank word names another office -----
RANKED = [
    (["Vice President Ana Volk met President Rui Cano on Sunday.", f"{Q} the vice president said."], "Rui Cano"),
    (["Vice President Ana Volk met President Rui Cano on Sunday.", F, f"{Q} said the vice president."], "Rui Cano"),
    (["Deputy Foreign Minister Lio Brandt met Foreign Minister Ana Volk.", f"{Q} the deputy minister said."],
     "Ana Volk"),
    (["President Rui Cano met Vice President Ana Volk on Sunday.", f"{Q} the president said."], "Ana Volk"),
]
RANKED_CONTROLS = [
    (["President Rui Cano met Vice President Ana Volk on Sunday.", f"{Q} the vice president said."], "Ana Volk"),
    (["Deputy Foreign Minister Lio Brandt opened the meeting.", F, f"{Q} the minister said."], "Lio Brandt"),
    (["Deputy Foreign Minister Lio Brandt met Foreign Minister Ana Volk.", f"{Q} the minister said."], "Ana Volk"),
    (["President Rui Cano arrived on Sunday.", F, f"{Q} the president said."], "Rui Cano"),
]

# ----- 4. a country's office: not a holder of another country -----
COUNTRY = [
    (["South Korea's President Lee Jae-won met reporters on Sunday.", F, f"{Q} the U.S. president said."],
     "Lee Jae-won"),
    (["Lee Jae-won, South Korea's president, met reporters on Sunday.", F,
      f"The U.S. president lodged a complaint. {Q} the U.S. president said."], "Lee Jae-won"),
    (["South Korea's new President, Lee Jae-won, met reporters on Sunday.", F2,
      f"{Q} said the U.S. president."], "Lee Jae-won"),
    (["U.S. President Rui Cano met South Korea's President Lee Jae-won on Sunday.",
      f"{Q} the U.S. president said."], "Lee Jae-won"),
]
COUNTRY_CONTROLS = [
    (["U.S. President Rui Cano met South Korea's President Lee Jae-won on Sunday.",
      f"{Q} the U.S. president said."], "Rui Cano"),
    (["President Rui Cano arrived in Seoul on Sunday.", F, f"{Q} the U.S. president said."], "Rui Cano"),
    (["South Korean President Lee Jae-won met U.S. President Rui Cano on Sunday.", F2,
      f"{Q} the South Korean president said."], "Lee Jae-won"),
]


@pytest.mark.parametrize(("paragraphs", "not_who"), UNNAMED + OWNED + RANKED + COUNTRY)
def test_quotes31_not_that_holder(paragraphs: list[str], not_who: str) -> None:
    got = _speaker(paragraphs)
    assert not _is(got, not_who), f"got {got!r}"


@pytest.mark.parametrize(("paragraphs", "who"), UNNAMED_CONTROLS + OWNED_CONTROLS + RANKED_CONTROLS + COUNTRY_CONTROLS)
def test_quotes31_holder(paragraphs: list[str], who: str) -> None:
    got = _speaker(paragraphs)
    assert _is(got, who), f"got {got!r}"


# ----- 2b. an office owned by a person: only a holder the text gives that owner -----
#: (paragraphs, the antecedent wanted): "Bo's spokesperson said" points back to the one named "Bo's spokesperson";
#: another owner's ("Roe's spokesperson") to nobody (the office alone).
PERSON_OWNED = [
    (["President Tae Bo left Seoul on Sunday.", "Bo's spokesperson Jin Ha-na said the trip would last three days.",
      f"Bo's spokesperson said the leaders would discuss a {Q[1:-2]!r} plan."], "Jin Ha-na"),
    (["President Tae Bo left Seoul on Sunday.", "Bo's spokesperson Jin Ha-na said the trip would last three days.",
      f"Roe's spokesperson said the leaders would discuss a {Q[1:-2]!r} plan."], None),
]


@pytest.mark.parametrize(("paragraphs", "antecedent"), PERSON_OWNED)
def test_quotes31_person_owned(paragraphs: list[str], antecedent: str | None) -> None:
    quote = annotate(HEAD + "\n\n".join(paragraphs) + "\n").of_kind("quote")[-1]
    got = (quote.value.get("antecedent") or {}).get("exact")
    assert got == antecedent, f"got {got!r} ({quote.value.get('speaker_name')!r})"
