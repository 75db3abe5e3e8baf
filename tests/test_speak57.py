"""Quote speakers from dev's remaining misses, fixed by class (speak57, issue #9): rows of my own wording (made-up
people, other numbers and names; none read from the corpus) that main got wrong, and near misses that stay as on
main.

Classes fixed (each a rule of :mod:`analysis.extract.quotes`):

- POINTED (``_VERBS``): "pointed out" (only with "out") is a verb of saying: "Analysts pointed out that Bo is “...”"
  is the analysts' word, not the reported clause's subject's;
- PLURAL (``_plural_bodies`` in ``_org_reference``): a plural body after a quote's clause ("..., the foreign and
  trade ministries said") speaks as one phrase, not the clause's subject;
- PROMOTED (``_promoted`` in ``_possessor``): a possessive before a participle of promoting ("Tokyo's much-heralded
  “...”") owns the quote; "promoted" only after "much-", "oft-" (bare, it is also a job's: "newly promoted");
- ADOPTED (``_ADOPTED``, ``_adopted_under`` in ``_touted_by``): a policy's quoted name is its holder's when a
  participle of taking it up names the agent ("pursued by ...", "maintained under the government of ..."), not a
  possessive ("by Bo's predecessor": another is the agent);
- THAT (``_reporter_in_paragraph``): a body reporting in the quote's own sentence keeps a partial quote past a noun's
  "that" clause beyond the reported clause's reach;
- BANNER (``_banner_owner``): a slogan framed by "in the name of", "slogans such as" is the maker's when the name
  before the frame is a passive's agent or a possessive with a noun of creed ("Bo's nationalism"; not "Bo's critics",
  "Bo's plan");
- RELATIVE (``_titled_relative_subject``, ``_ADOPTED`` in ``_judged_relative``): a relative clause on the quote's
  noun may open past a title and take a verb of taking a policy up ("the “...” talks Prime Minister Bo has pursued").
"""

from __future__ import annotations

# ruff: noqa: E501
import pytest
from conftest import table
from test_extract_quotes import quotes
from test_quotes40 import accepted


def spoken(body: str) -> list[str | None]:
    """The speakers of the quotes of ``body``: the name, else the antecedent's words, else the speaker's words."""
    return [q["speaker_name"] or (q.get("antecedent") or {}).get("exact") or q["speaker_text"] for q in quotes(body)]


PLURAL = table(r"""body | want
Envoys of the three states will hold a “three-way” summit in Lisbon in June, the finance and labor ministries said on Tuesday. | the finance and labor ministries
Ken Dow will attend "two-plus-one" talks, the two governments said in a joint statement. | the two governments
""")
PLURAL_NEAR = table(r"""body | want
Al Roe, who spoke of "two-plus-one" talks between the ministries, said he was glad. | Al Roe
Al Roe will attend the "two-plus-one" talks, the ministry said. | the ministry
The Canadian and Japanese ministries said the talks were "useful." | Canadian and Japanese
""")
PROMOTED = table(r"""body | want
Japan’s oft-trumpeted “pivot to the south” has yet to win over Manila. | Japan
Few believe Japan’s much touted “turn to the south” will last. | Japan
""")
PROMOTED_NEAR = table(r"""body | want
Few believe that Tokyo’s much-criticized “turn to the south” can be paid for. | None
Critics mocked Tokyo’s much-hyped “turn to the south” as empty. | Critics
Few believe that Tokyo’s new “turn to the south” can be paid for. | Tokyo
Mayor Ines Ortega spoke on Monday.\n\nOrtega's newly promoted “deputy for roads” resigned on Friday. | None
""")
ADOPTED = table(r"""body | want
His talks beat the “quiet waiting” pursued by former Prime Minister Al Roe, which did nothing. | Al Roe
The “open door” approach practised under the presidency of Ines Ortega lasted until 2011. | Ines Ortega
""")
ADOPTED_NEAR = table(r"""body | want
His talks beat the “quiet waiting” mocked by former Prime Minister Al Roe, which did nothing. | None
The “quiet waiting” ended under Prime Minister Al Roe. | None
The “golden age” much touted by Senator Al Roe never came. | Al Roe
Mayor Ines Ortega spoke on Monday.\n\nThe “zero tolls” pledge favored by Ortega's predecessor was dropped. | None
""")
THAT = table(r"""body | want
Peru's trade ministry confirmed the dates on Monday.\n\nIn a statement, the ministry said its negotiators hold the belief that the bill Peru meets each year for the coastal patrol, the radar network and port upkeep should in any case stay below a “modest ceiling.” | Peru's trade ministry
""")
THAT_NEAR = table(r"""body | want
Japan’s foreign ministry said the round would run through Friday. Envoys from both sides agreed that their talks should be kept within a “fair range.” | Envoys from both sides
On Monday, the ministry said Tokyo will keep its share within a “fair range.” | the ministry
""")
BANNER = table(r"""body | want
Tariffs on rice adopted by the Japanese government in the name of “food sovereignty” hurt farmers. | Japanese government
Voters tired of Chancellor Ute Brandt’s fierce populism, voiced in slogans like “Our Money Stays Home.” | Ute Brandt
""")
BANNER_NEAR = table(r"""body | want
Many balk at the harsh policies of the Japanese government in the name of “Japan Above All.” | None
Many balk at what was done to Tokyo in the name of “Asia First.” | None
Under the banner of “Canada Above All,” President Al Roe cut aid. | Al Roe
Mayor Ines Ortega spoke on Monday.\n\nOrtega's rivals marched under the banner of “no new tolls.” | None
Mayor Ines Ortega spoke on Monday.\n\nA rally against Ortega's budget gathered under slogans like “Tolls are theft.” | None
""")
RELATIVE = table(r"""body | want
In an interview, Al Roe spoke about the “all-in-one” talks Canadian Prime Minister Jo Bell has pursued with Japan. | Jo Bell
The “unfair” deal Prime Minister Jo Bell has attacked stays. | Jo Bell
""")
RELATIVE_NEAR = table(r"""body | want
Al Roe spoke about the “all-in-one” talks Prime Minister Jo Bell attended. | Al Roe
Al Roe spoke about the “all-in-one” talks Prime Minister Jo Bell rejected. | Al Roe
Al Roe spoke about the “all-in-one” talks with Prime Minister Jo Bell. | Al Roe
""")

POINTED = table(r"""body | want
Some analysts pointed out that Al Roe is “a bluffer.” | Some analysts
As economists have pointed out, Mayor Ines Ortega's road plan is “a shell game.” | economists
""")
POINTED_NEAR = table(r"""body | want
Al Roe pointed to the map and called it “ours.” | Al Roe
Jo Bell pointed out the flaws. “It is a ploy,” she said. | Jo Bell
""")

FIXED = POINTED + PLURAL + PROMOTED + ADOPTED + THAT + BANNER + RELATIVE
NEAR = POINTED_NEAR + PLURAL_NEAR + PROMOTED_NEAR + ADOPTED_NEAR + THAT_NEAR + BANNER_NEAR + RELATIVE_NEAR


@pytest.mark.parametrize(("body", "want"), FIXED + NEAR)
def test_speak57_rows(body: str, want: str) -> None:
    got = spoken(body)
    assert accepted(got, want), got
