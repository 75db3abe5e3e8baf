"""Two probe stories of my own (quotes45, thirteenth session), on subjects next to the cost-sharing talks, written and
labelled before the tool ran on them. Made-up people, bodies and figures. Each ``<NAME>_WANT`` lists (a snippet of
a quote's words, the names accepted for its speaker joined by "/", "None" for nobody's words).

- JAPAN_COLUMN: a column on Japan's host-nation support that lists a leader's sayings as block quotes credited by a
  line under each, a slogan protesters chanted, a group's statement and a scare-quoted label;
- TARIFF_ROW: a wire story on a tariff row between two allies with roles for speakers (an unnamed official, a
  spokeswoman for a ministry, a coalition of business groups, a member of a negotiating team, "the official" after
  an official, a newspaper citing a source), a single-quoted amount and a title credited to its broadcaster.
"""

# ruff: noqa: E501
JAPAN_COLUMN = """Japan's host-nation support, in his own words

By A. Columnist
March 3, 2025

Prime Minister Aro Tamsin has spoken often about what Japan pays for the U.S. troops it hosts.

“Japan pays more than any ally. We pay and we pay on time. Nobody asks about that.”

— Prime Minister Aro Tamsin, at a news conference in Tokyo, Jan. 9, 2025

“We will not be told what to pay. We decide that in the Diet.”

— Tamsin, in a speech to lawmakers, Feb. 2, 2025

Some 300 protesters marched to the prime minister's office on Sunday, chanting "Not one more yen".

The Kanto Peace Coalition issued a statement calling the support budget "a blank check."

Officials in Tokyo privately call the U.S. request a "wish list" rather than a demand.
"""

JAPAN_COLUMN_WANT = [
    ("Japan pays more than any ally", "Aro Tamsin/Tamsin/Prime Minister Aro Tamsin"),
    ("We will not be told what to pay", "Aro Tamsin/Tamsin/Prime Minister Aro Tamsin"),
    ("Not one more yen", "Some 300 protesters/300 protesters/protesters"),
    ("a blank check.", "Kanto Peace Coalition/The Kanto Peace Coalition"),
    ("wish list", "Officials in Tokyo/officials"),
]

TARIFF_ROW = """Allies trade barbs over steel tariffs

By B. Reporter
June 12, 2025

SEOUL, June 12 -- A senior trade official in Seoul said on Thursday the proposed tariffs were "out of proportion" to the trade gap.

"We will answer in kind if we must," the official said, asking not to be named because the talks are private.

A spokeswoman for the Commerce Ministry said the two sides would meet again "within weeks."

A member of the negotiating team said the gap was "still wide" after two rounds.

A coalition of business groups said the tariffs would cost exporters '$2 billion a year' and urged a quick deal.

The Hanul Daily reported, citing a government source, that Seoul had offered to "cap steel exports" at current levels.

Trade Minister Dara Kest told the broadcaster's "Morning Forum" program that she expected "a fair outcome."
"""

TARIFF_ROW_WANT = [
    ("out of proportion", "a senior trade official in Seoul/senior trade official in Seoul/a senior trade official/"
                          "senior trade official"),
    ("We will answer in kind", "a senior trade official in Seoul/senior trade official in Seoul/a senior trade "
                               "official/senior trade official/the official/official"),
    ("within weeks.", "A spokeswoman for the Commerce Ministry/spokeswoman for the Commerce Ministry/a spokeswoman/"
                      "spokeswoman/Commerce Ministry/the Commerce Ministry"),
    ("still wide", "A member of the negotiating team/member of the negotiating team"),
    ("$2 billion a year", "A coalition of business groups/coalition of business groups"),
    ("cap steel exports", "a government source/government source/The Hanul Daily/Hanul Daily"),
    ("Morning Forum", "the broadcaster/broadcaster"),  # a title is credited to its maker (corpus convention)
    ("a fair outcome.", "Dara Kest/Kest/Trade Minister Dara Kest"),
]
