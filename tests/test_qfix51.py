"""Quote speakers on the shapes of the held-out misses the lead counted for session 43 (issue 9: short scare quotes and
partial quotes inside a sentence left to nobody although the text names whose words they are, half of them a
person's, half a body's or country's), each written as a general reading rule with rows of my own wording (made-up
people Tala Venn and Oren Kask; real bodies and capitals, which the gazetteer knows) and near misses that must not
change. No held-out text was read. Rows as in tests/test_qfix37.py (publication day, headline, body, the quote's
words, the speakers accepted: "/" between names, "None" for nobody). Rows: tests/cases/test_qfix51.csv.

- OWNS_WORDS: "Tala Venn's remarks about “...”": the name finder tells a person who owns a person's things ("X's
  remarks", "X's comments", "X's words") by a rule it calls "owner", the same name as for "the X administration", so
  the entity finder put the person inside an organisation's name and the quote finder never let them speak. A
  ``within`` that is only the name and its possessive is no organisation's name (``quotes._in_body_name``, read by
  ``quotes._is_speaker`` and the people list). Near misses kept: "the X administration", a noun of no speech.
- WHICH: "the Foreign Ministry, which described the offer as “...”": a body or country right before ", which" and a
  verb of saying, naming or stance of the relative's own before the quote, as ", who" after a person
  (``quotes._relative_aside``, which read ", who" only). Near misses kept: a relative that only acts ("which runs the
  “...” drills"), a thing before ", which".
- PLEDGE_TO: "Tala Venn's pledge to “...”": an owner's noun of pledge, vow, threat or demand and "to" before the quote
  (``quotes._pledged_to`` in ``quotes._possessor``). Near miss kept: "X's trip to “Camp ...”".
- CONDEMNED: "Tala Venn denounced the “exorbitant” demand": verbs of condemning join the subject's own verbs of
  stance (``quotes._OWN_SAYING``, ``quotes._OWN_BASE``), as "criticized" was. Near misses kept: a verb of no saying,
  the passive with no agent.
- VIEW_THAT: "Tala Venn's view is that ... “...”", "Seoul's stance has been that": a copula between the owner's noun
  of view and "that" (``quotes._past_copula`` in ``quotes._report_search``; "position" and "stance" join its nouns).
  Near misses kept: the noun with no "that" clause ("position on the “...” issue").
- ROLE_NO_ARTICLE: "Tala Venn, USFK commander, spoke" (a body's capitalised name then an office in lower case, no
  article, as wire copy writes it) is an appositive that gives the person the role (``names._body_and_office`` in
  ``names.appositive_after``), so a later "the commander said" is the person (the lead's second class). Near misses
  kept: two people with that role, a list of names with no role.

Tried and dropped: a capital or country before a verb of saying in the simple present ("Seoul argues that ...") read
as its government, as "Seoul argued" is: it gave a dev label the writer had used first ("comfort women", repeated in
"Japan claims that ... the “comfort women”") to the country.
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix51_speakers = table_test("test_qfix51", check_qfix37_speakers)
