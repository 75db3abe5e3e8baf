"""Quote speakers on wordings the articles of the four batches just added to dev were missed on (fresh91q): each class
diagnosed from a miss, then rows of my own (made-up people Kol Varn and Ina Dobsk; the places Hanul and Torvia; the
outlets Hanul Times, Torvia Daily and HBS), written and labelled by the Conventions of tests/corpus/README.md before
the tool ran on them, with controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_fresh91q.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody). Tables:

- NOTE_SENDER: "he overruled them with a note to <person> saying, “...”": the note's sender speaks, not its addressee
  (``quotes._document_sender``); control: "with <person> saying";
- OUTLET_SUBJECT: "The Hanul Times, a sister paper of ..., said" then "the news outlet said": that newspaper
  (``quotes._news_subject``); control: a paper that reported after it;
- CLOSING_TAG: '“...” unless X certifies that ..., the text of the report reads.': the tag speaks, the "that" is the
  condition's (``quotes._tag_closes_sentence``); control: a relative clause on a later noun;
- PAIR_OBJECT: "the summit between A and B": B is an object as A is, no topic for a later "he"
  (``quotes._conjunct_governor``); control: a pair as subject;
- PLURAL_REPORTER: "Experts said Bo was ... with his “...” policy": his, not the experts'
  (``quotes._owner_not_reporter``); controls: one reporter, no possessive;
- STANDING_AGREEMENT: "the existing “... agreement”": a name, nobody's (``quotes._standing_agreement``); control:
  "a “... agreement”" someone calls for;
- DOCUMENT_STATING: "a previous message stating ... “...”, according to HBS": the message
  (``quotes._document_stating``); control: no document.

Whole articles, a row of tests/cases/test_fresh91q_articles.csv: (the article, headline first, the words of its first
quote holding them, the speakers accepted). Tables:

- DECK: a deck line opening with "Says": the headline's office holder (``quotes._deck_subject``); control: a deck with
  its own subject;
- REPORT_LABEL: "<Office> Denies ‘... 50%’ Report": a single quote closed after "%", the report's label, nobody's
  (``quotes._labels_a_report``); control: "<Office> Says ... ‘...’".

People, a row of tests/cases/test_fresh91q_people.csv (text, mention, the person it names or "None"):

- HEADLINE_VERB: "Acting Defense Secretary Denies ...": a headline verb after an office is no name
  (``names._NOT_NAME``); control: a name between the office and the verb.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test
from test_fresh90q import check_fresh90q_article, check_fresh90q_people

# rows: tests/cases/test_fresh91q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh91q_speakers = rows_test(assert_speaker, **case_tables("test_fresh91q"))


# the quotes and people of fresh91q's rows are checked as fresh90q's are (the same checks)
# rows: tests/cases/test_fresh91q_articles.csv (table, article, words, speakers, note)
test_fresh91q_articles = rows_test(check_fresh90q_article, **case_tables("test_fresh91q_articles"))


# rows: tests/cases/test_fresh91q_people.csv (table, text, mention, name, note)
test_fresh91q_people = rows_test(check_fresh90q_people, **case_tables("test_fresh91q_people"))
