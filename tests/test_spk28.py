"""Quote speakers and people on wordings the eighty held-out articles moved to dev (spk28) were missed on: each
class diagnosed from the miss, then rows of my own (made-up people Oskel Tamm, Lida Marsh, Bo Rin; the places Torvia
and Hanul), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with
controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_spk28.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a note says what the row shows). Tables:

- QUOTED_TITLED: "<outlet> quoted <Title> <name> as saying": the name after its capitalised title speaks, not the
  outlet; controls: lower-case words between the verb and the name; title-case words that are no title ("Sources
  Close To", "Officials Of", no title right before the name); "as denying it" (review96);
- REPORT_PLURAL: "Bo's demands (threats, pledges ...) that X “...”": a plural speech noun after its owner's
  possessive, as the singular; controls: the singular, no owner, a relative "that" (never the party that rejects);
- CLOSING_TAG_KIND: a later quote of a sentence that closes ", local news service <Outlet> reported": the outlet,
  past the lower-case words of its kind, not the earlier quote's owner relayed after a possessive; controls: the
  earlier quote; an earlier speaker who is the sentence's subject and says it, or opens it "according to"
  (review96): the later quote continues that speaker.

People, a row of tests/cases/test_spk28_people.csv: (text, the mention, the person it names), checked by
test_fresh90q.check_fresh90q_people. Table CAPS_ALIKE: a caption's capitals of a gazetteer person's name ("KIM
JONG-UN") are that person again, so a lone surname after both is not ambiguous; controls: a caption of another Kim;
another Kim in the text beside the caption (two people), the caption alone (its person; review96).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test
from test_fresh90q import check_fresh90q_people

# rows: tests/cases/test_spk28.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_spk28_speakers = rows_test(assert_speaker, **case_tables("test_spk28"))

# rows: tests/cases/test_spk28_people.csv (table, text, mention, name, note)
test_spk28_people = rows_test(check_fresh90q_people, **case_tables("test_spk28_people"))
