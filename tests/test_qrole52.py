"""Quote speakers given by a role in lower case ("the spokesman said", "the official added", "the envoy noted", "the
Korean minister said") that the article had named earlier with that role (issue 9, qrole52): the lead's counts of
tool labels on held-out text (no text read) showed a lower-case role as the commonest wrong speaker of the
``descriptor`` and ``pronoun`` rules, and the Conventions (tests/corpus/README.md, ``quotes``) do not accept a role
when the text names the person. The resolution itself (``quotes._Context._office_holder``: the nearest person named
before with the role's head, by title, appositive, role or gazetteer role; two holders of one paragraph leave the role,
desc72) was already there; these rows mend the shapes of my own wording it still missed, each a general reading rule,
with near misses that must stay as they are. Made-up people (Tala Venn, Oren Kask, Ida Lam), real bodies; no held-out
text was read. Rows: ROWS below (a lead paragraph, then the quote with its role; the speakers accepted, "/"
between them). Every table's first rows failed on the base commit fea52c11 except OWNER_APPOSED 3 and KOREAN 2,
kept as the same shapes already read; the _NEAR tables are near misses that read the same before and after.

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

from conftest import rows_test, table
from test_qfix37 import check_qfix37_speakers

# table | the lead paragraph | the role (after "the") | its verb | the speakers accepted ("ROLE": the role
# itself, as the text gives it); the quote is the next paragraph
ROWS = """table | lead | role | verb | speakers
OWNER_APPOSED | Tala Venn, the State Department's spokeswoman, spoke. | spokeswoman | said | Tala Venn
OWNER_APPOSED | Oren Kask, Cheong Wa Dae's spokesman, spoke. | spokesman | said | Oren Kask
OWNER_APPOSED | Oren Kask, the Foreign Ministry's deputy spokesman, spoke. | spokesman | said | Oren Kask
OWNER_APPOSED_NEAR | Tala Venn met the State Department's spokeswoman. | spokeswoman | said | ROLE
SPOKES_OFFICIAL | Tala Venn, a State Department spokeswoman, spoke. | official | said | Tala Venn
SPOKES_OFFICIAL | Oren Kask, a Pentagon spokesman, spoke. | official | added | Oren Kask
SPOKES_OFFICIAL_NEAR | Defense Minister Tala Venn met U.S. envoy Oren Kask. | official | said | ROLE
COMPOUND | Oren Kask, the Pentagon's press secretary, spoke. | spokesman | said | Oren Kask
COMPOUND | White House press secretary Tala Venn spoke. | spokeswoman | said | Tala Venn
COMPOUND | Oren Kask, the U.S. special representative for North Korea, arrived. | envoy | said | Oren Kask
COMPOUND | Ida Lam, Norland's special representative for peace affairs, arrived. | envoy | noted | Ida Lam
COMPOUND_NEAR | Secretary of State Oren Kask spoke. | spokesman | said | ROLE
COMPOUND_NEAR | Rep. Oren Kask, a Democrat from Ohio, spoke. | envoy | said | ROLE
KOREAN | Kang Kyung-wha met U.S. officials. | Korean minister | said | Kang Kyung-wha
KOREAN | Jeong Eun-bo, Seoul's negotiator, met his counterpart Donna Welton. | Korean negotiator | said | Jeong Eun-bo
KOREAN | Kang Kyung-wha, the foreign minister, spoke. | Korean foreign minister | said | Kang Kyung-wha
KOREAN_NEAR | Pentagon spokesman Oren Kask spoke. | Navy spokesman | said | ROLE
KOREAN_NEAR | Secretary of State Oren Kask spoke. | Korean minister | said | ROLE
HOLDER_NAME | Oren Kask, the Pentagon's press secretary, spoke. | Pentagon's top spokesman | said | Oren Kask
HOLDER_NAME | Tala Venn, the Pentagon's spokeswoman, spoke. | Pentagon's chief spokeswoman | said | Tala Venn
HOLDER_NAME_NEAR | Defense Minister Oren Kask spoke. | Pentagon's top spokesman | said | ROLE
CHAIR | House Armed Services Committee Chairman Oren Kask spoke. | chairman | said | Oren Kask
CHAIR | Tala Venn, chairwoman of the House Armed Services Committee, spoke. | chairwoman | said | Tala Venn
CHAIR | Tala Venn, the committee's chairwoman, spoke. | chairwoman | said | Tala Venn
CHAIR_NEAR | Foreign Minister Oren Kask spoke. | chairman | said | ROLE
PARTY | Sen. Bill Hagerty, a Republican of Tennessee, spoke. | GOP senator | said | Bill Hagerty
PARTY | Sen. Oren Kask, a Democrat of Ohio, spoke. | Republican senator | said | ROLE
PARTY_NEAR | Sen. Oren Kask, a Democrat of Ohio, spoke. | GOP senator | said | ROLE
PARTY_NEAR | Sen. Oren Kask, a Democrat of Ohio, spoke. | Democratic senator | said | Oren Kask
"""


def tables() -> dict[str, list[tuple[str, ...]]]:
    """Return the rows of ROWS by table, each as check_qfix37_speakers takes it: (publication day, headline, body,
    the quote's words, the speakers accepted).

    >>> tables()["CHAIR_NEAR"][0][2].splitlines()[-1]
    '"We will pay a fair share," the chairman said.'
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, lead, role, verb, speakers in table(ROWS):
        body = f'{lead}\n\n"We will pay a fair share," the {role} {verb}.'
        speakers = f"the {role}/{role}" if speakers == "ROLE" else speakers
        out.setdefault(name, []).append(("2020-03-02", "Cost talks", body, "fair share", speakers))
    return out


test_qrole52_speakers = rows_test(check_qfix37_speakers, **tables())
