"""Quote speakers, third round on the eighty held-out articles moved to dev (spk28c, after spk28 and spk28b): each
class diagnosed from a dev miss, then rows of my own (made-up people Jo Bell, Al Roe; the place Tamsk, the outlet or
office Hanul), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with
controls the rules must not fire on. None read from the held-out corpus.

A row of tests/cases/test_spk28c.csv: (body, the quote's words, the speakers accepted: "/" between names, "None"
for nobody; a note says what the row shows), checked by conftest.assert_speaker. Table ROLE_RELAYED: a partial
quote inside the reported speech of the named person who opens its sentence ("Bo told Al that ... “fair” ...")
which an unnamed source after it relays (", an official said") is that person's (quotes._relayed_by_role);
controls: a second verb of saying between, a name that is no subject of a verb of saying, a full quote. Table
REMARK_MAKER: a role's quote ("“...,” the commander said") whose next sentence opens with a (titled) name who "made
the comment/remarks" is that person's (quotes._remark_maker); controls: "made" of no remark, a sentence between, a
named speaker, a lower-case word before the name. Table LY_LABEL (review101 finding 1): "only"/"early" before a
repeated so-called label is no adverb between the verb and the quote (quotes._LY_NOT_ADVERBS); controls: a manner
adverb, "a". Table CITED_HAVING (review101 finding 3): "quoted <Title> <name> as having said / as stressing" gives
the name (quotes._CITED_SAID, _CITED_SPEAKING); controls: "as having denied", "as denying".

review106 added controls, each a near miss the first version got wrong: ROLE_RELAYED, a clause break between the
verb and the quote (", and", ", but", "yet", "though", "amid", a semicolon, a dash) and "spoke with/to" (no
"of/about"); REMARK_MAKER, a maker already named as an earlier quote's speaker, a title that fits another office
("Sen." for "the commander"), the tag before the quote ("said U.S. Gen. ..."), "made the prediction that" and "made
those remarks public"; LY_LABEL, "demanded only"/"proposed early" (the -ly word skipped after a demand verb);
CITED_HAVING, "as pointing to" (only "pointing out" speaks).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test

# rows: tests/cases/test_spk28c.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_spk28c_speakers = rows_test(assert_speaker, **case_tables("test_spk28c"))
