"""Quote speakers of partial quotes whose speaker the quote's own sentence names (speak54, forty-sixth session, issue
#9): each row a sentence of my own (made-up senator Nola Brandt, envoy Ikaika Renner), labelled before the tool ran
on it. None read from the held-out corpus.

Rows are in tests/cases/test_speak54.csv (``speakers`` "/" between the names accepted, "None" for words nobody
speaks; ``xfail`` the reason of a row still read wrong). One test item per table: it lists every row read wrong, and
every row marked ``xfail`` that now passes. Tables:

- JUDGING: a verb of praise or blame in any tense, a phrasal verb ("took aim at", "railed against", "pointed to"),
  an adjective ("critical of", "vocal about") or a noun of feeling ("frustration over") before "the" and a quoted
  modifier: the judge's word, not the writer's label;
- OCCASION: a phrase of occasion between the subject and its verb ("Bo in a floor speech called for");
- PROPOSAL: "floated the idea of a", "raised the prospect of a": the proposer's words;
- POSSESSIVE: "Bo's repeated calls for a", "Bo's push for a";
- FOR_TO: "for Bo to tout/hail";
- AS_LATER: "a “...” nation, as Bo put it" (the as-clause after the quote's noun);
- QUOTING: "the ministry said in a statement quoting Bo": Bo's words;
- REPORTED: "An aide said Bo expressed hope for a “...”": a verb of stance of the reported subject;
- AGENT: "was rejected by Bo as “...”";
- CRITIC: "Bo, a longtime critic of the “...” formula, ...";
- RELAYED: "Bo told Al the offer was “...,” an aide said": Bo's words, which the aide reports;
- INSTITUTION: "The South Korean foreign ministry welcomed the “...”", "Seoul's foreign ministry voiced hope for a";
- AFTER: the owner named after the quote's noun ("the “...” demand by Bo", "the “...” ally Bo keeps talking about");
- CONTROL: near misses that keep their reading (scare quotes, a name after a judging verb, titles, "as the saying
  goes", "citing" is not "quoting", a phrase of occasion before a verb of no saying, "A said B had called it", a tag
  with no named sayer before it, a place's possessive before no body).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attrib69 import misread, table_rows

TABLES = table_rows(Path(__file__).parent / "cases" / "test_speak54.csv")


@pytest.mark.parametrize("name", list(TABLES))
def test_speak54_speakers(name: str) -> None:
    bad = misread(TABLES[name])
    assert not bad, "\n".join(bad)
