"""Quote speakers on classes of wording the dev misses of session 42 showed (issue 9), each written as a general rule
with rows of my own wording (other names, bodies, roles) and near misses that must not change. Rows as in
tests/test_qfix37.py (publication day, headline, body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody); each ``*_NEAR`` table holds near misses. Rows: tests/cases/test_qfix50.csv.

- IT_TOLD: "it said" goes on with the last reporting subject when that is a body or a document told only by its
  noun ("“...,” the ministry said. ¶ “...,” it added"; "“...,” the joint communique read. ¶ “...,” it said"): the
  reporting subject (``quotes._body_told`` in ``quotes._org_reporter``) or the speaker of the quote before
  (``quotes._body_quoted_before``). Near misses kept: a person told by a role ("an official said"), a body named
  between, an issuer after "from".
- JOINED: a speech verb after a partial quote whose own clause goes on after it ('to “squeeze” Norland') does not
  tell the quote when a clause joined by ", and" / ", but" with a subject of its own opens before that verb ('...,
  and officials in Arvik say'): the quote is its own clause's subject's, or nobody's
  (``quotes._clause_joined_after`` in ``quotes._after_quote`` and the fallback's ``quotes._in_sentence``). Near misses
  kept: a comma inside the closing mark, ", and said" with no subject, no joined clause.
- LEDE_TELLER: a lede's unnamed role ("..., a Norland minister said on Monday") is the person the next paragraph's
  first sentence names at its end, after a comma, with title words, a description in commas and a verb of saying
  ("This would mean hard choices, Tala Venn, Norland's minister for procurement, told a seminar."), as wire copy
  names its source (``quotes._closing_teller`` beside ``quotes._opening_teller`` in
  ``quotes._lede_role_named_next``). Near misses kept: another office, a quotation in that sentence, no verb of
  saying.
- PRAISE: a participle of praise ("praising", "lauding", "hailing", "touting") tells its subject's words as
  "calling" does ("With Ola Vance touting the deal as “the best ever,” ..."): the participles join the quote
  finder's verbs (``quotes._VERBS``) and ``names.SPEAKING``, and "With" opening a sentence reads like "with" for an
  absolute phrase's subject (``names`` reporting check). Near misses kept: "hailing from", a tag before the
  participle, no person in the absolute phrase.
- DOCUMENT: a document speaks as one consistent set of document nouns: an inverted "said" before any noun of
  ``quotes._DOCUMENTS`` ("said a press release by the ministry"); a diplomatic cable is a writing ("the cable
  said") whose words are its issuer's or its own, never those of a body merely named near it (``_org_reference``
  sends every writing to ``_document_speaker``); a date's comma ("March 3, 2008") ends no aside before the verb
  (``quotes._date_comma`` in ``quotes._before_aside``); "that the report saying ..." is a reduced relative inside
  a clause another verb reports, no speaker (``quotes._reported_writing``). Near misses kept: the issuer after
  "from", "Cable" as a modifier, a named speaker past a dated aside, "a report saying" with no "that".
- NAMING_AS: an owner's noun of naming, "of" and its object, then "as" before the quote ("Vance's earlier
  description of Norland as a “rich country”", "acknowledgment of Norland as a “nuclear power”"): what the owner
  called the object, the owner's words (``quotes._naming_owner`` and ``quotes._naming_of_as`` in
  ``quotes._possessor``, over win.NAMING_AS_WORDS words). Near misses kept: no noun of naming, no "as".
- AGENT_STATED: the agent of a passive verb of stating ("confirmed", "announced", "declared", "acknowledged" ...)
  right before the quote, with "as" or "to be" after it ("was confirmed by the ministry to be “...”"): the
  agent's words, as after a verb of naming; a capital there stands for its government (``quotes._agent_before``,
  ``quotes._AGENT_VERBS``). Near misses kept: another clause after the agent's, no agent, "by" naming no one.
- PRESSING: a capital or country as the subject of a progressive of pressing or telling ("Washington is pressing
  Norland to pay a more “balanced” share", "Beijing was urging ...") stands for its government (``entities._metonym``
  reads "is/was <-ing>" of ``entities._ACTING_ING``), and "pressing"/"pushing" tell a demand
  (``quotes._COMMUNICATING``): the partial quote in the demand is the government's. Near misses kept: a
  progressive of no saying ("is hosting"), "is" with no progressive.
- TEX_SPACED: TeX-style marks printed with a space inside ("a `` very rich country, '' and"), as machine
  translations print them, open and close a quotation as unspaced ones do (``quotes._TEX_OPEN``,
  ``quotes._TEX_CLOSE``). Near misses kept: unspaced marks, an inch sign after a figure.
- DEED: a verb of saying answered "by" a deed ("Arvik responded by walking out of “burden” talks", "replied by
  cancelling") tells an act, not words: a label in the deed's clause is nobody's (``quotes._answered_by_deed`` in
  ``quotes._before_quote``, the partial-quote subject rules and ``quotes._reporter_in_paragraph``). Near misses
  kept: an "-ing" of saying or stance after "by", no "by".
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix50_speakers = table_test("test_qfix50", check_qfix37_speakers)
