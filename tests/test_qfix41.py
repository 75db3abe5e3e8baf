"""Quote speakers on the failure classes of probeq41 (sixty stories a prober wrote without reading the corpus or the
code, /work/wt/probeq41; issue #9). Rows as in tests/test_qfix37.py (publication day, headline, body, the quote's
words, the speakers accepted: "/" between names, "None" for nobody), the prober's rows in my words and more of mine
in other words, names and outlets; each ``*_NEAR`` table holds near misses that must not change. Rows:
tests/cases/test_qfix41.csv.

- HEADLINE (class 1): a headline quote whose speaker the body names: a label "X on Y:" is X's, not the topic's
  (``quotes._topic_label``); "Ex-general" is a role, no name (``names._former_role``); the name after "says" with a
  subject before it opens the reported clause (``quotes._worded_subject_before``); a headline that opens with a role
  the lede tells of goes to the person named first in the next paragraph (``quotes._headline_role_named_next``); a
  role's holder loses to the one person the body quotes with the headline's words (``quotes._headline_role_carried``).
- ROLE (class 2): an epithet for a person named earlier: "the Washington Democrat" after "Rep. X of Washington, the
  top Democrat" (the party after a state or rank, ``quotes._PARTY_AFTER``), "the South Carolina Republican" after
  the paragraph's one lawmaker whose party the text omits (``quotes._lone_legislator``), and "the congressman" whose
  holder opens the sentence before though another congressman was named between (``_Context._opener_holder``).
- PRONOUN (class 5): a pronoun whose own paragraph names its subject ("Jo Bell left on Monday. Before boarding, he
  told ...") went to the last speaker, the topic of the paragraph before (``_Context.paragraph_topic``).
- DOCUMENT (class 3): a document's words ("the statement said", "The statement reads in full:" over paragraphs, "it
  said" right after "X's office issued a readout", "The statement, signed by X, went on:") given the issuer the
  sentence introducing the document names ("X on Tuesday issued a statement", "released the following statement",
  "responded with a post", "said in a statement"), no body mention needed (``quotes._document_issuers``).
- SURNAME (class 4): a bare surname several named people share ("Kim said") given the one the text points to: the
  last full name of it in its paragraph or the one before, the one whose description holds a qualifier ("The
  ruling party's Park"), whose title the surname carries ("Rep. Lee replied"), or whose office the paragraph names
  before ("the ministry spokeswoman said ... Choi said") (``quotes._surname_resolved``, ``quotes._surname_holder``);
  a qualifier or title that fits both leaves it unnamed.
- APPOSITIVE (class 8): a name that modifies a noun inside the subject's appositive ("Sen. X, a close Trump ally,
  told reporters that ...") was read as the subject (``quotes._modifier_in_appositive`` in
  ``quotes._subject_before``).
- LEDE (class 6): a lede's role named in the next paragraph by "X made the remark/comments" (``quotes._MADE_REMARK``
  in ``quotes._opening_teller``), and a lede that opens with "The <role> ..." (``quotes._lede_role_named_next``); a
  quote over paragraphs whose tag "said retired Gen. X" sits in the middle one: "retired" before a title broke the
  inverted tag (``quotes._TITLE_WORDS``), so the run kept the lede's role.
"""

from __future__ import annotations

from conftest import table_test
from test_qfix37 import check_qfix37_speakers

test_qfix41_speakers = table_test("test_qfix41", check_qfix37_speakers)
