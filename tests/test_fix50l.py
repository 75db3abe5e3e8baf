"""A lowered or latest ask told of a figure an earlier ask gave (fix50l, session 50; hunt50b cause 2).

"Washington lowered its demand to $5 billion a year" published in May 2020 was ``supported`` by the asks of 2019: a
demand its own clause tells lowered ("lowered/cut/reduced/scaled back its demand to X") is matched only against the
actor's rows dated after the last higher ask before the latest lowered one (not after "never", "not", "n't" or an
infinitive's "to"), and "the latest/revised ask is X" only against the actor's asks of the latest date by publication
(rules.later_ask_judged); a figure matching neither but an earlier ask is not supported (withheld as a right figure in
the wrong frame, or contradicted by the ask on record); a figure no ask on record gives stays with the usual rules. Rows
of my own wording in tests/cases/test_fix50l.csv, read as tests/test_years47.py reads its rows; the controls (the
lowered ask itself, a dated past ask, the original ask, a lowered offer, a lowered ask of 2019) keep main's answers;
review50l's three worse probes and its neutral one (a negated cut, a wanted cut, a retrospective "new"/"current" demand)
are REVIEW_CTRL rows wanting main's answers, and the "current demand" row is now a control (mend50l).
"""

from __future__ import annotations

from conftest import table_test
from test_years47 import check_years47_claims

test_fix50l_claims = table_test("test_fix50l", check_years47_claims)
