"""Quote speakers and people, second round on the eighty held-out articles moved to dev (spk28b, after spk28): each
class diagnosed from a miss, then rows of my own (made-up people Jo Bell, Al Roe, Tam Vo; the place Tamsk and the
outlet Hanul Times), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them,
with controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_spk28b.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a note says what the row shows). Table PAST_THE: "the US Forces in Korea" is the longer gazetteer
alias past the article (entities.past_the), not the alias "the US"; controls: "the US" alone, a longer alias whose
own body the leftmost match reaches anyway ("the South Korean Defense Ministry" keeps "Defense Ministry":
entities._named_anyway, quotes21 FOREIGN_BODY-7), the body told (review99). Tables FIELD_TITLE and MEDIUM_OWNER:
review99's controls for the people rules below, as speakers. Table SO_CALLED_OWN
(lead's decision on spk28's and spk28b's suspect item): a repeat of a so-called label whose own sentence gives its
speaker ("<name> reportedly demanded “X”", "<name>’s “X” plan") is that speaker's (quotes._own_label_speaker);
controls: the so-called label itself, "<name>'s “X” approach" (not a proposal), "said a “X” approach", a closing tag,
a repeat with no speaker.

Whole articles, a row of tests/cases/test_spk28b_articles.csv: (the article, headline first, the words of its first
quote holding them, the speakers accepted), checked by test_fresh90q.check_fresh90q_article. Table ONE_SPEAKER: a
headline quote whose words two body quotes carry for one gazetteer body, once by its initials and once by its full
name, is that body's (quotes._one_speaker; review99 built the row); controls: the second quote a named person's (two
speakers: nobody's), an unnamed person's. Table CAPS_HEADLINE: the article "AN" of a capitals headline is not the
body's An (review99); control: title case.

People, a row of tests/cases/test_spk28b_people.csv: (text, the mention, the person it names), checked by
test_fresh90q.check_fresh90q_people (made-up Oskel Tamm, Lida Tamm; Torvia, Hanul). Tables: CAPS_HEADLINE, a surname
in a headline printed in capitals is the person the body then names (names._in_capitals), controls: title case, two
of the surname; FIELD_TITLE, a capitalised title's "for" may name its field in lower case ("Under Secretary of
Defense for policy Oskel Tamm"), controls: a lower-case noun's or a verb's "for"; MEDIUM_OWNER, a full name right
after a publication noun's possessive ("Hanul magazine's Oskel Tamm": names._medium_owned), control: a bank's.
review99's controls: a word title case keeps in lower case ("AN", "TO") is no surname in capitals; "the <Title> for
<gerund> <name>" and "for two years" name no field (names._lower_field); a publication's unit ("Editorial Board",
"Opinion Section") is no person.

Roles, a row of tests/cases/test_spk28b_roles.csv: (text, the mention, the role its person span gives, "None" for
none). Table FIELD_TITLE: the title and its lower-case field; controls (review99): "criticized the Ambassador for
snubbing Jo Bell, a lawmaker" gives the appositive, not "Ambassador for snubbing".
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test
from test_extract_entities import people
from test_fresh90q import check_fresh90q_article, check_fresh90q_people

# rows: tests/cases/test_spk28b.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_spk28b_speakers = rows_test(assert_speaker, **case_tables("test_spk28b"))

# rows: tests/cases/test_spk28b_people.csv (table, text, mention, name, note), by test_fresh90q.check_fresh90q_people
test_spk28b_people = rows_test(check_fresh90q_people, **case_tables("test_spk28b_people"))

# rows: tests/cases/test_spk28b_articles.csv (table, article, words, speakers, note), by test_fresh90q's article check
test_spk28b_articles = rows_test(check_fresh90q_article, **case_tables("test_spk28b_articles"))


def check_spk28b_role(text: str, mention: str, role: str) -> None:
    """Assert that the person span of exactly ``mention`` gives ``role`` ("None": none)."""
    got = [r for exact, _, r in people(text) if exact == mention]
    assert got == [None if role == "None" else role], got


# rows: tests/cases/test_spk28b_roles.csv (table, text, mention, role, note)
test_spk28b_roles = rows_test(check_spk28b_role, **case_tables("test_spk28b_roles"))
