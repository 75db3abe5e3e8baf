"""Quote speakers reached through a role ("the official", "the minister", "a spokesman", "the president", "a senior
official") and through the fallback (a quote with no attribution in its paragraph) where the role fits two named
people, no named person, or a person who is only spoken of (desc72, twenty-second session, issue #9): each row a
sentence or a few paragraphs of my own (made-up people Oren Haldane, Sela Brukner, Tavi Ostrand; Hanul University),
labelled by the Conventions of tests/corpus/README.md ("A speaker named only by a role": the role as the text gives
it; a wrong name is worse than none) before the tool ran on it. None read from the held-out corpus.

Rows are in tests/cases/test_desc72.csv (``speakers`` "/" between the names accepted, "None" for words nobody
speaks; ``xfail`` the reason of a row still read wrong). One test item per table: it lists every row read wrong, and
every row marked ``xfail`` that now passes (a strict xfail kept by hand). Tables:

- OFFICIAL: "the official" (and "the envoy", "the negotiator") after two named people who both hold it;
- MINISTER: "the minister" after a foreign and a defense minister;
- SPOKESMAN: "a spokesman", "the spokesman", "his spokesman" after a named minister (someone else);
- PRESIDENT: "the president" after a former and a sitting president, or two sitting ones;
- ANON: anonymous descriptors ("a senior official", "officials", "sources", "an official who asked not to be named");
- PARA: a role across a paragraph break after a new person is introduced;
- FB_OBJECT: the fallback in a paragraph whose only named person is addressed, criticised or mentioned;
- FB_AFTER: the fallback after a paragraph that ends with another speaker's quote.

Each table holds its near misses: a role that fits exactly one named person keeps that person.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attrib69 import table_rows
from test_gen47q import speaker_of

from analysis.evaluate import norm_name

TABLES = table_rows(Path(__file__).parent / "cases" / "test_desc72.csv")


def fits(got: str | None, want: str) -> bool:
    """Return whether ``got`` is one of the "/"-separated names of ``want`` ("None" among them: no speaker).

    >>> fits(None, "None/the official"), fits("Official", "None/the official"), fits("Bo Rimmer", "the official")
    (True, True, False)
    """
    names = want.split("/")
    if got is None:
        return "None" in names
    return norm_name(got) in {norm_name(n) for n in names if n != "None"}


def misread(rows: list[dict[str, str]]) -> list[str]:
    """Return a line for each row read wrong that is not marked xfail, and for each xfail row that now passes."""
    out = []
    for i, row in enumerate(rows, 1):
        got = speaker_of(row["headline"], row["body"], row["words"])
        ok = got != "no span" and fits(got, row["speakers"])
        if ok == bool(row["xfail"]):
            why = "passes now: drop its xfail" if ok else f"got {got!r}, want {row['speakers']!r}"
            out.append(f"{i}: {row['note']}: {why}")
    return out


@pytest.mark.parametrize("name", list(TABLES))
def test_desc72_speakers(name: str) -> None:
    bad = misread(TABLES[name])
    assert not bad, "\n".join(bad)
