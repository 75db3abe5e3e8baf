"""Quote speakers on the failure classes of probeq43 (fifty stories a prober wrote without reading the corpus or the
code, /work/wt/probes/probeq43; issue #9), worst first: the confident wrong names. Rows as in tests/test_qfix37.py
(publication day, headline, body, the quote's words, the speakers accepted: "/" between names, "None" for nobody),
the prober's misreadings in my own words, names and places; each ``*_NEAR`` table holds near misses that must not
change. Rows: tests/cases/test_qfix43.csv.

- NEWCOMER (class 1): an unnamed person who opens the sentence right before a quote ("A retired sergeant in Daegu
  disagreed. “...,” he said", "A soldier at the counter, who asked not to be named, said ... ¶ “...,” he said") is
  who the "he"/"she" tells of, not the person named in the paragraph before: the antecedent is that newcomer, with
  no name (``quotes._unnamed_opener``, ``_Context.newcomer_after``). Near misses kept: the newcomer asks or speaks to
  the other ("A student asked whether ...", "A reporter asked him ..."), the phrase is the pronoun's own appositive
  ("A veteran of ..., he added"), a sentence of the named person between, a name given to the newcomer ("A
  spokesman for the embassy, Tad Orrin, ...").
- ASIDE (class 4): an aside of how an unnamed speaker spoke between the speaker and the verb ("An embassy official,
  speaking anonymously, said:") hid the speaker, and the organisation named before took the quote as a continuation
  (the probe's "US Embassy"): the subject is read before the aside (``quotes._before_anonymous_aside`` in
  ``quotes._subject_before``). Near misses kept: an aside of place ("speaking in Busan"), a named speaker across
  the aside, the sentence with no aside.
- OFFICE (class 2): a relayed reply ("He said the secretary replied, “...”") went to the one person named, who holds
  another office by title or role ("Trade Minister Ro Tae-jun ... Ro told reporters"): the last speaker or the lone
  person named is not the holder of "the secretary" when any mention of them gives another office of
  ``quotes._OFFICE_HEADS`` and not that one (``quotes._other_office``, ``_Context.other_office``); the role stays,
  no name. Near misses kept: the last speaker holds the office ("Secretary X ... The secretary added"), the minister
  is the minister, an office outside the list ("The candidate added") goes on with the person named.
- LABEL (transcript labels): a transcript's paragraph opening "MS. ODEGAARD:" left the quote in the answer unnamed:
  the labelled person speaks it, named in the text's case ("Odegaard": ``quotes._honorific_label``, rule 2m). Near
  misses kept: a speech verb between the label and the quote ("MR. X: The minister told us “...”"), the question's
  own quote.
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix43_speakers = table_test("test_qfix43", check_qfix37_speakers)
