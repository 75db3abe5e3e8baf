"""Reading an article file: header, date, segmentation, and every bad input as one actionable error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_bad_inputs import ARTICLE_CASES

from analysis.article import parse_article, parse_dateline, parse_published, read_article
from analysis.errors import InputError
from analysis.paths import SEED_ARTICLE


def test_seed_header_and_paragraphs():
    a = read_article(SEED_ARTICLE)
    assert (a.title, a.byline, a.published) == (
        "North Korea Angling for Another Trump-Kim Summit",
        "Cheryl Sanders",
        dt.date(2019, 11, 16),
    )
    assert len(a.paragraphs) == 17
    assert a.text == SEED_ARTICLE.read_bytes().decode("utf-8")
    assert a.paragraphs[-1].of(a.text) == "Other reports by iNewsToday"


def test_seed_truncated_sentences_end_at_us():
    a = read_article(SEED_ARTICLE)
    texts = [s.of(a.text) for s in a.sentences]
    assert "The North brands such U.S." in texts
    assert any(t.endswith("expressing anger at planned U.S.") and t.startswith("The report") for t in texts)
    assert "This year it was just less than a billion." in texts


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("Mr. Kim met Gen. Abrams. It rained.", ["Mr. Kim met Gen. Abrams.", "It rained."]),
        ("He met U.S. envoys in S. Korea. They left.", ["He met U.S. envoys in S. Korea.", "They left."]),
        ("Seoul asked the U.S. The U.S. refused.", ["Seoul asked the U.S.", "The U.S. refused."]),
        (
            "U.S. President Donald Trump spoke. Seoul listened.",
            ["U.S. President Donald Trump spoke.", "Seoul listened."],
        ),
        ('"Why?" he asked. "Because," she said.', ['"Why?" he asked.', '"Because," she said.']),
        ('He said "pay more." Then he left.', ['He said "pay more."', "Then he left."]),
        ("It was signed Nov. 5 in Seoul. Talks ended.", ["It was signed Nov. 5 in Seoul.", "Talks ended."]),
        ("It cost $1.5 billion. No. 2 is next.", ["It cost $1.5 billion.", "No. 2 is next."]),
        ("in the past ... it is important. Yes.", ["in the past ... it is important.", "Yes."]),
        ("Wait! Who pays? Seoul.", ["Wait!", "Who pays?", "Seoul."]),
        ("The sentence has no end", ["The sentence has no end"]),
    ],
)
def test_sentences(body, sentences):
    a = parse_article("Title\nNovember 16, 2019\n\n" + body)
    assert [s.of(a.text) for s in a.sentences] == sentences


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("November 16, 2019", dt.date(2019, 11, 16)),
        ("Nov. 16, 2019", dt.date(2019, 11, 16)),
        ("16 November 2019", dt.date(2019, 11, 16)),
        ("2019-11-16", dt.date(2019, 11, 16)),
        ("Saturday, November 16, 2019", dt.date(2019, 11, 16)),
        ("Published: November 16, 2019 10:04 AM", dt.date(2019, 11, 16)),
        ("Updated Nov 16, 2019 at 3:15 p.m. EST", None),  # "at" is not in the date-line grammar
        ("Cheryl Sanders", None),
    ],
)
def test_datelines(line, date):
    assert parse_dateline(line) == date


def test_published_overrides_date_line_and_supplies_a_missing_one():
    a = parse_article("Title\nBy Jo\nNovember 16, 2019\n\nBody.", published="2020-01-02")
    assert a.published == dt.date(2020, 1, 2)
    b = parse_article("Title\nBy Jo\n\nBody text here.", published=dt.date(2019, 11, 16))
    assert (b.byline, [p.of(b.text) for p in b.paragraphs]) == ("By Jo", ["Body text here."])


def test_bom_is_kept_and_offsets_stay_consistent():
    text = "\ufeffTitle\r\nNovember 16, 2019\r\n\r\nMr. Kim met U.S. envoys.\r\n\r\nIt rained."
    a = parse_article(text)
    assert a.title == "Title" and a.text[0] == "\ufeff"
    assert [p.of(text) for p in a.paragraphs] == ["Mr. Kim met U.S. envoys.", "It rained."]


@pytest.mark.parametrize("value", ["2019/11/16", "16-11-2019", "2019-02-30", "yesterday", ""])
def test_bad_published(value):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published(value)


#: The bad article files of the command-line matrix (tests/test_bad_inputs.py), read here by the reader alone.
BAD_FILES = {name: case for name, case in ARTICLE_CASES.items() if isinstance(case.content, bytes) and not case.extra}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files(tmp_path, name):
    p = tmp_path / "a.txt"
    p.write_bytes(BAD_FILES[name].content)
    with pytest.raises(InputError) as info:
        read_article(p)
    assert "\n" not in str(info.value)
    assert BAD_FILES[name].unnamed(str(info.value), str(p)) == [], str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)


def test_too_big_file_is_refused_before_reading(tmp_path, monkeypatch):
    from analysis.article import MAX_ARTICLE_BYTES

    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.write(b"Title\nNovember 16, 2019\n\nBody.\n")
        f.truncate(100 * 2**20)  # sparse: 104.9 MB on paper, almost nothing on disk
    with monkeypatch.context() as m:  # refused from its size: the file is never opened
        m.setattr(Path, "open", lambda *a, **k: pytest.fail("the file was opened"))
        with pytest.raises(InputError) as info:
            read_article(p)
    assert str(info.value) == (
        f"{p}: article is 104.9 MB, larger than the 20 MB limit; split it or pass a shorter text"
    )
    assert MAX_ARTICLE_BYTES == 20_000_000


def test_file_at_the_limit_is_read(tmp_path):
    from analysis.article import MAX_ARTICLE_BYTES

    p = tmp_path / "big.txt"
    head = b"Title\nNovember 16, 2019\n\n"
    p.write_bytes(head + b"x" * (MAX_ARTICLE_BYTES - len(head)))
    assert len(read_article(p).text) == MAX_ARTICLE_BYTES


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_published_outside_the_years_is_refused_with_the_range(value):
    with pytest.raises(InputError, match=f"--published {value} is outside 1900-2100"):
        parse_published(value)


def test_date_line_outside_the_years_is_refused_unless_published_is_given():
    text = "Title\nJanuary 1, 1850\n\nBody."
    with pytest.raises(InputError, match="line 2: date line 'January 1, 1850' is outside 1900-2100"):
        parse_article(text)
    assert parse_article(text, "2019-11-16").published == dt.date(2019, 11, 16)


def test_impossible_date_line_with_published_is_accepted_and_kept_out_of_the_body():
    a = parse_article("Title\nBy Jo\nFebruary 30, 2019\n\nBody.", "2019-03-01")
    assert a.published == dt.date(2019, 3, 1) and a.byline == "By Jo"
    assert [p.of(a.text) for p in a.paragraphs] == ["Body."]


@pytest.mark.parametrize(("path", "kind"), [("/dev/null", "a character device"), ("fifo", "a FIFO")])
def test_special_files_are_refused_without_opening(tmp_path, path, kind):
    import os

    if path == "fifo":
        path = str(tmp_path / "fifo")
        os.mkfifo(path)  # no writer: opening it would block for ever
    with pytest.raises(InputError, match=f"is {kind}, not a regular file"):
        read_article(path)
