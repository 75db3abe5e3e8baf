"""Speaker rules of helper fix51s (session 51): possessive outlets and a role taken up after a claim about another.

Rows of tests/cases/test_fix51s.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up people
Jo Bell, Al Roe, Ned Corr, Bo Tamsin; outlets and bodies of Tamsk and Hanul). ``want``: the names accepted ("/"
between them), "None" for nobody.

- POSSESSED: "Tamsk's Uribora website said", "Hanul's state broadcaster Kavo TV said", "Seoul's Yonhap news agency
  reported": the outlet named after a capitalised owner's possessive speaks, by its name, when a medium noun follows
  or precedes the name or a newspaper's last word ends it (quotes._outlet_possessed); "Tamsk's main newspaper, the
  Korvo Daily, said": the outlet its appositive names (quotes._outlet_after_owned); a later "the agency" names it
  too (quotes._earlier_or_own). Controls: a person noun or title after the possessive, a body, a possessive of
  another clause, an outlet quoting its source, an appositive naming no outlet, no capitalised outlet's name; and
  (mend51s, a review's probes) the owner's possessive opening no clause ("An editor at Tamsk's Korvo Daily said",
  "Jo Bell of Tamsk's Korvo news agency said"), a person's title before a name ending in a newspaper's word
  ("Hanul's ambassador Harry Post said").
- TOLD: "A Hanul diplomat said Jo Bell had rejected the plan. “...,” the diplomat said": the role goes back to the
  unnamed holder whose verb of saying or denying stands right before the name, not to the name inside what the
  holder said (quote_fallback._told_by_unnamed). Controls: "official" (held-only, right on main), the name holding
  the office by appositive or title, "met" instead of a verb of saying, another office's noun, the name's
  appositive holding the office ("A Tamsk envoy said Jo Bell, the chief envoy, had walked out": mend51s).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix51s_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix51s_speakers = rows_test(check_fix51s_speaker, **case_tables("test_fix51s"))
