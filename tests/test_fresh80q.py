"""Quote speakers and dates on wordings the sixteen articles of the seventy-fourth and seventy-fifth batches (held out
until this session, then dev) were missed on at first contact (fresh80q): each class diagnosed from the miss, then rows
of my own (made-up people Lida Marsh, Oskel Tamm, Hanul Berrin; the places Torvia and Hanul), written and labelled by
the Conventions of tests/corpus/README.md before the tool ran on them, with controls the rules must not fire on. None
read from the held-out corpus.

Speakers, a row of tests/cases/test_fresh80q.csv: (body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody; a note says what the row shows). Tables:

- CAMP: a name after "Camp" or "Fort" ("at Camp H.M. Berrin said") is the place's, no speaker; control: no such noun;
- NEXT: '“...” in how it ends. “...,” Bo said.': a quote opening its paragraph with no speaker in its sentence takes
  the speaker the next sentence's opening quote is credited to; controls: that quote in the next paragraph, a person
  between them;
- MINISTRY: "the ministry said" is never a military command named nearer; the ministry named further back is;
  control: no ministry named before;
- PAIR: "the alliance that both sides refer to as “...”", "which the two sides often call “...”": the pair;
- WRITING: 'writing that the president’s “...”': the writer's clause, not the owner's words; control: no saying;
- ROLE: "an official at the foreign ministry" (a role phrase with a postmodifier) is the antecedent of a later "the
  official"; control: another role noun.

Dates, a row: (text, publication day, exact, start, end). Tables:

- WHEN_ING: "when speaking to reporters on Tuesday" after a past main verb is a past Tuesday (a participle right after
  "when" has no tense of its own); controls: "will raise", "when the envoy arrives";
- NEW_YEAR: a headline's "into New Year" is the next calendar year, as "into the new year" is;
- ELECTION_DAY: a bare "election day" within two weeks of a US federal election day is that day.

ABSENT rows: words the date reader must not read as a date.
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

# rows: tests/cases/test_fresh80q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh80q_speakers = rows_test(assert_speaker, **case_tables("test_fresh80q"))

WHEN_ING = table(
    r"""
text | published | exact | start | end
Oskel Tamm raised the issue when speaking to reporters in Hanul on Tuesday on his way to Torvia. | 2019-10-25 | on Tuesday | 2019-10-22 | 2019-10-22
Lida Marsh spoke.\n\nWhen speaking to reporters on Tuesday, Oskel Tamm said no. | 2019-10-25 | on Tuesday | 2019-10-22 | 2019-10-22
# controls: a future main verb; a subject after "when"
Oskel Tamm will raise the issue when speaking to reporters on Tuesday. | 2019-10-25 | on Tuesday | 2019-10-29 | 2019-10-29
Oskel Tamm will meet him when the envoy arrives on Tuesday. | 2019-10-25 | on Tuesday | 2019-10-29 | 2019-10-29
"""  # noqa: E501
)

NEW_YEAR = table(
    r"""
text | published | exact | start | end
Cost-Sharing Talks to Drag on into New Year | 2019-12-17 | New Year | 2020-01-01 | 2020-12-31
Talks between Torvia and Hanul drag into the New Year. | 2019-12-17 | the New Year | 2020-01-01 | 2020-12-31
"""
)

ELECTION_DAY = table(
    r"""
text | published | exact | start | end
The piece aims to appeal to voters as election day approaches. | 2020-10-30 | election day | 2020-11-03 | 2020-11-03
Oskel Tamm will speak on Election Day. | 2024-10-25 | on Election Day | 2024-11-05 | 2024-11-05
"""
)

test_fresh80q_dates = dates_test(WHEN_ING=WHEN_ING, NEW_YEAR=NEW_YEAR, ELECTION_DAY=ELECTION_DAY)

# rows: tests/cases/test_fresh80q_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_fresh80q_absent = rows_test(assert_no_date, **case_tables("test_fresh80q_absent"))
