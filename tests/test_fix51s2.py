"""Speaker rules of helper fix51s2 (session 51, issue 9), from a read-only hunt (hunt51s).

Rows of tests/cases/test_fix51s2.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up
officials Lena Varga, Oh Tae-min, Ivo Marsh, Dana Pike, Yun Ga-ram; made-up firms and schools). ``want``: the names
accepted ("/" between them), "None" for nobody.

- ENDED: a quote that is a whole sentence, right after a quote closed by a comma and its tag ("“...,” Lena Varga
  said at a briefing."), then "Oh said the request was ..." (a subject and a finite verb after "said"): Oh's
  sentence tells its own words, the quote goes on the tagged speaker's (quotes._said_clause_after_tagged; controls:
  "Oh said.", "Oh said on Tuesday.", "Oh said Tuesday.", "Oh said as he left", "Oh said, adding", "Oh said:", no
  tagged quote before, the verb before the quote before, the tagged quote a paragraph up).
- APPOS: an abbreviation ending a body's name ("Corp.", "Inc.", "Co.", "Ltd.", "Univ.", "Dept.", "Assn.", "Bros.")
  then a comma or a lower-case word is no sentence end, so "“...,” Ivo Marsh, an analyst at the Hollin Corp., said"
  is Ivo Marsh's (quotes._firm_abbreviation; controls: a capital after it, the inverted tag, no abbreviation).
- TOLDBY: "Ivo Marsh was told by Yun Ga-ram that the plan was “...”": the teller's words (quotes._told_by_that;
  controls: "told by reporters", "said he was told by", active "told", a speech verb inside the clause, no "that").
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix51s2_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix51s2_speakers = rows_test(check_fix51s2_speaker, **case_tables("test_fix51s2"))
