"""Many people of one surname cost each new name a bounded look, not a read of them all (thirty-first session, no
clock).

A hostile text may name thousands of people of one surname, each once ("Jo Baba Bell said. Jo Babe Bell said. ...").
``names._add_person`` compared each new full name with every one of its surname found before (is it there? does one
end with it?), and ``names._titled_surname`` listed every one of them before each "Ms. Bell": quadratic. The names
and their tails after a space now say where they stand (``names._Namesakes``), and a titled surname reads the first
two before it at most.

The test counts the reads of a name's ``name`` and ``start`` while the names are found (``Name`` swapped for a
counting subclass), on a run and on one twice as long: the count must grow like the text. (A lone surname after
them still lists every one as a candidate: that output grows with the square, so the runs here have none.)
"""

from __future__ import annotations

import itertools

import pytest

from analysis.extract import names


def _given(count: int) -> list[str]:
    """Return ``count`` distinct capitalised words of two syllables or more ("Baba", "Babe", ...)."""
    words = ("".join(t) for n in itertools.count(2) for t in itertools.product("bdfgklmnprstvz", "aeiou", repeat=n))
    return [w[0].upper() + w[1:] for w in itertools.islice(words, count)]


class _CountedName(names.Name):
    """A name that counts the reads of its ``name`` and ``start``."""

    reads = 0

    def __getattribute__(self, key: str):
        if key in ("name", "start"):
            type(self).reads += 1
        return object.__getattribute__(self, key)


def _name_reads(monkeypatch, unit: str, count: int, find=names.find_names_and_publications) -> int:
    text = "".join(unit.format(g) for g in _given(count))
    monkeypatch.setattr(names, "Name", _CountedName)
    _CountedName.reads = 0
    find(text)
    monkeypatch.undo()
    return _CountedName.reads


@pytest.mark.parametrize("unit", ["Jo {} Bell said. ", "Ms. Bell and {} Bell met. ", "Jo {} Bell met Ms. Bell. ",
                                  "Kim Jong Un met {} Bell. "])
def test_namesake_reads_grow_linearly(monkeypatch, unit):
    small, large = _name_reads(monkeypatch, unit, 400), _name_reads(monkeypatch, unit, 800)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} reads for 400 namesakes, {large:,} for 800"


def test_a_plain_name_still_replaces_its_epithet_and_a_title_still_names_the_one():
    found = names.find_names("Sleepy Jo Bell spoke. Envoy Jo Bell left. Then Ms. Bell said no.")
    assert [(n.exact, n.name) for n in found][-1] == ("Bell", "Jo Bell")
    two = names.find_names("Envoy Jo Bell spoke. Envoy Al Bell left. Then Ms. Bell said no.")
    assert [(n.exact, n.name) for n in two][-1] == ("Bell", "Bell")
