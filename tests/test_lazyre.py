"""The annotator's patterns compile when first used (``analysis.lazyre``), and nothing relies on their identity."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_checker_compiles_few_of_its_patterns() -> None:
    """``import analysis.check`` leaves most patterns uncompiled; checking the seed compiles some, not all."""
    code = ("import gc, analysis.check as c\n"
            "from analysis.lazyre import LazyPattern\n"
            "def count():\n"
            "    ps = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
            "    return len(ps), sum(p.is_compiled() for p in ps)\n"
            "print(*count()); c.check_path(None); print(*count())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    (total, at_import), (_, after_seed) = [map(int, line.split()) for line in out.splitlines()]
    assert total > 800, total
    assert at_import < total // 20, (at_import, total)
    assert at_import < after_seed < total, (at_import, after_seed, total)


def test_no_match_is_told_apart_by_the_identity_of_its_pattern() -> None:
    """``m.re is X``, ``m.re == X``, ``m.re in (X, Y)`` and ``table[m.re]`` miss a lazy ``X`` (``m.re`` is compiled)."""
    found = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((ROOT / "analysis").rglob("*.py")) if p.name != "lazyre.py"
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.re\s*(?:is|==|!=|in|not\s+in)\s|\s(?:is|==|!=)\s*\w+\.re\b|\[\w+\.re\]", line)]
    assert found == []


def test_no_module_hands_a_lazy_pattern_to_a_module_function() -> None:
    """``re.search(X, s)`` is ``re``'s own function, which takes a string: a kept pattern ``X`` is searched with its
    own methods (``X.search(s)``)."""
    import ast
    import importlib

    from conftest import parsed

    from analysis.lazyre import LazyPattern

    found = []
    for path in sorted((ROOT / "analysis").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "lazyre as re" not in source:
            continue
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for node in ast.walk(parsed(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" \
                    and isinstance(node.args[0], ast.Name) \
                    and isinstance(getattr(module, node.args[0].id, None), LazyPattern) \
                    and node.func.attr != "compile":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_a_kept_pattern_pickles_and_copies_as_itself() -> None:
    """A LazyPattern survives pickling (multiprocessing, xdist) and copying with its text and flags."""
    import copy
    import pickle

    from analysis import lazyre

    p = lazyre.compile(r"\d+ won", lazyre.I)
    back = pickle.loads(pickle.dumps(p))
    assert (back.pattern, back.flags, back.search("12 WON")[0]) == (p.pattern, p.flags, "12 WON")
    assert back == p and hash(back) == hash(p) and copy.deepcopy(p) is p
