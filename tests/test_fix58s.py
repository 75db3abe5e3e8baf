"""fix58s: a body pasted one line a paragraph reads a quote broken over two lines of one paragraph as that paragraph.

News copy opens every paragraph of a quotation again with a mark; a line that closes a quote it never opened, right
after a line that left that quote open, is the same paragraph broken by a line break (a broadcast transcript's lines).
``quotes.joined_at_carries`` joins such lines in a body parted at its line breaks, so the quote keeps one span and one
speaker, as it has where blank lines part the paragraphs. Rows are my own sentences.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate
from analysis.extract.quotes import joined_at_carries

HEAD = "Cost row settled\nBy A Writer\nMarch 3, 2021\n\n"
PUBLISHED = "2021-03-03"


def pasted(body: str) -> str:
    """The body with each blank line a single line break (as some pages paste)."""
    return HEAD + body.replace("\n\n", "\n")


def quotes(text: str) -> list[tuple[str, str | None]]:
    """Each quote's words (blanks made one) with its speaker id or name."""
    return [(" ".join(q.exact.split()), q.value["speaker"] or q.value["speaker_name"])
            for q in annotate(text, PUBLISHED).of_kind("quote")]  # fmt: skip


#: FIXED: a paragraph whose quote runs over two lines: pasted one line a paragraph, main read two quotes.
FIXED = [
    'The ministry said talks ended in Oslo.\n\n"The plan keeps our forces ready and is fair to taxpayers.\n'
    'We think parliament can accept it," Lena Ortiz told reporters.\n\nTalks resume in June.',
    'The envoy met reporters in Geneva.\n\n"We reached a number both capitals can live with.\n'
    'It is a good result for the alliance," Marta Quist said.\n\nThe accord runs five years.',
]

#: NEAR: the lines are not joined: the next line opens its own quote, the line before closed its quote, or no quote
#: was left open; as on main.
NEAR = [
    'Lena Ortiz spoke.\n\n"We pay more.\n\n"We stay longer," she said.\n\nTalks end.',
    'Lena Ortiz spoke.\n\n"We pay more," she said.\n\nIt was fair," he wrote.\n\nTalks end.',
    'Lena Ortiz spoke.\n\nWe pay more.\n\nWe stay," the note read.\n\nTalks end.',
]


@pytest.mark.parametrize("body", FIXED)
def test_pasted_quote_over_two_lines_reads_as_its_paragraph(body: str) -> None:
    want = quotes(HEAD + body)
    assert len(want) == 1 and want[0][1] is not None
    assert quotes(pasted(body)) == want


@pytest.mark.parametrize("body", NEAR)
def test_near_misses_keep_their_paragraphs(body: str) -> None:
    text = pasted(body)
    start = len(HEAD)
    paragraphs, pos = [], start
    for line in text[start:].split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert joined_at_carries(text, paragraphs) is paragraphs


def test_blank_line_carry_is_left_as_main_reads_it() -> None:
    """Across a blank line a carried quote stays two stretches (its paragraphs are printed apart)."""
    t = 'Bo said: "We pay.\n\nWe stay," he added.'
    assert joined_at_carries(t, [(0, 17), (19, 39)]) == [(0, 17), (19, 39)]


def test_a_run_of_carried_lines_pairs_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines that each close one quote and open the next: ``_pairs`` reads each line once (a join is not joined
    again), not the growing paragraph again at every line (quadratic: 64 KB took 14 s before)."""
    from analysis.extract import quotes

    text = 'Bo said: "a\n' + 'b," he said, "c\n' * 300
    paragraphs, at = [], 0
    for line in text.split("\n"):
        paragraphs.append((at, at + len(line)))
        at += len(line) + 1
    read: list[int] = []
    pairs = quotes._pairs
    monkeypatch.setattr(quotes, "_pairs", lambda t, a, b: read.append(b - a) or pairs(t, a, b))
    quotes.joined_at_carries(text, paragraphs)
    assert sum(read) <= len(text), (len(read), sum(read))
