"""speed57b (session 57): the frame of a figure in a run-on sentence of figures reads each neighbour once.

``multiple_frame`` asks of every amount near a multiple whether it is the payment the multiple counts from
(``payment_than_multiple``, ``raised_base``): those answers depend on the amount alone and are kept on the Reader, and
the last multiple before an amount is read back by ``Reader.last_of``, not listed from the window's start for each
amount. ``_own_cues`` reads the figures between a cue and its figure off the kind's index (``_figures_between``), not
a copy of every figure of the cue's stretch. ``multiple_restated`` tries its bounded gap before it lists figures.

Checked by counting (spans read, answers made), never by time, and by identity: the new readers find what the lists
they replace found, on invented hostile runs and near misses (``check`` of every dev article is byte-identical: the
session's report).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from analysis import frames
from analysis.frames import Reader, annotate_text

# invented wording: runs of one figure phrase, multiples with amounts, percents "more", amounts restated in brackets
RUNS = [
    "a fourfold rise of $2.3 billion, ",
    "$3.1 billion in 2016, ",
    "six times more than its payment of $710 million, ",
    "up 40 percent more than the old deal of $650 million, ",
    "raise its share of $820 million by threefold, ",
    "a doubling, or about $1.9 billion, ",
    "1.2 trillion won ($1 billion), three times that, ",
]


@contextmanager
def _counting(name: str) -> Iterator[list[int]]:
    """Count what ``Reader.<name>`` returns (the length of a list, else one a call) while the block runs."""
    seen = [0]
    real = getattr(Reader, name)

    def counted(self: Reader, *args: object) -> object:
        out = real(self, *args)
        seen[0] += len(out) if isinstance(out, list) else 1
        return out

    setattr(Reader, name, counted)
    try:
        yield seen
    finally:
        setattr(Reader, name, real)


def _per_figure(unit: str, times: int, kind: str, rule: Callable[[Reader, object], object], name: str) -> float:
    """Spans read (``spans_in``) or equivalents asked per figure of ``kind`` when ``rule`` frames each of them."""
    r = Reader(annotate_text(unit * times))
    figures = r.spans_in(0, len(r.text), kind)
    with _counting(name) as seen:
        for f in figures:
            rule(r, f)
    return seen[0] / len(figures)


def test_multiple_reads_each_amount_once() -> None:
    """300 multiples past the window: each reads a bounded stretch once (main read ~3,200 spans a multiple)."""
    assert _per_figure("a fourfold rise of $2.3 billion, ", 300, "multiplier", frames.multiple_frame,
                       "spans_in") < 1000


def test_own_cues_reads_between_only() -> None:
    """Each amount of a run of 300 asks the equivalence of a bounded few neighbours (main asked ~150 an amount)."""
    assert _per_figure("$3.1 billion in 2016, ", 300, "money", frames._other_quantity, "equivalent") < 100


def test_payment_than_multiple_kept_per_amount() -> None:
    """The answer for an amount is made once however many multiples ask it."""
    r = Reader(annotate_text("four times more than its payment of $710 million, " * 60))
    amounts = r.spans_in(0, len(r.text), "money")
    first = [frames.payment_than_multiple(r, a) for a in amounts]
    with _counting("local") as made:
        again = [frames.payment_than_multiple(r, a) for a in amounts for _ in range(3)]
    assert made[0] == 0 and again == [x for x in first for _ in range(3)] and any(first)


def _old_last_multiple(r: Reader, s: int, end: int) -> object:
    multiples = [m for m in r.figures_in(s, end) if m.kind == "multiplier" or frames.percent_more(r, m)]
    return multiples[-1] if multiples else None


@pytest.mark.parametrize("unit", RUNS)
def test_readers_find_what_the_lists_found(unit: str) -> None:
    """``last_of`` finds the old list's last multiple; ``_figures_between`` the old filtered list (every bounds)."""
    r = Reader(annotate_text(unit * 12 + "Seoul paid 2 percent more. " + unit * 3))
    figures = r.figures_in(0, len(r.text))
    for fig in figures:
        s, _ = r.local(fig)
        new = r.last_of(s, fig.start, ("multiplier", "percent"),
                        lambda m: (m.kind == "multiplier" or frames.percent_more(r, m)) and not r.equivalent(m))
        assert new == _old_last_multiple(r, s, fig.start)
        for lo, hi in ((0, fig.start), (fig.end, len(r.text)), (s, fig.end), (fig.start - 30, fig.end + 30)):
            old = [f for f in r.figures_in(lo, hi) if f.id != fig.id and f.kind == fig.kind]
            assert frames._figures_between(r, fig, lo, hi) == old


NEAR = [  # near misses: the answers these rules give on plain sentences are unchanged
    ("The US wanted Seoul to pay five times more than its contribution of $890 million.", -1, True),
    ("The US wanted Seoul to pay five times more than Tokyo, or $890 million.", -1, False),
    ("Washington asked Seoul to lift its share of $870 million by fourfold.", 0, None),
]


@pytest.mark.parametrize(("text", "k", "than"), NEAR)
def test_near_misses(text: str, k: int, than: bool | None) -> None:
    r, fig = frames.figure_in(text, k)
    if than is not None:
        assert frames.payment_than_multiple(r, fig) is than
    else:
        assert frames.raised_base(r, fig) is True
