"""Quote speakers on the classes a prober's passages in my own words (wire, paper and broadcast styles; session 41,
issue 9) showed wrong: bodies and institutions as speakers, reporters' questions, credit lines. Rows as in
tests/test_qfix37.py (publication day, headline, body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody); each ``*_NEAR`` table holds near misses that must not change. Rows: tests/cases/test_qfix49.csv.

- PASSIVE: the agent of a passive verb of naming or blaming may be a body told by its noun ("was described by the
  ministry as “...”", "was called “...” by the opposition party") or a name after "the" or title words ("by the
  Hanul Labor Party as", "by Rep. X"): the agent's words (``quotes._agent_after_by`` in ``quotes._passive_by`` and
  ``quotes._agent_before``). Near misses kept: no verb of naming, "by the time", a body's possessive, a body noun
  going on with a role ("the party leader").
- PRESS: a lede's reporter, journalist or correspondent who asks (a question in the quote, or "asked") is not the
  person the next paragraph names: that one answers (``quotes._press_question`` in
  ``quotes._lede_role_named_next``). Near misses kept: the answer, a lawmaker's own question.
- LONG_NAME: "The main opposition Hanul Liberty Party said": a body's proper name of three words or more after
  modifiers; the article is looked for as far back as before a two-word name (``quotes._name_run_extra`` in
  ``quotes._org_reference``). Near misses kept: a two-word name, a lower-case body noun.
- THAT_THEY: "they" right after "that", "whether" or "if" is the subject of a told clause, not the teller
  (``quotes._complement_subject`` in ``quotes._they_subject``): the quote was given to a group made of the
  sentence's words. Near miss kept: "They" opening the sentence.
- BODY_MODIFIED: "The ruling Hanul Party of Norland said", "The state-run Hanul Broadcasting Agency called": lower-case
  words of a body's standing between "the" and its capitalised name; the entity finder now reads the body (an org
  with id null; ``entities._article_before_modifiers`` in ``entities._text_bodies``). Near misses kept: such a body
  after "of" (a person's or members' body: "Rep. X of the ruling Y Party said"), a name read already.
- COUNTRY_JUDGING: a country or capital opening the sentence, then only a time or manner, a verb of judging and "as"
  right before the quote ("North Korea on Sunday denounced the deal as a “...”"): its government's words
  (``quotes._country_judging`` from ``quotes._country_subject``). Near misses kept: a passive ("was denounced as"),
  another verb first.
- BODY_OPENING: "The Korean union condemned ...", "The Finnish workers' union condemned ...": a nationality or a
  plural possessive of people between "The" and a body's noun opening the sentence (``quotes._body_modifier_word``
  in ``quotes._body_opening``). Near misses kept: a capitalised word that is no nationality, a bare body noun.
- INTERVIEW: an interview's "A:" answer whose introduction paragraph names nobody ("She said ...") is the words of
  the one the paragraph before names (``quotes._interview_answer`` reads on back). Near misses kept: a named
  introduction, an answer with no question before it.
- REPEATED_ROLE: a headline or short quote repeating words of a body quote credited to a body or role named only by
  its words ("The commander of the garrison said ... “heartbreaking.”") takes that speaker, as it takes a name's
  (``quotes._described`` in ``quotes._repeated``). Near miss kept: no body quote carries the words.
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix49_speakers = table_test("test_qfix49", check_qfix37_speakers)
