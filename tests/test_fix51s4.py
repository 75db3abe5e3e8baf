"""Speaker rules of helper fix51s4 (session 51, issue 9: every quote tied to its speaker), from a read-only hunt.

Rows of tests/cases/test_fix51s4.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up
outlets Kyodo Wire, the Lotus Herald, the Harbour Courier; made-up people). ``want``: the names accepted ("/" between
them), "None" for nobody.

- OWNED_BODY: a body that opens its sentence, then an appositive of a place's possessive and a body's noun phrase,
  then the verb ("The agency, Tokyo's main office for the tariff talks, said") speaks, and a later sentence-opening
  "It" is that body, never the place inside the aside (quotes._owned_body_subject, quotes._owned_body_org; controls:
  a person's appositive, an aside naming a person, a possessive subject with no appositive, a list).
- HER_ASIDE: a "her"/"his" of a relative clause set off by commas right after a name, or of the main clause right
  after it ("Vera Lindqvist, who heads the Baltic Fisheries Board, met her counterpart"), gives that name's gender,
  also where a paragraph's topic is checked (quotes._gender_past_aside, quotes._gender_fits; controls: "her" after
  another name in the clause, an object "her", no cue, a gender learned in the same paragraph). The row "Kit Arden met
  Sam Ferro ... She said ... ¶ He said" (across a paragraph break the last speaker came back though an earlier "She"
  gave them a gender) was left open here as a strict xfail; fix51s7 fixed it (quote_fallback._Context.gender_allows)
  and cleared its xfail: it now passes as a plain row.
- Mended after review51s4: HER_ASIDE_MEND_CTRL holds the review's changed-for-worse shapes in new wording, controls
  that keep main's answer (a title, "the <Name> government", a body's chief or a role in or after the clause, a
  "her" that a person named in the sentence before may own, a name that is not its sentence's subject, a sentence
  end after the last speaker's name); HER_ASIDE_MEND: a "her" of the clause's own words after a body's name;
  OWNED_BODY_MEND: "The agency, Tokyo's lead office, said" after a sentence about a body of another country is that
  agency, not the earlier body (main gave nobody).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix51s4_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix51s4_speakers = rows_test(check_fix51s4_speaker, **case_tables("test_fix51s4"))
