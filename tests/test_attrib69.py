"""Quote speakers of documents and of speakers the text names that the tool left to nobody (attr69, twenty-second
session, issue #9): each row a sentence or a few paragraphs of my own (made-up senators Kara Wendle, Olin Pask, Bea
Thorvald, Dag Imre; officials Ned Halvorsen, Ilse Varga; places Torvia, Mellan; the House Canals Committee), labelled
by the Conventions of tests/corpus/README.md ("A document as the source of a quote": its issuer when the text names
one, else the document by its description; a joint letter: its first-named signer or the joint description) before
the tool ran on it. None read from the held-out corpus.

Rows are in tests/cases/test_attrib69.csv (``speakers`` "/" between the names accepted, "None" for words nobody
speaks; ``xfail`` the reason of a row still read wrong). One test item per table: it lists every row read wrong, and
every row marked ``xfail`` that now passes (a strict xfail kept by hand). Tables:

- SIGNED ("the letter, signed by A, B and C, said"), WROTE ("A, B and C wrote in a letter to D: '...'"), PLURAL
  ('"...," the senators wrote' after the pair);
- READS ("the resolution reads", "the text reads", "it goes on to say"), ACCORDING ("according to the statement"),
  RELEASE ("the ministry said in a release"), JOINT ("the two sides said in a joint statement"), OFFICE ("the office
  of X said"), COMMUNIQUE ("the communique says");
- NEXT_PARA: a document quoted in the paragraph after the one that introduced it;
- HEADLINE: a headline quote whose words the body gives to a release or a named speaker;
- NEAR: near misses (a document about someone, "the letter to X", "X received a letter", a quoted title, scare
  quotes in an editorial);
- PAIR: a pair that is a verb's object ("urged A and B", "met A and B") is not the group that speaks after it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_gen47q import speaker_of
from test_quotes40 import accepted

ROWS = Path(__file__).parent / "cases" / "test_attrib69.csv"


def table_rows(path: Path) -> dict[str, list[dict[str, str]]]:
    """Return the rows of a case csv by table name, in file order."""
    out: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["table"], []).append(row)
    return out


def misread(rows: list[dict[str, str]]) -> list[str]:
    """Return a line for each row read wrong that is not marked xfail, and for each xfail row that now passes."""
    out = []
    for i, row in enumerate(rows, 1):
        got = speaker_of(row["headline"], row["body"], row["words"])
        ok = got != "no span" and accepted([got], row["speakers"])
        if ok == bool(row["xfail"]):
            why = "passes now: drop its xfail" if ok else f"got {got!r}, want {row['speakers']!r}"
            out.append(f"{i}: {row['note']}: {why}")
    return out


TABLES = table_rows(ROWS)


@pytest.mark.parametrize("name", list(TABLES))
def test_attrib69_speakers(name: str) -> None:
    bad = misread(TABLES[name])
    assert not bad, "\n".join(bad)


def test_attrib69_evaluate_joint_alias() -> None:
    """evaluate accepts a joint letter's group or document alias in lower case beside a person speaker (the
    Conventions' joint letter), and still drops a role one person holds (audit42s)."""
    from analysis.evaluate import _speaker_ok

    item = {"speaker": "Kara Wendle", "aliases": ["Wendle", "the senators", "the Members", "the letter",
                                                  "the two lawmakers", "the senator", "official", "he"]}
    persons = frozenset({"kara wendle"})
    got = {a: _speaker_ok(a, item, persons) for a in item["aliases"]}
    assert got == {"Wendle": True, "the senators": True, "the Members": True, "the letter": True,
                   "the two lawmakers": True, "the senator": False, "official": False, "he": False}, got
