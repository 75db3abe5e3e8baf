"""Each quote of a run-on sentence reads a bounded stretch before it (twenty-ninth session, hunt29; no clock).

A sentence only ends before a capital, so a run of short quotes each followed by a stop ('"a". "a". "a". ...') is
one sentence. ``quotes._closing_reporter`` read every word from that sentence's start to each quote for a verb of
charging ("mocked", "slammed"): quadratic (annotate 3.1 s at 20 KB, 13.3 s at 40 KB). It now reads
``windows.CHARGING_BACK`` characters back (``quotes._charged_before``). The test counts the words looked up in
``quotes._CHARGING`` while a run is annotated, and on one twice as long: the count must grow like the text.

With a comma after each quote ('"a", b. "a", b. ...') the same rule then searched the sentence from its start to
each quote for a verb of saying (3.2 s at 20 KB); that answer now comes from the first verb after the sentence's
start, kept in the quote index (``_NextMatch.any_in``). The second test counts the characters handed to the verb
pattern's searches.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate, quotes, windows


class _CountedSet(frozenset):
    """A frozenset that counts its membership tests."""

    seen = 0

    def __contains__(self, word: object) -> bool:
        type(self).seen += 1
        return super().__contains__(word)


def _lookups(monkeypatch, text: str) -> int:
    monkeypatch.setattr(quotes, "_CHARGING", _CountedSet(quotes._CHARGING))
    _CountedSet.seen = 0
    annotate("Run\nNovember 16, 2019\n\n" + text)
    monkeypatch.undo()
    return _CountedSet.seen


@pytest.mark.parametrize("unit", ['"a". ', "“a”. ", "'a'. ", '"a" Kim. ', 'said "a". '])
def test_charging_lookups_grow_linearly(monkeypatch, unit):
    small, large = _lookups(monkeypatch, unit * 1000), _lookups(monkeypatch, unit * 2000)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} charging-word tests for 1,000 units, {large:,} for 2,000"


class _CountedPattern:
    """A compiled pattern that counts the characters of the windows it is asked to search."""

    def __init__(self, rx) -> None:
        self.rx, self.chars = rx, 0

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62):
        self.chars += max(0, min(len(text), endpos) - pos)
        return self.rx.search(text, pos, endpos)


def _verb_reads(monkeypatch, text: str) -> int:
    counted = _CountedPattern(quotes._VERB_WORD)
    monkeypatch.setattr(quotes, "_VERB_WORD", counted)
    annotate("Run\nNovember 16, 2019\n\n" + text)
    monkeypatch.undo()
    return counted.chars


@pytest.mark.parametrize("unit", ['"a", b. ', "“a”, b. ", '"a", the ministry. '])
def test_verb_searches_grow_linearly(monkeypatch, unit):
    small, large = _verb_reads(monkeypatch, unit * 1000), _verb_reads(monkeypatch, unit * 2000)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} characters searched for 1,000 units, {large:,} for 2,000"


def test_a_verb_of_charging_in_the_sentence_is_still_read():
    t = "Bo mocked the “hostile” drills"
    assert quotes._charged_before(t, 0, t.index("“"))
    far = "Bo mocked the drills, " + "and the talks, " * 40 + "the “hostile” ones"
    assert not quotes._charged_before(far, 0, far.index("“"))  # more than CHARGING_BACK characters back
    cut = "Bo un" + "mocked" + " ab" * ((windows.CHARGING_BACK - 7) // 3) + " " + "“hostile” drills"
    assert cut.index("“") - windows.CHARGING_BACK == cut.index("mocked")  # the window starts inside "unmocked"
    assert not quotes._charged_before(cut, 0, cut.index("“"))  # its tail "mocked" is no word of its own
