"""Many people of one surname cost each new name a bounded look, not a read of them all (thirty-first session, no
clock).

A hostile text may name thousands of people of one surname, each once ("Jo Baba Bell said. Jo Babe Bell said. ...").
``names._add_person`` compared each new full name with every one of its surname found before (is it there? does one
end with it?), and ``names._titled_surname`` listed every one of them before each "Ms. Bell": quadratic. The names
and their tails after a space now say where they stand (``names._Namesakes``), and a titled surname reads the first
two before it at most. In ``entities._Resolver``, ``text_name`` read every person the text introduced of the surname
to keep each name once (a set now), and ``_not_alike`` compared every one of them with the gazetteer's people of the
surname at each lone surname ("Gen. <given> Kim spoke and Kim left. "); each is now compared once per surname and
gazetteer ids, the list kept and grown. Lone surnames before their namesakes in one paragraph ('Kim said "a". ' many
times, then '<given> Kim spoke. '): ``names._surname_mentions`` listed every namesake to find none before each, the
filter of lone subjects read them all to find none before, and ``entities._Resolver._text_ahead`` read them all to
ask whether they are one name; the namesakes' starts are now kept in order (``_Namesakes.before``, ``first_start``)
and that answer read once a surname.

The tests count the reads of a name's ``name`` and ``start`` while the names are found (``Name`` swapped for a
counting subclass), and the calls of ``entities._spelt_alike``, on a run and on one twice as long: the count must
grow like the text. A lone surname after them listed every one as a candidate, in its value and its finding: output
that grew with the square (1.1 MB of JSON for 10 KB of text, 16 MB for 40 KB). It now lists the first
``names.CANDIDATES_LISTED`` to be named (real articles name three of one surname at most); the last tests count the
candidates listed, and check that a few namesakes are all listed still.
"""

from __future__ import annotations

import itertools

import pytest

from analysis.extract import entities, names


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


@pytest.mark.parametrize("unit", ["Jo {} Bell said. ", "Kim Jong Un met {} Bell. "])
def test_namesake_reads_grow_linearly_in_entities(monkeypatch, unit):
    small = _name_reads(monkeypatch, unit, 400, entities.find_entities)
    large = _name_reads(monkeypatch, unit, 800, entities.find_entities)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} reads for 400 namesakes, {large:,} for 800"


def _ahead_reads(monkeypatch, count: int) -> int:
    text = 'Kim said "a". ' * count + "".join(f"{g} Kim spoke. " for g in _given(count))
    monkeypatch.setattr(names, "Name", _CountedName)
    _CountedName.reads = 0
    entities.find_entities(text)
    monkeypatch.undo()
    return _CountedName.reads


def test_lone_surnames_before_their_namesakes_read_grow_linearly(monkeypatch):
    """Lone gazetteer surnames before the text's full names of that surname ('Kim said "a". ' many times, then
    '<given> Kim spoke. ' as many): each asked whether those full names are all one name by reading all of them
    (``entities._Resolver._text_ahead``); now read once a surname."""
    small, large = _ahead_reads(monkeypatch, 300), _ahead_reads(monkeypatch, 600)
    assert large <= 2.2 * small, f"{small:,} reads for 300 lone surnames and namesakes, {large:,} for 600"


def _comparisons(monkeypatch, unit: str, count: int) -> int:
    seen = [0]
    real = entities._spelt_alike

    def counted(name, ent) -> bool:
        seen[0] += 1
        return real(name, ent)

    monkeypatch.setattr(entities, "_spelt_alike", counted)
    entities.find_entities("".join(unit.format(g) for g in _given(count)))
    monkeypatch.undo()
    return seen[0]


@pytest.mark.parametrize("unit", ["Gen. {} Kim spoke and Kim left. ", "Gen. {} Yoon spoke. Yoon Suk Yeol met Yoon. "])
def test_lone_surname_comparisons_grow_linearly(monkeypatch, unit):
    small, large = _comparisons(monkeypatch, unit, 300), _comparisons(monkeypatch, unit, 600)
    assert large <= 2.2 * small, f"{unit!r}: {small:,} comparisons for 300 namesakes, {large:,} for 600"


def test_a_plain_name_still_replaces_its_epithet_and_a_title_still_names_the_one():
    found = names.find_names("Sleepy Jo Bell spoke. Envoy Jo Bell left. Then Ms. Bell said no.")
    assert [(n.exact, n.name) for n in found][-1] == ("Bell", "Jo Bell")
    two = names.find_names("Envoy Jo Bell spoke. Envoy Al Bell left. Then Ms. Bell said no.")
    assert [(n.exact, n.name) for n in two][-1] == ("Bell", "Bell")


def _listed(count: int) -> int:
    """Return how many candidate names the annotation of ``count`` units of a lone surname after namesakes lists."""
    from analysis.extract import annotate

    text = "Namesakes\nNovember 16, 2019\n\n" + "".join(f"Gen. {g} Kim spoke and Kim left. " for g in _given(count))
    ann = annotate(text).to_dict()
    in_values = sum(len(a["value"].get("candidate_names", ())) for a in ann["annotations"] if a["kind"] == "person")
    in_findings = sum(f["message"].count(",") + 1 for f in ann["findings"] if f["kind"] == "ambiguous_reference")
    return in_values + in_findings


def test_a_lone_surname_after_many_namesakes_lists_a_bounded_number():
    small, large = _listed(150), _listed(300)
    assert large <= 2.2 * small, (small, large)  # listing them all: four times as many


def test_a_lone_surname_after_a_few_namesakes_lists_them_all():
    from analysis.extract import annotate

    few = annotate("Kims\nNovember 16, 2019\n\nGen. Jo Kim spoke. Gen. Al Kim spoke. Gen. Bo Kim spoke. Kim left.")
    message = [f["message"] for f in few.to_dict()["findings"] if f["kind"] == "ambiguous_reference"]
    assert message == ["'Kim' fits several people: Jo Kim, Al Kim, Bo Kim"]
    many = annotate("Kims\nNovember 16, 2019\n\n" + "".join(f"Gen. {g} Kim spoke. " for g in _given(12)) + "Kim left.")
    message = [f["message"] for f in many.to_dict()["findings"] if f["kind"] == "ambiguous_reference"]
    note = f"(at most the first {names.CANDIDATES_LISTED} the text names are listed)"
    assert len(message) == 1 and message[0].endswith(f"Badu Kim {note}")
