"""speed54: exact speed-ups of ``analysis.extract.scan`` (issue #12); each answer equals the one found the old way.

1. ``scan`` searches each window once before it makes a generator for it (``_cover``'s ``first``): most windows hold
   no match. The matches equal those of the old ``_cover`` (one ``finditer`` over the window), patterns that match
   empty included.
2. ``share_places``: each long piece searched once for the amount and count finders' literals; the places equal a
   ``str.find`` pass each, the finders' output is the same, and nothing stays shared after ``annotate``.
"""

from __future__ import annotations

import itertools
import random
import re
from array import array

import pytest

from analysis.extract import scan as S


def _past(hits, k, j, x):
    """Return the index of the first hit at or after ``x`` (``j`` when none is left)."""
    while k < j and hits[k] < x:
        k += 1
    return k


def _old_cover(full, text, hits, i, j, lo, hi, end):
    """The ``_cover`` of session 53, told again with a helper: ``finditer`` over the window, searched again wider when a
    match covering a hit reaches the window's end; a match is yielded when it covers the next hit and is not empty."""
    k, pos = i, lo
    while True:
        widened = False
        for m in full.finditer(text, pos, hi):
            ms, me = m.span()
            k = _past(hits, k, j, ms)
            if k == j:
                return
            if ms <= hits[k] < me or ms == hits[k] == me:
                if me + 5 >= hi and hi < end:
                    pos, hi, widened = ms, min(end, hi + max(hi - ms, 64)), True
                    break
                if me > ms:
                    yield m
                k = _past(hits, k, j, me)
                if k == j:
                    return
        if not widened:
            return


# patterns of every shape the finders use: plain, optional words before, empty matches, look-behinds, runs that reach
# a window's end (widened), word boundaries
_PATTERNS = [r"\$\d+", r"(?:up to )?\$\d+(?: billion)?", r"a*", r"x*|b+", r"(?<=a)b|c", r"\bab\w*", r"[ab ]+",
             r"(?:b|)a", r"a(?=b)|", r"\d+(?:,\d{3})*", r"\w+\s*"]
_TEXTS = ["up to $5 and $6 billion, $70", "baab abba ab cab" * 3, "aaaa bbbb ab ba" * 5, "1,000 and 22,500,1 x" * 4]


def _cases():
    rng = random.Random(54)
    for pat, text in itertools.product(_PATTERNS, _TEXTS):
        rx = re.compile(pat)
        for _ in range(40):
            starts = sorted(rng.sample(range(len(text)), rng.randint(1, 4)))
            lo = max(0, starts[0] - rng.randint(0, 12))
            end = rng.randint(starts[-1] + 1, len(text))
            hi = min(end, starts[-1] + rng.randint(1, 20))
            yield rx, text, array("q", starts), lo, hi, end


@pytest.mark.parametrize("pat", _PATTERNS)
def test_cover_with_first_equals_finditer(pat):
    for rx, text, hits, lo, hi, end in _cases():
        if rx.pattern != pat:
            continue
        old = [m.span() for m in _old_cover(rx, text, hits, 0, len(hits), lo, hi, end)]
        first = rx.search(text, lo, hi)
        new = [] if first is None else [m.span() for m in S._cover(rx, text, hits, 0, len(hits), lo, hi, end, first)]
        assert new == old, (pat, text, list(hits), lo, hi, end)


def test_scan_skips_empty_windows_same_matches():
    text = "paid $5 billion; up to $6 and some words with no money at all, then $7 million. " * 20
    full, trigger = re.compile(r"(?:up to )?\$\d+(?: (?:b|m)illion)?"), re.compile(r"\$")
    got = [m.span() for m in S.scan(full, trigger, text, 3, len(text) - 4, back=12, ahead=6)]
    want = [m.span() for m in full.finditer(text, 3, len(text) - 4)]
    assert got == want
    assert [m.span() for m in S.scan(re.compile(r"\d%"), trigger, text)] == []  # windows with no match: none


# 2. The amount and count finders' literals: each piece of a long body searched once for them all (``share_places``),
#    the places handed to the four finders equal to a ``str.find`` pass each.

_SENTENCES = ["Ostrava pledged $3.5 billion, up 12 percent, to keep 4,200 troops there.",
              "The envoy said the bill had tripled to 900 billion won (about US$780 million).",
              "A garrison of roughly 2,100 soldiers stayed; the real number is 2,300, officials said.",
              "Talks stalled as the demand doubled, a twofold rise of 7.5 pct in yen and euro terms.",
              "No figures here, only words about the weather in Velmora and the people of Kestrel.",
              "SHARE UP 18.3 PCT AS DOLLAR FALLS; half of the 1.2 trillion won cost, five times more."]


def _long_body(n_chars: int, seed: int) -> str:
    rng = random.Random(seed)
    parts, size = ["Velmora pays more", "", "By A. Writer", "March 3, 2021", ""], 0
    while size < n_chars:
        para = " ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 6)))
        parts += [para, ""]
        size += len(para) + 2
    return "\n".join(parts)


@pytest.mark.skipif(S._ahocorasick is None, reason="pyahocorasick not installed: share_places does nothing")
def test_shared_places_equal_own_passes():
    from analysis.extract import _SHARED_LITERALS

    text = _long_body(300_000, 1)
    lits = [*sorted(_SHARED_LITERALS), "zzz", "Velmora"]  # a literal not there, and one outside the shared set
    for start, end in ((0, len(text)), (17, 200_003), (70_000, 140_001)):
        own: dict = {}
        S._fill_places(text, start, end, lits, own)
        S.share_places(text, _SHARED_LITERALS)
        try:
            S._fill_places(text, 0, len(text), lits, {})  # the widest stretch first: the others are cut from it
            for part in (lits[:7], lits[7:30], lits):  # several finders asking, some literals asked twice
                shared: dict = {}
                S._fill_places(text, start, end, part, shared)
                assert {k: list(v) for k, v in shared.items()} == {k: list(own[k]) for k in part}
        finally:
            S.share_places(None)


def test_finders_read_the_same_with_places_shared():
    import analysis.extract as X
    from analysis.article import parse_article

    text = _long_body(600_000, 2)  # three pieces of ``_in_pieces``
    art = parse_article(text)
    a, b = art.body_start, len(text)
    finders = [lambda t, x, y: X.find_money(t, x, y, bare=True), X.find_multipliers, X.find_percents, X.find_counts]

    def read() -> list:
        return [[(m[0], m[1], m[2], repr(m[3])) for m in X._in_pieces(f, text, a, b, art.paragraphs)] for f in finders]

    own = read()
    S.share_places(text, X._SHARED_LITERALS)
    try:
        shared = read()
    finally:
        S.share_places(None)
    assert shared == own and all(own)


def test_annotate_leaves_no_text_shared(monkeypatch):
    """``annotate`` shares a long body's places while its finders run, then stops sharing (None), so no text stays
    kept after it returns; the calls are recorded, so the test fails if the sharing is never started."""
    import analysis.extract as extract
    from analysis.extract import annotate

    calls = []
    real = extract.share_places

    def recording(text, literals=()):
        calls.append(None if text is None else len(text))
        return real(text, literals)

    monkeypatch.setattr(extract, "share_places", recording)
    annotate(_long_body(140_000, 3), "2021-03-03")
    assert calls and calls[0] is not None and calls[-1] is None
    assert S._SHARED[0] is None and S._SHARED[2] == {}
