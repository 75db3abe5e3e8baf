"""Each quote of a run-on sentence reads a bounded stretch before it (twenty-ninth session, hunt29; no clock).

A sentence only ends before a capital, so a run of short quotes each followed by a stop ('"a". "a". "a". ...') is
one sentence. ``quote_fallback._closing_reporter`` read every word from that sentence's start to each quote for a
verb of charging ("mocked", "slammed"): quadratic (annotate 3.1 s at 20 KB, 13.3 s at 40 KB). It now reads
``windows.CHARGING_BACK`` characters back (``quote_fallback._charged_before``). The test counts the words looked up
in ``quotes._CHARGING`` (in both modules that read it) while a run is annotated, and on one twice as long: the count
must grow like the text.

With a comma after each quote ('"a", b. "a", b. ...') the same rule then searched the sentence from its start to
each quote for a verb of saying (3.2 s at 20 KB); that answer now comes from the first verb after the sentence's
start, kept in the quote index (``_NextMatch.any_in``). The second test counts the characters handed to the verb
pattern's searches.

A quote repeating a so-called label ('Bo said a so-called "x" plan. "x" b. "x" b. ...') is its own sentence's
speaker's words when a verb or a possessive stands right before it: ``quote_finder._own_label_speaker`` split the
sentence from its start at each such quote to read the last words (2.3 s at 40 KB, 0.57 s at 20 KB). It now reads
back from the quote in doubling windows (``quote_rules._words_past_adverbs``). The third test counts the characters it
slices from the text.

An "it said" quote asks for the organisation that last reported, once back to the previous paragraph's start and once
600 characters back, through one kept search of the speech verbs (``quote_rules._SpeechVerbs``): in a run of
them ('it said "a". it said "a". ...') each short look-up dropped what the long one needed, which then searched its
paragraph again (8.3 s at 40 KB, 1.4 s at 20 KB). The long look-ups now keep a search of their own, and read only the
last verbs they need. The fourth test counts the characters the verb pattern's ``finditer`` is handed.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from conftest import CountedText

from analysis.extract import annotate, quote_fallback, quote_finder, quote_rules, quotes, windows


class _CountedSet(frozenset):
    """A frozenset that counts its membership tests."""

    seen = 0

    def __contains__(self, word: object) -> bool:
        type(self).seen += 1
        return super().__contains__(word)


def _lookups(monkeypatch, text: str) -> int:
    for module in (quotes, quote_rules, quote_fallback):  # the rules of one quote and the last pass read the set
        monkeypatch.setattr(module, "_CHARGING", _CountedSet(quotes._CHARGING))
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

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62):
        self.chars += max(0, min(len(text), endpos) - pos)
        return self.rx.finditer(text, pos, endpos)


def _verb_reads(monkeypatch, text: str) -> int:
    counted = _CountedPattern(quotes._VERB_WORD)
    for module in (quotes, quote_rules, quote_fallback, quote_finder):  # the rules, the last pass, the driver
        monkeypatch.setattr(module, "_VERB_WORD", counted)
    annotate("Run\nNovember 16, 2019\n\n" + text)
    monkeypatch.undo()
    return counted.chars


@pytest.mark.parametrize("unit", ['"a", b. ', "“a”, b. ", '"a", the ministry. '])
def test_verb_searches_grow_linearly(monkeypatch, unit):
    small, large = _verb_reads(monkeypatch, unit * 1000), _verb_reads(monkeypatch, unit * 2000)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} characters searched for 1,000 units, {large:,} for 2,000"


@pytest.mark.parametrize("unit", ['it said "a". ', 'It said "a". ', "“a,” it added. "])
def test_reporter_verb_searches_grow_linearly(monkeypatch, unit):
    small, large = _verb_reads(monkeypatch, unit * 1000), _verb_reads(monkeypatch, unit * 2000)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} characters searched for 1,000 units, {large:,} for 2,000"


def test_a_verb_of_charging_in_the_sentence_is_still_read():
    t = "Bo mocked the “hostile” drills"
    assert quote_fallback._charged_before(t, 0, t.index("“"))
    far = "Bo mocked the drills, " + "and the talks, " * 40 + "the “hostile” ones"
    assert not quote_fallback._charged_before(far, 0, far.index("“"))  # more than CHARGING_BACK characters back
    cut = "Bo un" + "mocked" + " ab" * ((windows.CHARGING_BACK - 7) // 3) + " " + "“hostile” drills"
    assert cut.index("“") - windows.CHARGING_BACK == cut.index("mocked")  # the window starts inside "unmocked"
    assert not quote_fallback._charged_before(cut, 0, cut.index("“"))  # its tail "mocked" is no word of its own


def _label_reads(units: int) -> int:
    unit = '"x" b. '
    text = CountedText(unit * units)
    ctx = SimpleNamespace(text=text)
    q = SimpleNamespace(value={"attribution": "named", "closed": True})
    CountedText.read = 0
    for k in range(units):
        qs = k * len(unit)
        pl = quotes._Place(qs, qs + 3, 0, len(text), 0, 0, 0)  # one run-on sentence from the paragraph's start
        quote_finder._own_label_speaker(ctx, pl, q)
    return CountedText.read


def test_label_repeat_reads_grow_linearly():
    small, large = _label_reads(1000), _label_reads(2000)
    assert large <= 2.2 * small, f"{small:,} characters sliced for 1,000 quotes, {large:,} for 2,000"


def test_words_past_adverbs_reads_back_past_a_run_of_adverbs():
    t = "Bo demanded " + "reportedly " * 40 + "“x”"
    assert quote_rules._words_past_adverbs(t, 0, t.index("“"))[-1] == "demanded"
    assert quote_rules._words_past_adverbs(t, 3, t.index("“")) == ["demanded"]


class _CountedValue(dict):
    """A quote's value that counts the look-ups of its attribution."""

    reads = 0

    def __getitem__(self, key):
        if key == "attribution":
            type(self).reads += 1
        return super().__getitem__(key)


def _role_reads(units: int) -> int:
    unit = '"a," the official said. '
    text = unit * units
    value = {"attribution": "descriptor", "speaker": None, "speaker_name": None, "speaker_text": "the official"}
    qs = [quotes.Quote(k * len(unit), k * len(unit) + 5, '"a,"', _CountedValue(value)) for k in range(units)]
    _CountedValue.reads = 0
    quote_rules._named_later(qs, [(0, len(text))], -1, text)
    return _CountedValue.reads


def test_named_later_reads_grow_linearly():
    """A lead's definite role looks for the person quoted by name in the next paragraphs: from each role in one long
    paragraph of them ('"a," the official said. ...') that look read every later quote (twenty-ninth session)."""
    small, large = _role_reads(1000), _role_reads(2000)
    assert large <= 2.2 * small, f"{small:,} attributions read for 1,000 quotes, {large:,} for 2,000"


class _CountedPeople(list):
    """A list of mentions that counts the items read from it (by index or by iterating)."""

    reads = 0

    def __getitem__(self, key):
        type(self).reads += 1
        return super().__getitem__(key)

    def __iter__(self):
        for m in super().__iter__():
            type(self).reads += 1
            yield m


def _people_reads(units: int) -> int:
    unit = '"a," an official said. '
    text = unit * units
    people = _CountedPeople(quotes.Mention(k * len(unit) + 5, k * len(unit) + 16, "an official", "person",
                                           {"descriptor": True}) for k in range(units))
    _CountedPeople.reads = 0
    for k in range(units):
        qs = k * len(unit)
        q = quotes.Quote(qs, qs + 4, '"a,"', {})
        quote_rules._relayed_by_role(text, q, qs, people)
        quote_rules._remark_maker(text, q.end, qs + 16, people, "an official")
    return _CountedPeople.reads


def test_role_people_reads_grow_linearly():
    """A role's quote looks for the person opening its sentence and for the one who "made the remarks" in the next:
    each look read the text's people from the first (twenty-ninth session); now by bisection from where it looks."""
    small, large = _people_reads(1000), _people_reads(2000)
    assert large <= 2.2 * small, f"{small:,} people read for 1,000 quotes, {large:,} for 2,000"


class _ReadCountingValue(dict):
    """A quote's value that counts every key read from it (by ``get`` or by index)."""

    reads = 0

    def get(self, key, default=None):
        type(self).reads += 1
        return super().get(key, default)

    def __getitem__(self, key):
        type(self).reads += 1
        return super().__getitem__(key)

    def __or__(self, other):  # a value given a speaker ("v | {...}") still counts
        return type(self)(super().__or__(other))


def _tag_reads(monkeypatch, units: int) -> int:
    real = quote_finder._role_tags_resolved
    seen = [0]

    def counted(ctx, out, places, people):
        out = [replace(q, value=_ReadCountingValue(q.value)) for q in out]
        _ReadCountingValue.reads = 0
        got = real(ctx, out, places, people)
        seen[0] += _ReadCountingValue.reads
        return got

    monkeypatch.setattr(quote_finder, "_role_tags_resolved", counted)
    annotate("Run\nNovember 16, 2019\n\n" + '"a," a spokesman said. Jo Bell made the remarks. ' * units)
    monkeypatch.undo()
    return seen[0]


def test_remark_maker_quotes_read_grow_linearly(monkeypatch):
    """Each role quote whose words someone "made" in the next sentence asks whether that person was quoted by name
    before ('"a," a spokesman said. Jo Bell made the remarks. ...'): ``quote_rules._named_before`` read every quote of
    the text for it (thirty-first session, hunt31a: annotate 6.17 s at 320 KB, 1.83 s at 160 KB); now where each person
    named first spoke by name is found once (``quote_rules._named_ends``) and looked up."""
    small, large = _tag_reads(monkeypatch, 500), _tag_reads(monkeypatch, 1000)
    assert large <= 2.2 * small, f"{small:,} quote values read for 500 quotes, {large:,} for 1,000"
