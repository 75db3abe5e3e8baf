"""A sum another country spent or gave, heading a relative clause, is not Seoul's payment (the lead, session 52;
issue #10: never call a right figure wrong).

Rows (tests/cases/test_lead52.csv, columns published, text, exact, want, xfail, note; each text one paragraph after
a lead sentence on the talks), invented wording:

- ``NAMED`` (:func:`analysis.guards.named_payer_clause` in :func:`analysis.guards.other_payer_clause`): "the $2
  billion that Germany provided", "the $1.4 billion that the Philippines provided": a country the country table
  names, or a place of data/entities.csv in one, as the subject of a verb of spending or giving is another party
  (review52v's "still wrong": only the US side, its allies and Japan were). Every row failed on main.
- ``NAMED_CTRL``: the payer itself ("South Korea provided"), a Korean government, an asking verb: kept.
"""

from __future__ import annotations

from conftest import table_test
from test_fix51v3 import check_fix51v3_claims  # the same check: the first claim holding the words has the verdict

test_lead52_claims = table_test("test_lead52", check_fix51v3_claims)
