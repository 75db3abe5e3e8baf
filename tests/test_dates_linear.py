"""Date rules read a bounded stretch around each match, not the text from its start (thirty-second session, hunt32;
no clock).

``dates._sentence_before`` (the sentence before "Since he took office, ...", whose one holder the pronoun means)
found its end by copying the text from its start to the sentence's and stripping the copy's tail: quadratic in a
text of many such sentences (the function alone on 80, 160, 320 KB of 'Trump spoke. Since he took office, he
paid. ' 0.007, 0.041, 0.083 s of its own time; annotate 0.33, 0.78, 2.01 s). It now steps back over the blanks and
stops before the sentence. The test counts the characters of the text sliced while the pronouns are read, for a
text and one twice as long: the count must grow like the text.

``dates._onwards`` ("from 2026 onwards" in a sentence that states a term) looks back at most 200 characters for its
sentence's start, but searched for a line break back to the paragraph's start: quadratic in a paragraph of them (the
search alone 0.009, 0.034, 0.154 s at 160, 320, 640 KB of 'from 2026 onwards '; now 0.004, 0.009, 0.017 s). It now
searches the 200 characters only (a line break further back gives a start that the bound lifts to the same place).
The second test counts the characters searched back.

``date_rules._before_successor`` ("during his presidency ..., a deal later undone by his successor, Joe Biden") found
where the next sentence starts by copying the text from the sentence's end to the text's end and stripping the
copy's head: quadratic in a text of many such terms (the function alone on 80, 160, 320 KB of 'During his presidency,
Trump paid. ' 0.014, 0.042, 0.116 s of its own time; its calls alone on 80, 160, 320, 640 KB 0.066, 0.149, 0.331,
0.803 s, now 0.043, 0.083, 0.164, 0.327 s). It now steps over the blanks in place. The third test counts the
characters sliced.
"""

from __future__ import annotations

import datetime as dt
import re

from conftest import CountedText

from analysis.extract import date_rules, dates


def _read(unit: str, pattern: str, n: int, call) -> tuple[int, list]:
    """Return the characters read by ``call`` on each match of ``pattern`` in ``n`` units, and its answers."""
    text = CountedText("T\n\n" + unit * n)
    CountedText.read = 0
    got = [call(m) for m in re.finditer(pattern, text)]
    return CountedText.read, got


def test_pronoun_holder_reads_back_a_bounded_stretch():
    unit = "Trump spoke. Since he took office, he paid. "
    (small, got), (large, _) = (_read(unit, "he took office", n, date_rules._pronoun_holder) for n in (100, 200))
    assert got == [{"donald-trump"}] * 100  # the one holder the sentence before names
    assert large <= 2.2 * small, (small, large)  # the old code copied the text before each sentence


def test_onwards_searches_back_a_bounded_stretch():
    pattern = next(p.pattern for p, handler, *_ in dates._PATTERNS if handler is dates._onwards)
    pub = dt.date(2025, 7, 9)
    (small, got), (large, _) = (_read("from 2026 onwards ", pattern, n, lambda m: dates._onwards(m, pub, False))
                                for n in (200, 400))
    assert got == [None] * 200  # no term stated: the year alone
    assert large <= 2.2 * small, (small, large)  # the old code searched back to the paragraph's start


def test_before_successor_reads_a_bounded_stretch():
    terms = date_rules._terms_of()["donald-trump"]
    unit = "During his presidency, Trump paid. "
    read = date_rules._before_successor
    (small, got), (large, _) = (_read(unit, "During his presidency", n, lambda m: read(terms, m)) for n in (100, 200))
    assert got == [None] * 100  # no successor named
    assert large <= 2.2 * small, (small, large)  # the old code copied the text after each sentence
