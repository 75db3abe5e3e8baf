"""Quote speakers on the over-reaches review91 found in new rules of quotes.py and entities.py (findings 4 to 10 and
13, mend91q): each finding's inputs, my own near misses, and controls the narrowed rules must still read as their
authors had them. Made-up people and places (Hanul, Torvia) beside the gazetteer's; none read from the held-out
corpus.

Speakers, a row of tests/cases/test_mend91q.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a row whose right reading lies beyond the finding's rule is a strict xfail with its reason, beside a
row that the over-reach is gone). Tables:

- OUTLET_LATER: "the news outlet said" after a gazetteer outlet reported or spoke later than the newspaper named as
  subject: that outlet (``quotes._earlier_outlet``, ``quotes._press_spoke_after``); controls: an outlet only named,
  or named in the newspaper's own sentence, a body that is no outlet;
- STANDING_OPINION: 'the previous “horrible agreement”': a judging word makes it the speaker's opinion, no agreement's
  name (``quotes._standing_agreement``, ``quotes._judging_word``); controls: names after "the existing/current";
- LAW_NOUN: "according to the law professor/firm": a law noun that goes on is no text of law
  (``quotes._according_document``, ``quotes._law_noun_goes_on``); controls: a participle after the noun;
- PLACE_NAME: "in Seoul’s “Itaewon” district": a capitalised quote with no participle of promising is a place-name,
  no government's words (``entities.owns_quoted``); controls: lower-case words, a participle;
- TAG_RELATIVE: '... the “terrible” deal, which Moon signed, the newspaper reported.': the closing tag relays the
  clause's speaker (``quotes._tag_closes_sentence``, ``quotes._closing_reporter``); controls: a condition after the
  quote, a closing reporter with no verb of charging before the quote;
- RELAYED_PASSIVE: '“...!” Bolton was quoted as saying Trump told him.': the relayed subject
  (``quotes._passive_after_ended``); controls: a phrase, not a clause, after "as saying";
- VOICED_REPORTER: "reports say lawmakers voiced “...”": the group after the reporter's verb
  (``quotes._voiced_feeling``); control: a count and a modifier.

Whole articles, a row of tests/cases/test_mend91q_articles.csv (the article, headline first, the words of its first
quote holding them, the speakers accepted):

- REPORT_ADJECTIVE: "Minister Slams ‘Fake’ Report": one word describes the report, the headline's office holder's
  (``quotes._labels_a_report``); control: "‘Troop Cut’ Report", the report's label.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test
from test_fresh90q import check_fresh90q_article as check_mend91q_article

# rows: tests/cases/test_mend91q.csv (table, body, words, speakers, xfail, note), each by conftest.assert_speaker
test_mend91q_speakers = rows_test(assert_speaker, **case_tables("test_mend91q"))

# rows: tests/cases/test_mend91q_articles.csv (table, article, words, speakers, note)
test_mend91q_articles = rows_test(check_mend91q_article, **case_tables("test_mend91q_articles"))
