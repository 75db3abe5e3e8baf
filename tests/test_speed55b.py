"""speed55b: a definite role's look-back (``_Context._office_holder``: "the senator said") graded each of up to
_LOOK_BACK people named before it afresh for every quote, so a long paragraph of such quotes cost ~290 gradings a
quote. The grading's part that reads only the text, the mention, the office's words, its role and bodies
(``_Context._graded``), whether a person is described as a spokesperson and the names a mention gives are now read
once a mention a text, with the same answers: counted here, no timing asserted.
"""

from __future__ import annotations

import pytest

from analysis.extract import annotate
from analysis.extract import quote_fallback as qf
from analysis.extract.entities import Mention
from analysis.extract.quote_rules import _office_traits
from analysis.extract.quotes import _Index

_HEADER = "Hostile\n\nMarch 3, 2024\n\n"


def _counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Wrap ``owner.name`` so each call adds one to the returned counter."""
    calls = [0]
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


@pytest.mark.parametrize("unit", ['Al Roe spoke. "We will pay," the congressman complained. ',
                                  'Al Roe spoke. "We will pay," the congressman said. '])
def test_holders_graded_once_a_mention(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    graded = _counting(monkeypatch, qf._Context, "_holder_grade")
    spokes = _counting(monkeypatch, qf, "_described_spokesperson")
    n = 60
    ann = annotate(_HEADER + unit * n)
    assert len(ann.of_kind("quote")) == n
    # main: every quote grades every Al Roe before it again (~n*n/2 each); now once a mention
    assert graded[0] <= n + 5, graded[0]  # (60 on this branch; 3660 on main)
    assert spokes[0] <= 2 * n + 5, spokes[0]


def test_near_miss_names_in_quote_still_read_each_time() -> None:
    """The quote-dependent checks stay outside the kept grades: a holder named inside one quote is no holder of
    that quote's role, and still is of the next (same mention, office words, role and bodies)."""
    t = "Sen. Al Roe spoke. “Al Roe is wrong,” the senator said. “We pay,” the senator said."
    roe = Mention(5, 11, "Al Roe", "person", {})
    ctx = qf._Context(t, [(0, len(t))], _Index([roe]), [roe], [5], {})
    first, second = t.index("the senator"), t.rindex("the senator")
    office1 = Mention(first, first + 11, "the senator", "person", {})
    office2 = Mention(second, second + 11, "the senator", "person", {})
    role = _office_traits(["the", "senator"])
    assert ctx._grade_for(roe, office1, role, frozenset(), {"Al Roe", "Roe"}) is None
    assert ctx._grade_for(roe, office2, role, frozenset(), set()) == 0
    assert ctx._grade_for(roe, office1, role, frozenset(), {"Al Roe", "Roe"}) is None
    before = Mention(0, 3, "Sen", "person", {})  # an office before the mention: no holder, kept grade or not
    assert ctx._grade_for(roe, before, role, frozenset(), set()) is None


_PEOPLE = ("Foreign Minister Ida Lam met Defense Minister Bo Kessan and Sen. Jo Bell, a Democrat, and Pentagon "
           "spokesman Al Roe, and Vice President Cy Dunn and former President Ed Fay. ")
_OFFICES = ("the minister", "the defense minister", "the GOP senator", "the Democratic senator", "the senator",
            "the spokesman", "the Navy spokesman", "the president", "the former president", "the vice president")


def test_kept_grades_equal_fresh_ones() -> None:
    """Every (person, office) grade read through one context, in two orders, equals a fresh context's."""
    t = _PEOPLE + " ".join(f"{o[0].upper()}{o[1:]} said." for o in _OFFICES)
    names = ["Ida Lam", "Bo Kessan", "Jo Bell", "Al Roe", "Cy Dunn", "Ed Fay"]
    people = [Mention(t.index(x), t.index(x) + len(x), x, "person", {}) for x in names]
    starts = [m.start for m in people]
    offices = []
    for o in _OFFICES:
        i = t.index(f"{o[0].upper()}{o[1:]} said")
        offices.append(Mention(i, i + len(o), t[i : i + len(o)], "person", {}))
    pairs = [(m, o) for o in offices for m in people]
    shared = qf._Context(t, [(0, len(t))], _Index(people), people, starts, {})
    for order in (pairs, pairs[::-1]):
        for m, o in order:
            words = o.exact.split()
            role, bodies = _office_traits(words), qf._bodies(words[:-1])
            fresh = qf._Context(t, [(0, len(t))], _Index(people), people, starts, {})
            assert shared._grade_for(m, o, role, bodies, set()) == fresh._grade_for(m, o, role, bodies, set())
