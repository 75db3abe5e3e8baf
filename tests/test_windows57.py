"""Issue 12: every character window in analysis/extract/quotes.py (and quote_rules.py and quote_fallback.py, the
other rules and the last pass, split from it, and quote_finder.py, the driver over them) and analysis/frames.py is a
named constant of analysis.extract.windows (frames' in their own section, after quotes').

An inline window is ``<expression> + N`` or ``<expression> - N`` with a literal N of 20 or more inside a subscript or
a call (``text[max(0, m.start - 40) : m.start]``, ``min(limit, pos + 120)``). Smaller offsets (``i + 1``, the length
of a fixed word such as ``at + 11`` for "authorities") are not windows and stay inline. A gap or length bound
compared with a literal (``len(gap) <= 140``, ``pos - end > 60``) is a window too.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import parsed

from analysis import frame_reader, frames, terms
from analysis.extract import (
    date_rules,
    date_tense,
    dates,
    names,
    quote_fallback,
    quote_finder,
    quote_rules,
    quotes,
    windows,
)

LEAST = 20  # the smallest literal offset counted as a window
QUOTES = Path(quotes.__file__)
QUOTE_RULES = Path(quote_rules.__file__)  # the other rules for one quote (split60: split from quotes.py)
QUOTE_FALLBACK = Path(quote_fallback.__file__)  # the quote finder's last pass (split from quotes.py)
QUOTE_FINDER = Path(quote_finder.__file__)  # find_quotes and the whole-text passes (split from quotes.py)
FRAMES = Path(frames.__file__)
FRAME_READER = Path(frame_reader.__file__)  # split60f: the first of frames.py's two modules
DATES = Path(dates.__file__)
DATE_TENSE = Path(date_tense.__file__)  # split60: dates.py in three
DATE_RULES = Path(date_rules.__file__)
NAMES = Path(names.__file__)  # its two thresholds here (review99)
TERMS = Path(terms.__file__)  # the term check's windows (cleanup51)


def _offsets(tree: ast.AST) -> list[ast.BinOp]:
    """Return the ``x + y`` / ``x - y`` nodes inside a subscript or a call, each once (one walk of the tree, each
    node told whether a subscript or a call holds it: a walk under every subscript and call read a nested call's
    nodes once per call around it)."""
    out = []
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, inside = stack.pop()
        if inside and isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            out.append(node)
        inside = inside or isinstance(node, (ast.Subscript, ast.Call))
        stack += [(child, inside) for child in ast.iter_child_nodes(node)]
    return out


def inline_windows(source: str) -> list[str]:
    """Return ``"line: expression"`` for each offset by a literal integer of ``LEAST`` or more in ``source``."""
    found = {
        (n.lineno, ast.unparse(n))
        for n in _offsets(parsed(source))
        for side in (n.left, n.right)
        if isinstance(side, ast.Constant) and type(side.value) is int and side.value >= LEAST
    }
    return [f"{line}: {text}" for line, text in sorted(found)]


def inline_gaps(source: str) -> list[str]:
    """Return ``"line: comparison"`` for each length (``len(x)``) or distance (``a - b``) compared with a literal
    integer of ``LEAST`` or more in ``source``."""
    found = []
    for n in ast.walk(parsed(source)):
        if isinstance(n, ast.Compare) and len(n.comparators) == 1:
            left, right = n.left, n.comparators[0]
            measured = (isinstance(left, ast.BinOp) and isinstance(left.op, ast.Sub)) or (
                isinstance(left, ast.Call) and isinstance(left.func, ast.Name) and left.func.id == "len")
            if measured and isinstance(right, ast.Constant) and type(right.value) is int and right.value >= LEAST:
                found.append(f"{n.lineno}: {ast.unparse(n)}")
    return found


def named_windows(source: str) -> set[str]:
    """Return the names of the ``win.NAME`` constants ``source`` offsets by inside a subscript or a call."""
    return {
        side.attr
        for n in _offsets(parsed(source))
        for side in (n.left, n.right)
        if isinstance(side, ast.Attribute) and isinstance(side.value, ast.Name) and side.value.id == "win"
    }


def _constants() -> dict[str, int]:
    return {k: v for k, v in vars(windows).items() if k.isupper() and type(v) is int}


def test_quotes_has_no_inline_window():
    assert inline_windows(QUOTES.read_text(encoding="utf-8")) == []
    assert inline_windows(QUOTE_RULES.read_text(encoding="utf-8")) == []
    assert inline_windows(QUOTE_FALLBACK.read_text(encoding="utf-8")) == []
    assert inline_windows(QUOTE_FINDER.read_text(encoding="utf-8")) == []


def test_quotes_has_no_inline_gap():
    assert inline_gaps(QUOTES.read_text(encoding="utf-8")) == []
    assert inline_gaps(QUOTE_RULES.read_text(encoding="utf-8")) == []
    assert inline_gaps(QUOTE_FALLBACK.read_text(encoding="utf-8")) == []
    assert inline_gaps(QUOTE_FINDER.read_text(encoding="utf-8")) == []


def test_frames_has_no_inline_window():
    assert inline_windows(FRAMES.read_text(encoding="utf-8")) == []
    assert inline_windows(FRAME_READER.read_text(encoding="utf-8")) == []


def test_frames_has_no_inline_gap():
    assert inline_gaps(FRAMES.read_text(encoding="utf-8")) == []
    assert inline_gaps(FRAME_READER.read_text(encoding="utf-8")) == []


def test_the_frames_scan_fails_on_a_window_put_back():
    """Not vacuous for frames: the real source with one window written back inline fails both scans."""
    source = FRAME_READER.read_text(encoding="utf-8")  # split60f: both windows' readers moved there
    back = source.replace("pos - win.KEPT_BACK", "pos - 40").replace("> win.DEMAND_TO_BASE", "> 40")
    assert [row.split(": ")[1] for row in inline_windows(back)] == ["pos - 40"]
    assert [row.split(": ")[1] for row in inline_gaps(back)] == ["fig.start - asked[-1].end > 40"]


def test_the_scan_sees_the_named_windows():
    """Not vacuous: the same walk finds the constants' own uses, nearly all of them."""
    quote_files = (QUOTES, QUOTE_RULES, QUOTE_FALLBACK, QUOTE_FINDER)
    used = set().union(*(named_windows(f.read_text(encoding="utf-8")) for f in quote_files))
    assert len(used) >= 140
    assert used <= set(_constants())
    used = named_windows(FRAMES.read_text(encoding="utf-8")) | named_windows(FRAME_READER.read_text(encoding="utf-8"))
    assert len(used) >= 70
    assert used <= set(_constants())


def test_every_window_is_used_and_positive():
    """Each window is read by quotes (or quote_rules, quote_fallback, quote_finder), frames, dates (or date_tense,
    date_rules), names or terms (the few dates'
    windows moved here: mendq78; names': review99; terms': cleanup51)."""
    files = (QUOTES, QUOTE_RULES, QUOTE_FALLBACK, QUOTE_FINDER, FRAMES, FRAME_READER, DATE_TENSE, DATE_RULES, DATES,
             NAMES, TERMS)
    source = "".join(f.read_text(encoding="utf-8") for f in files)
    constants = _constants()
    assert len(constants) >= 140
    assert [k for k in constants if f"win.{k}" not in source] == []
    assert [k for k, v in constants.items() if v <= 0] == []


def test_the_scan_fails_on_a_planted_window():
    planted = (
        "def f(text, m, pos, limit, floor):\n"
        "    a = text[max(0, m.start - 40) : m.start]\n"
        "    b = find(text, pos, min(limit, pos + 120))\n"
        "    c = text[pos : pos + 11]  # a fixed word: not a window\n"
        "    d = text[max(floor, pos - win.TITLE_BACK) : pos]\n"
        "    if len(a) > 40 or pos - floor <= 60 or len(b) > 3 or len(c) > win.NICKNAME_MOST:\n"
        "        return None\n"
        "    return a, b, c, d, i + 1\n"
    )
    compile(planted, "<planted>", "exec")
    assert inline_windows(planted) == ["2: m.start - 40", "3: pos + 120"]
    assert inline_gaps(planted) == ["6: len(a) > 40", "6: pos - floor <= 60"]
    assert named_windows(planted) == {"TITLE_BACK"}


def test_a_window_is_injectable(monkeypatch):
    """quotes reads ``win.NAME`` at call time: a changed window changes what is read."""
    t = "South Korean Foreign Minister Bo Roe said it."
    m = quotes.Mention(30, 36, "Bo Roe", "person", {})
    assert "minister" in quotes._held(t, m)
    monkeypatch.setattr(windows, "TITLE_BACK", 5)
    assert "minister" not in quotes._held(t, m)


def test_a_frames_window_is_injectable(monkeypatch):
    """frames reads ``win.NAME`` at call time too."""
    t = "Washington rejected the South Korean proposal."
    assert frames.payer_owns(t, t.index("proposal"))
    monkeypatch.setattr(windows, "PAYER_OWNS_BACK", 9)
    assert not frames.payer_owns(t, t.index("proposal"))


def assigned_twice(source: str) -> list[str]:
    """Return the module-level names that ``source`` assigns more than once (a later one silently overrides).

    >>> assigned_twice("A = 1\\nB = 2\\nA = 3\\n")
    ['A']
    """
    names = [t.id for n in parsed(source).body if isinstance(n, ast.Assign | ast.AnnAssign)
             for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)]
    return sorted({n for n in names if names.count(n) > 1})


def test_no_window_is_named_twice():
    """A window constant added under a name already taken overrode the first one silently and cost two dev speakers
    (desc81, twenty-fifth session): every name in windows.py is assigned once."""
    assert assigned_twice(Path(windows.__file__).read_text(encoding="utf-8")) == []
