"""speed52 (session 52): exact speed-ups of ``annotate`` (issue 12), checked for identity, not for time.

- ``scan._fill_places`` and ``scan.literal_places`` find 40 or more literals in one Aho-Corasick pass (``_ac_places``,
  when ``pyahocorasick`` is installed), over long and short stretches: each literal's places must be those of its own
  ``str.find`` loop, overlapping and nested literals and the stretch's edges included, and every trigger's hits those
  found without the automaton;
- ``entities._WORD_SURNAME_SPEAKS`` and ``_WORD_SURNAME_FULL`` test "no word character before" after the first letter:
  the same matches as the patterns with the look-behind first (written out here);
- ``entities.word_surname_speakers`` reads the names in full only when some word-spelt family name stands in a
  speaker's place: the same names as the old loop (written out here);
- ``dates._add`` moves a date without building a ``relativedelta``: relativedelta's answers and errors;
- ``dates._WordBefore`` keeps its hash: the dataclass's own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re

import pytest
from dateutil.relativedelta import relativedelta
from test_speed52 import _reference as _find_loop  # each literal's str.find loop

from analysis.extract import date_rules, date_tense, dates, entities
from analysis.extract import scan as scan_module
from analysis.extract.names import Name, surname_of
from analysis.extract.scan import Trigger, literal_places

_AC = scan_module._ahocorasick is not None


# literals that nest and overlap, marks, digits, blanks, a character beyond Latin-1 and one beyond the BMP
_WORDS = ["Election Day", "election day", "day", "days", "Monday", "Mon", "ay", "a day", "May", "MayMay", "March",
          "Mar", "-20", "2019", "19", "year", "years", "yearyear", "“", "’", "—", "₩", "𝟙", " ", "\n\n", "e", "s"]


def _hostile(size: int, seed: int) -> str:
    """``_WORDS`` at random (test_speed50's way of making text, with these words)."""
    rnd = random.Random(seed)
    return "".join(rnd.choice(_WORDS) for _ in range(size // 3))


_LITERALS = [*dates._ALL_LITERALS, "yearyear", "MayMay", "a day", "ay", "e", "₩", "𝟙", "’"]


@pytest.mark.skipif(not _AC, reason="pyahocorasick is not installed: the find loops run, as before")
@pytest.mark.parametrize("seed", [1, 2])
def test_one_pass_places_are_each_literals_find_loop(seed: int) -> None:
    text = _hostile(3 * scan_module._SHORT, seed)
    for start, end in ((0, len(text)), (5, len(text) - 3), (len(text) // 3, len(text) // 3 + scan_module._SHORT + 7)):
        found, there = literal_places(text, start, end, _LITERALS)
        assert len(_LITERALS) >= scan_module._AC_FROM
        for lit in _LITERALS:
            want = _find_loop(text, start, end, lit)
            assert list(found[lit]) == want, (lit, start, end)
            assert (lit in there) == bool(want)
    assert sum(map(len, found.values())) > 10_000


@pytest.mark.skipif(not _AC, reason="pyahocorasick is not installed: the in tests run, as before")
def test_one_pass_places_of_short_stretches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _hostile(6_000, 4)
    rnd = random.Random(4)
    cuts = [(0, len(text)), (0, 0), (9, 10), *((a, a + rnd.randint(0, 400)) for a in rnd.sample(range(5_000), 60))]
    got = [literal_places(text, a, b, _LITERALS) for a, b in cuts]
    monkeypatch.setattr(scan_module, "_ahocorasick", None)
    scan_module._one_pass.cache_clear()
    try:
        for (a, b), (found, there) in zip(cuts, got, strict=True):
            want_found, want_there = literal_places(text, a, b, _LITERALS)
            assert there == want_there and {k: list(v) for k, v in found.items()} == {
                k: list(v) for k, v in want_found.items()}, (a, b)
            assert all(list(found[lit]) == _find_loop(text, a, b, lit) for lit in _LITERALS)
    finally:
        scan_module._one_pass.cache_clear()
    assert sum(len(t) for _, t in got) > 1000


@pytest.mark.skipif(not _AC, reason="pyahocorasick is not installed: the find loops run, as before")
def test_triggers_hit_as_without_the_automaton(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _hostile(3 * scan_module._SHORT, 3)
    triggers = list({id(t): t for m in (date_tense, date_rules, dates) for t in vars(m).values()
                     if isinstance(t, Trigger)}.values())
    assert len(triggers) > 20

    def hits() -> list[list[tuple[int, int]]]:
        found, _ = literal_places(text, 2, len(text) - 1, dates._ALL_LITERALS)
        return [list(t.spans(text, 2, len(text) - 1, found)) for t in triggers]

    got = hits()
    monkeypatch.setattr(scan_module, "_ahocorasick", None)
    scan_module._one_pass.cache_clear()
    try:
        assert got == hits()
    finally:
        scan_module._one_pass.cache_clear()
    assert sum(map(len, got)) > 1000


def test_a_short_stretch_or_few_literals_take_the_find_loops() -> None:
    found: dict[str, object] = {}
    scan_module._fill_places("a May day " * 8000, 0, 80_000, ["May", "day"], found)  # two literals: no automaton
    assert list(found["May"][:2]) == [2, 12] and len(found["day"]) == 8000


_OLD_SPEAKS = re.compile(rf"(?<![\w'’.-])({entities._WORD_SURNAME})[ \t]{{1,3}}+(?:{entities._SPEECH_VERB})\b")
_OLD_FULL = re.compile(rf"(?<![\w'’.-])({entities._WORD_SURNAME})[ \t](?=[A-Z][a-z])")


def test_word_surname_patterns_match_as_with_the_look_behind_first() -> None:
    atoms = ["An", "Oh", "Park", " ", "\t", "\n", "said", "says", "told", "Sol", "x", "'", "’", ".", "-", "Kim", "A",
             "P", "a", "Ann", "Ohio", "Parks"]
    rnd = random.Random(52)
    matched = 0
    for _ in range(20_000):
        t = "".join(rnd.choice(atoms) for _ in range(rnd.randint(1, 14)))
        lo = rnd.randint(0, len(t))
        hi = rnd.randint(lo, len(t))
        for old, new in ((_OLD_SPEAKS, entities._WORD_SURNAME_SPEAKS), (_OLD_FULL, entities._WORD_SURNAME_FULL)):
            want = [(m.span(), m.span(1)) for m in old.finditer(t)]
            assert [(m.span(), m.span(1)) for m in new.finditer(t)] == want, t
            assert [m.span() for m in new.finditer(t, lo, hi)] == [m.span() for m in old.finditer(t, lo, hi)]
            matched += len(want)
    assert matched > 100


def _old_word_surname_speakers(text: str, segs: list[tuple[int, int]], people: list[Name]) -> list[Name]:
    """``word_surname_speakers`` as it was before speed52: the names in full read first."""
    import bisect

    full = {w for n in people if " " in n.name for w in (surname_of(n.name), n.name.split()[0])}
    full |= {m.group(1) for m in entities._WORD_SURNAME_FULL.finditer(text)}
    starts = sorted(n.start for n in people)
    out: list[Name] = []
    for lo, hi in segs:
        found = [(m.start(1), m.end(1), "subject") for m in entities._WORD_SURNAME_SPEAKS.finditer(text, lo, hi)]
        found += [(m.start(1), m.end(1), "speech") for m in entities._SAID_WORD_SURNAME.finditer(text, lo, hi)]
        for s, e, rule in sorted(found):
            k = bisect.bisect_left(starts, s)
            if text[s:e] in full or (k < len(starts) and starts[k] == s) or not entities._in_running_text(
                    text, s, e, rule):
                continue
            role = entities._before_word_surname(text, s, lo) if rule == "subject" else ""
            if role is not None:
                out.append(Name(s, e, text[s:e], text[s:e], role or None, "title" if role else rule))
    return out


# invented wording: word-spelt family names as speakers, in full, as places, and none at all
_SPEAKER_TEXTS = [
    'Park said the Velmar plan was late. "It is," said Oh. The park said nothing.',
    "Oh Min-jae left Tarsk. Oh said he would return; Minister An told reporters no.",
    "The Olympic Park said the Dunmore fund would close. Park Sol met envoys. Park said yes.",
    "Envoys from Lisk met on Monday and left.",
    "",
]


@pytest.mark.parametrize("text", _SPEAKER_TEXTS)
def test_word_surname_speakers_as_before(text: str) -> None:
    people = [Name(m.start(), m.end(), m.group(), m.group(), None, "") for m in re.finditer(r"Oh Min-jae", text)]
    halves = [(0, len(text) // 2), (len(text) // 2, len(text))]
    for segs in ([(0, len(text))], halves):
        for given in ([], people):
            assert entities.word_surname_speakers(text, iter(segs), given) == \
                _old_word_surname_speakers(text, segs, given)


def test_word_surname_speakers_find_some() -> None:
    assert [n.exact for n in entities.word_surname_speakers(_SPEAKER_TEXTS[0], [(0, 80)], [])] == ["Park", "Oh"]


def _relativedelta_add(d: dt.date, unit: str, n: int) -> object:
    try:
        return d + relativedelta(**{f"{unit}s": n})
    except (ValueError, OverflowError) as e:
        return type(e)


def _add(d: dt.date, unit: str, n: int) -> object:
    try:
        return dates._add(d, unit, n)
    except (ValueError, OverflowError) as e:
        return type(e)


def test_add_is_relativedeltas_sum() -> None:
    rnd = random.Random(52)
    days = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2020, 2, 29), dt.date(2019, 1, 31), dt.date(2000, 3, 31)]
    days += [dt.date(rnd.randint(1, 9999), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(60)]
    days += [dt.date(y, m, 1) + dt.timedelta(days=-1) for y in (2000, 2019, 2020, 2100) for m in range(2, 13)]
    steps = [*range(-30, 31), 100, -100, 5000, -5000, 10**9, -(10**9), 10**12]
    for d, unit, n in itertools.product(days, ("day", "week", "month", "year"), steps):
        assert _add(d, unit, n) == _relativedelta_add(d, unit, n), (d, unit, n)


def test_add_of_another_unit_or_a_float_is_relativedeltas() -> None:
    assert dates._add(dt.date(2020, 1, 31), "day", 1.5) == dt.date(2020, 2, 1)
    with pytest.raises(TypeError):
        dates._add(dt.date(2020, 1, 31), "quarter", 1)


def test_word_before_hash_is_the_dataclass_hash() -> None:
    a, b, c = date_rules._word_before("the|that"), date_rules._word_before("the|that"), date_rules._word_before(r"\d+")
    assert hash(a) == hash((a.search, a.reach, a.behind, a.widths)) == hash(b) and a == b
    assert hash(c) == hash((c.search, c.reach, c.behind, c.widths)) and a != c
    assert len({a, b, c}) == 2
