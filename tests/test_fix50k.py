"""Speaker rules of helper fix50k (session 50), from a read-only hunt (hunt50s causes H and G).

Rows of tests/cases/test_fix50k.csv (columns text, item, want; the note says whether a row is a finding, failing on
main before this round, or a near-miss control that keeps main's answer). Every sentence is invented (made-up people
Jo Bell, Al Roe, Ned Corr; bodies of Tamsk and Hanul). ``want``: the names accepted ("/" between them).

- NESTED: a quote inside "<Person> <speech verb> that ..." that a body reports ("..., the city office said", "The
  ministry said ...") is the person's (quote_fallback._nested_reporter; controls: no verb of saying of a person, the
  inner speaker a body, another verb of saying after the person's, a person relaying, "said that week", a "What ...
  said" subject). The "thanked X for his “...”" part was removed after review50k: its row is a strict xfail and the
  thanked person's own words are controls.
- ROLE: "the negotiator" goes to the person introduced with the role's own noun ("chief negotiator Jo Bell") over a
  nearer person holding only a like office ("a former trade envoy") (quote_fallback._worded_holder; controls: no
  second person, the nearer person with the same noun, the nearer person's own role, the nearer person having just
  spoken the quote before).
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test


def check_fix50k_speaker(text: str, words: str, speakers: str) -> None:
    assert_speaker(text, words, speakers)


test_fix50k_speakers = rows_test(check_fix50k_speaker, **case_tables("test_fix50k"))
