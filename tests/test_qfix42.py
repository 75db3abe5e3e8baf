"""Quote speakers on classes of the dev quote misses (qfix42; `evaluate tests/corpus --split dev --misses`), each held
in rows of my own (other names, years, offices and words than any corpus article). Rows as in tests/test_qfix37.py
(publication day, headline, body, the quote's words, the speakers accepted: "/" between names, "None" for nobody);
each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_qfix42.csv.

- HEADROLE (class 1): a headline quote credited by the headline's own role label ("... 'fully acceptable' to both:
  official", "...: senior diplomat"), whose lede tells of the role and whose body names the speaker only later with
  a quote carrying the headline's words, kept the bare role: the role's words are the one named person's the body
  quotes with them (``quotes._headline_role_label`` in ``quotes._headline_role_carried``). Near misses kept: a
  plural label ("officials"), two named speakers carrying the words, an organisation carrying them, no body quote
  with the words, a label the body already names.
- THEY (class 2, left as strict xfails): a plural "They" tag ("They added", "They assessed the deal by saying")
  after two people named with appositives between them ("A, a fellow at X, and B, a researcher there, wrote"), with
  a third person named after the pair's quote, is given that third person by the fallback: the pair is not read
  (``quotes._pair_before`` reads "A and B" only). Nobody, or the pair, is wanted; the near miss with no one named
  between keeps the pair's first-named.
"""

from __future__ import annotations

from conftest import table_tests
from test_qfix37 import check_qfix37_speakers

COUNTS = {"HEADROLE": 5, "HEADROLE_NEAR": 5, "THEY": 2, "THEY_NEAR": 1}
test_qfix42_speakers, test_tables = table_tests("test_qfix42", check_qfix37_speakers, COUNTS)
