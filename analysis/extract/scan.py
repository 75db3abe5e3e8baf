"""Run a detailed regex only near the hits of a cheap trigger (keeps extraction linear, above 1 MB/s).

A detailed pattern with leading optional words ("up to", "early in") costs a full match attempt at
every character; a trigger made of literals ("$", "percent", a month name) is skipped through fast.
``scan`` yields the detailed matches that cover a trigger hit, searching only ``back`` characters
before and ``ahead`` after it (widened if a match reaches the window's end), so the work is linear.

A trigger that is an alternation ("fold|times|[Dd]oubl ...") is itself slow to search with ``re``
(a match attempt at every character that starts any alternative), so a ``Trigger`` also names
``anchors``: literals that every hit holds at a fixed offset. Its hits are found by ``str.find`` of
the anchors and one ``match`` at each place they point to: the same hits as ``pattern.finditer``.

>>> import re
>>> [m.group() for m in scan(re.compile(r"(?:up to )?\\$\\d+"), re.compile(r"\\$"), "up to $5 and $6")]
['up to $5', '$6']
"""

from __future__ import annotations

import bisect
import functools
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from analysis import lazyre as re

try:  # one pass for many literals over a long stretch (_fill_places); without it, a ``str.find`` pass each
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - an optional speed-up: the same places either way
    _ahocorasick = None

__all__ = ["Hits", "Trigger", "literal_places", "scan", "share_places", "word_trie"]


class Hits(Sequence[tuple[int, int]]):
    """Trigger hits as two arrays of ints (``starts``, ``ends``): 16 bytes a hit, not a tuple of two ints.

    >>> h = Hits()
    >>> h.append(0, 2); h.append(5, 6)
    >>> list(h), h[1], len(h)
    ([(0, 2), (5, 6)], (5, 6), 2)
    """

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts, self.ends = array("q"), array("q")

    def append(self, start: int, end: int) -> None:
        """Add a hit at the end."""
        self.starts.append(start)
        self.ends.append(end)

    @classmethod
    def of(cls, hits: Hits, keep: Iterable[int]) -> Hits:
        """Return the hits of ``hits`` at the indices ``keep`` (in order).

        >>> h = Hits(); h.append(0, 2); h.append(5, 6); h.append(8, 9)
        >>> list(Hits.of(h, [0, 2])), list(Hits.of(h, range(3))) == list(h)
        ([(0, 2), (8, 9)], True)
        """
        out, starts, ends = cls(), hits.starts, hits.ends
        if isinstance(keep, range) and len(keep) == len(starts):
            out.starts, out.ends = array("q", starts), array("q", ends)  # every hit kept: a copy in C
            return out
        out.starts.extend([starts[i] for i in keep])
        out.ends.extend([ends[i] for i in keep])
        return out

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], strict=True))
        return self.starts[i], self.ends[i]


_NO_HITS = Hits()  # the hits of a trigger none of whose literals is in the stretch (shared: read, never changed)
Found = dict[Any, Any]  # literal -> its places (an array); Trigger -> its Hits (one stretch of one text)


@dataclass(frozen=True, eq=False)
class Trigger:
    """A cheap regex, and ``anchors``: ``(literal, offset)`` pairs, one of which every hit holds.

    A hit at ``p`` must have ``text[p + offset:].startswith(literal)`` for at least one anchor, and no
    hit may be empty. ``spans`` then returns exactly ``[m.span() for m in pattern.finditer(...)]``.

    >>> t = Trigger(re.compile(r"[Dd]ollar|won\\b"), (("ollar", 1), ("won", 0)))
    >>> list(t.spans("Dollars, won, wonder, dollar"))
    [(0, 6), (9, 12), (22, 28)]
    """

    pattern: re.Pattern[str]
    anchors: tuple[tuple[str, int], ...]

    def spans(self, text: str, start: int = 0, end: int | None = None, found: Found | None = None) -> Hits:
        """Return the ``(start, end)`` of the pattern's non-overlapping hits in ``text[start:end]``.

        ``found`` caches the places of each literal and the spans of each trigger: share it between
        the triggers searched over the same ``text[start:end]`` (and only those).

        >>> list(Trigger(re.compile("ab|b"), (("ab", 0), ("b", 0))).spans("abb xb"))
        [(0, 2), (2, 3), (5, 6)]
        """
        end = len(text) if end is None else end
        found = {} if found is None else found
        if self in found:
            return found[self]
        _fill_places(text, start, end, [lit for lit, _ in self.anchors if lit not in found], found)
        lists = [(places, off) for lit, off in self.anchors if (places := found[lit])]  # (a literal not there: none)
        if not lists:
            found[self] = _NO_HITS
            return _NO_HITS
        out = found[self] = Hits()
        add_start, add_end = out.starts.append, out.ends.append  # (no method call a hit)
        last = start
        match = re.compiled(self.pattern).match  # (not lazyre's wrapper, a call a place, before it compiled)
        for block in _merged(lists):
            for p in block:  # what finditer does, trying only the places the anchors point to
                if p < last:
                    continue  # before ``start``, or also a place two anchors point to: tried once
                m = match(text, p, end)
                if m is None:
                    last = p + 1
                else:
                    e = m.end()
                    add_start(p)
                    add_end(e)
                    last = e if e > p else p + 1
        return out


_SHORT = 1 << 16  # a stretch at most this long is copied once, each literal tested with ``in`` (no method call)
_NO_PLACES: tuple[int, ...] = ()  # the places of a literal not in the stretch (shared: read, never changed)


def literal_places(text: str, start: int, end: int, literals: Sequence[str],
                   outer: Found | None = None) -> tuple[Found, set[str]]:
    """Return the cache ``Trigger.spans`` reads, filled with the places of each of ``literals`` in ``text[start:end]``
    (``_NO_PLACES``: none), and the set of those there. A stretch of at most ``_SHORT`` characters is tested with
    ``in`` on a copy of it, or, for ``_AC_FROM`` literals or more, read in one pass of their automaton (``_one_pass``:
    the same places; a 200-character read of the dates' 174 literals about 50 -> 30 us, a 3 KB body 600 -> 130 us).
    ``outer``: the cache of a stretch of ``text`` that holds this one, filled with each of
    ``literals`` (by this function): the places are cut from its (``_places_within``), not searched again.

    >>> found, there = literal_places("in May, May", 0, 11, ["Jun", "May"])
    >>> list(found["Jun"]), list(found["May"]), there, list(literal_places("a" * 600, 1, 600, ["aa"])[0]["aa"])[-1]
    ([], [3, 8], {'May'}, 598)
    """
    if outer is not None:
        return _places_within(outer, start, end, literals)
    found: Found = dict.fromkeys(literals, _NO_PLACES)
    if end - start <= _SHORT and (auto := _one_pass(tuple(literals))) is not None:
        places = _ac_places(text, start, end, auto)  # one pass, not a test of each literal (the dates' 174)
        found.update(places)
        return found, set(places)
    if end - start <= _SHORT:
        part = text[start:end]
        there = [lit for lit in literals if lit in part]
        for lit in there:
            found[lit] = _places(text, lit, start, end)
    else:
        found.clear()
        _fill_places(text, start, end, literals, found)
        there = [lit for lit in literals if found[lit]]
    return found, set(there)


def _places_within(outer: Found, start: int, end: int, literals: Sequence[str]) -> tuple[Found, set[str]]:
    """Return what ``literal_places`` returns for ``text[start:end]``, cut from ``outer``: the places of each literal in
    a stretch of the text that holds ``start:end`` (every place, overlapping ones too), those of them that start at or
    after ``start`` and end at or before ``end``.

    >>> outer = literal_places("in May, May or Mayo", 0, 19, ["Jun", "May", "n M"])[0]
    >>> found, there = _places_within(outer, 3, 11, ["Jun", "May", "n M"])
    >>> [list(found[k]) for k in ("Jun", "May", "n M")], sorted(there)
    ([[], [3, 8], []], ['May'])
    """
    found: Found = {}
    there = set()
    for lit in literals:
        places = outer[lit]
        lo, hi = bisect.bisect_left(places, start), bisect.bisect_right(places, end - len(lit))
        if lo < hi:
            found[lit] = places[lo:hi]
            there.add(lit)
        else:
            found[lit] = _NO_PLACES
    return found, there


# rare literals (see _rare_search) from which one pass of their trie is faster than a ``str.find`` pass each: the trie
# stops at each capital of the text, about 7 ms a MB; a ``str.find`` pass about 0.7 ms a MB (benchmarks/RESULTS.md)
_ONE_PASS_FROM = 12


def _fill_places(text: str, start: int, end: int, literals: Sequence[str], found: Found) -> None:
    """Put in ``found`` the places in ``text[start:end]`` of each of ``literals`` (``_NO_PLACES``: none). In a stretch
    longer than ``_SHORT``, the literals that open with no small letter nor digit (a capital, a mark: rare in prose),
    when there are ``_ONE_PASS_FROM`` or more, are found in one pass (``_rare_places``), not one pass each; when
    ``_AC_FROM`` or more are not in ``found`` yet and ``pyahocorasick`` is there, all of those in one pass of their
    automaton (``_ac_places``: the same places).

    >>> found, months = {}, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    >>> _fill_places("May, a May" * 7000, 0, 70_000, ["a M", *months], found)
    >>> len(found["May"]), found["May"][:2], len(found["a M"]), found["Mar"]
    (14000, array('q', [0, 7]), 7000, ())
    """
    if end - start > _SHORT:
        missing = tuple(lit for lit in literals if lit not in found)
        if _SHARED[0] is text and missing:
            missing = _shared_places(text, start, end, missing, found)
        if (auto := _one_pass(missing)) is not None:
            found.update(dict.fromkeys(missing, _NO_PLACES))
            found.update(_ac_places(text, start, end, auto))
            return
        rare, search = _rare_search(missing)
        if len(rare) >= _ONE_PASS_FROM:
            found.update(dict.fromkeys(rare, _NO_PLACES))
            found.update(_rare_places(text, start, end, search, rare))
    for lit in literals:
        if lit not in found:
            found[lit] = _places(text, lit, start, end)


# The literals several finders ask for over the same long stretches of one text (the amount finders' pieces), while
# ``share_places`` is on: [the text, the literals and their automaton, {(start, end): {literal: places}}, the widest
# (start, end) kept, which the places of a stretch inside it are cut from]
_SHARED: list[Any] = [None, None, {}, None]


def share_places(text: str | None, literals: Iterable[str] = ()) -> None:
    """From now on, when a finder asks for the places of any of ``literals`` in a stretch of ``text`` longer than
    ``_SHORT``, find those of them all in one pass of their automaton (``_ac_places``: the same places as a
    ``str.find`` pass each), kept for the stretch and handed to every finder that asks for one of them there; None:
    stop, and forget them. Without ``pyahocorasick`` it does nothing (a pass each, as before).

    >>> t = "paid $5 billion, then 5 percent more " * 2000
    >>> share_places(t, ["$", "illion", "cent", "pct"])
    >>> a = literal_places(t, 0, len(t), ["$", "pct"])[0]; b = literal_places(t, 0, len(t), ["illion", "won"])[0]
    >>> share_places(None)
    >>> c = literal_places(t, 0, len(t), ["$", "pct", "illion", "won"])[0]
    >>> all(list(x[k]) == list(c[k]) for x in (a, b) for k in x), len(c["$"]), list(c["pct"]), list(c["won"])
    (True, 2000, [], [])
    """
    _SHARED[2], _SHARED[3] = {}, None
    if text is None or _ahocorasick is None or "" in (lits := tuple(sorted(set(literals)))) or not lits:
        _SHARED[0] = _SHARED[1] = None
        return
    _SHARED[0], _SHARED[1] = text, (frozenset(lits), _automaton(lits))


def _shared_places(text: str, start: int, end: int, missing: tuple[str, ...], found: Found) -> tuple[str, ...]:
    """Put in ``found`` the places of those of ``missing`` that ``share_places`` shares, from the one pass over
    ``text[start:end]`` (made the first time a finder asks there), or cut from those of a stretch kept that holds it
    (the widest kept, ``_SHARED[3]``; ``_places_within``: the same places; speed58: the amount finders' pieces are
    cut from the dates' pass over the whole body); return the others.

    >>> t = "paid $5 billion in May, then 5 percent more " * 3200
    >>> share_places(t, ["$", "illion", "May", "cent"])
    >>> whole = literal_places(t, 0, len(t), ["$", "May"])[0]
    >>> piece = literal_places(t, 70_000, len(t) - 5, ["$", "illion"])[0]
    >>> len(_SHARED[2]), _SHARED[3] == (0, len(t)), list(piece["$"]) == [p for p in whole["$"] if p >= 70_000]
    (2, True, True)
    >>> share_places(None)
    """
    shared, auto = _SHARED[1]
    if shared.isdisjoint(missing):
        return missing
    kept = _SHARED[2].get((start, end))
    if kept is None:
        wide = _SHARED[3]
        if wide is not None and wide[0] <= start and end <= wide[1]:
            outer = _SHARED[2][wide]
            kept = _places_within(outer, start, end, list(outer))[0]
        else:
            kept = _ac_places(text, start, end, auto)
        _SHARED[2][start, end] = kept
        if wide is None or end - start > wide[1] - wide[0]:
            _SHARED[3] = (start, end)
    rest = []
    for lit in missing:
        if lit in shared:
            found[lit] = kept.get(lit, _NO_PLACES)
        else:
            rest.append(lit)
    return tuple(rest)


# literals from which one Aho-Corasick pass (about 10 ms a MB, and Python work per place found) is faster than a
# ``str.find`` pass (about 0.45 ms a MB for a literal not there) or an ``in`` test each: the dates' 174 (speed52)
_AC_FROM = 40


@functools.lru_cache(maxsize=64)
def _one_pass(literals: tuple[str, ...]) -> Any:
    """Return the automaton of ``literals`` (``_automaton``) when one pass of it pays: ``_AC_FROM`` of them or more,
    none empty, and ``pyahocorasick`` installed; else None (a ``str.find`` pass, or an ``in`` test, each).

    >>> _one_pass(("May", "Jun")), _one_pass(("",) * 50)
    (None, None)
    """
    if _ahocorasick is None or len(set(literals)) < _AC_FROM or "" in literals:
        return None
    return _automaton(literals)


@functools.lru_cache(maxsize=64)
def _automaton(literals: tuple[str, ...]) -> Any:
    """Return a ``pyahocorasick`` automaton of ``literals`` (none empty), each keyed to itself and its length less one.

    >>> _automaton(("May", "ay")).get("ay") if _ahocorasick else ("ay", 1)
    ('ay', 1)
    """
    auto = _ahocorasick.Automaton()
    for lit in literals:
        auto.add_word(lit, (lit, len(lit) - 1))
    auto.make_automaton()
    return auto


def _ac_places(text: str, start: int, end: int, auto: Any) -> dict[str, Sequence[int]]:
    """Return the places in ``text[start:end]`` of each literal of the automaton ``auto`` found there, in order
    (overlapping ones too): what ``_places`` returns for each, found in one pass for them all.

    >>> auto = _automaton(("May", "ay", "Jun")) if _ahocorasick else None
    >>> found = _ac_places("a May day", 0, 8, auto) if auto else {"May": [2], "ay": [3]}
    >>> sorted((k, list(v)) for k, v in found.items())
    [('May', [2]), ('ay', [3])]
    """
    out: dict[str, Any] = {}
    get = out.get
    for last, (lit, less) in auto.iter(text, start, end):
        places = get(lit)
        if places is None:
            places = out[lit] = array("q")
        places.append(last - less)
    return out


@functools.lru_cache(maxsize=256)
def _rare_search(literals: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], Callable[..., Any]]:
    """Return, for the literals of ``literals`` whose first character is no small letter nor digit (a capital, a
    mark: rare in prose) and that are longer than one (``str.find`` skips to one character faster), the literals of
    them each one starts with (itself too), and the ``search`` of a trie of them all (``word_trie``: it prefers the
    longest literal at a place, and ``re`` skips to a first character).

    >>> rare, search = _rare_search(("Year", "May", "year", "Years", "-20", "May", "$"))
    >>> rare, search("a Years -20").group()
    ({'Year': ('Year',), 'May': ('May',), 'Years': ('Year', 'Years'), '-20': ('-20',)}, 'Years')
    """
    rare = [lit for lit in dict.fromkeys(literals) if len(lit) > 1 and not (lit[0].islower() or lit[0].isdigit())]
    prefixes = {lit: tuple(p for p in rare if lit.startswith(p)) for lit in rare}
    return prefixes, re.compile(word_trie(rare, space=" ") if rare else "(?!)").compiled().search


def _rare_places(text: str, start: int, end: int, search: Callable[..., Any],
                 rare: dict[str, tuple[str, ...]]) -> dict[str, Sequence[int]]:
    """Return the places in ``text[start:end]`` of each literal of ``rare`` found there (see ``_rare_search``): the
    trie searched from each place it matched plus one, so places that overlap are found too; the literals that match
    at one place are the one matched and those it starts with.

    >>> rare, search = _rare_search(("Year", "Years", "ears"))
    >>> {k: list(v) for k, v in _rare_places("Years, Year", 0, 11, search, rare).items()}
    {'Year': [0, 7], 'Years': [0]}
    """
    out: dict[str, Any] = {}
    m = search(text, start, end)
    while m is not None:
        p = m.start()
        for lit in rare[m.group()]:
            if lit not in out:
                out[lit] = array("q")
            out[lit].append(p)
        m = search(text, p + 1, end)
    return out


def _places(text: str, lit: str, start: int, end: int) -> Sequence[int]:
    """Return the places of ``lit`` in ``text[start:end]``, in order (overlapping ones too).

    >>> list(_places("aaa", "aa", 0, 3))
    [0, 1]
    """
    i = text.find(lit, start, end)
    if i < 0:
        return _NO_PLACES
    places = array("q")
    while i >= 0:
        places.append(i)
        i = text.find(lit, i + 1, end)
    return places


_BLOCK = 1 << 16  # characters whose places are merged at once: a sort of a short list, not one of every place
_FEW = 1 << 16  # places few enough to be merged by one sort (no block by block merge)


def _merged(lists: list[tuple[array, int]]) -> Iterator[Iterable[int]]:
    """Yield ``place - off`` of every ``(places, off)`` (each list in order), in order, as blocks of ints.

    One list is yielded whole (no copy when ``off`` is 0); several holding at most ``_FEW`` places together are
    sorted at once (one block); more are merged a block of ``_BLOCK`` characters at a time (each block's places
    sorted in C), so no list of every place is made.

    >>> [list(b) for b in _merged([(array("q", [3, 9]), 1), (array("q", [2, 5]), 0)])]
    [[2, 2, 5, 8]]
    >>> blocks = [list(b) for b in _merged([(array("q", range(0, 200_000, 2)), 0), (array("q", [7]), 2)])]
    >>> len(blocks), [p for b in blocks for p in b] == sorted([*range(0, 200_000, 2), 5])
    (4, True)
    """
    if len(lists) == 1:
        places, off = lists[0]
        yield places if off == 0 else map(off.__rsub__, places)
        return
    if sum(len(places) for places, _ in lists) <= _FEW:  # few places: one sort of them all
        block: list[int] = []
        for places, off in lists:
            block.extend(places if off == 0 else map(off.__rsub__, places))
        block.sort()
        yield block
        return
    done = [0] * len(lists)
    lo = min((places[0] - off for places, off in lists if places), default=None)
    while lo is not None:
        hi, block, lo = lo + _BLOCK, [], None
        for k, (places, off) in enumerate(lists):
            j = bisect.bisect_left(places, hi + off, done[k])
            block.extend(places[done[k] : j] if off == 0 else map(off.__rsub__, places[done[k] : j]))
            done[k] = j
            if j < len(places):
                lo = places[j] - off if lo is None else min(lo, places[j] - off)
        block.sort()
        yield block


def scan(
    full: re.Pattern[str],
    trigger: re.Pattern[str] | Trigger,
    text: str,
    start: int = 0,
    end: int | None = None,
    back: int = 40,
    ahead: int = 60,
    found: Found | None = None,
    need: Callable[[str, int, int], object] | None = None,
) -> Iterator[re.Match[str]]:
    """Yield non-overlapping matches of ``full`` in ``text[start:end]`` that cover a ``trigger`` hit.

    Hits whose windows (``back`` before, ``ahead`` after) overlap form one cluster, searched once: each
    character is searched about once however many hits are near it (a run of 100,000 "%" is one search,
    not 100,000). A match that reaches its window's end is searched again in a window twice as long.
    ``found`` is passed on to ``Trigger.spans`` (a cache of literal places for this stretch). ``need``, a
    cheap test ``need(text, lo, hi)`` that is true of every window ``text[lo:hi]`` holding a match of ``full`` (e.g.
    the ``search`` of a pattern every match holds a match of), is run first: a window it fails is not searched
    with ``full`` (most windows of a rare shape hold no match).

    >>> import re
    >>> [m.span() for m in scan(re.compile(r"\\d+%"), re.compile("%"), "5% or 10%")]
    [(0, 2), (6, 9)]
    >>> [m.span() for m in scan(re.compile(r"\\d+%"), re.compile("%"), "5% or x%", need=re.compile(r"\\d").search)]
    [(0, 2)]
    """
    end = len(text) if end is None else end
    need = _direct(need)
    if isinstance(trigger, Trigger):
        hits = trigger.spans(text, start, end, found)
    else:
        hits = Hits()
        for t in trigger.finditer(text, start, end):
            hits.append(*t.span())
    starts, ends = hits.starts, hits.ends
    n, last, i = len(starts), start, 0
    while i < n:
        s = starts[i]
        if s < last:
            i += 1
            continue
        lo, hi, j = (s - back if s - back > last else last), ends[i] + ahead, i + 1
        while j < n and starts[j] - back <= hi:  # the cluster: hits whose windows overlap
            if ends[j] + ahead > hi:
                hi = ends[j] + ahead
            j += 1
        hi = hi if hi < end else end
        if need is not None and not need(text, lo, hi):
            i = j
            continue  # no match of ``full`` in the window
        first = full.search(text, lo, hi)
        if first is None:
            i = j
            continue  # no match in the window (most windows): no generator made for it
        for m in _cover(full, text, starts, i, j, lo, hi, end, first):
            yield m
            last = m.end()
        i = j


def _direct(need: Callable[[str, int, int], object] | None) -> Callable[[str, int, int], object] | None:
    """Return ``need``; for a LazyPattern's method bound before the pattern was compiled (a module's ``X.search`` kept
    at import), the compiled pattern's own method: the same answers, without ``lazyre``'s wrapper called per window.

    >>> lazy = re.compile(r"\\d").search
    >>> _direct(lazy) == re.compiled(lazy.__self__).search, _direct(None), _direct(len) is len
    (True, None, True)
    """
    owner = getattr(need, "__self__", None)
    return getattr(re.compiled(owner), need.__name__) if isinstance(owner, re.LazyPattern) else need


def _cover(
    full: re.Pattern[str], text: str, hits: Sequence[int], i: int, j: int, lo: int, hi: int, end: int,
    first: re.Match[str],
) -> Iterator[re.Match[str]]:
    """Yield the matches in ``text[lo:hi]`` that cover one of the hits starting at ``hits[i:j]`` (widening ``hi``
    when one reaches it); ``first``: the window's first match (``full.search(text, lo, hi)``).

    The matches are ``full.finditer(text, lo, hi)``'s: ``first``, then those of ``finditer`` from its end (which
    finds what ``finditer`` finds after a match that is not empty: an empty match may touch it, the rest start at or
    after it; after an empty ``first`` the window is searched whole again).

    >>> import re
    >>> rx, t = re.compile(r"a+|x*"), "baab x"
    >>> [m.span() for m in _cover(rx, t, [1, 5], 0, 2, 1, 6, 6, rx.search(t, 1, 6))]
    [(1, 3), (5, 6)]
    """
    k, pos = i, lo
    while True:
        if first is not None and first.end() > first.start():
            matches = itertools.chain((first,), full.finditer(text, first.end(), hi))
        else:
            matches = full.finditer(text, pos, hi)
        first = None  # (a window widened below is searched whole again)
        for m in matches:
            ms, me = m.span()
            while k < j and hits[k] < ms:
                k += 1  # no match covers this hit
            if k == j:
                return
            if not (ms <= hits[k] < me or ms == hits[k] == me):
                continue
            if me + 5 >= hi and hi < end:  # may run on past the window: search again, wider
                pos, hi = ms, min(end, hi + max(hi - ms, 64))
                break
            if me > ms:
                yield m
            while k < j and hits[k] < me:
                k += 1
            if k == j:
                return  # every hit is covered or passed: no search on to the window's end
        else:
            return


def word_trie(words: Iterable[str], after_first: str = "", space: str = r"\s+") -> str:
    """Return a regex for any of ``words`` (a space matches ``space``: any run of whitespace), factored as a trie.

    It matches what the plain alternation, longest word first, matches, and prefers the same word
    (two words that both fit at one place are a word and its extension: the trie tries the longer
    first), but rejects a place after a character or two instead of trying every word there.
    ``after_first`` goes after each word's first character (e.g. ``(?<!\\w.)`` for "no word character
    before"): the pattern then starts with a set of characters, which ``re`` skips to without trying a match.

    >>> print(word_trie(["up to", "upwards of", "under"]))
    u(?:p(?:\\s+to|wards\\s+of)|nder)
    >>> print(word_trie(["up", "at"], after_first="(?<!x.)"))
    (?:u(?<!x.)p|a(?<!x.)t)
    >>> print(word_trie(["Kim", "Kim Jong Un", "Kang"], space=r"\\ "))
    K(?:im(?:\\ Jong\\ Un)?|ang)
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(space if ch == " " else re.escape(ch), {})
        node[""] = {}

    def build(node: dict[str, Any], glue: str = "") -> str:
        alts = [tok + glue + build(child) for tok, child in node.items() if tok]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, after_first)


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last match of ``pattern`` in ``text[start:end]``, or None when there is none.

    >>> last_match(re.compile("a"), "banana", 0, 6).start(), last_match(re.compile("x"), "banana", 0, 6)
    (5, None)
    """
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - only the last one is kept
        continue
    return found


@functools.lru_cache(maxsize=8)
def starts_of(text: str, mark: str) -> tuple[int, ...]:
    """Return where each ``mark`` of ``text`` starts, in order (``mark`` one that cannot overlap itself: ". ", a line
    break), found once a text (lin59: bisected by its readers, not searched again from each place they read).

    >>> starts_of("It rained. Bo came. U.S. pay.", ". ")
    (9, 18, 23)
    """
    out = []
    at = text.find(mark)
    while at >= 0:
        out.append(at)
        at = text.find(mark, at + len(mark))
    return tuple(out)


def line_breaks(text: str) -> tuple[int, ...]:
    """Return the offsets of the text's line breaks, in order (:func:`starts_of` a line break): a stretch's line ends
    are then found by bisection, not by a scan back over one long line for each stretch (tidy57).

    >>> line_breaks("Han spoke.\\nLee left.\\n"), line_breaks("One line")
    ((10, 20), ())
    """
    return starts_of(text, "\n")


def visible_end(text: str, lo: int, hi: int) -> int:
    """Return where ``text[lo:hi].rstrip()`` ends (``lo`` when it is empty), reading back no further than its last
    character that is no blank (lin59: a window doubled from ``hi``, not the stretch copied whole).

    >>> t = "Analyst:  " + " " * 200
    >>> visible_end(t, 0, len(t)), visible_end(t, 3, 3), visible_end("   ", 0, 3), visible_end("a b", 0, 3)
    (8, 3, 0, 3)
    """
    step = 64
    while hi > lo:
        start = max(lo, hi - step)
        kept = text[start:hi].rstrip()
        if kept:
            return start + len(kept)
        hi, step = start, step * 2
    return lo
