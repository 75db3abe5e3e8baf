"""Quote speakers, dates and false findings on wordings the sixteen articles of the seventieth and seventy-first
batches (held out until this session, then dev) were missed on at first contact (fresh79q): each class diagnosed
from the miss, then rows of my own (made-up people Lida Marsh, Oskel Tamm, Hanul Berrin; the places Torvia and
Hanul), written and labelled by the Conventions of tests/corpus/README.md before the tool ran on them, with
controls the rules must not fire on. None read from the held-out corpus.

Speakers, a row of tests/cases/test_fresh79q.csv: (body, the quote's words, the speakers accepted: "/" between
names, "None" for nobody; a note says what the row shows). Tables:

- TOLD: '“...,” he told the defense minister. ¶ He also said ... “...”': the one told is passed over for whom "he"
  points back to; controls: "she told", a name told;
- CLAUSE: the last quote's speaker told as a subordinate clause's subject ("The message came a day after Bo wrote
  that Seoul “...”") goes on to '“...,” he complained' when no person opens that sentence; control: one does;
- BODY: a body opening a later sentence of a partial quote ("Seoul's foreign ministry was firmer, signaling that
  ... “...”") is its speaker, not the paragraph's earlier speaker; controls: a pronoun, no body opening it;
- QUOTED_AS: '“...,” one of his administration officials was quoted as saying': the role phrase the tail quotes,
  not the subject before the quote; control: a phrase that is no role ("the report");
- RELAY: "writes"/"wrote" relay a clause's speaker's words as "reported" does ('Bo said they were “...” and
  “...,” Al writes'), the speech verb read before the sentence's first quotation; control: no speech verb;
- NAMER: "X, who he once dubbed as “...”": the relative clause's "he" names it; control: "who" the subject;
- OWNER: a capitalised label after a titled person's possessive ("former President Bo Tam's 'Torvia First'
  stance") stays the owner's; control: no owner;
- PUBLISHER: a quoted title after "<published/released/issued> the" and before a document noun is the publishing
  subject's; control: another verb;
- GOVT: a person named as a government's modifier ("the Donald Trump administration") is no holder of a later
  "the president"; control: two presidents named as people. These rows name real presidents: the holders' offices
  come from data/entities.csv (as fresh78q's TENURE rows).

Dates, a row: (text, publication day, exact, start, end). Tables:

- WORDS_CAME: an event count after "<words> came" ("The message came a day after Bo wrote ...", "The remarks came
  just one day after ...") counts from the date those words were told before (the paragraph before's, or the last
  single day told), not from the eve of publication an undated report's would; controls: "The move came" (no
  words), no date told before;
- YEARS_AS: "during my years as President" in a quotation (or "his years as president") is the presidency, as
  "during my presidency" is (real names: terms come from data/entities.csv);
- ON_THE_NTH: "on the 24th" before a verb in the past ("Lee, the president, on the 24th addressed ...") is a day
  of the month.

ABSENT rows: words the date reader must not read as a date.
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, rows_test, table

from analysis import check
from analysis.extract.findings import _spelled_alike, _truncation

# rows: tests/cases/test_fresh79q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_fresh79q_speakers = rows_test(assert_speaker, **case_tables("test_fresh79q"))

WORDS_CAME = table(
    r"""
text | published | exact | start | end
Lida Marsh spoke on Friday.\n\nShe added more.\n\nThe message came a day after Oskel Tamm wrote that Torvia pays. | 2019-08-13 | a day after | 2019-08-08 | 2019-08-08
Oskel Tamm spoke at a cabinet meeting on July 9.\n\nThe remarks came just one day after his office issued a letter. | 2025-07-09 | one day after | 2025-07-08 | 2025-07-08
# controls: no words came (an undated report's eve of publication); no date told before
Lida Marsh spoke on Friday.\n\nThe move came a day after Oskel Tamm wrote that Torvia pays. | 2019-08-13 | a day after | 2019-08-11 | 2019-08-11
The message came a day after Oskel Tamm wrote that Torvia pays. | 2019-08-13 | a day after | 2019-08-11 | 2019-08-11
"""  # noqa: E501
)

YEARS_AS = table(
    r"""
text | published | exact | start | end
Trump wrote: “Kim, who I got along with during my years as President, is not happy.” | 2023-02-22 | during my years as President | 2017-01-20 | 2021-01-20
Former US President Donald Trump pressed Seoul during his years as president. | 2023-02-22 | during his years as president | 2017-01-20 | 2021-01-20
"""  # noqa: E501
)

ON_THE_NTH = table(
    r"""
text | published | exact | start | end
Lida Marsh, the president, on the 24th addressed the Torvian government. | 2026-01-24 | on the 24th | 2026-01-24 | 2026-01-24
Oskel Tamm on the 3rd said talks went well. | 2026-01-24 | on the 3rd | 2026-01-03 | 2026-01-03
"""  # noqa: E501
)

test_fresh79q_dates = dates_test(WORDS_CAME=WORDS_CAME, YEARS_AS=YEARS_AS, ON_THE_NTH=ON_THE_NTH)

# rows: tests/cases/test_fresh79q_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_fresh79q_absent = rows_test(assert_no_date, **case_tables("test_fresh79q_absent"))

# Findings (the made-up rows of the classes; the rules' own doctests hold their near misses)
ALIKE = [
    (("Kim Jong Un", "Kim Jung Un"), True),  # one letter of a given name's word: one person spelled two ways
    (("Lee Jae-myung", "Lee Jae-myong"), True),
    (("Kim Jong Un", "Kim Jong Il"), False),  # another given name
    (("Park Jin", "Park Jun"), False),  # too short to tell
    (("Ana Lind", "Ana Lund"), False),  # not a Korean name
]


def check_alike(names: tuple[str, str], same: bool) -> None:
    assert _spelled_alike(list(names)) is same


test_fresh79q_alike = rows_test(check_alike, ALIKE=ALIKE)

ENDED = [
    ("Talks began early, which is viewed as unusual.1", None),  # a footnote's number after the stop
    ("Talks began early, which is viewed as unusual.”12", None),
    ("The new rules are called version 2.1", "cut"),  # a number, no stop before it: cut
]


def check_ended(sentence: str, why: str | None) -> None:
    got = _truncation(sentence, False)
    assert (got is None) == (why is None), got


test_fresh79q_ended = rows_test(check_ended, ENDED=ENDED)


def test_a_date_after_since_dates_no_remark() -> None:
    """'talks for the first time since the election, the ministry said Tuesday': the election starts the period
    the remark tells of; it is no second date of the ministry's remarks (no inconsistent_dating)."""
    report = check.check_text("T\n\nSouth Korea and the US held cost-sharing talks for the first time since the US "
                              "presidential election, the Foreign Ministry said Tuesday.", "2020-12-01")
    assert not [f for f in report.findings if f["kind"] == "inconsistent_dating"]
