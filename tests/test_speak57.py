"""Quote speakers from dev's remaining misses, fixed by class (speak57, issue #9): rows of my own wording (made-up
people, other numbers and names; none read from the corpus) that main got wrong, and near misses that stay as on
main.

Classes fixed (each a rule of :mod:`analysis.extract.quotes`):

- POINTED (``_VERBS``): "pointed out" (only with "out") is a verb of saying: "Analysts pointed out that Bo is “...”"
  is the analysts' word, not the reported clause's subject's;
- PLURAL (``_plural_bodies`` in ``_org_reference``): a plural body after a quote's clause ("..., the foreign and
  trade ministries said") speaks as one phrase, not the clause's subject;
- PROMOTED (``_promoted`` in ``_possessor``): a possessive before a participle of promoting ("Lima's oft-vaunted
  “...”") owns the quote; "promoted" only after "much-", "oft-" (bare, it is also a job's: "newly promoted");
- ADOPTED (``_ADOPTED``, ``_adopted_under`` in ``_touted_by``): a policy's quoted name is its holder's when a
  participle of taking it up names the agent ("embraced by ...", "practised under the cabinet of ..."), not a
  possessive ("by Bo's predecessor": another is the agent);
- THAT (``_reporter_in_paragraph``): a body reporting in the quote's own sentence keeps a partial quote past a noun's
  "that" clause beyond the reported clause's reach;
- BANNER (``_banner_owner``): a slogan framed by "in the name of", "slogans such as" is the maker's when the name
  before the frame is a passive's agent or a possessive with a noun of creed ("Bo's dogma"; not "Bo's critics",
  "Bo's plan");
- RELATIVE (``_titled_relative_subject``, ``_ADOPTED`` in ``_judged_relative``): a relative clause on the quote's
  noun may open past a title and take a verb of taking a policy up ("the “...” approach Governor Bo adopted").
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
A “fast lane” for cargo at the border crossing is ready, the customs and transport agencies announced. | customs and transport agencies
Ken Dow will attend "two-plus-one" talks, the two governments said in a joint statement. | the two governments
""")
PLURAL_NEAR = table(r"""body | want
Al Roe, who spoke of "two-plus-one" talks between the ministries, said he was glad. | Al Roe
Al Roe will attend the "two-plus-one" talks, the ministry said. | the ministry
""")
PROMOTED = table(r"""body | want
Beijing’s oft-trumpeted “march to the west” drew scant investment last year. | Beijing
Will Beijing’s much touted “march to the west” survive the slump? | Beijing
""")
PROMOTED_NEAR = table(r"""body | want
Investors shrugged at Beijing’s much-criticized “march to the west” as a stunt. | None
Investors mocked Beijing’s much-hyped “march to the west” as a stunt. | None
Investors doubt that Beijing’s new “march to the west” can last. | Beijing
Mayor Ines Ortega spoke on Monday.\n\nOrtega's newly promoted “deputy for roads” resigned on Friday. | None
""")
ADOPTED = table(r"""body | want
Farm exports grew under the “open fields” policy embraced by former Governor Ada Kell, a rancher. | Ada Kell
The “open door” approach practised under the presidency of Ines Ortega lasted until 2011. | Ines Ortega
""")
ADOPTED_NEAR = table(r"""body | want
Farm exports grew under the “open fields” policy mocked by former Governor Ada Kell, a rancher. | None
The “quiet waiting” ended under Prime Minister Al Roe. | None
The “golden age” much touted by Senator Al Roe never came. | Al Roe
Mayor Ines Ortega spoke on Monday.\n\nThe “zero tolls” pledge favored by Ortega's predecessor was dropped. | None
""")
THAT = table(r"""body | want
Chile's energy bureau posted its tariff table on Sunday.\n\nAsked about tariffs, the bureau said its staff keep the position that the levy Chile charges each household for meters, cables, poles, transformers and night repairs in remote valleys ought in any case to stay near a “sane figure.” | Chile's energy bureau
""")
THAT_NEAR = table(r"""body | want
Chile's energy bureau posted its tariff table on Sunday. Officials from the north agreed that fees ought to stay near a “sane figure.” | Officials from the north/None
In a briefing, the bureau stated that Chile will hold its fees near a “sane figure.” | the bureau
""")
BANNER = table(r"""body | want
The curfew imposed by Ada Kell in the name of “public order” emptied the bars. | Ada Kell
Mayor Lin Park’s dogma, printed on slogans such as “Roads Before Rails,” split the council. | Lin Park
""")
BANNER_NEAR = table(r"""body | want
Many balk at the harsh policies of the Japanese government in the name of “Japan Above All.” | None
Many balk at what was done to Tokyo in the name of “Asia First.” | None
Under the banner of “Canada Above All,” President Al Roe cut aid. | Al Roe
Mayor Ines Ortega spoke on Monday.\n\nOrtega's rivals marched under the banner of “no new tolls.” | None
Mayor Ines Ortega spoke on Monday.\n\nA rally against Ortega's budget gathered under slogans like “Tolls are theft.” | None
""")
RELATIVE = table(r"""body | want
Critics now question the “slow lane” approach Governor Ada Kell adopted last year. | Ada Kell
The “unfair” deal Prime Minister Jo Bell has attacked stays. | Jo Bell
""")
RELATIVE_NEAR = table(r"""body | want
Critics now question the “slow lane” approach Governor Ada Kell inherited last year. | None
Critics now question the “slow lane” approach Governor Ada Kell scrapped last year. | None
Critics now question the “slow lane” approach of Governor Ada Kell. | None
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
