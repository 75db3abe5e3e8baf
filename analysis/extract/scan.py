"""Run a detailed regex only near the hits of a cheap trigger regex (keeps extraction near 1 MB/s).

A detailed pattern with leading optional words ("up to", "early in") costs a full match attempt at
every character; a trigger made of literals ("$", "percent", a month name) is skipped through fast.
``scan`` yields the detailed matches that cover a trigger hit, searching only ``back`` characters
before and ``ahead`` after it (widened if a match reaches the window's end), so the work is linear.

>>> import re
>>> [m.group() for m in scan(re.compile(r"(?:up to )?\\$\\d+"), re.compile(r"\\$"), "up to $5 and $6")]
['up to $5', '$6']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["scan"]


def scan(
    full: re.Pattern[str],
    trigger: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
    back: int = 40,
    ahead: int = 60,
) -> Iterator[re.Match[str]]:
    """Yield non-overlapping matches of ``full`` in ``text[start:end]`` that cover a ``trigger`` hit.

    >>> import re
    >>> [m.span() for m in scan(re.compile(r"\\d+%"), re.compile("%"), "5% or 10%")]
    [(0, 2), (6, 9)]
    """
    end = len(text) if end is None else end
    last = start
    for t in trigger.finditer(text, start, end):
        ts = t.start()
        if ts < last:
            continue
        lo = max(last, ts - back)
        hi = min(end, t.end() + ahead)
        while True:
            found = None
            for m in full.finditer(text, lo, hi):
                if m.start() <= ts < m.end() or (m.start() == ts == m.end()):
                    found = m
                    break
                if m.start() > ts:
                    break
            if found is not None and found.end() + 5 >= hi and hi < end:
                hi = min(end, hi + 4 * ahead)
                continue
            break
        if found is not None and found.start() >= last and found.end() > found.start():
            yield found
            last = found.end()
