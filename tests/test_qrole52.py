"""Quote speakers given by a role in lower case ("the spokesman said", "the official added", "the envoy noted", "the
Korean minister said") that the article had named earlier with that role (issue 9, qrole52): the lead's counts of
tool labels on held-out text (no text read) showed a lower-case role as the commonest wrong speaker of the
``descriptor`` and ``pronoun`` rules, and the Conventions (tests/corpus/README.md, ``quotes``) do not accept a role
when the text names the person. The resolution itself (``quotes._Context._office_holder``: the nearest person named
before with the role's head, by title, appositive, role or gazetteer role; two holders of one paragraph leave the role,
desc72) was already there; these rows mend the shapes of my own wording it still missed, each a general reading rule,
with near misses that must stay as they are. Made-up people (Tala Venn, Oren Kask, Ida Lam), real bodies; no held-out
text was read. A row: (publication day, headline, body, the quote's words, the speakers accepted, "/" between them).

- OWNER_APPOSED: "Tala Venn, the State Department's spokeswoman," / "Oren Kask, Cheong Wa Dae's spokesman,": an
  appositive whose owner is a body of several capitalised words was read as a new, unnamed spokesperson told after
  the name (``quotes._unnamed_office``), which blocked the name (``_Context._unless_unnamed``); and the appositive
  gave no office when the owner's possessive was not its first word (``quotes._office_after``). Now the owner's words
  after the comma (and an article) are the name's appositive (``quotes._owner_apposed`` in ``_named_office``).
  Near miss kept: a spokesperson met by the named person ("Tala Venn met the State Department's spokeswoman").
- SPOKES_OFFICIAL: "the official" after "Tala Venn, a State Department spokeswoman": a spokesperson is an official
  (``_OFFICIALS``), but the rule that a spokesperson does not speak as the office they serve ("the defense chief",
  qfix42) also kept them from "the official". Near miss kept: two officials named ("the official" fits neither).
- COMPOUND: a press secretary is "the spokesman"/"the spokeswoman", a special representative "the envoy" (two-word
  offices, ``quotes._compound_offices`` in ``quotes._holds``). Near misses kept: a secretary of state is no spokesman,
  a representative in Congress no envoy.
- KOREAN: "the Korean minister", "the Korean negotiator": "Korean" (a nationality of either Korea) was read as a body
  the holder must serve (``quotes._bodies``), so no one whose role names a body (the gazetteer's "Minister of Foreign
  Affairs") held it (``quotes._no_body_word``); real people here, as only the gazetteer gives such roles. Near miss
  kept: a body the holder does not serve ("the Navy spokesman" for a Pentagon spokesman).
- HOLDER_NAME: "the Pentagon's top spokesman said": the possessive phrase's words were kept as the speaker's name
  though the role resolved to the named spokesman (``quotes._holder_named``). Near miss kept: no spokesman named.
- CHAIR: "the chairman"/"the chairwoman" point back as the other offices do (``quotes._BACK_NOUNS``). Near miss kept:
  no chair named (a minister is no chairman).

- PARTY: "the GOP senator": "GOP" is a party, no body (``quotes._PARTY_WORDS``); and a party modifier must fit the
  holder's party where the text gives one (``quotes._other_party`` in ``_definite_holder`` and ``_grade_for``): "the
  Republican senator" after only a Democrat stays the role (it went to the Democrat). Near misses: "the GOP senator"
  after a Democrat stays the role, "the Democratic senator" is the Democrat.

Tried and dropped: the nearer of two holders of one paragraph told in different sentences ("Foreign Minister A
spoke. Then Defense Minister B arrived. ... the minister said": B) — tests/test_desc72.py MINISTER row 3 labels it
"either" by the Conventions (a wrong name is worse than none), so the role stays; holders in different paragraphs
already go to the nearer.
"""

from __future__ import annotations

from conftest import rows_test
from test_qfix37 import check_qfix37_speakers

P = "\n\n"
D = "2020-03-02"
H = "Cost talks"
Q = '"We will pay a fair share," the {} said.'

OWNER_APPOSED = [
    (D, H, "Tala Venn, the State Department's spokeswoman, spoke on Monday." + P + Q.format("spokeswoman"),
     "fair share", "Tala Venn"),
    (D, H, "Oren Kask, Cheong Wa Dae's spokesman, met reporters on Monday." + P + Q.format("spokesman"),
     "fair share", "Oren Kask"),
    (D, H, "Oren Kask, the Foreign Ministry's deputy spokesman, met reporters." + P + Q.format("spokesman"),
     "fair share", "Oren Kask"),
]
OWNER_APPOSED_NEAR = [
    (D, H, "Tala Venn met the State Department's spokeswoman on Monday." + P + Q.format("spokeswoman"),
     "fair share", "the spokeswoman/spokeswoman"),
]
SPOKES_OFFICIAL = [
    (D, H, "Tala Venn, a State Department spokeswoman, spoke on Monday." + P + Q.format("official"),
     "fair share", "Tala Venn"),
    (D, H, "Oren Kask, a Pentagon spokesman, spoke on Monday." + P + '"We will pay a fair share," the official added.',
     "fair share", "Oren Kask"),
]
SPOKES_OFFICIAL_NEAR = [
    (D, H, "Defense Minister Tala Venn met U.S. envoy Oren Kask on Monday." + P + Q.format("official"),
     "fair share", "the official/official"),
]
COMPOUND = [
    (D, H, "Oren Kask, the Pentagon's press secretary, spoke on Monday." + P + Q.format("spokesman"),
     "fair share", "Oren Kask"),
    (D, H, "White House press secretary Tala Venn spoke on Monday." + P + Q.format("spokeswoman"),
     "fair share", "Tala Venn"),
    (D, H, "Oren Kask, the U.S. special representative for North Korea, arrived." + P + Q.format("envoy"),
     "fair share", "Oren Kask"),
    (D, H, "Ida Lam, Norland's special representative for peace affairs, arrived." + P
     + '"We will pay a fair share," the envoy noted.', "fair share", "Ida Lam"),
]
COMPOUND_NEAR = [
    (D, H, "Secretary of State Oren Kask spoke on Monday." + P + Q.format("spokesman"),
     "fair share", "the spokesman/spokesman"),
    (D, H, "Rep. Oren Kask, a Democrat from Ohio, spoke on Monday." + P + Q.format("envoy"),
     "fair share", "the envoy/envoy"),
]
KOREAN = [  # real people, whose gazetteer roles name their ministries ("Ministry of Foreign Affairs")
    (D, H, "Kang Kyung-wha met U.S. officials on Monday." + P + Q.format("Korean minister"),
     "fair share", "Kang Kyung-wha"),
    (D, H, "Jeong Eun-bo, Seoul's chief negotiator, met his U.S. counterpart Donna Welton on Monday." + P
     + Q.format("Korean negotiator"), "fair share", "Jeong Eun-bo"),
    (D, H, "Kang Kyung-wha, the foreign minister, spoke." + P + Q.format("Korean foreign minister"), "fair share",
     "Kang Kyung-wha"),
]
KOREAN_NEAR = [
    (D, H, "Pentagon spokesman Oren Kask spoke on Monday." + P + Q.format("Navy spokesman"),
     "fair share", "the Navy spokesman/Navy spokesman"),
    (D, H, "Secretary of State Oren Kask spoke on Monday." + P + Q.format("Korean minister"),
     "fair share", "the Korean minister/Korean minister"),
]
HOLDER_NAME = [
    (D, H, "Oren Kask, the Pentagon's press secretary, spoke." + P + Q.format("Pentagon's top spokesman"),
     "fair share", "Oren Kask"),
    (D, H, "Tala Venn, the Pentagon's spokeswoman, spoke." + P + Q.format("Pentagon's chief spokeswoman"),
     "fair share", "Tala Venn"),
]
HOLDER_NAME_NEAR = [
    (D, H, "Defense Minister Oren Kask spoke." + P + Q.format("Pentagon's top spokesman"),
     "fair share", "the Pentagon's top spokesman/Pentagon's top spokesman/Pentagon"),
]
CHAIR = [
    (D, H, "House Armed Services Committee Chairman Oren Kask met reporters." + P + Q.format("chairman"),
     "fair share", "Oren Kask"),
    (D, H, "Tala Venn, chairwoman of the House Armed Services Committee, met reporters." + P
     + Q.format("chairwoman"), "fair share", "Tala Venn"),
    (D, H, "Tala Venn, the committee's chairwoman, met reporters." + P + Q.format("chairwoman"), "fair share",
     "Tala Venn"),
]
CHAIR_NEAR = [
    (D, H, "Foreign Minister Oren Kask met reporters." + P + Q.format("chairman"), "fair share",
     "the chairman/chairman"),
]

PARTY = [
    (D, H, "Sen. Bill Hagerty, a Republican of Tennessee, met reporters on Monday." + P + Q.format("GOP senator"),
     "fair share", "Bill Hagerty"),
    (D, H, "Sen. Oren Kask, a Democrat of Ohio, met reporters on Monday." + P + Q.format("Republican senator"),
     "fair share", "the Republican senator/Republican senator"),
]
PARTY_NEAR = [
    (D, H, "Sen. Oren Kask, a Democrat of Ohio, met reporters on Monday." + P + Q.format("GOP senator"),
     "fair share", "the GOP senator/GOP senator"),
    (D, H, "Sen. Oren Kask, a Democrat of Ohio, met reporters on Monday." + P + Q.format("Democratic senator"),
     "fair share", "Oren Kask"),
]

test_qrole52_speakers = rows_test(
    check_qfix37_speakers, OWNER_APPOSED=OWNER_APPOSED, OWNER_APPOSED_NEAR=OWNER_APPOSED_NEAR,
    SPOKES_OFFICIAL=SPOKES_OFFICIAL, SPOKES_OFFICIAL_NEAR=SPOKES_OFFICIAL_NEAR, COMPOUND=COMPOUND,
    COMPOUND_NEAR=COMPOUND_NEAR, KOREAN=KOREAN, KOREAN_NEAR=KOREAN_NEAR, HOLDER_NAME=HOLDER_NAME,
    HOLDER_NAME_NEAR=HOLDER_NAME_NEAR, CHAIR=CHAIR, CHAIR_NEAR=CHAIR_NEAR, PARTY=PARTY,
    PARTY_NEAR=PARTY_NEAR,
)
