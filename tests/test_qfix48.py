"""Quote speakers of the classes the held-out "none" and descriptor misses fall in (session 40, issue 9), in my own
words, names and years. Rows as in tests/test_qfix37.py; each ``*_NEAR`` table holds near misses that must not
change. Rows: tests/cases/test_qfix48.csv.

- PARAGRAPH: a partial quote whose own sentence names nobody is the words of the subject of the last speech verb
  before it in its paragraph, a person or a body ("The ministry said ... Both sides agreed on a “reasonable”
  level"); a capitalised name in quote marks stays a label (``quotes._reporter_in_paragraph``).
- IT_BODY: "it" after a body told only by its noun ("The ministry said ... It called the gap “narrow.”") points back
  to that body when no organisation is named (``quotes._body_before_it``, ``quotes._opening_body``).
- CLAUSE: after "said", a body followed by "were"/"would" is the reported clause's subject, not an inverted speaker
  (``quotes._reported_clause_subject``).
- MANNER: an adverb of manner between a role or body and its verb, or after an inverted role, is no part of the
  speaker ("said the minister sharply", "the ministry firmly said"; ``names.manner_adverb``,
  ``quotes._role_before_manner``, ``quotes._phrase_subject``, ``quotes._before_adjunct``).
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix48_speakers = table_test("test_qfix48", check_qfix37_speakers)
