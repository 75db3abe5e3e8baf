"""Quote speakers and people, second round on the eighty held-out articles moved to dev (spk28b, after spk28): each
class diagnosed from a miss, then rows of my own (made-up people Jo Bell, Al Roe, Tam Vo; the place Tamsk and the
outlet Hanul Times), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them,
with controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_spk28b.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a note says what the row shows). Table PAST_THE: "the US Forces in Korea" is the longer gazetteer
alias past the article (entities.past_the), not the alias "the US"; controls: "the US" alone. Table SO_CALLED_OWN
(lead's decision on spk28's and spk28b's suspect item): a repeat of a so-called label whose own sentence gives its
speaker ("<name> reportedly demanded “X”", "<name>’s “X” plan") is that speaker's (quotes._own_label_speaker);
controls: the so-called label itself, "<name>'s “X” approach" (not a proposal), "said a “X” approach", a closing tag,
a repeat with no speaker.

A headline quote whose words two body quotes carry for one gazetteer body, once by its full name and once by its
initials, is that body's: quotes._one_speaker's doctest (with its control, two people), as no made-up article of
mine gave the body's full name and initials to two body quotes by the rules that credit them.

People, a row of tests/cases/test_spk28b_people.csv: (text, the mention, the person it names), checked by
test_fresh90q.check_fresh90q_people (made-up Oskel Tamm, Lida Tamm; Torvia, Hanul). Tables: CAPS_HEADLINE, a surname
in a headline printed in capitals is the person the body then names (names._in_capitals), controls: title case, two
of the surname; FIELD_TITLE, a capitalised title's "for" may name its field in lower case ("Under Secretary of
Defense for policy Oskel Tamm"), controls: a lower-case noun's or a verb's "for"; MEDIUM_OWNER, a full name right
after a publication noun's possessive ("Hanul magazine's Oskel Tamm": names._medium_owned), control: a bank's.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test
from test_fresh90q import check_fresh90q_people

# rows: tests/cases/test_spk28b.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_spk28b_speakers = rows_test(assert_speaker, **case_tables("test_spk28b"))

# rows: tests/cases/test_spk28b_people.csv (table, text, mention, name, note), by test_fresh90q.check_fresh90q_people
test_spk28b_people = rows_test(check_fresh90q_people, **case_tables("test_spk28b_people"))
