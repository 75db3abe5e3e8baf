"""Headline quotes whose words the body repeats or tells (mendq71, twenty-second session, issue #9): each row a
headline and a body of my own (made-up senators Mira Solberg, Ivo Brandt; Defense Secretary Tomas Quill; Foreign
Minister Greta Vane; envoy Ansel Drury; places Parvia, Lonsk), labelled before the tool ran on it by the lead's
decision: a headline quote takes the speaker of the body passage that carries the same words (the same quoted
words, or the same content words in reported speech of one speaker, in the first few paragraphs) when exactly one
speaker carries them; none when two do or none do (a wrong name is worse than none). None read from the held-out
corpus.

Rows are in tests/cases/test_headline71.csv (``speakers`` "/" between the names accepted, "None" for words nobody
speaks; ``xfail`` the reason of a row still read wrong). One test item per table: it lists every row read wrong, and
every row marked ``xfail`` that now passes (a strict xfail kept by hand). Tables:

- QUOTED: the body quotes the headline's words, one speaker (once or twice);
- TOLD: one speaker's reported speech holds the headline's words (unbroken, or their content words);
- RELEASE: a ministry's release tells or quotes them ("the ministry said in a release", "according to a release");
- TWO: two speakers carry them (quoted, told, or one each): none;
- ABSENT: the body does not carry them (narrative, other words, a denial, past the lead): none, or the headline's
  own credit;
- EDITORIAL: scare quotes in an editorial's headline: none;
- TITLE: the headline's quote is a book's or a law's title a speaker only speaks of: none;
- DOCUMENT (item 3): a document's speaker is its sender or issuer, never its addressee or topic ("the letter to X
  said", "a memo on the ministry said", "a report about X said": the document; "the ministry's release said": the
  ministry), with controls ("the letter from X", "X's letter to Y", "X wrote to Y ... he said", "speaking about").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attrib69 import misread, table_rows

TABLES = table_rows(Path(__file__).parent / "cases" / "test_headline71.csv")


@pytest.mark.parametrize("name", list(TABLES))
def test_headline71_speakers(name: str) -> None:
    """Every row of the table reads as labelled (each one read wrong, or passing despite its xfail, is listed)."""
    assert not (bad := misread(TABLES[name])), "\n".join(bad)


def test_headline71_joint_alias_only_for_joint_documents() -> None:
    """evaluate accepts a group alias in lower case beside a person speaker only when the quote comes from a document
    the speaker signed or issued with others (the joint-letter Convention: an alias names the document, or the
    note says so): "the senators" for a letter's first signer; not "the U.S. negotiators" for one negotiator."""
    from analysis.evaluate import _speaker_ok

    persons = frozenset({"ned halvorsen", "kara wendle"})
    alone = {"speaker": "Ned Halvorsen", "aliases": ["Halvorsen", "the U.S. negotiators"],
             "note": "partial quote of the U.S. negotiators' accusation; Halvorsen's words quoted in full below"}
    letter = {"speaker": "Kara Wendle", "aliases": ["Wendle", "the senators"],
              "note": "joint letter: the first-named signer or the joint description"}
    signed = {"speaker": "Kara Wendle", "aliases": ["Wendle", "the senators", "a letter"], "note": "partial quote"}
    role = {"speaker": "Ned Halvorsen", "aliases": ["the negotiator", "the negotiators"], "note": "full quote"}
    got = [_speaker_ok("the U.S. negotiators", alone, persons), _speaker_ok("Halvorsen", alone, persons),
           _speaker_ok("the senators", letter, persons), _speaker_ok("the senators", signed, persons),
           _speaker_ok("a letter", signed, persons), _speaker_ok("the negotiator", role, persons),
           _speaker_ok("the negotiators", role, persons)]
    assert got == [False, True, True, True, True, False, False], got
