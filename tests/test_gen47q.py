"""Quote speakers on paragraphs of my own (gen47q, fourteenth session), written and labelled before the tool ran on
them: wire English of every attribution shape, with made-up people, ministries and outlets (US, Korean and Japanese
names in both orders). None read from the held-out corpus.

The rows are in tests/cases/test_gen47q.csv (columns ``headline`` (empty: a plain one), ``body`` (a written "\\n" is
a line break), ``words`` (a distinctive piece of one quote), ``speakers`` (the names evaluate accepts for that
quote's speaker, "/" between aliases, "None" for a quote the text credits to nobody), ``xfail`` (the reason of a
row still read wrong: a strict xfail) and ``note``). Tables, by class of news English:

- DESCRIPTOR: speakers introduced by a description (indefinite, definite with no antecedent, postmodified, plural,
  "one of the negotiators", "another official", "the source" after an official);
- BACKREF: a named person, then "the minister"/"the official"/"he"/"she" in the next paragraph;
- CONTINUED: a quote running over paragraphs (an opening mark with no close) and the bare quote paragraph after an
  attributed one;
- COLON_BELOW: "X said:" with the quote in the next paragraph;
- SAID_WHO: "said X, who ..." and names in apposition to an inverted verb;
- ACCORDING_TO, TOLD, POSTED (X, Truth Social, Facebook), STATEMENT (statements, joint statements);
- TWO: two speakers in one paragraph; NESTED: a quote inside a quote is the outer speaker's;
- PARTIAL: partial quotes in reported speech and scare quotes; HEADLINES: headline quotes with a colon label, single
  marks; DOCUMENTS: a report's, a memo's, an agreement's words (Conventions silent: the document or its author);
- NAMES: name orders; CONTROLS: titles, code names, nicknames, words-as-words (nobody speaks them);
- FALLBACK: a speaker carried from context; UNATTRIBUTED: sayings, passives, terms.
"""

from __future__ import annotations

import pytest
from conftest import case_tables, cases, merged, run_rows
from test_quotes40 import accepted
from test_quotes45 import ev_name

from analysis.extract import quote_spans

TABLES = case_tables("test_gen47q")


def speaker_of(headline: str, body: str, words: str) -> str | None:
    """The speaker the tool gives the quote holding ``words`` ("no span" when no quote span holds them), as the case
    tables read it."""
    text = f"{headline or 'Headline'}\nBy A. Reporter\nNovember 16, 2019\n\n" + body.replace("\\n", "\n")
    said = [(s.exact, ev_name(s.value)) for s in quote_spans(text)]
    return next((who for exact, who in said if words in exact), "no span")


def check_gen47q_speakers(headline: str, body: str, words: str, speakers: str) -> None:
    got = speaker_of(headline, body, words)
    assert got != "no span" and accepted([got], speakers), got


@pytest.mark.parametrize("rows", merged(cases(**TABLES)))
def test_gen47q_speakers(rows: list[object]) -> None:
    run_rows(check_gen47q_speakers, rows)
