"""Rows for three over-reaches review81 found in the twenty-fifth session's rules (mend81q), from the reviewer's
made-up sentences and more of the same shape (made-up people Lida Marsh, Oskel Tamm, Bo Rin, Al Roe, Jo Bell; the
places Torvia and Hanul; real holders of office only where data/entities.csv gives what the rule reads), with the
rows each rule was written for as controls. None read from the held-out corpus.

Speakers, a row of tests/cases/test_mend81q.csv: (body, the quote's words, the speakers accepted: "/" between names,
"None" for nobody; a note says what the row shows). Tables:

- OFFICE_FIT (item 3, quotes._one_office and the capitalised office head of _definite_role): "the US President said"
  is the holder named before only when every capitalised modifier of the office fits the holder's description (a
  nationality their country, a department theirs, any other word one of their title's or appositive's); else the
  office's own name, as before fresh81q (never a wrong person, never nobody); controls: a fitting holder;
- WHICH_ASIDE (item 4, names._SUBORDINATORS reading a name after "which"): a name inside a closed ", which ...,"
  clause is not the quote's subject, and a passive verb of naming before the quote with "by" after it makes the
  agent the speaker (or nobody), not the subject before; controls: the quote inside the clause, a verb of saying.

Dates (item 5, dates._throughout_the), a row: (text, publication day, exact, start, end), and ABSENT rows: "throughout
the year" in a "would" clause of a sentence that names an earlier year or date (past reported speech) is no date,
nor "throughout the year 2021" (the year named after it is); controls: "would" with no earlier time, "will".
"""

from __future__ import annotations

from conftest import assert_no_date, assert_speaker, case_tables, dates_test, read_dates, rows_test, table

# rows: tests/cases/test_mend81q.csv (table, body, words, speakers, note), each checked by conftest.assert_speaker
test_mend81q_speakers = rows_test(assert_speaker, **case_tables("test_mend81q"))

THROUGHOUT_KEPT = table(
    r"""
text | published | exact | start | end
# controls (fresh81q THROUGHOUT): a clause of what is to come, no earlier time named in its sentence
Torvia announced that Hanul would pay the wages of local workers throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
Torvia will hold drills throughout the month. | 2020-06-04 | throughout the month | 2020-06-01 | 2020-06-30
On Monday, Hanul said it would pay the wages throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
In 2020, Hanul said it would pay the wages throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
Last March, Hanul said it would pay the wages throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
In 2019, Hanul signed a deal, and it will pay the wages throughout the year. | 2020-06-04 | throughout the year | 2020-01-01 | 2020-12-31
# the year named after it is the date
Hanul will pay the wages throughout the year 2021. | 2020-06-04 | 2021 | 2021-01-01 | 2021-12-31
"""  # noqa: E501
)

test_mend81q_dates = dates_test(THROUGHOUT_KEPT=THROUGHOUT_KEPT)

# rows: tests/cases/test_mend81q_absent.csv (table, text, published, the words no date may be read as, note), each
# checked by conftest.assert_no_date
test_mend81q_absent = rows_test(assert_no_date, **case_tables("test_mend81q_absent"))


def test_told_before_reads_a_bounded_window():
    """_told_before reads back at most win.THROUGHOUT_TOLD_BACK characters: a year named further back is not read
    (its cost per "throughout the year" is bounded, whatever the text's length)."""
    import datetime as dt

    from analysis.extract import windows as win
    from analysis.extract.date_rules import _told_before

    pub = dt.date(2020, 3, 10)
    near = "In 2019 Seoul said it would pay "
    far = "In 2019 Seoul " + "x" * win.THROUGHOUT_TOLD_BACK + " said it would pay "
    assert _told_before(near, len(near), pub) and not _told_before(far, len(far), pub)


def test_hostile_repeated_triggers():
    """200 KB of the new rules' triggers ("would ... 2019 ... throughout the year", "was called “x” by") are read
    through: no error, each "throughout the year" after its earlier year withheld (not timed)."""
    from analysis.extract import annotate

    text = "In 2019 Seoul said it would pay throughout the year. " * 4000
    assert not [d for d in read_dates(text, "2020-06-04") if d[0] == "throughout the year"]
    body = "The deal, which Al Roe signed, was called “a giveaway” by Jo Bell. " * 3000
    quotes = annotate(f"Headline\nBy A. Reporter\nMarch 10, 2021\n\n{body}").of_kind("quote")
    assert quotes and all(q.value["speaker_name"] != "Al Roe" for q in quotes)
