"""Quote speakers on the failure classes of probeq44 (fifty stories in newsroom house styles a prober wrote without
reading the corpus or the code, /work/wt/probes/probeq44; issue #9), worst first: the confident wrong names. Rows as
in tests/test_qfix37.py (publication day, headline, body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody), the prober's misreadings in my own words, names and places; each ``*_NEAR`` table holds
near misses that must not change. Rows: tests/cases/test_qfix44.csv.

- MEMBER (class 1): a body or place inside the speaker's own phrase given as the speaker. "Rep. X of the ruling Y
  Party, told" and "Rep. X of the Y Party, who voted no, said": the member gap may close an appositive or open an
  aside (``quotes._member_gap``); "Analyst X of the Foo Institution said": a body the entity finder reads as a
  person's name is still a body when its last word is a body's noun (``quotes._org_headed`` in
  ``quotes._member_of``); '..., saying Seoul will': a name followed by an auxiliary or modal opens the reported
  clause and is no inverted subject (``quotes._opens_clause`` in ``quotes._subject_after``). Near misses kept: an
  inverted subject with an appositive or a day, the body speaking by itself, the member gap with no comma.
- MUTE (class 2): a quote no rule read went to the last speaker (the fallback and the full-clause fallback) though
  its sentence gives its words to a thing that bears words ("Her sign reads", "A leaflet
  the union hands out says", "A 2017 poll by ... found") or to an unnamed stranger after an inverted verb ('“...,”
  said a woman in her 70s who gave her name only as ...'): such a quote stays nobody's (``quotes._mute_or_stranger``
  in ``_Context.fallback`` and ``quotes._clause_fallback``). Near misses kept: a pronoun after the named speaker, a
  bare quote paragraph, a named inverted subject, a pronoun opening the sentence that names the bill. Left a strict
  xfail: "The bill states that “...”" (a bill or a law is not read as mute: the held-out corpus lost a right speaker
  by it, the last speaker there likely the bill's sponsor).
- DASH (class 5, round-ups): '“...” — Foreign Ministry statement, Nov. 4', '“...” — Ilka Brenner, Foo University'
  (a name the entity finder does not read), '“...” — A senior official, on May 3': a credit after a dash that ends
  the quote's paragraph and names no person the entity finder read was passed over, and the item went on with the
  speaker of the item before; the capitalised words up to the comma are the speaker (``quotes._dash_words`` in
  ``quotes._dash_credit``). Near misses kept: a name the entity finder reads, a dash in a sentence that goes on.
- TITLE_LABEL (transcript labels): "AMB. TEODORA VASQUEZ:" left the answer's quote unnamed: qfix43's honorific
  label ("MS. X:") now takes a title's abbreviation (AMB., SEN., REP., GEN., SEC., GOV., ADM., PROF.) and a full name
  (``quotes._HONORIFIC_LABEL``). Near misses kept: an honorific label, a title in running text.
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix44_speakers = table_test("test_qfix44", check_qfix37_speakers)
