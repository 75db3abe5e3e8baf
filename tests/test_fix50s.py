"""Speaker rules of helper fix50s (session 50), from a read-only hunt over realistic wire copy.

Rows of tests/cases/test_fix50s.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up people
Jo Bell, Al Roe, Ned Corr, Tam Oru, Bo Tamsin; outlets and bodies of Tamsk and Hanul). ``want``: the names accepted
("/" between them), "None" for nobody.

- OUTLET: "The <Outlet>, <appositive ending on an outlet's noun>, said" gives the outlet, not its description, and a
  later "it said" goes on with it (quotes._outlet_apposed; controls: no appositive, no "The", a person's appositive,
  an appositive that ends on no outlet noun).
- THINKTANK: "Jo Bell of the Center for Peace and Maritime Studies said": the plural field noun after "and" is no
  person's surname (names._NOT_NAME; controls: no "and", between commas, no plural field noun).
- ACCORDING: "The ministry, according to a statement released Sunday, urged" gives the subject, the document being
  how it spoke (quotes._aside_document_subject; controls: "said, according to Yonhap,", "in a statement", a subject
  that is no speaker, no aside).
- APPOSED: "Jo Bell, an aide to Sen. Al Roe, spoke Monday. / “...,” she said" gives the sentence's head, not the name
  inside its appositive (quotes._apposed_head; controls: the head's title or the appositive's gendered first noun,
  "a spokeswoman for", rules the pronoun out (mend50s4), the head not opening the sentence, the name being the
  appositive itself, the same sentence).
- BODYMOD: "The defense ministry called it" after "The foreign ministry said" names the defense ministry: a body
  phrase whose portfolio modifier ("defense", "finance") shares no word with the earlier phrase is not that earlier
  body (quotes._own_modifiers; controls: a bare "the ministry", the same modifier, and (mend50s4, review50s4) "the
  same", "the powerful", "the embattled", "the foreign affairs" ministry).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix50s_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix50s_speakers = rows_test(check_fix50s_speaker, **case_tables("test_fix50s"))
