"""The whole annotator stays linear on long paragraphs of news copy that chain quotes, dates, speakers and figures
(lin59; the house standard: "the annotator's time stays linear"), counted without a clock.

Each shape is one unit of ordinary copy repeated: in one paragraph with no sentence end, as sentences with no
paragraph break, or as many short paragraphs. ``annotate_article``'s work on four times the text must be at most about
four times its work on the text (after a warm-up), the work being every function call as cProfile counts them, the
characters handed to the regex engine (tests/test_adversarial.py ``counting``), and the characters the article's text
is read over by slicing and by its searches (``_Read``: a read back across the whole paragraph at each quote, as
``rfind`` or ``text[lo:hi].split()`` did, costs no function call and no regex, yet it is the quadratic term).

On main (67e5099b) the shapes marked below failed: each read a growing stretch of the paragraph, or a growing list,
at each quote: dates._as_said_after_act (every earlier quoted date, per date), quotes._outlet_possessed and
quotes._owned_body_subject (back to the paragraph's start for a paragraph break, a sentence's end, a comma and every
mention after it), quote_fallback._mute_or_stranger, quotes._phrase_subject and _headline_subject_in_body (the whole
sentence split for a few words), quotes._surname_resolved (every namesake of a surname, per quote).
"""

from __future__ import annotations

import cProfile
from typing import Any, ClassVar

import pytest
from test_adversarial import counting

from analysis.article import parse_article
from analysis.extract import annotate_article


class _Read(str):
    """The article's text, adding to ``work`` the characters each slice holds and each search may read."""

    work: ClassVar[list[int]] = [0]

    def __getitem__(self, key: Any) -> str:
        if isinstance(key, slice):
            lo, hi, _ = key.indices(len(self))
            _Read.work[0] += max(0, hi - lo)
        return str.__getitem__(self, key)

    def _read(self, start: Any, end: Any, found: int, forward: bool) -> int:
        lo, hi, _ = slice(start, end).indices(len(self))
        _Read.work[0] += max(0, hi - lo) if found < 0 else max(0, found - lo if forward else hi - found)
        return found  # the characters a search reads: up to what it finds, or its whole window

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        return self._read(start, end, str.rfind(self, sub, start, end), forward=False)

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        return self._read(start, end, str.find(self, sub, start, end), forward=True)

    def split(self, *args: Any, **kwargs: Any) -> list[str]:  # type: ignore[override]
        _Read.work[0] += len(self)
        return str.split(self, *args, **kwargs)


def _names(n: int) -> list[str]:
    """Return ``n`` distinct given names of my own making ("Tavo", "Tavi", ...)."""
    letters = "aeiou"
    return [f"T{letters[i % 5]}v{letters[(i // 5) % 5]}{'r' * (i // 25)}" for i in range(n)]


def _namesakes(n_bytes: int) -> str:
    """Quotes of a bare surname after an office, then many full names that share it (each quote asked which of
    them holds that office)."""
    k = n_bytes // 40
    said = 'The envoy met us and Lim said "we wait". ' * (k // 2)
    body = said + "".join(f"{g} Lim met us. " for g in _names(k - k // 2))
    return "Hostile\n\nSeptember 1, 2025\n\n" + body


def _headline(n_bytes: int) -> str:
    """A headline that runs on: a label, then quotes after a verb."""
    unit = 'Notice: Lim at noon said "no" and '
    return unit * (n_bytes // len(unit) + 1) + "\nNovember 16, 2019\n\nBody."


def _repeated(unit: str) -> Any:
    return lambda n_bytes: "Hostile\n\nSeptember 1, 2025\n\n" + unit * (n_bytes // len(unit) + 1)


SHAPES = {
    # failed on main
    "told-years-ago": _repeated("Years ago, Lim said: “next month” "),
    "quoted-pledge-said": _repeated("“We will pay $3 billion next year,” said Oh, "),
    "body-of-place": _repeated("the agency, Hanul's lead office, said “yes” and "),
    "headline-label": _headline,
    # near misses: linear on main too
    "quote-said-stops": _repeated("“Next year,” Lim said. "),
    "outlet-possessed": _repeated("Tamsk's Uribora website said “no” and "),
}
SIZES = (2_000, 8_000)
WARM_UP = 1_000  # the size of the warm-up's text (modules loaded, patterns compiled), none of SIZES


def _work(text: str, chars: list[int]) -> int:
    """Return the work of annotating ``text`` (see the module's docstring)."""
    art = parse_article(text)
    art = type(art)(**{f: getattr(art, f) for f in art.__dataclass_fields__} | {"text": _Read(art.text)})
    chars[0] = _Read.work[0] = 0
    profile = cProfile.Profile(subcalls=False)
    profile.runcall(annotate_article, art)
    return sum(entry.callcount for entry in profile.getstats()) + chars[0] + _Read.work[0]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_lin59_annotate_linear(shape: str) -> None:
    """Four times the text: at most about four times the work (1.5: the warm-up and the text's ends)."""
    texts = [SHAPES[shape](n) for n in SIZES]
    annotate_article(parse_article(SHAPES[shape](WARM_UP)))  # another text: no text-keyed cache is filled for texts
    with counting() as chars:
        took = [_work(text, chars) for text in texts]
    assert took[1] <= 4 * took[0] * 1.5, took


def test_lin59_read_counts_same_answers() -> None:
    """The counting text changes no answer: the annotation of a shape is the same through ``_Read``."""
    text = SHAPES["body-of-place"](1_000)
    art = parse_article(text)
    counted = type(art)(**{f: getattr(art, f) for f in art.__dataclass_fields__} | {"text": _Read(art.text)})
    assert annotate_article(counted).to_dict() == annotate_article(art).to_dict()


def test_lin59_namesakes_read_once() -> None:
    """Which namesake holds the office before a bare surname is looked up, not read again at each quote: the role
    words of the namesakes are read once each (on main, once per namesake per quote: 930 then 15,500 reads)."""
    import pstats

    def reads(n_bytes: int) -> int:
        profile = cProfile.Profile()
        profile.runcall(annotate_article, parse_article(_namesakes(n_bytes)))
        return sum(v[1] for k, v in pstats.Stats(profile).stats.items() if k[2] == "_role_words")  # type: ignore[attr-defined]

    took = [reads(n) for n in SIZES]
    assert took[1] <= 4 * took[0] * 1.5, took
