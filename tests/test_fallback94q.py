"""The full-clause fallback (fallback94q, ``quotes._clause_fallback``): a quotation that is a full clause (four words
or more with a finite verb's cue) that no other rule credited takes its sentence's closing tag, the last speaker of
its paragraph or the one before, or the subject of the sentence before it; its attribution rule is "clause". A label,
a slogan or a title stays nobody's, and so does a quote alone in its paragraph after one that only tells of a person
(tests/test_extract_quotes.py's WIRE row 42: the text does not say who spoke).

Rows are my own (made-up people Ana Volk, Kol Varn, Ina Dobsk; the place Hanul), written by the Conventions of
tests/corpus/README.md before the tool ran on them: (body, the quote's words, the speakers accepted — "/" between
names, "None" for nobody — and the attribution rule wanted, "-" for any). None read from the held-out corpus.

Tables:

- TAG: the sentence closes with its tag past the quote's own stop ("“...!” Volk was quoted as saying in May.") or
  after the sentence's last comma (", the text of the committee report reads."); controls: "was asked" (said to the
  subject), a tag with a clause of its own after the verb, a label;
- CARRIED: the next full clause of the same paragraph takes the speaker the tag gave ("“A!” Volk was quoted as
  saying. “B.”"); control: a label after it stays nobody's;
- BEFORE: the subject of the sentence before, past a fronted participle ("Asked about the demand, Varn shook his
  head. “...”"); controls: the sentence before opens on no speaker, a label;
- PARAGRAPH: controls only: a full-clause paragraph after a paragraph whose last sentence opens on a person who
  says nothing, or on a thing; a slogan.
"""

from __future__ import annotations

from conftest import case_tables, quote_speaker, rows_test

from analysis.evaluate import norm_name
from analysis.extract import annotate

LEAD = "Defense Minister Ana Volk of Hanul met Kol Varn on Monday.\n\n"


def check_clause(body: str, words: str, speakers: str, rule: str) -> None:
    """Assert that the first quote holding ``words`` in an article of ``LEAD`` and ``body`` is credited to one of
    ``speakers`` ("None": nobody) by the attribution ``rule`` ("-": any)."""
    got = quote_speaker(LEAD + body, words)
    names = speakers.split("/")
    if got is None:
        assert "None" in names, f"got nobody, want {speakers!r}"
    else:
        assert norm_name(got) in {norm_name(n) for n in names}, f"got {got!r}, want {speakers!r}"
    if rule != "-":
        art = annotate(f"Headline\nBy A. Reporter\nMarch 10, 2021\n\n{LEAD}{body}")
        value = next(q.value for q in art.of_kind("quote") if words in q.exact)
        assert value["attribution"] == rule, value["attribution"]


# rows: tests/cases/test_fallback94q.csv (table, body, words, speakers, rule, xfail, note)
test_fallback94q = rows_test(check_clause, **case_tables("test_fallback94q"))
