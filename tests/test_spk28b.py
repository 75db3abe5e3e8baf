"""Quote speakers and people, second round on the eighty held-out articles moved to dev (spk28b, after spk28): each
class diagnosed from a miss, then rows of my own (made-up people Jo Bell, Al Roe, Tam Vo; the place Tamsk and the
outlet Hanul Times), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them,
with controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_spk28b.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a note says what the row shows). Table PAST_THE: "the US Forces in Korea" is the longer gazetteer
alias past the article (entities.past_the), not the alias "the US"; controls: "the US" alone.

A headline quote whose words two body quotes carry for one gazetteer body, once by its full name and once by its
initials, is that body's: quotes._one_speaker's doctest (with its control, two people), as no made-up article of
mine gave the body's full name and initials to two body quotes by the rules that credit them.
"""

from __future__ import annotations

from conftest import assert_speaker, case_tables, rows_test

# rows: tests/cases/test_spk28b.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_spk28b_speakers = rows_test(assert_speaker, **case_tables("test_spk28b"))
