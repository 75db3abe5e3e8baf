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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Trigger", "scan"]

Spans = list[tuple[int, int]]
Found = dict[Any, list[Any]]  # literal -> its places; Trigger -> its spans (one stretch of one text)


@dataclass(frozen=True, eq=False)
class Trigger:
    """A cheap regex, and ``anchors``: ``(literal, offset)`` pairs, one of which every hit holds.

    A hit at ``p`` must have ``text[p + offset:].startswith(literal)`` for at least one anchor, and no
    hit may be empty. ``spans`` then returns exactly ``[m.span() for m in pattern.finditer(...)]``.

    >>> t = Trigger(re.compile(r"[Dd]ollar|won\\b"), (("ollar", 1), ("won", 0)))
    >>> t.spans("Dollars, won, wonder, dollar")
    [(0, 6), (9, 12), (22, 28)]
    """

    pattern: re.Pattern[str]
    anchors: tuple[tuple[str, int], ...]

    def spans(self, text: str, start: int = 0, end: int | None = None, found: Found | None = None) -> Spans:
        """Return the ``(start, end)`` of the pattern's non-overlapping hits in ``text[start:end]``.

        ``found`` caches the places of each literal and the spans of each trigger: share it between
        the triggers searched over the same ``text[start:end]`` (and only those).

        >>> Trigger(re.compile("ab|b"), (("ab", 0), ("b", 0))).spans("abb xb")
        [(0, 2), (2, 3), (5, 6)]
        """
        end = len(text) if end is None else end
        found = {} if found is None else found
        if self in found:
            return found[self]
        starts: set[int] = set()
        for lit, off in self.anchors:
            if lit not in found:
                places = found[lit] = []
                i = text.find(lit, start, end)
                while i >= 0:
                    places.append(i)
                    i = text.find(lit, i + 1, end)
            starts.update(i - off for i in found[lit] if i - off >= start)
        out: Spans = []
        last = start
        match = self.pattern.match
        for p in sorted(starts):  # what finditer does, trying only the places the anchors point to
            if p < last:
                continue
            m = match(text, p, end)
            if m is not None:
                out.append((p, m.end()))
                last = max(m.end(), p + 1)
        found[self] = out
        return out


def scan(
    full: re.Pattern[str],
    trigger: re.Pattern[str] | Trigger,
    text: str,
    start: int = 0,
    end: int | None = None,
    back: int = 40,
    ahead: int = 60,
    found: Found | None = None,
) -> Iterator[re.Match[str]]:
    """Yield non-overlapping matches of ``full`` in ``text[start:end]`` that cover a ``trigger`` hit.

    ``found`` is passed on to ``Trigger.spans`` (a cache of literal places for this stretch).

    >>> import re
    >>> [m.span() for m in scan(re.compile(r"\\d+%"), re.compile("%"), "5% or 10%")]
    [(0, 2), (6, 9)]
    """
    end = len(text) if end is None else end
    if isinstance(trigger, Trigger):
        hits = trigger.spans(text, start, end, found)
    else:
        hits = [t.span() for t in trigger.finditer(text, start, end)]
    last = start
    for ts, te in hits:
        if ts < last:
            continue
        lo = max(last, ts - back)
        hi = min(end, te + ahead)
        while True:
            found_m = None
            for m in full.finditer(text, lo, hi):
                if m.start() <= ts < m.end() or (m.start() == ts == m.end()):
                    found_m = m
                    break
                if m.start() > ts:
                    break
            if found_m is not None and found_m.end() + 5 >= hi and hi < end:
                hi = min(end, hi + 4 * ahead)
                continue
            break
        if found_m is not None and found_m.start() >= last and found_m.end() > found_m.start():
            yield found_m
            last = found_m.end()
